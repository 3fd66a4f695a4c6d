"""Numerals of the scripts written without spaces (Chinese, Japanese), read as their writers
count: "一百五十" is 150 and "三千二百万" 32,000,000.

The generic reading of number words (``numbers.parse_number_words``) counts the English way,
where a scale multiplies everything before it ("two hundred fifty thousand"), which reads
"一百五十" as (100 + 5) x 10. Here a scale under ten thousand (十, 百, 千) multiplies the one
numeral before it, and a myriad scale (万, 億/亿) the whole group before it; "零" holds a
place ("一百零五" 105). The words are the language folder's (number_words, scales).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimtrack.extract.lexicon import Lexicon

#: From this scale up a scale multiplies the group before it, not one numeral.
_MYRIAD = 10_000


def read_numerals(words: Sequence[str], lex: Lexicon) -> float | None:
    """The value of a run of numerals and scales, one a word; None when a word is neither."""
    total = group = digit = 0.0
    big = 0.0  # the largest myriad scale applied so far
    seen = False
    for raw in words:
        w = raw.lower()
        if w in lex.number_words:
            digit = float(lex.number_words[w])
        elif w in lex.scales:
            scale = float(lex.scales[w])
            if scale < _MYRIAD:
                group += (digit or 1) * scale
            elif scale > big:  # "一万亿": the myriad before multiplies again
                total, big = (total + group + digit) * scale, scale
            else:
                total += (group + digit) * scale
            if scale >= _MYRIAD:
                group = 0.0
            digit = 0.0
        else:
            return None
        seen = True
    return total + group + digit if seen else None
