"""The watcher's parts alone: feed parsing, robots.txt rules, the host delay, item rules.

robots.txt is fetched from the real test server on 127.0.0.1; the host delay runs on a
clock the test advances, since what is checked is the waiting it asks for.
"""

from __future__ import annotations

import pytest
from fetch_site import Reply  # registered by conftest.py
from watch_pages import RSS, atom, rss

from claimtrack.errors import InputError
from claimtrack.fetch import fetch_conditional, make_client
from claimtrack.store.watchlist import WatchedItem
from claimtrack.watch import HostDelay, Robots, parse_feed, why_fetch
from claimtrack.watch.feeds import MAX_ENTRIES, Entry
from claimtrack.watch.robots import MAX_CRAWL_DELAY_S, AnyText

BASE = "https://news.example/feeds/world.xml"
DAY = "Mon, 02 Mar 2026 23:30:00 -0500"


def test_rss_entries_with_absolute_links_and_utc_dates():
    feed = parse_feed(rss([("Ferry", "/a/ferry", DAY), ("Ferry", "/a/ferry", DAY)]), BASE, RSS)
    (entry,) = feed.entries  # the same link twice is one entry
    assert entry.link == "https://news.example/a/ferry" and entry.title == "Ferry"
    assert entry.published == "2026-03-03"  # 23:30 at UTC-5 is the next day in UTC
    assert feed.title == "Northern Desk" and feed.note is None


def test_atom_entries_and_entries_without_links():
    body = atom([("A", "https://news.example/a", "2026-03-02T10:00:00Z")]).replace(
        b"</feed>", b"<entry><title>No link</title><id>urn:x</id></entry></feed>"
    )
    feed = parse_feed(body, BASE, "application/atom+xml")
    assert [e.link for e in feed.entries] == ["https://news.example/a"]
    assert feed.without_link == 1 and feed.entries[0].published == "2026-03-02"


def test_an_entry_hash_changes_with_the_entry():
    one = parse_feed(rss([("Ferry", "/a", DAY)]), BASE, RSS).entries[0]
    same = parse_feed(rss([("Ferry", "/a", DAY)]), BASE, RSS).entries[0]
    retitled = parse_feed(rss([("Ferry, updated", "/a", DAY)]), BASE, RSS).entries[0]
    assert one.entry_hash == same.entry_hash != retitled.entry_hash


def test_a_broken_feed_with_entries_is_read_with_a_note():
    body = rss([("Ferry", "/a/ferry", DAY)]).replace(b"</channel></rss>", b"<item><title>Cut")
    feed = parse_feed(body, BASE, RSS)
    assert [e.link for e in feed.entries] == ["https://news.example/a/ferry"]
    assert feed.note is not None and "read 1 entries anyway" in feed.note


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<?xml version='1.0'?><rss><channel><item><title>Cut",
        b"just text, 12 lines",
        b"\xff\xfe\x00",
    ],
)
def test_what_is_no_feed_is_refused_with_the_fix(body):
    with pytest.raises(InputError) as caught:
        parse_feed(body, BASE, "application/xml")
    assert caught.value.reason == "feed" and caught.value.message.startswith(BASE)
    assert "--kind page" in caught.value.message


def test_a_huge_feed_is_cut_at_max_entries():
    items = [(f"n{i}", f"/a/{i}", DAY) for i in range(MAX_ENTRIES + 50)]
    assert len(parse_feed(rss(items), BASE, RSS).entries) == MAX_ENTRIES


def test_a_feed_never_reads_local_files(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_bytes(rss([("Secret", "/s", DAY)]))
    # feedparser reads a str or bytes argument as a file name; parse_feed never lets it.
    with pytest.raises(InputError):
        parse_feed(str(secret).encode(), BASE, RSS)


def _robots(site) -> Robots:
    client = make_client(5.0)

    def fetch(url):
        return fetch_conditional(url, client, 64 * 1024, allow_private=True, kinds=AnyText())

    return Robots(fetch)


def test_robots_rules_for_claimtrack_win_over_the_wildcard(site):
    site.routes["/robots.txt"] = Reply(
        b"User-agent: *\nDisallow: /\n\nUser-agent: claimtrack\nDisallow: /drafts/\n"
        b"Crawl-delay: 5\n",
        200,
        "text/html",  # served as the wrong type, as many sites do
    )
    robots = _robots(site)
    robots.check(site.url("/a/ferry"))
    with pytest.raises(InputError) as caught:
        robots.check(site.url("/drafts/a"))
    assert caught.value.reason == "robots" and "watch remove" in caught.value.message
    assert robots.crawl_delay(site.url("/a/ferry")) == 5.0
    assert [p for p, _ in site.requests] == ["/robots.txt"]  # read once


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (403, True), (500, False)])
def test_a_missing_robots_txt_allows_and_a_failing_one_forbids(site, status, allowed):
    site.routes["/robots.txt"] = Reply(b"x", status, "text/plain")
    robots = _robots(site)
    if allowed:
        robots.check(site.url("/a"))
    else:
        with pytest.raises(InputError) as caught:
            robots.check(site.url("/a"))
        assert "could not be read (the server answered 500)" in caught.value.message


def test_a_huge_crawl_delay_is_capped(site):
    site.routes["/robots.txt"] = Reply(b"User-agent: *\nCrawl-delay: 86400\n", 200, "text/plain")
    assert _robots(site).crawl_delay(site.url("/a")) == MAX_CRAWL_DELAY_S


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_the_host_delay_spaces_one_host_and_not_others():
    clock = Clock()
    delay = HostDelay(2.0, clock=clock, sleep=clock.sleep)
    with delay.turn("https://a.example/1"):
        clock.now += 0.5  # the answer took half a second
    with delay.turn("https://b.example/1"):
        pass
    assert clock.slept == []  # first request to each host
    with delay.turn("https://A.example/2"):
        pass
    assert clock.slept == [2.0]  # counted from the end of the previous answer
    clock.now += 10
    with delay.turn("https://a.example/3", at_least_s=5.0):
        pass
    with delay.turn("https://a.example/4", at_least_s=5.0):
        pass
    assert clock.slept == [2.0, 5.0]


def _stored(entry_hash: str, error: str | None = None) -> WatchedItem:
    return WatchedItem(1, "https://n.example/a", None, None, None, "t", "t", error, entry_hash)


@pytest.mark.parametrize(
    ("stored", "why"),
    [
        (None, "new_entry"),
        (_stored("h1", error="answered 500"), "last_read_failed"),
        (_stored("h0"), "entry_changed"),
        (_stored("h1"), None),
    ],
)
def test_which_articles_are_asked_for(stored, why):
    entry = Entry("https://n.example/a", "A", None, "h1")
    assert why_fetch(entry, stored) == why
