"""A body named in full once, then by its head noun alone: "A Equipe Multilateral de
Monitoramento de Sanções (MSMT) divulgou…" and later "a Equipe avalia que…". A reader (and
a gold) knows the body by its full name or its short form, so the head noun alone is
written out to that name. Latin scripts whose common nouns are written small (Romance
languages, Polish): there a run of capitalised words is a name."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

from claimtrack.extract.letters import LOWER, UPPER

#: The shortest head noun read (shorter capitalised words are too often other words).
_MIN_HEAD = 4
#: The longest article before a head noun ("a", "la", "del").
_MAX_ARTICLE = 3
#: A short form in brackets right after a name ("(MSMT, na sigla em inglês)").
_ACRONYM_AFTER = re.compile(rf"\s*\(([{UPPER}]{{2,8}})\b")


@lru_cache(maxsize=32)
def _names_pattern(of_words: frozenset[str]) -> re.Pattern[str]:
    """A run of two or more capitalised words, an "of" word allowed between two (built
    once per language, not per document)."""
    of = "|".join(re.escape(w) for w in sorted(of_words, key=len, reverse=True) if w)
    joint = rf"\s+(?:(?:{of})\s+)?" if of else r"\s+"
    word = rf"[{UPPER}][{LOWER}]+"
    return re.compile(rf"(?<![{UPPER}{LOWER}]){word}(?:{joint}{word})+")


def _head(source: str) -> str | None:
    """The capitalised noun a source names a body by after a short article ("a Equipe",
    "la Commission", "l'Agence"); None for any other source."""
    words = source.replace("’", " ").replace("'", " ").split()
    if len(words) != 2:
        return None  # a capitalised word alone is as often a person's surname ("Kang")
    head = words[-1]
    if len(head) < _MIN_HEAD or not head[0].isupper() or not head[1:].islower():
        return None
    article = words[0]
    if not (len(article) <= _MAX_ARTICLE and (len(article) == 1 or article[1:].islower())):
        return None  # "a Equipe", "A Equipe" opening a sentence, "La Commission"
    return head


def heads_in_full(
    sources: Sequence[str | None],
    text: str,
    of_words: Iterable[str],
    places: Collection[str] = (),
) -> dict[str, str]:
    """Each source that is a capitalised head noun alone ("a Equipe"), with the one body
    ``text`` names in full opening with that noun (the head comes first in these
    languages), and the short form in brackets after it: "Equipe Multilateral de
    Monitoramento de Sanções (MSMT)". Two bodies with that noun leave the source as it
    is; a place's name (``places``, lower case) is no head noun."""
    heads = {s: h for s in {s for s in sources if s} if (h := _head(s)) and h.lower() not in places}
    if not heads:
        return {}
    names: dict[str, list[str]] = {}
    for m in _names_pattern(frozenset(of_words)).finditer(text):
        full = m.group()
        short = _ACRONYM_AFTER.match(text, m.end())
        word = full.split()[0]
        if word in heads.values():
            written = f"{full} ({short.group(1)})" if short else full
            found = names.setdefault(word, [])
            if written not in found:
                found.append(written)
    out: dict[str, str] = {}
    for source, head in heads.items():
        found = names.get(head, [])
        # one body: the forms written differ only by a short form after one of them
        bodies = {f.split(" (")[0] for f in found}
        if len(bodies) == 1:
            out[source] = max(found, key=len)
    return out
