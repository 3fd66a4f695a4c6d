"""Bring a store of any older schema version up to ``SCHEMA_VERSION`` when it is opened.

``MIGRATIONS[i]`` turns a version-``i`` store into a version-``i + 1`` store. They run
in order, each inside the same transaction that records the new version, so a store
is never left half-migrated. Migration 1 creates every table ``schema.py`` defines, so
a later migration that alters a table must first check whether the change is already
there (a fresh store gets the current tables from migration 1).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, select

from claimtrack.errors import StoreError
from claimtrack.store.schema import FTS_TABLE, SCHEMA_VERSION, meta, metadata, versions

Migration = Callable[[Connection], None]


def _create_all(conn: Connection) -> None:
    metadata.create_all(conn, checkfirst=True)


def _add_search_index(conn: Connection) -> None:
    """Version 2: full-text search. Only SQLite gets an index; PostgreSQL searches with ILIKE."""
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
        "body, kind UNINDEXED, doc_id UNINDEXED, version_id UNINDEXED, claim_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE} (body, kind, doc_id, version_id, claim_id) "
        "SELECT text, 'version', doc_id, id, NULL FROM versions"
    )
    conn.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE} (body, kind, doc_id, version_id, claim_id) "
        "SELECT quote, 'claim', doc_id, version_id, id FROM claims"
    )


def _add_fingerprints(conn: Connection) -> None:
    """Version 3: a nullable MinHash ``fingerprint`` on ``versions``; older rows keep NULL."""
    columns = {c["name"] for c in inspect(conn).get_columns(versions.name)}
    if "fingerprint" in columns:
        return  # a fresh store got it from migration 1
    conn.exec_driver_sql("ALTER TABLE versions ADD COLUMN fingerprint TEXT")


MIGRATIONS: list[Migration] = [_create_all, _add_search_index, _add_fingerprints]
assert len(MIGRATIONS) == SCHEMA_VERSION


def stored_version(conn: Connection) -> int:
    """The schema version a store records; 0 for a store with no tables yet."""
    if not inspect(conn).has_table(meta.name):
        return 0
    value = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    return int(value) if value is not None else 0


def _set_version(conn: Connection, version: int) -> None:
    updated = conn.execute(
        meta.update().where(meta.c.key == "schema_version").values(value=str(version))
    )
    if updated.rowcount == 0:
        conn.execute(meta.insert().values(key="schema_version", value=str(version)))


def migrate(conn: Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing migrations up to ``target`` on ``conn``'s open transaction.

    Returns the version the store was at before. A store newer than this code refuses
    to open rather than being written by a version that does not know its layout.
    """
    current = stored_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {current}, newer than this claimtrack "
            f"supports ({SCHEMA_VERSION}); upgrade claimtrack"
        )
    for version in range(current, target):
        MIGRATIONS[version](conn)
        _set_version(conn, version + 1)
    return current
