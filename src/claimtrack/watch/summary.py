"""What a watch round changed: documents and claims it added, conflicts it made or ended.

The cross-check (``resolve.check_store``) is taken before the round's first new
document is stored and again at its end; the two are compared per measure. Claims and
conflicts are compared by what they say (document, quote, figure, status), not by claim
id: a claim's id is derived from its version's content, so a new version of a document
gives every claim a new id even where the figure did not change, and would otherwise
count as all new claims and every conflict resolved and made again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimtrack.resolve import CheckedClaim, Conflict, CrossCheck

ClaimKey = tuple[str, str, str, str]  # document, quote, figure as shown, status
ConflictKey = tuple[str, frozenset[ClaimKey]]  # kind, the two claims


def claim_key(c: CheckedClaim) -> ClaimKey:
    return (c.doc, c.quote, c.shown, c.status)


def conflict_key(conflict: Conflict) -> ConflictKey:
    return (conflict.kind, frozenset({claim_key(conflict.a), claim_key(conflict.b)}))


@dataclass(frozen=True)
class Snapshot:
    """The parts of a cross-check a round is compared on, per measure key."""

    claims: dict[str, set[ClaimKey]]
    conflicts: dict[str, set[ConflictKey]]
    labels: dict[str, str]


def snapshot(cc: CrossCheck) -> Snapshot:
    claims: dict[str, set[ClaimKey]] = {}
    conflicts: dict[str, set[ConflictKey]] = {}
    labels: dict[str, str] = {}
    for view in cc.measures:
        claims[view.key] = {claim_key(c) for c in (*view.reported, *view.other)}
        conflicts[view.key] = {conflict_key(x) for x in view.conflicts}
        labels[view.key] = view.label
    return Snapshot(claims, conflicts, labels)


EMPTY = Snapshot({}, {}, {})


@dataclass(frozen=True)
class MeasureChange:
    """One measure's change over a round."""

    key: str
    label: str
    documents: int  # documents with new claims on the measure
    claims: int  # claims new to the measure
    new_conflicts: int
    resolved_conflicts: int


def compare(before: Snapshot, after: Snapshot) -> list[MeasureChange]:
    """The measures that changed between two snapshots, in order of measure key."""
    changes = []
    for key in sorted(set(before.claims) | set(after.claims)):
        old_claims = before.claims.get(key, set())
        new_claims = after.claims.get(key, set()) - old_claims
        old_conflicts = before.conflicts.get(key, set())
        now_conflicts = after.conflicts.get(key, set())
        made = len(now_conflicts - old_conflicts)
        ended = len(old_conflicts - now_conflicts)
        if not (new_claims or made or ended):
            continue
        label = after.labels.get(key) or before.labels.get(key) or key
        docs = len({doc for doc, *_ in new_claims})
        changes.append(MeasureChange(key, label, docs, len(new_claims), made, ended))
    return changes


@dataclass
class RoundSummary:
    """Counts for one watch round, the measures it changed, and what failed."""

    watched: int = 0  # feeds and pages checked
    watched_not_modified: int = 0
    watched_failed: int = 0
    articles: int = 0  # pages requested (feed entries and watched pages)
    articles_not_modified: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    claims: int = 0  # claims stored this round
    measures: list[MeasureChange] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line each, feeds first

    @property
    def new_conflicts(self) -> int:
        return sum(m.new_conflicts for m in self.measures)

    @property
    def resolved_conflicts(self) -> int:
        return sum(m.resolved_conflicts for m in self.measures)

    @property
    def ok(self) -> bool:
        """No watched feed or page failed (articles that failed are reported, not fatal)."""
        return self.watched_failed == 0

    def headline(self) -> str:
        """The round in one line, for a terminal or a cron mail."""
        checked = (
            f"{self.watched} watched ({self.watched_not_modified} not modified, "
            f"{self.watched_failed} failed)"
        )
        read = (
            f"{self.articles} pages requested ({self.articles_not_modified} not modified): "
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.failed} failed"
        )
        found = (
            f"{self.claims} claims stored; conflicts: {self.new_conflicts} new, "
            f"{self.resolved_conflicts} resolved"
        )
        return f"{checked}; {read}; {found}"
