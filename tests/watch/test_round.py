"""Watch rounds against a real HTTP server on 127.0.0.1 and a real store.

The server is loopback, so rounds pass ``allow_private=True`` (except the test that
shows it is refused without) and no per-host delay (except the test of the delay).
"""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from fetch_site import Reply  # registered by conftest.py
from watch_pages import ATOM, RSS, article, atom, rss

from claimtrack.config import Settings
from claimtrack.store import Store
from claimtrack.watch import WatchOptions, run_round

OPEN = WatchOptions(allow_private=True, delay_s=0.0)
SETTINGS = Settings(fetch_timeout_s=5.0, max_bytes=256 * 1024)
DAY1 = "Mon, 02 Mar 2026 10:00:00 GMT"
DAY2 = "Tue, 03 Mar 2026 09:30:00 GMT"


def paths(site) -> list[str]:
    """The paths the server was asked for, robots.txt left out."""
    return [p for p, _ in site.requests if p != "/robots.txt"]


def docs(store: Store) -> dict[str, int]:
    return {row["doc"]: row["versions"] for row in store.documents()}


def one_round(store, settings=SETTINGS, options=OPEN):
    return run_round(store, None, settings, options)


@pytest.fixture
def store(store_url):
    with Store(store_url) as s:
        yield s


def test_a_new_item_is_ingested_and_a_later_one_too(site, store):
    site.routes["/feed.xml"] = Reply(rss([("Ferry", site.url("/a/ferry"), DAY1)]), 200, RSS)
    site.routes["/a/ferry"] = Reply(article("ferry", "1,200"))
    store.add_watch(site.url("/feed.xml"))

    first = one_round(store)
    assert (first.watched, first.new, first.failed, first.errors) == (1, 1, 0, [])
    assert first.claims > 0 and any(m.claims for m in first.measures)
    assert docs(store) == {site.url("/a/ferry"): 1}
    (doc,) = store.documents()
    assert doc["published"] == "2026-03-02"  # from the feed entry
    assert any("1,200" in c["quote"] for c in store.claims())
    (feed,) = store.watched()
    assert (feed.kind, feed.last_status, feed.last_new, feed.last_error) == ("feed", 200, 1, None)

    site.routes["/feed.xml"] = Reply(
        rss([("School", site.url("/a/school"), DAY2), ("Ferry", site.url("/a/ferry"), DAY1)]),
        200,
        RSS,
    )
    site.routes["/a/school"] = Reply(article("school", "340"))
    site.requests.clear()
    second = one_round(store)
    assert (second.new, second.updated, second.unchanged) == (1, 0, 0)
    assert paths(site) == ["/feed.xml", "/a/school"]  # the unchanged entry is not re-read
    assert docs(store) == {site.url("/a/ferry"): 1, site.url("/a/school"): 1}


def test_a_changed_item_becomes_a_new_version(site, store):
    site.routes["/feed.xml"] = Reply(rss([("Ferry", site.url("/a/ferry"), DAY1)]), 200, RSS)
    site.routes["/a/ferry"] = Reply(article("ferry", "1,200"))
    store.add_watch(site.url("/feed.xml"), "feed")
    one_round(store)

    site.routes["/feed.xml"] = Reply(
        rss([("Ferry (updated)", site.url("/a/ferry"), DAY2)]), 200, RSS
    )
    site.routes["/a/ferry"] = Reply(article("ferry", "1,900"))
    changed = one_round(store)
    assert (changed.new, changed.updated, changed.failed) == (0, 1, 0)
    assert docs(store) == {site.url("/a/ferry"): 2}
    assert any("1,900" in c["quote"] for c in store.claims())


def test_304_answers_re_read_nothing(site, store):
    feed = rss([("Ferry", site.url("/a/ferry"), DAY1)])
    site.routes["/feed.xml"] = Reply(feed, 200, RSS, {"ETag": '"feed-1"'})
    site.routes["/a/ferry"] = Reply(
        article("ferry", "1,200"), headers={"Last-Modified": "Mon, 02 Mar 2026 10:00:00 GMT"}
    )
    store.add_watch(site.url("/feed.xml"))
    one_round(store)
    site.requests.clear()

    again = one_round(store)
    assert (again.watched_not_modified, again.articles, again.new, again.updated) == (1, 0, 0, 0)
    ((path, headers),) = [r for r in site.requests if r[0] != "/robots.txt"]
    assert path == "/feed.xml" and headers["If-None-Match"] == '"feed-1"'
    (watched,) = store.watched()
    assert (watched.last_status, watched.etag, watched.last_error) == (304, '"feed-1"', None)

    # The feed changes its entry, but the article answers 304 to its own validator.
    site.routes["/feed.xml"] = Reply(
        rss([("Ferry, corrected title", site.url("/a/ferry"), DAY1)]), 200, RSS,
        {"ETag": '"feed-2"'},
    )  # fmt: skip
    site.requests.clear()
    third = one_round(store)
    assert (third.articles, third.articles_not_modified, third.new, third.updated) == (1, 1, 0, 0)
    asked = dict(r for r in site.requests if r[0] == "/a/ferry")
    assert asked["/a/ferry"]["If-Modified-Since"] == "Mon, 02 Mar 2026 10:00:00 GMT"
    assert docs(store) == {site.url("/a/ferry"): 1}


BROKEN = {
    "/missing.xml": (Reply(b"gone", 404, "text/plain"), "answered 404"),
    "/down.xml": (Reply(b"oops", 500, "text/plain"), "answered 500"),
    "/slow.xml": (Reply(rss([]), 200, RSS, delay_s=2.0), "no answer within 0.5 s"),
    "/huge.xml": (Reply(rss([("x" * 300_000, "/a", DAY1)]), 200, RSS), "byte limit"),
    "/broken.xml": (
        Reply(b"<?xml version='1.0'?><rss><channel><item><title>Half", 200, RSS),
        "is not a readable RSS or Atom feed",
    ),
    "/notes.txt": (Reply(b"Just some notes, 4 of them.", 200, "text/plain"), "not a readable"),
}


def test_each_broken_feed_is_recorded_and_never_stops_the_others(site, store):
    for path, (reply, _) in BROKEN.items():
        site.routes[path] = reply
        store.add_watch(site.url(path), "feed")
    site.routes["/good.xml"] = Reply(rss([("Ferry", site.url("/a/ferry"), DAY1)]), 200, RSS)
    site.routes["/a/ferry"] = Reply(article("ferry", "1,200"))
    store.add_watch(site.url("/good.xml"))

    summary = one_round(store, Settings(fetch_timeout_s=0.5, max_bytes=256 * 1024))
    assert (summary.watched, summary.watched_failed, summary.new) == (7, 6, 1)
    assert not summary.ok and len(summary.errors) == 6
    assert docs(store) == {site.url("/a/ferry"): 1}
    by_url = {w.url: w for w in store.watched()}
    for path, (_, said) in BROKEN.items():
        row = by_url[site.url(path)]
        assert row.last_error is not None and said in row.last_error, (path, row.last_error)
        assert row.last_error.startswith(site.url(path)) and "\n" not in row.last_error
    assert by_url[site.url("/missing.xml")].last_status == 404
    assert by_url[site.url("/down.xml")].last_status == 500
    assert by_url[site.url("/good.xml")].last_error is None


def test_broken_articles_fail_alone_and_are_recorded_once(site, store):
    items = [
        ("Gone", site.url("/a/gone"), DAY1),
        ("Scan", site.url("/a/scan.pdf"), DAY1),
        ("Elsewhere", "ftp://files.example/report.txt", DAY1),
        ("Slow", site.url("/a/slow"), DAY1),
        ("Huge", site.url("/a/huge"), DAY1),
        ("School", site.url("/a/school"), DAY1),
    ]
    site.routes["/feed.xml"] = Reply(rss(items), 200, RSS)
    site.routes["/a/scan.pdf"] = Reply(b"%PDF-1.7", 200, "application/pdf")
    site.routes["/a/slow"] = Reply(article("ferry", "1,200"), delay_s=2.0)
    site.routes["/a/huge"] = Reply(endless=True)
    site.routes["/a/school"] = Reply(article("school", "340"))
    store.add_watch(site.url("/feed.xml"))
    limits = Settings(fetch_timeout_s=0.5, max_bytes=256 * 1024)

    first = one_round(store, limits)
    assert (first.new, first.failed, first.watched_failed) == (1, 5, 0) and first.ok
    assert len(store.failures()) == 5
    (feed,) = store.watched()
    stored = store.watched_items(feed.id)
    assert "answered 404" in (stored[site.url("/a/gone")].last_error or "")
    assert "application/pdf" in (stored[site.url("/a/scan.pdf")].last_error or "")
    assert "ftp: addresses" in (stored["ftp://files.example/report.txt"].last_error or "")
    assert "no answer within 0.5 s" in (stored[site.url("/a/slow")].last_error or "")
    assert "byte limit" in (stored[site.url("/a/huge")].last_error or "")

    # The failed ones are tried again; the same failure is not recorded a second time.
    site.requests.clear()
    second = one_round(store, limits)
    assert (second.new, second.failed) == (0, 5)
    assert sorted(paths(site)) == ["/a/gone", "/a/huge", "/a/scan.pdf", "/a/slow", "/feed.xml"]
    assert len(store.failures()) == 5

    # Once the page is there, the next round stores it and clears the error.
    site.routes["/a/gone"] = Reply(article("bridge", "2,300"))
    third = one_round(store, limits)
    assert (third.new, third.failed) == (1, 4)
    assert store.watched_items(feed.id)[site.url("/a/gone")].last_error is None


def test_atom_feeds_with_relative_links_and_an_article_in_two_feeds(site, store):
    site.routes["/atom.xml"] = Reply(
        atom([("Ferry", "/a/ferry", "2026-03-02T10:00:00Z")]), 200, ATOM
    )
    site.routes["/rss.xml"] = Reply(rss([("Ferry", site.url("/a/ferry"), DAY1)]), 200, RSS)
    site.routes["/a/ferry"] = Reply(article("ferry", "1,200"))
    store.add_watch(site.url("/atom.xml"))
    store.add_watch(site.url("/rss.xml"))
    summary = one_round(store)
    assert (summary.new, summary.failed) == (1, 0)
    assert paths(site).count("/a/ferry") == 1  # fetched once for both feeds
    for feed in store.watched():
        assert feed.last_new == 1
        assert site.url("/a/ferry") in store.watched_items(feed.id)


def test_a_watched_page_is_one_document_kept_in_versions(site, store):
    site.routes["/live"] = Reply(article("bridge", "2,300"), headers={"ETag": '"p1"'})
    store.add_watch(site.url("/live"))
    assert one_round(store).new == 1
    (watched,) = store.watched()
    assert (watched.kind, watched.etag, watched.last_new) == ("page", '"p1"', 1)
    assert one_round(store).watched_not_modified == 1

    site.routes["/live"] = Reply(article("bridge", "2,750"), headers={"ETag": '"p2"'})
    changed = one_round(store)
    assert changed.updated == 1 and docs(store) == {site.url("/live"): 2}


def test_robots_txt_is_honoured(site, store):
    site.routes["/robots.txt"] = Reply(b"User-agent: *\nDisallow: /private/\n", 200, "text/plain")
    items = [("Secret", site.url("/private/a"), DAY1), ("Ferry", site.url("/a/ferry"), DAY1)]
    site.routes["/feed.xml"] = Reply(rss(items), 200, RSS)
    site.routes["/private/a"] = Reply(article("school", "340"))
    site.routes["/a/ferry"] = Reply(article("ferry", "1,200"))
    store.add_watch(site.url("/feed.xml"))
    summary = one_round(store)
    assert (summary.new, summary.failed) == (1, 1)
    assert "/private/a" not in paths(site)
    assert any("does not allow claimtrack" in e for e in summary.errors)
    assert [p for p, _ in site.requests].count("/robots.txt") == 1  # once per site and round


def test_a_site_whose_robots_txt_fails_is_left_alone_this_round(site, store):
    site.routes["/robots.txt"] = Reply(b"busy", 503, "text/plain")
    site.routes["/feed.xml"] = Reply(rss([("Ferry", site.url("/a/ferry"), DAY1)]), 200, RSS)
    store.add_watch(site.url("/feed.xml"))
    summary = one_round(store)
    assert summary.watched_failed == 1 and paths(site) == []
    assert "robots.txt could not be read" in summary.errors[0]


def test_requests_to_one_host_are_spaced_by_the_delay(site, store):
    items = [(n, site.url(f"/a/{n}"), DAY1) for n in ("ferry", "school", "bridge")]
    site.routes["/feed.xml"] = Reply(rss(items), 200, RSS)
    for name in ("ferry", "school", "bridge"):
        site.routes[f"/a/{name}"] = Reply(article(name, "1,200"))
    store.add_watch(site.url("/feed.xml"))
    one_round(store, options=WatchOptions(allow_private=True, delay_s=0.3))
    times = [at for _, at in site.times]
    assert len(times) == 5  # robots.txt, the feed, three articles
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 0.29, gaps


def test_loopback_feeds_are_refused_without_allow_private(site, store):
    site.routes["/feed.xml"] = Reply(rss([]), 200, RSS)
    store.add_watch(site.url("/feed.xml"))
    summary = one_round(store, options=WatchOptions(delay_s=0.0))
    assert summary.watched_failed == 1 and site.requests == []
    assert "loopback" in summary.errors[0] and "--allow-private" in summary.errors[0]


def test_conflicts_a_round_makes_and_ends_are_counted_per_measure(site, store):
    site.routes["/feed.xml"] = Reply(
        rss([("Ferry", site.url("/a/one"), DAY1), ("Ferry too", site.url("/a/two"), DAY1)]),
        200,
        RSS,
    )
    site.routes["/a/one"] = Reply(article("ferry", "1,200"))
    site.routes["/a/two"] = Reply(article("ferry", "4,800"))
    store.add_watch(site.url("/feed.xml"))
    made = one_round(store)
    assert made.new_conflicts >= 1 and made.resolved_conflicts == 0
    (changed,) = [m for m in made.measures if m.new_conflicts]
    assert changed.documents == 2 and changed.claims == 2

    # The second report corrects its figure to agree: the conflict ends.
    site.routes["/feed.xml"] = Reply(
        rss([("Ferry", site.url("/a/one"), DAY1), ("Ferry, fixed", site.url("/a/two"), DAY2)]),
        200,
        RSS,
    )
    site.routes["/a/two"] = Reply(article("ferry", "1,210"))
    ended = one_round(store)
    assert ended.updated == 1 and ended.resolved_conflicts >= 1 and ended.new_conflicts == 0
    (fixed,) = [m for m in ended.measures if m.resolved_conflicts]
    assert fixed.key == changed.key and fixed.claims == 1


def test_a_round_waits_out_a_store_briefly_busy(site, tmp_path):
    path = tmp_path / "busy.db"
    site.routes["/feed.xml"] = Reply(rss([("Ferry", site.url("/a/ferry"), DAY1)]), 200, RSS)
    site.routes["/a/ferry"] = Reply(article("ferry", "1,200"))
    with Store(str(path)) as store:
        store.add_watch(site.url("/feed.xml"))
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")  # another writer holds the store
        release = threading.Timer(1.0, lambda: other.execute("COMMIT"))
        release.start()
        started = time.monotonic()
        summary = one_round(store)
        release.join()
        other.close()
        assert summary.new == 1 and time.monotonic() - started >= 0.9
        assert docs(store) == {site.url("/a/ferry"): 1}


def test_a_crawl_delay_in_robots_txt_lengthens_the_pause(site, store):
    site.routes["/robots.txt"] = Reply(b"User-agent: *\nCrawl-delay: 1\n", 200, "text/plain")
    site.routes["/feed.xml"] = Reply(rss([("Ferry", site.url("/a/ferry"), DAY1)]), 200, RSS)
    site.routes["/a/ferry"] = Reply(article("ferry", "1,200"))
    store.add_watch(site.url("/feed.xml"))
    assert one_round(store).new == 1
    times = [at for path, at in site.times]
    assert [path for path, _ in site.times] == ["/robots.txt", "/feed.xml", "/a/ferry"]
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.95
