"""Reads behind the document page: versions, numbers left out, removed lines."""

from __future__ import annotations

from claimtrack.store.access import StoreAccess


class DocumentReads(StoreAccess):
    """What the document page shows beside a document's claims."""
