"""``claimtrack watch``: follow feeds and pages; ``watch add``, ``list`` and ``remove``.

``watch`` alone runs rounds (``--once`` one, for cron); the subcommands edit and show
the store's watch list. The watcher, httpx, feedparser and the store are imported
inside the commands, so ``claimtrack --help`` starts without them.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from claimtrack.cli.common import (
    EXIT_FAILED,
    err_console,
    error,
    guarded,
    open_existing,
    out_console,
    pack_for_ingest,
    pick_pack,
)
from claimtrack.cli.options import (
    AllowPrivateOption,
    DbOption,
    FetchMaxBytesOption,
    FetchTimeoutOption,
    NewStorePackOption,
    NoPackOption,
)
from claimtrack.cli.render import cell
from claimtrack.config import Settings, parse_size
from claimtrack.errors import UsageError

if TYPE_CHECKING:
    from claimtrack.store.watchlist import WatchedUrl
    from claimtrack.watch import RoundSummary

#: Mirrors ``watch.loop.DEFAULT_INTERVAL_S`` and ``watch.politeness.DEFAULT_DELAY_S``,
#: which are not imported here so that ``--help`` stays light.
DEFAULT_INTERVAL_S = 900.0
DEFAULT_DELAY_S = 1.0


class Kind(StrEnum):
    auto = "auto"
    feed = "feed"
    page = "page"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


watch_app = typer.Typer(
    name="watch",
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _positive(value: float, name: str, example: str) -> float:
    if not value > 0:
        raise UsageError(f"{name} {value:g} must be a positive number of seconds, e.g. {example}")
    return value


def _show(summary: RoundSummary) -> None:
    from rich.table import Table

    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    out_console().print(f"watch round {stamp}: {summary.headline()}", markup=False)
    if summary.measures:
        table = Table(title="changes per measure")
        for name in ("measure", "documents", "new claims", "new conflicts", "resolved"):
            table.add_column(name, overflow="fold", no_wrap=name != "measure")
        for m in summary.measures:
            table.add_row(
                cell(m.label),
                cell(m.documents),
                cell(m.claims),
                cell(m.new_conflicts),
                cell(m.resolved_conflicts),
            )
        out_console().print(table)
    for line in summary.errors:
        error(line)


@watch_app.callback(invoke_without_command=True)
@guarded
def watch_command(
    ctx: typer.Context,
    db: DbOption = None,
    pack: NewStorePackOption = None,
    no_pack: NoPackOption = False,
    once: Annotated[
        bool, typer.Option("--once", help="Run one round and exit (what cron calls).")
    ] = False,
    interval: Annotated[
        float,
        typer.Option("--interval", help="Seconds from the start of one round to the next."),
    ] = DEFAULT_INTERVAL_S,
    delay: Annotated[
        float,
        typer.Option(
            "--delay",
            help="Seconds between two requests to the same host (longer if its robots.txt "
            "sets a Crawl-delay).",
        ),
    ] = DEFAULT_DELAY_S,
    allow_private: AllowPrivateOption = False,
    timeout: FetchTimeoutOption = None,
    max_bytes: FetchMaxBytesOption = None,
) -> None:
    """Follow the watched feeds and pages, storing new articles and new versions.

    Each round asks every URL of the watch list (`watch add`) and of the story pack's
    `watch` list once, conditionally (ETag, Last-Modified): a feed that did not change
    costs a 304 and nothing is re-read. A feed's new or changed entries are fetched
    as articles; a watched page is itself a document. Every request keeps the limits
    of `claimtrack fetch` (http(s) only, public addresses, timeout, size cap, 5
    redirects), the site's robots.txt and a pause per host. The round ends with what
    it changed: new documents and claims, new and resolved conflicts, per measure.

    A feed or article that fails is reported and kept on its row (`watch list`), and
    the others go on. --once exits 1 if a watched feed or page failed; without it,
    rounds run every --interval seconds until Ctrl-C, and a round that fails as a
    whole (the store unreachable) is reported and the next one runs as planned.

    Example:

        claimtrack watch add https://example.com/world/rss.xml --db story.db
        claimtrack watch --once --db story.db
    """
    if ctx.invoked_subcommand is not None:
        return
    from claimtrack.store import Store
    from claimtrack.watch import HostDelay, WatchOptions, run_round, watch_loop

    _positive(interval, "--interval", "900")
    if delay < 0:
        raise UsageError(f"--delay {delay:g} must be zero or more seconds, e.g. 1")
    if timeout is not None:
        _positive(timeout, "--timeout", "20")
    limit = parse_size(max_bytes, "--max-bytes") if max_bytes is not None else None
    settings = Settings.from_env(db=db, fetch_timeout_s=timeout, max_bytes=limit)
    options = WatchOptions(allow_private=allow_private, delay_s=delay)
    pauses = HostDelay(delay)

    def one_round() -> RoundSummary:
        # The store is opened afresh each round, so a watcher outlives a database restart.
        with Store(settings.db) as store:
            story = pack_for_ingest(store, pack, no_pack, settings)
            return run_round(store, story, settings, options, pauses)

    with Store(settings.db) as store:  # a wrong --pack is refused now, not every round
        pack_for_ingest(store, pack, no_pack, settings)
    if once:
        summary = one_round()
        _show(summary)
        if not summary.ok:
            raise typer.Exit(EXIT_FAILED)
        return
    try:
        watch_loop(one_round, interval, _show, error)
    except KeyboardInterrupt:
        err_console().print("watch stopped", markup=False)


def _watched_row(w: WatchedUrl, in_pack: set[str], failing: dict[int, int]) -> dict[str, object]:
    return {
        "url": w.url,
        "kind": w.kind,
        "from_pack": w.url in in_pack,
        "added_at": w.added_at,
        "last_checked": w.last_checked,
        "last_status": w.last_status,
        "last_new": w.last_new,
        "last_error": w.last_error,
        "failing_articles": failing.get(w.id, 0),
    }


def _pack_urls(db: str | None) -> set[str]:
    """The normalised URLs the store's story pack lists to watch."""
    from claimtrack.errors import InputError
    from claimtrack.fetch import normalise_url

    with open_existing(db) as store:
        story = pick_pack(None, False, Settings.from_env(), store)
    urls = set()
    for raw in story.watch if story is not None else []:
        try:
            urls.add(normalise_url(raw).url)
        except InputError:
            continue  # reported by the round that meets it
    return urls


@watch_app.command("add")
@guarded
def add_command(
    urls: Annotated[
        list[str],
        typer.Argument(help="Feeds or pages to follow (http:// or https://).", show_default=False),
    ],
    db: DbOption = None,
    kind: Annotated[
        Kind,
        typer.Option(
            "--kind",
            help="feed (RSS or Atom: its articles are fetched), page (the page itself is "
            "the document), or auto (decided by what the URL answers).",
        ),
    ] = Kind.auto,
) -> None:
    """Add feeds or pages to the store's watch list (made if missing).

    Example:

        claimtrack watch add https://example.com/world/rss.xml --db story.db
    """
    from claimtrack.errors import InputError
    from claimtrack.fetch import normalise_url
    from claimtrack.store import Store

    normal = []
    for raw in urls:
        try:
            normal.append(normalise_url(raw).url)
        except InputError as err:
            raise UsageError(err.message) from None
    settings = Settings.from_env(db=db)
    with Store(settings.db) as store:
        for url in normal:
            added = store.add_watch(url, kind.value)
            said = "watching" if added else "already watched"
            out_console().print(f"{said}: {url} ({kind.value})", markup=False)


@watch_app.command("list")
@guarded
def list_command(
    db: DbOption = None,
    fmt: Annotated[ListFormat, typer.Option("--format", help="Output format.")] = (
        ListFormat.table
    ),
) -> None:
    """List the watch list with each URL's last round: when, its answer, new documents,
    how many of its articles failed their last read, and its last error.

    Example:

        claimtrack watch list --db story.db
    """
    from rich.table import Table

    with open_existing(db) as store:
        watched = store.watched()
        failing = store.failing_items()
    in_pack = _pack_urls(db)
    rows = [_watched_row(w, in_pack, failing) for w in watched]
    if fmt is ListFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    if not rows:
        err_console().print(
            "nothing watched; add a feed with `claimtrack watch add URL`", markup=False
        )
        return
    table = Table(title=f"{len(rows)} watched")
    for name in ("url", "kind", "last checked", "status", "new", "failing articles", "last error"):
        table.add_column(name, overflow="fold")
    for r in rows:
        kind = f"{r['kind']} (pack)" if r["from_pack"] else r["kind"]
        table.add_row(
            cell(r["url"]),
            cell(kind),
            cell(r["last_checked"] or "never"),
            cell(r["last_status"]),
            cell(r["last_new"]),
            cell(r["failing_articles"]),
            cell(r["last_error"]),
        )
    out_console().print(table)


@watch_app.command("remove")
@guarded
def remove_command(
    url: Annotated[str, typer.Argument(help="A watched URL.", show_default=False)],
    db: DbOption = None,
) -> None:
    """Stop following a feed or page; its documents stay in the store.

    Example:

        claimtrack watch remove https://example.com/world/rss.xml --db story.db
    """
    from claimtrack.errors import InputError
    from claimtrack.fetch import normalise_url

    try:
        normal = normalise_url(url).url
    except InputError as err:
        raise UsageError(err.message) from None
    with open_existing(db) as store:
        removed = store.remove_watch(normal)
    if not removed:
        raise UsageError(
            f"{normal} is not on the watch list; `claimtrack watch list` shows what is"
        )
    out_console().print(f"no longer watching: {normal}", markup=False)
    if normal in _pack_urls(db):
        err_console().print(
            f"note: the store's story pack lists {normal}, so the next round adds it back",
            markup=False,
        )
