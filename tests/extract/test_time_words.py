"""When a figure holds, from words that name a time only against the published date or
the text before them: "next year", "in October last year", "last August", "this
morning", and back-references ("at the time", "during the month", "since then").
Sentences written for these tests; the published date is Friday 14 August 2026."""

from __future__ import annotations

import pytest

from claimtrack.clean.dates import find_full_date
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.timex import TimeReader

from ..languages.conftest import extract_in

EN = TimeReader(load_lexicon("en"))
PUBLISHED = "2026-08-14"


def as_of(sentence: str, figure: str = "300", earlier: str = "") -> str | None:
    return EN.as_of(sentence, sentence.index(figure), PUBLISHED, earlier)


def as_of_in(language: str, sentence: str, published: str = PUBLISHED) -> str | None:
    """When the figure "300" of ``sentence`` holds, read with ``language``'s folder."""
    return TimeReader(load_lexicon(language)).as_of(sentence, sentence.index("300"), published)


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
        ("The yard should hand over 300 hulls by the end of next year.", "2027-12"),
        ("Kyiv held 300 at the start of the year.", "2026-01"),
        ("By the close of last year 300 had gone home.", "2025-12"),
        ("In the second quarter of last year the clinic saw 300 patients.", "2025-Q2"),
        ("In the first half of 2025 the firm sold 300 cars.", "2025-H1"),
        ("In the second half of last year it sold 300 cars.", "2025-H2"),
        ("Revenue was 300 million in H1 2024, the board said.", "2024-H1"),
        ("First-half sales reached 300 units.", "2026-H1"),
        ("Some 300 have reached the South so far this year.", PUBLISHED),
        ("Exports reached 900 tonnes in the third quarter, up from 300 a year earlier.", "2025-Q3"),
        ("In May the ward had 900 beds, against 300 a year earlier.", "2025-05"),
        ("Turnout was 300 two years ago.", "2024-08"),
        ("Builders expect to finish 300 more homes by June.", "2027-06"),
        ("By June, 300 homes had been repaired.", "2026-06"),
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
        # a start of a count is not a time the text is at: "at the time" means the other
        ("The office reported last month that 900 boats had left since May 2024. ",
         "At the time it counted 300 crews.", "2026-07"),
        ("Exports fell in the first half of 2025. ",
         "Over the same six months 300 ships left port.", "2025-H1"),
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


def test_a_count_since_a_start_holds_when_it_was_made() -> None:
    """A month or year named before the start is when the count was made; so is the day
    of the saying ("said on Monday that since May 2024 ...": a live blog's Monday is not
    its published day), and a count with no other time stays open."""
    said = "The staff estimated last month that 900 crates had left since May 2024, and said they held 300 shells."
    assert as_of(said) == "2026-07"
    assert as_of("Since March 2024 some 300 tankers have docked.") == "2024-03/.."
    monday = "The staff said on Monday that since May 2024 some 300 tankers had docked."
    assert as_of(monday) == "2026-08-10"


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Figures given are as of 9 a.m. on Tuesday, 10 November 2026.", True),
        ("Troop estimates as of August 2025", True),
        ("Second, as of September 30, we assess that roughly 250 missiles were fired.", False),
    ],
)
def test_an_as_of_frames_the_document_only_on_a_line_of_its_own(text: str, alone: bool) -> None:
    page = f"Heading\n{text}\nMore text."
    assert EN.frames_alone(page, page.index(text) + 3, PUBLISHED) is alone


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month in a plan, a word of the future before it: the next such month
        ("Water bills will rise by 300 pounds from January, the regulator said.", "2027-01"),
        ("Analysts expect a further 300 job cuts in April.", "2027-04"),
        ("In April, 300 jobs were cut, and more will follow.", "2026-04"),
        # the end or start of a quarter is its last or first month
        ("About 300 firms were behind at the end of the second quarter.", "2026-06"),
        ("At the start of the third quarter of 2025 the yard had 300 staff.", "2025-07"),
        ("The fund helped 300 people in the April-June quarter.", "2026-Q2"),
        # the first months of a year end in the last of them
        ("Exports reached 300 tonnes in the first nine months of 2025.", "2025-09"),
        ("Sales were 300 in the first six months of the year.", "2026-06"),
        # "a year ago" is the published month a year back
        ("The list held 300 names a year ago.", "2025-08"),
    ],
)
def test_months_in_plans_quarters_and_years_back(sentence: str, expected: str) -> None:
    assert as_of(sentence) == expected


def test_a_future_word_in_an_earlier_sentence_makes_no_plan() -> None:
    earlier = "Officials expect more rain. The insurers said in June that 80 claims were paid. "
    assert as_of("At the time 300 claims were still open.", earlier=earlier) == "2026-06"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a span holds at its end: two months, two years, two month-years
        ("The ferry carried 300 cars in May and June, the operator said.", "2026-06"),
        ("Some 300 wells were drilled in February–April.", "2026-04"),
        ("The 2023-24 season brought 300 landslides.", "2024"),
        ("Between 2019 and 2022 the shelter took in 300 dogs.", "2022"),
        ("From October 2024 to March 2025 the mill shed 300 jobs.", "2025-03"),
        # a span reaching past the report holds up to it
        ("Bakers assume 300 loaves a day for 2026-27.", "2026"),
        # two months joined by "and" without a preposition are two times, not a span
        ("Sales rose to 300 in May and fell in July.", "2026-05"),
        # the first months of a year, alone: the latest such stretch
        ("The port handled 300 ships in the first seven months.", "2026-07"),
        # "over the past week" is a stretch ending on the published day
        ("Clinics saw 300 patients a day over the past week.", "2026-08-14"),
        # "by the end of" a month in a plan: the next such month
        ("The city plans to plant 300 trees by the end of March.", "2027-03"),
        # a month before a figure of three digits is no day: "In March 300 ..."
        ("In March 300 homes were reopened.", "2026-03"),
    ],
)
def test_spans_stretches_and_plans(sentence: str, expected: str) -> None:
    assert as_of(sentence) == expected


def test_a_figure_whose_own_clause_says_now_takes_no_later_clause_s_time() -> None:
    sentence = "About 300 guards are now at the border, and more could arrive by the end of May."
    assert as_of(sentence) is None
    # a time the figure was said at, before it, still stands
    told = "An official told me on Monday that 300 guards could now be at the border."
    assert as_of(told) == "2026-08-10"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a weekday in a plan is the next such day (PUBLISHED is a Friday)
        ("The 300 shelters will stay open on Monday.", "2026-08-17"),
        ("Both sides are due to meet on Friday to discuss 300 jobs.", "2026-08-21"),
        # a future word in another clause plans nothing of the weekday's
        ("The fund will grow to 300 million, the minister said on Tuesday.", "2026-08-11"),
        # "overnight", "since midnight": the report's own day
        ("Russia launched 300 drones overnight.", "2026-08-14"),
    ],
)
def test_weekdays_in_plans_and_the_night_before(sentence: str, expected: str) -> None:
    assert as_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time after "before" is not when the figure held
        ("About 300 doctors left the country before 2019.", None),
        # a time after a comparison is the base's, not the figure's
        ("Bookings fell by 300 compared with the same week last year.", None),
        ("Output was up 300 tonnes on the same period last year.", None),
        # ... but a figure that is itself the base keeps its time
        ("Bookings reached 900, up from 300 in 2024.", "2024"),
        # "since 1998, when 300 people died": the when-clause holds at that time
        ("It was the worst flood since 1998, when 300 people died.", "1998"),
    ],
)
def test_before_comparisons_and_when_clauses(sentence: str, expected: str | None) -> None:
    assert as_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pledge's deadline, or a plan's, is the next such month, not the last
        ("The ministry has promised 300 new beds by the end of March.", "2027-03"),
        ("The city pledged to plant 300 trees by February, its mayor said.", "2027-02"),
        ("About 300 more could arrive before the end of January, she said.", "2027-01"),
        # a month still ahead this year stays in it
        ("The ministry has promised 300 new beds by October.", "2026-10"),
        # past events keep the latest such month
        ("By March, 300 people had left the valley.", "2026-03"),
        ("The deal signed in March covers 300 buses.", "2026-03"),
    ],
)
def test_a_pledge_or_plan_with_a_deadline_looks_ahead(sentence: str, expected: str) -> None:
    # the folder's time.deadline_bounds ("by", "until", "till", "before") says which
    assert EN.as_of(sentence, sentence.index("300"), PUBLISHED) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("de", "Seit August 2025 kamen 300 neue Busse hinzu.", "2025-08/.."),
        ("fr", "Depuis août 2025, 300 bus ont été livrés.", "2025-08/.."),
        ("es", "Desde agosto de 2025 han llegado 300 autobuses.", "2025-08/.."),
        ("it", "Dal 2025 sono arrivati 300 autobus.", "2025/.."),
        ("pt", "Desde agosto de 2025 chegaram 300 autocarros.", "2025-08/.."),
        ("ru", "С августа 2025 года прибыли 300 автобусов.", "2025-08/.."),
        ("uk", "З серпня 2025 року прибули 300 автобусів.", "2025-08/.."),
        ("pl", "Od sierpnia 2025 r. przyjechało 300 autobusów.", "2025-08/.."),
        ("ar", "منذ أغسطس 2025 وصلت 300 حافلة.", "2025-08/.."),
        # past the month's other name and its slash
        ("ar", "وصلت 300 حافلة منذ يناير/كانون الثاني الماضي.", "2026-01/.."),
        ("ko", "2025년 8월 이후 버스 300대가 들어왔다.", "2025-08/.."),
    ],
)
def test_since_a_time_is_an_open_interval_in_every_language(
    language: str, sentence: str, expected: str
) -> None:
    # the figure counts from then up to now: the time opens it, it is no point
    assert as_of_in(language, sentence) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("it", "Dal 29 agosto partiranno 300 corse al giorno.", "2026-08-29"),
        ("en", "From 29 August the line will run 300 trains a day.", "2026-08-29"),
    ],
)
def test_since_a_time_after_the_report_is_when_it_starts(
    language: str, sentence: str, expected: str
) -> None:
    assert as_of_in(language, sentence) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a month right after a relative year holds in that year, not the latest such month
        ("zh", "市政府承诺明年3月前再投入300万元。", "2027-03"),
        ("zh", "去年10月5日，港口处理了300万吨货物。", "2025-10-05"),
        ("ja", "来年3月までに300人を採用する。", "2027-03"),
        ("ja", "昨年11月以降、300人が入国した。", "2025-11/.."),
        ("ko", "내년 3월까지 버스 300대를 늘린다.", "2027-03"),
        ("ko", "지난해 10월 버스 300대가 멈췄다.", "2025-10"),
    ],
)
def test_a_month_after_a_relative_year_holds_in_that_year(
    language: str, sentence: str, expected: str
) -> None:
    assert as_of_in(language, sentence, "2026-12-02") == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a month and the year a phrase after it names ("of next year", "of last year")
        ("ru", "В марте следующего года придут 300 автобусов.", "2027-03"),
        ("uk", "У жовтні минулого року прийшли 300 автобусів.", "2025-10"),
        ("pl", "W marcu przyszłego roku przyjedzie 300 autobusów.", "2027-03"),
        ("es", "En octubre del año pasado llegaron 300 autobuses.", "2025-10"),
        ("it", "A marzo del prossimo anno arriveranno 300 autobus.", "2027-03"),
        ("de", "Im Oktober vergangenen Jahres kamen 300 Busse.", "2025-10"),
        # a month and which one, the word after it ("next March", "last October")
        ("fr", "En mars prochain, 300 bus arriveront.", "2027-03"),
        ("it", "A ottobre scorso sono arrivati 300 autobus.", "2026-10"),
        ("ar", "في مارس المقبل ستصل 300 حافلة.", "2027-03"),
    ],
)
def test_a_month_with_its_relative_year_or_which_one_after_it(
    language: str, sentence: str, expected: str
) -> None:
    assert as_of_in(language, sentence, "2026-12-02") == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Im Oktober 2024 fuhren 120 Busse, derzeit sind es etwa 300."),
        ("es", "En octubre de 2024 circulaban 120 autobuses; actualmente son unos 300."),
        ("fr", "En octobre 2024, 120 bus circulaient ; actuellement, ils sont 300."),
        ("ru", "В октябре 2024 года ходили 120 автобусов, а сейчас их около 300."),
        ("pl", "W październiku 2024 r. jeździło 120 autobusów, obecnie jest ich 300."),
    ],
)
def test_a_word_of_now_before_a_figure_holds_it_now(language: str, sentence: str) -> None:
    # an earlier time in the sentence is the earlier figure's
    assert as_of_in(language, sentence) is None


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # "yesterday" in every folder, counted back from the published day (a Wednesday)
        ("de", "Gestern fuhren 300 Busse weniger.", "2026-12-01"),
        ("es", "Ayer circularon 300 autobuses menos.", "2026-12-01"),
        ("ru", "Вчера на линию вышли 300 автобусов.", "2026-12-01"),
        ("ar", "خرجت أمس 300 حافلة من المرآب.", "2026-12-01"),
        # a weekday as the text writes it, inflected or lower-case: the latest such day
        ("es", "El viernes circularon 300 autobuses.", "2026-11-27"),
        ("ru", "В пятницу на линию вышли 300 автобусов.", "2026-11-27"),
        ("pl", "W piątek wyjechało 300 autobusów.", "2026-11-27"),
        ("pt", "Na sexta-feira circularam 300 autocarros.", "2026-11-27"),
        ("ar", "خرجت يوم الجمعة 300 حافلة من المرآب.", "2026-11-27"),
    ],
)
def test_yesterday_and_a_weekday_in_every_language(
    language: str, sentence: str, expected: str
) -> None:
    assert as_of_in(language, sentence, "2026-12-02") == expected


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        # a plan's month written without a year lies ahead of the report
        (
            "de",
            "Ab März sollen 300 zusätzliche Sanitäter eingestellt werden.",
            "2026-12-03",
            "2027-03",
        ),
        (
            "uk",
            "З січня міська рада планує виділити 300 тис. грн на доплати.",
            "2026-12-03",
            "2027-01",
        ),
        # the month just ended, and a year the sentence writes, stay
        ("de", "Im November sollen 300 Sanitäter eingestellt werden.", "2026-12-03", "2026-11"),
        ("de", "Ab März 2026 sollen 300 Sanitäter eingestellt werden.", "2026-12-03", "2026-03"),
    ],
)
def test_a_plans_month_without_a_year_is_the_next_one(
    language: str, text: str, published: str, expected: str
) -> None:
    (c,) = extract_in(language, text, published)
    assert c.status == "planned"
    assert c.as_of == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "北朝鮮は来年1月末までに工兵を最大6000人送り込む。"),
        ("de", "Im Jahr 2028 gibt die Stadt 300.000 Euro für die Schulen aus."),
    ],
)
def test_a_figure_whose_time_lies_ahead_is_planned(language: str, text: str) -> None:
    """No word of plan, but its time is after the report's day: what it counts lies ahead."""
    (c,) = extract_in(language, text, "2026-12-02")
    assert c.status == "planned"


def test_a_figure_since_a_past_month_stays_reported() -> None:
    (c,) = extract_in("de", "Seit November gibt die Stadt 300.000 Euro aus.", "2026-12-02")
    assert c.status == "reported"
