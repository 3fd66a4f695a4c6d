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

from dataclasses import asdict
from datetime import UTC, datetime
from functools import cache
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Cookie, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from claimtrack.report import present
from claimtrack.report.charts import chart, sparkline_svg
from claimtrack.resolve import Conflict, MeasureView
from claimtrack.resolve.intervals import point
from claimtrack.store.document_reads import RANKED
from claimtrack.web import markup
from claimtrack.web.api import In, Ws, known_text
from claimtrack.web.api_pages import Filters
from claimtrack.web.data import (
    NO_SIDE,
    ClaimFilters,
    Freshness,
    View,
    Workspace,
    copies,
    facets,
    filtered,
    origin_records,
)
from claimtrack.web.inflight import give_way
from claimtrack.web.intake import FILES_FIELD, MAX_FILES, csrf_ok, read_uploads
from claimtrack.web.search_filters import FILTERED_POOL, all_facets, filter_hits
from claimtrack.web.versions import version_diffs

router = APIRouter(include_in_schema=False)

Filter = Annotated[str | None, Query(max_length=64)]
#: Jobs listed on the "Add" page.
RECENT_JOBS = 20
#: Claims per page of a measure's table.
MEASURE_ROWS = 200
#: Origins per page of the sources table.
SOURCE_ROWS = 200
#: Hits per page of a search.
SEARCH_ROWS = 50
#: Documents per page of the documents list.
DOCUMENT_ROWS = 200
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
    env.filters["noun"] = present.noun  # {{ n|noun("conflict") }}: "conflict" for one, else plural
    env.filters["shorten"] = present.shorten
    env.filters["seg"] = lambda s: quote(str(s), safe="")  # one URL path segment
    env.filters["path"] = lambda s: quote(str(s), safe="/")  # a document id (may hold "/")
    env.globals["age_text"] = age_text
    env.globals["pairs"] = lambda values: [(v, v) for v in values]  # <option> value, label
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


#: Pages of a measure's unfiltered table kept rendered per view (the first ones: what is
#: opened from the overview); later pages are rendered per request, so a crawl of every
#: page cannot fill the memory with a view's worth of HTML.
CACHED_PAGES = 2
#: Where ``base.html.j2`` puts the freshness note, right at the start of ``<main>``.
MAIN = "<main>\n"


def with_freshness(html: str, fresh: Freshness) -> HTMLResponse:
    """A page rendered once per view (without ``fresh``) with this request's note on how
    old the view is, as ``base.html.j2`` would have put it: the rest of such a page is
    the same for every request of the view, so it is not rendered again for each."""
    note = f'<p class="freshness" role="status">{escape(age_text(fresh))}</p>'
    return HTMLResponse(html.replace(MAIN, MAIN + note, 1))


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
    view, so no request pays for it (a large measure's chart takes most of a second).
    The sources' records are left to the first visit of the sources page: a second of
    work per view that would hold up the requests of every other page. The document
    page's titles and the search form's filter lists are made here too."""
    cards = view.derived("cards", lambda: [_card(m) for m in view.cc.measures])
    for m, card in zip(view.cc.measures, cards, strict=True):
        give_way()  # a large measure's chart is most of a second: requests first
        # the keys ``overview`` and ``measure`` ask ``view.derived`` for
        view.memo.setdefault(("card", m.key), card)
        view.memo.setdefault(("chart", m.key), chart(m, view.colours).svg)
        view.memo.setdefault(("facets", m.key), facets(m, view.memo.get("languages", {})))
    give_way()
    view.derived("copies", lambda: copies(view.cc))
    give_way()
    view.derived("titles", lambda: {d.doc: d.title for d in view.cc.documents})
    if "languages" in view.memo:  # the search form's filter lists
        give_way()
        all_facets(view, view.memo["languages"])


#: The cookie holding when the overview was last opened, for "arrived since".
LAST_VISIT = "last_visit"
#: Versions listed under "arrived since your last visit".
SINCE_ROWS = 50


def _last_visit(raw: str | None) -> str | None:
    """The cookie's time as the store writes times, or None when absent or not a time
    (a cookie is user input: anything else is ignored, never echoed)."""
    if not raw:
        return None
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    return when.astimezone(UTC).isoformat(timespec="seconds")


@router.get("/", response_class=HTMLResponse)
def overview(
    ws: Ws, last_visit: Annotated[str | None, Cookie(max_length=64)] = None
) -> HTMLResponse:
    """Cards per measure, the counts, and what arrived since the last visit: the page
    keeps the time it was opened in a cookie and lists the versions ingested after the
    time the cookie held (at most ``SINCE_ROWS``)."""
    view = ws.view()
    since = _last_visit(last_visit)
    arrived = ws.store.arrived_since(since, SINCE_ROWS) if since else []
    since_html = (
        environment()
        .get_template("overview_since.html.j2")
        .render(
            since=since,
            arrived=arrived[:SINCE_ROWS],
            more=len(arrived) > SINCE_ROWS,
            new_claims=sum(r["claims"] for r in arrived[:SINCE_ROWS]),
        )
    )
    # The rest of the page (cards, counts) is the view's: rendered once per view.
    html = view.derived("overview", lambda: _overview_html(ws, view))
    response = with_freshness(html.replace(SINCE, since_html, 1), ws.freshness(view))
    now = datetime.now(UTC).isoformat(timespec="seconds")
    response.set_cookie(LAST_VISIT, now, max_age=400 * 24 * 3600, httponly=True, samesite="strict")
    return response


#: Where the overview rendered once per view takes this request's "since your last visit".
SINCE = "<!-- since your last visit -->"


def _overview_html(ws: Workspace, view: View) -> str:
    cards = view.derived("cards", lambda: [_card(m) for m in view.cc.measures])
    return (
        environment()
        .get_template("overview.html.j2")
        .render(
            nav="overview",
            fresh=None,
            pack=ws.pack,
            cards=[c for c in cards if c["m"].from_pack],
            other_cards=[c for c in cards if not c["m"].from_pack],
            n_documents=len(view.cc.documents),
            n_claims=view.n_claims,
            n_sources=len(view.cc.sources),
            n_conflicts=len(view.cc.conflicts),
            since_html=Markup(SINCE),
        )
    )


def _page_url(key: str, chosen: dict[str, str], page: int) -> str:
    given = {k: v for k, v in chosen.items() if v}
    if page > 1:
        given["page"] = str(page)
    query = urlencode(given)
    return f"/measures/{quote(key, safe='')}" + (f"?{query}" if query else "")


def _chosen(f: ClaimFilters) -> dict[str, str]:
    """The filters as the form's fields hold them ("" for none)."""
    return {k: "" if v is None else str(v) for k, v in asdict(f).items()}


@router.get("/measures/{key:path}", response_class=HTMLResponse)
def measure(
    key: str,
    ws: Ws,
    filters: Filters,
    page: Annotated[int, Query(ge=1, le=10**9)] = 1,
) -> HTMLResponse:
    """One measure: its chart (which samples), and its claims ``MEASURE_ROWS`` a page, so a
    measure of 20,000 claims is not one 12 MB table. The filters are those of
    ``/api/v1/measures/{key}/claims``, under the same names."""
    view = ws.view()
    m = view.measures.get(key)
    if m is None:
        raise HTTPException(404, f"no measure {key!r}; the overview lists them")

    def page_html(fresh: Freshness | None) -> str:
        return _measure_html(ws, view, m, filters, page, fresh)

    # An unfiltered page is the same for every request of a view but for its freshness
    # note: the first CACHED_PAGES are rendered once (filtered ones are not kept, since
    # their number has no bound).
    if filters.active or page > CACHED_PAGES:
        return HTMLResponse(page_html(ws.freshness(view)))
    html = view.derived(("page", key, page, MEASURE_ROWS), lambda: page_html(None))
    return with_freshness(html, ws.freshness(view))


def _measure_html(
    ws: Workspace,
    view: View,
    m: MeasureView,
    filters: ClaimFilters,
    page: int,
    fresh: Freshness | None,
) -> str:
    key = m.key
    languages = ws.languages(view)
    rows = filtered(m, filters, languages)
    used = view.derived(("facets", key), lambda: facets(m, languages))
    chosen = _chosen(filters)
    pages = max(1, -(-len(rows) // MEASURE_ROWS))
    first = (page - 1) * MEASURE_ROWS
    shown = rows[first : first + MEASURE_ROWS]
    table = Markup(
        environment()
        .get_template("measure_rows.html.j2")
        .render(rows=shown, origin_name=present.origin_name, via_text=present.via_text)
    )
    return (
        environment()
        .get_template("measure.html.j2")
        .render(
            nav="",
            fresh=fresh,
            m=m,
            card=view.derived(("card", key), lambda: _card(m)),
            chart=view.derived(("chart", key), lambda: chart(m, view.colours).svg),
            legend=[(present.side_label(s, ws.pack), view.colours.get(s, "")) for s in used.sides],
            rows=shown,
            rows_html=table,
            shown={c.id for c in shown},  # a conflict's figure links to its row, else its doc
            matching=len(rows),
            first=first,
            page=page,
            pages=pages,
            prev_url=_page_url(key, chosen, page - 1) if page > 1 else "",
            next_url=_page_url(key, chosen, page + 1) if page < pages else "",
            total=len(m.reported) + len(m.other),
            facets=used,
            side_options=[(s or NO_SIDE, present.side_label(s, ws.pack)) for s in used.sides],
            chosen=chosen,
            api_url=f"/api/v1/measures/{quote(key, safe='')}/claims"
            + (f"?{urlencode({k: v for k, v in chosen.items() if v})}" if filters.active else ""),
            conflicts=_by_gap(m.conflicts),
            origin_name=present.origin_name,
            via_text=present.via_text,
        )
    )


@router.get("/documents", response_class=HTMLResponse)
def documents(ws: Ws, page: Annotated[int, Query(ge=1, le=10**9)] = 1) -> HTMLResponse:
    """The documents, ``DOCUMENT_ROWS`` a page, by id."""
    first = (page - 1) * DOCUMENT_ROWS
    rows, total = ws.store.documents_page(DOCUMENT_ROWS, first)
    pages = max(1, -(-total // DOCUMENT_ROWS))
    return render(
        "documents.html.j2",
        nav="documents",
        rows=rows,
        total=total,
        first=first,
        page=page,
        pages=pages,
        prev_url=(f"/documents?page={page - 1}" if page > 2 else "/documents") if page > 1 else "",
        next_url=f"/documents?page={page + 1}" if page < pages else "",
    )


#: Characters of text either side of a left-out number in the list of them.
CONTEXT = 40


def _context(text: str, row: dict[str, Any]) -> tuple[str, str, str]:
    """(before, the number, after): a left-out number in its words, for the list."""
    start, end = int(row["start"]), int(row["end"])
    if not 0 <= start < end <= len(text):
        return "", str(row["text"]), ""
    before = text[max(0, start - CONTEXT) : start]
    return (
        ("…" if start > CONTEXT else "") + before.lstrip(),
        text[start:end],
        text[end : end + CONTEXT].rstrip() + ("…" if end + CONTEXT < len(text) else ""),
    )


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(
    doc_id: str,
    ws: Ws,
    version: Annotated[int | None, Query(ge=1, le=10**9)] = None,
) -> HTMLResponse:
    """One document: a version's cleaned text with its claims marked and the numbers left
    out underlined, what cleaning removed, how its claims changed from version to
    version, and its near-duplicates. ``?version=N`` shows an older version."""
    known_text(doc_id, "document")
    with ws.store.snapshot():  # the text and its claims from one view of the store
        found = ws.store.document_page(doc_id, version)
        if found is None:
            raise HTTPException(404, f"no document {doc_id!r}; the documents page lists them")
        history, number = found.versions, found.number
        if found.version is None:
            raise HTTPException(
                404, f"document {doc_id!r} has no version {number}; it has 1 to {len(history)}"
            )
        everything = ws.store.claims(doc_id=doc_id, latest_only=len(history) == 1)
    text = found.text or ""
    by_version: dict[int, list[dict[str, Any]]] = {int(v["version"]): [] for v in history}
    for c in everything:
        by_version.setdefault(int(c["version"]), []).append(c)
    rows = by_version.get(number, [])
    left = found.left_out
    view = ws.view()
    titles = view.derived("titles", lambda: {d.doc: d.title for d in view.cc.documents})
    near = view.derived("copies", lambda: copies(view.cc)).of(doc_id)
    return render(
        "document.html.j2",
        nav="documents",
        doc=found.document,
        number=number,
        latest=int(found.document["latest_version"]),
        shown_version=found.version,
        history=history,
        body=markup.highlighted(text, rows, left),
        claims=rows,
        left=[(i, r, _context(text, r)) for i, r in enumerate(left)],
        removed=found.removed,
        diffs=version_diffs(by_version),
        near=[(d, relation, titles.get(d)) for d, relation in near],
        figure_text=markup.figure_text,
        left_out_title=markup.left_out_title,
    )


@router.get("/sources", response_class=HTMLResponse)
def sources(ws: Ws, page: Annotated[int, Query(ge=1, le=10**9)] = 1) -> HTMLResponse:
    """Every origin, ``SOURCE_ROWS`` a page: type, side, how many claims and documents,
    and how often other origins later matched or contradicted its figures
    (``data.OriginRecord``). A store of 20,000 documents has as many origins."""
    view = ws.view()
    records = list(view.derived("origins", lambda: origin_records(view.cc)).values())
    pages = max(1, -(-len(records) // SOURCE_ROWS))
    first = (page - 1) * SOURCE_ROWS
    return render(
        "sources.html.j2",
        nav="sources",
        fresh=ws.freshness(view),
        records=records[first : first + SOURCE_ROWS],
        total=len(records),
        first=first,
        page=page,
        pages=pages,
        prev_url=(f"/sources?page={page - 1}" if page > 2 else "/sources") if page > 1 else "",
        next_url=f"/sources?page={page + 1}" if page < pages else "",
        side_label=lambda s: present.side_label(s, ws.pack) if s else "",
    )


@router.get("/sources/{key:path}", response_class=HTMLResponse)
def source(key: str, ws: Ws) -> HTMLResponse:
    """One origin: its claims, which of them others matched or contradicted, and the
    documents they come from."""
    known_text(key, "source")
    view = ws.view()
    record = view.derived("origins", lambda: origin_records(view.cc)).get(key)
    if record is None:
        raise HTTPException(404, f"no source {key!r}; the sources page lists them")
    titles = view.derived("titles", lambda: {d.doc: d.title for d in view.cc.documents})
    return render(
        "source.html.j2",
        nav="sources",
        fresh=ws.freshness(view),
        r=record,
        labels={m.key: m.label for m in view.cc.measures},
        titles=titles,
        side_label=lambda s: present.side_label(s, ws.pack) if s else "",
        via_text=present.via_text,
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
def search(
    ws: Ws,
    filters: Filters,
    q: Annotated[str, Query(max_length=500)] = "",
    page: Annotated[int, Query(ge=1, le=RANKED // SEARCH_ROWS)] = 1,
) -> HTMLResponse:
    """Text and quotes matching every word, ``SEARCH_ROWS`` a page, best first among the
    newest ``RANKED`` matches (``Store.search_newest``); with the measure page's filters,
    among the best ``FILTERED_POOL`` of them (``web.search_filters``)."""
    chosen = _chosen(filters)
    key = ("search_page", q, tuple(sorted(chosen.items())), page, SEARCH_ROWS)
    return HTMLResponse(ws.remembered(key, lambda: _search_html(ws, filters, chosen, q, page)))


def _search_html(
    ws: Workspace, filters: ClaimFilters, chosen: dict[str, str], q: str, page: int
) -> str:
    """The search page, rendered once per search and kept with ``Workspace.remembered``
    (as its rows are): fifty snippets and the facets cost more to render than the rows
    cost to read, and the same search is asked again (a page and its next, several
    analysts, the link of a card)."""
    clean = "".join(ch if ch.isprintable() else " " for ch in q)
    first = (page - 1) * SEARCH_ROWS
    view = ws.view()
    rows: list[dict[str, Any]] = []
    capped = False
    if clean.strip() and filters.active:
        pool, capped = ws.remembered(
            ("search_newest", clean, FILTERED_POOL, 0),
            lambda: ws.store.search_newest(clean, limit=FILTERED_POOL),
        )
        capped = capped or len(pool) == FILTERED_POOL
        rows = filter_hits(pool, filters, ws, view)[first : first + SEARCH_ROWS + 1]
    elif clean.strip():
        rows, capped = ws.store.search_newest(clean, limit=SEARCH_ROWS + 1, offset=first)
    more = len(rows) > SEARCH_ROWS
    hits = [
        {
            **r,
            "anchor": f"claim-{r['claim_id']}" if r.get("claim_id") else "",
            "snippet": markup.snippet(r["snippet"] or "", clean),
        }
        for r in rows[:SEARCH_ROWS]
    ]

    def url(n: int) -> str:
        fields = {"q": q, **{k: v for k, v in chosen.items() if v}}
        return "/search?" + urlencode({**fields, **({"page": str(n)} if n > 1 else {})})

    used = all_facets(view, ws.languages(view))
    return (
        environment()
        .get_template("search.html.j2")
        .render(
            nav="search",
            q=q,
            hits=hits,
            first=first,
            capped=capped,
            ranked=FILTERED_POOL if filters.active else RANKED,
            filtered=filters.active,
            facets=used,
            side_options=[(s or NO_SIDE, present.side_label(s, ws.pack)) for s in used.sides],
            chosen=chosen,
            prev_url=url(page - 1) if page > 1 else "",
            next_url=url(page + 1) if more and page < RANKED // SEARCH_ROWS else "",
        )
    )


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
