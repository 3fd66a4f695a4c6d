"""The layout step: what a line keeps, and what is never text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.clean import clean
from claimtrack.clean.layout import tidy_line
from claimtrack.extract import Extractor
from claimtrack.records import SourceDocument


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Crews cleared \x1b[1;31m42\x1b[0m roads", "Crews cleared 42 roads"),
        ("see \x1b]8;;https://example.org\x07the map\x1b]8;;\x1b\\ here", "see the map here"),
        ("a bell\x07 and a backspace\x08 go", "a bell and a backspace go"),
        ("C1 \x9b31m stays out", "C1 31m stays out"),
        ("odd\u00a0spaces\u2009go ", "odd spaces go"),
        ("\tan indent\tis a space", " an indent\tis a space"),
    ],
)
def test_control_sequences_and_odd_spaces_go(line: str, want: str) -> None:
    assert tidy_line(line) == want


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=60))
def test_printable_text_loses_nothing_but_invisibles_and_trailing_space(line: str) -> None:
    tidied = tidy_line(line)
    assert tidied == tidy_line(tidied)  # idempotent
    assert len(tidied) <= len(line)


def test_colour_codes_pasted_from_a_terminal_are_not_figures() -> None:
    raw = (
        "Bridge works\n\n"
        "The council said \x1b[31mmore than 300\x1b[0m homes were evacuated on Monday.\n"
    )
    doc = clean(SourceDocument("console.txt", raw))
    assert "\x1b" not in doc.text and "[0m" not in doc.text
    figures = [c.figure for c in Extractor(None).extract(doc)]
    assert figures == [300]


def test_a_tab_separated_table_keeps_its_columns() -> None:
    # a table pasted as text: its source column names each row's source once cleaned
    raw = (
        "Flood damage by district\n\n"
        "District\tHomes flooded\tSource\n"
        "Riverside\t420\tCounty council\n"
        "Old Town\t135\tFire service\n"
    )
    doc = clean(SourceDocument("table.txt", raw))
    assert "Riverside\t420\tCounty council" in doc.text
    sources = {c.figure: c.source for c in Extractor(None).extract(doc)}
    assert sources == {420: "County council", 135: "Fire service"}
