"""``/watch`` and ``/api/v1/watch``: the feeds and pages ``claimtrack watch`` follows, with
each one's last answer, new documents, failing articles and last error (read-only: the
watch list is edited with ``claimtrack watch add|remove`` or the story pack)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from claimtrack.web.api import Ws
from claimtrack.web.pages import render

router = APIRouter()


def _rows(ws: Any) -> list[dict[str, Any]]:
    failing = ws.store.failing_items()
    return [{**asdict(w), "failing": failing.get(w.id, 0)} for w in ws.store.watched()]


@router.get("/api/v1/watch", tags=["api"], summary="The watch list and each URL's last round")
def watch_list(ws: Ws) -> dict[str, Any]:
    return {"items": _rows(ws)}


@router.get("/watch", response_class=HTMLResponse, include_in_schema=False)
def watch_page(ws: Ws) -> HTMLResponse:
    return render("watch.html.j2", nav="watch", rows=_rows(ws))
