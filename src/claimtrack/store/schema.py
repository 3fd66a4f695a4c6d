"""Table definitions for the claim store, written in portable SQLAlchemy Core.

Only types every backend has are used (text timestamps, JSON kept as text) so the
same schema runs on SQLite and PostgreSQL without per-dialect branches.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeEngine

from claimtrack.records import CLAIM_COLUMNS, Claim

#: Bump together with a new entry in ``migrations.MIGRATIONS``.
SCHEMA_VERSION = 8

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(512), nullable=False, unique=True),
    Column("url", Text),
    Column("outlet", Text),
    Column("first_seen", String(40), nullable=False),
    Column("latest_version", Integer, nullable=False),
)

versions = Table(
    "versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(512), ForeignKey("documents.doc_id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("title", Text),
    Column("published", String(40)),
    Column("language", String(16)),
    Column("truncated", Boolean, nullable=False, default=False),
    Column("location", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),
    # MinHash signature of ``text`` (see ``claimtrack.resolve.duplicates``) as its
    # integers in decimal joined by "," (``encode_fingerprint``); NULL for versions
    # stored before schema version 3, which ``Store.texts`` lets a caller fill in.
    Column("fingerprint", Text),
    # How the source bytes were decoded ("utf-8", "utf-16", "cp1252", ...); NULL before v4.
    Column("encoding", String(40)),
    # When the version was fetched from its URL (``claimtrack fetch``); NULL for files.
    Column("fetched_at", String(40)),
    UniqueConstraint("doc_id", "content_hash", name="uq_versions_doc_hash"),
    UniqueConstraint("doc_id", "version", name="uq_versions_doc_version"),
)

removed_lines = Table(
    "removed_lines",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("version_id", Integer, ForeignKey("versions.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("reason", String(64), nullable=False),
)


def _column_type(hint: Any) -> tuple[TypeEngine[Any], bool]:
    """The column type of a field's annotation and whether it may be NULL: a list is
    kept as JSON text, a ``Literal`` as a string as long as its longest value (16 at least)."""
    args = get_args(hint)
    optional = get_origin(hint) in (Union, UnionType) and type(None) in args
    if optional:
        hint = next(a for a in args if a is not type(None))
    if get_origin(hint) is Literal:
        return String(max(16, *(len(str(v)) for v in get_args(hint)))), optional
    simple: dict[Any, TypeEngine[Any]] = {bool: Boolean(), int: Integer(), float: Float()}
    return simple.get(hint, Text()), optional


def _claim_columns() -> list[Column[Any]]:
    """The ``claims`` columns of a claim's own fields (``records.CLAIM_COLUMNS``), typed
    from ``records.Claim``'s annotations: a field added to the record is a column of a
    new store, a value of every row the store writes and a field of every read and
    export, with no second list to keep in step. Older stores get new columns from
    ``migrations.MIGRATIONS`` (where they are NULL for the claims stored before, which
    readers take as the record's default)."""
    hints = get_type_hints(Claim)
    defaults = {f.name: f for f in fields(Claim)}
    out: list[Column[Any]] = []
    for name in CLAIM_COLUMNS:
        if name == "doc_id":  # denormalised from versions, sized like documents.doc_id
            out.append(Column("doc_id", String(512), nullable=False))
            continue
        type_, nullable = _column_type(hints[name])
        f = defaults[name]
        if f.default_factory is not MISSING:  # a list: JSON text, empty by default
            default: Any = "[]"
        else:
            default = None if f.default is MISSING else f.default
        # NOT NULL only where the record requires a value: a field with a default may be
        # missing from rows of older stores, which gained its column later (``kind``)
        required = f.default is MISSING and f.default_factory is MISSING
        out.append(Column(name, type_, nullable=nullable or not required, default=default))
    return out


claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("version_id", Integer, ForeignKey("versions.id", ondelete="CASCADE"), nullable=False),
    # A claim's own fields, one column each, derived from ``records.Claim``.
    *_claim_columns(),
    # Stable id derived from the claim's content (``store.identity.claim_ids``), so the
    # same documents give the same ids in any ingest order; the integer ``id`` is internal.
    Column("claim_id", String(40)),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(512), nullable=False, unique=True),
    Column("type", String(64)),
    Column("side", String(64)),
    Column("first_seen", String(40), nullable=False),
)

ingest_errors = Table(
    "ingest_errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(512), nullable=False),
    Column("location", Text, nullable=False),
    Column("reason", String(64), nullable=False),
    Column("message", Text, nullable=False),
    Column("at", String(40), nullable=False),
)

left_out = Table(
    "left_out",
    metadata,
    # Numbers extraction read and did not keep, with the reason: the document page shows
    # them so an analyst can see what the machine skipped (schema version 6).
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("version_id", Integer, ForeignKey("versions.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("reason", String(64), nullable=False),
)

reviews = Table(
    "reviews",
    metadata,
    # An analyst's judgement of one claim, kept beside the machine's row and never
    # written over it (schema version 6). ``claim_id`` is the claim it applies to now: a
    # new version of the document moves it to the same figure there (``store.review``);
    # ``first_claim_id`` is the claim it was made on. Undo sets ``undone_at``.
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", String(40), nullable=False),
    Column("first_claim_id", String(40), nullable=False),
    Column("doc_id", String(512), nullable=False),
    Column("action", String(16), nullable=False),  # confirm, reject, correct
    Column("changes", Text, nullable=False, default="{}"),  # JSON: field -> reviewed value
    Column("quote", Text, nullable=False),  # the claim's quote, to find it in a new version
    Column("figure", Float),  # the claim's figure (``records.figure_of``), likewise
    Column("note", Text),
    Column("reviewer", String(128), nullable=False),
    Column("at", String(40), nullable=False),
    Column("undone_at", String(40)),
    Column("undone_by", String(128)),
)

origin_reviews = Table(
    "origin_reviews",
    metadata,
    # An analyst's judgement of an origin (schema version 6): ``merge`` ``name`` into
    # ``target``; ``split`` ``name`` off whatever it was merged with; ``set`` its type
    # and side. Applied in order of ``id``; undo sets ``undone_at``.
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(16), nullable=False),
    Column("name", String(512), nullable=False),
    Column("target", String(512)),
    Column("type", String(64)),
    Column("side", String(64)),
    Column("note", Text),
    Column("reviewer", String(128), nullable=False),
    Column("at", String(40), nullable=False),
    Column("undone_at", String(40)),
    Column("undone_by", String(128)),
)

watch_feeds = Table(
    "watch_feeds",
    metadata,
    # What ``claimtrack watch`` follows (schema version 6): a feed or page URL with the
    # validators of its last answer and the outcome of its last round.
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", String(2048), nullable=False, unique=True),
    Column("kind", String(16), nullable=False, default="auto"),  # feed, page, auto
    Column("added_at", String(40), nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_checked", String(40)),
    Column("last_status", Integer),
    Column("last_error", Text),
    Column("last_new", Integer),
)

watch_items = Table(
    "watch_items",
    metadata,
    # Each article a watched feed listed, with the validators of its page, so a second
    # round asks conditionally and re-reads nothing unchanged.
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("feed_id", Integer, ForeignKey("watch_feeds.id", ondelete="CASCADE"), nullable=False),
    Column("url", String(2048), nullable=False),
    Column("doc_id", String(512)),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("first_seen", String(40), nullable=False),
    Column("last_checked", String(40)),
    Column("last_error", Text),
    # A hash of the feed entry as last read (link, id, title, dates, summary): an entry
    # unchanged since its page was read is not requested again (``claimtrack.watch``).
    Column("entry_hash", String(64)),
    UniqueConstraint("feed_id", "url", name="uq_watch_items_feed_url"),
)

ingest_jobs = Table(
    "ingest_jobs",
    metadata,
    # The web app's ingest jobs (schema version 8), kept so that the list of what was
    # added, with each job's per-document outcomes and errors, survives a restart.
    Column("id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("state", String(16), nullable=False),
    Column("created", String(40), nullable=False),
    Column("finished", String(40)),
    Column("record", Text, nullable=False),  # the job as the API shows it, as JSON
)

Index("ix_claims_measure", claims.c.measure)
Index("ix_claims_doc_id", claims.c.doc_id)
Index("ix_claims_claim_id", claims.c.claim_id)
Index("ix_claims_version_id", claims.c.version_id)
Index("ix_versions_doc_id", versions.c.doc_id)
Index("ix_mentions_claim_id", mentions.c.claim_id)
Index("ix_removed_lines_version_id", removed_lines.c.version_id)
Index("ix_left_out_version_id", left_out.c.version_id)
Index("ix_reviews_claim_id", reviews.c.claim_id)
Index("ix_ingest_jobs_created", ingest_jobs.c.created)
Index("ix_reviews_doc_id", reviews.c.doc_id)
Index("ix_origin_reviews_name", origin_reviews.c.name)

#: SQLite-only FTS5 index over version text and claim quotes; kept in step by ``Store.add``.
FTS_TABLE = "search_fts"

#: PostgreSQL's full-text indexes (migration 5): GIN on ``to_tsvector('simple', text)`` of
#: versions and ``to_tsvector('simple', quote)`` of claims. They index expressions, so
#: PostgreSQL keeps them in step itself; ``Store.search`` must use the same expressions.
PG_SEARCH_INDEXES = ("ix_versions_text_search", "ix_claims_quote_search")


def encode_fingerprint(signature: list[int] | None) -> str | None:
    """A fingerprint as stored: its integers in decimal joined by ``","``; ``None`` stays NULL."""
    if signature is None:
        return None
    return ",".join(str(int(v)) for v in signature)


def decode_fingerprint(stored: str | None) -> list[int] | None:
    """The inverse of ``encode_fingerprint``: NULL is ``None``, ``""`` an empty signature."""
    if stored is None:
        return None
    return [int(v) for v in stored.split(",")] if stored else []
