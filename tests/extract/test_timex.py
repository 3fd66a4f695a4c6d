"""When a figure holds: years read as times, never designations, calibres or models;
sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.timex import TimeReader

EN = TimeReader(load_lexicon("en"))


def as_of(sentence: str, figure: str = "300") -> str | None:
    return EN.as_of(sentence, sentence.index(figure), "2025-05-01")


@pytest.mark.parametrize(
    "sentence",
    [
        "The brigade received Koksan M1978 howitzers and 300 shells for them.",
        "Crews fired the KN-2023 launcher 300 times, the army said.",
        "The Type 2019 rifle was issued to 300 recruits.",
        "UN Resolution 2017 names 300 companies.",
        "The convoy carried 300 boxes of 2S19-2004 spare parts.",
    ],
)
def test_a_designation_is_no_time(sentence: str) -> None:
    assert as_of(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2023, the navy lost 300 sailors.", "2023"),
        ("Stocks built before mid-2022 held 300 rockets.", "2022"),
        ("The FY2024 budget paid for 300 drones.", "2024"),
        ("By 2021 the militia had 300 fighters.", "2021"),
        ("Since March 2024 some 300 tankers have docked.", "2024-03/.."),
        ("Since January the port has handled 300 ships.", "2025-01/.."),
        ("In late February the navy lost 300 sailors.", "2025-02"),
    ],
)
def test_years_still_read_as_times(sentence: str, expected: str) -> None:
    assert as_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "iso"),
    [
        # the base's time right after a change is not the change's own
        (
            "Ferry crossings reached 5,400 in the first half of the year, up 12 percent from a year earlier.",
            "12 percent",
            "2025-H1",
        ),
        (
            "Grain exports hit 2.1 million tonnes in March, down 9% on the same month last year.",
            "9%",
            "2025-03",
        ),
        ("Arrivals rose 300 in April, compared with 2023.", "300", "2025-04"),
        # a time right after the figure with no comparison is still its own
        ("The port handled 300 ships in 2023, the authority said.", "300", "2023"),
    ],
)
def test_a_time_after_a_comparison_is_the_bases(sentence: str, figure: str, iso: str) -> None:
    assert as_of(sentence, figure) == iso
