"""Russian: the fixture folder scored end to end, and the number, bound, attribution and
time forms of Russian reports through the public extractor (sentences written for these
tests). Russian is read without a parser (extract/plain.py); names after a genitive cue
("по данным разведки") go back to the nominative with pymorphy3."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.extract import parse_digits
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("ru", text)


def test_russian_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("ru")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.8, r
    assert r["attribute_accuracy"]["measure"] >= 0.8, r
    assert r["traps_hit"] == 0, r


@pytest.mark.parametrize(
    ("text", "value"),
    [("11\u00a0000", 11000), ("11 000", 11000), ("1,5", 1.5), ("2\u00a0700\u00a0000", 2700000)],
)
def test_cldr_number_format(text: str, value: float) -> None:
    assert parse_digits(text, "ru") == value


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "vague", "measure"),
    [
        ("КНДР отправила в Россию 11 тыс. военных.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("КНДР отправила в Россию 11\u00a0000 военных.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("Пхеньян передал России 1,5 млн снарядов.", 1_500_000, None, None, False,
         "dprk_artillery_shells"),
        ("Пхеньян передал России полтора миллиона снарядов.", 1_500_000, None, None, False,
         "dprk_artillery_shells"),
        ("Пхеньян передал России два миллиона снарядов.", 2_000_000, None, None, False,
         "dprk_artillery_shells"),
        ("КНДР отправила в Россию от 10 до 12 тысяч военных.", None, 10000, 12000, False,
         "dprk_troops_in_russia"),
        ("КНДР передала России несколько сотен гаубиц.", None, 200, None, True,
         "dprk_artillery_systems"),
        ("Пхеньян передал России десятки тысяч снарядов.", None, 10000, None, True,
         "dprk_artillery_shells"),
        ("КНДР передала России не менее 100 баллистических ракет.", 100, 100, None, False,
         "dprk_ballistic_missiles"),
        ("КНДР передала России 200 реактивных систем залпового огня.", 200, None, None, False,
         "dprk_artillery_systems"),
        ("На долю КНДР приходится почти половина снарядов российской армии.", 50, None, 50,
         False, "dprk_share_of_russian_ammunition"),
    ],
)  # fmt: skip
def test_numbers_bounds_ranges_and_vague_amounts(
    text: str, value: float | None, low: float | None, high: float | None, vague: bool, measure: str
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.vague, c.measure) == (value, low, high, vague, measure)


def test_status() -> None:
    (c,) = claims("Пхеньян может направить в Россию еще 5 тысяч солдат.")
    assert c.status == "planned"
    (c,) = claims("Москва готова передать Пхеньяну 50 тысяч тонн пшеницы.")
    assert c.status == "planned"
    (c,) = claims("Москва пообещала Пхеньяну 1,5 млн баррелей нефти.")
    assert (c.value, c.status, c.measure) == (1_500_000, "pledged", "russia_aid_to_dprk")


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("По данным Национальной службы разведки, КНДР отправила в Россию 11 тысяч солдат.",
         "Национальная служба разведки (NIS)", []),
        ("По словам главы разведки Кирилла Буданова, в Курской области погибли около 1200 "
         "северокорейских солдат.", "глава разведки Кирилл Буданов", []),
        # an unnamed representative speaks for the body, as a press service does
        ("Как сообщил представитель Генштаба, КНДР передала России свыше 4 млн снарядов.",
         "Генштаб", []),
        ("КНДР передала России не менее 100 баллистических ракет, заявил министр обороны "
         "Южной Кореи.", "министр обороны Южной Кореи", []),
        ("Россия поставила КНДР более 1 млн баррелей нефти, заявил советник по национальной "
         "безопасности Син Вон Сик.", "советник по национальной безопасности Син Вон Сик", []),
        ("Москва пообещала Пхеньяну 1,5 млн баррелей нефти.", "Москва", []),
        ("Агентство Рёнхап со ссылкой на Объединенный комитет начальников штабов сообщило, что "
         "Пхеньян отправил в Россию еще 3000 военных.",
         "Объединенный комитет начальников штабов", ["Агентство Рёнхап"]),
    ],
)  # fmt: skip
def test_sources_and_via(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


def test_back_reference_names_the_latest_source() -> None:
    first, second = claims(
        "По данным Национальной службы разведки, КНДР отправила в Россию 11 тысяч солдат. "
        "Ведомство также сообщает о 3400 раненых северокорейских военных."
    )
    assert first.source == second.source == "Национальная служба разведки (NIS)"
    assert second.measure == "dprk_troops_wounded"


@pytest.mark.parametrize(
    "text",
    [
        "Северокорейским солдатам, как правило, меньше 25 лет.",
        "КНДР передала самоходные орудия калибра 170 мм.",
        "Ким посетил завод ракет KN-23 13 ноября 2024 года.",
        "Директор школы №27 рассказал о занятиях.",
        "КНДР отправила снаряды калибра 122 и 152 мм.",
        "За полтора года через порт прошли поезда.",
    ],
)
def test_traps_are_not_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("В прошлом месяце КНДР отправила в Россию 11 тысяч солдат.", "2024-12"),
        ("КНДР отправила в Россию 11 тысяч солдат 13 ноября 2024 года.", "2024-11-13"),
        ("В этом году КНДР отправила в Россию 11 тысяч солдат.", "2025"),
    ],
)
def test_time_expressions_resolve_against_the_published_date(text: str, as_of: str) -> None:
    (c,) = extract_in("ru", text, published="2025-01-15")
    assert c.as_of == as_of


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # a capture in the clause makes the soldiers counted prisoners
        ("Украинские военные взяли в плен двух солдат КНДР.", "dprk_troops_captured"),
        # the killed and the wounded named together right after the figure are casualties
        ("КНДР потеряла около 4 700 человек убитыми и ранеными.", "dprk_troops_casualties"),
        # each figure naming its own stays its own
        ("В боях погибли 300 северокорейцев, а 2700 ранены.", "dprk_troops_killed"),
        # "человек" counts no thing: the sentence says who
        ("Разведка оценивает численность северокорейских военных в России в 11 тысяч человек.",
         "dprk_troops_in_russia"),
        # North Koreans counted by name are its troops
        ("«В Курской области сейчас не более 6 тысяч северокорейцев», — сказал он.",
         "dprk_troops_in_russia"),
        ("Более 5 тысяч граждан КНДР въехали в Россию на заработки.", "dprk_workers_in_russia"),
    ],
)  # fmt: skip
def test_what_happened_to_the_people_counted(text: str, measure: str) -> None:
    assert claims(text)[0].measure == measure


def test_aid_told_from_the_side_that_gets_it() -> None:
    text = (
        "Россия и КНДР расширяют сотрудничество. Москва поставляет Пхеньяну нефть. "
        "По данным Сеула, КНДР получила более миллиона баррелей нефти."
    )
    (c,) = claims(text)
    assert (c.value, c.measure) == (1_000_000, "russia_aid_to_dprk")


def test_a_weekday_after_vo_is_skipped_before_the_speaker() -> None:
    (c,) = claims(
        "Министерство снизило прогноз урожая до 125 млн тонн, сообщила во вторник "
        "пресс-служба ведомства."
    )
    assert c.source == "ведомство"  # the press service speaks for its body


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the body named only as where it was said (extract/impersonal.py), in the nominative
        ("В Минздраве ожидают, что число заболевших превысит 20 тысяч.", "Минздрав"),
        ("Ранее в правительстве области обещали выделить 300 млн рублей.", "правительство области"),
        ("В Генштабе ВСУ в пятницу уточнили, что уничтожены 12 танков.", "Генштаб ВСУ"),
        ("Под Курском погибли около 200 военных КНДР, заявили в Главном управлении разведки.",
         "Главное управление разведки"),
        ("Москва, как считают в Сеуле, получила до 100 ракет.", "Сеул"),
        ("Как сообщили во вторник в мэрии, без света остаются 4 тысячи квартир.", "мэрия"),
        ("Уровень воды поднимется еще на 40 сантиметров, говорится в сообщении Росгидромета.",
         "Росгидромет"),
        # a channel is no body, a subject before the verb speaks
        ("Еще 300 человек эвакуированы, заявили в интервью телеканалу.", None),
        ("Спасатели сообщили в четверг в Оренбурге о 30 пострадавших.", "Спасатели"),
    ],
)  # fmt: skip
def test_impersonal_sources(text: str, source: str | None) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_a_half_between_the_number_and_its_scale() -> None:
    (c,) = claims("Пхеньян передал России три с половиной миллиона снарядов.")
    assert c.value == 3_500_000


def test_a_range_in_words_shares_its_scale() -> None:
    (c,) = claims("КНДР передала России от двух до четырех миллионов снарядов.")
    assert (c.value, c.low, c.high) == (None, 2_000_000, 4_000_000)


def test_the_subject_an_outlet_cites_in_a_relative_clause_is_the_source() -> None:
    (c,) = claims(
        "Британские дипломаты, на которых ссылается газета The Times, оценивают потери КНДР "
        "в 3 тысячи военных."
    )
    assert (c.source, list(c.via)) == ("Британские дипломаты", ["газета The Times"])


def test_a_preliminary_estimate_names_its_giver() -> None:
    (c,) = claims("Ущерб, по предварительной оценке экспертов, превышает 40 млн рублей.")
    assert c.source == "эксперты"


def test_sappers_killed_are_killed() -> None:
    (c,) = claims("При разминировании в Курской области погибли 40 северокорейских саперов.")
    assert c.measure == "dprk_troops_killed"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a verb of the full table ("доложил", "предупредили"), not only the common forms
        ("В штабе округа доложил полковник Сидоров, что потеряно 12 танков.", "полковник Сидоров"),
        ("Спасатели предупредили, что без крова остались 400 человек.", "Спасатели"),
        # an adverbial phrase between the speaker and the verb is no speaker
        ("Депутат Иван Петров после встречи в министерстве рассказал, что в боях погибли "
         "300 военных.", "Депутат Иван Петров"),
        # a noun after the verb in the dative is its object: the place said it
        ("Россия, как считают в Киеве, поставляет Пхеньяну до 500 тысяч тонн зерна.", "Киев"),
    ],
)  # fmt: skip
def test_speakers_of_the_whole_verb_table(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_evidence_cited_beside_a_source_is_no_source() -> None:
    (c,) = claims(
        "Агентство AP со ссылкой на спутниковые снимки и источники в правительстве США "
        "сообщило, что в порт прибыли 200 контейнеров."
    )
    assert c.source == "правительство США"  # the sources speak for the body they are in


def test_a_lawmaker_relaying_a_briefing_is_via() -> None:
    """ "со ссылкой на депутата ..., НСР полагает": the agency's figure, the lawmaker passes it on."""
    (c,) = claims(
        "Как передает агентство Ёнхап со ссылкой на депутата Пак Чжун Хо, Национальная служба "
        "разведки полагает, что Пхеньян отправит еще 3 тысячи военных строителей."
    )
    assert c.source == "Национальная служба разведки (NIS)"
    assert "агентство Ёнхап" in c.via and any("Пак" in v for v in c.via)


def test_a_lone_role_after_the_verb_speaks() -> None:
    (c,) = claims("Бюджет вырастет на 40 млрд рублей, заявил министр на заседании правительства.")
    assert c.source == "министр"


def test_a_closing_speaker_names_the_sentence_before() -> None:
    found = claims(
        "Зарплаты бюджетников проиндексируют на 5%. Мера коснется около 190 тыс. человек, "
        "сообщили в пресс-службе губернатора."
    )
    assert [c.figure for c in found] == [5, 190000]
    # the press service speaks for its body, the governor
    assert all(c.source is not None and "губернатор" in c.source for c in found)


def test_an_outlets_interlocutors_are_the_ones_it_cited() -> None:
    found = claims(
        "Газета The Wall Street Journal, ссылаясь на американских чиновников, пишет, что КНДР "
        "отправила в Россию порядка 4 млн снарядов. Собеседники газеты уточнили, что на них "
        "приходится около 40% всего, что российская армия расходует на фронте."
    )
    assert [c.source for c in found] == ["американские чиновники"] * 2


def test_a_press_service_speaks_for_its_body() -> None:
    (c,) = claims("На ремонт дорог выделят 75 млн рублей, сообщила пресс-служба мэрии.")
    assert c.source == "мэрия"


def test_unnamed_sources_in_a_body_speak_for_it() -> None:
    (c,) = claims(
        "Источник в министерстве финансов сообщил, что дефицит бюджета достигнет 2 трлн рублей."
    )
    assert c.source == "министерство финансов"


def test_a_body_described_after_the_name_opening_its_sentence_is_that_name() -> None:
    # "пресс-служба ведомства": the office the sentence opened with (its subject before the verb)
    (c,) = claims(
        "Выставка открылась в среду. Росстат снизил прогноз урожая до 120 млн тонн, "
        "сообщила пресс-служба ведомства."
    )
    assert c.source == "Росстат"
    # a place opening the sentence (pymorphy3's Geox) is what the body speaks of
    (d,) = claims("Северная Корея передала России 300 ракет, сообщили в ведомстве.")
    assert d.source != "Северная Корея"


def test_a_role_alone_after_a_named_person_is_that_person() -> None:
    _, b = claims(
        "Урожай пшеницы составит 80 млн т, сказал аналитик центра «АгроПрогноз» Игорь Семенов. "
        "Ставки по кредитам, напомнил эксперт, превышают 19% годовых."
    )
    assert b.source is not None and "Игорь Семенов" in b.source


def test_a_month_before_the_speaker_and_a_quoted_speaker_closing_the_sentence() -> None:
    (a,) = claims(
        "Как сообщило в ноябре агентство «Вести-Юг» со ссылкой на Минсельхоз, урожай "
        "составил 30 млн т."
    )
    assert a.via == ["агентство «Вести-Юг»"]
    (b,) = claims("Экспорт масла вырастет до 7 млн т, прогнозирует «АгроЭксперт».")
    assert b.source == "«АгроЭксперт»"


def test_a_speaker_between_a_retro_cue_and_its_verb_names_the_figures_before() -> None:
    a, b = claims(
        "С начала года в Россию прибыли около 4 тыс. рабочих. Такие данные Главное "
        "управление статистики (ГУС) привело в пятницу.\n\n"
        "По оценке управления, еще 900 человек ждут виз."
    )
    assert a.source == "Главное управление статистики (ГУС)"
    assert b.source == a.source


def test_a_korean_name_s_words_are_no_stop_words() -> None:
    # "Ли" (a particle) and "Мин" (minutes) inside a run of capitalised words are a name's
    (c,) = claims("Депутат Ли Чон Мин, входящий в комитет, заявил, что погибли 300 солдат.")
    assert c.source is not None and "Ли Чон Мин" in " ".join([c.source, *c.via])


def test_the_writer_speaking_as_we_carries_no_earlier_source() -> None:
    # "мы оцениваем" outside quotes: the document's own figure, not the agency's before it
    a, b = claims(
        "Как сообщило агентство Рейтер, Россия передала 20 ракет. Общий объем помощи мы "
        "оцениваем в 2 млрд долларов."
    )
    assert a.source == "агентство Рейтер"
    assert b.source is None
    # "Мы" inside a quote is the one quoted, named after it
    (c,) = claims("«Мы насчитали 300 погибших», — сказал губернатор Иван Петров.")
    assert c.source is not None and "Иван Петров" in c.source


def test_a_named_subject_past_an_adverbial_speaks_not_the_object_after_its_verb() -> None:
    (c,) = claims(
        "Федеральная таможенная служба (ФТС) на совещании в правительстве 3 марта оценила "
        "объём незаконного ввоза примерно в 40 млрд рублей."
    )
    assert c.source is not None and "Федеральная таможенная служба" in c.source


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        # who was told, in the dative, stands between the verb and its speaker
        ("В регионе пострадали 40 человек, рассказал журналистам губернатор Иван Петров.",
         "губернатор Иван Петров", []),
        # a body after the object it estimates, where case and number tell them apart
        ("Потери противника разведка оценивает в 500 человек.", "разведка", []),
        # a capitalised stop word after a title is a first name; the acronym in brackets
        # names the body after "после" (in the nominative), not the lawmaker's title
        ("Паводок затопил 300 домов, сообщил депутат Ли Сон Гиль после брифинга "
         "Министерства по чрезвычайным ситуациям (МЧС).",
         "Министерство по чрезвычайным ситуациям (МЧС)", ["депутат Ли Сон Гиль"]),
    ],
)  # fmt: skip
def test_speakers_cases_tell(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


def test_a_body_spelled_out_takes_the_acronym_the_text_writes() -> None:
    text = (
        "В Главном управлении разведки заявили, что в регион прибыли 500 военных. "
        "В ГУР добавили, что их станет больше."
    )
    (c,) = claims(text)
    assert c.source == "Главное управление разведки (ГУР)"


def test_a_person_whose_title_spells_out_a_body_stays_the_person() -> None:
    text = (
        "Об этом сообщил представитель Главного управления разведки Олег Петров: в регион "
        "прибыли 500 военных. В ГУР добавили, что их станет больше."
    )
    (c,) = claims(text)
    assert c.source == "представитель Главного управления разведки Олег Петров"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("КНДР передала России полмиллиона снарядов.", 500_000),
        ("КНДР передала России полтора миллиона снарядов.", 1_500_000),
    ],
)
def test_half_of_a_scale_word(text: str, value: float) -> None:
    """Half a scale, before it, after it or glued to it, is read as half of it, not as
    the scale alone (which would double or halve the figure)."""
    (c,) = claims(text)
    assert (c.value, c.measure) == (value, "dprk_artillery_shells")


def test_according_to_her_means_the_person_opening_the_sentence() -> None:
    """ "Депутат Нина Широкова назвала его «...»: по ее словам, ...": the deputy, not the
    source of the sentence before."""
    _, hers = claims(
        "В департаменте финансов уточнили, что долг может вырасти до 9,5 млрд рублей. "
        "Депутат Нина Широкова назвала его «бюджетом выживания»: по ее словам, на ремонт "
        "школ предусмотрено лишь 170 млн рублей."
    )
    assert hers.source is not None and "Широкова" in hers.source


def test_a_correspondent_s_turn_keeps_the_body_it_cites() -> None:
    """A transcript's correspondent passes figures on: the body the turn cites goes on in
    the turn's next sentence that names no one. The correspondent is the programme's own
    reporter, in every later label too ("ЛАПТЕВА:"): no via."""
    text = (
        "ВЕДУЩИЙ (Павел Орлов): Добрый вечер. В студии наш корреспондент Нина Лаптева.\n\n"
        "КОРРЕСПОНДЕНТ (Нина Лаптева): Павел, добрый вечер.\n\n"
        "ОРЛОВ: Что с урожаем?\n\n"
        "ЛАПТЕВА: Министерство сельского хозяйства оценивает потери в 2 млн тонн зерна. "
        "Кроме того, погибли около 300 голов скота."
    )
    grain, cattle = claims(text)
    assert grain.source == cattle.source
    assert grain.source is not None and grain.source.startswith("Министерств")
    assert grain.via == cattle.via == []


def test_a_press_release_s_giver_in_the_relative_clause_after_it() -> None:
    """ "говорится в пресс-релизе, который X распространило": the release names no owner,
    the relative clause after it names who gave it."""
    (claim,) = claims(
        "За неделю порт принял 120 судов, говорится в пресс-релизе, который ООО «Северный "
        "терминал» распространило во вторник."
    )
    assert claim.source == "ООО «Северный терминал»"


def test_where_it_was_said_a_long_body_name_and_a_label_with_its_role() -> None:
    """ "сказал на пресс-конференции представитель X": the place it was said is passed
    over to the speaker; a body's name holding a preposition opens its sentence before
    "сообщает"; "ОЛЬГА ПЕТРОВА, директор ...:" labels a transcript's turn with its role."""
    briefed, body, labelled = claims(
        "«В городе без тепла остаются 120 домов», — сказал на пресс-конференции "
        "представитель мэрии Иван Котов.\n\n"
        "Региональный центр по работе с населением сообщает, что в пунктах обогрева "
        "ночевали 340 человек.\n\n"
        "ВЕДУЩИЙ: Как идут работы?\n\n"
        "ОЛЬГА ПЕТРОВА, директор «Теплосетей»: На линиях сейчас 35 бригад."
    )
    assert briefed.source is not None and "Иван Котов" in briefed.source
    assert body.source == "Региональный центр по работе с населением"
    assert labelled.source == "Ольга Петрова"


def test_a_long_body_name_opening_the_sentence_before_a_day_and_its_verb() -> None:
    # the day between the name and its verb of saying is no word of the name
    text = (
        "Центральный штаб по поиску пропавших без вести во вторник сообщил, что за "
        "неделю нашлись 14 человек."
    )
    (c,) = claims(text)
    assert c.source == "Центральный штаб по поиску пропавших без вести"


def test_a_connective_opening_the_sentence_is_no_part_of_the_speaker() -> None:
    """ "Кроме того, ГУР насчитывает": a phrase opening with a preposition before the comma
    is no head the name after it stands in apposition to."""
    (guns,) = claims("Кроме того, ГУР насчитывает около 200 самоходных гаубиц.")
    assert guns.source == "ГУР"
    _, food = claims(
        "«Поставки нефти превысили миллион баррелей», — оценивает востоковед Глеб Фомин. По "
        "его словам, Москва также пообещала до конца года отправить Пхеньяну продовольствия "
        "на 250 млн долларов."
    )
    assert food.source == "Москва"


def test_an_acronym_before_a_time_phrase_and_its_verb_speaks() -> None:
    (shells,) = claims("ГУР на прошлой неделе называло около 12 млн снарядов.")
    assert shells.source == "ГУР"


def test_where_and_when_a_body_spoke_is_no_part_of_its_name() -> None:
    """ "NIS (…) во вторник на закрытом заседании комитета оценила", "Генштаб в понедельник
    на брифинге сообщил": the body opening the sentence speaks, past its bracketed short
    name, the day and the briefing."""
    (troops,) = claims(
        "Национальная служба разведки Южной Кореи (NIS) во вторник на закрытом заседании "
        "парламентского комитета оценила численность военных в 14 тысяч человек."
    )
    assert troops.source == "Национальная служба разведки Южной Кореи (NIS)"
    (dead,) = claims("Генштаб в понедельник на брифинге сообщил о 300 погибших.")
    assert dead.source == "Генштаб"


def test_a_report_described_before_its_noun_is_its_owners() -> None:
    (shells,) = claims(
        "КНДР передала России 12 млн снарядов, говорится в опубликованном в пятницу докладе "
        "Центра стратегических оценок."
    )
    assert shells.source == "Центр стратегических оценок"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("По словам Андрея Юсова, КНДР передала России 12 млн снарядов.", "Андрей Юсов"),
        (
            "По словам Тимофея Карпова, в Курской области находятся 11 тыс. военных КНДР.",
            "Тимофей Карпов",
        ),
        (
            "По словам Дарьи Волынцевой, в Курской области находятся 11 тыс. военных КНДР.",
            "Дарья Волынцева",
        ),
    ],
)
def test_a_surname_the_dictionary_does_not_know_goes_back_to_the_nominative(
    text: str, source: str
) -> None:
    """ "По словам Андрея Юсова": the first name tells the surname's gender, its ending
    the nominative ("Юсова" -> "Юсов"), where the dictionary reads it as an adjective."""
    (c,) = claims(text)
    assert c.source == source


def test_a_role_whose_clause_ends_on_the_holders_name_is_that_person() -> None:
    # the role's words stop at "по"; the clause ends on the person holding it
    text = (
        "«В приютах сейчас 140 человек», — сообщил в среду представитель городского штаба по "
        "работе с беженцами Олег Курилов."
    )
    (c,) = extract_in("ru", text, "2026-11-20")
    assert c.source == "Олег Курилов"


def test_a_share_of_our_own_polls_respondents_has_no_source() -> None:
    # "участников нашего опроса": the respondents of our poll, the writer's own figure
    text = (
        "Больше половины участников нашего опроса считают, что оператора пора менять, а 30% против."
    )
    assert all(c.source is None for c in extract_in("ru", text))


def test_he_after_a_person_introduced_without_a_figure_is_that_person() -> None:
    """ "говорит он" with no source before: the person the text named last; first-person
    words inside the quote are the speaker's, not the writer's."""
    found = extract_in(
        "ru",
        "Главный инженер Пётр Соколов ведёт нас по сгоревшему складу.\n\n"
        "«Мы потеряли около 35 тонн зерна, — говорит он. — Ещё 12 тонн промокли».\n\n"
        "С весны элеватор уже сократил 40 рабочих, добавил инженер.",
    )
    assert [c.source for c in found] == ["Пётр Соколов"] * 3


def test_a_role_alone_means_the_person_named_with_it() -> None:
    (c,) = extract_in(
        "ru",
        "Директор Марина Лебедева встречает нас у ворот фабрики.\n\n"
        "Долг перед энергетиками превысил 14 млн руб., сообщила директор.",
    )
    assert c.source == "Марина Лебедева"


def test_an_adjective_that_may_be_a_surname_agrees_with_the_noun_after_it() -> None:
    # "Заречной" may be read as a surname; it is the adjective of "компании"
    (c,) = extract_in("ru", "В Заречной транспортной компании назвали другую сумму — 12 млн руб.")
    assert c.source == "Заречная транспортная компания"


def test_a_retro_cue_s_pronoun_is_no_part_of_the_speaker_s_name() -> None:
    (c,) = claims(
        "К весне КНДР направит ещё около 2 тыс. военных строителей, — об этом Ким тоже "
        "рассказал агентству."
    )
    assert c.source == "Ким"


def test_an_impersonal_body_s_name_ends_with_its_acronym() -> None:
    (c,) = claims("В польском БББН численность контингента оценивают выше — до 16 тысяч человек.")
    assert c.source is not None and c.source.endswith("БББН")


def test_a_reference_means_the_body_the_same_sentence_named_with_its_noun() -> None:
    text = (
        "Там же приведено уточнение Областного штаба гражданской обороны: сначала штаб "
        "сообщал о 35 затопленных домах."
    )
    (c,) = claims(text)
    assert c.value == 35 and c.source == "Областной штаб гражданской обороны"


def test_scouts_after_a_briefing_mean_the_service_that_gave_it() -> None:
    text = (
        "Служба внешней разведки провела брифинг для депутатов. Как сообщило агентство ТАСС "
        "со ссылкой на депутата Ольгу Ветрову, разведчики считают, что на границе стоят "
        "около 9 тыс. военных."
    )
    (c,) = claims(text)
    assert c.value == 9000 and c.source == "Служба внешней разведки"


def test_a_body_after_a_season_word_is_the_subject_of_its_promise() -> None:
    (c,) = claims(
        "Депутат Ирина Лосева напомнила, что ещё летом фонд обещал отремонтировать 40 крыш."
    )
    assert c.value == 40 and c.source == "фонд"


def test_a_speaker_who_explains_after_the_figure() -> None:
    (c,) = claims("Около 300 рабочих уже уволены, объяснил глава профсоюза Игорь Лапин.")
    assert c.source is not None and c.source.endswith("Игорь Лапин")


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("Россия получила полторы сотни ракет.", 150, None),
        ("Россия получила несколько сот орудий.", None, 200),
        ("На склад завезли полтораста тонн топлива.", 150, None),
    ],
)
def test_hundreds_in_every_form(text: str, value: float | None, low: float | None) -> None:
    (c,) = claims(text)
    assert (c.value, c.low) == (value, low)


@pytest.mark.parametrize(
    "text",
    [
        "Согласно сводке областного министерства здравоохранения, в очереди числились 2 317 человек.",
        "Согласно докладу областного министерства здравоохранения, в очереди числились 2 317 человек.",
    ],
)
def test_according_to_a_document_names_its_owner(text: str) -> None:
    (c,) = claims(text)
    assert c.source == "областное министерство здравоохранения"


def test_according_to_a_plan_alone_names_no_one() -> None:
    (c,) = claims("Согласно плану, к 2027 году в области построят 5 больниц.")
    assert c.source is None


def test_we_in_a_turn_closed_by_a_dash_is_the_speakers() -> None:
    text = (
        "Он пришёл утром.\n"
        "— Отделение у нас на 40 коек, но оперируют сейчас четверо хирургов, — говорит "
        "заведующий отделением Аркадий Сомов."
    )
    assert [c.source for c in claims(text)] == ["заведующий отделением Аркадий Сомов"] * 2


def test_as_seen_from_a_report_names_its_owner() -> None:
    (c,) = claims("Как видно из отчёта минздрава, в очереди числились 2 317 человек.")
    assert c.source == "минздрав"


def test_a_house_number_after_a_comma_is_an_address() -> None:
    text = "Жительница дома на улице Тюленина, 14 Анна Сорокина рассказала, что было холодно."
    assert claims(text) == []


def test_according_to_these_data_points_back_to_who_gave_them() -> None:
    text = (
        "Министр обороны Иван Петров отчитался перед комитетом. Согласно этим данным, в "
        "Россию въехали более 12,6 тыс. граждан КНДР."
    )
    (c,) = claims(text)
    assert c.source == "Министр обороны Иван Петров"


def test_according_to_which_reads_an_owner_in_the_genitive() -> None:
    text = (
        "Депутат Иван Петров обнародовал данные Службы внешней разведки, согласно которым в "
        "России находятся около 14 тыс. военных КНДР."
    )
    (c,) = claims(text)
    assert (c.source, c.via) == ("Службы внешней разведки", ["Депутат Иван Петров"])


def test_a_criminal_code_article_is_a_label_and_ends_no_sentence() -> None:
    text = "Водителю вменяют ч. 3 ст. 264 УК, за которую грозит до 7 лет; пострадали 12 человек."
    claims = extract_in("ru", text)
    assert [c.value for c in claims] == [12]
    assert claims[0].quote.startswith("Водителю")


def test_the_enterprise_itself_is_the_enterprise_named_before() -> None:
    """ "по данным самого предприятия": the enterprise the text named, not a new source."""
    text = (
        "В ПАТП «СеверБус» заявили, что долг составляет 41 млн рублей. "
        "По данным самого предприятия, ежедневно автобусы перевозили около 40 тыс. человек."
    )
    (c,) = [c for c in claims(text) if c.figure == 40_000]
    assert c.source is not None and "СеверБус" in c.source


def test_an_object_opening_the_sentence_is_no_subject() -> None:
    """ "Забастовку объявили водители": Russian may put the object first; a word no
    subject's case allows is nobody the next sentence's pronoun or unsaid subject means."""
    from claimtrack.extract.lexicon import load_lexicon
    from claimtrack.extract.plain import PlainReader

    cues = PlainReader(load_lexicon("ru")).cues
    assert cues.subject_phrase("Забастовку объявили водители автопарка.") is None
    assert (cues.subject_phrase("Водители объявили забастовку.") or "").startswith("Водители")


def test_the_owner_of_the_estimate_a_cue_names_is_the_source() -> None:
    # "согласно оценке X": the estimate is X's, named in the nominative
    text = "Согласно оценке областного минздрава, в очереди на операцию стоят 2,4 тыс. человек."
    assert [c.source for c in extract_in("ru", text)] == ["областной минздрав"]


def test_a_page_a_text_points_to_is_no_claim() -> None:
    # "на с. 231": page 231, a label; the figure beside it counts
    text = "Таблица на с. 231 показывает, что доля выросла до 40%."
    assert [c.figure for c in extract_in("ru", text)] == [40]


def test_the_same_estimate_of_a_body_is_that_body_s() -> None:
    """ "По той же оценке НСР": the cue with "the same" before its noun names the body."""
    killed, wounded = claims(
        "По той же оценке НСР, погибли не менее 2,1 тыс. военных, ранения получили около 3 тыс."
    )
    assert (killed.source, wounded.source) == ("НСР", "НСР")


def test_by_the_statistics_of_a_body() -> None:
    """ "По статистике X": the body, named in the nominative."""
    text = "По статистике Единой баскетбольной лиги, хозяева реализовали 48% бросков."
    (c,) = extract_in("ru", text, "2026-12-02")
    assert c.source == "Единая баскетбольная лига"


def test_ukrainian_intelligence_is_named_with_its_cyrillic_acronym() -> None:
    """ "по данным украинской разведки": the pack's HUR, its acronym in the text's script."""
    text = "По данным украинской разведки, КНДР передала России свыше 12 млн снарядов."
    (c,) = extract_in("ru", text, "2026-12-02")
    assert c.source == "украинская разведка (ГУР)"


def test_a_pronoun_right_before_the_verb_speaks_past_a_fronted_object() -> None:
    """ "Общий доход … с Россией он оценил в …": "он" (two letters, no particle) speaks."""
    text = (
        "Замглавы ГУР Вадим Остапчук дал интервью. Общий доход Пхеньяна от сотрудничества "
        "с Россией он оценил в 20 млрд долларов."
    )
    (c,) = extract_in("ru", text, "2026-12-02")
    assert c.source is not None and "Остапчук" in c.source


def test_the_body_opening_the_clause_answers_past_an_adjunct() -> None:
    """ "В министерстве … на запрос редакции ответили": the ministry, not the request."""
    text = (
        "В министерстве здравоохранения области на запрос редакции ответили во вторник. "
        "По данным ведомства, укомплектованность службы скорой помощи составляет 43%."
    )
    (c,) = extract_in("ru", text, "2026-12-02")
    assert c.source == "министерство здравоохранения области"


def test_representatives_of_a_body_speak_for_it_unless_named() -> None:
    """ "представители ведомства": the ministry; "представитель ГУР Олег Мирошниченко" and
    "представитель штаба по обращению с военнопленными Дмитрий Лисовой": the person."""
    unnamed = (
        "Министерство обороны ответило на запрос. "
        "По словам представителей ведомства, уже направлено 212 млн рублей."
    )
    (c,) = extract_in("ru", unnamed, "2026-12-02")
    assert c.source == "Министерство обороны"
    named = (
        "«У нас по-прежнему двое пленных», — заявил представитель штаба по обращению "
        "с военнопленными Дмитрий Лисовой."
    )
    (c,) = extract_in("ru", named, "2026-12-02")
    assert c.source is not None and "Лисовой" in c.source


def test_said_in_a_bodys_summary_in_the_past_names_the_body() -> None:
    """ "говорилось в сводке X" as "говорится в": X, in the nominative; "Там же сообщалось"
    goes on with it."""
    text = (
        "Общие потери контингента перевалили за 10 тысяч, говорилось в ноябрьской сводке "
        "Главного управления разведки (ГУР) Минобороны Украины. Там же сообщалось, что в "
        "плену находятся шесть граждан КНДР."
    )
    found = {c.value: c.source for c in extract_in("ru", text, "2026-12-02")}
    assert found[10000] == found[6] == "Главное управление разведки (ГУР) Минобороны Украины"


def test_a_back_reference_after_a_body_spelled_out_means_that_body() -> None:
    """ "разведка считает" right after "Национальная служба разведки (НСР) отчитывалась" is
    the NIS, not the diplomatic sources an agency cited in the paragraph before; named as
    the text spells its acronym out."""
    text = (
        "Делегацию ждут в Москве, сообщило агентство Ёнхап со ссылкой на дипломатические "
        "источники. По его данным, военных будет около 40 человек.\n\n"
        "На прошлой неделе Национальная служба разведки (НСР) Южной Кореи отчитывалась на "
        "закрытом заседании комитета. Как рассказал журналистам депутат Пак Сон Иль, разведка "
        "считает, что в России находятся 12 тыс. северокорейских военнослужащих."
    )
    (c,) = [c for c in extract_in("ru", text, "2026-12-02") if c.value == 12000]
    assert c.source == "Национальная служба разведки (НСР)"
    assert c.via == ["депутат Пак Сон Иль"]


def test_he_after_a_dash_quote_means_the_person_opening_the_sentence_before() -> None:
    """ "Директор Олег Чуприн, открывая совещание, поблагодарил … — …, — сказал он": the
    director, not the engineer quoted before him."""
    text = (
        "«Ущерб — порядка 900 тыс. рублей», — уточнил главный инженер Виктор Лапшин.\n\n"
        "Директор депо Олег Чуприн, открывая совещание, поблагодарил ремонтников.\n\n"
        "— Все девять снегоочистителей работали круглые сутки, — сказал он.\n"
    )
    (c,) = [c for c in extract_in("ru", text, "2026-12-02") if c.value == 9]
    assert "Чуприн" in (c.source or ""), c


def test_a_role_of_several_words_alone_is_the_one_person_named_with_it() -> None:
    """ "— сказал глава округа" after "глава округа Игорь Мартынов": the head of the
    district is Игорь Мартынов; a role the text names two people with stays a role."""
    text = (
        "Вечером глава округа Игорь Мартынов записал видеообращение к жителям.\n\n"
        "«Ущерб мы пока оцениваем в 12 млн рублей», — сказал глава округа.\n"
    )
    (c,) = extract_in("ru", text, "2026-12-02")
    assert c.source == "Игорь Мартынов"
    two = text.replace("к жителям.", "к жителям, а глава округа Пётр Сидоров промолчал.")
    (c,) = extract_in("ru", two, "2026-12-02")
    assert c.source == "глава округа"


def test_a_promise_in_any_person_is_a_pledge() -> None:
    """ "Власти обещали выделить 2,5 млрд рублей": the plural past pledges as "пообещал"."""
    (c,) = extract_in("ru", "Власти обещали выделить на выплаты 2,5 млрд рублей.\n", "2026-12-02")
    assert c.status == "pledged"


def test_a_verb_in_the_perfective_future_makes_its_figure_planned() -> None:
    """ "дефицит составит 700 млн" (will amount to): future by pymorphy3's tag, no ending
    tells it; "составил" (amounted) is past."""
    text = (
        "По подсчётам газеты, дефицит составит около 700 млн рублей.\n"
        "В прошлом году дефицит составил 500 млн рублей.\n"
    )
    statuses = {c.value: c.status for c in extract_in("ru", text, "2026-12-02")}
    assert statuses == {700_000_000: "planned", 500_000_000: "reported"}
