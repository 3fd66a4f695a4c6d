"""What a figure's own clause names: an event word before a hyphenated actor's adjective
("les pertes nord-coréennes dépassent 9 000 hommes"), a clause's own subject before the
previous figure's noun ("i morti ... 1.500, i feriti tra 4.000 e 4.500"), and Korean
demining personnel as sappers, not workers. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import extract_in


@pytest.mark.parametrize(
    ("language", "sentence", "measures"),
    [
        (
            "fr",
            "Selon Séoul, les pertes nord-coréennes dépassent 8 000 hommes.",
            ["dprk_troops_casualties"],
        ),
        (
            "it",
            "Secondo Kiev i morti nordcoreani sarebbero circa 1.300, i feriti tra 3.000 e 3.500.",
            ["dprk_troops_killed", "dprk_troops_wounded"],
        ),
        (
            "ko",
            "북한이 공병과 지뢰 제거 인력 약 2천 명을 쿠르스크에 보냈다.",
            ["dprk_engineers_sappers"],
        ),
    ],
)
def test_what_the_clause_names(language: str, sentence: str, measures: list[str]) -> None:
    assert [c.measure for c in extract_in(language, sentence)] == measures
