"""Pieces every command shares: consoles, opening the store, turning errors into exit codes."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console

from claimtrack.config import Settings
from claimtrack.errors import ClaimtrackError, PackError, UsageError
from claimtrack.packs import StoryPack, load_pack
from claimtrack.store import Store

P = ParamSpec("P")
R = TypeVar("R")

EXIT_FAILED = 1
EXIT_USAGE = 2


def out_console() -> Console:
    # Built per call so tests that swap sys.stdout (CliRunner) see the output. Piped
    # tables get room to breathe instead of Rich's 80-column guess, unless COLUMNS says.
    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 160
    return Console(file=sys.stdout, soft_wrap=True, highlight=False, width=width)


def err_console() -> Console:
    return Console(file=sys.stderr, soft_wrap=True, highlight=False)


def error(message: str) -> None:
    """One plain line on stderr; markup off because messages quote user paths and text."""
    err_console().print(f"error: {message}", markup=False)


def exit_code(exc: ClaimtrackError) -> int:
    return EXIT_USAGE if isinstance(exc, UsageError | PackError) else EXIT_FAILED


def guarded(fn: Callable[P, R]) -> Callable[P, R]:
    """Show a claimtrack error as its message and exit code, never as a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except ClaimtrackError as exc:
            error(str(exc))
            raise typer.Exit(exit_code(exc)) from None

    return wrapper


def db_location(db: str | None) -> str:
    """The --db value, else CLAIMTRACK_DB, else the default file."""
    return db or Settings.from_env().db


def open_existing(db: str | None) -> Store:
    """Open a store only to read it: a mistyped --db is a usage error, not an empty store."""
    location = db_location(db)
    if "://" not in location and location != ":memory:" and not Path(location).exists():
        raise UsageError(f"no store at {location}; run `claimtrack ingest` first or fix --db")
    return Store(location, create=False)


def pick_pack(pack: str | None, no_pack: bool, settings: Settings) -> StoryPack | None:
    """The story pack a command uses: --pack, else the configured default; none with --no-pack."""
    if no_pack and pack:
        raise UsageError("use either --pack or --no-pack, not both")
    name = None if no_pack else (pack or settings.pack)
    return load_pack(name) if name else None
