"""Glue that runs documents through clean and extract; ingest and store sit either side.

The cleaner and the extractor (spaCy, lingua, trafilatura, dateparser: about 2.8 CPU
seconds of imports) are imported on first use, not with this module: ``ingest --jobs``'s
writer process imports it for ``Processed`` and never cleans or extracts, and its imports
are time the workers wait for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimtrack.packs import StoryPack
from claimtrack.records import Claim, CleanDocument, SourceDocument

if TYPE_CHECKING:
    from claimtrack.extract.extractor import ProgressCallback


def _clean(source: SourceDocument) -> CleanDocument:
    """Clean one document and fingerprint its text for near-duplicate detection."""
    from claimtrack.clean import clean
    from claimtrack.resolve.duplicates import fingerprint

    doc = clean(source)
    doc.fingerprint = fingerprint(doc.text)
    return doc


def process(
    source: SourceDocument,
    pack: StoryPack | None,
    on_progress: ProgressCallback | None = None,
) -> tuple[CleanDocument, list[Claim]]:
    """Clean, fingerprint, then extract one document. Raises ``InputError`` when nothing
    readable is left. ``on_progress`` as in ``process_many``."""
    from claimtrack.extract import extract

    doc = _clean(source)
    return doc, extract(doc, pack, on_progress)


@dataclass
class Processed:
    """One document's result in a batch: its cleaned text and claims, or the error."""

    source: SourceDocument
    doc: CleanDocument | None = None
    claims: list[Claim] = field(default_factory=list)
    error: Exception | None = None


def process_many(
    sources: list[SourceDocument],
    pack: StoryPack | None,
    on_progress: ProgressCallback | None = None,
) -> list[Processed]:
    """Clean, fingerprint and extract a batch; the parser runs once over all their
    candidate sentences. Errors stay with their document (``InputError`` for unreadable
    input).

    ``on_progress(doc_id, done_chars, total_chars)``, when given, is called as extraction
    reads each document, after every chunk of about 50,000 characters of its cleaned text
    (so a few times for a news article, hundreds of times for a document at the size
    limit); ``done_chars`` reaches ``total_chars`` when that document is done. Documents
    are read one after another in batch order, after the whole batch is cleaned."""
    from claimtrack.extract import extract_many

    out = [Processed(s) for s in sources]
    cleaned: list[Processed] = []
    for p in out:
        try:
            p.doc = _clean(p.source)
            cleaned.append(p)
        except Exception as exc:  # recorded per document by the caller
            p.error = exc
    try:
        results = extract_many([p.doc for p in cleaned if p.doc is not None], pack, on_progress)
    except Exception as exc:  # the batch as a whole failed: every document records why
        results = [exc] * len(cleaned)
    for p, result in zip(cleaned, results, strict=True):
        if isinstance(result, Exception):
            p.error = result
        else:
            p.claims = result
    return out
