"""The HTML pages: overview, measure, documents, document, sources, conflicts, search, and
"Add reports" with its job pages.

Server-rendered with Jinja2, autoescape on. Charts, sparklines and highlighted text are
built in Python (``report.charts``, ``web.markup``) where every piece of article text is
escaped before it is joined; templates only ever mark those results safe.

The three "add" forms post here with the app's CSRF token in a hidden field; a POST
without it (a form on another site) is refused with 403. A good POST answers 303 to the
job's page, which reloads itself while the job runs; a bad one shows the form again with
what to fix and what was typed.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from claimtrack.report import present
from claimtrack.report.charts import chart, sparkline_svg
from claimtrack.resolve import CheckedClaim, Conflict, MeasureView
from claimtrack.resolve.intervals import point
from claimtrack.web import markup
from claimtrack.web.api import In, Ws, known_text
from claimtrack.web.data import Freshness, View
from claimtrack.web.intake import FILES_FIELD, MAX_FILES, csrf_ok, read_uploads

router = APIRouter(include_in_schema=False)

Filter = Annotated[str | None, Query(max_length=64)]
#: Jobs listed on the "Add" page.
RECENT_JOBS = 20
#: Claims per page of a measure's table.
MEASURE_ROWS = 200
CSRF_HELP = "missing or wrong CSRF token; reload the Add page and submit the form again"


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("claimtrack.web", "templates"),
        autoescape=select_autoescape(["html", "htm", "xml", "j2"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["number"] = present.number
    env.filters["shorten"] = present.shorten
    env.filters["seg"] = lambda s: quote(str(s), safe="")  # one URL path segment
    env.filters["path"] = lambda s: quote(str(s), safe="/")  # a document id (may hold "/")
    env.globals["age_text"] = age_text
    return env


def age_text(fresh: Freshness) -> str:
    """``updated 12 s ago · updating``: how old the cross-check on a page is, so the analyst
    knows the figures may lag an ingest by that much (see ``data.Workspace``)."""
    age = round(fresh.age_s)
    when = f"{age} s" if age < 120 else f"{age // 60} min"
    note = " · updating" if fresh.updating else (" · newer data waiting" if fresh.stale else "")
    return f"cross-check updated {when} ago{note}"


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = environment().get_template(name).render(**context)
    return HTMLResponse(html, status_code=status)


def _by_gap(conflicts: list[Conflict]) -> list[Conflict]:
    return sorted(conflicts, key=lambda x: (-x.gap_pct, x.kind, x.a.order, x.b.order))


def _card(m: MeasureView) -> dict[str, Any]:
    points = [p for c in m.reported if not c.vague and (p := point(c)) is not None]
    return {
        "m": m,
        "estimate": present.estimate_text(m.estimate, m.unit),
        "as_of": m.estimate.window.label if m.estimate else "",
        "range": (
            f"{present.number(min(points))}–{present.number(max(points))}{present.percent(m.unit)}"
            if points
            else "–"
        ),
        "spark": sparkline_svg(points),
        "trend": present.trend_text(m),
        "origins": m.origins,  # a property that counts every claim: once per card
    }


def warm(view: View) -> None:
    """Derive what the overview and every measure page show of ``view`` (cards, charts,
    filter lists) into its memo: ``Workspace`` calls this on the thread that computed the
    view, so no request pays for it (a large measure's chart takes most of a second)."""
    cards = view.derived("cards", lambda: [_card(m) for m in view.cc.measures])
    for m, card in zip(view.cc.measures, cards, strict=True):
        # the keys ``overview`` and ``measure`` ask ``view.derived`` for
        view.memo.setdefault(("card", m.key), card)
        view.memo.setdefault(("facets", m.key), _facets(m))
        view.memo.setdefault(("chart", m.key), chart(m, view.colours).svg)


@router.get("/", response_class=HTMLResponse)
def overview(ws: Ws) -> HTMLResponse:
    view = ws.view()
    cards = view.derived("cards", lambda: [_card(m) for m in view.cc.measures])
    return render(
        "overview.html.j2",
        nav="overview",
        fresh=ws.freshness(view),
        pack=ws.pack,
        cards=[c for c in cards if c["m"].from_pack],
        other_cards=[c for c in cards if not c["m"].from_pack],
        n_documents=len(view.cc.documents),
        n_claims=view.n_claims,
        n_sources=len(view.cc.sources),
        n_conflicts=len(view.cc.conflicts),
    )


def _day(raw: str | None, name: str) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise HTTPException(400, f"{name}={raw!r} is not a date; use YYYY-MM-DD") from None


def _keep(c: CheckedClaim, status: str | None, certainty: str | None,
          since: date | None, until: date | None) -> bool:  # fmt: skip
    if status and c.status != status:
        return False
    if certainty and c.certainty != certainty:
        return False
    if since or until:
        when = c.window.sort_key
        if when is None or (since and when < since) or (until and when > until):
            return False
    return True


def _facets(m: MeasureView) -> tuple[list[str | None], list[str], list[str]]:
    """The sides, statuses and certainties a measure's claims use (legend and filters)."""
    everything = m.reported + m.other
    sides = sorted(
        {c.origin.side if c.origin else None for c in everything},
        key=lambda s: (s is None, s or ""),
    )
    return sides, sorted({c.status for c in everything}), sorted({c.certainty for c in everything})


def _page_url(key: str, chosen: dict[str, str], page: int) -> str:
    given = {k: v for k, v in chosen.items() if v}
    if page > 1:
        given["page"] = str(page)
    query = urlencode(given)
    return f"/measures/{quote(key, safe='')}" + (f"?{query}" if query else "")


@router.get("/measures/{key:path}", response_class=HTMLResponse)
def measure(
    key: str,
    ws: Ws,
    status: Filter = None,
    certainty: Filter = None,
    since: Filter = None,
    until: Filter = None,
    page: Annotated[int, Query(ge=1, le=10**9)] = 1,
) -> HTMLResponse:
    """One measure: its chart (which samples), and its claims ``MEASURE_ROWS`` a page, so a
    measure of 20,000 claims is not one 12 MB table."""
    view = ws.view()
    m = view.measures.get(key)
    if m is None:
        raise HTTPException(404, f"no measure {key!r}; the overview lists them")
    start, end = _day(since, "since"), _day(until, "until")
    everything = m.reported + m.other
    filtered = status or certainty or start or end
    rows = (
        [c for c in everything if _keep(c, status, certainty, start, end)]
        if filtered
        else everything
    )
    used, statuses, certainties = view.derived(("facets", key), lambda: _facets(m))
    chosen = {
        "status": status or "",
        "certainty": certainty or "",
        "since": since or "",
        "until": until or "",
    }
    pages = max(1, -(-len(rows) // MEASURE_ROWS))
    first = (page - 1) * MEASURE_ROWS
    shown = rows[first : first + MEASURE_ROWS]
    return render(
        "measure.html.j2",
        nav="",
        fresh=ws.freshness(view),
        m=m,
        card=view.derived(("card", key), lambda: _card(m)),
        chart=view.derived(("chart", key), lambda: chart(m, view.colours).svg),
        legend=[(present.side_label(s, ws.pack), view.colours.get(s, "")) for s in used],
        rows=shown,
        shown={c.id for c in shown},  # a conflict's figure links to its row here, else its document
        matching=len(rows),
        first=first,
        page=page,
        pages=pages,
        prev_url=_page_url(key, chosen, page - 1) if page > 1 else "",
        next_url=_page_url(key, chosen, page + 1) if page < pages else "",
        total=len(everything),
        statuses=statuses,
        certainties=certainties,
        chosen=chosen,
        conflicts=_by_gap(m.conflicts),
        origin_name=present.origin_name,
        via_text=present.via_text,
    )


@router.get("/documents", response_class=HTMLResponse)
def documents(ws: Ws) -> HTMLResponse:
    return render("documents.html.j2", nav="documents", rows=ws.store.documents())


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(doc_id: str, ws: Ws) -> HTMLResponse:
    known_text(doc_id, "document")
    row = ws.document(doc_id)
    if row is None:
        raise HTTPException(404, f"no document {doc_id!r}; the documents page lists them")
    text = ws.store.texts([doc_id]).get(doc_id, "")
    rows = ws.store.claims(doc_id=doc_id)
    return render(
        "document.html.j2",
        nav="documents",
        doc=row,
        body=markup.highlighted(text, rows),
        claims=rows,
        figure_text=markup.figure_text,
    )


@router.get("/sources", response_class=HTMLResponse)
def sources(ws: Ws) -> HTMLResponse:
    view = ws.view()
    return render(
        "sources.html.j2",
        nav="sources",
        fresh=ws.freshness(view),
        sources=view.cc.sources,
        side_label=lambda s: present.side_label(s, ws.pack) if s else "",
    )


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts(ws: Ws) -> HTMLResponse:
    view = ws.view()
    return render(
        "conflicts.html.j2",
        nav="conflicts",
        fresh=ws.freshness(view),
        conflicts=_by_gap(view.cc.conflicts),
        labels={m.key: m.label for m in view.cc.measures},
        origin_name=present.origin_name,
        via_text=present.via_text,
    )


@router.get("/search", response_class=HTMLResponse)
def search(ws: Ws, q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
    clean = "".join(ch if ch.isprintable() else " " for ch in q)
    rows = ws.store.search(clean, limit=100) if clean.strip() else []
    hits = [
        {
            **r,
            "anchor": f"claim-{r['claim_id']}" if r.get("claim_id") else "",
            "snippet": markup.snippet(r["snippet"] or "", clean),
        }
        for r in rows
    ]
    return render("search.html.j2", nav="search", q=q, hits=hits)


def _add_page(request: Request, take: In, status: int = 200, error: str = "",
              given: dict[str, str] | None = None) -> HTMLResponse:  # fmt: skip
    return render(
        "add.html.j2",
        status=status,
        nav="add",
        csrf=request.app.state.csrf,
        error=error,
        given=given or {},
        jobs=take.runner.list()[:RECENT_JOBS],
        max_bytes=take.settings.max_bytes,
        max_files=MAX_FILES,
    )


@router.get("/add", response_class=HTMLResponse)
def add(request: Request, take: In) -> HTMLResponse:
    return _add_page(request, take)


def _field(form: Any, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


async def _submitted(request: Request, take: In, kind: str) -> Response:
    """Check the CSRF token, queue the job and go to its page, or show the form again."""
    given: dict[str, str] = {}
    try:
        async with request.form(max_files=MAX_FILES, max_fields=10) as form:
            if not csrf_ok(form.get("csrf"), request.app.state.csrf):
                raise HTTPException(403, CSRF_HELP)
            given = {k: _field(form, k) for k in ("text", "title", "url", "published", "urls")}
            if kind == "text":
                job = take.paste(given["text"], given["title"], given["url"], given["published"])
            elif kind == "upload":
                job = take.upload(await read_uploads(form.getlist(FILES_FIELD), take.settings))
            else:
                job = take.urls(given["urls"].splitlines())
    except HTTPException as exc:
        if exc.status_code not in (413, 422, 429):
            raise
        return _add_page(request, take, exc.status_code, str(exc.detail), given)
    return RedirectResponse(f"/jobs/{job['id']}", status_code=303)


@router.post("/add/text")
async def add_text(request: Request, take: In) -> Response:
    return await _submitted(request, take, "text")


@router.post("/add/upload")
async def add_upload(request: Request, take: In) -> Response:
    return await _submitted(request, take, "upload")


@router.post("/add/urls")
async def add_urls(request: Request, take: In) -> Response:
    return await _submitted(request, take, "urls")


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job(job_id: str, take: In) -> HTMLResponse:
    found = take.runner.get(job_id)
    if found is None:
        known_text(job_id, "job")
        raise HTTPException(404, f"no job {job_id!r}; the Add page lists recent jobs")
    return render(
        "job.html.j2",
        nav="add",
        job=found,
        active=found["state"] in ("queued", "running"),
    )
