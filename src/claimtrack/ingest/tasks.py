"""The units of work of a distributed ingest, and the plan that orders them.

A task names its documents (files, lines of a JSONL file, URLs) rather than carrying
them, so the client sends paths and offsets and each worker reads its own input. The
client reads every JSONL line once, as a local ingest would, for two reasons: to cut the
file into tasks of whole lines with their line numbers (a line is located as
``file.jsonl:12`` either way), and to learn each document's id.

Why ids: documents of different ids may be stored in any order, but the versions of one
id must be stored in input order, as ``--jobs 1`` stores them, or version 1 and 2 would
swap. So the first time an id occurs its document goes into the first wave of tasks, the
second time into the second wave, and so on; a wave starts when the one before it has
been stored. Nearly every batch has one wave. The client keeps each id seen, about a
hundred bytes per document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from claimtrack.config import Settings
from claimtrack.errors import InputError
from claimtrack.ingest.readers import (
    JSONL,
    Candidate,
    iter_candidates,
    jsonl_document,
    read_candidate,
)
from claimtrack.ingest.validate import stat_file
from claimtrack.records import IngestFailure, SourceDocument

#: Documents per task: enough for the parser to batch, small enough that a killed
#: worker's retry redoes little and two workers share a small batch.
PER_TASK = 16

_URL_PREFIXES = ("http://", "https://")

Read = Iterator[SourceDocument | IngestFailure]


class Task(Protocol):
    """What one Dask task reads: its documents, and a label naming them in a failure."""

    @property
    def label(self) -> str: ...

    def read(self, settings: Settings, published: str | None, encoding: str | None) -> Read: ...


@dataclass(frozen=True)
class FilesTask:
    """Files listed by the client, each with the id the client gave it."""

    candidates: tuple[Candidate, ...]

    @property
    def label(self) -> str:
        first = str(self.candidates[0].path)
        more = len(self.candidates) - 1
        return f"{first} and {more} more file{'s' if more > 1 else ''}" if more else first

    def read(self, settings: Settings, published: str | None, encoding: str | None) -> Read:
        for cand in self.candidates:
            yield from read_candidate(cand, settings, published, encoding)


@dataclass(frozen=True)
class LinesTask:
    """Lines of one JSONL file, each as ``(byte offset, line number)``."""

    path: str
    lines: tuple[tuple[int, int], ...]

    @property
    def label(self) -> str:
        first, last = self.lines[0][1], self.lines[-1][1]
        return f"{self.path}:{first}" if first == last else f"{self.path} lines {first}-{last}"

    def read(self, settings: Settings, published: str | None, encoding: str | None) -> Read:
        with open(self.path, "rb") as fh:
            for offset, lineno in self.lines:
                fh.seek(offset)
                raw = fh.readline()
                yield jsonl_document(raw, f"{self.path}:{lineno}", settings, published, encoding)


@dataclass(frozen=True)
class UrlsTask:
    """Web pages fetched by the worker, with ``claimtrack fetch``'s limits."""

    urls: tuple[str, ...]

    @property
    def label(self) -> str:
        more = len(self.urls) - 1
        return f"{self.urls[0]} and {more} more" if more else self.urls[0]

    def read(self, settings: Settings, published: str | None, encoding: str | None) -> Read:
        from claimtrack.fetch import fetch_documents

        yield from fetch_documents(self.urls, settings, published=published)


def is_url(path: str) -> bool:
    return path.lower().startswith(_URL_PREFIXES)


#: One document as the plan holds it before it is grouped into a task.
_Item = Candidate | tuple[str, int, int] | str  # a file, a JSONL line, a URL


class _Grouper:
    """Items in, tasks of ``per_task`` out: consecutive items of one kind (and one JSONL
    file) share a task."""

    def __init__(self, per_task: int) -> None:
        self.per_task = per_task
        self.items: list[_Item] = []

    @staticmethod
    def _kind(item: _Item) -> tuple[str, str]:
        if isinstance(item, Candidate):
            return ("file", "")
        return ("line", item[0]) if isinstance(item, tuple) else ("url", "")

    def add(self, item: _Item) -> Iterator[Task]:
        if self.items and self._kind(self.items[0]) != self._kind(item):
            yield from self.flush()
        self.items.append(item)
        if len(self.items) >= self.per_task:
            yield from self.flush()

    def flush(self) -> Iterator[Task]:
        items, self.items = self.items, []
        if not items:
            return
        first = items[0]
        if isinstance(first, Candidate):
            yield FilesTask(tuple(i for i in items if isinstance(i, Candidate)))
        elif isinstance(first, tuple):
            yield LinesTask(first[0], tuple((i[1], i[2]) for i in items if isinstance(i, tuple)))
        else:
            yield UrlsTask(tuple(i for i in items if isinstance(i, str)))


class Plan:
    """The tasks for a batch, in waves (see the module doc), listed lazily."""

    def __init__(
        self,
        paths: Iterable[str],
        settings: Settings,
        published: str | None = None,
        encoding: str | None = None,
        per_task: int = PER_TASK,
    ) -> None:
        self.paths = list(paths)
        self.settings = settings
        self.published = published
        self.encoding = encoding
        self.per_task = per_task
        self._seen: set[str] = set()
        self._repeats: dict[str, int] = {}
        self._later: list[list[_Item]] = []

    def waves(self) -> Iterator[Iterator[Task]]:
        """The first wave as it is listed; each later one once the caller has used up the
        one before (only then are they known)."""
        yield self._first()
        for items in self._later:
            yield self._group(items)

    def _wave_of(self, doc_id: str) -> int:
        if doc_id not in self._seen:
            self._seen.add(doc_id)
            return 0
        self._repeats[doc_id] = self._repeats.get(doc_id, 0) + 1
        return self._repeats[doc_id]

    def _place(self, doc_id: str | None, item: _Item) -> bool:
        """True if ``item`` belongs to the first wave; otherwise it is kept for its wave."""
        wave = 0 if doc_id is None else self._wave_of(doc_id)
        if wave == 0:
            return True
        while len(self._later) < wave:
            self._later.append([])
        self._later[wave - 1].append(item)
        return False

    def _group(self, items: Iterable[_Item]) -> Iterator[Task]:
        grouper = _Grouper(self.per_task)
        for item in items:
            yield from grouper.add(item)
        yield from grouper.flush()

    def _first(self) -> Iterator[Task]:
        return self._group(self._first_items())

    def _first_items(self) -> Iterator[_Item]:
        urls = [p for p in self.paths if is_url(p)]
        if urls:
            from claimtrack.fetch import normalise_url

            fetched: set[str] = set()
            for raw in urls:
                try:
                    url = normalise_url(raw).url
                except InputError:
                    url = raw.strip()  # the worker reports it
                if url in fetched:  # a URL given twice is fetched once, as by `fetch`
                    continue
                fetched.add(url)
                if self._place(url, url):
                    yield url
        for cand in iter_candidates(p for p in self.paths if not is_url(p)):
            if cand.path.suffix.lower() in JSONL and _openable(cand.path):
                yield from self._lines(cand.path)
            elif self._place(cand.doc_id, cand):
                yield cand

    def _lines(self, path: Path) -> Iterator[_Item]:
        """Each non-blank line of a JSONL file, read here once for its id."""
        name = str(path)
        with path.open("rb") as fh:
            offset = 0
            for lineno, raw in enumerate(fh, start=1):
                at, offset = offset, offset + len(raw)
                if not raw.strip():
                    continue
                doc = jsonl_document(
                    raw, f"{name}:{lineno}", self.settings, self.published, self.encoding
                )
                doc_id = doc.doc_id if isinstance(doc, SourceDocument) else None
                if self._place(doc_id, (name, at, lineno)):
                    yield (name, at, lineno)


def _openable(path: Path) -> bool:
    """Whether the client can read a JSONL file itself; if not, a worker reports why."""
    try:
        stat_file(path, str(path), max_bytes=None)
        with path.open("rb"):
            return True
    except (InputError, OSError):
        return False
