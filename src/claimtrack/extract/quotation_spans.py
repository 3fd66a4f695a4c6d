"""Quotations over several sentences in spaced scripts, read by the parser-free reader.

"«Hemos contado 40 casas. Es mucho», dijo el concejal Juan Pérez.": the sentence splitter
cuts the quotation at its full stop, so the figure's sentence names no speaker and the
speaker stands after the closing mark, in a later sentence. This module follows the
quotation marks from sentence to sentence within a paragraph: the figures read while a
quotation is open, with no cue of their own, wait for the sentence where it closes, and
take the speaker its tag names there ("», dijo X", "», — сказал он", "” – mówi X").
Japanese and Chinese have their own pass (``quoted_runs``). Each sentence is scanned once,
so a document costs its length.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimtrack.records import Claim

#: An opening mark and the marks that close it ("„…“" in German, "„…”" in Polish).
OPENERS = {"«": "»", "„": "“”", "“": "”", "‹": "›", '"': '"'}


def scan(text: str, closers: str | None) -> tuple[int, str | None]:
    """Where a quotation open before ``text`` (waiting for one of ``closers``) closes in it,
    -1 where it does not, and the closers of a quotation left open at its end (None)."""
    closes, state = -1, closers
    waiting = closers is not None
    for i, ch in enumerate(text):
        if state is not None:
            if ch in state:
                if waiting:
                    closes, waiting = i, False
                state = None
        elif ch in OPENERS:
            state = OPENERS[ch]
    return closes, state


@dataclass
class QuotationSpan:
    """The quotation open at the end of the sentences read so far, and the figures read
    inside it that wait for its speaker."""

    paragraph: int = -1
    closers: str | None = None
    waiting: list[Claim] = field(default_factory=list)

    def closes(self, paragraph: int, text: str) -> int:
        """Where in this sentence the quotation open before it closes (-1: none is open
        here, or it goes on). Read before ``follow`` for the same sentence."""
        if paragraph != self.paragraph or self.closers is None:
            return -1
        return scan(text, self.closers)[0]

    def follow(self, paragraph: int, text: str, unsourced: list[Claim]) -> list[Claim]:
        """Move past one sentence (``unsourced``: its figures with no cue of their own);
        the figures that waited for a quotation closing in it, for its speaker."""
        if paragraph != self.paragraph:
            self.paragraph, self.closers, self.waiting = paragraph, None, []
        closes, left_open = scan(text, self.closers)
        settled: list[Claim] = []
        if self.closers is not None and closes >= 0:
            settled, self.waiting = self.waiting, []
        if left_open is not None:
            self.waiting.extend(unsourced)
        else:
            self.waiting = []
        self.closers = left_open
        return settled
