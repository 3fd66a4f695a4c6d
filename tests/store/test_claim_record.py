"""One claim record end to end: ``records.Claim`` defines a claim's fields, and the store's
columns, the rows it writes, its typed reads, the export and the cross-check derive from it."""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import get_type_hints

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.records import (
    CLAIM_COLUMNS,
    STORED_FIELDS,
    Claim,
    CleanDocument,
    StoredClaim,
    content_hash,
)
from claimtrack.resolve import CheckedClaim, check_store
from claimtrack.store import FIELDS, Store
from claimtrack.store.schema import claims


def test_every_claim_field_is_a_column_typed_from_its_annotation() -> None:
    columns = {c.name: c for c in claims.columns}
    hints = get_type_hints(Claim)
    by_name = {f.name: f for f in fields(Claim)}
    for name in CLAIM_COLUMNS:
        assert name in columns, name
        optional = type(None) in getattr(hints[name], "__args__", ())
        f = by_name[name]
        required = f.default is MISSING and f.default_factory is MISSING
        assert columns[name].nullable == (optional or not required), name
    assert not columns["quote"].nullable and columns["value"].nullable
    assert "mentions" not in columns  # a table of their own


def test_export_and_cross_check_records_carry_every_claim_field() -> None:
    exported = {"doc_id" if f == "doc" else f for f in FIELDS}
    assert set(CLAIM_COLUMNS) <= exported
    assert set(CLAIM_COLUMNS) <= set(STORED_FIELDS)
    assert issubclass(CheckedClaim, StoredClaim) and issubclass(StoredClaim, Claim)
    # the store builds records positionally: a claim's columns, its mentions, the rest
    at = len(CLAIM_COLUMNS)
    order = [f.name for f in fields(StoredClaim)]
    assert order == [*CLAIM_COLUMNS, "mentions", *STORED_FIELDS[at:]]


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
_FIGURE = st.none() | st.floats(allow_nan=False, allow_infinity=False, width=32)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    value=_FIGURE,
    low=_FIGURE,
    high=_FIGURE,
    approx=st.booleans(),
    unit=st.none() | _TEXT,
    source=st.none() | _TEXT,
    via=st.lists(_TEXT, max_size=3),
    kind=st.sampled_from(["total", "rate", "share", "change", "limit", "subset"]),
    status=st.sampled_from(["reported", "pledged", "planned", "rumoured"]),
    predicate=st.none() | _TEXT,
)
def test_a_claim_comes_back_as_the_typed_record_it_was(  # type: ignore[no-untyped-def]
    tmp_path_factory, value, low, high, approx, unit, source, via, kind, status, predicate
) -> None:
    text = "Officials in Vostrel counted the crates on Monday."
    doc = CleanDocument(doc_id="d", text=text, content_hash=content_hash(text), outlet="Tidings")
    claim = Claim(
        doc_id="d", quote=text, start=0, end=len(text), value=value, low=low, high=high,
        approx=approx, unit=unit, source=source, via=via, kind=kind, status=status,
        predicate=predicate, as_of="2031-03",
    )  # fmt: skip
    db = tmp_path_factory.mktemp("record") / "t.db"
    with Store(str(db)) as store:
        store.add(doc, [claim])
        (back,) = store.stored_claims()
        (checked,) = store.stored_claims(CheckedClaim)
    assert type(back) is StoredClaim and type(checked) is CheckedClaim
    for name in CLAIM_COLUMNS:
        assert getattr(back, name) == getattr(claim, name), name
    assert back.outlet == "Tidings" and back.id == back.claim_id and back.doc == "d"


def test_the_cross_check_reads_the_stores_typed_records(store_url, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc, found = make_doc()
    with Store(store_url) as store:
        store.add(doc, found)
        records = store.stored_claims()
        cc = check_store(store, None)
    checked = [c for m in cc.measures for c in (*m.reported, *m.other)]
    assert sorted(c.claim_id for c in checked) == sorted(str(r.claim_id) for r in records)
    assert {c.quote for c in checked} == {c.quote for c in found}
