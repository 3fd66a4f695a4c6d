"""Hyphenated given names ("Kim Min-ho") read as one name by the parser and the readers."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract
from claimtrack.extract.parser import load_nlp
from claimtrack.packs import load_pack
from claimtrack.records import CleanDocument, content_hash

PACK = load_pack("dprk-russia")


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _claims(text: str) -> list[tuple[float | None, str | None, list[str]]]:
    doc = CleanDocument(
        doc_id="h", content_hash=content_hash(text), text=text, title=None, published="2026-12-01"
    )
    return [(c.figure, c.source, list(c.via)) for c in extract(doc, PACK)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Choe Son-hui said the talks had ended.", "Son-hui"),
        ("Officials said Park Ji-hoon would resign on Friday.", "Ji-hoon"),
        ("Lawmaker Yu Yong-won said 40 ships had docked.", "Yu Yong-won"),
        ("Taiwan's Tsai Ing-wen said 12 ships had docked.", "Ing-wen"),
    ],
)
def test_a_given_name_is_one_token(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Long-range drones hit 12 towns, officials said.",
        "North Korean-made shells hit the town.",
        "Soviet-era rockets and Russian-backed units were seen.",
        "The North Korea-Russia treaty took effect.",
        "A well-known analyst said 30 trains had left.",
        "One Seoul-based estimate puts the toll at 300.",
        "The Build-up began in May.",
    ],
)
def test_other_hyphenated_words_stay_as_spacy_cuts_them(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    plain = [t.text for t in nlp.tokenizer(text)]
    assert [t.text for t in nlp(text)] == plain


def test_a_speaker_with_a_hyphenated_name_relays_what_he_cites() -> None:
    found = _claims(
        "More than 26,000 containers were shipped, Jang Hye-won said, citing the Defense "
        "Intelligence Agency.\n"
    )
    assert found == [(26000, "the Defense Intelligence Agency", ["Jang Hye-won"])]


def test_a_lawmaker_with_a_hyphenated_name_is_one_intermediary() -> None:
    found = _claims(
        "Pyongyang has sent about 7,000 more workers to Russia, lawmaker Seo Min-jae said, "
        "citing the National Intelligence Service, Reuters reported on Monday.\n"
    )
    assert len(found) == 1
    figure, source, via = found[0]
    assert figure == 7000
    assert source is not None and "National Intelligence Service" in source
    assert "lawmaker Seo Min-jae" in via and not any(v in ("Min", "jae") for v in via)


def test_a_family_name_the_parser_split_from_its_given_name_is_one_speaker() -> None:
    found = _claims("Lawmaker Yu Yong-won said more than 23,000 containers were shipped.\n")
    assert found == [(23000, "Lawmaker Yu Yong-won", [])]
