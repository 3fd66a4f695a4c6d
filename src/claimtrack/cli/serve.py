"""``claimtrack serve``: the web app and JSON API over a store, on uvicorn.

FastAPI, uvicorn and the store are imported inside the command, so ``claimtrack --help``
stays as light as before. Binding anything but a loopback address exposes the store to
the network, so it needs a token that every request must then carry. Adding reports by
URL fetches public pages only, unless ``--allow-private`` lets it reach this machine and
its network (an intranet install, the tests' loopback server).
"""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from claimtrack.cli.common import db_location, err_console
from claimtrack.cli.options import DbOption
from claimtrack.config import Settings
from claimtrack.errors import UsageError


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve anywhere


def serve_command(
    db: DbOption = None,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on; any but loopback (127.0.0.1, ::1, localhost) needs "
            "a token.",
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="CLAIMTRACK_TOKEN",
            show_envvar=True,
            show_default=False,
            help="Secret every request must carry (header 'Authorization: Bearer TOKEN', or "
            "open a page once with ?token=TOKEN).",
        ),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Let 'add by URL' fetch from loopback, private and link-local addresses.",
        ),
    ] = False,
) -> None:
    """Serve a local web app and JSON API over the store; add reports in the background.

    Pages: overview, measures, documents with their claims highlighted, sources,
    conflicts, search, and Add (paste, upload or fetch reports). The API is under
    /api/v1/, described at /docs.

    \b
    Example:
      claimtrack serve --db news.db
      claimtrack serve --db news.db --host 0.0.0.0 --token "$(openssl rand -hex 16)"
    """
    secret = token or None
    if secret is None and not is_loopback(host):
        raise UsageError(
            f"--host {host} is reachable from the network; give --token or set "
            "CLAIMTRACK_TOKEN, or keep the default --host 127.0.0.1"
        )
    import uvicorn

    from claimtrack.web.app import create_app

    settings = Settings.from_env()
    app = create_app(db_location(db), settings, secret, allow_private=allow_private)
    shown = f"[{host}]" if ":" in host else host
    err_console().print(
        f"serving {app.state.workspace.store.display_url} at http://{shown}:{port}/"
        + (" (token required)" if secret else "")
        + "; Ctrl+C stops",
        markup=False,
    )
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
