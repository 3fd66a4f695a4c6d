"""Figures that count some of what an earlier figure counted, named by a pronoun.

"Quelque 3 000 d'entre eux seraient arrivés en renfort", "Pelo menos 300 deles morreram",
"De ellos, unos 1.500 habrían muerto", "di cui almeno 600 sarebbero morti": the pronoun
stands where the noun would, so the figure counts the noun of the latest figure before it
that counts things (troops, not a share or a sum). It takes that noun as its unit where
the pronoun holds the noun's place (after the figure; before it, a noun of its own may
follow: "Di questi, 800 saranno sminatori"), the measure its clause names for that
figure's actor (what happened to them: "blessés", "morreram"), else that figure's measure,
and that figure's source where it has none. The
pronouns are the language folder's ``part_pronouns``, read right after the figure or right
before it (only a comma, bounds and approximations between); a folder without them is read
as before. Each figure looks at its own sentence only, so a document costs its length.
"""

from __future__ import annotations

import re

from claimtrack.extract.lexicon import Lexicon
from claimtrack.extract.measures import MeasureMatcher
from claimtrack.extract.sentences import Sentence
from claimtrack.records import Claim

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
#: Words of a figure's clause read for what happened to those it counts: after it, before it.
_AFTER, _BEFORE = 8, 5


class PronounParts:
    """Unit, measure, source and kind of figures counted among an earlier figure's things."""

    def __init__(self, lex: Lexicon) -> None:
        phrases = sorted({w.translate(_APOSTROPHES) for w in lex.words("part_pronouns")}, key=len)
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in reversed(phrases))
        self.after = re.compile(rf"\s*(?:{body})(?!\w)", re.IGNORECASE) if body else None
        self.before = re.compile(rf"(?<!\w)(?:{body})\s*,?\s*$", re.IGNORECASE) if body else None
        # words of a figure that may stand between the pronoun and its digits ("De ellos,
        # unos 1.500", "di cui almeno 600")
        self.figure_words = frozenset(
            w
            for phrase in [
                *lex.words("approx"),
                *lex.words("bounds", "low"),
                *lex.words("bounds", "high"),
            ]
            for w in phrase.translate(_APOSTROPHES).split()
        )
        self.relatives = frozenset(w for r in lex.words("relative_pronouns") for w in r.split())
        self.ands = lex.phrase_set("ranges", "paired_joiners")  # "e", "et", "y"
        #: the story pack's measures (set by the extractor): a part is about its whole's
        #: actor, so its clause's event words ("morreram", "blessés") are read for that actor
        self.measures: MeasureMatcher | None = None

    def right_after(self, text: str, end: int) -> bool:
        """Whether a part pronoun follows a figure ending at ``end`` ("sechs von ihnen"): the
        figure counts some of an earlier figure's things, a count though it names none."""
        return (
            self.after is not None
            and self.after.match(text.translate(_APOSTROPHES), end) is not None
        )

    def follow(self, s: Sentence, claims: list[Claim], before: Claim | None) -> Claim | None:
        """Give each of ``claims`` (the figures of ``s``, in order) named by a pronoun what
        the latest counting figure before it gives; ``before`` is the document's latest
        counting claim before ``s``. Returns the latest counting claim after ``s``."""
        if self.after is None:
            return _latest_count(claims, before)
        text = s.text.translate(_APOSTROPHES)
        whole = before
        for claim in claims:
            if claim.mentions and whole is not None:
                at, end = claim.mentions[0].start - s.start, claim.mentions[0].end - s.start
                after = self.after.match(text, end) is not None
                if after or self._pronoun_before(text, at):
                    self._part(claim, whole, text, (at, end), after)
                    continue  # the next pronoun means the whole again, not this part
            if _counts(claim) and claim.unit:
                whole = claim
        return whole

    def _pronoun_before(self, text: str, at: int) -> bool:
        assert self.before is not None
        head = text[:at].rstrip()
        words = head.split()
        while words and words[-1].lower() in self.figure_words:
            words.pop()  # "De ellos, unos": the figure's own words
        m = self.before.search(" ".join(words[-4:])) if words else None
        if m is None:
            return False
        # a comma after it ("De ellos, unos 1.500") or a relative ("di cui 600"): else a
        # demonstrative may be the figure's own determiner ("de estos 300 soldados")
        phrase = m.group().rstrip(" ,")
        return m.group().rstrip().endswith(",") or phrase.split()[-1].lower() in self.relatives

    def _part(
        self, claim: Claim, whole: Claim, text: str, span: tuple[int, int], after: bool
    ) -> None:
        if not _counts(claim) or not _counts(whole):
            return
        # after the figure, the pronoun holds the noun's place; before it, the figure's own
        # noun may follow ("parmi eux, 300 officiers", "Di questi, 800 saranno sminatori")
        at, end = span
        if after or claim.unit is None:
            claim.unit = whole.unit
        event = self._event(text, whole, at, end)
        if event is not None:
            claim.measure = event
        elif claim.measure == "other":
            claim.measure = whole.measure
        if claim.kind == "total":
            claim.kind = "subset"
        if claim.source is None and whole.source:
            claim.source, claim.via = whole.source, list(whole.via)

    def _event(self, text: str, whole: Claim, at: int, end: int) -> str | None:
        """The measure the part's clause names for the whole's actor ("300 deles morreram na
        região russa de Kursk": North Korean dead, though the clause names only Russia)."""
        pack = self.measures.pack if self.measures is not None else None
        if self.measures is None or pack is None:
            return None
        actor = next((m.actor for m in pack.measures if m.id == whole.measure), None)
        if not actor:
            return None
        after = _clause_words(text[end:], _AFTER)
        before = _clause_words(text[:at][::-1], _BEFORE, backwards=True)
        # "oltre 2.300 sarebbero morti e circa 5mila ... feriti": past "and", the figure before's
        before = before[: next((i for i, w in enumerate(before) if w in self.ands), len(before))]
        found = self.measures.match_words([], "", {actor}, [*after, *before])
        return None if found == "other" else found


def _clause_words(text: str, limit: int, backwards: bool = False) -> list[str]:
    """Up to ``limit`` words of ``text`` before its first punctuation or digit (``text``
    reversed when ``backwards``: the words nearest the figure first)."""
    words: list[str] = []
    stop = re.search(r"[,;:.!?()«»\"“”\d]", text)
    for w in _WORD.findall(text[: stop.start() if stop else len(text)]):
        words.append(w[::-1].lower() if backwards else w.lower())
        if len(words) == limit:
            break
    return words


def _counts(claim: Claim) -> bool:
    """A claim counting things: not a share, not a sum of money (a currency code)."""
    unit = claim.unit
    if unit == "percent":
        return False
    return not (unit is not None and len(unit) == 3 and unit.isascii() and unit.isupper())


def _latest_count(claims: list[Claim], before: Claim | None) -> Claim | None:
    counting = [c for c in claims if _counts(c) and c.unit]
    return counting[-1] if counting else before
