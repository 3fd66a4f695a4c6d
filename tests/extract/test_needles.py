"""needles.py: the strings a pattern's matches hold, a test that never skips a match."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.needles import CASE_ODD, lower_for_needles, needles
from claimtrack.extract.timex import _patterns


def test_case_odd_is_what_ignorecase_matches_to_ascii_letters() -> None:
    others = "".join(chr(i) for i in range(128, 0x110000) if not 0xD800 <= i < 0xE000)
    assert set(re.findall("[a-zA-Z]", others, re.IGNORECASE)) == CASE_ODD


def test_needles_of_shapes() -> None:
    found = needles(re.compile(r"\b(?:January|Jan)\.?\s+(?:19|20)\d\d"))
    assert found is not None
    assert found.items == {("Jan", False)}  # "January" holds "Jan"
    folded = needles(re.compile(r"(?<!\w)(?:so far this year|year to date)(?!\w)", re.I))
    assert folded is not None
    assert all(f for _, f in folded.items)
    assert needles(re.compile(r"\d+|[a-z]+")) is None  # a branch that requires nothing
    assert needles(re.compile(r"x?y*")) is None


def _texts() -> list[str]:
    rng = random.Random(7)
    alphabet = list("aAbBeEiIjJnNoOrRsSyYkK 0123456789-.,'\u2019") + sorted(CASE_ODD) + ["é"]
    words = ["January", "JANUARY", "last year", "LAST  YEAR", "quarter", "Q3 2024", "İn", "ſo"]
    out = []
    for _ in range(3000):
        parts = [rng.choice(words) if rng.random() < 0.3 else rng.choice(alphabet)]
        parts += [rng.choice(alphabet) for _ in range(rng.randint(0, 12))]
        rng.shuffle(parts)
        out.append("".join(parts))
    return out


FIXTURES = Path(__file__).parents[1] / "fixtures"


def _lines(language: str) -> list[str]:
    """The lines of the language's released fixture articles, each also in upper and
    lower case: real month names, quarters and relative times, which the random texts
    (English letters) hold only for English."""
    folder = FIXTURES / "dev" if language == "en" else FIXTURES / "languages" / language
    lines = [
        line for path in sorted(folder.glob("*.txt")) for line in path.read_text().splitlines()
    ]
    assert lines, folder
    return [v for line in lines for v in (line, line.upper(), line.lower())]


@pytest.mark.parametrize("language", ["en", "fr", "pl", "ru"])
def test_a_pattern_skipped_never_matches(language: str) -> None:
    texts = _texts() + _lines(language)
    skipped = matched = 0
    for _, pattern in _patterns(load_lexicon(language)):
        need = needles(pattern)
        if need is None:
            continue
        for text in texts:
            if need.absent(text, lower_for_needles(text)):
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern, text)
            elif pattern.search(text):
                matched += 1
    # both sides are tried: texts the needles skip, and texts the patterns match
    assert skipped and matched
