"""Source names as the extractor reads them: no time words, no doubled pack names, and
back-references resolved to the named antecedent. Articles written for these tests."""

from __future__ import annotations

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash

EX = Extractor(load_pack("dprk-russia"))


def claims(text: str) -> list[Claim]:
    return EX.extract(CleanDocument("a", text, content_hash(text), published="2025-02-03"))


def source_of(text: str, figure: float) -> str | None:
    (c,) = [c for c in claims(text) if c.figure == figure]
    return c.source


def test_time_words_are_no_part_of_a_name() -> None:
    text = (
        "In early January Budanov had put the number of North Korean troops in Kursk at "
        "about 11,500, a figure Seoul did not dispute."
    )
    assert source_of(text, 11500) == "Budanov"


def test_a_pack_name_is_not_doubled() -> None:
    text = (
        "North Korean rockets now make up nearly 30% of the rockets Russian crews fire, "
        "according to Ukraine's military intelligence."
    )
    assert source_of(text, 30) == "Ukraine's military intelligence (HUR)"


def test_the_group_is_its_named_antecedent() -> None:
    text = (
        "Russia has moved about 600,000 barrels of fuel to North Korea since March, a "
        "Norwegian shipping monitor group said on Friday.\n\n"
        "Officials in Moscow did not respond to questions about the shipments.\n\n"
        "At least 31 tanker trips were logged between the two ports, the group said."
    )
    assert source_of(text, 31) == "a Norwegian shipping monitor group"


def test_the_prosecutors_are_their_named_antecedent() -> None:
    text = (
        "Kharkiv prosecutors said debris from 14 of the missiles had been examined.\n\n"
        "Russia's defence ministry did not comment.\n\n"
        "At least 9 people were killed in the latest strike, the prosecutors said."
    )
    assert source_of(text, 9) == "Kharkiv prosecutors"
