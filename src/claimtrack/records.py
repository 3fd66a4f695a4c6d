"""Plain typed records that flow one way through the pipeline.

Each stage takes the previous stage's record and returns its own, so every stage
can be used and tested alone: ingest -> ``SourceDocument``; clean ->
``CleanDocument``; extract -> ``Claim`` (with its ``Mention``s); store keeps them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Literal

DocKind = Literal["text", "markdown", "html"]
Status = Literal["reported", "pledged", "planned", "rumoured"]
Certainty = Literal["confirmed", "asserted", "hedged"]
#: What a figure is: a stock or running ``total``; a ``rate`` per day, month or year; a
#: ``share`` of something; a ``change`` ("3,000 more"); a ``limit`` (cap, capacity,
#: target); a ``subset`` of another figure ("of whom"). Only like kinds are compared.
ClaimKind = Literal["total", "rate", "share", "change", "limit", "subset"]


def content_hash(text: str) -> str:
    """Hash of the content as read; equal hashes mean re-ingesting changes nothing."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_id(hash_hex: str) -> str:
    """The id of a document known only by its content (a JSONL line without ``id`` or
    ``url``, standard input): stable wherever the text sits, never a line number."""
    return f"sha256:{hash_hex[:16]}"


def published_date(published: str | None) -> date | None:
    """A stored published date ("2025-03-05", or a longer ISO timestamp) as a date."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def figure_of(value: float | None, low: float | None, high: float | None) -> float | None:
    """The one number to compare figures by: the value, else the low bound, else the high
    (the scorer's rule too)."""
    for v in (value, low, high):
        if v is not None:
            return v
    return None


@dataclass(frozen=True)
class SourceDocument:
    """A document as read, before any cleaning: text or HTML plus what the caller knew."""

    doc_id: str
    content: str
    kind: DocKind = "text"
    location: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date when known from the caller or the file
    outlet: str | None = None
    encoding: str | None = None  # how the bytes were decoded ("utf-8", "cp1252", ...)
    fetched_at: str | None = None  # ISO timestamp when read from a URL

    @property
    def content_hash(self) -> str:
        return content_hash(self.content)


@dataclass(frozen=True)
class IngestFailure:
    """A document that could not be read; it is reported and recorded, never fatal."""

    doc_id: str
    location: str
    reason: str  # short machine-readable code: binary, empty, too_large, encoding, html, unreadable, ...
    message: str  # one line a user can act on


@dataclass(frozen=True)
class RemovedLine:
    """Text the cleaner took out, kept with its reason so nothing is dropped silently."""

    start: int  # offsets in the text before cleaning
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class LeftOut:
    """A number extraction read and did not keep as a claim, with the reason (a
    designation, a calibre, a date, no unit, ...): shown on the document page."""

    start: int  # offsets in the cleaned text
    end: int
    text: str
    reason: str


@dataclass
class CleanDocument:
    """The readable article text that extraction runs on, plus its metadata."""

    doc_id: str
    text: str
    content_hash: str
    title: str | None = None
    published: str | None = None  # ISO date
    url: str | None = None
    outlet: str | None = None
    language: str | None = None  # ISO 639-1
    truncated: bool = False  # a paywall notice shows the text is partial
    removed: list[RemovedLine] = field(default_factory=list)
    location: str | None = None
    #: MinHash signature of the text, for near-duplicate detection; computed by the pipeline.
    fingerprint: list[int] | None = None
    encoding: str | None = None  # of the source bytes, carried over by ingest
    fetched_at: str | None = None  # when fetched from its URL, carried over by ingest
    #: An HTML page too large for trafilatura, read by the streaming reader (``clean.html``).
    large_page: bool = False
    #: Set by extraction when the document held more claims than it keeps: the cap it kept.
    claims_capped: int | None = None
    #: Set by extraction: numbers it read and left out, with why (at most ``MAX_REJECTED``).
    left_out: list[LeftOut] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    """One place in the cleaned text where a claim's figure appears."""

    start: int  # offsets of the figure phrase in CleanDocument.text
    end: int
    text: str
    sentence_start: int
    sentence_end: int


@dataclass
class Claim:
    """A figure a document reports, with its evidence, bounds, provenance and time."""

    doc_id: str
    quote: str  # the sentence holding the figure, exactly as in the cleaned text
    start: int  # offsets of ``quote`` in the cleaned text
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    vague: bool = False
    unit: str | None = None
    measure: str = "other"
    kind: ClaimKind = "total"
    #: What happened to the counted thing, as a verb's lemma ("launch", "examine", "kill or
    #: wound"); None when no verb says. Figures of different predicates never conflict.
    predicate: str | None = None
    subject: str | None = None
    source: str | None = None
    via: list[str] = field(default_factory=list)
    certainty: Certainty = "asserted"
    status: Status = "reported"
    as_of: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def figure(self) -> float | None:
        return figure_of(self.value, self.low, self.high)


#: A stored claim's id: the store's content-derived ``claim_id`` (rows handed to the
#: cross-check without one may use integers). Only compared for equality.
ClaimId = int | str


@dataclass
class StoredClaim(Claim):
    """A claim as the store gives it back: the extractor's fields, its stable id, its
    document's context and, when an analyst reviewed it, the review's state.

    The one record every later stage reads: the cross-check's ``CheckedClaim`` extends it,
    and the store's columns, its rows, the export and the report's fields are all derived
    from these fields (``CLAIM_COLUMNS``, ``STORED_FIELDS``), never listed again."""

    claim_id: ClaimId = ""
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    #: "confirmed" or "corrected" when a review applies (rejected claims are not read
    #: back as figures), None when unreviewed.
    reviewed: str | None = None

    @property
    def id(self) -> ClaimId:
        """The claim's id, as pages, exports and the API name it."""
        return self.claim_id

    @property
    def doc(self) -> str:
        """The document's id, as pages, exports and the API name it."""
        return self.doc_id


def _names(cls: type, leave_out: tuple[str, ...] = ()) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name not in leave_out)


#: A claim's own fields as the store keeps them in columns of its ``claims`` table, in
#: ``Claim``'s order: every field but its mentions, which are rows of their own.
CLAIM_COLUMNS: tuple[str, ...] = _names(Claim, ("mentions",))
#: A stored claim's fields read back in bulk (the cross-check's read): the claim's
#: columns, then its id, document context and review state; mentions are not read.
STORED_FIELDS: tuple[str, ...] = _names(StoredClaim, ("mentions",))
