"""Fetched pages as documents for ``ingest_sources``: decoded, dated, or a recorded failure.

A page's id is the URL as requested, normalised (``safety.normalise_url``), not the
address it redirected to: the id is what the user, the web app or the feed asked for,
so fetching the same link again finds the same document even when the site moves it
behind a new redirect. Unchanged text is then "unchanged" and new text a new version.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator

from claimtrack.config import Settings
from claimtrack.errors import InputError, page_encoding
from claimtrack.fetch.client import Page, fetch_page, make_client
from claimtrack.fetch.safety import normalise_url
from claimtrack.ingest.validate import BOMS, Decoded, decode_text
from claimtrack.records import IngestFailure, SourceDocument

#: How far into an HTML page to look for ``<meta charset>`` (the HTML standard's prescan).
META_SNIFF_BYTES = 1024
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
#: Labels that browsers read as windows-1252, which is a superset of them (WHATWG).
_AS_CP1252 = frozenset({"ascii", "latin-1", "iso8859-1"})


def _codec(label: str | None) -> str | None:
    """The Python codec for a charset label from a header or meta tag, or None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
        b"".decode(name)  # a str-to-str codec such as rot13 is no text encoding
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def meta_charset(body: bytes) -> str | None:
    """The charset an HTML page declares in its first kilobyte, if any."""
    m = _META_CHARSET.search(body[:META_SNIFF_BYTES])
    return m.group(1).decode("ascii") if m else None


def decode_page(page: Page) -> Decoded:
    """The page's text: a byte-order mark, else the header's charset, else the page's
    ``<meta charset>``, else detection (``decode_text``). A declared charset the bytes
    do not fit is passed over, as browsers do, rather than failing the page."""
    declared = [page.charset]
    if page.kind == "html":
        declared.append(meta_charset(page.body))
    if not any(page.body.startswith(mark) for mark, _ in BOMS):
        for codec in filter(None, map(_codec, declared)):
            try:
                return decode_text(page.body, page.url, codec)
            except InputError as err:
                if err.reason != "encoding":
                    raise
    try:
        return decode_text(page.body, page.url)
    except InputError as err:
        if err.reason != "encoding":
            raise
        said = ", ".join(d for d in declared if d) or "none"
        detail = f"its encoding cannot be told (declared: {said})"
        raise page_encoding(page.url, detail) from None


def failure(url: str, err: InputError) -> IngestFailure:
    """``err`` met on ``url`` as the failure ``ingest_sources`` records."""
    return IngestFailure(doc_id=url, location=url, reason=err.reason, message=err.message)


def internal_error(url: str, exc: Exception) -> InputError:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return InputError(
        "internal", f"{url}: internal error while fetching ({detail}); please report it"
    )


def fetch_documents(
    urls: Iterable[str],
    settings: Settings,
    allow_private: bool = False,
    published: str | None = None,
) -> Iterator[SourceDocument | IngestFailure]:
    """Fetch each URL in turn: a ``SourceDocument`` per page, an ``IngestFailure`` per refusal.

    Timeouts come from ``settings.fetch_timeout_s`` and the size cap from
    ``settings.max_bytes``; ``published`` is the date for pages whose own is not found.
    A URL given twice is fetched once. Nothing here raises for one bad URL: the batch
    goes on, and ``ingest_sources`` records the failure.
    """
    seen: set[str] = set()
    with make_client(settings.fetch_timeout_s) as client:
        for raw in urls:
            try:
                url = normalise_url(raw).url
            except InputError as err:
                yield failure(raw.strip(), err)
                continue
            if url in seen:
                continue
            seen.add(url)
            try:
                page = fetch_page(url, client, settings.max_bytes, allow_private)
                doc = page_document(page, published)
            except InputError as err:
                yield failure(url, err)
                continue
            except Exception as exc:  # one page's bug must not cost the batch
                yield failure(url, internal_error(url, exc))
                continue
            yield doc


def page_document(page: Page, published: str | None = None) -> SourceDocument:
    """A fetched page as a document: decoded, with its URL as id, location and url.

    ``published`` is the date for a page whose own is not found; an ``InputError``
    ("encoding") when its text cannot be decoded.
    """
    decoded = decode_page(page)
    return SourceDocument(
        doc_id=page.url,
        content=decoded.text,
        kind=page.kind,
        location=page.url,
        url=page.url,
        published=published,
        encoding=decoded.encoding,
        fetched_at=page.fetched_at,
    )
