"""Reads behind the document page: versions, numbers left out, removed lines, and what
arrived since a given time (the overview's "since your last visit").

Every read is bounded by one document (its versions, their claims, what extraction and
cleaning set aside) or by an explicit ``limit``, so a page costs the same on a store of
twenty documents or twenty thousand.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select

from claimtrack.store.access import StoreAccess
from claimtrack.store.schema import claims, documents, left_out, removed_lines, versions

Row = dict[str, Any]


class DocumentReads(StoreAccess):
    """What the document page shows beside a document's claims."""

    def versions_of(self, doc_id: str) -> list[Row]:
        """Every stored version of ``doc_id``, oldest first: its metadata (not its text)
        and how many claims, numbers left out and removed lines it has. ``[]`` when the
        document is unknown."""
        n_claims = (
            select(func.count())
            .where(claims.c.version_id == versions.c.id)
            .scalar_subquery()
            .label("claims")
        )
        n_left = (
            select(func.count())
            .where(left_out.c.version_id == versions.c.id)
            .scalar_subquery()
            .label("left_out")
        )
        n_removed = (
            select(func.count())
            .where(removed_lines.c.version_id == versions.c.id)
            .scalar_subquery()
            .label("removed")
        )
        stmt = (
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
                n_claims,
                n_left,
                n_removed,
            )
            .where(versions.c.doc_id == doc_id)
            .order_by(versions.c.version)
        )
        with self._read() as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]

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
        return self._set_aside(left_out, version_id)

    def removed_of(self, version_id: int) -> list[Row]:
        """Lines cleaning took out of this version, with the reason, in order; offsets are
        in the text before cleaning, so they cannot be placed in the cleaned text."""
        return self._set_aside(removed_lines, version_id)

    def _set_aside(self, table: Any, version_id: int) -> list[Row]:
        stmt = (
            select(table.c.start, table.c.end, table.c.text, table.c.reason)
            .where(table.c.version_id == version_id)
            .order_by(table.c.start, table.c.end, table.c.id)
        )
        with self._read() as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]

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
        ``since`` kept. No filter on the unindexed time column, so the read never walks
        the rest of the table (whose rows carry the whole text), even when nothing is new.
        """
        stmt = (
            select(
                versions.c.id,
                versions.c.doc_id.label("doc"),
                versions.c.version,
                versions.c.title,
                versions.c.published,
                versions.c.ingested_at,
            )
            .order_by(versions.c.id.desc())
            .limit(limit + 1)
        )
        with self._read() as conn:
            rows = [dict(r) for r in conn.execute(stmt).mappings() if r.ingested_at > since]
            ids = [r["id"] for r in rows]
            counts: dict[int, int] = {}
            if ids:
                counts.update(
                    (r[0], int(r[1]))
                    for r in conn.execute(
                        select(claims.c.version_id, func.count())
                        .where(claims.c.version_id.in_(ids))
                        .group_by(claims.c.version_id)
                    )
                )
        for r in rows:
            r["claims"] = counts.get(r["id"], 0)
        return rows
