"""HTML to article text plus page metadata (title, site name, published date).

trafilatura finds the article body (favouring recall, so broken or partial pages still give
text) and writes it as plain text, one paragraph, heading or list item a line; its metadata
step runs htmldate for the date, preferring the original publication date over updates.
When trafilatura finds nothing, the visible text of <body> is used, split at block elements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import htmldate
import lxml.html
import trafilatura
from lxml import etree

from claimtrack.clean.furniture import Line, split_lines

_BULLET = re.compile(r"^- ")  # trafilatura writes list items as "- item"

_SKIP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "svg",
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "tr",
        "table",
        "thead",
        "tbody",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "br",
        "hr",
        "address",
        "caption",
        "td",
        "th",
    ]
)


@dataclass(frozen=True)
class HtmlExtract:
    """What a page yields: article text (may be empty) and whatever metadata was found."""

    text: str
    title: str | None = None
    sitename: str | None = None
    published: str | None = None


def _date_params() -> dict[str, Any]:
    return {
        "original_date": True,
        "extensive_search": False,
        "max_date": date.today().isoformat(),
    }


def _clean_value(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _body_text(html: str) -> str:
    """Visible text of <body> (or the whole document), one block element a line."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    bodies = root.xpath("//body")
    node = bodies[0] if bodies else root
    for bad in node.xpath(" | ".join(f"//{t}" for t in _SKIP_TAGS)):
        if bad is not node and bad.getparent() is not None:
            bad.drop_tree()
    for el in node.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    text = node.text_content()
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TITLE_SUFFIX = re.compile(r"^\s*[|–—-]\s*(?P<site>[^|–—]{2,60}?)\s*$")


def _sitename_from_title(html: str, title: str | None) -> str | None:
    """ "Headline | Site Name" in <title> gives the site when the headline is known."""
    if not title:
        return None
    m = _TITLE_TAG.search(html[:20000])
    if not m or not m.group(1).strip():
        return None
    try:
        raw = " ".join(lxml.html.fromstring(f"<p>{m.group(1)}</p>").text_content().split())
    except (etree.ParserError, ValueError):
        return None
    if not raw.startswith(title):
        return None
    suffix = _TITLE_SUFFIX.match(raw[len(title) :])
    return suffix.group("site") if suffix else None


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Article text and metadata of one page; text is "" when nothing readable is found."""
    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
            date_extraction_params=_date_params(),
        )
    except Exception:  # trafilatura can fail on pathological markup; fall back below
        doc = None

    text = ""
    title = sitename = published = None
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
        text = get("text") or ""
        title = _clean_value(get("title"))
        sitename = _clean_value(get("sitename"))
        published = _clean_value(get("date"))
    if sitename is None:
        sitename = _sitename_from_title(html, title)
    if not text.strip():
        text = _body_text(html)
    if doc is None and text.strip():
        try:
            published = htmldate.find_date(html, **_date_params())
        except Exception:  # htmldate is best effort; a missing date is not an error
            published = None
    return HtmlExtract(text=text, title=title, sitename=sitename, published=published)


def extracted_lines(text: str) -> list[Line]:
    """Lines of extracted page text, list bullets dropped, offsets into ``text``."""
    return [replace(line, text=_BULLET.sub("", line.text)) for line in split_lines(text)]
