"""The watch list in the web app and the API: each URL's last round, escaped."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from claimtrack.config import Settings
from claimtrack.store import Store
from claimtrack.store.watchlist import FeedResult
from claimtrack.web.app import create_app


def test_watch_list_shows_each_urls_last_round(db: str, tmp_path: Path) -> None:
    copy = tmp_path / "claims.db"
    shutil.copy(db, copy)
    with Store(str(copy)) as store:
        assert store.watched() == []
        store.add_watch("https://news.example/world/rss.xml", "feed")
        store.add_watch("https://news.example/live/<b>", "page")
        first, second = store.watched()
        store.record_watch_result(first.id, FeedResult(status=200, new=3, etag='"v1"'))
        store.record_watch_result(
            second.id, FeedResult(status=None, error="<script>alert(1)</script> timed out")
        )
    with TestClient(create_app(str(copy), Settings()), raise_server_exceptions=False) as client:
        items = client.get("/api/v1/watch").json()["items"]
        assert [(i["url"], i["last_status"], i["last_new"], i["failing"]) for i in items] == [
            ("https://news.example/world/rss.xml", 200, 3, 0),
            ("https://news.example/live/<b>", None, 0, 0),
        ]
        page = client.get("/watch")
        assert page.status_code == 200
        assert "&lt;script&gt;alert(1)&lt;/script&gt; timed out" in page.text
        assert "<script>alert" not in page.text and "live/&lt;b&gt;" in page.text
        assert 'href="/watch"' in client.get("/").text


def test_empty_watch_list_says_so(client: TestClient) -> None:
    assert "Nothing is watched yet" in client.get("/watch").text
    assert client.get("/api/v1/watch").json() == {"items": []}
