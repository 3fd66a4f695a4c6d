"""Figures that count a part of the figure before them, or more of it, read without a parser.

"死傷者は1万1208人。このうち死亡は12人", "累计1.4万人左右，其中逾4000人伤亡", "파병 규모는
1만 1천 명 … 이들 가운데 3천여 명이": the part opener says the figure counts some of the
whole named before it, so it holds the whole's measure when its own clause names none ("3千여
명" names only a counter) and the whole's source when it names none of its own (the ministry
that gave the whole gave its parts). "北朝鮮はさらに最大1万人を送る", "再派出5000至1万名",
"1만 2천 명을 더 보낼": more of the same thing, so the measure carries as well. The words are
the language folder's ``part_openers`` and ``more_words``; a folder without them is read as
before. In a script without spaces a figure whose clause says it is still there ("今も残って
いる", "仍有") is a part too (the folder's ``kinds.remaining_after``). The kind becomes ``subset`` or ``change`` so the resolver never compares a part with a
total. Each figure looks only at its own sentence, so a document costs its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimtrack.extract.attribution import Attribution
from claimtrack.extract.lexicon import Lexicon
from claimtrack.extract.plain import PlainAttributions
from claimtrack.extract.sentences import Sentence
from claimtrack.extract.unspaced import clause_span
from claimtrack.records import Claim


def _pattern(words: Iterable[str], spaced: bool) -> re.Pattern[str] | None:
    """Any of ``words``, longest first; whole words where the script has spaces."""
    alts = sorted({w for w in words if w}, key=len, reverse=True)
    if not alts:
        return None
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if spaced else f"(?:{body})")


class PartReader:
    """Measure, source and kind of figures that are part of, or more of, the one before."""

    def __init__(self, lex: Lexicon) -> None:
        spaced = lex.unspaced is None
        self.parts = _pattern(lex.words("part_openers"), spaced)
        self.more = _pattern(lex.words("more_words"), spaced)
        # "約6000人が今もクルスクに残っている", "仍有约6000名士兵留在": what is still there of a
        # whole is a part of it; spaced languages have the kinds reader for this (kinds.py)
        remaining = lex.words("kinds", "remaining_after")
        self.remaining = None if spaced else _pattern(remaining, spaced)

    def follow(
        self,
        s: Sentence,
        claims: list[Claim],
        before: Claim | None,
        attributions: PlainAttributions | None = None,
        before_here: bool = True,
    ) -> Claim | None:
        """Give ``claims`` (the figures of ``s``, in order) what their whole gives; ``before``
        is the document's latest claim before ``s`` (``before_here``: in ``s``'s paragraph).
        Returns the latest claim after ``s``. In a new paragraph, a part's whole is the
        figure the paragraph before ended on only where the opener opens its clause ("其中约
        2000人", "이 가운데 3천 명"): after a noun ("출발편 가운데 10여 편") it counts among
        that noun.
        A part's source, once taken, carries to the paragraph's next sentence as a named
        one does ("このうち死亡は12人。年齢別では、高齢者が半数以上を占めた")."""
        remaining = self.remaining
        for claim in claims if remaining is not None else ():
            if claim.kind == "total" and claim.unit != "percent" and claim.mentions:
                at = claim.mentions[0].start - s.start
                start, stop = clause_span(s.text, at, claim.mentions[0].end - s.start)
                if remaining is not None and remaining.search(s.text, start, stop):
                    claim.kind = "subset"
        if self.parts is None and self.more is None:
            return claims[-1] if claims else before
        opener = self.parts.search(s.text) if self.parts is not None else None
        done: list[tuple[int, Claim]] = []
        for claim in claims:
            at = claim.mentions[0].start - s.start if claim.mentions else 0
            if opener is not None and opener.end() <= at:
                back = before_here or _opens_clause(s.text, opener.start())
                whole = _latest(
                    [c for k, c in done if k < opener.start()], before if back else None
                )
                if whole is not None:
                    self._part(claim, whole, s, attributions)
            elif self.more is not None and self._more_in_clause(s.text, claim, at):
                whole = _latest([c for _, c in done], before)
                if whole is not None and _counts_alike(claim, whole):
                    claim.measure = whole.measure if claim.measure == "other" else claim.measure
                    claim.kind = "change" if claim.kind == "total" else claim.kind
            done.append((at, claim))
        return claims[-1] if claims else before

    def _more_in_clause(self, sentence: str, claim: Claim, at: int) -> bool:
        assert self.more is not None
        end = claim.mentions[0].end - claim.mentions[0].start + at if claim.mentions else at
        start, stop = clause_span(sentence, at, end)
        return self.more.search(sentence, start, stop) is not None

    @staticmethod
    def _part(
        claim: Claim, whole: Claim, s: Sentence, attributions: PlainAttributions | None
    ) -> None:
        if _counts_alike(claim, whole) and claim.measure == "other":
            claim.measure = whole.measure
        claim.kind = "subset" if claim.kind == "total" else claim.kind
        if claim.source is None and whole.source:
            claim.source, claim.via = whole.source, list(whole.via)
            if attributions is not None:  # the paragraph's next sentence goes on with it
                attributions.para_attr[s.paragraph] = Attribution(whole.source, list(whole.via))
                attributions.noted_at[s.paragraph] = attributions.count


#: What ends a clause before a part opener: punctuation of any script.
_CLAUSE_MARK = re.compile(r"[,，、。.;；:：!?！？\n]")


def _opens_clause(text: str, at: int) -> bool:
    """Whether nothing but spaces stands between the clause's start and ``at``."""
    marks = list(_CLAUSE_MARK.finditer(text, max(0, at - 200), at))
    start = marks[-1].end() if marks else max(0, at - 200)
    return not text[start:at].strip()


def _latest(claims: list[Claim], before: Claim | None) -> Claim | None:
    return claims[-1] if claims else before


def _counts_alike(claim: Claim, whole: Claim) -> bool:
    """Both count things: a share or an amount of money is no part of a head count."""
    return _amount(claim.unit) == _amount(whole.unit) == "count"


def _amount(unit: str | None) -> str:
    """ "percent", "money" (a currency's ISO code: the readers' unit of an amount of money)
    or "count"."""
    if unit == "percent":
        return "percent"
    if unit is not None and len(unit) == 3 and unit.isascii() and unit.isupper():
        return "money"
    return "count"
