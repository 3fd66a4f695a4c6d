"""The story pack's name for a source a text names in its own language.

"l'intelligence di Seul", "южнокорейская разведка" and "国家情報院" are one body, which the
pack lists once (``sources``) with its aliases in every language it is reported in. A
source read without the parser that is one of those aliases (past its article) keeps the
words the text wrote, with the pack's short name beside it: "l'intelligence di Seul (NIS)".
Readers see what the text said, and the cross-check groups the figures of one body. The
parsed English reading has its own (``attribution.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimtrack.packs import StoryPack

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: An acronym a body goes by: the short name shown beside the text's words.
_ACRONYM = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{2,6}")
#: The kinds of source that brief a parliament's committee behind closed doors, whose
#: figures lawmakers pass on (extract/briefed.py).
BRIEFING_TYPES = frozenset({"intelligence"})


#: The longest preposition that may end an alias read on into a place ("w", "in", "под").
_PREPOSITION_CHARS = 3
_PUNCTUATION = frozenset(",;:()")


def _cyrillic(name: str) -> bool:
    """Whether ``name`` is written in Cyrillic letters (its first letter)."""
    return any("\u0400" <= ch <= "\u04ff" for ch in name[:1] or "")


#: An acronym right after a name, bare or in brackets ("Geheimdienst NIS", "служба (НСР)").
_ACRONYM_AFTER = re.compile(r"\s\(?([^\W\d_]{2,6})\)?(?![\w-])")


def _key(name: str, articles: frozenset[str]) -> str:
    words = [w.lower() for w in _WORD.findall(name.replace("’", "'").replace("'", " "))]
    while words and words[0] in articles:
        words = words[1:]
    return " ".join(words)


class PackSources:
    """Each alias of the pack's sources, read as words past an article, and the short name
    it stands for."""

    def __init__(self, pack: StoryPack | None, articles: Iterable[str] = ()) -> None:
        self.articles = frozenset(a.lower().rstrip("'’") for a in articles)
        self.short: dict[str, str] = {}
        #: The aliases of the bodies that brief lawmakers (``BRIEFING_TYPES``), longest
        #: first, each as a pattern: an acronym as written, a name in any case.
        self.briefers: list[re.Pattern[str]] = []
        briefing: list[str] = []
        for source in pack.sources if pack is not None else []:
            names = [source.name, *source.aliases]
            acronyms = sorted((n for n in names if _ACRONYM.fullmatch(n)), key=len)
            short = acronyms[0] if acronyms else source.name
            for name in names:
                if key := _key(name, self.articles):
                    # "украинская военная разведка (ГУР)": the acronym of the alias's script
                    own = next((a for a in acronyms if _cyrillic(a) == _cyrillic(name)), short)
                    self.short.setdefault(key, own)
            if source.type in BRIEFING_TYPES and not source.person:
                briefing.extend(names)
        for name in sorted(set(briefing), key=len, reverse=True):
            flags = 0 if _ACRONYM.fullmatch(name) else re.IGNORECASE
            self.briefers.append(re.compile(rf"(?<!\w){re.escape(name)}", flags))

    def is_pack_source(self, name: str) -> bool:
        """Whether ``name`` is one of the pack's sources, or holds one's name."""
        key = _key(name, self.articles)
        return key in self.short or any(p.search(name) for p in self.briefers)

    def briefer_in(self, sentence: str) -> str | None:
        """The name of a body that briefs lawmakers as ``sentence`` writes it, else None."""
        for pattern in self.briefers:
            if m := pattern.search(sentence):
                # "der südkoreanische Geheimdienst NIS am Montag": with the acronym after it
                short = _ACRONYM_AFTER.match(sentence, m.end())
                if short and short.group(1).isupper():
                    return m.group() + short.group()
                return m.group()
        return None

    def named(self, source: str | None) -> str | None:
        """``source`` with the pack's short name beside it where the two are one body and
        the text did not write that name itself; else as it was."""
        if not source or not any(ch.islower() for ch in source):
            return source  # "国家情报院", "ГУР": the body's own name, as the text gives it
        short = self.short.get(_key(source, self.articles))
        if short is None:
            return self._named_before_place(source)
        if short.lower() in source.lower():
            return source
        return f"{source} ({short})"

    def _named_before_place(self, source: str) -> str:
        """A pack alias read on into the clause's place ("Narodowa Służba Wywiadu Republiki
        Korei w Rosji przebywa", "the agency in Seoul"): the alias, with the short name, where
        a lower-case word (a preposition) ends it; else ``source`` as it was."""
        words = source.split()
        for k in range(len(words) - 2, 1, -1):
            word, place = words[k], words[k + 1]
            if not word.islower() or len(word) > _PREPOSITION_CHARS or word in self.articles:
                continue
            if not place[:1].isupper() or words[k - 1][-1:] in _PUNCTUATION:
                continue  # "in Rosji", "in Seoul": a place; not "…ukrainien, le HUR"
            head = " ".join(words[:k])
            short = self.short.get(_key(head, self.articles))
            if short is not None:
                return head if short.lower() in head.lower() else f"{head} ({short})"
        return source
