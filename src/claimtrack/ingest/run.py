"""Run a batch of documents through the pipeline into the store, one transaction each.

A bad document is recorded and skipped, never fatal: unreadable input becomes an
``IngestFailure`` with the reader's or cleaner's reason, and a bug that blows up on
one document is recorded as ``internal`` so the rest of the batch still lands. Only a
``StoreError`` stops the batch, because nothing after it could be saved either.
Because each document commits alone, rerunning an interrupted batch skips what was
stored and finishes the rest, ending where an uninterrupted run would have.

A document holding more figures than ``Settings.max_claims_per_document`` is stored with
its first claims only and gets a warning: a "claims_capped" row in the store's failure
table (so ``claimtrack errors`` lists it) and an ``IngestReport.warnings`` entry, but it
counts as stored, not failed, so it does not make the batch fail: nothing was lost that
raising ``CLAIMTRACK_MAX_CLAIMS`` and ingesting again would not bring back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

from claimtrack import pipeline
from claimtrack.config import Settings
from claimtrack.errors import InputError, StoreError
from claimtrack.ingest.readers import iter_sources
from claimtrack.packs import StoryPack
from claimtrack.pipeline import Processed
from claimtrack.records import IngestFailure, SourceDocument
from claimtrack.store import Store

Outcome = Literal["new", "unchanged", "updated", "failed"]


@dataclass(frozen=True)
class IngestEvent:
    """What happened to one document, for progress display."""

    doc_id: str
    location: str | None
    outcome: Outcome
    claims: int = 0
    failure: IngestFailure | None = None
    #: Set on a stored document that needs a look (its claims were capped); not a failure.
    warning: IngestFailure | None = None


ProgressCallback = Callable[[IngestEvent], None]
#: ``(doc_id, done_chars, total_chars)`` while a document is read, for a per-document bar.
DocumentProgress = Callable[[str, int, int], None]


@dataclass
class IngestReport:
    """Counts for one batch; ``claims`` counts claims stored by this run."""

    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    claims: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    #: Documents stored with a warning (``claims_capped``); they count as stored, not failed.
    warnings: list[IngestFailure] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.new + self.unchanged + self.updated + self.failed

    @property
    def ok(self) -> bool:
        return self.failed == 0


def _internal(source: SourceDocument, exc: Exception) -> IngestFailure:
    where = source.location or source.doc_id
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return IngestFailure(
        doc_id=source.doc_id,
        location=where,
        reason="internal",
        message=f"{where}: internal error while processing ({detail}); please report it",
    )


def _claims_capped(source: SourceDocument, cap: int) -> IngestFailure:
    where = source.location or source.doc_id
    return IngestFailure(
        doc_id=source.doc_id,
        location=where,
        reason="claims_capped",
        message=(
            f"{where}: holds more than {cap} figures; kept the first {cap} claims; "
            "raise CLAIMTRACK_MAX_CLAIMS if the page is genuine"
        ),
    )


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    pack: StoryPack | None,
    settings: Settings,
    published: str | None = None,
    progress: ProgressCallback | None = None,
    encoding: str | None = None,
    stdin: BinaryIO | None = None,
    within: DocumentProgress | None = None,
) -> IngestReport:
    """Ingest every document under ``paths`` into ``store``; see the module doc for failures.

    ``encoding`` forces how files are decoded; ``"-"`` among ``paths`` reads ``stdin``;
    ``within`` hears how far extraction is inside each document, so a large one shows
    progress rather than a frozen bar.
    """
    items = iter_sources(paths, settings, published, encoding, stdin)
    return ingest_sources(items, store, pack, settings, progress, within)


def ingest_sources(
    items: Iterable[SourceDocument | IngestFailure],
    store: Store,
    pack: StoryPack | None,
    settings: Settings,
    progress: ProgressCallback | None = None,
    within: DocumentProgress | None = None,
) -> IngestReport:
    """Ingest documents already read (from files, URLs or a feed), recording each failure.

    The one loop every source of documents goes through, so they all get the same
    identity, versioning, batching and per-document transactions.
    """
    report = IngestReport()

    def fail(failure: IngestFailure) -> None:
        store.record_failure(failure)
        report.failed += 1
        report.failures.append(failure)
        if progress:
            progress(IngestEvent(failure.doc_id, failure.location, "failed", failure=failure))

    def store_one(p: Processed) -> None:
        item = p.source
        try:
            if p.error is not None:
                raise p.error
            assert p.doc is not None
            p.doc.encoding = item.encoding
            p.doc.fetched_at = item.fetched_at
            cap = settings.max_claims_per_document
            if len(p.claims) > cap:  # extraction capped at another limit than these settings
                p.claims = p.claims[:cap]
                p.doc.claims_capped = cap
            outcome = store.add(p.doc, p.claims)
        except InputError as err:
            where = item.location or item.doc_id
            fail(IngestFailure(item.doc_id, where, err.reason, err.message))
            return
        except StoreError:
            raise
        except Exception as exc:  # one document's bug must not cost the batch
            fail(_internal(item, exc))
            return
        stored = len(p.claims) if outcome != "unchanged" else 0
        if outcome == "new":
            report.new += 1
        elif outcome == "updated":
            report.updated += 1
        else:
            report.unchanged += 1
        report.claims += stored
        warning = None
        if p.doc.claims_capped is not None and outcome != "unchanged":
            warning = _claims_capped(item, p.doc.claims_capped)
            store.record_failure(warning)
            report.warnings.append(warning)
        if progress:
            progress(
                IngestEvent(item.doc_id, item.location, outcome, claims=stored, warning=warning)
            )

    def flush(pending: list[SourceDocument]) -> None:
        # parse a batch together, then commit each document alone: a crash loses at
        # most the uncommitted documents of one batch, and a rerun finishes them
        for p in pipeline.process_many(pending, pack, within):
            store_one(p)
        pending.clear()

    pending: list[SourceDocument] = []
    for item in items:
        if isinstance(item, IngestFailure):
            fail(item)
            continue
        if store.has_version(item.doc_id, item.content_hash):
            # Already stored: skip the costly pipeline, the outcome cannot differ.
            report.unchanged += 1
            if progress:
                progress(IngestEvent(item.doc_id, item.location, "unchanged"))
            continue
        pending.append(item)
        if len(pending) >= settings.batch_size:
            flush(pending)
    flush(pending)
    return report
