"""When a claim holds: its ``as_of`` ("2025-Q2", "2024-12", "2023-10/..") as a date
window, else its document's published date."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from claimtrack.records import published_date
from claimtrack.resolve.model import Window

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def parse_period(text: str) -> Window:
    """An ISO-like period as a window; an unreadable one is unknown."""
    t = text.strip()
    try:
        if m := _DAY.match(t):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return Window(d, d)
        if m := _MONTH.match(t):
            y, mo = int(m[1]), int(m[2])
            return Window(date(y, mo, 1), _month_end(y, mo))
        if m := _QUARTER.match(t):
            y, q = int(m[1]), int(m[2])
            return Window(date(y, 3 * q - 2, 1), _month_end(y, 3 * q))
        if m := _HALF.match(t):
            y, h = int(m[1]), int(m[2])
            return Window(date(y, 6 * h - 5, 1), _month_end(y, 6 * h))
        if m := _WEEK.match(t):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Window(start, start + timedelta(days=6))
        if m := _YEAR.match(t):
            y = int(m[1])
            return Window(date(y, 1, 1), date(y, 12, 31))
    except ValueError:
        return Window()
    return Window()


#: A figure with no time of its own describes the weeks before its report.
REPORTED_SPAN = timedelta(days=30)


def window_of(as_of: str | None, published: str | None) -> Window:
    """``as_of`` when the text gave one; "since X" holds at publication; else the month
    up to publication (news figures describe the recent past); else unknown.

    A single day ("said on Tuesday", "by Sunday evening") is read like a publication
    date: the month up to that day. The day is when the figure was said or last true,
    not the only day it describes, so two reports a day apart still compare."""
    pub = published_date(published)
    if as_of:
        if as_of.endswith("/.."):
            start = parse_period(as_of[:-3]).start
            return Window(pub, pub) if pub else Window(start, None)
        w = parse_period(as_of)
        if w.known and w.start == w.end and w.end is not None:
            return Window(w.end - REPORTED_SPAN, w.end)
        if w.known:
            return w
    return Window(pub - REPORTED_SPAN, pub) if pub else Window()
