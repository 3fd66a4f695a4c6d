"""Story packs load by name or path and fail with messages that say what to fix."""

import pytest

from claimtrack.errors import PackError
from claimtrack.packs import builtin_packs, load_pack


def test_builtin_pack_covers_schema_measures() -> None:
    pack = load_pack("dprk-russia")
    ids = {m.id for m in pack.measures}
    assert {
        "dprk_troops_in_russia",
        "dprk_troops_killed",
        "dprk_troops_wounded",
        "dprk_troops_casualties",
        "dprk_troops_captured",
        "dprk_workers_in_russia",
        "dprk_engineers_sappers",
        "dprk_artillery_shells",
        "dprk_containers_shipped",
        "dprk_share_of_russian_ammunition",
        "dprk_artillery_systems",
        "dprk_ballistic_missiles",
        "dprk_tanks",
        "russia_aid_to_dprk",
    } <= ids
    dprk = next(a for a in pack.actors if a.id == "dprk")
    assert {"DPRK", "Pyongyang", "North Korean", "KPA"} <= set(dprk.aliases)
    kn23 = next(e for e in pack.equipment if e.name == "KN-23")
    assert "Hwasong-11A" in kn23.aliases
    assert "dprk-russia" in builtin_packs()


def test_unknown_pack_name_lists_the_known_ones() -> None:
    with pytest.raises(PackError, match="dprk-russia"):
        load_pack("no-such-story")


def test_invalid_pack_names_the_bad_field(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: t\nmeasures:\n  - id: Bad Id\n    label: x\n    unit: y\nsources:\n  - name: s\n    type: blog\n",
        encoding="utf-8",
    )
    with pytest.raises(PackError) as err:
        load_pack(bad)
    assert "measures.0.id" in str(err.value) and "sources.0.type" in str(err.value)


def test_broken_yaml_and_missing_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: [unclosed\n", encoding="utf-8")
    with pytest.raises(PackError, match="not readable YAML"):
        load_pack(broken)
    with pytest.raises(PackError, match="does not exist"):
        load_pack(tmp_path / "missing.yaml")


def test_custom_pack_drives_measures(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claimtrack.extract import Extractor
    from claimtrack.records import CleanDocument, content_hash

    pack_file = tmp_path / "floods.yaml"
    pack_file.write_text(
        "name: floods\nactors:\n  - id: ruritania\n    name: Ruritania\n    aliases: [Ruritanian]\n"
        "measures:\n  - id: displaced\n    label: People displaced\n    unit: people\n"
        "    nouns: [evacuee, resident, person, people]\n    actor: ruritania\n",
        encoding="utf-8",
    )
    text = "Ruritanian officials said about 3,400 residents had left their homes."
    doc = CleanDocument("f", text, content_hash(text))
    (claim,) = Extractor(load_pack(pack_file)).extract(doc)
    assert claim.measure == "displaced" and claim.approx and claim.value == 3400


def test_a_key_given_twice_is_an_error_naming_it(tmp_path):
    """PyYAML would keep the second silently: a pack pasted twice loses half its words."""
    path = tmp_path / "twice.yaml"
    path.write_text("name: twice\nmeasures: []\nname: again\n", encoding="utf-8")
    with pytest.raises(PackError, match="duplicate key 'name' on line 3"):
        load_pack(str(path))
