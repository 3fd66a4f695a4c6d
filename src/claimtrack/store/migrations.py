"""Bring a store of any older schema version up to ``SCHEMA_VERSION`` when it is opened.

``MIGRATIONS[i]`` turns a version-``i`` store into a version-``i + 1`` store. They run
in order, each inside the same transaction that records the new version, so a store
is never left half-migrated. Migration 1 creates every table ``schema.py`` defines, so
a later migration that alters a table must first check whether the change is already
there (a fresh store gets the current tables from migration 1).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, and_, inspect, select

from claimtrack.errors import StoreError
from claimtrack.store.identity import claim_ids, claim_key, renames
from claimtrack.store.schema import (
    FTS_TABLE,
    SCHEMA_VERSION,
    claims,
    documents,
    ingest_jobs,
    meta,
    metadata,
    versions,
    watch_items,
)

Migration = Callable[[Connection], None]

#: The story pack every ingest used unless told otherwise, before stores remembered theirs.
LEGACY_DEFAULT_PACK = "dprk-russia"


def _create_all(conn: Connection) -> None:
    metadata.create_all(conn, checkfirst=True)


def _add_search_index(conn: Connection) -> None:
    """Version 2: full-text search: FTS5 on SQLite (PostgreSQL got its index in version 5)."""
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


def _columns(conn: Connection, table: str) -> set[str]:
    return {c["name"] for c in inspect(conn).get_columns(table)}


def _rename_document(conn: Connection, old: str, new: str) -> None:
    """Move one document to a new id: a copy of its row, its rows repointed, the old row gone
    (portable: no backend needs deferred or cascading foreign keys)."""
    row = conn.execute(select(documents).where(documents.c.doc_id == old)).mappings().one()
    values = {k: v for k, v in row.items() if k != "id"}
    conn.execute(documents.insert().values(**{**values, "doc_id": new}))
    conn.execute(versions.update().where(versions.c.doc_id == old).values(doc_id=new))
    conn.execute(claims.update().where(claims.c.doc_id == old).values(doc_id=new))
    conn.execute(documents.delete().where(documents.c.doc_id == old))
    if conn.dialect.name == "sqlite" and inspect(conn).has_table(FTS_TABLE):
        conn.exec_driver_sql(
            f"UPDATE {FTS_TABLE} SET doc_id = ? WHERE doc_id = ?",
            (new, old),
        )


def _fill_claim_ids(conn: Connection) -> None:
    stmt = (
        select(
            claims.c.id,
            claims.c.version_id,
            claims.c.doc_id,
            versions.c.content_hash,
            claims.c.start,
            claims.c.end,
            claims.c.value,
            claims.c.low,
            claims.c.high,
            claims.c.unit,
            claims.c.measure,
            claims.c.status,
        )
        .select_from(claims.join(versions, claims.c.version_id == versions.c.id))
        .where(claims.c.claim_id.is_(None))
        .order_by(claims.c.version_id, claims.c.start, claims.c.id)
    )
    by_version: dict[int, list[Any]] = {}
    for r in conn.execute(stmt):
        by_version.setdefault(r.version_id, []).append(r)
    for rows in by_version.values():
        keys = [claim_key(*r[4:]) for r in rows]
        ids = claim_ids(str(rows[0].doc_id), str(rows[0].content_hash), keys)
        for r, cid in zip(rows, ids, strict=True):
            conn.execute(claims.update().where(claims.c.id == r.id).values(claim_id=cid))


def _stable_identity(conn: Connection) -> None:
    """Version 4: documents keyed by path, content or URL instead of a file's stem or a
    JSONL line number; a stable content-derived ``claim_id``; the source encoding and,
    for a fetched page, when it was fetched."""
    for column in ("encoding", "fetched_at"):
        if column not in _columns(conn, versions.name):
            conn.exec_driver_sql(f"ALTER TABLE versions ADD COLUMN {column} VARCHAR(40)")
    if "claim_id" not in _columns(conn, claims.name):
        conn.exec_driver_sql("ALTER TABLE claims ADD COLUMN claim_id VARCHAR(40)")
    index = next(i for i in claims.indexes if i.name == "ix_claims_claim_id")
    index.create(conn, checkfirst=True)
    latest = conn.execute(
        select(documents.c.doc_id, versions.c.location, versions.c.content_hash)
        .select_from(
            documents.join(
                versions,
                and_(
                    versions.c.doc_id == documents.c.doc_id,
                    versions.c.version == documents.c.latest_version,
                ),
            )
        )
        .order_by(documents.c.doc_id)
    ).all()
    taken = {r[0] for r in latest}
    for old, new in renames([(r[0], r[1], r[2]) for r in latest], taken).items():
        _rename_document(conn, old, new)
    _fill_claim_ids(conn)
    has_pack = conn.execute(select(meta.c.value).where(meta.c.key == "pack")).first()
    if latest and has_pack is None:
        # Before v4 every ingest defaulted to this pack; stores now remember theirs.
        conn.execute(meta.insert().values(key="pack", value=LEGACY_DEFAULT_PACK))


def _add_text_search_indexes(conn: Connection) -> None:
    """Version 5: a real full-text index on PostgreSQL (SQLite has had FTS5 since version 2).

    GIN indexes on ``to_tsvector('simple', ...)`` of ``versions.text`` and ``claims.quote``,
    which ``Store.search`` queries with exactly these expressions so the planner can use
    them. The ``simple`` configuration only lower-cases words: articles come in many
    languages, and stemming or dropping stop words one language's way would mis-handle the
    others (English rules would cut Russian or French words wrongly, or not at all).
    Expression indexes rather than a stored ``tsvector`` column, so ``Store.add`` writes
    nothing extra. ``IF NOT EXISTS`` keeps the migration safe to re-run; building the
    indexes on a large store holds off writers until it commits.
    """
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_versions_text_search "
        "ON versions USING gin (to_tsvector('simple', text))"
    )
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_claims_quote_search "
        "ON claims USING gin (to_tsvector('simple', quote))"
    )


def _add_review_tables(conn: Connection) -> None:
    """Version 6: reviews of claims and origins, numbers left out, the watch list, and a
    claim's ``kind`` and ``predicate``. New tables come from ``create_all``; claims stored
    before keep a NULL kind, which readers treat as a total (what every figure was taken
    for before), and a NULL predicate, which the cross-check compares with any."""
    metadata.create_all(conn, checkfirst=True)
    present = _columns(conn, claims.name)
    if "kind" not in present:
        conn.exec_driver_sql("ALTER TABLE claims ADD COLUMN kind VARCHAR(16)")
    if "predicate" not in present:
        conn.exec_driver_sql("ALTER TABLE claims ADD COLUMN predicate VARCHAR(64)")


def _finish_version_6(conn: Connection) -> None:
    """Version 7: what version 6 gained while it was being built, for stores made by its
    first form: ``claims.predicate`` and ``watch_items.entry_hash`` (both nullable; on a
    store migrated through version 6 they are already there, and this does nothing)."""
    if "predicate" not in _columns(conn, claims.name):
        conn.exec_driver_sql("ALTER TABLE claims ADD COLUMN predicate VARCHAR(64)")
    if "entry_hash" not in _columns(conn, watch_items.name):
        conn.exec_driver_sql("ALTER TABLE watch_items ADD COLUMN entry_hash VARCHAR(64)")


def _add_job_log(conn: Connection) -> None:
    """Version 8: the web app's ingest jobs, kept across restarts (``store.job_log``)."""
    ingest_jobs.create(conn, checkfirst=True)
    next(i for i in ingest_jobs.indexes).create(conn, checkfirst=True)


MIGRATIONS: list[Migration] = [
    _create_all,
    _add_search_index,
    _add_fingerprints,
    _stable_identity,
    _add_text_search_indexes,
    _add_review_tables,
    _finish_version_6,
    _add_job_log,
]
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
