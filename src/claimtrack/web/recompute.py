"""The app's background recomputes of the cross-check, in a worker process.

``check_store`` is seconds of pure Python (about 10 s at 20,000 documents); on a thread of
the server it holds the interpreter lock the requests need, and while it ran the server
answered half as many requests (bench/README.md). Here one worker process (spawned on
the first recompute and kept) computes it over its own connection to the store and sends
it back pickled; the server unpickles it from memory frame by frame (``_Yielding``), so
the requests' threads run between two 64 KB frames: about a quarter of the compute's
time, in slices of a few milliseconds, instead of all of it in one piece. Unpickling the
whole result in one call would hold the lock for seconds, which is why a plain process
pool's result was no better.

A worker that fails or dies is logged and the cross-check is computed in the server as
before, so a recompute never fails for want of the worker.
"""

from __future__ import annotations

import io
import logging
import multiprocessing
import pickle
import threading
import time
from concurrent.futures import ProcessPoolExecutor

from claimtrack.bulk import paused_gc
from claimtrack.packs import StoryPack
from claimtrack.resolve import CrossCheck
from claimtrack.resolve.crosscheck import check_store
from claimtrack.store import Store

log = logging.getLogger("claimtrack.web")


def _compute_pickled(url: str, pack: StoryPack | None, tolerance: float) -> bytes:
    """In the worker: the cross-check of the store at ``url``, pickled."""
    with Store(url, create=False) as store:
        cc = check_store(store, pack, tolerance)
    return pickle.dumps(cc, protocol=pickle.HIGHEST_PROTOCOL)


class _Yielding:
    """The pickle's bytes as a file whose every read first lets other threads run: the
    unpickler reads a frame (at most 64 KB) at a time, so the lock changes hands between
    frames."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, n: int = -1) -> bytes:
        time.sleep(0)  # releases the interpreter lock; a waiting request thread takes it
        return self._data.read(n)

    def readinto(self, buffer: bytearray) -> int:
        time.sleep(0)
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


class InWorker:
    """A ``Compute`` (see ``data.Workspace``) that runs ``check_store`` in a worker process
    over the store at ``url`` (with its password: it is this machine's own process)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._closed = False

    def __call__(self, store: Store, pack: StoryPack | None, tolerance: float) -> CrossCheck:
        try:
            with self._lock:
                if self._closed:
                    raise RuntimeError("the app is closing")
                if self._pool is None:
                    spawn = multiprocessing.get_context("spawn")  # never fork a threaded server
                    self._pool = ProcessPoolExecutor(max_workers=1, mp_context=spawn)
                pool = self._pool
            data = pool.submit(_compute_pickled, self.url, pack, tolerance).result()
        except Exception as exc:
            log.error("cross-check worker failed; computing in the server", exc_info=exc)
            with self._lock:
                broken, self._pool = self._pool, None
            if broken is not None:
                broken.shutdown(wait=False, cancel_futures=True)
            return check_store(store, pack, tolerance)
        return unpickle_yielding(data)

    def close(self) -> None:
        """Stop the worker (a recompute running in it is abandoned)."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
