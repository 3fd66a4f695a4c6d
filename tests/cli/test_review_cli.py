"""``claimtrack review`` end to end on a real store: reviews change what every command
shows, keep the machine's values beside them, undo cleanly, and bad input is one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

# Written for this test: two reports naming one speaker two ways.
FIRST = (
    "Flooding in Marrowby\n\n"
    "Governor Ilse Varga said about 2,400 residents were evacuated from Marrowby on Sunday.\n\n"
    "Rescue crews said 35 boats were sent to the flooded districts.\n"
)
SECOND = (
    "Marrowby counts the cost\n\n"
    "Varga said some 2,600 residents had been evacuated by Monday evening.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path, runner: CliRunner) -> str:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "first.txt").write_text(FIRST)
    (tmp_path / "news" / "second.txt").write_text(SECOND)
    path = str(tmp_path / "claims.db")
    result = runner.invoke(
        app,
        ["ingest", str(tmp_path / "news"), "--db", path, "--no-pack", "--published", "2031-05-04"],
    )
    assert result.exit_code == 0, result.output
    return path


def claims(runner: CliRunner, db: str) -> list[dict]:
    result = runner.invoke(app, ["claims", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def by_figure(rows: list[dict], figure: int) -> dict:
    return next(r for r in rows if figure in (r["value"], r["low"], r["high"]))


def test_correct_then_undo_changes_claims_and_export(runner, db):
    cid = by_figure(claims(runner, db), 2400)["claim_id"]
    result = runner.invoke(
        app,
        [
            "review",
            "correct",
            cid,
            "--db",
            db,
            "--set",
            "value=2500",
            "--set",
            "as_of=2031-05",
            "--note",
            "council bulletin",
            "--reviewer",
            "ana",
        ],
    )
    assert result.exit_code == 0, result.output
    row = by_figure(claims(runner, db), 2500)
    assert row["reviewed"] == "corrected" and row["reviewer"] == "ana"
    assert row["machine"] == {
        "value": 2400,
        "as_of": by_figure(claims(runner, db), 2500)["machine"]["as_of"],
    }
    exported = runner.invoke(app, ["export", "--db", db, "--format", "csv"])
    assert "corrected" in exported.stdout and "council bulletin" in exported.stdout
    report = Path(db).parent / "report.html"
    assert runner.invoke(app, ["report", "--db", db, "--out", str(report)]).exit_code == 0
    assert '2,500</a> <span class="reviewed">(corrected)</span>' in report.read_text()
    table = runner.invoke(app, ["claims", "--db", db], env={"COLUMNS": "250"})
    assert "corrected" in table.stdout and cid in table.stdout
    listed = json.loads(
        runner.invoke(app, ["review", "list", "--db", db, "--format", "json"]).stdout
    )
    assert [(r["claim_id"], r["action"], r["changes"]) for r in listed] == [
        (cid, "correct", {"value": 2500.0, "as_of": "2031-05"})
    ]
    undo = runner.invoke(
        app, ["review", "undo", str(listed[0]["id"]), "--db", db, "--reviewer", "ben"]
    )
    assert undo.exit_code == 0, undo.output
    assert by_figure(claims(runner, db), 2400)["reviewed"] is None


def test_reject_takes_a_claim_out_of_the_measures(runner, db):
    before = runner.invoke(app, ["measures", "--db", db, "--format", "json"])
    assert before.exit_code == 0, before.output
    cid = by_figure(claims(runner, db), 35)["claim_id"]
    assert runner.invoke(app, ["review", "reject", cid, "--db", db]).exit_code == 0
    after = runner.invoke(app, ["measures", "--db", db, "--format", "json"])
    assert '"35"' not in after.stdout and "35 boats" not in after.stdout
    assert by_figure(claims(runner, db), 35)["reviewed"] == "rejected"


def test_merge_brings_two_names_to_one_source(runner, db):
    rows = claims(runner, db)
    names = {by_figure(rows, 2400)["source"], by_figure(rows, 2600)["source"]}
    assert len(names) == 2, names
    short = by_figure(rows, 2600)["source"]
    full = by_figure(rows, 2400)["source"]
    result = runner.invoke(app, ["review", "merge", short, full, "--db", db, "--reviewer", "ana"])
    assert result.exit_code == 0, result.output
    rows = claims(runner, db)
    assert by_figure(rows, 2600)["source"] == full
    assert by_figure(rows, 2600)["machine"]["source"] == short
    origins = json.loads(
        runner.invoke(app, ["review", "origins", "--db", db, "--format", "json"]).stdout
    )
    assert origins[0]["action"] == "merge" and origins[0]["target"] == full


@pytest.mark.parametrize(
    "args, message",
    [
        (["correct", "{cid}", "--set", "colour=red"], "colour: Extra inputs are not permitted"),
        (["correct", "{cid}", "--set", "as_of=last week"], "as_of: as_of must be YYYY"),
        (["correct", "{cid}", "--set", "value"], "use FIELD=VALUE"),
        (["correct", "{cid}", "--set", "via=[oops"], "--set via: not a JSON list"),
        (["confirm", "no-such-claim"], "no claim 'no-such-claim'"),
        (["undo", "41"], "no claim review 41"),
        (["merge", "Varga", "varga"], "cannot be merged into itself"),
        (["origin", "Varga"], "set needs a type or a side"),
    ],
)
def test_bad_review_input_is_one_line(runner, db, args, message):
    cid = by_figure(claims(runner, db), 2400)["claim_id"]
    result = runner.invoke(app, ["review", *[a.replace("{cid}", cid) for a in args], "--db", db])
    assert result.exit_code != 0
    assert message in result.output, result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
