"""Background ingest jobs for the web app: one worker thread per app, fed by a queue.

A request that adds reports only reads what it was sent and queues a job; the worker runs
the job through ``claimtrack.ingest.ingest_sources`` (the same loop as ``claimtrack
ingest`` and ``fetch``), so a slow page or a large upload never holds a request open, and
one job writes at a time. The worker opens its own ``Store`` on the same database: SQLite
in WAL mode lets the app's readers go on while it writes (the store sets a busy timeout).
The app's cross-check is recomputed in the background when pages see the store change
(``data.Workspace``); a job then calls its ``after`` hook (``Workspace.catch_up``) on the
worker before it says done, so its documents are on the pages once it does.

Jobs are kept in the store (``store.job_log``) when queued, started and ended, so the
list of what was added, with each document's outcome and error, survives a restart; a
job's progress between those lives in the server running it, and one a stopped server
left queued or running is marked failed when the next starts. At most ``MAX_JOBS`` are
kept, in memory and in the store, the oldest finished ones dropped first, and at most
``MAX_QUEUED`` may wait, so a flood of requests cannot grow either without bound.
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar

from claimtrack.config import Settings
from claimtrack.errors import ClaimtrackError
from claimtrack.ingest import IngestEvent, ingest_sources
from claimtrack.records import IngestFailure, SourceDocument
from claimtrack.store import Store
from claimtrack.web.data import PACK_KEY, store_pack

log = logging.getLogger("claimtrack.web")

State = Literal["queued", "running", "done", "failed"]
Kind = Literal["text", "upload", "urls"]
Items = Iterable[SourceDocument | IngestFailure]
T = TypeVar("T")

#: Jobs kept, in memory and in the store; past it the oldest finished job is forgotten.
MAX_JOBS = 200
#: Jobs that may wait for the worker; past it a new one is refused (HTTP 429).
MAX_QUEUED = 20


class QueueFull(Exception):
    """Too many jobs wait already; the caller should try again once some have run."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _problem(f: IngestFailure) -> dict[str, str]:
    return {"doc": f.doc_id, "location": f.location, "reason": f.reason, "message": f.message}


@dataclass
class Job:
    """One batch of documents to ingest and what became of each (see ``as_dict``)."""

    id: str
    kind: Kind
    total: int | None  # documents expected, when known up front (a JSONL upload may hold more)
    created: str = field(default_factory=_now)
    state: State = "queued"
    started: str | None = None
    finished: str | None = None
    processed: int = 0
    current: str | None = None  # the document being read, while running
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("new", "unchanged", "updated", "failed", "claims"), 0
        )
    )
    errors: list[dict[str, str]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    message: str | None = None  # why the whole job failed, when it did

    @property
    def active(self) -> bool:
        return self.state in ("queued", "running")

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "state": self.state,
            "created": self.created,
            "started": self.started,
            "finished": self.finished,
            "total": self.total,
            "processed": self.processed,
            "current": self.current,
            "counts": dict(self.counts),
            "errors": list(self.errors),
            "warnings": list(self.warnings),
            "documents": list(self.documents),
            "message": self.message,
        }


@dataclass
class _Work:
    job: Job
    items: Callable[[], Items]


class JobRunner:
    """Queues jobs and runs them one at a time on a worker thread started on first use."""

    def __init__(self, db: str, settings: Settings, after: Callable[[], object] | None = None):
        self.db = db
        self.settings = settings
        self.after = after  # run on the worker once a job has stored its documents
        self._jobs: dict[str, Job] = {}
        self._queue: queue.Queue[_Work | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._log: Store | None = None  # where jobs are kept, opened on first use
        self._kept(lambda kept: kept.interrupt_jobs(_now()), 0)

    def submit(self, kind: Kind, items: Callable[[], Items], total: int | None) -> dict[str, Any]:
        """Queue a job; ``items`` is called on the worker, so reading and fetching happen
        there. Returns the job as ``as_dict`` shows it; raises ``QueueFull``."""
        with self._lock:
            waiting = sum(1 for j in self._jobs.values() if j.state == "queued")
            if waiting >= MAX_QUEUED:
                raise QueueFull(f"{waiting} jobs are waiting already; try again once they have run")
            job = Job(id=uuid.uuid4().hex[:12], kind=kind, total=total)
            self._jobs[job.id] = job
            self._forget_old()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._work, name="claimtrack-ingest", daemon=True
                )
                self._thread.start()
            shown = job.as_dict()
        self._save(shown)  # before the worker can start it, so "running" is saved after
        self._queue.put(_Work(job, items))
        return shown

    def get(self, job_id: str) -> dict[str, Any] | None:
        """A job by id: this server's as it runs, else the one kept in the store."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is not None:
                return job.as_dict()
        return self._kept(lambda kept: kept.job(job_id), None)

    def list(self) -> list[dict[str, Any]]:
        """Every job kept, newest first: those in the store, with this server's own as
        they are now."""
        nothing: list[dict[str, Any]] = []
        stored = self._kept(lambda kept: kept.jobs(MAX_JOBS), nothing)
        with self._lock:
            by_id = {j["id"]: j for j in stored}
            by_id.update((j.id, j.as_dict()) for j in self._jobs.values())
        jobs = sorted(by_id.values(), key=lambda j: (j["created"], j["id"]), reverse=True)
        return jobs[:MAX_JOBS]

    def close(self, timeout: float = 5.0) -> None:
        """Stop the worker after the job it is running; jobs still queued are not run."""
        thread = self._thread
        if thread is None:
            return
        while True:  # drop what waits, so the stop signal comes next
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._queue.put(None)
        thread.join(timeout)
        if self._log is not None:
            self._log.close()

    def _kept(self, use: Callable[[Store], T], default: T) -> T:
        """``use(store)`` on the store jobs are kept in, or ``default`` (logged) when it
        cannot be opened, read or written: the jobs then live in this server's memory
        only, and the documents are stored by the job itself all the same."""
        try:
            if self._log is None:
                self._log = Store(self.db, create=False)
            return use(self._log)
        except ClaimtrackError as exc:
            log.error("the ingest jobs could not be kept in the store: %s", exc)
            return default

    def _save(self, job: dict[str, Any]) -> None:
        self._kept(lambda kept: kept.save_job(job), None)

    def _forget_old(self) -> None:
        excess = len(self._jobs) - MAX_JOBS
        if excess > 0:
            done = sorted((j for j in self._jobs.values() if not j.active), key=lambda j: j.created)
            for job in done[:excess]:
                del self._jobs[job.id]

    def _work(self) -> None:
        while True:
            work = self._queue.get()
            if work is None:
                return
            self._run(work)

    def _run(self, work: _Work) -> None:
        job = work.job
        with self._lock:
            job.state, job.started = "running", _now()
            shown = job.as_dict()
        self._save(shown)

        def on_event(event: IngestEvent) -> None:
            with self._lock:
                job.processed += 1
                job.current = None
                job.counts[event.outcome] += 1
                job.counts["claims"] += event.claims
                if event.failure is not None:
                    job.errors.append(_problem(event.failure))
                else:
                    job.documents.append(
                        {"doc": event.doc_id, "outcome": event.outcome, "claims": event.claims}
                    )
                if event.warning is not None:
                    job.warnings.append(_problem(event.warning))

        def within(doc_id: str, done: int, total: int) -> None:
            job.current = doc_id  # one attribute: no lock needed for a display hint

        try:
            with Store(self.db, create=False) as store:
                pack = store_pack(store, self.settings)
                if store.get_meta(PACK_KEY) is None:  # as `claimtrack ingest`: kept for life
                    remembered = self.settings.pack or ""
                    if Path(remembered).suffix:
                        remembered = str(Path(remembered).resolve())
                    store.set_meta(PACK_KEY, remembered)
                ingest_sources(
                    work.items(), store, pack, self.settings, progress=on_event, within=within
                )
        except Exception as exc:  # the store went away, a pack broke: the job fails, not the app
            log.error("ingest job %s failed", job.id, exc_info=exc)
            self._after(job)  # documents stored before the failure still reach the pages
            with self._lock:
                job.state, job.finished, job.current = "failed", _now(), None
                job.message = str(exc) or type(exc).__name__
                shown = job.as_dict()
            self._ended(shown)
            return
        self._after(job)
        with self._lock:
            job.state, job.finished, job.current = "done", _now(), None
            shown = job.as_dict()
        self._ended(shown)

    def _ended(self, job: dict[str, Any]) -> None:
        self._save(job)
        self._kept(lambda kept: kept.forget_jobs(MAX_JOBS), 0)

    def _after(self, job: Job) -> None:
        if self.after is None or not (job.counts["new"] or job.counts["updated"]):
            return  # nothing was stored, so nothing for the pages to catch up with
        try:
            self.after()
        except Exception as exc:  # the documents are stored; the pages catch up later
            log.error("after ingest job %s", job.id, exc_info=exc)
