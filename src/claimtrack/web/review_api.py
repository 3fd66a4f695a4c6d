"""The review API: ``/api/v1/claims/{id}/reviews``, ``/api/v1/reviews``, ``/api/v1/origin-reviews``.

The bodies are ``claimtrack.review``'s records, the same the CLI's ``review`` commands
build and print with ``--format json``. POSTs take JSON only (``api.json_only``): a page
elsewhere can send a plain form cross-site, not JSON. A review changes what every page
shows, so each write waits for the cross-check to catch up before it answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Path
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field

from claimtrack.errors import NotFoundError, UsageError
from claimtrack.review import ClaimReview, ClaimReviewIn, OriginReview, OriginReviewIn
from claimtrack.store.export import export_row
from claimtrack.web.api import Limit, Offset, Ws, json_only, known_text
from claimtrack.web.data import Workspace

router = APIRouter(prefix="/api/v1", tags=["review"])
T = TypeVar("T")

ClaimId = Annotated[str, Path(max_length=64, description="A claim's id (its claim_id).")]
ReviewId = Annotated[int, Path(ge=1, le=2**62, description="A review's id.")]


class UndoIn(BaseModel):
    """Who undoes a review."""

    model_config = ConfigDict(extra="forbid")
    reviewer: str = Field(min_length=1, max_length=128)


def http_error(exc: UsageError) -> HTTPException:
    """A refused review as HTTP: 404 for what does not exist, 409 for an undo done before."""
    return HTTPException(404 if isinstance(exc, NotFoundError) else 409, str(exc))


async def undone(undo: Callable[[int, str], T], review_id: int, reviewer: str, ws: Workspace) -> T:
    """Run an undo off the event loop, as HTTP errors when refused, then let the cached
    cross-check catch up."""
    try:
        done = await run_in_threadpool(undo, review_id, reviewer)
    except UsageError as exc:
        raise http_error(exc) from None
    await _changed(ws)
    return done


async def _changed(ws: Workspace) -> None:
    """Bring the cached cross-check up to the review, so the next page read shows it."""
    await run_in_threadpool(ws.catch_up)


@router.get("/claims/{claim_id}", summary="One claim, reviewed, with its review history")
def get_claim(claim_id: ClaimId, ws: Ws) -> dict[str, Any]:
    known_text(claim_id, "claim")
    row = ws.store.claim(claim_id)
    if row is None:
        raise HTTPException(404, f"no claim {claim_id!r}; /api/v1/claims lists them")
    return {
        "claim": export_row(row),
        "reviews": [r.model_dump() for r in ws.store.claim_reviews(claim_id=claim_id)],
    }


@router.get("/claims/{claim_id}/reviews", summary="A claim's reviews, newest first")
def claim_reviews(claim_id: ClaimId, ws: Ws) -> list[ClaimReview]:
    known_text(claim_id, "claim")
    return ws.store.claim_reviews(claim_id=claim_id)


@router.post(
    "/claims/{claim_id}/reviews",
    status_code=201,
    summary="Confirm, reject or correct a claim (as `claimtrack review`)",
    dependencies=[Depends(json_only)],
)
async def review_claim(claim_id: ClaimId, body: ClaimReviewIn, ws: Ws) -> ClaimReview:
    known_text(claim_id, "claim")
    try:
        done = await run_in_threadpool(ws.store.review_claim, claim_id, body)
    except UsageError as exc:
        raise http_error(exc) from None
    await _changed(ws)
    return done


@router.get("/reviews", summary="Claim reviews, newest first, undone ones included")
def list_reviews(ws: Ws, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    found = ws.store.claim_reviews(limit=limit, offset=offset)
    return {
        "items": [r.model_dump() for r in found],
        "total": ws.store.count_claim_reviews(),
        "limit": limit,
        "offset": offset,
    }


@router.post(
    "/reviews/{review_id}/undo",
    summary="Undo a claim review (kept in the history, marked undone)",
    dependencies=[Depends(json_only)],
)
async def undo_review(review_id: ReviewId, body: UndoIn, ws: Ws) -> ClaimReview:
    return await undone(ws.store.undo_claim_review, review_id, body.reviewer, ws)


@router.get("/origin-reviews", summary="Merges, splits and descriptions of origins")
def list_origin_reviews(ws: Ws) -> list[OriginReview]:
    return ws.store.origin_reviews()


@router.post(
    "/origin-reviews",
    status_code=201,
    summary="Merge two origins, split one off, or set its type and side",
    dependencies=[Depends(json_only)],
)
async def review_origin(body: OriginReviewIn, ws: Ws) -> OriginReview:
    done = await run_in_threadpool(ws.store.review_origin, body)
    await _changed(ws)
    return done


@router.post(
    "/origin-reviews/{review_id}/undo",
    summary="Undo an origin review",
    dependencies=[Depends(json_only)],
)
async def undo_origin_review(review_id: ReviewId, body: UndoIn, ws: Ws) -> OriginReview:
    return await undone(ws.store.undo_origin_review, review_id, body.reviewer, ws)
