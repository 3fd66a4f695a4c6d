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
