"""Exports carry every field a reader needs, with figures written as numbers people read."""

from __future__ import annotations

import csv
import io
import json

import pytest

from claimtrack.errors import UsageError
from claimtrack.store import FIELDS, Store, write_rows


@pytest.fixture
def rows(tmp_path, make_doc):
    with Store(str(tmp_path / "s.db")) as store:
        store.add(*make_doc())
        return store.claims()


def test_jsonl_rows_hold_all_fields_and_whole_numbers_as_ints(rows):
    out = io.StringIO()
    assert write_rows(rows, "jsonl", out) == 3
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    first = lines[0]
    assert list(first) == list(FIELDS)
    assert first["doc"] == "vostrel-port"
    assert first["low"] == 4500 and isinstance(first["low"], int)
    assert first["via"] == ["Vostrel Herald"]
    assert first["mentions"] == [{"start": 44, "end": 49, "text": "4,500"}]
    assert first["published"] == "2031-03-03" and first["title"] == "Crates pile up in Vostrel"
    assert '"low": 4500,' in out.getvalue()


def test_fractional_figures_stay_floats(tmp_path, make_doc):
    doc, found = make_doc()
    found[2].value = 2.5
    with Store(str(tmp_path / "s.db")) as store:
        store.add(doc, found)
        out = io.StringIO()
        write_rows(store.claims(), "json", out)
    assert [r["value"] for r in json.loads(out.getvalue())] == [None, None, 2.5]


def test_csv_has_a_header_and_json_lists(rows):
    out = io.StringIO()
    write_rows(rows, "csv", out)
    read = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(read) == 3 and list(read[0]) == list(FIELDS)
    assert read[0]["low"] == "4500"
    assert json.loads(read[0]["via"]) == ["Vostrel Herald"]
    assert json.loads(read[0]["mentions"])[0]["text"] == "4,500"


def test_unknown_format_is_a_usage_error(rows):
    with pytest.raises(UsageError, match="unknown export format 'xml'"):
        write_rows(rows, "xml", io.StringIO())
