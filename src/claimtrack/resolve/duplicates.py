"""Near-duplicate documents (syndicated copies of one wire story), by MinHash.

A fingerprint is computed once at ingest and stored, so the cross-check only has to
bucket fingerprints with LSH, which stays fast for tens of thousands of documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE_WORDS = 3
_SCHEME = MinHash(num_perm=NUM_PERM).scheme
_WORD = re.compile(r"\w+", re.UNICODE)


def fingerprint(text: str) -> list[int]:
    """MinHash signature of the text's 3-word shingles (words lower-cased)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        shingles = [" ".join(words).encode()] if words else [b""]
    else:
        shingles = [
            " ".join(words[i : i + SHINGLE_WORDS]).encode()
            for i in range(len(words) - SHINGLE_WORDS + 1)
        ]
    m = MinHash(num_perm=NUM_PERM)
    m.update_batch(shingles)
    return [int(v) for v in m.hashvalues]


@dataclass(frozen=True)
class Fingerprinted:
    doc_id: str
    order: str  # sorts the original first: the published date, else when first seen
    signature: list[int]


def near_duplicates(docs: Iterable[Fingerprinted], threshold: float = 0.7) -> dict[str, str]:
    """Map each copy's doc id to the doc id of the earliest document it copies."""
    items = sorted(docs, key=lambda d: (d.order, d.doc_id))
    rank = {d.doc_id: i for i, d in enumerate(items)}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    copies: dict[str, str] = {}
    for d in items:
        if len(d.signature) != NUM_PERM or d.doc_id in copies:
            continue
        sig = LeanMinHash(seed=1, hashvalues=np.array(d.signature, dtype=np.uint64), scheme=_SCHEME)
        earlier = [k for k in lsh.query(sig) if k not in copies]
        if earlier:
            copies[d.doc_id] = min(earlier, key=rank.__getitem__)
        else:
            lsh.insert(d.doc_id, sig)
    return copies
