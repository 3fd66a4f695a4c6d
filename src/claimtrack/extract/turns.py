"""Who speaks in a transcript: a speaker label ("MS. FENWICK:", "GEN. ARLEDGE:", "Q:")
owns the figures of the turn that follows it, up to the next label.

A hearing or press-briefing transcript names its speaker once per turn and then talks in
the first person ("our assessment", "the number I've seen"); the parse of one sentence
cannot see who that is. Labels are read once per document from its lines. An asker's
turn ("Q:", "Question:") names no source of its own: only what its sentences attribute
("Seoul says ..."). A document counts as a transcript only with two labels or more, and a
label counts only when it is an asker's, carries a title ("SEN.", "DR.") or its surname
appears elsewhere in the document, so "UPDATE:" or "NOTE:" lines are no speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extract.lexicon import Lexicon

# a capitalised label of up to five words at the start of a line, then a colon
_LABEL = re.compile(r"^[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})[ \t]*:[ \t]+(?=\S)")


#: Distinct speaker labels looked up per document (each costs a pass over its text).
MAX_SPEAKERS = 64


@dataclass(frozen=True)
class Turn:
    """A transcript turn: its speaker's name, or None in an asker's turn."""

    speaker: str | None
    asker: bool


def _title_key(word: str) -> str:
    return word.lower().strip(".,'’")


class TurnReader:
    """Speaker labels of a document, per line (``Sentence.paragraph``)."""

    def __init__(self, lex: Lexicon) -> None:
        self.askers = lex.phrase_set("speaker_askers")
        self.titles = {str(k).lower(): str(v) for k, v in lex.mapping("person_titles").items()}

    def turns(self, text: str) -> dict[int, Turn]:
        """Each line's turn, for the lines of a transcript; empty for other documents."""
        labels: dict[int, Turn] = {}
        lines = text.split("\n")
        known: dict[str, Turn | None] = {}  # each label is looked up in the text once
        for i, line in enumerate(lines):
            m = _LABEL.match(line)
            if m is None:
                continue
            label = " ".join(m.group(1).split())
            if label not in known:
                # past MAX_SPEAKERS distinct labels this is no transcript a reader follows;
                # stop searching the text per label, so a hostile one stays linear
                known[label] = self._turn(label, text) if len(known) < MAX_SPEAKERS else None
            turn = known[label]
            if turn is not None:
                labels[i] = turn
        if len(labels) < 2:
            return {}
        out: dict[int, Turn] = {}
        current: Turn | None = None
        for i, line in enumerate(lines):
            current = labels.get(i, current)
            if current is not None and line.strip():
                out[i] = current
        return out

    def _turn(self, label: str, text: str) -> Turn | None:
        words = label.split()
        if " ".join(words).lower().strip(".") in self.askers:
            return Turn(None, True)
        titled = [w for w in words if _title_key(w) in self.titles]
        names = [w for w in words if _title_key(w) not in self.titles]
        if not names or len(names[-1].strip(".,")) < 2:
            return None  # "A:" answers for someone the label does not name
        if not label.isupper() and not titled and len(names) < 2:
            return None  # "Summary:", "Update:": one title-case word is no speaker
        surname = names[-1].strip(".,").capitalize()
        full = _full_name(surname, text, self.titles)
        if full is None and not titled:
            return None
        if full is None:
            full = " ".join(w.capitalize() for w in words)
        return Turn(full, False)


def _full_name(surname: str, text: str, titles: dict[str, str]) -> str | None:
    """The person's name as the document writes it in running text ("Laura Fenwick" for
    "MS. FENWICK"): the capitalised words before the surname, titles left out."""
    pattern = re.compile(
        rf"((?:[A-Z][\w.'’-]*[ \t]+){{0,5}}){re.escape(surname)}\b(?![ \t]*:)", re.MULTILINE
    )
    best: str | None = None
    for m in pattern.finditer(text):
        before = [w for w in m.group(1).split() if _title_key(w) not in titles]
        name = " ".join([*before[-2:], surname])
        if best is None or len(name) > len(best):
            best = name
    return best
