"""What changed in a document's claims from one version to the next.

A new version of an article is mostly the same sentences, moved and lightly edited, so
claims are matched by what they say, not where they sit: by the same figure in
overlapping quotes (the same sentence, perhaps reworded), then by the same measure in
overlapping quotes (a figure corrected in place), the closest quotes first. A matched pair whose fields differ is
"changed"; what is left over in the old version was removed, in the new one added.

Each version holds at most the extraction cap of claims, and pairs are only sought
between claims of the same figure or measure, so the work stays small per document.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from claimtrack.records import figure_of

Row = dict[str, Any]

#: The fields an analyst would call a change of the claim (not its place or its id).
COMPARED = (
    "value", "low", "high", "approx", "vague", "unit", "measure", "subject", "source",
    "via", "certainty", "status", "as_of", "kind",
)  # fmt: skip
#: Two quotes overlap when at least this share of their words is common to both.
OVERLAP = 0.5
_WORD = re.compile(r"\w+", re.UNICODE)


#: Fields the figure itself shows ("≥5,000", "~3,000"), so not listed one by one.
FIGURE_FIELDS = frozenset({"value", "low", "high", "approx", "vague"})


def _text(value: Any) -> str:
    if value is None or value == []:
        return "–"
    if isinstance(value, list):
        return " → ".join(str(v) for v in value)
    return str(value)


@dataclass
class Change:
    old: Row
    new: Row
    fields: list[str]  # the names in ``COMPARED`` whose values differ

    @property
    def details(self) -> list[tuple[str, str, str]]:
        """(field, old value, new value) of each changed field the figure does not show."""
        return [
            (f, _text(self.old.get(f)), _text(self.new.get(f)))
            for f in self.fields
            if f not in FIGURE_FIELDS
        ]


@dataclass
class ClaimDiff:
    """The claims of version ``new`` against those of version ``old``."""

    old: int
    new: int
    added: list[Row] = field(default_factory=list)
    removed: list[Row] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    kept: int = 0  # matched with no field changed

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def _words(quote: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(quote))


def overlap(a: str, b: str) -> float:
    """How much two quotes are the same sentence: 1.0 when one holds the other, else the
    share of words they have in common (of all the words either has)."""
    if a in b or b in a:
        return 1.0
    wa, wb = _words(a), _words(b)
    both = len(wa | wb)
    return len(wa & wb) / both if both else 0.0


def quotes_overlap(a: str, b: str) -> bool:
    """Whether two quotes are the same sentence, perhaps edited (``overlap`` at least
    ``OVERLAP``)."""
    return overlap(a, b) >= OVERLAP


def _distance(a: Row, b: Row) -> float:
    """How far apart two claims' figures are, relative to the larger (1.0 if unknown)."""
    fa = figure_of(a.get("value"), a.get("low"), a.get("high"))
    fb = figure_of(b.get("value"), b.get("low"), b.get("high"))
    if fa is None or fb is None:
        return 1.0
    top = max(abs(fa), abs(fb))
    return abs(fa - fb) / top if top else 0.0


def _figure(r: Row) -> Hashable:
    return (figure_of(r.get("value"), r.get("low"), r.get("high")), r.get("unit"))


def _figure_and_measure(r: Row) -> Hashable:
    return (_figure(r), r.get("measure"))


def _measure(r: Row) -> Hashable:
    return r.get("measure")


#: Ways to pair an old claim with a new one, tried in order on what is still unpaired:
#: the same figure of the same measure, the same figure read as another measure, then a
#: figure of the same measure corrected in place.
MATCHERS: list[Callable[[Row], Hashable]] = [_figure_and_measure, _figure, _measure]


def _pair(old: list[Row], new: list[Row], key: Callable[[Row], Hashable]) -> list[tuple[Row, Row]]:
    """Pairs of claims with the same ``key`` and overlapping quotes, the closest quotes
    first (then the closest figures: two claims of one sentence), each claim in one pair
    at most."""
    by_key: dict[Hashable, list[int]] = defaultdict(list)
    for i, r in enumerate(old):
        by_key[key(r)].append(i)
    scored = []
    for j, n in enumerate(new):
        for i in by_key.get(key(n), []):
            score = overlap(old[i]["quote"], n["quote"])
            if score >= OVERLAP:
                scored.append((-score, _distance(old[i], n), j, i))
    scored.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _, _, j, i in scored:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((old[i], new[j]))
    return pairs


def diff_claims(old: list[Row], new: list[Row], old_version: int, new_version: int) -> ClaimDiff:
    """The claims added, removed and changed from ``old`` to ``new`` (rows of
    ``Store.claims``), matched as the module doc says."""
    out = ClaimDiff(old_version, new_version)
    left_old, left_new = list(old), list(new)
    for key in MATCHERS:
        pairs = _pair(left_old, left_new, key)
        paired = {id(r) for pair in pairs for r in pair}
        left_old = [r for r in left_old if id(r) not in paired]
        left_new = [r for r in left_new if id(r) not in paired]
        for o, n in pairs:
            changed = [f for f in COMPARED if o.get(f) != n.get(f)]
            if changed:
                out.changed.append(Change(o, n, changed))
            else:
                out.kept += 1
    out.added, out.removed = left_new, left_old
    return out


def version_diffs(by_version: dict[int, list[Row]]) -> list[ClaimDiff]:
    """The diff of each version's claims against the version before it, newest first."""
    numbers = sorted(by_version)
    return [
        diff_claims(by_version[a], by_version[b], a, b)
        for a, b in reversed(list(zip(numbers, numbers[1:], strict=False)))
    ]
