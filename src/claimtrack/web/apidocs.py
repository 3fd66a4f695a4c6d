"""``/docs``: the API's Swagger UI, served from this app, not from a CDN.

Swagger UI's files come from the ``fastapi-offline`` package (a maintained bundle of
Swagger UI 5, which renders the OpenAPI 3.1 FastAPI writes) and are mounted under
``/static/swagger``; the page starts it from ``/static/swagger-init.js`` rather than an
inline script, so ``/docs`` runs under the same Content-Security-Policy as every page
(FastAPI's own page needs jsdelivr and ``'unsafe-inline'``).
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)


def swagger_files() -> Path:
    """The folder holding ``swagger-ui-bundle.js`` and ``swagger-ui.css``."""
    spec = find_spec("fastapi_offline")
    if spec is None or spec.origin is None:  # a broken install: say what to do
        raise RuntimeError("fastapi-offline is missing; run `pip install fastapi-offline`")
    return Path(spec.origin).parent / "static"


PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>claimtrack API</title>
<link rel="stylesheet" href="/static/swagger/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/static/swagger/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body>
</html>
"""


@router.get("/docs", response_class=HTMLResponse)
def docs() -> HTMLResponse:
    return HTMLResponse(PAGE)
