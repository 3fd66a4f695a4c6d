"""Each counting rule alone: a sentence written for the rule, the rule that finds what
its figure counts, and what it finds. Rules are tried in order, so each sentence also
shows no earlier rule took the figure."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimtrack.config import Settings
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.parser import load_nlp
from claimtrack.extract.units import COUNT_RULES, count_rule_for

LEX = load_lexicon("en")

CASES: list[tuple[str | None, str, str, str | None]] = [
    # (rule, sentence, the figure as written, the unit found)
    ("share_of", "Farmers lost 40% of the barley harvest to the floods.", "40%", "percent"),
    (
        "named_before",
        "The coastguard put the number of fishermen rescued at 85 on Sunday.",
        "85",
        "rescued",
    ),
    ("of_pronoun", "Of the 60 boats at sea, 22 of them were damaged.", "22", "damaged"),
    # an adjective naming people after "of the" counts them as a noun would
    ("of_noun", "Two of the dead were pupils at the village school.", "Two", "dead"),
    (
        "of_noun",
        "Volunteers handed out thousands of blankets in the camp.",
        "thousands",
        "blankets",
    ),
    ("nominal_adjective", "The storm left around 40 dead in the valley.", "40", "dead"),
    ("counted_noun", "The ferry carried 320 passengers across the strait.", "320", "passengers"),
    ("noun_holding_it", "The rescue team of 18 reached the village at dawn.", "18", "team"),
    ("subject_names_it", "Weekly sailings dropped to an average of 14.", "14", "sailings"),
    ("count_verb", "At least 12 were killed in the hills, officials said.", "12", "killed"),
    ("subject_of_verb", "About 70 have arrived at the shelter since Monday.", "70", "arrived"),
    ("object_put_at", "They put the losses at 4,700 by the end of the week.", "4,700", "losses"),
    (
        "count_noun_of",
        "The number of evacuated families climbed to 900 overnight.",
        "900",
        "families",
    ),
    ("toll_phrase", "The death toll rose to 57 on Tuesday evening.", "57", "killed"),
    (None, "The rains continued and by Friday it was 31.", "31", None),
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp(Settings().spacy_model)


def read(nlp, sentence: str, figure: str):  # type: ignore[no-untyped-def]
    doc: Doc = nlp(sentence)
    at = sentence.index(figure)
    span = doc.char_span(at, at + len(figure), alignment_mode="expand")
    assert span is not None
    return count_rule_for(doc, span, figure.endswith("%"), LEX)


@pytest.mark.parametrize(("rule", "sentence", "figure", "unit"), CASES)
def test_each_rule_finds_what_its_figure_counts(  # type: ignore[no-untyped-def]
    nlp, rule: str | None, sentence: str, figure: str, unit: str | None
) -> None:
    name, thing = read(nlp, sentence, figure)
    assert (name, thing.unit) == (rule, unit)


def test_every_rule_has_a_case_and_a_reason() -> None:
    names = [r.name for r in COUNT_RULES]
    assert len(names) == len(set(names))
    assert {c[0] for c in CASES} - {None} == set(names)
    assert all(r.reason for r in COUNT_RULES)


def test_a_later_rule_is_not_asked_once_one_finds_something(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "300 of the trucks" is counted by 'of_noun' though a noun follows later too."""
    name, thing = read(nlp, "Customs checked 300 of the trucks waiting at the border.", "300")
    assert name == "of_noun" and thing.unit == "trucks" and thing.verb is not None
    assert thing.verb.lemma_ == "check"


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        # a copula names what a part counted among "them" is
        ("Some 400 of them are field medics posted to the coast.", "400", "medics"),
        # a name as the clause's subject acts; it is not what the figure counts
        ("Lisbon could ship another 900 by the end of March.", "900", None),
        # "put X at N": the object names what counts, not the subject
        (
            "The ministry now put flood victims at roughly 2,000 across the region.",
            "2,000",
            "victims",
        ),
    ],
)
def test_what_a_name_or_a_copula_says_a_figure_counts(  # type: ignore[no-untyped-def]
    nlp, sentence: str, figure: str, unit: str | None
) -> None:
    assert read(nlp, sentence, figure)[1].unit == unit
