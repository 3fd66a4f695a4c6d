"""RSS and Atom feeds: which answers are feeds, and the article links they list.

feedparser reads every RSS and Atom dialect and recovers what it can from a broken one;
it is only ever handed the bytes ``claimtrack.fetch`` already fetched within its limits
(as a stream: given bytes, feedparser would try them as a file name, and given a URL it
would fetch it itself, past our checks). A feed that yields no usable entry and that
feedparser could not read cleanly is malformed; one it recovered entries from is read,
with the problem kept as a note for ``watch list``.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from claimtrack.errors import malformed_feed
from claimtrack.fetch.client import KINDS, PageKind

#: Media types feeds are served as; a watched URL of kind "auto" answering one is a feed.
FEED_TYPES: dict[str, PageKind] = {
    "application/rss+xml": "text",
    "application/atom+xml": "text",
    "application/rdf+xml": "text",
    "application/xml": "text",
    "text/xml": "text",
}
#: What a feed URL may answer: feeds, and the page types (many sites send text/html).
FEED_OR_PAGE: dict[str, PageKind] = {**FEED_TYPES, **KINDS}
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
    "text/html;q=0.5, text/plain;q=0.3"
)
#: Entries read from one feed per round: news feeds list tens; a huge one is cut here.
MAX_ENTRIES = 200


@dataclass(frozen=True)
class Entry:
    """One article a feed lists: its absolute link, date, and a hash of the entry."""

    link: str
    title: str | None
    published: str | None  # YYYY-MM-DD (UTC) from the entry's published or updated date
    entry_hash: str  # changes when the entry does: the article may have changed


@dataclass(frozen=True)
class Feed:
    """A parsed feed: its entries with a link, and a note when it was not read cleanly."""

    title: str | None
    entries: list[Entry]
    without_link: int  # entries skipped for want of a link
    note: str | None  # what was wrong with a feed read anyway


def _field(entry: Any, key: str) -> Any:
    """An entry's own ``key``: feedparser's ``get`` maps "updated" to "published" with a
    deprecation warning when an entry has only one of them; the plain dict lookup does not."""
    return dict.get(entry, key)


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = _field(entry, key)
        if isinstance(value, time.struct_time):
            stamp = calendar.timegm(value)
            return datetime.fromtimestamp(stamp, UTC).date().isoformat()
    return None


def _hash(entry: Any) -> str:
    keys = ("link", "id", "title", "published", "updated", "summary")
    parts = (_field(entry, key) or "" for key in keys)
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()


def _problem(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    return f"{type(exc).__name__}: {exc}" if exc is not None else "not well-formed"


def looks_like_feed(body: bytes) -> bool:
    """Whether a body sent as a web page or plain text is really a feed (sniffed)."""
    head = body[:1024].lstrip().lower()
    return head.startswith(b"<?xml") or any(tag in head for tag in (b"<rss", b"<feed", b"<rdf"))


def parse_feed(body: bytes, url: str, media_type: str) -> Feed:
    """The entries of the feed in ``body``, fetched from ``url``, or ``malformed_feed``.

    Relative links are made absolute against ``url``; a link that is no http(s) address
    is kept as is and refused when it is fetched, like any other bad URL.
    """
    import feedparser  # imported here: ``claimtrack --help`` should not pay for it

    headers = {"content-location": url, "content-type": media_type or "application/xml"}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=False)
    problem = _problem(parsed)
    entries: list[Entry] = []
    without_link = 0
    seen: set[str] = set()
    for entry in parsed.entries[:MAX_ENTRIES]:
        link = (_field(entry, "link") or "").strip()
        if _field(entry, "guidislink") and not link.lower().startswith(("http:", "https:")):
            link = ""  # feedparser took the entry's id (e.g. "urn:...") for its link
        if not link:
            without_link += 1
            continue
        if link in seen:
            continue
        seen.add(link)
        entries.append(Entry(link, entry.get("title"), _date(entry), _hash(entry)))
    if not parsed.get("version") and not entries:
        raise malformed_feed(url, problem or "no feed elements found")
    if problem is not None and not entries:
        raise malformed_feed(url, problem)
    note = (
        f"feed is not well-formed ({problem}); read {len(entries)} entries anyway"
        if problem
        else None
    )
    title = parsed.feed.get("title") if parsed.get("feed") else None
    return Feed(title, entries, without_link, note)
