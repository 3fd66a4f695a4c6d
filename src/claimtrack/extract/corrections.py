"""Correction notes: the part of a page that retracts what it said before.

Outlets append "Correction: an earlier version of this article said 7,500 ..." (or
"Sprostowanie:", "更正：", "【おわびと訂正】", "[تصحيح: ...]") under a story. The figure such
a note retracts was never the story's claim; the figure it gives instead is, and is read
as any other. The words are the language folder's ``correction_labels``,
``earlier_version_cues`` and ``correction_turns``; the trap rule
``retracted_in_correction`` (extract/traps.py) asks this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extract.lexicon import Lexicon
from claimtrack.extract.tokens import UNSPACED_LETTER

#: What may stand between a label and its note: a bracketed time ("Исправление (1 декабря,
#: 14:40):"), then a colon, a closing bracket, a dash or a full stop ("訂正です。" is
#: left out: a label needs its mark).
_AFTER_LABEL = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?[:：】\]）)\-–—.。]")
#: Marks that may open a note before its label: "[تصحيح:", "【更正】", "※ 바로잡습니다:".
_OPENING_MARKS = " \t[(【（※*•·-–—«\"'"


def _phrases(words: list[str]) -> re.Pattern[str] | None:
    """Any of ``words``, case-folded: whole words, a stem ending in "*" with any ending,
    and a word of a script without spaces anywhere in its run."""
    alts = []
    for w in sorted({w.lower() for w in words if w.strip()}, key=len, reverse=True):
        body = re.escape(w.rstrip("*")).replace(r"\ ", r"\s+") + (r"\w*" if w.endswith("*") else "")
        alts.append(
            body
            if UNSPACED_LETTER.match(w)
            else rf"(?<!\w){body}(?!\w)"
            if not w.endswith("*")
            else rf"(?<!\w){body}"
        )
    return re.compile("|".join(alts)) if alts else None


@dataclass(frozen=True)
class CorrectionNote:
    """One language's words of a correction note."""

    labels: tuple[str, ...]
    earlier: re.Pattern[str] | None
    turns: re.Pattern[str] | None

    @classmethod
    def of(cls, lex: Lexicon) -> CorrectionNote | None:
        """The folder's note words; None when it lists neither labels nor earlier versions."""
        labels = tuple(
            sorted({w.lower() for w in lex.words("correction_labels")}, key=len, reverse=True)
        )
        earlier = _phrases(lex.words("earlier_version_cues"))
        if not labels and earlier is None:
            return None
        return cls(labels, earlier, _phrases(lex.words("correction_turns")))

    def _label_end(self, sentence: str) -> int | None:
        """Where the label opening ``sentence`` ends, or None when it opens with none."""
        head = sentence[:80].lower()
        at = len(head) - len(head.lstrip(_OPENING_MARKS))
        for label in self.labels:
            if head.startswith(label, at):
                m = _AFTER_LABEL.match(head, at + len(label))
                if m is not None:
                    return m.end()
        return None

    def retracts(self, sentence: str, start: int) -> bool:
        """Whether the figure at ``start`` in ``sentence`` is one the note retracts."""
        if not self.labels and self.earlier is None:
            return False
        opened = self._label_end(sentence)
        before = sentence[:start].lower()
        if opened is None:
            if self.earlier is None or self.earlier.search(before) is None:
                return False
            opened = 0
        return self.turns is None or self.turns.search(before, opened) is None
