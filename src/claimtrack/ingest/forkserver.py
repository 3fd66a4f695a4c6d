"""The ``--jobs`` workers' fork server, and starting it early.

Why a module of its own: it imports nothing heavy, so the ``ingest`` command can start the
fork server before it imports the pipeline itself. The server imports and warms the
pipeline (``ingest.preload``, about two seconds) on the second core while this process
imports, opens the store, loads the pack and lists the input, instead of after all that,
when the workers are first asked for; a batch then waits only for what is left of it.
``ingest.parallel`` takes its context from here, so both name the same preload.
"""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing import forkserver
from multiprocessing.context import ForkServerContext, SpawnContext

#: What the fork server imports before it forks a worker: the models, loaded once.
PRELOAD = "claimtrack.ingest.preload"


def default_jobs() -> int:
    """The cores this process may run on (the CPU affinity, so a container's limit counts)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def context() -> SpawnContext | ForkServerContext:
    """The fork server, warmed by ``ingest.preload`` (spawn where there is none)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return SpawnContext()
    server = ForkServerContext()
    server.set_forkserver_preload([PRELOAD])
    return server


def start_early() -> None:
    """Start the fork server now, without waiting for its preload: the first worker
    started later connects to it (``multiprocessing`` keeps one per process)."""
    if isinstance(context(), ForkServerContext):
        forkserver.ensure_running()
