"""Review: an analyst's judgement of claims and origins, kept beside the machine's.

``model`` holds the records (what a review says, validated); ``apply`` folds reviews into
what readers see and finds a reviewed claim again in a new version of its document. The
store keeps them (``store.reviews``); the CLI, API, pages and exports show them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import attach

if TYPE_CHECKING:
    from claimtrack.review.apply import (
        OriginMap,
        Verdict,
        apply_origins,
        apply_verdict,
        find_again,
        origin_map,
        quotes_overlap,
        verdict,
    )
    from claimtrack.review.model import (
        ClaimReview,
        ClaimReviewIn,
        Correction,
        OriginReview,
        OriginReviewIn,
    )

_LAZY = {
    **dict.fromkeys(
        [
            "OriginMap",
            "Verdict",
            "apply_origins",
            "apply_verdict",
            "find_again",
            "origin_map",
            "quotes_overlap",
            "verdict",
        ],
        "claimtrack.review.apply",
    ),
    **dict.fromkeys(
        ["ClaimReview", "ClaimReviewIn", "Correction", "OriginReview", "OriginReviewIn"],
        "claimtrack.review.model",
    ),
}

__all__ = [
    "ClaimReview",
    "ClaimReviewIn",
    "Correction",
    "OriginMap",
    "OriginReview",
    "OriginReviewIn",
    "Verdict",
    "apply_origins",
    "apply_verdict",
    "find_again",
    "origin_map",
    "quotes_overlap",
    "verdict",
]

__getattr__, __dir__ = attach(__name__, _LAZY, globals())
