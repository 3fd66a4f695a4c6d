"""People counted by a general word ("человек", "ludzi", "осіб") count what their sentence
names: the actor's contingent is its troops. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import extract_in


@pytest.mark.parametrize(
    ("language", "sentence", "measure"),
    [
        (
            "ru",
            "Численность северокорейского контингента достигла 14 тыс. человек.",
            "dprk_troops_in_russia",
        ),
        (
            "uk",
            "Контингент КНДР у Курській області налічує до 13 тис. осіб.",
            "dprk_troops_in_russia",
        ),
        (
            "pl",
            "Do Kurska dotarły oddziały wojsk KRLD liczące ok. 12 tys. ludzi.",
            "dprk_troops_in_russia",
        ),
        # a general word alone names nothing of the pack's
        ("pl", "Na koncert w Kurowie przyszło ok. 3 tys. ludzi.", "other"),
    ],
)
def test_people_counted_by_a_general_word(language: str, sentence: str, measure: str) -> None:
    (claim,) = extract_in(language, sentence)
    assert claim.measure == measure


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "По данным разведки, в Курской области находятся около 12 тыс. северокорейских "
            "военных. Первые подразделения, около 11 тыс. человек, прибыли туда осенью.",
        ),
        (
            "es",
            "Según la inteligencia surcoreana, unos 12.000 soldados norcoreanos están en "
            "Rusia. Las primeras unidades, unas 11.000 personas, llegaron en otoño.",
        ),
        (
            "pl",
            "Według wywiadu w Rosji przebywa ok. 12 tys. żołnierzy KRLD. Pierwsze "
            "oddziały, ok. 11 tys. osób, dotarły tam jesienią.",
        ),
    ],
)
def test_people_in_general_after_the_actors_troops_are_more_of_them(
    language: str, text: str
) -> None:
    claims = extract_in(language, text)
    assert [c.measure for c in claims] == ["dprk_troops_in_russia"] * 2


def test_people_in_general_after_another_paragraphs_troops_stay_other() -> None:
    text = (
        "Według wywiadu w Rosji przebywa ok. 12 tys. żołnierzy KRLD.\n\n"
        "Na koncert w Kurowie przyszło ok. 3 tys. ludzi."
    )
    assert [c.measure for c in extract_in("pl", text)] == ["dprk_troops_in_russia", "other"]
