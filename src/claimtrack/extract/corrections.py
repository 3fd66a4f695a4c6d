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

from claimtrack.extract.lexicon import Lexicon, any_word

#: What may stand between a label and its note: a bracketed time ("Исправление (1 декабря,
#: 14:40):"), then a colon, a closing bracket, a dash or a full stop ("訂正です。" is
#: left out: a label needs its mark).
_AFTER_LABEL = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?[:：】\]）)\-–—.。]")
#: Marks that may open a note before its label: "[تصحيح:", "【更正】", "※ 바로잡습니다:".
_OPENING_MARKS = " \t[(【（※*•·-–—«\"'"


@dataclass(frozen=True)
class CorrectionNote:
    """One language's words of a correction note."""

    labels: tuple[str, ...]
    earlier: re.Pattern[str]
    turns: re.Pattern[str]

    @classmethod
    def of(cls, lex: Lexicon) -> CorrectionNote | None:
        """The folder's note words; None when it lists neither labels nor earlier versions."""
        labels = tuple(
            sorted({w.lower() for w in lex.words("correction_labels")}, key=len, reverse=True)
        )
        earlier = lex.words("earlier_version_cues")
        if not labels and not earlier:
            return None
        return cls(labels, any_word(earlier), any_word(lex.words("correction_turns")))

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
        """Whether the figure at ``start`` in ``sentence`` is one the note retracts: the
        sentence opens with a label or names an earlier version before the figure, and no
        turn stands between."""
        before = sentence[:start]
        opened = self._label_end(sentence)
        if opened is None:
            if self.earlier.search(before) is None:
                return False
            opened = 0
        return self.turns.search(before, opened) is None
