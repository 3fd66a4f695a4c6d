"""Any run of a language's own words, figures and punctuation reads without failing.

The rules index the words around a figure by position ("the third word after the
article"); a sentence shorter or stranger than the ones they were written on must give
fewer claims, never an exception that costs the document all of its claims (a German
opening with one 80-character compound once did). The pieces are the folder's own
attribution words, articles and stops, so every rule that keys on them is reached."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.extract.lexicon import load_lexicon

from ..languages.conftest import extract_in

LANGUAGES = ["en", "de", "es", "fr", "it", "pt", "pl", "ru", "uk", "ar", "ko", "ja", "zh"]

#: Figures, a long compound and the punctuation news text puts between words.
FIGURES = ["300", "1.500", "2,5", "40 %", "12 000", "1万", "11 000 soldiers", "5000名", "2000명"]
COMMON = [
    "«",
    "»",
    "„",
    "“",
    '"',
    "(",
    ")",
    ",",
    ".",
    ":",
    " — ",
    "-",
    "'",
    "\n\n",
    "Nordkorea-Russland-Militärkooperationsuntersuchungskommissionsabschlussbericht",
]

#: Lexicon keys whose words open, end or name a source.
KEYS = [
    "according_to",
    "speech_verbs",
    "subject_articles",
    "source_stops",
    "attribution_nouns",
    "body_pronouns",
    "person_nouns",
    "citing",
    "cited_by",
    "anaphoric_subjects",
    "relative_pronouns",
    "function_words",
    "that_words",
    "auxiliaries",
    "status",
]


@cache
def pieces(language: str) -> list[str]:
    """What a run is drawn from: the first words of each of the folder's ``KEYS``, the
    shared figures and punctuation, and a few names."""
    lex = load_lexicon(language)
    words: list[str] = []
    for key in KEYS:
        value = lex.data.get(key)
        if isinstance(value, dict):  # "status": its words by kind
            value = [w for group in value.values() if isinstance(group, list) for w in group]
        if isinstance(value, list):
            words += [w.rstrip("*") for w in value if isinstance(w, str) and w][:12]
    # figures drawn as often as words, so most runs hold a claim for the rules to read
    return [
        *COMMON,
        *FIGURES * (len(words) // len(FIGURES) + 1),
        *words,
        "Kim",
        "Seo Jin-ho",
        "NIS",
    ]


@cache
def openers(language: str) -> list[str]:
    """What a sentence opens with: the folder's articles, or nothing (no-space scripts)."""
    lex = load_lexicon(language)
    return [w for w in lex.data.get("subject_articles") or [] if isinstance(w, str)] or [""]


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_run_of_a_languages_words_reads_without_failing(
    language: str, data: st.DataObject
) -> None:
    words = st.lists(st.sampled_from(pieces(language)), min_size=1, max_size=20)
    sentence = st.tuples(st.sampled_from(openers(language)), words)
    drawn = data.draw(st.lists(sentence, min_size=1, max_size=4))
    text = ". ".join(" ".join([opener, *rest]).strip() for opener, rest in drawn)
    for claim in extract_in(language, text):
        assert claim.quote in text


def test_a_role_alone_where_a_name_is_looked_for_reads() -> None:
    """Found by the test above: a role word read as a person ("관계자", an official) left
    nothing after it to be the name."""
    text = "관계자 300 관계자"
    for claim in extract_in("ko", text):
        assert claim.quote in text
