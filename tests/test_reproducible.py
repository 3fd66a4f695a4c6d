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


def cli(cwd: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMTRACK_")}
    env["SOURCE_DATE_EPOCH"] = "1735689600"  # the HTML report's "generated" time
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"claimtrack {' '.join(args)} failed:\n{done.stderr}"
    return done.stdout


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

    def as_json(*args: str) -> str:
        data = json.loads(cli(cwd, *args, "--db", db, "--format", "json"))
        ids = claim_ids(data)
        assert all(isinstance(i, str) and len(i) >= 16 for i in ids), ids[:5]  # no row ids
        return json.dumps(data, indent=1, ensure_ascii=False)

    out = {name: as_json(name) for name in ("measures", "conflicts", "sources")}
    for m in json.loads(cli(cwd, "measures", "--db", db, "--format", "json"))["measures"]:
        out[f"measure {m['key']}"] = as_json("measure", m["key"])
    lines = cli(cwd, "export", "--db", db, "--format", "jsonl").splitlines()
    out["export jsonl"] = "\n".join(sorted(lines))
    cli(cwd, "report", "--db", db, "--format", "md", "--out", "report.md")
    cli(cwd, "report", "--db", db, "--out", "report.html")
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
