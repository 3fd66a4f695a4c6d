"""The app's background recomputes of the cross-check, in a worker process.

``check_store`` is seconds of pure Python (about 10 s at 20,000 documents); on a thread of
the server it holds the interpreter lock the requests need, and while it ran the server
answered half as many requests (bench/README.md). Here a worker process computes it over
its own connection to the store and sends it back pickled; the server unpickles it from memory frame by frame (``_Yielding``), so
the requests' threads run between two 64 KB frames: about a quarter of the compute's
time, in slices of a few milliseconds, instead of all of it in one piece. Unpickling the
whole result in one call would hold the lock for seconds, which is why a plain process
pool's result was no better. (A kept ``ProcessPoolExecutor`` worker also outlived a
server stopped during a recompute, holding half a gigabyte.)

The worker runs at a lower scheduling priority (``WORKER_NICENESS``): a recompute is
background work, and on a machine with as many busy processes as cores it took a core
the requests' process needed, so their latency doubled while it ran; niced, it takes
the CPU the server and the ingest leave.

A worker that fails or dies is logged and the cross-check is computed in the server as
before, so a recompute never fails for want of the worker.
"""

from __future__ import annotations

import io
import logging
import multiprocessing
import os
import pickle
import threading
import time
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from claimtrack.bulk import paused_gc
from claimtrack.packs import StoryPack
from claimtrack.resolve import CrossCheck
from claimtrack.resolve.crosscheck import check_store
from claimtrack.store import Store
from claimtrack.web.inflight import give_way

log = logging.getLogger("claimtrack.web")

#: Added to the worker's niceness (Unix): the recompute yields the CPU to requests.
WORKER_NICENESS = 10


def lower_priority(by: int = WORKER_NICENESS) -> int:
    """Lower this process's scheduling priority by ``by`` and return its niceness; where
    the system has no niceness (Windows) or refuses, the priority stays as it was."""
    try:
        return os.nice(by)
    except (AttributeError, OSError):
        return 0


def _compute_pickled(url: str, pack: StoryPack | None, tolerance: float) -> bytes:
    """In the worker: the cross-check of the store at ``url``, pickled."""
    with Store(url, create=False) as store:
        cc = check_store(store, pack, tolerance)
    return pickle.dumps(cc, protocol=pickle.HIGHEST_PROTOCOL)


class _Yielding:
    """The pickle's bytes as a file whose every read first gives way to the requests
    being answered (``inflight.give_way``): the unpickler reads a frame (at most 64 KB)
    at a time, so the requests run between frames."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, n: int = -1) -> bytes:
        give_way()  # releases the interpreter lock; a waiting request thread takes it
        return self._data.read(n)

    def readinto(self, buffer: bytearray) -> int:
        give_way()
        return self._data.readinto(buffer)

    def readline(self) -> bytes:
        return self._data.readline()


def unpickle_yielding(data: bytes) -> CrossCheck:
    """``pickle.loads(data)``, letting other threads run between its frames, with the
    cycle collector paused: the records hold no cycles, and a full collection over the
    objects arriving would hold the lock for a second or two (see ``bulk.paused_gc``)."""
    with paused_gc():
        cc: CrossCheck = pickle.Unpickler(_Yielding(data)).load()
    return cc


def _work(
    send: Connection, url: str, pack: StoryPack | None, tolerance: float, parent: int
) -> None:
    """The worker process: send the pickled cross-check, or nothing if it failed."""
    lower_priority()
    threading.Thread(target=_follow, args=(parent,), daemon=True).start()
    data = b""
    try:
        data = _compute_pickled(url, pack, tolerance)
    finally:  # an exception is printed to the worker's stderr, the server's log
        send.send_bytes(data)
        send.close()


def _follow(parent: int) -> None:
    """End the worker once the server that started it is gone (killed, not stopped)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


class InWorker:
    """A ``Compute`` (see ``data.Workspace``) that runs ``check_store`` in a worker process
    over the store at ``url`` (with its password: it is this machine's own process).

    One process per recompute, spawned (never forked: the server has threads) and ended
    with it: its imports cost a second or two of the other core, against 10-15 s of
    cross-check; it is a daemon, so it ends with the server, and it ends itself if the
    server was killed.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self._lock = threading.Lock()
        self._closed = False
        self._process: BaseProcess | None = None
        self.used = 0  # recomputes the worker delivered (for the tests)

    def __call__(self, store: Store, pack: StoryPack | None, tolerance: float) -> CrossCheck:
        try:
            data = self._in_worker(pack, tolerance)
        except Exception as exc:
            log.error("cross-check worker failed; computing in the server", exc_info=exc)
            return check_store(store, pack, tolerance)
        self.used += 1
        return unpickle_yielding(data)

    def _in_worker(self, pack: StoryPack | None, tolerance: float) -> bytes:
        spawn = multiprocessing.get_context("spawn")
        receive, send = spawn.Pipe(duplex=False)
        process = spawn.Process(
            target=_work,
            args=(send, self.url, pack, tolerance, os.getpid()),
            name="claimtrack-crosscheck",
            daemon=True,
        )
        with self._lock:
            if self._closed:
                raise RuntimeError("the app is closing")
            self._process = process
            process.start()
        send.close()
        try:
            data = receive.recv_bytes()  # waits with the interpreter lock released
        except EOFError:
            data = b""
        finally:
            receive.close()
            process.join(5)
            with self._lock:
                self._process = None
        if not data:
            raise RuntimeError(f"the worker ended with code {process.exitcode} and no result")
        return data

    def close(self) -> None:
        """End a recompute running in the worker, and let no new one start."""
        with self._lock:
            self._closed = True
            process = self._process
        if process is not None and process.is_alive():
            process.terminate()
