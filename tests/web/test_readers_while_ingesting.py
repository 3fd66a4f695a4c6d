"""Several readers while an ingest writes, on SQLite (WAL) and PostgreSQL: every request
answers 200 (no "database is locked"), and no page is torn: a document is listed with
exactly the claims it was stored with, never half of them."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx

from claimtrack.config import Settings
from claimtrack.ingest import ingest
from claimtrack.store import Store

from .conftest import serving

READERS = 3
DOCUMENTS = 24


def article(n: int) -> str:
    """Written for this test: each report names several figures, so a torn write would show."""
    return (
        f"Storm report {n}\n\n"
        f"Officials in Harlow district {n} said {1000 + n} homes lost power on Tuesday.\n\n"
        f"Crews restored {200 + n} lines overnight, the utility said.\n\n"
        f"About {30 + n} shelters opened, according to the county.\n"
    )


def test_readers_see_whole_documents_while_an_ingest_writes(store_url, tmp_path: Path):
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "first.txt").write_text(article(0))
    with Store(store_url) as store:
        ingest([seed], store, None, Settings())
    batch = tmp_path / "batch"
    batch.mkdir()
    for n in range(1, DOCUMENTS + 1):
        (batch / f"storm-{n:02}.txt").write_text(article(n))

    problems: list[str] = []
    reads = [0] * READERS
    seen: list[tuple[str, int]] = []  # (document, claims) as readers saw them
    done = threading.Event()

    def writer() -> None:
        try:
            with Store(store_url) as store:
                for path in sorted(batch.iterdir()):  # one transaction per document
                    ingest([path], store, None, Settings())
        except Exception as exc:  # reported by the test, not lost in the thread
            problems.append(f"writer: {exc!r}")
        finally:
            done.set()

    def reader(i: int, base: str) -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            while not done.is_set() or reads[i] < 3:
                listed = client.get("/api/v1/documents", params={"limit": 500})
                if listed.status_code != 200:
                    problems.append(f"documents: {listed.status_code} {listed.text[:200]}")
                    return
                for d in listed.json()["items"][-3:]:
                    one = client.get(f"/api/v1/documents/{d['doc']}")
                    if one.status_code != 200:
                        problems.append(f"document: {one.status_code} {one.text[:200]}")
                        return
                    if len(one.json()["claims"]) != d["claims"]:
                        problems.append(f"torn: {d['doc']} listed {d['claims']} claims")
                    seen.append((d["doc"], d["claims"]))
                claims = client.get("/api/v1/claims", params={"limit": 500})
                if claims.status_code != 200:
                    problems.append(f"claims: {claims.status_code} {claims.text[:200]}")
                    return
                reads[i] += 1

    with serving(store_url) as base:
        threads = [threading.Thread(target=writer)] + [
            threading.Thread(target=reader, args=(i, base)) for i in range(READERS)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
    assert problems == []
    assert all(n >= 3 for n in reads), reads
    with Store(store_url) as store:
        final = {d["doc"]: d["claims"] for d in store.documents()}
    assert len(final) == DOCUMENTS + 1 and all(n >= 2 for n in final.values()), final
    # every reader saw each document whole: with all the claims it ends with
    assert seen and all(final[doc] == n for doc, n in seen)
