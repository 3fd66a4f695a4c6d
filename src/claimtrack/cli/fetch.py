"""``claimtrack fetch``: fetch web pages by URL into the store, showing progress and failures.

The same loop as ``claimtrack ingest`` (``ingest_sources``) stores the pages, so ids,
versions and failures behave alike. httpx, the pipeline and the store are imported
inside the command, so that ``claimtrack --help`` starts without paying for them.
"""

from __future__ import annotations

from typing import Annotated

import typer

from claimtrack.cli.common import db_location, pack_for_ingest
from claimtrack.cli.options import (
    AllowPrivateOption,
    DbOption,
    FetchMaxBytesOption,
    FetchTimeoutOption,
    NewStorePackOption,
    NoPackOption,
    PublishedOption,
    check_date,
)
from claimtrack.cli.progress import batch_progress, finish
from claimtrack.config import Settings, parse_size
from claimtrack.errors import UsageError


def _check_timeout(timeout: float | None) -> float | None:
    if timeout is not None and not timeout > 0:
        raise UsageError(f"--timeout {timeout:g} must be a positive number of seconds, e.g. 20")
    return timeout


def fetch_command(
    urls: Annotated[
        list[str],
        typer.Argument(help="Web pages to fetch (http:// or https://).", show_default=False),
    ],
    db: DbOption = None,
    pack: NewStorePackOption = None,
    no_pack: NoPackOption = False,
    published: PublishedOption = None,
    allow_private: AllowPrivateOption = False,
    timeout: FetchTimeoutOption = None,
    max_bytes: FetchMaxBytesOption = None,
) -> None:
    """Fetch web pages, extract their claims and store them; exits 1 if any page failed.

    A page's id is its URL as given, normalised (lower-case host, no default port, no
    #fragment), even when it redirects elsewhere. Fetching it again changes nothing if
    its text is the same; new text becomes a new version. Only http and https pages
    (HTML or plain text) on public addresses are fetched, within a timeout, a size cap
    and 5 redirects. A refused or failed URL is reported and recorded, and the rest of
    the batch goes on.

    Example:

        claimtrack fetch https://example.com/news/story --db story.db
    """
    from claimtrack.fetch import fetch_documents
    from claimtrack.ingest import ingest_sources
    from claimtrack.store import Store

    when = check_date(published)
    limit = parse_size(max_bytes, "--max-bytes") if max_bytes is not None else None
    settings = Settings.from_env(
        db=db_location(db), fetch_timeout_s=_check_timeout(timeout), max_bytes=limit
    )

    with Store(settings.db) as store:
        story = pack_for_ingest(store, pack, no_pack, settings)
        with batch_progress("fetching", len(urls)) as shown:
            items = fetch_documents(urls, settings, allow_private, published=when)
            report = ingest_sources(items, store, story, settings, shown.on_event, shown.within)
    finish(report)
