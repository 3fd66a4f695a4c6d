"""A body that expects something speaks for its figure ("ожидает, что", "erwartet, dass",
"spodziewa się, że"), and what data show is the data's body's ("следует из статистики X",
"випливає з даних X"); sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from languages.conftest import extract_in  # noqa: E402


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "ru",
            "Областной минздрав ожидает, что к весне в очереди останется до 3 тыс. пациентов.",
            "Областной минздрав",
        ),
        (
            "de",
            "Die Landesregierung erwartet, dass bis zum Frühjahr rund 3.000 Anträge eingehen.",
            "Die Landesregierung",
        ),
        (
            "pl",
            "Zarząd województwa spodziewa się, że wiosną wpłynie około 3 tys. wniosków.",
            "Zarząd województwa",
        ),
    ],
)
def test_who_expects_a_figure_is_its_source(language: str, text: str, source: str) -> None:
    (claim,) = extract_in(language, text, "2026-12-03")
    assert claim.source == source


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        (
            "ru",
            "За год в область переехали свыше 9 тыс. семей, следует из отчёта Росстата.",
            "Росстат",
        ),
        (
            "uk",
            "За рік до області переїхали понад 9 тис. родин, випливає з даних Держстату.",
            "Держстат",
        ),
    ],
)
def test_what_data_show_is_their_bodys(language: str, text: str, body: str) -> None:
    (claim,) = extract_in(language, text, "2026-12-03")
    assert claim.source is not None and body in claim.source


def test_a_passive_expected_is_no_verb_of_saying() -> None:
    # "die … erwartet worden waren": the ships were expected; nobody speaks
    text = "Betroffen seien rund 40 Frachter, die in dieser Woche in Hamburg erwartet worden waren."
    (claim,) = extract_in("de", text, "2026-12-03")
    assert claim.source is None
