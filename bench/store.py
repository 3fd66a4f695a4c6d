"""Time the store alone: ``Store.add`` of already processed documents, CPU per document.

The bench corpus (``bench/ingest.py``'s) is cleaned and extracted once, untimed; then its
results are stored into a fresh store ``--rounds`` times and the CPU of the ``add`` calls
alone (``time.process_time``: user and system, so SQLite's page writes count) is printed
per document, for SQLite and, with ``--pg-url``, PostgreSQL (client CPU only; the server's
is its own process). This is what one process and the ``--jobs`` writer pay per document
on top of extraction. Its last line is JSON.

    .venv/bin/python bench/store.py --docs 600 --pg-url postgresql+psycopg://...
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import PACK, PG_ENV, build_corpus  # noqa: E402  (bench/ingest.py)


def processed_corpus(docs: int, work: Path) -> list[Any]:
    from claimtrack.config import Settings
    from claimtrack.ingest import iter_sources
    from claimtrack.ingest.run import process_in_batches
    from claimtrack.packs import load_pack
    from claimtrack.records import IngestFailure

    corpus = work / "corpus"
    build_corpus(corpus, docs)
    settings = Settings(pack=PACK)
    sources = [s for s in iter_sources([corpus], settings) if not isinstance(s, IngestFailure)]
    out = list(process_in_batches(sources, load_pack(PACK), settings.batch_size))
    for p in out:  # as ``Writer.store_one`` sets them
        if p.doc is not None:
            p.doc.encoding, p.doc.fetched_at = p.source.encoding, p.source.fetched_at
    return [p for p in out if p.doc is not None]


def store_round(url: str, processed: list[Any]) -> float:
    """CPU seconds of storing every result into the (fresh) store at ``url``."""
    from claimtrack.store import Store

    with Store(url) as store:
        start = time.process_time()
        for p in processed:
            store.add(p.doc, p.claims)
        return time.process_time() - start


def pg_round(base: str, processed: list[Any]) -> float:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"ct_bench_store_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(base).set(database=name).render_as_string(hide_password=False)
        return store_round(url, processed)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=2000, help="corpus size")
    parser.add_argument("--rounds", type=int, default=3, help="stores filled per backend")
    parser.add_argument(
        "--pg-url",
        default=next((os.environ[n] for n in PG_ENV if os.environ.get(n)), None),
        help="PostgreSQL server (SQLAlchemy URL); a database is made and dropped per round",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="claimtrack-store-bench-") as tmp:
        work = Path(tmp)
        processed = processed_corpus(args.docs, work)
        n = len(processed)
        result: dict[str, Any] = {"docs": n, "claims": sum(len(p.claims) for p in processed)}
        sqlite = [store_round(str(work / f"s{r}.db"), processed) for r in range(args.rounds)]
        result["sqlite_ms_per_doc"] = [round(1000 * s / n, 3) for s in sqlite]
        if args.pg_url:
            pg = [pg_round(args.pg_url, processed) for _ in range(args.rounds)]
            result["postgresql_ms_per_doc"] = [round(1000 * s / n, 3) for s in pg]
    for key in ("sqlite_ms_per_doc", "postgresql_ms_per_doc"):
        if key in result:
            print(f"{key}: median {statistics.median(result[key]):.3f} of {result[key]}")
    result["load"] = round(os.getloadavg()[0], 2)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
