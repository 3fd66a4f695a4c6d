"""``claimtrack ingest``: read documents into the store, showing progress and every failure.

The pipeline (spaCy, trafilatura, the store) and Dask are imported inside the command, so
that ``claimtrack --help`` and the reading commands start without paying for them.
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

JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        help="Worker processes that clean and extract while one process writes the store "
        "(default: the number of cores); the store ends the same as with --jobs 1.",
        show_default=False,
    ),
]

SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Run on the Dask cluster at this address (tcp://HOST:8786): its workers read "
        "the paths (which every worker must reach) or http(s) URLs, extract, and write to "
        "the --db PostgreSQL store.",
        show_default=False,
    ),
]


def check_jobs(jobs: int | None, scheduler: str | None) -> int:
    """--jobs as a positive count (default: the cores), refused beside --scheduler."""
    if jobs is not None and scheduler is not None:
        raise UsageError(
            "--jobs sets worker processes on this machine; with --scheduler the Dask "
            "workers do the work: drop --jobs, or drop --scheduler"
        )
    if jobs is None:
        from claimtrack.ingest.forkserver import default_jobs

        return default_jobs()
    if jobs < 1:
        raise UsageError(f"--jobs {jobs} must be at least 1, e.g. --jobs 4")
    return jobs


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
    jobs: JobsOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Read documents, extract their claims and store them; exits 1 if any document failed.

    A document's id is the path below the folder given, with that folder's name
    (`corpus/a/report.txt`), a file's folder and name when named alone, or a JSONL
    line's id, url or content hash. The same content again changes nothing; new
    content under the same id becomes a new version. A missing or unreadable path is
    reported and recorded, and the rest of the batch goes on.

    Cleaning and extraction run on --jobs worker processes; with --scheduler they run on
    a Dask cluster instead, whose workers write to a PostgreSQL --db themselves.

    Example:

        claimtrack ingest reports/ --db story.db --pack dprk-russia --jobs 4
    """
    workers = check_jobs(jobs, scheduler)
    if workers > 1 and scheduler is None:
        from claimtrack.ingest.forkserver import start_early

        start_early()  # it warms the pipeline while this process imports and reads

    from claimtrack.ingest import count_sources, ingest
    from claimtrack.ingest.validate import normalize_encoding
    from claimtrack.store import Store

    settings = Settings.from_env(db=db_location(db))
    when = check_date(published)
    forced = normalize_encoding(encoding) if encoding is not None else None
    if paths.count("-") > 1:
        raise UsageError("give - (standard input) at most once")
    if scheduler is not None and "-" in paths:
        raise UsageError(
            "--scheduler reads input on the Dask workers, which cannot read this standard "
            "input; save it to a file every worker can reach"
        )

    with Store(settings.db) as store:
        story = pack_for_ingest(store, pack, no_pack, settings)
        if scheduler is not None and store.dialect != "postgresql":
            from claimtrack.errors import scheduler_needs_postgres

            raise scheduler_needs_postgres(store.display_url)
        total = count_sources(paths) + paths.count("-")
        with batch_progress("ingesting", total) as shown:
            if scheduler is not None:
                from claimtrack.ingest.distributed import ingest_distributed

                report = ingest_distributed(
                    paths,
                    store,
                    story,
                    settings,
                    scheduler,
                    published=when,
                    progress=shown.on_event,
                    encoding=forced,
                )
            else:
                report = ingest(
                    paths,
                    store,
                    story,
                    settings,
                    published=when,
                    progress=shown.on_event,
                    encoding=forced,
                    within=shown.within,
                    jobs=workers,
                )
    finish(report)
