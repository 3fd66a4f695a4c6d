"""A day written in figures is the time its figure holds, and a count that looks like a year
is no time at all (extract/timex.py; unspaced.py for
Japanese and Chinese): the year first everywhere, the day first where the language's short
date (CLDR, through Babel) writes it so, and never the American month first in English."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.timex import TimeReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from languages.conftest import extract_in  # noqa: E402

PUBLISHED = "2026-12-04"


@pytest.mark.parametrize(
    ("language", "sentence", "iso"),
    [
        ("de", "Am 12.11.2026 meldete das Amt rund 400 Fälle.", "2026-11-12"),
        ("de", "Das Amt meldete am 3. 12. 2026 rund 400 Fälle.", "2026-12-03"),
        ("pl", "Urząd podał 03.12.2026, że rannych jest 40 osób.", "2026-12-03"),
        ("fr", "Le 12/11/2026, l'agence a compté 14 000 soldats.", "2026-11-12"),
        ("ru", "По данным на 01.12.2026, в лагере 300 человек.", "2026-12-01"),
        ("ko", "국정원은 2026. 11. 12. 병력 1만 4천 명이 있다고 밝혔다.", "2026-11-12"),
        ("es", "Al 2026-11-30 había 1.200 desplazados.", "2026-11-30"),
        ("ja", "国家情報院は2026/11/12、約1万4000人が派遣されたと明らかにした。", "2026-11-12"),
        ("zh", "截至2026-11-12，约1.4万名士兵在俄罗斯。", "2026-11-12"),
        ("en", "On 2026-11-12 the agency counted about 14,000 troops.", "2026-11-12"),
    ],
)
def test_a_day_in_figures_dates_the_figure(language: str, sentence: str, iso: str) -> None:
    reader = TimeReader(load_lexicon(language))
    at = next(i for i, ch in enumerate(sentence) if ch.isdigit() and i > sentence.find("2026") + 6)
    assert reader.as_of(sentence, at, PUBLISHED) == iso


def test_an_english_day_in_figures_with_the_day_unsure_is_only_its_year() -> None:
    sentence = "On 12/11/2026 the agency counted about 14,000 troops."  # 11 Dec or 12 Nov?
    reader = TimeReader(load_lexicon("en"))
    assert reader.as_of(sentence, sentence.index("14,000"), PUBLISHED) == "2026"


@pytest.mark.parametrize(
    ("language", "text", "as_of"),
    [
        ("de", "Rund 2000 Soldaten wurden verletzt.", None),
        ("fr", "Au moins 1950 soldats ont été tués en 2025.", "2025"),
        ("en", "At least 2050 soldiers were killed.", None),
        ("ja", "少なくとも2050人が死亡した。", None),
    ],
)
def test_a_count_that_looks_like_a_year_is_no_time_of_its_own(
    language: str, text: str, as_of: str | None
) -> None:
    (claim,) = extract_in(language, text, None)
    assert claim.as_of == as_of


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ar", "بلغ عدد المصابين ما لا يقل عن 2100.", 2100),
        ("es", "El número de desplazados llegó a más de 2050.", 2050),
        ("en", "At least 1990 homes were flooded.", 1990),
    ],
)
def test_a_year_like_count_bounded_below_is_a_count(language: str, text: str, value: int) -> None:
    (claim,) = extract_in(language, text, "2026-12-03")
    assert claim.low == value


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der Haushalt wächst um rund 3,5 Prozent, mehr als 2025."),
        ("en", "Spending rose 4 percent, more than 2025."),
    ],
)
def test_a_year_compared_with_after_a_figure_is_no_count(language: str, text: str) -> None:
    assert all(c.figure not in (2025.0,) for c in extract_in(language, text, "2026-12-03"))
