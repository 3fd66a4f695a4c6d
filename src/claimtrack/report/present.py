"""Wording shared by every view of a cross-check (terminal, JSON, HTML, Markdown).

One place decides how a number, an estimate, a trend or a side reads, so the CLI table
and the report never disagree about the same figure.
"""

from __future__ import annotations

import math
import re

from claimtrack.packs import StoryPack
from claimtrack.resolve import CheckedClaim, Estimate, MeasureView

TREND_MARK = {"rising": "↑ rising", "falling": "↓ falling", "steady": "→ steady", "n/a": "–"}

# Colour-blind-friendly (Okabe–Ito) hues for the usual sides; others take the rest in turn.
_KNOWN_SIDES = {
    "south_korea": "#0072B2",
    "ukraine": "#E69F00",
    "russia": "#D55E00",
    "dprk": "#882255",
    "north_korea": "#882255",
    "united_states": "#009E73",
    "nato": "#56B4E9",
}
_SPARE = ["#CC79A7", "#44AA99", "#999933", "#332288", "#AA4499", "#117733"]
UNATTRIBUTED = "#7a7a7a"


def number(x: float) -> str:
    """Thousands separators; at most two decimals, trailing zeros dropped."""
    if math.isinf(x):
        return "∞"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def percent(unit: str | None) -> str:
    return "%" if unit == "percent" else ""


def unit_text(unit: str | None) -> str:
    """What follows a number to say what it counts: "%", " troops", " USD", or nothing."""
    if unit == "percent":
        return "%"
    return f" {unit}" if unit else ""


def estimate_text(e: Estimate | None, unit: str | None) -> str:
    """ "10,000–12,000 troops (mid 11,000)", or one number when the range is a point;
    always with the unit, so a reader never guesses what a series counts."""
    if e is None:
        return "–"
    u = unit_text(unit)
    if e.low == e.high:
        return f"{number(e.low)}{u}"
    return f"{number(e.low)}–{number(e.high)}{u} (mid {number(e.mid)}{percent(unit)})"


def trend_text(m: MeasureView) -> str:
    return TREND_MARK.get(m.trend, m.trend)


def shorten(text: str, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def origin_name(c: CheckedClaim) -> str:
    return c.origin.name if c.origin is not None else (c.source or "")


def via_text(c: CheckedClaim) -> str:
    """Intermediaries in the order the text gives them, by their resolved names."""
    names = [o.name for o in c.chain] or list(c.via)
    return " → ".join(names)


def other_count(m: MeasureView) -> str:
    """ "2 pledged, 1 rumoured": statuses kept out of the reported series."""
    counts: dict[str, int] = {}
    for c in m.other:
        counts[c.status] = counts.get(c.status, 0) + 1
    return ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-") or "x"


def side_label(side: str | None, pack: StoryPack | None) -> str:
    """A side's actor name from the pack, else its id made readable."""
    if side is None:
        return "unattributed"
    if pack is not None:
        for actor in pack.actors:
            if actor.id == side:
                return actor.name
    return side.replace("_", " ").title() if side.islower() else side


def side_colours(sides: list[str | None]) -> dict[str | None, str]:
    """A stable colour per side: known sides fixed, others in sorted order."""
    out: dict[str | None, str] = {None: UNATTRIBUTED}
    spare = iter(_SPARE)
    for side in sorted({s for s in sides if s is not None}):
        out[side] = _KNOWN_SIDES.get(side) or next(spare, UNATTRIBUTED)
    return out


def noun(n: int, word: str, words: str | None = None) -> str:
    """``word`` for one, else ``words`` (default ``word`` + "s"): "1 conflict", "2 conflicts"."""
    return word if n == 1 else (words or word + "s")


def plural(n: int, word: str, words: str | None = None) -> str:
    """The count and its noun: "1 conflict", "1,204 conflicts"."""
    return f"{n:,} {noun(n, word, words)}"
