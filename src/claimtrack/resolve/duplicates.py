"""Near-duplicate documents (syndicated copies of one wire story), by MinHash.

A fingerprint is computed once at ingest and stored, so the cross-check only has to
bucket fingerprints with LSH, which stays fast for tens of thousands of documents.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import types
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 64
SHINGLE_WORDS = 3
#: A text up to this long (any news article) is fingerprinted from all its shingles. A
#: longer one keeps only the shingles whose CRC-32 is a multiple of a power of two chosen
#: from its length, about this many characters' worth: the sample is picked by content,
#: so two copies of one long text keep the same shingles and still look alike, while the
#: time and memory spent stay bounded (a 20 MB text held millions of shingles at once).
FULL_TEXT_CHARS = 200_000
_WORD = re.compile(r"\w+", re.UNICODE)


def fingerprint(text: str) -> list[int]:
    """MinHash signature of the text's 3-word shingles (words lower-cased)."""
    if len(text) > FULL_TEXT_CHARS:
        return _signature(_sampled_shingles(text, _sample_rate(len(text))) or [b""])
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        shingles = [" ".join(words).encode()] if words else [b""]
    else:
        shingles = [
            " ".join(words[i : i + SHINGLE_WORDS]).encode()
            for i in range(len(words) - SHINGLE_WORDS + 1)
        ]
    return _signature(shingles)


@lru_cache(maxsize=1)
def _template() -> MinHash:
    """An empty MinHash whose permutations every signature reuses: drawing them again from
    the seeded generator cost about 1 ms a document, a fifth of fingerprinting one.

    Imported here, on the first fingerprint, by ``_minhash_class``."""
    return _minhash_class()(num_perm=NUM_PERM)


def _minhash_class() -> type[MinHash]:
    """datasketch's ``MinHash``, imported without running the package's ``__init__``.

    That ``__init__`` imports datasketch's LSH and, through it, SciPy: about 0.6 CPU
    seconds in every process that fingerprints (each ``claimtrack ingest``, each worker),
    for code this module never calls; ``datasketch.minhash`` itself needs only NumPy
    (0.08 s). The package is stood in for by a bare module with its search path while its
    ``minhash`` submodule loads, then removed, so a later ``import datasketch`` still runs
    the real ``__init__``, which finds the same ``MinHash`` class already loaded."""
    if "datasketch" not in sys.modules:
        spec = importlib.util.find_spec("datasketch")
        if spec is not None and spec.submodule_search_locations is not None:
            stand_in = types.ModuleType("datasketch")
            stand_in.__path__ = list(spec.submodule_search_locations)
            sys.modules["datasketch"] = stand_in
            try:
                from datasketch.minhash import MinHash as Loaded
            finally:
                if sys.modules.get("datasketch") is stand_in:
                    del sys.modules["datasketch"]
            return Loaded
    from datasketch import MinHash as Whole

    return Whole


def _signature(shingles: list[bytes]) -> list[int]:
    m = _template().copy()  # the same seed and permutations, fresh hash values
    m.update_batch(shingles)
    return [int(v) for v in m.hashvalues]


def _sample_rate(length: int) -> int:
    """The power of two ``k`` such that one shingle in ``k`` covers about
    ``FULL_TEXT_CHARS`` of a text this long."""
    k = 1
    while length > k * FULL_TEXT_CHARS:
        k *= 2
    return k


def _sampled_shingles(text: str, k: int) -> list[bytes]:
    """The shingles whose CRC-32 is a multiple of ``k``, read word by word without holding
    the text's word list."""
    out: list[bytes] = []
    window: list[str] = []
    for m in _WORD.finditer(text):
        window.append(m.group().lower())
        if len(window) > SHINGLE_WORDS:
            del window[0]
        if len(window) == SHINGLE_WORDS:
            shingle = " ".join(window).encode()
            if zlib.crc32(shingle) % k == 0:
                out.append(shingle)
    return out


@dataclass(frozen=True)
class Fingerprinted:
    doc_id: str
    order: str  # sorts the original first: the published date, else when first seen
    signature: list[int]


#: LSH banding: 16 bands of 4 rows make pairs of Jaccard similarity above ~0.5 collide
#: in some band with high probability; candidates are then checked against the threshold.
BANDS, ROWS = 16, 4


def near_duplicates(docs: Iterable[Fingerprinted], threshold: float = 0.7) -> dict[str, str]:
    """Map each copy's doc id to the doc id of the earliest document it copies.

    Signatures are cut into bands and bucketed (locality-sensitive hashing, as datasketch's
    MinHashLSH does, but vectorised): only documents sharing a band are compared, so the
    cost grows with the number of documents, not its square. In order (the original
    first), a document's candidates are the first documents to hold each of its band
    values, and the earliest of them that agrees on ``threshold`` of the signature is its
    original."""
    items = [d for d in docs if len(d.signature) == NUM_PERM]
    sigs = np.array([d.signature for d in items], dtype=np.uint64).reshape(-1, NUM_PERM)
    return near_duplicate_rows([d.doc_id for d in items], [d.order for d in items], sigs, threshold)


def near_duplicate_rows(
    doc_ids: list[str], orders: list[str], sigs: np.ndarray[Any, Any], threshold: float = 0.7
) -> dict[str, str]:
    """``near_duplicates`` of documents given as columns: their ids, their orders and one
    signature of ``NUM_PERM`` values per row of ``sigs`` (``stored_signatures``)."""
    at = sorted(range(len(doc_ids)), key=lambda i: (orders[i], doc_ids[i]))
    if not at:
        return {}
    ids = [doc_ids[i] for i in at]
    best = _originals(sigs[at], threshold)
    copies: dict[str, str] = {}
    for i in np.flatnonzero(best < len(ids)).tolist():
        original = ids[int(best[i])]
        copies[ids[i]] = copies.get(original, original)
    return copies


def stored_signatures(stored: list[str]) -> np.ndarray[Any, Any]:
    """Fingerprints as the store keeps them (their values in decimal, joined by ``","``),
    each of ``NUM_PERM`` values, as one array of a row each: numpy parses them in one go,
    where ``int`` per value took half a second for the 20,000 documents of a
    100,000-claim store. A text numpy cannot read is parsed value by value, so it fails
    as it always did."""
    try:
        flat = np.fromstring(",".join(stored), dtype=np.uint64, sep=",")  # type: ignore[call-overload]
    except ValueError:
        flat = None
    if flat is None or flat.size != len(stored) * NUM_PERM:
        flat = np.array([int(v) for t in stored for v in t.split(",")], dtype=np.uint64)
    return flat.reshape(len(stored), NUM_PERM)


def _originals(sigs: np.ndarray[Any, Any], threshold: float) -> np.ndarray[Any, Any]:
    """Per row of ``sigs``, the earliest earlier row that shares one of its bands with it
    first and agrees on ``threshold`` of the signature; ``len(sigs)`` when none does."""
    n = len(sigs)
    band = np.dtype((np.void, ROWS * 8))  # a band's four values as one comparable key
    firsts = np.empty((n, BANDS), dtype=np.intp)
    for b in range(BANDS):
        keys = np.ascontiguousarray(sigs[:, b * ROWS : (b + 1) * ROWS]).view(band).ravel()
        _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        firsts[:, b] = first[inverse.ravel()]  # the first row holding this row's value
    rows, bands = np.nonzero(firsts < np.arange(n)[:, None])
    candidates = firsts[rows, bands]
    alike = (sigs[rows] == sigs[candidates]).mean(axis=1) >= threshold
    best = np.full(n, n, dtype=np.intp)
    np.minimum.at(best, rows[alike], candidates[alike])
    return best
