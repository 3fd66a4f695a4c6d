"""Origins: one name per real-world source, typed by the pack or by cues."""

import pytest

from claimtrack.packs import load_pack
from claimtrack.resolve import OriginResolver, source_type

R = OriginResolver(load_pack("dprk-russia"))


@pytest.mark.parametrize(
    "name",
    [
        "NIS",
        "the National Intelligence Service",
        "South Korea's spy agency",
        "South Korea’s spy agency (South Korea's National Intelligence Service)",
        "Seoul's spy agency",
    ],
)
def test_pack_aliases_meet(name: str) -> None:
    o = R.resolve(name)
    assert o.name == "South Korea's National Intelligence Service"
    assert (o.type, o.side) == ("intelligence", "south_korea")


def test_acronym_in_brackets_resolves() -> None:
    assert R.resolve("South Korea’s Defense Intelligence Agency (DIA)").name == (
        "South Korea's Defense Intelligence Agency"
    )


def test_speaker_is_the_alias_nearest_the_end() -> None:
    assert (
        R.resolve("Ukrainian military intelligence chief Kyrylo Budanov").name == "Kyrylo Budanov"
    )


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Ruritania's defence ministry", "government"),
        ("the pro-war Telegram channel Rybar", "social_media"),
        ("a source close to the military", "anonymous"),
        ("state news agency KCNA", "state_media"),
        ("the Institute for Security Studies", "analyst"),
        ("the Red Cross", "ngo"),
        ("Ruritania's General Staff", "military"),
    ],
)
def test_unknown_sources_are_typed_by_cues(name: str, kind: str) -> None:
    assert source_type(name) == kind


def test_unknown_names_normalise() -> None:
    a, b = R.resolve("The Ruritanian Interior Ministry"), R.resolve("Ruritanian interior ministry")
    assert a.key == b.key and a.type == "government"


def test_document_is_the_origin_of_what_it_asserts() -> None:
    assert R.document("doc-7", "Example Post").key == "doc:doc-7"
