"""Folding reviews and finding a reviewed claim again, without a database."""

from __future__ import annotations

from claimtrack.review import (
    ClaimReview,
    OriginReview,
    find_again,
    origin_map,
    quotes_overlap,
    verdict,
)
from claimtrack.review.apply import apply_verdict


def _review(i: int, action: str, changes: dict | None = None, undone: bool = False) -> ClaimReview:
    return ClaimReview(
        id=i,
        claim_id="c1",
        first_claim_id="c1",
        doc="d",
        action=action,  # type: ignore[arg-type]
        changes=changes or {},
        note=f"n{i}",
        reviewer=f"r{i}",
        at=f"2031-01-0{i}",
        undone_at="2031-02-01" if undone else None,
    )


def test_last_action_decides_and_corrections_accumulate():
    v = verdict(
        [
            _review(2, "correct", {"unit": "t"}),
            _review(1, "correct", {"value": 2}),
            _review(3, "confirm"),
        ]
    )
    assert v is not None
    assert (v.state, v.changes, v.reviewer, v.review_id) == (
        "confirmed",
        {"value": 2, "unit": "t"},
        "r3",
        3,
    )


def test_undone_reviews_do_not_count():
    assert verdict([_review(1, "reject", undone=True)]) is None
    v = verdict([_review(1, "reject"), _review(2, "confirm", undone=True)])
    assert v is not None and v.state == "rejected"


def test_apply_keeps_the_machine_value_once():
    row = {"value": 1.0, "via": ["x"]}
    v = verdict([_review(1, "correct", {"value": 2.0, "via": ["y"]})])
    apply_verdict(row, v)
    assert row["value"] == 2.0 and row["machine"] == {"value": 1.0, "via": ["x"]}


def _origin(i: int, action: str, name: str, target: str | None = None, **kw: str) -> OriginReview:
    return OriginReview(
        id=i,
        action=action,
        name=name,
        target=target,
        type=kw.get("type"),
        side=kw.get("side"),  # type: ignore[arg-type]
        note=None,
        reviewer="r",
        at="t",
    )


def test_merges_follow_chains_and_survive_cycles():
    m = origin_map(
        [
            _origin(1, "merge", "Shoigu", "Sergei Shoigu"),
            _origin(2, "merge", "sergei  shoigu", "S. K. Shoigu"),
        ]
    )
    assert m.canonical("SHOIGU") == "S. K. Shoigu"
    m = origin_map([_origin(1, "merge", "A", "B"), _origin(2, "merge", "B", "A")])
    assert m.canonical("A") in {"A", "B"}  # ends, whatever the loop


def test_split_undoes_merges_into_and_out_of_a_name():
    m = origin_map(
        [
            _origin(1, "merge", "the group", "Aster Research"),
            _origin(2, "merge", "Aster", "Aster Research"),
            _origin(3, "split", "Aster Research"),
        ]
    )
    assert m.canonical("the group") == "the group" and m.canonical("Aster") == "Aster"
    assert m.stands_apart("aster research")


def test_quotes_overlap_and_find_again():
    a = "Officials said 300 workers joined the night shift on Monday."
    assert quotes_overlap(a, "Officials said 300 workers then joined the night shift on Monday.")
    assert not quotes_overlap(a, "A different sentence about 300 lorries entirely.")
    rows = [
        {
            "claim_id": "x",
            "quote": "A different sentence about 300 lorries.",
            "value": 300.0,
            "low": None,
            "high": None,
        },
        {
            "claim_id": "y",
            "quote": a.replace("Monday", "Tuesday"),
            "value": 300.0,
            "low": None,
            "high": None,
        },
        {"claim_id": "z", "quote": a, "value": 301.0, "low": None, "high": None},
    ]
    assert find_again(a, 300.0, rows) == "y"
    assert find_again(a, 999.0, rows) is None
