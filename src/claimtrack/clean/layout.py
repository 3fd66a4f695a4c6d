"""The output text layout the extractor relies on: one paragraph, heading or list item a line.

Lines are never merged or reflowed. Trailing whitespace goes, odd spaces become plain spaces,
runs of blank lines collapse to one, and blank lines at either end are dropped. A tab between
words stays: it separates the cells of a table pasted as text ("Shells\t13 million\tHUR"),
which the extractor reads by its columns (extract/tables.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ODD_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a]")
#: Tabs that indent a line separate no cells.
_LEADING_TABS = re.compile(r"^[ \t]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Terminal control sequences (ECMA-48) in text pasted from a console or a log: CSI
# ("ESC [ 31 m", colours), OSC ("ESC ] ... BEL", titles and links), other two-character
# escapes, and any C0/C1 control character left over. They are not text, and their
# parameters ("0m") would otherwise be read as figures.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[@-Z\\-_]"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def tidy_line(line: str) -> str:
    """One line with control sequences and invisible characters removed, odd spaces made
    plain, no trailing space."""
    line = _ODD_SPACES.sub(" ", _INVISIBLE.sub("", _CONTROL.sub("", line))).rstrip()
    return _LEADING_TABS.sub(lambda m: m.group().replace("\t", " "), line)


def join_lines(lines: Iterable[str]) -> str:
    """Lines joined by "\\n" with at most one blank line between paragraphs."""
    out: list[str] = []
    blank = False
    for raw in lines:
        line = tidy_line(raw)
        if not line.strip():
            blank = bool(out)
            continue
        if blank:
            out.append("")
            blank = False
        out.append(line)
    return "\n".join(out)


def has_readable_text(text: str) -> bool:
    """True when ``text`` holds at least one letter or digit."""
    return any(c.isalnum() for c in text)
