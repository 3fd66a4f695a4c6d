"""Turn a path or raw bytes into text, or say precisely why that is not possible.

Every refusal is an ``InputError`` with a short reason code and a message naming the
file, so a batch can record it and move on. Size is checked with ``stat`` before any
read, so an oversized file is never loaded into memory.

Encodings, in this order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; otherwise
binary input is refused; then strict UTF-8; then, for input that is clearly not UTF-8,
charset-normalizer picks among the legacy encodings browsers know (windows-125x, ISO-8859,
KOI8, Shift_JIS, EUC-JP/KR, GB18030, Big5...) and refuses when unsure. A forced
encoding skips all guessing. The encoding used is returned with the text.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from claimtrack.errors import (
    InputError,
    bad_encoding,
    binary_input,
    empty_input,
    too_large,
    undetected_encoding,
    unknown_encoding,
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
#: The other control characters, counted in C: as bytes to delete, and as a character
#: class (a Python loop over an 8 KB head cost 0.25 ms of each document's reading).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _ALLOWED_CONTROLS)
_CONTROL_CHARS = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")

#: Byte-order marks, UTF-32 before UTF-16 since FF FE 00 00 starts with FF FE.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Most "chaos" (charset-normalizer's mess ratio: share of the decoded text that looks
#: wrong, such as odd accents, mixed scripts and unprintable symbols) a detected
#: encoding may show. Real text in its own encoding measures 0 to 0.03 on a paragraph;
#: the library's own default cut-off is 0.2. Above this the file is refused and the
#: user is asked for ``--encoding``.
MAX_CHAOS = 0.1
#: Matches within this much chaos of the cleanest one are compared on coherence (how
#: well the letters fit a language), then on how common the encoding is.
CHAOS_MARGIN = 0.05
#: Input holding at least this many valid UTF-8 non-ASCII characters per invalid byte is
#: UTF-8 with damage, not a legacy encoding: it is refused with the offending offset
#: rather than decoded as mojibake. (Legacy CJK text, whose byte pairs are sometimes
#: valid UTF-8 by chance, stays well under one: about 0.1 to 0.5.)
UTF8_MAJORITY = 1

#: Legacy encodings to detect among (the WHATWG Encoding Standard's, in Python's names),
#: most common first: among equally good readings, the earlier name wins and is reported.
LEGACY_ENCODINGS: tuple[str, ...] = (
    "cp1252",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1257",
    "cp1255",
    "cp1256",
    "cp1258",
    "cp874",
    "shift_jis",
    "cp932",
    "euc_jp",
    "iso2022_jp",
    "euc_kr",
    "cp949",
    "gb18030",
    "big5",
    "iso8859_15",
    "iso8859_2",
    "iso8859_3",
    "iso8859_4",
    "iso8859_5",
    "iso8859_6",
    "iso8859_7",
    "iso8859_8",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_16",
    "mac_roman",
    "mac_cyrillic",
    "cp866",
)
_RANK = {codecs.lookup(name).name: i for i, name in enumerate(LEGACY_ENCODINGS)}


@dataclass(frozen=True)
class Decoded:
    """A document's text and the encoding it was read with (normalised, e.g. ``cp1252``)."""

    text: str
    encoding: str


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
        controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
        if controls / len(head) > CONTROL_SHARE:
            return "control characters"
    return None


def normalize_encoding(name: str) -> str:
    """The canonical name of encoding ``name`` ("utf-8", "cp1252", "latin-1", "shift-jis"...).

    An unknown name is a ``UsageError``: check ``--encoding`` with this before reading.
    """
    try:
        canonical = codecs.lookup(name).name
    except LookupError as exc:
        raise unknown_encoding(name) from exc
    if canonical == "iso8859-1":
        return "latin-1"
    if canonical in {"utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"}:
        return canonical
    return canonical.replace("_", "-")


def _binary_text(text: str) -> bool:
    """Whether decoded ``text`` holds NULs or too many control characters to be text."""
    head = text[:SNIFF_BYTES]
    if "\x00" in head:
        return True
    controls = len(_CONTROL_CHARS.findall(head))
    return bool(head) and controls / len(head) > CONTROL_SHARE


def _strict(data: bytes, codec: str, location: str, label: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise bad_encoding(
            location, f"byte 0x{data[exc.start]:02x} at offset {exc.start}", label
        ) from exc
    return text[1:] if text.startswith("\ufeff") else text


def _mostly_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good >= UTF8_MAJORITY * bad


def detect_encoding(data: bytes) -> str | None:
    """The legacy encoding ``data`` (not UTF-8) is most likely in, or None when unsure."""
    matches = [
        m
        for m in charset_normalizer.from_bytes(
            data,
            cp_isolation=list(LEGACY_ENCODINGS),
            threshold=MAX_CHAOS,
            enable_fallback=False,
        )
        if m.chaos <= MAX_CHAOS
    ]
    if not matches:
        return None
    cleanest = min(m.chaos for m in matches)

    def named(m: charset_normalizer.CharsetMatch) -> tuple[int, str]:
        # Every name in could_be_from_charset reads these bytes as the same text.
        names = [codecs.lookup(n).name for n in [m.encoding, *m.could_be_from_charset]]
        return min((_RANK.get(n, len(_RANK)), n) for n in names)

    best = min(
        (m for m in matches if m.chaos <= cleanest + CHAOS_MARGIN),
        key=lambda m: (-round(m.coherence, 2), named(m), m.encoding),
    )
    return named(best)[1]


def decode_text(data: bytes, location: str, encoding: str | None = None) -> Decoded:
    """The text of ``data`` and its encoding, refusing binary, empty and undecodable input.

    ``encoding`` forces one (an unknown name is a ``UsageError``); otherwise a byte-order
    mark decides, then UTF-8, then detection among legacy encodings.
    """
    if encoding is not None:
        name = normalize_encoding(encoding)
        if not data:
            raise empty_input(location)
        codec = "utf-8-sig" if name == "utf-8" else name
        text = _strict(data, codec, location, name)
    else:
        if not data:
            raise empty_input(location)
        bom = next((codec for mark, codec in BOMS if data.startswith(mark)), None)
        if bom is not None:
            name = normalize_encoding(bom.removesuffix("-sig"))
            text = _strict(data, bom, location, name.upper())
        else:
            if looks_binary(data[:SNIFF_BYTES]):
                raise binary_input(location)
            name = "utf-8"
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                if _mostly_utf8(data):
                    detail = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
                    raise bad_encoding(location, detail) from exc
                detected = detect_encoding(data)
                if detected is None:
                    raise undetected_encoding(location) from exc
                name = normalize_encoding(detected)
                text = _strict(data, detected, location, name)
    if _binary_text(text):
        raise binary_input(location)
    if not text.strip():
        raise empty_input(location)
    return Decoded(text, name)


def decode(data: bytes, location: str, encoding: str | None = None) -> str:
    """The text of ``data`` (see ``decode_text``, which also says its encoding)."""
    return decode_text(data, location, encoding).text


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


def read_decoded(
    path: Path, max_bytes: int, location: str | None = None, encoding: str | None = None
) -> Decoded:
    """The text of one file and its encoding, or an ``InputError`` saying why not."""
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
    return decode_text(data, where, encoding)


def read_text(
    path: Path, max_bytes: int, location: str | None = None, encoding: str | None = None
) -> str:
    """The text of one file (see ``read_decoded``, which also says its encoding)."""
    return read_decoded(path, max_bytes, location, encoding).text
