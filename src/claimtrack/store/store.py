"""The claim store: every version of every document, its claims and what failed to load.

One ``add`` call is one transaction, so a crash (even ``kill -9``) leaves either the
whole document version with its claims and mentions, or nothing of it. Article text and
user input only ever reach the database as bound parameters.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, NamedTuple, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Join,
    Select,
    and_,
    bindparam,
    create_engine,
    event,
    func,
    null,
    select,
    text,
    true,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from claimtrack.bulk import paused_gc
from claimtrack.errors import StoreError, missing_driver, unsupported_database
from claimtrack.records import (
    CLAIM_COLUMNS,
    STORED_FIELDS,
    Claim,
    CleanDocument,
    IngestFailure,
    StoredClaim,
)
from claimtrack.review.apply import apply_origins, apply_verdict
from claimtrack.store.document_reads import DOCUMENT_ROWS, DocumentReads
from claimtrack.store.identity import claim_ids, claim_key
from claimtrack.store.job_log import JobLog
from claimtrack.store.migrations import migrate
from claimtrack.store.raw_writes import RawWrites, claim_values
from claimtrack.store.reviews import Reviews, reanchor, reviews_active
from claimtrack.store.schema import (
    FTS_TABLE,
    claims,
    decode_fingerprint,
    documents,
    encode_fingerprint,
    ingest_errors,
    mentions,
    meta,
    versions,
)
from claimtrack.store.watchlist import WatchList

AddOutcome = Literal["new", "unchanged", "updated"]
Row = dict[str, Any]
R = TypeVar("R", bound=StoredClaim)

_IN_CHUNK = 500  # ids per IN (...) list; SQLite and psycopg cap bound parameters
#: Claims written per batch (and mentions per executemany) by ``Store.add``, so the rows of
#: a document of thousands of claims are built a batch at a time, within its one transaction.
INSERT_BATCH = 2000
#: Built once: a statement made per call is built and keyed again each time.
_KNOWN = select(versions.c.id).where(
    versions.c.doc_id == bindparam("doc_id"), versions.c.content_hash == bindparam("content_hash")
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


#: Backends claimtrack is tested on; their drivers, the extra that installs them, the package.
BACKENDS: dict[str, tuple[str, str, str]] = {
    "sqlite": ("sqlite3", "", "sqlite3"),
    "postgresql": ("psycopg", "postgres", "psycopg[binary]"),
}


def to_url(url_or_path: str) -> URL:
    """A SQLAlchemy URL from either a URL or a plain file path (relative paths made absolute)."""
    if "://" in url_or_path:
        try:
            url = make_url(url_or_path)
        except ArgumentError as exc:
            raise StoreError(
                f"not a valid database URL: {url_or_path!r}; use a file path or "
                "postgresql+psycopg://USER@HOST/DB"
            ) from exc
        if url.get_backend_name() not in BACKENDS:
            raise unsupported_database(url.drivername)
        return url
    if url_or_path == ":memory:":
        return make_url("sqlite://")
    path = Path(url_or_path).expanduser().resolve()
    return make_url(f"sqlite:///{path}")


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control from the driver so BEGIN is emitted exactly when
        # SQLAlchemy begins; otherwise reads inside ``add`` would run outside it.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL survives a process kill
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the lock up front so two writers queue instead of deadlocking
        # on a read-to-write upgrade; readers stay non-blocking.
        write = conn.get_execution_options().get("claimtrack_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _fts_query(query: str) -> str:
    """Each whitespace-separated term quoted, so user input is never FTS5 syntax.

    A trailing ``*`` is kept as a prefix search, the one operator worth offering.
    """
    terms = []
    # FTS5 reads a NUL as the end of the query string, so control characters go.
    query = "".join(ch for ch in query if ch.isprintable() or ch.isspace())
    for raw in query.split():
        prefix = len(raw) > 1 and raw.endswith("*")
        term = raw.rstrip("*") if prefix else raw
        if not re.search(r"\w", term):
            continue  # punctuation alone tokenises to nothing and only confuses FTS5
        terms.append('"' + term.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms)


#: Longest word PostgreSQL indexes (bytes); a longer prefix term could never match.
_PG_MAX_WORD = 2047

#: Options of ``ts_headline``: one fragment of 8 to 24 words, hits in [brackets] as in
#: the ``snippet`` FTS5 returns on SQLite, so both backends give callers the same shape.
_PG_HEADLINE = "StartSel=[, StopSel=], MaxFragments=1, MaxWords=24, MinWords=8"

#: The PostgreSQL search. ``{q}`` is the tsquery built from bound parameters only, and the
#: ``to_tsvector('simple', ...)`` expressions are exactly those of migration 5's GIN
#: indexes, so the planner can use them. Hits are ranked and limited before
#: ``ts_headline`` runs, which re-parses each body and so only does it ``limit`` times.
_PG_SEARCH = (
    "WITH hits AS ("
    " SELECT 'version' AS kind, v.doc_id AS doc, v.version AS version,"
    " NULL AS claim_id, v.title AS title, v.text AS body, 0 AS start,"
    " ts_rank(to_tsvector('simple', v.text), {q}) AS rank"
    " FROM versions v"
    " JOIN documents d ON d.doc_id = v.doc_id AND d.latest_version = v.version"
    " WHERE to_tsvector('simple', v.text) @@ {q}"
    " UNION ALL"
    " SELECT 'claim', c.doc_id, v.version, c.claim_id, v.title, c.quote, c.start,"
    " ts_rank(to_tsvector('simple', c.quote), {q})"
    " FROM claims c"
    " JOIN versions v ON v.id = c.version_id"
    " JOIN documents d ON d.doc_id = v.doc_id AND d.latest_version = v.version"
    " WHERE to_tsvector('simple', c.quote) @@ {q}"
    " ORDER BY rank DESC, kind DESC, doc, start LIMIT :limit"
    ") "
    "SELECT kind, doc, version, claim_id, title,"
    " ts_headline('simple', body, {q}, :headline) AS snippet"
    " FROM hits ORDER BY rank DESC, kind DESC, doc, start"
)


def _pg_query(query: str) -> tuple[str, dict[str, str]] | None:
    """The tsquery SQL for ``query`` and its bound parameters; None when no word is left.

    Plain terms go, as typed, to ``plainto_tsquery``, which reads no operators at all.
    A trailing ``*`` asks for a prefix search, as on SQLite: such a term is cut to its
    word characters, each quoted as a lexeme and the last marked ``:*``, so
    ``to_tsquery`` only ever sees ``'word' & 'word':*`` (quotes, backslashes and
    operators cannot survive ``\\w+``). Every part is ANDed, like FTS5's implicit AND.
    """
    query = "".join(ch for ch in query if ch.isprintable() or ch.isspace())
    plain: list[str] = []
    prefixes: list[str] = []
    for raw in query.split():
        if len(raw) > 1 and raw.endswith("*"):
            words = [w for w in re.findall(r"\w+", raw) if len(w.encode()) <= _PG_MAX_WORD]
            if words:
                prefixes.append(" & ".join([*(f"'{w}'" for w in words[:-1]), f"'{words[-1]}':*"]))
        elif re.search(r"\w", raw):
            plain.append(raw)
    parts, params = [], {}
    if plain:
        parts.append("plainto_tsquery('simple', :plain)")
        params["plain"] = " ".join(plain)
    if prefixes:
        parts.append("to_tsquery('simple', :prefix)")
        params["prefix"] = " & ".join(prefixes)
    if not parts:
        return None
    return "(" + " && ".join(parts) + ")", params


def _as_stored(stored: str | None) -> str | None:
    return stored


class _ClaimsShape(NamedTuple):
    """Which of ``Store.claims``' filters and paging a call uses: its statements depend
    on that alone, the values are bound when it runs."""

    measure: bool
    doc_id: bool
    status: bool
    latest_only: bool
    claim_id: bool
    limited: bool
    offset: bool


@functools.cache
def _claims_statements(shape: _ClaimsShape) -> tuple[Select[Any], Select[Any], Select[Any]]:
    """``Store.claims``' statements for ``shape``, built once: the claim rows, their
    mentions, and a page's mentions by claim id. Building a select and its cache key cost
    about as much as running it for one document's claims (the document page and the
    claims API ask on every request)."""
    joined = claims.join(versions, claims.c.version_id == versions.c.id).join(
        documents, documents.c.doc_id == claims.c.doc_id
    )
    where: list[Any] = [
        column == bindparam(name)
        for used, column, name in (
            (shape.measure, claims.c.measure, "measure"),
            (shape.doc_id, claims.c.doc_id, "doc_id"),
            (shape.status, claims.c.status, "status"),
            (shape.claim_id, claims.c.claim_id, "claim_id"),
        )
        if used
    ]
    if shape.latest_only:
        where.append(versions.c.version == documents.c.latest_version)
    stmt = (
        select(
            claims,
            versions.c.version,
            versions.c.published,
            versions.c.title,
            documents.c.url,
            documents.c.outlet,
        )
        .select_from(joined)
        .where(and_(true(), *where))
        .order_by(
            claims.c.doc_id, versions.c.version, claims.c.start, claims.c.claim_id, claims.c.id
        )
    )
    if shape.limited:
        stmt = stmt.limit(bindparam("limit"))
    if shape.offset:
        stmt = stmt.offset(bindparam("offset"))
    mention_stmt = (
        select(mentions)
        .select_from(joined.join(mentions, mentions.c.claim_id == claims.c.id))
        .where(and_(true(), *where))
        .order_by(mentions.c.claim_id, mentions.c.start, mentions.c.id)
    )
    page_mentions = (
        select(mentions)
        .where(mentions.c.claim_id.in_(bindparam("ids", expanding=True)))
        .order_by(mentions.c.claim_id, mentions.c.start, mentions.c.id)
    )
    return stmt, mention_stmt, page_mentions


class Store(DocumentReads, Reviews, WatchList, JobLog):
    """A claim store on a SQLite file (default) or any SQLAlchemy URL, e.g. PostgreSQL.

    ``create=False`` refuses to make a new SQLite file, for commands that only read and
    should say so when pointed at the wrong path rather than report an empty store.
    """

    def __init__(self, url_or_path: str, *, create: bool = True) -> None:
        self.url = to_url(url_or_path)
        self.display_url = self.url.render_as_string(hide_password=True)
        self.dialect = self.url.get_backend_name()
        if self.dialect == "sqlite" and self.url.database:
            path = Path(self.url.database)
            if not create and not path.exists():
                raise StoreError(f"no store at {path}; run `claimtrack ingest` first or fix --db")
            if not path.parent.is_dir():
                raise StoreError(f"cannot create store {path}: folder {path.parent} does not exist")
        try:
            self.engine = (
                _sqlite_engine(self.url) if self.dialect == "sqlite" else create_engine(self.url)
            )
        except ImportError as exc:  # the URL names a driver that is not installed
            _, extra, package = BACKENDS[self.dialect]
            raise missing_driver(self.url.drivername, extra, package) from exc
        except SQLAlchemyError as exc:  # e.g. an unknown driver name after the "+"
            raise StoreError(
                f"cannot use database URL {self.display_url}: {exc}; "
                "use postgresql+psycopg://USER@HOST/DB or a SQLite file path"
            ) from exc
        try:
            with self._write() as conn:
                migrate(conn)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot open store {self.display_url}: {exc.__cause__ or exc}"
            ) from exc
        self._fts = self.dialect == "sqlite"
        self._raw: RawWrites | None = None  # ``add``'s statements, built at its first call
        self._held = threading.local()  # the connection of this thread's ``snapshot``

    # -- plumbing --------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(claimtrack_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read of this thread inside the block in one transaction: one view of the
        store (an ingest writing meanwhile cannot show a page half old, half new), and one
        connection and transaction instead of one per read (the document page makes
        two reads on every request). Writes inside it are not seen by its reads."""
        if getattr(self._held, "conn", None) is not None:
            yield
            return
        with self._read() as conn:
            self._held.conn = conn
            try:
                yield
            finally:
                self._held.conn = None

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        held = getattr(self._held, "conn", None)
        if held is not None:  # inside ``snapshot``
            yield held
            return
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except SQLAlchemyError as exc:  # a damaged or foreign file, a lost server...
            raise StoreError(
                f"could not read {self.display_url}: {exc.__cause__ or exc}; check that it "
                "is a claimtrack store (or make a new one with `claimtrack ingest`)"
            ) from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------

    def add(self, doc: CleanDocument, found: list[Claim]) -> AddOutcome:
        """Store one document version with its claims, all in one transaction.

        The same content again is ``"unchanged"`` and writes nothing; new content for a
        known document becomes the next version, keeping the old one and its claims.
        """
        try:
            return self._add(doc, found)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not store {doc.doc_id} in {self.display_url}: {exc.__cause__ or exc}"
            ) from exc

    def _add(self, doc: CleanDocument, found: list[Claim]) -> AddOutcome:
        now = _now()
        raw = self._raw
        if raw is None:
            raw = self._raw = RawWrites(self.engine.dialect)
        with self._write() as conn, raw.cursor(conn) as cur:
            if raw.postgresql:
                # A document version is re-derived from its input by running the ingest
                # again (the same content is "unchanged"), so its commit need not wait for
                # the WAL to reach the disk: a server crash can lose the last moment's
                # documents, never corrupt the store, and a re-run restores them. The same
                # bargain as SQLite's WAL with synchronous=NORMAL; it halves the write cost
                # of an ingest into PostgreSQL. Reviews keep synchronous commits.
                cur.execute("SET LOCAL synchronous_commit = off")
            cur.execute(raw.latest.sql, (doc.doc_id,))
            found_latest = cur.fetchone()
            latest = None if found_latest is None else found_latest[0]
            outcome: AddOutcome
            if latest is None:
                number, outcome = 1, "new"
                raw.insert_many(cur, raw.document, [(doc.doc_id, doc.url, doc.outlet, now, number)])
            else:
                known = conn.execute(
                    _KNOWN, {"doc_id": doc.doc_id, "content_hash": doc.content_hash}
                ).first()
                if known is not None:
                    return "unchanged"
                number, outcome = latest + 1, "updated"
                changes: Row = {"latest_version": number}
                if doc.url:
                    changes["url"] = doc.url
                if doc.outlet:
                    changes["outlet"] = doc.outlet
                conn.execute(
                    documents.update().where(documents.c.doc_id == doc.doc_id).values(**changes)
                )

            version_id = raw.insert_one(
                cur,
                raw.version,
                (
                    doc.doc_id,
                    number,
                    doc.content_hash,
                    doc.title,
                    doc.published,
                    doc.language,
                    doc.truncated,
                    doc.location,
                    doc.text,
                    now,
                    encode_fingerprint(doc.fingerprint),
                    doc.encoding,
                    doc.fetched_at,
                ),
            )
            raw.insert_many(
                cur,
                raw.removed,
                [(version_id, r.start, r.end, r.text, r.reason) for r in doc.removed],
            )
            raw.insert_many(
                cur,
                raw.left_out,
                [(version_id, n.start, n.end, n.text, n.reason) for n in doc.left_out],
            )
            if self._fts:
                raw.insert_many(cur, raw.fts, [(doc.text, "version", doc.doc_id, version_id, None)])
            # Claims, their mentions and their search rows go in batches of INSERT_BATCH
            # claims, inside the one transaction: the rows of a document of thousands of
            # claims are never all alive at once.
            ids = self._claim_ids(doc, found)
            for lo in range(0, len(found), INSERT_BATCH):
                batch = found[lo : lo + INSERT_BATCH]
                claim_ids = raw.insert_claims(
                    cur,
                    [
                        claim_values(
                            c, doc.doc_id, version_id, cid, json.dumps(c.via, ensure_ascii=False)
                        )
                        for c, cid in zip(batch, ids[lo : lo + INSERT_BATCH], strict=True)
                    ],
                )
                mention_rows = (
                    (claim_id, m.start, m.end, m.text, m.sentence_start, m.sentence_end)
                    for claim_id, c in zip(claim_ids, batch, strict=True)
                    for m in c.mentions
                )
                # a claim repeated thousands of times has as many mentions: batch them too
                while rows := list(itertools.islice(mention_rows, INSERT_BATCH)):
                    raw.insert_many(cur, raw.mention, rows)
                if self._fts:
                    raw.insert_many(
                        cur,
                        raw.fts,
                        [
                            (c.quote, "claim", doc.doc_id, version_id, claim_id)
                            for claim_id, c in zip(claim_ids, batch, strict=True)
                        ],
                    )

            if outcome == "updated":
                reanchor(
                    conn,
                    doc.doc_id,
                    [
                        {
                            "claim_id": cid,
                            "quote": c.quote,
                            "value": c.value,
                            "low": c.low,
                            "high": c.high,
                        }
                        for c, cid in zip(found, ids, strict=True)
                    ],
                )

            names = sorted({n for c in found for n in [c.source, *c.via] if n})
            raw.insert_many(cur, raw.source, [(n, now) for n in names])

            return outcome

    @staticmethod
    def _claim_ids(doc: CleanDocument, found: list[Claim]) -> list[str]:
        keys = [
            claim_key(c.start, c.end, c.value, c.low, c.high, c.unit, c.measure, c.status)
            for c in found
        ]
        return claim_ids(doc.doc_id, doc.content_hash, keys)

    def record_failure(self, failure: IngestFailure) -> None:
        """Keep a document that could not be read, so ``claimtrack errors`` can list it later."""
        try:
            with self._write() as conn:
                conn.execute(
                    ingest_errors.insert().values(
                        doc_id=failure.doc_id,
                        location=failure.location,
                        reason=failure.reason,
                        message=failure.message,
                        at=_now(),
                    )
                )
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not record a failure in {self.display_url}: {exc.__cause__ or exc}"
            ) from exc

    def set_meta(self, key: str, value: str) -> None:
        """Remember one setting of this store (e.g. its story pack) in the ``meta`` table."""
        try:
            with self._write() as conn:
                updated = conn.execute(meta.update().where(meta.c.key == key).values(value=value))
                if updated.rowcount == 0:
                    conn.execute(meta.insert().values(key=key, value=value))
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not write to {self.display_url}: {exc.__cause__ or exc}"
            ) from exc

    # -- reading ---------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        """A setting ``set_meta`` remembered, or None."""
        with self._read() as conn:
            value = conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
        return None if value is None else str(value)

    def has_version(self, doc_id: str, content_hash: str) -> bool:
        """Whether this exact content is stored, so ingest can skip re-processing it."""
        with self._read() as conn:
            found = conn.execute(_KNOWN, {"doc_id": doc_id, "content_hash": content_hash}).first()
        return found is not None

    def known_versions(self, pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of these ``(doc_id, content_hash)`` pairs are stored: ``has_version`` for a
        batch in one query, so screening an ingest costs one round trip per batch, not per
        document (on PostgreSQL each is a trip to the server)."""
        if not pairs:
            return set()
        wanted = set(pairs)
        query = select(versions.c.doc_id, versions.c.content_hash).where(
            versions.c.doc_id.in_(sorted({doc_id for doc_id, _ in wanted}))
        )
        with self._read() as conn:
            return {(d, h) for d, h in conn.execute(query) if (d, h) in wanted}

    @staticmethod
    def _claim_conditions(measure: str | None, doc_id: str | None, status: str | None) -> list[Any]:
        """The filters on ``claims`` columns that listing and counting share."""
        where: list[Any] = []
        if measure is not None:
            where.append(claims.c.measure == measure)
        if doc_id is not None:
            where.append(claims.c.doc_id == doc_id)
        if status is not None:
            where.append(claims.c.status == status)
        return where

    def count_claims(
        self,
        measure: str | None = None,
        doc_id: str | None = None,
        status: str | None = None,
        latest_only: bool = True,
    ) -> int:
        """How many rows ``claims`` would return with these filters and no limit: the
        total of a paged listing, counted in the database instead of by reading them all.

        "Latest version" is asked as ``version_id IN (latest versions)`` rather than with
        ``claims``' joins: SQLite then counts from the version-id index, 3x faster on
        100,000 claims. A claim's version is always of its own document, so the rows are
        the same (the tests compare the two).
        """
        where = self._claim_conditions(measure, doc_id, status)
        if latest_only:
            where.append(claims.c.version_id.in_(select(versions.c.id).select_from(self._latest())))
        stmt = select(func.count()).select_from(claims).where(and_(true(), *where))
        with self._read() as conn:
            return int(conn.execute(stmt).scalar_one())

    def claims(
        self,
        measure: str | None = None,
        doc_id: str | None = None,
        latest_only: bool = True,
        with_mentions: bool = True,
        status: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        reviewed: bool = True,
        claim_id: str | None = None,
    ) -> list[Row]:
        """Claims with their document's date, URL and title, ordered by document and place.

        Reviews are applied (``reviewed=False`` gives the machine's rows alone): each row
        carries the reviewed values, the machine's in ``machine`` and the review in
        ``review`` (``store.reviews``).

        By default only each document's latest version counts, so an edited article
        does not report its figures twice. The cross-check reads 100,000 claims at a time
        and needs no mentions: ``with_mentions=False`` skips that second query.

        ``limit``/``offset`` page in SQL, in the order above (which ends on the unique
        row id, so pages never overlap or skip), and then only the page's mentions are
        read: one page of a large store costs a page, not the whole store.
        """
        shape = _ClaimsShape(
            measure is not None,
            doc_id is not None,
            status is not None,
            latest_only,
            claim_id is not None,
            limit is not None,
            offset > 0,
        )
        stmt, mention_stmt, page_mentions = _claims_statements(shape)
        params = {
            "measure": measure,
            "doc_id": doc_id,
            "status": status,
            "claim_id": claim_id,
            "limit": limit,
            "offset": offset,
        }
        paged = shape.limited or shape.offset
        by_claim: dict[int, list[Row]] = {}
        with self._read() as conn:
            result = conn.execute(stmt, params)
            keys = list(result.keys())
            rows = result.all()
            found: Iterable[Any] = ()
            if with_mentions and paged:
                at = keys.index("id")
                ids = [r[at] for r in rows]
                found = itertools.chain.from_iterable(
                    conn.execute(page_mentions, {"ids": ids[i : i + _IN_CHUNK]}).mappings()
                    for i in range(0, len(ids), _IN_CHUNK)
                )
            elif with_mentions:
                found = conn.execute(mention_stmt, params).mappings()
            active = reviewed and bool(rows) and reviews_active(conn)
            if with_mentions:
                for m in found:
                    by_claim.setdefault(m["claim_id"], []).append(
                        {
                            "start": m["start"],
                            "end": m["end"],
                            "text": m["text"],
                            "sentence_start": m["sentence_start"],
                            "sentence_end": m["sentence_end"],
                        }
                    )
        out = []
        for r in rows:
            row = dict(zip(keys, r, strict=True))
            row["doc"] = row.pop("doc_id")
            via = row["via"]
            row["via"] = json.loads(via) if via and via != "[]" else []
            row["mentions"] = by_claim.get(row["id"], [])
            out.append(row)
        return self.apply_reviews(out, active) if reviewed else out

    def claim(self, claim_id: str) -> Row | None:
        """One claim by its ``claim_id``, of any version, reviews applied; ``None`` when
        no claim has that id."""
        found = self.claims(claim_id=claim_id, latest_only=False)
        return found[-1] if found else None

    def claim_tuples(self, fields: Sequence[str]) -> list[tuple[Any, ...]]:
        """Every latest-version claim as a tuple of ``fields`` (claim columns, ``doc``,
        ``published``, ``url``, ``outlet``, ``title``, and ``reviewed``: the review's state
        or ``None``), ``via`` decoded: the bulk read of the cross-check, which needs no
        per-row dictionaries.

        Reviews are applied: a rejected claim is left out, corrected fields hold the
        reviewed values, and merged origins their merged name. Only reviewed rows become
        dictionaries on the way, so an unreviewed store reads at the machine's speed."""
        columns = [f for f in fields if f != "reviewed"]
        marks = [i for i, f in enumerate(fields) if f == "reviewed"]

        def marked(t: tuple[Any, ...], state: str | None) -> tuple[Any, ...]:
            out = list(t)
            for i in marks:
                out.insert(i, state)
            return tuple(out)

        if not self.has_reviews():  # "reviewed" is a NULL column: no work per row
            return self._machine_tuples(fields)
        want = columns if "claim_id" in columns else [*columns, "claim_id"]
        at_id, width = want.index("claim_id"), len(columns)
        found, origins = self.verdicts(), self.origin_map()
        out: list[tuple[Any, ...]] = []
        for t in self._machine_tuples(want):
            v = found.get(t[at_id])
            if v is not None and v.state == "rejected":
                continue
            if v is None and not origins.merged:
                out.append(marked(t[:width], None))
                continue
            row = apply_origins(apply_verdict(dict(zip(want, t, strict=True)), v), origins)
            state = None if v is None else v.state
            out.append(marked(tuple(row[f] for f in columns), state))
        return out

    def stored_claims(self, record: type[R] = StoredClaim) -> list[R]:  # type: ignore[assignment]
        """Every latest-version claim as a typed record: ``StoredClaim``, or a subclass of
        it such as the cross-check's ``CheckedClaim``. Read in bulk and with reviews
        applied as ``claim_tuples`` reads them; mentions are not read."""
        # Positional, as the record's fields stand (a claim's columns, its mentions, then
        # the stored fields): a keyword call per claim costs a dict each, seconds at 100,000.
        at = len(CLAIM_COLUMNS)
        with paused_gc():  # 100,000 records at a time: see ``bulk.paused_gc``
            rows = self.claim_tuples(STORED_FIELDS)
            return [record(*t[:at], [], *t[at:]) for t in rows]  # type: ignore[call-arg]

    def _machine_tuples(self, fields: Sequence[str]) -> list[tuple[Any, ...]]:
        """``claim_tuples`` as the machine read them, before reviews."""
        extra = {
            "doc": claims.c.doc_id,
            "published": versions.c.published,
            "title": versions.c.title,
            "url": documents.c.url,
            "outlet": documents.c.outlet,
            "reviewed": null().label("reviewed"),  # the machine's rows are unreviewed
        }
        cols = [extra[f] if f in extra else claims.c[f] for f in fields]
        stmt = (
            select(*cols)
            .select_from(
                claims.join(versions, claims.c.version_id == versions.c.id).join(
                    documents, documents.c.doc_id == claims.c.doc_id
                )
            )
            .where(versions.c.version == documents.c.latest_version)
        )
        via_at = list(fields).index("via") if "via" in fields else -1
        with self._read() as conn:
            # the driver's rows as they come: no per-value processing, no ordering
            rows = conn.execute(stmt).cursor.fetchall()  # type: ignore[attr-defined]
        if via_at < 0:
            return [tuple(r) for r in rows]
        out = []
        for r in rows:
            v = r[via_at]
            if v and v != "[]":
                t = list(r)
                t[via_at] = json.loads(v)
                out.append(tuple(t))
            else:
                out.append((*r[:via_at], [], *r[via_at + 1 :]))
        return out

    def documents(self, doc_id: str | None = None) -> list[Row]:
        """One row per document (or just ``doc_id``'s): its latest version's metadata,
        version and claim counts."""
        stmt = DOCUMENT_ROWS
        if doc_id is not None:
            stmt = stmt.where(documents.c.doc_id == doc_id)
        with self._read() as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]

    @staticmethod
    def _latest() -> Join:
        """``documents`` joined to each document's latest version."""
        return documents.join(
            versions,
            and_(
                versions.c.doc_id == documents.c.doc_id,
                versions.c.version == documents.c.latest_version,
            ),
        )

    def fingerprints(self, decoded: bool = True) -> list[Row]:
        """Each document's latest-version fingerprint, for the near-duplicate cross-check.

        Rows hold ``doc_id``, ``published`` (of the latest version), ``first_seen`` and
        ``fingerprint`` as a ``list[int]``, or ``None`` for a version stored before
        fingerprints were kept (fill those in from ``texts``). Ordered by ``doc_id``.
        ``decoded=False`` leaves each fingerprint as stored (``encode_fingerprint``'s
        text), for a caller that parses them all at once (the cross-check: 1.3 million
        integers at 100,000 claims).
        """
        stmt = (
            select(
                documents.c.doc_id,
                versions.c.published,
                documents.c.first_seen,
                versions.c.fingerprint,
            )
            .select_from(self._latest())
            .order_by(documents.c.doc_id)
        )
        with self._read() as conn:
            # the driver's rows as they come (every column is text): no per-value processing
            rows = conn.execute(stmt).cursor.fetchall()  # type: ignore[attr-defined]
        decode = decode_fingerprint if decoded else _as_stored
        return [
            {"doc_id": d, "published": p, "first_seen": f, "fingerprint": decode(fp)}
            for d, p, f, fp in rows
        ]

    def texts(self, doc_ids: list[str] | None = None) -> dict[str, str]:
        """Latest-version text per document, for all documents or just ``doc_ids``.

        Unknown ids are left out of the result rather than raising.
        """
        stmt = select(documents.c.doc_id, versions.c.text).select_from(self._latest())
        with self._read() as conn:
            if doc_ids is None:
                return {r.doc_id: r.text for r in conn.execute(stmt)}
            out: dict[str, str] = {}
            wanted = list(dict.fromkeys(doc_ids))
            # in chunks, to stay under every backend's limit on bound parameters
            for i in range(0, len(wanted), _IN_CHUNK):
                chunk = wanted[i : i + _IN_CHUNK]
                out.update(
                    (r.doc_id, r.text)
                    for r in conn.execute(stmt.where(documents.c.doc_id.in_(chunk)))
                )
            return out

    def failures(self) -> list[Row]:
        """Recorded ingest failures, oldest first."""
        with self._read() as conn:
            return [
                dict(r)
                for r in conn.execute(select(ingest_errors).order_by(ingest_errors.c.id)).mappings()
            ]

    def search(self, query: str, limit: int = 50) -> list[Row]:
        """Find article text and claim quotes in latest versions matching every query term.

        Rows hold ``kind`` ("version" or "claim"), ``doc``, ``version``, ``claim_id`` (the
        claim's stable id; None for a document hit), ``title`` and ``snippet`` (hits in
        [brackets]), best first. A term ending in ``*`` matches as a prefix.

        Both backends use a full-text index and take the query as words, never as query
        syntax: SQLite its FTS5 table (each term quoted), PostgreSQL the GIN indexes of
        migration 5 (``plainto_tsquery``, and ``to_tsquery`` built from word characters
        for prefixes). Words are lower-cased but not stemmed on either. SQLite also folds
        diacritics (``cafe`` finds ``café``); PostgreSQL's ``simple`` configuration does not.
        """
        if self._fts:
            fts = _fts_query(query)
            if not fts:
                return []
            stmt = text(
                f"SELECT {FTS_TABLE}.kind AS kind, {FTS_TABLE}.doc_id AS doc, "
                "v.version AS version, c.claim_id AS claim_id, v.title AS title, "
                f"snippet({FTS_TABLE}, 0, '[', ']', '…', 12) AS snippet "
                f"FROM {FTS_TABLE} "
                f"JOIN versions v ON v.id = {FTS_TABLE}.version_id "
                f"LEFT JOIN claims c ON c.id = {FTS_TABLE}.claim_id "
                "JOIN documents d ON d.doc_id = v.doc_id AND d.latest_version = v.version "
                f"WHERE {FTS_TABLE} MATCH :q ORDER BY rank LIMIT :limit"
            )
            with self._read() as conn:
                return [dict(r) for r in conn.execute(stmt, {"q": fts, "limit": limit}).mappings()]

        built = _pg_query(query)
        if built is None:
            return []
        tsquery, params = built
        stmt = text(_PG_SEARCH.format(q=tsquery))
        with self._read() as conn:
            rows = conn.execute(stmt, {**params, "limit": limit, "headline": _PG_HEADLINE})
            return [dict(r) for r in rows.mappings()]


__all__ = ["AddOutcome", "Store", "to_url"]
