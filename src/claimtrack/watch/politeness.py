"""A pause between requests to the same host, so a watcher never hammers one site.

Many feeds of one outlet, and the articles they list, all live on a few hosts. Requests
to one host are spaced by at least the delay, counted from the end of the previous
answer (a slow site gets its rest too); other hosts do not wait for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

#: Seconds between two requests to one host unless told otherwise (``--delay``).
DEFAULT_DELAY_S = 1.0


class HostDelay:
    """Spaces requests per host; the clock and sleep are the real ones unless given."""

    def __init__(
        self,
        delay_s: float = DEFAULT_DELAY_S,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay_s = delay_s
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}

    @contextmanager
    def turn(self, url: str, at_least_s: float = 0.0) -> Iterator[None]:
        """Wait for ``url``'s host to be free, then hold it for the block's request.

        ``at_least_s`` lengthens the pause for this host (a robots.txt Crawl-delay).
        """
        host = (urlsplit(url).hostname or "").lower()
        pause = max(self.delay_s, at_least_s)
        last = self._last.get(host)
        if last is not None:
            wait = last + pause - self._clock()
            if wait > 0:
                self._sleep(wait)
        try:
            yield
        finally:
            self._last[host] = self._clock()
