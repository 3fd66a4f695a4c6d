"""``claimtrack ingest --jobs``: the same store, summary and failure lines as one process,
on SQLite and PostgreSQL, through the real command and real worker processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

HARBOURS = ["Tullen", "Marrow", "Pellow", "Quay Sands", "Ostry"]


def write_reports(root: Path, n: int = 44) -> Path:
    """``n`` short reports (more than one parse batch, so workers start), a JSONL of two
    versions of one id, and one file that fails."""
    root.mkdir()
    for i in range(n):
        harbour = HARBOURS[i % len(HARBOURS)]
        (root / f"harbour-{i:02d}.txt").write_text(
            f"Harbour count {i}\n\nThe harbour master said {120 + 9 * i} boats were moored in "
            f"{harbour} on Monday, up from about {80 + i} a week earlier.\n"
        )
    (root / "log.jsonl").write_text(
        json.dumps({"id": "log-1", "text": "Crews said 14 cranes were idle in Ostry."})
        + "\n"
        + json.dumps({"id": "log-1", "text": "Crews said 17 cranes were idle in Ostry."})
        + "\n"
    )
    (root / "blank.txt").write_text("   \n")
    return root


@pytest.mark.slow
def test_jobs_two_gives_the_store_jobs_one_gives(store_url, tmp_path):
    runner = CliRunner()
    corpus = str(write_reports(tmp_path / "reports"))
    one = str(tmp_path / "one.db")
    first = runner.invoke(app, ["ingest", corpus, "--db", one, "--no-pack", "--jobs", "1"])
    second = runner.invoke(app, ["ingest", corpus, "--db", store_url, "--no-pack", "-j", "2"])
    assert first.exit_code == second.exit_code == 1  # the blank file
    assert second.stdout == first.stdout
    assert second.stdout.startswith("47 documents: 45 new, 0 unchanged, 1 updated, 1 failed;")
    assert second.stderr == first.stderr == f"error: {corpus}/blank.txt: is empty (no readable " \
        "text); nothing to extract\n"  # fmt: skip

    def export(db: str) -> str:
        result = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"])
        assert result.exit_code == 0
        return result.stdout

    assert export(store_url) == export(one)
    latest = export(one)  # log-1's second line is its version 2, the latest
    assert "said 17 cranes" in latest and "said 14 cranes" not in latest
    again = runner.invoke(app, ["ingest", corpus, "--db", store_url, "--no-pack", "-j", "2"])
    assert again.stdout.startswith("47 documents: 0 new, 46 unchanged, 0 updated, 1 failed;")


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_jobs_below_one_is_refused_in_one_line(tmp_path, jobs):
    result = CliRunner().invoke(
        app, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.db"), "--jobs", jobs]
    )
    assert result.exit_code == 2
    assert result.stderr == f"error: --jobs {jobs} must be at least 1, e.g. --jobs 4\n"
    assert not (tmp_path / "s.db").exists()
