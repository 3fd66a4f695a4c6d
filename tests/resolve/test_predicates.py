"""Conflicts pair only claims of one predicate: what happened to the counted thing.
Predicates are read from articles written for these tests by the real extractor; the
pairing rule is checked on claim rows."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.extract import extract
from claimtrack.packs import load_pack
from claimtrack.records import CleanDocument, content_hash
from claimtrack.resolve import check_claims
from claimtrack.resolve.predicates import predicate_groups, same_predicate

PACK = load_pack("dprk-russia")


def predicates(text: str) -> dict[float | None, str | None]:
    doc = CleanDocument("t", text, content_hash(text), published="2025-05-02")
    return {c.figure: c.predicate for c in extract(doc, PACK)}


@pytest.mark.parametrize(
    ("text", "figure", "predicate"),
    [
        (
            "Forensic teams in Odesa examined the debris of about 20 drones on Thursday.",
            20,
            "examine",
        ),
        ("Russian forces fired nearly 90 drones at the port overnight, the navy said.", 90, "fire"),
        ("About 400 North Korean troops were sent to the border, officials said.", 400, "send"),
        ("Shelling wounded 27 civilians in the town on Friday, the mayor said.", 27, "wound"),
        # two verbs counting one thing together are not the same event as either alone
        ("The governor said 60 people were killed or wounded in the raid.", 60, "kill or wound"),
        # a verb that only links the figure to its noun says nothing of what happened
        ("There are about 3,500 North Korean engineers in the region, Kyiv said.", 3500, None),
        ("The number of people displaced by the floods rose to 9,000 on Friday.", 9000, None),
    ],
)
def test_the_predicate_is_the_verb_of_what_is_counted(
    text: str, figure: float, predicate: str | None
) -> None:
    found = predicates(text)
    assert figure in found, found
    assert found[figure] == predicate


def test_predicates_of_one_event_are_the_same() -> None:
    assert same_predicate("send", "deploy") and same_predicate("dispatch", "station")
    assert same_predicate("kill", "die") and same_predicate("Wound", "injure")
    assert same_predicate("send", "supply")  # shells are sent as troops are
    assert not same_predicate("examine", "launch")
    assert not same_predicate("kill", "wound") and not same_predicate("kill or wound", "wound")
    assert same_predicate("examine", "examine")
    assert same_predicate(None, "launch") and same_predicate("examine", None)
    assert predicate_groups(None) == frozenset()
    assert predicate_groups("repair") == {"repair"}


def row(n: int, value: float, predicate: str | None, **fields: Any) -> dict[str, Any]:
    base = {
        "claim_id": f"c{n}",
        "doc": f"d{n}",
        "quote": f"quote {n}",
        "value": value,
        "unit": "missiles",
        "measure": "other",
        "source": f"Agency {n}",
        "via": [],
        "certainty": "asserted",
        "status": "reported",
        "as_of": "2025-05-01",
        "published": "2025-05-01",
        "start": 0,
        "end": 10,
        "predicate": predicate,
    }
    return base | fields


def gaps(rows: list[dict[str, Any]]) -> list[tuple[float | None, float | None]]:
    cc = check_claims(rows, PACK)
    return sorted((x.a.figure, x.b.figure) for x in cc.conflicts)


def test_different_known_predicates_never_conflict() -> None:
    assert gaps([row(1, 12, "examine"), row(2, 100, "launch")]) == []
    assert gaps([row(1, 12, "launch"), row(2, 100, "launch")]) == [(12, 100)]
    assert gaps([row(1, 12, "launch"), row(2, 100, "fire")]) == [(12, 100)]
    # unknown predicates meet any, as before predicates were read
    assert gaps([row(1, 12, None), row(2, 100, "launch")]) == [(12, 100)]
    assert gaps([row(1, 12, None), row(2, 100, None)]) == [(12, 100)]


def test_a_different_predicate_between_two_figures_does_not_hide_their_gap() -> None:
    """Pairs are the closest across each gap within one predicate: a figure of another
    predicate sitting between them does not stand in for either."""
    rows = [row(1, 10, "launch"), row(2, 30, "examine"), row(3, 50, "launch")]
    assert gaps(rows) == [(10, 50)]


def test_a_cumulative_count_that_falls_is_a_conflict_only_for_one_predicate() -> None:
    killed = {"measure": "dprk_troops_killed", "unit": "soldiers"}
    rows = [
        row(1, 1_000, "kill", as_of="2025-03-01", published="2025-03-01", **killed),
        row(2, 400, "capture", as_of="2025-04-01", published="2025-04-01", **killed),
    ]
    assert check_claims(rows, PACK).conflicts == []
    rows[1]["predicate"] = "die"
    (fall,) = check_claims(rows, PACK).conflicts
    assert fall.kind == "falls" and (fall.a.figure, fall.b.figure) == (1_000, 400)


def test_shares_and_sums_have_no_predicate() -> None:
    """A share's or a sum's verb states a relation, not an event: 'supplies 30% of' and
    '60% ... come from' are one share."""
    found = predicates(
        "North Korea now provides about 35% of the mortar rounds used by Russian units. "
        "Pyongyang has earned $4 billion from the arms trade, analysts said."
    )
    assert found == {35: None, 4_000_000_000: None}
