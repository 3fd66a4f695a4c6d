"""API endpoints behind the pages' features: a measure's claims with the measure page's
filters, under the same parameter names.

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
from claimtrack.web.api import Limit, Offset, Ws
from claimtrack.web.data import NO_SIDE, ClaimFilters, filtered

router = APIRouter(prefix="/api/v1", tags=["api"])

Choice = Annotated[str | None, Query(max_length=64)]


def _day(raw: str | None, name: str) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise HTTPException(400, f"{name}={raw!r} is not a date; use YYYY-MM-DD") from None


def claim_filters(
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
