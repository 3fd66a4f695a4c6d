"""``ingest --jobs N``: clean and extract on N worker processes; this process alone writes.

Why one writer: SQLite takes one writer at a time, and writing in input order makes the
store exactly what ``--jobs 1`` makes (the same version numbers, the same claims), so the
two can be compared row for row. The costly part, cleaning and extraction, is per document
and runs on the workers; the writer only inserts rows.

Why these bounds: documents go out in chunks of ``CHUNK`` and at most ``WINDOW_PER_JOB``
chunks per worker are read ahead (sent, being processed, or done but waiting for an
earlier chunk to be written), so memory holds a few chunks, never the whole batch, and the
reader stops while the writer catches up. Each worker holds up to ``AHEAD_PER_WORKER``
chunks: a thread of its own receives the next while it works on the current one, so it
goes straight on instead of waiting for the writer to finish storing and send it more.

Why a crash costs only its document: each worker is a process of its own with its own
pipe, so when one dies (killed, out of memory, a crash in a C extension) the writer knows
which chunk it held. That chunk's documents are sent again one per task to fresh workers;
a document that kills its worker a second time, alone, is recorded as ``worker_crashed``
and the batch goes on. Nothing else is lost, and no other worker is disturbed.

Why a fork server: a worker starts from a clean interpreter, inheriting neither the
writer's open database connections nor its threads, yet it must not load spaCy itself
each time. The fork server (started once per process) imports ``ingest.preload``, which
loads the models, and forks every worker from there: workers start at once, share the
models' memory, and one that replaces a dead worker costs nothing. A batch that fits in
one parse batch is still processed in this process: even one fork server costs more than
it saves there.
"""

from __future__ import annotations

import contextlib
import pickle
import queue
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import cast

from claimtrack import pipeline
from claimtrack.config import Settings
from claimtrack.errors import worker_crashed
from claimtrack.ingest import forkserver
from claimtrack.packs import StoryPack
from claimtrack.pipeline import Processed
from claimtrack.records import Claim, CleanDocument, SourceDocument

#: ``(doc_id, done_chars, total_chars)`` while a document is read (as ``ingest.run``).
DocumentProgress = Callable[[str, int, int], None]

#: Documents sent to a worker at a time: enough for the parser to batch sentences, few
#: enough that two workers share a small batch and a crash retries little.
CHUNK = 8
#: Chunks read ahead per worker: one being processed, one queued behind it so a worker
#: never waits for the writer, and one finished but waiting for an earlier chunk.
WINDOW_PER_JOB = 3
#: Tasks a worker holds at once: the one it is on and one received while it works.
AHEAD_PER_WORKER = 2
#: Seconds a worker gets to exit after it is told to stop, before it is terminated.
STOP_TIMEOUT_S = 5.0


# --------------------------------------------------------------------------- worker side

#: One document's result as it travels back: cleaned document, claims, or the error.
Result = tuple[CleanDocument | None, list[Claim], Exception | None]


def _portable(exc: Exception) -> Exception:
    """The error itself if it survives pickling, else a plain one with the same text, so
    the writer still records the document as an internal error instead of losing it."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _read_ahead(conn: Connection, inbox: queue.SimpleQueue[object]) -> None:
    """Receive the writer's messages as they come, so a chunk sent while this worker is
    busy is already here when it finishes (and the writer's send never waits on it)."""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the writer is gone
            message = None
        inbox.put(message)
        if message is None:
            return


def _worker_main(conn: Connection, pack: StoryPack | None, report_within: bool) -> None:
    """A worker's loop: receive a chunk of documents, send back each one's result.

    Ctrl-C reaches the whole process group; the writer handles it and stops the workers,
    so a worker ignores it rather than print a traceback of its own.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    inbox: queue.SimpleQueue[object] = queue.SimpleQueue()
    threading.Thread(target=_read_ahead, args=(conn, inbox), daemon=True).start()

    def within(doc_id: str, done: int, total: int) -> None:
        conn.send(("within", doc_id, done, total))

    while True:
        message = inbox.get()
        if message is None:
            return
        task, sources = cast(tuple[int, list[SourceDocument]], message)
        results: list[Result] = [
            (p.doc, p.claims, None if p.error is None else _portable(p.error))
            for p in pipeline.process_many(sources, pack, within if report_within else None)
        ]
        try:
            conn.send(("done", task, results))
        except (EOFError, OSError):
            return
        except Exception as exc:  # a result that cannot be pickled: each document says why
            error = RuntimeError(f"result could not be sent back ({type(exc).__name__}: {exc})")
            conn.send(("done", task, [(None, [], error) for _ in sources]))


# --------------------------------------------------------------------------- writer side


@dataclass
class _Slot:
    """One chunk as read, in input order; done when every document has its result."""

    sources: list[SourceDocument]
    results: list[Processed | None] = field(init=False)
    waiting: int = field(init=False)

    def __post_init__(self) -> None:
        self.results = [None] * len(self.sources)
        self.waiting = len(self.sources)

    def put(self, index: int, result: Processed) -> None:
        self.results[index] = result
        self.waiting -= 1


@dataclass(eq=False)
class _Task:
    """Documents of one slot sent to a worker together; ``retry`` once a worker died on them."""

    slot: _Slot
    indexes: list[int]
    retry: bool = False


@dataclass
class _Worker:
    """A worker process, its pipe, and the tasks sent to it, oldest (the one it is on) first."""

    process: BaseProcess
    conn: Connection
    tasks: deque[_Task] = field(default_factory=deque)

    def can_take(self, task: _Task) -> bool:
        """Idle, or on one first-try task with room for a first-try one behind it.

        One task waits behind the current one so the worker never idles while the writer
        stores; a retried document goes alone to an idle worker and nothing waits behind
        it, so a death that follows is that document's alone.
        """
        if not self.tasks:
            return True
        return len(self.tasks) < AHEAD_PER_WORKER and not (task.retry or self.tasks[0].retry)


def _exit_detail(process: BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


class WorkerPool:
    """N worker processes and the bookkeeping that maps their results back to input order."""

    def __init__(
        self, jobs: int, pack: StoryPack | None, within: DocumentProgress | None = None
    ) -> None:
        self.pack = pack
        self.within = within
        self.context = forkserver.context()
        self.workers: list[_Worker] = []
        self.queue: deque[_Task] = deque()
        self.next_id = 0
        self.tasks: dict[int, _Task] = {}
        for _ in range(jobs):
            self.workers.append(self._start())

    def _start(self) -> _Worker:
        mine, theirs = self.context.Pipe()
        process = self.context.Process(
            target=_worker_main,
            args=(theirs, self.pack, self.within is not None),
            name="claimtrack-ingest-worker",
            daemon=True,
        )
        process.start()
        theirs.close()  # so the worker's death reads as EOF here
        return _Worker(process, mine)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Tell idle workers to stop, then end any that do not (a busy one is mid-chunk)."""
        for w in self.workers:
            with contextlib.suppress(OSError):
                if not w.tasks:
                    w.conn.send(None)
        for w in self.workers:
            w.process.join(STOP_TIMEOUT_S if not w.tasks else 0)
            if w.process.is_alive():
                w.process.terminate()
                w.process.join()
            w.conn.close()
        self.workers = []

    # -- feeding and collecting ----------------------------------------------------

    def submit(self, slot: _Slot) -> None:
        self.queue.append(_Task(slot, list(range(len(slot.sources)))))

    def _dispatch(self) -> None:
        """Hand queued tasks out in order, first to idle workers, then one behind each."""
        for _ in range(AHEAD_PER_WORKER):
            for w in self.workers:
                if self.queue and w.can_take(self.queue[0]):
                    task = self.queue.popleft()
                    task_id, self.next_id = self.next_id, self.next_id + 1
                    # died while idle: the next wait() sees it, replaces it and retries
                    with contextlib.suppress(OSError):
                        w.conn.send((task_id, [task.slot.sources[i] for i in task.indexes]))
                    w.tasks.append(task)
                    self.tasks[task_id] = task

    def _receive(self, w: _Worker) -> None:
        message = w.conn.recv()
        if message[0] == "within":
            if self.within is not None:
                self.within(*message[1:])
            return
        _, task_id, results = message
        task = self.tasks.pop(task_id)
        for i, (doc, claims, error) in zip(task.indexes, results, strict=True):
            task.slot.put(i, Processed(task.slot.sources[i], doc, claims, error))
        # a worker answers in the order it was sent; anything else is a bug to report
        if not w.tasks or w.tasks[0] is not task:
            raise RuntimeError("ingest worker answered out of order; please report it")
        w.tasks.popleft()

    def _crashed(self, w: _Worker) -> None:
        """Replace a dead worker; retry its documents one by one, or record them failed.

        Any document the worker held may have killed it, so each is retried alone; one
        that was already alone (nothing is sent behind a retry) is the cause.
        """
        w.process.join()
        detail = _exit_detail(w.process)
        w.conn.close()
        held = list(w.tasks)
        self.workers[self.workers.index(w)] = self._start()
        self.tasks = {k: t for k, t in self.tasks.items() if all(t is not h for h in held)}
        for task in reversed(held):  # first in line, so the writer is not held up
            if not task.retry:
                for i in reversed(task.indexes):
                    self.queue.appendleft(_Task(task.slot, [i], retry=True))
                continue
            for i in task.indexes:
                source = task.slot.sources[i]
                error = worker_crashed(source.location or source.doc_id, detail)
                task.slot.put(i, Processed(source, error=error))

    def step(self) -> None:
        """Send queued work to idle workers, then wait for one message or one death."""
        self._dispatch()
        busy = [w for w in self.workers if w.tasks]
        if not busy:  # cannot happen while a chunk waits: every queued task went out above
            raise RuntimeError("ingest workers idle while documents wait; please report it")
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
        for w in busy:
            if w.conn in ready:
                try:
                    self._receive(w)
                    continue
                except (EOFError, OSError):
                    pass
            elif w.process.sentinel not in ready:
                continue
            with contextlib.suppress(EOFError, OSError):
                while w.tasks and w.conn.poll():  # what it sent before it died
                    self._receive(w)
            if w.tasks or not w.process.is_alive():
                self._crashed(w)

    def run(self, sources: Iterator[SourceDocument], chunk: int) -> Iterator[Processed]:
        """Every source's result, in input order, with a bounded number of chunks in flight."""
        window = WINDOW_PER_JOB * len(self.workers)
        slots: deque[_Slot] = deque()
        exhausted = False
        while True:
            while not exhausted and len(slots) < window:
                batch = list(islice(sources, chunk))
                if not batch:
                    exhausted = True
                    break
                slot = _Slot(batch)
                slots.append(slot)
                self.submit(slot)
            while slots and slots[0].waiting == 0:
                for result in slots.popleft().results:
                    assert result is not None
                    yield result
            if not slots:
                if exhausted:
                    return
                continue
            if slots[0].waiting:
                self.step()


def process_parallel(
    sources: Iterable[SourceDocument],
    pack: StoryPack | None,
    settings: Settings,
    jobs: int,
    within: DocumentProgress | None = None,
    chunk: int = CHUNK,
) -> Generator[Processed, None, None]:
    """Each source cleaned and extracted on one of ``jobs`` workers, results in input order.

    A batch no larger than one parse batch (``settings.batch_size``) runs in this process:
    the workers would spend longer starting than they save.
    """
    items = iter(sources)
    head = list(islice(items, settings.batch_size + 1))
    if len(head) <= settings.batch_size:
        if head:
            yield from pipeline.process_many(head, pack, within)
        return
    with WorkerPool(jobs, pack, within) as pool:
        yield from pool.run(chain(head, items), chunk)
