"""How long the ``claimtrack`` command takes to start, next to a bare Python in the same run.

Run ``.venv/bin/python bench/startup.py`` (``--repeats N``, default 9). It builds a small
store once (untimed, three short articles through ``claimtrack ingest``), then runs each
command ``--repeats`` times in a fresh process, interleaved so that machine load hits all
of them alike, and prints the median wall time of each, its difference from
``python -c pass`` and the ratio, then one JSON line with the numbers and the targets:

- ``claimtrack --help`` and ``--version`` within 0.3 s of ``python -c pass``;
- ``claimtrack docs`` and ``claimtrack claims`` on the small store within 0.6 s of it.

Commands run through the installed console script when there is one (as users run
them), else ``python -m claimtrack.cli``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLES = {
    "fire.txt": "Officials said more than 4,500 soldiers fought the depot fire in Quellin.\n",
    "fuel.txt": "The brigade said about 13,000 litres of fuel burned before dawn.\n",
    "ships.txt": "Port officials said 40 ships were waiting outside Vostrel on Monday.\n",
}
TARGETS = {"--help": 0.3, "--version": 0.3, "docs": 0.6, "claims": 0.6}


def claimtrack() -> list[str]:
    script = Path(sys.executable).with_name("claimtrack")
    return [str(script)] if script.exists() else [sys.executable, "-m", "claimtrack.cli"]


def wall(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def build_store(folder: Path) -> str:
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(folder / "small.db")
    subprocess.run(
        [*claimtrack(), "ingest", str(folder), "--db", db, "--no-pack"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = build_store(Path(tmp))
        cases = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "--help": [*claimtrack(), "--help"],
            "--version": [*claimtrack(), "--version"],
            "docs": [*claimtrack(), "docs", "--db", db],
            "claims": [*claimtrack(), "claims", "--db", db],
        }
        for argv in cases.values():  # warm the file cache and .pyc files, untimed
            wall(argv)
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.repeats):
            for name, argv in cases.items():
                times[name].append(wall(argv))

    medians = {name: statistics.median(t) for name, t in times.items()}
    base = medians["python -c pass"]
    print(f"{'command':<20} {'median s':>9} {'- python':>9} {'ratio':>7} {'target':>8}  ok")
    results = {}
    for name, median in medians.items():
        extra = median - base
        target = TARGETS.get(name)
        ok = target is None or extra <= target
        results[name] = {"median_s": round(median, 4), "over_python_s": round(extra, 4),
                         "ratio": round(median / base, 1), "target_s": target, "ok": ok}  # fmt: skip
        label = f"claimtrack {name}" if name in TARGETS else name
        shown = f"≤{target}" if target else ""
        print(f"{label:<20} {median:9.3f} {extra:9.3f} {median / base:7.1f} {shown:>8}  "
              f"{'yes' if ok else 'NO'}")  # fmt: skip
    summary = {
        "bench": "startup",
        "repeats": args.repeats,
        "python_s": round(base, 4),
        "commands": results,
        "all_ok": all(r["ok"] for r in results.values()),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
