"""Portuguese: the fixture folder scored end to end, and the number, bound and attribution
forms of Portuguese and Brazilian reports through the public extractor (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.extract import parse_digits
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("pt", text)


def test_portuguese_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("pt")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.8, r
    assert r["attribute_accuracy"]["measure"] >= 0.75, r
    assert r["traps_hit"] <= 1, r


@pytest.mark.parametrize(
    ("text", "value"),
    [("11.000", 11000), ("11\u00a0000", 11000), ("1,5", 1.5), ("2.700.000", 2700000)],
)
def test_brazilian_and_portuguese_digits(text: str, value: float) -> None:
    assert parse_digits(text, "pt") == value


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "vague", "measure"),
    [
        ("A Coreia do Norte enviou 11 mil soldados para a Rússia.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("A Coreia do Norte enviou 11.000 soldados para a Rússia.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("A Coreia do Norte enviou 11 000 soldados para a Rússia.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("Pyongyang forneceu 1,5 milhão de projéteis à Rússia.", 1_500_000, None, None, False,
         "dprk_artillery_shells"),
        ("Pyongyang enviou duzentos mil projéteis para a Rússia.", 200_000, None, None, False,
         "dprk_artillery_shells"),
        ("A Coreia do Norte enviou mais de 11 mil soldados para a Rússia.", 11000, 11000, None,
         False, "dprk_troops_in_russia"),
        ("A Coreia do Norte enviou entre 10.000 e 12.000 soldados para a Rússia.", None, 10000,
         12000, False, "dprk_troops_in_russia"),
        ("Milhares de soldados norte-coreanos estão na Rússia.", None, 1000, None, True,
         "dprk_troops_in_russia"),
        ("Alguns milhares de soldados norte-coreanos estão na Rússia.", None, 2000, None, True,
         "dprk_troops_in_russia"),
        ("Dezenas de milhares de trabalhadores norte-coreanos estão na Rússia.", None, 10000, None,
         True, "dprk_workers_in_russia"),
        ("Pyongyang cobre até 40% das munições russas.", 40, None, 40, False,
         "dprk_share_of_russian_ammunition"),
    ],
)  # fmt: skip
def test_numbers_bounds_ranges_and_vague_amounts(
    text: str, value: float | None, low: float | None, high: float | None, vague: bool, measure: str
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.vague, c.measure) == (value, low, high, vague, measure)
    assert c.quote == text


def test_thousand_millions_is_a_billion() -> None:
    """European Portuguese "mil milhões" is 10^9, in digits and in words."""
    (c,) = claims("Pyongyang recebeu 2 mil milhões de dólares da Rússia.")
    assert c.value == 2_000_000_000
    (c,) = claims("Pyongyang recebeu dois mil milhões de dólares da Rússia.")
    assert c.value == 2_000_000_000


def test_approximations_and_status() -> None:
    (c,) = claims("A Coreia do Norte enviou quase 3.000 soldados para a Rússia.")
    assert (c.high, c.approx) == (3000, True)
    (c,) = claims("A Coreia do Norte enviou cerca de 3.000 soldados para a Rússia.")
    assert (c.value, c.approx, c.low, c.high) == (3000, True, None, None)
    (c,) = claims("A Coreia do Norte poderá enviar mais 5 mil soldados para a Rússia.")
    assert c.status == "planned"
    (c,) = claims("Moscou prometeu à Coreia do Norte um milhão de barris de petróleo.")
    assert (c.value, c.status) == (1_000_000, "pledged")


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("Segundo o NIS, a Coreia do Norte enviou pelo menos 11 mil soldados para a Rússia.",
         "o NIS", []),
        ("De acordo com o Pentágono, a Coreia do Norte enviou 11 mil soldados para a Rússia.",
         "o Pentágono", []),
        ("A Coreia do Norte enviou cerca de 3.000 soldados para a Rússia, disse o ministro da Defesa.",
         "o ministro da Defesa", []),
        ("Segundo o NIS, citado pela agência Yonhap, a Coreia do Norte enviou 11 mil soldados para a Rússia.",
         "o NIS", ["agência Yonhap"]),
    ],
)  # fmt: skip
def test_sources_and_via(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


@pytest.mark.parametrize(
    "text",
    [
        "O soldado norte-coreano de 24 anos foi capturado em Kursk em 2024.",
        "Pyongyang entregou obuses Koksan M1978 de 170 mm.",
        "Kim visitou a fábrica de mísseis KN-23 em 14 de novembro de 2024.",
    ],
)
def test_traps_are_not_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("No mês passado a Coreia do Norte enviou 11 mil soldados para a Rússia.", "2024-12"),
        ("Em novembro a Coreia do Norte enviou 11 mil soldados para a Rússia.", "2024-11"),
    ],
)
def test_time_expressions_resolve_against_the_published_date(text: str, as_of: str) -> None:
    (c,) = extract_in("pt", text, published="2025-01-15")
    assert c.as_of == as_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a name in apposition before its verb of saying
        ("O presidente ucraniano, Volodymyr Zelensky, afirmou que centenas de soldados "
         "norte-coreanos foram mortos.", "O presidente ucraniano, Volodymyr Zelensky"),
        # the verb first names who was told, then the speaker
        ("A Coreia do Norte enviou 11 mil soldados para a Rússia, disse à agência Lusa o ministro "
         "da Defesa.", "o ministro da Defesa"),
    ],
)  # fmt: skip
def test_speakers_around_the_verb(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_data_go_on_with_the_source_before_and_a_new_subject_does_not() -> None:
    text = (
        "Mais de 580 mil pessoas deixaram as suas casas, segundo a Defesa Civil estadual. "
        "O número de mortos chegou a 157, e 88 pessoas continuam desaparecidas. "
        "A polícia fez 40 detenções."
    )
    *_, missing, arrests = claims(text)
    assert missing.source == "a Defesa Civil estadual"
    assert arrests.source is None


def test_a_count_noun_before_the_figure_names_what_it_counts() -> None:
    (c,) = claims("O número de mortos chegou a 157, segundo a Defesa Civil.")
    assert (c.value, c.unit, c.source) == (157, "mortos", "a Defesa Civil")


def test_a_part_counted_out_of_a_whole() -> None:
    # the part counts the whole's thing; the whole is a claim of its own (how many there are)
    part, whole = claims(
        "De acordo com o governo, 461 dos 497 municípios foram afetados pelas chuvas."
    )
    assert (part.value, part.unit, whole.value, whole.unit) == (
        461,
        "municípios",
        497,
        "municípios",
    )


def test_the_ten_of_a_ratio_is_no_claim() -> None:
    (c,) = claims("Segundo o governo, 9 dos 10 municípios foram afetados pelas chuvas.")
    assert (c.value, c.unit) == (9, "municípios")


def test_a_range_and_a_later_figure_of_its_low_end_are_two_claims() -> None:
    text = (
        "A Rússia lançou entre 100 e 150 mísseis norte-coreanos contra a Ucrânia. A Coreia do "
        "Norte comprometeu-se a fornecer mais 100 mísseis até ao fim do ano."
    )
    fired, pledged = claims(text)
    assert (fired.low, fired.high, pledged.value, pledged.status) == (100, 150, 100, "pledged")


def test_plural_launchers_are_artillery_systems() -> None:
    (c,) = claims(
        "Dezenas de lançadores múltiplos de foguetes foram entregues pela Coreia do Norte."
    )
    assert (c.low, c.vague, c.measure) == (10, True, "dprk_artillery_systems")


def test_a_demand_is_its_makers_figure() -> None:
    _, demand = claims(
        "O governo prometeu um reajuste de 5%. O sindicato reivindica pelo menos 15%."
    )
    assert (demand.low, demand.source) == (15, "O sindicato")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A Coreia do Norte enviou um milhão e meio de projéteis à Rússia.", 1_500_000),
        ("A Coreia do Norte enviou 2 milhões e meio de projéteis à Rússia.", 2_500_000),
        ("A Coreia do Norte enviou meio milhão de projéteis à Rússia.", 500_000),
    ],
)
def test_halves_of_a_scale(text: str, value: float) -> None:
    (c,) = claims(text)
    assert (c.value, c.measure) == (value, "dprk_artillery_shells")


def test_a_half_that_opens_a_number_of_its_own() -> None:
    first, second = claims(
        "Protestaram 300 mil pessoas em Lisboa e meio milhão de pessoas no Porto."
    )
    assert (first.value, second.value) == (300_000, 500_000)


def test_the_counted_noun_comes_first() -> None:
    (c,) = claims("Pyongyang vai enviar mais dois mil engenheiros militares para Kursk.")
    assert (c.value, c.measure) == (2000, "dprk_engineers_sappers")


def test_a_source_heard_by_an_outlet_and_a_relative_clause() -> None:
    (c,) = claims(
        "Um diplomata europeu, que pediu anonimato, afirmou que cerca de 12 mil soldados "
        "norte-coreanos estão na Rússia."
    )
    assert (c.value, c.source) == (12000, "Um diplomata europeu")
    (d,) = claims(
        "Pelo menos 500 militares morreram em março, segundo analistas ouvidos pela agência Lusa."
    )
    assert (d.source, d.via) == ("analistas", ["agência Lusa"])


def test_a_back_reference_to_an_organ() -> None:
    _, later = claims(
        "O Ministério da Defesa da Ucrânia contabilizou 4.000 baixas norte-coreanas. "
        "Segundo o órgão, 1.200 desses militares morreram."
    )
    assert later.source == "O Ministério da Defesa da Ucrânia"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Perto de uma centena de tanques foram entregues à Rússia.", 100),
        ("Um milhar de operários norte-coreanos chegou à Rússia.", 1000),
        ("Duas dezenas de mísseis norte-coreanos atingiram Kharkiv.", 20),
        ("Três centenas de soldados norte-coreanos morreram em Kursk.", 300),
    ],
)
def test_articles_and_counts_of_number_nouns(text: str, value: float) -> None:
    # "uma centena" is a hundred, not 101; "duas dezenas" twenty, not 2 and "tens"
    (c,) = claims(text)
    assert (c.value, c.vague) == (value, False)


def test_neither_of_the_two_is_no_count() -> None:
    assert claims("Nenhum dos dois governos confirmou o acordo.") == []


def test_bare_sources_are_new_not_back_references() -> None:
    _, later = claims(
        "A agência Yonhap informou que 300 soldados morreram. Segundo o jornal Público, "
        "citando fontes militares, Pyongyang vai enviar mais 2.000 soldados para a Rússia."
    )
    assert (later.source, later.via) == ("fontes militares", ["o jornal Público"])


def test_a_speaker_after_a_verb_with_an_article_like_to() -> None:
    (c,) = claims("Pelo menos 40 pessoas morreram, informou a Defesa Civil em comunicado.")
    assert c.source == "a Defesa Civil"
    (d,) = claims(
        "Ao todo, 1.500 engenheiros foram enviados, afirmaram fontes diplomáticas à Folha."
    )
    assert d.source == "fontes diplomáticas"


def test_ten_of_thousands() -> None:
    (c,) = claims("A Coreia do Norte teria enviado uma dezena de milhares de soldados à Rússia.")
    assert (c.value, c.measure) == (10000, "dprk_troops_in_russia")


def test_a_pronoun_counts_the_noun_of_the_figure_before() -> None:
    whole, killed = claims(
        "A Coreia do Norte mandou 12 mil soldados para a Rússia, disse Seul. Pelo menos 500 "
        "deles morreram em combate na região russa de Kursk."
    )
    assert (whole.unit, whole.measure) == ("soldados", "dprk_troops_in_russia")
    assert (killed.value, killed.unit, killed.measure) == (500, "soldados", "dprk_troops_killed")
    assert killed.source == "Seul"


def test_the_subject_before_to_be_names_what_is_counted() -> None:
    dead, hurt = claims("Segundo a Defesa Civil, os mortos seriam cerca de 40 e os feridos 130.")
    assert (dead.value, dead.unit) == (40, "mortos")
    assert (hurt.value, hurt.unit) == (130, "feridos")


def test_the_subject_before_to_be_names_the_measure_not_the_next_figure() -> None:
    # "os mortos seriam cerca de 300 e os feridos 2.700": the subject before the verb
    # counts; the words after the first figure are the next figure's
    dead, hurt = claims(
        "Segundo Seul, entre os soldados norte-coreanos, os mortos seriam cerca de 300 "
        "e os feridos 2.700."
    )
    assert (dead.unit, dead.measure) == ("mortos", "dprk_troops_killed")
    assert (hurt.unit, hurt.measure) == ("feridos", "dprk_troops_wounded")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # verbs of saying in every tense the press uses, both word orders
        ("Cerca de 900 soldados ficaram feridos, ressaltou o porta-voz do exército.",
         "o porta-voz do exército"),
        ("O comando ucraniano receia o envio de mais 5 mil soldados.", "O comando ucraniano"),
        ("Mais de 300 casas foram destruídas, esclareceu a Proteção Civil.", "a Proteção Civil"),
        # "destacou" also deploys troops: no speaker there
        ("Os 8 mil soldados que Pyongyang destacou para Kursk sofreram baixas.", None),
        # people an outlet heard, opening the sentence
        ("Para economistas ouvidos pela Folha, a inflação deve chegar a 6%.", "economistas"),
        # an age between commas
        ("O autarca, de 52 anos, disse que 30 famílias foram realojadas.", "O autarca"),
    ],
)  # fmt: skip
def test_speakers_in_the_shapes_of_the_press(text: str, source: str | None) -> None:
    assert claims(text)[-1].source == source


def test_an_impersonal_se_names_no_one() -> None:
    (c,) = claims("Estima-se que cerca de 2 mil pessoas tenham ficado desalojadas.")
    assert c.source is None


def test_a_hedged_sentence_goes_on_reporting_the_source_before() -> None:
    first, second = claims(
        "A agência Yonhap, citando fontes militares, avança que Pyongyang enviou 6 milhões de "
        "projéteis. O material terá viajado em cerca de 14 mil contentores."
    )
    assert first.source == second.source == "fontes militares"


def test_people_an_outlet_heard_speak_and_the_outlet_passes_it_on() -> None:
    (c,) = claims("Economistas ouvidos pelo g1 calculam que a inflação pode chegar a 7%.")
    assert (c.source, list(c.via)) == ("Economistas", ["g1"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # lower-case speakers after an inverted verb, heard by an outlet
        ("Centenas de famílias estão desalojadas, relatam moradores ouvidos pela reportagem.",
         "moradores"),
        ("O ministro destacou que 300 soldados morreram em Kursk.", "O ministro"),
        # "segundo" with the outlet's own verb
        ("Segundo apurou o jornal, o governo vai pedir mais R$ 80 milhões.", "o jornal"),
        # "o mesmo responsável": the one named before, not a description of its own
        ("O general Ivan Petrov disse que 300 soldados morreram. Em entrevista à rádio, o mesmo "
         "responsável situou em 12 mil o número de militares.", "O general Ivan Petrov"),
        # the holder of the role after an inverted verb
        ("Foram disparados 40 mísseis, afirmou o porta-voz da Força Aérea, Yuri Ihnat.",
         "o porta-voz da Força Aérea, Yuri Ihnat"),
    ],
)  # fmt: skip
def test_speakers_heard_named_and_referred_back_to(text: str, source: str) -> None:
    assert claims(text)[-1].source == source


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # the noun's complement where the noun names no measure
        ("A Rússia enviou à Coreia do Norte dezenas de sistemas de defesa antiaérea.",
         "russia_aid_to_dprk"),
        # the noun first where it names one
        ("A Coreia do Norte enviou 30 mil contentores de munições para a Rússia.",
         "dprk_containers_shipped"),
        # a quotation closing on the figure
        ('Pyongyang entregou à Rússia "várias dezenas" de mísseis balísticos.',
         "dprk_ballistic_missiles"),
        ("Kiev mantém sob custódia três militares norte-coreanos.", "dprk_troops_captured"),
    ],
)  # fmt: skip
def test_what_a_figure_counts_past_its_noun(text: str, measure: str) -> None:
    assert claims(text)[-1].measure == measure


def test_an_estimate_published_by_a_body_and_the_same_report_later() -> None:
    # a noun of data in the singular, a date in brackets before its agent
    a, b = claims(
        "O exército perdeu cerca de 1.200 homens, segundo estimativa publicada na sexta-feira "
        "(3) pelo Ministério da Defesa. Os feridos seriam 2.500, de acordo com o mesmo relatório."
    )
    assert (a.source, b.source) == ("Ministério da Defesa", "Ministério da Defesa")


def test_an_interview_s_unquoted_answers_are_the_interviewee_s() -> None:
    text = (
        "Entrevista de Paulo Reis\n\n"
        "Marta Queirós, 52 anos, dirige o Observatório de Migrações do Minho (OMM). Falámos "
        "com Marta Queirós em Braga.\n\n"
        "Quantos trabalhadores chegaram este ano?\n"
        "As nossas estimativas apontam para 8 mil pessoas, sobretudo na construção.\n\n"
        "E quantos ficam?\n"
        "Talvez metade. Cerca de 4 mil já pediram residência."
    )
    found = claims(text)
    assert found and all(c.source == "Marta Queirós" for c in found)


def test_data_of_a_named_system_published_by_a_body_are_the_body_s() -> None:
    (c,) = claims(
        "A área queimada chegou a 1.200 km², segundo dados do sistema Alerta Verde "
        "divulgados nesta terça-feira (3) pelo Instituto Florestal."
    )
    assert c.source == "Instituto Florestal"


def test_figures_in_the_unit_of_a_sources_series_go_on_with_it() -> None:
    a, b, c = claims(
        "A produção de soja chegou a 150 milhões de toneladas nesta safra, segundo dados "
        "divulgados nesta terça-feira pela Conab. O Mato Grosso lidera, com 45 milhões de "
        "toneladas colhidas. A cidade tem 300 mil habitantes."
    )
    assert a.source is not None and "Conab" in a.source
    assert b.source == a.source
    assert c.source is None


def test_an_interview_prompt_without_a_question_mark_opens_an_answer_too() -> None:
    text = (
        "Entrevista de Clara Moura\n\n"
        "Rui Tavares, 47 anos, estuda o mercado de trabalho. Falámos com Rui Tavares no Porto.\n\n"
        "Quantos trabalhadores faltam?\n"
        "Faltam cerca de 30 mil pessoas na construção.\n\n"
        "Falemos dos salários.\n"
        "Subiram muito. Nas nossas contas, o salário médio cresceu 6% este ano.\n\n"
        "A Câmara apoia o setor?\n"
        "O ministério falou aos sindicatos de 12 mil vagas novas."
    )
    a, b, c = claims(text)
    assert (a.source, b.source) == ("Rui Tavares", "Rui Tavares")
    assert c.source is not None and "ministério" in c.source and c.via == ["Rui Tavares"]


def test_the_writer_s_own_estimate_with_its_article_names_no_source() -> None:
    (c,) = claims("Segundo as nossas estimativas, chegaram 9 mil trabalhadores este ano.")
    assert c.source is None


def test_according_to_a_role_and_its_holder_in_apposition() -> None:
    (c,) = claims("Segundo o diretor do hospital, Carlos Mendes, 120 pacientes foram atendidos.")
    assert c.source == "o diretor do hospital, Carlos Mendes"


def test_a_long_title_with_its_acronym_in_brackets_is_still_a_name() -> None:
    """The bracketed acronym is the body's short form, not one more word of a clause."""
    (c,) = claims(
        "Um analista do Centro de Estudos Estratégicos Navais da Marinha de Portugal "
        "(CEENMP) disse que cerca de 9 mil soldados norte-coreanos estão na Rússia."
    )
    assert c.source is not None and "(CEENMP)" in c.source


def test_a_study_or_the_body_itself_named_again() -> None:
    """ "o estudo", "a própria empresa": back-references to the source named before."""
    _, later = claims(
        "O Instituto Almada de Defesa calculou 3 mil baixas norte-coreanas em Kursk. "
        "Cerca de 700 desses militares morreram, aponta o estudo."
    )
    assert later.source == "O Instituto Almada de Defesa"
    _, own = claims(
        "A Transportes do Sado informou que 14 carreiras foram suprimidas. "
        "Só 5 circularam de manhã, de acordo com a própria empresa."
    )
    assert own.source == "A Transportes do Sado"


def test_a_study_s_author_after_the_agent_preposition_is_the_source() -> None:
    (claim,) = claims(
        "Cerca de 300 famílias foram desalojadas, segundo um estudo divulgado pela "
        "Universidade do Minho."
    )
    assert claim.source == "Universidade do Minho"


def test_made_known_is_a_verb_of_saying() -> None:
    (claim,) = claims(
        "O Ministério da Saúde fez saber que, este ano, já foram vacinadas 120 mil pessoas."
    )
    assert claim.source == "O Ministério da Saúde"


def test_a_page_separator_ends_the_speakers_name() -> None:
    (c,) = claims("ÚLTIMA HORA | Lisboa diz que há cerca de 300 desalojados na região")
    assert c.source == "Lisboa"


def test_a_body_after_its_verb_whose_name_goes_on_in_lower_case() -> None:
    """ "afirmou a Direção-Geral ... da Defesa ucraniano (HUR)": "a" is the speaker's article,
    not "to" before whom it told."""
    (shells,) = claims(
        "A Coreia do Norte já enviou para a Rússia perto de 12 milhões de projéteis, afirmou "
        "a Direção-Geral de Informações do Ministério da Defesa ucraniano (HUR)."
    )
    assert shells.source is not None and shells.source.startswith("a Direção-Geral")


def test_what_is_talked_of_is_nobody_s() -> None:
    _, talk = claims(
        "Em nota, o consórcio disse ter oferecido 4,2%. Nos bastidores, fala-se em uma "
        "proposta intermediária de 6,5%."
    )
    assert talk.source is None


def test_a_company_telling_its_own_plan_is_its_source() -> None:
    (c,) = claims("A Transtejo pretende comprar 10 navios elétricos até 2028.")
    assert (c.value, c.status) == (10, "planned")
    assert c.source is not None and "Transtejo" in c.source


def test_an_office_holder_after_an_opening_time_phrase_pledges() -> None:
    text = (
        "O vereador falou primeiro. Na terça-feira, a ministra da Saúde, Helena Quaresma "
        "Dias, comprometeu-se a abrir 120 camas até março."
    )
    (c,) = claims(text)
    assert (c.value, c.source, c.status) == (120, "Helena Quaresma Dias", "pledged")


def test_a_closing_verb_after_a_season_speaks_for_the_one_named_before() -> None:
    text = (
        "O diretor, Nuno Vasco Leitão, fez as contas. O défice ronda os 90 mil euros, "
        "explicou. Desde a primavera, dezenas de famílias deixaram a escola, lamenta."
    )
    found = claims(text)
    assert [c.source for c in found] == ["Nuno Vasco Leitão"] * 2


def test_a_number_word_after_conta_que_is_told_not_a_speaker() -> None:
    (c,) = claims("O treinador, Ivo Meireles, conta que nove atletas saíram do clube.")
    assert c.value == 9 and (c.source or "").endswith("Ivo Meireles")


def test_people_heard_by_an_outlet_speak_past_a_relative_clause() -> None:
    (c,) = claims(
        "Enfermeiros ouvidos pelo Jornal do Sado, que pediram anonimato, falam em 70 turnos "
        "por cobrir."
    )
    assert (c.value, c.source, c.via) == (70, "Enfermeiros", ["Jornal do Sado"])


def test_containers_told_without_their_actor_are_the_storys() -> None:
    # the report is about North Korea's shipments; the count's sentence names no actor
    text = (
        "Os navios da Coreia do Norte\n\n"
        "A analista acompanha há dois anos os embarques da Coreia do Norte para a Rússia. "
        "Na terça-feira, a planilha registrava mais de 25 mil contêineres embarcados rumo "
        "ao porto russo de Vostochny."
    )
    assert claims(text)[-1].measure == "dprk_containers_shipped"


def test_containers_of_a_story_without_the_actor_are_other() -> None:
    text = "O porto de Santos movimentou 25 mil contêineres na semana passada."
    assert claims(text)[-1].measure == "other"


def test_had_died_is_killed() -> None:
    text = "A Coreia do Norte mandou 12 mil soldados, dos quais 1.900 teriam morrido em combate."
    assert claims(text)[-1].measure == "dprk_troops_killed"


def test_second_before_a_unit_of_time_is_an_ordinal_not_a_cue() -> None:
    text = (
        "Um servidor da secretaria disse que a ordem veio no início do segundo semestre. "
        "Segundo ele, umas trezentas famílias nunca receberam telefonema."
    )
    (c,) = claims(text)
    assert c.source == "Um servidor da secretaria"


def test_a_verb_opening_a_quotation_is_what_was_said() -> None:
    text = (
        'A Secretaria afirmou que o painel "considera apenas cadastros completos". '
        "A pasta informou que a rede oferece hoje 2.860 vagas."
    )
    (c,) = claims(text)
    assert c.source == "A Secretaria"


def test_figures_given_with_a_bodys_data_are_that_bodys_through_the_speaker() -> None:
    text = (
        "O vereador Paulo Brito lamentou, com dados do Instituto de Habitação, que 2.300 "
        "famílias seguem sem casa."
    )
    (c,) = claims(text)
    assert (c.value, c.source, c.via) == (
        2300,
        "Instituto de Habitação",
        ["O vereador Paulo Brito"],
    )


def test_a_figure_in_words_between_commas_is_no_aside_before_the_speaker() -> None:
    """ "Desde então, outros quatro foram feitos prisioneiros, informa X": the clause set
    off holds the figure, so X after the verb speaks, not the adverb opening it."""
    (c,) = claims(
        "Desde então, outros quatro foram detidos, informa a Polícia Judiciária de Braga."
    )
    assert c.source == "a Polícia Judiciária de Braga"


def test_a_coach_named_by_his_role_after_he_spoke_is_him() -> None:
    """ "…», disse X na flash interview. O treinador lembrou que …": the coach named."""
    text = (
        "«Ganhámos com garra», disse Rui Meireles na flash interview. O treinador lembrou "
        "que o orçamento do clube é de 280 mil euros.\n"
    )
    (c,) = extract_in("pt", text, "2026-12-02")
    assert c.source == "Rui Meireles"


def test_a_body_named_by_its_head_noun_is_the_body_named_in_full() -> None:
    """ "a Equipe avalia" after "A Equipe Internacional de Vigilância (EIV)": the team."""
    text = (
        "A Equipe Internacional de Vigilância (EIV, na sigla em português) publicou ontem "
        "o seu relatório.\n\n"
        "“A Equipe avalia que cerca de 4 mil soldados permanecem na região.”"
    )
    (c,) = extract_in("pt", text, "2026-12-02")
    assert c.source is not None and "EIV" in c.source


def test_the_writer_s_own_label_is_no_one_s_subject() -> None:
    """ "NOSSA NOTA: …" opens the writer's comment: a later verb without its speaker does
    not mean the label."""
    text = (
        "NOSSA NOTA: É menos do que se dizia. São 2.100 mortos, disse à Gazeta, na "
        "quarta-feira, um porta-voz do Estado-Maior ucraniano."
    )
    (c,) = extract_in("pt", text, "2026-12-02")
    assert c.source is not None and "porta-voz" in c.source


def test_the_state_s_initials_name_the_north() -> None:
    """ "militares da RPDC": the North by its state's initials, so they are its troops."""
    text = "Cerca de 4 mil militares da RPDC permaneciam em território russo em outubro."
    (c,) = extract_in("pt", text, "2026-12-02")
    assert c.measure == "dprk_troops_in_russia"


def test_a_document_said_to_be_prepared_by_a_body_is_its_when_named_back() -> None:
    """ "um resumo, preparado pelo governo sul-coreano": "O texto … estima", "…, diz o
    documento" and "O documento lista …" later are the government's."""
    text = (
        "A embaixada distribuiu a diplomatas um resumo, preparado pelo governo sul-coreano, "
        "do que Seul sabe. O texto estima que cerca de 11 mil soldados continuam na Rússia. "
        "No auge, eram até 15 mil, diz o documento.\n\n"
        "O documento lista ainda pelo menos 250 mísseis balísticos.\n"
    )
    found = {c.figure: c.source for c in extract_in("pt", text, "2026-12-03")}
    assert found[11000] == found[15000] == found[250] == "governo sul-coreano"


def test_the_number_of_a_thing_is_no_document_named_back() -> None:
    """ "o número de presos" after a document a body prepared: a count, not the document."""
    text = (
        "O ministério divulgou um balanço, preparado pela polícia, das operações do ano.\n\n"
        "O Exército confirmou a captura de dois soldados. Isso eleva a 7 o número de presos, "
        "acrescentou.\n"
    )
    (c,) = [c for c in extract_in("pt", text, "2026-12-03") if c.figure == 7]
    assert c.source != "polícia"


def test_a_factor_word_after_a_count_counts_the_same_thing() -> None:
    text = (
        "Seul calcula que entre 15 mil e 18 mil norte-coreanos trabalham em obras russas, "
        "o triplo do que havia em 2023."
    )
    found = {c.figure: c.measure for c in extract_in("pt", text, "2026-12-03")}
    assert found[3] == "dprk_workers_in_russia"


def test_a_listing_verb_after_an_article_is_a_noun() -> None:
    """ "lidera a lista dos marcadores": "a lista" is the list, not someone listing."""
    text = "O avançado soma 9 golos em 12 jogos e lidera a lista dos marcadores da Liga."
    for c in extract_in("pt", text, "2026-12-03"):
        assert c.source is None, c


def test_a_generic_office_means_the_person_named_before() -> None:
    """ "o presidente, Fernando Lacerda Pinto … O dirigente lembrou": the same man."""
    text = (
        "«Recusámos 18 milhões em julho», disse o presidente, Fernando Lacerda Pinto.\n\n"
        "O dirigente lembrou que o clube tem um passivo de 40 milhões de euros."
    )
    (c,) = [c for c in extract_in("pt", text, "2026-12-03") if c.figure == 40_000_000]
    assert "Lacerda" in (c.source or ""), c


def test_a_speaker_past_a_colon_says_what_follows_the_verb() -> None:
    """ "A assembleia, que reuniu 300 sócios, foi longa: … o tesoureiro admitiu que": the
    300 are the paper's, the 12 million the treasurer's."""
    text = (
        "A assembleia, que reuniu 300 sócios no pavilhão, foi longa: houve protestos quando "
        "o tesoureiro, Jorge Almada, admitiu que faltam 12 milhões de euros."
    )
    found = {c.figure: c.source for c in extract_in("pt", text, "2026-12-03")}
    assert found[300] is None
    assert "Almada" in (found[12_000_000] or "")


def test_a_cue_past_a_colon_is_the_later_figure_s() -> None:
    text = (
        "Dezenas de famílias deixaram o bairro desde o verão, e a crise nota-se nas escolas: "
        "de acordo com os dados da Direção Regional, faltam 140 professores."
    )
    found = {c.figure: c.source for c in extract_in("pt", text, "2026-12-03")}
    assert found[10] is None
    assert "Direção Regional" in (found[140] or "")


def test_a_citing_cue_opening_the_sentence_is_no_subject_and_cites_the_document_s_giver() -> None:
    # "Citando o relatório que a DGS publicou": the cue is no name; the report's giver,
    # named by the relative clause after it, is cited
    text = (
        "Citando o relatório que a DGS publicou na semana passada, a médica explicou que "
        "há cerca de 1.200 camas ocupadas."
    )
    (c,) = extract_in("pt", text)
    assert c.source is not None and "DGS" in c.source


def test_an_acronym_source_is_named_as_the_text_spells_it_out() -> None:
    """ "o ISS indicou" after "Instituto da Segurança Social (ISS)": the body in full."""
    text = (
        "Os arguidos pagam 1,52 milhões de euros ao Instituto da Segurança Social (ISS).\n\n"
        "Em resposta à agência Lusa, o ISS indicou que fiscalizou 1.140 lares em 2025.\n"
    )
    (c,) = [c for c in extract_in("pt", text, "2026-12-03") if c.value == 1140]
    assert c.source == "Instituto da Segurança Social (ISS)"
