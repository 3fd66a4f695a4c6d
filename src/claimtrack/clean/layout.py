"""The output text layout the extractor relies on: one paragraph, heading or list item a line.

Lines are never merged or reflowed. Trailing whitespace goes, odd spaces become plain spaces,
runs of blank lines collapse to one, and blank lines at either end are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ODD_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\t]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def tidy_line(line: str) -> str:
    """One line with invisible characters removed, odd spaces made plain, no trailing space."""
    return _ODD_SPACES.sub(" ", _INVISIBLE.sub("", line)).rstrip()


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
