"""``claimtrack ingest``: read documents into the store, showing progress and every failure.

The pipeline (spaCy, trafilatura, the store) is imported inside the command, so that
``claimtrack --help`` and the reading commands start without paying for it.
"""

from __future__ import annotations

from typing import Annotated

import typer

from claimtrack.cli.common import db_location, pack_for_ingest
from claimtrack.cli.options import (
    DbOption,
    NewStorePackOption,
    NoPackOption,
    PublishedOption,
    check_date,
)
from claimtrack.cli.progress import batch_progress, finish
from claimtrack.config import Settings
from claimtrack.errors import UsageError


def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders (.txt, .md, .html, .htm, .jsonl), or - for standard input.",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    pack: NewStorePackOption = None,
    no_pack: NoPackOption = False,
    published: PublishedOption = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            help="Decode every file with this encoding (default: UTF-8, a byte-order mark, "
            "or detection).",
        ),
    ] = None,
) -> None:
    """Read documents, extract their claims and store them; exits 1 if any document failed.

    A document's id is the path below the folder given, with that folder's name
    (`corpus/a/report.txt`), a file's folder and name when named alone, or a JSONL
    line's id, url or content hash. The same content again changes nothing; new
    content under the same id becomes a new version. A missing or unreadable path is
    reported and recorded, and the rest of the batch goes on.

    Example:

        claimtrack ingest reports/ --db story.db --pack dprk-russia
    """
    from claimtrack.ingest import count_sources, ingest
    from claimtrack.ingest.validate import normalize_encoding
    from claimtrack.store import Store

    settings = Settings.from_env(db=db_location(db))
    when = check_date(published)
    forced = normalize_encoding(encoding) if encoding is not None else None
    if paths.count("-") > 1:
        raise UsageError("give - (standard input) at most once")

    with Store(settings.db) as store:
        story = pack_for_ingest(store, pack, no_pack, settings)
        total = count_sources(paths) + paths.count("-")
        with batch_progress("ingesting", total) as shown:
            report = ingest(
                paths,
                store,
                story,
                settings,
                published=when,
                progress=shown.on_event,
                encoding=forced,
                within=shown.within,
            )
    finish(report)
