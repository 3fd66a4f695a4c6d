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
    inside it that wait for its speaker.

    A quotation opening a paragraph and left open at its end goes on in the next ones
    (a testimony given whole, "« Lundi matin, … » " over eight paragraphs: the way French,
    Spanish and English print a speech of several paragraphs); any other ends with its
    paragraph, so a stray mark costs one paragraph at most."""

    paragraph: int = -1
    closers: str | None = None
    waiting: list[Claim] = field(default_factory=list)
    #: whether the open quotation opened its paragraph, and whether it crossed into another
    from_start: bool = False
    crossed: bool = False
    #: the person named last before the quotation opened (set by its reader): who speaks
    #: a quotation of several paragraphs that closes with no tag
    teller: str | None = None
    #: whether the sentence followed last opened the quotation left open
    fresh: bool = False

    def closes(self, paragraph: int, text: str) -> int:
        """Where in this sentence the quotation open before it closes (-1: none is open
        here, or it goes on). Read before ``follow`` for the same sentence."""
        if self.closers is None or (paragraph != self.paragraph and not self.from_start):
            return -1
        return scan(text, self.closers)[0]

    def follow(self, paragraph: int, text: str, unsourced: list[Claim]) -> list[Claim]:
        """Move past one sentence (``unsourced``: its figures with no cue of their own);
        the figures that waited for a quotation closing in it, for its speaker."""
        opens_paragraph = paragraph != self.paragraph
        if opens_paragraph:
            if self.closers is not None and self.from_start:
                self.crossed = True  # the speech goes on in this paragraph
            else:
                self.closers, self.waiting, self.crossed = None, [], False
            self.paragraph = paragraph
        was_open = self.closers is not None
        closes, left_open = scan(text, self.closers)
        settled: list[Claim] = []
        if self.closers is not None and closes >= 0:
            settled, self.waiting = self.waiting, []
        if left_open is not None:
            self.waiting.extend(unsourced)
        else:
            self.waiting = []
        self.fresh = left_open is not None and (not was_open or closes >= 0)
        if self.fresh:  # a quotation this sentence opened: none of its own crossed yet
            self.from_start = opens_paragraph and text.lstrip()[:1] in OPENERS
            self.teller, self.crossed = None, False
        elif left_open is None and not settled:
            self.crossed = False  # kept only while the closing sentence is read
        self.closers = left_open
        return settled
