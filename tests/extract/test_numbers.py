"""Number parsing: digits in locale formats and number words, with property tests."""

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.extract import load_lexicon, parse_digits, parse_number_words

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
