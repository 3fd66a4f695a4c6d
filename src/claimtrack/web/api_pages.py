"""API endpoints behind the pages' features: a measure's claims and search, with the
measure page's filters, under the same parameter names.

``claim_filters`` is the one place those parameters are declared and checked, so the
page (``pages.measure``) and the API cannot drift apart. Include this router before
``api.router``: that one's ``/measures/{key:path}`` would otherwise take
``/measures/{key}/claims`` as a measure named ``{key}/claims``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from claimtrack.report import serialize
from claimtrack.web.api import MAX_LIMIT, Limit, Offset, Ws
from claimtrack.web.data import NO_SIDE, ClaimFilters, filtered
from claimtrack.web.search_filters import FILTERED_POOL, filter_hits

router = APIRouter(prefix="/api/v1", tags=["api"])

Choice = Annotated[str | None, Query(max_length=64)]


def _day(raw: str | None, name: str) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise HTTPException(400, f"{name}={raw!r} is not a date; use YYYY-MM-DD") from None


async def claim_filters(
    source_type: Annotated[
        str | None, Query(alias="type", max_length=64, description="The origin's source type.")
    ] = None,
    side: Annotated[
        str | None,
        Query(max_length=64, description=f"The origin's side ({NO_SIDE!r}: none known)."),
    ] = None,
    status: Annotated[
        str | None, Query(max_length=64, description="reported, pledged, planned, ...")
    ] = None,
    certainty: Annotated[
        str | None, Query(max_length=64, description="The claim's certainty.")
    ] = None,
    language: Annotated[
        str | None, Query(max_length=16, description="The document's language (ISO 639-1).")
    ] = None,
    since: Annotated[
        str | None, Query(max_length=32, description="From this day on (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, Query(max_length=32, description="Up to this day (YYYY-MM-DD).")
    ] = None,
) -> ClaimFilters:
    """The filters of a measure's claims; an empty value is no filter (as a form sends)."""
    return ClaimFilters(
        type=source_type or None,
        side=side or None,
        status=status or None,
        certainty=certainty or None,
        language=language or None,
        since=_day(since, "since"),
        until=_day(until, "until"),
    )


Filters = Annotated[ClaimFilters, Depends(claim_filters)]


@router.get(
    "/measures/{key:path}/claims",
    summary="One measure's claims with the measure page's filters",
)
def measure_claims(
    key: str, ws: Ws, filters: Filters, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    view = ws.view()
    m = view.measures.get(key)
    if m is None:
        raise HTTPException(404, f"no measure {key!r}; /api/v1/measures lists them")
    rows = filtered(m, filters, ws.languages(view))
    return {
        "measure": key,
        "items": [serialize.claim(c) for c in rows[offset : offset + limit]],
        "total": len(rows),
        "limit": limit,
        "offset": offset,
    }


@router.get("/search", summary="Article text and claim quotes matching every word")
def search(
    ws: Ws,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find.")],
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
) -> dict[str, Any]:
    """The measure page's filters apply too (``web.search_filters``): then the best
    ``FILTERED_POOL`` matches are filtered and the first ``limit`` kept."""
    # NUL ends a query string in FTS5 and is refused by PostgreSQL: control characters go.
    clean = "".join(ch if ch.isprintable() else " " for ch in q)
    if not filters.active:
        items = ws.remembered(("search", clean, limit), lambda: ws.store.search(clean, limit))
        return {"query": q, "items": items}
    view = ws.view()
    pool = ws.remembered(
        ("search", clean, FILTERED_POOL), lambda: ws.store.search(clean, FILTERED_POOL)
    )
    return {"query": q, "items": filter_hits(pool, filters, ws, view)[:limit]}
