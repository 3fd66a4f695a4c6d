"""claimtrack: turn news reports into an evidence-linked base of numeric claims."""

from claimtrack.config import Settings
from claimtrack.errors import ClaimtrackError, InputError, PackError, StoreError, UsageError
from claimtrack.records import (
    Claim,
    CleanDocument,
    IngestFailure,
    Mention,
    RemovedLine,
    SourceDocument,
)

__all__ = [
    "Claim",
    "ClaimtrackError",
    "CleanDocument",
    "IngestFailure",
    "InputError",
    "Mention",
    "PackError",
    "RemovedLine",
    "Settings",
    "SourceDocument",
    "StoreError",
    "UsageError",
]
__version__ = "0.1.0"
