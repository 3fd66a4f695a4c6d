"""The watch list in the store, on SQLite and PostgreSQL: URLs, their rounds, their articles."""

from __future__ import annotations

import pytest

from claimtrack.errors import StoreError
from claimtrack.store import Store
from claimtrack.store.watchlist import FeedResult, ItemResult

FEED = "https://news.example/world/rss.xml"
PAGE = "https://news.example/live"


@pytest.fixture
def store(store_url):
    with Store(store_url) as s:
        yield s


def test_urls_are_added_once_listed_in_order_and_removed(store):
    assert store.add_watch(FEED, "feed") is True
    assert store.add_watch(PAGE) is True
    assert store.add_watch(FEED, "feed") is False
    listed = store.watched()
    assert [(w.url, w.kind) for w in listed] == [(FEED, "feed"), (PAGE, "auto")]
    assert listed[0].last_checked is None and listed[0].added_at
    assert store.remove_watch(FEED) is True
    assert store.remove_watch(FEED) is False
    assert [w.url for w in store.watched()] == [PAGE]


def test_adding_again_with_a_kind_changes_it_but_auto_never_overrides(store):
    store.add_watch(PAGE, "auto")
    store.add_watch(PAGE, "page")
    store.add_watch(PAGE, "auto")
    (watched,) = store.watched()
    assert watched.kind == "page"


def test_a_round_result_is_kept_and_validators_survive_a_failed_round(store):
    store.add_watch(FEED, "auto")
    (feed,) = store.watched()
    store.record_watch_result(
        feed.id,
        FeedResult(200, None, 3, etag='"v1"', last_modified="Mon, 02 Mar 2026", kind="feed"),
    )
    (after,) = store.watched()
    assert (after.last_status, after.last_error, after.last_new) == (200, None, 3)
    assert (after.etag, after.last_modified, after.kind) == ('"v1"', "Mon, 02 Mar 2026", "feed")
    assert after.last_checked is not None

    store.record_watch_result(feed.id, FeedResult(500, "the server answered 500"))
    (failed,) = store.watched()
    assert (failed.last_status, failed.last_error, failed.last_new) == (
        500,
        "the server answered 500",
        0,
    )
    assert failed.etag == '"v1"' and failed.kind == "feed"  # kept from the good answer


def test_articles_are_kept_per_feed_and_a_failure_keeps_the_last_good_state(store):
    store.add_watch(FEED, "feed")
    (feed,) = store.watched()
    url = "https://news.example/a"
    store.record_item_result(
        feed.id, ItemResult(url, url, entry_hash="h1", etag='"a1"', last_modified=None)
    )
    (item,) = store.watched_items(feed.id).values()
    assert (item.url, item.doc_id, item.entry_hash, item.etag, item.last_error) == (
        url,
        url,
        "h1",
        '"a1"',
        None,
    )
    first_seen = item.first_seen

    assert store.failing_items() == {}
    store.record_item_result(feed.id, ItemResult(url, None, error="answered 404"))
    assert store.failing_items() == {feed.id: 1}
    item = store.watched_items(feed.id)[url]
    assert (item.doc_id, item.entry_hash, item.etag, item.last_error) == (
        url,
        "h1",
        '"a1"',
        "answered 404",
    )
    assert item.first_seen == first_seen

    store.record_item_result(feed.id, ItemResult(url, url, entry_hash="h2", etag='"a2"'))
    item = store.watched_items(feed.id)[url]
    assert (item.entry_hash, item.etag, item.last_error) == ("h2", '"a2"', None)


def test_removing_a_feed_forgets_its_articles_only(store):
    store.add_watch(FEED, "feed")
    store.add_watch(PAGE, "feed")
    feed, other = store.watched()
    store.record_item_result(feed.id, ItemResult("https://news.example/a", None, error="x"))
    store.record_item_result(other.id, ItemResult("https://news.example/a", None, error="y"))
    store.remove_watch(FEED)
    assert store.watched_items(feed.id) == {}
    assert store.watched_items(other.id)["https://news.example/a"].last_error == "y"


def test_urls_are_stored_as_given_even_with_quotes_and_sql(store):
    odd = "https://news.example/search?q=%27%3B+DROP+TABLE+watch_feeds%3B--&x='1'"
    assert store.add_watch(odd) is True
    assert [w.url for w in store.watched()] == [odd]


def test_a_write_to_a_store_that_is_gone_is_a_store_error(tmp_path):
    store = Store(str(tmp_path / "gone.db"))
    store.add_watch(FEED)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("DROP TABLE watch_items")
        conn.exec_driver_sql("DROP TABLE watch_feeds")
        conn.commit()
    with pytest.raises(StoreError) as caught:
        store.add_watch(PAGE)
    assert "could not add" in str(caught.value) and "try again" in str(caught.value)
    store.close()
