"""Per-language word lists for extraction, from ``languages/<lang>/extract.yaml``.

Keeping every language-specific word in data means a new language is a new folder;
the matching code stays the same. The folders are read and validated by
``claimtrack.languages``; this module lays a language's words over English's.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

from claimtrack.extract.tokens import GROUP_SPACES, UNSPACED_LETTER, Unspaced
from claimtrack.languages.loader import LANGUAGES_DIR, available_languages, load_language

#: Where ``outlets.yaml`` lies (attribution.py reads it from here): the languages folder.
LEXICON_DIR: Path = LANGUAGES_DIR


#: How far back from a figure the end-anchored phrase patterns look ("no fewer than",
#: "between", "an estimated", a change verb up to 60 characters before a range opener).
#: Searching the whole text before each figure made a sentence of many figures cost its
#: length squared; no phrase these patterns match is nearly this long.
LEFT_REACH = 200
#: Signs before the number of a numbered thing in many languages' typography: a body
#: ("лікарня № 2", "Szpital nr 4", "Liceo n. 3") or a label ("Édition n° 22 417").
NUMBER_SIGNS = frozenset({"№", "n°", "nº", "nr", "nr.", "no.", "n."})
_SPACE = re.compile(r"\s")
#: Scripts written without spaces: a phrase of theirs needs no space before it ("约" in
#: "提供了约1200万发").
_UNSPACED_SCRIPT = UNSPACED_LETTER


def left_of(text: str, end: int, reach: int = LEFT_REACH) -> tuple[int, str]:
    """``(offset, text[offset:end])``: at most ``reach`` characters before ``end``, starting
    just after a space (or at the text's start), so a pattern's ``^`` there still means a
    word boundary, as at the start of the text; in a script without spaces, at any of its
    characters."""
    start = max(0, end - reach)
    if start > 0:
        space = _SPACE.search(text, start, end)
        if space:
            start = space.end()
        elif not _UNSPACED_SCRIPT.match(text, start):  # a script without spaces starts anywhere
            start = end
    return start, text[start:end]


#: The typographic apostrophes a text may write where a folder writes "'" inside a word.
_APOSTROPHE_FORMS = ("’", "ʼ")


def word_set(phrases: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Whole words and stems (entries ending in ``*``) of a language's word list, lower case."""
    words = {p.lower() for p in phrases if p}
    return (
        frozenset(w for w in words if not w.endswith("*")),
        tuple(w[:-1] for w in words if w.endswith("*")),
    )


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of a folder's phrases, longest first, a space matching any run
    of blanks; one that matches nothing when there are none (an empty list in a folder)."""
    out = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )
    return out or "(?!)"


def any_word(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word ("подписку"), a stem ending in "*" ("구독*") with
    any ending, and a word of a script without spaces anywhere in its run ("購読"); case
    ignored, and a pattern that matches nothing for no words."""
    alts = []
    for w in sorted(set(words), key=len, reverse=True):
        body = re.escape(w.rstrip("*")).replace(r"\ ", r"\s+") + (r"\w*" if w.endswith("*") else "")
        alts.append(body if UNSPACED_LETTER.match(w) else rf"\b{body}\b")
    return re.compile("|".join(alts) or r"(?!)", re.I)


class EndPhrases:
    """A pattern matching any phrase as whole words, longest first, at the END of a string.

    It is searched in the string's tail only: a match is at most ``reach`` characters long
    (the longest phrase, its spaces doubled, plus trailing spaces), so scanning every
    position before it, as ``re.search`` does, made each figure cost its sentence's length.
    Positions are those of the whole string, and the word-boundary look-behind still sees
    the character before the tail."""

    def __init__(self, phrases: list[str]) -> None:
        alts = sorted({p.lower() for p in phrases if p}, key=len, reverse=True)
        if not alts:
            self.pattern = re.compile(r"(?!)")  # a language without such phrases matches nothing
            self.reach = 0
            return
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alts)
        unspaced = [p for p in alts if _UNSPACED_SCRIPT.match(p)]
        if unspaced:  # a language whose script has no spaces: its phrases need no boundary
            spaced = "|".join(
                re.escape(p).replace(r"\ ", r"\s+") for p in alts if p not in unspaced
            )
            body = "|".join(re.escape(p) for p in unspaced)
            if spaced:
                body = rf"(?:^|(?<=[\s(\[\"'“‘„‚«»‹›—–-]))(?:{spaced})|{body}"
            self.pattern = re.compile(rf"({body})\s*$", re.IGNORECASE)
        else:
            self.pattern = re.compile(
                rf"(?:^|(?<=[\s(\[\"'“‘„‚«»‹›—–-]))({body})\s*$", re.IGNORECASE
            )
        self.reach = 2 * len(alts[0]) + 32

    def search(self, text: str) -> re.Match[str] | None:
        start = len(text) - self.reach
        if start <= 0:
            return self.pattern.search(text)
        return self.pattern.search(text, start)


@dataclass(frozen=True)
class Lexicon:
    language: str
    data: dict[str, Any]

    def _memo(self, key: tuple[str, ...], build: Any) -> Any:
        """Lexicon look-ups run in the innermost loops: build each answer once."""
        cache: dict[tuple[str, ...], Any] = self.__dict__.setdefault("_cache", {})
        if key not in cache:
            cache[key] = build()
        return cache[key]

    def words(self, *path: str) -> list[str]:
        return self._memo(("words", *path), lambda: self._words(*path))  # type: ignore[no-any-return]

    def _words(self, *path: str) -> list[str]:
        node: Any = self.data
        for key in path:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return [str(w).lower() for w in node] if node else []

    def mapping(self, *path: str) -> dict[str, Any]:
        return self._memo(("mapping", *path), lambda: self._mapping(*path))  # type: ignore[no-any-return]

    def _mapping(self, *path: str) -> dict[str, Any]:
        node: Any = self.data
        for key in path:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return {str(k).lower(): v for k, v in node.items()} if isinstance(node, dict) else {}

    @property
    def spaced_groups(self) -> bool:
        """Thousands grouped with a space ("11 000"), as in French or Russian, or also with a
        space where the folder says so (Portuguese: "11.000" in Brazil, "11 000" in Portugal)."""
        group = str(self.data.get("group_separator", ","))
        return group in GROUP_SPACES or bool(self.data.get("spaced_groups"))

    @cached_property
    def unspaced(self) -> Unspaced | None:
        """How runs of a script written without spaces are cut around numbers (Japanese,
        Chinese: ``spaces: false``); None for a language that separates its words."""
        if self.data.get("spaces", True):
            return None
        numerals = {*self.number_words, *self.scales}
        return Unspaced(
            glued=self.digit_prefixes,
            trailing=tuple(
                self.words("bounds", "low_suffix")
                + self.words("bounds", "high_suffix")
                + self.words("approx_suffix")
            ),
            numerals="".join(sorted(w for w in numerals if len(w) == 1)),
            run_words=tuple(self.mapping("vague_prefixes")),
            shares=tuple(self.mapping("shares")),
            fraction_infixes=tuple(self.words("fraction_infixes")),
        )

    @cached_property
    def digit_prefixes(self) -> tuple[str, ...]:
        return tuple(sorted(self.words("digit_prefixes"), key=len, reverse=True))

    @property
    def parsed(self) -> bool:
        """Whether a dependency parser serves this language; else a parser-free reading."""
        return bool(self.data.get("parser", True))

    @cached_property
    def of_words(self) -> frozenset[str]:
        """ "of" in "thousands of", "50% of": "de", "d", "von", ... in other languages."""
        return frozenset(self.words("of_words") or ["of"])

    @cached_property
    def number_words(self) -> dict[str, int]:
        """Number words, and each with the folder's ``number_proclitics`` glued on
        ("بسبعة آلاف": with seven thousand); a word the folder writes with an apostrophe
        also with the typographic ones ("дев'ятеро", "дев’ятеро", "девʼятеро")."""
        words = {k: int(v) for k, v in self.mapping("number_words").items()}
        for word, value in list(words.items()):
            if "'" in word:
                for mark in _APOSTROPHE_FORMS:
                    words.setdefault(word.replace("'", mark), value)
        for glued in self.words("number_proclitics"):
            for word, value in list(words.items()):
                words.setdefault(glued + word, value)
        return words

    @cached_property
    def scales(self) -> dict[str, int]:
        return {k: int(v) for k, v in self.mapping("scales").items()}

    @cached_property
    def scale_abbreviations(self) -> dict[str, int]:
        return {k: int(v) for k, v in self.mapping("scale_abbreviations").items()}

    @cached_property
    def scaled_currencies(self) -> dict[str, tuple[int, str]]:
        """ "م.د": a scale and a currency abbreviated as one, its two letters joined by a
        full stop (``scaled_currencies``: abbreviation -> [scale, currency code])."""
        return {k: (int(v[0]), str(v[1])) for k, v in self.mapping("scaled_currencies").items()}

    @cached_property
    def vague_plurals(self) -> dict[str, int]:
        return {k: int(v) for k, v in self.mapping("vague", "plural_scales").items()}

    @cached_property
    def vague_multipliers(self) -> dict[str, int]:
        return {k: int(v) for k, v in self.mapping("vague", "multipliers").items()}

    @cached_property
    def set_of(self) -> dict[str, frozenset[str]]:
        keys = [
            "weak_number_words",
            "percent_words",
            "calibre_units",
            "length_units",
            "time_units",
            "clock_words",
            "ordinal_suffixes",
            "time_prepositions",
            "designation_words",
            "anaphoric_determiners",
            "reporting_verbs",
            "attribution_nouns",
            "count_verbs",
            "count_nouns",
            "estimate_words",
            "money_only_scale_abbreviations",
            "furniture_units",
            "label_prefixes",
            "weekdays",
            "counting_compounds",
            "price_periods",
        ]
        sets = {k: frozenset(self.words(k)) for k in keys}
        sets["months"] = frozenset(self.mapping("month_numbers"))
        return sets

    def has(self, key: str, word: str) -> bool:
        return word.lower() in self.set_of[key]

    @cached_property
    def currency_symbols(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self.data["currencies"]["symbols"].items()}

    @cached_property
    def currency_codes(self) -> frozenset[str]:
        return frozenset(self.data["currencies"]["codes"])

    @cached_property
    def currency_words(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.mapping("currencies", "words").items()}

    @cached_property
    def left_bound_low(self) -> EndPhrases:
        return EndPhrases(self.words("bounds", "low"))

    @cached_property
    def left_bound_high(self) -> EndPhrases:
        return EndPhrases(self.words("bounds", "high"))

    @cached_property
    def high_approx(self) -> frozenset[str]:
        return frozenset(self.words("bounds", "high_approx"))

    @cached_property
    def left_approx(self) -> EndPhrases:
        return EndPhrases(self.words("approx"))

    @cached_property
    def left_vague(self) -> EndPhrases:
        return EndPhrases(list(self.vague_multipliers))

    @cached_property
    def range_openers(self) -> EndPhrases:
        return EndPhrases(self.words("ranges", "openers"))

    @cached_property
    def according_to(self) -> list[str]:
        return self.words("according_to")

    def phrase_set(self, *path: str) -> frozenset[str]:
        return self._memo(("set", *path), lambda: frozenset(self.words(*path)))  # type: ignore[no-any-return]


@lru_cache(maxsize=8)
def load_lexicon(language: str = "en") -> Lexicon:
    """The lexicon of ``language``; English when there is none yet, and then numbers are
    read the English way too (a lexicon and its number format belong together)."""
    base = _extract_words("en")
    own = _extract_words(language) if language in available_languages() else None
    if own is None or language == "en":
        return Lexicon("en", base)
    for key in _ENGLISH_ONLY:
        base.pop(key, None)
    return Lexicon(str(own.get("language", language)), _merge(base, own))


def _extract_words(code: str) -> dict[str, Any]:
    """A copy of the folder's validated ``extract.yaml`` (the loader's copy is shared)."""
    return copy.deepcopy(load_language(code).extract or {})


#: Keys that say how English copy writes, not how any language does: another language's
#: folder says it for itself ("1 400" is one number in South African English, two in an
#: Arabic or Korean list; "A" is a word in English, a road's letter in "auf der A 1").
_ENGLISH_ONLY = frozenset({"spaced_groups", "one_letter_words"})

#: Keys whose English words stay valid in any language (designations, units, symbols):
#: a language's lexicon adds to them. Every other key a language gives replaces English.
_SHARED = frozenset(
    {"calibre_units", "length_units", "speed_units", "clock_words", "currencies", "percent_words",
     "designation_words", "label_prefixes", "label_abbreviations", "furniture_units", "month_numbers", "time_units",
     "paywall_after", "media_cues", "scale_abbreviations", "money_only_scale_abbreviations",
     "frequency_bands"}
)  # fmt: skip


def _merge(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """A language's lexicon over the English one: shared lists are joined, the rest replaced."""
    out = dict(base)
    for key, value in own.items():
        old = base.get(key)
        if key in _SHARED and isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        elif key in _SHARED and isinstance(old, dict) and isinstance(value, dict):
            out[key] = {
                **old,
                **{
                    k: (
                        _merge(old[k], v)
                        if isinstance(old.get(k), dict) and isinstance(v, dict)
                        else v
                    )
                    for k, v in value.items()
                },
            }
        else:
            out[key] = value
    return out


@lru_cache(maxsize=32)
def territory_names(language: str) -> frozenset[str]:
    """A language's names of countries and territories (Babel's CLDR), lower-case: a
    country is what a report is about, seldom who speaks."""
    try:
        names = Locale.parse(language.replace("-", "_")).territories.values()
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(n.lower() for n in names)
