"""Input checks refuse what is not text, with a reason code and the file's name."""

from __future__ import annotations

import gzip
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.errors import InputError
from claimtrack.ingest import decode, looks_binary, read_text
from claimtrack.ingest.validate import (
    _ALLOWED_CONTROLS,
    _CONTROL_BYTES,
    _CONTROL_CHARS,
    _binary_text,
)


def refused(path: Path, max_bytes: int = 10_000) -> InputError:
    with pytest.raises(InputError) as info:
        read_text(path, max_bytes)
    assert str(path) in info.value.message
    return info.value


def test_plain_utf8_and_a_bom_are_fine(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffMinisters in Kelmar pledged €4 million.\n".encode())
    assert read_text(p, 10_000) == "Ministers in Kelmar pledged €4 million.\n"


@pytest.mark.parametrize(
    "head",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"text with a NUL\x00 in the middle",
        bytes(range(1, 32)) * 10,
    ],
    ids=["pdf", "png", "nul", "controls"],
)
def test_binary_heads_are_detected(head):
    assert looks_binary(head)


def test_zip_and_gzip_files_are_binary(tmp_path):
    z = tmp_path / "bundle.txt"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("inner.txt", "Nothing to see.")
    assert refused(z).reason == "binary"
    g = tmp_path / "packed.txt"
    g.write_bytes(gzip.compress(b"The ferry carried 212 passengers."))
    assert refused(g).reason == "binary"


@given(st.lists(st.sampled_from([*range(0, 40), 0x1B, 0x7F, 0xE9, 0x3042]), max_size=60))
def test_control_characters_are_counted_as_defined(codes):
    """Counted in C, the control characters are those below 32 other than tab, newlines,
    form feed, vertical tab and escape, as a loop over the characters counts them; a text
    just over and just under a tenth of them is told apart the same way."""
    text = "".join(map(chr, codes))
    plain = sum(1 for c in codes if c < 32 and c not in _ALLOWED_CONTROLS)
    assert len(_CONTROL_CHARS.findall(text)) == plain
    data = bytes(c for c in codes if c < 256)
    plain_bytes = sum(1 for b in data if b < 32 and b not in _ALLOWED_CONTROLS)
    assert len(data) - len(data.translate(None, _CONTROL_BYTES)) == plain_bytes
    if data and b"\x00" not in data:
        assert (looks_binary(data) == "control characters") == (plain_bytes / len(data) > 0.1)
    if text and "\x00" not in text:
        assert _binary_text(text) == (plain / len(text) > 0.1)


def test_text_with_tabs_and_escapes_is_not_binary():
    assert looks_binary(b"col\tcol\r\n\x1b[0m coloured\f") is None


def test_empty_and_whitespace_only(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "w.txt").write_bytes(b" \n\t\r\n  \n")
    assert refused(tmp_path / "e.txt").reason == "empty"
    assert refused(tmp_path / "w.txt").reason == "empty"


def test_latin1_is_read_and_damaged_utf8_names_the_offset(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Le maire de Brûlac a compté 80 bénévoles.".encode("latin-1"))
    assert read_text(p, 10_000) == "Le maire de Brûlac a compté 80 bénévoles."
    p.write_bytes("Le maire de Brûlac a compté 80 bénévoles.".encode() + b" \xe9t\xe9")
    err = refused(p)
    assert (
        err.reason == "encoding"
        and "byte 0xe9 at offset 46" in err.message
        and "UTF-8" in err.message
        and "--encoding" in err.message
    )


def test_too_large_is_refused_from_its_size_alone(tmp_path):
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:  # sparse: 1 GiB on paper, nothing on disk
        fh.truncate(1 << 30)
    err = refused(p, max_bytes=1024)
    assert err.reason == "too_large" and "1,073,741,824 bytes" in err.message


def test_missing_path_and_directory_named_like_a_file(tmp_path):
    assert "no such file" in refused(tmp_path / "gone.txt").message
    (tmp_path / "folder.txt").mkdir()
    err = refused(tmp_path / "folder.txt")
    assert err.reason == "unreadable" and "directory" in err.message


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert refused(fifo).reason == "unreadable"


def test_decode_names_its_location():
    with pytest.raises(InputError, match=r"^feed.jsonl:3: is empty"):
        decode(b"   ", "feed.jsonl:3")
