"""``ingest.forkserver``: the ``--jobs`` fork server, started before the pipeline is
imported, warms it on its own and serves the workers started later. Real processes."""

from __future__ import annotations

import sys

import psutil

from claimtrack.ingest.forkserver import default_jobs, start_early


def _fork_servers() -> list[psutil.Process]:
    return [
        child
        for child in psutil.Process().children()
        if "multiprocessing.forkserver" in " ".join(child.cmdline())
    ]


def test_the_fork_server_starts_before_any_worker_and_is_reused() -> None:
    start_early()
    servers = _fork_servers()
    assert len(servers) == 1
    start_early()  # a second call starts no second server
    assert [s.pid for s in _fork_servers()] == [servers[0].pid]


def test_importing_the_module_leaves_the_pipeline_unimported() -> None:
    """The ``ingest`` command calls it first, so it must not pull in what it warms."""
    import subprocess

    code = (
        "import sys, claimtrack.ingest.forkserver as f; f.default_jobs(); "
        "print(any(m.startswith(('spacy', 'claimtrack.pipeline')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_default_jobs_counts_the_cores_this_process_may_use() -> None:
    assert 1 <= default_jobs() <= (psutil.cpu_count() or 1)
