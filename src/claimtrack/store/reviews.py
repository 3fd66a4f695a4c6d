"""Reviews: an analyst's judgement of claims and origins, kept beside the machine's."""

from __future__ import annotations

from claimtrack.store.access import StoreAccess


class Reviews(StoreAccess):
    """Confirm, reject or correct claims; merge, split and describe origins; undo."""
