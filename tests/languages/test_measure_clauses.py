"""What a figure's own clause names: an event word before a hyphenated actor's adjective
("les pertes nord-coréennes dépassent 9 000 hommes"), a clause's own subject before the
previous figure's noun ("i morti ... 1.500, i feriti tra 4.000 e 4.500"), Korean
demining personnel as sappers, not workers, and the killed and the wounded named together
before a figure ("Straty KRLD w zabitych i rannych sięgają 9 tys."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import extract_in


@pytest.mark.parametrize(
    ("language", "sentence", "measures"),
    [
        (
            "fr",
            "Selon Séoul, les pertes nord-coréennes dépassent 8 000 hommes.",
            ["dprk_troops_casualties"],
        ),
        (
            "it",
            "Secondo Kiev i morti nordcoreani sarebbero circa 1.300, i feriti tra 3.000 e 3.500.",
            ["dprk_troops_killed", "dprk_troops_wounded"],
        ),
        (
            "ko",
            "북한이 공병과 지뢰 제거 인력 약 2천 명을 쿠르스크에 보냈다.",
            ["dprk_engineers_sappers"],
        ),
    ],
)
def test_what_the_clause_names(language: str, sentence: str, measures: list[str]) -> None:
    assert [c.measure for c in extract_in(language, sentence)] == measures


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("zh", "可能还会有多达2000名朝鲜建筑兵陆续赴俄。"),
        ("ja", "北朝鮮は来年2月中に工兵部隊を二千人ほど追加でロシアに送る計画だ。"),
    ],
)
def test_construction_troops_and_engineer_units_are_sappers(language: str, sentence: str) -> None:
    (claim,) = extract_in(language, sentence)
    assert claim.measure == "dprk_engineers_sappers"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("pl", "Straty KRLD w zabitych i rannych sięgają 9 tys. żołnierzy."),
        ("ru", "Убитыми и ранеными КНДР потеряла от 9 до 10 тысяч военных."),
        ("uk", "Вбитими й пораненими КНДР втратила від 9,4 до 10,9 тисячі військових."),
    ],
)
def test_the_killed_and_the_wounded_named_together_before_a_figure_are_casualties(
    language: str, sentence: str
) -> None:
    # the part nearest the figure ("rannych") is one of a pair the clause names
    (claim,) = extract_in(language, sentence)
    assert claim.measure == "dprk_troops_casualties"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Las bajas norcoreanas rondan los 9.000 hombres."),
        ("pt", "As baixas norte-coreanas somam entre 6.900 e 7.900 homens."),
        ("de", "Die Verluste Nordkoreas belaufen sich auf etwa 9.000 Mann."),
    ],
)
def test_men_counted_by_a_clause_whose_subject_is_losses_are_casualties(
    language: str, sentence: str
) -> None:
    # "hombres", "Mann": people in general (generic_people), counted as the subject says
    (claim,) = extract_in(language, sentence)
    assert claim.measure == "dprk_troops_casualties"


def test_men_sent_stay_troops() -> None:
    (claim,) = extract_in("es", "Corea del Norte envió a Rusia 9.000 hombres.")
    assert claim.measure == "dprk_troops_in_russia"
