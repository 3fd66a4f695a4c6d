"""The store keeps every version whole, and ``add`` is all-or-nothing on both backends."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from claimtrack.errors import StoreError
from claimtrack.records import Claim, IngestFailure
from claimtrack.store import Store, metadata, to_url

from .conftest import ARTICLE

TABLES = [
    "documents",
    "versions",
    "removed_lines",
    "claims",
    "mentions",
    "sources",
    "ingest_errors",
]


def counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(metadata.tables[name])).scalar_one()
            for name in TABLES
        }


def test_new_document_is_stored_with_claims_mentions_and_metadata(store_url, make_doc):
    doc, found = make_doc()
    with Store(store_url) as store:
        assert store.add(doc, found) == "new"
        rows = store.claims()
        assert [r["measure"] for r in rows] == ["crates-unloaded", "crates-unloaded", "dockworkers"]
        first = rows[0]
        assert first["doc"] == "vostrel-port"
        assert first["low"] == 4500 and first["value"] is None and first["high"] is None
        assert first["via"] == ["Vostrel Herald"]
        assert first["published"] == "2031-03-03"
        assert first["url"] == "https://news.example/vostrel-port"
        assert first["title"] == "Crates pile up in Vostrel"
        assert first["quote"] == doc.text[first["start"] : first["end"]]
        (mention,) = first["mentions"]
        assert mention["text"] == "4,500"
        assert doc.text[mention["start"] : mention["end"]] == "4,500"
        assert rows[2]["approx"] is True and rows[1]["status"] == "planned"
        assert counts(store)["removed_lines"] == 1
        # The registry lists every name a claim came from or through, once.
        assert counts(store)["sources"] == 4


def test_same_content_again_is_unchanged_and_writes_nothing(store_url, make_doc):
    doc, found = make_doc()
    with Store(store_url) as store:
        store.add(doc, found)
        before = counts(store)
        assert store.add(doc, found) == "unchanged"
        assert counts(store) == before


def test_changed_content_adds_a_version_and_keeps_the_old_one(store_url, make_doc):
    doc, found = make_doc()
    edited = doc.text.replace("Monday", "Tuesday").replace("up to 12,000", "about 9,000")
    new_doc, new_found = make_doc(text=edited, title="Crates pile up in Vostrel (updated)")
    with Store(store_url) as store:
        store.add(doc, found)
        assert store.add(new_doc, new_found) == "updated"

        latest = store.claims()
        assert {r["version"] for r in latest} == {2}
        assert [r["quote"] for r in latest] == [c.quote for c in new_found]
        assert {r["title"] for r in latest} == {"Crates pile up in Vostrel (updated)"}

        every = store.claims(latest_only=False)
        assert [r["version"] for r in every] == [1, 1, 1, 2, 2]
        assert [r["quote"] for r in every if r["version"] == 1] == [c.quote for c in found]

        (row,) = store.documents()
        assert row["versions"] == 2 and row["latest_version"] == 2 and row["claims"] == 2

        # Going back to the first text is content already seen, not a third version.
        assert store.add(doc, found) == "unchanged"


def test_known_versions_answers_for_a_batch_as_has_version_does_one_by_one(store_url, make_doc):
    doc, found = make_doc()
    edited, edited_found = make_doc(text=doc.text.replace("Monday", "Tuesday"))
    with Store(store_url) as store:
        store.add(doc, found)
        store.add(edited, edited_found)
        asked = [
            (doc.doc_id, doc.content_hash),
            (doc.doc_id, edited.content_hash),
            (doc.doc_id, "0" * 64),  # a known document, content never stored
            ("no-such-doc", doc.content_hash),  # stored content under another id
        ]
        want = {pair for pair in asked if store.has_version(*pair)}
        assert want == set(asked[:2])
        assert store.known_versions(asked) == want
        assert store.known_versions([]) == set()


def test_claims_filter_by_measure_and_document(store_url, make_doc):
    with Store(store_url) as store:
        store.add(*make_doc("a"))
        store.add(*make_doc("b", text="Roughly 300 dockworkers joined the night shift."))
        assert {r["doc"] for r in store.claims(measure="dockworkers")} == {"a", "b"}
        assert {r["measure"] for r in store.claims(doc_id="b")} == {"dockworkers"}
        assert store.claims(measure="crates-unloaded", doc_id="b") == []
        assert store.claims(measure="no-such-measure") == []


def test_claims_page_in_sql_with_their_mentions_and_a_matching_count(store_url, make_doc):
    with Store(store_url) as store:
        for name in ("a", "b", "c", "d"):
            store.add(*make_doc(name))
        doc, found = make_doc("a", text=ARTICLE.replace("Monday", "Friday"))
        store.add(doc, found)  # a second version of "a": its first must not be paged
        everything = store.claims()
        assert len(everything) == 12 and {r["version"] for r in everything if r["doc"] == "a"} == {
            2
        }

        statements: list[str] = []

        def seen(_conn, _cursor, statement, _params, _context, _many):
            statements.append(statement)

        event.listen(store.engine, "before_cursor_execute", seen)
        pages = [store.claims(limit=5, offset=at) for at in range(0, 15, 5)]
        event.remove(store.engine, "before_cursor_execute", seen)
        assert [len(p) for p in pages] == [5, 5, 2]
        assert [r for p in pages for r in p] == everything  # mentions included, same order
        assert all(r["mentions"] for p in pages for r in p)
        # Both queries are bounded: LIMIT on the claims, the page's ids on the mentions.
        claim_reads = [q for q in statements if "LIMIT" in q.upper()]
        mention_reads = [q for q in statements if "FROM mentions" in q]
        assert len(claim_reads) == 3 and len(mention_reads) == 3
        assert all(" IN " in q.upper() and "JOIN" not in q.upper() for q in mention_reads)

        assert store.claims(limit=5, offset=100) == []
        assert store.claims(offset=10) == everything[10:]
        assert store.count_claims() == 12

        planned = [r for r in everything if r["status"] == "planned"]
        assert store.claims(status="planned", limit=2) == planned[:2]
        assert store.count_claims(status="planned") == len(planned) == 4
        assert store.count_claims(measure="dockworkers", doc_id="b") == 1
        assert store.claims(measure="dockworkers", doc_id="b", limit=10) == [
            r for r in everything if r["measure"] == "dockworkers" and r["doc"] == "b"
        ]
        assert store.count_claims(latest_only=False) == 15
        assert store.count_claims(measure="no-such-measure") == 0


def test_documents_report_truncation_and_claim_counts(store_url, make_doc):
    with Store(store_url) as store:
        store.add(*make_doc("full"))
        store.add(*make_doc("paywalled", text="Nothing countable here.", truncated=True))
        rows = {r["doc"]: r for r in store.documents()}
        assert rows["full"]["claims"] == 3 and rows["full"]["truncated"] is False
        assert rows["paywalled"]["claims"] == 0 and rows["paywalled"]["truncated"] is True
        assert rows["paywalled"]["versions"] == 1


def test_a_failing_add_writes_nothing_at_all(store_url, make_doc):
    doc, found = make_doc()
    broken = Claim(doc_id=doc.doc_id, quote="x", start=0, end=1, value=1.0)
    broken.quote = None  # type: ignore[assignment]  # violates NOT NULL mid-transaction
    with Store(store_url) as store:
        with pytest.raises(StoreError, match="could not store vostrel-port"):
            store.add(doc, [*found, broken])
        assert counts(store) == dict.fromkeys(TABLES, 0)
        assert store.add(doc, found) == "new"


def test_a_concurrent_writers_duplicate_is_sqlalchemys_integrity_error(store_url, make_doc):
    """``add`` runs its statements on the driver's cursor; a unique key's refusal still
    comes out as SQLAlchemy's ``IntegrityError`` under the ``StoreError``, which ingest's
    ``Writer`` takes for another writer's document and retries on (the Dask path)."""
    from sqlalchemy.exc import IntegrityError

    from claimtrack.ingest.run import _is_conflict

    doc, found = make_doc()
    with Store(store_url) as store:
        assert store.add(doc, found) == "new"
        before = counts(store)
        raw = store._raw
        assert raw is not None
        # as if another writer stored the document between our read and our insert
        blind = copy.copy(raw)
        blind.latest = raw.latest._replace(sql=raw.latest.sql + " AND 1 = 0")
        store._raw = blind
        with pytest.raises(StoreError) as caught:
            store.add(*make_doc(text=ARTICLE.replace("Monday", "Friday")))
        assert isinstance(caught.value.__cause__, IntegrityError) and _is_conflict(caught.value)
        assert counts(store) == before  # nothing of it stayed
        store._raw = raw
        assert store.add(*make_doc(text=ARTICLE.replace("Monday", "Friday"))) == "updated"


def test_failures_are_recorded_in_order(store_url):
    with Store(store_url) as store:
        store.record_failure(IngestFailure("scan", "in/scan.txt", "binary", "in/scan.txt: binary"))
        store.record_failure(IngestFailure("blank", "in/blank.md", "empty", "in/blank.md: empty"))
        rows = store.failures()
        assert [(r["doc_id"], r["reason"]) for r in rows] == [
            ("scan", "binary"),
            ("blank", "empty"),
        ]
        assert rows[0]["message"] == "in/scan.txt: binary" and rows[0]["at"]


def test_hostile_text_is_stored_verbatim(store_url, make_doc):
    text = "Robert'); DROP TABLE claims;-- said 4,500 crates % _ \\ \" were lost."
    with Store(store_url) as store:
        store.add(*make_doc("it's; --", text=text))
        (row,) = store.claims()
        assert row["doc"] == "it's; --" and row["quote"] == text
        assert counts(store)["claims"] == 1


def test_reopening_keeps_data(store_url, make_doc):
    with Store(store_url) as store:
        store.add(*make_doc())
    with Store(store_url) as store:
        assert len(store.claims()) == 3


def test_paths_become_absolute_sqlite_urls(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert str(to_url("rel.db")) == f"sqlite:///{tmp_path / 'rel.db'}"
    assert to_url("postgresql+psycopg://u@h/db").get_backend_name() == "postgresql"


def test_sqlite_file_uses_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "s.db"
    with Store(str(path)) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_missing_store_is_an_error_when_not_creating(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(str(tmp_path / "absent.db"), create=False)
    assert not (tmp_path / "absent.db").exists()
    with pytest.raises(StoreError, match="does not exist"):
        Store(str(tmp_path / "no-such-dir" / "s.db"))


def test_a_snapshot_reads_in_one_transaction(tmp_path: Path) -> None:
    """Reads inside ``Store.snapshot`` share one connection and so one view: a version
    written meanwhile by another connection is not seen until the block ends."""
    path = tmp_path / "s.db"
    with Store(str(path)) as store, Store(str(path)) as writer:
        writer.set_meta("k", "before")
        with store.snapshot():
            assert store.get_meta("k") == "before"
            writer.set_meta("k", "after")
            assert store.get_meta("k") == "before"  # the snapshot's view
            with store.snapshot():  # nested: the same transaction
                assert store.get_meta("k") == "before"
        assert store.get_meta("k") == "after"
