"""Speakers read without the parser (extract/plain.py) in their sentence's context, on
sentences written for these tests: a relative time beside a speaker is no part of the name
(the folder's relative times, "الشهر الماضي", "в прошлом месяце", "el año pasado", end a name
read after a verb of saying and are read past before one); a back-reference to a body means
the body opening its sentence."""

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
            "ar",
            "قالت وزارة الزراعة الشهر الماضي إن أكثر من ٤٠٠ مزرعة تضررت من الجفاف.",
            "وزارة الزراعة",
        ),
        (
            "ar",
            "سامي: وزارة الزراعة قالت الأسبوع الماضي إن أكثر من ٤٠٠ مزرعة تضررت من الجفاف.",
            "وزارة الزراعة",
        ),
        (
            "ru",
            "Министерство сельского хозяйства в прошлом месяце заявило, что засуха "
            "повредила более 400 ферм.",
            "Министерство сельского хозяйства",
        ),
        (
            "es",
            "Informó el consejero de Agricultura la semana pasada que la sequía dañó más de "
            "400 granjas.",
            "el consejero de Agricultura",
        ),
    ],
)
def test_a_relative_time_ends_the_speakers_name(language: str, text: str, source: str) -> None:
    (claim,) = extract_in(language, text, "2026-12-03")
    assert claim.source == source


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        (
            "pt",
            "O prefeito Rui Matos disse que 200 casas ficaram sem luz. A Defesa Civil "
            'Estadual (DCE) vai além: "são mais de 300 casas", afirmou o órgão no domingo.',
            "DCE",
        ),
        (
            "es",
            "El alcalde Luis Prado dijo que 200 casas quedaron sin luz. La Agencia Regional "
            "de Emergencias (ARE) va más lejos: «son más de 300 casas», afirmó el organismo.",
            "ARE",
        ),
    ],
)
def test_a_back_reference_to_a_body_means_the_body_opening_its_sentence(
    language: str, text: str, body: str
) -> None:
    # the name opening the sentence with no verb of saying, not the person before
    second = extract_in(language, text, "2026-12-03")[-1]
    assert second.source is not None and body in second.source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "La deuda del club asciende a $4.200 millones, de acuerdo con los estados "
            "financieros publicados por la Superintendencia de Valores.",
            "la Superintendencia de Valores",
        ),
        (
            "El Servicio de Impuestos cifra en unos $600 millones la deuda del club, según un "
            "oficio que el concejal Andrés Pérez leyó ayer en la radio.",
            "El Servicio de Impuestos",
        ),
        (
            "Unos 800 trabajadores llegaron en 2025, según las estadísticas oficiales citadas "
            "en el informe.",
            "las estadísticas oficiales",
        ),
    ],
)
def test_a_document_no_one_is_named_as_giving_speaks_for_its_body(text: str, source: str) -> None:
    (claim,) = extract_in("es", text, "2026-12-03")
    assert claim.source == source


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Обласне управління освіти оприлюднило звіт. Школи отримали 40 тис. планшетів, "
            "уточнило управління, хоча ще тиждень тому воно ж називало 45 тис.",
        ),
        (
            "ru",
            "Областное управление образования опубликовало отчёт. Школы получили 40 тыс. "
            "планшетов, уточнило управление, хотя ещё неделю назад оно же называло 45 тыс.",
        ),
    ],
)
def test_it_with_a_particle_is_the_body_named_before(language: str, text: str) -> None:
    # "воно ж", "оно же": the body, not the words before the pronoun
    last = extract_in(language, text, "2026-12-03")[-1]
    assert last.figure == 45000 and last.source is not None
    assert "управлін" in last.source.lower() or "управлен" in last.source.lower()


@pytest.mark.parametrize(
    ("language", "article"), [("de", "Die"), ("fr", "La"), ("es", "La"), ("it", "La"), ("pt", "A")]
)
def test_an_article_before_one_long_word_opens_a_sentence_safely(
    language: str, article: str
) -> None:
    # the opening is read from its first 80 characters, which one long compound can fill
    word = "-".join(["Militärkooperationsuntersuchung"] * 4)
    (claim,) = extract_in(language, f"{article} {word} 300 Soldaten.")
    assert claim.value == 300


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "it",
            "A margine, un diplomatico europeo che ha chiesto di non essere citato ha riferito "
            "di una sessantina di carri armati.",
            "un diplomatico europeo",
        ),
        (
            "fr",
            "Hier soir, un responsable qui a requis l'anonymat a évoqué une soixantaine de chars.",
            "un responsable",
        ),
        (
            "pt",
            "Na sexta-feira, um diplomata que pediu anonimato falou de cerca de 60 tanques.",
            "um diplomata",
        ),
    ],
)
def test_the_head_of_a_relative_clause_after_a_short_opener_speaks(
    language: str, text: str, source: str
) -> None:
    (claim,) = extract_in(language, text)
    assert claim.source == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "fr",
            "Le plan figure dans un rapport interne de l'Inspection académique. Le rapport "
            "estime que la fermeture permettrait d'économiser 2,3 millions d'euros par an.",
            "l'Inspection académique",
        ),
        (
            "pt",
            "O plano consta de um relatório interno da Inspeção Escolar. O relatório calcula "
            "que o fecho pouparia 2,3 milhões de euros por ano.",
            "Inspeção Escolar",
        ),
    ],
)
def test_a_document_named_with_its_maker_mid_sentence_later_means_the_maker(
    language: str, text: str, source: str
) -> None:
    (claim,) = extract_in(language, text)
    assert claim.source is not None and source in claim.source
