"""People the other side holds are prisoners: the verbs and nouns of holding captive in the
pack's captured measure ("przetrzymujemy", "утримує", "em cativeiro", "تحتجز").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import extract_in


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("uk", "Станом на сьогодні Україна утримує шістьох військових КНДР."),
        ("pt", "Estão agora cinco soldados norte-coreanos em cativeiro na Ucrânia."),
        ("pl", "Obecnie przetrzymujemy jedenastu żołnierzy z Korei Północnej."),
        ("ru", "В плену у Украины находятся пятеро северокорейских военных."),
        ("it", "L'Ucraina detiene attualmente cinque soldati nordcoreani."),
        ("ar", "قال المسؤول إن كييف تحتجز ستة جنود كوريين شماليين"),
        ("ko", "우크라이나군은 북한군 병사 세 명을 지난주 붙잡았다."),
    ],
)
def test_people_held_are_prisoners(language: str, sentence: str) -> None:
    (claim,) = extract_in(language, sentence)
    assert claim.measure == "dprk_troops_captured"


def test_troops_not_held_stay_troops() -> None:
    (claim,) = extract_in("uk", "До Курської області прибули ще шість тисяч військових КНДР.")
    assert claim.measure == "dprk_troops_in_russia"
