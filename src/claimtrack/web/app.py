"""The FastAPI application: routes, security headers, the token check and error pages.

Security, in one place:

- With a token, every request carries it: ``Authorization: Bearer TOKEN``, or a ``token``
  cookie that opening any page once with ``?token=TOKEN`` sets (the address is then
  reloaded without it, so the token does not stay in history). Comparison is
  constant-time.
- Every response says ``Content-Security-Policy: default-src 'self'`` (no inline script,
  no inline style, nothing from elsewhere), ``X-Content-Type-Options: nosniff``, no
  framing and no referrer; ``/docs`` too, as its Swagger UI is served from here
  (``apidocs``).
- Adding reports changes the store, so it is guarded three ways: a POST a browser says
  comes from another origin is refused (403, ``_cross_site``); the pages' forms carry a per-app CSRF token
  (``app.state.csrf``, checked in ``pages.py``); the API's POSTs take JSON or multipart
  only (``api.py``). A body over ``intake.request_cap`` is refused with 413 from its
  ``Content-Length``, or, sent without one, as soon as the bytes read pass the cap.
- URLs are fetched by ``claimtrack.fetch``, which refuses private, loopback and
  link-local addresses unless the app was made with ``allow_private``.
- A malformed request is a 4xx with a message that says what to fix (JSON under
  ``/api/``, a page elsewhere); an unexpected error is a plain 500 without a traceback.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

from anyio import to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimtrack import __version__
from claimtrack.config import Settings
from claimtrack.store import Store
from claimtrack.web import (
    api,
    api_pages,
    apidocs,
    assets,
    pages,
    review_api,
    review_pages,
    watch_pages,
)
from claimtrack.web.data import Workspace, store_pack
from claimtrack.web.inflight import Counting
from claimtrack.web.intake import Intake, request_cap
from claimtrack.web.jobs import JobRunner
from claimtrack.web.recompute import InWorker

log = logging.getLogger("claimtrack.web")

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
TOKEN_HELP = (
    "missing or wrong token: send the header 'Authorization: Bearer TOKEN', "
    "or open any page once with ?token=TOKEN"
)


CROSS_SITE = "cross-site request refused: add reports from this app's own pages"


#: Sent with every response (see the module doc).
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def _secure(response: Response, path: str) -> Response:
    response.headers.update(SECURITY_HEADERS)
    return response


def _same(given: str | None, token: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), token.encode())


def _bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, message: str, **extra: Any) -> Response:
    """The error as JSON for the API, as a page for a browser."""
    if _is_api(request):
        response: Response = JSONResponse({"error": message, **extra}, status_code=status)
    else:
        response = pages.render("error.html.j2", status=status, code=status, message=message)
    return _secure(response, request.url.path)


def _validation_message(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    problems = []
    for e in exc.errors():
        loc = [str(p) for p in e.get("loc", ())]
        where = f"{loc[0]} parameter {'.'.join(loc[1:])}" if len(loc) > 1 else ".".join(loc)
        problems.append({"where": where, "problem": str(e.get("msg", "invalid"))})
    text = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
    return f"invalid request: {text or 'malformed input'}", problems


def _cross_site(request: Request) -> bool:
    """Whether a browser says this request comes from a page of another origin.

    ``Sec-Fetch-Site`` decides when sent (every current browser does): only the app's own
    pages ("same-origin") and the user's own typing ("none") may change the store; another
    port on this machine is "same-site" and refused too. Else an ``Origin`` naming another
    host is refused. Our ``Referrer-Policy: no-referrer`` makes browsers send ``Origin:
    null`` even for our own forms, so "null" alone proves nothing; the forms' CSRF token
    still guards them.
    """
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site.lower() not in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return False  # not a browser, or one that hides where it comes from
    return urlsplit(origin).netloc.lower() != request.headers.get("host", "").lower()


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, without reading them in full."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    def message(self) -> str:
        return (
            f"request body is over the {self.limit:,}-byte limit; send fewer or smaller files "
            "(CLAIMTRACK_MAX_BYTES sets the size of one document)"
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            await _error(request, 413, self.message())(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:  # no or a false Content-Length: stop at the cap
                raise StarletteHTTPException(413, self.message())
            return message

        await self.app(scope, counted, send)


class Guard:
    """The token check, the cross-site refusal and the security headers of every response
    (see the module doc), as plain ASGI: ``@app.middleware("http")`` runs each request
    in a task of its own and streams its response through a queue, a cost every request
    paid, static files included, and that grows with the server's load."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    def refusal(self, request: Request) -> Response | None:
        """The answer to a request that may not go on, else None."""
        token, path = self.token, request.url.path
        if token is not None:
            given = request.query_params.get("token")
            if given is not None and _same(given, token):
                # Keep the token in a cookie, and take it out of the address bar and history.
                target = request.url.remove_query_params("token")
                redirect = RedirectResponse(str(target), status_code=303)
                redirect.set_cookie("token", token, httponly=True, samesite="strict")
                return _secure(redirect, path)
            if not (_same(_bearer(request), token) or _same(request.cookies.get("token"), token)):
                response = _error(request, 401, TOKEN_HELP)
                response.headers["WWW-Authenticate"] = "Bearer"
                return response
        if request.method not in ("GET", "HEAD", "OPTIONS") and _cross_site(request):
            return _error(request, 403, CROSS_SITE)
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = self.refusal(Request(scope))
        if refused is not None:
            await refused(scope, receive, send)
            return

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, secured)


def create_app(
    db: str,
    settings: Settings,
    token: str | None = None,
    allow_private: bool = False,
    max_request_bytes: int | None = None,
) -> FastAPI:
    """The app over the store at ``db`` (a path or SQLAlchemy URL).

    ``token``: when given, every request must carry it (see the module doc). The store
    must exist: pointing the app at a mistyped path is an error, not an empty store.
    ``allow_private`` lets "add by URL" fetch from loopback and private addresses;
    ``max_request_bytes`` caps a request body (default ``intake.request_cap``).
    """
    store = Store(db, create=False)
    worker = InWorker(store.url.render_as_string(hide_password=False))
    workspace = Workspace(store, store_pack(store, settings), background=worker, warm=pages.warm)
    runner = JobRunner(db, settings, after=workspace.catch_up)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # The synchronous handlers' threads, on this loop (see ``Settings.serve_threads``).
        to_thread.current_default_thread_limiter().total_tokens = settings.serve_threads
        yield
        workspace.close()
        runner.close()
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="claimtrack",
        version=__version__,
        description="Numeric claims from news articles, with their evidence; add reports "
        "as background jobs.",
        redoc_url=None,
        docs_url=None,  # served by ``apidocs``, from this app
    )
    app.state.workspace = workspace
    app.state.intake = Intake(runner, settings, allow_private)
    app.state.csrf = secrets.token_urlsafe(32)
    # Added before the guard, so the guard runs first: no body is read for a wrong token.
    limit = max_request_bytes if max_request_bytes is not None else request_cap(settings)
    app.add_middleware(BodyLimit, limit=limit)
    app.add_middleware(Guard, token=token)
    app.add_middleware(Counting)  # outermost: background work gives way to every request
    app.include_router(api_pages.router)  # before api.router: see api_pages
    app.include_router(review_api.router)  # before api.router: /claims/{id} is its
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(review_pages.router)
    app.include_router(watch_pages.router)
    app.include_router(apidocs.router)
    app.include_router(assets.router())  # /static/{name}: a name, never a path
    app.mount("/static/swagger", StaticFiles(directory=apidocs.swagger_files()), name="swagger")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = (
            str(exc.detail)
            if exc.status_code != 404 or exc.detail != "Not Found"
            else (f"nothing at {request.url.path}")
        )
        return _error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        message, problems = _validation_message(exc)
        return _error(request, 422, message, problems=problems)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        # Logged for whoever runs the server; the client learns nothing of the internals.
        log.error("error serving %s", request.url.path, exc_info=exc)
        return _error(request, 500, "internal error; the server log has the details")

    return app
