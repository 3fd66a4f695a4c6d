"""Reads behind the document page: versions, numbers left out, removed lines, and what
arrived since a given time (the overview's "since your last visit").

Every read is bounded by one document (its versions, their claims, what extraction and
cleaning set aside) or by an explicit ``limit``, so a page costs the same on a store of
twenty documents or twenty thousand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, bindparam, func, select, text

from claimtrack.store.access import StoreAccess
from claimtrack.store.schema import (
    FTS_TABLE,
    claims,
    documents,
    left_out,
    removed_lines,
    versions,
)

Row = dict[str, Any]

#: On SQLite, a page's search ranks at most this many matches, the newest (see
#: ``search_newest``): FTS5 scores every match before its LIMIT, 0.3 s for 43,000, and
#: about 5 microseconds a match at any count, so 1,000 cost a search page 5 ms of CPU
#: against 10 for 2,000 (20 pages of results; a second word reaches older ones).
RANKED = 1000

#: The newest ``RANKED`` matches of the search page: the ``rowid`` of the last of them,
#: so the ranked query below can bound its matches by a rowid range, which FTS5 applies
#: inside the index instead of scoring every match first.
_FTS_CUT = (
    f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q "
    "ORDER BY rowid DESC LIMIT 1 OFFSET :skip"
)
_FTS_RANKED = (
    f"SELECT {FTS_TABLE}.kind AS kind, {FTS_TABLE}.doc_id AS doc, "
    "v.version AS version, c.claim_id AS claim_id, v.title AS title, "
    f"snippet({FTS_TABLE}, 0, '[', ']', '…', 12) AS snippet "
    f"FROM {FTS_TABLE} "
    f"JOIN versions v ON v.id = {FTS_TABLE}.version_id "
    f"LEFT JOIN claims c ON c.id = {FTS_TABLE}.claim_id "
    "JOIN documents d ON d.doc_id = v.doc_id AND d.latest_version = v.version "
    f"WHERE {FTS_TABLE} MATCH :q AND {FTS_TABLE}.rowid >= :cut "
    "ORDER BY rank LIMIT :limit OFFSET :offset"
)


def _count(table: Any, label: str) -> Any:
    return (
        select(func.count())
        .where(table.c.version_id == versions.c.id)
        .scalar_subquery()
        .label(label)
    )


def _set_aside(table: Any) -> Any:
    return (
        select(table.c.start, table.c.end, table.c.text, table.c.reason)
        .where(table.c.version_id == bindparam("version_id"))
        .order_by(table.c.start, table.c.end, table.c.id)
    )


# The document page's statements, built once with bound parameters: building a SELECT in
# SQLAlchemy costs more Python than SQLite spends running these (a few ms a page).
_VERSIONS = (
    select(
        versions.c.id,
        versions.c.version,
        versions.c.title,
        versions.c.published,
        versions.c.language,
        versions.c.truncated,
        versions.c.ingested_at,
        versions.c.fetched_at,
        versions.c.content_hash,
        _count(claims, "claims"),
        _count(left_out, "left_out"),
        _count(removed_lines, "removed"),
    )
    .where(versions.c.doc_id == bindparam("doc_id"))
    .order_by(versions.c.version)
)
_DOCUMENT = select(
    documents.c.doc_id.label("doc"),
    documents.c.url,
    documents.c.outlet,
    documents.c.first_seen,
    documents.c.latest_version,
).where(documents.c.doc_id == bindparam("doc_id"))
_TEXT = select(versions.c.text).where(versions.c.id == bindparam("id"))
_LATEST = versions.alias("latest")
#: ``Store.documents()``'s rows: each document with its latest version's metadata and its
#: version and claim counts, by id. Paged below, the counts are read for the page's rows only.
DOCUMENT_ROWS = (
    select(
        documents.c.doc_id.label("doc"),
        documents.c.url,
        documents.c.outlet,
        documents.c.first_seen,
        documents.c.latest_version,
        _LATEST.c.title,
        _LATEST.c.published,
        _LATEST.c.language,
        _LATEST.c.truncated,
        _LATEST.c.location,
        _LATEST.c.encoding,
        _LATEST.c.fetched_at,
        select(func.count())
        .where(versions.c.doc_id == documents.c.doc_id)
        .scalar_subquery()
        .label("versions"),
        select(func.count())
        .where(claims.c.version_id == _LATEST.c.id)
        .scalar_subquery()
        .label("claims"),
    )
    .select_from(
        documents.join(
            _LATEST,
            and_(
                _LATEST.c.doc_id == documents.c.doc_id,
                _LATEST.c.version == documents.c.latest_version,
            ),
        )
    )
    .order_by(documents.c.doc_id)
)
_DOCUMENTS_PAGE = DOCUMENT_ROWS.limit(bindparam("limit")).offset(bindparam("offset"))
_LEFT_OUT = _set_aside(left_out)
_REMOVED = _set_aside(removed_lines)


_NEWEST = (
    select(
        versions.c.id,
        versions.c.doc_id.label("doc"),
        versions.c.version,
        versions.c.title,
        versions.c.published,
        versions.c.ingested_at,
    )
    .order_by(versions.c.id.desc())
    .limit(bindparam("limit"))
    .subquery()
)
#: ``arrived_since``: of the newest versions, those ingested after ``since``.
_ARRIVED = (
    select(_NEWEST).where(_NEWEST.c.ingested_at > bindparam("since")).order_by(_NEWEST.c.id.desc())
)
_CLAIMS_PER_VERSION = (
    select(claims.c.version_id, func.count())
    .where(claims.c.version_id.in_(bindparam("ids", expanding=True)))
    .group_by(claims.c.version_id)
)


@dataclass
class DocumentPage:
    """One document as its page shows it (``DocumentReads.document_page``)."""

    document: Row  # doc, url, outlet, first_seen, latest_version
    versions: list[Row]  # rows of ``versions_of``
    number: int  # the version shown
    version: Row | None  # its row of ``versions``; None when there is no such version
    text: str | None
    left_out: list[Row]
    removed: list[Row]


class DocumentReads(StoreAccess):
    """What the document page shows beside a document's claims."""

    def search(self, query: str, limit: int = 50) -> list[Row]:
        """``Store.search`` (defined there; declared here for ``search_newest``)."""
        raise NotImplementedError

    def search_newest(self, query: str, limit: int = 50, offset: int = 0) -> tuple[list[Row], bool]:
        """``Store.search`` for the search page, bounded: the rows, and whether there were
        more matches than were ranked.

        On SQLite only the newest ``RANKED`` matches (text and quotes, newest stored last)
        are ranked, so a common word costs a few milliseconds instead of scoring tens of
        thousands of matches; an analyst adds a word to reach older ones. PostgreSQL
        runs ``Store.search`` as it is. ``offset`` skips that many of the best rows.
        """
        if self.dialect != "sqlite":
            return self.search(query, limit + offset)[offset:], False
        from claimtrack.store.store import _fts_query  # store.py imports this module

        fts = _fts_query(query)
        if not fts:
            return [], False
        with self._read() as conn:
            cut = conn.execute(text(_FTS_CUT), {"q": fts, "skip": RANKED - 1}).scalar()
            rows = conn.execute(
                text(_FTS_RANKED), {"q": fts, "cut": cut or 0, "limit": limit, "offset": offset}
            ).mappings()
            return [dict(r) for r in rows], cut is not None

    def versions_of(self, doc_id: str) -> list[Row]:
        """Every stored version of ``doc_id``, oldest first: its metadata (not its text)
        and how many claims, numbers left out and removed lines it has. ``[]`` when the
        document is unknown."""
        with self._read() as conn:
            return [dict(r) for r in conn.execute(_VERSIONS, {"doc_id": doc_id}).mappings()]

    def document_page(self, doc_id: str, version: int | None = None) -> DocumentPage | None:
        """What the document page shows of ``doc_id`` besides its claims, read in one
        transaction (so an ingest writing a new version meanwhile cannot tear it): the
        document, its versions, and of ``version`` (default the latest) its text, numbers
        left out and removed lines. None when the document is unknown; ``text`` is None
        when it has no such version."""
        with self._read() as conn:
            doc = conn.execute(_DOCUMENT, {"doc_id": doc_id}).mappings().first()
            if doc is None:
                return None
            history = [dict(r) for r in conn.execute(_VERSIONS, {"doc_id": doc_id}).mappings()]
            number = version or int(doc["latest_version"])
            shown = next((v for v in history if v["version"] == number), None)
            page = DocumentPage(dict(doc), history, number, shown, None, [], [])
            if shown is None:
                return page
            page.text = conn.execute(_TEXT, {"id": shown["id"]}).scalar()
            page.left_out = [
                dict(r) for r in conn.execute(_LEFT_OUT, {"version_id": shown["id"]}).mappings()
            ]
            page.removed = [
                dict(r) for r in conn.execute(_REMOVED, {"version_id": shown["id"]}).mappings()
            ]
        return page

    def documents_page(self, limit: int, offset: int = 0) -> tuple[list[Row], int]:
        """A page of ``Store.documents()`` (the same rows, in the same order) and how many
        documents there are: the documents list of a 20,000-document store costs a page,
        not 20,000 rows with two counts each."""
        with self._read() as conn:
            total = conn.execute(select(func.count()).select_from(documents)).scalar_one()
            found = conn.execute(_DOCUMENTS_PAGE, {"limit": limit, "offset": offset})
            return [dict(r) for r in found.mappings()], int(total)

    def version_text(self, doc_id: str, version: int) -> str | None:
        """The cleaned text of one version of ``doc_id``, or None if there is no such version."""
        stmt = select(versions.c.text).where(
            versions.c.doc_id == doc_id, versions.c.version == version
        )
        with self._read() as conn:
            found = conn.execute(stmt).scalar()
        return None if found is None else str(found)

    def left_out_of(self, version_id: int) -> list[Row]:
        """Numbers extraction read in this version and did not keep, with the reason, in
        text order; offsets are in the version's cleaned text."""
        with self._read() as conn:
            found = conn.execute(_LEFT_OUT, {"version_id": version_id}).mappings()
            return [dict(r) for r in found]

    def removed_of(self, version_id: int) -> list[Row]:
        """Lines cleaning took out of this version, with the reason, in order; offsets are
        in the text before cleaning, so they cannot be placed in the cleaned text."""
        with self._read() as conn:
            found = conn.execute(_REMOVED, {"version_id": version_id}).mappings()
            return [dict(r) for r in found]

    def document_languages(self) -> dict[str, str | None]:
        """Each document's language (of its latest version), for filtering claims by it."""
        stmt = select(documents.c.doc_id, versions.c.language).select_from(
            documents.join(
                versions,
                and_(
                    versions.c.doc_id == documents.c.doc_id,
                    versions.c.version == documents.c.latest_version,
                ),
            )
        )
        with self._read() as conn:
            return {r.doc_id: r.language for r in conn.execute(stmt)}

    def arrived_since(self, since: str, limit: int = 50) -> list[Row]:
        """Versions ingested after ``since`` (an ISO timestamp as the store writes them),
        newest first, at most ``limit`` plus one (so a caller can say "and more"), each
        with its document, title, version number, time and claim count.

        Version ids grow with every ingest, and so does ``ingested_at``: the newest
        ``limit + 1`` versions are read from the end of the primary key and those after
        ``since`` kept. The time is filtered outside that limit, so the read never walks
        the rest of the table (whose rows carry the whole text), even when nothing is new;
        and in SQL, so the overview (which asks on every request) gets only what is new.
        """
        with self._read() as conn:
            found = conn.execute(_ARRIVED, {"since": since, "limit": limit + 1}).mappings()
            rows = [dict(r) for r in found]
            counts: dict[int, int] = {}
            if rows:
                ids = [r["id"] for r in rows]
                counts.update(
                    (r[0], int(r[1])) for r in conn.execute(_CLAIMS_PER_VERSION, {"ids": ids})
                )
        for r in rows:
            r["claims"] = counts.get(r["id"], 0)
        return rows
