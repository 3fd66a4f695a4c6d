"""A source names someone who speaks (extract/plain.py ``NO_SPEAKER``): not a phrase opening
with a preposition, a pronoun or adverb alone, or the document being read. Every sentence
was written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from claimtrack.extract import Extractor
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.plain import PlainReader
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash


@cache
def _extractor(language: str) -> Extractor:
    return Extractor(load_pack("dprk-russia"), language=language)


@cache
def _reader(language: str) -> PlainReader:
    return PlainReader(load_lexicon(language))


def claims(language: str, text: str) -> list[Claim]:
    return _extractor(language).extract(
        CleanDocument("t", text, content_hash(text), language=language)
    )


@pytest.mark.parametrize(
    ("language", "name", "rule"),
    [
        ("de", "im Land", "opens_with_preposition"),
        ("uk", "у регіоні", "opens_with_preposition"),
        ("pl", "Seul", None),
        ("es", "por su parte", "function_words_only"),
        ("pl", "w regionie", "opens_with_preposition"),
        ("fr", "Cela", "function_words_only"),
        ("it", "Poi", "function_words_only"),
        ("ar", "الورقة", "document_itself"),
        ("de", "das Papier", "document_itself"),
        ("de", "die Techniker Krankenkasse", None),
        ("es", "el Ministerio de Sanidad", None),
        ("ar", "وزارة الصحة", None),
        ("fr", "Kiev", None),
    ],
)
def test_a_source_names_a_speaker(language: str, name: str, rule: str | None) -> None:
    assert _reader(language).cues.no_speaker(name) == rule


def test_the_document_itself_is_the_writer_s_voice() -> None:
    (c,) = claims("ar", "تتوقع الورقة أن يصل عدد المهاجرين إلى 40 ألفا بنهاية العام.")
    assert c.source is None
    (c,) = claims("de", "Das Papier schätzt die Zahl der Pendler auf 40.000.")
    assert c.source is None


def test_a_place_after_the_verb_is_no_speaker() -> None:
    (c,) = claims(
        "de",
        "Die Barmer Krankenkasse zählte unter ihren Versicherten im Land zuletzt 3.500 "
        "Krankmeldungen.",
    )
    assert c.source == "Die Barmer Krankenkasse"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # the pronoun glued to "that" says it: what follows the verb is said
        (
            "أعلنت وزارة الزراعة، في بيان أصدرته الأحد، أنها تقدّر محصول القمح بنحو 200 ألف طن.",
            "وزارة الزراعة",
        ),
        ("قالت هيئة الموانئ إنها تتوقع عبور 300 سفينة هذا الشهر.", "هيئة الموانئ"),
    ],
)
def test_a_pronoun_before_a_verb_of_saying_is_its_subject(sentence: str, source: str) -> None:
    (claim,) = claims("ar", sentence)
    assert claim.source == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "pl",
            "W LICZBACH\n• ok. 4 tys. – kontenerów tygodniowo w porcie (szacunek ZMP)\n",
            "szacunek ZMP",
        ),
        (
            "de",
            "IN ZAHLEN\n• Fracht: rund 4.000 Container pro Woche (Hafenbehörde)\n",
            "Hafenbehörde",
        ),
        ("de", "IN ZAHLEN\n• Fracht: rund 4.000 Container pro Woche (dpa)\n", None),  # an outlet
    ],
)
def test_a_fact_box_line_closing_on_a_bracketed_name_credits_it(
    language: str, text: str, source: str | None
) -> None:
    (claim,) = claims(language, text)
    assert claim.source == source


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the counted ones answering a survey are no speaker, nor what they declare
        ("fr", "Au total, 52 des 60 boulangeries du canton déclarent avoir réduit leurs horaires."),
        ("es", "En total, 52 de las 60 panaderías de la comarca afirman haber recortado horarios."),
    ],
)
def test_what_a_figure_counts_is_no_speaker(language: str, text: str) -> None:
    doc = CleanDocument("t", text, content_hash(text), language=language, published="2026-11-20")
    claims = _extractor(language).extract(doc)
    assert claims and all(c.source is None for c in claims), claims


def test_a_year_before_the_speaker_counts_nothing() -> None:
    text = "W marcu 2026 r. miejski ratusz szacował, że na ulice wyjdzie 3 tys. osób."
    doc = CleanDocument("t", text, content_hash(text), language="pl", published="2026-11-20")
    (c,) = _extractor("pl").extract(doc)
    assert "ratusz" in (c.source or ""), c


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("es", "El ayuntamiento solo reconoce 45 casos.", "El ayuntamiento"),
        ("it", "Il comune solo riconosce 45 casi, per ora.", "Il comune"),
        ("pt", "A câmara só reconhece 45 casos.", "A câmara"),
    ],
)
def test_only_between_the_speaker_and_the_verb(language: str, text: str, source: str) -> None:
    """ "X solo reconoce …": the adverb is no word of the speaker's name."""
    doc = CleanDocument("t", text, content_hash(text), language=language, published="2026-11-20")
    (c,) = _extractor(language).extract(doc)
    assert c.source == source, c


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "de",
            "Besonders bitter: Der Kreis hatte im Frühjahr 2,6 Mio. Euro für das Bad zugesagt.",
            "Der Kreis",
        ),
        (
            "fr",
            "Autre surprise : le conseil régional a promis 2,6 millions d'euros pour la piscine.",
            "le conseil régional",
        ),
    ],
)
def test_a_pledger_after_a_label_of_the_writer(language: str, text: str, source: str) -> None:
    """ "Besonders bitter: Der Kreis hatte … zugesagt": a short label before a colon opens
    the sentence; who promises is the clause's subject after it."""
    doc = CleanDocument("t", text, content_hash(text), language=language, published="2026-11-20")
    (c,) = _extractor(language).extract(doc)
    assert (c.source or "").lower() == source.lower(), c
