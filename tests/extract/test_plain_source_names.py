"""What a source's name holds, read without a parser (extract/plain.py): a body written in
lower case runs to its acronym in brackets when the acronym spells its words, and data the
writer's own newsroom gathered ("notre rédaction") is the writer's, no one's. Every sentence
was written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import CleanDocument, content_hash


@cache
def _extractor(language: str) -> Extractor:
    return Extractor(load_pack("dprk-russia"), language=language)


def source_of(language: str, text: str, figure: float) -> str | None:
    doc = CleanDocument("t", text, content_hash(text), language=language)
    (claim,) = [c for c in _extractor(language).extract(doc) if c.figure == figure]
    return claim.source


@pytest.mark.parametrize(
    ("language", "text", "acronym"),
    [
        (
            "fr",
            "Quelque 1 700 apprentis ont signé un contrat, selon la chambre de métiers et de "
            "l'artisanat (CMA) du Gers.",
            "CMA",
        ),
        (
            "es",
            "Unos 1.700 aprendices firmaron un contrato, según el consejo económico y social "
            "(CES) de Navarra.",
            "CES",
        ),
    ],
)
def test_a_lower_case_body_runs_to_the_acronym_its_words_spell(
    language: str, text: str, acronym: str
) -> None:
    assert acronym in (source_of(language, text, 1700) or "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le café coûte en moyenne 2,40 euros, d'après un relevé réalisé par notre rédaction.",
        ),
        ("es", "El café cuesta de media 2,40 euros, según un recuento de nuestra redacción."),
        ("pt", "O café custa em média 2,40 euros, segundo um levantamento da nossa redação."),
    ],
)
def test_data_our_newsroom_gathered_is_the_writer_s(language: str, text: str) -> None:
    assert source_of(language, text, 2.4) is None
