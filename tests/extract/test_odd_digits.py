"""Odd digits and fractions never fail a document: a circled list number, a superscript,
a share of nothing ("0分の1"). One such figure used to raise and cost its whole document
every claim; these are read as no number, or as the share they are."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ..languages.conftest import extract_in

#: Pieces of number phrases and what stands around them in the scripts the story is told in.
PIECES = [
    "③",
    "②⑤",
    "²",
    "½",
    "Ⅻ",
    "٣",
    "٤٥",
    "３",
    "５０００",
    "0",
    "1",
    "12",
    "3,5",
    "4.000",
    "分の",
    "분의",
    "分之",
    "零",
    "万",
    "億",
    "千",
    "余",
    "約",
    "%",
    "％",
    "명",
    "人",
    "тыс.",
    "млн",
    "Mio.",
    "mil",
    "ألف",
    "٪",
    "年",
    "月",
    "2026",
    "soldiers",
    "солдат",
    "병력",
    "士兵",
    "(",
    ")",
    "«",
    "»",
    "「",
    "」",
    "/",
    ":",
    "-",
    "–",
    "\u00a0",
    " ",
    " ",
    ".",
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "兵士の0分の1が死亡した。"),
        ("ko", "병력의 0분의 1이 숨졌다."),
        ("zh", "士兵中零分之一死亡。"),
        ("ja", "兵士の③分の①が死亡した。"),
    ],
)
def test_a_share_of_nothing_or_of_circled_digits_is_no_figure(language: str, text: str) -> None:
    assert extract_in(language, text) == []


def test_a_share_still_reads() -> None:
    (c,) = extract_in("ja", "死者は兵士の3分の1だった。")
    assert c.value == 33.3


@pytest.mark.parametrize("language", ["ko", "ja", "zh", "ar", "ru", "de"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
def test_any_run_of_number_pieces_reads_without_failing(language: str, pieces: list[str]) -> None:
    for claim in extract_in(language, "".join(pieces)):
        assert claim.quote
