"""Quotations over several sentences in spaced scripts (extract/quotation_spans.py), on
sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimtrack.extract.quotation_spans import scan

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from languages.conftest import extract_in  # noqa: E402


@pytest.mark.parametrize(
    ("text", "closers", "expected"),
    [
        ("«Hemos contado 40 casas.", None, (-1, "»")),
        ("Es mucho», dijo Juan.", "»", (8, None)),
        ("„Wir haben 40 Häuser gezählt.", None, (-1, "“”")),
        ("Das ist viel“, sagte er.", "“”", (12, None)),
        ("Er sagte: „Das reicht“ und ging.", None, (-1, None)),
        # closes the one open before it, then opens another
        ("Fin.» Y luego: «Otra vez.", "»", (4, "»")),
    ],
)
def test_scan(text: str, closers: str | None, expected: tuple[int, str | None]) -> None:
    assert scan(text, closers) == expected


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("es", "«Hemos contado 40 casas. Es mucho», dijo el concejal Juan Pérez.", "Juan Pérez"),
        ("pt", "«Contámos 40 casas. É muito», disse o vereador João Silva.", "João Silva"),
        ("it", "«Abbiamo contato 40 case. È tanto», ha detto il consigliere Mario Rossi.", "Rossi"),
        (
            "fr",
            "« Nous avons recensé 40 maisons. C'est énorme », a déclaré le conseiller Jean Dupont.",
            "Jean Dupont",
        ),
    ],
)
def test_the_tag_after_the_closing_mark_speaks_for_the_earlier_sentences(
    language: str, text: str, speaker: str
) -> None:
    (c,) = extract_in(language, text, "2026-11-20")
    assert c.source is not None and c.source.endswith(speaker)


def test_an_answer_closing_its_paragraph_names_no_speaker_inside_it() -> None:
    # no tag after the closing mark: a name inside the quotation is what was said
    text = "«Sono arrivati 300 camion. Il governo di Roma ne attende altri.»"
    (c,) = extract_in("it", text, "2026-11-20")
    assert c.source is None
