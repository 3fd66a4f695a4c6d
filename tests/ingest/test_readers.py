"""Which documents a set of paths yields, under which ids, in which order."""

from __future__ import annotations

import json
from pathlib import Path

from claimtrack.config import Settings
from claimtrack.ingest import count_sources, iter_sources
from claimtrack.records import IngestFailure, SourceDocument, content_hash, content_id

SETTINGS = Settings(max_bytes=4096)


def read(paths: list[Path], published: str | None = None) -> list[SourceDocument | IngestFailure]:
    return list(iter_sources(paths, SETTINGS, published))


def test_directories_are_walked_sorted_skipping_hidden_and_unknown_types(tmp_path):
    (tmp_path / "b.txt").write_text("The bridge took 14 months to build.")
    (tmp_path / "a.md").write_text("# Dam\n\nThe dam holds 2 billion litres.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text("<p>The tunnel is 3 km long.</p>")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".draft.txt").write_text("Not ready.")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "d.txt").write_text("Cached copy.")
    got = read([tmp_path])
    root = tmp_path.name
    assert [(d.doc_id, d.kind) for d in got if isinstance(d, SourceDocument)] == [
        (f"{root}/a.md", "markdown"),
        (f"{root}/b.txt", "text"),
        (f"{root}/sub/c.html", "html"),
    ]
    assert len(got) == 3 == count_sources([tmp_path])


def test_an_unsupported_file_named_explicitly_is_a_failure(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    (failure,) = read([pdf])
    assert isinstance(failure, IngestFailure)
    assert failure.reason == "unsupported" and failure.location == str(pdf)


def test_jsonl_ids_fields_and_published_default(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [
        {"id": "n-1", "text": "Crews cleared 40 km of road.", "published": "2031-05-01"},
        {"url": "https://news.example/x", "html": "<p>About 90 homes lost power.</p>"},
        {"text": "Some 6 ferries were cancelled.", "title": "Ferries", "outlet": "Coast FM"},
    ]
    feed.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")
    docs = read([feed], published="2031-06-30")
    assert all(isinstance(d, SourceDocument) for d in docs)
    third_id = content_id(content_hash("Some 6 ferries were cancelled."))
    assert [d.doc_id for d in docs] == ["n-1", "https://news.example/x", third_id]  # type: ignore[union-attr]
    first, second, third = docs
    assert isinstance(first, SourceDocument) and first.published == "2031-05-01"
    assert isinstance(second, SourceDocument) and second.kind == "html"
    assert second.url == "https://news.example/x" and second.published == "2031-06-30"
    assert isinstance(third, SourceDocument) and third.location == f"{feed}:3"
    assert third.title == "Ferries" and third.outlet == "Coast FM"
    assert count_sources([feed]) == 3


def test_a_bad_jsonl_line_fails_alone(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "ok-1", "text": "Volunteers planted 1,200 trees."}\n'
        '{"id": "broken", "text": "unterminated\n'
        '["a", "list"]\n'
        '{"id": "no-body", "title": "Headline only"}\n'
        '{"id": "ok-2", "text": "The clinic saw 75 patients."}\n'
    )
    got = read([feed])
    ok = [d.doc_id for d in got if isinstance(d, SourceDocument)]
    bad = [(f.location, f.reason) for f in got if isinstance(f, IngestFailure)]
    assert ok == ["ok-1", "ok-2"]
    assert bad == [(f"{feed}:2", "jsonl"), (f"{feed}:3", "jsonl"), (f"{feed}:4", "jsonl")]
    assert "not valid JSON" in next(f for f in got if isinstance(f, IngestFailure)).message


def test_jsonl_lines_over_the_limit_fail_alone(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "huge", "text": "x " * 5000})
        + "\n"
        + json.dumps({"id": "small", "text": "The pier is 300 m long."})
        + "\n"
    )
    got = read([feed])
    assert isinstance(got[0], IngestFailure) and got[0].reason == "too_large"
    assert got[0].location == f"{feed}:1"
    assert isinstance(got[1], SourceDocument) and got[1].doc_id == "small"


def test_files_take_the_published_option_and_folder_and_name_as_id(tmp_path):
    p = tmp_path / "harbour-report.txt"
    p.write_text("The harbour handled 310 ships.")
    (doc,) = read([p], published="2031-02-02")
    assert isinstance(doc, SourceDocument)
    assert (doc.doc_id, doc.published, doc.location) == (
        f"{tmp_path.name}/harbour-report.txt",
        "2031-02-02",
        str(p),
    )
    assert doc.encoding == "utf-8"


def test_missing_paths_fail_as_unreadable(tmp_path):
    (a, b) = read([tmp_path / "gone.txt", tmp_path / "gone-folder"])
    assert isinstance(a, IngestFailure) and a.reason == "unreadable"
    assert isinstance(b, IngestFailure) and b.reason == "unreadable"
