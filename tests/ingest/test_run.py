"""The batch runner on the real pipeline, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from claimtrack.config import Settings
from claimtrack.ingest import IngestEvent, ingest
from claimtrack.store import Store, metadata

SETTINGS = Settings()

TROOPS = "Officials said more than 4,500 soldiers were deployed."


def write_corpus(root: Path) -> Path:
    root.mkdir()
    (root / "levee.txt").write_text(f"Levee watch\n\n{TROOPS}\n\nThe river fell overnight.\n")
    (root / "orchard.md").write_text(
        "# Orchard fire\n\nFirefighters said about 70 hectares of orchard burned near Pellow.\n"
    )
    (root / "bridge.html").write_text(
        "<html><head><title>Bridge reopens</title></head><body><article>"
        "<h1>Bridge reopens</h1><p>Engineers said the Calder bridge carried 18,000 vehicles "
        "on its first day back, according to the county council.</p>"
        "<p>Repairs took eleven weeks and closed two lanes.</p></article></body></html>"
    )
    (root / "wire.jsonl").write_text(
        json.dumps(
            {
                "id": "wire-1",
                "url": "https://wire.example/1",
                "title": "Harbour count",
                "published": "2025-04-04",
                "text": "The harbour master said 312 boats were moored in Tullen on Monday.",
            }
        )
        + "\n"
    )
    return root


def table_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for name, t in metadata.tables.items()
        }


def test_a_folder_is_ingested_end_to_end(store_url, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    events: list[IngestEvent] = []
    with Store(store_url) as store:
        report = ingest(
            [corpus], store, None, SETTINGS, published="2025-04-01", progress=events.append
        )
        assert (report.new, report.failed, report.documents) == (4, 0, 4), report.failures
        assert report.claims == len(store.claims()) >= 4
        assert [e.outcome for e in events] == ["new"] * 4
        levee = store.claims(doc_id="corpus/levee.txt")
        assert any(r["low"] == 4500 for r in levee)
        assert {r["published"] for r in levee} == {"2025-04-01"}
        wire = store.claims(doc_id="wire-1")
        assert wire and wire[0]["url"] == "https://wire.example/1"
        assert wire[0]["published"] == "2025-04-04"
        assert {d["doc"] for d in store.documents()} == {
            "corpus/levee.txt",
            "corpus/orchard.md",
            "corpus/bridge.html",
            "wire-1",
        }


def test_reingesting_the_same_content_changes_nothing(store_url, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    with Store(store_url) as store:
        ingest([corpus], store, None, SETTINGS)
        before = table_counts(store)
        again = ingest([corpus], store, None, SETTINGS)
        assert (again.unchanged, again.new, again.updated, again.claims) == (4, 0, 0, 0)
        assert table_counts(store) == before


def test_changed_content_becomes_a_new_version_keeping_the_old(store_url, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    with Store(store_url) as store:
        ingest([corpus], store, None, SETTINGS)
        old = store.claims(doc_id="corpus/levee.txt")
        (corpus / "levee.txt").write_text(
            "Levee watch\n\nOfficials said more than 6,200 soldiers were deployed.\n"
        )
        report = ingest([corpus], store, None, SETTINGS)
        assert (report.updated, report.unchanged) == (1, 3)
        latest = store.claims(doc_id="corpus/levee.txt")
        assert any(r["low"] == 6200 for r in latest) and not any(r["low"] == 4500 for r in latest)
        every = store.claims(doc_id="corpus/levee.txt", latest_only=False)
        assert [r["quote"] for r in every if r["version"] == 1] == [r["quote"] for r in old]
        (levee,) = [d for d in store.documents() if d["doc"] == "corpus/levee.txt"]
        assert levee["versions"] == 2


def test_a_crash_inside_the_pipeline_is_recorded_and_the_batch_continues(store_url, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    with Store(store_url) as store:
        # A pack of the wrong type makes extraction itself raise on every document.
        report = ingest([corpus], store, "not a pack", SETTINGS)  # type: ignore[arg-type]
        assert report.failed == 4 and report.new == 0
        failures = store.failures()
        assert [f["reason"] for f in failures] == ["internal"] * 4
        assert "internal error while processing (AttributeError" in failures[0]["message"]
        # The documents were never stored, so a fixed run stores them all.
        assert ingest([corpus], store, None, SETTINGS).new == 4


def test_progress_inside_a_large_document(tmp_path):
    big = tmp_path / "long" / "flood-log.txt"
    big.parent.mkdir()
    big.write_text(
        "Flood log\n\n" + "The river rose again overnight and crews watched the banks. " * 2500
        + "\n\nOfficials said 300 soldiers were deployed.\n"
    )  # fmt: skip
    calls: list[tuple[str, int, int]] = []
    with Store(str(tmp_path / "s.db")) as store:
        report = ingest(
            [big.parent], store, None, SETTINGS, within=lambda *a: calls.append(a)
        )  # fmt: skip
        assert report.new == 1
    assert len(calls) >= 2 and {c[0] for c in calls} == {"long/flood-log.txt"}
    done = [c[1] for c in calls]
    assert done == sorted(done) and calls[-1][1] == calls[-1][2] > 100_000
