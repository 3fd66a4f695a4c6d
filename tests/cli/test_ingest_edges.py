"""``claimtrack ingest`` at its edges, run as a user runs it: a real process, real files.

Every mistake gets one line naming the fix, never a traceback; a batch goes on past a
bad path; standard input is a document; a store remembers its story pack.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = (
    "Convoy reaches Brask\n\n"
    "Officials said more than 4,500 soldiers were deployed to guard the convoy in Brask.\n"
)
SECOND = "Officials in Norrin said about 2,000 soldiers arrived by rail on Monday.\n"


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None):
    full_env = {
        k: v for k, v in os.environ.items() if k not in ("CLAIMTRACK_DB", "CLAIMTRACK_PACK")
    }
    full_env.update({"COLUMNS": "200", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "claimtrack.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        check=False,
    )


def one_line_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert lines, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "good"
    folder.mkdir()
    (folder / "brask.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "norrin.txt").write_text(SECOND, encoding="utf-8")
    return folder


def test_missing_path_does_not_stop_the_batch(tmp_path: Path, corpus: Path) -> None:
    db = str(tmp_path / "s.db")
    done = run("ingest", str(corpus), str(tmp_path / "typo.txt"), "--db", db, "--no-pack")
    assert done.returncode == 1
    one_line_error(done, "typo.txt", "no such file")
    assert "2 new" in done.stdout and "1 failed" in done.stdout
    errors = json.loads(run("errors", "--db", db, "--format", "json").stdout)
    assert [e["reason"] for e in errors] == ["unreadable"]
    docs = json.loads(run("docs", "--db", db, "--format", "json").stdout)
    assert sorted(d["doc"] for d in docs) == ["good/brask.txt", "good/norrin.txt"]


def test_standard_input_is_one_document(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    done = run("ingest", "-", "--db", db, "--no-pack", stdin=ARTICLE)
    assert done.returncode == 0, done.stderr
    assert "1 new" in done.stdout
    again = run("ingest", "-", "--db", db, stdin=ARTICLE)
    assert "1 unchanged" in again.stdout
    rows = json.loads(run("claims", "--db", db, "--format", "json").stdout)
    assert rows and rows[0]["doc"].startswith("sha256:") and rows[0]["low"] == 4500


def test_standard_input_html(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    page = f"<html><body><article><p>{SECOND}</p></article></body></html>"
    done = run("ingest", "-", "--db", db, "--no-pack", stdin=page)
    assert done.returncode == 0, done.stderr
    rows = json.loads(run("claims", "--db", db, "--format", "json").stdout)
    assert [r["value"] for r in rows] == [2000] and "<p>" not in rows[0]["quote"]


def test_store_remembers_its_pack(tmp_path: Path, corpus: Path) -> None:
    db = str(tmp_path / "s.db")
    (corpus / "pyongyang.txt").write_text(
        "Seoul's spy agency said North Korea has sent about 11,000 troops to Russia.\n",
        encoding="utf-8",
    )
    assert run("ingest", str(corpus), "--db", db, "--pack", "dprk-russia").returncode == 0
    # Later commands use the pack without being told.
    sources = json.loads(run("measures", "--db", db, "--format", "json").stdout)
    with_pack = json.loads(
        run("measures", "--db", db, "--pack", "dprk-russia", "--format", "json").stdout
    )
    without = json.loads(run("measures", "--db", db, "--no-pack", "--format", "json").stdout)
    assert sources == with_pack != without
    # A later ingest keeps it; asking for another is refused with the fix.
    (corpus / "more.txt").write_text("Officials said 300 soldiers left Ostra.\n", encoding="utf-8")
    assert run("ingest", str(corpus), "--db", db).returncode == 0
    clash = run("ingest", str(corpus), "--db", db, "--no-pack")
    assert clash.returncode == 2
    one_line_error(clash, "dprk-russia", "--pack dprk-russia")


def test_default_is_no_pack_and_a_packless_store_stays_so(tmp_path: Path, corpus: Path) -> None:
    db = str(tmp_path / "s.db")
    assert run("ingest", str(corpus), "--db", db).returncode == 0
    rows = json.loads(run("claims", "--db", db, "--format", "json").stdout)
    assert {r["measure"] for r in rows} <= {"other"} or all(
        not r["measure"].startswith("dprk") for r in rows
    )
    clash = run("ingest", str(corpus), "--db", db, "--pack", "dprk-russia")
    assert clash.returncode == 2
    one_line_error(clash, "without a story pack")


def test_pack_from_environment_for_a_new_store(tmp_path: Path, corpus: Path) -> None:
    db = str(tmp_path / "s.db")
    done = run("ingest", str(corpus), "--db", db, env={"CLAIMTRACK_PACK": "dprk-russia"})
    assert done.returncode == 0, done.stderr
    same = run("ingest", str(corpus), "--db", db, "--pack", "dprk-russia")
    assert same.returncode == 0 and "2 unchanged" in same.stdout


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://u@localhost/db", ["unsupported database URL scheme", "postgresql+psycopg"]),
        ("oracle+cx://u@h/db", ["unsupported database URL scheme"]),
        ("postgresql+pg8000://u@localhost/db", ["pip install 'claimtrack[postgres]'"]),
        ("not a url://", ["not a valid database URL"]),
    ],
)
def test_bad_database_urls_get_one_line(tmp_path: Path, corpus: Path, url, words) -> None:
    done = run("ingest", str(corpus), "--db", url)
    assert done.returncode in (1, 2)
    one_line_error(done, *words)


@pytest.mark.parametrize("value", ["abc", "-5", "12XB", ""])
def test_bad_max_bytes_gets_one_line(tmp_path: Path, corpus: Path, value: str) -> None:
    done = run("ingest", str(corpus), "--db", str(tmp_path / "s.db"),
               env={"CLAIMTRACK_MAX_BYTES": value})  # fmt: skip
    assert done.returncode == 2
    one_line_error(done, "CLAIMTRACK_MAX_BYTES", "20M")


def test_max_bytes_with_a_suffix(tmp_path: Path, corpus: Path) -> None:
    done = run("ingest", str(corpus), "--db", str(tmp_path / "s.db"),
               env={"CLAIMTRACK_MAX_BYTES": "1K"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    big = corpus / "big.txt"
    big.write_text(ARTICLE * 40, encoding="utf-8")
    over = run("ingest", str(big), "--db", str(tmp_path / "s.db"),
               env={"CLAIMTRACK_MAX_BYTES": "1K"})  # fmt: skip
    assert over.returncode == 1
    one_line_error(over, "1,024-byte limit", "CLAIMTRACK_MAX_BYTES")


def test_unknown_encoding_is_a_usage_error(tmp_path: Path, corpus: Path) -> None:
    done = run("ingest", str(corpus), "--db", str(tmp_path / "s.db"), "--encoding", "klingon")
    assert done.returncode == 2
    one_line_error(done, "--encoding", "cp1252")


def test_forced_encoding_is_stored(tmp_path: Path) -> None:
    page = tmp_path / "latin.txt"
    page.write_bytes("Les autorités de Brésk ont compté 2 500 soldats déployés.\n".encode("cp1252"))
    db = str(tmp_path / "s.db")
    done = run("ingest", str(page), "--db", db, "--encoding", "cp1252")
    assert done.returncode == 0, done.stderr
    docs = json.loads(run("docs", "--db", db, "--format", "json").stdout)
    assert docs[0]["encoding"] == "cp1252"


def test_capped_claims_are_a_warning_not_a_failure(tmp_path: Path) -> None:
    article = tmp_path / "many.txt"
    article.write_text(
        "Officials said 300 soldiers, 40 trucks and 12 barges left Ostra on Monday.\n",
        encoding="utf-8",
    )
    done = run("ingest", str(article), "--db", str(tmp_path / "s.db"),
               env={"CLAIMTRACK_MAX_CLAIMS": "2"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "warning:" in done.stderr and "Traceback" not in done.stderr
    assert "1 new" in done.stdout and "1 with warnings" in done.stdout
