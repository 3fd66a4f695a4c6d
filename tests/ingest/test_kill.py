"""An ingest killed with SIGKILL leaves a consistent store, and a rerun finishes the job.

The batch runs as a real subprocess that is killed at arbitrary moments while the
store shows some but not all documents. After each kill the store must pass SQLite's
integrity checks and hold only whole document versions (every claim and mention, or
nothing); after a final rerun its export must equal an uninterrupted run's.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N_DOCS = 300
TOWNS = ["Ardel", "Brisk", "Corran", "Dunmore", "Elsworth", "Fenwick", "Galloway", "Hollin"]


def write_articles(root: Path) -> Path:
    root.mkdir()
    for i in range(N_DOCS):
        town = TOWNS[i % len(TOWNS)]
        (root / f"storm-{i:03d}.txt").write_text(
            f"Storm damage in {town} (report {i})\n\n"
            f"Officials said more than {1000 + i * 7:,} homes lost power in {town} on Monday.\n\n"
            f"About {20 + i} roads were closed, the council said, and {i % 9 + 2} bridges "
            "were shut.\n"
        )
    return root


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimtrack.cli", *args]


def stored_docs(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created yet, or schema still being written


def shape(db: Path) -> dict[str, tuple[int, tuple[int, ...]]]:
    """Per document: its claim count and each claim's mention count, ids left out."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT v.doc_id, c.id, (SELECT count(*) FROM mentions m WHERE m.claim_id = c.id) "
            "FROM versions v LEFT JOIN claims c ON c.version_id = v.id ORDER BY v.doc_id, c.start"
        ).fetchall()
    out: dict[str, list[int]] = {}
    for doc_id, claim_id, n_mentions in rows:
        out.setdefault(doc_id, [])
        if claim_id is not None:
            out[doc_id].append(n_mentions)
    return {k: (len(v), tuple(v)) for k, v in out.items()}


def check_consistent(db: Path, reference: dict[str, tuple[int, tuple[int, ...]]]) -> int:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        n_docs, n_versions = conn.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM versions)"
        ).fetchone()
        assert n_docs == n_versions  # each document arrived once, with its version
        n_claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        n_fts = conn.execute("SELECT count(*) FROM search_fts").fetchone()[0]
        assert n_fts == n_versions + n_claims
    partial = shape(db)
    for doc_id, got in partial.items():
        assert got == reference[doc_id], f"{doc_id} stored incompletely"
    return len(partial)


def kill_when(proc: subprocess.Popen[bytes], db: Path, at_least: int, timeout: float = 40) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"ingest finished before it could be killed (exit {proc.returncode})")
        n = stored_docs(db)
        if n >= at_least:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return n
        time.sleep(0.005)
    proc.kill()
    pytest.fail(f"ingest did not reach {at_least} documents in {timeout}s")


def export(db: Path) -> list[dict[str, object]]:
    out = subprocess.run(
        cli("export", "--db", str(db), "--format", "jsonl"), check=True, capture_output=True
    )
    return [json.loads(line) for line in out.stdout.splitlines()]


def documents(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT d.doc_id, d.latest_version, v.content_hash, v.title, v.text "
            "FROM documents d JOIN versions v ON v.doc_id = d.doc_id ORDER BY d.doc_id"
        ).fetchall()


def test_killed_ingest_leaves_whole_documents_and_a_rerun_completes(tmp_path):
    articles = write_articles(tmp_path / "articles")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    reference_db = tmp_path / "reference.db"
    subprocess.run(
        cli("ingest", str(articles), "--db", str(reference_db), "--no-pack"),
        check=True,
        capture_output=True,
        env=env,
    )
    reference = shape(reference_db)
    assert len(reference) == N_DOCS and sum(n for n, _ in reference.values()) > N_DOCS

    db = tmp_path / "killed.db"
    seen = []
    for at_least in (25, 150):
        proc = subprocess.Popen(
            cli("ingest", str(articles), "--db", str(db), "--no-pack"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        kill_when(proc, db, at_least)
        stored = check_consistent(db, reference)
        assert at_least <= stored < N_DOCS
        seen.append(stored)
    assert seen[0] < seen[1]

    rerun = subprocess.run(
        cli("ingest", str(articles), "--db", str(db), "--no-pack"),
        capture_output=True,
        text=True,
        env=env,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"{seen[1]} unchanged" in rerun.stdout and f"{N_DOCS - seen[1]} new" in rerun.stdout
    assert check_consistent(db, reference) == N_DOCS
    assert export(db) == export(reference_db)
    assert documents(db) == documents(reference_db)
