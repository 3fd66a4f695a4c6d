"""Pieces every command shares: consoles, opening the store, turning errors into exit codes."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TextIO, TypeVar

import typer
from typer.exceptions import TyperException

from claimtrack.cli.render import printable
from claimtrack.config import Settings
from claimtrack.errors import (
    ClaimtrackError,
    PackError,
    UsageError,
    cannot_write,
    out_folder_missing,
    out_is_folder,
    pack_mismatch,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from claimtrack.packs import StoryPack
    from claimtrack.store import Store


def _load_pack(name_or_path: str) -> StoryPack:
    # pydantic and the pack schema load only when a command names a pack, so `--help`
    # and pack-less commands never pay for them (the store's SQLAlchemy likewise below).
    from claimtrack.packs import load_pack

    return load_pack(name_or_path)


P = ParamSpec("P")
R = TypeVar("R")

EXIT_FAILED = 1
EXIT_USAGE = 2


@functools.cache
def _console_class() -> type[Console]:
    """Rich's console, imported on first use (it is not needed for ``--help``)."""
    from rich.console import Console

    class SafeConsole(Console):
        """A Rich console that never lets printed strings drive the terminal.

        Every ``str`` handed to ``print`` passes through ``render_str``; control characters
        (ESC, BEL, bidi overrides...) are shown escaped there, so a quote from an article or
        a crafted file name cannot change colours, move the cursor or retitle the window.
        Cells built from data are ``Text`` made by ``render.cell``, which escapes the same way.
        """

        def render_str(self, text: str, *args: Any, **kwargs: Any) -> Text:
            return super().render_str(printable(text), *args, **kwargs)

    return SafeConsole


def out_console() -> Console:
    # Built per call so tests that swap sys.stdout (CliRunner) see the output. Piped
    # tables get room to breathe instead of Rich's 80-column guess, unless COLUMNS says.
    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 160
    return _console_class()(
        file=sys.stdout, soft_wrap=True, highlight=False, emoji=False, width=width
    )


def err_console() -> Console:
    # emoji off: Rich reads ":x:" in "javascript:x" as an emoji code even without markup.
    return _console_class()(file=sys.stderr, soft_wrap=True, highlight=False, emoji=False)


def error(message: str) -> None:
    """One plain line on stderr; markup off because messages quote user paths and text."""
    err_console().print(f"error: {message}", markup=False)


def write_file(target: Path, write: Callable[[TextIO], R], example: str) -> R:
    """Write ``target`` through ``write`` all or nothing, turning failures into one line.

    The text goes to ``target.part`` first and is renamed over ``target`` only when
    complete, so a failed run never leaves half a file; the ``.part`` file is removed on
    any failure. ``example`` names a file to suggest when ``target`` is a folder.
    """
    if target.is_dir():
        raise out_is_folder(target, example)
    if not target.parent.is_dir():
        raise out_folder_missing(target)
    tmp = target.with_name(target.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            result = write(fh)
        tmp.replace(target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise cannot_write(target, exc.strerror or str(exc)) from None
        raise
    return result


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
        except (typer.Exit, typer.Abort, TyperException):
            raise  # Typer's own ways out: usage errors and exit codes it prints itself
        except Exception as exc:  # a bug: still one line, never a traceback
            detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            error(f"internal error ({detail}); please report it with the command you ran")
            raise typer.Exit(EXIT_FAILED) from None

    return wrapper


def db_location(db: str | None) -> str:
    """The --db value, else CLAIMTRACK_DB, else the default file."""
    return db or Settings.from_env().db


def open_existing(db: str | None) -> Store:
    """Open a store only to read it: a mistyped --db is a usage error, not an empty store."""
    location = db_location(db)
    if "://" not in location and location != ":memory:" and not Path(location).exists():
        raise UsageError(f"no store at {location}; run `claimtrack ingest` first or fix --db")
    from claimtrack.store import Store

    return Store(location, create=False)


#: The ``meta`` key under which a store remembers its story pack ("" for none).
PACK_KEY = "pack"


def _pack_ref(name_or_path: str) -> str:
    """How a pack is remembered: a built-in by name, a YAML file by its absolute path."""
    path = Path(name_or_path)
    return str(path.resolve()) if path.suffix else name_or_path


def _given_pack(pack: str | None, no_pack: bool) -> str | None:
    """The pack the command line asks for: a name or path, "" for --no-pack, None if silent."""
    if no_pack and pack:
        raise UsageError("use either --pack or --no-pack, not both")
    return "" if no_pack else pack


def pick_pack(
    pack: str | None, no_pack: bool, settings: Settings, store: Store | None = None
) -> StoryPack | None:
    """The story pack a reading command uses: --pack or --no-pack for this call, else the
    pack ``store`` remembers, else ``$CLAIMTRACK_PACK``; none when nothing names one."""
    given = _given_pack(pack, no_pack)
    if given is None and store is not None:
        given = store.get_meta(PACK_KEY)
    if given is None:
        given = settings.pack or ""
    return _load_pack(given) if given else None


def pack_for_ingest(
    store: Store, pack: str | None, no_pack: bool, settings: Settings
) -> StoryPack | None:
    """The story pack an ingest uses, remembered by the store at its first ingest.

    A store keeps one pack for life, so its measures stay comparable: asking a store for
    another pack later is a usage error that names the one it has.
    """
    given = _given_pack(pack, no_pack)
    recorded = store.get_meta(PACK_KEY)
    if recorded is None:
        chosen = given if given is not None else (settings.pack or "")
        story = _load_pack(chosen) if chosen else None  # a bad pack is refused before it is kept
        store.set_meta(PACK_KEY, _pack_ref(chosen) if chosen else "")
        return story
    if given is not None and (_pack_ref(given) if given else "") != recorded:
        raise pack_mismatch(store.display_url, recorded, given)
    return _load_pack(recorded) if recorded else None
