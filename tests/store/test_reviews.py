"""Reviews sit beside the machine's claims on both backends: applied by every reader,
never written over a claim, kept across re-ingest and new versions, and undoable."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import select

from claimtrack.errors import NotFoundError, UsageError
from claimtrack.review import ClaimReviewIn, Correction, OriginReviewIn
from claimtrack.store import Store
from claimtrack.store.export import export_row, write_rows
from claimtrack.store.schema import claims

from .conftest import ARTICLE, claim_for


def _by_value(store: Store) -> dict[float, dict]:
    return {(r["value"] or r["low"] or r["high"]): r for r in store.claims()}


def _id_of(store: Store, figure: float) -> str:
    return str(_by_value(store)[figure]["claim_id"])


def test_correction_shows_everywhere_and_keeps_the_machine_row(store_url, make_doc):
    with Store(store_url) as store:
        store.add(*make_doc())
        cid = _id_of(store, 300.0)
        review = store.review_claim(
            cid,
            ClaimReviewIn(
                action="correct",
                changes=Correction(value=320.0, unit="dockworkers", as_of="2031-03"),
                note="union bulletin gives 320",
                reviewer="ana",
            ),
        )
        assert review.action == "correct" and review.first_claim_id == cid
        row = _by_value(store)[320.0]
        assert row["review"]["state"] == "corrected" and row["review"]["reviewer"] == "ana"
        assert row["machine"] == {"value": 300.0, "unit": "people", "as_of": None}
        # the machine's row is untouched
        with store.engine.connect() as conn:
            stored = conn.execute(select(claims.c.value).where(claims.c.claim_id == cid)).scalar()
        assert stored == 300.0
        assert store.claims(reviewed=False)[2]["value"] == 300.0
        # the cross-check's bulk read sees the reviewed value
        tuples = store.claim_tuples(["claim_id", "value", "reviewed", "unit"])
        assert (cid, 320.0, "corrected", "dockworkers") in tuples
        assert sum(t[2] is None for t in tuples) == 2
        # exports carry both readings
        out = export_row(row)
        assert out["value"] == 320 and out["machine"]["value"] == 300
        assert out["reviewed"] == "corrected" and out["review_note"] == "union bulletin gives 320"
        buf = io.StringIO()
        write_rows([row], "csv", buf)
        assert '"{""value"": 300' in buf.getvalue()


def test_rejected_claim_leaves_the_cross_check_but_stays_listed(store_url, make_doc):
    with Store(store_url) as store:
        store.add(*make_doc())
        cid = _id_of(store, 12000.0)
        store.review_claim(cid, ClaimReviewIn(action="reject", reviewer="ben"))
        assert cid not in {t[0] for t in store.claim_tuples(["claim_id"])}
        assert len(store.claim_tuples(["claim_id"])) == 2
        listed = {r["claim_id"]: r for r in store.claims()}
        assert listed[cid]["review"]["state"] == "rejected"


def test_undo_restores_the_previous_reading_and_keeps_history(store_url, make_doc):
    with Store(store_url) as store:
        store.add(*make_doc())
        cid = _id_of(store, 300.0)
        first = store.review_claim(
            cid, ClaimReviewIn(action="correct", changes=Correction(value=310.0), reviewer="a")
        )
        second = store.review_claim(
            cid, ClaimReviewIn(action="correct", changes=Correction(unit="workers"), reviewer="b")
        )
        row = {r["claim_id"]: r for r in store.claims()}[cid]
        assert (row["value"], row["unit"]) == (310.0, "workers")  # corrections accumulate
        store.undo_claim_review(first.id, by="b")
        row = {r["claim_id"]: r for r in store.claims()}[cid]
        assert (row["value"], row["unit"]) == (300.0, "workers")
        store.undo_claim_review(second.id, by="b")
        row = {r["claim_id"]: r for r in store.claims()}[cid]
        assert row["review"] is None and row["machine"] == {} and row["unit"] == "people"
        history = store.claim_reviews(claim_id=cid)
        assert [h.id for h in history] == [second.id, first.id]
        assert all(h.undone_by == "b" and h.undone_at for h in history)
        with pytest.raises(UsageError, match="already undone"):
            store.undo_claim_review(first.id, by="b")
        with pytest.raises(NotFoundError, match="no claim review 999"):
            store.undo_claim_review(999, by="b")


def test_unknown_claim_is_refused(store_url, make_doc):
    with Store(store_url) as store:
        store.add(*make_doc())
        with pytest.raises(NotFoundError, match="no claim 'c-nope'"):
            store.review_claim("c-nope", ClaimReviewIn(action="confirm", reviewer="a"))


def test_review_survives_reingest_and_follows_the_claim_into_a_new_version(store_url, make_doc):
    with Store(store_url) as store:
        store.add(*make_doc())
        cid = _id_of(store, 300.0)
        store.review_claim(cid, ClaimReviewIn(action="confirm", reviewer="ana"))
        assert store.add(*make_doc()) == "unchanged"
        # the edited article keeps the figure in a reworded sentence, and drops another
        edited = ARTICLE.replace(
            "Roughly 300 dockworkers joined", "Roughly 300 dockworkers then joined"
        )
        edited = edited.replace("up to 12,000", "many more")
        assert store.add(*make_doc(text=edited)) == "updated"
        new = _by_value(store)[300.0]
        assert new["claim_id"] != cid
        assert new["review"]["state"] == "confirmed" and new["review"]["reviewer"] == "ana"
        (review,) = store.claim_reviews()
        assert review.claim_id == new["claim_id"] and review.first_claim_id == cid


def test_review_does_not_follow_a_changed_figure(store_url, make_doc):
    with Store(store_url) as store:
        store.add(*make_doc())
        cid = _id_of(store, 300.0)
        store.review_claim(cid, ClaimReviewIn(action="reject", reviewer="ana"))
        edited = ARTICLE.replace("Roughly 300 dockworkers", "Roughly 350 dockworkers")
        doc, found = make_doc(text=edited)
        found.append(claim_for(doc.doc_id, edited, "350", value=350.0, measure="dockworkers"))
        store.add(doc, found)
        assert _by_value(store)[350.0]["review"] is None
        assert len(store.claim_tuples(["claim_id"])) == 3


def test_origin_merge_split_and_description(store_url, make_doc):
    with Store(store_url) as store:
        store.add(*make_doc())
        merge = store.review_origin(
            OriginReviewIn(
                action="merge", name="harbour officials", target="Port Authority", reviewer="ana"
            )
        )
        store.review_origin(
            OriginReviewIn(
                action="set", name="Port Authority", type="official", side="vostrel", reviewer="ana"
            )
        )
        row = _by_value(store)[4500.0]
        assert row["source"] == "Port Authority"
        assert row["machine"]["source"] == "harbour officials"
        origins = store.origin_map()
        assert origins.description("harbour officials") == ("official", "vostrel")
        assert ("Port Authority",) in store.claim_tuples(["source"])
        store.review_origin(
            OriginReviewIn(action="split", name="harbour officials", reviewer="ben")
        )
        assert _by_value(store)[4500.0]["source"] == "harbour officials"
        assert store.origin_map().stands_apart("Harbour  Officials")
        store.undo_origin_review(merge.id, by="ben")
        assert [r.action for r in store.origin_reviews()] == ["split", "set", "merge"]
        assert store.origin_reviews()[2].undone_by == "ben"


def test_review_stamp_moves_with_reviews_and_undo(store_url, make_doc):
    with Store(store_url) as store:
        store.add(*make_doc())
        assert {t[1] for t in store.claim_tuples(["claim_id", "reviewed"])} == {None}
        before = store.review_stamp()
        r = store.review_claim(_id_of(store, 300.0), ClaimReviewIn(action="confirm", reviewer="a"))
        after = store.review_stamp()
        store.undo_claim_review(r.id, by="a")
        assert len({before, after, store.review_stamp()}) == 3


def test_hostile_note_and_names_are_stored_as_written(store_url, make_doc):
    hostile = "<script>alert(1)</script> '); DROP TABLE claims; -- [bold]x[/]"
    with Store(store_url) as store:
        store.add(*make_doc())
        cid = _id_of(store, 300.0)
        store.review_claim(
            cid,
            ClaimReviewIn(
                action="correct",
                changes=Correction(source=hostile),
                note=hostile,
                reviewer=hostile[:100],
            ),
        )
        row = _by_value(store)[300.0]
        assert row["source"] == hostile and row["review"]["note"] == hostile
        assert json.loads(json.dumps(export_row(row)))["machine"]["source"] == "union spokesperson"
