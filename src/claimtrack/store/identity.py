"""Stable identities: claim ids from content, and the upgrade of pre-v4 document ids.

A claim id is derived from what the claim is (its document, the exact content of the
version it was read from, and its place and figure), never from the order rows were
inserted, so the same documents ingested in any order get the same ids. A document id
used to be the file's stem (``report`` for ``a/report.txt``) or ``name:LINE`` for a JSONL
line; ``legacy_doc_id`` maps such an id to today's form where the stored location says
enough to do so.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import PurePath

from claimtrack.records import content_id

ClaimKey = tuple[object, ...]

_JSONL_LOCATION = re.compile(r"^(?P<path>.+\.(?:jsonl|ndjson)):(?P<line>\d+)$", re.IGNORECASE)


def claim_ids(doc_id: str, content_hash: str, keys: Sequence[ClaimKey]) -> list[str]:
    """One id per claim key (start, end, figure fields...), in the given order.

    Two claims with the same key in one version (possible only if extraction repeats
    itself) get an ordinal so ids stay unique.
    """
    seen: dict[str, int] = {}
    out = []
    for key in keys:
        raw = "\x1f".join([doc_id, content_hash, *("" if k is None else repr(k) for k in key)])
        digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]
        n = seen.get(digest, 0)
        seen[digest] = n + 1
        out.append(digest if n == 0 else f"{digest}-{n}")
    return out


def claim_key(
    start: int,
    end: int,
    value: float | None,
    low: float | None,
    high: float | None,
    unit: str | None,
    measure: str,
    status: str,
) -> ClaimKey:
    """The fields a claim id is made of; floats normalised so 4500 and 4500.0 agree."""

    def num(x: float | None) -> float | None:
        return None if x is None else float(x)

    return (int(start), int(end), num(value), num(low), num(high), unit, measure, status)


def legacy_doc_id(doc_id: str, location: str | None, content_hash: str | None) -> str | None:
    """Today's id for a document stored under a pre-v4 id, or None to keep it.

    ``report`` read from ``corpus/a/report.txt`` becomes ``a/report.txt`` (the file with
    its folder's name, as a folder ingest names it today); ``feed:12`` read from line 12
    of ``feed.jsonl`` becomes the content id its line would get today.
    """
    if not location:
        return None
    m = _JSONL_LOCATION.match(location)
    if m:
        if content_hash and doc_id == f"{PurePath(m['path']).stem}:{m['line']}":
            return content_id(content_hash)
        return None
    path = PurePath(location)
    if doc_id != path.stem or not path.suffix:
        return None
    parent = path.parent.name
    return f"{parent}/{path.name}" if parent else path.name


def renames(rows: Iterable[tuple[str, str | None, str | None]], taken: set[str]) -> dict[str, str]:
    """Old id -> new id for every legacy document whose new id is free."""
    out: dict[str, str] = {}
    for doc_id, location, content_hash in rows:
        new = legacy_doc_id(doc_id, location, content_hash)
        if new and new != doc_id and new not in taken:
            out[doc_id] = new
            taken.add(new)
    return out
