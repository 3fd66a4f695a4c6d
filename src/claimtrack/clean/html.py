"""HTML to article text plus page metadata (title, site name, published date).

trafilatura finds the article body (favouring recall, so broken or partial pages still give
text) and writes it as plain text, one paragraph, heading or list item a line; its metadata
step runs htmldate for the date, preferring the original publication date over updates.
When trafilatura finds nothing, the visible text of <body> is used, split at block elements.

A page over ``LARGE_PAGE_CHARS`` is not given to trafilatura: its tree and scoring cost about
30 bytes of memory per byte of HTML (some 630 MB for a page at the 20 MB ingest limit). Such a
page is read by ``stream_html`` instead, the stdlib ``HTMLParser`` fed in chunks, which keeps
only the text it has found: its memory grows with the text, not with the markup's tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from html.parser import HTMLParser
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


#: Pages longer than this (in characters) are read by ``stream_html`` rather than by
#: trafilatura. Measured on news paragraphs as <p>: trafilatura adds about 35 MB at 4 MB of
#: HTML, 120 MB at 8 MB and 350 MB at 20 MB (growing faster than the page), while the
#: streaming reader adds about 40 MB at 20 MB. A real news page is under 1 MB, so at 2 MB a
#: real page never crosses the line and a generated or broken one stays cheap.
LARGE_PAGE_CHARS = 2_000_000
#: How much HTML the streaming reader is fed at a time.
STREAM_CHUNK_CHARS = 65_536


@dataclass(frozen=True)
class HtmlExtract:
    """What a page yields: article text (may be empty) and whatever metadata was found.
    ``large_page``: the page was over ``LARGE_PAGE_CHARS`` and read by ``stream_html``."""

    text: str
    title: str | None = None
    sitename: str | None = None
    published: str | None = None
    large_page: bool = False


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
    """Article text and metadata of one page; text is "" when nothing readable is found.
    A page over ``LARGE_PAGE_CHARS`` is read by ``stream_html``, in memory linear in it."""
    if len(html) > LARGE_PAGE_CHARS:
        return stream_html(html)
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


#: <meta> names and properties that give the title, site name and published date, best first.
_META_TITLE = ("og:title", "twitter:title")
_META_SITE = ("og:site_name", "application-name")
_META_DATE = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
)
_SPACE = re.compile(r"\s+")


class _StreamReader(HTMLParser):
    """Text of a page as the parser meets it: the visible text, one block element a line;
    the content of ``_SKIP_TAGS`` is left out, entities are unescaped (``convert_charrefs``).
    Only the current block's pieces and the finished lines are kept, never a tree."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._block: list[str] = []
        self._skip: list[str] = []  # open skipped elements, innermost last
        self._in_title = False
        self._title: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip.append(tag)
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            self._note_meta(attrs)
        elif tag in _BLOCK_TAGS:
            self._end_block()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <svg/>, <br/>, <meta/>: a start with no content, so no skipped region opens
        if tag == "meta":
            self._note_meta(attrs)
        elif tag in _BLOCK_TAGS:
            self._end_block()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            # close the innermost open element of that name (and any left open inside it)
            if tag in self._skip:
                while self._skip.pop() != tag:
                    pass
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCK_TAGS:
            self._end_block()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self._title.append(data)
        else:
            self._block.append(data)

    def _note_meta(self, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v for k, v in attrs if v is not None}
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        content = values.get("content")
        if key and content and key not in self.meta and len(self.meta) < 200:
            self.meta[key] = content

    def _end_block(self) -> None:
        if self._block:
            line = _SPACE.sub(" ", "".join(self._block)).strip()
            self._block.clear()
            if line:
                self.lines.append(line)

    def finish(self) -> HtmlExtract:
        self.close()
        self._end_block()
        meta = self.meta
        title = _clean_value("".join(self._title)) if self._title else None
        title = next((_clean_value(meta[k]) for k in _META_TITLE if k in meta), None) or title
        return HtmlExtract(
            text="\n".join(self.lines),
            title=title,
            sitename=next((_clean_value(meta[k]) for k in _META_SITE if k in meta), None),
            published=next((_clean_value(meta[k]) for k in _META_DATE if k in meta), None),
            large_page=True,
        )


def stream_html(html: str) -> HtmlExtract:
    """The visible text and metadata of a page read as a stream, for pages too large for
    trafilatura: memory grows with the text kept, and time with the page's length. The
    title comes from og:title, else <title>; the date from the published-time <meta>."""
    reader = _StreamReader()
    for i in range(0, len(html), STREAM_CHUNK_CHARS):
        reader.feed(html[i : i + STREAM_CHUNK_CHARS])
    return reader.finish()
