"""Hyphenated given names kept as one name before and after the parser reads them.

spaCy's English tokenizer splits a hyphen between letters, so "Kim Min-ho" reaches the
parser as "Kim", "Min", "-", "ho". Korean given names are written this way in English copy
("Lee Seong-kweun", "Kim Jong-un", "Choe Son-hui"), and the small model then often makes
each piece a subject of its own ("Kim Min - ho said": four ``nsubj``, the verb of saying a
side clause), so the attribution reader took "Kim" for the speaker and "Min" and "ho" for
two intermediaries, and "citing X" after it was lost. With "Min-ho" as one token the model
parses the sentence as it parses "Kim Minho said, citing X".

What counts as such a name part: two romanised syllables joined by a hyphen, the first
capitalised ("Min-ho", "Seong-kweun", "Son-hui", "Ing-wen"), glued together, right after
another capitalised word that is not a stop word (the family name). A syllable is a few
consonants, one to three vowels and at most one final n, ng, k, l, m, p, t or r: the
words of English compounds are not ("Seoul-based", "Korean-made", "Soviet-era",
"Russian-backed"), "long-range" is not capitalised, "North Korea-Russia" is capitalised
after the hyphen, and "The Build-up" follows a stop word.

The model still makes a family name and a hyphenated given name two subjects at times
("Lawmaker Yu Yong-won said": "Yu" and "Yong-won" both ``nsubj``), so after the parser a
second component merges a run of sibling tokens (one head, one relation) that reads as a
capitalised name ending in such a given name ("Yu Yong-won") into one token with that
relation and head.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimtrack.extract.doc_text import doc_text

COMPONENT = "claimtrack_hyphen_names"
RUNS_COMPONENT = "claimtrack_name_runs"

_FAMILY = re.compile(r"[A-Z][a-z]{1,9}")
#: One romanised syllable, lower case: onset, vowels, at most one final consonant.
_SYLLABLE = re.compile(r"[bcdfghjklmnprstwyz]{0,3}[aeiouwy]{1,3}(?:ng|n|k|l|m|p|t|r)?")
#: Up to three capitalised words and a hyphenated given name: "Yu Yong-won", "Kim Min-ho".
_RUN = re.compile(r"(?:[A-Z][a-z']+ ){1,3}([A-Z][a-z]+)-([a-z]+)")
#: What a sentence's text must hold for ``_given_names`` to find a name: a family name and
#: its space, then a word whose first letter is a capital glued to "-" and a lower-case
#: letter. Most sentences, hyphens and all ("long-range", "Seoul-based"), hold none, and
#: are not walked token by token.
_MAYBE_GIVEN = re.compile(r"[A-Z][a-z]{1,9} [^\sa-z-]\S*-[a-z]")
#: The same for ``_name_runs``: the end of a run ``_RUN`` matches ("Yu Yong-w").
_MAYBE_RUN = re.compile(r"[A-Z][a-z']+ [A-Z][a-z]+-[a-z]")


def _given_name(first: str, second: str) -> bool:
    """Whether ``first``-``second`` reads as a romanised two-syllable given name."""
    return (
        first[:1].isupper()
        and second.islower()
        and _SYLLABLE.fullmatch(first.lower()) is not None
        and _SYLLABLE.fullmatch(second) is not None
    )


def _merged(doc: Doc, spans: Iterable[Span]) -> Doc:
    """``doc`` with each span (none overlapping) merged into one token, in place."""
    found = list(spans)
    if found:
        with doc.retokenize() as retokenizer:
            for span in found:
                retokenizer.merge(span)
    return doc


@Language.component(COMPONENT)
def join_hyphenated_names(doc: Doc) -> Doc:
    """``doc`` with each hyphenated given name ("Min", "-", "ho") merged into one token."""
    return _merged(doc, _given_names(doc)) if _MAYBE_GIVEN.search(doc_text(doc)) else doc


@Language.component(RUNS_COMPONENT)
def join_name_runs(doc: Doc) -> Doc:
    """``doc`` with each run of sibling tokens that spells one hyphenated name merged."""
    return _merged(doc, _name_runs(doc)) if _MAYBE_RUN.search(doc_text(doc)) else doc


def _given_names(doc: Doc) -> Iterator[Span]:
    """Each "Min", "-", "ho" glued after a family name, as one span."""
    i = 1
    while i + 2 < len(doc):
        before, first, hyphen, second = doc[i - 1], doc[i], doc[i + 1], doc[i + 2]
        if (
            hyphen.text == "-"
            and not first.whitespace_
            and not hyphen.whitespace_
            and before.whitespace_
            and not before.is_stop
            and _FAMILY.fullmatch(before.text)
            and _given_name(first.text, second.text)
            and (i + 3 >= len(doc) or doc[i + 3].text != "-" or second.whitespace_)
        ):
            yield doc[i : i + 3]
            i += 3
        else:
            i += 1


def _name_runs(doc: Doc) -> Iterator[Span]:
    """Each run of sibling tokens (one head, one relation) spelling "Yu Yong-won"."""
    i = 0
    while i < len(doc):
        end = i + 1
        while (
            end < len(doc)
            and doc[end].head.i == doc[i].head.i
            and doc[end].dep_ == doc[i].dep_
            and not i <= doc[i].head.i <= end
        ):
            end += 1
        run = _RUN.fullmatch(doc[i:end].text) if end - i >= 2 else None
        if run is not None and _given_name(run[1], run[2]):
            yield doc[i:end]
        i = end


def add_to(nlp: Language) -> None:
    """Put the tokens' component first, before any component reads the tokens, and the
    runs' right after the parser, before the attribute ruler and lemmatizer."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, first=True)
    if RUNS_COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(RUNS_COMPONENT, after="parser")
