"""Every language folder loads and validates; a typo in one is an error naming file and key;
and each language's number reader parses back what Babel writes in its CLDR locale."""

from __future__ import annotations

import ast
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from babel import Locale
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.clean import classify_line
from claimtrack.clean.lexicon import load_lexicon as load_furniture_cues
from claimtrack.errors import LanguageError
from claimtrack.extract import load_lexicon, parse_digits
from claimtrack.extract.timex import TimeReader
from claimtrack.extract.tokens import tokenize
from claimtrack.languages import available_languages, load_folder, load_language, load_outlets
from claimtrack.languages.loader import LANGUAGES_DIR

LANGUAGES = available_languages()
SPACES = (" ", "\u00a0", "\u202f")


def test_every_folder_is_a_language() -> None:
    folders = sorted(
        d.name for d in LANGUAGES_DIR.iterdir() if d.is_dir() and d.name != "__pycache__"
    )
    assert folders == LANGUAGES
    assert {"en", "de", "es", "fr", "ko", "ru", "uk"} <= set(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_folder_validates_and_is_read(code: str) -> None:
    language = load_language(code)
    assert language.extract is not None, f"languages/{code} has no extract.yaml"
    assert language.extract["language"] == code
    # The extractor reads the folder's words, laid over English's...
    lex = load_lexicon(code)
    assert lex.language == code
    assert set(language.extract.get("scales", {})) <= set(lex.scales)
    # ...and the cleaner the folder's furniture cues, when it has any.
    if language.clean is not None:
        assert code in load_furniture_cues().languages


def test_a_code_without_a_folder_is_english_to_the_extractor_and_an_error_to_the_loader() -> None:
    assert load_lexicon("xx").language == "en"
    with pytest.raises(LanguageError, match="no language folder 'xx'; use one of ar, de, en"):
        load_language("xx")


def test_outlets_validate() -> None:
    assert "yonhap" in load_outlets()


def _folder(tmp_path: Path, code: str, extract: str, clean: str | None = None) -> Path:
    folder = tmp_path / code
    folder.mkdir()
    (folder / "extract.yaml").write_text(extract, encoding="utf-8")
    if clean is not None:
        (folder / "clean.yaml").write_text(clean, encoding="utf-8")
    return folder


def test_a_new_folder_loads_from_anywhere(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        "it",
        "language: it\ndecimal_point: ','\ngroup_separator: '.'\n"
        "scales: {mila: 1000, milioni: 1000000}\nbounds: {low: [più di, almeno]}\n",
        "language: it\nreasons:\n  share: {exact: [condividi]}\n",
    )
    language = load_folder(folder)
    assert language.code == "it"
    assert language.extract is not None and language.extract["scales"]["mila"] == 1000
    assert language.clean is not None and language.clean["reasons"]["share"]["exact"] == [
        "condividi"
    ]


@pytest.mark.parametrize(
    ("extract", "clean", "file", "problem"),
    [
        # A misspelt top-level key, and one inside a section.
        ("language: it\nbound: {low: [almeno]}\n", None, "extract.yaml", "bound: unknown key"),
        (
            "language: it\nbounds: {lower: [almeno]}\n",
            None,
            "extract.yaml",
            "bounds.lower: unknown key",
        ),
        # A word list that is not a list, a number that is not a number.
        (
            "language: it\napprox: circa\n",
            None,
            "extract.yaml",
            "approx: Input should be a valid list",
        ),
        (
            "language: it\nscales: {mila: mille}\n",
            None,
            "extract.yaml",
            "scales.mila: Input should be a valid integer",
        ),
        # The cleaner's file: an unknown key, and a reason the cleaner does not know.
        ("language: it\n", "language: it\nreason: {}\n", "clean.yaml", "reason: unknown key"),
        (
            "language: it\n",
            "language: it\noffers: {start: [da]}\n",
            "clean.yaml",
            "offers.start: unknown key",
        ),
        (
            "language: it\n",
            "language: it\nreasons: {adverts: {exact: [pubblicità]}}\n",
            "clean.yaml",
            "reasons.adverts.[key]",
        ),
        # A word listed twice in one list, in any case (a list must not hide a typo's twin).
        (
            "language: it\napprox: [circa, Circa, quasi]\n",
            None,
            "extract.yaml",
            "approx: Value error, listed twice (remove the repeat): 'Circa'",
        ),
        (
            "language: it\nbounds: {low: [oltre, almeno, oltre]}\n",
            None,
            "extract.yaml",
            "bounds.low: Value error, listed twice (remove the repeat): 'oltre'",
        ),
        # A file claiming another language than its folder's.
        (
            "language: fr\n",
            None,
            "extract.yaml",
            "language: 'fr' differs from its folder's name 'it'",
        ),
        # Not a mapping at all, and not YAML at all.
        ("- mila\n", None, "extract.yaml", "expected a mapping of keys at the top"),
        ("language: [it\n", None, "extract.yaml", "while parsing a flow sequence"),
    ],
)
def test_an_invalid_file_is_an_error_naming_the_file_and_the_key(
    tmp_path: Path, extract: str, clean: str | None, file: str, problem: str
) -> None:
    folder = _folder(tmp_path, "it", extract, clean)
    with pytest.raises(LanguageError) as caught:
        load_folder(folder)
    message = str(caught.value)
    assert str(folder / file) in message
    assert problem in message
    assert "\n" not in message  # one line for the user


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        (
            "language: it\nscales: {mila: 1000}\napprox: [circa]\nscales: {milioni: 1000000}\n",
            "scales",
            4,
        ),
        ("language: it\nbounds:\n  low: [almeno]\n  high: [fino a]\n  low: [oltre]\n", "low", 5),
        ("language: it\nscales: {mila: 1000, milioni: 1000000, mila: 1000}\n", "mila", 2),
    ],
)
def test_a_key_given_twice_is_an_error_naming_the_file_key_and_line(
    tmp_path: Path, text: str, key: str, line: int
) -> None:
    """PyYAML alone keeps the last of two equal keys, silently dropping the first's words."""
    folder = _folder(tmp_path, "it", text)
    with pytest.raises(LanguageError) as caught:
        load_folder(folder)
    message = str(caught.value)
    assert str(folder / "extract.yaml") in message
    assert f"duplicate key {key!r} on line {line}" in message


def test_a_folder_without_either_file_is_no_language(tmp_path: Path) -> None:
    (tmp_path / "it").mkdir()
    with pytest.raises(LanguageError, match="no language folder 'it'"):
        load_folder(tmp_path / "it")


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_folders_number_format_is_its_cldr_locales(code: str) -> None:
    """The decimal point and group separator a folder gives agree with CLDR (any space
    groups as a space does: CLDR writes French with U+202F, Russian with U+00A0)."""
    words = load_lexicon(code).data
    locale = Locale.parse(code)
    assert words["decimal_point"] == get_decimal_symbol(locale)
    group = get_group_symbol(locale)
    assert words["group_separator"] == group or (
        words["group_separator"] in SPACES and group in SPACES
    )


AMOUNTS = st.one_of(
    st.integers(min_value=0, max_value=10**12).map(Decimal),
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
)


@pytest.mark.parametrize("code", LANGUAGES)
@given(amount=AMOUNTS)
def test_numbers_babel_writes_are_read_back(code: str, amount: Decimal) -> None:
    """What Babel writes in the language's CLDR locale ("1 234 567,25" in French, with its
    narrow no-break spaces) is one token to the language's tokenizer and reads back as the
    same value."""
    lex = load_lexicon(code)
    written = format_decimal(amount, locale=Locale.parse(code), decimal_quantization=False)
    tokens = tokenize(f"about {written} troops", lex.spaced_groups, lex.digit_prefixes)
    figures = [t.text for t in tokens if t.is_digit]
    assert figures == [written]
    value = parse_digits(written, code)
    assert value is not None
    assert abs(value - float(amount)) <= 1e-9 * max(1.0, float(amount))


def _clean_words(code: str) -> dict[str, Any]:
    return load_language(code).clean or {}


@pytest.mark.parametrize("code", [c for c in LANGUAGES if _clean_words(c)])
def test_each_folders_furniture_shape_words_reach_the_cleaner(code: str) -> None:
    """The words of furniture shapes come from the folders: every comment noun, time-ago
    unit and "N % of this article" phrase a folder gives makes a line furniture."""
    words = _clean_words(code)
    for noun in words.get("comment_counts", {}).get("nouns", []):
        line = f"12 {noun.rstrip('*')}{'ев' if noun.endswith('*') else ''}"
        assert classify_line(line) == "comments", line
    for phrase in words.get("paywall_shares", []):
        assert classify_line(f"40 % {phrase}") == "paywall", phrase
    ago = words.get("ago")
    if ago:
        before = ago.get("before", [])
        after = ago.get("after", [])
        for unit in ago["units"]:
            line = " ".join([*before[:1], "3", unit, *after[:1]])
            assert classify_line(line) == "byline", line
    for start in words.get("offers", {}).get("starts", []):
        assert classify_line(f"{start.capitalize()} €5.") == "paywall", start
    # The same words in a sentence stay text.
    assert (
        classify_line("The ministry said 12 soldiers were wounded in the attack on Tuesday.")
        is None
    )


#: The words English reads its time shapes and speakers' acts with, moved out of
#: extract/timex.py and extract/attribution.py into languages/en/extract.yaml (issue 9:
#: English is a folder like the others).
_MOVED_TIME_KEYS = (
    "span_openers", "span_links", "span_prepositions", "paired_links", "quarter_nouns",
    "of_links", "quarter_marks", "half_marks", "day_suffixes", "year_to_links", "recent",
    "recent_units", "decade_ends", "month_openers", "month_modifiers", "before_words",
    "compared_links", "than_words", "than_followers", "base_prepositions", "base_followers",
    "base_after", "base_after_leads", "when_words", "since_words", "since_parts",
    "since_starts", "since_clause_openers", "since_clause_links",
)  # fmt: skip
_MOVED_KEYS = (
    "document_nouns", "record_nouns", "standalone_sources", "plural_quantifiers",
    "asking_nouns", "expletives", "telling_verbs", "citing_verbs", "framing_marks",
    "according_cues", "cited_by_cues", "citing_cues", "maker_prepositions",
    "author_prepositions", "origin_prepositions", "speaker_prepositions",
    "audience_prepositions", "people_pronouns", "people_possessives", "unnamed_source_stems",
    "speaking_stems",
)  # fmt: skip
#: Values the code reads as codes, not words of a language ("last": a step back).
_CODES = frozenset({"last", "this", "next", "past", "week", "month", "year"})


def _string_constants(path: Path) -> list[str]:
    """The string constants of a module's code, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


def test_english_time_and_act_words_are_in_the_english_folder() -> None:
    """Each key the English words moved to is given by the English folder, so a key left
    empty (its words typed back into code) fails here."""
    lex = load_lexicon("en")
    for key in _MOVED_TIME_KEYS:
        assert lex.words("time", key), f"languages/en/extract.yaml time.{key} is empty"
    for key in _MOVED_KEYS:
        assert lex.words(key), f"languages/en/extract.yaml {key} is empty"


def test_no_english_time_word_is_typed_in_the_time_reader() -> None:
    """extract/timex.py builds its shapes from the folder's words: none of the English time
    words it reads stands in its code as a string ("between", "quarter", "compared with"),
    where it would match English inside every other language's text."""
    lex = load_lexicon("en")
    phrases = [w for key in _MOVED_TIME_KEYS for w in lex.words("time", key)]
    # (one letter is the ISO form's too: "2024-Q1", "2024-H1")
    words = {w for p in phrases for w in p.split() if len(w) > 1} - _CODES
    source = Path(__file__).parents[2] / "src" / "claimtrack" / "extract" / "timex.py"
    typed = set()
    for text in _string_constants(source):
        if text.isidentifier():
            continue  # a shape's or a key's name ("quarter_only", "since_words")
        found = {w.lower() for w in re.findall(r"(?<![\\A-Za-z])[A-Za-z]+(?![A-Za-z])", text)}
        typed |= found & words
    assert not typed, f"English words typed in extract/timex.py: {sorted(typed)}"


def test_a_time_shape_whose_words_a_folder_lacks_matches_no_english() -> None:
    """A language whose folder gives no span, quarter or comparison words reads English's
    "between 2015 and 2024", "Q1 2024" or "3rd May 2024" with none of them."""
    lex = load_lexicon("de")
    assert not lex.words("time", "span_openers")
    reader = TimeReader(lex)
    assert reader.expressions("Q1 2024", "2024-11-13") == [(3, 7, "2024")]
    assert reader.expressions("zwischen 2015 and 2024", "2024-11-13") == [
        (9, 13, "2015"),
        (18, 22, "2024"),
    ]
    english = TimeReader(load_lexicon("en"))
    assert english.expressions("Q1 2024", "2024-11-13") == [(0, 7, "2024-Q1")]
    assert english.expressions("from 2015 to 2024", "2024-11-13") == [(0, 17, "2024")]
