"""Turn a path or raw bytes into text, or say precisely why that is not possible.

Every refusal is an ``InputError`` with a short reason code and a message naming the
file, so a batch can record it and move on. Size is checked with ``stat`` before any
read, so an oversized file is never loaded into memory.
"""

from __future__ import annotations

import os
from pathlib import Path

from claimtrack.errors import (
    InputError,
    bad_encoding,
    binary_input,
    empty_input,
    too_large,
    unreadable,
)

SNIFF_BYTES = 8192
#: Share of control characters in the first 8 KiB above which a file is not text.
CONTROL_SHARE = 0.10

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\x1f\x8b", "gzip"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old MS Office"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite"),
)

_ALLOWED_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def bad_jsonl(location: str, detail: str) -> InputError:
    return InputError("jsonl", f"{location}: {detail}; each line must be one JSON object")


def unsupported(location: str) -> InputError:
    return InputError(
        "unsupported",
        f"{location}: unsupported file type; use .txt, .md, .html, .htm or .jsonl",
    )


def looks_binary(head: bytes) -> str | None:
    """What kind of binary ``head`` starts, or None when it may be text."""
    for magic, name in MAGIC:
        if head.startswith(magic):
            return name
    if b"\x00" in head:
        return "NUL bytes"
    if head:
        controls = sum(1 for b in head if b < 32 and b not in _ALLOWED_CONTROLS)
        if controls / len(head) > CONTROL_SHARE:
            return "control characters"
    return None


def decode(data: bytes, location: str) -> str:
    """Strict UTF-8 text from ``data`` (a BOM is dropped), refusing binary and empty input."""
    if not data:
        raise empty_input(location)
    if looks_binary(data[:SNIFF_BYTES]):
        raise binary_input(location)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise bad_encoding(location, f"byte 0x{data[exc.start]:02x} at offset {exc.start}") from exc
    if not text.strip():
        raise empty_input(location)
    return text


def check_size(size: int, location: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise too_large(location, size, max_bytes)


def stat_file(path: Path, location: str, max_bytes: int | None) -> os.stat_result:
    """Stat ``path`` as a readable regular file within the size limit."""
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise unreadable(location, "no such file") from exc
    except PermissionError as exc:
        raise unreadable(location, "permission denied") from exc
    except OSError as exc:
        raise unreadable(location, exc.strerror or str(exc)) from exc
    if path.is_dir():
        raise unreadable(location, "it is a directory, not a file")
    if not path.is_file():
        raise unreadable(location, "not a regular file")
    if max_bytes is not None:
        check_size(st.st_size, location, max_bytes)
    return st


def read_text(path: Path, max_bytes: int, location: str | None = None) -> str:
    """The text of one file, or an ``InputError`` saying why it cannot be used."""
    where = location or str(path)
    stat_file(path, where, max_bytes)
    try:
        with path.open("rb") as fh:
            # Read one byte past the limit: the file may have grown since the stat.
            data = fh.read(max_bytes + 1)
    except PermissionError as exc:
        raise unreadable(where, "permission denied") from exc
    except IsADirectoryError as exc:
        raise unreadable(where, "it is a directory, not a file") from exc
    except OSError as exc:
        raise unreadable(where, exc.strerror or str(exc)) from exc
    check_size(len(data), where, max_bytes)
    return decode(data, where)
