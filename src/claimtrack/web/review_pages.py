"""The review pages: a claim with its review forms and history (``/claims/{id}``), and
the review log with the origin forms (``/reviews``).

Forms post with the app's CSRF token (as the Add forms do) and answer 303 back to the
page, once the cross-check has caught up, so the overview, the measure and the exports
show the review at once. A form that does not validate shows the page again with what
to fix (422). The reviewer's name is remembered in a cookie.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, get_args
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from claimtrack.records import Certainty, ClaimKind, Status
from claimtrack.resolve.origins import source_types
from claimtrack.review import ClaimReviewIn, Correction, OriginReviewIn
from claimtrack.review.model import first_problem
from claimtrack.web import markup
from claimtrack.web.api import Ws, known_text
from claimtrack.web.intake import csrf_ok
from claimtrack.web.pages import render
from claimtrack.web.review_api import undone

router = APIRouter(include_in_schema=False)

ClaimId = Annotated[str, Path(max_length=64)]
ReviewId = Annotated[int, Path(ge=1, le=2**62)]
CSRF_HELP = "missing or wrong CSRF token; reload the page and submit the form again"
REVIEWER_COOKIE = "reviewer"
#: Claim reviews listed on /reviews.
RECENT_REVIEWS = 200
#: The fields of the correction form, in the order shown.
NUMBERS = ("value", "low", "high")
TEXTS = ("unit", "measure", "source", "as_of")
#: The closed fields, with the values the records allow (one definition: ``records``).
CHOICES: dict[str, tuple[str, ...]] = {
    "status": get_args(Status),
    "certainty": get_args(Certainty),
    "kind": get_args(ClaimKind),
}
_GROUPING = re.compile(r"[\s,_'’]")


def _reviewer(request: Request, given: str = "") -> str:
    return given.strip() or request.cookies.get(REVIEWER_COOKIE, "") or "analyst"


async def _form(request: Request) -> dict[str, str]:
    async with request.form(max_files=0, max_fields=40) as form:
        if not csrf_ok(form.get("csrf"), request.app.state.csrf):
            raise HTTPException(403, CSRF_HELP)
        return {k: v for k, v in form.items() if isinstance(v, str)}


def _done(request: Request, target: str, reviewer: str) -> Response:
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(REVIEWER_COOKIE, reviewer[:128], httponly=True, samesite="strict")
    return response


def _claim_page(
    request: Request, ws: Any, claim_id: str, status: int = 200, error: str = ""
) -> HTMLResponse:
    row = ws.store.claim(claim_id)
    if row is None:
        raise HTTPException(404, f"no claim {claim_id!r}; open a claim from a measure or document")
    history = ws.store.claim_reviews(claim_id=claim_id)
    return render(
        "claim_review.html.j2",
        status=status,
        nav="",
        c=row,
        history=history,
        error=error,
        csrf=request.app.state.csrf,
        reviewer=_reviewer(request),
        figure_text=markup.figure_text,
        numbers=NUMBERS,
        texts=TEXTS,
        choices=CHOICES,
        number_text=_number_text,
    )


def _number_text(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else str(x)


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: ClaimId, ws: Ws) -> HTMLResponse:
    known_text(claim_id, "claim")
    return _claim_page(request, ws, claim_id)


def _parse_number(name: str, raw: str) -> float | None:
    text = _GROUPING.sub("", raw)
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{name}: {raw!r} is not a number; write it as 11000 or 11,000") from None


def corrections(form: dict[str, str], row: dict[str, Any]) -> dict[str, Any]:
    """The fields of the correction form that differ from what the claim shows now."""
    changes: dict[str, Any] = {}
    for name in NUMBERS:
        if name in form:
            value = _parse_number(name, form[name])
            if value != row.get(name):
                changes[name] = value
    for name in (*TEXTS, *CHOICES):
        if name in form:
            text: str | None = form[name].strip() or None
            if text != (row.get(name) or None):
                changes[name] = text
    if "via" in form:
        via = [v.strip() for v in form["via"].split(",") if v.strip()]
        if via != list(row.get("via") or []):
            changes["via"] = via
    return changes


@router.post("/claims/{claim_id}/review")
async def review_claim(request: Request, claim_id: ClaimId, ws: Ws) -> Response:
    known_text(claim_id, "claim")
    form = await _form(request)
    row = await run_in_threadpool(ws.store.claim, claim_id)
    if row is None:
        raise HTTPException(404, f"no claim {claim_id!r}; open a claim from a measure or document")
    reviewer = _reviewer(request, form.get("reviewer", ""))
    action = form.get("action", "")
    try:
        changes = corrections(form, row) if action == "correct" else {}
        body = ClaimReviewIn(
            action=action,  # type: ignore[arg-type]  # validated by the model
            changes=Correction(**changes),
            note=form.get("note", "").strip() or None,
            reviewer=reviewer,
        )
        await run_in_threadpool(ws.store.review_claim, claim_id, body)
    except ValidationError as exc:
        return _claim_page(request, ws, claim_id, 422, first_problem(exc))
    except ValueError as exc:
        return _claim_page(request, ws, claim_id, 422, str(exc))
    await run_in_threadpool(ws.catch_up)
    return _done(request, f"/claims/{quote(claim_id, safe='')}", reviewer)


@router.post("/reviews/{review_id}/undo")
async def undo_review(request: Request, review_id: ReviewId, ws: Ws) -> Response:
    form = await _form(request)
    reviewer = _reviewer(request, form.get("reviewer", ""))
    done = await undone(ws.store.undo_claim_review, review_id, reviewer, ws)
    return _done(request, f"/claims/{quote(done.claim_id, safe='')}", reviewer)


def _reviews_page(request: Request, ws: Any, status: int = 200, error: str = "") -> HTMLResponse:
    # the names claims use (what a merge rewrites) and the origins they resolve to
    known = {s.origin.name for s in ws.view().cc.sources} | set(ws.store.source_names())
    names = sorted(known, key=str.casefold)
    return render(
        "review_log.html.j2",
        status=status,
        nav="reviews",
        error=error,
        csrf=request.app.state.csrf,
        reviewer=_reviewer(request),
        claim_reviews=ws.store.claim_reviews(limit=RECENT_REVIEWS),
        origin_reviews=ws.store.origin_reviews(),
        names=names,
        source_types=source_types(),
    )


@router.get("/reviews", response_class=HTMLResponse)
def reviews_page(request: Request, ws: Ws) -> HTMLResponse:
    return _reviews_page(request, ws)


@router.post("/reviews/origins")
async def review_origin(request: Request, ws: Ws) -> Response:
    form = await _form(request)
    reviewer = _reviewer(request, form.get("reviewer", ""))
    try:
        body = OriginReviewIn(
            action=form.get("action", ""),  # type: ignore[arg-type]  # validated by the model
            name=form.get("name", "").strip(),
            target=form.get("target", "").strip() or None,
            type=form.get("type", "").strip() or None,
            side=form.get("side", "").strip() or None,
            note=form.get("note", "").strip() or None,
            reviewer=reviewer,
        )
    except ValidationError as exc:
        return _reviews_page(request, ws, 422, first_problem(exc))
    await run_in_threadpool(ws.store.review_origin, body)
    await run_in_threadpool(ws.catch_up)
    return _done(request, "/reviews#origins", reviewer)


@router.post("/reviews/origins/{review_id}/undo")
async def undo_origin_review(request: Request, review_id: ReviewId, ws: Ws) -> Response:
    form = await _form(request)
    reviewer = _reviewer(request, form.get("reviewer", ""))
    await undone(ws.store.undo_origin_review, review_id, reviewer, ws)
    return _done(request, "/reviews#origins", reviewer)
