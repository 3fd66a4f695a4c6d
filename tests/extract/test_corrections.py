"""A page's correction note retracts a figure the page gave before: that figure is no
claim, the right one after a turn ("the correct figure", "正しくは") and the sentences after
the note are read as any other (extract/corrections.py); sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimtrack.extract.corrections import CorrectionNote
from claimtrack.extract.lexicon import load_lexicon

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from languages.conftest import extract_in  # noqa: E402

BODY = {
    "en": "The council said 420 homes were flooded.\n",
    "de": "Der Landkreis meldete 420 überflutete Häuser.\n",
    "es": "El ayuntamiento informó de 420 viviendas inundadas.\n",
    "fr": "La mairie a recensé 420 maisons inondées.\n",
    "pl": "Urząd gminy podał, że zalanych zostało 420 domów.\n",
    "ru": "Администрация сообщила о 420 затопленных домах.\n",
    "zh": "区政府通报，共有420户房屋进水。\n",
    "ja": "市によると、浸水した住宅は420棟だった。\n",
    "ar": "قالت البلدية إن 420 منزلا غمرتها المياه.\n",
}


@pytest.mark.parametrize(
    ("language", "note", "wrong"),
    [
        ("en", "Correction: an earlier version of this story said 520 homes were flooded.", 520),
        ("de", "Korrektur: In einer früheren Fassung hieß es, 520 Häuser seien überflutet.", 520),
        ("es", "Fe de erratas: una versión anterior de esta nota hablaba de 520 viviendas.", 520),
        ("fr", "Rectificatif : une première version de cet article évoquait 520 maisons.", 520),
        ("pl", "Sprostowanie: w pierwszej wersji tekstu błędnie podaliśmy 520 domów.", 520),
        (
            "ru",
            "Исправление (2 декабря, 10:15): в первой версии заметки было указано 520 домов.",
            520,
        ),
        ("zh", "【更正】本文初版误将进水房屋写作520户，特此致歉。", 520),
        ("ja", "【おわびと訂正】前号で浸水住宅を「520棟」としましたが、誤りでした。", 520),
        ("ar", "[تصحيح: ورد في نسخة سابقة من هذا الخبر أن عدد المنازل 520 منزلا.]", 520),
    ],
)
def test_a_retracted_figure_is_no_claim(language: str, note: str, wrong: int) -> None:
    claims = extract_in(language, BODY[language] + note, "2026-12-03")
    assert [c.value for c in claims] == [420]


@pytest.mark.parametrize(
    ("language", "note", "right"),
    [
        (
            "en",
            "Correction: an earlier version said 520 homes; the correct figure is 390 homes.",
            390,
        ),
        (
            "es",
            "Corrección: una versión anterior decía 520 viviendas; la cifra correcta es 390.",
            390,
        ),
        ("zh", "更正：本文初版中“进水房屋520户”应为“进水房屋390户”。", 390),
        ("ja", "【訂正】前号で浸水住宅を「520棟」としましたが、正しくは390棟でした。", 390),
        ("ar", "تصحيح: ورد في نسخة سابقة أن عدد المنازل 520، والصحيح 390 منزلا.", 390),
    ],
)
def test_the_right_figure_after_a_turn_is_read(language: str, note: str, right: int) -> None:
    values = [c.value for c in extract_in(language, note, "2026-12-03")]
    assert right in values and 520 not in values


def test_the_sentence_after_the_note_is_read() -> None:
    note = (
        "Sprostowanie: w pierwszej wersji tekstu podaliśmy, że zalanych zostało 520 domów. "
        "Według urzędu gminy zalanych zostało 390 domów."
    )
    assert [c.value for c in extract_in("pl", note, "2026-12-03")] == [390]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a word that labels notes, not as one: no colon after it
        ("en", "Correction officers said 300 inmates were moved on Tuesday."),
        ("es", "La corrección del presupuesto suma 300 millones de euros."),
        # a clarification or an amendment withdraws no figure
        ("en", "Clarification: the council counted 300 homes, not households."),
        ("ru", "Поправка: в законе теперь 300 статей."),
        # an earlier version of something other than the page
        ("en", "An earlier version of the plan called for 300 new beds."),
    ],
)
def test_no_note_no_retraction(language: str, text: str) -> None:
    assert [c.value for c in extract_in(language, text, "2026-12-03")] == [
        300_000_000 if language == "es" else 300
    ]


def test_a_label_retracts_up_to_a_turn() -> None:
    note = CorrectionNote.of(load_lexicon("en"))
    assert note is not None
    assert note.retracts("Correction: an earlier version said 520.", 31)
    assert not note.retracts("Correction: the correct figure is 520.", 32)
    assert not note.retracts("The council said 520 homes were flooded.", 17)
