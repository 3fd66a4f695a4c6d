"""One in every N ("jede dritte", "co czwarty", "каждый второй"), read as a percentage,
the collective and oblique number words of Russian and Ukrainian, and a glued vague
word before a scale ("kilkadziesiąt tysięcy"). Sentences written
for these tests."""

from functools import cache

import pytest

from claimtrack.extract import FigureFinder, load_lexicon
from claimtrack.extract.tokens import tokenize


@cache
def _finder(language: str) -> FigureFinder:
    return FigureFinder(load_lexicon(language))


def figures(language: str, text: str) -> list[tuple[float | None, float | None, bool, bool]]:
    finder = _finder(language)
    lex = finder.lex
    toks = tokenize(text, lex.spaced_groups, lex.digit_prefixes, lex.unspaced)
    return [(f.value, f.low, f.approx, f.percent) for f in finder.find(text, toks)]


@pytest.mark.parametrize(
    ("language", "text", "value", "approx"),
    [
        ("de", "Inzwischen fährt jeder dritte Zug verspätet.", 33.3, False),
        ("de", "Ungefähr jedes vierte Haus ist beschädigt.", 25.0, True),
        ("pl", "Obecnie co czwarty mieszkaniec pracuje za granicą.", 25.0, False),
        ("pl", "Mniej więcej co druga szkoła nie ma stołówki.", 50.0, True),
        ("ru", "Сейчас каждый десятый житель города без работы.", 10.0, False),
        ("uk", "Кожна п'ята родина отримує допомогу.", 20.0, False),
    ],
)
def test_every_nth(language: str, text: str, value: float, approx: bool) -> None:
    assert figures(language, text) == [(value, None, approx, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Jeder Bürger muss zahlen.",  # no ordinal after "every"
        "Jeder erste Montag ist frei.",  # one in one is no share
    ],
)
def test_every_without_share(text: str) -> None:
    assert figures("de", text) == []


@pytest.mark.parametrize(
    ("language", "text", "value", "low"),
    [
        ("ru", "В больницу доставили семерых пострадавших.", 7, None),
        ("ru", "Задержаны четверо подозреваемых.", 4, None),
        ("uk", "Рятувальники вивели п'ятьох людей.", 5, None),
        ("uk", "Допомогу виплатять сотням тисяч пенсіонерів.", None, 100_000),
        ("ru", "Речь идёт о нескольких десятках машин.", None, 20),
        ("ru", "Ущерб оценивается в десятках миллионов рублей.", None, 10_000_000),
    ],
)
def test_collective_and_oblique_words(
    language: str, text: str, value: float | None, low: float | None
) -> None:
    (found,) = figures(language, text)
    assert found[:2] == (value, low)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Na wiec przyszło kilkadziesiąt tysięcy osób.", 20_000),
        ("Kilkaset tysięcy gospodarstw nie ma prądu.", 200_000),
        ("Kilkanaście domów spłonęło w nocy.", 12),
    ],
)
def test_a_vague_word_before_a_scale_multiplies_it(text: str, low: float) -> None:
    (found,) = figures("pl", text)
    assert found[:2] == (None, low)
