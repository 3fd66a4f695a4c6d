"""The command line end to end on a real store: output formats, exit codes, messages."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

ARTICLE = (
    "Depot fire in Quellin\n\n"
    "Officials said more than 4,500 soldiers were deployed to fight the depot fire in Quellin.\n\n"
    "The fire brigade said about 13,000 litres of fuel burned before dawn.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path, runner: CliRunner) -> str:
    article = tmp_path / "quellin-fire.txt"
    article.write_text(ARTICLE)
    path = str(tmp_path / "claims.db")
    result = runner.invoke(
        app, ["ingest", str(article), "--db", path, "--no-pack", "--published", "2025-02-03"]
    )
    assert result.exit_code == 0, result.output
    assert "1 documents: 1 new, 0 unchanged, 0 updated, 0 failed" in result.stdout
    return path


def test_claims_table_shows_bounded_figures(runner, db):
    result = runner.invoke(app, ["claims", "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "quellin-fire" in result.stdout and ">4,500" in result.stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_claims_machine_formats(runner, db, fmt):
    result = runner.invoke(app, ["claims", "--db", db, "--format", fmt])
    assert result.exit_code == 0
    if fmt == "json":
        rows = json.loads(result.stdout)
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
    troops = [r for r in rows if str(r["low"]) == "4500"]
    assert troops and troops[0]["doc"].endswith("/quellin-fire.txt")
    assert troops[0]["published"] == "2025-02-03"


def test_claims_filters(runner, db):
    result = runner.invoke(app, ["claims", "--db", db, "--doc", "elsewhere", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    result = runner.invoke(app, ["claims", "--db", db, "--measure", "no-such-measure"])
    assert result.exit_code == 0 and "no claims match" in result.stderr


def test_docs_table_and_json(runner, db):
    table = runner.invoke(app, ["docs", "--db", db], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "quellin-fire" in table.stdout
    (doc,) = json.loads(runner.invoke(app, ["docs", "--db", db, "--format", "json"]).stdout)
    assert doc["doc"].endswith("/quellin-fire.txt") and doc["versions"] == 1 and doc["claims"] >= 1


def test_export_to_stdout_and_to_a_file(runner, db, tmp_path):
    stdout = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"])
    assert stdout.exit_code == 0
    rows = [json.loads(line) for line in stdout.stdout.splitlines()]
    assert any(r["low"] == 4500 and isinstance(r["low"], int) for r in rows)
    assert {"doc", "quote", "mentions", "via", "published", "url", "title"} <= set(rows[0])

    out = tmp_path / "claims.csv"
    to_file = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--out", str(out)])
    assert to_file.exit_code == 0 and f"wrote {len(rows)} claims" in to_file.stderr
    assert len(list(csv.DictReader(out.open()))) == len(rows)


def test_errors_lists_recorded_failures(runner, db, tmp_path):
    assert "no ingest failures" in runner.invoke(app, ["errors", "--db", db]).stderr
    blank = tmp_path / "blank.txt"
    blank.write_text("")
    failed = runner.invoke(app, ["ingest", str(blank), "--db", db, "--no-pack"])
    assert failed.exit_code == 1
    assert (
        failed.stderr.strip() == f"error: {blank}: is empty (no readable text); nothing to extract"
    )
    listed = runner.invoke(app, ["errors", "--db", db, "--format", "json"])
    (row,) = json.loads(listed.stdout)
    assert row["reason"] == "empty" and row["doc_id"] == f"{tmp_path.name}/blank.txt"
    assert "empty" in runner.invoke(app, ["errors", "--db", db]).stdout


def test_search(runner, db):
    result = runner.invoke(app, ["search", "litres fuel", "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "quellin-fire" in result.stdout
    assert "no matches" in runner.invoke(app, ["search", "volcano", "--db", db]).stderr
    odd = runner.invoke(app, ["search", 'NEAR("fuel', "--db", db, "--format", "json"])
    assert odd.exit_code == 0


def test_db_defaults_to_the_environment(runner, db, tmp_path):
    result = runner.invoke(app, ["docs", "--format", "json"], env={"CLAIMTRACK_DB": db})
    assert result.exit_code == 0 and json.loads(result.stdout)[0]["doc"].endswith(
        "/quellin-fire.txt"
    )


def test_default_pack_is_loaded(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    result = runner.invoke(app, ["ingest", str(article), "--db", str(tmp_path / "p.db")])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["ingest", "{article}", "--pack", "no-such-pack"], "no story pack named 'no-such-pack'"),
        (["ingest", "{article}", "--published", "last tuesday"], "is not a date"),
        (["ingest", "{article}", "--pack", "dprk-russia", "--no-pack"], "not both"),
        (["claims", "--db", "{tmp}/missing.db"], "no store at"),
        (["claims", "--format", "xml"], "xml"),
        (["ingest", "{article}", "--frobnicate"], "No such option"),
    ],
)
def test_usage_errors_exit_2_without_a_traceback(runner, tmp_path, args, phrase):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    argv = [a.format(tmp=tmp_path, article=article) for a in args]
    if argv[0] == "ingest" or "--db" not in argv:
        argv += ["--db", str(tmp_path / "u.db")]
    result = runner.invoke(app, argv)
    assert result.exit_code == 2, result.output
    assert phrase in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "missing.db").exists()


def test_module_and_console_script_entry_points(db):
    module = subprocess.run(
        [sys.executable, "-m", "claimtrack.cli", "docs", "--db", db, "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert module.returncode == 0 and json.loads(module.stdout)[0]["doc"].endswith(
        "/quellin-fire.txt"
    )
    script = Path(sys.executable).with_name("claimtrack")
    if script.exists():
        bad = subprocess.run(
            [str(script), "claims", "--db", "/nonexistent/x.db"], capture_output=True, text=True
        )
        assert bad.returncode == 2 and bad.stderr.startswith("error: no store at")
