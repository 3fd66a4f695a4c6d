"""Requests first: background work in the server gives way while requests are answered.

A recompute's result lands in the server's interpreter: unpickling it and deriving the
pages' cards and charts is about 3.4 s of Python at 20,000 documents (1.4 s unpickling,
1.8 s of charts and cards), under the one interpreter lock the requests need. Taking
turns with them, it doubled every request's time while it ran (bench/serve.py: p95 over
100 ms when a recompute landed during the burst, 60-90 ms when it did not). The app
counts the requests it is answering (``Counting``, an ASGI middleware); between two
pieces of background work ``give_way`` sleeps while any is, up to ``GIVE_WAY_S``, so the
background work takes the time the requests leave and still ends under a steady load.
The count is per process, as the interpreter lock is.

Only work marked as background (``in_background``) gives way: the same steps run for a
view a caller waits for (the first request, a review's or an ingest job's ``catch_up``),
and a request waiting on them would only wait longer if they gave way to it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from starlette.types import ASGIApp, Receive, Scope, Send

#: The longest one ``give_way`` waits: background work still moves under a steady load.
GIVE_WAY_S = 0.05
#: How often ``give_way`` looks again.
POLL_S = 0.002

_answering = 0  # requests this process is answering now
_marked = threading.local()  # ``background`` is set on threads doing background work


def answering() -> int:
    """How many requests this process is answering now."""
    return _answering


@contextmanager
def in_background() -> Iterator[None]:
    """Mark what this thread does inside as background work, which ``give_way`` slows."""
    before = getattr(_marked, "background", False)
    _marked.background = True
    try:
        yield
    finally:
        _marked.background = before


def give_way(most: float = GIVE_WAY_S) -> None:
    """In background work (``in_background``), sleep while requests are being answered,
    at most ``most`` seconds; otherwise, or when none is, return at once. Call it between
    two pieces of work that may run in the background on a thread of the server."""
    if not getattr(_marked, "background", False):
        return
    end = time.monotonic() + most
    while _answering and time.monotonic() < end:
        time.sleep(POLL_S)


class Counting:
    """ASGI middleware counting the HTTP requests in flight (``answering``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        global _answering
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        _answering += 1  # on the event loop's thread only: no lock needed
        try:
            await self.app(scope, receive, send)
        finally:
            _answering -= 1
