"""Extract: numeric claims with evidence, bounds, provenance, status and time."""

from claimtrack.extract.extractor import Extractor, extract, extract_many
from claimtrack.extract.figures import Figure, FigureFinder
from claimtrack.extract.lexicon import Lexicon, load_lexicon
from claimtrack.extract.numbers import parse_digits, parse_number_words

__all__ = [
    "Extractor",
    "Figure",
    "FigureFinder",
    "Lexicon",
    "extract",
    "extract_many",
    "load_lexicon",
    "parse_digits",
    "parse_number_words",
]
