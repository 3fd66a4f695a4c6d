"""Resolve: link claims across documents: measures over time, conflicts, independent
origins and near-duplicate documents."""

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
