"""The watch list: feeds and pages ``claimtrack watch`` follows, and what they listed."""

from __future__ import annotations

from claimtrack.store.access import StoreAccess


class WatchList(StoreAccess):
    """Feeds and pages followed by ``claimtrack watch``, with their last result."""
