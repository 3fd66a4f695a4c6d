"""Load the pipeline's models once per worker: the ``--jobs`` fork server imports this
module before forking, and a Dask worker started with ``--preload claimtrack.ingest.preload``
imports it when it starts.

Importing this module runs the pipeline over three short documents (two texts and an
HTML page), which loads spaCy, the language detectors and the HTML extractor: one text long
enough for the detector real articles use, and one short enough for the one a short text
uses (see ``clean.metadata``); without it each worker's first short text paid about a
second of model loading. ``ingest.parallel`` names it
in ``set_forkserver_preload``, so every worker is forked from that warm process: it starts
in milliseconds and shares the models' memory pages, instead of loading them itself (a few
seconds each, and again for each worker that replaces one that died).

On a Dask worker, ``dask_setup`` also stops the worker's statistical profiler. It samples
every thread's stack every 10 ms for the dashboard's profile page, and on our deep
parse-and-extract stacks that cost about a third more CPU per document (session 9, 600
documents on a LocalCluster of two workers: 46.7 CPU seconds in the workers with it, 36.8
without, against 26.8 in one process) and slowed the scheduler's process too. The
dashboard's task stream and progress are not affected.
"""

from __future__ import annotations

from typing import Any

from claimtrack import pipeline
from claimtrack.records import SourceDocument

#: The worker's periodic callbacks that run its statistical profiler.
PROFILER_CALLBACKS = ("profile", "profile-cycle")

_WARM_UP = [
    SourceDocument(
        "warm-up.txt",
        "Officials said about 1,200 people left the town on Monday after the river rose, and "
        "the council said it expected most of them to return home by the end of the week.",
    ),
    # under clean.metadata's FAST_DETECTION_CHARS: loads the full detector short texts use
    SourceDocument("warm-up-short.txt", "Officials said 300 homes were flooded on Friday."),
    SourceDocument(
        "warm-up.html",
        "<html><body><article><p>The council said 40 roads were shut on Tuesday morning "
        "because of the floods, and that crews would clear them as soon as the water fell "
        "and the bridges had been checked by the engineers."
        "</p></article></body></html>",
        kind="html",
    ),
]

pipeline.process_many(_WARM_UP, None)


def dask_setup(worker: Any) -> None:
    """Dask's preload hook, run once as a worker starts: stop its statistical profiler."""
    for name in PROFILER_CALLBACKS:
        callback = worker.periodic_callbacks.pop(name, None)
        if callback is not None:
            callback.stop()
