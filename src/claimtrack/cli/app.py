"""The ``claimtrack`` command line: one Typer app, commands in small modules beside it."""

from __future__ import annotations

import typer

from claimtrack.cli.common import guarded
from claimtrack.cli.crosscheck import (
    conflicts_command,
    measure_command,
    measures_command,
    report_command,
    sources_command,
)
from claimtrack.cli.ingest import ingest_command
from claimtrack.cli.query import (
    claims_command,
    docs_command,
    errors_command,
    export_command,
    search_command,
)

app = typer.Typer(
    name="claimtrack",
    help="Turn news reports into an evidence-linked base of numeric claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

app.command("ingest")(guarded(ingest_command))
app.command("claims")(guarded(claims_command))
app.command("docs")(guarded(docs_command))
app.command("export")(guarded(export_command))
app.command("errors")(guarded(errors_command))
app.command("search")(guarded(search_command))
app.command("measures")(guarded(measures_command))
app.command("measure")(guarded(measure_command))
app.command("conflicts")(guarded(conflicts_command))
app.command("sources")(guarded(sources_command))
app.command("report")(guarded(report_command))


def main() -> None:
    """Console-script entry point."""
    app()
