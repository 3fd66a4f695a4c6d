"""Each kind of bad input is refused with a clear message, recorded, and costs nothing else.

Every case runs the real CLI on a store that already holds an article, with the bad
input followed by a good one: the bad one must be reported on stderr and recorded in
``ingest_errors``, the good one stored, the earlier article untouched, and exit 1.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.store import Store

EARLIER = (
    "Flood in Marrowby\n\n"
    "Officials said more than 4,500 soldiers were deployed to the Marrowby levees on Sunday.\n"
)
LATER = "Ferry strike\n\nThe union said 1,250 ferry workers walked out in Tessaly on Friday.\n"


def _binary(d: Path) -> Path:
    p = d / "scan.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return p


def _empty(d: Path) -> Path:
    p = d / "blank.txt"
    p.write_bytes(b"")
    return p


def _whitespace(d: Path) -> Path:
    p = d / "spaces.md"
    p.write_text("   \n\t\n\n  ")
    return p


def _huge(d: Path) -> Path:
    p = d / "dump.txt"
    p.write_text("The depot stored 12 tonnes of grain. " * 200)  # ~7 KB, limit is 4 KB
    return p


def _broken_html(d: Path) -> Path:
    p = d / "cut-off.html"
    p.write_text('<!DOCTYPE html><html><head><title></title></head><body><div class="arti')
    return p


def _html_without_text(d: Path) -> Path:
    p = d / "shell.html"
    p.write_text(
        "<html><head><script>window.app = {route: '/news'};</script>"
        "<style>body{margin:0}</style></head><body><div id='root'></div></body></html>"
    )
    return p


def _directory_named_txt(d: Path) -> Path:
    p = d / "notes.txt"
    p.mkdir()
    return p


def _bad_jsonl_line(d: Path) -> Path:
    p = d / "wire.jsonl"
    good = {"id": "wire-ok", "text": "Rescuers reached 64 villages by Tuesday, the agency said."}
    p.write_text('{"id": "wire-bad", "text": "no closing quote}\n' + json.dumps(good) + "\n")
    return p


CASES: list[tuple[str, Callable[[Path], Path], str, str]] = [
    ("binary", _binary, "binary", "looks like a binary file"),
    ("empty", _empty, "empty", "is empty"),
    ("whitespace", _whitespace, "empty", "is empty"),
    ("huge", _huge, "too_large", "over the 4,096-byte limit"),
    ("broken-html", _broken_html, "html", "no readable article text"),
    ("html-no-text", _html_without_text, "html", "no readable article text"),
    ("directory-as-file", _directory_named_txt, "unreadable", "is a directory"),
    ("bad-jsonl-line", _bad_jsonl_line, "jsonl", "not valid JSON"),
]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize(
    ("make_bad", "reason", "phrase"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_input_is_recorded_and_the_batch_goes_on(tmp_path, runner, make_bad, reason, phrase):
    db = str(tmp_path / "claims.db")
    env = {"CLAIMTRACK_MAX_BYTES": "4096"}
    earlier = tmp_path / "marrowby-flood.txt"
    earlier.write_text(EARLIER)
    first = runner.invoke(app, ["ingest", str(earlier), "--db", db, "--no-pack"], env=env)
    assert first.exit_code == 0, first.output
    with Store(db) as store:
        before = store.claims()
    assert any(r["low"] == 4500 for r in before)

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bad = make_bad(inbox)
    later = inbox / "tessaly-ferries.txt"
    later.write_text(LATER)
    result = runner.invoke(app, ["ingest", str(bad), str(later), "--db", db, "--no-pack"], env=env)

    assert result.exit_code == 1, result.output
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and phrase in error_lines[0] and str(bad) in error_lines[0]
    assert "1 failed" in result.stdout
    with Store(db) as store:
        (failure,) = store.failures()
        assert failure["reason"] == reason and phrase in failure["message"]
        docs = {d["doc"] for d in store.documents()}
        marrowby = f"{tmp_path.name}/marrowby-flood.txt"
        assert {marrowby, "inbox/tessaly-ferries.txt"} <= docs
        later_claims = store.claims(doc_id="inbox/tessaly-ferries.txt")
        assert any(r["low"] == 1250 or r["value"] == 1250 for r in later_claims)
        assert store.claims(doc_id=marrowby) == before
        if reason == "jsonl":
            assert failure["location"] == f"{bad}:1"
            assert "wire-ok" in docs


def test_a_missing_path_on_the_command_line_is_recorded(tmp_path, runner):
    db = tmp_path / "claims.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "absent.txt"), "--db", str(db)])
    assert result.exit_code == 1
    assert "no such file or folder" in result.stderr and "Traceback" not in result.output
    with Store(str(db)) as store:
        (failure,) = store.failures()
        assert failure["reason"] == "unreadable" and "absent.txt" in failure["location"]
