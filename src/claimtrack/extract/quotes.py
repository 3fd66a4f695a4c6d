"""Quotations of several sentences: the speaker named where the quotation closes
('... Now we have forty," he says.') owns the figures of its earlier sentences too.

The parse of one sentence sees no speaker in '"We had twelve of them last summer.', and
its first person means whoever the closing tag names. Read from the text of a paragraph's
sentences, one pass: a quotation opens at a sentence that starts with a quotation mark and
holds no closing one, and runs to the sentence whose closing mark a speaker tag follows
("she said", "says Lee", "the foreman added").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimtrack.extract.lexicon import Lexicon
from claimtrack.extract.sentences import Sentence

_OPEN = '"“'
#: A list's bullet before a quotation opening its line.
_BULLET = re.compile(r"^[•▪◦‣*·–—-]\s+")
_CLOSE = '"”'
_NAME = r"(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|for)){0,5}|(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3})"


class QuoteReader:
    def __init__(self, lex: Lexicon) -> None:
        verbs = sorted(
            lex.set_of["reporting_verbs"] | lex.phrase_set("reporting_verb_forms"),
            key=len,
            reverse=True,
        )
        said = "(?:" + "|".join(re.escape(v) + r"\w*" for v in verbs) + ")"
        # '," she said', '," says Lee', '," the foreman added'
        self._tag = re.compile(
            rf"[,.!?…][\"”]\s+(?:(?P<pre>he|she|they|we|I|{_NAME})\s+{said}\b"
            rf"|{said}\s+(?P<post>{_NAME}|he|she))"
        )
        # 'Foreign Secretary Ana Ruiz said:' alone, the quoted paragraphs after it hers
        self._intro = re.compile(rf"^(?P<name>{_NAME})\s+{said}\b(?:\s+[\w'’-]+){{0,4}}\s*:$")

    def speakers(self, sentences: Iterable[Sentence]) -> dict[int, str]:
        """Sentence start -> the speaker a closing tag names, for the sentences of a
        multi-sentence quotation before its closing sentence; pronouns as written."""
        sentences = list(sentences)
        out = self._introduced(sentences)
        waiting: list[Sentence] = []
        paragraph = -1
        for s in sentences:
            if s.paragraph != paragraph:
                waiting, paragraph = [], s.paragraph
            text = _BULLET.sub("", s.text.strip())  # '• "I've had 600 emails ...'
            if not waiting:
                if text[:1] in _OPEN and not any(c in _CLOSE for c in text[1:]):
                    waiting = [s]
                continue
            m = self._tag.search(text)
            if m is not None:
                speaker = (m.group("pre") or m.group("post") or "").strip()
                for w in waiting:
                    out[w.start] = speaker
                waiting = []
            elif any(c in _CLOSE for c in text):
                waiting = []  # the quotation closed without naming anyone
            else:
                waiting.append(s)
        return out

    def _introduced(self, sentences: list[Sentence]) -> dict[int, str]:
        """Sentence start -> the speaker of a line that introduces a quotation ("X said:"),
        for the sentences of the paragraphs after it that open with a quotation mark, up
        to the first paragraph that does not (the writer's voice again)."""
        out: dict[int, str] = {}
        speaker: str | None = None
        paragraph, quoted = -1, False
        for s in sentences:
            text = s.text.strip()
            if s.paragraph != paragraph:
                paragraph = s.paragraph
                quoted = speaker is not None and text[:1] in _OPEN
                if not quoted:
                    speaker = None
            m = self._intro.match(text)
            if m is not None:
                speaker, quoted = m.group("name").strip(), False
                continue
            if quoted and speaker is not None:
                out[s.start] = speaker
        return out
