"""Fetch: read web pages by URL into documents, within limits safe for untrusted URLs.

``fetch_documents`` feeds ``claimtrack.ingest.ingest_sources``; the ``fetch`` command,
the web app's "add by URL" and a feed watcher all go through it. ``safety`` decides which
URLs may be fetched, ``client`` fetches one page, ``documents`` turns pages into records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import attach

if TYPE_CHECKING:
    from claimtrack.fetch.client import (
        USER_AGENT,
        NotModified,
        Page,
        StatusError,
        Validators,
        fetch_conditional,
        fetch_page,
        make_client,
    )
    from claimtrack.fetch.documents import decode_page, fetch_documents, page_document
    from claimtrack.fetch.safety import blocked_because, check_url, normalise_url

# Names load on first use (PEP 562): the URL rules need neither httpx nor the ingest code.
_LAZY = {
    "USER_AGENT": "claimtrack.fetch.client",
    "NotModified": "claimtrack.fetch.client",
    "Page": "claimtrack.fetch.client",
    "StatusError": "claimtrack.fetch.client",
    "Validators": "claimtrack.fetch.client",
    "fetch_conditional": "claimtrack.fetch.client",
    "fetch_page": "claimtrack.fetch.client",
    "make_client": "claimtrack.fetch.client",
    "decode_page": "claimtrack.fetch.documents",
    "fetch_documents": "claimtrack.fetch.documents",
    "page_document": "claimtrack.fetch.documents",
    "blocked_because": "claimtrack.fetch.safety",
    "check_url": "claimtrack.fetch.safety",
    "normalise_url": "claimtrack.fetch.safety",
}

__all__ = [
    "USER_AGENT",
    "NotModified",
    "Page",
    "StatusError",
    "Validators",
    "blocked_because",
    "check_url",
    "decode_page",
    "fetch_conditional",
    "fetch_documents",
    "fetch_page",
    "make_client",
    "normalise_url",
    "page_document",
]


__getattr__, __dir__ = attach(__name__, _LAZY, globals())
