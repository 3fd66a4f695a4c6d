"""Number parsing: digits in locale formats and number words, with property tests."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimtrack.extract import load_lexicon, parse_digits, parse_number_words
from claimtrack.extract.figures import FigureFinder
from claimtrack.extract.numbers import NumberWords
from claimtrack.extract.tokens import Tok, tokenize

from ..languages.conftest import extract_in

LEX = load_lexicon("en")
ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """Spell a number the way news copy does ("two hundred and five thousand")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + (" and " + spell(rest) if rest else "")
    for scale, word in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= scale:
            rest = n % scale
            return spell(n // scale) + " " + word + (" " + spell(rest) if rest else "")
    raise AssertionError(n)


def words_of(text: str) -> list[str]:
    return text.replace("-", " - ").split()


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_integers_round_trip(n: int) -> None:
    assert parse_digits(f"{n:,}") == n


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_grouped_decimals_round_trip(d) -> None:  # type: ignore[no-untyped-def]
    assert abs(parse_digits(f"{d:,.2f}") - float(d)) < 1e-6  # type: ignore[operator]


@given(st.integers(min_value=1, max_value=999_999_999))
def test_number_words_round_trip(n: int) -> None:
    assert parse_number_words(words_of(spell(n)), LEX) == n


def test_wrong_grouping_is_not_a_number_in_english() -> None:
    # A European-style price must not be read as 199.
    assert parse_digits("1,99") is None
    assert parse_digits("12,0000") is None


def test_locale_formats() -> None:
    assert parse_digits("2.700", "es") == 2700
    assert parse_digits("2,5", "de") == 2.5
    assert parse_digits("2,700") == 2700


def test_scales_and_articles() -> None:
    assert parse_number_words(["a", "million"], LEX) == 1_000_000
    assert parse_number_words(["two", "dozen"], LEX) == 24
    assert parse_number_words(["several"], LEX) is None


def test_a_language_without_a_lexicon_reads_numbers_as_the_lexicon_it_falls_back_to() -> None:
    lex = load_lexicon("xx")
    assert lex.language == "en"


# -- number words read by the library a language folder names (issue 9) ---------------------

# The languages each library reads here, from their folders' ``number_reader``.
LIBRARY_LANGUAGES = {"fr": "text2num", "es": "text2num", "de": "text2num", "ru": "number_parser", "uk": "number_parser"}  # fmt: skip


@pytest.mark.parametrize(("language", "reader"), sorted(LIBRARY_LANGUAGES.items()))
def test_each_folder_names_its_library(language: str, reader: str) -> None:
    found = NumberWords.of(load_lexicon(language))
    assert found is not None and type(found.reader).__name__ == NUMBER_CLASSES[reader]


@pytest.mark.parametrize("language", ["en", "ko", "pl"])
def test_languages_without_a_library_read_their_folder_words(language: str) -> None:
    assert NumberWords.of(load_lexicon(language)) is None


NUMBER_CLASSES = {"text2num": "Text2Num", "number_parser": "NumberParser"}


@pytest.mark.parametrize(
    ("language", "sentence", "words", "value"),
    [
        # the examples: 102,000, 34, 1,000 and nothing before
        ("fr", "Pyongyang aurait envoyé deux cent mille soldats.", "deux cent mille", 200_000),
        ("fr", "Selon Kyiv, quatre-vingt-dix missiles ont été tirés.", "quatre-vingt-dix", 90),
        ("es", "Corea del Norte envió doscientos mil soldados.", "doscientos mil", 200_000),
        ("de", "Nordkorea schickte dreiundzwanzig Raketen.", "dreiundzwanzig", 23),
        ("de", "Mehr als zweihunderttausend Granaten kamen an.", "zweihunderttausend", 200_000),
        ("fr", "Il y a vingt et un blessés.", "vingt et un", 21),
        (
            "de",
            "Es fehlen eine Million Granaten.",
            "eine Million",
            1_000_000,
        ),  # "eine" left by text2num
        ("fr", "Il y a neuf cent blessés.", "neuf cent", 900),  # "neuf" is weak only alone
        ("ru", "Около двухсот тысяч снарядов было передано.", "двухсот тысяч", 200_000),
        ("uk", "КНДР передала п'ятсот тисяч снарядів.", "п'ятсот тисяч", 500_000),
        ("uk", "КНДР передала п’ятсот тисяч снарядів.", "п’ятсот тисяч", 500_000),
    ],
)
def test_number_words_read_by_a_library_keep_the_original_text(
    language: str, sentence: str, words: str, value: float
) -> None:
    figures = FigureFinder(load_lexicon(language)).find(sentence, tokens_of(sentence, language))
    assert [f.figure for f in figures] == [value]
    assert sentence[figures[0].num_start : figures[0].num_end] == words  # the quote's own text


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Un soldat a été blessé."),  # an article, not a figure
        ("fr", "Ils ont reçu un char neuf."),  # "new", not nine
        ("es", "El segundo convoy llegó."),  # an ordinal
        ("de", "Ein Panzer wurde zerstört."),
        ("ru", "Один солдат был ранен."),
        ("es", "Llegaron unos soldados más."),  # text2num reads "unos" as 1
        ("ru", "Среди них нет ни одного офицера."),  # number-parser reads "одного" as 1
    ],
)
def test_weak_words_and_ordinals_alone_are_no_figure(language: str, sentence: str) -> None:
    assert FigureFinder(load_lexicon(language)).find(sentence, tokens_of(sentence, language)) == []


def test_the_folder_words_still_read_what_the_library_leaves() -> None:
    sentence = "Une vingtaine de soldats sont arrivés."  # "vingtaine": the folder's word
    figures = FigureFinder(load_lexicon("fr")).find(sentence, tokens_of(sentence, "fr"))
    assert [f.figure for f in figures] == [20]


def test_a_sentence_of_compound_number_words_reaches_the_extractor() -> None:
    # no digit and no listed word: the library's words open the sentence to the finder
    from claimtrack.extract import Extractor
    from claimtrack.packs import load_pack
    from claimtrack.records import CleanDocument, content_hash

    text = "Nordkorea schickte dreiundzwanzig Raketen nach Russland."
    ex = Extractor(load_pack("dprk-russia"), language="de")
    found = ex.extract(CleanDocument("t", text, content_hash(text), language="de"))
    assert [(c.figure, c.quote) for c in found] == [(23, text)]


def test_parse_number_words_gives_the_library_value_for_a_whole_run() -> None:
    assert parse_number_words(["deux", "cent", "mille"], load_lexicon("fr")) == 200_000
    assert parse_number_words(["quatre", "-", "vingt", "-", "dix"], load_lexicon("fr")) == 90
    assert parse_number_words(["vingtaine"], load_lexicon("fr")) == 20


def tokens_of(text: str, language: str) -> list[Tok]:
    lex = load_lexicon(language)
    return tokenize(text, lex.spaced_groups, lex.digit_prefixes)


# num2words spells a number as each language writes it; the library must read it back whole,
# and the figure must cover exactly the words (the quote stays the original text).
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(LIBRARY_LANGUAGES)),
    st.one_of(
        st.integers(min_value=2, max_value=100),
        st.integers(min_value=2, max_value=10**6),
        st.integers(min_value=2, max_value=10**9 - 1),
    ),
)
def test_numbers_spelt_by_num2words_read_back(language: str, n: int) -> None:
    num2words = pytest.importorskip("num2words").num2words
    text = num2words(n, lang=language)
    # num2words writes "zweihunderteinstausend"; German says "zweihunderteintausend"
    assume("einstausend" not in text and "einsmillion" not in text.lower())
    if text in load_lexicon(language).set_of["weak_number_words"]:
        return  # "neuf" alone is a weak word by design
    toks = tokens_of(text, language)
    reader = NumberWords.of(load_lexicon(language))
    assert reader is not None
    assert reader.read_at(toks, 0) == (n, len(toks))


@given(st.integers(min_value=1_000, max_value=999_999_999), st.sampled_from(["'", "’"]))
def test_swiss_apostrophe_groups_round_trip(n: int, mark: str) -> None:
    """Swiss copy groups thousands with an apostrophe in every language ("38'000")."""
    text = f"{n:,}".replace(",", mark)
    for language in ("de", "fr", "it", "en"):
        assert parse_digits(text, language) == n
        assert [t.text for t in tokenize(f"Es waren {text} Menschen.") if t.is_digit] == [text]


@pytest.mark.parametrize("text", ["12'34", "1'2345", "1990's"])
def test_an_apostrophe_not_before_a_group_of_three_is_no_grouping(text: str) -> None:
    assert parse_digits(text, "de") is None


@pytest.mark.parametrize(
    ("language", "sentence", "values"),
    [
        (
            "de",
            "Wir zählten knapp 38'000 Eintritte, im Vorjahr waren es gegen 70'000.",
            [38e3, 70e3],
        ),
        ("fr", "La commune a dépensé 1’250’000 francs pour 3'400 élèves.", [1_250_000, 3_400]),
    ],
)
def test_swiss_figures_in_german_and_french_copy(
    language: str, sentence: str, values: list[float]
) -> None:
    found = FigureFinder(load_lexicon(language)).find(sentence, tokens_of(sentence, language))
    assert [f.value for f in found] == values


@pytest.mark.parametrize("text", ["③", "②⑤", "²", "¹²"])
def test_digits_that_are_not_decimal_read_as_no_number(text: str) -> None:
    """Circled and superscript digits are digits to Unicode but no decimal ones: a list's
    "③" or a footnote's "²" is no figure, and no document fails on it."""
    assert parse_digits(text, "ko") is None


def test_a_circled_list_number_does_not_fail_its_document() -> None:
    (c,) = extract_in("ko", "설문 ③ 항목에는 시민 300명이 응답했다고 시는 밝혔다.")
    assert c.value == 300
