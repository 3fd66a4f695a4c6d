"""Resolve: link claims across documents: measures over time, conflicts, independent
origins and near-duplicate documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import attach

if TYPE_CHECKING:
    from claimtrack.resolve.crosscheck import check_claims, check_store, sparkline
    from claimtrack.resolve.duplicates import fingerprint, near_duplicates
    from claimtrack.resolve.model import (
        CheckedClaim,
        Conflict,
        CrossCheck,
        DocumentSummary,
        Estimate,
        Figure,
        Interval,
        MeasureView,
        Origin,
        SourceSummary,
        Window,
    )
    from claimtrack.resolve.origins import OriginResolver, source_type
    from claimtrack.resolve.timewindows import parse_period, window_of

# Names load on first use (PEP 562), so importing one light submodule never pulls in the
# heavy ones (SQLAlchemy, spaCy, datasketch...) beside it.
_LAZY = {
    "check_claims": "claimtrack.resolve.crosscheck",
    "check_store": "claimtrack.resolve.crosscheck",
    "sparkline": "claimtrack.resolve.crosscheck",
    "fingerprint": "claimtrack.resolve.duplicates",
    "near_duplicates": "claimtrack.resolve.duplicates",
    "CheckedClaim": "claimtrack.resolve.model",
    "Conflict": "claimtrack.resolve.model",
    "CrossCheck": "claimtrack.resolve.model",
    "DocumentSummary": "claimtrack.resolve.model",
    "Estimate": "claimtrack.resolve.model",
    "Figure": "claimtrack.resolve.model",
    "Interval": "claimtrack.resolve.model",
    "MeasureView": "claimtrack.resolve.model",
    "Origin": "claimtrack.resolve.model",
    "SourceSummary": "claimtrack.resolve.model",
    "Window": "claimtrack.resolve.model",
    "OriginResolver": "claimtrack.resolve.origins",
    "source_type": "claimtrack.resolve.origins",
    "parse_period": "claimtrack.resolve.timewindows",
    "window_of": "claimtrack.resolve.timewindows",
}

__all__ = [
    "CheckedClaim",
    "Conflict",
    "CrossCheck",
    "DocumentSummary",
    "Estimate",
    "Figure",
    "Interval",
    "MeasureView",
    "Origin",
    "OriginResolver",
    "SourceSummary",
    "Window",
    "check_claims",
    "check_store",
    "fingerprint",
    "near_duplicates",
    "parse_period",
    "source_type",
    "sparkline",
    "window_of",
]


__getattr__, __dir__ = attach(__name__, _LAZY, globals())
