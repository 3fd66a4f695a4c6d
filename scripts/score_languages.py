#!/usr/bin/env python3
"""Score every language's own fixtures, and their blind splits, with the shared scorer.

usage: .venv/bin/python scripts/score_languages.py [--held-out] [--split=NAME ...] [CODE ...]

For each folder under ``tests/fixtures/languages/`` (and ``tests/fixtures/multilingual``),
ingests the articles with the CLI and the ``dprk-russia`` pack, exports JSONL and scores it
with ``../shared/eval/score.py``; a ``blind/`` split (written before any tuning, never tuned
on) is scored the same way, and so is every later fresh split (``blind2/``, ``blind3/``, ...).
Prints one row per set: claims in the gold, F1, and the source, measure accuracy of matched
claims, and traps hit. The newest split (``HELD_OUT``) is written by someone who does not
tune the rules, and is left out unless ``--held-out`` is given: whoever tunes should not
climb its numbers either. ``--split=blind11`` scores that split (or the folders' own
fixtures, ``--split=<code>``) alone. Development aid, not a test: the tests
(``tests/languages/test_<code>.py``) hold each language to its floor.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
#: Splits scored only on request: written by someone other than the tuner, scored once at the end.
HELD_OUT = frozenset({"blind46"})


def _cli(*args: str) -> str:
    """The CLI's output. An ingest whose documents partly failed (exit 1) is scored with
    what it stored, its failures echoed: a failed document's claims count as missed."""
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack.cli", *args], capture_output=True, text=True
    )
    if done.returncode == 1 and args[0] == "ingest":
        sys.stderr.write(done.stderr)
    elif done.returncode != 0:
        raise subprocess.CalledProcessError(done.returncode, done.args, done.stdout, done.stderr)
    return done.stdout


def score(folder: Path, work: Path) -> dict[str, object]:
    articles = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    db = work / "t.db"
    db.unlink(missing_ok=True)
    _cli("ingest", *map(str, articles), "--db", str(db), "--pack", "dprk-russia")
    out = work / "c.jsonl"
    out.write_text(_cli("export", "--db", str(db), "--format", "jsonl"), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCORER), str(folder / "gold.jsonl"), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def sets(codes: list[str], held_out: bool = False) -> list[tuple[str, Path]]:
    found = [("multilingual (dev)", FIXTURES / "multilingual")]
    for folder in sorted((FIXTURES / "languages").iterdir()):
        if folder.is_dir() and (folder / "gold.jsonl").is_file():
            found.append((folder.name, folder))
            for split in sorted(folder.glob("blind*/gold.jsonl")):
                if split.parent.name in HELD_OUT and not held_out:
                    continue
                found.append((f"{folder.name} {split.parent.name}", split.parent))
    if codes:
        found = [(name, f) for name, f in found if name.split()[0] in codes]
    return found


def main(argv: list[str]) -> int:
    if not SCORER.is_file():
        print(f"the scorer is not at {SCORER}", file=sys.stderr)
        return 2
    print(f"{'set':<22}{'rows':>6}{'F1':>7}{'source':>8}{'measure':>9}{'traps':>7}")
    held_out = "--held-out" in argv
    only = {a.removeprefix("--split=") for a in argv if a.startswith("--split=")}
    codes = [a for a in argv if not a.startswith("--")]
    for name, folder in sets(codes, held_out):
        if only and name.split()[-1] not in only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            r = score(folder, Path(tmp))
        acc = r.get("attribute_accuracy") or {}
        assert isinstance(acc, dict)
        gold = sum(1 for line in (folder / "gold.jsonl").open(encoding="utf-8") if line.strip())

        def cell(key: str, acc: dict[str, object] = acc) -> str:
            v = acc.get(key)
            return f"{v:.3f}" if isinstance(v, float | int) else "–"

        print(
            f"{name:<22}{gold:>6}{r['f1']:>7.3f}{cell('source'):>8}{cell('measure'):>9}"
            f"{r.get('traps_hit', '–')!s:>7}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
