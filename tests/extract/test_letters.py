"""The Latin letter classes person patterns use (extract/letters.py)."""

from __future__ import annotations

import re

from claimtrack.extract.letters import LOWER, UPPER

_CAPITALISED = re.compile(rf"^[{UPPER}][{LOWER}]+$")


def test_every_class_holds_one_case_only() -> None:
    assert UPPER and all(c.isupper() for c in UPPER)
    assert LOWER and all(c.islower() for c in LOWER)


def test_capitalised_words_with_accents_match() -> None:
    for word in ("Várkonyi", "Müller", "Łukasz", "Brontë", "Ní", "Øster", "Đorđević"):
        assert _CAPITALISED.match(word), word
    for word in ("várkonyi", "MÜLLER", "Ab1"):
        assert not _CAPITALISED.match(word), word
