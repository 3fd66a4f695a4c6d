"""Turn written numbers into values: digits in a locale's format, and number words.

Number words are read by the library made for the language where the folder names one
(``number_reader`` in ``languages/<xx>/extract.yaml``): text2num for French, Spanish,
German, Italian, Portuguese ("quatre-vingt-dix", "doscientos mil", "dreiundzwanzig"),
number-parser for Russian and Ukrainian, whose numbers inflect ("двухсот тысяч"). Typed
lists get these wrong: "deux cent mille" is not 2 + 100 + 1000. A library reads a run of
tokens and says how many it used, so the figure's quote stays the original text. English
and the languages no library serves (Polish, Korean, Arabic, Japanese, Chinese) read the
folder's ``number_words`` and ``scales``: English keeps that fast path.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache, lru_cache
from typing import Protocol

from babel.numbers import (
    NumberFormatError,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

from claimtrack.clean.dates import decimal_digits
from claimtrack.extract.cjk_numerals import read_numerals
from claimtrack.extract.lexicon import Lexicon
from claimtrack.extract.tokens import Tok, glued

_LOCALES = {
    "en": "en_US",
    "fr": "fr_FR",
    "de": "de_DE",
    "es": "es_ES",
    "ru": "ru_RU",
    "uk": "uk_UA",
    "it": "it_IT",
    "pt": "pt_BR",  # "11.000", as most Portuguese news write it ("11 000" by its spaces)
    "pl": "pl_PL",
    "ko": "ko_KR",
    "ja": "ja_JP",
    "zh": "zh_CN",
    "ar": "ar_EG",
}


@cache
def _native_digits() -> dict[int, str]:
    """Every decimal digit outside ASCII (Arabic-Indic ٠–٩, Persian ۰–۹, full-width ０–９,
    ...) as its ASCII digit, from Unicode's data, and the group and decimal signs of the
    Arabic numbering systems as CLDR gives them (Babel): "١١٬٠٠٠" reads as "11,000" in
    ar_EG's Latin-digit format, whose strict parse rejects Arabic digits and "٢٫٥"."""
    table = dict(decimal_digits())
    for locale, system in (("ar_EG", "arab"), ("fa", "arabext")):
        table[ord(get_group_symbol(locale, numbering_system=system))] = ","
        table[ord(get_decimal_symbol(locale, numbering_system=system))] = "."
    return table


#: "2,5": a comma before one or two digits, where no group of three follows it
_COMMA_DECIMAL = re.compile(r"\d+,\d{1,2}")


@cache
def _comma_decimals(language: str) -> bool:
    """Whether the folder reads a comma before one or two digits as a decimal point."""
    from claimtrack.extract.lexicon import load_lexicon

    try:
        return bool(load_lexicon(language).data.get("comma_decimals"))
    except (FileNotFoundError, KeyError, ValueError):
        return False


#: Thousands grouped with an apostrophe, as Swiss copy writes them in every language.
_APOSTROPHE_GROUPS = re.compile(r"\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?")


@lru_cache(maxsize=4096)
def parse_digits(text: str, language: str = "en") -> float | None:
    """Parse "28,000" or "1.5" as the language writes numbers; None when the grouping is wrong.

    Strict parsing rejects "1,99" in English, which is a price written the European way,
    rather than silently reading it as 199.
    """
    cleaned = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
    if not cleaned or not cleaned[0].isdecimal():
        return None  # "③", "²": digits Unicode has, but no decimal ones
    if not cleaned.isascii():
        cleaned = cleaned.translate(_native_digits())  # built on first use
    if _APOSTROPHE_GROUPS.fullmatch(cleaned):  # Swiss "38'000", "1’250.50"
        return float(re.sub("['’]", "", cleaned).replace(",", "."))
    if " " in cleaned:  # "11 000": a space only ever groups thousands
        cleaned = cleaned.replace(" ", "")
        if "," in cleaned or "." in cleaned:
            cleaned = cleaned.replace(",", ".") if language != "en" else cleaned
            try:
                return float(cleaned)
            except ValueError:
                return None
    if cleaned.isdecimal():
        return float(cleaned)
    try:
        value: Decimal = parse_decimal(cleaned, locale=_LOCALES.get(language, "en_US"), strict=True)
    except (NumberFormatError, ValueError):
        if _COMMA_DECIMAL.fullmatch(cleaned) and _comma_decimals(language):
            return float(cleaned.replace(",", "."))  # Arabic copy: "2,5 مليون"
        return None
    return float(value)


def parse_number_words(words: list[str], lex: Lexicon) -> float | None:
    """Value of a run of number words: "two hundred and fifty thousand" -> 250000.

    Hyphens and "and" are ignored; "a"/"an" count as one before a scale ("a million").
    Returns None when the run holds no number word. Where the folder names a library
    (``number_reader``) and it reads the whole run, its value wins: "deux cent mille" is
    200000, not 2 + 100 + 1000.
    """
    words_reader = NumberWords.of(lex) if "number_reader" in lex.data else None
    if words_reader is not None:
        run = tuple(w.lower() for w in words)
        read = words_reader.reader.read(run)
        if read is not None and read[1] == len(run):
            return read[0]
    if lex.unspaced is not None:  # "一百五十" is 150 (extract/cjk_numerals.py)
        return read_numerals(words, lex)
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        w = raw.lower()
        if w in ("-", "and", "‐"):
            continue
        if w in ("a", "an"):
            current = current or 1
            continue
        if w in lex.number_words or w == "one":
            current += lex.number_words.get(w, 1)
            seen = True
        elif w in lex.scales:
            scale = lex.scales[w]
            current = (current or 1) * scale
            seen = True
            if scale >= 1000:
                total += current
                current = 0
        else:
            return None
    return total + current if seen else None


def spaced_part(toks: Sequence[Tok], j: int, lex: Lexicon) -> bool:
    """Whether the digits at ``j``, a space after a scale, still belong to its number, in a
    language that builds numbers from parts (``compound_numbers``): Korean writes them glued
    or apart, "1만1000명" and "1만 1천여 명", "4만 8천", "1억 2000만", "1만 2000명". Digits
    with a scale glued after them, or of three digits or more; "1만 20대" (a ten-thousand,
    then people in their twenties) stays apart."""
    t = toks[j]
    if j + 1 < len(toks) and glued(t, toks[j + 1]) and toks[j + 1].lower in lex.scales:
        return True
    return len(t.text.replace(",", "")) >= 3


class NumberReader(Protocol):
    """A library that reads number words of one language."""

    def starts(self, word: str) -> bool:
        """Whether a number may begin with this (lower-case) word; cheap, asked per word."""
        ...

    def read(self, words: tuple[str, ...]) -> tuple[float, int] | None:
        """The value of the number at the start of ``words`` and how many words it takes;
        None when they do not start with a number (or start with an ordinal)."""
        ...


class _Word:
    """A word as text2num's ``find_numbers`` takes it (its Token protocol)."""

    __slots__ = ("word",)

    def __init__(self, word: str) -> None:
        self.word = word

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: object) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


class Text2Num:
    """text2num's ``find_numbers`` over tokens: hyphens may stand between the words
    ("quatre - vingt - dix"), compounds are split by the library ("dreiundzwanzig")."""

    def __init__(self, language: str) -> None:
        import text_to_num  # noqa: F401  (fails here, not on the first sentence, if missing)

        self.language = language

    def starts(self, word: str) -> bool:
        return _starts_text2num(self.language, word)

    def read(self, words: tuple[str, ...]) -> tuple[float, int] | None:
        return _read_text2num(self.language, words)


@lru_cache(maxsize=65536)
def _starts_text2num(language: str, word: str) -> bool:
    from text_to_num import find_numbers

    return bool(find_numbers([_Word(word)], language, 0.0))


@lru_cache(maxsize=16384)
def _read_text2num(language: str, words: tuple[str, ...]) -> tuple[float, int] | None:
    from text_to_num import find_numbers

    found = find_numbers([_Word(w) for w in words], language, 0.0)
    if not found or found[0].start != 0 or found[0].is_ordinal:
        return None
    return float(found[0].value), int(found[0].end)


#: number-parser spells the Ukrainian apostrophe as U+02BC, a letter ("пʼять"); articles
#: write ' or ’, which its tokenizer would split the word at.
_APOSTROPHES = str.maketrans({"'": "\u02bc", "’": "\u02bc"})


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    """A word as number-parser compares them: lower case, accents dropped."""
    decomposed = unicodedata.normalize("NFD", word.lower().translate(_APOSTROPHES))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


class NumberParser:
    """number-parser's ``parse_number`` on the longest run of its number words that reads
    as one number ("двухсот тысяч"). It rebuilds its tables on each call (about a
    millisecond), so runs are cached and only words of its vocabulary start one."""

    #: The longest run tried: below a billion, three groups of hundreds, tens and units
    #: and two scale words ("двести семьдесят четыре миллиона ... восемьдесят два") are 11.
    LONGEST = 12

    def __init__(self, language: str) -> None:
        from importlib import import_module

        info = import_module(f"number_parser.data.{language}").info
        self.language = language
        self.vocabulary = frozenset(
            _plain(w)
            for key in ("UNIT_NUMBERS", "DIRECT_NUMBERS", "TENS", "HUNDREDS", "BIG_POWERS_OF_TEN")
            for w in info[key]
        )

    def starts(self, word: str) -> bool:
        return _plain(word) in self.vocabulary

    def read(self, words: tuple[str, ...]) -> tuple[float, int] | None:
        run: list[str] = []
        for w in words[: self.LONGEST]:
            if _plain(w) not in self.vocabulary:
                break
            run.append(w.translate(_APOSTROPHES))
        for n in range(len(run), 0, -1):
            value = _parse_number(self.language, " ".join(run[:n]))
            if value is not None:
                return float(value), n
        return None


@lru_cache(maxsize=16384)
def _parse_number(language: str, text: str) -> int | None:
    from number_parser import parse_number

    value = parse_number(text, language=language)
    return int(value) if value is not None else None


#: The libraries a folder may name in ``number_reader``, each made from a language code.
NUMBER_READERS: dict[str, Callable[[str], NumberReader]] = {
    "text2num": Text2Num,
    "number_parser": NumberParser,
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: The tokens that may stand inside a run of number words: "quatre-vingt-dix".
_JOINERS = frozenset({"-", "‐"})
#: At most this many tokens are handed to a library from one position: no number below a
#: trillion written in words is longer, hyphens counted ("huit cent quatre - vingt - dix -
#: sept millions ..."), and the work per figure stays bounded.
_WINDOW = 40


class NumberWords:
    """Number words read by a library, for the figure finder: ``read_at`` a token."""

    def __init__(self, reader: NumberReader, weak: frozenset[str]) -> None:
        self.reader = reader
        self.weak = weak

    @staticmethod
    def of(lex: Lexicon) -> NumberWords | None:
        """The library the language's folder names; None where its own words read them."""
        name = str(lex.data.get("number_reader", "words"))
        if name not in NUMBER_READERS:
            return None
        return NumberWords(_reader(name, lex.language), lex.set_of["weak_number_words"])

    def maybe(self, text: str) -> bool:
        """Whether a sentence may hold number words (a cheap test before tokenizing it)."""
        return any(self.reader.starts(m.group().lower()) for m in _WORD.finditer(text))

    def may_start(self, toks: Sequence[Tok], i: int) -> bool:
        """Whether ``read_at`` may read a number at token ``i``: cheap, asked per token."""
        t = toks[i]
        if not t.is_alpha:
            return False
        if t.lower in self.weak:  # "eine Million", "neuf cent"
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            return nxt is not None and nxt.is_alpha and self.reader.starts(nxt.lower)
        return self.reader.starts(t.lower)

    def read_at(self, toks: Sequence[Tok], i: int) -> tuple[float, int] | None:
        """``(value, end)``: the number written in words from token ``i``, ``end`` the
        token after it. A weak word alone ("un soldat", "ein Panzer") is no number, nor is
        any one word meaning one: the libraries read "unos" and "одного" as 1. A weak word
        before a scale the library leaves it ("eine Million") counts one of the scale."""
        first = toks[i]
        if not first.is_alpha:
            return None
        if first.lower in self.weak:
            return self._after_article(toks, i)
        if not self.reader.starts(first.lower):
            return None
        window = self._window(toks, i)
        read = self.reader.read(window)
        if read is None:
            return None
        value, n = read
        used = list(window[:n])
        while used and used[-1] in _JOINERS:
            used.pop()
        if not used or all(w in self.weak or w in _JOINERS for w in used):
            return None
        if value == 1 and len(used) == 1:
            return None  # "unos", "одного", "Одному": an article or pronoun as often as "one"
        return value, i + len(used)

    def _after_article(self, toks: Sequence[Tok], i: int) -> tuple[float, int] | None:
        """The number a weak word starts ("neuf cent", "un million"), and "eine Million",
        where text2num leaves the article before the scale. Only a number word after it is
        tried, so an article before any other word costs one cached look-up."""
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or not nxt.is_alpha or not self.reader.starts(nxt.lower):
            return None
        window = self._window(toks, i)
        read = self.reader.read(window)
        if read is not None and read[1] > 1:  # the library read the weak word with the rest
            return read[0], i + read[1]
        scale = self.reader.read((nxt.lower,))
        if scale is None or scale[0] < 1000:
            return None
        rest = self.reader.read(window[1:])
        return (rest[0], i + 1 + rest[1]) if rest is not None else None

    @staticmethod
    def _window(toks: Sequence[Tok], i: int) -> tuple[str, ...]:
        """The words from ``i`` a library may read as one number, hyphens between."""
        window: list[str] = []
        for t in toks[i : i + _WINDOW]:
            if not (t.is_alpha or t.text in _JOINERS):
                break
            window.append(t.lower)
        return tuple(window)


@lru_cache(maxsize=32)
def _reader(name: str, language: str) -> NumberReader:
    return NUMBER_READERS[name](language)
