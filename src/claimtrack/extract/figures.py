"""Find figures in a sentence: the number, its scale, range, bounds, approximation and currency.

Pure string work on the cheap tokenizer: this runs on every sentence, so it must not
need spaCy. Whether a figure is a claim at all is decided afterwards (``traps``).

Reading is small named rules registered in order: ``FIGURE_READERS`` say how a figure may
start at a token (the first that reads one wins; ``FigureFinder.rule_for`` names it), and
``FIGURE_STEPS`` read what stands around a number (range, percent, bounds, ...) in turn.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from claimtrack.extract.cjk_numerals import read_numerals
from claimtrack.extract.lexicon import Lexicon, left_of
from claimtrack.extract.numbers import NumberWords, parse_digits, parse_number_words, spaced_part
from claimtrack.extract.tokens import GROUP_SPACES, Tok, after_elision, glued
from claimtrack.records import figure_of

#: What a noun counting some of a round number counts ("decina", "centinaio").
_NUMBER_NOUNS = (10, 12, 100, 1000)

_DOTTED_THOUSANDS = re.compile(r"^[1-9]\d{0,2}\.\d{3}$")
_DOTTED_GROUPS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_POINT_BEFORE_SCALE = re.compile(r"\d{1,3}\.\d{1,2}")
#: Hyphens that join a number to its scale word ("4.8-million"), ASCII and Unicode
_HYPHENS = frozenset("-\u2010\u2011")


@dataclass
class Figure:
    """A figure found in a sentence; offsets are relative to the sentence text."""

    start: int  # phrase start, modifiers included
    end: int
    num_start: int  # the numeric core
    num_end: int
    tok_start: int  # token indices of the numeric core (end exclusive)
    tok_end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    vague: bool = False
    percent: bool = False
    currency: str | None = None
    words_only: bool = False  # written in words, no digits
    grouped: bool = False  # has a thousands separator or a scale word: never a year or a label
    decimal: bool = False
    trap: str | None = None

    @property
    def figure(self) -> float | None:
        return figure_of(self.value, self.low, self.high)


class _Bounds(NamedTuple):
    """What a bound or approximation before a figure in words makes of it, where it makes
    the phrase start (None: at the figure), and whether one stood there at all."""

    low: float | None
    high: float | None
    approx: bool
    start: int | None
    cued: bool


@dataclass
class _Num:
    value: float
    end: int  # token index after the number
    digits: bool
    grouped: bool
    decimal: bool
    scale: int | None
    vague: bool = False


#: Words after a glued "m" within which a plural noun makes it millions ("9.8m artillery
#: shells"), not metres.
_PLURAL_REACH = 4


class FigureFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.percent_words = sorted(
            (w.split() for w in lex.words("percent_words")), key=len, reverse=True
        )
        # "estimated to exceed 12 million": the estimate makes the bound approximate
        estimates = "|".join(
            map(re.escape, sorted(lex.words("estimate_words"), key=len, reverse=True))
        )
        links = "|".join(map(re.escape, lex.words("estimate_links")))
        self.estimated_to = (
            re.compile(rf"(?:^|\s)(?:an?\s+)?(?:{estimates})\s+(?:{links})(?:\s+\w+)?\s*$")
            if estimates and links
            else re.compile(r"(?!)")
        )
        # "rose from 11,000 to 13,000" is a change, not a range
        changes = "|".join(map(re.escape, sorted(lex.words("change_verbs"), key=len, reverse=True)))
        self.change_verb = (
            re.compile(rf"\b(?:{changes})\b[^.]{{0,60}}$") if changes else re.compile(r"(?!)")
        )
        self.standalone_fractions = frozenset(lex.words("standalone_fractions") or ["half"])
        self.genitive_fractions = bool(lex.data.get("genitive_fractions"))
        self.function_words = lex.phrase_set("function_words")
        self.number_articles = lex.phrase_set("number_articles")
        self.joiners = frozenset(lex.words("ranges", "joiners"))
        self.paired_joiners = frozenset(lex.words("ranges", "paired_joiners") or ["and"])
        self.paired_openers = frozenset(lex.words("ranges", "paired_openers") or ["between"])
        self.alternative_joiners = frozenset(lex.words("ranges", "alternative_joiners") or ["or"])
        self.change_openers = frozenset(lex.words("ranges", "change_openers") or ["from"])
        self.change_joiners = frozenset(lex.words("ranges", "change_joiners"))
        self.low_suffix = sorted(
            (w.split() for w in lex.words("bounds", "low_suffix")), key=len, reverse=True
        )
        self.compound_joiners = frozenset(lex.words("compound_joiners"))
        self.fraction_words: dict[str, Any] = lex.mapping("fraction_words")
        # "1.2m people": plurals without "s"; "only a third": words that make one approximate
        self.irregular_plurals = lex.phrase_set("irregular_plurals")
        loose = "|".join(re.escape(w) for w in lex.words("loose_approx"))
        self.loose_approx = re.compile(rf"(?:^|\s)({loose})\s*$") if loose else None
        #: "twice", "il doppio", "вдвое": a multiple's words, longest phrase first, and the
        #: words they open ("il", "el": an article, so ``may_start`` tests the whole phrase)
        self.factor_words = sorted(
            ((tuple(k.lower().split()), float(v)) for k, v in lex.mapping("factor_words").items()),
            key=lambda kv: -len(kv[0]),
        )
        self.factor_openers = frozenset(words[0] for words, _ in self.factor_words)
        # "cut by a third", "obcięło o jedną trzecią": a change by a share (``_fraction_at``)
        self.change_prepositions = frozenset(w.lower() for w in lex.words("change_prepositions"))
        self.every_words = frozenset(lex.words("every_words"))
        # "one in five", "trois accidents sur dix", "uno de cada cinco" (``_ratio_at``)
        self.ratio_words = sorted(
            (tuple(w.lower().split()) for w in lex.words("ratios", "joiners")),
            key=len,
            reverse=True,
        )
        self.ratio_ones = frozenset(w.lower() for w in lex.words("ratios", "ones"))
        self.ratio_gap = int(lex.data.get("ratios", {}).get("gap", 0))
        self.ordinal_numbers: dict[str, Any] = lex.mapping("ordinal_numbers")
        self.fractions: dict[str, Any] = lex.mapping("fractions")
        self.vague_prefixes: dict[str, Any] = lex.mapping("vague_prefixes")
        # the scales of a thousand or more, longest first: the noun after a digit count
        # opens with one ("Millionenbetrag")
        self.large_scales = sorted(
            ((str(k).lower(), float(v)) for k, v in lex.scales.items() if float(v) >= 1000),
            key=lambda kv: -len(kv[0]),
        )
        # "zweistellig": a number of two digits, as German says an amount's size
        self.digit_counts = tuple(
            sorted(
                ((str(k).lower(), int(v)) for k, v in lex.mapping("digit_counts").items()),
                key=lambda kv: len(kv[0]),
                reverse=True,
            )
        )
        # Words a reader may start a figure at, from the same lexicon entries the readers
        # test (see ``may_start``): the first word of a number, a vague amount, a fraction.
        self.starters = frozenset(
            {*lex.number_words, *lex.scales, *lex.vague_plurals, *self.fractions}
            | {m.split()[0] for m in lex.vague_multipliers if m.split()}
            | set(self.fraction_words)
            | self.every_words
            | {"one"}
        )
        #: "a million", "a third": an article starts a figure only before these
        self.after_article = frozenset({*lex.scales, *self.fraction_words})
        self.prefixes = tuple(self.vague_prefixes)
        # shares written without spaces: "一半", "三分之一", "3分の1", "八成", "4割"
        self.shares: dict[str, Any] = lex.mapping("shares")
        self.fraction_infixes = tuple(lex.words("fraction_infixes"))
        self.one_in_infixes = frozenset(lex.words("one_in_infixes"))
        self.counters = frozenset(lex.words("counters"))
        self.tenths = frozenset(lex.words("tenths"))
        self.scale_halves = frozenset(lex.words("scale_halves"))
        # "جنديين": a noun in the dual counts two
        self.duals = frozenset(
            stem + ending
            for stem in lex.words("dual_stems")
            for ending in lex.words("dual_endings")
        )
        self.proclitics = tuple(sorted(lex.words("proclitics"), key=len, reverse=True))
        self.of_endings = tuple(lex.of_words)
        self.suffix_low = frozenset(lex.words("bounds", "low_suffix"))
        self.suffix_high = frozenset(lex.words("bounds", "high_suffix"))
        self.suffix_approx = frozenset(lex.words("approx_suffix"))
        self.suffix_bounds = self.suffix_low | self.suffix_high | self.suffix_approx
        self.number_words = NumberWords.of(lex)  # a library's, where the folder names one
        # "절반이", "가까이를": particles a spaced language glues on a share and its bound
        self.glued_particles = tuple(
            sorted(lex.words("particles"), key=len, reverse=True) if lex.unspaced is None else ()
        )

    def _bare(self, word: str, known: Collection[str]) -> str:
        """``word`` without a glued particle when what is left is in ``known``."""
        if word in known:
            return word
        cut = next((word[: -len(p)] for p in self.glued_particles if word.endswith(p)), "")
        return cut if cut in known else word

    # -- numbers ---------------------------------------------------------------------------
    def _scale_after(self, toks: list[Tok], j: int, money: bool) -> tuple[int, int]:
        """Multiply by scale words after a number: "12 million", "$2bn", "1.5 mln"."""
        lex, scale = self.lex, 1
        if self._hyphened_scale(toks, j):
            j += 1  # "R4.8-million", "a $1.2-billion deal": the scale hyphened on
        while j < len(toks):
            w = toks[j].lower
            if w in lex.scales and w != "dozen" and (lex.scales[w] >= 1000 or scale == 1):
                scale *= lex.scales[w]
            elif w in lex.scale_abbreviations and self._abbreviation_scales(toks, j, money):
                scale *= lex.scale_abbreviations[w]
                if j + 1 < len(toks) and toks[j + 1].text == "." and glued(toks[j], toks[j + 1]):
                    j += 1  # "80 тыс.": the abbreviation's full stop
            else:
                break
            j += 1
        return scale, j

    def _hyphened_scale(self, toks: list[Tok], j: int) -> bool:
        """Whether a hyphen glued between the number before ``j`` and a scale word of a
        thousand or more joins them ("R4.8-million", South African and adjectival copy)."""
        return (
            0 < j < len(toks) - 1
            and toks[j].text in _HYPHENS
            and glued(toks[j - 1], toks[j])
            and glued(toks[j], toks[j + 1])
            and self.lex.scales.get(toks[j + 1].lower, 0) >= 1000
        )

    def _abbreviation_scales(self, toks: list[Tok], j: int, money: bool) -> bool:
        """Whether the scale abbreviation at ``j`` scales the number before it: always,
        unless the folder keeps it for money ("$12m", "120 M€"; "120 m" is metres): then
        the figure is money, counts something after it, or the abbreviation is glued to a
        currency after it, and it is glued to the number or to that currency."""
        if toks[j].lower not in self.lex.set_of["money_only_scale_abbreviations"]:
            return True
        currency_after = self._before_currency(toks, j)
        if not (money or self._counts_after(toks, j) or currency_after):
            return False
        return glued(toks[j - 1], toks[j]) or currency_after

    def _before_currency(self, toks: list[Tok], j: int) -> bool:
        """Whether the abbreviation at ``j`` is glued to a currency symbol after it ("120 M€",
        "14 M$"): a money scale, as "$12m" is."""
        return (
            j + 1 < len(toks)
            and glued(toks[j], toks[j + 1])
            and toks[j + 1].text in self.lex.currency_symbols
        )

    def _number_noun(self, word: str) -> bool:
        """A noun counting ten, a dozen, a hundred or a thousand that is no scale
        ("decina", "migliaio", "millier", "millar", "centinaio"): after "a few" it is a
        vague amount, as its plural is ("qualche decina": a few tens, 20)."""
        return self.lex.number_words.get(word) in _NUMBER_NOUNS and word not in self.lex.scales

    def _smaller_scale_after(self, toks: list[Tok], j: int, scale: float) -> bool:
        """Whether the digits at ``j`` carry a scale word of their own, a smaller one than
        the figure's before them ("24 milioni 310 mila", "2 million 400 thousand"): the
        figure's lower part, in any language whose scales are words."""
        if j + 1 >= len(toks) or toks[j].text != toks[j].text.strip(".,") or "," in toks[j].text:
            return False
        part_scale = self.lex.scales.get(toks[j + 1].lower, 0)
        return 1 < part_scale < scale and float(toks[j].text.replace(".", "")) < scale / part_scale

    def _power_word(self, toks: list[Tok], j: int) -> int:
        """The power of ten (a hundred or more) one number word at ``j`` names alone
        ("Hunderttausend", "tausend"), read by the folder's number reader; else 0."""
        if self.number_words is None or j >= len(toks) or not toks[j].is_alpha:
            return 0
        read = self.number_words.read_at(toks, j)
        if read is None or read[1] != j + 1 or read[0] < 100:
            return 0
        value = int(read[0])
        return value if value == read[0] and str(value).rstrip("0") == "1" else 0

    def _scaled(self, toks: list[Tok], j: int) -> bool:
        """Whether a scale word of a thousand or more stands at ``j`` ("millones")."""
        return j < len(toks) and self.lex.scales.get(toks[j].lower, 0) >= 1000

    def _counts_after(self, toks: list[Tok], j: int) -> bool:
        """ "1.2m people": a glued "m" before a plural noun is millions, not metres."""
        if not glued(toks[j - 1], toks[j]) or j + 1 >= len(toks):
            return False
        nxt = toks[j + 1]
        if nxt.text in ("-", "–", "—") and j + 2 < len(toks) and toks[j + 2].is_digit:
            return True  # "9m-12m rounds"
        if toks[j].text.isupper() and not nxt.text.islower():
            return False  # "3M Plus": a name, not three million
        if not nxt.is_alpha or nxt.lower in self.lex.phrase_set("length_followers"):
            return False  # "9.8m high": metres
        # "1.2m people", "9.8m artillery shells": a plural noun within a few words
        for tok in toks[j + 1 : j + 1 + _PLURAL_REACH]:
            if not tok.is_alpha:
                return False
            if tok.lower.endswith("s") or tok.lower in self.irregular_plurals:
                return True
        return False

    def _dot_groups(self, toks: list[Tok], i: int) -> bool:
        """Belgian French "1.500 selon les organisateurs", Polish "11.000 zł": where a comma
        is the decimal point, a dot before groups of three groups thousands, though the
        folder's separator is a space; not before a scale word ("1.250 millions")."""
        lex = self.lex
        return (
            lex.data.get("decimal_point", ".") == ","
            and lex.data.get("group_separator", ",") != "."
            and _DOTTED_GROUPS.fullmatch(toks[i].text) is not None
            and not (i + 1 < len(toks) and toks[i + 1].lower in lex.scales)
        )

    def number_at(self, toks: list[Tok], i: int, money: bool = False) -> _Num | None:
        lex, t = self.lex, toks[i]
        if t.is_digit:
            v = parse_digits(t.text, lex.language)
            if v is None and _POINT_BEFORE_SCALE.fullmatch(t.text) and self._scaled(toks, i + 1):
                # "1.2 millones" (Mexican copy writes a decimal point): a dot with fewer
                # than three digits after it groups no thousands
                v = float(t.text)
            if v is None and self._dot_groups(toks, i):
                v = float(t.text.replace(".", ""))  # "1.250.000 euros" in Belgian copy
            if v is None:
                return None
            if (
                _DOTTED_THOUSANDS.match(t.text)
                and lex.data.get("decimal_point", ".") == "."
                and not (i + 1 < len(toks) and toks[i + 1].lower in lex.scales)
            ):
                # "approximately 1.000 people", "21.430 cases": thousands grouped with a dot,
                # as translated copy writes them; "1.250 million" stays a decimal
                v = float(t.text.replace(".", ""))
            elif self._dot_groups(toks, i):
                v = float(t.text.replace(".", ""))
            scale, j = self._scale_after(toks, i + 1, money)
            grouped = (
                scale > 1
                or lex.data.get("group_separator", ",") in t.text
                or self._dot_groups(toks, i)
            )
            decimal = lex.data.get("decimal_point", ".") in t.text
            total = round(v * scale, 6)  # "5.1亿", "4.1 million": no float dust (509999999.99…)
            # "1만1000" (Korean): a smaller number glued after a scale adds to it
            while (
                scale > 1
                and j < len(toks)
                and toks[j].is_digit
                and (
                    (
                        lex.data.get("compound_numbers")
                        and (glued(toks[j - 1], toks[j]) or spaced_part(toks, j, lex))  # "1만 2천"
                    )
                    or self._smaller_scale_after(toks, j, scale)  # "24 milioni 310 mila"
                )
            ):
                part = self.number_at(toks, j, money)
                if part is not None and part.scale and scale < part.scale > total:
                    # "1천500억", "1천100만": a group under a myriad scales with the part
                    total, scale, j = total * part.scale + part.value, part.scale, part.end
                    continue
                if part is None or part.value >= scale:
                    break
                total += part.value
                scale = part.scale or 1
                j = part.end
            return _Num(total, j, True, grouped, decimal, scale if scale > 1 else None)
        w = t.lower
        for prefix, base in self.vague_prefixes.items():
            if w.startswith(prefix):  # "수천명": several thousand people
                value, j = float(base) + self._numerals_before(toks, i, base), i + 1
                while self._scaled(toks, j):
                    value *= lex.scales[toks[j].lower]  # "kilkadziesiąt tysięcy": 20,000
                    j += 1
                return _Num(value, j, False, True, False, None, vague=True)
        # vague: "thousands", "tens of thousands", "hundreds of thousands of"
        if w in lex.vague_plurals:
            base, j = float(lex.vague_plurals[w]), i + 1
            while (
                j + 1 < len(toks)
                and toks[j].lower in lex.of_words
                and toks[j + 1].lower in lex.vague_plurals
            ):
                base *= lex.vague_plurals[toks[j + 1].lower]
                j += 2
            while j < len(toks) and lex.scales.get(toks[j].lower, 0) >= 1000:
                base *= lex.scales[toks[j].lower]  # "десятки мільярдів", "Hunderte Millionen"
                j += 1
            return _Num(base, j, False, True, False, None, vague=True)
        # vague: "several hundred", "a few thousand", "several hundred thousand"
        for mult, factor in lex.vague_multipliers.items():
            parts = mult.split()
            if [x.lower for x in toks[i : i + len(parts)]] == parts:
                j = i + len(parts)
                scale = 1
                while j < len(toks) and toks[j].lower in lex.scales:
                    scale *= lex.scales[toks[j].lower]
                    j += 1
                if scale == 1 and j < len(toks) and toks[j].lower in lex.scale_abbreviations:
                    # "kilku mld dol.", "несколько тыс. человек": a scale abbreviated
                    scale, j = self._scale_after(toks, j, False)
                if scale == 1 and j < len(toks) and self._number_noun(toks[j].lower):
                    # "qualche migliaio", "alguns milhar": a few of a hundred or a thousand
                    scale, j = int(lex.number_words[toks[j].lower]), j + 1
                elif scale == 1 and (power := self._power_word(toks, j)):
                    scale, j = power, j + 1  # "mehrere Hunderttausend": one word, a power of ten
                if scale > 1:
                    return _Num(float(factor * scale), j, False, True, False, scale, vague=True)
        if self.number_words is not None and (read := self.number_words.read_at(toks, i)):
            ends = self._words_scale(toks, read[1])  # "sechs Millionen": 6 of a million
            num = _Num(read[0], read[1], False, read[0] >= 1000, False, ends)  # "dreiundzwanzig"
            return self._times_plural(num, toks)
        # words: "two", "twenty-five", "a million", "half a million", "two dozen"
        j = i
        words: list[str] = []
        fraction = 1.0
        if w in self.fractions and i + 1 < len(toks):
            nxt = toks[i + 1].lower
            # "half a million"; with no article, "half million", Arabic "نصف مليون", and
            # Russian "полторы сотни" (150)
            if (nxt in ("a", "an") and i + 2 < len(toks)) or lex.scales.get(nxt, 0) >= 100:
                fraction = float(self.fractions[w])
                j = i + 1
        while j < len(toks):
            x = toks[j].lower
            if (
                x in lex.number_words
                or x in lex.scales
                or x in ("one",)
                or (
                    x in ("a", "an")
                    and not words
                    and j + 1 < len(toks)
                    and toks[j + 1].lower in lex.scales
                )
            ):
                words.append(x)
            elif (
                x in ("-", "and")
                and words
                and j + 1 < len(toks)
                and (toks[j + 1].lower in lex.number_words or toks[j + 1].lower in lex.scales)
            ):
                if x == "and" and words[-1] not in lex.scales:
                    break
                words.append(x)
            else:
                break
            j += 1
        if not words:
            return None
        if all(x in lex.set_of["weak_number_words"] for x in words if x not in ("-", "and")):
            return None
        v = parse_number_words(words, lex)
        if v is None:
            return None
        has_scale = any(x in lex.scales and lex.scales[x] >= 1000 for x in words)
        ends = self._words_scale(toks, j)
        return self._times_plural(_Num(v * fraction, j, False, has_scale, False, ends), toks)

    def _words_scale(self, toks: list[Tok], end: int) -> int | None:
        """The scale a number in words ends with ("sechs Millionen", "пяти тысяч"), so the
        first number of a range in words takes it too: "zwischen vier und sechs Millionen"
        is 4 to 6 million, "от трех до пяти тысяч" 3,000 to 5,000."""
        scale = self.lex.scales.get(toks[end - 1].lower, 0) if 0 < end <= len(toks) else 0
        return scale if scale >= 1000 else None

    def _times_plural(self, num: _Num, toks: list[Tok]) -> _Num:
        """A count of a plural number noun is one number, not the count and a vague amount:
        "deux dizaines" 20, "três centenas" 300, "due decine" 20, "deux milliers" 2,000."""
        j = num.end
        if j >= len(toks) or num.grouped or not 1 < num.value <= 100 or num.value % 1:
            return num
        plural = self.lex.vague_plurals.get(toks[j].lower)
        if (
            plural is None
            and j + 1 < len(toks)
            and toks[j].lower in self.lex.of_words
            and self.lex.vague_plurals.get(toks[j + 1].lower, 0) >= 1000
        ):
            # "une dizaine de milliers", "una decina di migliaia": ten thousand
            j, plural = j + 1, self.lex.vague_plurals[toks[j + 1].lower]
        if plural is None:
            return num
        return _Num(num.value * plural, j + 1, False, plural >= 1000, False, None)

    # -- figures ---------------------------------------------------------------------------
    def may_start(self, toks: list[Tok], i: int) -> bool:
        """Whether any of ``FIGURE_READERS`` can read a figure at token ``i``: a digit, a
        number, scale, vague or fraction word, or an article before a scale or fraction.
        Most tokens of a sentence are none of these, and ``find`` skips them without
        running the readers (which cost about three times the rest of finding). A new
        reader that starts at other tokens must widen this test."""
        t = toks[i]
        if t.is_digit:
            return True
        w = t.lower
        if w in self.starters or self._ratio_one_at(toks, i):  # "d'un exploitant sur cinq"
            return True
        if w in self.factor_openers and self._factor_phrase_at(toks, i) is not None:
            return True  # "il doppio": not every "il"
        if w in ("a", "an"):
            return i + 1 < len(toks) and toks[i + 1].lower in self.after_article
        if self.number_words is not None and self.number_words.may_start(toks, i):
            return True
        if (
            self._bare(w, self.shares) in self.shares
            or (self.fraction_infixes and self._infix_parts(w) is not None)
            or (self.shares and self._glued_bound(w) is not None)
        ):
            return True
        if self.duals and self._is_dual(w):
            return True
        if self.digit_counts and self._digits_of(w) is not None:
            return True
        return bool(self.prefixes) and w.startswith(self.prefixes)

    def _digits_of(self, word: str) -> int | None:
        """How many digits a word of an amount's size says ("zweistelligen": 2), or None."""
        return next((n for stem, n in self.digit_counts if word.startswith(stem)), None)

    def _digit_count_at(self, toks: list[Tok], i: int) -> Figure | None:
        """ "ein zweistelliger Millionenbetrag", "im dreistelligen Millionenbereich": an
        amount of so many digits (the folder's ``digit_counts``) of the scale the noun after
        it opens with, else of ones ("ein fünfstelliger Betrag"): vague, its floor the least
        number of those digits (ten million, a hundred million, ten thousand)."""
        n = self._digits_of(toks[i].lower)
        if n is None or i + 1 >= len(toks) or not toks[i + 1].is_alpha:
            return None
        noun = toks[i + 1].lower
        scale = next((v for k, v in self.large_scales if noun.startswith(k)), 1.0)
        return Figure(
            start=toks[i].start,
            end=toks[i + 1].end,
            num_start=toks[i].start,
            num_end=toks[i + 1].end,
            tok_start=i,
            tok_end=i + 2,
            value=None,
            low=float(10 ** (n - 1)) * scale,
            vague=True,
            words_only=True,
            grouped=True,
        )

    def find(self, text: str, toks: list[Tok]) -> list[Figure]:
        figures: list[Figure] = []
        i = 0
        while i < len(toks):
            if not self.may_start(toks, i):
                i += 1
                continue
            fig = self._figure_at(text, toks, i)
            if fig is None:
                i += 1
                continue
            figures.append(fig)
            i = fig.tok_end
        return figures

    def _currency_before(self, toks: list[Tok], i: int) -> tuple[str | None, int]:
        lex = self.lex
        if i >= 1:
            p = toks[i - 1]
            sym = p.text
            if i >= 2 and glued(toks[i - 2], p) and toks[i - 2].text + sym in lex.currency_symbols:
                return lex.currency_symbols[toks[i - 2].text + sym], i - 2
            if sym in lex.currency_symbols:
                return lex.currency_symbols[sym], i - 1
            if p.text.upper() in lex.currency_codes and p.text.isupper():
                return p.text.upper(), i - 1
        return None, i

    def _fraction_at(self, text: str, toks: list[Tok], i: int) -> Figure | None:
        """ "half of", "nearly a third", "two-thirds of": a share, read as a percentage."""
        fractions = self.fraction_words
        j = i
        if toks[j].lower in ("a", "one") and j + 1 < len(toks):
            j += 1
        elif (
            toks[j].lower in self.lex.number_words and j + 2 < len(toks) and toks[j + 1].text == "-"
        ):
            j += 2
        elif (
            toks[j].lower in self.lex.number_words
            and j + 1 < len(toks)
            and toks[j + 1].lower in fractions
            and not glued(toks[j], toks[j + 1])
        ):
            j += 1  # "three quarters", "deux tiers", "zwei Drittel": a numerator, a space
        w = toks[j].lower
        if w not in fractions or (j == i and w not in self.standalone_fractions):
            return None
        if i > 0 and toks[i - 1].lower in (
            "first",
            "second",
            "last",
            "latter",
            "former",
            "other",
            "next",
        ):
            return None  # "the first half of the year"
        if w.endswith("s") and j == i:
            return None
        if _year_follows(toks, j + 1):
            return None  # "three quarters of 2023", "la moitié de 2024": a span of time
        numerator = 1
        if j > i and toks[i].lower in self.lex.number_words:
            numerator = self.lex.number_words[toks[i].lower]
        value = round(100 * numerator / int(fractions[w]), 1)
        if j + 1 < len(toks) and (
            toks[j + 1].text == "-"
            or toks[j + 1].lower in ("a", "an")
            or self.lex.scales.get(toks[j + 1].lower, 0) >= 1000
        ):
            return None  # "half-brother", "half a million", "ربع مليون" (a quarter million)
        lead = i  # "knapp die Hälfte", "près de la moitié": a bound stands before the article
        if j == i and i > 0 and toks[i - 1].lower in self.number_articles:
            lead = i - 1
        bounds = self._bounds_before(text, toks, lead, value, loose=True)
        has_of = j + 1 < len(toks) and toks[j + 1].lower in self.lex.of_words
        if self.genitive_fractions and j + 1 < len(toks):  # "połowa pocisków"
            nxt = toks[j + 1]
            has_of = has_of or (nxt.is_alpha and nxt.lower not in self.function_words)
        changed = lead > 0 and toks[lead - 1].lower in self.change_prepositions
        if not (has_of or changed or bounds.cued):
            return None
        return self._word_figure(toks, i, j, value, bounds, percent=True)

    def _bounds_before(
        self, text: str, toks: list[Tok], lead: int, value: float, loose: bool
    ) -> _Bounds:
        """The bound or approximation written before a figure in words whose phrase opens
        at token ``lead`` ("nearly a third", "more than twice"), and where the phrase then
        starts; ``loose`` also takes "only", "just", "roughly" as approximate."""
        base, left = left_of(text, toks[lead].start)
        lowered = left.lower()
        m_low = self.lex.left_bound_low.search(lowered)
        m_high = self.lex.left_bound_high.search(lowered)
        m_apx = self.lex.left_approx.search(lowered) or (
            self.loose_approx.search(lowered) if loose and self.loose_approx else None
        )
        if m_high and (not m_low or len(m_high.group(1)) >= len(m_low.group(1))):
            approx = " ".join(m_high.group(1).split()) in self.lex.high_approx
            return _Bounds(None, value, approx, base + m_high.start(1), True)
        if m_low:
            return _Bounds(value, None, False, base + m_low.start(1), True)
        if m_apx:
            return _Bounds(None, None, True, base + m_apx.start(1), True)
        return _Bounds(None, None, False, None, False)

    def _word_figure(
        self, toks: list[Tok], i: int, j: int, value: float, bounds: _Bounds, percent: bool
    ) -> Figure:
        """A figure written in words on tokens ``i`` to ``j``, with ``bounds`` before it."""
        return Figure(
            start=toks[i].start if bounds.start is None else bounds.start,
            end=toks[j].end,
            num_start=toks[i].start,
            num_end=toks[j].end,
            tok_start=i,
            tok_end=j + 1,
            value=value,
            low=bounds.low,
            high=bounds.high,
            approx=bounds.approx,
            percent=percent,
            words_only=True,
            grouped=True,
        )

    def _factor_phrase_at(self, toks: list[Tok], i: int) -> tuple[tuple[str, ...], float] | None:
        """The multiple's words opening at token ``i`` and their factor, else None."""
        return next(
            (
                (words, factor)
                for words, factor in self.factor_words
                if tuple(t.lower for t in toks[i : i + len(words)]) == words
            ),
            None,
        )

    def _factor_at(self, text: str, toks: list[Tok], i: int) -> Figure | None:
        """ "nearly twice the average", "il doppio", "вдвое больше": a multiple, its factor
        the figure (the folder's ``factor_words``), its bounds read before it."""
        found = self._factor_phrase_at(toks, i)
        if found is None:
            return None
        words, value = found
        j = i + len(words) - 1
        per, period = (toks[k].lower if k < len(toks) else "" for k in (j + 1, j + 2))
        if per in self.lex.phrase_set("price_per") and period in self.lex.set_of["price_periods"]:
            return None  # "twice a day", "вдвое в месяц": how often, no multiple
        bounds = self._bounds_before(text, toks, i, value, loose=False)
        return self._word_figure(toks, i, j, value, bounds, percent=False)

    def _counted_one(self, text: str, toks: list[Tok], i: int) -> bool:
        """ "at least one other soldier", "only one seat": "one" counts when a bound or
        "only"/"just" stands before it and a noun follows, not in "one of" or "one day"."""
        left = left_of(text, toks[i].start)[1].lower()
        bounded = bool(
            self.lex.left_bound_low.search(left)
            or self.lex.left_bound_high.search(left)
            or re.search(r"(?:^|\s)(?:only|just|exactly|a single)\s*$", left)
        )
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return (
            bounded
            and nxt is not None
            and nxt.is_alpha
            and nxt.lower not in ("of", "another", "day", "time")
        )

    def _ratio_at(self, toks: list[Tok], i: int) -> Figure | None:
        """ "one in five", "1 in 4", "trois accidents mortels sur dix", "uno de cada cinco":
        a share, read as a percentage. The joining words ("in", "sur", "de cada", "из") and
        the words that stand for one ("one", "un", "una") are the folder's ``ratios``; where
        the language puts the noun between the two numbers (French, Italian) its ``gap``
        lets that many words stand before the joining word."""
        first = (
            _Num(1, i + 1, False, False, False, None)
            if after_elision(toks[i].lower) in self.ratio_ones
            else self.number_at(toks, i)
        )
        if first is None or first.end != i + 1:
            return None
        k = first.end
        while (width := self._ratio_joiner(toks, k)) == 0:
            if k - first.end >= self.ratio_gap or k >= len(toks) or not toks[k].is_alpha:
                return None
            k += 1  # a word of the noun between the count and its base
        second = self.number_at(toks, k + width) if k + width < len(toks) else None
        if second is None or not 0 < first.value < second.value:
            return None
        if first.value > 10 or (second.digits and 1800 <= second.value <= 2100):
            return None  # "41 in 2023" is a count and a year
        value = round(100 * first.value / second.value, 1)
        return Figure(
            start=toks[i].start,
            end=toks[second.end - 1].end,
            num_start=toks[i].start,
            num_end=toks[second.end - 1].end,
            tok_start=i,
            tok_end=second.end,
            value=value,
            percent=True,
            words_only=not first.digits,
            grouped=True,
        )

    def _ratio_one_at(self, toks: list[Tok], i: int) -> bool:
        """Whether a word for one at ``i`` ("un", "eine", "одна": most often an article)
        may open a share: only with a joining word within the folder's ``gap`` after it, so
        the readers do not run at every indefinite article."""
        if after_elision(toks[i].lower) not in self.ratio_ones:
            return False
        end = min(len(toks), i + 2 + self.ratio_gap)
        return any(self._ratio_joiner(toks, k) for k in range(i + 1, end))

    def _ratio_joiner(self, toks: list[Tok], k: int) -> int:
        """How many tokens the folder's ratio joining word at ``k`` spans ("in": 1, "de
        cada": 2); 0 where none stands."""
        for words in self.ratio_words:
            end = k + len(words)
            if end <= len(toks) and all(toks[k + n].lower == w for n, w in enumerate(words)):
                return len(words)
        return 0

    def _every_nth_at(self, text: str, toks: list[Tok], i: int) -> Figure | None:
        """ "jede zweite Granate", "co trzeci pocisk", "каждый пятый": one in every N, read
        as a percentage (100 / N). The word for "every" is the folder's (``every_words``);
        the ordinal is read by text2num where the folder names it, else from the folder's
        ``ordinal_numbers``."""
        if i + 1 >= len(toks) or toks[i].lower not in self.every_words:
            return None
        n = self._ordinal(toks[i + 1].lower)
        if n is None or n < 2:
            return None
        base, left = left_of(text, toks[i].start)
        m_apx = self.lex.left_approx.search(left.lower())
        return Figure(
            start=base + m_apx.start(1) if m_apx else toks[i].start,
            end=toks[i + 1].end,
            num_start=toks[i].start,
            num_end=toks[i + 1].end,
            tok_start=i,
            tok_end=i + 2,
            value=round(100 / n, 1),
            approx=m_apx is not None,
            percent=True,
            words_only=True,
            grouped=True,
        )

    def _ordinal(self, word: str) -> int | None:
        """The number an ordinal word names ("zweite" 2, "trzeci" 3), or None."""
        listed = self.ordinal_numbers.get(word)
        if listed is not None:
            return int(listed)
        if self.lex.data.get("number_reader") == "text2num" and word.isalpha():
            from text_to_num import find_numbers

            from claimtrack.extract.numbers import _Word

            found = find_numbers([_Word(word)], self.lex.language, 0.0)
            if found and found[0].is_ordinal and found[0].end == 1:
                return int(found[0].value)
        return None

    def _numeral(self, word: str) -> float | None:
        """A number in digits, one of the folder's number words ("여섯"), or numerals read
        character by character ("三", "十二")."""
        if word.isdecimal():
            return float(word)
        if (listed := self.lex.number_words.get(word)) is not None:
            return float(listed)
        total = current = 0.0
        for ch in word:
            if ch in self.lex.number_words:
                current = float(self.lex.number_words[ch])
            elif ch in self.lex.scales:
                total += (current or 1) * self.lex.scales[ch]
                current = 0
            else:
                return None
        return total + current or None

    def _infix_parts(self, word: str) -> tuple[float, float] | None:
        """ "三分之一": (3, 1), the denominator before the infix, the numerator after."""
        for infix in self.fraction_infixes:
            den, sep, num = word.partition(infix)
            if sep and den and num:
                d, n = self._numeral(den), self._numeral(num)
                # "零分之一": no share of nothing
                return (d, n) if d is not None and n is not None and d > 0 else None
        return None

    def _one_in(self, text: str, toks: list[Tok], i: int) -> tuple[float, int] | None:
        """ "3社に1社", "4명 중 1명", "열 발 중 여섯 발": one in so many, the same counter
        after both numbers and one of the folder's ``one_in_infixes`` between them (a space
        at most between words): ``(percentage, end)``; None else. The numbers may be the
        folder's number words, the second also its word for one (``ratios`` ones: "한")."""
        if not self.one_in_infixes or i + 4 >= len(toks):
            return None
        den, counter, infix, num, again = toks[i : i + 5]
        d, n = self._numeral(den.text), self._numeral(num.text)
        if n is None and num.text in self.ratio_ones:
            n = 1.0
        if not (
            d is not None
            and n is not None
            and infix.text in self.one_in_infixes
            and again.text.startswith(counter.text)  # "1명이": its particle after it
            and counter.text in self.counters
            and all(
                text[a.end : b.start] in ("", " ") for a, b in itertools.pairwise(toks[i : i + 5])
            )
        ):
            return None
        return (100 * n / d, i + 5) if 0 < n < d else None

    def _share_at(self, text: str, toks: list[Tok], i: int) -> Figure | None:
        """ "三分之一", "3分の1", "一半", "八成", "4割": a share written without spaces, read
        as a percentage; a share word ("一半") counts only with a bound, an approximation
        or an of-word beside it ("一半以上", "约一半", "炮弹的一半")."""
        if not (self.shares or self.fraction_infixes or self.tenths or self.one_in_infixes):
            return None
        t, end, value, word = toks[i], i + 1, None, False
        span: tuple[float, float] | None = None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        glued_on = self._glued_bound(t.text)  # "절반가량은": the bound glued to the share
        if (share := self._bare(t.text, self.shares)) in self.shares:
            value, word = float(self.shares[share]), True
        elif glued_on is not None:
            value, word = float(self.shares[glued_on[0]]), True
        elif (parts := self._infix_parts(t.text)) is not None:
            value = 100 * parts[1] / parts[0]
            # "百分之四五十": forty or fifty in a hundred, two numerals side by side
            span = self._adjacent_numerals(t.text, parts[0])
        elif (
            t.is_digit
            and nxt is not None
            and nxt.text in self.fraction_infixes
            and i + 2 < len(toks)
            and toks[i + 2].is_digit
            and glued(t, nxt)
            and (glued(nxt, toks[i + 2]) or text[nxt.end : toks[i + 2].start] == " ")
        ):  # "3分の1", "3분의 1"; not "0分の1" nor "③分の①" (no decimal digits)
            den = parse_digits(t.text, self.lex.language)
            num = parse_digits(toks[i + 2].text, self.lex.language)
            if not den or num is None:
                return None
            value, end = 100 * num / den, i + 3
        elif (one_in := self._one_in(text, toks, i)) is not None:  # "3社に1社"
            value, end = one_in
        elif nxt is not None and nxt.text in self.tenths and glued(t, nxt):  # "八成", "4割"
            n = self._numeral(t.text)
            value, end = (10 * n if n is not None and 0 < n <= 10 else None), i + 2
        if value is None or not 0 < value <= 100:
            return None
        value = round(value, 1)
        low = high = None
        approx = False
        base, left = left_of(text, t.start)
        lowered = left.lower()
        m_low, m_high = (
            self.lex.left_bound_low.search(lowered),
            self.lex.left_bound_high.search(lowered),
        )
        m_apx = self.lex.left_approx.search(lowered)
        start = t.start
        if m_high and (not m_low or len(m_high.group(1)) >= len(m_low.group(1))):
            high, start = value, base + m_high.start(1)
            approx = " ".join(m_high.group(1).split()) in self.lex.high_approx
        elif m_low:
            low, start = value, base + m_low.start(1)
        elif m_apx:
            approx, start = True, base + m_apx.start(1)
        after = toks[end].text if end < len(toks) else ""
        after = self._bare(after, self.suffix_bounds)
        if glued_on is not None and value == float(self.shares[glued_on[0]]):
            after, end = glued_on[1], end - 1  # read as if spaced: "절반 가량"
        suffixed = True
        if after in self.suffix_low:
            low, high, end = value, None, end + 1
        elif after in self.suffix_high:
            high, low, end = value, None, end + 1
            approx = approx or after in self.lex.high_approx  # "6割近く": nearly
        elif after in self.suffix_approx:
            approx, end = True, end + 1
        else:
            suffixed = False
        of_word = after in self.lex.of_words or (  # "炮弹的一半": the run before ends in one
            i > 0 and toks[i - 1].text.endswith(self.of_endings) and glued(toks[i - 1], t)
        )
        if word and not (m_low or m_high or m_apx or suffixed or of_word):
            return None  # "一半时间": half of something, no figure
        if span is not None and low is None and high is None:
            value, approx = None, True
            low, high = span
        return Figure(
            start=start,
            end=toks[end - 1].end,
            num_start=t.start,
            num_end=toks[end - 1].end,
            tok_start=i,
            tok_end=end,
            value=value,
            low=low,
            high=high,
            approx=approx,
            percent=True,
            words_only=not t.is_digit,
            grouped=True,
        )

    def _adjacent_numerals(self, word: str, den: float) -> tuple[float, float] | None:
        """A share's numerator written as two numerals side by side and a scale ("四五十":
        forty or fifty, as "三四百" is three or four hundred): its two ends as percentages
        of ``den``; None for another numerator."""
        infix = next((x for x in self.fraction_infixes if x in word), None)
        if infix is None:
            return None
        num = word.partition(infix)[2]
        nw = self.lex.number_words
        if len(num) < 3 or num[0] not in nw or num[1] not in nw:
            return None
        first, second = float(nw[num[0]]), float(nw[num[1]])
        scale = self._numeral(num[2:])
        if second != first + 1 or scale is None or num[2] not in self.lex.scales:
            return None
        return round(100 * first * scale / den, 1), round(100 * second * scale / den, 1)

    def _numerals_before(self, toks: list[Tok], i: int, base: float) -> float:
        """The numerals glued before a vague amount in a script without spaces, each a
        character ("百数十発": a hundred and some tens, "二万数千人"): what they count, where
        it is ten times the vague amount or more; else 0."""
        if self.lex.unspaced is None or i == 0 or not glued(toks[i - 1], toks[i]):
            return 0.0
        known = self.lex.number_words.keys() | self.lex.scales.keys()
        before = toks[i - 1].text
        k = len(before)
        while k > 0 and before[k - 1] in known:
            k -= 1
        lead = read_numerals(list(before[k:]), self.lex) if k < len(before) else None
        return lead if lead is not None and lead >= 10 * base else 0.0

    def _glued_bound(self, word: str) -> tuple[str, str] | None:
        """A share word with a bound or an approximation glued after it, a particle after
        that or not ("절반가량은", "절반이상이"): the share and the suffix."""
        for share in self.shares:
            if word.startswith(share) and len(word) > len(share):
                rest = self._bare(word[len(share) :], self.suffix_bounds)
                if rest in self.suffix_bounds:
                    return share, rest
        return None

    def _is_dual(self, word: str) -> bool:
        """Whether ``word`` is a noun in the dual, a proclitic before it or not."""
        if word in self.duals:
            return True
        return any(word.startswith(p) and word[len(p) :] in self.duals for p in self.proclitics)

    def _dual_at(self, toks: list[Tok], i: int) -> Figure | None:
        """ "أسرت القوات جنديين": a noun in the dual counts two; where the number follows
        ("جنديين اثنين") the number is read instead."""
        t = toks[i]
        if not self.duals or not self._is_dual(t.lower):
            return None
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if self.lex.number_words.get(nxt) == 2:
            return None
        return Figure(
            start=t.start,
            end=t.end,
            num_start=t.start,
            num_end=t.end,
            tok_start=i,
            tok_end=i + 1,
            value=2,
            words_only=True,
            grouped=True,
        )

    def _figure_at(self, text: str, toks: list[Tok], i: int) -> Figure | None:
        """The figure starting at token ``i``: the first reader of ``FIGURE_READERS`` that
        reads one."""
        return self.rule_for(text, toks, i)[1]

    def rule_for(self, text: str, toks: list[Tok], i: int) -> tuple[str | None, Figure | None]:
        """The name of the reader that read a figure at token ``i`` and the figure (None,
        None when none did)."""
        for r in FIGURE_READERS:
            fig = r.rule(self, text, toks, i)
            if fig is not None:
                return r.name, fig
        return None, None

    def _number_figure(self, text: str, toks: list[Tok], i: int) -> Figure | None:
        """A number with what stands around it: each step of ``FIGURE_STEPS`` in order."""
        currency, left_i = self._currency_before(toks, i)
        num = self.number_at(toks, i, money=currency is not None)
        if num is None and toks[i].lower == "one" and self._counted_one(text, toks, i):
            num = _Num(1.0, i + 1, False, False, False, None)
        if num is None:
            return None
        d = Draft(self, text, toks, i, num, currency, left_i)
        for step in FIGURE_STEPS:
            step.rule(d)
        return d.figure()


@dataclass
class Draft:
    """A figure being read from a number: what the steps of ``FIGURE_STEPS`` read around
    the number and leave for the next; token indices are into ``toks``."""

    finder: FigureFinder
    text: str
    toks: list[Tok]
    i: int  # the number's first token
    num: _Num
    currency: str | None
    left_i: int  # the first token of the figure: a currency symbol before, else ``i``

    def __post_init__(self) -> None:
        self.lex = self.finder.lex
        self.j = self.num.end  # the token after what is read so far
        self.end_tok = self.j  # the token after the numeric core (a range's second number)
        self.low: float | None = None
        self.high: float | None = None
        self.value: float | None = self.num.value
        self.vague = self.num.vague
        self.is_range = False
        self.percent = False
        self.approx = False
        self.start = self.toks[self.left_i].start  # where the figure's own text starts
        self.phrase_start = self.start  # where its modifiers start ("more than")

    def figure(self) -> Figure:
        toks = self.toks
        return Figure(
            start=min(self.phrase_start, self.start),
            end=toks[self.j - 1].end,
            num_start=toks[self.i].start,
            num_end=toks[self.end_tok - 1].end,
            tok_start=self.i,
            tok_end=self.j,
            value=self.value,
            low=self.low,
            high=self.high,
            approx=self.approx and not self.vague,
            vague=self.vague,
            percent=self.percent,
            currency=self.currency,
            words_only=not self.num.digits,
            grouped=self.num.grouped,
            decimal=self.num.decimal,
        )


FigureReader = Callable[[FigureFinder, str, list[Tok], int], Figure | None]
FigureStep = Callable[[Draft], None]


@dataclass(frozen=True)
class NamedFigureRule:
    name: str
    reason: str  # why the rule holds, for a reader
    rule: Callable[..., Any]


#: How a figure may start at a token, in the order they are tried: the first that reads one wins.
FIGURE_READERS: list[NamedFigureRule] = []
#: What a number's figure is read with, in order: each step reads around the number.
FIGURE_STEPS: list[NamedFigureRule] = []


def _register(
    registry: list[NamedFigureRule], name: str, reason: str
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        if any(r.name == name for r in registry):
            raise ValueError(f"figure rule {name!r} is registered twice")
        registry.append(NamedFigureRule(name, reason, fn))
        return fn

    return register


def figure_reader(name: str, reason: str) -> Callable[[FigureReader], FigureReader]:
    """Register a reader at the end of ``FIGURE_READERS`` under ``name``."""
    return _register(FIGURE_READERS, name, reason)


def figure_step(name: str, reason: str) -> Callable[[FigureStep], FigureStep]:
    """Register a step at the end of ``FIGURE_STEPS`` under ``name``."""
    return _register(FIGURE_STEPS, name, reason)


@figure_reader("ratio", "'one in five', '1 in 4': a share, read as a percentage")
def ratio(finder: FigureFinder, text: str, toks: list[Tok], i: int) -> Figure | None:
    return finder._ratio_at(toks, i)


@figure_reader("every_nth", "'jede zweite', 'co trzeci', 'каждый пятый': one in N, a percentage")
def every_nth(finder: FigureFinder, text: str, toks: list[Tok], i: int) -> Figure | None:
    return finder._every_nth_at(text, toks, i)


@figure_reader(
    "digit_count", "'ein zweistelliger Millionenbetrag': an amount of so many digits, vague"
)
def digit_count(finder: FigureFinder, text: str, toks: list[Tok], i: int) -> Figure | None:
    return finder._digit_count_at(toks, i) if finder.digit_counts else None


@figure_reader("fraction", "'half of', 'nearly a third': a share, read as a percentage")
def fraction(finder: FigureFinder, text: str, toks: list[Tok], i: int) -> Figure | None:
    return finder._fraction_at(text, toks, i)


@figure_reader("factor", "'nearly twice', 'il doppio', 'вдвое больше': a multiple, its factor")
def factor(finder: FigureFinder, text: str, toks: list[Tok], i: int) -> Figure | None:
    return finder._factor_at(text, toks, i)


@figure_reader("share", "'三分之一', '3分の1', '一半以上', '八成', '4割': a share, as a percentage")
def share(finder: FigureFinder, text: str, toks: list[Tok], i: int) -> Figure | None:
    return finder._share_at(text, toks, i)


@figure_reader("dual", "'جنديين': a noun in the dual counts two")
def dual(finder: FigureFinder, text: str, toks: list[Tok], i: int) -> Figure | None:
    return finder._dual_at(toks, i)


@figure_reader(
    "adjacent_numerals", "'四五千元', '五六趟', '三四百户': two neighbouring numerals are a range"
)
def adjacent_numerals(finder: FigureFinder, text: str, toks: list[Tok], i: int) -> Figure | None:
    """Chinese and Japanese write "four or five thousand" as 四五千: two numerals one apart
    before what they count (and the scale both share). The range runs from the first to the
    second, read with everything the second carries (its scale, counter, currency)."""
    lex = finder.lex
    if lex.unspaced is None or i + 1 >= len(toks):
        return None
    first, second = (lex.number_words.get(toks[k].lower) for k in (i, i + 1))
    if first is None or second != first + 1 or not 1 <= first <= 8:
        return None
    if toks[i + 1].start != toks[i].end or len(toks[i].text) != 1:
        return None
    upper = finder._number_figure(text, toks, i + 1)
    if upper is None or upper.value is None or upper.low is not None or upper.high is not None:
        return None
    return replace(
        upper,
        start=min(upper.start, toks[i].start),
        num_start=toks[i].start,
        tok_start=i,
        value=None,
        low=upper.value * first / second,
        high=upper.value,
    )


@figure_reader("number", "a number in digits or words, with its range, bounds and unit marks")
def number(finder: FigureFinder, text: str, toks: list[Tok], i: int) -> Figure | None:
    return finder._number_figure(text, toks, i)


@figure_step(
    "letter_symbol_is_a_name",
    "'P5', 'R2' name things; 'P10,000', 'R25 000', 'R4.5 million' are money",
)
def letter_symbol_is_a_name(d: Draft) -> None:
    symbol = d.toks[d.left_i].text if d.currency else ""
    spaced = any(space in d.toks[d.i].text for space in GROUP_SPACES)  # "R25 000"
    if len(symbol) == 1 and symbol.isalpha() and not (d.num.grouped or d.num.decimal or spaced):
        d.currency, d.left_i = None, d.i
        d.start = d.phrase_start = d.toks[d.i].start


@figure_step("compound", "'12 ألفا و800', 'مليون و500 ألف': a smaller number joined on adds")
def compound(d: Draft) -> None:
    """Arabic writes 12,800 as "12 ألفا و800" (12 thousand and 800): a number ending in a
    scale word, a joiner of ``compound_joiners`` and a number below that scale are one."""
    toks, j, lex = d.toks, d.j, d.lex
    if (
        not d.finder.compound_joiners
        or d.vague
        or j + 1 >= len(toks)
        or toks[j].lower not in d.finder.compound_joiners
        or lex.scales.get(toks[j - 1].lower, 0) < 1000
    ):
        return
    second = d.finder.number_at(toks, j + 1)
    if second is None or second.vague or second.value >= lex.scales[toks[j - 1].lower]:
        return
    d.value = (d.value or 0) + second.value
    d.j = d.end_tok = second.end


@figure_step("scale_half", "'مليون ونصف': a half after a scale word adds half of that scale")
def scale_half(d: Draft) -> None:
    toks, j, lex = d.toks, d.j, d.lex
    if d.vague or d.value is None or j >= len(toks):
        return
    # "um milhão e meio": a half of two words
    pair = f"{toks[j].lower} {toks[j + 1].lower}" if j + 1 < len(toks) else ""
    if toks[j].lower not in d.finder.scale_halves and pair not in d.finder.scale_halves:
        return
    if pair in d.finder.scale_halves and j + 2 < len(toks) and toks[j + 2].lower in lex.scales:
        after = lex.scales[toks[j + 2].lower]
        if after >= 1000 > d.value and lex.scales.get(toks[j - 1].lower, 0) < 1000:
            # "два с половиной миллиона", "dwa i pół miliona": the half before the scale
            d.value = (d.value + 0.5) * after
            d.j = d.end_tok = j + 3
        return  # "300 mil e meio milhão": a number of its own
    scale = lex.scales.get(toks[j - 1].lower, 0)
    if scale >= 1000:
        d.value += scale / 2
        j += 1 if pair in d.finder.scale_halves else 0
        # "مليون ونصف المليون": the half may name its scale again
        j += 2 if j + 1 < len(toks) and lex.scales.get(toks[j + 1].lower) == scale else 1
        d.j = d.end_tok = j


@figure_step("range", "'10,000 to 12,000', 'between 3,000 and 4,000', '50% to 60%': a range")
def range_(d: Draft) -> None:
    toks, lex, num, j = d.toks, d.lex, d.num, d.j
    finder = d.finder
    joiners = finder.joiners
    pre_percent = j + 2 < len(toks) and toks[j].text == "%" and toks[j + 1].lower in joiners
    if pre_percent:
        j += 1
    # "tra i 900 mila euro e 1,1 milioni", "entre 900.000 euros y 1,1 millones": the money
    # named after the first number, then the second
    pre_money = (
        not pre_percent
        and d.currency is None
        and j + 2 < len(toks)
        and toks[j].lower in lex.currency_words
        and toks[j + 1].lower in joiners
    )
    if pre_money:
        d.currency = lex.currency_words[toks[j].lower]
        j += 1
    if j + 1 < len(toks) and toks[j].lower in joiners:
        joiner = toks[j].lower
        k = j + 1
        cur2, k2 = finder._currency_before(toks, k + 1)
        if cur2 and k2 == k:
            k = k + 1 if len(toks[k].text) == 1 or k + 1 < len(toks) else k
        money = d.currency is not None
        left_text = left_of(d.text, toks[d.left_i].start)[1].lower()
        articles = lex.phrase_set("number_articles")
        tail = left_text.rstrip().rsplit(None, 1)
        if articles and len(tail) == 2 and tail[1].strip("’'") in articles:
            # "entre los 10.000 y los 12.000", "tra i 10mila e i 12mila": articles aside
            left_text = left_text[: len(tail[0]) + 1]
            if k + 1 < len(toks) and toks[k].lower in articles:
                k += 1
                if k + 1 < len(toks) and toks[k].text in ("'", "’"):
                    k += 1  # "tra il 5 e l'8%": the article elided before the number
        second = finder.number_at(toks, k, money=money) if k < len(toks) else None
        opener = lex.range_openers.search(left_text)
        ok = second is not None and not second.vague and not d.vague
        if ok and pre_percent:  # "50% to 60%", not "fell 8% to $1.47 billion"
            assert second is not None
            ok = second.end < len(toks) and toks[second.end].text == "%" and cur2 is None
        if ok and pre_money and joiner in finder.change_joiners:
            # "2500万円から5000万円へ": from one sum to another sum, a change
            assert second is not None
            ok = not (second.end < len(toks) and toks[second.end].lower in lex.currency_words)
        if ok and joiner in finder.paired_joiners:  # "and" needs "between"
            ok = bool(opener and opener.group(1).lower() in finder.paired_openers)
        if ok and joiner in ("-", "–", "—") and num.digits != second.digits:  # type: ignore[union-attr]
            ok = False
        if ok and joiner in finder.alternative_joiners and (num.digits or second.digits):  # type: ignore[union-attr]
            ok = False
        if (
            ok
            and opener
            and opener.group(1).lower() in finder.change_openers
            and finder.change_verb.search(left_text[: opener.start()])
        ):
            ok = False
        if ok:
            assert second is not None
            first = num.value
            if second.scale and not num.scale and first * second.scale <= second.value:
                first *= second.scale
            if first < second.value:
                d.low, d.high, d.value, d.is_range = first, second.value, None, True
                j = second.end
    if (pre_percent or pre_money) and not d.is_range:
        j -= 1  # the "%" or the money was looked past for a range that is not there
        if pre_money:
            d.currency = None  # read again by ``currency_word``
    d.j = d.end_tok = j


@figure_step("percent_suffix", "'12%', '40 per cent': a percentage")
def percent_suffix(d: Draft) -> None:
    toks = d.toks
    if d.j < len(toks):
        for words in d.finder.percent_words:
            if [t.lower for t in toks[d.j : d.j + len(words)]] == words:
                d.percent = True
                d.j += len(words)
                if (  # "30%를 넘었다", "40%에 육박": Korean glues a particle on, a bound follows
                    d.finder.glued_particles
                    and d.j < len(toks)
                    and glued(toks[d.j - 1], toks[d.j])
                    and toks[d.j].lower in d.finder.glued_particles
                ):
                    d.j += 1
                return


@figure_step("scaled_currency", "'48 م.د', '750 أ.د': a scale and a currency abbreviated as one")
def scaled_currency(d: Draft) -> None:
    toks, known = d.toks, d.lex.scaled_currencies
    if not known or d.percent or d.currency is not None or d.j + 2 >= len(toks):
        return
    a, dot, b = toks[d.j : d.j + 3]
    if dot.text != "." or not (glued(a, dot) and glued(dot, b)):
        return
    found = known.get(f"{a.lower}.{b.lower}")
    if found is None:
        return
    scale, d.currency = found
    d.value = d.value * scale if d.value is not None else None
    d.low = d.low * scale if d.low is not None else None
    d.high = d.high * scale if d.high is not None else None
    d.j += 3
    if d.j < len(toks) and toks[d.j].text == "." and glued(b, toks[d.j]):
        d.j += 1  # "750 أ.د.": the abbreviation's own full stop


@figure_step("currency_word", "'300 dollars', '5 million roubles': money named after the number")
def currency_word(d: Draft) -> None:
    toks, lex = d.toks, d.lex
    if (
        not d.percent
        and d.currency is None
        and d.j < len(toks)
        and (word := _particle_off(toks[d.j].lower, lex)) in lex.currency_words
    ):
        d.currency = lex.currency_words[word]
        d.j += 1
        return
    if (
        not d.percent
        and d.currency is None
        and d.i + 2 <= d.j < len(toks)
        and (toks[d.j - 1].is_alpha or toks[d.j - 1].text == ".")  # past a scale abbreviation
        and (sym := toks[d.j].text) in lex.currency_symbols
        and not sym.isalpha()
    ):
        # "180 M$", "1,2 Md$", "3,5 Mio. €": the symbol after a scale's abbreviation
        d.currency = lex.currency_symbols[sym]
        d.j += 1
        return
    # "800 Millionen US-Dollar", "5 Mio. US-Dollar": a country's letters hyphened to the word
    j = d.j
    if (
        not d.percent
        and d.currency is None
        and j + 2 < len(toks)
        and toks[j].is_alpha
        and toks[j].text.isupper()
        and len(toks[j].text) <= 3
        and toks[j + 1].text in ("-", "‐")
        and glued(toks[j], toks[j + 1])
        and glued(toks[j + 1], toks[j + 2])
        and toks[j + 2].lower in lex.currency_words
    ):
        d.currency = lex.currency_words[toks[j + 2].lower]
        d.j = j + 3


def _glued_rest(rest: str, suffix: str, lex: Lexicon) -> bool:
    """Whether a word starting with a one-letter bound ("여") is that bound with a counter or
    particle glued on ("여명이"), not another word ("여전히", "여성")."""
    if not rest or len(suffix) > 1:
        return True
    return rest.startswith(tuple(lex.phrase_set("counters") | lex.phrase_set("particles")))


def _particle_off(word: str, lex: Lexicon) -> str:
    """ "원을", "달러의" (Korean glues its particles on): the word without the folder's
    ``particles`` it ends in when what is left is a currency word; else ``word``."""
    if word in lex.currency_words:
        return word
    for p in lex.words("particles"):
        if p and word.endswith(p) and word[: -len(p)] in lex.currency_words:
            return word[: -len(p)]
    return word


@figure_step("counter_word", "'1만 명 이상': the bound follows a counter word after the number")
def counter_word(d: Draft) -> None:
    counters = d.lex.phrase_set("counters")
    toks = d.toks
    if (
        counters
        and d.j < len(toks)
        and any(toks[d.j].lower.startswith(c) for c in counters)
        and toks[d.j].lower not in d.lex.set_of["time_units"]  # "2个月", "3개월": a time
    ):
        d.j += 1
        d.num.grouped = True  # "600명이다": a counter says it counts, no year or label


@figure_step("low_suffix", "'5,000+', '300 or more': a lower bound written after the number")
def low_suffix(d: Draft) -> None:
    toks, j = d.toks, d.j
    glued_endings = bool(d.lex.phrase_set("counters"))
    for words in d.finder.low_suffix:
        got = [t.lower for t in toks[j : j + len(words)]]
        matches = got == words or (
            glued_endings
            and len(words) == 1
            and len(got) == 1
            and got[0].startswith(words[0])
            and _glued_rest(got[0][len(words[0]) :], words[0], d.lex)
        )
        if matches and not d.is_range:
            if words == ["+"] and not glued(toks[j - 1], toks[j]):
                continue
            d.low = d.value
            d.j = j + len(words)
            return
    if not d.lex.data.get("head_first") or d.is_range:
        return
    # "600 قتيل على الأقل", "600 جندي كوري شمالي على الأقل": the bound follows the counted
    # noun and its adjectives; the figure still ends before them
    k = j
    while k < len(toks) and k < j + 3 and toks[k].is_alpha:
        k += 1
        for words in d.finder.low_suffix:
            if [t.lower for t in toks[k : k + len(words)]] == words:
                d.low = d.value
                return


@figure_step(
    "unspaced_suffix",
    "'500人近く', '1000人以下', '300名左右', '100多枚': bounds, approximations and a counter "
    "written after the number, cut off a run of a script without spaces",
)
def unspaced_suffix(d: Draft) -> None:
    lex, toks = d.lex, d.toks
    if lex.unspaced is None or d.j >= len(toks):
        return
    w = toks[d.j].lower
    if not (d.is_range or d.vague) and w in lex.phrase_set("bounds", "high_suffix"):
        d.high = d.value
        d.approx = d.approx or w in lex.high_approx or w in lex.phrase_set("approx_suffix")
        d.j += 1
    elif w in lex.phrase_set("approx_suffix"):
        d.approx = True
        d.j += 1
    if d.j < len(toks) and toks[d.j].lower in lex.phrase_set("counters"):
        d.j += 1  # "1万余名": the counter after the bound


@figure_step("or_so", "'5,000 or so': an approximation written after the number")
def or_so(d: Draft) -> None:
    if [t.lower for t in d.toks[d.j : d.j + 2]] == ["or", "so"]:
        d.approx = True
        d.j += 2


@figure_step(
    "scale_after_bound",
    "'20余万人', '3000多万美元': where words have no spaces a scale may follow the bound "
    "('more than 20 ten-thousands'), and multiplies the number and its bound",
)
def scale_after_bound(d: Draft) -> None:
    lex, toks = d.lex, d.toks
    if lex.unspaced is None or d.low is None or d.value is None or d.is_range:
        return
    scale = 1
    while d.j < len(toks) and toks[d.j].lower in lex.scales and glued(toks[d.j - 1], toks[d.j]):
        scale *= lex.scales[toks[d.j].lower]
        d.j += 1
    if scale > 1:
        d.value = d.low = d.value * scale
        d.end_tok = d.j
        if d.j < len(toks) and toks[d.j].lower in lex.phrase_set("counters"):
            d.j += 1  # "20余万名工人": the counter after the scale
    if d.currency is None and d.j < len(toks) and toks[d.j].lower in lex.currency_words:
        d.currency = lex.currency_words[toks[d.j].lower]  # "3000多万美元", "1亿多美元"
        d.j += 1


@figure_step(
    "glued_suffix",
    "'1만 명 가량을', '1만 명가량', '1만 명 가까이': an approximation or upper bound after "
    "the counter of a spaced language that glues particles on (Korean)",
)
def glued_suffix(d: Draft) -> None:
    lex, toks = d.lex, d.toks
    counters = lex.phrase_set("counters")
    if lex.unspaced is not None or not counters or d.is_range or d.vague:
        return
    prev = toks[d.j - 1].lower
    counter = next((c for c in counters if prev.startswith(c) and prev != c), None)
    glued_on = prev[len(counter) :] if counter else ""  # "명가량을": after the counter
    if glued_on in lex.phrase_set("particles"):
        glued_on = ""  # "1천 명에 육박한다": a particle, then the bound's own word
    word = glued_on or (toks[d.j].lower if d.j < len(toks) else "")
    if any(word.startswith(w) for w in lex.phrase_set("bounds", "high_suffix")):
        d.high, d.low = d.value, None
        d.approx = d.approx or any(word.startswith(w) for w in lex.high_approx)
    elif any(word.startswith(w) for w in lex.phrase_set("approx_suffix")):
        d.approx = True
    else:
        return
    if not glued_on:
        d.j += 1


@figure_step("left_modifiers", "'more than', 'up to', 'about', stacked: bounds and approximations")
def left_modifiers(d: Draft) -> None:
    lex = d.lex
    base, left = left_of(d.text, d.start)
    articles = lex.phrase_set("number_articles")
    for _ in range(4):
        words = left.rstrip().rsplit(None, 1)
        # "une centaine", "una ventina": before a number word the article is "about"
        if (
            articles
            and len(words) == 2
            and words[1].lower().strip("’'") in articles
            and (d.num.digits or not lex.left_approx.search(words[1].lower()))
        ):
            left = left[: len(words[0]) + 1]  # "casi el 50%": the article stands aside
        lowered = left.lower()
        m = lex.range_openers.search(lowered) if d.is_range else None
        if m:
            left = left[: m.start(1)]
            continue
        m_low = lex.left_bound_low.search(lowered)
        m_high = lex.left_bound_high.search(lowered)
        if m_low and m_high:  # "no more than" ends with "more than": the longer phrase wins
            if len(m_high.group(1)) >= len(m_low.group(1)):
                m_low = None
            else:
                m_high = None
        if m_low and not d.is_range and not d.vague:
            d.low = d.value
            left = left[: m_low.start(1)]
            if d.finder.estimated_to.search(left.lower()):
                d.approx = True
            continue
        if m_high and not d.is_range and not d.vague:
            d.high = d.value
            d.approx = d.approx or " ".join(m_high.group(1).lower().split()) in lex.high_approx
            left = left[: m_high.start(1)]
            continue
        m = lex.left_approx.search(lowered)
        if m and not d.vague:
            d.approx = True
            left = left[: m.start(1)]
            continue
        m = d.finder.estimated_to.search(lowered)
        if m and not d.vague:
            d.approx = True
        break
    d.phrase_start = base + len(left)


#: What ends a clause in a script without spaces.
_CLAUSE_BREAK = re.compile(r"[，、。；：！？,;:!?「」『』“”\"（）()\n]")


@figure_step(
    "clause_bound",
    "'至少向俄方提供了500万发': where words have no spaces a bound adverb may stand before the "
    "verb whose object the figure is (the folder's bounds.clause_low and clause_high)",
)
def clause_bound(d: Draft) -> None:
    lex = d.lex
    if lex.unspaced is None or d.is_range or d.vague or d.low is not None or d.high is not None:
        return
    clause = _CLAUSE_BREAK.split(left_of(d.text, d.phrase_start)[1])[-1]
    if any(ch.isdigit() for ch in clause):
        return  # another figure stands between: the bound is its
    at = {
        k: max((clause.rfind(w) for w in lex.words("bounds", k) if w), default=-1)
        for k in ("clause_low", "clause_high")
    }
    if at["clause_low"] > at["clause_high"]:
        d.low = d.value
    elif at["clause_high"] > at["clause_low"]:
        d.high = d.value


@figure_step("vague", "'thousands', 'several hundred': a vague amount is a lower bound")
def vague(d: Draft) -> None:
    if not d.vague:
        return
    lex = d.lex
    d.low, d.value, d.high = d.num.value, None, None
    vague_base, vague_left = left_of(d.text, d.start)
    m_mult = lex.left_vague.search(vague_left.lower())
    if (
        m_mult and not d.num.scale and lex.data.get("multipliers_on_plurals", True)
    ):  # "кілька сотень", "plusieurs centaines": several hundred
        d.low = d.num.value * lex.vague_multipliers[" ".join(m_mult.group(1).lower().split())]
        d.start = vague_base + m_mult.start(1)


def _year_follows(toks: list[Tok], k: int) -> bool:
    """Whether a year stands at ``k`` or one word after it ("quarters of 2023", "Hälfte
    2024"): a fraction of a year is a span of time, not a share of anything counted."""
    for tok in toks[k : k + 2]:
        text = tok.text
        if len(text) == 4 and text.isdigit() and text[:2] in ("19", "20"):
            return True
    return False
