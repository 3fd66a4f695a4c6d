"""Commands that read the store: claims, docs, export, errors and search.

Heavy modules (the store and SQLAlchemy) are imported inside the commands, so that
``claimtrack --help`` never loads them.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from claimtrack.cli.common import err_console, open_existing, out_console, write_file
from claimtrack.cli.options import DbOption
from claimtrack.cli.render import claims_table, documents_table, failures_table, search_table


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
    """List stored claims (each document's latest version).

    \b
    Example:
      claimtrack claims --measure troops_sent --format csv > troops.csv
    """
    from claimtrack.store.export import write_rows

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
    """List stored documents with their version and claim counts.

    \b
    Example:
      claimtrack docs --db news.db --format json
    """
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
    """Export every claim of each document's latest version.

    \b
    Example:
      claimtrack export --format csv --out out/claims.csv
    """
    from claimtrack.store.export import write_rows

    with open_existing(db) as store:
        rows = store.claims()
    if out is None:
        write_rows(rows, fmt.value, sys.stdout)
        return
    n = write_file(out, lambda fh: write_rows(rows, fmt.value, fh), f"claims.{fmt.value}")
    err_console().print(f"wrote {n} claims to {out}", markup=False)


def errors_command(
    db: DbOption = None,
    fmt: Annotated[
        TableFormat, typer.Option("--format", help="Output format.")
    ] = TableFormat.table,
) -> None:
    """List documents that failed to ingest, with the reason.

    \b
    Example:
      claimtrack errors --format json
    """
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
    """Search article text and claim quotes of each document's latest version.

    Hits are highlighted; when the output is not a terminal they are marked «like this».

    \b
    Example:
      claimtrack search "troops Kursk" --limit 10
    """
    with open_existing(db) as store:
        rows = store.search(query, limit=limit)
    if fmt is TableFormat.json:
        _json_out(rows)
    elif not rows:
        err_console().print("no matches", markup=False)
    else:
        console = out_console()
        console.print(search_table(rows, query, marks=not console.is_terminal))
