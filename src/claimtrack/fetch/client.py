"""Fetch one web page over HTTP with every limit a crawler of untrusted URLs needs.

Limits: http(s) only; connect and read timeouts, and a deadline for the whole answer
(``config.FETCH_DEADLINE_FACTOR`` times the timeout, every redirect hop included), so a server that
drips its body a byte at a time, each within the read timeout, is still given up; a cap
on the body, which is streamed and
abandoned once past it (a declared Content-Length over the cap is refused before
reading), so no page is ever held in memory unbounded; at most ``MAX_REDIRECTS``
redirects; only web pages and plain text (anything else is refused from its headers,
before its body is read), unless the caller names other media types (a feed watcher
asks for RSS and Atom as well).

Conditional requests: ``fetch_conditional`` sends a page's last validators (ETag as
``If-None-Match``, Last-Modified as ``If-Modified-Since``) and returns ``NotModified``
for a 304 answer, so a watcher re-reads nothing that did not change; every ``Page``
carries the validators of its own answer for the next request.

How the connection is kept to a checked address: redirects are followed here, one hop at
a time, and each hop's host is resolved and checked by ``safety`` (every address it
resolves to). The request then goes to the checked IP itself, with the real host name in
the ``Host`` header and as the TLS server name (httpcore's ``sni_hostname`` extension),
so certificates are still verified against the host name. No second name lookup happens
between the check and the connection, so a name cannot resolve to a public address for
the check and a private one for the connection (DNS rebinding). Two further choices
follow from pinning: connections are never reused (a kept-alive TLS connection to one
IP could otherwise carry a request for another host name served at the same IP), and
proxies from the environment are ignored (a proxy would make its own name lookup,
beyond our check).
"""

from __future__ import annotations

import ipaddress
import ssl
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urljoin

import httpx

from claimtrack import __version__
from claimtrack.config import FETCH_DEADLINE_FACTOR
from claimtrack.errors import (
    InputError,
    fetch_failed,
    fetch_timeout,
    fetch_too_slow,
    http_status,
    page_too_large,
    too_many_redirects,
    wrong_content_type,
)
from claimtrack.fetch.safety import IPAddress, Target, checked_addresses, normalise_url

#: Who is asking, so site owners can tell claimtrack's requests apart and find the project.
USER_AGENT = (
    f"claimtrack/{__version__} (+https://github.com/claimtrack/claimtrack; news claim extraction)"
)
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9"
#: Redirects followed before giving up; browsers allow about 20, news pages need one or two.
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
NOT_MODIFIED = 304

PageKind = Literal["html", "text"]
#: The media types fetched, and the document kind each becomes.
KINDS: dict[str, PageKind] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}


@dataclass(frozen=True)
class Page:
    """A fetched page's bytes and what its response said about them."""

    url: str  # as requested, normalised: the document's id
    final_url: str  # after redirects
    kind: PageKind
    body: bytes
    charset: str | None  # from the Content-Type header, as sent
    fetched_at: str  # ISO 8601, UTC, when the final response arrived
    media_type: str = ""  # from the Content-Type header, lower case, without parameters
    etag: str | None = None  # validators of this answer, for the next conditional request
    last_modified: str | None = None
    status: int = 200


class StatusError(InputError):
    """An ``http_status`` refusal that keeps the status code, for callers that must tell
    a missing page (4xx) from a failing server (5xx), as robots.txt rules do."""

    def __init__(self, err: InputError, status: int) -> None:
        super().__init__(err.reason, err.message)
        self.status = status


@dataclass(frozen=True)
class Validators:
    """What a server said identifies the version it sent (ETag, Last-Modified), sent
    back on the next request so an unchanged page costs a 304 and no body."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """The conditional request headers these validators make (none when empty)."""
        out = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


@dataclass(frozen=True)
class NotModified:
    """A 304 answer: the page is as it was when ``validators`` were given."""

    url: str  # as requested, normalised
    final_url: str  # after redirects
    fetched_at: str
    etag: str | None = None  # a 304 may refresh the validators; None when it did not
    last_modified: str | None = None
    status: int = NOT_MODIFIED


def make_client(timeout_s: float, verify: ssl.SSLContext | bool = True) -> httpx.Client:
    """An httpx client set up as the module doc explains; close it when done.

    ``verify`` is httpx's: True checks certificates against the system's trusted roots;
    an ``ssl.SSLContext`` trusts what it holds (a private CA, a test certificate).
    """
    return httpx.Client(
        timeout=httpx.Timeout(timeout_s),
        verify=verify,
        follow_redirects=False,
        trust_env=False,
        limits=httpx.Limits(max_keepalive_connections=0),
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
    )


def content_type(header: str) -> tuple[str, str | None]:
    """The media type (lower case) and charset parameter of a Content-Type header."""
    media, *params = header.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


@contextmanager
def _send(
    client: httpx.Client,
    target: Target,
    addresses: list[IPAddress],
    headers: Mapping[str, str],
) -> Iterator[httpx.Response]:
    """A streamed GET of ``target`` from the first of ``addresses`` that accepts a connection."""
    extensions = {} if _is_ip(target.host) else {"sni_hostname": target.host}
    last: httpx.TransportError | None = None
    for address in addresses:
        pinned = httpx.URL(target.url).copy_with(host=str(address))
        request = client.build_request(
            "GET", pinned, headers={**headers, "Host": target.netloc}, extensions=extensions
        )
        try:
            response = client.send(request, stream=True)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            last = exc  # try the host's next address, as a browser would
            continue
        try:
            yield response
        finally:
            response.close()
        return
    assert last is not None  # checked_addresses never returns an empty list
    raise last


@dataclass(frozen=True)
class _Deadline:
    """When the whole fetch must have ended, and the allowance it was given."""

    at: float
    seconds: float

    def check(self, url: str) -> None:
        if time.monotonic() > self.at:
            raise fetch_too_slow(url, self.seconds)


def _read_capped(response: httpx.Response, url: str, max_bytes: int, deadline: _Deadline) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise page_too_large(url, max_bytes)
    chunks: list[bytes] = []
    total = 0
    # iter_bytes yields the body decompressed, so the cap also bounds a gzip bomb; without
    # a chunk size it yields what each read brings, so the deadline is checked per read.
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > max_bytes:
            raise page_too_large(url, max_bytes)
        deadline.check(url)
        chunks.append(chunk)
    return b"".join(chunks)


@dataclass(frozen=True)
class _Ask:
    """What one fetch asks for beyond the URL: the media types taken, and validators."""

    kinds: Mapping[str, PageKind]
    headers: Mapping[str, str]
    conditional: bool


def _hop(
    client: httpx.Client,
    target: Target,
    allow_private: bool,
    max_bytes: int,
    ask: _Ask,
    deadline: _Deadline,
) -> Page | NotModified | str:
    """Fetch ``target`` once: its page, a 304, or the address it redirects to."""
    addresses = checked_addresses(target, allow_private)
    with _send(client, target, addresses, ask.headers) as response:
        status = response.status_code
        location = response.headers.get("location")
        if status in REDIRECT_STATUSES and location:
            return urljoin(target.url, location)
        etag = response.headers.get("etag")
        last_modified = response.headers.get("last-modified")
        fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
        if status == NOT_MODIFIED and ask.conditional:
            return NotModified(target.url, target.url, fetched_at, etag, last_modified)
        if not 200 <= status < 300:
            raise StatusError(http_status(target.url, status, response.reason_phrase), status)
        media, charset = content_type(response.headers.get("content-type", ""))
        kind = ask.kinds.get(media)
        if kind is None:
            raise wrong_content_type(target.url, media)
        body = _read_capped(response, target.url, max_bytes, deadline)
        return Page(
            target.url,
            target.url,
            kind,
            body,
            charset,
            fetched_at,
            media_type=media,
            etag=etag,
            last_modified=last_modified,
            status=status,
        )


def fetch_page(
    url: str,
    client: httpx.Client,
    max_bytes: int,
    allow_private: bool = False,
    max_redirects: int = MAX_REDIRECTS,
) -> Page:
    """Fetch ``url`` within the limits of the module doc, or raise an ``InputError``.

    The error's reason is a short code (scheme, url, private, fetch, timeout, http_status,
    redirects, content_type, too_large) and its message names ``url`` and the fix; a
    refusal met after a redirect says where the redirect led.
    """
    page = fetch_conditional(url, client, max_bytes, allow_private, max_redirects)
    assert isinstance(page, Page)  # no validators sent, so a 304 is an http_status error
    return page


def fetch_conditional(
    url: str,
    client: httpx.Client,
    max_bytes: int,
    allow_private: bool = False,
    max_redirects: int = MAX_REDIRECTS,
    *,
    validators: Validators | None = None,
    kinds: Mapping[str, PageKind] = KINDS,
    accept: str | None = None,
) -> Page | NotModified:
    """``fetch_page`` that may send ``validators`` and take other media types.

    With validators, a 304 answer is ``NotModified`` rather than an error. ``kinds`` maps
    the media types taken to the kind of document each is read as (anything else is
    refused from its headers, before its body is read); ``accept`` replaces the client's
    Accept header. The validators go with every redirect hop, as a browser sends them.
    """
    headers = validators.headers() if validators else {}
    if accept is not None:
        headers["Accept"] = accept
    ask = _Ask(kinds, headers, bool(validators and validators.headers()))
    first = normalise_url(url)
    next_url = first.url
    allowance = FETCH_DEADLINE_FACTOR * _timeout_of(client)
    deadline = _Deadline(time.monotonic() + allowance if allowance else float("inf"), allowance)
    for hop in range(max_redirects + 1):
        try:
            deadline.check(next_url)
            result = _hop(client, normalise_url(next_url), allow_private, max_bytes, ask, deadline)
        except httpx.TimeoutException:
            raise _after(first, hop, fetch_timeout(next_url, _timeout_of(client))) from None
        except httpx.HTTPError as exc:
            detail = str(exc) or type(exc).__name__
            raise _after(first, hop, fetch_failed(next_url, detail)) from None
        except InputError as err:
            raise _after(first, hop, err) from None
        if isinstance(result, Page | NotModified):
            return replace(result, url=first.url, final_url=result.url)
        next_url = result
    raise too_many_redirects(first.url, max_redirects, next_url)


def _timeout_of(client: httpx.Client) -> float:
    read = client.timeout.read
    return read if read is not None else 0.0


def _after(first: Target, hop: int, err: InputError) -> InputError:
    """``err`` as met on redirect ``hop``: the message starts with the URL requested."""
    if hop == 0:
        return err
    moved = InputError(err.reason, f"{first.url}: redirected to {err.message}")
    return StatusError(moved, err.status) if isinstance(err, StatusError) else moved
