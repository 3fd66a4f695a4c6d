"""Numbers that are not claims: dates, years, times, ordinals, designations, calibres,
sizes, durations, ages, counters and denominators.

Each rule is a small named function registered in order (``TRAP_RULES``, as spaCy
registers its components): the first rule that gives a reason leaves the number out, a
rule may also settle that a number is a claim (``KEEP``), and a number no rule catches may
be one. Each rule looks only at the figure's neighbouring tokens, so the check is cheap
and runs before the parser; the rule's name and reason are kept so a user can see why a
number was left out, and ``bench/trap_rules.py`` counts how often each fires.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Final, Literal

from babel import UnknownLocaleError
from babel.units import get_unit_name

from claimtrack.clean.dates import writes_day_first
from claimtrack.extract.corrections import CorrectionNote
from claimtrack.extract.figures import Figure
from claimtrack.extract.lexicon import (
    LEFT_REACH,
    NUMBER_SIGNS,
    EndPhrases,
    Lexicon,
    any_word,
    left_of,
)
from claimtrack.extract.tokens import UNSPACED_LETTER, Tok, after_elision, glued

_SCORE_SEPARATORS = {"/", ":"}
#: "+380 44 555-12-34", "8 800 100-20-30", "03371 608-1000" (a five-digit area code)
_PHONE = re.compile(
    # a country code, then groups of any length: "+43 1 532 40 18"
    r"(?<![\w,.])(?:\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?){3,}"
    # an area code led by a zero, a slash, then the line: "02341 / 86-2200"
    r"|0\d{2,5}[ \t]*/[ \t]*\d{2,4}(?:[ -]\d{2,4})*"
    r"|\+?\(?\d{1,5}\)?(?:[ .-]\(?\d{2,4}\)?){2,}"
    # an area code led by a zero, then the line's seven or eight digits: "0350-6128900"
    r"|0\d{2,3}-\d{7,8})(?!\w|[,.]\d)"
)


def _is_year(value: float | None) -> bool:
    return value is not None and value == int(value) and 1800 <= value <= 2100


def hyphenated(toks: list[Tok], j: int) -> bool:
    """ "a 40-foot container": the unit is glued to the number by a hyphen."""
    return j + 1 < len(toks) and toks[j].text in ("-", "‐") and glued(toks[j - 1], toks[j])


def _next_alpha(toks: list[Tok], j: int) -> Tok | None:
    return toks[j] if j < len(toks) and toks[j].is_alpha else None


#: Why a number is not a claim.
TrapReason = Literal[
    "other", "paywall", "price", "time", "date", "designation", "duration", "calibre"
]


class _Keep:
    """A rule's verdict that the number may be a claim: no later rule is asked."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()
Verdict = TrapReason | _Keep | None


@dataclass
class TrapContext:
    """A figure with the tokens around it, as every rule reads it."""

    filter: TrapFilter
    fig: Figure
    toks: list[Tok]
    sentence: str
    title_case: bool

    def __post_init__(self) -> None:
        self.lex = self.filter.lex
        self.i, self.j = self.fig.tok_start, self.fig.tok_end
        toks, i, j = self.toks, self.i, self.j
        self.first = toks[i]
        self.prev = toks[i - 1] if i > 0 else None
        self.prev2 = toks[i - 2] if i > 1 else None
        self.nxt = toks[j] if j < len(toks) else None
        self.core_end = toks[j - 1]
        self.is_money = self.fig.currency is not None

    def tok(self, k: int) -> Tok | None:
        return self.toks[k] if 0 <= k < len(self.toks) else None

    @cached_property
    def unit_after(self) -> tuple[str | None, str | None]:
        return self.filter._unit_after(self.toks, self.j)

    @property
    def plain_count(self) -> bool:
        """Neither money nor a percentage: designations and codes apply."""
        return not self.is_money and not self.fig.percent

    @property
    def glued_letters_after(self) -> bool:
        n = self.nxt
        return n is not None and glued(self.core_end, n) and n.is_alpha

    @property
    def glued_code_after(self) -> Tok | None:
        """The token after "-", "/" or ":" glued to the figure and to it: "737-800"."""
        n, after = self.nxt, self.tok(self.j + 1)
        ok = n is not None and n.text in ("-", "/", ":") and glued(self.core_end, n)
        return after if ok and after is not None and n is not None and glued(n, after) else None

    @property
    def glued_mark_before(self) -> bool:
        """ "-", "/" or "#" glued between the figure and a token glued before it."""
        p, p2 = self.prev, self.prev2
        return (
            p is not None
            and glued(p, self.first)
            and p.text in ("-", "‐", "/", "#")
            and p2 is not None
            and glued(p2, p)
        )

    @property
    def reference_position(self) -> bool:
        """A bare count after a word: where "Article 5" or "Kursk 2" name things. A tab
        between them ends a table's cell ("Old Town\t135"): the word names no number."""
        f, p = self.fig, self.prev
        return (
            p is not None
            and "\t" not in self.sentence[p.end : self.first.start]
            and not f.grouped
            and not self.is_money
            and not f.percent
            and not f.words_only
        )


TrapRule = Callable[[TrapContext], Verdict]


@dataclass(frozen=True)
class NamedTrapRule:
    name: str
    reason: str  # why the rule holds, for a reader
    rule: TrapRule


#: The rules, in the order they are asked.
TRAP_RULES: list[NamedTrapRule] = []


def trap_rule(name: str, reason: str) -> Callable[[TrapRule], TrapRule]:
    """Register a rule at the end of ``TRAP_RULES`` under ``name``."""

    def register(fn: TrapRule) -> TrapRule:
        if any(r.name == name for r in TRAP_RULES):
            raise ValueError(f"trap rule {name!r} is registered twice")
        TRAP_RULES.append(NamedTrapRule(name, reason, fn))
        return fn

    return register


def _word_around(c: TrapContext) -> str:
    s = c.sentence
    span_l = s.rfind(" ", 0, c.first.start) + 1
    span_r = s.find(" ", c.core_end.end)
    return s[span_l : span_r if span_r >= 0 else len(s)]


@trap_rule("web_address", "a number inside a URL, e-mail address or file name")
def web_address(c: TrapContext) -> Verdict:
    word = _word_around(c)
    return "other" if "://" in word or "@" in word or "www." in word else None


@trap_rule("phone_number", "seven or more digits in groups make a phone number")
def phone_number(c: TrapContext) -> Verdict:
    phones = c.filter._phones(c.sentence)
    # a number grouped in thousands never opens with a zero group: "0 800 503 111" dials
    zero = c.first.text.startswith("0") and not c.first.text.startswith(("0,", "0."))
    span = next(((a, b) for a, b in phones if a <= c.first.start < b), None)
    if span is None:
        return None
    said = c.sentence[span[0] : span[1]]
    if not c.fig.grouped or zero or said.startswith(("+", "(+")):
        return "other"  # "+380 44 390 17 52": a country code dials, whatever the groups
    # "numero verde 800.112.233,": grouped like an amount where dots group thousands,
    # but nine digits or more with no word after them count nothing: a number to dial
    # (an amount so long ends in round groups: "120.000.000," is no phone number)
    digits = sum(ch.isdigit() for ch in said)
    n = c.nxt
    if (
        digits >= 9
        and c.plain_count
        and not said.endswith("000")
        and (n is None or not n.is_alpha)
        and span[1] <= c.fig.end
    ):
        return "other"
    return None


@trap_rule("service_number", "'llamadas al 112', 'call 911': a number to dial, not a count")
def service_number(c: TrapContext) -> Verdict:
    """A short number a service answers on is dialled, not counted: one of the folder's
    ``service_numbers`` with one of its ``service_words`` among the words just before it
    ("llamadas al 112", "il numero unico 112", "Notruf 110"); "112 muertos" stays a count."""
    if not c.plain_count or c.first.text not in c.lex.phrase_set("service_numbers"):
        return None
    words = c.lex.phrase_set("service_words")
    before = c.toks[max(0, c.i - _SERVICE_WORDS_BEFORE) : c.i]
    if any(t.lower in words for t in before):
        return "other"
    if c.lex.unspaced is None:
        return None
    # unspaced ("可拨打12315热线", "12345政务服务便民热线"): the word ends the run before, or
    # stands in the few characters after that name the line
    prev, nxt = c.tok(c.i - 1), c.nxt
    if prev is not None and any(prev.lower.endswith(w) for w in words):
        return "other"
    after = nxt.lower[:_SERVICE_NAME_CHARS] if nxt is not None else ""
    return "other" if any(w in after for w in words) else None


#: How many tokens before a service number may hold the word that names the service.
_SERVICE_WORDS_BEFORE = 3
#: Unspaced, how many characters after the number may hold it ("政务服务便民热线").
_SERVICE_NAME_CHARS = 10


@trap_rule("leading_zero", "'007', '0800': digits led by a zero are a code, not an amount")
def leading_zero(c: TrapContext) -> Verdict:
    """An amount is never written with a zero before its first digit ("007", "0112"); a
    decimal ("0,5", "0.5") or a clock ("09:30", read by the clock rules) is no code."""
    t = c.first.text
    if not (c.plain_count and c.j - c.i == 1 and len(t) >= 2 and t[0] == "0" and t.isdigit()):
        return None
    n = c.nxt
    if n is not None and n.text in (":", ".", ",", "h") and glued(c.first, n):
        return None
    return "designation"


@trap_rule("paywall_share", "'80% of this article' is the share of a page behind a paywall")
def paywall_share(c: TrapContext) -> Verdict:
    after = c.sentence[c.fig.end : c.fig.end + LEFT_REACH]
    return "paywall" if c.fig.percent and c.filter.paywall_after.search(after) else None


@trap_rule("page_price", "'from $5 a month' in a page offering subscriptions is a price")
def page_price(c: TrapContext) -> Verdict:
    """A sum with its period ("$5 a month", "199 рублей в месяц", "5 دولارات شهرياً",
    "月額980円") where an offer word stands before it ("from", "от") or the sentence speaks of
    subscriptions; the words are the language folder's (price_offers, price_per,
    price_periods, price_context), so a price is a trap in every language."""
    if not c.is_money:
        return None
    offer = c.filter.price_offers.search(left_of(c.sentence, c.fig.start)[1])
    if not (offer or c.filter._price_context(c.sentence)):
        return None
    periods = c.lex.set_of["price_periods"]
    n = c.nxt
    if n is not None:
        k = c.j + 1 if n.lower in c.lex.phrase_set("price_per") else c.j
        period = c.tok(k)
        if period is not None and period.lower in periods:
            return "price"
    before = c.prev  # "月額980円": the period first; in a run without spaces, its end
    if before is None:
        return None
    if before.lower in periods or (
        UNSPACED_LETTER.match(before.text[-1])
        and any(before.lower.endswith(p) for p in periods if UNSPACED_LETTER.match(p))
    ):
        return "price"
    return None


@trap_rule("price_label", "'Ціна 420 грн', 'الثمن: ٣٠٠ ريال': a sum right after a price's label")
def price_label(c: TrapContext) -> Verdict:
    return "price" if c.is_money and _labelled(c, c.filter.price_labels) else None


def _labelled(c: TrapContext, labels: EndPhrases) -> bool:
    """Whether one of ``labels`` stands right before the figure, a colon after it or not."""
    return bool(labels.search(left_of(c.sentence, c.fig.start)[1].rstrip(" :：")))


@trap_rule(
    "retracted_in_correction",
    "'Correction: an earlier version said 7,500': the figure a page's correction note retracts",
)
def retracted_in_correction(c: TrapContext) -> Verdict:
    """A correction note says what the page said wrongly before it says what is right
    ("Corrección: una versión anterior decía 3.2 millones", "更正：…误写为“2.3万个”"). A
    figure in a sentence that opens with the folder's ``correction_labels`` or names an
    earlier version of the page (``earlier_version_cues``) before it is retracted, unless
    one of the ``correction_turns`` ("the correct figure", "正しくは", "والصحيح") stands
    between: the right figure after a turn, and the sentences after the note, are read as
    any other."""
    note = c.filter.correction
    return "other" if note is not None and note.retracts(c.sentence, c.first.start) else None


#: How many words may stand between a set-aside figure and the word turning to the right
#: one: its noun and a comma ("не 14 тысяч, а 11").
_TURN_REACH = 3


@trap_rule(
    "set_aside_for_another",
    "'nicht 14, sondern elf', 'не 14, а 11–12 тисяч': a figure negated for the right one",
)
def set_aside_for_another(c: TrapContext) -> Verdict:
    """ "Not X but Y" names X only to set it aside: a negation right before the figure
    (the folder's ``rejecting_negations``) and the turn to another (``rejecting_turns``)
    within a few words after it. "Not only X but" has its "only" between, so it stays."""
    if c.prev is None or c.prev.lower not in c.lex.phrase_set("rejecting_negations"):
        return None
    turns = c.lex.phrase_set("rejecting_turns")
    for k in range(c.j, min(len(c.toks), c.j + _TURN_REACH + 1)):
        t = c.toks[k]
        if t.lower in turns:
            return "other"
        if not (t.is_alpha or t.text == ","):
            return None
    return None


@trap_rule("clock_minutes", "'16:40', '3.15': the minutes of a time of day")
def clock_minutes(c: TrapContext) -> Verdict:
    p, p2 = c.prev, c.prev2
    if (
        p is not None
        and p.text in (":", ".")
        and glued(p, c.first)
        and p2 is not None
        and p2.is_digit
        and glued(p2, p)
    ):
        return "time"
    return None


@trap_rule("clock_am_pm", "'3 p.m.': a time of day")
def clock_am_pm(c: TrapContext) -> Verdict:
    n, dot = c.nxt, c.tok(c.j + 1)
    if n is not None and n.lower in ("a", "p") and dot is not None and dot.text == ".":
        return "time" if glued(n, dot) else None
    return None


@trap_rule("ordinal", "'28th', '75th': an ordinal names a place in order, not an amount")
def ordinal(c: TrapContext) -> Verdict:
    n = c.nxt
    # a letter ("28th", "3a") or an ordinal mark ("38° posto", "1º de enero") glued after
    if n is not None and glued(c.core_end, n) and (n.is_alpha or not n.text.isalnum()):
        return "date" if n.lower in c.lex.set_of["ordinal_suffixes"] else None
    return None


@trap_rule("ordinal_prefix", "'第三个年头', '第10波': a prefix makes the number an ordinal")
def ordinal_prefix(c: TrapContext) -> Verdict:
    prefixes = c.filter.ordinal_prefixes
    if not prefixes or c.prev is None or not glued(c.prev, c.first):
        return None
    return "other" if c.prev.text.endswith(prefixes) else None


@trap_rule("decade", "'the 1990s': a decade")
def decade(c: TrapContext) -> Verdict:
    v = c.fig.value
    if c.glued_letters_after and c.nxt is not None and c.nxt.lower == "s":
        return "date" if v is not None and v % 10 == 0 else None
    return None


@trap_rule("letters_glued_before", "'KN23', 'G7': letters glued before make a designation")
def letters_glued_before(c: TrapContext) -> Verdict:
    p = c.prev
    ok = c.plain_count and p is not None and glued(p, c.first) and p.is_alpha
    if ok and p is not None and UNSPACED_LETTER.match(p.text[-1]):
        return None  # "派遣了1万": a script without spaces glues every number to its text
    if ok and p is not None and p.lower in c.lex.phrase_set("proclitics"):
        return None  # Arabic "و800", "بـ500": "and", "with" glued to a number
    return "designation" if ok else None


_TIME_PREFIXES = ("mid", "early", "late")


@trap_rule("code_hyphen_before", "'Su-35', 'T-90': letters and a hyphen before make a model")
def code_hyphen_before(c: TrapContext) -> Verdict:
    p2 = c.prev2
    if not (c.plain_count and c.glued_mark_before) or p2 is None:
        return None
    return "designation" if p2.is_alpha and p2.lower not in _TIME_PREFIXES else None


@trap_rule("chainage", "'K17+300', '12+450': a distance along a road or line, after a plus")
def chainage(c: TrapContext) -> Verdict:
    """A road's or a railway's kilometre post is written kilometre, plus, metres, all
    glued ("县道X213线K17+300处", "km 12+450"): the metres after the plus are a place."""
    p, p2 = c.prev, c.prev2
    if p is None or p2 is None or p.text != "+" or c.is_money or c.fig.percent:
        return None
    glued_on = glued(p, c.first) and glued(p2, p) and p2.text[-1:].isdigit()
    return "designation" if glued_on else None


@trap_rule("slash_date_before", "'12/2024': digits and a slash before make a date")
def slash_date_before(c: TrapContext) -> Verdict:
    p, p2 = c.prev, c.prev2
    if not (c.plain_count and c.glued_mark_before) or p2 is None or p is None:
        return None
    return "date" if p2.is_digit and p.text == "/" else None


@trap_rule("mid_year", "'mid-2023', 'late-2024': a time")
def mid_year(c: TrapContext) -> Verdict:
    p2 = c.prev2
    if not (c.plain_count and c.glued_mark_before) or p2 is None:
        return None
    return "date" if p2.lower in _TIME_PREFIXES else None


@trap_rule("digit_hyphen_before", "'2S-19', '9K-720': digits and a hyphen before make a model")
def digit_hyphen_before(c: TrapContext) -> Verdict:
    p2 = c.prev2
    if not (c.plain_count and c.glued_mark_before) or p2 is None:
        return None
    return "designation" if p2.is_digit else None


@trap_rule("hash_number", "'#3': a number sign makes a label")
def hash_number(c: TrapContext) -> Verdict:
    p = c.prev
    ok = c.plain_count and p is not None and glued(p, c.first) and p.text == "#"
    return "designation" if ok else None


@trap_rule("age_decade", "'20대 초반', '60대 이상 고령자': people in their twenties, sixties")
def age_decade(c: TrapContext) -> Verdict:
    counters = tuple(c.lex.words("age_decade_counters"))  # languages/<xx>/extract.yaml
    value = c.fig.figure or 0
    if not counters or not (10 <= value < 100 and value % 10 == 0):
        return None
    counter = c.tok(c.i + 1)  # glued to the digits, inside the figure or after it
    if counter is None or not glued(c.first, counter) or not counter.lower.startswith(counters):
        return None
    after = c.toks[c.i + 2 : c.i + 4]
    followers = tuple(c.lex.words("age_decade_words"))
    return "duration" if any(t.lower.startswith(followers) for t in after) else None


@trap_rule("weekday_numeral", "'上周五发布', '星期三': a day of the week, its numeral after 周")
def weekday_numeral(c: TrapContext) -> Verdict:
    """A numeral right after the folder's ``weekday_prefixes`` names a weekday ("周五" is
    Friday), even where a counter seems to follow it ("五发布": "发" opens "发布")."""
    prefixes = tuple(c.lex.words("weekday_prefixes"))
    if not prefixes or c.fig.percent:
        return None
    day = c.lex.number_words.get(c.sentence[c.fig.start : c.fig.start + 1])
    if day is None or not 1 <= day <= _WEEKDAYS_NUMBERED:
        return None
    return "date" if c.sentence[: c.fig.start].endswith(prefixes) else None


#: Weekdays written with a numeral after 周/星期: Monday (1) to Saturday (6); Sunday is 日/天
_WEEKDAYS_NUMBERED = 6


@trap_rule("rate_base_after", "'1校あたり', '1人当たり': a rate's base, its suffix after")
def rate_base_after(c: TrapContext) -> Verdict:
    """Where the counter glued to the figure is followed by a rate's suffix (the folder's
    ``denominator_suffixes``), the figure is the rate's base, no claim (ja "1人当たり3万円")."""
    suffixes = tuple(c.lex.words("denominator_suffixes"))
    if not suffixes or c.fig.percent:
        return None
    rest = c.sentence[c.fig.end : c.fig.end + _RATE_REACH]
    if rest.startswith(suffixes):
        return "other"  # the counter inside the figure: "1校" + "あたり"
    counter = next((k for k in c.lex.words("counters") if rest.startswith(k)), "")
    if not counter and rest[:1].isalpha():
        counter = rest[:1]  # a counter the folder does not list: "校" in "1校あたり"
    return "other" if counter and rest[len(counter) :].startswith(suffixes) else None


#: Characters after a figure that may hold its counter and a rate's suffix ("校あたり")
_RATE_REACH = 8


@trap_rule("glued_counter", "'3000명' is a count, '2024년' a time: a counter glued after")
def glued_counter(c: TrapContext) -> Verdict:
    counters = c.lex.phrase_set("counters")
    if not (c.plain_count and c.glued_letters_after and counters) or c.nxt is None:
        return None
    if c.core_end is not c.first and c.core_end.lower in counters:
        return KEEP  # "2000人が", "2万8000個分の": the text goes on after the counter
    w = c.nxt.lower
    after = c.tok(c.j + 1)
    glued_on = after.lower if after is not None and glued(c.nxt, after) else ""
    if (w + glued_on).startswith(tuple(c.lex.words("worth_units"))):
        return KEEP  # "2.5か月分": so many months' worth (of pay), an amount
    if any(w.startswith(u) for u in c.lex.set_of["time_units"]):
        return "duration"
    if any(w.startswith(k) for k in counters | set(c.lex.scales)):
        return KEEP
    return None


@trap_rule("letters_glued_after", "'11A', '2S19', '5G': letters glued after, not a unit")
def letters_glued_after(c: TrapContext) -> Verdict:
    if not (c.plain_count and c.glued_letters_after) or c.nxt is None:
        return None
    if UNSPACED_LETTER.match(c.nxt.text):
        return None  # "100万桶石油": the text goes on after the number, without a space
    unit, _ = c.unit_after
    sets = c.lex.set_of
    not_unit = unit is None or (
        unit not in sets["calibre_units"]
        and unit not in sets["length_units"]
        and unit not in sets["time_units"]
    )
    return "designation" if c.nxt.text != "s" and not_unit else None


@trap_rule("score_after", "'3/4', '10:30': a score, ratio or time")
def score_after(c: TrapContext) -> Verdict:
    after = c.glued_code_after
    if not c.plain_count or after is None or c.nxt is None:
        return None
    if c.nxt.text in _SCORE_SEPARATORS and after.is_digit:
        return "date" if c.nxt.text == "/" else "time"
    return None


@trap_rule("digits_code_after", "'737-800' names a model; '2024-25' is a time")
def digits_code_after(c: TrapContext) -> Verdict:
    after = c.glued_code_after
    if not c.plain_count or after is None or not after.is_digit:
        return None
    return "date" if _is_year(c.fig.figure) else "designation"


@trap_rule("title_code_after", "'2S7-Pion': a capitalised word glued after names a model")
def title_code_after(c: TrapContext) -> Verdict:
    after = c.glued_code_after
    if not c.plain_count or after is None:
        return None
    ok = after.is_alpha and after.is_title and after.lower not in c.lex.set_of["time_units"]
    return "designation" if ok else None


@trap_rule("hyphen_word_after", "'3-year', 'F-16-type': a hyphenated word after that is no count")
def hyphen_word_after(c: TrapContext) -> Verdict:
    after = c.glued_code_after
    if not c.plain_count or after is None or c.nxt is None or c.nxt.text != "-":
        return None
    if (
        after.is_alpha
        and after.lower not in c.lex.set_of["counting_compounds"]
        and c.unit_after[1] is None
    ):
        return "other"
    return None


@trap_rule("inch_mark", "'6\" gun': an inch mark (a quote closing '\"about 5,000\"' is none)")
def inch_mark(c: TrapContext) -> Verdict:
    n = c.nxt
    if (
        n is not None
        and n.text == '"'
        and glued(c.core_end, n)
        and c.sentence[: c.first.start].count('"') % 2 == 0
    ):
        return "calibre"
    return None


@trap_rule("one_of_a_pair", "'أحد الأسيرين': one of the two, a noun in the dual after 'one of'")
def one_of_a_pair(c: TrapContext) -> Verdict:
    """A noun in the dual counts two ("جنديين"), but after "one of" ("أحد", "إحدى", the
    folder's weak number words) it names one of a pair already counted: no claim."""
    f = c.fig
    if f.value != 2 or not f.words_only or c.j - c.i != 1 or c.prev is None:
        return None
    if c.prev.lower not in c.lex.set_of["weak_number_words"]:
        return None
    return None if c.first.lower in c.lex.number_words else "other"


@trap_rule("measuring_unit", "a calibre, length, speed or duration unit after the number")
def measuring_unit(c: TrapContext) -> Verdict:
    unit_word, reason = c.unit_after
    if reason == "calibre" and unit_word in ("m", "b") and c.is_money:
        return None  # "$3m": millions
    if reason == "duration" and c.is_money:
        return None  # "2억 원이 시 본예산에서": a sum lasts no hours; "시" is the city's
    return reason  # type: ignore[return-value]


@trap_rule(
    "time_after_adjective",
    "'чотири святкові дні', 'три долгих года': a time unit past an adjective",
)
def time_after_adjective(c: TrapContext) -> Verdict:
    n, after = c.nxt, c.tok(c.j + 1)
    if n is None or after is None or not n.is_alpha or not after.is_alpha or c.is_money:
        return None
    endings = tuple(c.lex.words("adjective_endings"))
    if not endings or not n.lower.endswith(endings) or len(n.lower) < 5:
        return None
    return "duration" if after.lower in c.lex.set_of["time_units"] else None


@trap_rule("paired_calibre", "'122 and 152 mm', '122 і 152 мм': a pair shares the calibre after it")
def paired_calibre(c: TrapContext) -> Verdict:
    n, second, at = c.nxt, c.tok(c.j + 1), c.j + 2
    if (
        second is not None
        and c.prev is not None
        and second.is_alpha
        and second.lower == c.prev.lower
        and (repeated := c.tok(c.j + 2)) is not None
    ):
        second, at = repeated, c.j + 3  # "da 152 e da 122 mm": the preposition said again
    if n is None or second is None or not second.is_digit or not c.plain_count:
        return None
    joiners = {*c.lex.words("ranges", "joiners"), *c.lex.words("ranges", "paired_joiners")}
    if n.lower not in joiners:
        return None
    reason = c.filter._unit_after(c.toks, at)[1]
    if reason == "duration":
        return "duration"  # "de 20 y 26 años": ages
    return "calibre" if reason == "calibre" else None


_DATA_SIZES: Final = tuple(f"digital-{p}byte" for p in ("kilo", "mega", "giga", "tera"))


#: A radio frequency's units (CLDR); the bands a station names beside its frequency are
#: each folder's (``frequency_bands``).
_FREQUENCIES: Final = tuple(f"frequency-{p}hertz" for p in ("kilo", "mega", "giga"))


@cache
def data_size_units(language: str) -> frozenset[str]:
    """The names of file sizes in ``language`` and English, from CLDR through Babel ("MB",
    "МБ", "Mo", "メガバイト", "ميغابايت"), lower-cased: a download's size is page furniture."""
    return _unit_names(language, _DATA_SIZES)


@cache
def frequency_units(language: str) -> frozenset[str]:
    """The names of frequencies in ``language`` and English, from CLDR ("MHz", "МГц",
    "кГц"), lower-cased: a station's frequency is page furniture."""
    return _unit_names(language, _FREQUENCIES)


def _unit_names(language: str, units: tuple[str, ...]) -> frozenset[str]:
    names: set[str] = set()
    for locale in dict.fromkeys((language, "en")):
        for unit in units:
            for length in ("short", "narrow", "long"):
                try:
                    name = get_unit_name(unit, length=length, locale=locale)  # type: ignore[arg-type]
                except (UnknownLocaleError, ValueError):
                    continue
                if name:
                    names.add(name.lower())
    return frozenset(names)


@trap_rule("file_size", "'PDF, 1,2 МБ', '(412 KB)': a download's size (CLDR's data units)")
def file_size(c: TrapContext) -> Verdict:
    """The size closes its phrase ("(3.4 MB)", "PDF, 1,2 МБ."): a word after the unit makes
    it a noun's modifier or another word that happens to share the spelling ("1,200 TB
    cases": tuberculosis, "12 GB of data"), which is no download's label."""
    unit_word = c.unit_after[0]
    if not (unit_word and c.plain_count and unit_word in data_size_units(c.lex.language)):
        return None
    hyphen = c.nxt is not None and c.nxt.text in ("-", "‐")
    after = c.tok(c.j + 2 if hyphen else c.j + 1)
    return None if after is not None and after.is_alpha else "other"


@trap_rule("radio_frequency", "'97.4 FM', '101,4 FM', '1170 AM', '98,7 MHz': a station's frequency")
def radio_frequency(c: TrapContext) -> Verdict:
    n = c.nxt
    if n is None or c.is_money:
        return None
    if n.text in c.filter.frequency_bands or n.lower in frequency_units(c.lex.language):
        return "designation"
    return None


@trap_rule("page_furniture", "'12 comments', '3 photos': the page's own furniture")
def page_furniture(c: TrapContext) -> Verdict:
    unit_word = c.unit_after[0]
    if unit_word in c.lex.set_of["furniture_units"] and c.plain_count:
        return "other"
    return None


@trap_rule(
    "furniture_label", "'粉丝 486万', '赞 3,207', '구독자 1.2만': a page counter after its label"
)
def furniture_label(c: TrapContext) -> Verdict:
    return "other" if c.plain_count and _labelled(c, c.filter.furniture_labels) else None


def _age_words(c: TrapContext) -> frozenset[str]:
    return c.lex.phrase_set("age_words") or frozenset({"aged", "age", "ages"})


@trap_rule("aged", "'aged 24', 'âgés de 20': an age")
def aged(c: TrapContext) -> Verdict:
    p, p2, words = c.prev, c.prev2, _age_words(c)
    if p is not None and (
        p.lower in words or (p.lower in c.lex.of_words and p2 is not None and p2.lower in words)
    ):
        return "duration"
    return None


@trap_rule("clock_word", "'7 pm', '10 GMT', '9 a.m.', 'GMT+9': a time of day or its zone")
def clock_word(c: TrapContext) -> Verdict:
    n, nxt2 = c.nxt, c.tok(c.j + 1)
    if n is not None and (
        n.lower in c.lex.set_of["clock_words"]
        or (n.text == "." and nxt2 is not None and nxt2.lower in ("m", "am", "pm"))
    ):
        return "time"
    # a zone's offset glued after its name ("GMT+9", "UTC-5")
    sign, zone = c.prev, c.prev2
    if (
        sign is not None
        and zone is not None
        and sign.text in ("+", "-", "−")
        and glued(zone, sign)
        and glued(sign, c.first)
        and zone.lower in c.lex.set_of["clock_words"]
    ):
        return "time"
    return None


#: An hour and its minutes after a full stop ("19.40"), as a time after an hour word is written.
_DOTTED_TIME = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")


@trap_rule("clock_preposition", "'dalle 8 alle 18', 'a las 15', 'godz. 19.40': the hours of a day")
def clock_preposition(c: TrapContext) -> Verdict:
    """A whole number up to 24 after a preposition that stands for unnamed hours (the
    folder's ``clock_prepositions``: Italian "alle", "dalle", Spanish "a las") with no
    word after it, or only a joining or "of" word ("alle 15 di martedì"), is a time."""
    words = c.lex.phrase_set("clock_prepositions")
    if not words or not c.plain_count or c.fig.grouped:
        return None
    if c.fig.words_only and (c.nxt is None or c.nxt.lower not in c.lex.of_words):
        return None  # "fino alle dieci di sera" is a time; "alle dieci famiglie" counts
    v = c.fig.figure
    # "godz. 19.40": the hour and its minutes after a full stop, as Polish writes a time
    dotted = _DOTTED_TIME.fullmatch(c.sentence[c.fig.num_start : c.fig.num_end]) is not None
    if v is None or (v != int(v) and not dotted) or not 0 <= v <= 24:
        return None
    left = " ".join(left_of(c.sentence, c.fig.num_start)[1].lower().split()[-2:])
    if not any(left == w or left.endswith(" " + w) for w in words):
        return None
    if dotted:
        return "time"  # "ok. godz. 19.40 w bloku": its form tells, whatever follows
    n = c.nxt
    joins = c.lex.of_words | words | set(c.lex.words("ranges", "joiners"))
    if n is None or not n.is_alpha or n.lower in joins or n.lower in c.lex.set_of["weekdays"]:
        return "time"
    return None


@trap_rule("clock_colon", "'10:45': the hour of a time of day")
def clock_colon(c: TrapContext) -> Verdict:
    n, nxt2 = c.nxt, c.tok(c.j + 1)
    if n is not None and n.text == ":" and glued(c.core_end, n) and nxt2 is not None:
        return "time" if nxt2.is_digit else None
    return None


def _day_shaped(c: TrapContext) -> bool:
    """Whether the figure may be a day of a month: a whole number from 1 to 31, neither a
    share nor a sum ("bis Ende Oktober 7,5 Prozent weniger" holds no date)."""
    f = c.fig
    v = f.figure
    return (
        c.plain_count
        and not f.decimal
        and not f.grouped
        and v is not None
        and v == int(v)
        and 1 <= v <= 31
    )


@trap_rule("month_before", "'March 14': a day of a month")
def month_before(c: TrapContext) -> Verdict:
    """Only in digits ("bis Ende Juli drei neue Kitas" counts Kitas), and only where the
    language writes the day after the month: German and French write "3. Juli", "3
    juillet", so "im Juli 3 neue Kitas" counts too."""
    p, f = c.prev, c.filter
    ok = _day_shaped(c) and p is not None and f._month_case(p) and p.lower.rstrip(".") in f.months
    return "date" if ok and f.month_first and not c.fig.words_only else None


@trap_rule("month_abbreviation_before", "'Sept. 14': a day of an abbreviated month")
def month_abbreviation_before(c: TrapContext) -> Verdict:
    p, p2 = c.prev, c.prev2
    ok = p is not None and p.text == "." and p2 is not None and c.filter._month_abbreviation(p2, p)
    return "date" if ok and _day_shaped(c) else None


@trap_rule("month_after", "'14 March', '30 ноя.': a day of a month, its name in full or cut")
def month_after(c: TrapContext) -> Verdict:
    n, f = c.nxt, c.filter
    ok = n is not None and f._month_case(n) and n.lower.rstrip(".") in f.months
    dot = c.tok(c.j + 1)
    # a month named in two words ("29 تشرين الثاني", the Levant's November)
    ok = ok or (n is not None and dot is not None and f"{n.lower} {dot.lower}" in f.months)
    cut = n is not None and dot is not None and dot.text == "." and f._month_abbreviation(n, dot)
    return "date" if (ok or cut) and _day_shaped(c) else None


@trap_rule("of_month_after", "'28 of April', '28 de febrero': a day of a month")
def of_month_after(c: TrapContext) -> Verdict:
    n, m = c.nxt, c.tok(c.j + 1)
    if (
        n is not None
        and n.lower in c.lex.of_words
        and m is not None
        and c.filter._month_case(m)
        and m.lower in c.filter.months
    ):
        return "date"
    return None


@trap_rule("dotted_day", "'28. April': a day of a month, as German writes it")
def dotted_day(c: TrapContext) -> Verdict:
    n, m = c.nxt, c.tok(c.j + 1)
    if n is not None and n.text == "." and glued(c.core_end, n) and m is not None:
        return "date" if m.lower.rstrip(".") in c.filter.months else None
    return None


@trap_rule(
    "ordinal_dot",
    "'po 65. roku życia', 'nach dem 65. Lebensjahr': a dot glued to a bare number with a word"
    " after it writes an ordinal (a lower-case word, or any word where the folder says ordinals"
    " take a dot)",
)
def ordinal_dot(c: TrapContext) -> Verdict:
    dot, after = c.nxt, c.tok(c.j + 1)
    if dot is None or dot.text != "." or not glued(c.core_end, dot) or after is None:
        return None
    if c.j - c.i != 1 or not c.first.text.isdigit() or len(c.first.text) > _ORDINAL_DIGITS:
        return None
    if not after.is_alpha or not (after.text[:1].islower() or c.lex.data.get("ordinal_dot")):
        return None
    return "other"


#: The most digits an ordinal written with a dot has ("65.", "110.").
_ORDINAL_DIGITS = 3


@trap_rule("year", "a bare year-like number counts nothing unless a plural noun follows")
def year(c: TrapContext) -> Verdict:
    f = c.fig
    if (
        not f.grouped
        and not f.decimal
        and not f.percent
        and not c.is_money
        and not f.words_only
        and _is_year(f.figure)
    ) and not c.filter._counts_something(c.toks, c.j, c.prev):
        return "date"
    return None


@trap_rule("calendar_year", "'23 جمادى الآخرة 1448': another calendar's year after its month")
def calendar_year(c: TrapContext) -> Verdict:
    """Four digits right after a month's name and the word completing it, no word after
    them: a year of whichever calendar the page prints beside the Gregorian one (the
    Hijri 1448, the Buddhist 2569), which the year rule's range leaves out."""
    f = c.fig
    if f.grouped or f.decimal or f.percent or c.is_money or f.words_only:
        return None
    if len(c.first.text) != 4 or not c.first.text.isdigit():
        return None
    months = c.lex.set_of["months"]
    if not any(t.lower in months for t in c.toks[max(0, c.i - 3) : c.i]):
        return None
    if c.nxt is not None and c.nxt.is_alpha:
        return None  # "In March 1500 soldiers": a word after it may be what it counts
    return "date"


@trap_rule("poll_notation", "'n=1,002', '±3.1 points': a poll's notation")
def poll_notation(c: TrapContext) -> Verdict:
    p = c.prev
    ok = p is not None and p.text in ("=", "±") and glued(p, c.first)
    return "other" if ok else None


#: How far a poll's confidence words stand from its level: "95% 신뢰수준", "信頼水準95％",
#: "the 95% confidence level", "nivel de confianza del 95%".
_CONFIDENCE_REACH = 16


@trap_rule(
    "confidence_level",
    "'95% 신뢰수준', '信頼水準95％', 'at the 95% confidence level': how sure a poll's margin is",
)
def confidence_level(c: TrapContext) -> Verdict:
    """A percentage with a poll's confidence words right before or after it (the folder's
    ``confidence_words``) is the level its margin of error holds at, not a claim (Tuner
    ASIA's rule, /work/notes/patches/ASIA-1.patch; its reach widened from 12 to 16 for
    "confianza del 95%")."""
    words = c.lex.phrase_set("confidence_words")
    if not c.fig.percent or not words:
        return None
    start = max(0, c.fig.start - _CONFIDENCE_REACH)
    near = c.sentence[start : c.fig.end + _CONFIDENCE_REACH].lower()
    return "other" if any(w in near for w in words) else None


@trap_rule("abbreviated_label", "'Vol. 3', 'pp. 31', 'S. Hrg. 119': an abbreviated label")
def abbreviated_label(c: TrapContext) -> Verdict:
    p, p2 = c.prev, c.prev2
    if (
        p is not None
        and p.text == "."
        and p2 is not None
        and glued(p2, p)
        and p2.is_alpha
        and len(p2.text) <= 4
        and p2.lower not in c.filter.months
        and (p2.is_title or p2.lower in c.lex.phrase_set("label_abbreviations"))
        and not c.fig.grouped
    ):
        return "designation"
    return None


@trap_rule("designation_word", "'Article 5', 'Resolution 2270': a capitalised reference word")
def designation_word(c: TrapContext) -> Verdict:
    p = c.prev
    if not c.reference_position or p is None:
        return None
    ok = p.lower.rstrip(".") in c.lex.set_of["designation_words"] and p.is_title
    return "designation" if ok else None


@trap_rule("label_prefix", "'magnitude 5.9', 'Flight 17', 'week 3': a label or reading")
def label_prefix(c: TrapContext) -> Verdict:
    p = c.prev
    if not c.reference_position or p is None:
        return None
    if p.text == "." and c.prev2 is not None and c.prev2.is_alpha and glued(c.prev2, p):
        p = c.prev2  # "ч. 4 ст. 345": the label abbreviated
    pair = c.lex.words("ranges", "joiners")
    first, label = c.tok(c.i - 2), c.tok(c.i - 3)
    if p.lower in pair and first is not None and first.is_digit and label is not None:
        p = label  # "le linee 4 e 11": the second of a pair the label names
    # "l'articolo 193", "l'article 12": the label past the article elided onto it
    if after_elision(p.lower).rstrip(".") in c.lex.set_of["label_prefixes"] and (
        p.is_title or p.lower not in ("no", "number", "line", "type", "force")
    ):
        return "designation"
    return None


@trap_rule("number_sign_word", "'No. 4': a numbered label")
def number_sign_word(c: TrapContext) -> Verdict:
    p, p2 = c.prev, c.prev2
    if not c.reference_position or p is None:
        return None
    ok = p.text == "." and p2 is not None and p2.lower in ("no", "nos") and p2.is_title
    return "designation" if ok else None


@trap_rule("number_sign", "'Édition n° 22 417', 'Edição nº 12.418', '№ 45': a numbered label")
def number_sign(c: TrapContext) -> Verdict:
    p, p2 = c.prev, c.prev2
    if p is None or c.is_money or c.fig.percent or c.fig.words_only:
        return None  # a grouped number may follow the sign: "N° 23 517"
    sign = p.lower
    if p.text in "°º" and p2 is not None and p2.lower == "n" and glued(p2, p):
        sign = "n°"
    return "designation" if sign in NUMBER_SIGNS else None


@trap_rule("acronym_before", "'VKP 2.1', 'MIG 29': an acronym before names a model")
def acronym_before(c: TrapContext) -> Verdict:
    p, n = c.prev, c.nxt
    if not c.reference_position or p is None:
        return None
    if (
        p.text.isupper()
        and len(p.text) >= 2
        and p.text.isalpha()
        and p.text not in c.lex.currency_codes
    ) and (
        c.fig.decimal
        or n is None
        or not (n.is_alpha and n.text.islower())
        # "la norma europea EN 71 sulla sicurezza": a standard's acronym and number
        or any(
            (t := c.tok(c.i - k)) is not None and t.lower in c.lex.set_of["designation_words"]
            for k in (2, 3)
        )
    ):
        return "designation"
    return None


@trap_rule("road_letter", "'an der L 409', 'la D 650', 'Auf der A 1': a road's letter and number")
def road_letter(c: TrapContext) -> Verdict:
    """One capital Latin letter standing alone before a whole number names a road or a line
    ("B 71", "D 650"), unless the letter is a word of the language ("A 72-year-old", "W
    2024 roku": an article, a preposition)."""
    p = c.prev
    if not c.reference_position or p is None or c.fig.decimal:
        return None
    letter = p.text
    if not (len(letter) == 1 and "A" <= letter <= "Z") or c.sentence[p.end : c.first.start] != " ":
        return None
    if letter.lower() in c.filter.small_words:
        return None
    return "designation"


@trap_rule("name_before", "'Kursk 2', 'Apollo 11': a capitalised name before, mid-sentence")
def name_before(c: TrapContext) -> Verdict:
    p, n, f, lex = c.prev, c.nxt, c.fig, c.lex
    if not c.reference_position or p is None:
        return None
    if (
        p.is_title
        and p.is_alpha
        and not c.title_case
        and not lex.data.get("nouns_capitalised", False)
        and c.i > 1
        and (f.figure or 0) < 1000
        and p.lower not in lex.set_of["anaphoric_determiners"]
        and p.lower not in lex.set_of["weekdays"]
        and p.lower not in c.filter.months
        and not c.filter._is_modifier_word(p.lower)
        and (f.value is None or n is None or not (n.is_alpha and n.text.islower()))
    ):
        return "designation"
    return None


@trap_rule("age_in_apposition", "'Bashir Ahmad, 42, who': an age after a name")
def age_in_apposition(c: TrapContext) -> Verdict:
    """A small number set off by a comma after a name, closed by a comma, bracket or the
    sentence's end ("lawmaker Choi Hyun-woo, 58."); a hyphenated given name ends in a
    lower-case part ("Hyun-woo")."""
    p, n = c.prev, c.nxt
    closed = n is not None and (
        n.text in (",", ")", ";") or (n.text == "." and c.j + 1 == len(c.toks))
    )
    if (
        p is not None
        and p.text == ","
        and _name_ends_at(c, c.i - 2)
        and closed
        and not c.fig.grouped
        and (c.fig.value or 0) < 120
    ):
        return "duration"
    return None


def _name_ends_at(c: TrapContext, k: int) -> bool:
    """Token ``k`` ends a name: a capitalised word, or the lower-case part of a hyphenated
    one glued to a capitalised part ("Hyun-woo")."""
    t, dash, head = c.tok(k), c.tok(k - 1), c.tok(k - 2)
    if t is None or not t.is_alpha:
        return False
    if t.is_title:
        return True
    return (
        dash is not None
        and dash.text in ("-", "‐")
        and head is not None
        and head.is_title
        and glued(head, dash)
        and glued(dash, t)
    )


@trap_rule("cited_count", "'citing three European officials': how many an outlet cites")
def cited_count(c: TrapContext) -> Verdict:
    """The count right after a word of citing (the folder's ``citing_cues``) numbers the
    people or papers a report leans on, not what they report; a share or an amount of
    money cited ("citing 40% of wages unpaid") is what is reported."""
    p = c.prev
    if not c.plain_count or p is None:
        return None
    return "other" if p.lower in c.lex.phrase_set("citing_cues") else None


@trap_rule("bracketed_counter", "'(34)': a count of comments, a footnote or a list number")
def bracketed_counter(c: TrapContext) -> Verdict:
    p, n = c.prev, c.nxt
    if (
        p is not None
        and p.text in ("(", "[")
        and n is not None
        and n.text in (")", "]")
        and c.plain_count
        and not c.fig.grouped
    ):
        return "other"
    return None


@trap_rule("bracketed_age", "'Jan Nowak (47 l.)', 'Anne Morel (45 ans)': an age after a name")
def bracketed_age(c: TrapContext) -> Verdict:
    """A short word after the figure inside brackets that follow a capitalised word is a
    person's age with its abbreviated unit; a count in brackets has no word after it."""
    p, p2, n = c.prev, c.prev2, c.nxt
    if not (c.plain_count and p is not None and p.text == "(" and p2 is not None and n is not None):
        return None
    if not (p2.is_alpha and p2.text[:1].isupper() and not p2.text.isupper()):
        return None
    k = c.j + 1
    close = c.tok(k)
    if close is not None and close.text == ".":
        k += 1
        close = c.tok(k)
    short = n.is_alpha and len(n.text) <= 4
    return "duration" if short and close is not None and close.text == ")" else None


def _street_word(c: TrapContext, tok: Tok) -> bool:
    nouns, suffixes = c.lex.phrase_set("street_nouns"), tuple(c.lex.words("street_suffixes"))
    low = tok.lower
    return low in nouns or bool(
        suffixes and tok.is_alpha and low.endswith(suffixes) and low not in suffixes
    )


#: How many words a street's name may run to between its word and the house number.
_STREET_NAME_WORDS = 4


@trap_rule("street_number", "'rue des Tanneurs 17', '17 via Roma': a house number")
def street_number(c: TrapContext) -> Verdict:
    """A bare number after a street's word and its name, the name's words capitalised
    but for its "of" words and articles ("ul. Długiej 17", "rue des Tanneurs 17",
    "Hauptstraße 17"), or right before a street's word ("17, rue des Tanneurs")."""
    if not c.reference_position or not c.lex.words("street_nouns"):
        return None
    linking = c.lex.of_words | c.lex.phrase_set("number_articles")
    for k in range(c.i - 1, max(-1, c.i - 2 - _STREET_NAME_WORDS), -1):
        tok = c.toks[k]
        if _street_word(c, tok):
            return "other"
        if tok.text == "." or (tok.is_alpha and (tok.is_title or tok.lower in linking)):
            continue
        if tok.text == "," and k == c.i - 1:
            continue  # "на улице Тюленина, 14": a comma before the house number
        break
    if not c.lex.data.get("street_number_first"):
        return None
    for k, tok in enumerate(c.toks[c.j : c.j + _STREET_NAME_WORDS]):
        if _street_word(c, tok):
            return "other"  # "17, rue des Tanneurs", "17 Baker Street"
        if not (tok.text == "," and k == 0) and not (tok.is_alpha and tok.is_title):
            break
    return None


@trap_rule("postal_code", "'via Mazzini 41, 73100 Lecce': the postal code after a house number")
def postal_code(c: TrapContext) -> Verdict:
    """A number after an address's house number and a comma, before a capitalised town
    ("ul. Szewska 48, 50-139 Wrocław"): a footer's or a contact box's postal code."""
    if c.prev is None or c.prev.text != "," or c.nxt is None or not c.nxt.is_title:
        return None
    house = c.prev2
    if house is None or not house.is_digit or not c.lex.words("street_nouns"):
        return None
    k = c.i - 3
    for tok in c.toks[max(0, k - _STREET_NAME_WORDS) : k + 1][::-1]:
        if _street_word(c, tok):
            return "other"
    return None


#: The most words an address line holds whose postal code ``postal_town`` reads.
_ADDRESS_LINE_WORDS = 16


@trap_rule("postal_town", "'…, 9, 3.º, 19340 Sotoalbar.': a postal code closing an address")
def postal_town(c: TrapContext) -> Verdict:
    """A code of four or five digits after a comma, a capitalised town after it closing
    the line or followed by a comma ("Grinzinger Straße 48, 1190 Wien, Österreich"), where
    a house number stands among the few words before: an address line's postal code, its
    street's word in no folder's list ("Ґрінцінґер-штрасе 48") or a floor between ("9,
    3.º,"). Only in a short line with no month: "Am 3. Mai, 15000 Menschen." is a
    sentence."""
    t = c.first.text
    if not (t.isdigit() and 4 <= len(t) <= 5) or c.j != c.i + 1:
        return None
    if c.prev is None or c.prev.text != "," or c.nxt is None or not c.nxt.is_title:
        return None
    after = c.tok(c.j + 1)
    if after is not None and after.text not in (",", ".", ";"):
        return None
    before = c.toks[max(0, c.i - 7) : c.i - 1]
    if not any(tok.is_digit and not _is_year(_int_or_none(tok.text)) for tok in before):
        return None
    if any(tok.lower in c.lex.set_of["months"] for tok in before):
        return None  # "Am 3. Mai, 15000 Menschen": a day, no house number
    if sum(tok.is_alpha for tok in c.toks) > _ADDRESS_LINE_WORDS:
        return None
    return "other"


def _int_or_none(text: str) -> float | None:
    """The number ``text`` writes in decimal digits alone ("1²" and "³" are none)."""
    return float(text) if text.isdecimal() else None


#: The letter marks of a quiz's or a form's options: "a) 1 400 b) 14 000".
_OPTION_MARKS = re.compile(r"(?:^|\s)\(?[^\W\d_]\)\s", re.UNICODE)


@trap_rule("option_mark", "'a) 1 400 b) 14 000 c) 140 000': a quiz's options, no claim")
def option_mark(c: TrapContext) -> Verdict:
    """A number right after an option's letter and its bracket, in a line of two options
    or more: the choices a quiz offers its readers, none of them the page's figure."""
    p, p2 = c.prev, c.prev2
    if p is None or p2 is None or p.text != ")" or not glued(p2, p) or len(p2.text) != 1:
        return None
    if not p2.is_alpha or len(_OPTION_MARKS.findall(c.sentence)) < 2:
        return None
    return "other"


@trap_rule("counter_word", "'Photo 3', 'part 2': a counter of the page's own parts")
def counter_word(c: TrapContext) -> Verdict:
    """The word before is one of the folder's ``page_part_words``."""
    p = c.prev
    return "other" if p is not None and p.lower in c.lex.phrase_set("page_part_words") else None


_NUMBER_OUT_OF = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+out of$"
)


@trap_rule("denominator", "'per 100,000', '3 out of 10': the base of a rate or share")
def denominator(c: TrapContext) -> Verdict:
    left = c.sentence[: c.fig.start].lower().rstrip()
    counted_out_of = left.endswith("out of") and not _NUMBER_OUT_OF.search(left)
    words = tuple(c.lex.words("denominator_words"))  # "per", "out of": languages/<xx>
    if words and left.endswith(words) and not c.fig.percent and not counted_out_of:
        return "other"  # "out of an estimated 11,000" counts
    suffixes = tuple(c.lex.words("denominator_suffixes"))  # ko "당": "1천 명당" (per 1,000)
    said = c.sentence[c.fig.start : c.fig.end].split()
    last = said[-1] if said and suffixes and not c.fig.percent else ""
    head = next((last[: -len(s)] for s in suffixes if last.endswith(s) and last != s), None)
    if head is not None and (head in c.lex.words("counters") or head[-1:].isdigit()):
        return "other"
    return None


@trap_rule("money_conversion", "'100,000 rubles ($1,250)': a conversion in brackets")
def money_conversion(c: TrapContext) -> Verdict:
    left = c.sentence[: c.fig.start].rstrip()
    ok = c.is_money and left.endswith("(") and re.search(r"\d\s*(?:\w+\s*){0,2}\($", left)
    return "other" if ok else None


@trap_rule("slash_ratio", "'24/7', '3/1': a ratio")
def slash_ratio(c: TrapContext) -> Verdict:
    p = c.prev
    return "other" if p is not None and p.text == "/" and glued(p, c.first) else None


@trap_rule("anaphoric_number_word", "'the two countries': a number word pointing back")
def anaphoric_number_word(c: TrapContext) -> Verdict:
    p, n, f = c.prev, c.nxt, c.fig
    if (
        f.words_only
        and not f.vague
        and (f.figure is None or f.figure < 1000)  # "le settemila": a count, no pointer
        and p is not None
        and p.lower in c.lex.set_of["anaphoric_determiners"]
        and (n is None or not n.is_alpha or c.filter._pair_noun(c.toks, c.j))
    ):
        return "other"
    return None


@trap_rule("superlative_pick", "'the 5 biggest banks', 'die 3 wichtigsten Fragen': a ranking's top")
def superlative_pick(c: TrapContext) -> Verdict:
    """A count right before a superlative ("the three largest airports", "в трёх крупнейших
    аэропортах", "5 największych firm") picks the top of a ranking: it counts no reported
    amount. A superlative is one of the folder's ``superlative_words``, or a lower-case word
    with one of its ``superlative_endings`` (after one of its ``superlative_prefixes``
    where the language marks the degree in front: Polish "naj-", Ukrainian "най-"); lower
    case, because where nouns are capitalised a capital marks a noun ("50 Kisten")."""
    n = c.nxt
    if n is None or not n.is_alpha or not c.plain_count:
        return None
    if n.lower in c.lex.phrase_set("superlative_words"):
        return "other"
    endings, prefixes = c.filter.superlative_endings, c.filter.superlative_prefixes
    word = n.text
    if (
        endings
        and len(word) > _SUPERLATIVE_MIN_CHARS
        and word.islower()
        and word.endswith(endings)
        and (not prefixes or word.startswith(prefixes))
    ):
        return "other"
    return None


@trap_rule("rank_total", "'87th place out of 107', 'all'87° posto su 107': what a rank is out of")
def rank_total(c: TrapContext) -> Verdict:
    """The number after a rank's "out of" (the folder's ``rank_total_words``) counts the
    places ranked, no reported amount, when an ordinal in digits stands just before:
    "slipped to 87th place out of 107 provinces", "è scivolata all'87° posto su 107"."""
    if not c.plain_count:
        return None
    for words in c.filter.rank_totals:
        start = c.i - len(words)
        if start < 1 or tuple(t.lower for t in c.toks[start : c.i]) != words:
            continue
        for k in range(max(0, start - _RANK_REACH), start - 1):
            t, m = c.toks[k], k + 1
            if c.toks[m].text in ("-", "‐") and m + 1 < start and glued(t, c.toks[m]):
                m += 1  # "5-е место", "5-те місце": the ending hyphened on
            mark = c.toks[m]
            between = c.toks[m + 1 : start]  # "place", "posto": words only, no clause mark
            if (
                t.is_digit
                and glued(c.toks[m - 1], mark)
                and c.filter.ordinal_mark(mark)
                and all(w.is_alpha for w in between)
            ):
                return "other"
    return None


#: How many tokens before "out of" a rank's ordinal may stand ("87th place in the ranking").
_RANK_REACH = 6

#: A superlative read by its ending is longer than this ("best" is listed as a word).
_SUPERLATIVE_MIN_CHARS = 5


@trap_rule("age_after_word", "'the retirement age from 60 to 64': ages")
def age_after_word(c: TrapContext) -> Verdict:
    left = c.sentence[: c.fig.start].lower().rstrip()
    return "duration" if left.endswith(tuple(f" {w}" for w in _age_words(c))) else None


@trap_rule("age_bound", "'voters under 35', 'children under five': an age limit")
def age_bound(c: TrapContext) -> Verdict:
    left_words = c.sentence[: c.fig.num_start].lower().split()[-2:]
    if (
        c.prev is not None
        and len(left_words) == 2
        and left_words[1] in ("under", "over", "above", "below", "between")
        and (left_words[0] in c.lex.phrase_set("age_nouns") or left_words[0] == "aged")
        and (c.fig.figure or 0) < 120
    ):
        return "duration"
    return None


@trap_rule("frequency", "'warned three times': how often, not how many ('3 times more' counts)")
def frequency(c: TrapContext) -> Verdict:
    n = c.nxt
    if n is not None and n.lower == "times" and c.plain_count:
        following = c.tok(c.j + 1)
        word = following.lower if following is not None else ""
        return "other" if word not in c.lex.phrase_set("comparatives") else None
    return None


@trap_rule(
    "number_word_without_counter",
    "'두 나라', '세 차례', the '세' of '72세': where counters say what is counted (Korean), a "
    "number word counts only standing alone before one ('두 명', '세 발')",
)
def number_word_without_counter(c: TrapContext) -> Verdict:
    counters = c.lex.phrase_set("counters")
    if not counters or c.lex.unspaced is not None or not c.fig.words_only:
        return None
    if c.first.lower not in c.lex.number_words:
        return None
    after = c.tok(c.i + 1)
    alone = c.prev is None or not glued(c.prev, c.first)
    counted = after is not None and any(after.lower.startswith(k) for k in counters)
    return None if alone and counted else "other"


def _amount_phrases(lex: Lexicon) -> list[str]:
    """The folder's approximations and bounds ("rund", "mehr als", "plus de"), lower case,
    their words joined by one space."""
    said = [*lex.words("approx"), *lex.words("bounds", "low"), *lex.words("bounds", "high")]
    return [" ".join(w.lower().split()) for w in said if w.strip()]


class TrapFilter:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.months = lex.set_of["months"]
        self.month_first = not writes_day_first(lex.language)  # "March 14", not "14 mars"
        #: a station's bands, as written ("FM", "UKW"): "am" lower-case is no band
        self.frequency_bands = frozenset(lex.data.get("frequency_bands") or ())
        # "rund 2000 Soldaten", "около 2000 военных": an amount's own words before a
        # year-like number make it an amount (a year is not approximated or bounded)
        # (a bound that is also a time preposition is left out: "do 2028 r.", "до 2030 года")
        self.amount_words = frozenset(
            w for w in _amount_phrases(lex) if w.split()[-1] not in lex.set_of["time_prepositions"]
        )
        # "ما لا يقل عن 2100.", "llegó a más de 2050.": a lower bound keeps a year-like number
        # closing its clause a count; no one bounds a year so (a one-word bound that is a time
        # preposition, "ab 2030", "od 2020", is left out)
        self.low_bounds = frozenset(
            " ".join(w.lower().split())
            for w in lex.words("bounds", "low")
            if " " in w.strip() or w.lower() not in lex.set_of["time_prepositions"]
        )
        # "since at least 2022": a bound after "since" bounds a time, not an amount
        self.since_words = frozenset(w.lower() for w in lex.words("time", "since_words"))
        self._last_phones: tuple[str, list[tuple[int, int]]] | None = None
        self.correction = CorrectionNote.of(lex)
        self.superlative_endings = tuple(lex.words("superlative_endings"))
        self.superlative_prefixes = tuple(lex.words("superlative_prefixes"))
        # "87th place out of 107": the words a rank is out of, and what makes digits a rank
        self.rank_totals = [tuple(w.lower().split()) for w in lex.words("rank_total_words")]
        self.ordinal_suffixes = lex.set_of["ordinal_suffixes"]
        # "第三个年头", "第10波": the run glued before the number ends in an ordinal prefix
        self.ordinal_prefixes = tuple(lex.words("ordinal_prefixes"))
        self._last_price: tuple[str, bool] | None = None
        self.price_context = any_word(lex.words("price_context"))
        self.price_offers = EndPhrases(lex.words("price_offers"))
        self.price_labels = EndPhrases(lex.words("price_labels"))
        self.furniture_labels = EndPhrases(lex.words("furniture_labels"))
        # the language's own one-letter words ("a", "w", "z"): no road's letter (road_letter)
        small = (
            *lex.words("one_letter_words"),
            *lex.words("articles"),
            *lex.words("function_words"),
        )
        self.small_words = frozenset(w.lower() for w in small if len(w) == 1)
        after = sorted(lex.words("paywall_after"), key=len, reverse=True)
        self.paywall_after = re.compile(
            r"^\s*(?:" + "|".join(re.escape(a) for a in after) + r")\b", re.I
        )

    def ordinal_mark(self, tok: Tok) -> bool:
        """Whether ``tok``, glued after digits, makes them an ordinal (the folder's
        ``ordinal_suffixes``: "th", "º", "°")."""
        return tok.lower in self.ordinal_suffixes

    def _unit_after(self, toks: list[Tok], j: int) -> tuple[str | None, str | None]:
        """The unit word right after a figure: glued ("170mm"), hyphenated ("four-hour"), or spaced."""
        lex = self.lex
        if j >= len(toks):
            return None, None
        at = j  # index of the unit word: past a hyphen in "four-hour"
        t = toks[j]
        if (
            t.text in ("-", "‐")
            and j + 1 < len(toks)
            and glued(toks[j - 1], t)
            and glued(t, toks[j + 1])
        ):
            at = j + 1
            t = toks[at]
        w = t.lower
        if j + 1 < len(toks) and w in ("nautical", "square") and toks[j + 1].is_alpha:
            if w == "square":
                return w + " " + toks[j + 1].lower, None
            return "nautical miles", self._distance_reason(toks, j, at + 2)
        if w in lex.set_of["time_units"]:
            return w, "duration"
        if w in lex.set_of["calibre_units"]:
            return w, None if self._amount_of(toks, at) else "calibre"
        if w in lex.phrase_set("speed_units") or w in lex.phrase_set("rating_units"):
            return w, "calibre"  # "185 km/h", "alimentate a 230 volt": a rating
        if w in lex.set_of["length_units"]:
            k = at + 1
            return w, self._distance_reason(toks, j, k)
        return w, None

    def _amount_of(self, toks: list[Tok], at: int) -> bool:
        """ "340 millimètres de pluie", "120 millimetri di pioggia": a calibre's unit with
        "of" and a noun after it measures an amount of that thing, not a bore ("de 170
        millimètres de calibre" still is one)."""
        if at + 2 >= len(toks) or toks[at + 1].lower not in self.lex.of_words:
            return False
        noun = toks[at + 2]
        return noun.is_alpha and noun.lower not in self.lex.set_of["calibre_units"]

    def _distance_reason(self, toks: list[Tok], j: int, k: int) -> str | None:
        """ "a front 25 km long", "adds 3,500 nautical miles" measure the event (claims);
        "30 km from the border", "a 1,400km border", "a 1km-long bridge", "240 km/h" do not."""
        if hyphenated(toks, j) or (
            k < len(toks) and toks[k].text in ("-", "/") and glued(toks[k - 1], toks[k])
        ):
            return "calibre"
        before = {t.lower for t in toks[max(0, j - 6) : j]}
        specs = self.lex.phrase_set("spec_nouns")
        if before & specs or (  # "射程可达60公里": in a run without spaces
            self.lex.unspaced is not None and any(s in b for s in specs for b in before)
        ):
            return "calibre"  # "a range of up to 700 km": a capability, not an event
        after = toks[k] if k < len(toks) else None
        if (
            after is not None
            and after.lower in ("per", "an", "a")
            and k + 1 < len(toks)
            and toks[k + 1].lower in ("hour", "hr", "h", "second")
        ):
            return "calibre"  # "185 kilometers per hour": a speed
        if after is None or not after.is_alpha:
            return None
        if self._length_of(toks, k):
            return None  # "400 km of pipes", "12 км труб": a length of things, an amount
        return None if after.lower in self.lex.phrase_set("size_followers") else "calibre"

    def _length_of(self, toks: list[Tok], k: int) -> bool:
        """Whether the words after a length name what is that long: "of" and a noun ("46
        km of new pipe"), a capitalised noun where nouns are ("drei Kilometer Schlauch"), or
        where the folder reads cases (pymorphy3), a noun in the genitive ("12 км труб",
        "400 км тепломереж")."""
        after = toks[k]
        if after.lower in self.lex.of_words:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            # "30 km de Montvaux": from a place, a distance
            place = nxt is not None and nxt.is_title and not self.lex.data.get("nouns_capitalised")
            return (
                nxt is not None
                and nxt.is_alpha
                and nxt.lower not in self.lex.of_words
                and not place
            )
        if self.lex.data.get("nouns_capitalised") and after.is_title:
            # "drei Kilometer Schlauchleitung": the noun of what is that long follows at
            # once; "30 Kilometer Luftlinie" is a distance (``distance_nouns``)
            return after.lower not in self.lex.phrase_set("distance_nouns")
        if self.lex.data.get("name_reader") != "pymorphy3":
            return False
        from claimtrack.extract.names import _analyzer

        parses = _analyzer(self.lex.language).parse(after.text)
        return bool(parses) and all(
            p.tag.POS in ("NOUN", "ADJF") and "gent" in p.tag for p in parses[:2]
        )

    def _phones(self, sentence: str) -> list[tuple[int, int]]:
        """Spans of phone numbers (seven digits or more) in the sentence; remembered for the
        last sentence, since each of its figures asks (finding them per figure made a
        sentence of many figures cost its length squared)."""
        if self._last_phones is None or self._last_phones[0] != sentence:
            spans = [
                (m.start(), m.end())
                for m in _PHONE.finditer(sentence)
                if sum(c.isdigit() for c in m.group()) >= 7
            ]
            self._last_phones = (sentence, spans)
        return self._last_phones[1]

    def _price_context(self, sentence: str) -> bool:
        """Whether the sentence talks of prices; remembered for the last sentence."""
        if self._last_price is None or self._last_price[0] != sentence:
            self._last_price = (sentence, bool(self.price_context.search(sentence)))
        return self._last_price[1]

    def check(self, fig: Figure, toks: list[Tok], sentence: str, title_case: bool) -> str | None:
        """The reason ``fig`` is not a claim, or None when it may be one."""
        return self.rule_for(fig, toks, sentence, title_case)[1]

    def rule_for(
        self, fig: Figure, toks: list[Tok], sentence: str, title_case: bool
    ) -> tuple[str | None, TrapReason | None]:
        """The name of the rule that settled ``fig`` (None when none did) and its reason
        (None when the number may be a claim)."""
        ctx = TrapContext(self, fig, toks, sentence, title_case)
        for r in TRAP_RULES:
            verdict = r.rule(ctx)
            if verdict is KEEP:
                return r.name, None
            if verdict is not None:
                return r.name, verdict  # type: ignore[return-value]
        return None, None

    def _month_abbreviation(self, tok: Tok, dot: Tok) -> bool:
        """Whether ``tok``, a full stop glued after it, is a month's name cut short: at
        least three letters that begin one of the folder's month names in any of its
        forms ("Sept.", "ноя.", "févr.", "Okt."), in the case months are written in."""
        w = tok.lower
        if not (tok.is_alpha and glued(tok, dot) and len(w) >= 3 and self._month_case(tok)):
            return False
        if w in self.months:
            return True
        return any(m.startswith(w) for m in self._month_prefixes.get(w[:3], ()))

    @cached_property
    def _month_prefixes(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for m in self.months:
            if len(m) >= 3:
                out.setdefault(m[:3], []).append(m)
        return {k: tuple(v) for k, v in out.items()}

    def _month_case(self, tok: Tok) -> bool:
        """English capitalises months ("may" is a verb); Spanish or Russian do not."""
        return tok.is_title or not self.lex.data.get("months_capitalised", True)

    def _pair_noun(self, toks: list[Tok], j: int) -> bool:
        """ "the two countries", "the three leaders": the noun after a determiner+number
        names parties already known, not a new count."""
        return any(t.lower in self.lex.phrase_set("pair_nouns") for t in toks[j : j + 3])

    def _is_modifier_word(self, w: str) -> bool:
        lex = self.lex
        return bool(
            lex.left_bound_low.search(w)
            or lex.left_bound_high.search(w)
            or lex.left_approx.search(w)
            or w
            in (
                "between",
                "from",
                "and",
                "or",
                "to",
                "than",
                "of",
                "only",
                "just",
                "all",
                "another",
                "an",
                "a",
            )
        )

    def _after_amount_words(self, toks: list[Tok], j: int) -> bool:
        """Whether an approximation or a bound of the folder ends right before the number of
        the figure ending at ``toks[j]`` ("rund", "mehr als", "около", "نحو") and a word
        follows it; or, where the number closes its clause, a lower bound does
        (``low_bounds``), with no figure just before it ("3,5 Prozent mehr als 2025" is
        compared with a year)."""
        nxt = toks[j] if j < len(toks) else None
        closes = nxt is None or not nxt.is_alpha
        if not closes and nxt is not None and nxt.lower in self.lex.set_of["time_units"]:
            return False
        d = j - 1
        while d > 0 and not toks[d].is_digit:
            d -= 1  # the number itself, past words read after it
        while d > 0 and toks[d - 1].is_digit:
            d -= 1
        for k in (1, 2, 3, 4):
            if d - k < 0:
                break
            phrase = " ".join(t.lower for t in toks[d - k : d])
            if not closes and phrase in self.amount_words:
                return not (d - k > 0 and toks[d - k - 1].lower in self.since_words)
            if closes and phrase in self.low_bounds:
                before = toks[max(0, d - k - 3) : d - k]
                return not any(t.is_digit or t.text == "%" for t in before)
        return False

    @cached_property
    def _bound_phrases(self) -> frozenset[str]:
        """The folder's bounds and approximations, lower case, words joined by one space."""
        return frozenset(w for w in _amount_phrases(self.lex) if " " in w)

    def _bound_follows(self, toks: list[Tok], j: int) -> bool:
        """Whether the words at ``j`` open a bound or approximation of two or three words
        ("plus de", "more than", "más de"): they belong to the number after them."""
        words = [t.lower for t in toks[j : j + 3]]
        return any(" ".join(words[:k]) in self._bound_phrases for k in (2, 3))

    def _counts_something(self, toks: list[Tok], j: int, prev: Tok | None) -> bool:
        """A year-like number counts things only when a plural noun follows and no time word
        precedes, or when an amount's own words stand right before it ("rund 2000")."""
        if self._after_amount_words(toks, j):
            return True
        if prev is not None and (
            prev.lower in self.lex.set_of["time_prepositions"]
            or prev.lower in self.months
            or prev.text in ("-", "–", "'")
        ):
            return False
        nxt = _next_alpha(toks, j)
        if self._bound_follows(toks, j):
            return False  # "depuis l'été 2023 plus de 14 millions": the next amount's bound
        return bool(
            nxt is not None
            and nxt.text.islower()
            and nxt.lower.endswith("s")
            and nxt.lower not in self.lex.set_of["time_units"]
            and nxt.lower
            not in (
                "as",
                "is",
                "was",
                "has",
                "this",
                "its",
                "his",
                "us",
                "across",
                "towards",
                "pass",
            )
        )
