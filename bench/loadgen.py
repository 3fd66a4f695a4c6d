"""A lean HTTP/1.1 client for bench/serve.py's burst: GET over kept-alive asyncio streams.

Why not httpx, which the app and its tests use: a load generator shares the machine with
the server it measures (two cores here), and measured against the app's static file
``httpx.AsyncClient`` spent about 3.4 ms of CPU in the client per request, this 0.1-0.3 ms.
With the burst's requests in flight on one event loop, a response that arrived also waited
while the client parsed the others', so part of every latency was the client's; tools
built for this (wrk, hey) are lean for the same reason. It speaks only what the burst
needs: GET, ``Content-Length`` or chunked bodies, keep-alive, a timeout per request, and
cookies kept as a browser keeps them (the overview lists what arrived since the last visit).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

#: Largest response head read (status line and headers).
MAX_HEAD = 64 * 1024


class HTTPError(Exception):
    """A request that got no complete response (timeout, reset, malformed answer)."""


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class Connection:
    """One kept-alive connection to ``host:port``, one request at a time, opened again
    when the server has closed it."""

    def __init__(self, host: str, port: int, cookies: dict[str, str] | None = None) -> None:
        self.host, self.port = host, port
        #: name -> value, sent with every request and updated by ``Set-Cookie``; pass one
        #: dict to several connections for one browser's jar.
        self.cookies = {} if cookies is None else cookies
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, timeout: float) -> Response:
        """``GET path``; a connection the server closed while idle is opened again once."""
        for attempt in (0, 1):
            reused = self._writer is not None
            try:
                return await asyncio.wait_for(self._exchange(path), timeout)
            except TimeoutError as exc:
                self.close()  # a late answer would be read as the next request's
                raise HTTPError(f"timed out after {timeout:g} s") from exc
            except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
                self.close()
                if attempt or not reused:
                    raise HTTPError(f"{type(exc).__name__}: {exc}") from exc
        raise AssertionError("unreachable")

    async def _exchange(self, path: str) -> Response:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(
                self.host, self.port, limit=MAX_HEAD
            )
        assert self._reader is not None
        jar = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        cookie = f"Cookie: {jar}\r\n" if jar else ""
        request = f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n{cookie}\r\n"
        self._writer.write(request.encode("latin-1"))
        head = await self._reader.readuntil(b"\r\n\r\n")
        status_line, *lines = head.decode("latin-1").split("\r\n")
        parts = status_line.split(" ", 2)
        if len(parts) < 2 or not parts[1].isdigit():
            raise ConnectionError(f"not an HTTP response: {status_line[:80]!r}")
        headers: dict[str, str] = {}
        for line in lines:
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0].strip()
            headers[name] = value
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = await self._chunked()
        else:
            body = await self._reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection", "").lower() == "close":
            self.close()
        return Response(int(parts[1]), body)

    async def _chunked(self) -> bytes:
        assert self._reader is not None
        chunks = []
        while True:
            size = int((await self._reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await self._reader.readuntil(b"\r\n")  # no trailers are sent to GETs here
                return b"".join(chunks)
            chunks.append(await self._reader.readexactly(size))
            await self._reader.readexactly(2)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._reader = self._writer = None
