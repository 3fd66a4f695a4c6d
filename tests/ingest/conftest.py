"""A corpus for the parallel and distributed ingest tests, and what a store holds of it.

Big enough (over one parse batch of 32) that ``--jobs`` really starts workers, and mixed:
text, Markdown and HTML files, JSONL records (one id twice with different text, so
version order matters), a bad JSONL line and an empty file (failures), and two files of
the same text under different ids.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimtrack.store import Store
from claimtrack.store.export import write_rows

TOWNS = ["Ardel", "Brisk", "Corran", "Dunmore", "Elsworth", "Fenwick", "Galloway", "Hollin"]


def _article(i: int) -> str:
    town = TOWNS[i % len(TOWNS)]
    return (
        f"Flood relief in {town} (bulletin {i})\n\n"
        f"The council said more than {1200 + 37 * i:,} households had asked for sandbags "
        f"by Tuesday, and about {15 + i % 11} pumps were running in {town}.\n\n"
        f"According to the fire service, {3 + i % 5} crews worked through the night.\n"
    )


def write_jobs_corpus(root: Path, files: int = 40, records: int = 12) -> Path:
    """``files`` text/Markdown/HTML files and a JSONL of ``records`` lines under ``root``."""
    root.mkdir(parents=True)
    for i in range(files):
        body = _article(i)
        if i % 5 == 3:
            paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n")[1:])
            (root / f"page-{i:03d}.html").write_text(
                f"<html><head><title>Relief {i}</title></head><body><article>"
                f"<h1>Relief {i}</h1>{paragraphs}</article></body></html>"
            )
        elif i % 5 == 4:
            (root / f"note-{i:03d}.md").write_text("# " + body)
        else:
            (root / f"bulletin-{i:03d}.txt").write_text(body)
    (root / "copy-of-bulletin-000.txt").write_text(_article(0))  # same text, its own id
    (root / "empty.txt").write_text("")  # fails: nothing to read
    lines = [
        json.dumps({"id": f"wire-{i}", "published": "2025-05-02", "text": _article(100 + i)})
        for i in range(records)
    ]
    lines.insert(3, "{not json")  # fails: one bad line, the rest go on
    lines.append(json.dumps({"id": "wire-1", "text": _article(500)}))  # wire-1's version 2
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n")
    return root


def snapshot(store: Store) -> dict[str, Any]:
    """The store as an export and document list, without ids or times that differ by run."""
    out = io.StringIO()
    write_rows(store.claims(), "jsonl", out)
    keep = ("doc", "url", "latest_version", "title", "published", "location", "versions", "claims")
    docs = [{k: d[k] for k in keep} for d in store.documents()]
    failures = sorted((f["doc_id"], f["reason"], f["message"]) for f in store.failures())
    return {"export": out.getvalue(), "documents": docs, "failures": failures}


@pytest.fixture
def jobs_corpus() -> Callable[..., Path]:
    """``write_jobs_corpus``, for tests (conftest modules are not imported by name)."""
    return write_jobs_corpus


@pytest.fixture
def store_snapshot() -> Callable[[Store], dict[str, Any]]:
    """``snapshot``, for tests."""
    return snapshot
