"""An actor named only after a preposition of place or destination is where a figure is
or goes, not whose it is ("an Russland gegangen", "los que están en Rusia"), so a measure
about another actor still applies. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import extract_in

DOC = "Nordkorea liefert Waffen. Nordkorea schickt Soldaten. "


@pytest.mark.parametrize(
    ("language", "text", "measure"),
    [
        (
            "de",
            DOC + "Zudem seien rund 180 Haubitzen an Russland gegangen.",
            "dprk_artillery_systems",
        ),
        (
            "de",
            DOC + "Weitere 3.000 Soldaten sollen im Frühjahr nach Russland verlegt werden.",
            "dprk_troops_in_russia",
        ),
        (
            "es",
            "Corea del Norte envía armas. Corea del Norte envía soldados. "
            "Unos 3.000 soldados más llegarían en primavera a las bases en Rusia.",
            "dprk_troops_in_russia",
        ),
    ],
)
def test_an_actor_after_a_place_preposition_is_a_place(
    language: str, text: str, measure: str
) -> None:
    claims = extract_in(language, text)
    assert [c.measure for c in claims] == [measure]
