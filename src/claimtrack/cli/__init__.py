"""The ``claimtrack`` command line (Typer + Rich)."""

from claimtrack.cli.app import app, main
from claimtrack.cli.render import figure

__all__ = ["app", "figure", "main"]
