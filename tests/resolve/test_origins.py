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


def learned(names: list[str]) -> OriginResolver:
    r = OriginResolver(load_pack("dprk-russia"))
    r.learn(names)
    return r


def test_a_surname_meets_the_full_name_with_titles() -> None:
    names = ["Belarusian Defence Council Secretary Andrei Volkov", "Volkov", "Andrei Volkov"]
    r = learned(names)
    assert len({r.resolve(n).key for n in names}) == 1
    assert r.resolve("Volkov").name == "Andrei Volkov"
    assert r.resolve("Volkov").type == "government"  # typed after the longest name


def test_transliterations_fold() -> None:
    r = learned(["Oleksandr Syrskyi", "Syrsky"])
    assert r.resolve("Syrsky").key == r.resolve("Oleksandr Syrskyi").key


def test_a_surname_two_people_share_is_left_alone() -> None:
    r = learned(["Anna Petrova", "Olga Petrova", "Petrova"])
    assert r.resolve("Petrova").key not in {
        r.resolve("Anna Petrova").key,
        r.resolve("Olga Petrova").key,
    }


def test_an_acronym_meets_its_expansion() -> None:
    r = learned(["Baltic Centre for Maritime Studies", "BCMS"])
    assert r.resolve("BCMS").key == r.resolve("Baltic Centre for Maritime Studies").key
    assert r.resolve("BCMS").name == "Baltic Centre for Maritime Studies"


def test_a_former_official_is_not_the_agency() -> None:
    r = learned([])
    nis = r.resolve("South Korean intelligence")
    former = r.resolve("a retired South Korean intelligence officer")
    assert nis.name == "South Korea's National Intelligence Service"
    assert former.key != nis.key and "retired" in former.name


def test_an_outlet_named_like_a_person_is_no_person() -> None:
    r = learned(["Kyiv Independent", "Independent"])
    assert r.resolve("Kyiv Independent").type == "media"
    assert not r.resolve("Kyiv Independent").key.startswith("person:")
