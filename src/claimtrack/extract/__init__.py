"""Extract: numeric claims with evidence, bounds, provenance, status and time."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

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


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
