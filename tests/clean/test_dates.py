"""Full dates in datelines of every language, on lines written for these tests: Arabic
names a month twice (Egyptian and Levantine names) and may give the Hijri date first."""

from __future__ import annotations

import pytest

from claimtrack.clean.dates import find_full_date


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
