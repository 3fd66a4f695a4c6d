"""Each trap rule alone: a sentence written for the rule, and the rule that settles its
number. The rules are tried in order, so each sentence also shows no earlier rule
catches the number."""

from __future__ import annotations

import pytest

from claimtrack.extract.figures import Figure, FigureFinder
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.sentences import is_title_case
from claimtrack.extract.tokens import tokenize
from claimtrack.extract.traps import KEEP, TRAP_RULES, TrapFilter

CASES: list[tuple[str, str, str, str, str | None]] = [
    # (rule, language, sentence, the number as written, reason)
    ("web_address", "en", "Details are at www.portnews2024.example/list today.", "2024", "other"),
    (
        "phone_number",
        "en",
        "Relatives can call 0800 555 0199 for news of the crew.",
        "0800",
        "other",
    ),
    (
        "time_after_adjective",
        "uk",
        "За чотири святкові дні потягами скористалися 2,3 мільйона пасажирів.",
        "чотири",
        "duration",
    ),
    (
        "paywall_share",
        "en",
        "You have read 70% of this article; subscribe to go on.",
        "70%",
        "paywall",
    ),
    ("page_price", "en", "Subscribe from $4 a month for unlimited access.", "$4", "price"),
    ("clock_minutes", "en", "The ferry left at 06:50 with 200 passengers.", "50", "time"),
    ("clock_am_pm", "en", "Sirens sounded at 4 p.m. across the port.", "4", "time"),
    ("ordinal", "en", "It was the 31st convoy to reach the town.", "31", "date"),
    ("ordinal_dot", "pl", "Połowa chorych to ludzie po 65. roku życia.", "65", "other"),
    ("ordinal_prefix", "zh", "这是该港第四个集装箱码头。", "四个", "other"),
    ("decade", "en", "Grain output fell in the 1980s across the north.", "1980", "date"),
    ("letters_glued_before", "en", "Engineers fitted MX9 pumps to the barges.", "9", "designation"),
    ("code_hyphen_before", "en", "Pilots flew Yak-52 trainers over the bay.", "52", "designation"),
    ("slash_date_before", "en", "The ledger for 11/2023 listed forty crates.", "2023", "date"),
    ("mid_year", "en", "Work stopped in mid-2022 after the flood.", "2022", "date"),
    ("digit_hyphen_before", "en", "Crews loaded 7-2-40 fuses onto the truck.", "40", "designation"),
    ("hash_number", "en", "Berth #7 was closed to tankers.", "7", "designation"),
    ("age_decade", "ko", "포로는 20대 초반의 병사였다.", "20", "duration"),
    ("weekday_numeral", "zh", "情报总局上周五发布了评估。", "五发", "date"),
    ("rate_base_after", "ja", "住民1人当たり3万円を配る。", "1", "other"),
    ("glued_counter", "ko", "전쟁은 3년 동안 계속됐다.", "3", "duration"),
    ("letters_glued_after", "en", "The ship carried 40X radar units.", "40", "designation"),
    ("score_after", "en", "The home side won 3/1 in the final.", "3", "date"),
    ("digits_code_after", "en", "An Airbus 320-200 landed at the airfield.", "320", "designation"),
    ("title_code_after", "en", "Gunners moved a 240-Tulpan battery forward.", "240", "designation"),
    ("hyphen_word_after", "en", "It was a 3-way split of the cargo.", "3", "other"),
    ("inch_mark", "en", 'Sailors fired a 4" deck gun at dawn.', "4", "calibre"),
    ("one_of_a_pair", "ar", "ويبلغ أحد الجنديين 19 عاماً.", "الجنديين", "other"),
    ("measuring_unit", "en", "The pier lies 12 km from the town centre.", "12", "calibre"),
    ("paired_calibre", "en", "Crews fired 122 and 152 mm guns at dawn.", "122", "calibre"),
    ("price_label", "en", "Hardback, 320 pages. Price: $25.", "$25", "price"),
    ("road_letter", "de", "Der Stau auf der B 71 reichte bis Bremen.", "71", "designation"),
    ("page_furniture", "en", "The story drew 48 comments before noon.", "48", "other"),
    ("furniture_label", "zh", "晚报官方微博　粉丝 486万", "486万", "other"),
    ("file_size", "ru", "Доклад: PDF, 3,6 МБ.", "3,6", "other"),
    ("radio_frequency", "pl", "Słuchaj nas na 101,4 FM przez całą dobę.", "101,4", "designation"),
    ("aged", "en", "Dockers aged 60 may retire early.", "60", "duration"),
    ("clock_word", "en", "The curfew starts at 9 GMT on weekdays.", "9", "time"),
    ("clock_colon", "en", "Voters split 50%:50 on the question.", "50%", "time"),
    ("month_before", "en", "The quay reopened on June 9 after repairs.", "9", "date"),
    ("month_abbreviation_before", "en", "The quay reopened on Sept. 9 after repairs.", "9", "date"),
    ("month_after", "en", "The quay reopened on 9 June after repairs.", "9", "date"),
    ("service_number", "en", "Residents should call 999 if the water rises.", "999", "other"),
    ("leading_zero", "it", "La squadra 017 ha vinto la gara.", "017", "designation"),
    ("clock_preposition", "it", "Lo sportello resta aperto fino alle 19.", "19", "time"),
    (
        "number_sign",
        "fr",
        "Le journal, dans son édition n° 22 417, revient sur la crue.",
        "22 417",
        "designation",
    ),
    (
        "postal_code",
        "it",
        "La redazione è in via Giuseppe Mazzini 41, 73100 Lecce, al primo piano.",
        "73100",
        "other",
    ),
    (
        "postal_town",
        "de",
        "Redaktion: Am Lindenhof 12, 4020 Linz, Österreich",
        "4020",
        "other",
    ),
    (
        "option_mark",
        "en",
        "Quiz: how many drones fell? a) 120 b) 1,200 c) 12,000",
        "1,200",
        "other",
    ),
    ("calendar_year", "ar", "الأربعاء 2 ديسمبر 2026 | 21 جمادى الآخرة 1448", "1448", "date"),
    ("of_month_after", "es", "El muelle reabrió el 9 de junio tras las obras.", "9", "date"),
    ("dotted_day", "de", "Der Hafen öffnete am 9. Juni wieder.", "9", "date"),
    ("year", "en", "The harbour was dredged in 2016 for larger ships.", "2016", "date"),
    (
        "retracted_in_correction",
        "de",
        "Korrektur: In einer früheren Fassung hieß es, der Hafen habe 640 Container umgeschlagen.",
        "640",
        "other",
    ),
    ("chainage", "zh", "事故发生在县道X105线K23+450处。", "450", "designation"),
    (
        "set_aside_for_another",
        "pl",
        "Na liście czekało nie 412, lecz 398 pacjentów szpitala.",
        "412",
        "other",
    ),
    ("poll_notation", "en", "The survey (n=850) asked dockers about pay.", "850", "other"),
    (
        "confidence_level",
        "es",
        "El margen de error es de 3 puntos, con un nivel de confianza del 95%.",
        "95%",
        "other",
    ),
    ("abbreviated_label", "en", "The rule is set out in Vol. 3 of the code.", "3", "designation"),
    ("designation_word", "en", "Inspectors cited Clause 14 of the contract.", "14", "designation"),
    ("label_prefix", "en", "The quake measured magnitude 6 offshore.", "6", "designation"),
    ("number_sign_word", "en", "Cargo went to warehouse No . 8 overnight.", "8", "designation"),
    ("acronym_before", "en", "The navy tested its new LRV 2, a drone.", "2", "designation"),
    (
        "name_before",
        "en",
        "The tug towed Vostok 3, an old trawler, out of port.",
        "3",
        "designation",
    ),
    (
        "age_in_apposition",
        "en",
        "The captain, Ilya Morov, 58, said the hold was dry.",
        "58",
        "duration",
    ),
    ("bracketed_counter", "en", "Readers' letters (12) are printed below.", "12", "other"),
    (
        "bracketed_age",
        "pl",
        "Sołtys Jan Mazur (61 l.) obiecał naprawę drogi.",
        "61",
        "duration",
    ),
    (
        "street_number",
        "fr",
        "Le cortège est parti de la rue des Tanneurs 17 vers midi.",
        "17",
        "other",
    ),
    ("counter_word", "en", "See picture 4 for the damaged crane.", "4", "other"),
    ("denominator", "en", "Injuries reached 40 per 10,000 workers.", "10,000", "other"),
    ("money_conversion", "en", "Fines reached 90,000 rubles ($1,100) per ship.", "$1,100", "other"),
    ("slash_ratio", "en", "Approval went 40/60% in the dockers' vote.", "60%", "other"),
    ("anaphoric_number_word", "en", "Trade between the two countries stalled.", "two", "other"),
    (
        "cited_count",
        "en",
        "The paper, citing four port officials, said the quay was shut.",
        "four",
        "other",
    ),
    ("superlative_pick", "en", "The three busiest ports shut for 40 hours.", "three", "other"),
    ("rank_total", "en", "The port fell to 14th place out of 52 in the index.", "52", "other"),
    ("age_after_word", "en", "Most deckhands were age around 40, the log said.", "40", "duration"),
    ("age_bound", "en", "Workers over 55 get extra leave.", "55", "duration"),
    ("frequency", "en", "Inspectors visited the dock four times last year.", "four", "other"),
    ("number_word_without_counter", "ko", "두 나라 정상은 세 차례 만났다.", "세", "other"),
]


def settle(language: str, sentence: str, number: str) -> tuple[str | None, str | None]:
    lex = load_lexicon(language)
    toks = tokenize(sentence, lex.spaced_groups, lex.digit_prefixes, lex.unspaced)
    at = sentence.index(number) + (1 if number.startswith("$") else 0)
    figures: list[Figure] = FigureFinder(lex).find(sentence, toks)
    fig = next(f for f in figures if f.num_start <= at < max(f.num_end, f.num_start + 1))
    return TrapFilter(lex).rule_for(fig, toks, sentence, is_title_case(sentence))


@pytest.mark.parametrize(("rule", "language", "sentence", "number", "reason"), CASES)
def test_rule(rule: str, language: str, sentence: str, number: str, reason: str | None) -> None:
    assert settle(language, sentence, number) == (rule, reason)


#: A house number after its street's name, or before the street's word, in each language.
STREETS = [
    ("fr", "Les manifestants se sont retrouvés au 42, avenue Foch avant midi.", "42"),
    ("de", "Die Spendenaktion startet vor der Bahnhofstraße 9 in Kassel.", "9"),
    ("it", "La raccolta si è svolta in via Cavour 31 a Novara.", "31"),
    ("es", "Los vecinos se concentraron en la calle de Alcalá 58 de Madrid.", "58"),
    ("pt", "A recolha decorreu na Rua Augusta 120 em Lisboa.", "120"),
    ("pl", "Zbiórka odbyła się przy ul. Kwiatowej 8 w Lublinie.", "8"),
    ("ru", "Пункт сбора открыт на улице Лесной 14 в Твери.", "14"),
    ("uk", "Пункт збору працює на вулиці Садовій 23 у Полтаві.", "23"),
    ("en", "Volunteers gathered at 221 Harbour Road before dawn.", "221"),
]


@pytest.mark.parametrize(("language", "sentence", "number"), STREETS)
def test_a_house_number_is_no_count_in_every_language(
    language: str, sentence: str, number: str
) -> None:
    assert settle(language, sentence, number) == ("street_number", "other")


def test_a_count_after_a_street_s_name_still_counts() -> None:
    # the street's name ends at a lower-case word: what follows is counted
    assert settle("fr", "Rue des Tanneurs, près de 300 manifestants ont défilé.", "300")[0] != (
        "street_number"
    )


#: A page's own furniture in each language's words (furniture_units), which replace English's.
FURNITURE = [
    ("pt", "Relatório anual · 64 páginas · Descarregar PDF", "64"),
    ("de", "Studie als PDF herunterladen (36 Seiten)", "36"),
    ("es", "El informe, de 48 páginas, puede descargarse.", "48"),
    ("it", "Il dossier di 120 pagine è online.", "120"),
    ("ru", "Доклад на 40 страниц опубликован на сайте.", "40"),
    ("uk", "Звіт на 30 сторінок оприлюднено на сайті.", "30"),
    ("pl", "Raport liczy 56 stron i jest dostępny online.", "56"),
]


@pytest.mark.parametrize(
    ("language", "sentence", "number"),
    [
        ("it", "La provincia si colloca al 38° posto su 107.", "38"),
        ("it", "Il comune conta 38.405 residenti (dato Istat al 1° gennaio).", "1"),
        ("es", "La tarifa sube el 1º de enero.", "1"),
    ],
)
def test_an_ordinal_mark_glued_after_makes_an_ordinal(
    language: str, sentence: str, number: str
) -> None:
    assert settle(language, sentence, number) == ("ordinal", "date")


@pytest.mark.parametrize(("language", "sentence", "number"), FURNITURE)
def test_a_page_count_is_furniture_in_every_language(
    language: str, sentence: str, number: str
) -> None:
    assert settle(language, sentence, number) == ("page_furniture", "other")


@pytest.mark.parametrize(
    ("language", "sentence", "number"),
    [
        ("it", "L'inchiesta è uscita nel numero 2.114 della rivista.", "2.114"),
        ("es", "El reportaje salió en el número 1.205 de la revista.", "1.205"),
        ("en", "The essay ran in issue 412 of the quarterly.", "412"),
    ],
)
def test_an_issue_number_is_a_counter(language: str, sentence: str, number: str) -> None:
    assert settle(language, sentence, number) == ("counter_word", "other")


def test_a_count_after_a_month_is_no_year() -> None:
    assert settle("en", "In March 1500 soldiers crossed the river.", "1500")[0] != "calendar_year"


def test_a_lettered_mark_alone_is_no_quiz() -> None:
    assert settle("en", "The unit (b) lost 300 men in the raid.", "300")[0] != "option_mark"


#: A text's length in words or characters: a page's rules for letters or entries.
LENGTHS = [
    ("en", "Please keep letters under 350 words and add your postcode.", "350"),
    ("es", "Los textos no deben superar las 200 palabras.", "200"),
    ("pt", "As cartas não devem exceder 1200 caracteres.", "1200"),
    ("de", "Leserbriefe bitte mit höchstens 1.500 Zeichen.", "1.500"),
    ("ar", "على ألا تتجاوز المشاركة 250 كلمة.", "250"),
    ("ru", "Объём письма — не более 2000 знаков.", "2000"),
]


@pytest.mark.parametrize(("language", "sentence", "number"), LENGTHS)
def test_a_length_in_words_or_characters_is_furniture(
    language: str, sentence: str, number: str
) -> None:
    assert settle(language, sentence, number) == ("page_furniture", "other")


#: An account's followers or a post's likes, written after the count or labelled before it.
FOLLOWERS = [
    ("ru", "Официальная страница администрации · 18 342 подписчика", "18 342", "page_furniture"),
    ("uk", "Стежте за новинами в Telegram-каналі (3 412 підписників).", "3 412", "page_furniture"),
    ("pl", "Profil gminy, 4,2 tys. obserwujących", "4,2 tys.", "page_furniture"),
    ("en", "The mayor's account, 12,400 followers, posted the notice.", "12,400", "page_furniture"),
    ("zh", "12-2 11:52 来自江苏　赞 3,207", "3,207", "furniture_label"),
    ("ko", "채널 구독자 1.2만", "1.2만", "furniture_label"),
    ("zh", "已订阅 8.4万", "8.4万", "furniture_label"),
]


@pytest.mark.parametrize(("language", "sentence", "number", "rule"), FOLLOWERS)
def test_followers_and_likes_are_furniture(
    language: str, sentence: str, number: str, rule: str
) -> None:
    assert settle(language, sentence, number) == (rule, "other")


#: A count before a superlative in each language's words or endings; and counts before a
#: noun that only looks like one ("Kisten", "najemników", "найманців").
PICKS = [
    ("de", "Die 5 wichtigsten Fragen zur Impfung", "5", True),
    ("ru", "В трёх крупнейших аэропортах задержаны рейсы.", "трёх", True),
    ("pl", "W 5 największych miastach odbyły się protesty.", "5", True),
    ("uk", "У 3 найбільших містах пройшли протести.", "3", True),
    ("de", "Es wurden 50 Kisten Munition geliefert.", "50", False),
    ("pl", "W walkach zginęło 300 najemników.", "300", False),
    ("uk", "У боях загинули 300 найманців.", "300", False),
]


@pytest.mark.parametrize(("language", "sentence", "number", "picked"), PICKS)
def test_a_count_before_a_superlative_picks_a_ranking_s_top(
    language: str, sentence: str, number: str, picked: bool
) -> None:
    assert (settle(language, sentence, number)[0] == "superlative_pick") is picked


#: A label before a number in each language's words (page_part_words), and a month named in
#: two words (the Levant's "تشرين الثاني").
LABELS = [
    ("de", "Lesen Sie auch Teil 2 der Serie.", "2", "counter_word"),
    ("fr", "Voir la photo 3 ci-dessous.", "3", "counter_word"),
    ("ru", "Смотрите выпуск 12 нашей программы.", "12", "counter_word"),
    ("ar", "صدر العدد 512 من المجلة", "512", "counter_word"),
    ("ar", "الأربعاء ١٨ كانون الأول ٢٠٢٦", "١٨", "month_after"),
]


@pytest.mark.parametrize(("language", "sentence", "number", "rule"), LABELS)
def test_a_page_label_and_a_two_word_month_in_every_language(
    language: str, sentence: str, number: str, rule: str
) -> None:
    assert settle(language, sentence, number)[0] == rule


#: A number services answer on, with the word naming the service before it, and the same
#: number counting something.
SERVICES = [
    ("es", "Las llamadas al 112 se triplicaron el lunes.", "112", True),
    ("it", "In caso di emergenza chiamare il numero 112.", "112", True),
    ("de", "Im Notfall sofort den Notruf 110 wählen.", "110", True),
    ("es", "La riada dejó 112 viviendas sin luz.", "112", False),
    # unspaced: the word ends the run before the number or opens the run after it
    ("zh", "市民如遇到纠纷可拨打12345热线反映。", "12345", True),
    ("ja", "火事を見つけたら119番に通報してください。", "119", True),
    ("zh", "全市共有12345名考生报名。", "12345", False),
]


@pytest.mark.parametrize(("language", "sentence", "number", "dialled"), SERVICES)
def test_a_service_number_is_dialled_not_counted(
    language: str, sentence: str, number: str, dialled: bool
) -> None:
    assert (settle(language, sentence, number)[0] == "service_number") is dialled


def test_a_share_cited_is_reported_not_a_count_of_sources() -> None:
    assert settle("en", "The union walked out, citing 40% of wages unpaid.", "40%") == (None, None)


def test_an_age_after_a_hyphenated_name_closes_its_sentence() -> None:
    assert settle("en", "The figure came from lawmaker Park Ji-won, 61.", "61") == (
        "age_in_apposition",
        "duration",
    )


def test_a_zone_s_offset_is_a_time() -> None:
    assert settle("en", "Filed 3 Dec 2026 08:15 GMT+9 | Updated", "9 |") == ("clock_word", "time")


def test_a_german_hour_is_a_time_of_day() -> None:
    assert settle("de", "Der Zug fährt um 18 Uhr ab, 300 Fahrgäste warten.", "18") == (
        "clock_word",
        "time",
    )


#: A subscription's price in every language: its words come from the language folders
#: (price_offers, price_per, price_periods, price_context), none from the code.
PRICES = [
    ("fr", "Abonnez-vous à partir de 1 euro par mois.", "1"),
    ("it", "Abbonamento digitale: 9,99 euro al mese.", "9,99"),
    ("es", "Suscríbete por 5 euros al mes.", "5"),
    ("de", "Jetzt abonnieren: 9,99 Euro im Monat.", "9,99"),
    ("pt", "Assine por R$ 9,90 por mês.", "9,90"),
    ("pl", "Prenumerata cyfrowa za 29 zł miesięcznie.", "29"),
    ("ru", "Оформите подписку за 299 рублей в месяц.", "299"),
    ("uk", "Передплата на сайт — 100 грн на місяць.", "100"),
    ("ar", "اشترك الآن مقابل 5 دولارات شهرياً", "5"),
    ("ko", "정기구독료는 월 9,900원.", "9,900"),
    ("ja", "定期購読は月額980円です。", "980"),
    ("zh", "订阅会员每月30元。", "30"),
    ("en", "Digital access from $2.99 per week, cancel anytime.", "$2.99"),
]


@pytest.mark.parametrize(("language", "sentence", "number"), PRICES)
def test_a_subscription_price_is_a_trap_in_every_language(
    language: str, sentence: str, number: str
) -> None:
    assert settle(language, sentence, number) == ("page_price", "price")


@pytest.mark.parametrize(
    ("language", "sentence", "number"),
    [
        ("ru", "Правительство выделит 2 млрд рублей в год на ремонт дорог.", "2"),
        ("de", "Die Regierung zahlt 300 Euro im Monat an Familien.", "300"),
        ("fr", "L'État versera 150 euros par mois aux familles.", "150"),
    ],
)
def test_a_sum_per_month_outside_an_offer_is_no_price(
    language: str, sentence: str, number: str
) -> None:
    assert settle(language, sentence, number)[0] != "page_price"


#: Further shapes of a rule, in other languages than its case in ``CASES``.
MORE_CASES: list[tuple[str, str, str, str, str]] = [
    # a pair sharing its calibre may say its preposition twice
    ("paired_calibre", "it", "Obici soprattutto da 152 e da 122 mm al fronte.", "152", "calibre"),
    ("paired_calibre", "fr", "Des obus surtout de 152 et de 122 mm.", "152", "calibre"),
    ("price_label", "uk", "Наклад 2 000 прим. Ціна 350 грн.", "350", "price"),
    ("price_label", "ar", "الثمن: ٢٠٠ ريال", "٢٠٠", "price"),
    ("price_label", "de", "Einzelpreis 3,20 Euro.", "3,20", "price"),
    # the second of a pair a label names is a label too
    ("label_prefix", "it", "Restano in servizio le linee 4 e 11 del centro.", "11", "designation"),
    ("label_prefix", "es", "Las rutas provinciales 12 y 30 siguen cortadas.", "30", "designation"),
]


@pytest.mark.parametrize(("rule", "language", "sentence", "number", "reason"), MORE_CASES)
def test_more_shapes_of_a_rule(
    rule: str, language: str, sentence: str, number: str, reason: str
) -> None:
    assert settle(language, sentence, number) == (rule, reason)


@pytest.mark.parametrize(
    ("language", "sentence", "number"),
    [
        ("en", "A 72-year-old woman was hurt.", "72"),
        ("pl", "W 2024 roku przyjechało 300 osób.", "2024"),
    ],
)
def test_a_one_letter_word_before_a_number_is_no_road(
    language: str, sentence: str, number: str
) -> None:
    assert settle(language, sentence, number)[0] != "road_letter"


def test_every_rule_has_a_case_a_reason_and_a_unique_name() -> None:
    names = [r.name for r in TRAP_RULES]
    assert len(names) == len(set(names))
    assert sorted(names) == sorted(c[0] for c in CASES)
    assert all(r.reason for r in TRAP_RULES)


def test_an_hour_in_words_before_a_part_of_the_day_is_a_time() -> None:
    sentence = "Al frantoio si lavora fino alle dieci di sera."
    assert settle("it", sentence, "dieci") == ("clock_preposition", "time")
    assert settle("it", "Il comune ha aiutato le dieci famiglie sfollate.", "dieci") == (None, None)


def test_a_claim_is_settled_by_no_rule() -> None:
    assert settle("en", "The port handled 4,200 containers last week.", "4,200") == (None, None)
    assert repr(KEEP) == "KEEP"


@pytest.mark.parametrize(
    ("language", "sentence", "number"),
    [
        ("en", "Clinics recorded 1,200 TB cases in the region.", "1,200"),
        ("en", "The leak exposed 12 GB of customer records.", "12"),
    ],
)
def test_a_data_unit_followed_by_a_word_is_no_file_size(
    language: str, sentence: str, number: str
) -> None:
    # "TB" is also tuberculosis: only a size that closes its phrase is a download's label
    assert settle(language, sentence, number)[0] != "file_size"


def test_a_file_size_closing_its_phrase_is_still_a_trap() -> None:
    assert settle("en", "Download the report (3.4 MB) here.", "3.4") == ("file_size", "other")
    assert settle("en", "Get the report as a 3-MB download.", "3")[0] != "file_size"


@pytest.mark.parametrize(
    ("language", "sentence", "number"),
    [
        ("es", "Escríbanos a la calle Mayor, 14, 2.º, 28013 Madrid.", "28013"),
        ("uk", "Адреса: Ліндентальштрасе 21, 8010 Ґрац, Австрія", "8010"),
    ],
)
def test_a_postal_code_closes_an_address_line(language: str, sentence: str, number: str) -> None:
    assert settle(language, sentence, number) == ("postal_town", "other")


@pytest.mark.parametrize(
    ("language", "sentence", "number"),
    [
        ("de", "Am 3. Mai, 15000 Menschen.", "15000"),
        ("de", "Seit 2022, 15000 Ukrainer.", "15000"),
    ],
)
def test_a_count_after_a_day_or_a_year_is_no_postal_code(
    language: str, sentence: str, number: str
) -> None:
    assert settle(language, sentence, number)[0] != "postal_town"


@pytest.mark.parametrize(
    ("language", "sentence", "number"),
    [
        ("uk", "Телефон гарячої лінії: 0 800 503 111.", "0"),
        ("ru", "Справки по телефону 0 495 123 45 67.", "0"),
        ("fr", "Numéro vert : 0 800 123 456.", "0"),
        # a German area code has five digits
        ("de", "Das Bürgertelefon ist unter 03371 608-1000 erreichbar.", "03371"),
        ("de", "Das Bürgertelefon ist unter 03371 608-1000 erreichbar.", "608"),
        # a country code dials, whatever the groups after it look like
        ("uk", "Прес-центр обласної ради: +380 32 261 44 07, щодня.", "32 261"),
        ("pl", "Infolinia dla mediów: +48 22 514 30 18.", "22 514"),
        # a zero-led area code, then the line's seven or eight digits
        ("zh", "市防汛办值班电话：0371-6652314。", "0371"),
        # a country code, then groups of one digit or more; an area code before a slash
        ("uk", "Тел.: +43 1 402 17 55", "1 402"),
        ("de", "Servicetelefon: 06131 / 72-4400", "72-4400"),
    ],
)
def test_a_phone_number_grouped_like_thousands_is_a_trap(
    language: str, sentence: str, number: str
) -> None:
    # a number grouped in thousands never opens with a zero group
    assert settle(language, sentence, number) == ("phone_number", "other")


def test_a_grouped_number_without_a_leading_zero_stays_a_figure() -> None:
    assert settle("uk", "Евакуювали 1 800 503 людей.", "1 800")[0] is None


@pytest.mark.parametrize(
    ("language", "sentence", "number", "rule"),
    [
        # an approximation before a year-like number makes it an amount
        ("de", "Nordkorea hat rund 2000 weitere Soldaten nach Russland verlegt.", "2000", None),
        ("ru", "В Курской области остаются около 2000 северокорейских военных.", "2000", None),
        ("ar", "وصل نحو 2000 جندي كوري شمالي إلى روسيا.", "2000", None),
        # a bound that is also a time preposition does not: "until 2028"
        ("pl", "Na rozbudowę terminalu do 2028 r. trafi 2,5 mld zł.", "2028", "year"),
        ("de", "Die Halle wurde im Jahr 2000 gebaut.", "2000", "year"),
    ],
)
def test_a_year_like_amount_after_an_approximation(
    language: str, sentence: str, number: str, rule: str | None
) -> None:
    assert settle(language, sentence, number)[0] == rule


@pytest.mark.parametrize(
    ("language", "sentence", "number"),
    [
        ("it", "La partita va in onda sul canale 20 del digitale terrestre.", "20"),
        ("de", "Nur die Linie 7 zum Hauptbahnhof fährt nach Plan.", "7"),
        ("es", "Los trenes de la línea 5 circulan con retrasos.", "5"),
        ("ru", "Автобусы по маршруту 41 ходят раз в час.", "41"),
        ("pl", "Pociągi odjeżdżają z peronu 3 z opóźnieniem.", "3"),
    ],
)
def test_a_channel_line_or_route_number_names_it(language: str, sentence: str, number: str) -> None:
    assert settle(language, sentence, number)[1] == "designation"


#: The count a rank is out of, after an ordinal in digits, in each language that says so.
RANK_TOTALS = [
    ("it", "Il comune è sceso al 64° posto su 98 nella graduatoria.", "98"),
    ("fr", "La commune se classe 12e sur 36 dans le département.", "36"),
    ("es", "La ciudad quedó en el 9º puesto de 40 ciudades.", "40"),
    ("pt", "A cidade ficou em 7º lugar entre 30 capitais.", "30"),
    ("uk", "Місто посіло 5-те місце з 24 обласних центрів.", "24"),
    ("ru", "Город занял 5-е место из 24 областных центров.", "24"),
]


@pytest.mark.parametrize(("language", "sentence", "number"), RANK_TOTALS)
def test_what_a_rank_is_out_of_is_no_count(language: str, sentence: str, number: str) -> None:
    assert settle(language, sentence, number) == ("rank_total", "other")


def test_an_elided_article_before_a_label_leaves_the_label() -> None:
    """ "l'articolo 193", "l'article 12": the label glued behind its elided article."""
    assert settle("it", "Lo prevede l'articolo 193 del testo unico.", "193")[1] == "designation"
    assert settle("fr", "Selon l'article 12 de la loi, le maire décide.", "12")[1] == "designation"


def test_a_hotline_named_after_its_number_in_unspaced_text() -> None:
    """ "12315消费者投诉热线": the word naming the line stands a few characters after it."""
    assert settle("zh", "今年以来，12315消费者投诉热线共接到投诉800余件。", "12315")[1] == "other"


def test_a_number_before_a_street_s_word_counts_streets_where_numbers_agree() -> None:
    # Russian: "на 41 улице" is on 41 streets (41 takes the singular), no house number
    sentence = "Платные места появятся на 41 улице между центром и вокзалом."
    assert settle("ru", sentence, "41")[0] != "street_number"


#: "Not X but Y" in each language that writes it so: X is set aside for Y.
SET_ASIDE = [
    ("de", "Am Ende waren es nicht 620, sondern 580 Helfer im Einsatz.", "620", "580"),
    ("es", "En la lista había no 312 sino 296 familias afectadas.", "312", "296"),
    ("fr", "Ce ne sont pas 45, mais 38 classes qui fermeront.", "45", "38"),
    ("it", "I posti letto sono non 120, ma 96 in tutto.", "120", "96"),
    ("pt", "Foram não 70, mas 64 os autocarros retirados.", "70", "64"),
    ("ru", "В очереди стояли не 2 410, а 2 385 человек.", "2 410", "2 385"),
    ("uk", "Бюджет передбачає не 18 млн, а 15 млн гривень.", "18", "15"),
    ("en", "The council hired not 40 but 32 new drivers.", "40", "32"),
]


@pytest.mark.parametrize(("language", "sentence", "wrong", "right"), SET_ASIDE)
def test_a_figure_set_aside_for_another(
    language: str, sentence: str, wrong: str, right: str
) -> None:
    assert settle(language, sentence, wrong) == ("set_aside_for_another", "other")
    assert settle(language, sentence, right)[0] != "set_aside_for_another"


def test_not_only_keeps_its_figure() -> None:
    sentence = "Die Stadt stellte nicht nur 40, sondern 55 neue Fahrer ein."
    assert settle("de", sentence, "40")[0] != "set_aside_for_another"


def test_an_hour_word_before_a_dotted_time_makes_it_a_time_whatever_follows() -> None:
    # "godz. 19.40": the hour and its minutes after a full stop, a word after it
    sentence = "Do wybuchu doszło ok. godz. 19.40 w bloku."
    assert settle("pl", sentence, "19.40") == ("clock_preposition", "time")
    # a sum with two decimals after no hour word counts
    assert settle("pl", "Zebrano 19.40 mln zł na odbudowę.", "19.40") == (None, None)
