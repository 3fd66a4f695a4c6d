"""Run a batch of documents through the pipeline into the store, one transaction each.

A bad document is recorded and skipped, never fatal: unreadable input becomes an
``IngestFailure`` with the reader's or cleaner's reason, and a bug that blows up on
one document is recorded as ``internal`` so the rest of the batch still lands. Only a
``StoreError`` stops the batch, because nothing after it could be saved either.
Because each document commits alone, rerunning an interrupted batch skips what was
stored and finishes the rest, ending where an uninterrupted run would have.

``jobs`` > 1 cleans and extracts on that many worker processes
(``claimtrack.ingest.parallel``) while this process alone writes, in input order, so the
store ends exactly as with one process. The Dask path (``claimtrack.ingest.distributed``)
runs the same ``Writer`` on each worker against a shared PostgreSQL store.

A document holding more figures than ``Settings.max_claims_per_document`` is stored with
its first claims only and gets a warning: a "claims_capped" row in the store's failure
table (so ``claimtrack errors`` lists it) and an ``IngestReport.warnings`` entry, but it
counts as stored, not failed, so it does not make the batch fail: nothing was lost that
raising ``CLAIMTRACK_MAX_CLAIMS`` and ingesting again would not bring back.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

from claimtrack import pipeline
from claimtrack.config import Settings
from claimtrack.errors import InputError, StoreError
from claimtrack.ingest.readers import iter_sources
from claimtrack.packs import StoryPack
from claimtrack.pipeline import Processed
from claimtrack.records import Claim, CleanDocument, IngestFailure, SourceDocument
from claimtrack.store import AddOutcome, Store

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
#: Items screened against the store per query, and at most this many characters of their
#: content held while waiting (a chunk ends early at that size, so memory stays bounded
#: by one large document, not by the chunk's count).
SCREEN_BATCH = 32
SCREEN_CHARS = 4_000_000


def _screen_chunks(
    items: Iterable[SourceDocument | IngestFailure],
) -> Iterator[list[SourceDocument | IngestFailure]]:
    chunk: list[SourceDocument | IngestFailure] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += 0 if isinstance(item, IngestFailure) else len(item.content)
        if len(chunk) >= SCREEN_BATCH or chars >= SCREEN_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


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
    jobs: int = 1,
) -> IngestReport:
    """Ingest every document under ``paths`` into ``store``; see the module doc for failures.

    ``encoding`` forces how files are decoded; ``"-"`` among ``paths`` reads ``stdin``;
    ``within`` hears how far extraction is inside each document, so a large one shows
    progress rather than a frozen bar; ``jobs`` worker processes clean and extract.
    """
    items = iter_sources(paths, settings, published, encoding, stdin)
    return ingest_sources(items, store, pack, settings, progress, within, jobs=jobs)


def ingest_sources(
    items: Iterable[SourceDocument | IngestFailure],
    store: Store,
    pack: StoryPack | None,
    settings: Settings,
    progress: ProgressCallback | None = None,
    within: DocumentProgress | None = None,
    *,
    jobs: int = 1,
) -> IngestReport:
    """Ingest documents already read (from files, URLs or a feed), recording each failure.

    The one loop every source of documents goes through, so they all get the same
    identity, versioning, batching and per-document transactions. With ``jobs`` > 1,
    cleaning and extraction run on worker processes (``claimtrack.ingest.parallel``);
    storing stays here, in input order.
    """
    writer = Writer(store, settings, progress)
    todo = writer.screen(items)
    processed: Generator[Processed, None, None]
    if jobs > 1:
        from claimtrack.ingest.parallel import process_parallel

        processed = process_parallel(todo, pack, settings, jobs, within)
    else:
        processed = process_in_batches(todo, pack, settings.batch_size, within)
    # closing(): a StoreError out of the loop still stops the workers at once
    with closing(processed):
        for p in processed:
            writer.store_one(p)
    return writer.report


def process_in_batches(
    sources: Iterable[SourceDocument],
    pack: StoryPack | None,
    batch_size: int,
    within: DocumentProgress | None = None,
) -> Generator[Processed, None, None]:
    """Clean and extract in this process, ``batch_size`` documents parsed together.

    The caller commits each result before the next batch is read, so a crash loses at
    most the uncommitted documents of one batch, and a rerun finishes them.
    """
    pending: list[SourceDocument] = []
    for source in sources:
        pending.append(source)
        if len(pending) >= batch_size:
            yield from pipeline.process_many(pending, pack, within)
            pending = []
    if pending:
        yield from pipeline.process_many(pending, pack, within)


def _is_conflict(err: StoreError) -> bool:
    from sqlalchemy.exc import IntegrityError

    return isinstance(err.__cause__, IntegrityError)


class Writer:
    """Stores processed documents one transaction each, records failures, keeps the report.

    Shared by the in-process and ``--jobs`` paths (one writer) and by each Dask worker
    (many writers on one PostgreSQL store). ``record=False`` leaves failures and warnings
    in the report only, for a Dask worker whose client records them: a retried task then
    never records one twice.
    """

    def __init__(
        self,
        store: Store,
        settings: Settings,
        progress: ProgressCallback | None = None,
        *,
        record: bool = True,
    ) -> None:
        self.store = store
        self.settings = settings
        self.progress = progress
        self.record = record
        self.report = IngestReport()

    def fail(self, failure: IngestFailure) -> None:
        if self.record:
            self.store.record_failure(failure)
        self.report.failed += 1
        self.report.failures.append(failure)
        if self.progress:
            self.progress(IngestEvent(failure.doc_id, failure.location, "failed", failure=failure))

    def screen(self, items: Iterable[SourceDocument | IngestFailure]) -> Iterator[SourceDocument]:
        """The documents that need the pipeline: failures are recorded and content already
        stored is counted unchanged as they pass, without the costly pipeline. The store is
        asked once per ``SCREEN_BATCH`` items; the items still pass one by one, in order."""
        for chunk in _screen_chunks(items):
            keys = [
                None if isinstance(i, IngestFailure) else (i.doc_id, i.content_hash) for i in chunk
            ]
            known = self.store.known_versions([k for k in keys if k is not None])
            for item, key in zip(chunk, keys, strict=True):
                if isinstance(item, IngestFailure):
                    self.fail(item)
                elif key in known:
                    self.report.unchanged += 1
                    if self.progress:
                        self.progress(IngestEvent(item.doc_id, item.location, "unchanged"))
                else:
                    yield item

    def _add(self, doc: CleanDocument, found: list[Claim]) -> AddOutcome:
        try:
            return self.store.add(doc, found)
        except StoreError as err:
            if not _is_conflict(err):
                raise
            # Another writer on the same PostgreSQL store (a Dask worker, a second
            # command) added this document between our read and our insert; the unique
            # keys refused the duplicate, so adding again sees theirs: "unchanged" for
            # the same content, the next version for new content.
            return self.store.add(doc, found)

    def store_one(self, p: Processed) -> None:
        """Store one processed document, or record why it could not be."""
        item, report, settings = p.source, self.report, self.settings
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
            outcome = self._add(p.doc, p.claims)
        except InputError as err:
            where = item.location or item.doc_id
            self.fail(IngestFailure(item.doc_id, where, err.reason, err.message))
            return
        except StoreError:
            raise
        except Exception as exc:  # one document's bug must not cost the batch
            self.fail(_internal(item, exc))
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
            if self.record:
                self.store.record_failure(warning)
            report.warnings.append(warning)
        if self.progress:
            self.progress(
                IngestEvent(item.doc_id, item.location, outcome, claims=stored, warning=warning)
            )
