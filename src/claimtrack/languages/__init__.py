"""Languages as data: one folder per language (``languages/<code>/``) holding the words the
cleaner (``clean.yaml``) and the extractor (``extract.yaml``) read text with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import attach

if TYPE_CHECKING:
    from claimtrack.languages.loader import (
        Language,
        available_languages,
        load_folder,
        load_language,
        load_outlets,
    )
    from claimtrack.languages.schema import CleanWords, ExtractWords

_LAZY = {
    "Language": "claimtrack.languages.loader",
    "available_languages": "claimtrack.languages.loader",
    "load_folder": "claimtrack.languages.loader",
    "load_language": "claimtrack.languages.loader",
    "load_outlets": "claimtrack.languages.loader",
    "CleanWords": "claimtrack.languages.schema",
    "ExtractWords": "claimtrack.languages.schema",
}

__all__ = [
    "CleanWords",
    "ExtractWords",
    "Language",
    "available_languages",
    "load_folder",
    "load_language",
    "load_outlets",
]

__getattr__, __dir__ = attach(__name__, _LAZY, globals())
