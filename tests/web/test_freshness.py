"""The cross-check cache serves the last view while a newer one is computed, one recompute
at a time, and the pages say how old their view is.

The recompute is held on an ``Event``, so "during" and "after" are states the test sets
up, never a matter of timing (the waits only guard against a hang).
"""

from __future__ import annotations

import gc
import os
import re
import shutil
import subprocess
import sys
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from claimtrack.config import Settings
from claimtrack.ingest import ingest
from claimtrack.packs import StoryPack, load_pack
from claimtrack.resolve import CrossCheck
from claimtrack.resolve.crosscheck import check_store
from claimtrack.store import Store
from claimtrack.web.app import create_app
from claimtrack.web.data import Workspace
from claimtrack.web.pages import MEASURE_ROWS
from claimtrack.web.recompute import WORKER_NICENESS, InWorker

HANG = 60  # seconds: only ever reached if the code under test is broken
ARTICLE = "Seoul said on Friday that about 1,500 more North Korean troops had reached Kursk.\n"


class Held:
    """A cross-check whose runs after the first wait for ``release``."""

    def __init__(self) -> None:
        self.runs = 0
        self.started = threading.Event()
        self.release = threading.Event()

    def __call__(self, store: Store, pack: StoryPack | None, tolerance: float) -> CrossCheck:
        self.runs += 1
        if self.runs > 1:
            self.started.set()
            assert self.release.wait(HANG)
        return check_store(store, pack, tolerance)


@pytest.fixture
def copy(db: str, tmp_path: Path) -> str:
    """A copy of the module's store, free to grow."""
    path = tmp_path / "claims.db"
    shutil.copy(db, path)
    return str(path)


@pytest.fixture
def store(copy: str) -> Iterator[Store]:
    with Store(copy, create=False) as s:
        yield s


def add_article(folder: Path, store: Store, name: str = "late.txt") -> None:
    news = folder / "news"
    news.mkdir(exist_ok=True)
    (news / name).write_text(ARTICLE, encoding="utf-8")
    report = ingest([news / name], store, load_pack("dprk-russia"), Settings())
    assert report.new == 1, report


def test_a_request_during_a_recompute_gets_the_old_view_and_a_later_one_the_new(
    store: Store, tmp_path: Path
) -> None:
    held = Held()
    ws = Workspace(store, load_pack("dprk-russia"), min_interval=0, compute=held, stamp_ttl=0)
    old = ws.view()  # the very first request computes
    assert held.runs == 1 and not ws.freshness(old).stale

    add_article(tmp_path, store)
    assert ws.view() is old  # the store moved: the old view at once, a recompute starts
    assert held.started.wait(HANG)
    assert ws.view() is old  # still the old one while it runs, and no second recompute
    assert held.runs == 2
    during = ws.freshness(old)
    assert during.stale and during.updating

    held.release.set()
    assert ws.settle(HANG)
    new = ws.view()
    assert new is not old and held.runs == 2
    assert len(new.cc.documents) == len(old.cc.documents) + 1
    after = ws.freshness(new)
    assert not after.stale and not after.updating


def test_recomputes_wait_for_the_interval_and_close_ends_the_wait(
    store: Store, tmp_path: Path
) -> None:
    held = Held()
    ws = Workspace(store, load_pack("dprk-russia"), min_interval=3600, compute=held, stamp_ttl=0)
    old = ws.view()
    add_article(tmp_path, store)
    assert ws.view() is old
    due = ws.freshness(old)  # a recompute is due, after the interval: not running yet
    assert due.stale and not due.updating
    assert not ws.settle(0) and held.runs == 1  # ... so it has not started
    ws.close()
    assert ws.settle(HANG) and held.runs == 1 and ws.view() is old


def test_catch_up_waits_for_a_view_of_the_store_as_it_is(store: Store, tmp_path: Path) -> None:
    ws = Workspace(store, load_pack("dprk-russia"), min_interval=3600)
    old = ws.view()
    add_article(tmp_path, store)
    new = ws.catch_up()  # ignores the interval: an ingest job's own thread waits for it
    assert len(new.cc.documents) == len(old.cc.documents) + 1 and ws.view() is new


def documents_shown(page: str) -> int:
    found = re.search(r"<strong>([\d,]+)</strong> documents", page)
    assert found, page
    return int(found[1].replace(",", ""))


def test_pages_say_how_old_their_view_is(copy: str, store: Store, tmp_path: Path) -> None:
    held = Held()
    app = create_app(copy, Settings())
    with TestClient(app, raise_server_exceptions=False) as client:
        app.state.workspace = ws = Workspace(
            Store(copy, create=False),
            load_pack("dprk-russia"),
            min_interval=0,
            compute=held,
            stamp_ttl=0,
        )
        first = client.get("/").text
        assert re.search(r"cross-check updated \d+ s ago</p>", first) and "updating" not in first

        add_article(tmp_path, store)
        during = client.get("/").text  # answered from the old view while the new one waits
        assert held.started.wait(HANG)
        assert documents_shown(during) == documents_shown(first)
        page = client.get("/measures/dprk_troops_in_russia").text
        assert re.search(r"cross-check updated \d+ s ago · updating</p>", page)

        held.release.set()
        assert ws.settle(HANG)
        later = client.get("/").text
        assert documents_shown(later) == documents_shown(first) + 1
        assert "updating" not in later and "newer data waiting" not in later
        ws.store.close()


def test_a_new_view_comes_with_the_pages_cards_and_charts(client: TestClient) -> None:
    view = client.app.state.workspace.view()
    for m in view.cc.measures:  # derived on the thread that computed it, not per request
        assert {("card", m.key), ("facets", m.key), ("chart", m.key)} <= set(view.memo)
    page = client.get("/measures/dprk_troops_in_russia").text
    assert view.memo[("chart", "dprk_troops_in_russia")] in page


def test_view_reuses_a_stamp_for_its_ttl_and_catch_up_reads_it_afresh(
    store: Store, tmp_path: Path
) -> None:
    held = Held()
    ws = Workspace(store, load_pack("dprk-russia"), min_interval=0, compute=held, stamp_ttl=3600)
    old = ws.view()
    assert ws.view() is old  # the stamp is read once here, then trusted for an hour
    add_article(tmp_path, store)
    assert ws.view() is old and not ws.freshness(old).stale  # the change is not seen yet
    assert ws.settle(0) and held.runs == 1  # ... so no recompute started
    held.release.set()
    new = ws.catch_up()  # an ingest job's wait reads the stamp afresh
    assert new is not old and ws.view() is new and held.runs == 2
    ws.stamp_ttl = 0
    add_article(tmp_path, store, "later.txt")
    assert ws.view() is new and ws.freshness(new).stale  # without a TTL: seen at once
    assert ws.settle(HANG) and ws.view() is not new


def test_claim_counts_are_kept_and_recounted_in_the_background(
    store: Store, tmp_path: Path
) -> None:
    ws = Workspace(store, load_pack("dprk-russia"), min_interval=3600, stamp_ttl=0)
    total = store.count_claims()
    assert ws.count_claims() == total > 0
    reported = ws.count_claims(status="reported")
    assert reported == store.count_claims(status="reported") < total
    counts: list[str] = []  # the claim counts the database is asked for

    def seen(_c: object, _cur: object, statement: str, *_: object) -> None:
        if "count(" in statement.lower() and "FROM claims" in statement:
            counts.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        assert ws.count_claims() == total and ws.count_claims(status="reported") == reported
        assert counts == []  # the same stamp: remembered
        add_article(tmp_path, store)
        counts.clear()  # the ingest's own statements
        assert ws.count_claims() == total  # the store moved: the old total at once ...
        assert ws.settle(HANG)  # ... and both kept totals counted again in the background
        assert len(counts) == 2
        assert ws.count_claims() > total and ws.count_claims(status="reported") > reported
        assert len(counts) == 2  # no count on the request's path
        add_article(tmp_path, store, "later.txt")
        ws.catch_up()  # an ingest job's wait: the totals are forgotten, the next exact
        assert ws.count_claims() == store.count_claims()
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)


def test_concurrent_requests_wait_for_one_derivation(store: Store) -> None:
    ws = Workspace(store, load_pack("dprk-russia"), min_interval=3600)
    view = ws.view()
    calls: list[int] = []
    release = threading.Event()

    def make() -> list[int]:
        calls.append(1)
        assert release.wait(HANG)
        return calls

    got: list[object] = []
    threads = [
        threading.Thread(target=lambda: got.append(view.derived("slow", make))) for _ in range(8)
    ]
    for t in threads:
        t.start()
    # Were the others to make it too, they would have started within this time.
    for _ in range(50):
        if len(calls) > 1:
            break
        threading.Event().wait(0.01)
    release.set()
    for t in threads:
        t.join(HANG)
    assert calls == [1] and len(got) == 8 and all(g is calls for g in got)


def test_a_view_is_kept_out_of_the_cycle_collector_and_freed_when_replaced(
    store: Store, tmp_path: Path
) -> None:
    ws = Workspace(store, load_pack("dprk-russia"), min_interval=0, stamp_ttl=0)
    old = ws.view()
    assert gc.get_freeze_count() > old.n_claims  # its claims' objects, at least
    gone = weakref.ref(old.cc)
    add_article(tmp_path, store)
    new = ws.catch_up()
    assert new is not old
    del old
    assert gone() is None  # reference counting alone freed it: the view holds no cycles


def test_the_overview_and_a_measure_page_are_rendered_once_per_view(client: TestClient) -> None:
    view = client.app.state.workspace.view()
    url, key = "/measures/dprk_troops_in_russia", ("page", "dprk_troops_in_russia", 1, MEASURE_ROWS)
    client.get(url)
    client.get("/")
    kept = dict(view.memo)
    try:  # mark what is kept: a page served from it shows the mark
        view.memo[key] = view.memo[key].replace("</h1>", "</h1><!--kept-->", 1)
        view.memo["overview"] = view.memo["overview"].replace("</h1>", "</h1><!--kept-->", 1)
        page = client.get(url).text
        assert "<!--kept-->" in page
        note = r'<main>\n<p class="freshness" role="status">cross-check updated \d+ s ago'
        assert re.search(note, page)  # ... with this request's note on its age
        assert "<!--kept-->" not in client.get(url + "?status=reported").text  # filtered: not
        client.cookies.clear()
        first = client.get("/").text
        again = client.get("/").text  # now with the last-visit cookie the first one set
        assert "<!--kept-->" in first and "<!--kept-->" in again and re.search(note, again)
        assert "First visit from this browser" in first and "First visit" not in again
    finally:
        view.memo.clear()
        view.memo.update(kept)


def test_background_recomputes_run_in_a_worker_process(store: Store, tmp_path: Path) -> None:
    worker = InWorker(store.url.render_as_string(hide_password=False))
    pack = load_pack("dprk-russia")
    ws = Workspace(store, pack, min_interval=0, stamp_ttl=0, background=worker)
    try:
        old = ws.view()  # the first one is computed here, as the very first request waits
        add_article(tmp_path, store)
        assert ws.view() is old  # the old view at once; the worker computes the new one
        assert ws.settle(HANG)
        new = ws.view()
        here = check_store(store, pack, 0.1)
        assert len(new.cc.documents) == len(old.cc.documents) + 1 == len(here.documents)
        assert [
            (m.key, len(m.reported), len(m.other), len(m.conflicts)) for m in new.cc.measures
        ] == [(m.key, len(m.reported), len(m.other), len(m.conflicts)) for m in here.measures]
        assert worker.used == 1  # it went through the worker, not the fallback
    finally:
        ws.close()


def test_closing_ends_a_recompute_running_in_the_worker(store: Store) -> None:
    worker = InWorker(store.url.render_as_string(hide_password=False))
    got: list[CrossCheck] = []
    thread = threading.Thread(target=lambda: got.append(worker(store, None, 0.1)))
    thread.start()
    for _ in range(HANG * 100):  # until the worker process is running
        if worker._process is not None and worker._process.is_alive():
            break
        threading.Event().wait(0.01)
    process = worker._process
    assert process is not None
    worker.close()
    # The recompute's own thread is the one that reaps the process (join): a second
    # joiner here could see waitpid's ECHILD between its reaping and its exit code, and
    # take the reaped process for a live one.
    thread.join(HANG)
    assert not thread.is_alive()
    assert process.exitcode is not None  # ended, not left computing
    # the server still gets its cross-check (computed here), unless the worker had already
    # delivered it before close
    assert len(got) == 1 and len(got[0].documents) > 0


def test_the_worker_process_runs_at_a_lower_priority() -> None:
    """A recompute is background work: in its own process the niceness goes up by
    ``WORKER_NICENESS``, so the requests' process gets the CPU first."""
    code = (
        "import os; from claimtrack.web.recompute import lower_priority; "
        "print(os.nice(0), lower_priority())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    before, after = map(int, done.stdout.split())
    assert before == os.nice(0)  # it started as this process, which stays as it was
    assert after == min(before + WORKER_NICENESS, 19)


def test_a_remembered_read_is_reused_and_read_again_when_the_store_changes(
    store: Store, tmp_path: Path
) -> None:
    ws = Workspace(store, load_pack("dprk-russia"), min_interval=3600, stamp_ttl=0)
    reads: list[int] = []

    def read() -> int:
        reads.append(1)
        return len(store.search("troops"))

    first = ws.remembered(("search", "troops"), read)
    assert ws.remembered(("search", "troops"), read) == first and len(reads) == 1
    assert ws.remembered(("search", "other words"), read) == first and len(reads) == 2
    add_article(tmp_path, store)  # the store's stamp moves: the old answer, read again
    assert ws.remembered(("search", "troops"), read) == first
    assert ws.settle(HANG) and len(reads) == 3
    assert ws.remembered(("search", "troops"), read) > first and len(reads) == 3
    add_article(tmp_path, store, "later.txt")
    ws.catch_up()  # an ingest job's documents: every answer is forgotten, read at once
    assert ws.remembered(("search", "troops"), read) > first + 1 and len(reads) == 4


def test_stale_answers_are_read_again_at_most_every_reread_every(
    store: Store, tmp_path: Path
) -> None:
    """While the store keeps changing, a stale answer is returned at once and read again
    at most once per ``reread_every`` seconds: the rereads' share of the server is bounded."""
    ws = Workspace(
        store, load_pack("dprk-russia"), min_interval=3600, stamp_ttl=0, reread_every=3600
    )
    reads: list[int] = []

    def read() -> int:
        reads.append(1)
        return len(reads)

    assert ws.remembered("key", read) == 1
    add_article(tmp_path, store)  # the stamp moves: read again, once
    assert ws.remembered("key", read) == 1
    assert ws.settle(HANG) and ws.remembered("key", read) == 2
    add_article(tmp_path, store, "later.txt")  # moves again within reread_every
    assert ws.remembered("key", read) == 2
    assert ws.settle(HANG) and ws.remembered("key", read) == 2 and len(reads) == 2
    ws.reread_every = 0  # the time has passed: the next request starts the reread
    assert ws.remembered("key", read) == 2
    assert ws.settle(HANG) and ws.remembered("key", read) == 3


def test_an_answer_read_before_catch_up_is_not_kept(store: Store, tmp_path: Path) -> None:
    """A read that began before ``catch_up`` forgot the answers may miss the job's
    documents: it is not kept, so the next request reads again."""
    ws = Workspace(store, load_pack("dprk-russia"), min_interval=3600, stamp_ttl=0)
    reads: list[int] = []

    def read() -> int:
        reads.append(1)
        if len(reads) == 1:
            ws.catch_up()  # lands while the first read runs
        return len(reads)

    assert ws.remembered("key", read) == 1
    assert ws.remembered("key", read) == 2


def test_remembered_reads_are_bounded(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.web import data

    monkeypatch.setattr(data, "MAX_READS", 3)
    ws = Workspace(store, load_pack("dprk-russia"), min_interval=3600, stamp_ttl=0)
    made: list[int] = []
    for n in (1, 2, 3, 1, 4):  # 1 is used again, so 2 is the least recently used
        ws.remembered(n, lambda n=n: made.append(n))
    ws.remembered(1, lambda: made.append(-1))
    ws.remembered(2, lambda: made.append(2))
    assert made == [1, 2, 3, 4, 2]
