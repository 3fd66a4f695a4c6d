"""Each figure rule alone: the readers that may start a figure at a token, and the steps
that read what stands around a number. A sentence written for each step shows what the
step reads: the figure with every step, and without that one step, differ as it says."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from claimtrack.extract.figures import (
    FIGURE_READERS,
    FIGURE_STEPS,
    Draft,
    Figure,
    FigureFinder,
    NamedFigureRule,
    _Num,
)
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.sentences import iter_sentences
from claimtrack.extract.tokens import Tok, tokenize
from claimtrack.languages.loader import available_languages


def finder(language: str = "en") -> FigureFinder:
    return FigureFinder(load_lexicon(language))


def tokens(f: FigureFinder, sentence: str) -> list[Tok]:
    return tokenize(sentence, f.lex.spaced_groups, f.lex.digit_prefixes, f.lex.unspaced)


def at(toks: list[Tok], word: str) -> int:
    return next(k for k, t in enumerate(toks) if t.text == word)


READER_CASES = [
    ("ratio", "en", "One in five houses in the village was flooded.", "One", 20.0),
    ("every_nth", "de", "Inzwischen verspätet sich jeder vierte Zug.", "jeder", 25.0),
    (
        "digit_count",
        "de",
        "Der Umbau kostet einen zweistelligen Millionenbetrag.",
        "zweistelligen",
        10_000_000.0,
    ),
    ("fraction", "en", "Nearly a third of the wells ran dry in August.", "a", None),
    ("factor", "en", "Rainfall was nearly twice the August average.", "twice", 2.0),
    ("share", "zh", "据估计，俄军约三分之一的炮弹来自朝鲜。", "三分之一", None),
    ("share", "ja", "砲弾の4割以上が北朝鮮製だという。", "4", 40.0),
    ("dual", "ar", "وقتل جنديين في الهجوم.", "جنديين", 2.0),
    ("adjacent_numerals", "zh", "他每月到手的工资只有四五千元。", "四", 4000.0),
    ("number", "en", "The depot held 4,200 tonnes of seed.", "4,200", 4200.0),
]


@pytest.mark.parametrize(("reader", "language", "sentence", "word", "value"), READER_CASES)
def test_each_reader_starts_its_figures(
    reader: str, language: str, sentence: str, word: str, value: float | None
) -> None:
    f = finder(language)
    toks = tokens(f, sentence)
    name, fig = f.rule_for(sentence, toks, at(toks, word))
    assert name == reader and fig is not None
    assert fig.figure == (value if value is not None else pytest.approx(33.3))


def test_a_token_no_reader_takes_is_no_figure() -> None:
    f = finder()
    sentence = "The depot held seed."
    toks = tokens(f, sentence)
    assert f.rule_for(sentence, toks, at(toks, "depot")) == (None, None)


def read(f: FigureFinder, sentence: str, word: str, skip: str | None = None) -> Figure | None:
    """The figure at ``word`` read by every step but ``skip``."""
    toks = tokens(f, sentence)
    i = at(toks, word)
    currency, left_i = f._currency_before(toks, i)
    num = f.number_at(toks, i, money=currency is not None)
    if num is None and toks[i].lower == "one" and f._counted_one(sentence, toks, i):
        num = _Num(1.0, i + 1, False, False, False, None)
    assert num is not None
    d = Draft(f, sentence, toks, i, num, currency, left_i)
    for step in FIGURE_STEPS:
        if step.name != skip:
            step.rule(d)
    return d.figure()


STEP_CASES: list[tuple[str, str, str, str, dict[str, Any]]] = [
    # (step, language, sentence, the number's first token, what the step gives)
    ("letter_symbol_is_a_name", "en", "The R2 ferry sails at noon.", "2", {"currency": None}),
    ("compound", "ar", "وصل 12 ألفا و800 حاج إلى مكة.", "12", {"value": 12800}),
    ("scale_half", "ar", "نزح مليون ونصف شخص من المدينة.", "مليون", {"value": 1_500_000}),
    ("range", "en", "Between 300 and 400 boats left port.", "300", {"low": 300, "high": 400}),
    ("percent_suffix", "en", "Prices rose 12 per cent in June.", "12", {"percent": True}),
    ("scaled_currency", "ar", "رصدت البلدية 48 م.د للطرقات.", "48", {"value": 48_000_000}),
    ("currency_word", "en", "Each family was paid 500 dollars.", "500", {"currency": "USD"}),
    ("counter_word", "ko", "주민 3000명 이상이 대피했다.", "3000", {"low": 3000}),
    ("low_suffix", "en", "The fund raised 2,000 or more pledges.", "2,000", {"low": 2000}),
    ("unspaced_suffix", "ja", "負傷者は500人近くに上る。", "500", {"high": 500, "approx": True}),
    ("or_so", "en", "The march drew 5,000 or so people.", "5,000", {"approx": True}),
    ("scale_after_bound", "zh", "灾区已有20余万人转移。", "20", {"low": 200_000}),
    ("glued_suffix", "ko", "주민 3000명 가량이 대피했다.", "3000", {"approx": True}),
    ("left_modifiers", "en", "Up to 900 sheep drowned.", "900", {"high": 900}),
    ("clause_bound", "zh", "朝鲜至少向俄方提供了500万发炮弹。", "500", {"low": 5_000_000}),
    (
        "vague",
        "en",
        "Hundreds of pilgrims camped by the road.",
        "Hundreds",
        {"low": 100, "value": None},
    ),
]


@pytest.mark.parametrize(("step", "language", "sentence", "word", "gives"), STEP_CASES)
def test_each_step_reads_what_it_says(
    step: str, language: str, sentence: str, word: str, gives: dict[str, Any]
) -> None:
    f = finder(language)
    fig = read(f, sentence, word)
    without = read(f, sentence, word, skip=step)
    assert fig is not None and without is not None
    got = {k: asdict(fig)[k] for k in gives}
    assert got == gives
    assert got != {k: asdict(without)[k] for k in gives}
    # the whole finder gives what the steps give
    assert fig in f.find(sentence, tokens(f, sentence))


def test_every_rule_has_a_case_and_a_reason() -> None:
    rules: list[NamedFigureRule] = [*FIGURE_READERS, *FIGURE_STEPS]
    assert all(r.reason for r in rules)
    assert [r.name for r in FIGURE_READERS] == list(dict.fromkeys(c[0] for c in READER_CASES))
    assert [r.name for r in FIGURE_STEPS] == [c[0] for c in STEP_CASES]


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _texts_in(language: str) -> list[Path]:
    """The fixture articles written in ``language``: its own folder, and for English every
    set outside ``languages/``. (Each language over every fixture of every language took
    about 225 s of the suite, and grew with each new split; a document is only ever read
    with its own language's readers.)"""
    folder = FIXTURES / "languages"
    if (folder / language).is_dir():
        return sorted((folder / language).rglob("*.txt"))
    return sorted(p for p in FIXTURES.rglob("*.txt") if folder not in p.parents)


@pytest.mark.parametrize("language", sorted(available_languages()))
def test_find_skips_only_tokens_no_reader_starts_at(language: str) -> None:
    """``find`` tries the readers only where ``may_start`` admits a token: over every
    fixture sentence of its language, no token it skips is one a reader reads a figure at."""
    f = finder(language)
    lex = f.lex
    checked = 0
    for path in _texts_in(language):
        text = path.read_text(encoding="utf-8")
        for s in iter_sentences(text, bool(lex.data.get("ordinal_dot")), lex.set_of["months"]):
            toks = tokens(f, s.text)
            for i in range(len(toks)):
                if not f.may_start(toks, i):
                    assert f.rule_for(s.text, toks, i) == (None, None), (s.text, toks[i])
                    checked += 1
    assert checked > 10_000
