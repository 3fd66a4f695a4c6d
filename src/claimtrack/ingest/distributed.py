"""``ingest --scheduler``: clean, extract and store on a Dask cluster, into one PostgreSQL store.

The client (the ``claimtrack ingest`` command) only plans (``ingest.tasks``): it lists the
files under the paths given exactly as a local ingest would, so every document gets the
same id, cuts each JSONL file into tasks of whole lines, and submits one Dask task per
``PER_TASK`` documents, a bounded number ahead of the results. Workers read their own
input (paths every worker can reach, e.g. a shared file system, or http(s) URLs, fetched
within ``claimtrack fetch``'s limits), clean and extract, and write each document to
PostgreSQL themselves, in its own transaction.

Why the workers write, not the client: extraction results never funnel through one
process, so adding workers adds throughput until PostgreSQL is the limit; and the store
is what makes retries safe. A document is keyed by its id and content hash (the unique
keys ``(doc_id, content_hash)`` and ``(doc_id, version)``), so when a worker dies and
Dask runs its task again elsewhere, the new attempt finds the documents the first one
committed (``unchanged``) and stores the rest: nothing is lost, since the task runs to
its end somewhere, and nothing is duplicated, since a second insert of the same content is
refused by the keys. Two workers racing on one id are settled the same way
(``ingest.run.Writer``), and the versions of one id are stored in input order because
the plan puts each repeat of an id in a later wave.

Why the client records failures and warnings: a task reports them instead of writing
them, and Dask hands the client each task's result once, so a retried task never records a
failure twice.

Why SQLite is refused: a SQLite file lives on one machine and takes one writer at a time;
workers elsewhere cannot reach it and workers here would queue on its lock. ``--jobs N``
is the parallel ingest for a SQLite store.

What differs from a local ingest: a document stored by a killed worker's first attempt
counts as ``unchanged`` in the report (the store is the same); failures are recorded in
the order tasks finish; and there is no progress inside large documents.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from claimtrack.config import Settings
from claimtrack.errors import scheduler_needs_postgres, scheduler_unreachable, task_failed
from claimtrack.ingest.run import (
    IngestEvent,
    IngestReport,
    ProgressCallback,
    Writer,
    process_in_batches,
)
from claimtrack.ingest.tasks import PER_TASK, Plan, Task
from claimtrack.packs import StoryPack
from claimtrack.records import IngestFailure
from claimtrack.store import Store

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

#: Tasks submitted ahead per worker thread, so no worker waits between tasks.
AHEAD_PER_THREAD = 3
#: Times Dask reruns a task that raised (a lost database connection, say); a task whose
#: worker died is rerun by the scheduler itself (``distributed.scheduler.allowed-failures``).
RETRIES = 2
#: The module every worker imports as it starts (``dask worker --preload ...``).
PRELOAD = "claimtrack.ingest.preload"
#: Seconds to wait for the scheduler before giving up.
CONNECT_TIMEOUT_S = 10


# --------------------------------------------------------------------------- worker side

_stores: dict[str, Store] = {}
_stores_lock = threading.Lock()


def _worker_store(db: str) -> Store:
    """One store per worker process, opened on its first task and kept for the rest."""
    with _stores_lock:
        store = _stores.get(db)
        if store is None:
            store = _stores[db] = Store(db)
        return store


def run_task(
    task: Task,
    db: str,
    settings: Settings,
    pack: StoryPack | None,
    published: str | None,
    encoding: str | None,
) -> list[IngestEvent]:
    """On a worker: read, clean, extract and store one task's documents in the store at
    ``db``; what happened to each, failures and warnings unrecorded (the client records
    them)."""
    events: list[IngestEvent] = []
    writer = Writer(_worker_store(db), settings, events.append, record=False)
    todo = writer.screen(task.read(settings, published, encoding))
    for p in process_in_batches(todo, pack, settings.batch_size):
        writer.store_one(p)
    return events


# --------------------------------------------------------------------------- local cluster


def local_cluster(workers: int = 2, **options: Any) -> LocalCluster:
    """A ``distributed.LocalCluster`` of ``workers`` one-thread worker processes, as the
    README starts them (``--preload claimtrack.ingest.preload``), that fork from a fork
    server already holding that preload.

    Why: Dask spawns each worker as a fresh interpreter by default, and each then imports
    and warms the pipeline itself: two workers on two cores took 7-9 s to start (0.3 s
    without the preload), longer than ingesting 600 documents. ``--jobs`` forks its
    workers from a warm fork server for the same reason (``ingest.parallel``). Dask names
    its own fork-server preload on its first use of the fork server; ours is added to it
    before the server starts. Only the workers started here fork: the start method is
    set for this call alone, so a worker the nanny restarts later (after a kill or
    ``Client.restart``) is spawned and warms itself (about 5 s for one worker).
    ``options`` go to ``LocalCluster`` (``silence_logs``, ``dashboard_address``...)."""
    import multiprocessing

    import dask
    from distributed import LocalCluster
    from distributed.utils import get_mp_context

    options = {"dashboard_address": None, **options}
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return LocalCluster(n_workers=workers, threads_per_worker=1, preload=[PRELOAD], **options)
    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        get_mp_context()  # Dask's preload first, so that ours below is the one kept
        multiprocessing.get_context("forkserver").set_forkserver_preload(["distributed", PRELOAD])
        return LocalCluster(n_workers=workers, threads_per_worker=1, preload=[PRELOAD], **options)


# --------------------------------------------------------------------------- client side


def _tally(report: IngestReport, event: IngestEvent) -> None:
    if event.outcome == "failed":
        report.failed += 1
        if event.failure is not None:
            report.failures.append(event.failure)
    elif event.outcome == "new":
        report.new += 1
    elif event.outcome == "updated":
        report.updated += 1
    else:
        report.unchanged += 1
    report.claims += event.claims
    if event.warning is not None:
        report.warnings.append(event.warning)


def connect(scheduler: str, timeout: float = CONNECT_TIMEOUT_S) -> Client:
    """A Dask client on ``scheduler``, or one line saying it cannot be reached."""
    from distributed import Client

    try:
        return Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise scheduler_unreachable(scheduler, str(exc) or type(exc).__name__) from None


def ingest_distributed(
    paths: Iterable[str],
    store: Store,
    pack: StoryPack | None,
    settings: Settings,
    scheduler: str,
    published: str | None = None,
    progress: ProgressCallback | None = None,
    encoding: str | None = None,
    per_task: int = PER_TASK,
) -> IngestReport:
    """Ingest ``paths`` on the Dask cluster at ``scheduler`` into ``store`` (PostgreSQL);
    see the module doc. ``store`` is the client's own connection, used to record failures.
    """
    if store.dialect != "postgresql":
        raise scheduler_needs_postgres(store.display_url)

    report = IngestReport()

    def record(event: IngestEvent) -> None:
        for found in (event.failure, event.warning):
            if found is not None:
                store.record_failure(found)
        _tally(report, event)
        if progress:
            progress(event)

    # the client's own store, password included: settings.db may name another
    db = store.url.render_as_string(hide_password=False)
    plan = Plan(paths, settings, published, encoding, per_task)
    with connect(scheduler) as client:
        ahead = AHEAD_PER_THREAD * (sum(client.nthreads().values()) or 1)
        for wave in plan.waves():
            for events in _run_wave(client, wave, ahead, db, settings, pack, published, encoding):
                for event in events:
                    record(event)
    return report


def _run_wave(
    client: Client,
    tasks: Iterator[Task],
    ahead: int,
    db: str,
    settings: Settings,
    pack: StoryPack | None,
    published: str | None,
    encoding: str | None,
) -> Iterator[list[IngestEvent]]:
    """Each task's events as it finishes, ``ahead`` tasks submitted at a time; a task that
    failed on every try becomes one failure naming its input."""
    from distributed import as_completed

    labels: dict[str, str] = {}
    pending = as_completed(loop=client.loop)

    def submit(batch: Iterable[Task]) -> None:
        for task in batch:
            future: Any = client.submit(
                run_task, task, db, settings, pack, published, encoding,
                pure=False, retries=RETRIES,
            )  # fmt: skip
            labels[future.key] = task.label
            pending.add(future)

    submit(islice(tasks, ahead))
    for future in pending:
        label = labels.pop(future.key)
        try:
            events: list[IngestEvent] = future.result()
        except Exception as exc:  # failed on every try: say which input, the rest goes on
            detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            err = task_failed(label, detail)
            failure = IngestFailure(label, label, err.reason, err.message)
            events = [IngestEvent(label, label, "failed", failure=failure)]
        future.release()
        yield events
        submit(islice(tasks, 1))
