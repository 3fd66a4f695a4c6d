"""MinHash fingerprints are stored per document version and read back for the cross-check."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from claimtrack.config import Settings
from claimtrack.ingest import ingest
from claimtrack.resolve.duplicates import NUM_PERM, fingerprint
from claimtrack.store import SCHEMA_VERSION, Store, migrate, stored_version, to_url
from claimtrack.store.schema import decode_fingerprint, encode_fingerprint

OLD_TEXT = "Before fingerprints, inspectors counted 2,750 drums of paint in the Saltmere depot."

WIRE = (
    "Flood barriers along the Emmer held overnight after the river rose by 2 metres, "
    "the water board said on Tuesday. Around 1,200 residents spent the night in shelters "
    "and 40 roads remained closed across the valley, officials said."
)


def _fingerprinted(make_doc, doc_id="vostrel-port", **kw):
    doc, found = make_doc(doc_id, **kw)
    doc.fingerprint = fingerprint(doc.text)
    return doc, found


def _version_2_store(url: str) -> None:
    """A store as schema version 2 left it: no ``fingerprint`` column, one document."""
    engine = create_engine(to_url(url))
    with engine.begin() as conn:
        assert migrate(conn, target=2) == 0
        # Migration 1 creates today's tables; take the column off again to get the
        # layout version 2 really had.
        conn.exec_driver_sql("ALTER TABLE versions DROP COLUMN fingerprint")
        conn.execute(
            text(
                "INSERT INTO documents (doc_id, url, outlet, first_seen, latest_version) "
                "VALUES ('saltmere', NULL, NULL, '2031-01-01T00:00:00+00:00', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO versions (doc_id, version, content_hash, published, truncated, "
                "text, ingested_at) VALUES ('saltmere', 1, 'h1', '2030-12-31', false, :t, "
                "'2031-01-01')"
            ),
            {"t": OLD_TEXT},
        )
    engine.dispose()


def test_encoding_round_trips():
    sig = fingerprint(WIRE)
    assert len(sig) == NUM_PERM
    stored = encode_fingerprint(sig)
    assert stored is not None and len(stored) < 1000
    assert decode_fingerprint(stored) == sig
    assert encode_fingerprint(None) is None and decode_fingerprint(None) is None
    assert decode_fingerprint(encode_fingerprint([])) == []


def test_fingerprint_is_stored_and_read_back(store_url, make_doc):
    doc, found = _fingerprinted(make_doc)
    with Store(store_url) as store:
        assert store.add(doc, found) == "new"
        (row,) = store.fingerprints()
        assert row["doc_id"] == "vostrel-port"
        assert row["published"] == "2031-03-03"
        assert row["first_seen"]
        assert row["fingerprint"] == doc.fingerprint
        assert store.texts() == {"vostrel-port": doc.text}


def test_a_document_without_fingerprint_reads_back_none(store_url, make_doc):
    doc, found = make_doc("bare")
    assert doc.fingerprint is None
    with Store(store_url) as store:
        store.add(doc, found)
        assert store.fingerprints() == [
            {
                "doc_id": "bare",
                "published": "2031-03-03",
                "first_seen": store.documents()[0]["first_seen"],
                "fingerprint": None,
            }
        ]


def test_only_the_latest_version_counts(store_url, make_doc):
    first, found = _fingerprinted(make_doc, text=WIRE, published="2031-04-01")
    edited_text = WIRE + " Repairs to the western embankment begin next week."
    second, found2 = _fingerprinted(make_doc, text=edited_text, published="2031-04-02")
    other, found3 = _fingerprinted(make_doc, "other")
    assert first.fingerprint != second.fingerprint
    with Store(store_url) as store:
        assert store.add(first, found) == "new"
        assert store.add(second, found2) == "updated"
        assert store.add(other, found3) == "new"
        rows = store.fingerprints()
        assert [r["doc_id"] for r in rows] == ["other", "vostrel-port"]
        latest = rows[1]
        assert latest["fingerprint"] == second.fingerprint
        assert latest["published"] == "2031-04-02"
        assert store.texts() == {"other": other.text, "vostrel-port": edited_text}
        assert store.texts(["vostrel-port", "missing"]) == {"vostrel-port": edited_text}
        assert store.texts([]) == {}


def test_texts_handles_many_ids(store_url, make_doc):
    with Store(store_url) as store:
        for i in range(3):
            doc, found = make_doc(f"d{i}", text=f"Doc {i}: about 300 people.")
            store.add(doc, found)
        ids = [f"d{i}" for i in range(3)] + [f"missing-{i}" for i in range(1200)]
        got = store.texts(ids)
        assert got == {f"d{i}": f"Doc {i}: about 300 people." for i in range(3)}


def test_version_2_store_gains_the_column_and_keeps_its_rows(store_url, make_doc):
    _version_2_store(store_url)
    engine = create_engine(to_url(store_url))
    with engine.connect() as conn:
        assert stored_version(conn) == 2
        assert "fingerprint" not in {c["name"] for c in inspect(conn).get_columns("versions")}
    engine.dispose()

    with Store(store_url) as store:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION
            assert "fingerprint" in {c["name"] for c in inspect(conn).get_columns("versions")}
        (old,) = store.fingerprints()
        assert old == {
            "doc_id": "saltmere",
            "published": "2030-12-31",
            "first_seen": "2031-01-01T00:00:00+00:00",
            "fingerprint": None,
        }
        assert store.texts(["saltmere"]) == {"saltmere": OLD_TEXT}
        # new versions written after the upgrade carry a fingerprint
        doc, found = _fingerprinted(make_doc)
        store.add(doc, found)
        by_id = {r["doc_id"]: r["fingerprint"] for r in store.fingerprints()}
        assert by_id == {"saltmere": None, "vostrel-port": doc.fingerprint}

    # opening again is a no-op: migration 3 does not run twice
    with Store(store_url) as store:
        assert len(store.fingerprints()) == 2


def test_ingest_stores_fingerprints(store_url, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "emmer.txt").write_text(f"Emmer floods\n\n{WIRE}\n")
    (corpus / "pellow.md").write_text(
        "# Orchard fire\n\nFirefighters said about 70 hectares of orchard burned near Pellow.\n"
    )
    with Store(store_url) as store:
        report = ingest([corpus], store, None, Settings(), published="2025-04-01")
        assert report.new == 2 and report.ok
        rows = store.fingerprints()
        assert len(rows) == 2
        texts = store.texts()
        assert set(texts) == {r["doc_id"] for r in rows}
        for row in rows:
            assert row["published"] == "2025-04-01"
            assert row["fingerprint"] is not None and len(row["fingerprint"]) == NUM_PERM
            # the stored signature is exactly the one of the stored (cleaned) text
            assert row["fingerprint"] == fingerprint(texts[row["doc_id"]])
        assert rows[0]["fingerprint"] != rows[1]["fingerprint"]
