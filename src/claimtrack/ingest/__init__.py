"""Ingest: read files and JSON Lines into documents, run the pipeline, store the results."""

from claimtrack.ingest.readers import SUPPORTED, count_sources, iter_candidates, iter_sources
from claimtrack.ingest.run import IngestEvent, IngestReport, ProgressCallback, ingest
from claimtrack.ingest.validate import decode, looks_binary, read_text

__all__ = [
    "SUPPORTED",
    "IngestEvent",
    "IngestReport",
    "ProgressCallback",
    "count_sources",
    "decode",
    "ingest",
    "iter_candidates",
    "iter_sources",
    "looks_binary",
    "read_text",
]
