"""Start-up: commands import only what they use, and the help says how to use them.

The import checks are structural, not timed: a fresh interpreter runs the command and
reports which heavy modules ended up in ``sys.modules`` (bench/startup.py has the timings).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import claimtrack
from claimtrack.cli import app
from claimtrack.packs import builtin_packs, load_pack

HEAVY = ("spacy", "sqlalchemy", "trafilatura", "datasketch")
PROBE = """
import json, sys
from claimtrack.cli.app import app
try:
    app(sys.argv[1:], prog_name="claimtrack")
except SystemExit as exc:
    code = exc.code
sys.stdout.write("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def loaded(*argv: str) -> tuple[int, set[str]]:
    """Run claimtrack ARGV in a fresh interpreter: its exit code and every module imported."""
    env = {**os.environ, "COLUMNS": "100"}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=env
    )
    report = json.loads(proc.stdout.splitlines()[-1])
    return report["code"], {m.split(".")[0] for m in report["modules"]} | set(report["modules"])


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def command_names() -> list[str]:
    return sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["claims", "--help"]])
def test_help_and_version_import_nothing_heavy(argv):
    code, modules = loaded(*argv)
    assert code in (0, None)
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))
    assert "claimtrack.store.store" not in modules and "claimtrack.pipeline" not in modules


def test_docs_reads_the_store_without_the_pipeline(tmp_path, runner):
    article = tmp_path / "fire.txt"
    article.write_text("Officials said more than 4,500 soldiers fought the depot fire.\n")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(article), "--db", db, "--no-pack"]).exit_code == 0
    code, modules = loaded("docs", "--db", db)
    assert code in (0, None) and "sqlalchemy" in modules  # it did read the store
    assert not modules & {"spacy", "trafilatura", "datasketch", "claimtrack.pipeline"}


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"claimtrack {claimtrack.__version__}\n"


def test_every_command_is_listed_and_has_an_example(runner):
    top = runner.invoke(app, ["--help"], env={"COLUMNS": "100"}).stdout
    for name in command_names():
        assert f"  {name} " in top
        help_text = runner.invoke(app, [name, "--help"], env={"COLUMNS": "100"}).stdout
        assert "Example:" in help_text, name
        # The example keeps its own line: click must not rewrap it into the prose.
        after = help_text.split("Example:", 1)[1].splitlines()[1:]
        example = next(line for line in after if line.strip())
        assert example.strip().startswith(f"claimtrack {name}"), (name, example)


def test_report_examples_keep_their_line_breaks(runner):
    help_text = runner.invoke(app, ["report", "--help"], env={"COLUMNS": "100"}).stdout
    lines = [line.strip() for line in help_text.splitlines()]
    assert "claimtrack report --out out/report.html" in lines
    assert "claimtrack report --format md --out out/report.md" in lines


def test_environment_variables_are_in_the_help(runner):
    top = runner.invoke(app, ["--help"], env={"COLUMNS": "100"}).stdout
    for var in ("CLAIMTRACK_DB", "CLAIMTRACK_PACK", "CLAIMTRACK_MAX_BYTES"):
        assert var in top
    for name in ("claims", "docs", "export", "errors", "search", "measures", "report"):
        help_text = runner.invoke(app, [name, "--help"], env={"COLUMNS": "100"}).stdout
        assert "env var: CLAIMTRACK_DB" in help_text, name


def test_db_option_reads_the_environment(runner, tmp_path):
    missing = tmp_path / "from-env.db"
    result = runner.invoke(app, ["docs"], env={"CLAIMTRACK_DB": str(missing)})
    assert result.exit_code == 2 and f"no store at {missing}" in result.stderr


def test_packs_lists_the_built_in_packs(runner):
    table = runner.invoke(app, ["packs"], env={"COLUMNS": "200"})
    assert table.exit_code == 0
    rows = json.loads(runner.invoke(app, ["packs", "--format", "json"]).stdout)
    assert [r["name"] for r in rows] == builtin_packs() and "dprk-russia" in builtin_packs()
    for r in rows:
        story = load_pack(r["name"])
        assert r["measures"] == len(story.measures) > 0
        assert r["description"] == story.description and Path(r["path"]).is_file()
        assert r["name"] in table.stdout and str(r["measures"]) in table.stdout


def test_packs_rejects_an_unknown_format(runner):
    result = runner.invoke(app, ["packs", "--format", "xml"])
    assert result.exit_code == 2 and "xml" in result.stderr
