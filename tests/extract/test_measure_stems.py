"""The measure matcher's stem lookup (``MeasureMatcher._last_stem``) against the plain
reading of its rule: every eligible measure's every stem tried on every word.

The matcher looks a word's own prefixes up in an index instead (it was a tenth of all
ingest time); these tests hold the index to the rule on the story pack's real nouns."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extract.measures import MeasureMatcher
from claimtrack.packs import Measure, StoryPack, load_pack


@cache
def _pack() -> StoryPack:
    return load_pack("dprk-russia")


@cache
def _matcher() -> MeasureMatcher:
    return MeasureMatcher(_pack())


def by_rule(
    matcher: MeasureMatcher,
    words: list[str],
    measures: list[Measure],
    named: set[str],
    wide: set[str] | None,
) -> str | None:
    """The rule as the docstring of ``_last_stem`` states it: the last word a stem starts
    wins, a longer stem breaks a tie, and the measure listed first a tie of both; a word
    ending in a noun marked as a compound's head ("*geschoss": past two letters, before at
    most three) takes that noun's measure first, the longest head winning."""
    heads = _heads_by_rule(words, measures, named, wide)
    best: tuple[int, int, int, str] | None = None
    order = 0
    for m in measures:
        scope = wide if (m.money or m.actor_implied) and wide is not None else named
        eligible = not m.percent_of and not (m.actor and m.actor not in scope)
        for prefix, size in matcher._stems(m):
            order += 1
            if not eligible:
                continue
            for at, word in enumerate(words):
                if word.startswith(prefix) and (best is None or (at, size, -order) > best[:3]):
                    best = (at, size, -order, m.id)
    last_head = max(heads, default=None)
    if last_head is not None and (best is None or last_head >= best[0]):
        return heads[last_head]
    return best[3] if best else None


def _heads_by_rule(
    words: list[str], measures: list[Measure], named: set[str], wide: set[str] | None
) -> dict[int, str]:
    """Per word that ends in an eligible marked head, the measure of its longest head."""
    out: dict[int, str] = {}
    for at, word in enumerate(words):
        best: tuple[int, int, int] | None = None  # (size, -ending, -order)
        order = 0
        for m in measures:
            scope = wide if (m.money or m.actor_implied) and wide is not None else named
            eligible = not m.percent_of and not (m.actor and m.actor not in scope)
            for noun in m.nouns:
                order += 1
                if not (eligible and noun.startswith("*") and " " not in noun):
                    continue
                head = noun[1:].rstrip("*").lower()
                for ending in range(4):
                    stop = len(word) - ending
                    start = stop - len(head)
                    if start >= 2 and word[start:stop] == head:
                        key = (len(head), -ending, -order)
                        if best is None or key > best:
                            best = key
                            out[at] = m.id
    return out


def _words() -> st.SearchStrategy[list[str]]:
    """Words near the pack's nouns: a noun's words, cut or with an ending, and others."""
    nouns = sorted({w for m in _pack().measures for n in m.nouns for w in n.lower().split()})
    near = st.tuples(st.sampled_from(nouns), st.sampled_from(["", "s", "es", "ов", "ами", "x"]))
    cut = st.sampled_from(nouns).flatmap(lambda w: st.integers(1, len(w)).map(lambda k: w[:k]))
    word = st.one_of(near.map("".join), cut, st.text("abcеаоинт", max_size=8))
    return st.lists(word, max_size=8)


@settings(max_examples=400, deadline=None)
@given(
    words=_words(),
    keep=st.lists(st.booleans(), min_size=64, max_size=64),
    named_bits=st.lists(st.booleans(), min_size=16, max_size=16),
    wide_bits=st.none() | st.lists(st.booleans(), min_size=16, max_size=16),
)
def test_the_indexed_lookup_follows_the_rule(
    words: list[str], keep: list[bool], named_bits: list[bool], wide_bits: list[bool] | None
) -> None:
    pack, matcher = _pack(), _matcher()
    measures = [m for m, k in zip(pack.measures, keep, strict=False) if k]
    actors = [a.id for a in pack.actors]
    named = {a for a, b in zip(actors, named_bits, strict=False) if b}
    wide = None if wide_bits is None else {a for a, b in zip(actors, wide_bits, strict=False) if b}
    expected = by_rule(matcher, words, measures, named, wide)
    assert matcher._last_stem(words, measures, named, wide) == expected


def test_the_last_word_wins_then_the_longer_stem() -> None:
    pack, matcher = _pack(), _matcher()
    everyone = {a.id for a in pack.actors}
    words = ["soldiers", "killed"]
    got = matcher._last_stem(words, pack.measures, everyone)
    assert got is not None and got == by_rule(matcher, words, pack.measures, everyone, None)
    assert matcher._last_stem(["killed", "soldiers"], pack.measures, everyone) != got
    assert matcher._last_stem([], pack.measures, everyone) is None
