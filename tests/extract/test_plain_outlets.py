"""An outlet passes on what others told it (extract/plain.py): it cites a body with a verb of
its own ("L'agence AFP a cité l'état-major : …"), a body it cites stands before the cue
("X, на которое ссылается газета, …"), it tells of a promise a body made, and "the agency"
later means that outlet. Every sentence was written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from claimtrack.extract import Extractor
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.plain import PlainReader
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash


@cache
def _extractor(language: str) -> Extractor:
    return Extractor(load_pack("dprk-russia"), language=language)


def claims(language: str, text: str) -> list[Claim]:
    return _extractor(language).extract(
        CleanDocument("t", text, content_hash(text), language=language)
    )


@pytest.mark.parametrize(
    ("language", "text", "source", "via"),
    [
        (
            "ru",
            "Агентство ТАСС во вторник процитировало Генеральный штаб: армия получила около "
            "300 новых танков.",
            "Генеральный штаб",
            "Агентство ТАСС",
        ),
        (
            "uk",
            "Телеканал «Київ-1» навів дані міського департаменту транспорту: у місті бракує "
            "40 автобусів.",
            "міський департамент транспорту",
            "Телеканал «Київ-1»",
        ),
        (
            "ru",
            "Газета «Вечерний город» привела данные городской администрации: в городе не "
            "хватает 40 автобусов.",
            "городская администрация",
            "Газета «Вечерний город»",
        ),
        (
            "uk",
            "Британська газета «Дейлі Пост» із посиланням на неназваних військових повідомила, "
            "що до фронту відправили до 300 танків.",
            "неназвані військові",
            "Британська газета «Дейлі Пост»",
        ),
        (
            "pl",
            "Agencja PAP zacytowała we wtorek Sztab Generalny: armia otrzymała około 300 "
            "nowych czołgów.",
            "Sztab Generalny",
            "Agencja PAP",
        ),
        (
            "it",
            "L'agenzia Ansa ha citato martedì lo Stato maggiore: l'esercito ha ricevuto circa "
            "300 carri armati.",
            "lo Stato maggiore",
            "L'agenzia Ansa",
        ),
        (
            "es",
            "La agencia EFE citó al Estado Mayor: el ejército recibió unos 300 tanques.",
            "Estado Mayor",
            "La agencia EFE",
        ),
        (
            "fr",
            "L'agence AFP a cité mardi l'état-major : l'armée a reçu environ 300 chars.",
            "l'état-major",
            "L'agence AFP",
        ),
        (
            "pt",
            "A agência Lusa citou na terça-feira o Estado-Maior: o exército recebeu cerca de "
            "300 tanques.",
            "o Estado-Maior",
            "A agência Lusa",
        ),
    ],
)
def test_an_outlet_citing_with_a_verb_of_its_own_passes_the_cited_on(
    language: str, text: str, source: str, via: str
) -> None:
    (c,) = claims(language, text)
    assert (c.source, c.via) == (source, [via])


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "ru",
            "Министерство обороны Польши, на которое ссылается газета, с марта по май "
            "насчитало не меньше 12 тыс. таких поездок.",
            "Министерство обороны Польши",
        ),
        (
            "pt",
            "O Ministério da Saúde, citado pela agência Lusa, registou desde março mais de 300 "
            "casos.",
            "O Ministério da Saúde",
        ),
    ],
)
def test_the_one_an_outlet_cites_stands_before_the_cue_whatever_its_verb(
    language: str, text: str, source: str
) -> None:
    (c,) = claims(language, text)
    assert c.source == source
    assert len(c.via) == 1


@pytest.mark.parametrize(
    ("language", "name"),
    [("es", "Estado Mayor"), ("es", "el Estado Mayor Conjunto"), ("it", "lo Stato Maggiore")],
)
def test_capitalised_function_words_make_a_name(language: str, name: str) -> None:
    """ "estado" (been) and "mayor" (greater) are function words; capitalised, a body."""
    assert PlainReader(load_lexicon(language)).cues.no_speaker(name) is None


def test_a_name_of_function_words_in_lower_case_is_still_nobody() -> None:
    assert PlainReader(load_lexicon("es")).cues.no_speaker("por su parte") is not None


@pytest.mark.parametrize(
    ("language", "text", "source", "via"),
    [
        (
            "es",
            "El ministro ruso de Agricultura prometió, según la agencia TASS, 30.000 "
            "toneladas de maíz.",
            "El ministro ruso de Agricultura",
            "la agencia TASS",
        ),
        (
            "fr",
            "Le ministre russe de l'Agriculture a promis, selon l'agence TASS, 30 000 tonnes "
            "de maïs.",
            "Le ministre russe de l'Agriculture",
            "l'agence TASS",
        ),
        (
            "de",
            "Der russische Agrarminister hat nach Angaben der Agentur TASS 30.000 Tonnen Mais "
            "zugesagt.",
            "Der russische Agrarminister",
            "Agentur TASS",
        ),
    ],
)
def test_a_promise_an_outlet_tells_of_is_its_makers(
    language: str, text: str, source: str, via: str
) -> None:
    (c,) = claims(language, text)
    assert (c.source, c.via, c.status) == (source, [via], "pledged")


def test_a_country_promising_stays_told_of_by_the_outlet() -> None:
    """ "Moscou s'est engagé …, selon l'agence": a country acts; the outlet tells it."""
    text = "Moscou s'est engagé à livrer 30 000 tonnes de maïs, selon l'agence TASS."
    (c,) = claims("fr", text)
    assert c.source == "l'agence TASS"


def test_the_agency_later_means_the_outlet_that_passed_a_source_on() -> None:
    text = (
        "Le ministère russe de l'Agriculture s'est engagé à livrer 200 000 tonnes de blé, "
        "rapporte l'agence officielle TASS. Moscou a déjà envoyé 5 000 tonnes de riz, "
        "ajoute l'agence."
    )
    first, second = claims("fr", text)
    assert first.source == "Le ministère russe de l'Agriculture"
    assert second.source == "l'agence officielle TASS"


def test_the_agencys_informants_are_not_the_agency() -> None:
    text = (
        "Агентство Reuters з посиланням на джерела в розвідці повідомило, що КНДР передала "
        "ще 20 ракет. Раніше Пхеньян уже передав близько 100 таких ракет, зазначили "
        "співрозмовники агентства."
    )
    first, second = claims("uk", text)
    assert "Reuters" not in (second.source or "")
