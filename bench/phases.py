"""What both benchmarks share: running a phase in a child process and reading its peak memory."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any


def peak_rss_mb() -> float:
    """This process's peak resident memory in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_phase(script: str, args: list[str]) -> dict[str, Any]:
    """Run ``script`` as a child with ``args`` and return the JSON of its last stdout line,
    so each phase's memory is measured on its own."""
    proc = subprocess.run(
        [sys.executable, str(Path(script).resolve()), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"phase {args[:2]} failed with exit code {proc.returncode}")
    lines = proc.stdout.strip().splitlines()
    if not lines:
        raise SystemExit(f"phase {args[:2]} printed nothing")
    result: dict[str, Any] = json.loads(lines[-1])
    return result
