"""Adding reports from the web: pasted text, uploaded files and URLs become ingest jobs.

The API (``api.py``) and the pages (``pages.py``) both go through ``Intake``, so a form
and a JSON request are checked and read alike. A request is only checked here (is there
anything to read, is it within the limits, are title, url and date usable); reading the
bytes (encoding, binary refusal), fetching URLs and the pipeline run on the job's worker
(``jobs.py``), and what goes wrong with one document is a per-document error of the job,
as ``claimtrack ingest`` records it, never a failed request.

Document ids follow the CLI: pasted text is keyed like standard input (its URL if given,
else its content id); an uploaded file is ``upload/<its name>`` with any folders the
browser sent dropped, so a name such as ``../../etc/passwd.txt`` is ``upload/passwd.txt``
and never a path anywhere; an uploaded JSONL file is read per line like a JSONL file;
a URL is the normalised URL, as ``claimtrack fetch`` keys it.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from typing import Any

from fastapi import HTTPException
from starlette.datastructures import UploadFile

from claimtrack.config import Settings
from claimtrack.errors import InputError, too_large
from claimtrack.fetch import fetch_documents, normalise_url
from claimtrack.ingest.readers import JSONL, KINDS, jsonl_document, looks_html
from claimtrack.ingest.validate import decode_text, unsupported
from claimtrack.records import IngestFailure, SourceDocument, content_hash, content_id
from claimtrack.web.jobs import Items, JobRunner, QueueFull

#: Files one upload may carry, and URLs one request may give.
MAX_FILES = 50
MAX_URLS = 100
#: The location pasted text is reported under, as standard input is "<stdin>".
PASTED = "<pasted>"
#: The form field an upload's files come in.
FILES_FIELD = "files"

_UNSAFE = re.compile(r"[\x00-\x1f\x7f]")


def request_cap(settings: Settings) -> int:
    """The largest request body accepted: room for a few files of the largest size a
    document may have, plus the form around them."""
    return 4 * settings.max_bytes + 64 * 1024


def safe_name(raw: str) -> str:
    """An uploaded file's own name, without any folder (either slash) or control
    character; "" when nothing usable is left."""
    name = PurePosixPath(raw.replace("\\", "/")).name
    name = _UNSAFE.sub("", name).strip()
    return "" if name in ("", ".", "..") else name[:200]


def _usable(value: str | None, what: str, max_len: int = 2000) -> str | None:
    """A short optional field as given, or a 422 that says what is wrong with it."""
    if value is None or not value.strip():
        return None
    if len(value) > max_len:
        raise HTTPException(422, f"{what} is longer than {max_len} characters")
    if any(not ch.isprintable() or "\ud800" <= ch <= "\udfff" for ch in value):
        raise HTTPException(422, f"{what} holds control or invalid characters; retype it")
    return value.strip()


def _published(value: str | None) -> str | None:
    given = _usable(value, "published", 10)
    if given is None:
        return None
    try:
        return date.fromisoformat(given).isoformat()
    except ValueError:
        raise HTTPException(422, f"published={given!r} is not a date; use YYYY-MM-DD") from None


def _url(value: str | None) -> str | None:
    given = _usable(value, "url")
    if given is None:
        return None
    try:
        return normalise_url(given).url
    except InputError as err:
        raise HTTPException(422, err.message) from None


def _pasted(text: str, title: str | None, url: str | None, published: str | None) -> Items:
    data = text.encode("utf-8", "surrogatepass")  # a lone surrogate fails as bad UTF-8
    try:
        decoded = decode_text(data, PASTED)
    except InputError as err:
        yield IngestFailure(PASTED, PASTED, err.reason, err.message)
        return
    yield SourceDocument(
        doc_id=url or content_id(content_hash(decoded.text)),
        content=decoded.text,
        kind="html" if looks_html(data) else "text",
        location=PASTED,
        url=url,
        title=title,
        published=published,
        encoding=decoded.encoding,
    )


@dataclass(frozen=True)
class Upload:
    """One uploaded file as read from the request: its safe name and up to the size limit
    of its bytes, with its real size (so an oversized file is refused by its size)."""

    name: str
    data: bytes
    size: int

    @property
    def location(self) -> str:
        return f"upload/{self.name}"

    @property
    def documents(self) -> int:
        """How many documents it should give: its non-blank lines for JSONL, else one."""
        if PurePosixPath(self.name).suffix.lower() in JSONL and self.size == len(self.data):
            return max(1, sum(1 for line in self.data.split(b"\n") if line.strip()))
        return 1


def _uploaded(files: list[Upload], settings: Settings) -> Iterator[SourceDocument | IngestFailure]:
    for f in files:
        where = f.location
        suffix = PurePosixPath(f.name).suffix.lower()
        try:
            if suffix not in KINDS and suffix not in JSONL:
                raise unsupported(where)
            if f.size > settings.max_bytes:
                raise too_large(where, f.size, settings.max_bytes)
            if suffix in JSONL:
                for lineno, raw in enumerate(f.data.split(b"\n"), start=1):
                    if raw.strip():
                        yield jsonl_document(raw, f"{where}:{lineno}", settings, None, None)
                continue
            decoded = decode_text(f.data, where)
        except InputError as err:
            yield IngestFailure(where, where, err.reason, err.message)
            continue
        yield SourceDocument(
            doc_id=where,
            content=decoded.text,
            kind=KINDS[suffix],
            location=where,
            encoding=decoded.encoding,
        )


async def read_uploads(values: list[Any], settings: Settings) -> list[Upload]:
    """The files of a form field, each read up to one byte past the size limit."""
    files = [v for v in values if isinstance(v, UploadFile)]
    if not files:
        raise HTTPException(422, f"no files: send one or more files in the field {FILES_FIELD!r}")
    if len(files) > MAX_FILES:
        raise HTTPException(422, f"{len(files)} files; send at most {MAX_FILES} at a time")
    out = []
    for f in files:
        name = safe_name(f.filename or "")
        if not name:
            raise HTTPException(422, f"a file has no usable name ({f.filename!r}); rename it")
        data = await f.read(settings.max_bytes + 1)
        out.append(Upload(name, data, f.size if f.size is not None else len(data)))
    return out


def csrf_ok(given: object, secret: str) -> bool:
    """Whether a form's CSRF field is this app's secret (constant-time)."""
    return isinstance(given, str) and hmac.compare_digest(given.encode(), secret.encode())


class Intake:
    """Checks requests to add reports and queues them as jobs on the app's runner."""

    def __init__(self, runner: JobRunner, settings: Settings, allow_private: bool = False):
        self.runner = runner
        self.settings = settings
        self.allow_private = allow_private

    def _submit(self, kind: Any, items: Any, total: int | None) -> dict[str, Any]:
        try:
            return self.runner.submit(kind, items, total)
        except QueueFull as exc:
            raise HTTPException(429, str(exc)) from None

    def paste(
        self,
        text: str | None,
        title: str | None = None,
        url: str | None = None,
        published: str | None = None,
    ) -> dict[str, Any]:
        if text is None or not text.strip():
            raise HTTPException(422, "the text is empty; paste the article's text")
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > self.settings.max_bytes:
            raise HTTPException(
                413, too_large("the pasted text", size, self.settings.max_bytes).message
            )
        fields = (_usable(title, "title"), _url(url), _published(published))
        return self._submit("text", lambda: _pasted(text, *fields), 1)

    def upload(self, files: list[Upload]) -> dict[str, Any]:
        total = sum(f.documents for f in files)
        return self._submit("upload", lambda: _uploaded(files, self.settings), total)

    def urls(self, given: list[str]) -> dict[str, Any]:
        wanted = list(dict.fromkeys(u.strip() for u in given if u.strip()))
        if not wanted:
            raise HTTPException(422, "no URLs given; give one http:// or https:// address a line")
        if len(wanted) > MAX_URLS:
            raise HTTPException(422, f"{len(wanted)} URLs; give at most {MAX_URLS} at a time")
        if any(len(u) > 2048 for u in wanted):
            raise HTTPException(422, "a URL is longer than 2048 characters")
        settings, private = self.settings, self.allow_private
        return self._submit(
            "urls", lambda: fetch_documents(wanted, settings, allow_private=private), len(wanted)
        )
