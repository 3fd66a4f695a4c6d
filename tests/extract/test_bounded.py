"""Work per document stays bounded: pathological inputs finish with sane output, and the
steps that used to grow with the square of a sentence or a document are checked
structurally (span lengths, calls per sentence), never with timings."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.extract import Extractor
from claimtrack.extract import extractor as extractor_module
from claimtrack.extract import merge as merge_module
from claimtrack.extract.merge import Found, merge_mentions
from claimtrack.extract.sentences import MAX_SENTENCE_CHARS, split_sentences
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, Mention, content_hash
from claimtrack.resolve.duplicates import FULL_TEXT_CHARS, fingerprint

PACK = load_pack("dprk-russia")


def _doc(text: str) -> CleanDocument:
    return CleanDocument("t", text, content_hash(text), published="2025-03-10")


def _figure_list(n: int) -> str:
    """One sentence listing ``n`` distinct troop figures."""
    parts = [f"{1000 + 7 * i:,} troops" for i in range(n)]
    return "North Korea sent " + ", ".join(parts) + " to Russia, officials said.\n"


class _ParseSpy:
    """Records what the parser is given, in place of ``Extractor._parse``."""

    def __init__(self, ex: Extractor) -> None:
        self.texts: list[str] = []
        self._parse = ex._parse

    def __call__(self, texts: Any) -> Any:
        def spy() -> Any:
            for t in texts:
                self.texts.append(t)
                yield t

        return self._parse(spy())


def test_over_long_sentences_are_cut_into_bounded_windows() -> None:
    text = "word " * 200_000 + "end."
    sentences = split_sentences(text)
    assert len(sentences) >= len(text) // MAX_SENTENCE_CHARS
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE_CHARS
    for s in sentences:  # offsets still index the text
        assert text[s.start : s.end] == s.text


def test_windows_are_cut_after_clauses_and_never_inside_spaced_numbers() -> None:
    text = ", ".join(["11 000 soldats"] * 500) + "."
    for s in split_sentences(text, months=frozenset()):
        assert len(s.text) <= MAX_SENTENCE_CHARS
        assert s.text.startswith("11 000") and s.text.rstrip(",.").endswith("soldats")


def test_rejected_stops_do_not_rescan_the_line() -> None:
    """ "Mr. " repeated never ends a sentence; the line is still cut into windows."""
    sentences = split_sentences("Mr. Kim " * 50_000)
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE_CHARS


def test_four_thousand_figures_in_one_sentence_give_claims(monkeypatch: Any) -> None:
    ex = Extractor(PACK)
    spy = _ParseSpy(ex)
    monkeypatch.setattr(ex, "_parse", spy)
    claims = ex.extract(_doc(_figure_list(4000)))
    assert len(claims) == 4000
    assert {c.unit for c in claims} == {"troops"}
    assert all(len(c.quote) <= MAX_SENTENCE_CHARS for c in claims)
    # windows dense with figures are read without the parser; it sees bounded spans only
    assert all(len(t) <= MAX_SENTENCE_CHARS for t in spy.texts)


def test_a_sentence_with_few_figures_is_still_parsed(monkeypatch: Any) -> None:
    ex = Extractor(PACK)
    spy = _ParseSpy(ex)
    monkeypatch.setattr(ex, "_parse", spy)
    claims = ex.extract(_doc(_figure_list(3)))
    assert len(claims) == 3 and len(spy.texts) == 1


def test_time_expressions_are_found_once_per_sentence(monkeypatch: Any) -> None:
    ex = Extractor(PACK)
    calls = []
    find = ex.time._find

    def counting(sentence: str, pub: Any) -> Any:
        calls.append(sentence)
        return find(sentence, pub)

    monkeypatch.setattr(ex.time, "_find", counting)
    claims = ex.extract(_doc(_figure_list(200)))
    assert len(claims) == 200
    assert len(calls) == len(set(calls))  # never twice for one sentence


def _found(value: float, i: int, block: bool = False) -> Found:
    mention = Mention(i * 10, i * 10 + 5, "1,200", i * 10, i * 10 + 9)
    claim = Claim(
        doc_id="t",
        quote="q",
        start=i * 10,
        end=i * 10 + 9,
        value=value,
        unit="soldiers",
        mentions=[mention],
    )
    return Found(claim, block, "soldier")


def test_one_figure_repeated_is_one_claim_with_linear_merging(monkeypatch: Any) -> None:
    calls = 0
    compatible = merge_module._compatible

    def counting(a: Found, b: Found) -> bool:
        nonlocal calls
        calls += 1
        return compatible(a, b)

    monkeypatch.setattr(merge_module, "_compatible", counting)
    n = 100_000
    claims = merge_mentions([_found(1200.0, i, block=i % 3 == 0) for i in range(n)])
    assert len(claims) == 1 and len(claims[0].mentions) == n
    assert calls <= 3 * n  # one check per distinct profile, not per earlier mention


def test_distinct_figures_are_compared_with_their_own_bucket_only(monkeypatch: Any) -> None:
    calls = 0
    same = merge_module._same_figure

    def counting(a: Claim, b: Claim) -> bool:
        nonlocal calls
        calls += 1
        return same(a, b)

    monkeypatch.setattr(merge_module, "_same_figure", counting)
    n = 20_000
    claims = merge_mentions([_found(1000.0 + i, i) for i in range(n)])
    assert len(claims) == n
    assert calls <= 2 * n


def test_float_noise_still_merges_across_bucket_edges() -> None:
    a, b = 1.1 * 1000, 1100.0  # 1100.0000000000002 and 1100.0
    assert len(merge_mentions([_found(a, 0), _found(b, 1)])) == 1


def test_progress_is_reported_per_chunk_up_to_the_end(monkeypatch: Any) -> None:
    monkeypatch.setattr(extractor_module, "CHUNK_CHARS", 2_000)
    text = "\n".join(
        f"Officials said {100 + i} soldiers arrived in the region on day {i}." for i in range(300)
    )
    seen: list[tuple[str, int, int]] = []
    claims = Extractor(PACK).extract(_doc(text), lambda *a: seen.append(a))
    assert claims
    assert len(seen) > 5
    dones = [d for _, d, _ in seen]
    assert dones == sorted(dones) and dones[-1] == len(text)
    assert {(doc, total) for doc, _, total in seen} == {("t", len(text))}


def test_progress_reaches_the_end_of_a_document_without_figures() -> None:
    seen: list[tuple[str, int, int]] = []
    text = "Nothing to count here.\nNor here."
    assert Extractor(PACK).extract(_doc(text), lambda *a: seen.append(a)) == []
    assert seen[-1] == ("t", len(text), len(text))


def test_chunked_reading_gives_the_same_claims(monkeypatch: Any) -> None:
    text = "\n".join(
        f"The NIS said about {1000 + 10 * i:,} North Korean troops were in Kursk."
        for i in range(60)
    )
    whole = Extractor(PACK).extract(_doc(text))
    monkeypatch.setattr(extractor_module, "CHUNK_CHARS", 500)
    chunked = Extractor(PACK).extract(_doc(text))
    key = [(c.figure, c.unit, c.measure, c.source, c.start) for c in whole]
    assert key == [(c.figure, c.unit, c.measure, c.source, c.start) for c in chunked]


def test_long_texts_are_fingerprinted_from_a_content_sample() -> None:
    words = [f"w{i % 7919}x{i % 104729}" for i in range(60_000)]
    text = " ".join(words)
    assert len(text) > FULL_TEXT_CHARS
    copy = text + " one more closing line"
    a, b = fingerprint(text), fingerprint(copy)
    assert len(a) == len(b)
    assert sum(x == y for x, y in zip(a, b, strict=True)) / len(a) >= 0.8


#: Mentions of one figure in one document: 840 KB of text, many times the reader's windows,
#: at about a third of the suite time a hundred thousand took (96 s).
REPEATS = 40_000


@pytest.mark.slow
def test_one_figure_repeated_forty_thousand_times() -> None:
    claims = Extractor(PACK).extract(_doc("About 1,200 soldiers " * REPEATS + "\n"))
    # Windows dense with figures are read without the parser; the short last window is
    # read with it and may keep its own claim. Every mention is kept either way.
    assert 1 <= len(claims) <= 2 and {c.figure for c in claims} == {1200}
    assert sum(len(c.mentions) for c in claims) == REPEATS
