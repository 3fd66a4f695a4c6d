"""A cheap tokenizer with character offsets, enough to find and vet figures without spaCy."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Arabic short vowels, shadda and sukun (harakat), written over some letters now and then:
#: part of their word (not a break in it), and dropped from ``Tok.lower``, so "يُقدَّر" is
#: matched as "يقدر". Arabic groups and decimals may be written "١١٬٠٠٠", "٢٫٥".
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670"
_FOLD_MARKS = dict.fromkeys([*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670])
_WORD = rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])*"
# Swiss copy groups thousands with an apostrophe ("38'000", "1’200"): one number
_GROUPS = r"\d+(?:(?:[.,٫٬]|['’](?=\d{3}(?!\d)))\d+)*"
_TOKEN = re.compile(rf"{_GROUPS}|{_WORD}(?:['’]{_WORD})*|\S", re.UNICODE)
#: Spaces that group thousands ("11 000"): plain, no-break, narrow no-break.
GROUP_SPACES = (" ", "\u00a0", "\u202f")
# Languages that group thousands with a space ("11 000", "2 700 000") read them as one token.
_TOKEN_SPACED = re.compile(
    rf"\d{{1,3}}(?:[{''.join(GROUP_SPACES)}]\d{{3}})+(?:[.,]\d+)?(?![\d])|"
    + _GROUPS
    + r"|[^\W\d_]+(?:['’][^\W\d_]+)*|\S",
    re.UNICODE,
)


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    start: int
    end: int
    #: ``text.lower()``, computed once: the figure finder asks a token for it about ten
    #: times (each token as the figure and as its neighbours' context).
    lower: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", fold(self.text))

    @property
    def is_digit(self) -> bool:
        return self.text[0].isdecimal()  # "③", "²": digits to Unicode, no decimal ones

    @property
    def is_alpha(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_title(self) -> bool:
        return self.text[0].isupper()


def fold(word: str) -> str:
    """``word`` lower-cased, without Arabic short vowels: the form words are matched in."""
    lower = word.lower()
    return lower if lower.isascii() else lower.translate(_FOLD_MARKS)


def tokenize(
    text: str,
    spaced_groups: bool = False,
    digit_prefixes: tuple[str, ...] = (),
    unspaced: Unspaced | None = None,
) -> list[Tok]:
    """Tokens with offsets. ``digit_prefixes`` are morphemes peeled off a word glued to
    digits, for languages that write "1만1000명" (scale and counter glued to the number);
    ``unspaced`` cuts the runs of a script written without spaces (see ``Unspaced``)."""
    if unspaced is not None:
        return unspaced.tokens(text)
    pattern = _TOKEN_SPACED if spaced_groups else _TOKEN
    toks = [Tok(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]
    if not digit_prefixes:
        return toks
    out: list[Tok] = []
    for t in toks:
        while (
            out and out[-1].is_digit and out[-1].end == t.start and len(t.text) > 1 and t.is_alpha
        ):
            head = next((p for p in digit_prefixes if t.text.startswith(p)), None)
            if head is None or head == t.text:  # a whole word is no prefix of itself
                break
            out.append(Tok(head, t.start, t.start + len(head)))
            t = Tok(t.text[len(head) :], t.start + len(head), t.end)
        while (
            out
            and out[-1].is_alpha
            and out[-1].text in digit_prefixes
            and out[-1].end == t.start
            and t.is_alpha
            and len(t.text) > 1
        ):
            head = next((p for p in digit_prefixes if t.text.startswith(p)), None)
            if head is None or head == t.text:  # a whole word is no prefix of itself
                break
            out.append(Tok(head, t.start, t.start + len(head)))
            t = Tok(t.text[len(head) :], t.start + len(head), t.end)
        out.append(t)
    return out


def after_elision(word: str) -> str:
    """The word after an elided article or preposition glued to it ("d'un": "un",
    "l'articolo": "articolo")."""
    return word.rsplit("'", 1)[-1].rsplit("’", 1)[-1]


def glued(left: Tok, right: Tok) -> bool:
    """True when no space separates two tokens ("KN" "-" "23", "170" "mm")."""
    return left.end == right.start


# -- scripts written without spaces (Japanese, Chinese) ------------------------------------
#: A letter of a script written without spaces (kana, CJK ideographs): next to a number it
#: is no designation ("KN23") but the text going on ("派遣了1万").
UNSPACED_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Full-width ASCII forms ("５０００", "％", "ＫＮ") read as their ASCII twins: one character
#: for one, so a token's offsets still hold its original text.
_FULL_WIDTH = str.maketrans({chr(0xFF01 + k): chr(0x21 + k) for k in range(94)})
#: In a script without spaces a full-width full stop may be a decimal point ("１．２万") and
#: an ideographic comma groups thousands only before exactly three digits ("１，０００").
_TOKEN_UNSPACED = re.compile(
    r"\d+(?:(?:[.,．]|，(?=\d{3}(?!\d)))\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S", re.UNICODE
)


@dataclass(frozen=True)
class Unspaced:
    """How a script written without spaces is cut around its numbers (from a language
    folder: see ``Lexicon.unspaced``).

    A run of such a script ("已有1万1000名朝鲜士兵被派往俄罗斯") is one word to the plain
    tokenizer, so what is glued to a number must be cut off it for the figure finder to see
    a scale, a counter or a bound: ``glued`` are the morphemes that may follow a number
    (scales, counters, units, "以上"), ``trailing`` those that may also follow a counter
    ("人以上", "名左右"), ``numerals`` the characters of numbers written in words ("两名"),
    cut out of a run only where a glued morpheme follows them, and ``run_words`` vague
    amounts ("数千", "上千") cut out of a run wherever they stand."""

    glued: tuple[str, ...]
    trailing: tuple[str, ...] = ()
    numerals: str = ""
    run_words: tuple[str, ...] = ()
    #: shares cut out of a run as one token wherever they stand: words ("一半", "半数") and
    #: fractions written in numerals around an infix ("三分之一", "三分の一")
    shares: tuple[str, ...] = ()
    fraction_infixes: tuple[str, ...] = ()
    _cut: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)
    _whole: frozenset[str] = field(init=False, repr=False, compare=False, default=frozenset())
    _fraction: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        longest = sorted(self.glued, key=len, reverse=True)
        object.__setattr__(self, "glued", tuple(longest))
        object.__setattr__(self, "trailing", tuple(sorted(self.trailing, key=len, reverse=True)))
        object.__setattr__(self, "_whole", frozenset(self.run_words) | frozenset(self.shares))
        words = sorted({*self.run_words, *self.shares}, key=len, reverse=True)
        parts = [re.escape(w) for w in words]
        if self.numerals and self.fraction_infixes:
            numerals = "[" + re.escape(self.numerals) + "]+"
            infix = "|".join(map(re.escape, sorted(self.fraction_infixes, key=len, reverse=True)))
            fraction = f"{numerals}(?:{infix}){numerals}"
            object.__setattr__(self, "_fraction", re.compile(fraction))
            parts.insert(0, fraction)
        if self.numerals and longest:
            numerals = "[" + re.escape(self.numerals) + "]+"
            parts.append(numerals + "(?=" + "|".join(map(re.escape, longest)) + ")")
        object.__setattr__(self, "_cut", re.compile("|".join(parts)) if parts else None)

    def tokens(self, text: str) -> list[Tok]:
        """Tokens with offsets into ``text``; full-width digits and signs read as ASCII."""
        out: list[Tok] = []
        for m in _TOKEN_UNSPACED.finditer(text):
            start, word = m.start(), m.group()
            if not word[0].isalpha():
                out.append(Tok(word.translate(_FULL_WIDTH), start, m.end()))
                continue
            self._cut_run(word.translate(_FULL_WIDTH), start, out)
        return out

    def _cut_run(self, word: str, start: int, out: list[Tok]) -> None:
        """Cut one run of letters: vague amounts and numerals out of it, then what is glued
        after a number off the pieces that follow one."""
        at = 0
        for m in self._cut.finditer(word) if self._cut is not None else ():
            self._peel(word[at : m.start()], start + at, out)
            if m.group() in self._whole or self.is_fraction(m.group()):
                out.append(Tok(m.group(), start + m.start(), start + m.end()))
            else:  # "两", "三千": one token a character, as number words are read
                out.extend(
                    Tok(c, start + k, start + k + 1) for k, c in enumerate(m.group(), m.start())
                )
            at = m.end()
        self._peel(word[at:], start + at, out)

    def _peel(self, word: str, start: int, out: list[Tok]) -> None:
        """``word`` as tokens: the morphemes glued after a number peeled off its start while
        the token before it ends a number (or is a bound or scale peeled before)."""
        while word:
            prev = out[-1] if out and out[-1].end == start else None
            if prev is None:
                break
            if self._number_like(prev):
                head = next((g for g in self.glued if word.startswith(g)), None)
            elif prev.text in self.glued:  # after a counter only a bound: "人以上"
                head = next((g for g in self.trailing if word.startswith(g)), None)
            else:
                head = None
            if head is None:
                break
            out.append(Tok(head, start, start + len(head)))
            word, start = word[len(head) :], start + len(head)
        if word:
            out.append(Tok(word, start, start + len(word)))

    def _number_like(self, t: Tok) -> bool:
        """A token a glued morpheme may follow: digits, a numeral, a vague amount, a bound
        ("余名") or a scale ("万人")."""
        return (
            t.is_digit
            or (len(t.text) == 1 and t.text in self.numerals)
            or t.text in self._whole
            or t.text in self.trailing
            or self.is_fraction(t.text)
        )

    def is_fraction(self, word: str) -> bool:
        """Whether ``word`` is a fraction in numerals around an infix ("三分之一")."""
        return self._fraction is not None and self._fraction.fullmatch(word) is not None
