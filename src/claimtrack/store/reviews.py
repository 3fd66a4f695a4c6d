"""Reviews: an analyst's judgement of claims and origins, kept beside the machine's.

Rows are only ever added: a review never writes over a claim, and undo marks a review
undone instead of deleting it, so the history of who decided what stays readable. The
one field that moves is ``reviews.claim_id``: when a new version of a document is stored,
``reanchor`` points each review at the same figure in the new version.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, exists, func, or_, select

from claimtrack.errors import already_undone, unknown_claim, unknown_review
from claimtrack.records import figure_of
from claimtrack.review.apply import (
    OriginMap,
    Verdict,
    apply_origins,
    apply_verdict,
    find_again,
    origin_map,
    verdict,
)
from claimtrack.review.model import ClaimReview, ClaimReviewIn, OriginReview, OriginReviewIn
from claimtrack.store.access import StoreAccess
from claimtrack.store.schema import claims, origin_reviews, reviews, sources

_IN_CHUNK = 500


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _claim_review(row: Any) -> ClaimReview:
    data = dict(row._mapping)
    data["doc"] = data.pop("doc_id")
    data["changes"] = json.loads(data["changes"] or "{}")
    for kept_for_matching in ("quote", "figure"):  # the store's, not the record's
        del data[kept_for_matching]
    return ClaimReview.model_validate(data)


def _origin_review(row: Any) -> OriginReview:
    return OriginReview.model_validate(dict(row._mapping))


_ANY_ACTIVE = select(
    or_(
        exists().where(reviews.c.undone_at.is_(None)),
        exists().where(origin_reviews.c.undone_at.is_(None)),
    )
)


def reviews_active(conn: Connection) -> bool:
    """Whether any review is active, asked in ``conn``'s transaction. The statement is
    built once: building it cost as much as a document's claims (the document page and
    the claims API ask on every request)."""
    return bool(conn.execute(_ANY_ACTIVE).scalar())


class Reviews(StoreAccess):
    """Confirm, reject or correct claims; merge, split and describe origins; undo."""

    # -- claims ----------------------------------------------------------------------

    def review_claim(self, claim_id: str, review: ClaimReviewIn) -> ClaimReview:
        """Record ``review`` of the claim ``claim_id``; raises ``NotFoundError`` for an
        unknown claim."""
        with self._write() as conn:
            claim = conn.execute(
                select(claims.c.doc_id, claims.c.quote, claims.c.value, claims.c.low, claims.c.high)
                .where(claims.c.claim_id == claim_id)
                .order_by(claims.c.id.desc())
                .limit(1)
            ).first()
            if claim is None:
                raise unknown_claim(claim_id)
            new_id = conn.execute(
                reviews.insert()
                .values(
                    claim_id=claim_id,
                    first_claim_id=claim_id,
                    doc_id=claim.doc_id,
                    action=review.action,
                    changes=json.dumps(review.changes.changes(), ensure_ascii=False),
                    quote=claim.quote,
                    figure=figure_of(claim.value, claim.low, claim.high),
                    note=review.note,
                    reviewer=review.reviewer,
                    at=_now(),
                )
                .returning(reviews.c.id)
            ).scalar_one()
            return _claim_review(conn.execute(select(reviews).where(reviews.c.id == new_id)).one())

    def undo_claim_review(self, review_id: int, by: str) -> ClaimReview:
        """Mark a claim review undone (it stays in the history); the claim shows what its
        other active reviews, or the machine, say."""
        return _claim_review(self._undo(reviews, review_id, by, "claim"))

    def claim_reviews(
        self,
        claim_id: str | None = None,
        doc_id: str | None = None,
        include_undone: bool = True,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ClaimReview]:
        """Claim reviews, newest first."""
        stmt = select(reviews).order_by(reviews.c.id.desc())
        if claim_id is not None:
            stmt = stmt.where(
                or_(reviews.c.claim_id == claim_id, reviews.c.first_claim_id == claim_id)
            )
        if doc_id is not None:
            stmt = stmt.where(reviews.c.doc_id == doc_id)
        if not include_undone:
            stmt = stmt.where(reviews.c.undone_at.is_(None))
        if limit is not None or offset:
            stmt = stmt.limit(limit).offset(offset or None)
        with self._read() as conn:
            return [_claim_review(r) for r in conn.execute(stmt)]

    def count_claim_reviews(self) -> int:
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(reviews)).scalar_one())

    def verdicts(self, claim_ids: Sequence[str] | None = None) -> dict[str, Verdict]:
        """What the active reviews of each claim add up to (all claims when ``None``)."""
        stmt = select(reviews).where(reviews.c.undone_at.is_(None))
        by_claim: dict[str, list[ClaimReview]] = {}
        with self._read() as conn:
            if claim_ids is None:
                found: Iterable[Any] = conn.execute(stmt)
            else:
                ids = sorted(set(claim_ids))
                found = [
                    r
                    for i in range(0, len(ids), _IN_CHUNK)
                    for r in conn.execute(
                        stmt.where(reviews.c.claim_id.in_(ids[i : i + _IN_CHUNK]))
                    )
                ]
            for r in found:
                by_claim.setdefault(r.claim_id, []).append(_claim_review(r))
        return {cid: v for cid, rs in by_claim.items() if (v := verdict(rs)) is not None}

    # -- origins ---------------------------------------------------------------------

    def review_origin(self, review: OriginReviewIn) -> OriginReview:
        """Record a merge, split or description of an origin."""
        with self._write() as conn:
            new_id = conn.execute(
                origin_reviews.insert()
                .values(
                    action=review.action,
                    name=review.name.strip(),
                    target=review.target.strip() if review.target else None,
                    type=review.type,
                    side=review.side,
                    note=review.note,
                    reviewer=review.reviewer,
                    at=_now(),
                )
                .returning(origin_reviews.c.id)
            ).scalar_one()
            row = conn.execute(select(origin_reviews).where(origin_reviews.c.id == new_id)).one()
            return _origin_review(row)

    def undo_origin_review(self, review_id: int, by: str) -> OriginReview:
        return _origin_review(self._undo(origin_reviews, review_id, by, "origin"))

    def origin_reviews(self, include_undone: bool = True) -> list[OriginReview]:
        """Origin reviews, newest first."""
        stmt = select(origin_reviews).order_by(origin_reviews.c.id.desc())
        if not include_undone:
            stmt = stmt.where(origin_reviews.c.undone_at.is_(None))
        with self._read() as conn:
            return [_origin_review(r) for r in conn.execute(stmt)]

    def source_names(self, limit: int = 5000) -> list[str]:
        """Every source and via name claims have used (the names a merge can take)."""
        with self._read() as conn:
            found = conn.execute(select(sources.c.name).order_by(sources.c.name).limit(limit))
            return [str(n) for n in found.scalars()]

    def origin_map(self) -> OriginMap:
        """The active origin reviews, folded: merges, splits and descriptions."""
        return origin_map(self.origin_reviews(include_undone=False))

    # -- applying --------------------------------------------------------------------

    def has_reviews(self) -> bool:
        """Whether any review is active: readers skip applying them when none is."""
        with self._read() as conn:
            return reviews_active(conn)

    def apply_reviews(
        self, rows: list[dict[str, Any]], active: bool | None = None
    ) -> list[dict[str, Any]]:
        """Claim rows (``Store.claims``) with reviewed values in place, the machine's in
        ``machine`` and the review in ``review``. ``active``: ``has_reviews()`` when the
        caller already asked it (in the transaction that read the rows)."""
        if active is None:
            active = bool(rows) and self.has_reviews()
        if not rows or not active:
            for r in rows:
                r["machine"], r["review"] = {}, None
            return rows
        found = self.verdicts([str(r["claim_id"]) for r in rows])
        origins = self.origin_map()
        for r in rows:
            apply_verdict(r, found.get(str(r["claim_id"])))
            apply_origins(r, origins)
        return rows

    def review_stamp(self) -> tuple[int, int, int, int]:
        """Changes when a review is added or undone: part of what tells a cached
        cross-check it is out of date."""
        with self._read() as conn:
            a = conn.execute(
                select(func.coalesce(func.max(reviews.c.id), 0), func.count(reviews.c.undone_at))
            ).one()
            b = conn.execute(
                select(
                    func.coalesce(func.max(origin_reviews.c.id), 0),
                    func.count(origin_reviews.c.undone_at),
                )
            ).one()
        return int(a[0]), int(a[1]), int(b[0]), int(b[1])

    # -- plumbing --------------------------------------------------------------------

    def _undo(self, table: Any, review_id: int, by: str, what: str) -> Any:
        with self._write() as conn:
            row = conn.execute(select(table).where(table.c.id == review_id)).first()
            if row is None:
                raise unknown_review(review_id, what)
            if row.undone_at is not None:
                raise already_undone(review_id, row.undone_at)
            conn.execute(
                table.update().where(table.c.id == review_id).values(undone_at=_now(), undone_by=by)
            )
            return conn.execute(select(table).where(table.c.id == review_id)).one()


def reanchor(conn: Connection, doc_id: str, new_claims: list[dict[str, Any]]) -> int:
    """Point the active reviews of ``doc_id`` at the same claims in its new version
    (``new_claims``: rows with ``claim_id``, ``quote``, ``value``, ``low``, ``high``): the
    same figure in an overlapping quote. A review whose claim is gone keeps its old
    anchor and shows again if a later version brings the claim back. Returns how many
    moved. Runs inside the transaction that stores the version."""
    current = {str(c["claim_id"]) for c in new_claims}
    moved = 0
    for r in conn.execute(
        select(reviews.c.id, reviews.c.claim_id, reviews.c.quote, reviews.c.figure).where(
            reviews.c.doc_id == doc_id, reviews.c.undone_at.is_(None)
        )
    ).all():
        if r.claim_id in current:
            continue
        found = find_again(r.quote, r.figure, new_claims)
        if found is not None:
            conn.execute(reviews.update().where(reviews.c.id == r.id).values(claim_id=found))
            moved += 1
    return moved
