"""The cue patterns built from a folder's phrase lists (``plain._alternation``): what they
match, and that only an Arabic phrase carries the class of Arabic vowel marks after it."""

from __future__ import annotations

import pytest

from claimtrack.extract.plain import _alternation


def test_a_latin_phrase_ends_at_a_word_end_without_the_arabic_marks() -> None:
    """The marks class repeated after every phrase of a folder doubled the time to compile
    its cue patterns; no script but Arabic is written with those marks."""
    pattern = _alternation(["a déclaré", "a affirmé", "selon"])
    assert pattern is not None
    assert "\\u064b" not in pattern.pattern
    assert [m.group() for m in pattern.finditer("Il a déclaré, selon lui")] == [
        "a déclaré",
        "selon",
    ]
    assert pattern.search("selonx") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أقرّ المدير", "أقرّ"),  # a shadda written after the last letter
        ("قالَ المدير", "قالَ"),  # a vowel mark after the last letter belongs to the verb
        ("قال المدير", "قال"),
    ],
)
def test_an_arabic_phrase_takes_the_vowel_marks_after_it(text: str, expected: str) -> None:
    pattern = _alternation(["قال", "أقر"])
    assert pattern is not None
    found = pattern.search(text)
    assert found is not None and found.group() == expected


def test_an_arabic_phrase_still_ends_at_a_word_end() -> None:
    pattern = _alternation(["قال"])
    assert pattern is not None
    assert pattern.search("قالت") is None
