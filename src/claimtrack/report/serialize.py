"""Cross-check records as plain JSON-ready dicts, for ``--format json`` and scripts.

Dates become ISO strings and unbounded interval ends ``null``: JSON has no infinity, and
scripts should not need our classes to read the output.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from claimtrack.records import STORED_FIELDS
from claimtrack.resolve import (
    CheckedClaim,
    Conflict,
    CrossCheck,
    DocumentSummary,
    Estimate,
    Figure,
    MeasureView,
    Origin,
    SourceSummary,
    Window,
)

#: A claim's fields in the report's data: the stored claim's (``records.STORED_FIELDS``),
#: its id and document by the names pages use, and where the cross-check placed it.
_CLAIM_FIELDS = (
    "id",
    "doc",
    *(f for f in STORED_FIELDS if f not in ("claim_id", "doc_id")),
    "measure_key",
    "copy_of",
)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _finite(x: float) -> float | None:
    return x if math.isfinite(x) else None


def window(w: Window) -> dict[str, Any]:
    return {"start": _iso(w.start), "end": _iso(w.end), "label": w.label}


def origin(o: Origin | None) -> dict[str, Any] | None:
    if o is None:
        return None
    return {"key": o.key, "name": o.name, "type": o.type, "side": o.side}


def claim(c: CheckedClaim) -> dict[str, Any]:
    out: dict[str, Any] = {k: getattr(c, k) for k in _CLAIM_FIELDS}
    out["via"] = list(c.via)
    out["shown"] = c.shown
    out["origin"] = origin(c.origin)
    out["chain"] = [origin(o) for o in c.chain]
    out["interval"] = (
        None
        if c.interval is None
        else {"low": _finite(c.interval.low), "high": _finite(c.interval.high)}
    )
    out["window"] = window(c.window)
    return out


def figure(f: Figure) -> dict[str, Any]:
    return {
        "shown": f.shown,
        "status": f.claims[0].status if f.claims else None,
        "claims": [c.id for c in f.claims],
        "origins": [origin(o) for o in f.origins],
        "documents": list(f.documents),
        "copies": list(f.copies),
    }


def conflict(x: Conflict) -> dict[str, Any]:
    return {
        "measure": x.measure_key,
        "kind": x.kind,
        "gap_pct": x.gap_pct,
        "a": claim(x.a),
        "b": claim(x.b),
        "others": x.others,  # for "falls": further later figures below the same peak
    }


def estimate(e: Estimate | None) -> dict[str, Any] | None:
    if e is None:
        return None
    return {
        "low": e.low,
        "high": e.high,
        "mid": e.mid,
        "window": window(e.window),
        "origins": e.origins,
        "claims": [c.id for c in e.claims],
    }


def measure_summary(m: MeasureView) -> dict[str, Any]:
    """One overview row: counts, not the claims themselves."""
    counts: dict[str, int] = {}
    for c in m.other:
        counts[c.status] = counts.get(c.status, 0) + 1
    return {
        "key": m.key,
        "label": m.label,
        "unit": m.unit,
        "cumulative": m.cumulative,
        "from_pack": m.from_pack,
        "listed": m.listed,
        "estimate": estimate(m.estimate),
        "trend": m.trend,
        "sparkline": m.sparkline,
        "reported": len(m.reported),
        "origins": m.origins,
        "conflicts": len(m.conflicts),
        "other": counts,
    }


def measure_detail(m: MeasureView) -> dict[str, Any]:
    """A measure with its claims, figures and conflicts in full."""
    out = measure_summary(m)
    out["reported"] = [claim(c) for c in m.reported]
    out["other"] = [claim(c) for c in m.other]
    out["figures"] = [figure(f) for f in m.figures]
    out["conflicts"] = [conflict(x) for x in m.conflicts]
    return out


def source(s: SourceSummary) -> dict[str, Any]:
    return {
        "origin": origin(s.origin),
        "claims": s.claims,
        "documents": s.documents,
        "measures": s.measures,
    }


def document(d: DocumentSummary) -> dict[str, Any]:
    return {
        "doc": d.doc,
        "title": d.title,
        "published": d.published,
        "outlet": d.outlet,
        "url": d.url,
        "truncated": d.truncated,
        "claims": d.claims,
        "versions": d.versions,
        "copy_of": d.copy_of,
    }


def crosscheck(cc: CrossCheck) -> dict[str, Any]:
    return {
        "tolerance": cc.tolerance,
        "measures": [measure_detail(m) for m in cc.measures],
        "conflicts": [conflict(x) for x in cc.conflicts],
        "sources": [source(s) for s in cc.sources],
        "documents": [document(d) for d in cc.documents],
    }
