"""A damaged or foreign store gives one line naming the problem, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

ARTICLE = "Officials in Brask said 300 soldiers left the port on Monday.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _store(tmp_path: Path, runner: CliRunner) -> str:
    (tmp_path / "brask.txt").write_text(ARTICLE)
    db = str(tmp_path / "s.db")
    done = runner.invoke(app, ["ingest", str(tmp_path / "brask.txt"), "--db", db, "--no-pack"])
    assert done.exit_code == 0, done.output
    return db


@pytest.mark.parametrize("command", ["claims", "docs", "search", "measures"])
def test_a_damaged_store_is_one_line(tmp_path: Path, runner: CliRunner, command: str) -> None:
    db = _store(tmp_path, runner)
    with sqlite3.connect(db) as conn:  # a table lost to a bad copy or a foreign tool
        conn.execute("DROP TABLE claims")
        conn.execute("DROP TABLE documents")
    args = [command, "soldiers"] if command == "search" else [command]
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert line.startswith("error:") and str(db) in line


def test_a_file_that_is_no_database(tmp_path: Path, runner: CliRunner) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 50)
    result = runner.invoke(app, ["claims", "--db", str(bogus)])
    assert result.exit_code == 1
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert line.startswith("error:") and "notes.db" in line
