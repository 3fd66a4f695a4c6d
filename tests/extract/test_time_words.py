"""When a figure holds, from words that name a time only against the published date or
the text before them: "next year", "in October last year", "last August", "this
morning", and back-references ("at the time", "during the month", "since then").
Sentences written for these tests; the published date is Friday 14 August 2026."""

from __future__ import annotations

import pytest

from claimtrack.clean.dates import find_full_date
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.timex import TimeReader

EN = TimeReader(load_lexicon("en"))
PUBLISHED = "2026-08-14"


def as_of(sentence: str, figure: str = "300", earlier: str = "") -> str | None:
    return EN.as_of(sentence, sentence.index(figure), PUBLISHED, earlier)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fleet will add 300 buses by early next year.", "2027"),
        ("The board asked for 300 million for next year's budget.", "2027"),
        ("Some 300 nurses are due to start next month.", "2026-09"),
        ("The waiting list stood at 300 in October last year.", "2025-10"),
        ("Exports reached 300 tonnes in March of this year.", "2026-03"),
        ("Roughly 300 homes flooded last August.", "2025-08"),
        ("Only 300 came last March, the lowest in years.", "2026-03"),
        ("The ferry should carry 300 cars next September.", "2026-09"),
        ("About 300 drivers stayed home this morning.", "2026-08-14"),
        ("The storm cut power to 300 homes yesterday.", "2026-08-13"),
        ("The plant should make 300 a day by the end of the year.", "2026-12"),
        ("We had 300 of them last summer.", "2025"),
        ("He has asked for 300 more for next spring.", "2027"),
    ],
)
def test_words_that_count_from_the_published_date(sentence: str, expected: str) -> None:
    assert as_of(sentence) == expected


@pytest.mark.parametrize(
    ("earlier", "sentence", "expected"),
    [
        ("Inspectors went back into the valley in May. ", "During the month they checked 300 flats.", "2026-05"),
        ("The agency briefed lawmakers on 2 June. ", "It put the toll at 300 at the time.", "2026-06-02"),
        ("The fair opened on Tuesday. ", "That week 300 stalls were sold out.", "2026-08-11"),
        ("The first units crossed in October 2024. ", "Some 300 more have gone since then.", "2024-10/.."),
    ],
)  # fmt: skip
def test_a_back_reference_means_the_time_named_before(
    earlier: str, sentence: str, expected: str
) -> None:
    assert as_of(sentence, earlier=earlier) == expected


def test_a_back_reference_with_no_time_before_it_names_none() -> None:
    assert as_of("At the time 300 people lived there.", earlier="The mine closed. ") is None
    # without the text before it, the phrase is no time at all
    assert as_of("During the month 300 flats were checked.") is None


def test_in_october_last_year_is_read_whole_not_as_october_this_year() -> None:
    assert as_of("Cases rose to 300 in October last year.") == "2025-10"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thursday, 13/11/2025 09:41 (GMT+7)", "2025-11-13"),
        ("Input 2025.08.29 11:02 | Modified 2025.08.29 14:37", "2025-08-29"),
        ("Posted 11/28/2025", "2025-11-28"),
    ],
)
def test_numeric_datelines_with_a_year(line: str, expected: str) -> None:
    found = find_full_date(line)
    assert found is not None and found[0] == expected


def test_a_slashed_date_that_reads_both_ways_is_no_date() -> None:
    assert find_full_date("Posted 5/3/2025") is None
    assert find_full_date("version 2025.1.2.3") is None
