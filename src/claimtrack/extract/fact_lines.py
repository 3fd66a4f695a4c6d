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
