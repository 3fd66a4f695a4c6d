"""The ``claimtrack`` command line: one Typer app, commands in small modules beside it.

Start-up stays light: the command modules import the store, the pipeline and the
cross-check inside their functions, so ``claimtrack --help`` and ``--version`` load only
Typer. Help is plain text (as in datasette and sqlite-utils): no Rich rendering, and the
``\\b`` paragraphs of the docstrings keep their line breaks.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from claimtrack import __version__
from claimtrack.cli.common import guarded
from claimtrack.cli.crosscheck import (
    conflicts_command,
    measure_command,
    measures_command,
    report_command,
    sources_command,
)
from claimtrack.cli.fetch import fetch_command
from claimtrack.cli.ingest import ingest_command
from claimtrack.cli.packs import packs_command
from claimtrack.cli.query import (
    claims_command,
    docs_command,
    errors_command,
    export_command,
    search_command,
)
from claimtrack.cli.review import app as review_app
from claimtrack.cli.serve import serve_command
from claimtrack.cli.watch import watch_app
from claimtrack.config import ENVIRONMENT

EPILOG = "\n\n".join(
    [
        "\b\nEnvironment:\n"
        + "\n".join(f"  {name:<21} {what}" for name, what in ENVIRONMENT.items()),
        "\b\nExample:\n"
        "  claimtrack ingest examples/ --db news.db\n"
        "  claimtrack claims --db news.db --format csv > claims.csv\n"
        "  claimtrack report --db news.db --out report.html",
    ]
)

app = typer.Typer(
    name="claimtrack",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"claimtrack {__version__}\n")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_show_version,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ] = False,
) -> None:
    """Turn news reports into an evidence-linked base of numeric claims."""


app.command("ingest")(guarded(ingest_command))
app.command("fetch")(guarded(fetch_command))
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
app.command("serve")(guarded(serve_command))
app.command("packs")(guarded(packs_command))
app.add_typer(review_app, name="review")
app.add_typer(watch_app, name="watch")


def main() -> None:
    """Console-script entry point."""
    app()
