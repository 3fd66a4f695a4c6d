"""Ingest: read files and JSON Lines into documents, run the pipeline, store the results.

In one process, on ``--jobs`` worker processes (``parallel``) or on a Dask cluster
(``distributed``); Dask is imported only by the last.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import attach

if TYPE_CHECKING:
    from claimtrack.ingest.distributed import ingest_distributed, local_cluster
    from claimtrack.ingest.forkserver import default_jobs
    from claimtrack.ingest.parallel import process_parallel
    from claimtrack.ingest.readers import SUPPORTED, count_sources, iter_candidates, iter_sources
    from claimtrack.ingest.run import (
        IngestEvent,
        IngestReport,
        ProgressCallback,
        ingest,
        ingest_sources,
    )
    from claimtrack.ingest.validate import (
        Decoded,
        decode,
        decode_text,
        looks_binary,
        read_decoded,
        read_text,
    )

# Names load on first use (PEP 562), so importing one light submodule never pulls in the
# heavy ones (SQLAlchemy, spaCy, datasketch...) beside it.
_LAZY = {
    "SUPPORTED": "claimtrack.ingest.readers",
    "count_sources": "claimtrack.ingest.readers",
    "iter_candidates": "claimtrack.ingest.readers",
    "iter_sources": "claimtrack.ingest.readers",
    "IngestEvent": "claimtrack.ingest.run",
    "IngestReport": "claimtrack.ingest.run",
    "ProgressCallback": "claimtrack.ingest.run",
    "ingest": "claimtrack.ingest.run",
    "ingest_sources": "claimtrack.ingest.run",
    "ingest_distributed": "claimtrack.ingest.distributed",
    "local_cluster": "claimtrack.ingest.distributed",
    "default_jobs": "claimtrack.ingest.forkserver",
    "process_parallel": "claimtrack.ingest.parallel",
    "Decoded": "claimtrack.ingest.validate",
    "decode": "claimtrack.ingest.validate",
    "decode_text": "claimtrack.ingest.validate",
    "read_decoded": "claimtrack.ingest.validate",
    "looks_binary": "claimtrack.ingest.validate",
    "read_text": "claimtrack.ingest.validate",
}

__all__ = [
    "SUPPORTED",
    "Decoded",
    "IngestEvent",
    "IngestReport",
    "ProgressCallback",
    "count_sources",
    "decode",
    "decode_text",
    "default_jobs",
    "ingest",
    "ingest_distributed",
    "ingest_sources",
    "iter_candidates",
    "iter_sources",
    "local_cluster",
    "looks_binary",
    "process_parallel",
    "read_decoded",
    "read_text",
]


__getattr__, __dir__ = attach(__name__, _LAZY, globals())
