"""Find documents under the paths a user gave and read each one, never stopping on a bad one.

A directory is walked recursively in sorted order (so runs are reproducible), skipping
hidden entries and file types claimtrack does not read; a file named explicitly with
such a type is reported instead, since the user clearly meant it. A JSON Lines file
holds one document a line and is streamed, so its size limit applies per line.

A document's id must be stable (the same file gets the same id from any working folder
and in any batch) and unique (two files never become versions of each other):

- a file found in a folder: the folder's name and the path below it,
  ``corpus/a/report.txt`` for ``ingest corpus`` (``ingest corpus/a`` gives
  ``a/report.txt``, the same as naming the file ``corpus/a/report.txt`` itself);
- a file named on the command line: its folder's name and its own, ``a/report.txt``;
- a JSONL line: its ``id``, else its ``url``, else ``sha256:`` and its content's hash;
- standard input (``-``): its ``url`` if given, else the content id.

If two different files of one batch would still share an id (two folders of the same
name elsewhere), the later one is keyed by its absolute path instead.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from claimtrack.config import Settings
from claimtrack.errors import InputError, bad_encoding, unreadable
from claimtrack.ingest.validate import (
    BOMS,
    bad_jsonl,
    check_size,
    decode_text,
    read_decoded,
    stat_file,
    unsupported,
)
from claimtrack.records import DocKind, IngestFailure, SourceDocument, content_hash, content_id

KINDS: dict[str, DocKind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
JSONL = frozenset({".jsonl", ".ndjson"})
SUPPORTED = frozenset(KINDS) | JSONL
#: The path that means "read one document from standard input".
STDIN = "-"

_LOOKS_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<article|<p[\s>])", re.I)


@dataclass(frozen=True)
class Candidate:
    """A path to read, whether the user named it (which makes odd types an error), and
    the document id it gets."""

    path: Path
    explicit: bool
    doc_id: str


def _absolute(path: Path) -> Path:
    """The absolute path with ``.`` and ``..`` folded, without following symlinks."""
    return Path(os.path.abspath(path))


def file_id(path: Path, root: Path | None = None) -> str:
    """A file's document id: its folder's name and its own, or for a file found under
    ``root``, ``root``'s name and the path below it (see the module doc)."""
    if root is not None:
        base = _absolute(root)
        rel = _absolute(path).relative_to(base).as_posix()
        return f"{base.name}/{rel}" if base.name else rel
    full = _absolute(path)
    return f"{full.parent.name}/{full.name}" if full.parent.name else full.name


def _failure(doc_id: str, err: InputError, location: str) -> IngestFailure:
    return IngestFailure(doc_id=doc_id, location=location, reason=err.reason, message=err.message)


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in sorted order; an unreadable subfolder is skipped, not fatal."""
    try:
        children = sorted(root.rglob("*"))
    except OSError:
        children = []
    for child in children:
        if child.is_file() and child.suffix.lower() in SUPPORTED and not _is_hidden(child, root):
            yield child


def iter_candidates(paths: Iterable[str | Path]) -> Iterator[Candidate]:
    """Every file to consider, in a stable order: each argument in turn, directories sorted.

    Ids are made unique within the batch: a second, different file with an id already
    given out is keyed by its absolute path.
    """
    given: dict[str, Path] = {}

    def unique(doc_id: str, path: Path) -> str:
        full = _absolute(path)
        owner = given.setdefault(doc_id, full)
        if owner == full:
            return doc_id
        return full.as_posix()

    for raw in paths:
        path = Path(raw)
        if path.is_dir() and path.suffix.lower() not in SUPPORTED:
            for child in _walk(path):
                yield Candidate(child, False, unique(file_id(child, path), child))
        else:
            # Missing paths and directories named like files fail when read, with a reason.
            yield Candidate(path, True, unique(file_id(path), path))


def count_sources(paths: Iterable[str | Path]) -> int:
    """How many documents ``iter_sources`` will yield, for a progress bar; cheap but not free."""
    total = 0
    for cand in iter_candidates(p for p in paths if str(p) != STDIN):
        if cand.path.suffix.lower() in JSONL and cand.path.is_file():
            try:
                with cand.path.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def iter_sources(
    paths: Iterable[str | Path],
    settings: Settings,
    published: str | None = None,
    encoding: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[SourceDocument | IngestFailure]:
    """Documents to process, or a failure for each one that cannot be read.

    ``published`` is the date to assume for documents that do not carry their own;
    ``encoding`` forces how files are decoded (else UTF-8, a BOM, or detection); the path
    ``-`` reads one document from ``stdin`` (default: the process's standard input).
    """
    given = list(paths)
    plain = [p for p in given if str(p) != STDIN]
    if len(plain) != len(given):
        yield _read_stdin(stdin or sys.stdin.buffer, settings, published, encoding)
    for cand in iter_candidates(plain):
        yield from read_candidate(cand, settings, published, encoding)


def read_candidate(
    cand: Candidate, settings: Settings, published: str | None, encoding: str | None
) -> Iterator[SourceDocument | IngestFailure]:
    """One candidate's documents (a JSONL file's lines, else the file) or its failure.

    Apart from ``iter_sources`` so a Dask worker can read the candidates the client listed
    and give them the same ids (``claimtrack.ingest.distributed``)."""
    path = cand.path
    suffix = path.suffix.lower()
    location = str(path)
    if path.is_symlink() and not path.exists():
        yield _failure(cand.doc_id, unreadable(location, "broken symbolic link"), location)
    elif not path.exists():
        yield _failure(cand.doc_id, unreadable(location, "no such file or folder"), location)
    elif suffix in JSONL:
        yield from _read_jsonl(path, settings, published, encoding)
    elif suffix in KINDS:
        try:
            decoded = read_decoded(path, settings.max_bytes, location, encoding)
        except InputError as err:
            yield _failure(cand.doc_id, err, location)
            return
        yield SourceDocument(
            doc_id=cand.doc_id,
            content=decoded.text,
            kind=KINDS[suffix],
            location=location,
            published=published,
            encoding=decoded.encoding,
        )
    else:
        yield _failure(cand.doc_id, unsupported(location), location)


def looks_html(data: bytes) -> bool:
    """Whether bytes of unknown type (standard input, pasted text) start like an HTML page."""
    return bool(_LOOKS_HTML.match(data[:1024]))


def _read_stdin(
    stream: BinaryIO, settings: Settings, published: str | None, encoding: str | None
) -> SourceDocument | IngestFailure:
    """One document from standard input, read up to the size limit; HTML if it looks so."""
    location = "<stdin>"
    try:
        data = stream.read(settings.max_bytes + 1)
        check_size(len(data), location, settings.max_bytes)
        decoded = decode_text(data, location, encoding)
    except InputError as err:
        return _failure(location, err, location)
    except OSError as exc:
        return _failure(location, unreadable(location, exc.strerror or str(exc)), location)
    kind: DocKind = "html" if looks_html(data) else "text"
    return SourceDocument(
        doc_id=content_id(content_hash(decoded.text)),
        content=decoded.text,
        kind=kind,
        location=location,
        published=published,
        encoding=decoded.encoding,
    )


def _field(obj: dict[str, object], name: str) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _read_jsonl(
    path: Path, settings: Settings, published: str | None, encoding: str | None
) -> Iterator[SourceDocument | IngestFailure]:
    try:
        stat_file(path, str(path), max_bytes=None)
        fh = path.open("rb")
    except InputError as err:
        yield _failure(file_id(path), err, str(path))
        return
    except OSError as exc:
        yield _failure(file_id(path), unreadable(str(path), exc.strerror or str(exc)), str(path))
        return
    with fh:
        wide = _wide_codec(fh.peek(4)[:4], encoding)
        if wide is None:
            for lineno, raw in enumerate(fh, start=1):
                if raw.strip():
                    yield jsonl_document(raw, f"{path}:{lineno}", settings, published, encoding)
            return
        # UTF-16 and UTF-32 cannot be cut into lines at the byte b"\n" (it is half of a
        # character there): the file is read as text, and each line goes on re-encoded in
        # the same codec (with its byte-order mark, for the codecs that detect it), so it
        # is decoded, size-checked and recorded exactly as a line of any other file.
        lineno = 0
        try:
            for lineno, line in enumerate(io.TextIOWrapper(fh, encoding=wide), start=1):
                if line.strip():
                    raw = line.encode(wide)
                    yield jsonl_document(raw, f"{path}:{lineno}", settings, published, wide)
        except UnicodeDecodeError as exc:
            where = f"{path}:{lineno + 1}"
            yield _failure(where, bad_encoding(where, exc.reason, wide.upper()), where)


def _wide_codec(head: bytes, encoding: str | None) -> str | None:
    """The UTF-16 or UTF-32 codec a JSON Lines file is written in (its ``--encoding``, else
    its byte-order mark), or None for the byte-oriented encodings."""
    if encoding:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            return None  # an unknown encoding is refused line by line, as before
        return name if name.startswith(("utf-16", "utf-32")) else None
    for mark, codec in BOMS:
        if head.startswith(mark):
            return codec if codec.startswith(("utf-16", "utf-32")) else None
    return None


def jsonl_document(
    raw: bytes, location: str, settings: Settings, published: str | None, encoding: str | None
) -> SourceDocument | IngestFailure:
    """One JSON Lines line as a document, or the failure saying why not; a file's lines
    and an upload's lines (the web app) are read alike. ``location`` names the line."""
    doc_id = location  # for a failure record only; a document never keeps it
    try:
        check_size(len(raw), location, settings.max_bytes)
        decoded = decode_text(raw, location, encoding)
        line = decoded.text
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise bad_jsonl(location, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise bad_jsonl(location, f"a JSON {type(obj).__name__}, not an object")
        doc_id = _field(obj, "id") or _field(obj, "url") or doc_id
        html, text = _field(obj, "html"), _field(obj, "text")
        content = html if html is not None else text
        if content is None:
            raise bad_jsonl(location, 'no "text" or "html" field')
        if not content.strip():
            raise InputError("empty", f"{location}: has an empty document; nothing to extract")
        if not (_field(obj, "id") or _field(obj, "url")):
            doc_id = content_id(content_hash(content))
    except InputError as err:
        return _failure(doc_id, err, location)
    return SourceDocument(
        doc_id=doc_id,
        content=content,
        kind="html" if html is not None else "text",
        location=location,
        url=_field(obj, "url"),
        title=_field(obj, "title"),
        published=_field(obj, "published") or published,
        outlet=_field(obj, "outlet"),
        encoding=decoded.encoding,
    )
