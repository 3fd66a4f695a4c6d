"""Fingerprints reuse one MinHash's permutations: each signature must still be the one a
MinHash built afresh gives, and one document's must not leak into the next's."""

from __future__ import annotations

from datasketch import MinHash

from claimtrack.resolve.duplicates import FULL_TEXT_CHARS, NUM_PERM, fingerprint

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
