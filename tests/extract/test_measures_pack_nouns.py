"""The pack's measure nouns per language, on sentences written for these tests: Spanish and
Portuguese "obuses" are howitzers (artillery systems), French "obus" shells; Italian
"proietti" and "proiettili" are both projectiles."""

from __future__ import annotations

import pytest

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import CleanDocument, content_hash

PACK = load_pack("dprk-russia")


@pytest.mark.parametrize(
    ("language", "text", "measure"),
    [
        (
            "es",
            "Corea del Norte entregó unos 80 obuses autopropulsados a Rusia.",
            "dprk_artillery_systems",
        ),
        (
            "pt",
            "A Coreia do Norte enviou cerca de 80 obuses para a Rússia.",
            "dprk_artillery_systems",
        ),
        ("fr", "La Corée du Nord a livré 2 millions d'obus à la Russie.", "dprk_artillery_shells"),
        (
            "it",
            "I proietti nordcoreani coprono circa il 30 per cento del fabbisogno russo.",
            "dprk_share_of_russian_ammunition",
        ),
        (
            "it",
            "La Corea del Nord ha spedito 3 milioni di proiettili in Russia.",
            "dprk_artillery_shells",
        ),
    ],
)
def test_measure_noun(language: str, text: str, measure: str) -> None:
    ex = Extractor(PACK, language=language)
    found = ex.extract(CleanDocument("t", text, content_hash(text), language=language))
    assert [c.measure for c in found][:1] == [measure]
