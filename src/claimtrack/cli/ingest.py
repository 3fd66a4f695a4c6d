"""``claimtrack ingest``: read documents into the store, showing progress and every failure.

The pipeline (spaCy, trafilatura, the store) is imported inside the command, so that
``claimtrack --help`` and the reading commands start without paying for it.
"""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from claimtrack.cli.common import (
    EXIT_FAILED,
    db_location,
    err_console,
    out_console,
    pack_for_ingest,
)
from claimtrack.cli.render import printable
from claimtrack.config import Settings
from claimtrack.errors import UsageError

if TYPE_CHECKING:
    from claimtrack.ingest import IngestEvent

#: Documents at least this long (cleaned characters) get a progress bar of their own.
LARGE_DOCUMENT_CHARS = 200_000


def _check_date(published: str | None) -> str | None:
    if published is None:
        return None
    try:
        return date.fromisoformat(published).isoformat()
    except ValueError:
        raise UsageError(
            f"--published {published!r} is not a date; use YYYY-MM-DD, e.g. 2025-03-14"
        ) from None


def _check_encoding(encoding: str | None) -> str | None:
    if encoding is None:
        return None
    import codecs

    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise UsageError(
            f"--encoding {encoding!r} is not an encoding Python knows; use e.g. utf-8, cp1252, "
            "latin-1, utf-16, cp1251, shift_jis or euc-kr"
        ) from None


def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders (.txt, .md, .html, .htm, .jsonl), or - for standard input.",
            show_default=False,
        ),
    ],
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Store file or SQLAlchemy URL (default: claimtrack.db).",
            envvar="CLAIMTRACK_DB",
            show_envvar=True,
        ),
    ] = None,
    pack: Annotated[
        str | None,
        typer.Option(
            "--pack",
            help="Story pack name or YAML file for a new store (default: $CLAIMTRACK_PACK, "
            "else none); a store keeps the pack it was made with.",
        ),
    ] = None,
    no_pack: Annotated[
        bool, typer.Option("--no-pack", help="Extract without a story pack.")
    ] = False,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Date (YYYY-MM-DD) for documents that carry none."),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            help="Decode every file with this encoding (default: UTF-8, a byte-order mark, "
            "or detection).",
        ),
    ] = None,
) -> None:
    """Read documents, extract their claims and store them; exits 1 if any document failed.

    A document's id is the path below the folder given, with that folder's name
    (`corpus/a/report.txt`), a file's folder and name when named alone, or a JSONL
    line's id, url or content hash. The same content again changes nothing; new
    content under the same id becomes a new version. A missing or unreadable path is
    reported and recorded, and the rest of the batch goes on.

    Example:

        claimtrack ingest reports/ --db story.db --pack dprk-russia
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from claimtrack.ingest import count_sources, ingest
    from claimtrack.store import Store

    settings = Settings.from_env(db=db_location(db))
    when = _check_date(published)
    forced = _check_encoding(encoding)
    if paths.count("-") > 1:
        raise UsageError("give - (standard input) at most once")

    stderr = err_console()
    progress = Progress(
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        disable=not sys.stderr.isatty(),
    )

    with Store(settings.db) as store:
        story = pack_for_ingest(store, pack, no_pack, settings)
        with progress:
            task = progress.add_task("ingesting", total=count_sources(paths) + paths.count("-"))
            # A second bar for the document being read, shown only for large ones.
            inside = progress.add_task("", total=1, visible=False)

            def on_event(event: IngestEvent) -> None:
                if event.failure is not None:
                    # Through the progress bar's own console, so the line lands above the bar.
                    stderr.print(f"error: {event.failure.message}", markup=False)
                progress.advance(task)

            def within(doc_id: str, done: int, total: int) -> None:
                big = total >= LARGE_DOCUMENT_CHARS and done < total
                # The id is article-controlled: the column prints it without markup.
                progress.update(
                    inside, description=printable(doc_id)[-48:], completed=done, total=total,
                    visible=big,
                )  # fmt: skip

            report = ingest(
                paths,
                store,
                story,
                settings,
                published=when,
                progress=on_event,
                encoding=forced,
                within=within,
            )

    out_console().print(
        f"{report.documents} documents: {report.new} new, {report.unchanged} unchanged, "
        f"{report.updated} updated, {report.failed} failed; {report.claims} claims found",
        markup=False,
    )
    if report.failed:
        raise typer.Exit(EXIT_FAILED)
