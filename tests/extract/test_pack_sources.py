"""The pack's short name beside a source a text names in its own language."""

from __future__ import annotations

from claimtrack.extract.pack_sources import PackSources
from claimtrack.packs import load_pack

from ..languages.conftest import extract_in

NAMES = PackSources(load_pack("dprk-russia"), ["il", "la", "l", "el", "die", "der"])


def test_an_alias_past_its_article_gets_the_short_name_beside_it() -> None:
    assert NAMES.named("l'intelligence di Seul") == "l'intelligence di Seul (NIS)"
    assert NAMES.named("Der ukrainische Militärgeheimdienst") == (
        "Der ukrainische Militärgeheimdienst (HUR)"
    )


def test_a_name_that_writes_the_short_name_or_is_no_alias_stays() -> None:
    assert NAMES.named("NIS") == "NIS"
    assert NAMES.named("il sindaco di Sassari") == "il sindaco di Sassari"
    assert NAMES.named(None) is None


def test_an_extracted_source_carries_the_packs_name() -> None:
    (c,) = extract_in(
        "es", "Según la inteligencia surcoreana, en Rusia hay unos 14.000 soldados norcoreanos."
    )
    assert c.source == "la inteligencia surcoreana (NIS)"


def test_the_bodies_that_brief_lawmakers_are_the_packs_intelligence_services() -> None:
    # an acronym as written, a name in any case; a person of that kind briefs no committee
    assert NAMES.briefer_in("Il Nis ha riferito alla commissione") is None
    assert NAMES.briefer_in("vor dem Ausschuss sagte der südkoreanische Geheimdienst") == (
        "südkoreanische Geheimdienst"
    )
    assert NAMES.briefer_in("según la Inteligencia surcoreana") == "Inteligencia surcoreana"
    assert NAMES.briefer_in("Budanov told the committee") is None
    assert NAMES.is_pack_source("Kyrylo Budanov")
    assert not NAMES.is_pack_source("il sindaco di Sassari")


def test_an_alias_read_on_into_the_clauses_place_ends_at_its_preposition() -> None:
    # "Według Narodowej Służby Wywiadu Republiki Korei w Rosji przebywa ...": the name
    # reader runs on into "w Rosji", where the soldiers are
    assert NAMES.named("Narodowa Służba Wywiadu Republiki Korei w Rosji") == (
        "Narodowa Służba Wywiadu Republiki Korei (NIS)"
    )
    assert NAMES.named("il sindaco di Sassari in Sardegna") == "il sindaco di Sassari in Sardegna"


def test_the_norths_army_by_its_own_name_is_the_actors() -> None:
    (c,) = extract_in(
        "pl",
        "Według wywiadu Republiki Korei w Rosji przebywa dziś ok. 15 tys. żołnierzy "
        "Koreańskiej Armii Ludowej.",
    )
    assert c.measure == "dprk_troops_in_russia"
