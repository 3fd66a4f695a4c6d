"""Stores written by older claimtrack versions open and upgrade in place."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from claimtrack.errors import StoreError
from claimtrack.store import SCHEMA_VERSION, Store, migrate, stored_version, to_url

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
