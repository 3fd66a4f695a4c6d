"""``ingest --scheduler``: a real ``distributed.LocalCluster`` (two worker processes) writing
to the real PostgreSQL server, compared with a one-process ingest; a worker is killed with
SIGKILL mid-run and nothing may be lost or stored twice."""

from __future__ import annotations

import logging
import os
import signal
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from claimtrack.config import Settings
from claimtrack.errors import UsageError
from claimtrack.ingest import IngestEvent, ingest, iter_sources
from claimtrack.ingest.distributed import connect, local_cluster
from claimtrack.ingest.distributed import ingest_distributed as ingest_on
from claimtrack.ingest.tasks import FilesTask, LinesTask, Plan, UrlsTask
from claimtrack.store import Store, metadata

if TYPE_CHECKING:
    from distributed import LocalCluster

SETTINGS = Settings()
PG_ENV = "CLAIMTRACK_TEST_PG_URL"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database (as tests/conftest.py's ``store_url`` makes them)."""
    base = os.environ.get(PG_ENV)
    if not base:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{PG_ENV} is not set but CI=true requires the PostgreSQL tests")
        pytest.skip(f"{PG_ENV} not set (source scripts/services.sh and run start_postgres)")
    name = f"ct_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def row_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for name, t in metadata.tables.items()
            if name in {"documents", "versions", "claims", "mentions", "ingest_errors"}
        }


def test_the_tasks_read_what_a_local_ingest_reads(tmp_path, jobs_corpus):
    """Same documents, ids and locations, whichever task (files, JSONL lines) reads them;
    the second version of an id waits for a second wave, so versions keep input order."""
    corpus = jobs_corpus(tmp_path / "corpus")
    waves = [list(w) for w in Plan([str(corpus)], SETTINGS, "2025-01-01", per_task=5).waves()]
    first, (again,) = waves
    assert {type(t) for t in first} == {FilesTask, LinesTask}
    # 13 lines (the 14th waits for the second wave) cut every 5
    assert sum(isinstance(t, LinesTask) for t in first) == 3
    assert isinstance(again, LinesTask) and again.label == f"{corpus}/wire.jsonl:14"
    read = [item for t in [*first, again] for item in t.read(SETTINGS, "2025-01-01", None)]
    local = list(iter_sources([corpus], SETTINGS, "2025-01-01"))
    key = lambda x: (x.doc_id, x.location)  # noqa: E731
    assert sorted(map(key, read)) == sorted(map(key, local))
    assert sorted(read, key=key) == sorted(local, key=key)  # content and every field too


def test_a_url_task_fetches_with_the_fetch_limits():
    waves = [
        list(w)
        for w in Plan(
            ["http://127.0.0.1:9/report", "HTTP://127.0.0.1:9/report#top"], SETTINGS
        ).waves()
    ]
    assert len(waves) == 1  # the same page twice is fetched once
    ((task,),) = waves
    assert isinstance(task, UrlsTask) and task.urls == ("http://127.0.0.1:9/report",)
    (failure,) = task.read(SETTINGS, None, None)
    assert failure.reason == "private"  # type: ignore[union-attr]


def test_a_sqlite_store_is_refused_in_one_line(tmp_path):
    with Store(str(tmp_path / "s.db")) as store, pytest.raises(UsageError) as err:
        ingest_on([str(tmp_path)], store, None, SETTINGS, "tcp://127.0.0.1:8786")
    assert "needs a PostgreSQL store" in str(err.value) and "\n" not in str(err.value)


def test_an_unreachable_scheduler_is_one_line():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(UsageError) as err:
        connect(f"tcp://127.0.0.1:{port}", timeout=1)
    message = str(err.value)
    assert message.startswith(f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")
    assert "dask scheduler" in message and "\n" not in message


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    """Two worker processes of one thread each, as the README starts them
    (``dask worker --nthreads 1 --preload claimtrack.ingest.preload``), forked from a warm
    fork server."""
    with local_cluster(2, silence_logs=logging.CRITICAL) as running:
        yield running


@pytest.mark.slow
def test_preloaded_workers_run_without_the_statistical_profiler(cluster):
    """Its 10 ms stack sampling cost a third more CPU per document; Dask starts it by
    default, so only the preload's hook can have removed it."""
    import dask
    from distributed import Client

    from claimtrack.ingest.preload import PROFILER_CALLBACKS

    assert dask.config.get("distributed.worker.profile.enabled")
    with Client(cluster) as client:
        running = client.run(lambda dask_worker: sorted(dask_worker.periodic_callbacks))
    assert running  # every worker up now (the kill test below may leave one)
    for names in running.values():
        assert "heartbeat" in names
        assert not set(PROFILER_CALLBACKS) & set(names)


@pytest.mark.slow
def test_the_command_runs_on_the_cluster(pg_url, tmp_path, jobs_corpus, cluster):
    from typer.testing import CliRunner

    from claimtrack.cli import app

    corpus = str(jobs_corpus(tmp_path / "corpus"))
    runner, one = CliRunner(), str(tmp_path / "one.db")
    local = runner.invoke(app, ["ingest", corpus, "--db", one, "--jobs", "1", "--no-pack"])
    sched = ["--scheduler", cluster.scheduler_address]
    result = runner.invoke(app, ["ingest", corpus, "--db", pg_url, *sched, "--no-pack"])
    assert result.exit_code == local.exit_code == 1  # the two bad inputs
    assert result.stdout == local.stdout  # the summary line
    assert sorted(result.stderr.splitlines()) == sorted(local.stderr.splitlines())
    assert len(result.stderr.splitlines()) == 2  # one line per failure
    exports = [
        runner.invoke(app, ["export", "--db", db, "--format", "jsonl"]).stdout
        for db in (one, pg_url)
    ]
    assert exports[0] == exports[1] and exports[0].count("\n") > 100


@pytest.mark.slow
def test_a_cluster_stores_what_one_process_stores_and_a_killed_worker_loses_nothing(
    pg_url, tmp_path, jobs_corpus, store_snapshot, cluster
):
    from distributed import Client

    corpus = jobs_corpus(tmp_path / "corpus")
    with Store(str(tmp_path / "one.db")) as one:
        expected_report = ingest([corpus], one, None, SETTINGS, jobs=1)
        expected, expected_rows = store_snapshot(one), row_counts(one)

    with Client(cluster) as client:
        pids: dict[str, int] = client.run(os.getpid)
        victim = min(pids.values())
        events: list[IngestEvent] = []

        def on_event(event: IngestEvent) -> None:
            events.append(event)
            if len(events) == 1:  # both workers are busy with tasks now
                os.kill(victim, signal.SIGKILL)

        with Store(pg_url) as store:
            report = ingest_on(
                [str(corpus)],
                store,
                None,
                SETTINGS,
                cluster.scheduler_address,
                progress=on_event,
                per_task=4,
            )
            got, got_rows = store_snapshot(store), row_counts(store)
        after = client.run(os.getpid)

    assert victim not in after.values()  # it died, and the nanny started another
    assert got["documents"] == expected["documents"]
    assert got == expected
    assert got_rows == expected_rows  # not one document, version or claim twice
    # A document the killed worker had stored counts unchanged when its task reruns.
    assert report.new + report.unchanged == expected_report.new + expected_report.unchanged
    assert (report.updated, report.failed) == (expected_report.updated, expected_report.failed)
    assert len(events) == report.documents
    assert sorted(f.message for f in report.failures) == sorted(
        f.message for f in expected_report.failures
    )


def test_the_command_refuses_sqlite_and_standard_input_for_a_scheduler(tmp_path: Path):
    from typer.testing import CliRunner

    from claimtrack.cli import app

    runner = CliRunner()
    sched = ["--scheduler", "tcp://127.0.0.1:8786"]
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db, *sched])
    assert result.exit_code == 2 and "needs a PostgreSQL store" in result.output
    result = runner.invoke(app, ["ingest", "-", "--db", db, *sched])
    assert result.exit_code == 2 and "cannot read this standard input" in result.output
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db, *sched, "--jobs", "2"])
    assert result.exit_code == 2 and "drop --jobs" in result.output
