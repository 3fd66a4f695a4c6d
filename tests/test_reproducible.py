"""The same documents ingested in a different order give the same claims, cross-check, JSON
and reports, byte for byte.

Two stores are built with the CLI in subprocesses from the same files: one ingest in sorted
order, and two ingests in reverse order (the second half first). Every output a reader or a
script sees is then compared. Nothing here depends on the form of document ids: both stores
read the very same paths, so whatever id a path gets, it gets it in both.

Claim ids are content-derived and compared as they are, in the JSON and in the reports'
links. The HTML report's "generated" time comes from ``SOURCE_DATE_EPOCH``, as
reproducible builds do.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT / "examples" / "dprk-russia", ROOT / "tests" / "fixtures" / "crosscheck")
PACK = "dprk-russia"

pytestmark = pytest.mark.slow  # three ingests and some 50 CLI runs
TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMTRACK_")}
    env["SOURCE_DATE_EPOCH"] = "1735689600"  # the HTML report's "generated" time
    return env


def cli(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack.cli", *args],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"claimtrack {' '.join(args)} failed:\n{done.stderr}"
    return done.stdout


#: Runs several commands in one process (JSON list of argument lists on stdin, JSON list
#: of their outputs on stdout): a store's ~30 read commands would otherwise pay the
#: interpreter's and the CLI's start-up ~30 times. Each store still gets processes of its
#: own, so nothing one store's run leaves in memory can reach the other's outputs.
_BATCH = """
import json, sys
from typer.testing import CliRunner
from claimtrack.cli import app
runner, out = CliRunner(), []
for args in json.load(sys.stdin):
    done = runner.invoke(app, args, catch_exceptions=False)
    if done.exit_code != 0:
        sys.exit(f"claimtrack {' '.join(args)} failed ({done.exit_code}):\\n{done.output}")
    out.append(done.stdout)
json.dump(out, sys.stdout)
"""


def cli_batch(cwd: Path, commands: list[list[str]]) -> list[str]:
    """The stdout of each command, run in order in one child process in ``cwd``."""
    done = subprocess.run(
        [sys.executable, "-c", _BATCH],
        cwd=cwd,
        env=_env(),
        input=json.dumps(commands),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found: list[str] = json.loads(done.stdout)
    return found


def documents(into: Path) -> list[Path]:
    """Every document of the corpora as its own file: JSON Lines files are split into one
    file a line (each line carries its own id), so their order can change too."""
    into.mkdir()
    out = []
    for corpus in CORPORA:
        for path in sorted(corpus.iterdir()):
            if path.suffix in TEXT_SUFFIXES and path.name != "README.md":
                out.append(Path(shutil.copy(path, into / path.name)))
            elif path.suffix == ".jsonl":
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        one = into / f"{json.loads(line)['id']}.jsonl"
                        one.write_text(line + "\n", encoding="utf-8")
                        out.append(one)
    return sorted(out)


def claim_ids(data: Any) -> list[Any]:
    """Every claim id in a JSON output: each claim's ``id`` and the ids figures list."""
    if isinstance(data, dict):
        found = [data["id"]] if "quote" in data and "id" in data else []
        if isinstance(data.get("claims"), list):
            found += data["claims"]
        return found + [i for v in data.values() for i in claim_ids(v)]
    if isinstance(data, list):
        return [i for x in data for i in claim_ids(x)]
    return []


def outputs(cwd: Path) -> dict[str, str]:
    """Every cross-check output of the store in ``cwd``."""
    db = "claims.db"

    def checked(text: str) -> str:
        data = json.loads(text)
        ids = claim_ids(data)
        assert all(isinstance(i, str) and len(i) >= 16 for i in ids), ids[:5]  # no row ids
        return json.dumps(data, indent=1, ensure_ascii=False)

    json_args = ["--db", db, "--format", "json"]
    names = ("measures", "conflicts", "sources")
    first = cli_batch(
        cwd,
        [
            *([name, *json_args] for name in names),
            ["export", "--db", db, "--format", "jsonl"],
            ["report", "--db", db, "--format", "md", "--out", "report.md"],
            ["report", "--db", db, "--out", "report.html"],
        ],
    )
    out = {name: checked(text) for name, text in zip(names, first, strict=False)}
    out["export jsonl"] = "\n".join(sorted(first[3].splitlines()))
    keys = [m["key"] for m in json.loads(first[0])["measures"]]
    for key, text in zip(
        keys, cli_batch(cwd, [["measure", k, *json_args] for k in keys]), strict=True
    ):
        out[f"measure {key}"] = checked(text)
    for name in ("report.md", "report.html"):
        out[name] = (cwd / name).read_text(encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def two_stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, str]]:
    root = tmp_path_factory.mktemp("reproducible")
    docs = [str(p) for p in documents(root / "docs")]
    first, second = root / "sorted", root / "reversed"
    first.mkdir()
    second.mkdir()
    cli(first, "ingest", *docs, "--db", "claims.db", "--pack", PACK)
    half = len(docs) // 2
    cli(second, "ingest", *reversed(docs[half:]), "--db", "claims.db", "--pack", PACK)
    cli(second, "ingest", *reversed(docs[:half]), "--db", "claims.db", "--pack", PACK)
    return outputs(first), outputs(second)


def test_both_stores_hold_the_same_measures_and_claims(two_stores):
    a, b = two_stores
    assert sorted(a) == sorted(b)
    assert any(name.startswith("measure ") for name in a)
    assert a["export jsonl"].count("\n") >= 40  # the corpora give some 50 claims
    assert re.search(r'href="#claim-[0-9a-f]{16}', a["report.html"])
    assert '"claim_id": "' in a["export jsonl"]


def test_every_output_is_the_same_byte_for_byte(two_stores):
    a, b = two_stores
    differing = [name for name in sorted(a) if a[name] != b.get(name)]
    report = []
    for name in differing:
        diff = difflib.unified_diff(
            a[name].splitlines(), b[name].splitlines(), "sorted", "reversed", lineterm="", n=1
        )
        report.append(f"== {name}\n" + "\n".join(list(diff)[:40]))
    assert not differing, "\n".join(report)
