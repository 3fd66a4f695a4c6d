"""Search with the measure page's filters (``data.ClaimFilters``: source type, side,
status, certainty, language, dates), for the search page and ``/api/v1/search``.

A quote hit is the claim it quotes, judged as the measure page judges it, through the
view's cross-check (its origin gives type and side). A text hit is a document: only the
language and date filters speak of documents, so any other filter leaves text hits out.
Filters apply to the best ``FILTERED_POOL`` matches: full-text ranking comes first, and a
filter that keeps few of them says so rather than scanning every match.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from claimtrack.resolve import CheckedClaim
from claimtrack.web.data import ClaimFilters, Facets, View, Workspace

#: How many of the best matches a filtered search ranks before filtering.
FILTERED_POOL = 500


def _claims_by_id(view: View) -> dict[str, CheckedClaim]:
    return {str(c.id): c for c in _every(view)}


def _published(view: View) -> dict[str, date | None]:
    out: dict[str, date | None] = {}
    for d in view.cc.documents:
        try:
            out[d.doc] = date.fromisoformat(str(d.published)[:10]) if d.published else None
        except ValueError:
            out[d.doc] = None
    return out


def _document_kept(f: ClaimFilters, language: str | None, published: date | None) -> bool:
    if f.type or f.side or f.status or f.certainty:
        return False  # these describe claims, not documents
    if f.language and language != f.language:
        return False
    if f.since or f.until:
        if published is None:
            return False
        return not ((f.since and published < f.since) or (f.until and published > f.until))
    return True


def filter_hits(
    hits: Iterable[dict[str, Any]], f: ClaimFilters, ws: Workspace, view: View
) -> list[dict[str, Any]]:
    """The hits ``f`` keeps, in their order."""
    if not f.active:
        return list(hits)
    languages = ws.languages(view)
    claims = view.derived("claims-by-id", lambda: _claims_by_id(view))
    published = view.derived("published", lambda: _published(view))
    kept = []
    for h in hits:
        if h.get("kind") == "claim":
            c = claims.get(str(h.get("claim_id")))
            if c is not None and f.keep(c, languages):
                kept.append(h)
        elif _document_kept(f, languages.get(h["doc"]), published.get(h["doc"])):
            kept.append(h)
    return kept


def all_facets(view: View, languages: dict[str, str | None]) -> Facets:
    """The filter lists of the search form: the values every claim of the view uses."""
    return view.derived(
        "all-facets",
        lambda: Facets(
            types=sorted({c.origin.type for c in _every(view) if c.origin is not None}),
            sides=sorted(
                {c.origin.side if c.origin else None for c in _every(view)},
                key=lambda s: (s is None, s or ""),
            ),
            statuses=sorted({c.status for c in _every(view)}),
            certainties=sorted({c.certainty for c in _every(view)}),
            languages=sorted({lang for lang in languages.values() if lang}),
        ),
    )


def _every(view: View) -> Iterable[CheckedClaim]:
    return (c for m in view.cc.measures for c in (*m.reported, *m.other))
