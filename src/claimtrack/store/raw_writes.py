"""The statements ``Store.add`` runs for every document, compiled once and run on the driver.

A document is about ten statements; through SQLAlchemy's ``Connection.execute`` each one
pays its per-statement work (cache key, compiled-cache lookup, execution context, result
object, events) whatever the rows: about half of the store's CPU a document. Here each
statement is compiled once per store by SQLAlchemy itself, for the store's dialect (so the
SQL, its quoting and PostgreSQL's bind casts are SQLAlchemy's), the values go through the
same bind processors SQLAlchemy would apply, and the statement is run on the driver's
cursor of the connection SQLAlchemy opened, inside SQLAlchemy's transaction. What is
stored is the same row for row; only the route there is shorter.

Driver errors are raised as SQLAlchemy's (``DBAPIError.instance``), so callers see the
``IntegrityError`` a concurrent writer's duplicate causes, as before.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, bindparam, select
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.expression import ClauseElement

from claimtrack.records import CLAIM_COLUMNS
from claimtrack.store.schema import (
    FTS_TABLE,
    claims,
    documents,
    left_out,
    mentions,
    removed_lines,
    sources,
    versions,
)

Processor = Callable[[Any], Any]


class Statement(NamedTuple):
    """One compiled statement: its SQL, its parameters' names in order, and the bind
    processors of the positions that have one."""

    sql: str
    names: tuple[str, ...]
    processors: tuple[tuple[int, Processor], ...]

    def row(self, values: Sequence[Any]) -> Sequence[Any]:
        """``values`` (in ``names`` order) as the driver is given them."""
        if not self.processors:
            return values
        out = list(values)
        for i, process in self.processors:
            out[i] = process(out[i])
        return out


def _positional(dialect: Dialect) -> Dialect:
    """The dialect to compile with: the store's own when its driver takes positional
    parameters (sqlite3's ``?``), else the same dialect class set to ``%s`` (psycopg takes
    both; positional rows skip a dict per row)."""
    if dialect.positional:
        return dialect
    return type(dialect)(paramstyle="format")  # type: ignore[call-arg]


def compile_statement(stmt: ClauseElement, table: Table, dialect: Dialect) -> Statement:
    """``stmt`` compiled for ``dialect`` with positional parameters; the bind processors
    of ``table``'s columns of the same names (SQLAlchemy's own, for this dialect)."""
    target = _positional(dialect)
    compiled = stmt.compile(dialect=target)
    names = tuple(getattr(compiled, "positiontup", None) or ())
    processors = []
    for i, name in enumerate(names):
        if name in table.c:
            type_ = table.c[name].type.dialect_impl(target)
            process = type_.bind_processor(target)
            if process is not None:
                processors.append((i, process))
    return Statement(compiled.string, names, tuple(processors))


def _insert(table: Table, keys: Sequence[str], dialect: Dialect, returning: bool = False) -> Any:
    """An INSERT of exactly ``keys`` (no defaults filled in, no implicit RETURNING)."""
    stmt = table.insert().values({k: bindparam(k) for k in keys})
    if returning:
        return stmt.returning(table.c.id)
    return stmt.inline()


#: The claim columns in the order ``claim_values`` gives them (the table's).
CLAIM_KEYS: tuple[str, ...] = ("version_id", *CLAIM_COLUMNS, "claim_id")
VERSION_KEYS = (
    "doc_id",
    "version",
    "content_hash",
    "title",
    "published",
    "language",
    "truncated",
    "location",
    "text",
    "ingested_at",
    "fingerprint",
    "encoding",
    "fetched_at",
)
DOCUMENT_KEYS = ("doc_id", "url", "outlet", "first_seen", "latest_version")
LINE_KEYS = ("version_id", "start", "end", "text", "reason")
MENTION_KEYS = ("claim_id", "start", "end", "text", "sentence_start", "sentence_end")
FTS_KEYS = ("body", "kind", "doc_id", "version_id", "claim_id")
SOURCE_KEYS = ("name", "first_seen")

claim_fields = operator.attrgetter(*CLAIM_COLUMNS)
_AT_DOC = CLAIM_KEYS.index("doc_id")
_AT_VIA = CLAIM_KEYS.index("via")


class RawWrites:
    """``Store.add``'s statements for one dialect, compiled once."""

    def __init__(self, dialect: Dialect) -> None:
        name = dialect.name
        self.postgresql = name == "postgresql"
        self.dbapi_error: type[Exception] = dialect.loaded_dbapi.Error
        self.latest = compile_statement(
            select(documents.c.latest_version).where(documents.c.doc_id == bindparam("doc_id")),
            documents,
            dialect,
        )
        self.document = compile_statement(
            _insert(documents, DOCUMENT_KEYS, dialect), documents, dialect
        )
        # PostgreSQL returns the new ids; SQLite's cursor gives ``lastrowid`` per row.
        self.version = compile_statement(
            _insert(versions, VERSION_KEYS, dialect, returning=self.postgresql), versions, dialect
        )
        self.claim = compile_statement(
            _insert(claims, CLAIM_KEYS, dialect, returning=self.postgresql), claims, dialect
        )
        self.removed = compile_statement(
            _insert(removed_lines, LINE_KEYS, dialect), removed_lines, dialect
        )
        self.left_out = compile_statement(_insert(left_out, LINE_KEYS, dialect), left_out, dialect)
        self.mention = compile_statement(
            _insert(mentions, MENTION_KEYS, dialect), mentions, dialect
        )
        if self.postgresql:
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            named: Any = pg_insert(sources).values({k: bindparam(k) for k in SOURCE_KEYS})
        else:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            named = sqlite_insert(sources).values({k: bindparam(k) for k in SOURCE_KEYS})
        self.source = compile_statement(
            named.on_conflict_do_nothing(index_elements=["name"]), sources, dialect
        )
        marks = ", ".join("?" for _ in FTS_KEYS)
        self.fts = Statement(
            f"INSERT INTO {FTS_TABLE} ({', '.join(FTS_KEYS)}) VALUES ({marks})", FTS_KEYS, ()
        )
        for stmt, keys in (
            (self.latest, ("doc_id",)),
            (self.document, DOCUMENT_KEYS),
            (self.version, VERSION_KEYS),
            (self.claim, CLAIM_KEYS),
            (self.removed, LINE_KEYS),
            (self.left_out, LINE_KEYS),
            (self.mention, MENTION_KEYS),
            (self.source, SOURCE_KEYS),
        ):
            if stmt.names != tuple(keys):  # the rows below are built in ``keys``' order
                raise RuntimeError(f"unexpected parameter order {stmt.names} for {keys}")

    @contextmanager
    def cursor(self, conn: Connection) -> Iterator[Any]:
        """The driver's cursor on ``conn`` (inside its transaction); driver errors come out
        as SQLAlchemy's, as ``conn.execute`` raises them."""
        raw = conn.connection.driver_connection
        assert raw is not None
        cur = raw.cursor()
        try:
            yield cur
        except self.dbapi_error as exc:
            raise DBAPIError.instance(
                None, None, exc, self.dbapi_error, dialect=conn.dialect
            ) from exc
        finally:
            cur.close()

    def insert_many(self, cur: Any, stmt: Statement, rows: Iterable[Sequence[Any]]) -> None:
        rows = [stmt.row(r) for r in rows] if stmt.processors else list(rows)
        if rows:
            cur.executemany(stmt.sql, rows)

    def insert_one(self, cur: Any, stmt: Statement, values: Sequence[Any]) -> int:
        """Insert one row and return its new ``id``."""
        cur.execute(stmt.sql, stmt.row(values))
        if self.postgresql:
            return int(cur.fetchone()[0])
        return int(cur.lastrowid)

    def insert_claims(self, cur: Any, rows: list[Sequence[Any]]) -> list[int]:
        """Insert claim rows (``CLAIM_KEYS`` order) and return their ids, in row order."""
        stmt = self.claim
        if not rows:
            return []
        if not self.postgresql:
            out = []
            for r in rows:
                cur.execute(stmt.sql, stmt.row(r))
                out.append(cur.lastrowid)
            return out
        # psycopg: one pipelined executemany; each row's RETURNING is its own result set
        cur.executemany(stmt.sql, [stmt.row(r) for r in rows], returning=True)
        ids = []
        while True:
            ids.append(int(cur.fetchone()[0]))
            if not cur.nextset():
                break
        return ids


def claim_values(c: Any, doc_id: str, version_id: int, claim_id: str, via: str) -> list[Any]:
    """A claim's row in ``CLAIM_KEYS`` order: its fields, ``via`` given as JSON."""
    row = [version_id, *claim_fields(c), claim_id]
    row[_AT_DOC] = doc_id
    row[_AT_VIA] = via
    return row
