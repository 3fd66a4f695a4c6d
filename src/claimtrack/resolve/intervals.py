"""The range of values a figure allows, used to tell agreement from disagreement."""

from __future__ import annotations

import math

from claimtrack.resolve.model import CheckedClaim, Interval


def interval_of(c: CheckedClaim, tolerance: float) -> Interval | None:
    """Exact figures are points; "about" spreads by the tolerance; "more than X" reaches a
    little above X and "nearly"/"as much as X" a little below; ranges are themselves;
    vague amounts ("thousands of") only have a floor."""
    if c.vague:
        return Interval(c.low, math.inf) if c.low is not None else None
    if c.value is None and c.low is not None and c.high is not None:
        return Interval(c.low, c.high)
    v = c.figure
    if v is None:
        return None
    if c.low is not None:
        return Interval(v, v * (1 + tolerance))
    if c.high is not None:
        return Interval(v * (1 - tolerance), v)
    if c.approx:
        return Interval(v * (1 - tolerance), v * (1 + tolerance))
    return Interval(v, v)


def point(c: CheckedClaim) -> float | None:
    """One number per figure for charts and estimates: the value, or a range's middle."""
    if c.value is None and c.low is not None and c.high is not None:
        return (c.low + c.high) / 2
    return c.figure


def gap_pct(a: CheckedClaim, b: CheckedClaim) -> float:
    pa, pb = point(a) or 0.0, point(b) or 0.0
    base = min(abs(pa), abs(pb)) or 1.0
    return round(abs(pb - pa) / base * 100, 1)
