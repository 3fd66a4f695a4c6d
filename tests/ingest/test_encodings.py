"""Text in any common encoding is read, with the encoding it was in; guesses that would be
unsafe are refused with a message naming --encoding."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import InputError, UsageError
from claimtrack.ingest.validate import (
    Decoded,
    decode_text,
    looks_binary,
    normalize_encoding,
    read_decoded,
    read_text,
)

LIMIT = 100_000

ENGLISH = (
    "The defence ministry said on Tuesday that “about 1,200 troops” had been moved to the "
    "border region, at a cost of €4 million — a figure opposition lawmakers disputed.\n"
    "Officials added that a further 300 engineers would follow “within weeks”.\n"
)
FRENCH = (
    "Le maire de Brûlac a compté 80 bénévoles lors de la fête de fin d’année. Selon la "
    "préfecture, près de 2 000 personnes ont été évacuées après les inondations de décembre, "
    "et 15 écoles resteront fermées jusqu’à nouvel ordre.\n"
).replace("’", "'")
GERMAN = (
    "Die Behörden in München zählten mehr als 3.000 Flüchtlinge, die über die Grenze kamen. "
    "Laut Ministerium würden weitere Unterkünfte geöffnet; die Kosten lägen bei rund "
    "12 Millionen Euro.\n"
)
RUSSIAN = (
    "По данным министерства обороны, более 11 000 военнослужащих были переброшены в "
    "приграничную область за последние две недели. Официальные лица отказались от "
    "комментариев, однако местные власти сообщили о прибытии ещё 40 эшелонов.\n"
)
JAPANESE = (
    "防衛省によると、約一万二千人の兵士が国境付近に派遣された。政府関係者は詳細についての"
    "コメントを控えたが、追加の部隊が来月にも到着する見通しだと地元紙は伝えている。\n"
)
KOREAN = (
    "국방부에 따르면 약 1만2000명의 병력이 국경 지역에 배치되었다. 정부 관계자는 구체적인 "
    "언급을 피했지만, 현지 언론은 다음 달 추가 병력이 도착할 것이라고 보도했다.\n"
)


def write(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read(tmp_path: Path, data: bytes, encoding: str | None = None) -> Decoded:
    return read_decoded(write(tmp_path, data), LIMIT, encoding=encoding)


def refused(tmp_path: Path, data: bytes, encoding: str | None = None) -> InputError:
    path = write(tmp_path, data)
    with pytest.raises(InputError) as info:
        read_decoded(path, LIMIT, encoding=encoding)
    assert info.value.message.startswith(f"{path}: ")
    assert "\n" not in info.value.message
    return info.value


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ENGLISH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + ENGLISH.encode("utf-32-le"), "utf-32"),
        (codecs.BOM_UTF32_BE + ENGLISH.encode("utf-32-be"), "utf-32"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom"],
)
def test_unicode_files_with_or_without_a_bom(tmp_path, data, encoding):
    assert read(tmp_path, data) == Decoded(ENGLISH, encoding)


def test_utf16_without_a_bom_is_still_binary(tmp_path):
    assert refused(tmp_path, ENGLISH.encode("utf-16-le")).reason == "binary"


def test_a_bom_alone_is_empty(tmp_path):
    assert refused(tmp_path, codecs.BOM_UTF16_LE).reason == "empty"
    assert refused(tmp_path, codecs.BOM_UTF8 + b"  \n").reason == "empty"


def test_a_truncated_utf16_file_is_an_encoding_error(tmp_path):
    err = refused(tmp_path, codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le")[:-1])
    assert err.reason == "encoding" and "UTF-16" in err.message and "--encoding" in err.message


@pytest.mark.parametrize(
    ("text", "written_in", "detected"),
    [
        (ENGLISH, "cp1252", "cp1252"),
        (FRENCH, "latin-1", "cp1252"),  # Latin-1 letters read the same in cp1252
        (GERMAN, "latin-1", "cp1252"),
        (RUSSIAN, "cp1251", "cp1251"),
        (RUSSIAN, "koi8-r", "koi8-r"),
        (JAPANESE, "shift_jis", "shift-jis"),
        (KOREAN, "euc-kr", "euc-kr"),
    ],
    ids=["cp1252", "latin1-fr", "latin1-de", "cp1251", "koi8-r", "shift-jis", "euc-kr"],
)
def test_legacy_encodings_are_detected(tmp_path, text, written_in, detected):
    assert read(tmp_path, text.encode(written_in)) == Decoded(text, detected)


def test_a_forced_encoding_is_used_without_guessing(tmp_path):
    # Bytes that are valid UTF-8 (and would be read as such) read as Latin-1 when told.
    data = "Brûlac".encode()
    assert read(tmp_path, data) == Decoded("Brûlac", "utf-8")
    assert read(tmp_path, data, encoding="latin-1") == Decoded("BrÃ»lac", "latin-1")
    assert read(tmp_path, RUSSIAN.encode("koi8-r"), encoding="KOI8_R") == Decoded(RUSSIAN, "koi8-r")
    assert read(tmp_path, ENGLISH.encode("utf-16-le"), encoding="utf-16-le") == Decoded(
        ENGLISH, "utf-16-le"
    )
    assert read(tmp_path, codecs.BOM_UTF8 + data, encoding="utf8") == Decoded("Brûlac", "utf-8")


def test_bytes_outside_a_forced_encoding_are_an_encoding_error(tmp_path):
    err = refused(tmp_path, FRENCH.encode("latin-1"), encoding="utf-8")
    assert err.reason == "encoding"
    assert "not valid utf-8 (byte 0xfb at offset 14)" in err.message
    err = refused(tmp_path, "A 10\x81 rise".encode("latin-1"), encoding="cp1252")
    assert err.reason == "encoding" and "cp1252" in err.message


def test_an_unknown_encoding_name_is_a_usage_error(tmp_path):
    path = write(tmp_path, b"Plain text.")
    with pytest.raises(UsageError, match=r"unknown encoding 'klingon-8' for --encoding"):
        read_decoded(path, LIMIT, encoding="klingon-8")
    with pytest.raises(UsageError):
        normalize_encoding("utf-99")


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("UTF8", "utf-8"),
        ("latin_1", "latin-1"),
        ("ISO-8859-1", "latin-1"),
        ("windows-1252", "cp1252"),
        ("Shift_JIS", "shift-jis"),
        ("utf_16_le", "utf-16-le"),
    ],
)
def test_encoding_names_are_normalised(name, canonical):
    assert normalize_encoding(name) == canonical


def test_random_bytes_and_images_are_still_binary(tmp_path):
    noise = random.Random(7).randbytes(4096)
    assert refused(tmp_path, noise).reason == "binary"
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise
    assert refused(tmp_path, png).reason == "binary"
    # Forcing an encoding that reads any byte does not make an image text.
    assert refused(tmp_path, png, encoding="latin-1").reason == "binary"


def test_garbage_with_no_likely_encoding_names_the_option(tmp_path):
    rng = random.Random(11)
    garbage = bytes(rng.randrange(0x20, 0x100) for _ in range(2000))
    assert looks_binary(garbage) is None
    err = refused(tmp_path, garbage)
    assert err.reason == "encoding"
    assert "encoding cannot be told" in err.message and "--encoding" in err.message


def test_utf8_with_a_stray_byte_is_refused_with_its_offset(tmp_path):
    data = "Le maire a compté 80 bénévoles à la fête; ".encode() + b"\xe9t\xe9"
    err = refused(tmp_path, data)
    assert err.reason == "encoding"
    assert "not valid UTF-8 (byte 0xe9 at offset" in err.message and "--encoding" in err.message


def test_read_text_keeps_returning_plain_text(tmp_path):
    path = write(tmp_path, ENGLISH.encode("cp1252"))
    assert read_text(path, LIMIT) == ENGLISH
    assert decode_text(ENGLISH.encode("cp1252"), "feed.jsonl:2").encoding == "cp1252"


def _is_text(s: str) -> bool:
    return bool(s.strip()) and not s.startswith("\ufeff") and looks_binary(s.encode()) is None


unicode_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\x00")
    | st.sampled_from("\t\n\r "),
    min_size=1,
).filter(_is_text)


@settings(max_examples=150, deadline=None)
@given(text=unicode_text, form=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_unicode_text_round_trips(text, form):
    decoded = decode_text(text.encode(form), "prop.txt")
    assert decoded.text == text
    assert decoded.encoding == ("utf-16" if form == "utf-16" else "utf-8")


# --------------------------------------------------------------------------- JSON Lines


def _jsonl_sources(path: Path, encoding: str | None = None) -> list[object]:
    from claimtrack.config import Settings
    from claimtrack.ingest.readers import iter_sources

    return list(iter_sources([path], Settings(), encoding=encoding))


JSONL_BODY = (
    '{"id": "a", "text": "Officials said 1,200 soldiers were moved, «selon» l\'état-major."}\n'
    '{"id": "b", "text": "Crews cleared 42 roads; 道路 42 本."}\n'
)


@pytest.mark.parametrize(
    ("codec", "forced"),
    [("utf-16", None), ("utf-32", None), ("utf-16-le", "utf-16-le"), ("utf-32-be", "utf-32-be")],
)
def test_utf16_and_utf32_jsonl_is_read_line_by_line(tmp_path, codec, forced):
    """Their newline is several bytes, so the lines cannot be cut at b"\\n"."""
    from claimtrack.records import SourceDocument

    path = write(tmp_path, JSONL_BODY.encode(codec), "feed.jsonl")
    docs = _jsonl_sources(path, forced)
    assert all(isinstance(d, SourceDocument) for d in docs)
    assert [(d.doc_id, d.content) for d in docs] == [  # type: ignore[attr-defined]
        ("a", "Officials said 1,200 soldiers were moved, «selon» l'état-major."),
        ("b", "Crews cleared 42 roads; 道路 42 本."),
    ]
    assert {d.encoding for d in docs} == {codecs.lookup(codec).name}  # type: ignore[attr-defined]


def test_a_utf16_jsonl_broken_midway_keeps_the_lines_before_and_names_the_line(tmp_path):
    from claimtrack.records import IngestFailure, SourceDocument

    path = write(tmp_path, JSONL_BODY.encode("utf-16") + b"\x00\xd8\x41", "feed.jsonl")
    *docs, failure = _jsonl_sources(path)
    assert [d.doc_id for d in docs if isinstance(d, SourceDocument)] == ["a", "b"]
    assert isinstance(failure, IngestFailure)
    assert failure.location == f"{path}:3" and "UTF-16" in failure.message
