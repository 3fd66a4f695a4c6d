"""Claim rows in the shapes other tools read: JSON Lines, JSON and CSV.

A reviewed claim is exported as reviewed, with the machine's values beside it in
``machine`` (field -> value as extracted), so both readings travel together.

The field list is fixed and ordered so exports from different runs diff cleanly;
the integer database ids are left out because they differ between otherwise equal
stores; ``claim_id`` is derived from the claim itself, so it does not.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, Literal, TextIO

from claimtrack.errors import UsageError
from claimtrack.records import CLAIM_COLUMNS

ExportFormat = Literal["jsonl", "json", "csv"]
FORMATS: tuple[str, ...] = ("jsonl", "json", "csv")

FIELDS: tuple[str, ...] = (
    "claim_id",
    # the claim's own fields, as ``records.Claim`` defines them, its document named "doc"
    *("doc" if name == "doc_id" else name for name in CLAIM_COLUMNS),
    "published",
    "url",
    "title",
    "mentions",
    # Review (``claimtrack.review``): the fields above hold the reviewed values; these say
    # who reviewed the claim and keep the machine's own values of every field changed.
    "reviewed",
    "reviewer",
    "reviewed_at",
    "review_note",
    "machine",
)


def _number(x: Any) -> Any:
    """4500.0 -> 4500, so figures read as written rather than as floats."""
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def export_row(row: dict[str, Any]) -> dict[str, Any]:
    """One claim row from ``Store.claims`` reduced to the exported fields."""
    out = {name: row.get(name) for name in FIELDS}
    out["kind"] = out["kind"] or "total"  # claims stored before schema 6 were all totals
    review = row.get("review") or {}
    out["reviewed"] = review.get("state")
    out["reviewer"] = review.get("reviewer")
    out["reviewed_at"] = review.get("at")
    out["review_note"] = review.get("note")
    machine = dict(row.get("machine") or {})
    for name in ("value", "low", "high"):
        out[name] = _number(out[name])
        if name in machine:
            machine[name] = _number(machine[name])
    out["machine"] = machine
    out["via"] = list(out["via"] or [])
    out["mentions"] = [
        {"start": m["start"], "end": m["end"], "text": m["text"]} for m in out["mentions"] or []
    ]
    return out


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Write claim rows to ``out`` in ``fmt``; returns how many were written."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    exported = [export_row(r) for r in rows]
    if fmt == "jsonl":
        for r in exported:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump(exported, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        writer = csv.DictWriter(out, fieldnames=list(FIELDS), lineterminator="\n")
        writer.writeheader()
        for r in exported:
            # Lists become JSON so a spreadsheet cell round-trips without a custom separator.
            r["via"] = json.dumps(r["via"], ensure_ascii=False)
            r["mentions"] = json.dumps(r["mentions"], ensure_ascii=False)
            r["machine"] = json.dumps(r["machine"], ensure_ascii=False) if r["machine"] else ""
            writer.writerow(r)
    return len(exported)
