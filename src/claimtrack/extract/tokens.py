"""A cheap tokenizer with character offsets, enough to find and vet figures without spaCy."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S", re.UNICODE)
# Languages that group thousands with a space ("11 000", "2 700 000") read them as one token.
_TOKEN_SPACED = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S",
    re.UNICODE,
)


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_digit(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_alpha(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_title(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str, spaced_groups: bool = False) -> list[Tok]:
    pattern = _TOKEN_SPACED if spaced_groups else _TOKEN
    return [Tok(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]


def glued(left: Tok, right: Tok) -> bool:
    """True when no space separates two tokens ("KN" "-" "23", "170" "mm")."""
    return left.end == right.start
