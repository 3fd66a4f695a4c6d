"""Watch: follow RSS/Atom feeds and pages, storing new articles and new versions.

``run_round`` asks every watched URL once (``round``), within the fetch limits, the
sites' robots.txt (``robots``) and a pause per host (``politeness``); ``feeds`` reads
the feeds; ``summary`` says what a round changed in the cross-check; ``watch_loop``
runs rounds on an interval (``loop``). The watch list itself lives in the store
(``store.watchlist``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import attach

if TYPE_CHECKING:
    from claimtrack.watch.feeds import Entry, Feed, parse_feed
    from claimtrack.watch.loop import DEFAULT_INTERVAL_S, watch_loop
    from claimtrack.watch.politeness import DEFAULT_DELAY_S, HostDelay
    from claimtrack.watch.robots import Robots
    from claimtrack.watch.round import ITEM_RULES, WatchOptions, run_round, why_fetch
    from claimtrack.watch.summary import MeasureChange, RoundSummary

# Names load on first use (PEP 562): the CLI's help never pays for feedparser or httpx.
_LAZY = {
    "Entry": "claimtrack.watch.feeds",
    "Feed": "claimtrack.watch.feeds",
    "parse_feed": "claimtrack.watch.feeds",
    "DEFAULT_INTERVAL_S": "claimtrack.watch.loop",
    "watch_loop": "claimtrack.watch.loop",
    "DEFAULT_DELAY_S": "claimtrack.watch.politeness",
    "HostDelay": "claimtrack.watch.politeness",
    "Robots": "claimtrack.watch.robots",
    "ITEM_RULES": "claimtrack.watch.round",
    "WatchOptions": "claimtrack.watch.round",
    "run_round": "claimtrack.watch.round",
    "why_fetch": "claimtrack.watch.round",
    "MeasureChange": "claimtrack.watch.summary",
    "RoundSummary": "claimtrack.watch.summary",
}

__all__ = [
    "DEFAULT_DELAY_S",
    "DEFAULT_INTERVAL_S",
    "ITEM_RULES",
    "Entry",
    "Feed",
    "HostDelay",
    "MeasureChange",
    "Robots",
    "RoundSummary",
    "WatchOptions",
    "parse_feed",
    "run_round",
    "watch_loop",
    "why_fetch",
]


__getattr__, __dir__ = attach(__name__, _LAZY, globals())
