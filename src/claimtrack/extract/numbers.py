"""Turn written numbers into values: digits in a locale's format, and number words."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from babel.numbers import NumberFormatError, parse_decimal

from claimtrack.extract.lexicon import Lexicon

_LOCALES = {
    "en": "en_US",
    "fr": "fr_FR",
    "de": "de_DE",
    "es": "es_ES",
    "ru": "ru_RU",
    "uk": "uk_UA",
    "it": "it_IT",
    "pt": "pt_PT",
    "pl": "pl_PL",
    "ko": "ko_KR",
    "ja": "ja_JP",
    "zh": "zh_CN",
    "ar": "ar_EG",
}


@lru_cache(maxsize=4096)
def parse_digits(text: str, language: str = "en") -> float | None:
    """Parse "28,000" or "1.5" as the language writes numbers; None when the grouping is wrong.

    Strict parsing rejects "1,99" in English, which is a price written the European way,
    rather than silently reading it as 199.
    """
    cleaned = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
    if not cleaned or not cleaned[0].isdigit():
        return None
    if " " in cleaned:  # "11 000": a space only ever groups thousands
        cleaned = cleaned.replace(" ", "")
        if "," in cleaned or "." in cleaned:
            cleaned = cleaned.replace(",", ".") if language != "en" else cleaned
            try:
                return float(cleaned)
            except ValueError:
                return None
    if cleaned.isdigit():
        return float(cleaned)
    try:
        value: Decimal = parse_decimal(cleaned, locale=_LOCALES.get(language, "en_US"), strict=True)
    except (NumberFormatError, ValueError):
        return None
    return float(value)


def parse_number_words(words: list[str], lex: Lexicon) -> float | None:
    """Value of a run of number words: "two hundred and fifty thousand" -> 250000.

    Hyphens and "and" are ignored; "a"/"an" count as one before a scale ("a million").
    Returns None when the run holds no number word.
    """
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        w = raw.lower()
        if w in ("-", "and", "‐"):
            continue
        if w in ("a", "an"):
            current = current or 1
            continue
        if w in lex.number_words or w == "one":
            current += lex.number_words.get(w, 1)
            seen = True
        elif w in lex.scales:
            scale = lex.scales[w]
            current = (current or 1) * scale
            seen = True
            if scale >= 1000:
                total += current
                current = 0
        else:
            return None
    return total + current if seen else None
