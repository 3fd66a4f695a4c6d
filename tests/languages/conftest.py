"""Scoring a language's own fixture folder end to end, the way the seeds are scored.

Each language keeps news-style articles written for the project with their gold under
``tests/fixtures/languages/<code>/`` (articles ``*.txt``/``*.html`` and ``gold.jsonl``);
its test file asks ``language_score(code)`` for the scorer's result: ingest with the CLI
and the story pack, export JSONL, score with ``../shared/eval/score.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "languages"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

Score = dict[str, Any]


@cache
def _extractor(language: str) -> Extractor:
    return Extractor(load_pack("dprk-russia"), language=language)


def extract_in(language: str, text: str, published: str | None = None) -> list[Claim]:
    """The claims the public extractor reads in ``text`` as a document of ``language``
    (with the story pack; ``published`` for resolving relative times)."""
    doc = CleanDocument("t", text, content_hash(text), language=language, published=published)
    return _extractor(language).extract(doc)


def _cli(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack.cli", *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def language_score(tmp_path: Path) -> Callable[[str], Score]:
    """``language_score("it")``: the scorer's JSON for ``tests/fixtures/languages/it``."""
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is not present")

    def run(code: str) -> Score:
        folder = FIXTURES / code
        articles = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))
        assert articles, f"{folder} holds no articles"
        db = tmp_path / f"{code}.db"
        _cli("ingest", *map(str, articles), "--db", str(db), "--pack", "dprk-russia")
        out = tmp_path / f"{code}.jsonl"
        out.write_text(_cli("export", "--db", str(db), "--format", "jsonl"), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(SCORER), str(folder / "gold.jsonl"), str(out), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        result: Score = json.loads(done.stdout)
        return result

    return run
