"""The words around a figure that may say what happened to the people it counts, where
verbs close the clause and particles glue onto words (Korean).

"북한군 300명이 사망했다" (300 North Korean soldiers died), "포로로 잡힌 병사도 두 명 있다"
(two soldiers were taken prisoner): the event stands right after the counter or in the
relative clause right before the noun, while the noun before the figure ("북한군") only names
whose people they are. ``MeasureMatcher.match_words`` reads an event word among these words
as it reads "погибли 200 военнослужащих". The words stop at punctuation, at another figure
and at a part opener ("1만 명 가운데 사망자는": the event is the part's, not the whole's).
"""

from __future__ import annotations

from collections.abc import Collection

from claimtrack.extract.figures import Figure
from claimtrack.extract.tokens import Tok

#: How many words on each side: the counter, its predicate and two more ("포로로 잡힌
#: 북한군이 지금까지 두 명": an adverb of time between the event and the figure).
REACH = 4


def clause_words(fig: Figure, toks: list[Tok], stops: Collection[str]) -> list[str]:
    """Up to ``REACH`` words after the figure, then up to ``REACH`` before it, nearest
    first on each side, to punctuation, a digit or a word of ``stops``."""
    after = _run(toks[fig.tok_end : fig.tok_end + REACH], stops)
    before = _run(list(reversed(toks[max(0, fig.tok_start - REACH) : fig.tok_start])), stops)
    return [*after, *before]


def _run(toks: list[Tok], stops: Collection[str]) -> list[str]:
    out: list[str] = []
    for t in toks:
        if not t.is_alpha or t.lower in stops:
            break
        out.append(t.lower)
    return out
