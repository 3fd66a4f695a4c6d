"""``claimtrack ingest``: read documents into the store, showing progress and every failure."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from claimtrack.cli.common import EXIT_FAILED, db_location, err_console, out_console, pick_pack
from claimtrack.config import Settings
from claimtrack.errors import UsageError
from claimtrack.ingest import IngestEvent, count_sources, ingest
from claimtrack.store import Store


def _check_date(published: str | None) -> str | None:
    if published is None:
        return None
    try:
        return date.fromisoformat(published).isoformat()
    except ValueError:
        raise UsageError(
            f"--published {published!r} is not a date; use YYYY-MM-DD, e.g. 2025-03-14"
        ) from None


def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders: .txt, .md, .html, .htm, .jsonl.", show_default=False
        ),
    ],
    db: Annotated[
        str | None,
        typer.Option(
            "--db", help="Store file or SQLAlchemy URL (default: $CLAIMTRACK_DB or claimtrack.db)."
        ),
    ] = None,
    pack: Annotated[
        str | None,
        typer.Option("--pack", help="Story pack name or YAML file (default: dprk-russia)."),
    ] = None,
    no_pack: Annotated[
        bool, typer.Option("--no-pack", help="Extract without a story pack.")
    ] = False,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Date (YYYY-MM-DD) for documents that carry none."),
    ] = None,
) -> None:
    """Read documents, extract their claims and store them; exits 1 if any document failed."""
    missing = [p for p in paths if not Path(p).exists() and not Path(p).is_symlink()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    settings = Settings.from_env(db=db_location(db))
    when = _check_date(published)
    story = pick_pack(pack, no_pack, settings)

    stderr = err_console()
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        disable=not sys.stderr.isatty(),
    )

    with Store(settings.db) as store, progress:
        task = progress.add_task("ingesting", total=count_sources(paths))

        def on_event(event: IngestEvent) -> None:
            if event.failure is not None:
                # Through the progress bar's own console, so the line lands above the bar.
                stderr.print(f"error: {event.failure.message}", markup=False)
            progress.advance(task)

        report = ingest(paths, store, story, settings, published=when, progress=on_event)

    out_console().print(
        f"{report.documents} documents: {report.new} new, {report.unchanged} unchanged, "
        f"{report.updated} updated, {report.failed} failed; {report.claims} claims found",
        markup=False,
    )
    if report.failed:
        raise typer.Exit(EXIT_FAILED)
