"""Extract: numeric claims with evidence, bounds, provenance, status and time."""

from __future__ import annotations

from claimtrack.packs import StoryPack
from claimtrack.records import Claim, CleanDocument


def extract(doc: CleanDocument, pack: StoryPack | None = None) -> list[Claim]:  # placeholder
    raise NotImplementedError
