"""Full calendar dates in text: find the date-shaped spans and parse them to ISO.

Only explicit full dates (day, month and year) count: "3 March 2025", "March 3, 2025",
"2025-03-03", "2025.03.03" (Korean and Chinese pages), "2025年3月3日" and "2025년 3월 3일",
"3.3.2025", "13/3/2025" (read only when one side is over 12, or when the page's language
writes the day first: "5/3/2025" is 5 March in Hanoi and May 3 in Boston; Babel's CLDR short
date pattern tells which). Digits of any script count ("٢ ديسمبر ٢٠٢٦", "２０２６年"), and a
month may be named by any regional name CLDR knows ("كانون الأول", the Levantine December).
Relative ("3 hours ago") and partial ("March 2025") dates are never accepted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import dateparser
from babel import localedata
from babel.dates import get_date_format, get_day_names, get_month_names

from claimtrack.clean.lexicon import load_lexicon
from claimtrack.config import Settings

_WORD = r"[^\W\d_]{3,12}\.?"  # a month name or abbreviation, checked by dateparser
# Arabic names a Gregorian month twice, its Egyptian and its Levantine name ("19 يونيو/حزيران
# 2025", "مارس/آذار"): the pair is one month; the first name is read.
_MONTH = rf"{_WORD}(?:\s?/\s?{_WORD})?"
# After a day, a month's name may be two words ("كانون الأول", "تشرين الثاني"), alone or
# second in a pair: the day anchors the match, so the extra word cannot swallow a word before.
_DAY_MONTH = rf"{_WORD}(?:\s{_WORD})?(?:\s?/\s?{_WORD}(?:\s{_WORD})?)?"
_MONTH_PAIR = re.compile(r"([^\W\d_]{3,12})\s?/\s?[^\W\d_]{3,12}(?:\s[^\W\d_]{3,12}(?=\s))?")
#: A year, month and day written with the East Asian unit signs ("2025年3月3日", "2025년 3월
#: 3일"), an era year in brackets allowed after the year ("2026年（令和8年）12月3日"); its
#: groups are the year, the month and the day.
_EAST_ASIAN = (
    r"((?:19|20)\d{2})\s?[年년]\s?(?:[（(][^（）()\n]{1,8}[）)]\s?)?"
    r"(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]"
)
_EAST_ASIAN_PARTS = re.compile(_EAST_ASIAN)
_ORD = r"(?:st|nd|rd|th|er|e|o|º|-?го|-?е)?"

#: A clock time ("10:42", "07.15", "7h30", "9:40 p.m."): it stamps a published line and is
#: no figure of a date.
CLOCK_TIME = re.compile(
    r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?!\d)", re.IGNORECASE
)

# Each alternative is one full-date shape; named groups are not needed, dateparser reads it.
FULL_DATE = re.compile(
    rf"""
    (?<![\w.])
    (?:
        (?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}(?!\d)                      # 2025-03-03
      | (?:19|20)\d{{2}}([./])\d{{1,2}}\1\d{{1,2}}(?!\d|\.\d)             # 2025.03.03(.)
      | \d{{1,2}}/\d{{1,2}}/(?:19|20)\d{{2}}(?!\d)                       # 13/3/2025
      | \d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:19|20)\d{{2}}(?!\d)               # 3.3.2025
      | \d{{1,2}}{_ORD}\.?\s+(?:de\s+)?{_DAY_MONTH},?\s+(?:de\s+)?(?:19|20)\d{{2}}(?!\d)  # 3 March 2025
      | {_MONTH}\s+\d{{1,2}}{_ORD},?\s+(?:19|20)\d{{2}}(?!\d)             # March 3, 2025
    )
    | (?<!\d){_EAST_ASIAN}                                              # 2025年3月3日
    """,
    re.VERBOSE | re.IGNORECASE,
)
_ISO = re.compile(r"^((?:19|20)\d{2})([-./])(\d{1,2})\2(\d{1,2})")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})$")

_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


@lru_cache(maxsize=1)
def _languages() -> list[str]:
    return list(Settings().languages)


def _plausible(d: date) -> str | None:
    if 1900 <= d.year <= date.today().year + 1:
        return d.isoformat()
    return None


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return _plausible(date(year, month, day))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def decimal_digits() -> dict[int, str]:
    """Every decimal digit outside ASCII (Arabic-Indic ٠–٩, Persian ۰–۹, full-width ０–９,
    ...) as its ASCII digit, from Unicode's data: one character for one, so offsets into
    the text stay right."""
    return {
        code: str(unicodedata.decimal(chr(code)))
        for code in range(0x80, 0x10000)
        if unicodedata.category(chr(code)) == "Nd"
    }


def ascii_digits(text: str) -> str:
    """``text`` with every script's decimal digits as ASCII ones, character for character."""
    return text.translate(decimal_digits()) if not text.isascii() else text


@lru_cache(maxsize=64)
def writes_day_first(language: str | None) -> bool:
    """Whether the language's short date puts the day before the month ("01/12/2026" is
    1 December in French), from Babel's CLDR short date pattern; False when unknown."""
    if not language:
        return False
    try:
        pattern = get_date_format("short", locale=language).pattern
    except (ValueError, LookupError):
        return False
    day, month = pattern.find("d"), pattern.find("M")
    return 0 <= day < month


def day_first_in(language: str | None, text: str) -> bool:
    """Whether this page writes "02/12/2026" for 2 December: its language's short date
    (``writes_day_first``), unless its folder says the language is written both ways and
    the page's spelling says which (``day_first_marks`` against ``month_first_marks``: a
    British page spells "defence" and "per cent" and writes the day first, CLDR's English
    being American)."""
    marks = load_lexicon().spelling_marks.get((language or "").split("-")[0].split("_")[0])
    if marks is None:
        return writes_day_first(language)
    low = text.lower()
    day_first, month_first = (len(pattern.findall(low)) for pattern in marks)
    if day_first != month_first:
        return day_first > month_first
    return writes_day_first(language)


@lru_cache(maxsize=1)
def _regional_months() -> dict[str, int]:
    """Month names of every regional variant of the configured languages (CLDR via Babel),
    lower case, with their number: the Levantine "كانون الأول" that dateparser does not
    know. A name two variants give different numbers is left out. Each variant's data is
    dropped from Babel's cache once read: kept, the ~300 of them cost 24 MiB in every
    process that meets one date-shaped phrase dateparser cannot read."""
    names: dict[str, int] = {}
    clashes: set[str] = set()
    codes = set(_languages())
    cache: dict[str, Any] = getattr(localedata, "_cache", {})
    for locale in localedata.locale_identifiers():
        if locale.split("_")[0] not in codes:
            continue
        cached = locale in cache
        try:
            # the aliases CLDR data holds ("stand-alone" as "format") resolved, as Babel's
            # Locale resolves them
            data: Any = localedata.load(locale)
            months = localedata.LocaleDataDict(data).get("months", {})
        except (ValueError, LookupError, OSError):
            continue
        finally:
            if not cached and "_" in locale:
                cache.pop(locale, None)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in dict(months.get(context, {}).get(width, {})).items():
                    key = str(name).lower().rstrip(".")
                    if names.setdefault(key, int(number)) != int(number):
                        clashes.add(key)
    return {k: v for k, v in names.items() if k not in clashes}


_NAMED_DATE = re.compile(
    r"^(\d{1,2})[^\W\d]{0,3}\.?\s+(?:de\s+)?(.+?),?\s+(?:de\s+)?((?:19|20)\d{2})$"
)


def _named_month_date(text: str) -> str | None:
    """A day, a month named by a regional CLDR name (either of a pair) and a year."""
    m = _NAMED_DATE.match(text)
    if m is None:
        return None
    months = _regional_months()
    for name in m.group(2).split("/"):
        number = months.get(" ".join(name.split()).lower().rstrip("."))
        if number is not None:
            return _safe_date(int(m.group(3)), number, int(m.group(1)))
    return None


@lru_cache(maxsize=4096)
def parse_full_date(text: str, day_first: bool = False) -> str | None:
    """ISO ``YYYY-MM-DD`` for an explicit full date, else None (never guesses a part).
    ``day_first``: the page's language writes the day first, so "01/12/2026" is read."""
    text = ascii_digits(text.strip())
    if not text:
        return None
    m = _ISO.match(text)
    if m:
        return _safe_date(int(m[1]), int(m[3]), int(m[4]))
    m = _EAST_ASIAN_PARTS.match(text)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = _SLASHED.match(text)
    if m:
        a, b = int(m[1]), int(m[2])
        if (a > 12) == (b > 12) and not (day_first and a <= 12 and b <= 12):
            return None  # "5/3/2025": the day and month could be either way round
        return _safe_date(
            int(m[3]), b if a > 12 or day_first else a, a if a > 12 or day_first else b
        )
    m = _DOTTED.match(text)
    if m:
        return _safe_date(int(m[3]), int(m[2]), int(m[1]))
    paired = _MONTH_PAIR.sub(r"\1", text)
    try:
        parsed = dateparser.parse(paired, languages=_languages(), settings=_SETTINGS)  # type: ignore[arg-type]
    except Exception:  # dateparser raises assorted errors on odd input
        parsed = None
    if not isinstance(parsed, datetime):
        return _named_month_date(text)
    return _plausible(parsed.date())


def find_full_date(text: str, day_first: bool = False) -> tuple[str, re.Match[str]] | None:
    """The first explicit full date in ``text`` with its match (on its digits as ASCII, at
    the same offsets), or None."""
    for m in FULL_DATE.finditer(ascii_digits(text)):
        iso = parse_full_date(m.group(0), day_first)
        if iso:
            return iso, m
    return None


#: A wire dateline that gives no year: "SEOUL, Dec. 1 (Yonhap) --", "KYIV, March 3 -".
_YEARLESS_DATELINE = re.compile(
    rf"^[^\W\d_a-z][^\W\d_a-z.'’ -]*[^\W\d_a-z.'’ -]{{2,}}(?:,[^,()\n]{{1,40}})?,\s*({_WORD})\s+"
    rf"(\d{{1,2}})(?!\d|,?\s*(?:19|20)\d{{2}})\s*(?:\([^()\n]{{2,40}}\)\s*)?[-–—]"
)
#: A month and a year in a header line ("December 2025", "Dec. 2025"): the year of the issue.
_MONTH_YEAR = re.compile(rf"(?<![\w.])({_WORD})\s+((?:19|20)\d{{2}})(?!\d)")
YEARLESS_LINES = 10  # how many non-empty lines at the top are read for both
YEARLESS_HEADER_WORDS = 8  # a header line ("Issue 12 | December 2025") is this short


def top_lines(lines: Iterable[str], limit: int) -> Iterator[str]:
    """The first ``limit`` non-empty lines, stripped: where a dateline or a header stands."""
    seen = 0
    for line in lines:
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > limit:
            return
        yield text


def yearless_dateline(lines: list[str], today: date | None = None) -> str | None:
    """The date of a wire dateline without a year ("SEOUL, Dec. 1 (Yonhap) --"), in the
    year a month-year line at the top names ("December 2025"); without one, in the latest
    year up to ``today`` whose day falls on a weekday the dateline's paragraph names
    ("SEOUL, Dec. 1 (Yonhap) -- ..., the agency said Tuesday": 2026, as a reader of the
    day's wire knows). None without a dateline, or without both a header year and a
    weekday that fits. Month and weekday names are read by dateparser and Babel, so any
    language's are."""
    dateline: tuple[str, str, str] | None = None
    year: str | None = None
    for text in top_lines(lines, YEARLESS_LINES):
        m = _YEARLESS_DATELINE.match(text)
        if dateline is None and m is not None:
            dateline = (m.group(1), m.group(2), text)
            continue
        header = len(text.split()) <= YEARLESS_HEADER_WORDS  # not a sentence of the story
        for found in _MONTH_YEAR.finditer(text) if year is None and header else ():
            if parse_full_date(f"1 {found.group(1)} {found.group(2)}"):
                year = found.group(2)
                break
    if dateline is None:
        return lead_weekday_date(lines)
    if year is not None:
        return parse_full_date(f"{dateline[1]} {dateline[0]} {year}")
    return _weekday_year(dateline[1], dateline[0], dateline[2], today or date.today()) or (
        lead_weekday_date(lines)
    )


#: A lead is the first line of the story at least this long (not a headline or a byline).
LEAD_MIN_WORDS = 15


def lead_weekday_date(lines: list[str]) -> str | None:
    """The report's date when no dateline gives one: a full date written with the weekday
    the lead names. A wire lead dates its news by weekday ("tore through ... on Wednesday")
    and the full date stands further down with that weekday, in a photo caption ("Calif.,
    Wednesday, Oct. 22, 2025. (AP Photo/...)") or a later paragraph ("on Wednesday, 22
    October 2025"). A full date without its weekday is an event's, not the report's ("signed
    the pact on 19 June 2024"), and is not taken; the latest fitting date is. None when the
    lead names no weekday or no date is written with one it names."""
    lead = next(
        (t for t in top_lines(lines, YEARLESS_LINES) if len(t.split()) >= LEAD_MIN_WORDS), ""
    )
    named = _named_weekdays(lead)
    fitting: list[str] = []
    for line in lines if named else ():
        for m in FULL_DATE.finditer(line):
            iso = parse_full_date(m.group(0))
            if iso is None or date.fromisoformat(iso).weekday() not in named:
                continue
            before = line[max(0, m.start() - _WEEKDAY_REACH) : m.start()]
            if _named_weekdays(before) & named:
                fitting.append(iso)
    return max(fitting, default=None)


#: How far before a full date its weekday may stand ("Wednesday, Oct. 22, 2025").
_WEEKDAY_REACH = 16


#: How many years back a day and a weekday are matched: the calendar repeats in 28.
_CALENDAR_CYCLE = 28


def _weekday_year(day: str, month: str, paragraph: str, today: date) -> str | None:
    """The latest date up to ``today`` on day ``day`` of ``month`` that falls on a weekday
    ``paragraph`` names (a wire's lead says the day it reports: "said on Friday"); None
    when it names none or none fits."""
    named = _named_weekdays(paragraph)
    leap = parse_full_date(f"{day} {month} 2000")  # a leap year, so 29 February is read
    if not named or leap is None:
        return None
    for year in range(today.year, today.year - _CALENDAR_CYCLE, -1):
        try:
            when = date.fromisoformat(leap).replace(year=year)
        except ValueError:
            continue  # 29 February outside a leap year
        if when <= today and when.weekday() in named:
            return when.isoformat()
    return None


@lru_cache(maxsize=1)
def _weekdays() -> tuple[tuple[re.Pattern[str], int], ...]:
    """Every configured language's weekday names (Babel's CLDR data), each as a pattern
    matching it as a whole word in any case, with its Python weekday number (Monday 0)."""
    names: dict[str, int] = {}
    for code in _languages():
        for context in ("format", "stand-alone"):
            try:
                found = get_day_names("wide", context=context, locale=code)
            except (ValueError, LookupError):
                continue  # a code Babel does not know
            for number, name in found.items():
                names.setdefault(name.lower(), int(number))
    return tuple(
        (re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I), number)
        for name, number in names.items()
    )


@lru_cache(maxsize=1)
def month_words() -> frozenset[str]:
    """Every configured language's month names and their abbreviations, lower case and
    without the abbreviation's dot ("march", "mar", "märz", "décembre", "декабря"), from
    Babel's CLDR data in both contexts (the genitive "декабря" and the nominative "декабрь")."""
    names: set[str] = set()
    for code in _languages():
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                try:
                    found = get_month_names(width, context=context, locale=code)
                except (ValueError, LookupError):
                    continue  # a code Babel does not know
                names.update(name.lower().rstrip(".") for name in found.values())
    return frozenset(names)


def _named_weekdays(text: str) -> set[int]:
    """The weekday numbers whose names ``text`` holds."""
    return {number for pattern, number in _weekdays() if pattern.search(text)}
