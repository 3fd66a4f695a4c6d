"""Fingerprints reuse one MinHash's permutations: each signature must still be the one a
MinHash built afresh gives, and one document's must not leak into the next's."""

from __future__ import annotations

import random

from datasketch import MinHash

from claimtrack.resolve.duplicates import (
    BANDS,
    FULL_TEXT_CHARS,
    NUM_PERM,
    ROWS,
    Fingerprinted,
    fingerprint,
    near_duplicates,
)

WIRE = (
    "Flood barriers along the Emmer held overnight after the river rose by 2 metres, "
    "the water board said on Tuesday. Around 1,200 residents spent the night in shelters."
)


def _fresh(shingles: list[bytes]) -> list[int]:
    m = MinHash(num_perm=NUM_PERM)
    m.update_batch(shingles)
    return [int(v) for v in m.hashvalues]


def _shingles(text: str) -> list[bytes]:
    import re

    words = re.findall(r"\w+", text.lower())
    return [" ".join(words[i : i + 3]).encode() for i in range(len(words) - 2)]


def test_signature_equals_a_fresh_minhash_s() -> None:
    assert fingerprint(WIRE) == _fresh(_shingles(WIRE))


def test_signatures_do_not_leak_between_documents() -> None:
    other = "Ferries to Saltmere resumed on Friday with 14 crossings a day, the operator said."
    first = fingerprint(other)
    fingerprint(WIRE)
    assert fingerprint(other) == first == _fresh(_shingles(other))
    assert fingerprint(WIRE) != first


def test_short_and_empty_texts() -> None:
    assert fingerprint("") == _fresh([b""])
    assert fingerprint("two words") == _fresh([b"two words"])


def test_a_long_text_keeps_its_sampled_signature() -> None:
    text = (WIRE + " ") * (2 * FULL_TEXT_CHARS // len(WIRE) + 1)
    sig = fingerprint(text)
    assert len(sig) == NUM_PERM
    assert fingerprint(text) == sig


def _one_at_a_time(docs: list[Fingerprinted], threshold: float = 0.7) -> dict[str, str]:
    """Near-duplicates as they were found before the bucketing was vectorised: document by
    document in order, each band value remembering the first document that held it."""
    items = sorted(docs, key=lambda d: (d.order, d.doc_id))
    buckets: list[dict[tuple[int, ...], int]] = [{} for _ in range(BANDS)]
    copies: dict[str, str] = {}
    for i, d in enumerate(items):
        candidates = set()
        for b in range(BANDS):
            key = tuple(d.signature[b * ROWS : (b + 1) * ROWS])
            j = buckets[b].setdefault(key, i)
            if j != i:
                candidates.add(j)
        alike = [
            j
            for j in candidates
            if sum(x == y for x, y in zip(d.signature, items[j].signature, strict=True)) / NUM_PERM
            >= threshold
        ]
        if alike:
            original = items[min(alike)].doc_id
            copies[d.doc_id] = copies.get(original, original)
    return copies


def test_near_duplicates_pick_the_same_originals_as_one_document_at_a_time() -> None:
    """Copies with a few to many values changed, copies of copies, undated documents: the
    vectorised bands find exactly the originals the plain loop finds."""
    rng = random.Random(7)
    docs: list[Fingerprinted] = []
    for n in range(600):
        if docs and rng.random() < 0.4:
            source = rng.choice(docs)
            sig = list(source.signature)
            for k in rng.sample(range(NUM_PERM), rng.randint(0, 40)):
                sig[k] = rng.getrandbits(32)
        else:
            sig = [rng.getrandbits(32) for _ in range(NUM_PERM)]
        order = (
            "~" if rng.random() < 0.1 else f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        )
        docs.append(Fingerprinted(f"d{n:03d}", order, sig))
    found = near_duplicates(docs)
    assert len(found) > 100  # the copies close enough to their source
    assert found == _one_at_a_time(docs)
    assert list(found) == list(_one_at_a_time(docs))  # in the same order, too


def test_fingerprinting_loads_minhash_without_the_package_s_lsh_and_scipy() -> None:
    """In a fresh interpreter: a fingerprint leaves SciPy unloaded, and ``import
    datasketch`` afterwards is the whole package, with the very ``MinHash`` used."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from claimtrack.resolve import duplicates\n"
        "sig = duplicates.fingerprint('the ministry said about 300 homes were flooded')\n"
        "assert len(sig) == duplicates.NUM_PERM\n"
        "assert 'scipy' not in sys.modules, 'scipy was imported'\n"
        "import datasketch\n"
        "assert datasketch.MinHash is type(duplicates._template())\n"
        "assert hasattr(datasketch, 'MinHashLSH')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
