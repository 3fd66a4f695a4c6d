"""The figure finder: values, scales, ranges, bounds, approximations, vague amounts."""

import pytest

from claimtrack.extract import FigureFinder, load_lexicon
from claimtrack.extract.tokens import tokenize

FINDER = FigureFinder(load_lexicon("en"))


def one(text: str):  # type: ignore[no-untyped-def]
    figs = FINDER.find(text, tokenize(text))
    assert len(figs) == 1, [text[f.start : f.end] for f in figs]
    return figs[0]


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "approx", "vague"),
    [
        ("officials counted 4,350 boxes", 4350, None, None, False, False),
        ("a fleet of 1.5 million barrels", 1_500_000, None, None, False, False),
        ("more than 9,400 sailors", 9400, 9400, None, False, False),
        ("at least 15 ferries", 15, 15, None, False, False),
        ("expected to exceed 7 million rounds", 7_000_000, 7_000_000, None, False, False),
        ("is estimated to exceed 7 million rounds", 7_000_000, 7_000_000, None, True, False),
        ("nearly 45% of the fuel", 45, None, 45, True, False),
        ("as many as 620 engineers", 620, None, 620, False, False),
        ("no more than 3 million tonnes", 3_000_000, None, 3_000_000, False, False),
        ("roughly 8,800 volunteers", 8800, None, None, True, False),
        ("an estimated 70,000 residents", 70000, None, None, True, False),
        ("some 2,300 trucks", 2300, None, None, True, False),
        ("6,500 or so crates", 6500, None, None, True, False),
        ("14,000+ refugees", 14000, 14000, None, False, False),
        ("between 3,200 and 3,900 guards", None, 3200, 3900, False, False),
        ("9,000-11,500 workers", None, 9000, 11500, False, False),
        ("3 to 4 million doses", None, 3_000_000, 4_000_000, False, False),
        ("thousands of pilgrims", None, 1000, None, False, True),
        ("tens of thousands of pilgrims", None, 10000, None, False, True),
        ("hundreds of thousands of pilgrims", None, 100000, None, False, True),
        ("several hundred thousand pilgrims", None, 200000, None, False, True),
        ("a few thousand pilgrims", None, 2000, None, False, True),
        ("dozens of pilgrims", None, 12, None, False, True),
        ("seventy-two pilgrims", 72, None, None, False, False),
        ("a dozen pilgrims", 12, None, None, False, False),
        ("half a million pilgrims", 500_000, None, None, False, False),
        ("two hundred and fifty pilgrims", 250, None, None, False, False),
    ],
)
def test_figure_values(text, value, low, high, approx, vague) -> None:  # type: ignore[no-untyped-def]
    f = one(text)
    assert (f.value, f.low, f.high, f.approx, f.vague) == (value, low, high, approx, vague)


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("a loan of $2.4bn", "USD", 2_400_000_000),
        ("US$750 million in credit", "USD", 750_000_000),
        ("£350m for drones", "GBP", 350_000_000),
        ("€40 million for a plant", "EUR", 40_000_000),
        ("3.1 trillion won in spending", "KRW", 3_100_000_000_000),
        ("600 million roubles", "RUB", 600_000_000),
    ],
)
def test_money(text: str, currency: str, value: float) -> None:
    f = one(text)
    assert (f.currency, f.value) == (currency, value)


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        # South African copy: the rand's "R", thousands grouped with a space, the scale
        # hyphened on; a one-letter symbol before a plain number is a name ("R2")
        ("funerals would cost R25 000 each", "ZAR", 25_000),
        ("work that would cost about R4.8-million", "ZAR", 4_800_000),
        ("a $1.2-billion pipeline", "USD", 1_200_000_000),
    ],
)
def test_money_as_south_african_copy_writes_it(text: str, currency: str, value: float) -> None:
    lex = load_lexicon("en")
    (f,) = FINDER.find(text, tokenize(text, lex.spaced_groups))
    assert (f.currency, f.value) == (currency, value)


def test_english_groups_thousands_with_a_space_and_no_other_language_inherits_it() -> None:
    """ "1 400 vehicles" is one number in English copy; a folder that does not say so
    itself reads "1 400" as two (an Arabic list, a Korean table), whatever English says."""
    assert load_lexicon("en").spaced_groups
    assert not load_lexicon("ar").spaced_groups
    assert not load_lexicon("ko").spaced_groups
    text = "about 1 400 vehicles a day"
    (f,) = FINDER.find(text, tokenize(text, True))
    assert f.value == 1400


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        ("roughly half of the grain", 50, None),
        ("nearly a third of the wells", 33.3, 33.3),
        ("two-thirds of voters", 66.7, None),
    ],
)
def test_fractions_are_shares(text: str, value: float, high: float | None) -> None:
    f = one(text)
    assert f.percent and f.value == value and f.high == high


def test_a_change_is_two_figures_not_a_range() -> None:
    text = "the count rose from 11,200 to 12,900"
    assert [f.value for f in FINDER.find(text, tokenize(text))] == [11200, 12900]


def test_half_in_other_senses_is_no_figure() -> None:
    for text in ("in the first half of the year", "his half-brother", "cut in half by noon"):
        assert FINDER.find(text, tokenize(text)) == []


def test_one_alone_is_no_figure() -> None:
    assert FINDER.find("one of the guards", tokenize("one of the guards")) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one in five shells failed", 20),
        ("1 in 4 voters", 25),
        ("two in three homes", 66.7),
        ("three in every ten buses", 30),
        ("four out of five patients", 80),
        ("nine out of every 10 flights", 90),
    ],
)
def test_ratios_are_shares(text: str, value: float) -> None:
    f = one(text)
    assert f.percent and f.value == value


def test_a_count_and_a_year_are_no_ratio() -> None:
    text = "compared with 41 in 2023"
    assert [f.value for f in FINDER.find(text, tokenize(text))] == [41, 2023]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وخسر المصنع ربع إنتاجه خلال الشتاء.", 25.0),
        ("وأرسلت الشركة ثلث عمالها إلى الميناء.", 33.3),
    ],
)
def test_arabic_fraction_before_its_noun_is_a_share(text: str, value: float) -> None:
    # the noun a fraction is of follows it in the construct state (idafa), with no "of"
    # word, as Polish writes the genitive ("połowa pocisków"): genitive_fractions
    lex = load_lexicon("ar")
    figs = FigureFinder(lex).find(text, tokenize(text))
    assert [(f.value, f.percent) for f in figs] == [(value, True)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "Треть грузов шла через порт.", 33.3),
        ("uk", "Половину вантажів везли залізницею.", 50.0),
    ],
)
def test_slavic_fraction_before_its_genitive_is_a_share(
    language: str, text: str, value: float
) -> None:
    # the noun a fraction is of follows in the genitive, no "of" word: genitive_fractions
    lex = load_lexicon(language)
    figs = FigureFinder(lex).find(text, tokenize(text, lex.spaced_groups))
    assert [(f.value, f.percent) for f in figs] == [(value, True)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "The budget was cut by a third.", 33.3),
        ("pl", "Budżet na zimę obcięto o jedną trzecią.", 33.3),
        ("pl", "Zużycie soli spadnie o jedną czwartą.", 25.0),
    ],
)
def test_a_change_by_a_share_is_a_share(language: str, text: str, value: float) -> None:
    # after the folder's change_prepositions ("by", "o") a fraction needs no "of"
    lex = load_lexicon(language)
    figs = FigureFinder(lex).find(text, tokenize(text, lex.spaced_groups))
    assert [(f.value, f.percent) for f in figs] == [(value, True)]


def test_a_half_of_a_month_is_no_share() -> None:
    lex = load_lexicon("ru")
    text = "В первой половине октября порт закрыли."
    assert FigureFinder(lex).find(text, tokenize(text, lex.spaced_groups)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("about 9.8m artillery shells", 9_800_000),
        ("some 12m artillery and rocket rounds", 12_000_000),
        ("1.2m people", 1_200_000),
        ("a wall 9.8m high", 9.8),
    ],
)
def test_a_glued_m_before_a_plural_noun_is_millions(text: str, value: float) -> None:
    # the plural may stand a few words on; "high" after it means metres
    assert [f.value for f in FINDER.find(text, tokenize(text))] == [value]


@pytest.mark.parametrize(
    ("language", "text", "value", "low", "high"),
    [
        ("en", "Rainfall was nearly twice the average.", 2, None, 2),
        ("en", "That is more than twice the cap.", 2, 2, None),
        ("de", "Das ist doppelt so viel wie im Vorjahr.", 2, None, None),
        ("it", "I ritardi sono stati il doppio.", 2, None, None),
        ("ru", "Заказов стало втрое больше.", 3, None, None),
        # a number word glued to its "times", then "so" ("dreimal so viele")
        ("de", "Heute warten fast viermal so viele Familien.", 4, None, 4),
        ("de", "Es fahren mehr als zwanzigmal so viele Laster.", 20, 20, None),
        # a multiple after "more than" ("più del doppio")
        ("it", "Le multe sono più del triplo.", 3, 3, None),
        ("fr", "Les retards atteignent le quadruple.", 4, None, None),
        ("pt", "A conta chegou ao quádruplo.", 4, None, None),
        ("uk", "Заявок стало вп’ятеро більше.", 5, None, None),
        ("ru", "Заказов стало вдесятеро больше.", 10, None, None),
        ("pl", "Zgłoszeń było pięciokrotnie więcej.", 5, None, None),
    ],
)
def test_a_multiple_in_words_is_its_factor(
    language: str, text: str, value: float, low: float | None, high: float | None
) -> None:
    lex = load_lexicon(language)
    figs = FigureFinder(lex).find(text, tokenize(text, lex.spaced_groups))
    assert [(f.value, f.low, f.high) for f in figs] == [(value, low, high)]


def test_english_money_abbreviations_need_money_in_every_language() -> None:
    # "b" is a billion in "$3b", not after a French quiz's question number
    lex = load_lexicon("fr")
    text = "Réponses : 1 b ; 2 c."
    assert [f.value for f in FigureFinder(lex).find(text, tokenize(text, lex.spaced_groups))] == [
        1,
        2,
    ]


def test_how_often_is_no_multiple() -> None:
    text = "Families cart water twice a day."
    assert FINDER.find(text, tokenize(text)) == []


@pytest.mark.parametrize(
    ("language", "text", "currency", "value"),
    [
        # the symbol after a scale's abbreviation, glued or spaced, with its dot or without
        ("fr", "l'aide a atteint 180 M$ cette année", "USD", 180_000_000),
        ("fr", "l'aide a atteint 1,2 Md€ cette année", "EUR", 1_200_000_000),
        ("de", "die Hilfe betrug 3,5 Mio. € im Jahr", "EUR", 3_500_000),
        ("es", "la inversión fue de 3,6 M€ en total", "EUR", 3_600_000),
    ],
)
def test_money_with_a_scale_abbreviation_then_its_symbol(
    language: str, text: str, currency: str, value: float
) -> None:
    lex = load_lexicon(language)
    (f,) = FigureFinder(lex).find(text, tokenize(text, lex.spaced_groups))
    assert (f.currency, f.value) == (currency, value)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il piano varrà tra i 900 mila euro e 1,1 milioni all'anno."),
        ("es", "El plan costará entre 900.000 euros y 1,1 millones al año."),
        ("de", "Die Sanierung kostet zwischen 900.000 Euro und 1,1 Millionen."),
        ("en", "The plan will cost between 900,000 euros and 1.1 million a year."),
    ],
)
def test_money_named_after_the_first_number_of_a_range_is_the_ranges(
    language: str, text: str
) -> None:
    """ "tra i 900 mila euro e 1,1 milioni": one range of euros, not two sums."""
    lex = load_lexicon(language)
    figs = FigureFinder(lex).find(text, tokenize(text, lex.spaced_groups, lex.digit_prefixes))
    assert [(f.low, f.high, f.currency) for f in figs] == [(900_000, 1_100_000, "EUR")]


def test_money_before_and_without_a_range_is_read_as_before() -> None:
    lex = load_lexicon("es")
    text = "El plan costó 900.000 euros y la obra 300 más."
    figs = FigureFinder(lex).find(text, tokenize(text, lex.spaced_groups, lex.digit_prefixes))
    assert [(f.value, f.currency) for f in figs] == [(900_000, "EUR"), (300, None)]


def test_money_named_after_both_numbers_is_a_change_not_a_range() -> None:
    """ "2500万円から5000万円へ倍増": from one sum to another, two figures."""
    lex = load_lexicon("ja")
    text = "市は補助金を2500万円から5000万円へ倍増させると約束した。"
    toks = tokenize(text, lex.spaced_groups, lex.digit_prefixes, lex.unspaced)
    figs = FigureFinder(lex).find(text, toks)
    assert [(f.value, f.low, f.high) for f in figs] == [
        (25_000_000, None, None),
        (50_000_000, None, None),
    ]
