"""French: the fixture folder scored end to end, and the number, bound, attribution and
time forms of French reports through the public extractor (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.extract import parse_digits
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("fr", text)


def test_french_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("fr")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.8, r
    assert r["traps_hit"] == 0, r


@pytest.mark.parametrize(
    ("text", "value"),
    [("11 000", 11000), ("11\u202f000", 11000), ("1,5", 1.5), ("2 700 000", 2700000)],
)
def test_french_digits(text: str, value: float) -> None:
    assert parse_digits(text, "fr") == value


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "vague", "measure"),
    [
        ("La Corée du Nord a envoyé 11 000 soldats en Russie.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("La Corée du Nord a envoyé onze mille soldats en Russie.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("Pyongyang a livré 1,5 million d'obus à la Russie.", 1_500_000, None, None, False,
         "dprk_artillery_shells"),
        ("Pyongyang a livré deux cent mille obus à la Russie.", 200_000, None, None, False,
         "dprk_artillery_shells"),
        ("Quatre-vingt-dix soldats nord-coréens ont été tués.", 90, None, None, False,
         "dprk_troops_killed"),
        ("La Corée du Nord a envoyé plus de 11 000 soldats en Russie.", 11000, 11000, None, False,
         "dprk_troops_in_russia"),
        ("La Corée du Nord a envoyé entre 10 000 et 12 000 soldats en Russie.", None, 10000,
         12000, False, "dprk_troops_in_russia"),
        ("Des milliers de soldats nord-coréens sont en Russie.", None, 1000, None, True,
         "dprk_troops_in_russia"),
        ("Plusieurs centaines de soldats nord-coréens ont été tués.", None, 200, None, True,
         "dprk_troops_killed"),
        ("Des dizaines de milliers d'ouvriers nord-coréens travaillent en Russie.", None, 10000,
         None, True, "dprk_workers_in_russia"),
        ("Pyongyang fournit jusqu'à 50 % des obus russes.", 50, None, 50, False,
         "dprk_share_of_russian_ammunition"),
    ],
)  # fmt: skip
def test_numbers_bounds_ranges_and_vague_amounts(
    text: str, value: float | None, low: float | None, high: float | None, vague: bool, measure: str
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.vague, c.measure) == (value, low, high, vague, measure)
    assert c.quote == text


def test_approximations_and_status() -> None:
    (c,) = claims("La Corée du Nord a envoyé près de 3 000 soldats en Russie.")
    assert (c.high, c.approx) == (3000, True)
    (c,) = claims("La Corée du Nord a envoyé environ 3 000 soldats en Russie.")
    assert (c.value, c.approx, c.low, c.high) == (3000, True, None, None)
    (c,) = claims("La Corée du Nord pourrait envoyer 5 000 soldats supplémentaires en Russie.")
    assert c.status == "planned"
    (c,) = claims("Moscou a promis un million de barils de pétrole à la Corée du Nord.")
    assert (c.value, c.status, c.measure) == (1_000_000, "pledged", "russia_aid_to_dprk")


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("Selon le NIS, la Corée du Nord a envoyé 11 000 soldats en Russie.", "le NIS", []),
        ("D'après le Pentagone, la Corée du Nord a envoyé 11 000 soldats en Russie.",
         "le Pentagone", []),
        ("La Corée du Nord a envoyé 11 000 soldats en Russie, a indiqué le ministère sud-coréen "
         "de la Défense.", "le ministère sud-coréen de la Défense", []),
        ("La Corée du Nord a envoyé 11 000 soldats en Russie, a déclaré à l'AFP un responsable "
         "ukrainien.", "un responsable ukrainien", []),
        ("Le bilan atteint 300 morts, a déclaré à la presse le ministre.", "le ministre", []),
        ("Selon le NIS, cité par l'agence Yonhap, la Corée du Nord a envoyé 11 000 soldats en "
         "Russie.", "le NIS", ["l'agence Yonhap"]),
        ("La chaîne KBS, citant des sources gouvernementales, affirme que 11 000 soldats "
         "nord-coréens sont en Russie.", "sources gouvernementales", ["La chaîne KBS"]),
    ],
)  # fmt: skip
def test_sources_and_via(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


def test_each_figure_takes_the_according_to_that_closes_its_clause() -> None:
    first, second = claims(
        "Le taux de grévistes atteignait 17,3 % selon le ministère, près de 45 % d'après le "
        "Snuipp-FSU."
    )
    assert (first.source, first.via) == ("le ministère", [])
    assert (second.source, second.via) == ("le Snuipp-FSU", [])


def test_back_references_and_the_writer_speaking_again() -> None:
    text = (
        "Le rapport de l'Équipe de surveillance des sanctions (MSMT), publié lundi, dresse un inventaire. "
        "Pyongyang a livré au moins 9 millions d'obus, précisent les auteurs. "
        "La police a procédé à 181 interpellations."
    )
    shells, arrests = claims(text)
    assert shells.source == "l'Équipe de surveillance des sanctions (MSMT)"
    assert arrests.source is None


@pytest.mark.parametrize(
    "text",
    [
        "Le soldat nord-coréen de 26 ans a été capturé en 2025.",
        "Pyongyang a livré des obusiers de 170 mm.",
        "Kim a visité l'usine de missiles KN-23 le 14 novembre 2024.",
    ],
)
def test_traps_are_not_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Le mois dernier, la Corée du Nord a envoyé 11 000 soldats en Russie.", "2024-12"),
        ("En novembre, la Corée du Nord a envoyé 11 000 soldats en Russie.", "2024-11"),
        ("L'an dernier, la Corée du Nord a envoyé 11 000 soldats en Russie.", "2024"),
    ],
)
def test_time_expressions_resolve_against_the_published_date(text: str, as_of: str) -> None:
    (c,) = extract_in("fr", text, published="2025-01-15")
    assert c.as_of == as_of
