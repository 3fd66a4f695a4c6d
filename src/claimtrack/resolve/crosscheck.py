"""Cross-check stored claims: measures over time, conflicts, independent origins.

Everything here is sorting and grouping, O(n log n) in the number of claims, so a
store of 100,000 claims is checked in seconds.

Rules, in plain words:

- A claim's *series* is its story-pack measure; an ``other`` claim is grouped with
  others of the same unit family about the same subject. A series holds one unit family
  (``families.py``: shells and rounds are one, tonnes and barrels are not, money in one
  currency unless the pack gives dated exchange rates) and one kind: rates, limits (caps,
  targets, capacity), changes ("3,000 more") and subsets ("of whom 600") are series of
  their own beside a measure's totals. Changes and subsets are parts of different wholes:
  they are listed, never estimated or paired as conflicts.
- Pledged, planned and rumoured figures are kept apart from the reported series.
- Two reported figures of a measure *conflict* when their times overlap (an undated
  figure overlaps everything) and their ranges stay apart by more than the tolerance
  (default 10%) but less than a factor of ten; a bound allows everything on its side, so
  "at least 1" agrees with 2 (further apart, they count different things). Figures of
  different predicates ("examined" and "launched" missiles; ``predicates.py``) are never
  paired; an unknown predicate is paired with any. For a cumulative measure (troops
  sent, shells supplied, killed) a later,
  larger figure is an update; a later figure that falls is a conflict; undated figures of
  a cumulative measure are not compared, since their order is unknown.
- The *current estimate* takes the reported, non-vague figures of the latest 90 days
  (up to the latest dated figure; all figures when none is dated), keeps each independent
  origin's latest one, and gives the range they span and its midpoint. The *trend*
  compares that midpoint with the previous 90 days'.
- *Independent origins* of a figure: distinct first sources of its claims' chains; a
  figure a document asserts itself has the document as origin, and a near-duplicate copy
  of a document counts as that document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter
from typing import Any, Protocol, TypeVar

from claimtrack.bulk import paused_gc
from claimtrack.packs import StoryPack
from claimtrack.records import STORED_FIELDS, ClaimId, StoredClaim
from claimtrack.resolve.families import PERIOD_DAYS, Family, Money, family_of, fold
from claimtrack.resolve.intervals import SPARK_POINTS, gap_pct, interval_of, last_points, point
from claimtrack.resolve.model import (
    CheckedClaim,
    Conflict,
    CrossCheck,
    DocumentSummary,
    Estimate,
    Figure,
    MeasureView,
    Order,
    SourceSummary,
    Trend,
    Window,
    content_order,
)
from claimtrack.resolve.origins import OriginResolver
from claimtrack.resolve.predicates import predicate_groups
from claimtrack.resolve.timewindows import window_of
from claimtrack.review.apply import OriginMap

WINDOW_DAYS = 90
#: Figures more than ten times apart count different things (a misread measure, a unit
#: slip), not a disagreement worth a reader's time: they are not paired as conflicts.
MAX_RATIO = 10.0
_SPARK = "▁▂▃▄▅▆▇█"
UNDATED = "~"  # sorts after every ISO date
R = TypeVar("R", bound=StoredClaim)


class ClaimStore(Protocol):
    """What the cross-check reads from a store; ``claimtrack.store.Store`` is one."""

    def fingerprints(self, decoded: bool = True) -> list[dict[str, Any]]: ...
    def texts(self, doc_ids: list[str] | None = None) -> dict[str, str]: ...
    def stored_claims(self, record: type[R]) -> list[R]: ...
    def documents(self, doc_id: str | None = None) -> list[dict[str, Any]]: ...
    def origin_map(self) -> OriginMap: ...


#: Kinds kept in series of their own, beside a measure's totals.
SEPARATE_KINDS = ("rate", "limit", "change", "subset")
#: Kinds whose figures are parts of different wholes: never estimated nor paired.
PART_KINDS = ("change", "subset")
_KIND_LABELS = {
    "rate": "rate",
    "limit": "caps, limits and targets",
    "change": "increments",
    "subset": "parts of larger figures",
}


@dataclass(frozen=True)
class Series:
    """What one measure view holds: a measure (or ``other`` with a subject), one unit
    family and one kind."""

    key: str
    measure: str
    family: Family
    kind: str
    subject: str | None
    home: bool = False  # in its pack measure's own unit family

    @property
    def compared(self) -> bool:
        return self.kind not in PART_KINDS


class SeriesOf:
    """Puts each claim in its series, with its unit's size in the series' unit."""

    def __init__(self, pack: StoryPack | None) -> None:
        self.pack = pack
        self.money = Money(pack)
        self.series: dict[str, Series] = {}
        self._home: dict[str, Family | None] = {}
        self._placed: dict[tuple[str | None, str, str, str | None], tuple[str, float]] = {}

    def home(self, measure: str) -> Family | None:
        """The family of a pack measure's own unit; None for ``other`` and unknown ids."""
        if measure not in self._home:
            m = self.pack.measure(measure) if self.pack is not None else None
            self._home[measure] = family_of(m.unit)[0] if m is not None else None
        return self._home[measure]

    def place(self, c: CheckedClaim) -> tuple[str, float]:
        """The key of ``c``'s series and the size of its unit in the series' unit.

        Remembered per unit, measure, kind and subject, which decide it but for money (its
        rate depends on the figure's date): 100,000 claims have a few hundred of those."""
        memo = (c.unit, c.measure, c.kind, c.subject)
        hit = self._placed.get(memo)
        if hit is not None:
            return hit
        fam, scale = family_of(c.unit)
        if not fam.money:
            self._placed[memo] = placed = self._place(c, fam, scale)
            return placed
        return self._place(c, fam, scale)

    def _place(self, c: CheckedClaim, fam: Family, scale: float) -> tuple[str, float]:
        if fam.money:
            rate = self.money.convert(fam.key, c.window.sort_key)
            base = self.money.family()
            if rate is not None and base is not None:
                fam, scale = base, rate
        kind = c.kind if c.kind in SEPARATE_KINDS else "total"
        if c.unit and " per " in c.unit and kind == "total":
            kind = "rate"  # stored before kinds were read
        home = self.home(c.measure)
        if home is not None:
            # counts of a pack measure are one family (its nouns say they count one thing);
            # weights, volumes, money and shares are each their own
            same = fam.key == home.key or not (fam.dimension or home.dimension)
            parts = [c.measure, *([] if same and kind != "rate" else [fam.key.lower()])]
            subject = None
        else:
            same = False
            subject = (c.subject or "").lower() or None
            parts = ["other", fam.key.lower(), subject or ""]
        if kind != "total":
            parts.append(kind)
        key = ":".join(parts)
        if key not in self.series:
            measure = c.measure if home is not None else "other"
            self.series[key] = Series(key, measure, fam, kind, subject, same)
        return key, scale


def sparkline(values: list[float]) -> str:
    if not values:
        return ""
    values = values[-SPARK_POINTS:]
    lo, hi = min(values), max(values)
    if hi == lo:
        return _SPARK[3] * len(values)
    return "".join(_SPARK[round((v - lo) / (hi - lo) * (len(_SPARK) - 1))] for v in values)


def _in_time(c: CheckedClaim) -> tuple[date, Order]:
    return c.at, c.order


_by_order = attrgetter("order")
_by_time = attrgetter("at")


def check_claims(
    rows: Iterable[dict[str, Any]],
    pack: StoryPack | None,
    documents: Iterable[dict[str, Any]] = (),
    copies: dict[str, str] | None = None,
    tolerance: float = 0.1,
) -> CrossCheck:
    """Cross-check claim rows as ``Store.claims()`` returns them (``claim_id`` is the
    claim's id, rows without one use ``id``; ``doc`` or ``doc_id`` its document)."""
    aliases = {"claim_id": "id", "doc_id": "doc"}

    def record(r: dict[str, Any]) -> CheckedClaim:
        known: dict[str, Any] = {k: r.get(k, r.get(aliases.get(k, k))) for k in STORED_FIELDS}
        return CheckedClaim(**known)

    with paused_gc():
        records = [record(r) for r in rows]
        return _check(records, pack, documents, copies or {}, tolerance)


def _check(
    records: list[CheckedClaim],
    pack: StoryPack | None,
    documents: Iterable[dict[str, Any]],
    copies: dict[str, str],
    tolerance: float,
    reviewed: OriginMap | None = None,
) -> CrossCheck:
    resolver = OriginResolver(pack, reviewed)
    series = SeriesOf(pack)
    documents = list(documents)
    # Each document's outlet, from its rows (the same on every row of a document) and
    # its document record: names the origin of a copy's figures the same in any order.
    outlets: dict[str, str | None] = {c.doc_id: c.outlet for c in records}
    outlets.update({str(d["doc"]): d["outlet"] for d in documents if d.get("outlet")})
    # people and acronyms are learned from every name first, so they meet in any order
    resolver.learn(
        {c.source for c in records if c.source} | {v for c in records for v in (c.via or ())}
    )
    claims = [_checked(c, resolver, series, copies, outlets, tolerance) for c in records]
    # Rows come in storage order, which depends on the order documents were ingested:
    # put them in content order first, so no grouping below can depend on it.
    claims.sort(key=_by_order)
    # Then in time, ties in content order (a stable sort of the content order): every
    # series below is read in time, and each then keeps this order instead of sorting
    # its claims again (``_in_time``).
    by_measure: dict[str, list[CheckedClaim]] = defaultdict(list)
    for c in sorted(claims, key=_by_time):
        by_measure[c.measure_key].append(c)
    for key, cs in by_measure.items():
        if series.series[key].kind in ("rate", "limit"):
            _own_period(series, key, cs, tolerance)
    measures = [
        _measure_view(series.series[key], cs, pack, tolerance) for key, cs in by_measure.items()
    ]
    measures.sort(key=lambda m: (not m.from_pack, -len(m.reported) - len(m.other), m.key))
    conflicts = sorted((x for m in measures for x in m.conflicts), key=conflict_order)
    return CrossCheck(
        measures=measures,
        conflicts=conflicts,
        sources=_sources(claims),
        documents=_documents(documents, claims, copies),
        tolerance=tolerance,
    )


_window_of = lru_cache(maxsize=65536)(window_of)


def _own_period(series: SeriesOf, key: str, claims: list[CheckedClaim], tolerance: float) -> None:
    """Rates are compared per day; a series whose figures all give the same period ("a
    year") is shown in it, so a cap of 500,000 barrels a year does not read as 1,369 a
    day."""
    periods = {fold(c.unit.partition(" per ")[2]) for c in claims if c.unit and " per " in c.unit}
    if len(periods) != 1 or any(not c.unit or " per " not in c.unit for c in claims):
        return
    (period,) = periods
    days = PERIOD_DAYS.get(period)
    s = series.series[key]
    if days is None or days == 1 or s.family.base is None or "per day" not in s.family.base:
        return
    base = s.family.base.replace("per day", f"per {period}")
    series.series[key] = replace(s, family=replace(s.family, base=base))
    for c in claims:
        c.scale *= days
        c.interval = interval_of(c, tolerance)


def _checked(
    c: CheckedClaim,
    resolver: OriginResolver,
    series: SeriesOf,
    copies: dict[str, str],
    outlets: dict[str, str | None],
    tolerance: float,
) -> CheckedClaim:
    c.via = list(c.via or [])
    c.approx, c.vague = bool(c.approx), bool(c.vague)
    c.copy_of = copies.get(c.doc_id)
    c.kind = c.kind or "total"
    if c.source:
        c.origin = resolver.resolve(c.source)
    elif c.copy_of:
        # A copy's own figures come from the document it copies, named by that one's
        # outlet (not by whichever copy happens to be read first).
        c.origin = resolver.document(c.copy_of, outlets.get(c.copy_of))
    else:
        c.origin = resolver.document(c.doc_id, c.outlet)
    c.chain = [resolver.resolve(v) for v in c.via] if c.via else []
    c.window = _window_of(c.as_of, c.published)
    c.at = c.window.sort_key or date.min
    c.measure_key, c.scale = series.place(c)
    c.interval = interval_of(c, tolerance)
    # ``order``'s cache, filled directly: every field it reads is set by now, and the
    # cached property's first read takes a lock (Python 3.11), 100,000 times
    vars(c)["order"] = content_order(c)
    return c


def _label(series: Series, pack: StoryPack | None) -> tuple[str, str | None, bool, bool]:
    """A series' label, unit, whether it is cumulative and whether the pack defines it."""
    m = pack.measure(series.measure) if pack is not None else None
    fam = series.family
    if m is not None:
        unit = m.unit if series.home and series.kind != "rate" else fam.base
        label = m.label if series.home else f"{m.label}, in {fam.base}"
        cumulative = m.cumulative and series.kind == "total"
    else:
        unit = fam.base
        label = fam.base or "figures without a unit"
        if series.subject:
            label = f"{label} ({series.subject})"
        cumulative = False
    if series.kind != "total":
        label = f"{label}: {_KIND_LABELS[series.kind]}"
    if series.kind == "rate" and fam.base and fam.base not in label:
        label = f"{label} ({fam.base})"
    return label, unit, cumulative, m is not None


def _measure_view(
    series: Series, claims: list[CheckedClaim], pack: StoryPack | None, tolerance: float
) -> MeasureView:
    label, unit, cumulative, from_pack = _label(series, pack)
    # ``claims`` come in time order (``_in_time``), and so do the lists taken from them
    reported = [c for c in claims if c.status == "reported"]
    other = [c for c in claims if c.status != "reported"]
    compared = reported if series.compared else []
    # the figures an estimate and a conflict can use: not vague, with a range
    usable = [c for c in compared if not c.vague and c.interval is not None]
    estimate, trend = _estimate(usable)
    points = last_points(reported)
    return MeasureView(
        key=series.key,
        label=label,
        unit=unit,
        cumulative=cumulative,
        from_pack=from_pack,
        reported=reported,
        other=other,
        figures=_figures(claims),
        estimate=estimate,
        trend=trend,
        conflicts=_conflicts(series.key, usable, cumulative, tolerance),
        sparkline=sparkline(points),
    )


def _figures(claims: list[CheckedClaim]) -> list[Figure]:
    groups: dict[tuple[Any, ...], list[CheckedClaim]] = defaultdict(list)
    for c in claims:  # in time order: the earliest names the figure ("~11,000" or "11,000")
        groups[(c.value, c.low, c.high, c.vague, c.status)].append(c)
    out = []
    for cs in groups.values():
        origins = {c.origin.key: c.origin for c in cs if c.origin is not None}
        docs = sorted({c.doc_id for c in cs if c.copy_of is None})
        copies = sorted({c.doc_id for c in cs if c.copy_of is not None})
        out.append(Figure(cs[0].shown, cs, list(origins.values()), docs, copies))
    out.sort(
        key=lambda f: (
            -len(f.origins),
            -len(f.documents),
            f.shown,
            f.claims[0].status,
            _in_time(f.claims[0]),
        )
    )
    return out


def _latest_by_origin(claims: list[CheckedClaim]) -> list[CheckedClaim]:
    latest: dict[str, CheckedClaim] = {}
    for c in claims:  # ordered by time: later ones win
        if c.origin is not None:
            latest[c.origin.key] = c
    return list(latest.values())


def _range(claims: list[CheckedClaim], window: Window) -> Estimate | None:
    chosen = _latest_by_origin(claims)
    points = [p for c in chosen if (p := point(c)) is not None]
    if not points:
        return None
    lo, hi = min(points), max(points)
    return Estimate(lo, hi, (lo + hi) / 2, window, len(chosen), chosen)


def _estimate(usable: list[CheckedClaim]) -> tuple[Estimate | None, Trend]:
    """Of the reported figures that are not vague and have a range, in time order."""
    dated = [c for c in usable if c.window.known]
    if not dated:
        return _range(usable, Window()), "n/a"
    latest = dated[-1].at  # in time order
    start = latest - timedelta(days=WINDOW_DAYS)
    earlier = start - timedelta(days=WINDOW_DAYS)
    recent = [c for c in dated if c.at > start]
    before = [c for c in dated if earlier < c.at <= start]
    current = _range(recent, Window(start + timedelta(days=1), latest))
    previous = _range(before, Window())
    trend: Trend = "n/a"
    if current is not None and previous is not None and previous.mid:
        change = (current.mid - previous.mid) / abs(previous.mid)
        trend = "rising" if change > 0.05 else "falling" if change < -0.05 else "steady"
    return current, trend


def _quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3


def _conflicts(
    key: str, usable: list[CheckedClaim], cumulative: bool, tolerance: float
) -> list[Conflict]:
    """Of the reported figures that are not vague and have a range, in time order."""
    undated = [c for c in usable if not c.window.known]
    buckets: dict[tuple[int, int], list[CheckedClaim]] = defaultdict(list)
    for c in usable:
        if c.window.known:
            buckets[_quarter(c.window.start or c.window.end or date.min)].append(c)
    groups = [buckets[q] for q in sorted(buckets)]
    if not cumulative:
        groups = [g + undated for g in groups] or [undated]
    groups = [part for g in groups for part in _by_predicate(g)]
    found: dict[tuple[ClaimId, ClaimId], Conflict] = {}
    for group in groups:
        for a, b in _apart(group, tolerance):
            if a.window.overlaps(b.window) and (a.doc_id != b.doc_id or a.origin != b.origin):
                pair = (a.claim_id, b.claim_id) if a.order <= b.order else (b.claim_id, a.claim_id)
                found.setdefault(pair, Conflict(key, a, b, gap_pct(a, b), "disagree"))
    if cumulative:
        for part in _by_predicate(usable):
            for a, b, n in _falls(part, tolerance):
                conflict = Conflict(key, a, b, gap_pct(a, b), "falls", n - 1)
                found.setdefault((a.claim_id, b.claim_id), conflict)
    return sorted(found.values(), key=conflict_order)


def _by_predicate(claims: list[CheckedClaim]) -> list[list[CheckedClaim]]:
    """The claims that may count one event, per predicate group: each group's claims with
    those of unknown predicate, so no pair of different known predicates shares a part.
    Claims none of which know their predicate stay one part, as before predicates."""
    parts: dict[str, list[CheckedClaim]] = {}
    unknown: list[CheckedClaim] = []
    for c in claims:
        if not c.predicate:  # most claims: no verb said what happened (no groups)
            unknown.append(c)
            continue
        names = predicate_groups(c.predicate)
        if not names:
            unknown.append(c)
        for name in names:
            parts.setdefault(name, []).append(c)
    if not parts:
        return [claims]
    # ``_apart`` and ``_falls`` sort what they are given (ties in content order)
    return [parts[name] + unknown for name in sorted(parts)]


def conflict_order(x: Conflict) -> tuple[float, str, str, tuple[Any, ...], tuple[Any, ...]]:
    """Largest gap first, everywhere conflicts are listed; ties in content order."""
    return (-x.gap_pct, x.kind, x.measure_key, x.a.order, x.b.order)


def _apart(group: list[CheckedClaim], tolerance: float) -> list[tuple[CheckedClaim, CheckedClaim]]:
    """Neighbouring clusters of figures whose ranges stay apart beyond the tolerance: for
    each gap, the closest pair across it."""
    ordered = sorted(group, key=lambda c: (c.interval.low, c.interval.high, c.order))  # type: ignore[union-attr]
    pairs = []
    top = ordered[0] if ordered else None
    for c in ordered[1:]:
        assert top is not None and top.interval is not None and c.interval is not None
        apart = c.interval.low > top.interval.high * (1 + tolerance)
        if apart and c.interval.low <= top.interval.high * MAX_RATIO:
            pairs.append((top, c))
        if c.interval.high > top.interval.high:
            top = c
    return pairs


def _falls(
    usable: list[CheckedClaim], tolerance: float
) -> list[tuple[CheckedClaim, CheckedClaim, int]]:
    """Cumulative figures lower than an earlier peak, beyond the tolerance: per peak, its
    lowest later figure and how many others fell below it too."""
    dated = [c for c in usable if c.window.known]  # in time order, as ``usable``
    below: dict[ClaimId, tuple[CheckedClaim, CheckedClaim, int]] = {}
    peak: CheckedClaim | None = None
    for c in dated:
        assert c.interval is not None
        if peak is not None and peak.interval is not None:
            later = (c.window.start or c.at) > (peak.window.end or peak.at)
            if (
                later
                and c.interval.high < peak.interval.low * (1 - tolerance)
                and c.interval.high * MAX_RATIO >= peak.interval.low
            ):
                _, lowest, n = below.get(peak.claim_id, (peak, c, 0))
                assert lowest.interval is not None
                below[peak.claim_id] = (
                    peak,
                    c if c.interval.high < lowest.interval.high else lowest,
                    n + 1,
                )
        if peak is None or (peak.interval is not None and c.interval.low > peak.interval.low):
            peak = c
    return list(below.values())


def _sources(claims: list[CheckedClaim]) -> list[SourceSummary]:
    by: dict[str, list[CheckedClaim]] = defaultdict(list)
    for c in claims:
        if c.origin is not None:
            by[c.origin.key].append(c)
    out = [
        SourceSummary(
            cs[0].origin,  # type: ignore[arg-type]
            len(cs),
            len({c.doc_id for c in cs}),
            len({c.measure_key for c in cs}),
        )
        for cs in by.values()
    ]
    out.sort(key=lambda s: (-s.claims, s.origin.name, s.origin.key))
    return out


def _documents(
    documents: Iterable[dict[str, Any]], claims: list[CheckedClaim], copies: dict[str, str]
) -> list[DocumentSummary]:
    counts: dict[str, int] = defaultdict(int)
    for c in claims:
        counts[c.doc_id] += 1
    documents = sorted(documents, key=lambda d: str(d["doc"]))
    return [
        DocumentSummary(
            doc=d["doc"],
            title=d.get("title"),
            published=d.get("published"),
            outlet=d.get("outlet"),
            url=d.get("url"),
            truncated=bool(d.get("truncated")),
            claims=counts.get(d["doc"], 0),
            versions=int(d.get("versions") or 1),
            copy_of=copies.get(d["doc"]),
        )
        for d in documents
    ]


def check_store(store: ClaimStore, pack: StoryPack | None, tolerance: float = 0.1) -> CrossCheck:
    """Cross-check everything in a store: near-duplicate documents from their stored
    fingerprints (computed from the text for documents stored without one), then claims."""
    with paused_gc():
        return _check_store(store, pack, tolerance)


def _check_store(store: ClaimStore, pack: StoryPack | None, tolerance: float) -> CrossCheck:
    import numpy as np

    from claimtrack.resolve.duplicates import (
        NUM_PERM,
        fingerprint,
        near_duplicate_rows,
        stored_signatures,
    )

    # As stored (text), parsed all at once below; a signature of another length than
    # NUM_PERM is never compared, as ``near_duplicates`` leaves it out.
    stored = store.fingerprints(decoded=False)
    whole = [r for r in stored if r["fingerprint"] and r["fingerprint"].count(",") == NUM_PERM - 1]
    missing = [r for r in stored if not r["fingerprint"]]
    texts = store.texts([r["doc_id"] for r in missing]) if missing else {}
    computed = [fingerprint(texts.get(r["doc_id"], "")) for r in missing]
    rows = whole + [r for r, sig in zip(missing, computed, strict=True) if len(sig) == NUM_PERM]
    sigs = stored_signatures([r["fingerprint"] for r in whole])
    if computed:
        fresh = np.array([sig for sig in computed if len(sig) == NUM_PERM], dtype=np.uint64)
        sigs = np.concatenate([sigs, fresh.reshape(-1, NUM_PERM)])
    # The original of near-duplicates is the earliest published; undated documents come
    # after dated ones, by document id. Never by when they were ingested (``first_seen``):
    # the same documents ingested in another order must name the same originals.
    copies = near_duplicate_rows(
        [r["doc_id"] for r in rows], [str(r.get("published") or UNDATED) for r in rows], sigs
    )
    return _check(
        store.stored_claims(CheckedClaim),
        pack,
        store.documents(),
        copies,
        tolerance,
        store.origin_map(),
    )
