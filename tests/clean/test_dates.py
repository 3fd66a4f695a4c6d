"""Full dates in datelines of every language, on lines written for these tests: Arabic
names a month twice (Egyptian and Levantine names) and may give the Hijri date first."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.clean.dates import find_full_date, yearless_dateline


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
    ],
)
def test_a_dateline_gives_its_gregorian_date(line: str, iso: str) -> None:
    found = find_full_date(line)
    assert found is not None and found[0] == iso


@pytest.mark.parametrize("line", ["14 رجب 1446 هـ", "on 5 and/or 6 May"])
def test_a_hijri_or_partial_date_alone_is_no_full_date(line: str) -> None:
    assert find_full_date(line) is None


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
