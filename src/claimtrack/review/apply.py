"""Fold reviews into what readers see, and find a reviewed claim again in a new version.

Pure functions over plain rows, so the store, the cross-check, the web app and the
exports all apply reviews the same way, and each rule is tested without a database.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimtrack.records import figure_of
from claimtrack.review.model import STATES, ClaimReview, OriginReview, ReviewState

#: Quotes sharing at least this share of their words are the same passage: an edited
#: article keeps most of a sentence when it fixes a typo or adds a clause.
QUOTE_OVERLAP = 0.5
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Verdict:
    """What a claim's active reviews add up to: the last action decides the state,
    corrections accumulate in order (a later one wins a field)."""

    state: ReviewState
    changes: dict[str, Any]
    reviewer: str
    at: str
    note: str | None
    review_id: int


def verdict(reviews: Iterable[ClaimReview]) -> Verdict | None:
    """Fold one claim's reviews (any order; undone ones are skipped) into a verdict."""
    active = sorted((r for r in reviews if r.undone_at is None), key=lambda r: r.id)
    if not active:
        return None
    changes: dict[str, Any] = {}
    for r in active:
        changes.update(r.changes)
    last = active[-1]
    # a confirmation after corrections confirms the corrected reading: changes stay
    state: ReviewState = STATES[last.action]
    note = next((r.note for r in reversed(active) if r.note), None)
    return Verdict(state, changes, last.reviewer, last.at, note, last.id)


@dataclass
class OriginMap:
    """Origin reviews folded in order: which names were merged into which, which stand
    apart, and the type and side reviewers set."""

    merged: dict[str, str] = field(default_factory=dict)  # key(name) -> target as written
    apart: set[str] = field(default_factory=set)  # keys split off a machine merge
    described: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.merged or self.apart or self.described)

    def canonical(self, name: str) -> str:
        """The name ``name`` was merged into, following chains; ``name`` when none."""
        seen = {_key(name)}
        out = name
        while (nxt := self.merged.get(_key(out))) is not None and _key(nxt) not in seen:
            seen.add(_key(nxt))
            out = nxt
        return out

    def stands_apart(self, name: str) -> bool:
        return _key(name) in self.apart

    def description(self, name: str) -> tuple[str | None, str | None] | None:
        """``(type, side)`` a reviewer set for ``name`` (or what it was merged into)."""
        return self.described.get(_key(self.canonical(name))) or self.described.get(_key(name))


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def origin_map(reviews: Iterable[OriginReview]) -> OriginMap:
    """Fold origin reviews in order of id; undone ones are skipped."""
    out = OriginMap()
    for r in sorted((r for r in reviews if r.undone_at is None), key=lambda r: r.id):
        key = _key(r.name)
        if r.action == "merge" and r.target:
            out.merged[key] = r.target
            out.apart.discard(key)
        elif r.action == "split":
            out.merged.pop(key, None)
            for k in [k for k, t in out.merged.items() if _key(t) == key]:
                del out.merged[k]  # names merged into it stand alone again
            out.apart.add(key)
        elif r.action == "set":
            old_type, old_side = out.described.get(key, (None, None))
            out.described[key] = (r.type or old_type, r.side or old_side)
    return out


def apply_verdict(row: dict[str, Any], v: Verdict | None) -> dict[str, Any]:
    """``row`` with the reviewed values in place, the machine's in ``row["machine"]`` and
    the review in ``row["review"]`` (``None`` for an unreviewed claim)."""
    row.setdefault("machine", {})
    if v is None:
        row.setdefault("review", None)
        return row
    for name, value in v.changes.items():
        if name not in row["machine"]:
            row["machine"][name] = row.get(name)
        row[name] = list(value) if isinstance(value, list) else value
    row["review"] = {
        "state": v.state,
        "reviewer": v.reviewer,
        "at": v.at,
        "note": v.note,
        "review_id": v.review_id,
    }
    return row


def apply_origins(row: dict[str, Any], origins: OriginMap) -> dict[str, Any]:
    """``row`` with its source and via names brought to the names they were merged into;
    the machine's names kept in ``row["machine"]``."""
    if not origins.merged:
        return row
    row.setdefault("machine", {})
    source = row.get("source")
    if source:
        merged = origins.canonical(source)
        if merged != source:
            row["machine"].setdefault("source", source)
            row["source"] = merged
    via = list(row.get("via") or [])
    moved = [origins.canonical(v) for v in via]
    if moved != via:
        row["machine"].setdefault("via", via)
        row["via"] = moved
    return row


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def quotes_overlap(a: str, b: str) -> bool:
    """Whether two quotes are the same passage: one holds the other, or they share at
    least ``QUOTE_OVERLAP`` of their words (Jaccard)."""
    if a in b or b in a:
        return True
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= QUOTE_OVERLAP


def same_figure(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def find_again(
    quote: str, figure: float | None, candidates: Iterable[dict[str, Any]]
) -> str | None:
    """The ``claim_id`` among ``candidates`` (rows with ``claim_id``, ``quote``, ``value``,
    ``low``, ``high``) that is still the reviewed claim: the same figure in an overlapping
    quote; the one sharing most words when several are."""
    best: tuple[float, str] | None = None
    mine = _words(quote)
    for c in candidates:
        if not same_figure(figure, figure_of(c["value"], c["low"], c["high"])):
            continue
        if not quotes_overlap(quote, c["quote"]):
            continue
        theirs = _words(c["quote"])
        score = len(mine & theirs) / max(1, len(mine | theirs))
        if best is None or score > best[0]:
            best = (score, str(c["claim_id"]))
    return None if best is None else best[1]
