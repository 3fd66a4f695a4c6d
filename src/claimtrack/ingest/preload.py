"""Imported once by the ``--jobs`` fork server: load the pipeline's models before forking.

Importing this module runs the pipeline over two tiny documents (text and HTML), which
loads spaCy, the language detector and the HTML extractor. ``ingest.parallel`` names it
in ``set_forkserver_preload``, so every worker is forked from that warm process: it starts
in milliseconds and shares the models' memory pages, instead of loading them itself (a few
seconds each, and again for each worker that replaces one that died). Nothing else
imports it.
"""

from __future__ import annotations

from claimtrack import pipeline
from claimtrack.records import SourceDocument

_WARM_UP = [
    SourceDocument("warm-up.txt", "Officials said about 1,200 people left the town on Monday."),
    SourceDocument(
        "warm-up.html",
        "<html><body><article><p>The council said 40 roads were shut.</p></article></body></html>",
        kind="html",
    ),
]

pipeline.process_many(_WARM_UP, None)
