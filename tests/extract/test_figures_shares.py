"""Shares, vague multiples and compound numbers in words, on sentences written for these
tests: a fraction after an article or a spaced numerator, "several" before a one-word power
of ten, a bound before an opening quotation mark, a number built of two scaled parts."""

from __future__ import annotations

import pytest

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import CleanDocument, content_hash

PACK = load_pack("dprk-russia")


def first(language: str, text: str):  # type: ignore[no-untyped-def]
    ex = Extractor(PACK, language=language)
    found = ex.extract(CleanDocument("t", text, content_hash(text), language=language))
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("language", "text", "value", "high"),
    [
        ("en", "Rent now swallows nearly three quarters of the household budget.", 75.0, 75.0),
        ("en", "Two thirds of the lorries were stopped at the border.", 66.7, None),
        ("de", "Knapp die Hälfte der Regionalzüge fiel am Montag aus.", 50.0, 50.0),
        ("de", "Zwei Drittel der Befragten lehnen den Plan ab.", 66.7, None),
        ("fr", "Près de la moitié des écoles sont restées fermées.", 50.0, 50.0),
        ("fr", "Deux tiers des électeurs ont voté dimanche.", 66.7, None),
    ],
)
def test_fraction_after_article_or_spaced_numerator(
    language: str, text: str, value: float, high: float | None
) -> None:
    c = first(language, text)
    assert (c.value, c.high, c.unit) == (value, high, "percent")


@pytest.mark.parametrize(
    ("language", "text", "low"),
    [
        ("de", "Zum Fest kamen mehrere Hunderttausend Besucher in die Stadt.", 200000),
        ("pl", "Na stadion przyszło „kilka tysięcy” kibiców z całego kraju.", 2000),
        ("uk", "На площу вийшли «кілька тисяч» людей.", 2000),
    ],
)
def test_several_of_a_power_of_ten(language: str, text: str, low: float) -> None:
    c = first(language, text)
    assert (c.value, c.low, c.vague) == (None, low, True)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("it", "Gli iscritti al servizio sono 3 milioni 250 mila secondo l'ente.", 3250000),
        ("en", "Officials counted 2 million 400 thousand ballots by Sunday.", 2400000),
    ],
)
def test_number_of_two_scaled_parts(language: str, text: str, value: float) -> None:
    assert first(language, text).value == value


def test_two_figures_in_a_list_stay_apart() -> None:
    ex = Extractor(PACK, language="en")
    text = "The fund has 2 million, 300 thousand more were pledged later."
    values = [c.value for c in ex.extract(CleanDocument("t", text, content_hash(text)))]
    assert 2300000 not in values


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Download the annual report (3.4 MB) from our site."),
        ("ru", "Скачать доклад: PDF, 2,5 МБ."),
        ("fr", "Télécharger le rapport (PDF, 1,8 Mo)."),
        ("de", "Bericht herunterladen (PDF, 740 kB)."),
    ],
)
def test_file_size_is_no_claim(language: str, text: str) -> None:
    ex = Extractor(PACK, language=language)
    assert ex.extract(CleanDocument("t", text, content_hash(text), language=language)) == []


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        # the folders' fractions before a scale (es, it) and neuter shares (pl), patch EXTRACTL-1
        ("es", "Las autoridades registraron medio millón de desplazados.", 500000, None),
        ("it", "Le autorità hanno contato mezzo milione di sfollati.", 500000, None),
        ("pl", "Trzy czwarte mieszkańców popiera projekt.", 75.0, "percent"),
        ("pl", "Dwie trzecie ankietowanych nie ma zdania.", 66.7, "percent"),
    ],
)
def test_half_a_scale_and_neuter_shares(
    language: str, text: str, value: float, unit: str | None
) -> None:
    c = first(language, text)
    assert c.value == value
    if unit is not None:
        assert c.unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Profits fell in three quarters of 2023, the company said."),
        ("fr", "Les ventes ont baissé pendant la moitié de 2024, selon le groupe."),
    ],
)
def test_a_fraction_of_a_year_is_no_share(language: str, text: str) -> None:
    ex = Extractor(PACK, language=language)
    found = ex.extract(CleanDocument("t", text, content_hash(text), language=language))
    assert all(c.unit != "percent" for c in found), [(c.value, c.unit) for c in found]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "One in five ferries was cancelled on Sunday.", 20.0),
        ("fr", "Près d'un électeur sur trois s'est abstenu dimanche.", 33.3),
        ("fr", "Quatre trains régionaux sur dix ont circulé lundi.", 40.0),
        ("it", "Sette studenti su dieci usano il treno.", 70.0),
        ("es", "Uno de cada cuatro hogares no tiene calefacción.", 25.0),
        ("pt", "Um em cada cinco alunos falta às aulas.", 20.0),
        ("de", "Drei von zehn Pendlern fahren mit dem Rad.", 30.0),
        ("ru", "Двое из пяти водителей превысили скорость.", 40.0),
    ],
)
def test_a_count_and_its_base_is_a_share(language: str, text: str, value: float) -> None:
    """The joining words and the words for one come from the language folder (``ratios``);
    French and Italian put the noun between the count and its base."""
    c = first(language, text)
    assert (c.value, c.unit) == (value, "percent")


def test_a_count_with_a_noun_before_its_base_is_no_share_in_english() -> None:
    """English writes "one in five voters": "two voters in five days" is two voters."""
    c = first("en", "Two ferries in five days ran aground near the port.")
    assert (c.value, c.unit) == (2.0, "ferries")
