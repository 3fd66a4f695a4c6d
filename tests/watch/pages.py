"""Feeds and articles for the watch tests, all written for them (no third-party text)."""

from __future__ import annotations

from html import escape

RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml"

ARTICLES = {
    "ferry": (
        "Ferry service resumes in Oskarvik",
        "The harbour office said about {n} passengers crossed on the first day of the "
        "restored ferry line. Operators expect close to 3,000 crossings a week by summer.",
    ),
    "school": (
        "New school opens in Lindmoor",
        "The district said {n} pupils enrolled in the new school this autumn, and twelve "
        "teachers were hired to staff its classrooms.",
    ),
    "bridge": (
        "Bridge works finish in Varnholm",
        "The council said roughly {n} vehicles used the repaired bridge on its first "
        "morning, after eight months of works.",
    ),
}


def article(name: str, n: str) -> bytes:
    title, body = ARTICLES[name]
    return (
        f"<html><head><meta charset='utf-8'><title>{escape(title)}</title></head><body>"
        f"<article><h1>{escape(title)}</h1><p>{escape(body.format(n=n))}</p>"
        "<p>Local reporters will follow the story in the coming weeks.</p>"
        "</article></body></html>"
    ).encode()


def rss(items: list[tuple[str, str, str]], title: str = "Northern Desk") -> bytes:
    """An RSS 2.0 feed of ``(title, link, pubDate)`` items."""
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
        f"<guid>{escape(link)}</guid><pubDate>{escape(date)}</pubDate></item>"
        for t, link, date in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>https://example.org/</link>"
        f"<description>News</description>{entries}</channel></rss>"
    ).encode()


def atom(items: list[tuple[str, str, str]], title: str = "Southern Desk") -> bytes:
    """An Atom feed of ``(title, link, updated)`` items; links may be relative."""
    entries = "".join(
        f"<entry><title>{escape(t)}</title><link href='{escape(link)}'/>"
        f"<id>{escape(link)}</id><updated>{escape(updated)}</updated></entry>"
        for t, link, updated in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:test:feed</id>"
        f"<updated>2026-03-02T10:00:00Z</updated>{entries}</feed>"
    ).encode()
