"""Split cleaned text into paragraphs (lines) and sentences, keeping character offsets.

A regex splitter is enough here and far cheaper than a parser; it knows the common
abbreviations of news copy so "U.S." and "Lt. Gen." do not end a sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "cpl",
    "pvt",
    "adm",
    "gov",
    "sen",
    "rep",
    "rev",
    "st",
    "no",
    "nos",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "approx",
    "est",
    "inc",
    "co",
    "corp",
    "ltd",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "a.m",
    "p.m",
    "fig",
    "vol",
    "pp",
    "cf",
    "jr",
    "sr",
    "mt",
    "ft",
}
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽА-ЯЁЄІЇҐ가-힣ء-يٱ-ۓ٠-٩۰-۹"  # Hangul and Arabic have no case
# A stop starts only at the first mark of a run and its parts never give back what they
# took, so a long run of dots or spaces is scanned once rather than once per position.
_BOUNDARY = re.compile(
    # French sets a space inside its quotation marks: ". « Près de 30 % ... »"; German
    # opens a quotation low: ". „Allein in diesem Jahr ...“"
    # (a footnote marker may close it: "... since March 2024.[1] That is ...")
    # German closes its quotation with “ and ‘: "… erfassen.“ Für das kommende Jahr …"
    rf"(?<![.!?…؟])[.!?…؟]++[\"”’“‘')\]»]*+(?:\[\d{{1,3}}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{{1,3}})?\s++"
    # Polish, Russian and Ukrainian open a speaker's turn with a dash: ". – Mamy tu …"
    rf"(?=(?:[\"“‘„‚(\[]|«[ \u00a0\u202f]?|[–—][ \u00a0]+)?[{_UPPER}0-9])"
    # Japanese and Chinese end a sentence with a full-width stop and no space, but not
    # inside a quotation ("「…だ。」と述べた" goes on after the quote)
    r"|[。！？]++(?![」』”’）)])\s*+"
)
_CJK_STOPS = "。！？"
_TERMINAL = re.compile(r"[.!?…:;؟؛。！？][\"”’“‘')\]」』）]*\s*$")

#: The longest span read as one sentence. Real news sentences stay well under it (the
#: longest in the fixtures is about 730 characters); a longer run (a table flattened into
#: one line, a list of thousands of figures, text with no full stops) is cut into windows
#: of at most this many characters, so every per-sentence and per-figure step (the parser,
#: left-context patterns, attribution, status) works on a bounded span and a document's
#: cost grows linearly with its length.
MAX_SENTENCE_CHARS = 1000
#: How far back a boundary check looks for the word before a full stop or after it.
_LOOKAROUND = 64
#: A date in figures and stops, the year first ("2026. 11. 12.") or last ("3. 12. 2026"):
#: its stops end no sentence.
_DOTTED_DATE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d\.\s?\d{1,2}\.\s?\d{1,2}\.?|\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d)(?!\d)"
)
_CLAUSE_BREAK = re.compile(r"[;,:][\"”’')\]]*\s+|[，、；：]")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offsets in the document text
    end: int
    paragraph: int  # index of the line it sits on
    block: bool  # a headline, fact-box or list line rather than running prose


# "SEOUL, Jan 13 (Reuters) -", "HERAT, Afghanistan, Oct 8, 2023 (AFP) -", "KYIV -"; a live
# blog's entry time ("17:40 — El vicegobernador ... prometió"): the sentence, and the
# subject opening it, start after it
_DATELINE = re.compile(
    rf"^(?:[{_UPPER}][{_UPPER}.'’ -]{{2,}}(?:,\s*[^,()\n]{{1,40}}){{0,3}}\s*)?(?:\([^()\n]{{2,40}}\)\s*)?[-–—]{{1,2}}\s+(?=\S)"
    r"|^\s*\d{1,2}[:.h]\d{2}\s*[-–—|]\s+(?=\S)"
)


def dateline_end(line: str) -> int:
    """Length of a wire dateline opening the line, 0 when there is none."""
    m = _DATELINE.match(line)
    return m.end() if m else 0


def _is_block(line: str) -> bool:
    """Headlines and fact-box lines: short, no closing punctuation."""
    return not _TERMINAL.search(line) and len(line.split()) <= 20


def split_sentences(
    text: str, ordinal_dot: bool = False, months: frozenset[str] = frozenset()
) -> list[Sentence]:
    """Sentences with offsets. ``ordinal_dot``: a number of one or two digits before a
    full stop is an ordinal ("am 9. Januar", "jede 8. Stelle"), so no sentence ends there;
    a day before a month name never ends one in any language."""
    return list(iter_sentences(text, ordinal_dot, months))


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(index, offset, line) for each line, without splitting the whole text at once."""
    start = 0
    for p in itertools.count():
        end = text.find("\n", start)
        if end < 0:
            yield p, start, text[start:]
            return
        yield p, start, text[start:end]
        start = end + 1


def iter_sentences(
    text: str,
    ordinal_dot: bool = False,
    months: frozenset[str] = frozenset(),
    abbreviations: frozenset[str] = frozenset(),
) -> Iterator[Sentence]:
    """``split_sentences`` one line at a time, so a reader that goes chunk by chunk holds
    only its chunk's sentences, however long the document. ``abbreviations``: the
    language folder's words that a full stop does not end ("ok. 300", "gen. Kowalski")."""
    for p, line_start, line in _lines(text):
        if not line.strip():
            continue
        out: list[Sentence] = []
        block = _is_block(line)
        start = dateline_end(line)
        for m in _BOUNDARY.finditer(line):
            if m.group()[0] in _CJK_STOPS:  # no abbreviation or ordinal ends in one
                end = m.start() + len(m.group().rstrip())
                out.extend(_make(line, start, end, line_start, p, block))
                start = m.end()
                continue
            # only the tail before the stop matters: slicing from ``start`` would make a
            # line of rejected stops ("Mr. ", "U.S. " repeated) cost its length squared
            before = line[max(start, m.start() - _LOOKAROUND) : m.start()].rsplit(None, 1)
            last = before[-1].lower().rstrip(".") if before else ""
            if last in _ABBREV or last in abbreviations or (len(last) == 1 and last.isalpha()):
                continue
            word = before[-1].rstrip(".") if before else ""
            if (
                word[:1].isupper()
                and word.isalpha()
                and len(word) <= 4
                and line[m.end() : m.end() + 1].isdigit()
            ):
                continue  # "S. Hrg. 118", "Vol. 3": an abbreviated label before its number
            if last[-1:].isdigit() and _in_dotted_date(line, m.start()):
                continue  # "2026. 11. 12." (Korean), "2026.11.12.": a date, not an end
            if last.isdigit() and len(last) <= 2:
                following = line[m.end() : m.end() + _LOOKAROUND].split(None, 1)
                nxt = following[0].lower().strip(",.") if following else ""
                if ordinal_dot or nxt in months:
                    continue
            end = m.start() + len(m.group().rstrip())
            out.extend(_make(line, start, end, line_start, p, block))
            start = m.end()
        out.extend(_make(line, start, len(line), line_start, p, block))
        yield from (s for s in out if s.text)


def _in_dotted_date(line: str, at: int) -> bool:
    """Whether the full stop at ``at`` belongs to a date written in figures and stops."""
    lo = max(0, at - 14)
    return any(d.start() <= at < d.end() for d in _DOTTED_DATE.finditer(line, lo, at + 14))


def _make(line: str, a: int, b: int, base: int, p: int, block: bool) -> list[Sentence]:
    """The sentence ``line[a:b]``, stripped, or its windows when it is over-long."""
    out = []
    for x, y in _windows(line, a, b, MAX_SENTENCE_CHARS):
        seg = line[x:y]
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        out.append(Sentence(seg, base + x + lead, base + x + lead + len(seg), p, block))
    return out


def _windows(line: str, a: int, b: int, limit: int) -> list[tuple[int, int]]:
    """``[a, b)`` cut into spans of at most ``limit`` characters, each cut made at the last
    clause break (", ", "; ") in the second half of the span, else at the last space not
    inside a spaced number ("11 000"), else hard. Each cut looks at ``limit`` characters
    at most, so cutting is linear in the length."""
    spans = []
    while b - a > limit:
        cut = _cut(line, a + limit // 2, a + limit)
        spans.append((a, cut))
        a = cut
    spans.append((a, b))
    return spans


def _cut(line: str, lo: int, hi: int) -> int:
    """Where to end a window that must end in ``(lo, hi]``."""
    last = None
    for m in _CLAUSE_BREAK.finditer(line, lo, hi):
        last = m
    if last is not None:
        return last.end()
    i = line.rfind(" ", lo, hi)
    while i > lo:
        if not (line[i - 1].isdigit() and line[i + 1 : i + 2].isdigit()):
            return i + 1
        i = line.rfind(" ", lo, i)
    return hi


def is_title_case(text: str) -> bool:
    """Most words capitalised, as in headlines: capitalised words there are not names."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
