"""The range of values a figure allows, used to tell agreement from disagreement."""

from __future__ import annotations

import math
from functools import lru_cache

from claimtrack.records import figure_of
from claimtrack.resolve.model import CheckedClaim, Interval


def interval_of(c: CheckedClaim, tolerance: float) -> Interval | None:
    """The values a figure allows, in its series' unit (times ``c.scale``). Exact figures
    are points; "about" spreads by the tolerance; a bound allows everything on its side:
    "at least 1" agrees with 2, and "up to 40%" with 30% ("nearly 50%" stays near 50);
    ranges are themselves; vague amounts ("thousands of") only have a floor.

    Figures repeat, and an interval never changes: one is made per figure, scale and
    tolerance and shared (but for zeros, whose sign a shared one could lose)."""
    v, lo, hi = c.value, c.low, c.high
    args = (v, lo, hi, bool(c.approx), bool(c.vague), c.scale, tolerance)
    if v == 0 or lo == 0 or hi == 0:
        return _interval(*args)
    return _interval_memo(*args)


def _interval(
    value: float | None,
    low: float | None,
    high: float | None,
    approx: bool,
    vague: bool,
    s: float,
    tolerance: float,
) -> Interval | None:
    if vague:
        return Interval(low * s, math.inf) if low is not None else None
    if value is None and low is not None and high is not None:
        return Interval(low * s, high * s)
    v = figure_of(value, low, high)
    if v is None:
        return None
    v *= s
    if low is not None:
        return Interval(v, math.inf)
    if high is not None:
        return Interval(v * (1 - tolerance), v) if approx else Interval(min(0.0, v), v)
    if approx:
        return Interval(v * (1 - tolerance), v * (1 + tolerance))
    return Interval(v, v)


_interval_memo = lru_cache(maxsize=65536)(_interval)


def point(c: CheckedClaim) -> float | None:
    """One number per figure for charts and estimates, in its series' unit: the value, or
    a range's middle."""
    if c.value is None and c.low is not None and c.high is not None:
        return (c.low + c.high) / 2 * c.scale
    v = c.figure
    return None if v is None else v * c.scale


#: Figures a sparkline shows: the latest ones.
SPARK_POINTS = 24


def last_points(claims: list[CheckedClaim], n: int = SPARK_POINTS) -> list[float]:
    """The points (``point``) of the last ``n`` non-vague claims that have one, in their
    order: what a sparkline of ``claims`` in time order shows, read from the end instead
    of working out a point for every claim of a series."""
    out: list[float] = []
    for c in reversed(claims):
        if len(out) == n:
            break
        if not c.vague and (p := point(c)) is not None:
            out.append(p)
    out.reverse()
    return out


def gap_pct(a: CheckedClaim, b: CheckedClaim) -> float:
    pa, pb = point(a) or 0.0, point(b) or 0.0
    base = min(abs(pa), abs(pb)) or 1.0
    return round(abs(pb - pa) / base * 100, 1)
