"""claimtrack: turn news reports into an evidence-linked base of numeric claims."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import attach

if TYPE_CHECKING:
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

__version__ = "0.1.0"

# Names load on first use (PEP 562): `claimtrack --version` and `--help` import nothing else.
_LAZY = {
    "Settings": "claimtrack.config",
    "ClaimtrackError": "claimtrack.errors",
    "InputError": "claimtrack.errors",
    "PackError": "claimtrack.errors",
    "StoreError": "claimtrack.errors",
    "UsageError": "claimtrack.errors",
    "Claim": "claimtrack.records",
    "CleanDocument": "claimtrack.records",
    "IngestFailure": "claimtrack.records",
    "Mention": "claimtrack.records",
    "RemovedLine": "claimtrack.records",
    "SourceDocument": "claimtrack.records",
}

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


__getattr__, __dir__ = attach(__name__, _LAZY, globals())
