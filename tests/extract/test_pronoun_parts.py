"""Figures counted among an earlier figure's things by a pronoun (extract/pronoun_parts.py),
on sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from languages.conftest import extract_in  # noqa: E402


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Nordkorea hat 9.000 Soldaten geschickt. Die Ukraine hält bislang nur sieben von ihnen fest.",
        ),
        ("fr", "Pyongyang a envoyé 9 000 soldats. L'Ukraine en détient sept d'entre eux."),
    ],
)
def test_a_count_in_words_before_a_part_pronoun_is_a_claim(language: str, text: str) -> None:
    """ "sieben von ihnen": written in words, naming no noun, yet a count of the soldiers."""
    claims = extract_in(language, text, "2026-11-20")
    part = [c for c in claims if c.figure == 7]
    assert part and part[0].unit == claims[0].unit, claims
