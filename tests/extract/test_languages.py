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
            "dprk_troops_killed",  # the casualty word re-purposes the people noun
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
            "el servicio de inteligencia surcoreano (NIS)",
        ),
        (
            "fr",
            "Environ 9 400 soldats nord-coréens sont en Russie, selon les services sud-coréens.",
            "les services sud-coréens",
        ),
        (
            "ru",
            "Около 9 тысяч военных КНДР находятся в России, по данным южнокорейской разведки.",
            "южнокорейская разведка (NIS)",
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


@pytest.mark.parametrize(
    ("language", "text", "source", "via"),
    [
        (  # speaker after the verb, time words skipped
            "es",
            "Corea del Norte envió unos 9.400 soldados a Rusia, informó este jueves el "
            "Estado Mayor Conjunto de Corea del Sur.",
            "el Estado Mayor Conjunto de Corea del Sur",
            [],
        ),
        (  # an outlet citing its source
            "es",
            "La agencia Yonhap, citando a fuentes militares, informó de que Pionyang envió "
            "unos 9.400 soldados a Rusia.",
            "fuentes militares",
            ["La agencia Yonhap"],
        ),
        (
            "fr",
            "Le renseignement ukrainien, cité par le quotidien Kyiv Independent, estime que "
            "9 400 soldats nord-coréens sont en Russie.",
            "Le renseignement ukrainien",
            ["le quotidien Kyiv Independent"],
        ),
        (  # a separable verb: "teilte ... mit", the time words are no part of the name
            "de",
            "Rund 9.400 nordkoreanische Soldaten sind in Russland, teilte das "
            "Verteidigungsministerium in Kiew am Freitag mit.",
            "das Verteidigungsministerium in Kiew",
            [],
        ),
        (
            "de",
            "Unter Berufung auf Regierungskreise berichtete die Nachrichtenagentur Yonhap, "
            "Nordkorea habe rund 9.400 Soldaten nach Russland geschickt.",
            "Regierungskreise",
            ["die Nachrichtenagentur Yonhap"],
        ),
        (
            "ru",
            "Около 9 тысяч военных КНДР находятся в России, сообщило агентство ТАСС со "
            "ссылкой на источники в силовых структурах.",
            "силовые структуры",  # unnamed sources in a body speak for it (writer10.md)
            ["агентство ТАСС"],
        ),
        (  # the nearest speaker before the figure is its source, the outer one passes it on
            "uk",
            "Депутат Лі Сон Гвон заявив, що Національна служба розвідки оцінює кількість "
            "військових КНДР у Росії в 9 тисяч.",
            "Національна служба розвідки (NIS)",
            ["Депутат Лі Сон Гвон"],
        ),
    ],
)
def test_sources_and_via(language: str, text: str, source: str, via: list[str]) -> None:
    (c,), _ = claims(language, text)
    assert (c.source, c.via) == (source, via)


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (  # a figure with no cue takes the paragraph's source; "el organismo" means it
            "es",
            "El Servicio de Inteligencia de Ucrania afirmó que 9.400 soldados norcoreanos "
            "están en Rusia. Otros 2.000 murieron en combate. Según el organismo, 500 "
            "fueron capturados.",
            "El Servicio de Inteligencia de Ucrania",
        ),
        (
            "fr",
            "Le ministère sud-coréen de la Défense a déclaré que 9 400 soldats nord-coréens "
            "sont en Russie. Selon lui, 2 000 ont été tués. Quelque 500 ont été capturés.",
            "Le ministère sud-coréen de la Défense",
        ),
        (
            "de",
            "Der Generalstab in Seoul sagte, 9.400 nordkoreanische Soldaten seien in Russland. "
            "Ihm zufolge wurden 2.000 getötet. Weitere 500 Soldaten wurden gefangen genommen.",
            "Der Generalstab in Seoul",
        ),
        (  # "Об этом заявил X" gives the sentence before its source; "ведомство" means it
            "ru",
            "В России находятся около 9 тысяч военных КНДР. Об этом заявило Министерство "
            "обороны Южной Кореи. По данным ведомства, погибли не менее 2 тысяч из них, "
            "ещё 500 попали в плен.",
            "Министерство обороны Южной Кореи",
        ),
        (
            "uk",
            "У Росії перебувають близько 9 тисяч військових КНДР. Про це повідомило "
            "Міністерство оборони Південної Кореї. Відомство також заявило, що загинули "
            "щонайменше 2 тисячі з них. Ще 500 потрапили в полон.",
            "Міністерство оборони Південної Кореї",
        ),
    ],
)
def test_sources_carried_and_referred_back(language: str, text: str, source: str) -> None:
    found, _ = claims(language, text)
    assert len(found) == 3
    assert {c.source for c in found} == {source}


@pytest.mark.parametrize(
    ("language", "text", "measure"),
    [
        ("ru", "Погибли не менее 200 северокорейских военнослужащих.", "dprk_troops_killed"),
        (
            "fr",
            "Près de 4 000 soldats nord-coréens ont été tués ou blessés.",
            "dprk_troops_casualties",
        ),
        ("uk", "З них близько 1 500 військових КНДР загинули.", "dprk_troops_killed"),
        (
            "es",
            "Rusia entregó a Corea del Norte 1,5 millones de barriles de petróleo.",
            "russia_aid_to_dprk",
        ),
        (
            "es",
            "Corea del Norte envió 28.000 contenedores con munición a Rusia.",
            "dprk_containers_shipped",
        ),
    ],
)
def test_measures_read_around_the_figure(language: str, text: str, measure: str) -> None:
    (c,), _ = claims(language, text)
    assert c.measure == measure


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (  # "по данным" governs the genitive: the name goes back to the nominative
            "ru",
            "По данным южнокорейской разведки, в России находятся около 9 тысяч военных КНДР.",
            "южнокорейская разведка (NIS)",
        ),
        (
            "ru",
            "По словам Владимира Зеленского, погибли не менее 2 тысяч военных КНДР.",
            "Владимир Зеленский",
        ),
        (  # the name's own genitive modifiers stay as written
            "uk",
            "За даними Головного управління розвідки, у Росії перебувають 9 тисяч військових КНДР.",
            "Головне управління розвідки",
        ),
        (  # a speaker before the verb is named in the nominative already
            "uk",
            "Міністр оборони заявив, що у Росії перебувають 9 тисяч військових КНДР.",
            "Міністр оборони",
        ),
    ],
)
def test_inflected_sources_in_the_nominative(language: str, text: str, source: str) -> None:
    (c,), _ = claims(language, text)
    assert c.source == source


def test_each_figure_takes_the_agent_nearest_to_it() -> None:
    text = (
        "Quelque 250 000 personnes ont manifesté selon la CGT, quand la préfecture en a "
        "recensé 90 000."
    )
    found, _ = claims("fr", text)
    assert {(c.figure, c.source) for c in found} == {
        (250_000, "la CGT"),
        (90_000, "la préfecture"),
    }


def test_a_speaker_after_the_outlet_told() -> None:
    text = "«На стройках работают около 5 тысяч рабочих из КНДР», — сказал «Известиям» глава профсоюза."
    (c,), _ = claims("ru", text)
    assert c.source == "глава профсоюза"
