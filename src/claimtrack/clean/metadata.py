"""Document metadata from text: headline, published date (dateline) and language.

The language detector is built once, lazily, for the languages in ``Settings().languages``
only (building it for every language lingua knows costs over a gigabyte).

Two detectors, chosen by the sample's length: lingua's low-accuracy mode (trigrams only)
for a sample of ``FAST_DETECTION_CHARS`` letters or more, its full mode (one- to
five-grams) for a shorter one. Loading the full mode's models cost 2.4-2.7 CPU seconds in
every process (every ``--jobs`` and Dask worker included: a tenth of ingesting 600
documents), the low-accuracy mode's 0.15 s; on the 304 fixture, example and seed
documents the two agree on every one. Lingua's own guidance is that trigrams suffice
above about 120 characters.

A shorter sample (a headline, a pasted sentence) gets the full mode, but only among the
``SHORT_CANDIDATES`` languages the trigram detector ranks first: the full models are
loaded per language, so a short English sentence loads three languages' models (about
0.7 CPU s) instead of all seven Latin-script ones (about 3 s, paid again in every
process: each ``claimtrack ingest`` of a short text, each test that runs one). On 2,736
short samples (the first 119 letters of the fixtures' and examples' paragraphs) the two
ways decide the same language on all but 7, all bylines and share-button lines ("By
Daniel Reyes and Kim Hye-jin", "Поделиться: VK | Telegram") that neither reads well.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from claimtrack.clean.dates import (
    CLOCK_TIME,
    FULL_DATE,
    ascii_digits,
    find_full_date,
    parse_full_date,
    top_lines,
)
from claimtrack.clean.lexicon import load_lexicon
from claimtrack.config import Settings

TITLE_MAX_WORDS = 25
DATELINE_LINES = 8  # how many non-empty lines at the top may hold a dateline
#: Below those, down to this line, a short line stamped with a clock time or a publication
#: word ("Friday 4 December 2026, 10:42 UTC | Updated 14:05 UTC") is still the dateline: a
#: page with a cookie line, a masthead, a strapline, a section path, a kicker, a headline, a
#: standfirst and a byline pushes it that far. A bare date so low is a caption or the body's.
DATELINE_STAMPED_LINES = 16
DATELINE_MAX_WORDS = 20  # a line this short may hold the date anywhere in it
DATELINE_HEAD_CHARS = 80  # a longer line only when the date opens it ("PARIS, 3 March 2025 -")
MIN_LANGUAGE_CHARS = 20
LANGUAGE_SAMPLE_CHARS = 600
#: Letters in a sample from which the low-accuracy (trigram) detector decides.
FAST_DETECTION_CHARS = 120
#: Languages the full detector weighs for a shorter sample: the trigram detector's first.
SHORT_CANDIDATES = 3

_TERMINAL_PERIOD = re.compile(r"[.][\"'”’»)\]]*$")
#: The words that label a publication time ("Published", "Updated", "aktualisiert"), every
#: configured language's (clean.yaml ``updated``).
_PUBLICATION_LABEL = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(load_lexicon().shape_words.get("updated", ()), key=len, reverse=True)
    )
    + r")(?!\w)",
    re.I,
)


def normalise_date(value: str | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a date given in any explicit full form, else None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    iso = parse_full_date(value[:10]) if re.match(r"\d{4}-\d{1,2}-\d{1,2}", value) else None
    if iso:
        return iso
    iso = parse_full_date(value)
    if iso:
        return iso
    found = find_full_date(value)
    return found[0] if found else None


def find_dateline(lines: Sequence[str], day_first: bool = False) -> str | None:
    """The date of a dateline among the first lines ("Published: 3 March 2025"), else None.
    A line a publication word labels ("Released 07:00 BST, 24 July 2025", "Updated ...")
    is read first: a date above it may close a period the report covers ("Interim results
    for the six months ended 30 June 2025"). ``day_first``: the page's language writes
    "01/12/2026" for 1 December (``dates.writes_day_first``). Lower down, only a short
    stamped line is read (``DATELINE_STAMPED_LINES``)."""
    head = [ascii_digits(t) for t in top_lines(lines, DATELINE_STAMPED_LINES)]
    top = head[:DATELINE_LINES]
    labelled = [t for t in top if _PUBLICATION_LABEL.search(t)]
    stamped = [t for t in head[DATELINE_LINES:] if _stamped(t)]
    for text in [*labelled, *top, *stamped]:
        short = len(text.split()) <= DATELINE_MAX_WORDS
        for m in FULL_DATE.finditer(text):
            if not short and m.start() > DATELINE_HEAD_CHARS:
                break
            iso = parse_full_date(m.group(0), day_first)
            if iso:
                return iso
    return None


def _stamped(line: str) -> bool:
    """A short line a clock time or a publication word stamps: a published line, not a
    caption's or a sentence's date."""
    return len(line.split()) <= DATELINE_MAX_WORDS and bool(
        CLOCK_TIME.search(line) or _PUBLICATION_LABEL.search(line)
    )


def guess_title(lines: Sequence[str]) -> str | None:
    """The first non-empty line when it looks like a headline, else None.

    A headline has at most 25 words and either no closing full stop, a blank line after
    it, or a paragraph after it at least twice as long (a headline written as a sentence).
    """
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if len(text.split()) > TITLE_MAX_WORDS:
            return None
        followed_by_blank = i + 1 < len(lines) and not lines[i + 1].strip()
        following = next((x.strip() for x in lines[i + 1 :] if x.strip()), "")
        introduces = len(following.split()) >= 2 * len(text.split())
        if not _TERMINAL_PERIOD.search(text) or followed_by_blank or introduces:
            return text
        return None
    return None


def _language_for(code: str) -> Language | None:
    iso = getattr(IsoCode639_1, code.strip().upper(), None)
    if iso is None:
        return None
    try:
        return Language.from_iso_code_639_1(iso)
    except ValueError:
        return None


_detector_lock = threading.Lock()
#: Built once each, on first use: {fast: detector or None}.
_detector_cache: dict[bool, LanguageDetector | None] = {}


def _detector(fast: bool = False) -> LanguageDetector | None:
    """The lingua detector for the configured languages (``fast``: trigrams only), built
    on first use only."""
    if fast not in _detector_cache:
        with _detector_lock:
            if fast not in _detector_cache:
                languages = {
                    lang
                    for code in Settings().languages
                    if (lang := _language_for(code)) is not None
                }
                built = None
                if len(languages) >= 2:
                    builder = LanguageDetectorBuilder.from_languages(*languages)
                    built = (builder.with_low_accuracy_mode() if fast else builder).build()
                _detector_cache[fast] = built
    return _detector_cache[fast]


@lru_cache(maxsize=64)
def _full_among(languages: frozenset[Language]) -> LanguageDetector:
    """The full detector for a few candidate languages; lingua shares loaded models
    between detectors, so each language's are read once per process."""
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _detect_short(fast: LanguageDetector, sample: str) -> Language | None:
    """The full detector's answer among the languages the trigram detector ranks first."""
    ranked = fast.compute_language_confidence_values(sample)
    top = frozenset(c.language for c in ranked[:SHORT_CANDIDATES] if c.value > 0)
    if len(top) < 2:
        return next(iter(top), None)
    with _detector_lock:
        detector = _full_among(top)
    return detector.detect_language_of(sample)


@lru_cache(maxsize=1)
def _only_language() -> str | None:
    codes = [c.lower() for c in Settings().languages if _language_for(c) is not None]
    return codes[0] if len(codes) == 1 else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (lower case) of ``text``; None when too short or undecided."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    letters = sum(1 for c in sample if c.isalpha())
    if letters < MIN_LANGUAGE_CHARS:
        return None
    detector = _detector(fast=True)
    if detector is None:
        return _only_language()
    if letters >= FAST_DETECTION_CHARS:
        language = detector.detect_language_of(sample)
    else:
        language = _detect_short(detector, sample)
    if language is None:
        return None
    return language.iso_code_639_1.name.lower()
