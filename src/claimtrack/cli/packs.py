"""``claimtrack packs``: the story packs that ship with claimtrack."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from claimtrack.cli.common import out_console
from claimtrack.cli.query import TableFormat
from claimtrack.cli.render import cell


def pack_rows() -> list[dict[str, Any]]:
    """One row per built-in pack: name, description and how much it holds."""
    from claimtrack.packs.loader import BUILTIN_DIR, builtin_packs, load_pack

    rows = []
    for name in builtin_packs():
        story = load_pack(name)
        rows.append(
            {
                "name": name,
                "description": story.description,
                "measures": len(story.measures),
                "actors": len(story.actors),
                "sources": len(story.sources),
                "equipment": len(story.equipment),
                "path": str(BUILTIN_DIR / f"{name}.yaml"),
            }
        )
    return rows


def packs_command(
    fmt: Annotated[
        TableFormat, typer.Option("--format", help="Output format.")
    ] = TableFormat.table,
) -> None:
    """List the built-in story packs, for --pack NAME.

    A pack of your own is a YAML file with the same fields; pass its path to --pack.

    \b
    Example:
      claimtrack packs --format json
    """
    from rich.table import Table

    rows = pack_rows()
    if fmt is TableFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(title=f"{len(rows)} built-in story packs")
    for name in ("name", "description", "measures", "actors", "sources"):
        numeric = name in ("measures", "actors", "sources")
        table.add_column(name, overflow="fold", justify="right" if numeric else "left")
    for r in rows:
        table.add_row(
            *(cell(r[k]) for k in ("name", "description", "measures", "actors", "sources"))
        )
    out_console().print(table)
