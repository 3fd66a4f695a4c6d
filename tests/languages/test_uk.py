"""Ukrainian: the fixture folder scored end to end, and the number, bound, attribution and
time forms of Ukrainian reports through the public extractor (sentences written for these
tests). Ukrainian is read without a parser (extract/plain.py); names after a genitive cue
("за даними розвідки") go back to the nominative with pymorphy3."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.extract import parse_digits
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("uk", text)


def test_ukrainian_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("uk")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.8, r
    assert r["attribute_accuracy"]["measure"] >= 0.8, r
    assert r["traps_hit"] == 0, r


@pytest.mark.parametrize(
    ("text", "value"),
    [("11\u00a0000", 11000), ("11 000", 11000), ("1,5", 1.5), ("2\u00a0700\u00a0000", 2700000)],
)
def test_cldr_number_format(text: str, value: float) -> None:
    assert parse_digits(text, "uk") == value


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "vague", "measure"),
    [
        ("КНДР відправила до Росії 11 тис. військових.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("КНДР відправила до Росії 11\u00a0000 військових.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("КНДР відправила до Росії півтора мільйона снарядів.", 1_500_000, None, None, False,
         "dprk_artillery_shells"),
        ("КНДР відправила до Росії 1,5 млн снарядів.", 1_500_000, None, None, False,
         "dprk_artillery_shells"),
        ("Пхеньян може поставити ще від 100 до 150 ракет.", None, 100, 150, False,
         "dprk_ballistic_missiles"),
        ("КНДР передала Москві кілька сотень реактивних систем залпового вогню.", None, 200, None,
         True, "dprk_artillery_systems"),
        ("Пхеньян передав Москві десятки тисяч снарядів.", None, 10000, None, True,
         "dprk_artillery_shells"),
        ("КНДР відправила до Росії понад 20 тисяч контейнерів.", 20000, 20000, None, False,
         "dprk_containers_shipped"),
        ("Північнокорейські снаряди становлять майже половину боєприпасів російської армії.", 50,
         None, 50, False, "dprk_share_of_russian_ammunition"),
    ],
)  # fmt: skip
def test_numbers_bounds_ranges_and_vague_amounts(
    text: str, value: float | None, low: float | None, high: float | None, vague: bool, measure: str
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.vague, c.measure) == (value, low, high, vague, measure)


def test_status() -> None:
    (c,) = claims("Пхеньян може відправити до Росії ще 5 тисяч солдатів.")
    assert c.status == "planned"
    (c,) = claims("Москва пообіцяла Пхеньяну 1 мільйон барелів нафти.")
    assert (c.value, c.status, c.measure) == (1_000_000, "pledged", "russia_aid_to_dprk")


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("За даними Головного управління розвідки, загинули понад 1000 північнокорейських "
         "військових.", "Головне управління розвідки", []),
        ("За словами голови комітету Олени Гончар, загинули понад 1000 північнокорейських "
         "військових.", "голова комітету Олена Гончар", []),
        ("Як повідомив речник ГУР Андрій Юсов, Пхеньян перекинув до Росії 12 тисяч військових.",
         "речник ГУР Андрій Юсов", []),
        ("Росія поставила КНДР понад 1 мільйон барелів нафти, заявив радник президента Сін Вон "
         "Сік.", "радник президента Сін Вон Сік", []),
        ("Росія поставила КНДР понад 1 мільйон барелів нафти, заявив радник з національної "
         "безпеки Сін Вон Сік.", "радник з національної безпеки Сін Вон Сік", []),
        ("Видання NK News з посиланням на джерела в Сеулі пише, що КНДР відправила до Росії "
         "3000 військових.", "джерела в Сеулі", ["Видання NK News"]),
        ("Видання NK News з посиланням на американських посадовців пише, що КНДР відправила до "
         "Росії 3000 військових.", "американські посадовці", ["Видання NK News"]),
        ("Як повідомило агентство «Укрінформ» з посиланням на Генштаб ЗСУ, КНДР передала "
         "Москві 60 балістичних ракет.", "Генштаб ЗСУ", ["агентство «Укрінформ»"]),
        ("Кілька тисяч учителів виїхали за кордон, кажуть у профспілці освітян.",
         "профспілка освітян", []),  # the body, back in the nominative
    ],
)  # fmt: skip
def test_sources_and_via(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


def test_back_reference_names_the_latest_source() -> None:
    first, second = claims(
        "За даними Міністерства освіти, пошкоджено майже 3800 шкіл. Відомство зазначає, що "
        "понад 40% учнів навчаються дистанційно."
    )
    assert first.source == second.source == "Міністерство освіти"


@pytest.mark.parametrize(
    "text",
    [
        "Одному з полонених 19 років.",
        "КНДР відправила снаряди калібру 122 і 152 мм.",
        "Кім оглянув ракети KN-23 13 листопада 2024 року.",
        "Директорка ліцею №27 розповіла про навчання.",
        "Відключення триватимуть 4 години на добу.",
    ],
)
def test_traps_are_not_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Минулого місяця КНДР відправила до Росії 11 тисяч військових.", "2024-12"),
        ("КНДР відправила до Росії 11 тисяч військових 13 листопада 2024 року.", "2024-11-13"),
        ("Торік Пхеньян передав Москві 20 тисяч контейнерів.", "2024"),
    ],
)
def test_time_expressions_resolve_against_the_published_date(text: str, as_of: str) -> None:
    (c,) = extract_in("uk", text, published="2025-01-15")
    assert c.as_of == as_of


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Українські військові взяли в полон ще трьох північнокорейських солдатів.",
         "dprk_troops_captured"),
        ("Втрати КНДР перевищили 5 тисяч убитими та пораненими.", "dprk_troops_casualties"),
        ("Відомство оцінює кількість північнокорейських військових у Росії в 11 тисяч осіб.",
         "dprk_troops_in_russia"),
    ],
)  # fmt: skip
def test_what_happened_to_the_people_counted(text: str, measure: str) -> None:
    assert claims(text)[0].measure == measure


def test_a_destination_is_not_whose_the_figure_is() -> None:
    text = (
        "КНДР постачає Росії зброю. Пхеньян також відправив до Росії військових. "
        "Крім того, до Росії надійшло щонайменше 200 далекобійних артилерійських систем."
    )
    assert claims(text)[-1].measure == "dprk_artillery_systems"
    # Russia named as who had them: its own systems, not North Korea's
    own = "КНДР постачає Росії зброю. Пхеньян також відправив до Росії військових. " + (
        "Росія втратила 200 артилерійських систем."
    )
    assert claims(own)[-1].measure == "other"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the body named only as where it was said (extract/impersonal.py), in the nominative
        ("У ГУР повідомили, що КНДР відправила ще 2 тисячі військових.", "ГУР"),
        ("Як повідомили в Службі безпеки України, затримано 14 агентів.",
         "Служба безпеки України"),
        ("У Міністерстві охорони здоров'я очікують близько 30 тисяч хворих.",
         "Міністерство охорони здоров'я"),
        ("Росія отримала понад 100 ракет, вважають у Сеулі.", "Сеул"),
        ("Ще 300 людей евакуювали, розповіли в інтерв'ю телеканалу.", None),
    ],
)  # fmt: skip
def test_impersonal_sources(text: str, source: str | None) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_a_half_between_the_number_and_its_scale() -> None:
    (c,) = claims("Пхеньян передав Росії три з половиною мільйони снарядів.")
    assert c.value == 3_500_000


def test_a_preliminary_count_names_its_giver() -> None:
    (c,) = claims("За попередніми даними прикордонників, КНДР відправила 500 військових.")
    assert c.source is not None and "прикордонник" in c.source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # present and past forms of the whole table ("повідомляють", "попередив")
        ("Без світла залишалися 40 тис. абонентів, повідомляють обленерго.", "обленерго"),
        ("Мер Андрій Коваль попередив, що без тепла залишаться 300 будинків.", "Мер Андрій Коваль"),
        # a body named inside the clause, right before the impersonal verb
        ("Загальну кількість дронів у ЗСУ оцінюють у 5 тисяч.", "ЗСУ"),
    ],
)  # fmt: skip
def test_speakers_of_the_whole_verb_table(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


@pytest.mark.parametrize(
    ("name", "history", "expected"),
    [
        ("ГУР", ["представник Головного управління розвідки Андрій Юсов"],
         "Головного управління розвідки (ГУР)"),
        ("СБУ", ["Служба безпеки України", "МЗС"], "Служба безпеки України (СБУ)"),
        # no earlier name it abbreviates, or no acronym: as it is
        ("ЗСУ", ["Генштаб"], "ЗСУ"),
        ("Укренерго", ["Українська енергетика"], "Укренерго"),
    ],
)  # fmt: skip
def test_an_acronym_names_the_body_it_stands_for(
    name: str, history: list[str], expected: str
) -> None:
    from claimtrack.extract.impersonal import expanded

    assert expanded(name, history) == expected


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        # a lone role after the verb speaks; "за її словами" takes it up
        ("Уряд виділить на ліквідацію наслідків 50 млн грн, заявила прем'єр-міністерка на засіданні "
         "Кабміну.", "прем'єр-міністерка", []),
        # "яку цитує агентство": a relative pronoun is no speaker, the agency cites the source
        ("За оцінкою естонської розвідки, яку цитує агентство Reuters, північнокорейські снаряди "
         "становлять до 60% усіх.", "естонська розвідка", ["агентство Reuters"]),
    ],
)  # fmt: skip
def test_speakers_of_every_shape(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


def test_a_closing_speaker_is_the_source_of_its_sentence() -> None:
    """ "Попередньо збитки оцінюють у ..., повідомили в ОВА": the losses are estimated, the
    administration said so; the sentence before takes it too."""
    found = claims(
        "У районі зруйновано два мости. Попередньо збитки оцінюють у 180–200 млн грн, "
        "повідомили в ОВА."
    )
    assert [c.source for c in found] == ["ОВА", "ОВА"]


def test_a_press_service_speaks_for_its_body() -> None:
    (c,) = claims(
        "На ремонт шкіл спрямують 40 млн грн, повідомила прес-служба Міністерства освіти."
    )
    assert c.source == "Міністерство освіти"


def test_unnamed_sources_in_a_body_speak_for_it() -> None:
    (c,) = claims(
        "Як повідомило видання «Економічна правда» з посиланням на джерела в Міністерстві "
        "фінансів, дефіцит бюджету сягне 1,5 трлн грн."
    )
    assert c.source == "Міністерство фінансів"
    (d,) = claims("Джерела в Сеулі стверджують, що КНДР передала 300 ракет.")
    assert d.source == "Джерела в Сеулі"


def test_a_body_goes_by_the_shortest_name_the_text_gives_it() -> None:
    # the headline's "Мінекономіки" abbreviates "Міністерство економіки" of the body text
    found = claims(
        "Мінекономіки погіршило прогноз зростання ВВП\n\n"
        "Зростання ВВП цього року сповільниться до 2,1%, повідомило у середу Міністерство "
        "економіки."
    )
    assert found and found[-1].source == "Мінекономіки"


def test_a_lawmaker_citing_a_body_s_data_in_the_genitive_passes_them_on() -> None:
    (c,) = claims(
        "Депутатка Оксана Мельник, посилаючись на дані Мінекономіки, повідомила, що "
        "експорт зерна зріс до 4 млн тонн."
    )
    assert c.source == "Мінекономіки"
    assert c.via and "Оксана Мельник" in c.via[0]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a person named after their title and body is the source by name, in the nominative
        ("За словами директора заводу «Трансмаш» Івана Петренка, вироблено 300 машин.",
         "Іван Петренко"),
        # a place after the title is no person's name
        ("За словами посла Північної Кореї, до Росії прибули 3 тис. робітників.",
         "посол Північної Кореї"),
    ],
)  # fmt: skip
def test_a_titled_person_after_according_to_is_named(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # who was told, in the dative, stands between the verb and its speaker
        ("В області постраждали 40 людей, розповів журналістам губернатор Іван Петренко.",
         "губернатор Іван Петренко"),
        # a body after the object it estimates, where case and number tell them apart
        ("Втрати противника розвідка оцінює у 500 осіб.", "розвідка"),
    ],
)  # fmt: skip
def test_speakers_cases_tell(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("КНДР передала Росії пів мільйона снарядів.", 500_000),
        ("КНДР передала Росії півмільйона снарядів.", 500_000),
    ],
)
def test_half_of_a_scale_word(text: str, value: float) -> None:
    """Half a scale, before it, after it or glued to it, is read as half of it, not as
    the scale alone (which would double or halve the figure)."""
    (c,) = claims(text)
    assert (c.value, c.measure) == (value, "dprk_artillery_shells")


def test_a_press_release_s_giver_in_the_relative_clause_after_it() -> None:
    (claim,) = claims(
        "Без світла лишаються 37 будинків, йдеться в пресрелізі, який міськрада оприлюднила "
        "в понеділок."
    )
    assert claim.source == "міськрада"


def test_a_role_whose_dictionary_reading_has_no_case_still_speaks() -> None:
    """ "каже директор підприємства Віктор Гнатюк": the dictionary gives "директор" no case,
    which does not make it an object of the verb."""
    (claim,) = claims(
        "«Ми замінили 40 ділянок тепломережі», — каже директор підприємства Віктор Гнатюк."
    )
    assert claim.source == "директор підприємства Віктор Гнатюк"


def test_a_body_counting_speaks() -> None:
    (guns,) = claims("Крім того, ГУР нараховує близько 200 самохідних гаубиць.")
    assert guns.source == "ГУР"


def test_an_acronym_before_a_time_phrase_and_its_verb_speaks() -> None:
    """ "ГУР на минулому тижні називало": the acronym opening the sentence is the speaker;
    the time phrase between is no part of a name."""
    (shells,) = claims("ГУР на минулому тижні називало близько 12 млн снарядів.")
    assert shells.source == "ГУР"


def test_an_adverb_or_conjunction_before_where_it_was_said() -> None:
    """ "Проте в міських пабліках пишуть": an opening adverb or conjunction is no part of
    the body named where it was said, which goes back to the nominative."""
    (c,) = extract_in(
        "uk", "Проте в міських пабліках пишуть, що до весни закриють ще три маршрути."
    )
    assert c.source == "міські пабліки"


def test_an_interview_guest_addressed_in_the_vocative() -> None:
    # the intro opens on the guest's name; the question addresses her ("Пані Олено")
    text = (
        "Олена Кравчук (52 роки) керує міським водоканалом з 2020 року.\n\n"
        "— Пані Олено, скільки будинків досі без води?\n"
        "— Без води сьогодні 46 будинків. Ще 12 отримують воду за графіком."
    )
    got = [(c.value, c.source) for c in extract_in("uk", text, "2026-11-20")]
    assert got[-2:] == [(46, "Олена Кравчук"), (12, "Олена Кравчук")]


def test_the_hour_a_speaker_spoke_at_is_read_past() -> None:
    text = "«Ми нарахували 300 дронів», — заявив в ефірі о 21:00 речник ДСНС Петро Бойко."
    (c,) = extract_in("uk", text, "2026-11-20")
    assert c.source is not None and c.source.endswith("Петро Бойко")


def test_the_newsrooms_own_count_has_no_source() -> None:
    # "за підрахунками редакції": by the newsroom's count, the writer's own
    (c,) = extract_in(
        "uk",
        "Загалом, за підрахунками редакції, з осені через фронт пройшло понад 20 тисяч військових.",
    )
    assert c.source is None


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "uk",
            "Після закритого засідання комітету Олена Коваль сказала журналістам, що в області "
            "бракує 40 автобусів.",
            "Олена Коваль",
        ),
        (
            "pl",
            "Po zamkniętym posiedzeniu komisji Anna Nowak powiedziała dziennikarzom, że w "
            "regionie brakuje 40 autobusów.",
            "Anna Nowak",
        ),
    ],
)
def test_the_occasion_opening_the_clause_is_no_part_of_the_speakers_name(
    language: str, text: str, source: str
) -> None:
    (c,) = extract_in(language, text)
    assert c.source == source


def test_the_body_whose_briefing_a_lawmaker_cited_relays_is_the_source() -> None:
    """ "посилаючись на депутата X, який був на брифінгу Y": Y (in the nominative), passed
    on by the lawmaker, though the text named another source before."""
    found = extract_in(
        "uk",
        "Майор Остап Гнатюк чергує на спостережному пункті.\n\n"
        "«Десь 40 відсотків снарядів — старі», — розповідає Гнатюк.\n\n"
        "Газета «Полісся», посилаючись на депутата Лі Мін Хо, який був на закритому брифінгу "
        "Національної служби розвідки, написала, що в Росії перебувають 15 тис. військових КНДР.",
    )
    assert found[1].source == "Національна служба розвідки (NIS)"
    assert found[1].via[:1] == ["депутат Лі Мін Хо"]


def test_a_rank_alone_and_a_pronoun_after_the_object_mean_the_person() -> None:
    found = extract_in(
        "uk",
        "Майор Остап Гнатюк чергує на спостережному пункті.\n\n"
        "У листопаді батальйон узяв у полон трьох корейців, додає майор. Загальні втрати "
        "противника він оцінює приблизно в 900 осіб.",
    )
    assert [c.source for c in found] == ["Остап Гнатюк"] * 2


def test_a_body_telling_its_own_plan_is_its_source() -> None:
    (c,) = claims("Обласна лікарня планує до весни відкрити 60 нових ліжок.")
    assert (c.value, c.source, c.status) == (60, "Обласна лікарня", "planned")


def test_a_time_opening_an_impersonal_plan_is_no_planner() -> None:
    text = (
        "Кабмін виділить 1,8 млрд грн на генератори, повідомили в уряді. До кінця грудня "
        "планують закупити понад дві тисячі установок."
    )
    _, bought = claims(text)
    assert (bought.value, bought.source) == (2000, "уряд")


def test_a_time_word_before_we_in_a_quote_is_no_part_of_a_name() -> None:
    (c, _) = claims(
        "«Торік ми зафіксували 212 аварій, — розповіла нам директорка КП «Міськсвітло» "
        "Олена Дзюба, — а цьогоріч уже понад 300»."
    )
    assert c.value == 212 and c.source is not None and c.source.endswith("Олена Дзюба")


def test_a_back_reference_after_an_opening_phrase_means_the_body_named_before() -> None:
    text = (
        "У вівторок Держстат оприлюднив нові дані: пшениці зібрано 20 млн тонн. Щодо самого "
        "лише жита відомство спершу назвало 41 тис. тонн, а згодом виправилося."
    )
    _, c = claims(text)
    assert (c.value, c.source) == (41000, "Держстат")


def test_the_writers_own_count_is_nobodys() -> None:
    text = (
        "Міська рада заявила, що відремонтувала 120 під'їздів. За моїми підрахунками, "
        "приблизно 40 дахів у місті знову протікають."
    )
    _, mine = claims(text)
    assert (mine.value, mine.source) == (40, None)


def test_koreans_are_the_dprk_and_a_part_named_after_the_pair_is_its_own() -> None:
    text = (
        "За даними ГУР, корейці втратили близько 9 тис. осіб убитими та пораненими, з них "
        "приблизно 3,1 тис. — загиблими."
    )
    both, killed = claims(text)
    assert (both.value, both.measure) == (9000, "dprk_troops_casualties")
    assert (killed.value, killed.measure) == (3100, "dprk_troops_killed")


def test_a_speaker_who_stresses_after_the_figure() -> None:
    (c,) = claims("Близько 300 працівників уже звільнено, підкреслює голова профспілки Ігор Лапін.")
    assert c.source is not None and c.source.endswith("Ігор Лапін")


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("КНДР передала близько півтори сотні ракет.", 150, None),  # 1.5 of a hundred
        ("Росія отримала кількасот гармат.", None, 200),  # several hundred, one word
        ("Розрахунки становлять 2,5 мільярда доларів.", 2_500_000_000, None),
        ("На склад завезли півтораста тонн пального.", 150, None),
    ],
)
def test_hundreds_and_billions_in_every_form(
    text: str, value: float | None, low: float | None
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low) == (value, low)


def test_the_general_is_the_general_named_before() -> None:
    text = (
        "Виступив заступник начальника ГУР генерал-майор Олег Ткачук. "
        "У Росії перебувають близько 12 тисяч військових КНДР, заявив генерал."
    )
    assert claims(text)[-1].source == "Олег Ткачук"


def test_a_surname_the_dictionary_lacks_still_speaks() -> None:
    # the analyser guesses "Курилець" a genitive plural; a capitalised unknown word speaks
    (c,) = claims("Поранених — від шести до семи тисяч, — сказав Курилець у коментарі.")
    assert c.source == "Курилець"


def test_according_to_a_report_names_its_owner() -> None:
    (c,) = claims("Згідно зі звітом міністерства, у черзі було 2 317 людей.")
    assert c.source == "міністерство"


def test_according_to_it_means_the_body_that_published_it() -> None:
    (c,) = claims(
        "Минулого тижня обласна рада оприлюднила план. "
        "Згідно з ним, до вересня 2027 року в області закриють 46 сільських шкіл."
    )
    assert c.source == "обласна рада"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Як видно з системи Prozorro, вартість договору становила 38,6 млн грн.",
            "система Prozorro",
        ),
        ("Громада перерахувала йому 44,9 млн грн, свідчать дані Міноборони.", "Міноборони"),
    ],
)
def test_what_a_record_shows_is_its_keepers(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_the_same_data_are_the_latest_sources() -> None:
    text = (
        "Як повідомила міська лікарня, у черзі на операцію 1 240 людей. "
        "Майже дві третини з них становлять жінки, свідчать ті самі дані."
    )
    assert [c.source for c in claims(text)][-1] == "міська лікарня"


@pytest.mark.parametrize(
    "text",
    [
        "Підтримайте незалежну журналістику Липограда: 49 грн на місяць.",
        "Підписка на щотижневу розсилку — 39 грн/міс.",
    ],
)
def test_an_ask_for_readers_money_is_the_pages_price(text: str) -> None:
    assert claims(text) == []


def test_according_to_which_points_back_to_the_owner_of_the_data() -> None:
    text = (
        "Депутат Валентин Курило оприлюднив дані Головного управління розвідки, згідно з "
        "якими в Росії перебуває близько 14,5 тис. військових КНДР."
    )
    (c,) = claims(text)
    assert (c.source, c.via) == ("Головного управління розвідки", ["Депутат Валентин Курило"])


def test_a_criminal_code_article_is_a_label() -> None:
    claims = extract_in("uk", "Справу відкрили за ч. 2 ст. 286 ККУ; постраждали 9 пасажирів.")
    assert [c.value for c in claims] == [9]


def test_a_page_a_text_points_to_is_no_claim() -> None:
    text = "Посилання на стор. 214 веде до звіту, за яким частка сягнула 40%."
    assert [c.figure for c in extract_in("uk", text)] == [40]


@pytest.mark.parametrize("mark", ["'", "’", "ʼ"])
def test_a_number_word_is_read_with_any_apostrophe(mark: str) -> None:
    text = f"У полоні перебувають дев{mark}ятеро громадян КНДР."
    assert [c.figure for c in extract_in("uk", text)] == [9]


def test_the_same_estimate_of_a_body_is_that_body_s() -> None:
    (c,) = claims("За тією ж оцінкою ГУР, загинули щонайменше 2,1 тис. військових.")
    assert c.source == "ГУР"


def test_by_the_statistics_of_a_body() -> None:
    """ "За статистикою X": the body, named in the nominative."""
    text = "За статистикою Української баскетбольної ліги, господарі влучили 48% кидків."
    (c,) = extract_in("uk", text, "2026-12-02")
    assert c.source == "Українська баскетбольна ліга"


def test_a_length_of_things_is_an_amount_not_a_distance() -> None:
    """ "400 км тепломереж", "12 км труб": a genitive noun after the length names what is
    that long (claims); "дальність до 700 км" stays a capability."""
    text = (
        "На балансі підприємства приблизно 400 км тепломереж. Наступного року там планують "
        "замінити 12 км труб. Ракета має дальність до 700 км."
    )
    claims = extract_in("uk", text, "2026-12-02")
    assert sorted(c.value for c in claims) == [12, 400]
    assert all(c.source is None for c in claims)  # "Наступного року там": no one


def test_a_role_named_first_in_the_dative_is_the_person_in_the_nominative() -> None:
    text = (
        "Бригадирові Василю Гончаренку 52 роки, і в тепловиках він працює давно.\n\n"
        "«Цього сезону таких викликів удвічі більше, ніж торік», — каже бригадир."
    )
    (c,) = extract_in("uk", text, "2026-12-02")
    assert c.source == "Василь Гончаренко"


def test_said_in_a_bodys_summary_in_the_past_names_the_body() -> None:
    text = (
        "Загальні втрати перевищили 10 тисяч, йшлося в листопадовому зведенні Головного "
        "управління розвідки (ГУР). Там же повідомлялося, що в полоні перебувають шестеро "
        "громадян КНДР."
    )
    found = {c.value: c.source for c in extract_in("uk", text, "2026-12-02")}
    assert found[10000] == found[6] == "Головне управління розвідки (ГУР)"


def test_such_an_estimate_fronted_before_its_giver_names_the_giver() -> None:
    """ "… — таку оцінку ГУР оприлюднило в листопаді": the estimate is the object, ГУР gave it."""
    text = (
        "КНДР передала союзнику приблизно 12 млн артилерійських пострілів — таку оцінку ГУР "
        "оприлюднило в листопаді."
    )
    (c,) = extract_in("uk", text, "2026-12-02")
    assert c.source == "ГУР"


def test_a_quote_closed_by_he_is_the_person_named_after_the_last_source() -> None:
    """ "За даними управління … Директор Іван Коваль не приховує … «…», — каже він": the
    director, not the department remembered before him."""
    text = (
        "За даними управління фінансів, підприємство отримало 64 млн грн дотації. "
        "Директор підприємства Іван Коваль не приховує, що доведеться зняти з маршрутів "
        "щонайменше 14 автобусів. «Ми щодня перевозимо близько 38 тисяч пасажирів. Без дотації "
        "не вистачить», — каже він.\n"
    )
    (c,) = [c for c in extract_in("uk", text, "2026-12-02") if c.value == 38000]
    assert "Коваль" in (c.source or ""), c


def test_a_short_form_the_text_writes_for_another_country_s_body_is_not_its_name() -> None:
    # "Міноборони" stands for Ukraine's ministry here ("Міноборони України"); Britain's
    # ministry keeps its full name
    text = (
        "За оцінкою розвідки Міноборони України, в Росії перебуває 12 тис. військових КНДР. "
        "Міністерство оборони Великої Британії оцінило втрати КНДР приблизно в 9 тис. осіб."
    )
    (c,) = [c for c in claims(text) if c.value == 9000]
    assert c.source == "Міністерство оборони Великої Британії"


def test_a_short_form_written_alone_still_names_the_body() -> None:
    text = "Держстат оновив дані. Державна служба статистики повідомила, що населення скоротилося на 120 тис. осіб."
    (c,) = claims(text)
    assert c.source == "Держстат"


def test_the_synthetic_future_makes_its_figure_planned() -> None:
    """ "Нові трибуни вміщатимуть 5 200 глядачів": the future by its ending; "перебувають"
    (are, present) stays reported."""
    text = (
        "Нові трибуни вміщатимуть 5 200 глядачів.\n"
        "У Росії зараз перебувають близько 14 тисяч військових КНДР.\n"
    )
    statuses = {c.value: c.status for c in extract_in("uk", text, "2026-12-02")}
    assert statuses == {5200: "planned", 14000: "reported"}
