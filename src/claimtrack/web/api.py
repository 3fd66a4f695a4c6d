"""The JSON API under ``/api/v1/``: the same records the CLI prints with ``--format json``.

Claims are rows of ``claimtrack claims --format json`` (``store.export.export_row``);
documents are rows of ``claimtrack docs --format json``; measures, conflicts and sources
are the documents of ``claimtrack measures|measure|conflicts|sources --format json``
(``report.serialize``); the exports are byte for byte what ``claimtrack export`` writes.
Lists that can grow without bound are paged: ``limit`` (at most 500) and ``offset``.

Adding reports (``/ingest/text``, ``/ingest/upload``, ``/ingest/urls``) answers 202 with a
background job (``jobs.py``) to poll at ``/jobs/{id}``. Those POSTs take JSON only, or
multipart for an upload: a page elsewhere can send a plain form cross-site, but not JSON
without the browser asking first (CORS), which this app never grants.
"""

from __future__ import annotations

import io
from typing import Annotated, Any

import pydantic_core
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from claimtrack.report import serialize
from claimtrack.store.export import export_row, write_rows
from claimtrack.web.data import Workspace
from claimtrack.web.intake import FILES_FIELD, MAX_FILES, MAX_URLS, Intake, read_uploads

MAX_LIMIT = 500
JSON = "application/json"

router = APIRouter(prefix="/api/v1", tags=["api"])


async def workspace(request: Request) -> Workspace:
    ws: Workspace = request.app.state.workspace
    return ws


Ws = Annotated[Workspace, Depends(workspace)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page (1–500).")]
Offset = Annotated[int, Query(ge=0, le=2**62, description="Items to skip.")]
Text = Annotated[str | None, Query(max_length=512)]


def answer(data: dict[str, Any]) -> Response:
    """``data`` as JSON, serialized here as FastAPI would (pydantic's serializer, NaN as
    null) rather than by FastAPI: it checks a synchronous handler's return value against
    its response model on a second trip through the thread pool, where the request
    queued again behind the others in flight (``Settings.serve_threads``): the claims
    API's p95 in bench/serve.py was the highest of the pages for it. Routes answering
    this way name their ``response_model`` for the OpenAPI document."""
    return Response(pydantic_core.to_json(data, inf_nan_mode="null"), media_type=JSON)


def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {
        "items": items[offset : offset + limit],
        "total": len(items),
        "limit": limit,
        "offset": offset,
    }


def known_text(value: str, what: str) -> str:
    """Reject ids no store can hold (NUL, other control characters) as unknown, before
    a database driver sees them (PostgreSQL refuses NUL in text with an error)."""
    if any(not (ch.isprintable() or ch in " \t") for ch in value):
        raise HTTPException(404, f"no {what} {value!r}")
    return value


@router.get("/documents", summary="Documents with their version and claim counts")
def list_documents(ws: Ws, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(ws.store.documents(), limit, offset)


@router.get("/documents/{doc_id:path}", summary="One document: metadata, text and claims")
def get_document(doc_id: str, ws: Ws) -> dict[str, Any]:
    known_text(doc_id, "document")
    row = ws.document(doc_id)
    if row is None:
        raise HTTPException(404, f"no document {doc_id!r}; /api/v1/documents lists them")
    text = ws.store.texts([doc_id]).get(doc_id, "")
    found = [export_row(r) for r in ws.store.claims(doc_id=doc_id)]
    return {"document": row, "text": text, "claims": found}


@router.get(
    "/claims", summary="Claims of each document's latest version", response_model=dict[str, Any]
)
def list_claims(
    ws: Ws,
    measure: Text = None,
    doc: Text = None,
    status: Text = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Response:
    if measure is not None:
        known_text(measure, "measure")
    if doc is not None:
        known_text(doc, "document")
    # Paged in SQL: a page of a 100,000-claim store reads its 50 rows, not all of them.
    m, d, s = measure or None, doc or None, status or None
    items = ws.remembered(
        ("claims", m, d, s, limit, offset),
        lambda: [
            export_row(r)
            for r in ws.store.claims(measure=m, doc_id=d, status=s, limit=limit, offset=offset)
        ],
    )
    total = ws.count_claims(measure=m, doc_id=d, status=s)
    return answer({"items": items, "total": total, "limit": limit, "offset": offset})


@router.get("/measures", summary="One summary per measure (as `claimtrack measures`)")
def list_measures(ws: Ws) -> dict[str, Any]:
    view = ws.view()
    return {
        "tolerance": view.cc.tolerance,
        "measures": [serialize.measure_summary(m) for m in view.cc.measures],
    }


@router.get("/measures/{key:path}", summary="One measure in full (as `claimtrack measure`)")
def get_measure(key: str, ws: Ws) -> dict[str, Any]:
    view = ws.view()
    m = view.measures.get(key)
    if m is None:
        raise HTTPException(404, f"no measure {key!r}; /api/v1/measures lists them")
    return {"tolerance": view.cc.tolerance, "measure": serialize.measure_detail(m)}


@router.get("/conflicts", summary="Disagreeing figures (as `claimtrack conflicts`)")
def list_conflicts(ws: Ws) -> dict[str, Any]:
    view = ws.view()
    return {
        "tolerance": view.cc.tolerance,
        "conflicts": [serialize.conflict(x) for x in view.cc.conflicts],
    }


@router.get("/sources", summary="Origins of figures (as `claimtrack sources`)")
def list_sources(ws: Ws) -> dict[str, Any]:
    return {"sources": [serialize.source(s) for s in ws.view().cc.sources]}


def _export(ws: Workspace, fmt: str, media: str) -> Response:
    out = io.StringIO()
    write_rows(ws.store.claims(), fmt, out)
    return Response(
        out.getvalue(),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="claims.{fmt}"'},
    )


@router.get("/export.jsonl", summary="Every claim as JSON Lines (as `claimtrack export`)")
def export_jsonl(ws: Ws) -> Response:
    return _export(ws, "jsonl", "application/x-ndjson; charset=utf-8")


@router.get("/export.csv", summary="Every claim as CSV (as `claimtrack export --format csv`)")
def export_csv(ws: Ws) -> Response:
    return _export(ws, "csv", "text/csv; charset=utf-8")


async def intake(request: Request) -> Intake:
    given: Intake = request.app.state.intake
    return given


In = Annotated[Intake, Depends(intake)]


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def json_only(request: Request) -> None:
    """Refuse a body that is not JSON before it is read as one (see the module doc)."""
    if _media_type(request) != "application/json":
        raise HTTPException(415, "send the body as JSON with 'Content-Type: application/json'")


class TextIn(BaseModel):
    """One pasted article."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="The article's text or HTML.")
    title: str | None = Field(None, description="Its title, if the text does not start with it.")
    url: str | None = Field(None, description="Where it was published; then also its id.")
    published: str | None = Field(None, description="Its date (YYYY-MM-DD), if it carries none.")


class UrlsIn(BaseModel):
    """Pages to fetch."""

    model_config = ConfigDict(extra="forbid")
    urls: list[str] = Field(min_length=1, max_length=MAX_URLS, description="http(s) addresses.")


def _accepted(job: dict[str, Any], response: Response) -> dict[str, Any]:
    response.headers["Location"] = f"/api/v1/jobs/{job['id']}"
    return job


@router.post(
    "/ingest/text",
    status_code=202,
    dependencies=[Depends(json_only)],
    summary="Add one pasted article; answers with its background job",
)
def ingest_text(body: TextIn, take: In, response: Response) -> dict[str, Any]:
    return _accepted(take.paste(body.text, body.title, body.url, body.published), response)


UPLOAD_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": [FILES_FIELD],
                "properties": {
                    FILES_FIELD: {
                        "type": "array",
                        "maxItems": MAX_FILES,
                        "items": {"type": "string", "format": "binary"},
                    }
                },
            }
        }
    },
}


@router.post(
    "/ingest/upload",
    status_code=202,
    openapi_extra={"requestBody": UPLOAD_BODY},
    summary="Add files (.txt, .md, .html, .htm, .jsonl); answers with their background job",
)
async def ingest_upload(request: Request, take: In, response: Response) -> dict[str, Any]:
    if _media_type(request) != "multipart/form-data":
        raise HTTPException(
            415, f"send the files as multipart/form-data in the field {FILES_FIELD!r}"
        )
    async with request.form(max_files=MAX_FILES, max_fields=10) as form:
        files = await read_uploads(form.getlist(FILES_FIELD), take.settings)
    return _accepted(take.upload(files), response)


@router.post(
    "/ingest/urls",
    status_code=202,
    dependencies=[Depends(json_only)],
    summary="Fetch web pages and add them; answers with their background job",
)
def ingest_urls(body: UrlsIn, take: In, response: Response) -> dict[str, Any]:
    return _accepted(take.urls(body.urls), response)


@router.get("/jobs", summary="Ingest jobs, newest first (the newest 200, kept in the store)")
def list_jobs(take: In, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(take.runner.list(), limit, offset)


@router.get("/jobs/{job_id}", summary="One ingest job: state, counts, errors, documents")
def get_job(job_id: str, take: In) -> dict[str, Any]:
    job = take.runner.get(job_id)
    if job is None:
        known_text(job_id, "job")
        raise HTTPException(
            404, f"no job {job_id!r}; /api/v1/jobs lists the jobs kept (the newest 200)"
        )
    return job
