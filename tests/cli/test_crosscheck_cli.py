"""The cross-check commands end to end: a real SQLite store built by ``ingest`` from the
invented Vostrel dock-strike articles, JSON parsed and checked, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

FIXTURES = Path(__file__).parents[1] / "fixtures" / "crosscheck"
PACK = str(FIXTURES / "harbour-strike.yaml")


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, runner: CliRunner) -> str:
    path = str(tmp_path_factory.mktemp("crosscheck") / "claims.db")
    result = runner.invoke(
        app, ["ingest", str(FIXTURES / "vostrel.jsonl"), "--db", path, "--pack", PACK]
    )
    assert result.exit_code == 0, result.output
    return path


def run_json(runner: CliRunner, *args: str) -> dict:
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_measures_json(runner, db):
    doc = run_json(runner, "measures", "--db", db, "--pack", PACK)
    assert doc["tolerance"] == 0.1
    by_key = {m["key"]: m for m in doc["measures"]}
    assert set(by_key) == {"strikers", "ships_waiting"}
    strikers = by_key["strikers"]
    assert strikers["label"] == "Dockworkers on strike" and strikers["from_pack"]
    assert strikers["reported"] >= 5 and strikers["other"] == {"planned": 1}
    # The copy of day one is the same document's origins, not new ones.
    assert strikers["origins"] == 2
    assert strikers["conflicts"] >= 1
    est = strikers["estimate"]
    assert est["low"] <= est["mid"] <= est["high"]
    # ISO date strings; the latest figure holds "by Sunday evening" of the 10 March report
    assert est["window"]["end"] == "2025-03-09"


def test_measures_table(runner, db):
    result = runner.invoke(app, ["measures", "--db", db, "--pack", PACK], env={"COLUMNS": "220"})
    assert result.exit_code == 0
    assert "Dockworkers on strike" in result.stdout and "ships_waiting" in result.stdout
    assert "1 planned" in result.stdout


def test_measure_detail_json(runner, db):
    m = run_json(runner, "measure", "strikers", "--db", db, "--pack", PACK)["measure"]
    reported = m["reported"]
    # Undated first, then by the end of each window.
    keys = [c["window"]["end"] or "" for c in reported]
    assert keys == sorted(keys) and reported[0]["window"]["label"] == "undated"
    assert all(c["status"] == "reported" for c in reported)
    assert {c["shown"] for c in reported} >= {"4,000", "1,500", "≥5,000", "3,500"}
    (planned,) = m["other"]
    assert planned["status"] == "planned" and planned["shown"] == "2,000"
    union = next(c for c in reported if c["shown"] == "4,000")
    assert union["origin"]["side"] == "union" and union["origin"]["type"] == "ngo"
    four = next(f for f in m["figures"] if f["shown"] == "4,000")
    assert four["documents"] == ["vostrel-day-one"]
    assert four["copies"] == ["vostrel-day-one-copy"]
    assert len(four["origins"]) == 1


def test_measure_table_and_unknown_id(runner, db):
    result = runner.invoke(
        app, ["measure", "ships_waiting", "--db", db, "--pack", PACK], env={"COLUMNS": "220"}
    )
    assert result.exit_code == 0
    assert "Ships waiting at anchor" in result.stdout and "~30" in result.stdout
    bad = runner.invoke(app, ["measure", "ships_wait", "--db", db, "--pack", PACK])
    assert bad.exit_code == 2 and "did you mean ships_waiting" in bad.stderr


def test_conflicts_json_and_tolerance(runner, db):
    conflicts = run_json(runner, "conflicts", "--db", db, "--pack", PACK)["conflicts"]
    assert conflicts
    for x in conflicts:
        assert x["kind"] in ("disagree", "falls") and x["gap_pct"] > 10
        assert x["a"]["origin"]["name"] and x["b"]["origin"]["name"]
        assert x["measure"] in ("strikers", "ships_waiting")
    pair = {(x["a"]["shown"], x["b"]["shown"]) for x in conflicts if x["measure"] == "strikers"}
    # The port's 1,500 stays apart from the union's larger counts.
    assert any("1,500" in p and p != ("1,500", "1,500") for p in pair)
    loose = run_json(runner, "conflicts", "--db", db, "--pack", PACK, "--tolerance", "0.9")
    assert len(loose["conflicts"]) < len(conflicts)


def test_conflicts_table(runner, db):
    result = runner.invoke(app, ["conflicts", "--db", db, "--pack", PACK], env={"COLUMNS": "220"})
    assert result.exit_code == 0
    assert "disagree" in result.stdout and "Vostrel Port Authority" in result.stdout


def test_sources(runner, db):
    sources = run_json(runner, "sources", "--db", db, "--pack", PACK)["sources"]
    port = next(s for s in sources if s["origin"]["name"] == "Vostrel Port Authority")
    assert port["origin"]["side"] == "port" and port["claims"] >= 4 and port["documents"] >= 3
    table = runner.invoke(app, ["sources", "--db", db, "--pack", PACK], env={"COLUMNS": "220"})
    assert table.exit_code == 0 and "Port management" in table.stdout  # the side's actor name


@pytest.mark.parametrize("tolerance", ["1", "-0.1", "2.5"])
def test_tolerance_out_of_range_is_a_usage_error(runner, db, tolerance):
    result = runner.invoke(app, ["measures", "--db", db, "--tolerance", tolerance])
    assert result.exit_code == 2 and "--tolerance" in result.stderr


def test_pack_options(runner, db):
    both = runner.invoke(app, ["measures", "--db", db, "--pack", PACK, "--no-pack"])
    assert both.exit_code == 2
    doc = run_json(runner, "measures", "--db", db, "--no-pack")
    assert doc["measures"] and not any(m["from_pack"] for m in doc["measures"])


def test_missing_store_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["conflicts", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 2 and "no store" in result.stderr


def test_report_html_and_markdown(runner, db, tmp_path):
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "--db", db, "--pack", PACK, "--out", str(out)])
    assert result.exit_code == 0 and str(out) in result.stdout
    assert out.read_text().startswith("<!DOCTYPE html>")
    md = tmp_path / "r.md"
    result = runner.invoke(
        app, ["report", "--db", db, "--pack", PACK, "--out", str(md), "--format", "md"]
    )
    assert result.exit_code == 0 and md.read_text().startswith("# Cross-check")
    assert not list(tmp_path.glob("*.part"))


def test_report_into_a_missing_folder(runner, db, tmp_path):
    result = runner.invoke(app, ["report", "--db", db, "--out", str(tmp_path / "no" / "r.html")])
    assert result.exit_code == 2 and "is not an existing folder" in result.stderr
