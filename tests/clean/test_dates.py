"""Full dates in datelines of every language, on lines written for these tests: Arabic
names a month twice (Egyptian and Levantine names) and may give the Hijri date first."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.clean import clean
from claimtrack.clean.dates import day_first_in, find_full_date, writes_day_first, yearless_dateline
from claimtrack.records import SourceDocument


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("موسكو - 19 يونيو/حزيران 2025", "2025-06-19"),
        ("كييف - 3 مارس / آذار 2025", "2025-03-03"),
        # the Hijri date first, the Gregorian one after "corresponding to"
        ("القاهرة - الثلاثاء 14 رجب 1446 هـ الموافق 14 يناير 2025", "2025-01-14"),
        ("الرياض – 5 شعبان 1446هـ، 4 فبراير 2025م", "2025-02-04"),
        ("KYIV, 3 March 2025", "2025-03-03"),
        ("МОСКВА, 3 сентября 2024", "2024-09-03"),
        # East Asian unit signs, glued to the words around them or spaced
        ("朝霧テレビ　配信日：2026年11月4日（水）08:10", "2026-11-04"),
        ("本台记者上海2026年10月9日报道", "2026-10-09"),
        ("게재 2026년 10월 21일(수) 오전 7:30", "2026-10-21"),
        ("港北新報　2026年（令和8年）9月14日　月曜日", "2026-09-14"),
        ("２０２６年７月３０日", "2026-07-30"),
        # a dotted date closed by a full stop, as Korean pages write it
        ("최종수정 2026.10.05. 오후 3:12", "2026-10-05"),
        # Arabic-Indic digits, and the Levantine month name of two words, paired or alone
        ("نُشر: السبت ١٤ نوفمبر/تشرين الثاني ٢٠٢٦ - ٠٩:١٠", "2026-11-14"),
        ("جريدة الساحل | الجمعة 9 تشرين الأول 2026 | العدد 512", "2026-10-09"),
    ],
)
def test_a_dateline_gives_its_gregorian_date(line: str, iso: str) -> None:
    found = find_full_date(line)
    assert found is not None and found[0] == iso


@pytest.mark.parametrize(
    "line", ["14 رجب 1446 هـ", "on 5 and/or 6 May", "2026年9月の会合", "Ref. 2026.10"]
)
def test_a_hijri_or_partial_date_alone_is_no_full_date(line: str) -> None:
    assert find_full_date(line) is None


def test_the_offsets_of_a_date_in_another_script_are_the_texts() -> None:
    line = "الجمعة ٩ أكتوبر ٢٠٢٦"
    found = find_full_date(line)
    assert found is not None and line[found[1].start() : found[1].end()] == "٩ أكتوبر ٢٠٢٦"


@pytest.mark.parametrize(
    ("language", "day_first"),
    [("fr", True), ("es", True), ("pt", True), ("ru", True), ("en", False), ("ja", False)],
)
def test_whether_a_language_writes_the_day_first_comes_from_cldr(
    language: str, day_first: bool
) -> None:
    assert writes_day_first(language) is day_first


def test_a_slashed_date_both_ways_round_is_read_only_for_a_day_first_language() -> None:
    assert find_full_date("Mis à jour le 04/11/2026 à 18h05") is None
    found = find_full_date("Mis à jour le 04/11/2026 à 18h05", day_first=True)
    assert found is not None and found[0] == "2026-11-04"


@pytest.mark.parametrize(
    ("lines", "iso"),
    [
        # the day and the weekday of the lead pin the year: the latest up to the day read
        (
            ["HAVANA, Nov. 3 (Wirecorp) -- Ferries resumed service on Tuesday, port staff said."],
            "2026-11-03",
        ),
        (["OSLO, Jan 9 (Nordwire) - Snow closed 40 roads, police said on Friday."], "2026-01-09"),
        # a report of Sunday's vote filed on Monday: the Monday fits
        (
            [
                "LIMA, June 2 (Andes) - Voters backed the reform in Sunday's poll, results showed on Monday."
            ],
            "2025-06-02",
        ),
        # a weekday that last fell on the day years ago: that year (the calendar repeats)
        (["OSLO, Jan 9 (Nordwire) - Snow closed 40 roads on Wednesday."], "2019-01-09"),
        # no weekday in the lead: no year
        (["OSLO, Jan 9 (Nordwire) - Snow closed 40 roads."], None),
        # a month-year header gives the year before any weekday does
        (["Digest", "March 2024", "OSLO, Jan 9 (Nordwire) - Snow fell on Friday."], "2024-01-09"),
        # another language's weekday, read from Babel's names
        (["LIMA, 2 junio (Andes) - ..."], None),
        (["ROMA, Jun 2 (Wire) - Il governo ha approvato lunedì 300 milioni."], "2025-06-02"),
    ],
)
def test_a_dateline_without_a_year_takes_it_from_its_weekday(
    lines: list[str], iso: str | None
) -> None:
    assert yearless_dateline(lines, today=date(2026, 12, 2)) == iso


_LEAD = "PORT ELLEN, Scotland (Wirecorp) — Storm surges flooded dozens of harbour homes on Thursday, forcing 1,200 people from the island's south coast, coastguard officials said."


@pytest.mark.parametrize(
    ("lines", "iso"),
    [
        # a caption further down writes the lead's weekday with the full date
        (
            [
                "Storm floods island harbour",
                _LEAD,
                "Caption: Water fills a street in Port Ellen, Thursday, Nov. 12, 2026. (Wire Photo/A. Bell)",
            ],
            "2026-11-12",
        ),
        # the same in a later paragraph, day first
        ([_LEAD, "The last such surge, on Thursday, 12 November 2026, was smaller."], "2026-11-12"),
        # a full date without its weekday dates an earlier event, not the report
        ([_LEAD, "The harbour wall was rebuilt on 3 March 2022."], None),
        # a date written with another weekday than the lead's is not taken
        ([_LEAD, "Caption: Port Ellen, Monday, Nov. 9, 2026."], None),
        # a lead naming no weekday takes no date
        (
            [
                "PORT ELLEN, Scotland (Wirecorp) — Storm surges flooded dozens of harbour homes, forcing 1,200 people from the island's south coast, officials said.",
                "Caption: Port Ellen, Thursday, Nov. 12, 2026.",
            ],
            None,
        ),
        # German: the lead's Donnerstag, the caption's "Donnerstag, 12. November 2026"
        (
            [
                "Husum (Wirecorp) – Sturmfluten haben am Donnerstag Dutzende Häuser am Hafen überflutet, mehr als 1200 Menschen mussten ihre Wohnungen verlassen.",
                "Bildunterschrift: Wasser in Husum, Donnerstag, 12. November 2026.",
            ],
            "2026-11-12",
        ),
    ],
)
def test_without_a_dateline_date_a_full_date_written_with_the_leads_weekday_dates_it(
    lines: list[str], iso: str | None
) -> None:
    assert yearless_dateline(lines, today=date(2026, 12, 2)) == iso


@pytest.mark.parametrize(
    ("text", "day_first"),
    [
        ("The Ministry of Defence put the cost at £4m, 12 per cent more.", True),
        ("The Department of Defense said the center would open.", False),
        # no mark either way: CLDR's English, which is American
        ("The ministry said the bridge would open.", False),
    ],
)
def test_an_english_page_s_spelling_says_which_way_it_writes_dates(
    text: str, day_first: bool
) -> None:
    assert day_first_in("en", text) is day_first


def test_a_british_page_s_slashed_dateline_is_day_first() -> None:
    """ "02/12/2026" on a page spelling "defence" and "centre" is 2 December."""
    text = (
        "NORTHGATE NEWS\nWednesday 02/12/2026\n\nThe Ministry of Defence said 300 soldiers "
        "were in the centre of the city, at a cost of £5m.\n"
    )
    assert clean(SourceDocument(doc_id="a", content=text)).published == "2026-12-02"
