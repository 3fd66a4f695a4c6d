"""Commands that read the store: claims, docs, export, errors and search."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from claimtrack.cli.common import err_console, open_existing, out_console
from claimtrack.cli.render import claims_table, documents_table, failures_table, search_table
from claimtrack.errors import UsageError
from claimtrack.store import write_rows

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="Store file or SQLAlchemy URL (default: $CLAIMTRACK_DB or claimtrack.db)."
    ),
]


class ClaimsFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class TableFormat(StrEnum):
    table = "table"
    json = "json"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    json = "json"


def _json_out(rows: list[dict[str, Any]]) -> None:
    sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")


def claims_command(
    db: DbOption = None,
    measure: Annotated[str | None, typer.Option("--measure", help="Only this measure id.")] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document id.")] = None,
    fmt: Annotated[
        ClaimsFormat, typer.Option("--format", help="Output format.")
    ] = ClaimsFormat.table,
) -> None:
    """List stored claims (each document's latest version)."""
    with open_existing(db) as store:
        rows = store.claims(measure=measure, doc_id=doc)
    if fmt is ClaimsFormat.table:
        if not rows:
            err_console().print("no claims match", markup=False)
            return
        out_console().print(claims_table(rows))
    else:
        write_rows(rows, fmt.value, sys.stdout)


def docs_command(
    db: DbOption = None,
    fmt: Annotated[
        TableFormat, typer.Option("--format", help="Output format.")
    ] = TableFormat.table,
) -> None:
    """List stored documents with their version and claim counts."""
    with open_existing(db) as store:
        rows = store.documents()
    if fmt is TableFormat.json:
        _json_out(rows)
    else:
        out_console().print(documents_table(rows))


def export_command(
    db: DbOption = None,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="Output format.")
    ] = ExportFormat.jsonl,
    out: Annotated[
        Path | None, typer.Option("--out", help="File to write (default: standard output).")
    ] = None,
) -> None:
    """Export every claim of each document's latest version."""
    with open_existing(db) as store:
        rows = store.claims()
    if out is None:
        write_rows(rows, fmt.value, sys.stdout)
        return
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: folder {out.parent} does not exist")
    # Write beside the target then rename, so a failed export never leaves half a file.
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        n = write_rows(rows, fmt.value, fh)
    tmp.replace(out)
    err_console().print(f"wrote {n} claims to {out}", markup=False)


def errors_command(
    db: DbOption = None,
    fmt: Annotated[
        TableFormat, typer.Option("--format", help="Output format.")
    ] = TableFormat.table,
) -> None:
    """List documents that failed to ingest, with the reason."""
    with open_existing(db) as store:
        rows = store.failures()
    if fmt is TableFormat.json:
        _json_out(rows)
    elif not rows:
        err_console().print("no ingest failures recorded", markup=False)
    else:
        out_console().print(failures_table(rows))


def search_command(
    query: Annotated[str, typer.Argument(help="Words to find (all must match).")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most matches to show.")] = 50,
    fmt: Annotated[
        TableFormat, typer.Option("--format", help="Output format.")
    ] = TableFormat.table,
) -> None:
    """Search article text and claim quotes of each document's latest version."""
    with open_existing(db) as store:
        rows = store.search(query, limit=limit)
    if fmt is TableFormat.json:
        _json_out(rows)
    elif not rows:
        err_console().print("no matches", markup=False)
    else:
        out_console().print(search_table(rows))
