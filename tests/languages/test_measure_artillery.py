"""Artillery in each language: a system's noun with artillery as its complement counts
systems (the "of" word elided too: "sistemi d'artiglieria"), a shell's noun before it still
counts shells, and a share of what Russia's artillery fires is North Korea's share.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import extract_in


@pytest.mark.parametrize(
    ("language", "sentence", "measure"),
    [
        (
            "it",
            "Pyongyang ha consegnato a Mosca almeno 180 sistemi d'artiglieria.",
            "dprk_artillery_systems",
        ),
        (
            "fr",
            "Le rapport recense au moins 190 systèmes d'artillerie nord-coréens.",
            "dprk_artillery_systems",
        ),
        (
            "pt",
            "O Estado-Maior conta pelo menos 160 sistemas de artilharia norte-coreanos.",
            "dprk_artillery_systems",
        ),
        (
            "it",
            "La Corea del Nord ha fornito 4 milioni di proiettili d'artiglieria.",
            "dprk_artillery_shells",
        ),
        (
            "fr",
            "Les obus nord-coréens couvriraient près de 45 % des besoins de l'artillerie russe.",
            "dprk_share_of_russian_ammunition",
        ),
        (
            "pl",
            "Pociski z KRLD to dziś około 35 proc. potrzeb rosyjskiej artylerii.",
            "dprk_share_of_russian_ammunition",
        ),
    ],
)
def test_artillery_in_each_language(language: str, sentence: str, measure: str) -> None:
    (claim,) = extract_in(language, sentence)
    assert claim.measure == measure
