"""Typed records of the cross-check: what the resolve stage hands to reports and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from typing import Literal

from claimtrack.records import StoredClaim, figure_of

Trend = Literal["rising", "falling", "steady", "n/a"]
ConflictKind = Literal["disagree", "falls"]


@dataclass(frozen=True)
class Window:
    """When a figure holds: a closed or half-open date range; both None when unknown."""

    start: date | None = None
    end: date | None = None

    @property
    def known(self) -> bool:
        return self.start is not None or self.end is not None

    def overlaps(self, other: Window) -> bool:
        """Unknown times overlap everything: they cannot rule a disagreement out."""
        if not self.known or not other.known:
            return True
        a0, a1 = self.start or date.min, self.end or date.max
        b0, b1 = other.start or date.min, other.end or date.max
        return a0 <= b1 and b0 <= a1

    @property
    def sort_key(self) -> date | None:
        return self.end or self.start

    @cached_property
    def label(self) -> str:
        """How pages write it; worked out once per window (claims share their windows)."""
        if not self.known:
            return "undated"
        if self.start == self.end:
            return str(self.start)
        return f"{self.start or '…'} – {self.end or '…'}"


@dataclass(frozen=True)
class Interval:
    """The range a figure allows, for comparing figures."""

    low: float
    high: float


@dataclass(frozen=True)
class Origin:
    """Where a figure first comes from: the first source of its chain, or the document."""

    key: str
    name: str
    type: str
    side: str | None = None


@dataclass
class CheckedClaim(StoredClaim):
    """A stored claim with what the cross-check worked out about it: its series, its
    origin and chain, when it holds and the range it allows. Its claim fields are
    ``StoredClaim``'s: stored claims carry no kind before schema 6, and the cross-check
    reads those as totals."""

    measure_key: str = ""
    #: One of the claim's units in its series' unit ("kg" in tonnes: 0.001); figures
    #: are compared and charted times this, and shown as written.
    scale: float = 1.0
    origin: Origin | None = None
    chain: list[Origin] = field(default_factory=list)
    interval: Interval | None = None
    window: Window = field(default_factory=Window)
    copy_of: str | None = None  # the document this one is a near-duplicate of
    #: When it holds, to put claims in time order: the window's end, else its start,
    #: else ``date.min``; set with the window, read by every sort in time.
    at: date = date.min

    @cached_property
    def order(self) -> Order:
        """A total order from what the claim is (document, place, measure, status,
        figure), never from when it was stored: every tie in the cross-check and the
        report is broken with it, so any ingest order gives the same output. Worked out
        once per claim (sorting asks for it many times); the cross-check sets every field
        it reads before any sort, and fills this in as it places the claim
        (``content_order``)."""
        return content_order(self)

    @property
    def shown(self) -> str:
        """The figure as a reader would write it: "≥28,000", "≤40%", "~13,000", "1,000+"."""
        v, lo, hi = self.value, self.low, self.high
        percent, approx, vague = self.unit == "percent", bool(self.approx), bool(self.vague)
        if v == 0 or lo == 0 or hi == 0:  # 0.0 and -0.0 are one key but read apart
            return shown_figure(v, lo, hi, approx, vague, percent)
        return _shown_memo(v, lo, hi, approx, vague, percent)


def shown_figure(
    value: float | None,
    low: float | None,
    high: float | None,
    approx: bool,
    vague: bool,
    percent: bool,
) -> str:
    """``CheckedClaim.shown`` of a figure."""
    unit = "%" if percent else ""

    def n(v: float) -> str:
        return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}".rstrip("0").rstrip(".")

    if vague and low is not None:
        return f"{n(low)}+{unit}"
    if value is None and low is not None and high is not None:
        return f"{n(low)}–{n(high)}{unit}"
    v = figure_of(value, low, high)
    if v is None:
        return "?"
    prefix = "≥" if low is not None else "≤" if high is not None else ""
    tilde = "~" if approx else ""
    return f"{prefix}{tilde}{n(v)}{unit}"


#: Figures repeat (100,000 claims show a few thousand): each is written out once; a
#: claim's order and every page ask for it.
_shown_memo = lru_cache(maxsize=65536)(shown_figure)


#: ``CheckedClaim.order``: document, start, end, measure, status, figure shown, claim id.
Order = tuple[str, int, int, str, str, str, str]


def content_order(c: CheckedClaim) -> Order:
    """``c.order``, worked out."""
    return (c.doc_id, c.start or 0, c.end or 0, c.measure, c.status, c.shown, str(c.claim_id))


@dataclass
class Figure:
    """One figure of a measure as repeated across documents."""

    shown: str
    claims: list[CheckedClaim]
    origins: list[Origin]  # independent origins, copies and repeats counted once
    documents: list[str]  # documents stating it, near-duplicate copies left out
    copies: list[str]  # near-duplicate documents that repeat it too


@dataclass
class Conflict:
    """Two figures that cannot both hold. For "falls", ``b`` is the lowest later figure
    below the earlier peak ``a``, and ``others`` counts the further later figures below it."""

    measure_key: str
    a: CheckedClaim
    b: CheckedClaim
    gap_pct: float
    kind: ConflictKind
    others: int = 0


@dataclass
class Estimate:
    low: float
    high: float
    mid: float
    window: Window
    origins: int
    claims: list[CheckedClaim]


@dataclass
class MeasureView:
    key: str
    label: str
    unit: str | None
    cumulative: bool
    from_pack: bool
    reported: list[CheckedClaim]  # ordered by time
    other: list[CheckedClaim]  # pledged, planned, rumoured: never in the reported series
    figures: list[Figure]
    estimate: Estimate | None
    trend: Trend
    conflicts: list[Conflict]
    sparkline: str

    @property
    def origins(self) -> int:
        return len({c.origin.key for c in self.reported if c.origin is not None})

    @property
    def listed(self) -> bool:
        """Whether an overview lists it: a story-pack measure, or figures outside the pack
        that count something named and that at least two origins give. One origin's
        figures outside the pack ("43 voyages") and figures without a unit cannot be
        cross-checked; they are listed on request and on their documents' pages."""
        return self.from_pack or (self.unit is not None and self.origins >= 2)


@dataclass
class SourceSummary:
    origin: Origin
    claims: int
    documents: int
    measures: int


@dataclass
class DocumentSummary:
    doc: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None
    truncated: bool
    claims: int
    versions: int
    copy_of: str | None


@dataclass
class CrossCheck:
    measures: list[MeasureView]
    conflicts: list[Conflict]
    sources: list[SourceSummary]
    documents: list[DocumentSummary]
    tolerance: float
