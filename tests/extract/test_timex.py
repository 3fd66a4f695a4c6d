"""When a figure holds: years read as times, never designations, calibres or models;
sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.extract import Extractor
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.timex import TimeReader
from claimtrack.records import CleanDocument, content_hash

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


@pytest.mark.parametrize(
    ("sentence", "figure", "iso"),
    [
        # a base set off after the compared figure's time holds at its own time
        (
            "Imports reached 40,000 barrels in the first half of 2026, against roughly 6,000 in all of 2022.",
            "6,000",
            "2022",
        ),
        # the compared figure keeps its own time
        (
            "Imports reached 40,000 barrels in the first half of 2026, against roughly 6,000 in all of 2022.",
            "40,000",
            "2026-H1",
        ),
        # a figure said to hold now, compared with a dated base: not the base's time
        ("A ticket now costs €3.10, up from €2.60 in March 2024.", "3.10", None),
        ("A ticket now costs €3.10, up from €2.60 in March 2024.", "2.60", "2024-03"),
    ],
)
def test_a_time_before_a_comparison_is_the_compared_figures(
    sentence: str, figure: str, iso: str | None
) -> None:
    assert as_of(sentence, figure) == iso


def test_a_year_in_brackets_after_a_designation_is_no_time() -> None:
    sentence = "Fisheries protocol 418 (2019) caps the fleet at 300 vessels a year."
    assert as_of(sentence) is None
    # a figure's own year in brackets is still its time
    assert as_of("Exports were 300 tonnes (2019), the agency said.") == "2019"


def test_a_live_blog_day_heading_is_read_as_a_day_only() -> None:
    assert EN.heading_date("Sunday 29 November 2026", "2026-12-01") == "2026-11-29"
    assert EN.heading_date("Sunday, November 29, 2026", "2026-12-01") == "2026-11-29"
    assert EN.heading_date("Sunday", "2026-12-01") is None  # no year: a weekday, no heading
    assert EN.heading_date("On 29 November 2026 some 300 people fled.", "2026-12-01") is None


def test_a_heading_day_is_read_in_the_year_it_writes() -> None:
    """ "18 ديسمبر/كانون الأول 2024" under a report published on 10 October 2020 is read as
    a day of 2019 (the latest December) and so names no day of its own: no heading."""
    ar = TimeReader(load_lexicon("ar"))
    assert ar.heading_date("18 ديسمبر/كانون الأول 2024", "2020-10-10") is None
    assert ar.heading_date("18 ديسمبر/كانون الأول 2019", "2020-10-10") == "2019-12-18"


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("Exports rose to 300 tonnes in the year to March, the ministry said.", "2025-03"),
        ("Exports rose to 300 tonnes in the year ending March, the ministry said.", "2025-03"),
        # a month after the published one is last year's
        ("Exports rose to 300 tonnes in the year to June, the ministry said.", "2024-06"),
    ],
)
def test_a_year_to_a_month_holds_at_that_month(sentence: str, iso: str) -> None:
    assert as_of(sentence) == iso


# -- as the extractor reads them: whole reports written for these tests ---------------------

_EX: list[Extractor] = []


def as_of_in(text: str, published: str, value: float) -> str | None:
    """The as_of of the claim whose value is ``value``."""
    if not _EX:
        _EX.append(Extractor(None))
    doc = CleanDocument("t", text, content_hash(text), published=published)
    found = [c.as_of for c in _EX[0].extract(doc) if c.value == value]
    assert found, value
    return found[0]


def test_a_live_blog_day_heading_dates_the_entries_under_it() -> None:
    text = (
        "Storm live: rivers rise across the north as rescuers work through the night\n\n"
        "09:10 GMT\n"
        "Emergency services say crews rescued more than 140 people from flooded homes in the valley.\n\n"
        "Sunday 29 November 2026\n\n"
        "22:40 GMT\n"
        "The coastguard says it has moved about 260 residents from the harbour district.\n\n"
        "18:05 GMT\n"
        "Officials said on Saturday that some 75 roads were closed.\n"
    )
    assert as_of_in(text, "2026-11-30", 140) is None  # the report's own day
    assert as_of_in(text, "2026-11-30", 260) == "2026-11-29"
    assert as_of_in(text, "2026-11-30", 75) == "2026-11-28"  # Saturday before it


def test_a_dateline_under_the_headline_is_the_reports_not_a_heading() -> None:
    """A day line above the first prose sentence with figures is the report's dateline
    (cleaning keeps it only below the story): it dates no entries."""
    text = (
        "Floods force 300 families from their homes in the north\n\n"
        "Monday 30 November 2026\n\n"
        "Emergency services say crews rescued more than 140 people from flooded homes in the valley.\n"
    )
    assert as_of_in(text, "2026-12-01", 140) is None


def test_a_prose_sentence_naming_a_day_is_no_heading() -> None:
    """Only a heading line (no closing punctuation) dates the entries under it: a sentence
    of the story naming a day does not re-date every figure after it."""
    text = (
        "Tram strike ends in Norbridge\n\n"
        "Union leaders say 900 drivers will return to work on Monday after a week-long strike.\n\n"
        "The talks ended on 29 November 2026.\n\n"
        "The operator now employs 1,400 drivers and runs 210 trams.\n"
    )
    assert as_of_in(text, "2026-12-03", 1400) is None


def test_a_past_tense_figure_takes_the_time_its_paragraph_told() -> None:
    text = (
        "Tram drivers in Norbridge struck on Tuesday. About 900 drivers walked off the job before "
        "dawn, and by noon the operator said only 30 of its 210 trams were running. "
        "The operator now employs 1,400 drivers.\n"
    )
    pub = "2026-11-20"  # a Friday
    assert as_of_in(text, pub, 900) == "2026-11-17"
    assert as_of_in(text, pub, 1400) is None  # present: the report's


@pytest.mark.parametrize(
    ("text", "value", "iso"),
    [
        # what has happened or holds now takes no later time from another clause
        (
            "Kyiv wants 300 more launchers by the end of 2027, and officials say 40 crews are "
            "already training.\n",
            40,
            None,
        ),
        # a clause that plans, or an aim ("to find"), shares the later time
        (
            "Debt will reach 300 billion at the end of 2027, and the deficit will rise to 4.1%.\n",
            4.1,
            "2027-12",
        ),
        (
            "For 2027, the minister wants to find 900 million in savings.\n",
            900_000_000,
            "2027",
        ),
    ],
)
def test_a_later_time_from_another_clause_is_no_settled_figures(
    text: str, value: float, iso: str | None
) -> None:
    assert as_of_in(text, "2026-11-20", value) == iso


def test_a_figure_in_a_later_conjunct_takes_no_time_of_an_earlier_figure() -> None:
    text = (
        "Norway will contribute 4 million kroner in 2028 to the monitoring mission, and has "
        "pledged a further 700,000 kroner to the demining fund.\n"
    )
    assert as_of_in(text, "2026-11-20", 700_000) is None
    assert as_of_in(text, "2026-11-20", 4_000_000) == "2028"


def test_a_sentence_comparing_with_the_figure_before_holds_at_its_time() -> None:
    text = (
        "The county's waiting list stood at 41,000 at the end of June, the health board said.\n"
        "That is about 2,000 more than a year earlier.\n"
    )
    assert as_of_in(text, "2026-08-14", 2000) == "2026-06"


@pytest.mark.parametrize(
    ("sentence", "figure", "iso"),
    [
        # the figure's clause names its own time: the saying's is not the figure's
        (
            "The coastguard said on Monday that 14 boats had sunk in the storm last month.",
            "14",
            "2025-04",
        ),
        # a count since a start holds when it was said, a day too (published Thu 1 May 2025)
        (
            "The coastguard said on Monday that the tally since January had reached 40.",
            "40",
            "2025-04-28",
        ),
        # no time of its own: the saying's
        ("The coastguard told reporters on Monday that 14 boats had sunk.", "14", "2025-04-28"),
        # the saying's time inside the figure's own is the more precise
        (
            "The coastguard estimated in March that 14 boats had sunk in 2025 alone.",
            "14",
            "2025-03",
        ),
    ],
)
def test_the_time_of_saying_gives_way_to_the_figures_own(
    sentence: str, figure: str, iso: str
) -> None:
    assert as_of(sentence, figure) == iso


def test_a_plan_from_a_weekday_opens_on_the_next_one() -> None:
    """ "will open ... from Friday": a weekday a plan runs from is the next such day, and
    the time stays open from it (a day's interval once broke the reading: ValueError)."""
    sentence = "The port will open 12 more berths from Friday."
    assert EN.as_of(sentence, sentence.index("12"), "2025-05-01") == "2025-05-02/.."


def test_a_weekday_section_heading_dates_the_figures_under_it() -> None:
    """A notebook's sections by weekday ("TUESDAY: THE HEARING") date what they hold to
    the latest such day up to the published one, before any figure was read too."""
    assert EN.heading_date("TUESDAY: THE HEARING", "2026-12-03") == "2026-12-01"
    assert EN.heading_date("Thursday – a long wait", "2026-12-03") == "2026-12-03"
    text = (
        "A week on the border\n\n"
        "MONDAY: THE CROSSING\n\n"
        "Guards said some 420 people crossed the bridge in the morning.\n\n"
        "WEDNESDAY: THE CAMP\n\n"
        "The camp now holds about 1,900 people, its manager said.\n"
    )
    assert as_of_in(text, "2026-12-03", 420) == "2026-11-30"
    assert as_of_in(text, "2026-12-03", 1900) == "2026-12-02"  # the day before the report


def test_a_deadline_an_agency_expects_is_ahead() -> None:
    text = "The agency expects another 5,000 workers to arrive by February, officials said.\n"
    assert as_of_in(text, "2026-12-02", 5000) == "2027-02"


@pytest.mark.parametrize(
    ("language", "sentence", "iso"),
    [
        ("es", "Otros 300 soldados llegaron en marzo de 2025.", "2025-03"),
        ("es", "Unos 300 soldados llegaron el 12 de enero de 2025.", "2025-01-12"),
        ("es", "Unos 300 soldados llegaron en enero del 2025.", "2025-01"),
        ("pt", "Cerca de 300 soldados chegaram em janeiro de 2025.", "2025-01"),
        ("pt", "Cerca de 300 soldados chegaram a 4 de março de 2025.", "2025-03-04"),
        ("it", "Circa 300 soldati sono arrivati nel gennaio del 2025.", "2025-01"),
    ],
)
def test_a_month_joined_to_its_year_by_of(language: str, sentence: str, iso: str) -> None:
    """ "enero de 2025", "4 de março de 2025": the joining word ("de", "del") holds the
    month and day to the year written, not to the published one."""
    reader = TimeReader(load_lexicon(language))
    assert reader.as_of(sentence, sentence.index("300"), "2026-12-02") == iso


@pytest.mark.parametrize(
    ("language", "sentence", "iso"),
    [
        ("ru", "Около 300 солдат прибыли в ноябре.", "2026-11"),
        ("ru", "Около 300 солдат прибыли в январе 2025 года.", "2025-01"),
        ("uk", "Близько 300 солдатів прибули в листопаді.", "2026-11"),
        ("uk", "Близько 300 солдатів прибули у січні 2025 року.", "2025-01"),
    ],
)
def test_a_month_in_the_locative(language: str, sentence: str, iso: str) -> None:
    """ "в ноябре", "у листопаді" (in November): the month in the case "in" takes, which
    CLDR's month names (nominative and genitive) do not hold."""
    reader = TimeReader(load_lexicon(language))
    assert reader.as_of(sentence, sentence.index("300"), "2026-12-02") == iso
