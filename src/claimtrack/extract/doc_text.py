"""A parsed sentence's text, joined once.

spaCy's ``Doc.text`` joins every token's text each time it is read (a ``Token`` object
made per token), and the components and rules read it many times per sentence. A
sentence's text never changes once it is tokenized (merging tokens keeps every
character), so it is kept in the doc's ``user_data`` under a key of claimtrack's own the
first time it is asked for.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "claimtrack.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined at the first call and remembered with the doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return str(text)
