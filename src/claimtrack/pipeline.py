"""Glue that runs one document through clean and extract; ingest and store sit either side."""

from __future__ import annotations

from claimtrack.clean import clean
from claimtrack.extract import extract
from claimtrack.packs import StoryPack
from claimtrack.records import Claim, CleanDocument, SourceDocument


def process(source: SourceDocument, pack: StoryPack | None) -> tuple[CleanDocument, list[Claim]]:
    """Clean then extract one document. Raises ``InputError`` when nothing readable is left."""
    doc = clean(source)
    return doc, extract(doc, pack)
