"""Find documents under the paths a user gave and read each one, never stopping on a bad one.

A directory is walked recursively in sorted order (so runs are reproducible), skipping
hidden entries and file types claimtrack does not read; a file named explicitly with
such a type is reported instead, since the user clearly meant it. A JSON Lines file
holds one document a line and is streamed, so its size limit applies per line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from claimtrack.config import Settings
from claimtrack.errors import InputError, unreadable
from claimtrack.ingest.validate import (
    bad_jsonl,
    check_size,
    decode,
    read_text,
    stat_file,
    unsupported,
)
from claimtrack.records import DocKind, IngestFailure, SourceDocument

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


@dataclass(frozen=True)
class Candidate:
    """A path to read, and whether the user named it (which makes odd types an error)."""

    path: Path
    explicit: bool


def _failure(doc_id: str, err: InputError, location: str) -> IngestFailure:
    return IngestFailure(doc_id=doc_id, location=location, reason=err.reason, message=err.message)


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def iter_candidates(paths: Iterable[str | Path]) -> Iterator[Candidate]:
    """Every file to consider, in a stable order: each argument in turn, directories sorted."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and path.suffix.lower() not in SUPPORTED:
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix.lower() in SUPPORTED
                    and not _is_hidden(child, path)
                ):
                    yield Candidate(child, explicit=False)
        else:
            # Missing paths and directories named like files fail when read, with a reason.
            yield Candidate(path, explicit=True)


def count_sources(paths: Iterable[str | Path]) -> int:
    """How many documents ``iter_sources`` will yield, for a progress bar; cheap but not free."""
    total = 0
    for cand in iter_candidates(paths):
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
    paths: Iterable[str | Path], settings: Settings, published: str | None = None
) -> Iterator[SourceDocument | IngestFailure]:
    """Documents to process, or a failure for each one that cannot be read.

    ``published`` is the date to assume for documents that do not carry their own.
    """
    for cand in iter_candidates(paths):
        path = cand.path
        suffix = path.suffix.lower()
        location = str(path)
        if suffix in JSONL:
            yield from _read_jsonl(path, settings, published)
        elif suffix in KINDS:
            try:
                content = read_text(path, settings.max_bytes, location)
            except InputError as err:
                yield _failure(path.stem, err, location)
                continue
            yield SourceDocument(
                doc_id=path.stem,
                content=content,
                kind=KINDS[suffix],
                location=location,
                published=published,
            )
        elif not path.exists():
            yield _failure(path.stem or path.name, unreadable(location, "no such file"), location)
        else:
            yield _failure(path.stem or path.name, unsupported(location), location)


def _field(obj: dict[str, object], name: str) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _read_jsonl(
    path: Path, settings: Settings, published: str | None
) -> Iterator[SourceDocument | IngestFailure]:
    try:
        stat_file(path, str(path), max_bytes=None)
        fh = path.open("rb")
    except InputError as err:
        yield _failure(path.stem, err, str(path))
        return
    except OSError as exc:
        yield _failure(path.stem, unreadable(str(path), exc.strerror or str(exc)), str(path))
        return
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            location = f"{path}:{lineno}"
            doc_id = f"{path.stem}:{lineno}"
            try:
                check_size(len(raw), location, settings.max_bytes)
                line = decode(raw, location)
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise bad_jsonl(
                        location, f"not valid JSON ({exc.msg} at column {exc.colno})"
                    ) from None
                if not isinstance(obj, dict):
                    raise bad_jsonl(location, f"a JSON {type(obj).__name__}, not an object")
                doc_id = _field(obj, "id") or _field(obj, "url") or doc_id
                html, text = _field(obj, "html"), _field(obj, "text")
                content = html if html is not None else text
                if content is None:
                    raise bad_jsonl(location, 'no "text" or "html" field')
                if not content.strip():
                    raise InputError(
                        "empty", f"{location}: has an empty document; nothing to extract"
                    )
            except InputError as err:
                yield _failure(doc_id, err, location)
                continue
            yield SourceDocument(
                doc_id=doc_id,
                content=content,
                kind="html" if html is not None else "text",
                location=location,
                url=_field(obj, "url"),
                title=_field(obj, "title"),
                published=_field(obj, "published") or published,
                outlet=_field(obj, "outlet"),
            )
