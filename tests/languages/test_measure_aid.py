"""What Russia gives North Korea in return: the aid measure's nouns in each language, and
a qualifier after a noun that names nothing ("baterías antiaéreas", "systèmes
antiaériens"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import extract_in


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Moscú habría entregado a Pyongyang una veintena de baterías antiaéreas."),
        ("fr", "Moscou aurait livré à Pyongyang une quinzaine de systèmes antiaériens."),
        ("zh", "俄方今年向朝鲜输送的成品油已超过80万桶。"),
        ("zh", "俄罗斯承诺明年向朝鲜提供3万吨化肥。"),
        ("ja", "ロシアは来春までに北朝鮮へ肥料4万トンを届けると表明した。"),
    ],
)
def test_what_russia_gives_is_its_aid(language: str, sentence: str) -> None:
    (claim,) = extract_in(language, sentence)
    assert claim.measure == "russia_aid_to_dprk"


def test_a_qualifier_needs_its_actor() -> None:
    # a town's air defence batteries are nobody's aid to North Korea
    (claim,) = extract_in(
        "es", "El ayuntamiento de Ronda revisó una docena de baterías antiaéreas."
    )
    assert claim.measure == "other"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("pt", "A Rússia ajuda Pyongyang a pôr em órbita até três satélites militares."),
        ("de", "Russland half Nordkorea, drei Aufklärungssatelliten ins All zu bringen."),
        ("ru", "Россия помогла КНДР вывести на орбиту три спутника."),
    ],
)
def test_satellites_russia_helps_launch_are_aid(language: str, sentence: str) -> None:
    (claim,) = extract_in(language, sentence)
    assert claim.measure == "russia_aid_to_dprk"


def test_satellite_images_count_what_they_show() -> None:
    (claim,) = extract_in("fr", "Des images satellites montrent 40 trains près de la frontière.")
    assert claim.measure != "russia_aid_to_dprk"
