"""Origin reviews over the cross-check's own resolution: a merge joins two origins, a split
takes a name out of a pack alias, and a description sets type and side."""

from __future__ import annotations

from claimtrack.packs import load_pack
from claimtrack.resolve.origins import OriginResolver
from claimtrack.review import OriginReview, origin_map


def _review(i: int, action: str, name: str, target: str | None = None, **kw: str) -> OriginReview:
    return OriginReview(
        id=i,
        action=action,  # type: ignore[arg-type]
        name=name,
        target=target,
        type=kw.get("type"),
        side=kw.get("side"),
        note=None,
        reviewer="r",
        at="t",
    )


def test_merge_joins_two_origins_the_machine_kept_apart():
    plain = OriginResolver(None)
    assert plain.resolve("the harbour board").key != plain.resolve("Port Authority of Vostrel").key
    merged = OriginResolver(
        None, origin_map([_review(1, "merge", "harbour board", "Port Authority of Vostrel")])
    )
    a, b = merged.resolve("harbour board"), merged.resolve("Port Authority of Vostrel")
    assert a == b and a.name == "Port Authority of Vostrel"


def test_split_takes_a_name_out_of_a_pack_alias_and_description_types_it():
    pack = load_pack("dprk-russia")
    plain = OriginResolver(pack)
    name = "NIS"
    machine = plain.resolve(name)
    assert machine.key.startswith("source:") and machine.name != name
    reviewed = OriginResolver(
        pack,
        origin_map(
            [_review(1, "split", name), _review(2, "set", name, type="media", side="neutral")]
        ),
    )
    own = reviewed.resolve(name)
    assert own.name == name and own.key != machine.key
    assert (own.type, own.side) == ("media", "neutral")
    assert reviewed.resolve(machine.name) == machine  # the pack's own name is untouched
