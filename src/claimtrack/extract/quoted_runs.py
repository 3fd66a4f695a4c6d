"""Who speaks a quotation that runs over several sentences, in a script without spaces.

"ブダノフ局長は「北朝鮮は数百万発の砲弾を渡した。ロシア軍が使う砲弾の6割近くが北朝鮮製だ」と
述べた。": the sentence splitter cuts the quotation at its "。", so the first figure's sentence
holds the speaker but no verb of saying, and the second the verb but no speaker. A figure
inside a quotation that opens before its sentence or closes after it is read with the whole
quotation and what stands around it, up to the sentences' ends on both sides, so the
speaker before "「" (or "说：“") and the verb after "」" meet again. The span is bounded by the
paragraph and ``MAX_SPAN`` characters, so a document costs its length.
"""

from __future__ import annotations

from claimtrack.extract.lexicon import Lexicon
from claimtrack.extract.plain import PlainAttributions
from claimtrack.extract.sentences import Sentence
from claimtrack.extract.unspaced import UnspacedReader
from claimtrack.records import Claim

_OPEN, _CLOSE = "「『“", "」』”"
_SENTENCE_END = "。！？\n"
#: How far a quotation is looked for around a figure, each way.
MAX_SPAN = 600


class QuotedRuns:
    """Sources of figures inside a quotation over several sentences (see the module)."""

    def __init__(self, lex: Lexicon) -> None:
        self.reader = UnspacedReader(lex) if lex.unspaced is not None else None

    def attribute(
        self,
        text: str,
        s: Sentence,
        claims: list[Claim],
        attributions: PlainAttributions | None = None,
    ) -> None:
        """Give each of ``claims`` (the figures of ``s`` in the document ``text``) without a
        source the speaker of the quotation it stands in, when that runs past ``s``."""
        if self.reader is None:
            return
        for claim in claims:
            if not claim.mentions:
                continue
            span = _quotation(text, claim.mentions[0].start, s)
            if span is None:
                continue
            start, opening, end = span
            if claim.source is not None and not _said_inside(text, claim.source, start, opening, s):
                continue  # a source of its own; but "アリーナ" read inside "「…アリーナが…」と話し"
                # is what was said, not who said it
            history = attributions.history if attributions is not None else []
            known = attributions.known_via if attributions is not None else None
            attr = self.reader.attribution(text[start:end], opening - start, history, known)
            if attr is not None and attr.source:
                claim.source, claim.via = attr.source, list(attr.via)


def _quotation(text: str, at: int, s: Sentence) -> tuple[int, int, int] | None:
    """``(start, opening, end)``: the sentences around the quotation holding offset ``at``
    when it runs past ``s`` (``opening``: where it opens); None otherwise."""
    lo = max(0, at - MAX_SPAN, text.rfind("\n\n", 0, at) + 1)
    hi = min(len(text), at + MAX_SPAN)
    if (para_end := text.find("\n\n", at, hi)) >= 0:
        hi = para_end
    opening = max(text.rfind(q, lo, at) for q in _OPEN)
    if opening < 0 or any(text.find(q, opening, at) >= 0 for q in _CLOSE):
        return None
    closing = min((k for q in _CLOSE if (k := text.find(q, at, hi)) >= 0), default=-1)
    if closing < 0 or (opening >= s.start and closing < s.end):
        return None  # not in a quotation, or one inside the sentence: the reader has it
    start = max((text.rfind(e, lo, opening) + 1 for e in _SENTENCE_END), default=lo)
    ends = [k for e in _SENTENCE_END if (k := text.find(e, closing, hi)) >= 0]
    return max(start, lo), opening, min(ends, default=hi)


def _said_inside(text: str, name: str, start: int, opening: int, s: Sentence) -> bool:
    """Whether ``name`` is written inside the quotation, from its opening mark to the end
    of ``s``, and not before the mark in the sentence that opens it (from ``start``)."""
    inside = text.find(name, opening, s.end) >= 0
    return inside and text.find(name, start, opening) < 0
