"""Traps read from a number's shape in every language: a code led by a zero, a number to
dial grouped like an amount, the hours after a preposition standing for them, a month's
name cut short, a day next to a month only when the figure can be a day, and a year
before the next amount's bound. Sentences written for these tests."""

from functools import cache

import pytest

from claimtrack.extract import Extractor


@cache
def _extractor(language: str) -> Extractor:
    return Extractor(None, language)


def read(language: str, text: str) -> tuple[list[float | None], list[tuple[str, str]]]:
    """The figures kept as candidates and the numbers left out, with why."""
    ex = _extractor(language)
    _, cands = ex.candidates(text)
    figures = [f.figure for c in cands for f in c.figures]
    return figures, [(r.text, r.reason) for r in ex.rejected]


@pytest.mark.parametrize(
    ("language", "text", "left"),
    [
        ("it", "Il film 007 Skyfall ha incassato molto nelle sale.", "007"),
        ("es", "La agente 0047 declaró ante el juez.", "0047"),
        ("it", "Per informazioni chiamare il numero 800.423.918, gratuito.", "800.423.918"),
        ("es", "El teléfono de atención es 900.210.455.", "900.210.455"),
        ("it", "Gli uffici restano aperti dalle 9 alle 17 ogni giorno.", "9"),
        ("it", "Il sindaco parlerà alle 11 di domani in piazza.", "11"),
        ("es", "El pleno arrancó a las 10 y terminó tarde.", "10"),
        ("pt", "A sessão na Câmara começa às 14.", "14"),
        ("ru", "МОСКВА, 12 окт. Заседание перенесли на весну.", "12"),
        ("en", "WASHINGTON, 4 Sept. The committee met again.", "4"),
        ("fr", "Depuis l'hiver 2022 plus de 300 familles ont quitté la ville.", "2022"),
        ("en", "Shipments of 80,000 tonnes went far past the cap set in resolution 2375.", "2375"),
    ],
)
def test_left_out(language: str, text: str, left: str) -> None:
    _, rejected = read(language, text)
    assert any(left in said for said, _ in rejected), rejected


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # a share after a month is no day of it
        ("de", "Die Einnahmen lagen bis Ende März 4,5 Prozent unter dem Vorjahr.", 4.5),
        # a noun after the number: the article is the noun's ("alle 12 vittime")
        ("it", "Alle 12 vittime si aggiungono decine di feriti.", 12),
        ("es", "De las 40 viviendas dañadas, diez son nuevas.", 40),
        # a grouped amount that ends in round groups is no phone number
        ("it", "La regione ha stanziato 120.000.000, secondo la giunta.", 120_000_000),
        ("es", "Llegaron 1.200.000 visitantes en agosto.", 1_200_000),
        # a year-like number with a plural noun still counts
        ("fr", "Au total, 2022 soldats ont été déployés.", 2022),
        # a decimal led by a zero is an amount
        ("it", "L'inflazione è salita dello 0,8 per cento.", 0.8),
    ],
)
def test_kept(language: str, text: str, value: float) -> None:
    figures, rejected = read(language, text)
    assert value in figures, (figures, rejected)
