"""When a figure holds (``as_of``): time expressions in its sentence, as ISO dates,
months, quarters, years or open intervals, resolved against the published date."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from claimtrack.extract.lexicon import Lexicon
from claimtrack.extract.unspaced import UnspacedReader
from claimtrack.records import published_date

_YEAR = r"(?:19|20)\d\d"


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of the phrases, longest first, spaces matching any run of
    blanks; one that matches nothing when there are none."""
    out = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )
    return out or "(?!)"


def _patterns(lex: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    """Time expressions, with the month and quarter words of the lexicon's language."""
    names = sorted(lex.mapping("month_numbers"), key=len, reverse=True)
    month = r"(?:" + "|".join(n.capitalize() for n in names) + r")\.?"
    quarter = "|".join(map(re.escape, lex.mapping("time", "quarters")))
    season = "|".join(map(re.escape, lex.mapping("time", "seasons"))) or "(?!)"
    # a language writing its months in lower case ("13 listopada 2024") matches them so
    case = 0 if lex.data.get("months_capitalised", True) else re.I
    relative = "|".join(
        re.escape(p).replace(r"\ ", r"\s+")
        for p in sorted(lex.mapping("time", "relative"), key=len, reverse=True)
    )
    preps = "|".join(
        re.escape(p).replace(r"\ ", r"\s+")
        for p in sorted(lex.words("time", "month_prepositions"), key=len, reverse=True)
    )
    weekdays = "|".join(re.escape(w.capitalize()) for w in lex.words("time", "weekdays"))
    year_phrases = _alternation(
        k for k, v in lex.mapping("time", "relative").items() if str(v).endswith("year")
    )
    month_which = _alternation(lex.mapping("time", "month_relative"))
    days = _alternation(lex.mapping("time", "days"))
    return [
        ("quarter", re.compile(rf"\b({quarter})\s+quarter\s+of\s+({_YEAR})\b", re.I)),
        # "a third-quarter loss", "in the second quarter": the latest such quarter
        ("quarter_only", re.compile(rf"\b({quarter})[\s-]+quarter\b(?!\s+of\s+\d)", re.I)),
        ("q", re.compile(rf"\b(Q[1-4])\s*({_YEAR})\b")),
        ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({month})\s+({_YEAR})\b", case)),
        ("mdy", re.compile(rf"\b({month})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_YEAR})\b", case)),
        ("my", re.compile(rf"\b({month})\s+(?:of\s+)?({_YEAR})\b", case)),
        # "in October last year", "March of next year": the month in the year the phrase names
        (
            "month_rel_year",
            re.compile(rf"\b({month})\s+(?:of\s+)?(?i:({year_phrases}))(?!\w)", case),
        ),
        # "last August": the latest August before the published month
        ("rel_month", re.compile(rf"(?<!\w)(?i:({month_which}))\s+({month})(?!\s*\d)\b", case)),
        # "last summer", "next spring": the season's year, counted from the published date
        ("rel_season", re.compile(rf"(?<!\w)({month_which})\s+({season})(?!\w)", re.I)),
        # "this morning", "yesterday": a day counted back from the published day
        ("days", re.compile(rf"(?<!\w)({days})(?!\w)", re.I)),
        # "since 1 January", "on 14 March": a day of the month, in the published year
        (
            "dm",
            re.compile(
                rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({month})(?![\w.]*\s*,?\s*{_YEAR}(?!\d))", case
            ),
        ),
        # "as of March 1", "on Sept. 30": the American order, in the published year
        ("md", re.compile(rf"\b({month})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)", case)),
        # "by the end of last year", "by the end of the year": the year's last month
        (
            "year_end",
            re.compile(r"\b(?:end|close)\s+of\s+(last|this|the)\s+year\b(?!\s+\d)", re.I),
        ),
        # the folder's relative phrases and month prepositions ("il mese scorso", "a novembre")
        ("rel_words", re.compile(rf"(?<!\w)({relative or '(?!)'})(?!\w)", re.I)),
        (
            "month_words",
            re.compile(rf"(?<!\w)(?:{preps or '(?!)'})\s+({month})(?!\s+\d)(?!\w)", re.I),
        ),
        (
            "season",
            re.compile(rf"\b({season})\s+(?:of\s+)?({_YEAR})\b", re.I),
        ),
        ("year", re.compile(rf"(?<![\d,.])({_YEAR})(?![^\W_]|,\d)")),
        # "last week", but not "the last week of January" (a part of a named month)
        ("rel", re.compile(r"\b(?i:(last|this|past)\s+(week|month|year))\b(?!\s+of\s+[A-Z])")),
        (
            "years_ago",
            re.compile(r"\b(a|one|two|three|four|five|\d)\s+years?\s+(?:ago|earlier)\b", re.I),
        ),
        # "between October and December", "from May to July": the span's last month
        (
            "month_span",
            re.compile(
                rf"\b(?:[Bb]etween|[Ff]rom)\s+{month}\s+(?:and|to|until|through)\s+({month})(?!\s+\d)\b"
            ),
        ),
        # "by the end of the decade": the decade's last year, as reports round it
        ("decade_end", re.compile(r"\b(?:end|close)\s+of\s+(?:the|this)\s+decade\b", re.I)),
        # "on Saturday": the latest such day up to the published date
        # (not "Tuesday, 12 March" or "Tuesday, March 12": the date is read whole; "On
        # Tuesday, 12 people drowned" is a weekday)
        (
            "weekday",
            re.compile(
                rf"\b({weekdays or '(?!)'})\b(?!\s*,?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{month}"
                rf"|{month}\s+\d|\d{{1,2}}[./-]\d))"
            ),
        ),
        (
            "month",
            re.compile(
                rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+"
                rf"(?:(?:early|late|mid)[\s-]+)?"
                rf"({month})(?!\s+\d)\b"
            ),
        ),
    ]


#: A year glued to a token with a capital or a digit ("M1978", "KN-2023", "2S19-2020")
#: is part of a designation, calibre or model number, never a time; "mid-2023" is a time.
_GLUED = re.compile(r"(?:[^\W_]*[A-Z0-9][^\W_]*)-?$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")

_SINCE_REACH = 64  # "since the beginning of " is shorter: look no further back than this
_SINCE_INSIDE = re.compile(r"(?:since|from)\s", re.I)  # "since January" is one match
_SINCE = re.compile(
    r"\b(since|from)\s+(?:the\s+)?(?:(?:start|beginning|end)\s+of\s+)?(?:(?:late|early|mid)[\s-]+)?$",
    re.I,
)


#: How far before a sentence "at the time" looks for the time it means (the sentence or
#: two before it), so the work per figure stays bounded.
BACK_REFERENCE_CHARS = 600

_BOUND_WORDS = 4  # "33 in 2022", "1.9 million people in May": the figure and what it counts
_BREAK = re.compile(r",(?!\d)|[;:()\[\]\"“”]|\s[–—-]\s")

#: "since the war began in October 2023", "since it opened on Monday": the time dates the
#: start of what the figure counts up to now, as "since October 2023" does.
_SINCE_CLAUSE = re.compile(r"\b[Ss]ince\s+[^,.;:()\d]{1,40}?\s(?:in|on)\s+$")


class TimeReader:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.patterns = _patterns(lex)
        self.unspaced = UnspacedReader(lex) if lex.unspaced is not None else None
        self.months = {k: int(v) for k, v in lex.mapping("month_numbers").items()}
        self.quarters = {k: int(v) for k, v in lex.mapping("time", "quarters").items()}
        self._last: tuple[tuple[str, str | None], list[tuple[int, int, str]]] | None = None
        present = "|".join(
            re.escape(w).replace(r"\ ", r"\s+")
            for w in sorted(lex.words("present_words"), key=len, reverse=True)
        )
        self._present = re.compile(rf"(?<!\w)(?:{present or '(?!)'})(?!\w)", re.I)
        back = _alternation(lex.words("time", "back_references"))
        self._back = re.compile(rf"(?<!\w)(?:{back})(?!\w)", re.I)

    def _month(self, name: str) -> int:
        return self.months[name.lower().rstrip(".")]

    def as_of(
        self, sentence: str, fig_start: int, published: str | None, earlier: str = ""
    ) -> str | None:
        """The time expression nearest the figure, preferring those before it. ``earlier``
        is the document's text just before the sentence: "at the time", "during the
        month" mean the last time it names."""
        if self.unspaced is not None:  # "2024年11月", "上个月": written without spaces
            return self.unspaced.as_of(sentence, fig_start, published)
        best: tuple[int, str] | None = None
        before = 0  # where the nearest time before the figure ends
        found = self.expressions(sentence, published)
        if earlier and self._back.search(sentence):
            found = sorted([*found, *self._back_references(sentence, earlier, published)])
        for start, _, iso in found:
            # "compared with 41 in 2023 and 33 in 2022": a time right after the figure and
            # its few words is the figure's own, before any time nearer in front of it
            gap = sentence[fig_start:start]
            if start >= fig_start and len(gap.split()) <= _BOUND_WORDS and not _BREAK.search(gap):
                return iso
        for start, end, iso in found:
            dist = fig_start - end if end <= fig_start else (start - fig_start) * 2
            if best is None or dist < best[0]:
                best = (dist, iso)
                before = end if end <= fig_start else fig_start
        if best is not None and self._present.search(sentence, before, fig_start):
            return None  # "launched in 2004, now covers 8 million": the figure holds now
        return best[1] if best else None

    def _back_references(
        self, sentence: str, earlier: str, published: str | None
    ) -> list[tuple[int, int, str]]:
        """ "At the time", "during the month", "since then": the time the text before the
        sentence named last ("since then" from it on); none when it names none."""
        named = self._find(earlier, published_date(published))
        if not named:
            return []
        last = max(named, key=lambda e: e[1])[2].removesuffix("/..")
        out = []
        for m in self._back.finditer(sentence):
            left = sentence[max(0, m.start() - _SINCE_REACH) : m.start()]
            since = _SINCE_INSIDE.match(m.group(0)) or _SINCE.search(left)
            out.append((m.start(), m.end(), f"{last}/.." if since else last))
        return out

    def expressions(self, sentence: str, published: str | None) -> list[tuple[int, int, str]]:
        """The sentence's time expressions (start, end, ISO value). Remembered for the
        last sentence asked about: every figure of a sentence needs them, and finding them
        again per figure made a sentence of many figures cost its length squared."""
        key = (sentence, published)
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        found = self._find(sentence, published_date(published))
        self._last = (key, found)
        return found

    def _find(self, sentence: str, pub: date | None) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []
        for kind, pat in self.patterns:
            for m in pat.finditer(sentence):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue  # an earlier, longer shape holds it ("October last year")
                if kind == "year" and self._designation(sentence, m.start()):
                    continue
                iso = self._iso(kind, m, pub)
                if iso is None:
                    continue
                taken.append((m.start(), m.end()))
                left = sentence[max(0, m.start() - _SINCE_REACH) : m.start()]
                if (
                    _SINCE.search(left)
                    or _SINCE_CLAUSE.search(left)
                    or (_SINCE_INSIDE.match(m.group(0)))
                ):
                    iso = f"{iso}/.."
                found.append((m.start(), m.end(), iso))
        return found

    def _designation(self, sentence: str, start: int) -> bool:
        """Whether the year-like number at ``start`` names a thing: glued to a model code
        ("Koksan M1978", "KN-2023") or after a capitalised designation word ("Type 2020",
        "Resolution 2017")."""
        left = sentence[max(0, start - 24) : start]
        if left and not left[-1].isspace():
            glued = left.split()[-1] if left.split() else ""
            if glued.lower().rstrip("-") in self.lex.set_of["time_prepositions"]:
                return False  # "mid-2023", "pre-2014"
            return bool(_GLUED.search(glued))
        word = _WORD_BEFORE.search(left)
        return bool(
            word
            and word.group(1)[0].isupper()
            and word.group(1).lower() in self.lex.set_of["designation_words"]
        )

    def _iso(self, kind: str, m: re.Match[str], pub: date | None) -> str | None:
        g = m.groups()
        if kind == "quarter":
            q = {
                "first": 1,
                "second": 2,
                "third": 3,
                "fourth": 4,
                "1st": 1,
                "2nd": 2,
                "3rd": 3,
                "4th": 4,
            }[g[0].lower()]
            return f"{g[1]}-Q{q}"
        if kind == "q":
            return f"{g[1]}-{g[0].upper()}"
        if kind == "dmy":
            return f"{g[2]}-{self._month(g[1]):02d}-{int(g[0]):02d}"
        if kind == "mdy":
            return f"{g[2]}-{self._month(g[0]):02d}-{int(g[1]):02d}"
        if kind == "dm" and pub is not None:
            mo = self._month(g[1])
            year = pub.year if mo <= pub.month else pub.year - 1
            return f"{year}-{mo:02d}-{int(g[0]):02d}"
        if kind == "md" and pub is not None:
            mo = self._month(g[0])
            year = pub.year if mo <= pub.month else pub.year - 1
            return f"{year}-{mo:02d}-{int(g[1]):02d}"
        if kind == "my":
            return f"{g[1]}-{self._month(g[0]):02d}"
        if kind in ("season", "year"):
            return g[-1]
        if kind == "month_rel_year" and pub is not None:
            relative = self.lex.mapping("time", "relative")
            which = str(relative.get(" ".join(g[1].lower().split()), "this")).split()[0]
            year = pub.year + {"last": -1, "next": 1}.get(which, 0)
            return f"{year}-{self._month(g[0]):02d}"
        if kind == "rel_month" and pub is not None:
            which = str(self.lex.mapping("time", "month_relative").get(g[0].lower(), "this"))
            mo = self._month(g[1])
            if which == "last":
                year = pub.year if mo < pub.month else pub.year - 1
            elif which == "next":
                year = pub.year if mo > pub.month else pub.year + 1
            else:
                year = pub.year
            return f"{year}-{mo:02d}"
        if kind == "rel_season" and pub is not None:
            which = str(self.lex.mapping("time", "month_relative").get(g[0].lower(), "this"))
            first = int(self.lex.mapping("time", "seasons")[g[1].lower()][0])
            if which == "last":
                return str(pub.year - 1)
            if which == "next":
                return str(pub.year + 1 if first <= pub.month else pub.year)
            return str(pub.year)
        if kind == "days" and pub is not None:
            back = int(self.lex.mapping("time", "days").get(" ".join(g[0].lower().split()), 0))
            return (pub - timedelta(days=back)).isoformat()
        if kind == "rel_words" and pub is not None:  # "il mese scorso": "last month"
            relative = self.lex.mapping("time", "relative")
            which, unit = str(relative.get(" ".join(g[0].lower().split()), "")).split() or ["", ""]
            return self._relative(which, unit, pub)
        if kind == "quarter_only" and pub is not None:
            q = self.quarters[g[0].lower()]
            year = pub.year if q <= (pub.month - 1) // 3 + 1 else pub.year - 1
            return f"{year}-Q{q}"
        if kind == "years_ago" and pub is not None:
            n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}.get(g[0].lower())
            return str(pub.year - (n if n is not None else int(g[0])))
        if kind == "weekday" and pub is not None:
            day = [w.lower() for w in self.lex.words("time", "weekdays")].index(g[0].lower())
            return (pub - timedelta(days=(pub.weekday() - day) % 7)).isoformat()
        if kind == "year_end" and pub is not None:
            return f"{pub.year - (1 if g[0].lower() == 'last' else 0)}-12"
        if kind == "rel" and pub is not None:
            return self._relative(g[0].lower(), g[1].lower(), pub)
        if kind == "decade_end" and pub is not None:
            return str(pub.year // 10 * 10 + 10)
        if kind in ("month", "month_words", "month_span") and pub is not None:
            mo = self._month(g[0])
            year = pub.year if mo <= pub.month else pub.year - 1
            return f"{year}-{mo:02d}"
        return None

    @staticmethod
    def _relative(which: str, unit: str, pub: date) -> str | None:
        """ "last month", "this year", ... as of the published date."""
        step = {"last": -1, "next": 1}.get(which, 0)
        if unit in ("year", "month", "week"):
            if unit == "year":
                return str(pub.year + step)
            if unit == "month":
                if step < 0:
                    d = pub.replace(day=1) - timedelta(days=1)
                elif step > 0:
                    d = pub.replace(day=28) + timedelta(days=4)
                else:
                    d = pub
                return f"{d.year}-{d.month:02d}"
            # a week is given as the month holding its Thursday, the precision reports
            # and readers date a "last week" figure at (ISO weeks are counted the same way)
            d = pub + timedelta(days=7 * step)
            thursday = d + timedelta(days=3 - d.weekday())
            return f"{thursday.year}-{thursday.month:02d}"
        return None
