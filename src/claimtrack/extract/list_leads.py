"""A statement that introduces a list speaks the list's lines below it.

Press releases, ministries' rebuttals and fact pages set their figures out as bulleted
lines under one sentence that says who speaks ("질병관리청은 … 다음과 같이 설명했다.",
"Das Ministerium teilt dazu Folgendes mit:", "The agency gave these figures:"). The lines
are headline-like (no closing full stop), so each was read as saying only what it names
itself, and the figures on them went to nobody. Here the lead's speaker holds the list:

* a lead is a prose sentence whose own cue names a source and that ends on a colon or
  holds one of the folder's ``list_leads`` ("as follows", "wie folgt", "如下");
* the list is the lines after it that open with a bullet; a heading line among them
  ("[보도 내용]", "Was das Amt sagt") starts a new section, a line of prose ends the list;
* a bullet line without a source of its own takes the source the last bullet line of
  its section named ("□ 다온일보는 … 보도" over "○ … 세 배에 이르고"), else the lead's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extract.attribution import Attribution
from claimtrack.extract.lexicon import Lexicon
from claimtrack.extract.sentences import Sentence

#: Bullets before a roundtable's turn label or a list's line, as Korean papers print them
#: ("▶남기철=…", "□ …", "○ …").
BULLETS = "▶►■□△▲◆◇○●"
#: Marks that open a list's line: those bullets, and round ones, dashes, asterisks.
LINE_MARKS = BULLETS + "•·‣▪▫◦※*-–—"
#: Colons a lead ends on.
_COLONS = (":", "：")


def lead_cue(lex: Lexicon) -> re.Pattern[str] | None:
    """The folder's lead phrases (``list_leads``) as one pattern, built once per language:
    a spaced phrase as whole words (its spaces any run of blanks), a phrase of a script
    without spaces as it stands."""
    words = lex.words("list_leads")
    if not words:
        return None
    spaced = lex.unspaced is None
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        phrase = r"\s+".join(map(re.escape, w.split()))
        parts.append(rf"(?<!\w){phrase}(?!\w)" if spaced else phrase)
    return re.compile("|".join(parts), re.IGNORECASE)


@dataclass
class ListLeads:
    """The list being read: its lead's attribution and paragraph, and the source the
    latest bullet line of the current section named (``section``)."""

    cue: re.Pattern[str] | None = None
    lead: Attribution | None = None
    lead_paragraph: int = -1
    section: Attribution | None = None

    def _leads(self, s: Sentence) -> bool:
        text = s.text.rstrip()
        return text.endswith(_COLONS) or (self.cue is not None and bool(self.cue.search(text)))

    def speaker(self, s: Sentence, text: str) -> Attribution | None:
        """The attribution a bullet line of the list gives ``s`` when it names no source
        of its own; None outside a list."""
        if self.lead is None or s.paragraph <= self.lead_paragraph or not bulleted(s, text):
            return None
        said = self.section or self.lead
        return Attribution(said.source, list(said.via), inherited=True)

    def see(self, s: Sentence, text: str, own: Attribution | None) -> None:
        """Take ``s`` in, with the attribution its own cues gave it (``own``; None or an
        inherited one when they named nobody)."""
        named = own if own is not None and own.source and not own.inherited else None
        if self.lead is not None and s.paragraph > self.lead_paragraph:
            if bulleted(s, text):
                if named is not None and _opens_line(s, text):
                    self.section = named
            elif s.block:
                self.section = None  # a heading inside the list: the lead speaks again
            else:
                self.lead = self.section = None  # prose: the list is over
        if named is not None and not s.block and self._leads(s):
            self.lead, self.lead_paragraph, self.section = named, s.paragraph, None


def _line_start(s: Sentence, text: str) -> int:
    return text.rfind("\n", 0, s.start) + 1


def bulleted(s: Sentence, text: str) -> bool:
    """Whether the line ``s`` stands on opens with a list's mark."""
    line = text[_line_start(s, text) : s.end].lstrip()
    return bool(line) and line[0] in LINE_MARKS


def _opens_line(s: Sentence, text: str) -> bool:
    """Whether ``s`` is the first sentence on its line (past its mark)."""
    before = text[_line_start(s, text) : s.start]
    return not before.strip(" \t" + LINE_MARKS)
