"""Inline SVG charts: a measure's figures over time, and small sparklines.

Built as text with every label passed through ``markupsafe.escape``, so a report is one
self-contained file that shows the evidence without scripts or network assets. Figures
keep their shape: a range is a bar, "at least X" a bar with an upward arrow, "at most X"
a downward one; pledged, planned and rumoured figures are hollow and dashed and never
joined to the reported ones. Every dot links to its quote (``#claim-<id>``).

A large measure is sampled so a chart stays readable and the page small: at most
``MAX_POINTS`` dots, chosen per stretch of the time axis (lowest, quartiles, median,
highest), plus the figures of the conflicts the report lists and up to ``OTHER_POINTS``
pledged, planned or rumoured ones. Value labels are placed only on charts of at most
``LABEL_POINTS`` dots, against a grid of the boxes already placed.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup

from claimtrack.records import ClaimId, figure_of
from claimtrack.report.fragments import e
from claimtrack.report.present import number, origin_name, percent
from claimtrack.resolve import CheckedClaim, MeasureView
from claimtrack.resolve.intervals import SPARK_POINTS
from claimtrack.resolve.model import Order

WIDTH, HEIGHT = 1060, 320
TOP, BOTTOM, RIGHT = 22, 40, 14
BAND = 104  # width of the "undated" band at the right
CHAR = 6.4  # rough width of one 11px character, to size margins and label boxes
MAX_POINTS = 1500  # dots per chart at most; a larger measure is sampled
OTHER_POINTS = 150  # pledged, planned and rumoured dots kept at most when sampling
LABEL_POINTS = 150  # value labels only on charts with at most this many dots
BUCKET_PX = 12  # width of one stretch of the time axis when sampling
NO_DATE = date(2000, 1, 1)  # the time axis of a chart with no dated figure (it gets no ticks)
# Per stretch, in this order until the budget is spent: lowest and highest, median,
# quartiles.
_ROUNDS = ((0.0, 1.0), (0.5,), (0.25, 0.75))
_CELL = 48.0  # side of a grid cell of the label collision index


@dataclass
class _Shape:
    """How one claim is drawn: a dot at ``y``, a bar from ``lo`` to ``hi``, an arrow."""

    y: float
    lo: float
    hi: float
    arrow: str  # "up", "down" or ""


@dataclass
class Chart:
    """A measure's chart: the ``<svg>``, the claims it draws (each dot links to its
    quote) and how many claims have a figure at all."""

    svg: Markup
    ids: list[ClaimId]
    total: int

    @property
    def sampled(self) -> bool:
        return len(self.ids) < self.total


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2, 2.5, 5 × 10^k) covering lo..hi."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    t = start
    while t < hi + step * 0.999:
        ticks.append(round(t, 10))
        t += step
    return ticks


def _shape(c: CheckedClaim, ext: float) -> _Shape | None:
    if c.value is None and c.low is not None and c.high is not None:
        return _Shape((c.low + c.high) / 2, c.low, c.high, "")
    v = c.figure
    if v is None:
        return None
    if c.vague or (c.low is not None and c.high is None):
        return _Shape(v, v, v + ext, "up")
    if c.high is not None and c.low is None:
        return _Shape(v, v - ext, v, "down")
    return _Shape(v, v, v, "")


def _month_ticks(d0: date, d1: date) -> list[tuple[date, str]]:
    months = (d1.year - d0.year) * 12 + d1.month - d0.month + 1
    step = next((s for s in (1, 2, 3, 6, 12, 24, 60) if months / s <= 6), 120)
    out = []
    y, m = d0.year, d0.month
    while date(y, m, 1) <= d1:
        if (m - 1) % step == 0 and date(y, m, 1) >= d0:
            d = date(y, m, 1)
            out.append((d, d.strftime("%b %Y") if step < 12 else str(y)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _tooltip(c: CheckedClaim) -> str:
    via = f" via {', '.join(o.name for o in c.chain)}" if c.chain else ""
    return f"{c.shown} — {origin_name(c)}{via} ({c.window.label}, {c.status}; doc {c.doc})"


def measure_chart(m: MeasureView, colours: dict[str | None, str]) -> Markup:
    """The figures of one measure over time, as an inline ``<svg>``."""
    return chart(m, colours).svg


def chart(m: MeasureView, colours: dict[str | None, str], keep: Sequence[ClaimId] = ()) -> Chart:
    """The figures of one measure over time; ``keep``: claim ids to draw even when the
    measure is sampled (most important first; at most half the budget)."""
    claims = [
        c
        for c in m.reported + m.other
        if not (c.value is None and c.low is None and c.high is None)
    ]  # the claims with a figure (``figure_of``)
    values = [v for c in claims for v in (c.value, c.low, c.high) if v is not None]
    if not values:
        return Chart(Markup(""), [], 0)
    vmin, vmax = min(0.0, min(values)), max(values)
    ext = (vmax - vmin or abs(vmax) or 1) * 0.09
    top_v = _top(claims, ext) + ext * 0.4
    ticks = nice_ticks(vmin, top_v)
    y0, y1 = ticks[0], ticks[-1]
    unit = percent(m.unit)
    labels = [number(t) + unit for t in ticks]
    left = 16 + max(len(s) for s in labels) * CHAR

    dated, undated, d0, d1 = _time_axis(claims)
    band = BAND if undated else 0
    px0, px1 = left, WIDTH - RIGHT - band - (14 if band else 0)
    py0, py1 = HEIGHT - BOTTOM, TOP

    def ys(v: float) -> float:
        return py0 - (v - y0) / (y1 - y0) * (py0 - py1)

    pad = max(timedelta(days=20), (d1 - d0) * 0.05)
    d0, d1 = d0 - pad, d1 + pad
    span = (d1 - d0).days or 1

    def xs(d: date) -> float:
        return px0 + (d - d0).days / span * (px1 - px0)

    total = len(claims)
    if total > MAX_POINTS:
        claims = _sample_all(claims, xs, keep)
        dated = [c for c in claims if c.window.known]
        undated = [c for c in claims if not c.window.known]
    # only the drawn claims' shapes: a sampled measure draws at most MAX_POINTS
    shapes = {c.claim_id: _shape(c, ext) for c in claims}

    out: list[str] = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" '
        f'aria-label="{e(m.label)}: figures over time">',
        f"<title>{e(m.label)}</title>",
    ]
    # Value axis: grid lines and labels.
    for t, label in zip(ticks, labels, strict=True):
        y = ys(t)
        out.append(f'<line class="grid" x1="{px0:.1f}" x2="{px1:.1f}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{px0 - 6:.1f}" y="{y + 4:.1f}" text-anchor="end">'
                   f"{e(label)}</text>")  # fmt: skip
    if m.unit:
        out.append(f'<text class="unit" x="{px0:.1f}" y="{TOP - 8}">{e(m.unit)}</text>')
    # Time axis.
    out.append(f'<line class="axis" x1="{px0:.1f}" x2="{px1:.1f}" y1="{py0}" y2="{py0}"/>')
    for d, label in _month_ticks(d0, d1) if dated else []:
        x = xs(d)
        out.append(f'<line class="axis" x1="{x:.1f}" x2="{x:.1f}" y1="{py0}" y2="{py0 + 4}"/>')
        out.append(f'<text class="tick" x="{x:.1f}" y="{py0 + 17}" text-anchor="middle">'
                   f"{e(label)}</text>")  # fmt: skip
    if not dated:
        out.append(f'<text class="note" x="{(px0 + px1) / 2:.1f}" y="{(py0 + py1) / 2:.1f}" '
                   f'text-anchor="middle">no dated figures</text>')  # fmt: skip
    if band:
        bx = WIDTH - RIGHT - band
        out.append(f'<rect class="band" x="{bx}" y="{py1}" width="{band}" height="{py0 - py1}"/>')
        out.append(f'<text class="tick" x="{bx + band / 2}" y="{py0 + 17}" '
                   f'text-anchor="middle">undated</text>')  # fmt: skip

    # Positions: claims of the same date spread sideways; undated ones share the band.
    xpos: dict[ClaimId, float] = {}
    same_day: dict[date, list[CheckedClaim]] = defaultdict(list)
    for c in dated:
        same_day[c.window.sort_key or date.min].append(c)
    for d, group in same_day.items():
        step = min(9.0, 36 / max(1, len(group) - 1))  # a crowded day stays near its date
        for i, c in enumerate(group):
            xpos[c.claim_id] = xs(d) + (i - (len(group) - 1) / 2) * step
    for i, c in enumerate(undated):
        xpos[c.claim_id] = WIDTH - RIGHT - band + (i + 1) * band / (len(undated) + 1)

    # Labels avoid every dot as well as each other; a crowded chart gets none.
    boxes: _Boxes | None = None
    if len(claims) <= LABEL_POINTS:
        boxes = _Boxes()
        for c in claims:
            if (s := shapes[c.claim_id]) is not None:
                boxes.add((xpos[c.claim_id] - 6, ys(s.y) - 6, xpos[c.claim_id] + 6, ys(s.y) + 6))
    order = sorted(claims, key=lambda c: (c.status != "reported", c.order))
    ids: list[ClaimId] = []
    for c in order:
        s = shapes[c.claim_id]
        if s is None:
            continue
        x, y = xpos[c.claim_id], ys(s.y)
        colour = colours.get(c.origin.side if c.origin else None, colours[None])
        reported = c.status == "reported"
        cls = "pt" if reported else "pt other"
        dash = "" if reported else ' stroke-dasharray="3 2"'
        ids.append(c.claim_id)
        out.append(
            f'<a class="{cls}" href="#claim-{e(c.claim_id)}"><title>{e(_tooltip(c))}</title>'
        )
        if s.hi > s.lo:
            out.append(f'<line class="bar" x1="{x:.1f}" x2="{x:.1f}" y1="{ys(s.lo):.1f}" '
                       f'y2="{ys(s.hi):.1f}" stroke="{colour}"{dash}/>')  # fmt: skip
            for v in (s.lo, s.hi):
                if (s.arrow == "up" and v == s.hi) or (s.arrow == "down" and v == s.lo):
                    continue
                out.append(f'<line class="bar" x1="{x - 4:.1f}" x2="{x + 4:.1f}" '
                           f'y1="{ys(v):.1f}" y2="{ys(v):.1f}" stroke="{colour}"/>')  # fmt: skip
        if s.arrow:
            tip = ys(s.hi) if s.arrow == "up" else ys(s.lo)
            back = tip + 7 if s.arrow == "up" else tip - 7
            out.append(f'<path class="arrow" d="M{x - 4:.1f},{back:.1f} L{x:.1f},{tip:.1f} '
                       f'L{x + 4:.1f},{back:.1f}" stroke="{colour}"/>')  # fmt: skip
        fill = colour if reported else "#fff"
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{fill}" '
                   f'stroke="{colour}"{dash}/>')  # fmt: skip
        placed = None if boxes is None else _place_label(c.shown, x, y, boxes, px0, WIDTH - RIGHT)
        if placed is not None:
            lx, anchor = placed
            out.append(f'<text class="val" x="{lx:.1f}" y="{y + 4:.1f}" '
                       f'text-anchor="{anchor}">{e(c.shown)}</text>')  # fmt: skip
        out.append("</a>")
    out.append("</svg>")
    return Chart(Markup("".join(out)), ids, total)


def _top(claims: list[CheckedClaim], ext: float) -> float:
    """The highest end of the claims' shapes (``_shape``), without building them: the
    largest top of a bar or dot, or of an upward arrow (its figure plus ``ext``)."""
    top = up = -math.inf
    for c in claims:
        hi: float | None
        if c.value is None and c.low is not None and c.high is not None:
            hi = c.high
        elif c.vague or (c.low is not None and c.high is None):
            if (v := figure_of(c.value, c.low, c.high)) is not None and v > up:
                up = v
            continue
        else:
            hi = figure_of(c.value, c.low, c.high)
        if hi is not None and hi > top:
            top = hi
    return max(top, up + ext)


def _time_axis(
    claims: list[CheckedClaim],
) -> tuple[list[CheckedClaim], list[CheckedClaim], date, date]:
    """The dated and the undated claims, and the time axis' first and last day: the
    earliest start or time of a dated claim, and the latest time. Without dated figures
    the time axis has no ticks; any fixed day does for the arithmetic (never today, so the
    same claims always draw the same chart)."""
    dated: list[CheckedClaim] = []
    undated: list[CheckedClaim] = []
    first = last = None
    for c in claims:
        w = c.window
        if w.start is None and w.end is None:
            undated.append(c)
            continue
        dated.append(c)
        at = c.at  # the window's end, else its start
        lo = w.start if w.start is not None and w.start < at else at
        if first is None or lo < first:
            first = lo
        if last is None or at > last:
            last = at
    return dated, undated, first or NO_DATE, last or NO_DATE


def _y(c: CheckedClaim) -> tuple[float, Order]:
    """The height of ``c``'s dot (``_shape``'s ``y``: a range's middle, else its figure),
    then its order: how a stretch of time is ranked for sampling."""
    v, lo, hi = c.value, c.low, c.high
    if v is None and lo is not None and hi is not None:
        return (lo + hi) / 2, c.order
    f = v if v is not None else lo if lo is not None else hi  # ``figure_of``
    return (f if f is not None else 0.0), c.order


def _sample_all(
    claims: list[CheckedClaim],
    xs: Callable[[date], float],
    keep: Sequence[ClaimId],
) -> list[CheckedClaim]:
    """At most ``MAX_POINTS`` of ``claims``: up to ``OTHER_POINTS`` pledged, planned or
    rumoured ones, then the reported ones to keep, then a spread of each stretch of time."""
    reported = [c for c in claims if c.status == "reported"]
    other = [c for c in claims if c.status != "reported"]
    buckets: dict[date | None, int] = {None: -1}  # undated: one bucket

    def bucket(c: CheckedClaim) -> int:
        d = c.window.sort_key
        b = buckets.get(d)
        if b is None:
            b = buckets[d] = int(xs(d) // BUCKET_PX)  # type: ignore[arg-type]
        return b

    other = _sample(other, OTHER_POINTS, (), bucket, _y)
    reported = _sample(reported, MAX_POINTS - len(other), keep, bucket, _y)
    return reported + other


def _sample(
    claims: list[CheckedClaim],
    budget: int,
    keep: Sequence[ClaimId],
    bucket: Callable[[CheckedClaim], int],
    y: Callable[[CheckedClaim], tuple[float, Order]],
) -> list[CheckedClaim]:
    """``claims`` when they fit ``budget``, else the ones in ``keep`` (up to half the
    budget) and, per bucket of the time axis, the lowest and highest, the median and the
    quartiles, round by round while the budget lasts. Returned in the input order."""
    if len(claims) <= budget:
        return claims
    by_id = {c.claim_id: c for c in claims}
    chosen: set[ClaimId] = set()
    for i in keep:
        if len(chosen) >= budget // 2:
            break
        if i in by_id:
            chosen.add(i)
    groups: dict[int, list[CheckedClaim]] = defaultdict(list)
    for c in claims:
        groups[bucket(c)].append(c)
    ordered = [sorted(groups[k], key=y) for k in sorted(groups)]
    for qs in _ROUNDS:
        picks = sorted(
            {g[round(q * (len(g) - 1))].id for g in ordered for q in qs} - chosen,
            key=lambda i: by_id[i].order,
        )
        if len(chosen) + len(picks) > budget:
            chosen.update(picks[: budget - len(chosen)])
            break
        chosen.update(picks)
    return [c for c in claims if c.claim_id in chosen]


Box = tuple[float, float, float, float]


class _Boxes:
    """Placed boxes in a grid of ``_CELL``-sized cells: a collision test looks only at
    the cells a box touches, so placing n labels is linear rather than quadratic."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[Box]] = defaultdict(list)

    @staticmethod
    def _keys(b: Box) -> list[tuple[int, int]]:
        x0, y0 = int(b[0] // _CELL), int(b[1] // _CELL)
        x1, y1 = int(b[2] // _CELL), int(b[3] // _CELL)
        return [(i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1)]

    def hits(self, box: Box) -> bool:
        return any(
            b[0] < box[2] and box[0] < b[2] and b[1] < box[3] and box[1] < b[3]
            for k in self._keys(box)
            for b in self.cells.get(k, ())
        )

    def add(self, box: Box) -> None:
        for k in self._keys(box):
            self.cells[k].append(box)


def _place_label(
    text: str, x: float, y: float, boxes: _Boxes, xmin: float, xmax: float
) -> tuple[float, str] | None:
    """Right of the dot, else left of it, else nowhere: a label never covers another."""
    w = len(text) * CHAR
    for x0, anchor, lx in ((x + 8, "start", x + 8), (x - 8 - w, "end", x - 8)):
        box = (x0, y - 9, x0 + w, y + 5)
        if box[0] < xmin or box[2] > xmax or boxes.hits(box):
            continue
        boxes.add(box)
        return lx, anchor
    return None


def sparkline_svg(values: list[float], width: int = 90, height: int = 20) -> Markup:
    """A tiny line of the reported figures in time order (the last ``SPARK_POINTS``)."""
    values = values[-SPARK_POINTS:]
    if not values:
        return Markup("")
    lo, hi = min(values), max(values)
    n = len(values)

    def pt(i: int, v: float) -> str:
        x = 3 + (i / (n - 1) if n > 1 else 0.5) * (width - 6)
        y = height / 2 if hi == lo else height - 3 - (v - lo) / (hi - lo) * (height - 6)
        return f"{x:.1f},{y:.1f}"

    pts = " ".join(pt(i, v) for i, v in enumerate(values))
    last = pts.split(" ")[-1].split(",")
    return Markup(
        f'<svg class="spark" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" aria-hidden="true">'
        f'<polyline points="{pts}" fill="none" stroke="#555" stroke-width="1.5"/>'
        f'<circle cx="{last[0]}" cy="{last[1]}" r="2.5" fill="#555"/></svg>'
    )
