"""What the actor's people are doing says what they are counted as: working people are
workers (the pack's ``activities``), while a noun of another measure keeps its measure.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import extract_in


def _measure(language: str, sentence: str) -> str:
    (claim,) = extract_in(language, sentence)
    return claim.measure


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Nach Schätzungen arbeiten inzwischen gut 14.000 Nordkoreaner in Russland."),
        ("ru", "На стройках Приморья сейчас заняты около 12 тыс. граждан КНДР."),
        ("ru", "В России трудятся не менее 16 тыс. граждан КНДР."),
        ("uk", "На російських заводах працюють щонайменше 13 тис. громадян КНДР."),
        ("pl", "W Rosji pracuje już ok. 14 tys. obywateli KRLD."),
        ("es", "En Rusia trabajan ya unos 18.000 norcoreanos."),
        ("it", "In Russia lavorano almeno 9.000 nordcoreani."),
    ],
)
def test_working_people_are_workers(language: str, sentence: str) -> None:
    assert _measure(language, sentence) == "dprk_workers_in_russia"


@pytest.mark.parametrize(
    ("language", "sentence", "measure"),
    [
        # a people noun of another measure keeps it: sappers at work stay sappers
        (
            "es",
            "Unos 1.200 zapadores norcoreanos trabajan ya en el desminado.",
            "dprk_engineers_sappers",
        ),
        (
            "ru",
            "В Курской области работают около 900 северокорейских саперов.",
            "dprk_engineers_sappers",
        ),
        # a compound naming builders is no activity
        (
            "de",
            "Pjöngjang will 4.000 Militärbauarbeiter und Minenräumer schicken.",
            "dprk_engineers_sappers",
        ),
        # no work named: the actor's people by name are its troops
        (
            "de",
            "An der Front stehen nach Angaben aus Kiew rund 11.000 Nordkoreaner.",
            "dprk_troops_in_russia",
        ),
    ],
)
def test_other_measures_stay(language: str, sentence: str, measure: str) -> None:
    assert _measure(language, sentence) == measure


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("uk", "Цього року на роботу в Росію виїхали понад 14 тисяч громадян КНДР."),
        (
            "pl",
            "W tym roku wjechało do Rosji około 12,5 tys. obywateli KRLD z wizami pracowniczymi.",
        ),
        ("de", "Von Januar bis September reisten 14.200 Nordkoreaner mit Studentenvisum ein."),
    ],
)
def test_coming_for_work_or_on_a_student_visa_is_work(language: str, sentence: str) -> None:
    assert _measure(language, sentence) == "dprk_workers_in_russia"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Environ 12 000 ouvriers nord-coréens travaillent déjà en Russie. "
            "Quelque 4 000 autres devraient les rejoindre d'ici à la fin janvier.",
        ),
        (
            "de",
            "Rund 12.000 nordkoreanische Arbeiter sind bereits in Russland. "
            "Bis Ende Januar dürften 4.000 weitere folgen.",
        ),
    ],
)
def test_more_of_the_same_carries_its_measure(language: str, text: str) -> None:
    claims = extract_in(language, text)
    assert [c.measure for c in claims] == ["dprk_workers_in_russia"] * 2
