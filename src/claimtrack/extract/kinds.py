"""What kind of figure a claim is: a total, a rate, a share, a change, a limit or a subset.

The cross-check compares like with like: "10,000 shells a day" is no point of the shells
supplied so far, "the cap of 500,000 barrels" is no delivery, "3,000 more troops" and
"600 of them" are parts, not totals. Each kind is one small named rule reading the words
next to the figure, registered in order (the first that fires wins); the words live in the
language's lexicon under ``kinds``, so another language adds its cues there. Every rule
reads a bounded window around the figure, so a figure costs the same in any sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from claimtrack.extract.lexicon import Lexicon
from claimtrack.records import ClaimKind

#: How many characters, and words, on each side of a figure the rules read: cues that
#: qualify a figure sit next to it ("the cap of", "a day", "of whom").
REACH = 80
WORDS_BEFORE = 4
WORDS_AFTER = 6
#: Where a clause ends: a cue past it qualifies another figure.
_CLAUSE_END = re.compile(r"[;:!?()\[\]—–]|[,.](?=\s|$)|\s-\s")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|%", re.UNICODE)


@dataclass(frozen=True)
class KindContext:
    """A figure with the words of its clause on each side, lower-cased."""

    before: list[str]  # the last words before the figure phrase, nearest last
    after: list[str]  # the first words after the figure phrase, nearest first
    unit: str | None
    percent: bool


def _phrase_at(words: list[str], phrases: frozenset[tuple[str, ...]], at_end: bool) -> bool:
    """Whether a phrase ends ``words`` (``at_end``) or starts it."""
    for p in phrases:
        n = len(p)
        if n <= len(words) and (tuple(words[-n:]) if at_end else tuple(words[:n])) == p:
            return True
    return False


def _phrase_in(words: list[str], phrases: frozenset[tuple[str, ...]]) -> int | None:
    """Where the first of ``phrases`` starts in ``words``, if anywhere."""
    for i in range(len(words)):
        for p in phrases:
            if tuple(words[i : i + len(p)]) == p:
                return i
    return None


class KindCues:
    """A language's cue phrases for each kind, as word tuples."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def _phrases(self, key: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(_WORD.findall(p)) for p in self.lex.words("kinds", key) if p)

    @cached_property
    def limit_before(self) -> frozenset[tuple[str, ...]]:
        return self._phrases("limit_before")

    @cached_property
    def limit_nouns(self) -> frozenset[str]:
        return frozenset(self.lex.words("kinds", "limit_nouns"))

    @cached_property
    def limit_verbs(self) -> frozenset[str]:
        return frozenset(self.lex.words("kinds", "limit_verbs"))

    @cached_property
    def limit_links(self) -> frozenset[str]:
        return frozenset(self.lex.words("kinds", "limit_links"))

    @cached_property
    def change_before(self) -> frozenset[tuple[str, ...]]:
        return self._phrases("change_before")

    @cached_property
    def change_not_after(self) -> frozenset[str]:
        return frozenset(self.lex.words("kinds", "change_not_after"))

    @cached_property
    def after_noun(self) -> bool:
        """Whether the language puts adjectives after the noun (French, Spanish)."""
        return bool(self.lex.mapping("kinds").get("after_noun", False))

    @cached_property
    def change_after(self) -> frozenset[tuple[str, ...]]:
        return self._phrases("change_after")

    @cached_property
    def subset_before(self) -> frozenset[tuple[str, ...]]:
        return self._phrases("subset_before")

    @cached_property
    def subset_after(self) -> frozenset[tuple[str, ...]]:
        return self._phrases("subset_after")

    @cached_property
    def remaining_after(self) -> frozenset[tuple[str, ...]]:
        return self._phrases("remaining_after")

    @cached_property
    def rate_after(self) -> frozenset[tuple[str, ...]]:
        return self._phrases("rate_after")

    @cached_property
    def rate_before(self) -> frozenset[str]:
        return frozenset(self.lex.words("kinds", "rate_before"))

    @cached_property
    def rate_not_after(self) -> frozenset[str]:
        return frozenset(self.lex.words("kinds", "rate_not_after"))

    @cached_property
    def rate_not_before(self) -> frozenset[str]:
        return frozenset(self.lex.words("kinds", "rate_not_before"))

    @cached_property
    def of_words(self) -> frozenset[str]:
        return self.lex.of_words


#: A rule: the kind it gives, or None to let the next rule look.
KindRule = Callable[[KindContext, KindCues], ClaimKind | None]


@dataclass(frozen=True)
class NamedKindRule:
    name: str
    reason: str
    rule: KindRule


#: The rules in the order they are tried. A limit is tested first: "a cap of 500,000
#: barrels a year" is a limit before it is a rate.
KIND_RULES: list[NamedKindRule] = []


def kind_rule(name: str, reason: str) -> Callable[[KindRule], KindRule]:
    """Register a rule at the end of ``KIND_RULES`` under ``name``."""

    def register(fn: KindRule) -> KindRule:
        KIND_RULES.append(NamedKindRule(name, reason, fn))
        return fn

    return register


@kind_rule("limit", "a cap, ceiling, capacity, quota or target names what may be, not what is")
def limit(ctx: KindContext, cues: KindCues) -> ClaimKind | None:
    if _phrase_at(ctx.before, cues.limit_before, at_end=True):
        return "limit"
    # "a cap of", "its production target of": the limit noun then "of" right before
    if (
        len(ctx.before) >= 2
        and ctx.before[-1] in cues.of_words
        and any(w in cues.limit_nouns for w in ctx.before[-3:-1])
    ):
        return "limit"
    # "caps fuel transfers at 400,000", "limited exports to 300,000"
    if (
        len(ctx.before) >= 2
        and ctx.before[-1] in cues.limit_links
        and any(w in cues.limit_verbs for w in ctx.before[:-1])
    ):
        return "limit"
    return None


@kind_rule("change", "'3,000 more', 'an additional 3,000': an increment, not the total")
def change(ctx: KindContext, cues: KindCues) -> ClaimKind | None:
    if _phrase_at(ctx.before, cues.change_before, at_end=True):
        return "change"
    if _phrase_at(ctx.after, cues.change_after, at_end=False):
        return "change"
    # "2 000 soldats supplémentaires": where adjectives follow the noun
    tail = ctx.after[1:]
    if cues.after_noun and _phrase_at(tail, cues.change_after, at_end=False):
        # "más tarde" is "later", "de plus en plus" "more and more": not an increment
        return "change" if len(tail) < 2 or tail[1] not in cues.change_not_after else None
    return None


@kind_rule(
    "subset", "'of whom 600', '600 of the soldiers', 'including 600': part of another figure"
)
def subset(ctx: KindContext, cues: KindCues) -> ClaimKind | None:
    if _phrase_at(ctx.before, cues.subset_before, at_end=True):
        return "subset"
    # "40% of the ammunition" is a share, read by the next rules
    if not ctx.percent and _phrase_at(ctx.after, cues.subset_after, at_end=False):
        return "subset"
    return None


@kind_rule(
    "remaining",
    "'6,000 troops still deployed', '3 000 soldats restent': what is left of a whole counted "
    "before, a part of it, not the cumulative total",
)
def remaining(ctx: KindContext, cues: KindCues) -> ClaimKind | None:
    if not ctx.percent and _phrase_in(ctx.after, cues.remaining_after) is not None:
        return "subset"
    return None


@kind_rule("rate", "'10,000 shells a day', 'annual output of': an amount per period, not a stock")
def rate(ctx: KindContext, cues: KindCues) -> ClaimKind | None:
    if ctx.unit is not None and " per " in ctx.unit:
        return "rate"
    at = _phrase_in(ctx.after, cues.rate_after)
    if at is not None:
        cue = next(p for p in cues.rate_after if tuple(ctx.after[at : at + len(p)]) == p)
        # a one-word cue ("daily") is a rate wherever it stands; "a year" may be a time
        # ("a year ago", "in a year")
        before = ctx.after[at - 1] if at > 0 else None
        following = ctx.after[at + len(cue)] if at + len(cue) < len(ctx.after) else None
        if len(cue) == 1 or (
            before not in cues.rate_not_before and following not in cues.rate_not_after
        ):
            return "rate"
    # "a daily output of 10,000": a period adjective, then "of" right before the figure
    if (
        len(ctx.before) >= 2
        and ctx.before[-1] in cues.of_words
        and any(w in cues.rate_before for w in ctx.before[:-1])
    ):
        return "rate"
    return None


@kind_rule("share", "a percentage is a share of something, not a count")
def share(ctx: KindContext, cues: KindCues) -> ClaimKind | None:
    return "share" if ctx.percent or ctx.unit == "percent" else None


def _clause_before(text: str, start: int) -> list[str]:
    left = text[max(0, start - REACH) : start]
    cut = None
    for m in _CLAUSE_END.finditer(left):
        cut = m.end()
    if cut is not None:
        left = left[cut:]
    return [w.lower() for w in _WORD.findall(left)][-WORDS_BEFORE:]


def _clause_after(text: str, end: int) -> list[str]:
    right = text[end : end + REACH]
    m = _CLAUSE_END.search(right)
    if m is not None:
        right = right[: m.start()]
    return [w.lower() for w in _WORD.findall(right)][:WORDS_AFTER]


class KindReader:
    """Reads a figure's kind with ``KIND_RULES``; one per lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.cues = KindCues(lex)

    def context(
        self, text: str, start: int, end: int, unit: str | None, percent: bool
    ) -> KindContext:
        return KindContext(_clause_before(text, start), _clause_after(text, end), unit, percent)

    def rule_for(self, ctx: KindContext) -> tuple[ClaimKind, str | None]:
        """The kind and the name of the rule that gave it (None for a plain total)."""
        for r in KIND_RULES:
            kind = r.rule(ctx, self.cues)
            if kind is not None:
                return kind, r.name
        return "total", None

    def kind(
        self, text: str, start: int, end: int, unit: str | None = None, percent: bool = False
    ) -> ClaimKind:
        """The kind of the figure at ``text[start:end]`` (its whole phrase, bounds
        included), counting ``unit``."""
        return self.rule_for(self.context(text, start, end, unit, percent))[0]
