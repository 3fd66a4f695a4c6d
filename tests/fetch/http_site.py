"""A real HTTP server on 127.0.0.1 for the fetch tests, serving canned responses by path.

Shared by tests/fetch and tests/cli/test_fetch_cli.py (loaded by file path there, since
the tests folders are not packages). Each test sets ``site.routes[path]`` and reads what
the server saw in ``site.requests``; nothing here is a stand-in for claimtrack or httpx.
A reply with an ``ETag`` or ``Last-Modified`` header answers a request that sends it
back (``If-None-Match`` / ``If-Modified-Since``) with 304 and no body, as servers do.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """One canned response. ``endless`` streams zeros-free text until the client hangs up."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before the status line, to make the client time out
    declare_length: bool = True
    endless: bool = False
    drip_s: float = 0.0  # pause between the body's bytes (each within the client's timeout)


#: How much an endless reply sends at most, so a broken cap ends the test rather than hanging.
ENDLESS_LIMIT = 64 * 1024 * 1024


@dataclass
class Site:
    base: str
    routes: dict[str, Reply] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)  # bytes of body written, by path
    times: list[tuple[str, float]] = field(default_factory=list)  # path, monotonic arrival

    def url(self, path: str) -> str:
        return self.base + path


def _unchanged(reply: Reply, asked: Message) -> bool:
    """Whether the client's validators match the reply's (exact match, as for strong ETags)."""
    etag = reply.headers.get("ETag")
    modified = reply.headers.get("Last-Modified")
    if etag is not None and asked.get("If-None-Match") is not None:
        return asked["If-None-Match"] == etag
    return modified is not None and asked.get("If-Modified-Since") == modified


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server name)
            site.times.append((self.path, time.monotonic()))
            site.requests.append((self.path, dict(self.headers.items())))
            reply = site.routes.get(self.path, Reply(b"no such page", 404, "text/plain"))
            if reply.delay_s:
                time.sleep(reply.delay_s)
            if reply.status == 200 and _unchanged(reply, self.headers):
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(reply.status)
            if reply.content_type is not None:
                self.send_header("Content-Type", reply.content_type)
            if reply.declare_length and not reply.endless:
                self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if reply.drip_s:
                try:
                    for i in range(len(reply.body)):
                        self.wfile.write(reply.body[i : i + 1])
                        self.wfile.flush()
                        site.sent[self.path] = i + 1
                        time.sleep(reply.drip_s)
                except OSError:
                    return  # the client gave up, as it should past its deadline
                return
            if not reply.endless:
                self.wfile.write(reply.body)
                return
            chunk = b"The ministry said 12 trucks arrived. " * 1000
            sent = 0
            try:
                while sent < ENDLESS_LIMIT:
                    self.wfile.write(chunk)
                    sent += len(chunk)
                    site.sent[self.path] = sent
            except OSError:
                return  # the client hung up, as it should past its cap

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output quiet

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up early (timeout, size cap) is expected here


@contextmanager
def serve(tls: ssl.SSLContext | None = None) -> Iterator[Site]:
    """A server on an ephemeral port of 127.0.0.1 for the length of the block.

    With ``tls`` (a server context holding a certificate for ``localhost``) it speaks
    HTTPS and its base URL names ``localhost``, so the client must verify the name.
    """
    site = Site("")
    server = _Server(("127.0.0.1", 0), _handler(site))
    port = server.server_address[1]
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
        site.base = f"https://localhost:{port}"
    else:
        site.base = f"http://127.0.0.1:{port}"
    # A short poll interval so shutdown() returns at once instead of after half a second.
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
