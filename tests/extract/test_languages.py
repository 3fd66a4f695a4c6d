"""Languages without a parser: number formats, bounds, vague amounts, traps and sources,
on sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.extract import Extractor, load_lexicon, parse_digits
from claimtrack.packs import load_pack
from claimtrack.records import CleanDocument, content_hash

PACK = load_pack("dprk-russia")


def claims(language: str, text: str):  # type: ignore[no-untyped-def]
    ex = Extractor(PACK, language=language)
    return ex.extract(CleanDocument("t", text, content_hash(text), language=language)), ex


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("es", "2.700", 2700),
        ("es", "1,5", 1.5),
        ("de", "11.250", 11250),
        ("fr", "11 000", 11000),
        ("ru", "2 700,5", 2700.5),
    ],
)
def test_number_formats(language: str, text: str, value: float) -> None:
    assert (
        parse_digits(text.replace(" ", "\u00a0") if language == "fr" else text, language) == value
    )


@pytest.mark.parametrize(
    ("language", "text", "figure", "low", "high", "approx", "vague", "measure"),
    [
        (
            "es",
            "Corea del Norte envió unos 9.400 soldados a Rusia.",
            9400,
            None,
            None,
            True,
            False,
            "dprk_troops_in_russia",
        ),
        (
            "es",
            "Más de 31.000 contenedores salieron de Corea del Norte.",
            31000,
            31000,
            None,
            False,
            False,
            "dprk_containers_shipped",
        ),
        (
            "es",
            "Casi el 45% de los proyectiles rusos procede de Corea del Norte.",
            45,
            None,
            45,
            True,
            False,
            "dprk_share_of_russian_ammunition",
        ),
        (
            "es",
            "Miles de trabajadores norcoreanos llegaron a Rusia.",
            1000,
            1000,
            None,
            False,
            True,
            "dprk_workers_in_russia",
        ),
        (
            "fr",
            "La Corée du Nord a envoyé environ 9 400 soldats en Russie.",
            9400,
            None,
            None,
            True,
            False,
            "dprk_troops_in_russia",
        ),
        (
            "fr",
            "Plus de 2,5 millions d'obus ont été livrés par la Corée du Nord.",
            2_500_000,
            2_500_000,
            None,
            False,
            False,
            "dprk_artillery_shells",
        ),
        (
            "de",
            "Nordkorea hat rund 9.400 Soldaten nach Russland geschickt.",
            9400,
            None,
            None,
            True,
            False,
            "dprk_troops_in_russia",
        ),
        (
            "de",
            "Hunderte nordkoreanische Soldaten wurden getötet, heißt es aus Nordkorea.",
            100,
            100,
            None,
            False,
            True,
            "dprk_troops_in_russia",
        ),
        (
            "ru",
            "КНДР направила в Россию около 9 тысяч военных.",
            9000,
            None,
            None,
            True,
            False,
            "dprk_troops_in_russia",
        ),
        (
            "ru",
            "Более 3,5 млн снарядов поставила КНДР.",
            3_500_000,
            3_500_000,
            None,
            False,
            False,
            "dprk_artillery_shells",
        ),
        (
            "uk",
            "КНДР передала Росії понад 120 ракет.",
            120,
            120,
            None,
            False,
            False,
            "dprk_ballistic_missiles",
        ),
        (
            "uk",
            "Майже 50% снарядів армії Росії надходять з КНДР.",
            50,
            None,
            50,
            True,
            False,
            "dprk_share_of_russian_ammunition",
        ),
    ],
)
def test_figures_in_other_languages(
    language, text, figure, low, high, approx, vague, measure
) -> None:  # type: ignore[no-untyped-def]
    (c,), _ = claims(language, text)
    assert (c.figure, c.low, c.high, c.approx, c.vague) == (figure, low, high, approx, vague)
    assert c.measure == measure


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La guerra comenzó el 24 de febrero de 2022."),
        ("es", "El misil KN-23 tiene un alcance de 690 kilómetros."),
        ("es", "La ofensiva duró tres años y 14 meses."),
        ("fr", "Le sommet a eu lieu le 3 novembre 2024 à Moscou."),
        ("fr", "Des canons de 170 mm ont été repérés."),
        ("de", "Am 3. November 2024 begann die Offensive."),
        ("ru", "Война началась 24 февраля 2022 года."),
        ("ru", "Замечены орудия калибра 170 мм."),
        ("uk", "Війна почалася 24 лютого 2022 року."),
        ("uk", "Навчання тривали 48 годин."),
    ],
)
def test_traps_in_other_languages(language: str, text: str) -> None:
    found, ex = claims(language, text)
    assert found == [] and ex.rejected


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "Unos 9.400 soldados norcoreanos están en Rusia, según el servicio de inteligencia surcoreano.",
            "el servicio de inteligencia surcoreano",
        ),
        (
            "fr",
            "Environ 9 400 soldats nord-coréens sont en Russie, selon les services sud-coréens.",
            "les services sud-coréens",
        ),
        (
            "ru",
            "Около 9 тысяч военных КНДР находятся в России, по данным южнокорейской разведки.",
            "южнокорейской разведки",
        ),
        ("uk", "Близько 9 тисяч військових КНДР перебувають у Росії, за даними ГУР.", "ГУР"),
    ],
)
def test_sources_from_according_to(language: str, text: str, source: str) -> None:
    (c,), _ = claims(language, text)
    assert c.source == source


def test_status_words() -> None:
    (c,), _ = claims("es", "Corea del Norte prometió enviar 6.000 soldados más a Rusia.")
    assert c.status == "pledged"
    (c,), _ = claims("ru", "КНДР планирует направить ещё 6 тысяч военных в Россию.")
    assert c.status == "planned"


def test_lexicons_layer_over_english() -> None:
    es = load_lexicon("es")
    assert "mm" in es.set_of["calibre_units"] and "milímetros" in es.set_of["calibre_units"]
    assert (
        es.mapping("month_numbers")["febrero"] == 2 and es.mapping("month_numbers")["february"] == 2
    )
    assert not es.parsed and load_lexicon("en").parsed


def test_korean_numbers_glued_to_scales_and_counters() -> None:
    text = (
        "국가정보원에 따르면 북한은 러시아에 약 1만2000명의 병력을 보냈다. 북한은 러시아와 협력을 강화하고 있다.\n"
        "북한은 컨테이너 3만1000개 이상을 보냈고, 포탄으로 환산하면 900만 발이 넘는다.\n"
        "북한은 수천명의 노동자를 추가로 보낼 예정이다. 2024년 10월 이후 배치가 이어졌다."
    )
    found, ex = claims("ko", text)
    got = {(c.figure, c.low is not None, c.vague, c.measure) for c in found}
    assert got == {
        (12000, False, False, "dprk_troops_in_russia"),
        (31000, True, False, "dprk_containers_shipped"),
        (9_000_000, True, False, "dprk_artillery_shells"),
        (1000, True, True, "dprk_workers_in_russia"),
    }
    troops = next(c for c in found if c.figure == 12000)
    assert troops.approx and troops.source == "국가정보원"
    assert next(c for c in found if c.vague).status == "planned"
    assert {r.reason for r in ex.rejected} == {"duration"}  # 2024년 10월


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "Unos 9.400 soldados norcoreanos están en Rusia, dijo el ministro de Defensa.",
            "el ministro de Defensa",
        ),
        (
            "de",
            "Rund 9.400 nordkoreanische Soldaten sind in Russland, sagte ein Sprecher.",
            "ein Sprecher",
        ),
        (
            "ru",
            "Министр обороны заявил, что в России находятся около 9 тысяч военных КНДР.",
            "Министр обороны",
        ),
    ],
)
def test_sources_from_verbs_of_saying(language: str, text: str, source: str) -> None:
    (c,), _ = claims(language, text)
    assert c.source == source
