"""Options several commands share, defined once so their names and help never drift."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from claimtrack.config import FETCH_DEADLINE_FACTOR, Settings
from claimtrack.errors import UsageError

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="CLAIMTRACK_DB",
        show_envvar=True,
        help="Store file or SQLAlchemy URL (default: claimtrack.db).",
        show_default=False,
    ),
]

#: --pack for commands that write: the pack a new store is made with.
NewStorePackOption = Annotated[
    str | None,
    typer.Option(
        "--pack",
        help="Story pack name or YAML file for a new store (default: $CLAIMTRACK_PACK, "
        "else none); a store keeps the pack it was made with.",
    ),
]

NoPackOption = Annotated[bool, typer.Option("--no-pack", help="Extract without a story pack.")]

PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Date (YYYY-MM-DD) for documents that carry none."),
]


AllowPrivateOption = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Also fetch from loopback and private-network addresses (refused by "
        "default, so a URL or feed cannot reach services inside your network).",
    ),
]

FetchTimeoutOption = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        help="Seconds to wait for a connection and for each read (default: "
        f"{Settings.fetch_timeout_s:g}); a whole answer may take {FETCH_DEADLINE_FACTOR} times as long.",
    ),
]

FetchMaxBytesOption = Annotated[
    str | None,
    typer.Option(
        "--max-bytes",
        help="Largest page or feed read, in bytes (suffixes K, M, G; default: "
        "$CLAIMTRACK_MAX_BYTES, else 20M).",
    ),
]


def check_date(published: str | None) -> str | None:
    """--published as an ISO date, or a usage error with an example."""
    if published is None:
        return None
    try:
        return date.fromisoformat(published).isoformat()
    except ValueError:
        raise UsageError(
            f"--published {published!r} is not a date; use YYYY-MM-DD, e.g. 2025-03-14"
        ) from None
