"""``claimtrack watch`` end to end: the watch list commands, --once rounds, the loop.

A real HTTP server on 127.0.0.1 and a real SQLite store; --allow-private because the
server is loopback, --delay 0 so the tests do not wait on politeness.
"""

from __future__ import annotations

import json

import pytest
from fetch_site import Reply  # registered by conftest.py
from typer.testing import CliRunner
from watch_pages import RSS, article, rss

from claimtrack.cli import app
from claimtrack.config import Settings
from claimtrack.store import Store
from claimtrack.watch import WatchOptions, run_round, watch_loop

DAY1 = "Mon, 02 Mar 2026 10:00:00 GMT"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "watched.db")


def watch(runner, db, *args):
    return runner.invoke(app, ["watch", *args, "--db", db])


def once(runner, db, *extra):
    return watch(runner, db, "--once", "--allow-private", "--delay", "0", "--no-pack", *extra)


def state(db: str) -> tuple[object, ...]:
    """Everything a round could change: documents and versions, claims, failures, feeds."""
    with Store(db, create=False) as store:
        return (
            sorted((r["doc"], r["versions"]) for r in store.documents()),
            len(store.claims()),
            len(store.failures()),
            [(w.etag, w.last_error) for w in store.watched()],
        )


def test_add_list_and_remove(runner, db):
    added = watch(runner, db, "add", "HTTPS://News.Example/rss.xml#top", "--kind", "feed")
    assert added.exit_code == 0 and "watching: https://news.example/rss.xml (feed)" in added.stdout
    again = watch(runner, db, "add", "https://news.example/rss.xml")
    assert "already watched" in again.stdout
    listed = watch(runner, db, "list", "--format", "json")
    (row,) = json.loads(listed.stdout)
    assert (row["url"], row["kind"], row["last_checked"]) == (
        "https://news.example/rss.xml",
        "feed",
        None,
    )
    # wide enough that the URL is not folded across lines (the width a terminal gives)
    table = runner.invoke(app, ["watch", "list", "--db", db], env={"COLUMNS": "200"})
    assert "news.example/rss.xml" in table.stdout and "never" in table.stdout
    removed = watch(runner, db, "remove", "https://news.example/rss.xml")
    assert removed.exit_code == 0 and "no longer watching" in removed.stdout
    assert json.loads(watch(runner, db, "list", "--format", "json").stdout) == []


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["add", "ftp://files.example/feed"], "give an http:// or https:// address"),
        (["add", "javascript:alert(1)"], "give an http:// or https:// address"),
        (["remove", "https://never.example/feed"], "is not on the watch list"),
        (["--once", "--interval", "0"], "--interval 0 must be a positive number"),
        (["--once", "--delay", "-1"], "--delay -1 must be zero or more"),
    ],
)
def test_mistakes_are_one_line_usage_errors(runner, db, args, said):
    Store(db).close()
    result = watch(runner, db, *args)
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ") and said in line


def test_a_second_once_right_after_the_first_changes_nothing(runner, site, db):
    site.routes["/feed.xml"] = Reply(
        rss([("Ferry", site.url("/a/ferry"), DAY1), ("School", site.url("/a/school"), DAY1)]),
        200,
        RSS,
    )
    site.routes["/a/ferry"] = Reply(article("ferry", "1,200"))
    site.routes["/a/school"] = Reply(article("school", "340"))
    watch(runner, db, "add", site.url("/feed.xml"))

    first = once(runner, db)
    assert first.exit_code == 0, first.output
    assert "2 new, 0 updated, 0 unchanged, 0 failed" in first.stdout
    assert "changes per measure" in first.stdout
    before = state(db)
    assert len(before[0]) == 2 and before[1] > 0

    second = once(runner, db)
    assert second.exit_code == 0, second.output
    assert "0 pages requested" in second.stdout and "0 claims stored" in second.stdout
    assert "changes per measure" not in second.stdout
    assert state(db) == before


def test_once_exits_1_when_a_feed_fails_and_list_shows_why(runner, site, db):
    site.routes["/good.xml"] = Reply(rss([("Ferry", site.url("/a/ferry"), DAY1)]), 200, RSS)
    site.routes["/a/ferry"] = Reply(article("ferry", "1,200"))
    site.routes["/down.xml"] = Reply(b"maintenance", 503, "text/plain")
    watch(runner, db, "add", site.url("/down.xml"))
    watch(runner, db, "add", site.url("/good.xml"))

    result = once(runner, db)
    assert result.exit_code == 1
    assert "1 new" in result.stdout and "1 failed)" in result.stdout
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {site.url('/down.xml')}") and "answered 503" in line
    rows = {r["url"]: r for r in json.loads(watch(runner, db, "list", "--format", "json").stdout)}
    assert rows[site.url("/down.xml")]["last_status"] == 503
    assert "answered 503" in rows[site.url("/down.xml")]["last_error"]
    assert rows[site.url("/good.xml")]["last_new"] == 1
    assert rows[site.url("/good.xml")]["last_error"] is None
    assert rows[site.url("/good.xml")]["failing_articles"] == 0


def test_the_story_packs_feeds_are_watched_too(runner, site, db, tmp_path):
    site.routes["/pack.xml"] = Reply(rss([("Ferry", site.url("/a/ferry"), DAY1)]), 200, RSS)
    site.routes["/a/ferry"] = Reply(article("ferry", "1,200"))
    pack = tmp_path / "harbours.yaml"
    pack.write_text(
        f"name: harbours\nwatch:\n  - {site.url('/pack.xml')}\n  - not a url\n", encoding="utf-8"
    )
    result = watch(runner, db, "--once", "--allow-private", "--delay", "0", "--pack", str(pack))
    assert result.exit_code == 0, result.output
    assert "1 new" in result.stdout and "not a url" in result.stderr
    (row,) = json.loads(watch(runner, db, "list", "--format", "json").stdout)
    assert row["url"] == site.url("/pack.xml") and row["from_pack"] is True
    removed = watch(runner, db, "remove", site.url("/pack.xml"))
    assert "the next round adds it back" in removed.stderr


def test_a_feed_cannot_drive_the_terminal(runner, site, db):
    # A link with a right-to-left override: shown escaped in the error line, never raw.
    site.routes["/feed.xml"] = Reply(rss([("x", site.url("/a/\u202egnp.exe"), DAY1)]), 200, RSS)
    watch(runner, db, "add", site.url("/feed.xml"))
    result = once(runner, db)
    assert "1 failed" in result.stdout
    assert "\u202e" not in result.stderr and "\\u202e" in result.stderr
    (row,) = json.loads(watch(runner, db, "list", "--format", "json").stdout)
    assert row["failing_articles"] == 1 and row["last_error"] is None
    # wide enough that the URL is not folded across lines (the width a terminal gives)
    table = runner.invoke(app, ["watch", "list", "--db", db], env={"COLUMNS": "200"})
    assert "\u202e" not in table.stdout


def test_the_loop_outlives_a_round_whose_store_is_unreachable(site, tmp_path):
    site.routes["/feed.xml"] = Reply(rss([("Ferry", site.url("/a/ferry"), DAY1)]), 200, RSS)
    site.routes["/a/ferry"] = Reply(article("ferry", "1,200"))
    folder = tmp_path / "later"
    path = folder / "store.db"
    summaries, errors, naps = [], [], []

    def one_round():
        with Store(str(path)) as store:
            store.add_watch(site.url("/feed.xml"))
            return run_round(store, None, Settings(), WatchOptions(True, 0.0))

    def nap(seconds: float) -> None:
        naps.append(seconds)
        folder.mkdir()  # the store comes back between rounds

    failed = watch_loop(one_round, 60.0, summaries.append, errors.append, rounds=2, sleep=nap)
    assert failed == 1 and len(errors) == 1 and "does not exist" in errors[0]
    assert "the next round is in 60 s" in errors[0]
    assert len(summaries) == 1 and summaries[0].new == 1
    assert len(naps) == 1 and 0 < naps[0] <= 60.0


def test_a_store_keeps_its_pack_and_a_wrong_one_is_refused_before_any_round(runner, site, db):
    site.routes["/feed.xml"] = Reply(rss([]), 200, RSS)
    watch(runner, db, "add", site.url("/feed.xml"))
    assert once(runner, db).exit_code == 0  # the store is now pack-less
    site.requests.clear()
    result = watch(runner, db, "--allow-private", "--pack", "dprk-russia")  # the loop
    assert result.exit_code == 2 and "built without a story pack" in result.stderr
    assert site.requests == []
