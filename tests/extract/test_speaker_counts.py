"""A few people who are the subject of a reporting verb are who speaks, not a claim (parsed
English: "two U.S. officials said"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.config import Settings
from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import CleanDocument, content_hash


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang sent about 3,000 more troops in November, two Western officials said.",
        "Two people close to the campaign, who spoke on condition of anonymity, said it "
        "had raised $1.2 million.",
    ],
)
def test_a_few_people_who_speak_are_no_claim(text: str) -> None:
    doc = CleanDocument("t", text, content_hash(text), language="en")
    claims = Extractor(load_pack("dprk-russia"), settings=Settings()).extract(doc)
    assert len(claims) == 1 and (claims[0].value or 0) > 2


def test_a_few_soldiers_who_saw_something_still_count_nothing_else() -> None:
    text = "Three soldiers said they had seen 40 tanks."
    doc = CleanDocument("t", text, content_hash(text), language="en")
    claims = Extractor(load_pack("dprk-russia"), settings=Settings()).extract(doc)
    assert sorted(c.value for c in claims) == [3, 40]
