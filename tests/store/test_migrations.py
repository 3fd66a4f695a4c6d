"""Stores written by older claimtrack versions open and upgrade in place."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from claimtrack.errors import StoreError
from claimtrack.store import SCHEMA_VERSION, Store, migrate, stored_version, to_url
from claimtrack.store.schema import PG_SEARCH_INDEXES

OLD_TEXT = "Before the upgrade, inspectors counted 2,750 drums of paint in the Saltmere depot."


def _version_1_store(url: str) -> None:
    """A store as claimtrack schema version 1 left it, holding one document and claim."""
    engine = create_engine(to_url(url))
    with engine.begin() as conn:
        assert migrate(conn, target=1) == 0
        conn.execute(
            text(
                "INSERT INTO documents (doc_id, url, outlet, first_seen, latest_version) "
                "VALUES ('saltmere', NULL, NULL, '2031-01-01T00:00:00+00:00', 1)"
            )
        )
        version_id = conn.execute(
            text(
                "INSERT INTO versions (doc_id, version, content_hash, truncated, text, "
                "ingested_at) VALUES ('saltmere', 1, 'h1', false, :t, '2031-01-01') RETURNING id"
            ),
            {"t": OLD_TEXT},
        ).scalar_one()
        conn.execute(
            text(
                'INSERT INTO claims (version_id, doc_id, quote, start, "end", value, approx, '
                "vague, measure, via, certainty, status) VALUES (:v, 'saltmere', :q, 0, :n, "
                "2750, false, false, 'drums', '[]', 'asserted', 'reported')"
            ),
            {"v": version_id, "q": OLD_TEXT, "n": len(OLD_TEXT)},
        )
    engine.dispose()


def test_version_1_store_is_migrated_on_open(store_url):
    _version_1_store(store_url)
    with Store(store_url) as store:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION
        (row,) = store.claims()
        assert row["value"] == 2750 and row["doc"] == "saltmere"
        # Version 2 added search; rows written before it must be findable too.
        hits = store.search("drums Saltmere")
        assert {h["kind"] for h in hits} == {"version", "claim"}
        if store.dialect == "sqlite":
            assert inspect(store.engine).has_table("search_fts")


def test_fresh_store_is_at_the_current_version(store_url):
    with Store(store_url) as store, store.engine.connect() as conn:
        assert stored_version(conn) == SCHEMA_VERSION


def test_store_newer_than_the_code_refuses_to_open(store_url):
    Store(store_url).close()
    engine = create_engine(to_url(store_url))
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE meta SET value = :v WHERE key = 'schema_version'"),
            {"v": str(SCHEMA_VERSION + 1)},
        )
    engine.dispose()
    with pytest.raises(StoreError, match="newer than this claimtrack supports"):
        Store(store_url)


def _version_3_store(url: str) -> None:
    """A store as schema version 3 left it: ids were file stems and JSONL line numbers."""
    engine = create_engine(to_url(url))
    rows = [
        ("report", "corpus/a/report.txt", "h-report"),
        ("feed:2", "inbox/feed.jsonl:2", "abcdef0123456789abcdef"),
        ("wire-9", "inbox/wire.jsonl:1", "h-wire"),  # a JSONL id: kept
        ("saltmere", None, "h-salt"),  # nothing to go on: kept
    ]
    with engine.begin() as conn:
        assert migrate(conn, target=3) == 0
        conn.exec_driver_sql("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
        for doc_id, location, digest in rows:
            conn.execute(
                text(
                    "INSERT INTO documents (doc_id, first_seen, latest_version) "
                    "VALUES (:d, '2031-01-01', 1)"
                ),
                {"d": doc_id},
            )
            version_id = conn.execute(
                text(
                    "INSERT INTO versions (doc_id, version, content_hash, truncated, text, "
                    "location, ingested_at) VALUES (:d, 1, :h, false, :t, :l, '2031-01-01') "
                    "RETURNING id"
                ),
                {"d": doc_id, "h": digest, "t": OLD_TEXT, "l": location},
            ).scalar_one()
            conn.execute(
                text(
                    'INSERT INTO claims (version_id, doc_id, quote, start, "end", value, approx, '
                    "vague, measure, via, certainty, status) VALUES (:v, :d, :q, 0, :n, "
                    "2750, false, false, 'drums', '[]', 'asserted', 'reported')"
                ),
                {"v": version_id, "d": doc_id, "q": OLD_TEXT, "n": len(OLD_TEXT)},
            )
            if conn.dialect.name == "sqlite":  # as Store.add kept the index then
                conn.execute(
                    text(
                        "INSERT INTO search_fts (body, kind, doc_id, version_id, claim_id) "
                        "VALUES (:t, 'version', :d, :v, NULL)"
                    ),
                    {"t": OLD_TEXT, "d": doc_id, "v": version_id},
                )
    engine.dispose()


def test_version_3_ids_are_upgraded_and_claims_get_stable_ids(store_url):
    _version_3_store(store_url)
    with Store(store_url) as store:
        docs = sorted(d["doc"] for d in store.documents())
        assert docs == ["a/report.txt", "saltmere", "sha256:abcdef0123456789", "wire-9"]
        claims = store.claims()
        assert sorted(c["doc"] for c in claims) == docs
        ids = [c["claim_id"] for c in claims]
        assert all(ids) and len(set(ids)) == len(ids)
        # Search follows the renamed documents.
        assert {h["doc"] for h in store.search("Saltmere drums")} == set(docs)
        # Old stores were all made with the then-default pack, and remember it.
        assert store.get_meta("pack") == "dprk-russia"
    # Opening again changes nothing.
    with Store(store_url) as store:
        assert [c["claim_id"] for c in store.claims()] == ids


def _pg_search_indexes(url: str) -> set[str]:
    engine = create_engine(to_url(url))
    with engine.connect() as conn:
        names = conn.execute(
            text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%\\_search'")
        ).scalars()
        found = set(names)
    engine.dispose()
    return found


def _version_4_store(url: str) -> None:
    """A store as schema version 4 left it: on PostgreSQL, search had no index yet."""
    engine = create_engine(to_url(url))
    with engine.begin() as conn:
        assert migrate(conn, target=4) == 0
        conn.execute(
            text(
                "INSERT INTO documents (doc_id, first_seen, latest_version) "
                "VALUES ('saltmere', '2031-01-01', 1)"
            )
        )
        version_id = conn.execute(
            text(
                "INSERT INTO versions (doc_id, version, content_hash, truncated, text, "
                "ingested_at) VALUES ('saltmere', 1, 'h1', false, :t, '2031-01-01') RETURNING id"
            ),
            {"t": OLD_TEXT},
        ).scalar_one()
        claim_id = conn.execute(
            text(
                'INSERT INTO claims (version_id, doc_id, quote, start, "end", value, approx, '
                "vague, measure, via, certainty, status, claim_id) VALUES (:v, 'saltmere', "
                ":q, 0, :n, 2750, false, false, 'drums', '[]', 'asserted', 'reported', "
                "'c-saltmere') RETURNING id"
            ),
            {"v": version_id, "q": OLD_TEXT, "n": len(OLD_TEXT)},
        ).scalar_one()
        if conn.dialect.name == "sqlite":  # as Store.add kept the index then
            for kind, cid in (("version", None), ("claim", claim_id)):
                conn.execute(
                    text(
                        "INSERT INTO search_fts (body, kind, doc_id, version_id, claim_id) "
                        "VALUES (:t, :k, 'saltmere', :v, :c)"
                    ),
                    {"t": OLD_TEXT, "k": kind, "v": version_id, "c": cid},
                )
        assert stored_version(conn) == 4
    engine.dispose()


def test_version_4_store_gets_postgresql_search_indexes(store_url):
    """Version 5 adds GIN indexes on PostgreSQL only; text stored before them is found."""
    _version_4_store(store_url)
    postgres = store_url.startswith("postgresql")
    if postgres:
        assert _pg_search_indexes(store_url) == set()
    with Store(store_url) as store:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION
        hits = store.search("Saltmere drums")
        assert {h["kind"] for h in hits} == {"version", "claim"}
        assert all("[Saltmere]" in h["snippet"] and "[drums]" in h["snippet"] for h in hits)
        assert {h["claim_id"] for h in hits} == {None, "c-saltmere"}
    if postgres:
        assert _pg_search_indexes(store_url) == set(PG_SEARCH_INDEXES)
    Store(store_url).close()  # opening again changes nothing


def test_claim_ids_do_not_depend_on_insertion_order(tmp_path, make_doc):
    first, second = (
        make_doc("one"),
        make_doc("two", text="Roughly 300 dockworkers boarded the barges."),
    )
    stores = []
    for order in ([first, second], [second, first]):
        path = str(tmp_path / f"s{len(stores)}.db")
        with Store(path) as store:
            for doc, found in order:
                store.add(doc, found)
            stores.append(sorted((c["doc"], c["start"], c["claim_id"]) for c in store.claims()))
    assert stores[0] == stores[1]


def test_version_4_store_gets_review_tables_and_claim_kind(store_url):
    """Version 6 adds reviews, origin reviews, numbers left out and the watch list, and a
    nullable ``kind`` on claims: older claims keep NULL and still read back."""
    _version_4_store(store_url)
    with Store(store_url) as store:
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            kinds = conn.execute(text("SELECT kind FROM claims")).scalars().all()
        assert {"reviews", "origin_reviews", "left_out", "watch_feeds", "watch_items"} <= tables
        assert kinds and set(kinds) == {None}
        assert [c["claim_id"] for c in store.claims()] == ["c-saltmere"]


def _made_older(store_url: str, version: int, *statements: str) -> None:
    """A current store taken back to ``version`` by ``statements``, as an older claimtrack
    left it."""
    with Store(store_url):
        pass
    engine = create_engine(to_url(store_url))
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
        conn.execute(
            text("UPDATE meta SET value = :v WHERE key = 'schema_version'"), {"v": str(version)}
        )
    engine.dispose()


def test_a_store_of_the_first_version_6_gets_predicate_and_entry_hash(store_url):
    """Version 6 grew two columns while it was built; version 7 adds them to stores its
    first form made, and claims read back."""
    _made_older(
        store_url,
        6,
        "ALTER TABLE claims DROP COLUMN predicate",
        "ALTER TABLE watch_items DROP COLUMN entry_hash",
    )
    with Store(store_url) as store:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION
            assert "predicate" in {c["name"] for c in inspect(conn).get_columns("claims")}
            assert "entry_hash" in {c["name"] for c in inspect(conn).get_columns("watch_items")}
        assert store.claim_tuples(["claim_id", "predicate"]) == []


def test_a_version_7_store_gets_the_job_log(store_url):
    """Version 8 keeps the web app's ingest jobs: a version-7 store gets the table, empty,
    and keeps jobs from then on."""
    _made_older(store_url, 7, "DROP TABLE ingest_jobs")
    with Store(store_url) as store:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION == 8
            assert "ingest_jobs" in inspect(conn).get_table_names()
        assert store.jobs() == []
        store.save_job(
            {"id": "j", "kind": "text", "state": "done", "created": "t", "finished": "t"}
        )
        assert [j["id"] for j in store.jobs()] == ["j"]
