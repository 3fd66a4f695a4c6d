"""A fact box's line that credits its figure in closing brackets.

"- Labour: up to 20,000 North Korean workers in Russia (NIS)", "• ok. 13 mln – tyle
pocisków artyleryjskich wysłała KRLD (szacunek HUR)": a box of figures beside a report
names each line's source at its end, in brackets, with no verb of saying. Both readers
(``attribution.py`` with the parser, ``plain.py`` without) take it when the line names no
speaker of its own; each leaves out an outlet there (the page's own credit).
"""

from __future__ import annotations

import re

#: A fact box's line: a bullet or a dash opens it, or a short label and its colon
#: ("- Labour: up to 20,000 ...", "• ok. 13 mln – ...", "Cargo: about 4,000 ...").
_FACT_LINE = re.compile(r"^\s*(?:[-–•*·▪]\s|[^\W\d_][\w'’ -]{0,30}:\s)")
#: A name in brackets closing the line, with no figure in it: "(NIS)", "(Ukraine's air force)".
_CLOSING_BRACKET = re.compile(r"\(\s*([^\W\d_][^()\d]{0,60}?)\s*\)\s*\.?\s*$")


def closing_credit(line: str) -> str | None:
    """The name in brackets closing a fact box's line, or None: a name has a capital
    somewhere ("Ukraine's air force", "szacunek HUR"); a lower-case aside is no name."""
    if not _FACT_LINE.match(line):
        return None
    m = _CLOSING_BRACKET.search(line)
    if m is None or not any(c.isupper() for c in m.group(1)):
        return None
    return m.group(1)


#: A box's credit line: a label of the language's ``source_labels`` and a name, alone on
#: its line ("Fuente: Adif", "Quelle: Statistisches Landesamt", "出典：国土交通省").
_CREDIT_LINE = re.compile(r"^\s*([^\W\d_][\w ]{0,20}?)\s*[:：]\s*([^\n]{2,200}?)\s*\.?\s*$")
#: How many letters of a bracketed tag ("(zapadores)") a box's line must hold to take it.
_TAG_STEM = 5
#: A credit of several names, each with what it gave in brackets: "NIS (artillery)".
_TAGGED_NAME = re.compile(r"([^\W\d_][^()\n]*?)\s*\(([^()\n]{2,40})\)")
#: How many lines of a box are looked through for its credit line, either way.
_BOX_LINES = 12


def _lines_from(text: str, start: int, step: int) -> list[str]:
    """Up to ``_BOX_LINES`` lines after (``step`` 1) or before (-1) the line holding
    ``start``, nearest first, up to a blank line: only these are read, however long the
    text."""
    found: list[str] = []
    if step > 0:
        end = text.find("\n", start)
        while end >= 0 and len(found) < _BOX_LINES:
            nxt = text.find("\n", end + 1)
            line = text[end + 1 : nxt if nxt >= 0 else len(text)]
            if not line.strip():
                break
            found.append(line)
            end = nxt
    else:
        begin = text.rfind("\n", 0, start)
        while begin > 0 and len(found) < _BOX_LINES:
            prev = text.rfind("\n", 0, begin)
            line = text[prev + 1 : begin]
            if not line.strip():
                break
            found.append(line)
            begin = prev
    return found


def box_credit(text: str, start: int, labels: frozenset[str]) -> str | None:
    """The name a fact box's credit line gives ("EN CIFRAS / 4 estaciones cerradas / ... /
    Fuente: Adif"): the box is the run of lines around the one at ``start`` with no blank
    line between, the credit a line labelled with one of ``labels`` (lower case). A name
    has no figure and a capital where its script has them; "Fuente: elaboración propia"
    is the page's own. What follows the name after a comma tells of the document ("NIS,
    informe del 26 de noviembre"); a credit of several names, each with what it gave in
    brackets ("Fuerza Aérea (misiles) y NIS (artillería)"), gives the line the name whose
    word the line holds, else none."""
    if not labels:
        return None
    end = text.find("\n", start)
    own_line = text[text.rfind("\n", 0, start) + 1 : end if end >= 0 else len(text)].lower()
    for step in (1, -1):
        for line in _lines_from(text, start, step):
            m = _CREDIT_LINE.match(line)
            if m is None or m.group(1).lower() not in labels:
                continue
            return _credited(m.group(2), own_line)
    return None


def _credited(credit: str, own_line: str) -> str | None:
    """The name a credit gives a line of its box (see ``box_credit``)."""
    tagged = _TAGGED_NAME.findall(credit)
    if len(tagged) > 1:
        for name, tag in tagged:
            stem = tag.strip().lower()[:_TAG_STEM]
            if len(stem) >= _TAG_STEM - 1 and stem in own_line:
                # "… y NIS (artillería)": the name opens at its capital, past the joiner
                return _named(_past_lower_words(name))
        return None
    return _named(credit.split(", ", 1)[0].strip())


def _past_lower_words(name: str) -> str:
    """``name`` past the lower-case words before its first capital ("y NIS": a joiner)."""
    words = name.split()
    while len(words) > 1 and words[0].islower():
        words = words[1:]
    return " ".join(words)


def _named(name: str) -> str | None:
    """``name`` where it has no figure and a capital in a script that has them; else None
    (the page's own credit)."""
    if not name or any(c.isdigit() for c in name) or name.lower() == name != name.upper():
        return None
    return name
