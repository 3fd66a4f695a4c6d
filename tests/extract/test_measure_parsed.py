"""A parsed figure's measure: two verbs counting one thing, an event word before a people
noun, a share naming no "of". Sentences written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from claimtrack.config import Settings
from claimtrack.extract import Extractor
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.measures import MeasureMatcher
from claimtrack.extract.parser import load_nlp
from claimtrack.extract.units import counted_thing
from claimtrack.packs import load_pack
from claimtrack.records import CleanDocument, content_hash

LEX = load_lexicon("en")


@cache
def _matcher() -> MeasureMatcher:
    # the English folder's words, as the Extractor passes them
    return MeasureMatcher(
        load_pack("dprk-russia"),
        LEX.words("place_prepositions"),
        LEX.words("recipient_verbs"),
        LEX.words("change_prepositions"),
    )


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp(Settings().spacy_model)


def measure(nlp, sentence: str, figure: str) -> str:  # type: ignore[no-untyped-def]
    doc = nlp(sentence)
    at = sentence.index(figure)
    percent = figure.endswith(("%", "percent"))
    number = figure.split()[0].rstrip("%")
    span = doc.char_span(at, at + len(number), alignment_mode="expand")
    full = doc.char_span(at, at + len(figure), alignment_mode="expand")
    assert span is not None and full is not None
    thing = counted_thing(doc, full if percent else span, percent, LEX)
    lemmas = {t.lemma_.lower() for t in doc}
    return _matcher().match(thing, percent, False, lemmas, {"dprk", "russia"})


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # "killed or wounded" names casualties, on the verb or on a participle after the noun
        (
            "Analysts think 3,100 North Korean soldiers have been killed or wounded in Kursk.",
            "3,100",
            "dprk_troops_casualties",
        ),
        (
            "The North Korean brigade lost some 450 men killed or wounded in March.",
            "450",
            "dprk_troops_casualties",
        ),
        # one verb alone still says which
        (
            "Analysts think 900 North Korean soldiers have been killed in Kursk.",
            "900",
            "dprk_troops_killed",
        ),
        # an event word before a people noun: the people are the event's
        (
            "Dozens of wounded North Korean soldiers were flown to Pyongyang.",
            "Dozens",
            "dprk_troops_wounded",
        ),
        (
            "Kyiv is holding 14 captured North Korean soldiers.",
            "14",
            "dprk_troops_captured",
        ),
        # a share without "of" is of what its sentence names
        (
            "North Korean shells make up 30% of Russian fire, down from nearly 55% in May.",
            "55%",
            "dprk_share_of_russian_ammunition",
        ),
        # a change is no share, though its sentence names ammunition
        (
            "At a munitions plant he told workers to raise output by 25 percent this year.",
            "25 percent",
            "other",
        ),
    ],
)
def test_parsed_measure(nlp, sentence: str, figure: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert measure(nlp, sentence, figure) == expected


def money(nlp, sentence: str, figure: str) -> str:  # type: ignore[no-untyped-def]
    doc = nlp(sentence)
    at = sentence.index(figure)
    span = doc.char_span(at, at + len(figure), alignment_mode="expand")
    assert span is not None
    thing = counted_thing(doc, span, False, LEX)
    lemmas = {t.lemma_.lower() for t in doc}
    return _matcher().match(thing, False, True, lemmas, {"dprk", "russia"})


def test_a_sum_between_others_is_not_the_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    given = "Moscow paid Pyongyang 900 million in oil and food last year."
    assert money(nlp, given, "900 million") == "russia_aid_to_dprk"
    others = "Latvia will give 900 million to a fund that tracks transfers of oil at sea."
    assert money(nlp, others, "900 million") == "other"


@pytest.mark.parametrize(
    ("text", "after", "expected"),
    [
        (" killed and wounded since January", None, "dprk_troops_casualties"),
        (" dead and wounded, the agency said", None, "dprk_troops_casualties"),
        (" killed or wounded in Kursk", {"dprk"}, "dprk_troops_casualties"),
        (" killed in the first week", None, None),
        (" wounded and evacuated", None, None),
        # a measure about another actor than those in scope is not named
        (" killed and wounded", {"ukraine"}, None),
    ],
)
def test_a_two_part_noun_after_a_figure(
    text: str, after: set[str] | None, expected: str | None
) -> None:
    assert _matcher().pair_after(text, after) == expected


def test_killed_and_wounded_after_a_figure_count_casualties() -> None:
    text = "North Korean losses in Kursk had passed 6,500 killed and wounded, the NIS said."
    doc = CleanDocument("t", text, content_hash(text), language="en")
    (claim,) = Extractor(load_pack("dprk-russia"), settings=Settings()).extract(doc)
    assert claim.measure == "dprk_troops_casualties"
