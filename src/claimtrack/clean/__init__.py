"""Clean: from a document as read to the article text, with what was removed and why."""

from __future__ import annotations

from claimtrack.records import CleanDocument, SourceDocument


def clean(source: SourceDocument) -> CleanDocument:  # placeholder until the cleaner lands
    raise NotImplementedError
