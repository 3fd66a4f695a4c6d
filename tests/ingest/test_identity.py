"""Document identity: stable, unique ids, so no document silently overwrites another."""

from __future__ import annotations

import json
import os
from pathlib import Path

from claimtrack.config import Settings
from claimtrack.ingest import ingest
from claimtrack.ingest.readers import file_id, iter_candidates, iter_sources
from claimtrack.records import IngestFailure, SourceDocument
from claimtrack.store import Store

SETTINGS = Settings()

ARCTIC = "Port officials in Talvik said 1,200 containers arrived in March."
HARBOUR = "Port officials in Osrin said 3,400 containers arrived in April."


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _ids(paths: list[str | Path]) -> list[str]:
    return [c.doc_id for c in iter_candidates(paths)]


def test_same_name_in_two_folders_are_two_documents(tmp_path: Path, store_url: str) -> None:
    corpus = tmp_path / "corpus"
    _write(corpus / "a" / "report.txt", ARCTIC)
    _write(corpus / "b" / "report.txt", HARBOUR)
    with Store(store_url) as store:
        report = ingest([corpus], store, None, SETTINGS)
        assert (report.new, report.updated) == (2, 0)
        docs = {d["doc"]: d for d in store.documents()}
        assert set(docs) == {"corpus/a/report.txt", "corpus/b/report.txt"}
        assert all(d["versions"] == 1 for d in docs.values())
        figures = sorted(r["value"] for r in store.claims())
        assert figures == [1200, 3400]


def test_text_beside_html_of_the_same_stem(tmp_path: Path) -> None:
    _write(tmp_path / "site" / "x.txt", ARCTIC)
    _write(tmp_path / "site" / "x.html", f"<html><body><p>{HARBOUR}</p></body></html>")
    assert _ids([tmp_path / "site"]) == ["site/x.html", "site/x.txt"]


def test_one_index_page_per_site(tmp_path: Path) -> None:
    for site in ("alpha", "beta"):
        _write(tmp_path / site / "index.html", f"<html><body><p>{ARCTIC} {site}</p></body></html>")
    assert _ids([tmp_path / "alpha", tmp_path / "beta"]) == [
        "alpha/index.html",
        "beta/index.html",
    ]


def test_explicit_files_are_named_by_folder_and_file(tmp_path: Path) -> None:
    a = _write(tmp_path / "a" / "report.txt", ARCTIC)
    b = _write(tmp_path / "b" / "report.txt", HARBOUR)
    assert _ids([a, b]) == ["a/report.txt", "b/report.txt"]
    # Naming the folder gives the same id as naming the file in it.
    assert _ids([tmp_path / "a"]) == ["a/report.txt"]


def test_ids_do_not_depend_on_the_working_folder(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write(corpus / "a" / "report.txt", ARCTIC)
    here = os.getcwd()
    try:
        os.chdir(tmp_path)
        from_parent = _ids(["corpus"])
        os.chdir(corpus)
        from_inside = _ids(["."])
    finally:
        os.chdir(here)
    assert from_parent == from_inside == [file_id(corpus / "a" / "report.txt", corpus)]
    assert from_parent == ["corpus/a/report.txt"]


def test_two_folders_of_one_name_never_share_an_id(tmp_path: Path) -> None:
    first = _write(tmp_path / "x" / "data" / "report.txt", ARCTIC)
    second = _write(tmp_path / "y" / "data" / "report.txt", HARBOUR)
    ids = _ids([first.parent, second.parent])
    assert ids[0] == "data/report.txt"
    assert ids[1] == Path(os.path.abspath(second)).as_posix()


def test_a_new_version_is_still_one(tmp_path: Path, store_url: str) -> None:
    doc = _write(tmp_path / "news" / "talvik.txt", ARCTIC)
    with Store(store_url) as store:
        assert ingest([tmp_path / "news"], store, None, SETTINGS).new == 1
        doc.write_text(ARCTIC.replace("1,200", "1,350"), encoding="utf-8")
        report = ingest([tmp_path / "news"], store, None, SETTINGS)
        assert (report.new, report.updated) == (0, 1)
        assert [r["value"] for r in store.claims()] == [1350]


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_jsonl_lines_without_id_are_keyed_by_content(tmp_path: Path, store_url: str) -> None:
    lines = [{"text": ARCTIC}, {"text": HARBOUR}]
    feed = _jsonl(tmp_path / "feed.jsonl", lines)
    with Store(store_url) as store:
        assert ingest([feed], store, None, SETTINGS).new == 2
        # A line inserted at the top must not turn later lines into "updates".
        _jsonl(feed, [{"text": "Officials in Varn said 90 trucks left."}, *lines])
        report = ingest([feed], store, None, SETTINGS)
        assert (report.new, report.unchanged, report.updated) == (1, 2, 0)
        assert all(d["doc"].startswith("sha256:") for d in store.documents())


def test_jsonl_id_and_url_win_over_content(tmp_path: Path) -> None:
    feed = _jsonl(
        tmp_path / "feed.jsonl",
        [{"id": "wire-7", "text": ARCTIC}, {"url": "https://news.example/osrin", "text": HARBOUR}],
    )
    got = [s.doc_id for s in iter_sources([feed], SETTINGS) if isinstance(s, SourceDocument)]
    assert got == ["wire-7", "https://news.example/osrin"]


def test_missing_path_is_recorded_and_the_batch_goes_on(tmp_path: Path, store_url: str) -> None:
    _write(tmp_path / "good" / "talvik.txt", ARCTIC)
    with Store(store_url) as store:
        report = ingest([tmp_path / "good", tmp_path / "typo.txt"], store, None, SETTINGS)
        assert (report.new, report.failed) == (1, 1)
        (failure,) = store.failures()
        assert failure["reason"] == "unreadable" and "typo.txt" in failure["message"]
        assert "no such file" in failure["message"]


def test_unreadable_file_is_recorded(tmp_path: Path) -> None:
    # A named pipe cannot be read as a document, even by root.
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    good = _write(tmp_path / "ok.txt", ARCTIC)
    failure, doc = list(iter_sources([pipe, good], SETTINGS))
    assert isinstance(failure, IngestFailure) and failure.reason == "unreadable"
    assert "not a regular file" in failure.message
    assert isinstance(doc, SourceDocument)


def test_broken_symlink_is_recorded(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    (failure,) = list(iter_sources([link], SETTINGS))
    assert isinstance(failure, IngestFailure) and "broken symbolic link" in failure.message
