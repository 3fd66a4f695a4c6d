"""What ``ingest`` and ``fetch`` show while a batch runs and when it ends.

One bar for the batch, a second one for a large document while it is read, every
failure and warning as one line above the bars, and the closing summary. Both commands
feed the same loop (``claimtrack.ingest.ingest_sources``), so they share this display.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

from claimtrack.cli.common import EXIT_FAILED, err_console, out_console
from claimtrack.cli.render import printable

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from claimtrack.ingest import IngestEvent, IngestReport

#: Documents at least this long (cleaned characters) get a progress bar of their own.
LARGE_DOCUMENT_CHARS = 200_000


class BatchProgress:
    """The callbacks ``ingest_sources`` calls: ``on_event`` per document, ``within`` inside one."""

    def __init__(self, progress: Progress, batch: TaskID, inside: TaskID) -> None:
        self.progress = progress
        self.batch = batch
        self.inside = inside

    def on_event(self, event: IngestEvent) -> None:
        # Through the progress bar's own console, so the line lands above the bar; markup
        # and emoji codes off, since messages quote paths, URLs and article text.
        console = self.progress.console
        if event.failure is not None:
            console.print(f"error: {event.failure.message}", markup=False, emoji=False)
        if event.warning is not None:
            console.print(f"warning: {event.warning.message}", markup=False, emoji=False)
        self.progress.advance(self.batch)

    def within(self, doc_id: str, done: int, total: int) -> None:
        big = total >= LARGE_DOCUMENT_CHARS and done < total
        self.progress.update(
            self.inside,
            description=printable(doc_id)[-48:],
            completed=done,
            total=total,
            visible=big,
        )


@contextmanager
def batch_progress(verb: str, total: int) -> Iterator[BatchProgress]:
    """Bars on stderr while the batch runs (only on a terminal); gone when it ends."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console(),
        transient=True,
        disable=not sys.stderr.isatty(),
    )
    with progress:
        batch = progress.add_task(verb, total=total)
        inside = progress.add_task("", total=1, visible=False)
        yield BatchProgress(progress, batch, inside)


def finish(report: IngestReport) -> None:
    """The summary line; exit 1 when any document failed (warnings alone do not)."""
    warned = f", {len(report.warnings)} with warnings" if report.warnings else ""
    out_console().print(
        f"{report.documents} documents: {report.new} new, {report.unchanged} unchanged, "
        f"{report.updated} updated, {report.failed} failed{warned}; "
        f"{report.claims} claims found",
        markup=False,
    )
    if report.failed:
        raise typer.Exit(EXIT_FAILED)
