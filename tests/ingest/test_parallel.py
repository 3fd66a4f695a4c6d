"""``ingest --jobs``: worker processes clean and extract while one process writes.

Real worker processes on the real pipeline, real SQLite files and the real PostgreSQL
server; workers are killed with SIGKILL, as the kernel's out-of-memory killer would.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import psutil
import pytest

from claimtrack.config import Settings
from claimtrack.ingest import IngestEvent, ingest, ingest_sources
from claimtrack.ingest.parallel import AHEAD_PER_WORKER, WINDOW_PER_JOB, WorkerPool
from claimtrack.pipeline import Processed
from claimtrack.records import SourceDocument
from claimtrack.store import Store

SETTINGS = Settings()


def workers() -> list[psutil.Process]:
    """This test process's ingest workers: the children of its multiprocessing fork server."""
    found = []
    for child in psutil.Process().children():
        try:
            if "multiprocessing.forkserver" in " ".join(child.cmdline()):
                found += child.children()
        except psutil.NoSuchProcess:
            pass
    return found


@pytest.mark.slow
def test_two_workers_store_what_one_process_stores_even_when_one_is_killed(
    store_url, tmp_path, jobs_corpus, store_snapshot
):
    corpus = jobs_corpus(tmp_path / "corpus")
    with Store(str(tmp_path / "one.db")) as one:
        expected_report = ingest([corpus], one, None, SETTINGS, jobs=1)
        expected = store_snapshot(one)
    assert expected_report.failed == 2 and expected_report.new > 40  # the corpus is as meant

    events: list[IngestEvent] = []
    killed: list[int] = []

    def on_event(event: IngestEvent) -> None:
        events.append(event)
        if not killed and event.outcome == "new":
            victim = workers()[0]
            victim.kill()
            killed.append(victim.pid)

    with Store(store_url) as store:
        report = ingest([corpus], store, None, SETTINGS, progress=on_event, jobs=2)
        got = store_snapshot(store)
    assert killed and not psutil.pid_exists(killed[0])
    assert got == expected
    assert (report.new, report.updated, report.unchanged, report.failed, report.claims) == (
        expected_report.new,
        expected_report.updated,
        expected_report.unchanged,
        expected_report.failed,
        expected_report.claims,
    )
    assert [f.message for f in report.failures] == [f.message for f in expected_report.failures]
    assert len(events) == report.documents
    assert workers() == []  # every worker stopped with the batch


def test_a_document_that_kills_its_worker_costs_only_itself(tmp_path):
    """The chunk a dead worker held is retried one document at a time; the document that
    kills its worker again is reported, and the others come back in input order."""
    flood = "The river rose again overnight and crews watched the banks of the Tull. " * 3000
    sources = [
        SourceDocument(f"doc-{i}", f"Report {i}\n\nThe council said {400 + i} homes flooded.\n")
        for i in range(12)
    ]
    sources[2] = SourceDocument("huge", f"Flood log\n\n{flood}\n\nAbout 90 crews helped.\n")
    pulled = 0

    def feed() -> Iterator[SourceDocument]:
        nonlocal pulled
        for s in sources:
            pulled += 1
            yield s

    killed: set[int] = set()

    def within(doc_id: str, done: int, total: int) -> None:
        if doc_id == "huge" and done < total:  # mid-document: kill the worker reading it
            (worker,) = pool.workers  # (messages it sent before it died may still arrive)
            worker.process.kill()
            killed.add(worker.process.pid or 0)

    results: list[Processed] = []
    ahead: list[int] = []
    with WorkerPool(1, None, within) as pool:
        for result in pool.run(feed(), chunk=4):
            results.append(result)
            ahead.append(pulled - len(results))
    assert len(killed) == 2  # once in its chunk, once alone
    assert [r.source.doc_id for r in results] == [s.doc_id for s in sources]
    huge = results[2]
    assert huge.doc is None and huge.error is not None
    assert getattr(huge.error, "reason", None) == "worker_crashed"
    assert "died (killed by SIGKILL)" in str(huge.error) and "--jobs 1" in str(huge.error)
    others = results[:2] + results[3:]
    assert all(r.error is None and r.doc is not None for r in others)
    assert [r.claims[0].value for r in others] == [400 + i for i in (0, 1, *range(3, 12))]
    # never more than the window of chunks read ahead of what was handed back
    assert max(ahead) <= WINDOW_PER_JOB * 1 * 4


class Poisoned(SourceDocument):
    """A document that takes down the worker it reaches: unpickling it there exits the
    process, as a crash in a C extension would, before any result is sent back."""

    def __reduce__(self) -> tuple[object, tuple[int]]:
        return (os._exit, (3,))


def test_a_worker_crash_is_one_recorded_failure_and_the_rest_is_stored(tmp_path):
    docs: list[SourceDocument] = [
        SourceDocument(f"n-{i}", f"Note {i}\n\nOfficials said {70 + i} roads were shut.\n")
        for i in range(40)
    ]
    docs[9] = Poisoned("poisoned", "Officials said 12 bridges were shut.", location="in/p.txt")
    events: list[IngestEvent] = []
    with Store(str(tmp_path / "s.db")) as store:
        report = ingest_sources(docs, store, None, SETTINGS, progress=events.append, jobs=2)
        assert (report.new, report.failed) == (39, 1)
        (failure,) = store.failures()
        stored = {d["doc"] for d in store.documents()}
    assert failure["doc_id"] == "poisoned" and failure["reason"] == "worker_crashed"
    assert failure["message"].startswith("in/p.txt: the worker process extracting it died")
    assert "exit code 3" in failure["message"]
    assert stored == {d.doc_id for d in docs} - {"poisoned"}
    assert [e.doc_id for e in events if e.outcome == "failed"] == ["poisoned"]
    assert workers() == []


def test_a_batch_of_one_parse_batch_runs_in_process(tmp_path):
    """Starting workers costs more than a handful of documents: none are started."""
    docs = [SourceDocument(f"s-{i}", f"Some {10 + i} boats were moored.") for i in range(5)]
    seen: list[int] = []
    with Store(str(tmp_path / "s.db")) as store:
        report = ingest_sources(
            docs,
            store,
            None,
            SETTINGS,
            progress=lambda e: seen.append(len(workers())),
            jobs=4,
        )
    assert report.new == 5 and seen == [0] * 5


def test_a_worker_holds_its_next_chunk_while_it_works(tmp_path):
    """The next chunk reaches a worker while it is busy, so it never waits for the writer
    to finish storing before it has more to do; results still come back in input order."""
    sources = [
        SourceDocument(f"d-{i}", f"Bulletin {i}\n\nThe port said {300 + i} lorries waited.\n")
        for i in range(24)
    ]
    held: list[int] = []

    def within(doc_id: str, done: int, total: int) -> None:
        held.append(len(pool.workers[0].tasks))

    with WorkerPool(1, None, within) as pool:
        results = list(pool.run(iter(sources), chunk=4))
    assert [r.claims[0].value for r in results] == [300 + i for i in range(24)]
    assert held and max(held) == AHEAD_PER_WORKER == 2
