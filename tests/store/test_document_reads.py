"""The document page's reads on both backends: versions with their counts, one version's
text, the numbers left out and the lines removed of a version, languages, and what
arrived since a time."""

from __future__ import annotations

from claimtrack.records import LeftOut, RemovedLine, content_hash
from claimtrack.store import Store

from .conftest import ARTICLE

EDITED = ARTICLE.replace("4,500", "5,200") + " Another 40 cranes stood idle."


def test_versions_counts_texts_and_what_was_set_aside(store_url, make_doc):
    doc, found = make_doc()
    doc.left_out = [
        LeftOut(ARTICLE.index("end of"), ARTICLE.index("end of") + 3, "end", "date"),
        LeftOut(0, 7, "Harbour", "no_unit"),
    ]
    doc.removed = [
        RemovedLine(0, 13, "Advertisement", "boilerplate"),
        RemovedLine(40, 52, "Share this <b>", "share"),
    ]
    edited, found2 = make_doc(text=EDITED)
    edited.left_out = []
    edited.removed = []
    with Store(store_url) as store:
        assert store.versions_of("vostrel-port") == []
        store.add(doc, found)
        store.add(edited, found2)
        store.add(make_doc("other-doc")[0], [])
        history = store.versions_of("vostrel-port")
        assert [v["version"] for v in history] == [1, 2]
        first, second = history
        assert (first["claims"], first["left_out"], first["removed"]) == (3, 2, 2)
        assert (second["claims"], second["left_out"], second["removed"]) == (2, 0, 0)
        assert first["content_hash"] == content_hash(ARTICLE) and first["language"] == "en"
        assert "text" not in first  # the list never carries whole texts

        assert store.version_text("vostrel-port", 1) == ARTICLE
        assert store.version_text("vostrel-port", 2) == EDITED
        assert store.version_text("vostrel-port", 3) is None
        assert store.version_text("no-such", 1) is None

        left = store.left_out_of(first["id"])
        assert [(r["text"], r["reason"]) for r in left] == [("Harbour", "no_unit"), ("end", "date")]
        assert all(ARTICLE[r["start"] : r["end"]] == r["text"] for r in left)
        assert store.left_out_of(second["id"]) == []
        removed = store.removed_of(first["id"])
        assert [(r["start"], r["text"], r["reason"]) for r in removed] == [
            (0, "Advertisement", "boilerplate"),
            (40, "Share this <b>", "share"),
        ]
        assert store.removed_of(second["id"]) == []
        assert store.document_languages() == {"vostrel-port": "en", "other-doc": "en"}


def test_arrived_since_lists_the_newest_versions_after_a_time(store_url, make_doc):
    with Store(store_url) as store:
        for i in range(5):
            doc, found = make_doc(f"doc-{i}")
            store.add(doc, found)
        everything = store.arrived_since("2000-01-01T00:00:00+00:00", limit=50)
        assert [r["doc"] for r in everything] == [f"doc-{i}" for i in range(4, -1, -1)]
        assert all(r["claims"] == 3 and r["version"] == 1 for r in everything)
        assert store.arrived_since("2999-01-01T00:00:00+00:00") == []
        # limit + 1 rows at most, so the caller can tell there are more than it shows
        assert [r["doc"] for r in store.arrived_since("2000-01-01T00:00:00+00:00", 2)] == [
            "doc-4",
            "doc-3",
            "doc-2",
        ]
        # a new version of a known document arrives too, newest first, with its claims
        doc, found = make_doc("doc-1", text=EDITED)
        store.add(doc, found)
        later = store.arrived_since("0000")  # every stored time sorts after "0000"
        assert [(r["doc"], r["version"], r["claims"]) for r in later[:2]] == [
            ("doc-1", 2, 2),
            ("doc-4", 1, 3),
        ]


def test_search_newest_ranks_only_the_newest_matches(store_url, make_doc, monkeypatch):
    from claimtrack.store import document_reads

    with Store(store_url) as store:
        for i in range(6):
            doc, found = make_doc(f"port-{i}", text=ARTICLE.replace("Vostrel", f"Vostrel{i}"))
            store.add(doc, found)
        everything = store.search("crates", limit=50)
        rows, capped = store.search_newest("crates", limit=50)
        assert not capped and sorted(map(str, rows)) == sorted(map(str, everything))
        assert store.search_newest("  *** ", limit=50) == ([], False)
        monkeypatch.setattr(document_reads, "RANKED", 4)
        rows, capped = store.search_newest("crates", limit=50)
        if store.dialect == "sqlite":
            # six documents, each with its text and two quotes holding "crates": the
            # newest four rows stored are port-5's text and quotes and port-4's last quote
            assert capped and len(rows) == 4
            assert {r["doc"] for r in rows} == {"port-5", "port-4"}
            assert [r["kind"] for r in rows].count("version") == 1
        else:  # PostgreSQL ranks every match with its GIN index, as Store.search
            assert not capped and sorted(map(str, rows)) == sorted(map(str, everything))


def test_document_page_reads_a_version_with_what_was_set_aside(store_url, make_doc):
    doc, found = make_doc()
    doc.left_out = [LeftOut(0, 7, "Harbour", "no_unit")]
    edited, found2 = make_doc(text=EDITED)
    edited.left_out = []
    with Store(store_url) as store:
        assert store.document_page("vostrel-port") is None
        store.add(doc, found)
        store.add(edited, found2)
        latest = store.document_page("vostrel-port")
        assert latest is not None
        assert latest.document["doc"] == "vostrel-port" and latest.document["latest_version"] == 2
        assert latest.versions == store.versions_of("vostrel-port")
        assert (latest.number, latest.text) == (2, EDITED)
        assert latest.version == latest.versions[1]
        assert latest.left_out == [] and [r["reason"] for r in latest.removed] == ["boilerplate"]
        first = store.document_page("vostrel-port", 1)
        assert first is not None and (first.number, first.text) == (1, ARTICLE)
        assert first.left_out == store.left_out_of(first.versions[0]["id"])
        assert [r["text"] for r in first.left_out] == ["Harbour"]
        missing = store.document_page("vostrel-port", 3)
        assert missing is not None and missing.version is None and missing.text is None


def test_search_newest_pages_with_an_offset(store_url, make_doc):
    with Store(store_url) as store:
        for i in range(4):
            doc, found = make_doc(f"port-{i}", text=ARTICLE.replace("Vostrel", f"Vostrel{i}"))
            store.add(doc, found)
        best, _ = store.search_newest("crates", limit=50)
        assert len(best) == 12  # four texts and eight quotes hold "crates"
        pages = [store.search_newest("crates", limit=5, offset=o)[0] for o in (0, 5, 10)]
        assert [len(p) for p in pages] == [5, 5, 2]
        assert sorted(map(str, sum(pages, []))) == sorted(map(str, best))


def test_documents_page_is_a_slice_of_documents(store_url, make_doc):
    with Store(store_url) as store:
        assert store.documents_page(10) == ([], 0)
        for i in (3, 1, 4, 0, 2):
            store.add(*make_doc(f"doc-{i}"))
        store.add(*make_doc("doc-1", text=EDITED))  # a second version: counts of the latest
        everything = store.documents()
        assert [store.documents_page(2, o) for o in (0, 2, 4)] == [
            (everything[0:2], 5),
            (everything[2:4], 5),
            (everything[4:], 5),
        ]
        assert everything[1]["versions"] == 2 and everything[1]["claims"] == 2
