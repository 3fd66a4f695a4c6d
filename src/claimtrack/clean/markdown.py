"""Markdown to plain lines: markup characters go, the line structure stays.

Headings lose their "#", list items their bullet, emphasis its "**"/"__", links keep only
their text and images vanish. Markup-only lines (rules, code fences, link definitions,
table separators, setext underlines) become blank lines. Numbered list markers stay: the
order can matter to a reader.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.clean.furniture import Line, split_lines

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)|\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPH = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_CODE = re.compile(r"`([^`]+)`")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")


def strip_inline(text: str) -> str:
    """Inline markup removed from one line: images, links, emphasis, code, simple tags."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPH.sub(r"\2", text)
    text = _HTML_TAG.sub("", text)
    return _ESCAPE.sub(r"\1", text)


def markdown_lines(content: str) -> tuple[list[Line], str | None]:
    """Plain-text lines (offsets into ``content``) and the first level-1 heading, if any."""
    lines: list[Line] = []
    title: str | None = None
    in_code = False
    for line in split_lines(content):
        raw = line.text
        if _FENCE.match(raw):
            in_code = not in_code
            lines.append(replace(line, text=""))
            continue
        if in_code:
            lines.append(line)
            continue
        if _RULE.match(raw) or _LINK_DEF.match(raw) or _TABLE_SEP.match(raw):
            lines.append(replace(line, text=""))
            continue
        text = _QUOTE.sub("", raw)
        heading = _HEADING.match(text)
        text = heading.group(1) if heading else _BULLET.sub("", text)
        if text.lstrip().startswith("|") and text.rstrip().endswith("|"):
            text = " | ".join(cell.strip() for cell in text.strip().strip("|").split("|"))
        text = strip_inline(text).strip()
        if heading and title is None and raw.lstrip().startswith("# ") and text:
            title = text
        lines.append(replace(line, text=text))
    return lines, title
