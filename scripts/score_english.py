#!/usr/bin/env python3
"""Score the English sets with the shared scorer, and the time each claim holds.

usage: .venv/bin/python scripts/score_english.py [SET ...] [--misses] [--held-out]

For each set (dev, holdout, holdout2, english_attribution, english_blind,
english_blind2, english_blind3, english_blind4, english_blind5, english_blind6,
english_blind7, english_blind8, english_blind9, english_blind10, english_blind11, english_blind12,
english_blind13, english_blind14, english_blind15, english_blind16, english_blind17,
english_blind18, english_blind19, english_blind20, english_blind21, english_blind22, english_blind24, english_blind25, english_blind26, english_blind27, english_blind28, english_blind29, english_blind30, english_blind31, english_blind32, english_blind33, english_blind34, english_blind35, english_blind36, english_blind37, english_blind38, english_blind39, english_blind40, english_blind41, english_blind42, english_blind43, english_blind44, english_blind45 and english_blind46 under
``tests/fixtures/``; a set whose folder is not there is skipped) ingests
the articles with the CLI and the ``dprk-russia`` pack, exports JSONL and scores it with
``../shared/eval/score.py``. The shared scorer does not
score ``as_of``, so matched claims are paired the way it pairs them and ``as_of`` is
scored at the gold's precision (a gold "2025-03" accepts "2025-03-04"; a claim without
``as_of`` holds at its published date), as ``tests/extract/test_source_and_time_set.py``
does. Prints F1, source, as_of and measure per set. Development aid, not a test;
``tests/test_english_attribution.py`` holds the sets to their floors.

``english_blind46`` is held out (``english_blind23`` was never written): a helper who does not tune the rules
writes it (docs/writing-blind-fixtures.md), and only the coordinator scores it. A plain run
leaves it out; it is scored only when named or with ``--held-out``, and ``--misses``
is refused for it, so a tuner neither reads its sentences nor climbs its numbers.
Each set below was written by such a helper, scored once held out at the end of the
session named, after that session's rules landed, and released then (2026-12-04/08):

| set | written / scored in session | F1 | source | as_of |
|---|---|---|---|---|
| english_blind45 | 48 / 48 | .917 | .318 | .773 |
| english_blind44 | 47 / 47 | 1.000 | .524 | .381 |
| english_blind43 | 46 / 46 | .905 | .579 | .737 |
| english_blind42 | 45 / 45 | .955 | .762 | .238 |
| english_blind41 | 44 / 44 | .957 | .409 | .591 |
| english_blind40 | 43 / 43 | .933 | .857 | .810 |
| english_blind39 | 42 / 42 | .958 | .478 | .304 |
| english_blind38 | 41 / 41 | .955 | .619 | .048 |
| english_blind37 | 40 / 40 | .977 | .476 | .571 |
| english_blind36 | 39 / 39 | 1.000 | .450 | .450 |
| english_blind35 | 38 / 38 | .864 | .789 | .684 |
| english_blind34 | 37 / 37 | .682 | .800 | .667 |
| english_blind33 | 36 / 36 | .894 | .762 | .524 |
| english_blind32 | 35 / 35 | .936 | .591 | .773 |
| english_blind31 | 34 / 34 | .913 | .857 | .571 |
| english_blind30 | 33 / 33 | 1.000 | .917 | .750 |
| english_blind29 | 32 / 32 | .979 | .565 | .739 |
| english_blind28 | 31 / 31 | .958 | .565 | .609 |
| english_blind27 | 30 / 30 | .979 | .696 | .000 |
| english_blind26 | 29 / 29 | .920 | .609 | .609 |
| english_blind25 | 28 / 28 | .976 | 1.000 | .600 |
| english_blind24 | 27 / 27 | .944 | .588 | .412 |
| english_blind22 | 24 / 24 | .891 | .449 | .653 |
| english_blind21 | 23 / 23 | .955 | .585 | .774 |
| english_blind20 | 22 / 22 | .925 | .633 | .449 |
| english_blind19 | 21 / 21 | .902 | .652 | .957 |
| english_blind18 | 20 / 20 | .941 | .708 | .917 |
| english_blind17 | 19 / 19 (written after that session's rules) | .956 | .814 | .814 |
| english_blind16 | 19 / 19 | .968 | .778 | .889 |
| english_blind15 | 18 / 18 | .969 | .787 | .851 |
| english_blind14 | 17 / 17 | .929 | .729 | - |

``english_blind13`` (written in session 14 the same way) was released in session 15
(2026-12-03). ``english_blind12`` (written in session 13 the same way) was released in session 14
(2026-12-03). ``english_blind11`` (written in session 12 the same way) was released in session 13
(2026-12-03). ``english_blind9`` and ``english_blind10`` (written in session 11 the same way) were released
in session 12 (2026-12-02). ``english_blind7`` and ``english_blind8`` (written in session 10 the same way) were released
in session 11 (2026-12-02). ``english_blind6`` (written in session 9 the same way) was released in session 10
(2026-12-02). ``english_blind5`` (written
in session 8 the same way) was released in session 9 (2026-12-02). ``english_blind4`` was held
out until then and was released in session 8 (2026-12-02): its misses are read from
then on. ``english_blind3`` was held out until ``english_blind4`` was written
(2026-12-02, session 7); its misses are read from then on, so it is no longer blind.
``holdout``, ``holdout2``, ``english_blind`` and ``english_blind2``
are no longer held out: ``holdout``'s misses were read in an earlier round, and the
other three were released for development on 2026-12-02, once ``english_blind3`` was
written; their misses are read and tuned on, so none of them is blind.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SETS = (
    "dev",
    "holdout",
    "holdout2",
    "english_attribution",
    "english_blind",
    "english_blind2",
    "english_blind3",
    "english_blind4",
    "english_blind5",
    "english_blind6",
    "english_blind7",
    "english_blind8",
    "english_blind9",
    "english_blind10",
    "english_blind11",
    "english_blind12",
    "english_blind13",
    "english_blind14",
    "english_blind15",
    "english_blind16",
    "english_blind17",
    "english_blind18",
    "english_blind19",
    "english_blind20",
    "english_blind21",
    "english_blind22",
    "english_blind24",
    "english_blind25",
    "english_blind26",
    "english_blind27",
    "english_blind28",
    "english_blind29",
    "english_blind30",
    "english_blind31",
    "english_blind32",
    "english_blind33",
    "english_blind34",
    "english_blind35",
    "english_blind36",
    "english_blind37",
    "english_blind38",
    "english_blind39",
    "english_blind40",
    "english_blind41",
    "english_blind42",
    "english_blind43",
    "english_blind44",
    "english_blind45",
    "english_blind46",
)
HELD_OUT = frozenset({"english_blind46"})


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def export(folder: Path, work: Path) -> Path:
    """The set's articles ingested into a fresh store and exported as JSONL."""
    articles = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    db = work / "t.db"
    db.unlink(missing_ok=True)
    _cli("ingest", *map(str, articles), "--db", str(db), "--pack", "dprk-russia")
    out = work / "c.jsonl"
    out.write_text(_cli("export", "--db", str(db), "--format", "jsonl"), encoding="utf-8")
    return out


def as_of_right(
    gold: str | None, got: str | None, published: str | None, strict: bool = False
) -> bool:
    """``got`` names the time ``gold`` does, at the gold's precision; no ``as_of`` on
    either side means the published date. An open interval ("2024-10/..": since October
    2024) holds at the published date, as ``resolve/timewindows.py`` reads it, unless
    ``strict`` (then it must equal the gold as written)."""
    want = gold or published or ""
    have = got or published or ""
    if not strict and have.endswith("/..") and not want.endswith("/..") and published:
        have = published
    if want.endswith("/.."):
        return have == want
    return have == want or (len(have) > len(want) and have.startswith(want + "-"))


def pairs(sc: ModuleType, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[Any]:
    """Gold claims and the predictions matched to them, paired as score.py pairs them."""
    claims = [g for g in gold if not g.get("trap")]
    used: set[int] = set()
    out = []
    for p in pred:
        pf = sc.figure(p)
        for i, g in enumerate(claims):
            if i in used or sc.stem(p.get("doc")) != sc.stem(g["doc"]):
                continue
            if sc.same_figure(pf, sc.figure(g)) and sc.overlaps(p.get("quote"), g["quote"]):
                used.add(i)
                out.append((g, p))
                break
    return out


def score(name: str, misses: bool = False) -> dict[str, Any]:
    folder = FIXTURES / name
    sc = _scorer()
    with tempfile.TemporaryDirectory() as tmp:
        out = export(folder, Path(tmp))
        gold, pred = sc.load(folder / "gold.jsonl"), sc.load(out)
    result: dict[str, Any] = sc.score(gold, pred)[0]
    matched = pairs(sc, gold, pred)
    right = [as_of_right(g.get("as_of"), p.get("as_of"), p.get("published")) for g, p in matched]
    result["as_of"] = round(sum(right) / len(right), 3) if right else 0.0
    strict = [
        as_of_right(g.get("as_of"), p.get("as_of"), p.get("published"), strict=True)
        for g, p in matched
    ]
    result["as_of_strict"] = round(sum(strict) / len(strict), 3) if strict else 0.0
    if misses and name not in HELD_OUT:
        for (g, p), ok in zip(matched, right, strict=True):
            if not sc.names_agree(g.get("source"), p.get("source")):
                print(
                    f"  SOURCE {g['doc']} | {g['quote'][:90]!r}\n"
                    f"         gold {g.get('source')!r} got {p.get('source')!r} via {p.get('via')}"
                )
            if not ok:
                print(
                    f"  AS_OF  {g['doc']} | {g['quote'][:90]!r}\n"
                    f"         gold {g.get('as_of')!r} got {p.get('as_of')!r}"
                )
        _, missed, unmatched, _ = sc.score(gold, pred)
        for g in missed:
            print(f"  MISSED {g['doc']} | {g['quote'][:100]!r}")
        for p in unmatched:
            print(f"  EXTRA  {p['doc']} | {sc.figure(p)} | {(p.get('quote') or '')[:90]!r}")
    return result


def _skipped(name: str) -> bool:
    """Say that a set's folder is missing (a held-out set not yet written) and leave it out."""
    print(f"{name}: no folder at {FIXTURES / name}, skipped", file=sys.stderr)
    return False


def main(argv: list[str]) -> int:
    if not SCORER.is_file():
        print(f"the scorer is not at {SCORER}", file=sys.stderr)
        return 2
    misses = "--misses" in argv
    held_out = "--held-out" in argv
    named = [a for a in argv if not a.startswith("--")]
    names = named or [n for n in SETS if held_out or n not in HELD_OUT]
    for name in sorted(HELD_OUT.intersection(names) if misses else ()):
        print(f"{name}: held out, --misses refused (read its score, not its sentences)")
    names = [n for n in names if (FIXTURES / n).is_dir() or _skipped(n)]
    print(
        f"{'set':<22}{'claims':>7}{'F1':>7}{'source':>8}{'as_of':>7}{'strict':>8}"
        f"{'measure':>9}{'traps':>7}"
    )
    for name in names:
        r = score(name, misses)
        acc = r["attribute_accuracy"]
        print(
            f"{name:<22}{r['gold_claims']:>7}{r['f1']:>7.3f}{acc['source']:>8.3f}"
            f"{r['as_of']:>7.3f}{r['as_of_strict']:>8.3f}{acc['measure']:>9.3f}{r['traps_hit']:>7}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
