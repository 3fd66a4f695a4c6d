"""A cheap tokenizer with character offsets, enough to find and vet figures without spaCy."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S", re.UNICODE)
# Languages that group thousands with a space ("11 000", "2 700 000") read them as one token.
_TOKEN_SPACED = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S",
    re.UNICODE,
)


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    start: int
    end: int
    #: ``text.lower()``, computed once: the figure finder asks a token for it about ten
    #: times (each token as the figure and as its neighbours' context).
    lower: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())

    @property
    def is_digit(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_alpha(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_title(self) -> bool:
        return self.text[0].isupper()


def tokenize(
    text: str, spaced_groups: bool = False, digit_prefixes: tuple[str, ...] = ()
) -> list[Tok]:
    """Tokens with offsets. ``digit_prefixes`` are morphemes peeled off a word glued to
    digits, for languages that write "1만1000명" (scale and counter glued to the number)."""
    pattern = _TOKEN_SPACED if spaced_groups else _TOKEN
    toks = [Tok(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]
    if not digit_prefixes:
        return toks
    out: list[Tok] = []
    for t in toks:
        while (
            out and out[-1].is_digit and out[-1].end == t.start and len(t.text) > 1 and t.is_alpha
        ):
            head = next((p for p in digit_prefixes if t.text.startswith(p)), None)
            if head is None:
                break
            out.append(Tok(head, t.start, t.start + len(head)))
            t = Tok(t.text[len(head) :], t.start + len(head), t.end)
        while (
            out
            and out[-1].is_alpha
            and out[-1].text in digit_prefixes
            and out[-1].end == t.start
            and t.is_alpha
            and len(t.text) > 1
        ):
            head = next((p for p in digit_prefixes if t.text.startswith(p)), None)
            if head is None:
                break
            out.append(Tok(head, t.start, t.start + len(head)))
            t = Tok(t.text[len(head) :], t.start + len(head), t.end)
        out.append(t)
    return out


def glued(left: Tok, right: Tok) -> bool:
    """True when no space separates two tokens ("KN" "-" "23", "170" "mm")."""
    return left.end == right.start
