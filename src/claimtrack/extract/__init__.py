"""Extract: numeric claims with evidence, bounds, provenance, status and time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import attach

if TYPE_CHECKING:
    from claimtrack.extract.extractor import Extractor, extract, extract_many
    from claimtrack.extract.figures import Figure, FigureFinder
    from claimtrack.extract.lexicon import Lexicon, load_lexicon
    from claimtrack.extract.numbers import parse_digits, parse_number_words

# Names load on first use (PEP 562), so importing one light submodule never pulls in the
# heavy ones (SQLAlchemy, spaCy, datasketch...) beside it.
_LAZY = {
    "Extractor": "claimtrack.extract.extractor",
    "extract": "claimtrack.extract.extractor",
    "extract_many": "claimtrack.extract.extractor",
    "Figure": "claimtrack.extract.figures",
    "FigureFinder": "claimtrack.extract.figures",
    "Lexicon": "claimtrack.extract.lexicon",
    "load_lexicon": "claimtrack.extract.lexicon",
    "parse_digits": "claimtrack.extract.numbers",
    "parse_number_words": "claimtrack.extract.numbers",
}

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


__getattr__, __dir__ = attach(__name__, _LAZY, globals())
