"""Unconfirmed figures that circulate where nobody answers for them.

"In russischen Militärblogs kursiert die Behauptung, ... bis zu 60 Kampfpanzer",
"su alcuni canali Telegram russi si parla di una trentina di caccia", "러시아 군사 블로거들
사이에서는 ... 30여 대 ... 주장도 나오지만": the figure has no speaker, and the sentence names
where it circulates. That medium is its source, as readers (and SCHEMA's gold writers)
name it: Russian Telegram channels, military bloggers; so are the people it circulates
among, where the language has a word for that (``hearsay_among``: "시청 공무원들
사이에서는"). The medium words are the language's ``hearsay_media``; the name is the
medium's word (or the people's) with the words that qualify it on the side the language
puts its adjectives (before it in German, Polish, Russian, Korean; after it in French,
Spanish, Italian, Portuguese, Arabic).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimtrack.extract.lexicon import word_set

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]", re.UNICODE)
#: Words of the medium's name on each side of its word, at most.
QUALIFIER_WORDS = 2


@dataclass(frozen=True)
class HearsayMedia:
    """A language's ``hearsay_media`` (whole words, and stems found inside a word), the
    words that end a name (function words, prepositions, articles) and the side its
    adjectives stand on."""

    words: frozenset[str]
    stems: tuple[str, ...]
    phrases: tuple[str, ...]
    stops: frozenset[str]
    adjectives_after: bool
    #: words after any group of people it circulates among ("사이에서는": among them)
    among: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        media: Iterable[str],
        stops: Iterable[str],
        adjectives_after: bool,
        among: Iterable[str] = (),
    ) -> HearsayMedia:
        whole, stems = word_set(media)
        return cls(
            frozenset(w for w in whole if " " not in w),
            stems,
            tuple(w for w in whole if " " in w),
            frozenset(w.lower() for w in stops),
            adjectives_after,
            frozenset(w.lower() for w in among),
        )

    def _is_medium(self, word: str) -> bool:
        w = word.lower()
        return w in self.words or any(stem in w for stem in self.stems)

    def _qualifies(self, word: str) -> bool:
        return word[:1].isalpha() and word.lower() not in self.stops

    def medium(self, sentence: str) -> str | None:
        """The name of the first medium ``sentence`` names, with the words qualifying it;
        None when it names none."""
        if not (self.words or self.stems or self.phrases or self.among):
            return None
        matches = list(_TOKEN.finditer(sentence))
        toks = [m.group() for m in matches]
        span = self._span(sentence, matches)
        if span is None:
            return None
        start, end = span
        if self.adjectives_after:
            last = end
            while (
                end + 1 < len(toks)
                and end - last < QUALIFIER_WORDS
                and self._qualifies(toks[end + 1])
            ):
                end += 1
        else:
            first = start
            while (
                start > 0 and first - start < QUALIFIER_WORDS and self._qualifies(toks[start - 1])
            ):
                start -= 1
        return " ".join(toks[start : end + 1])

    def _span(self, sentence: str, matches: list[re.Match[str]]) -> tuple[int, int] | None:
        """The first and last token of the first medium named: a word, or a phrase
        ("réseaux sociaux")."""
        found: list[tuple[int, int]] = [
            (k, k)
            for k, m in enumerate(matches)
            if m.group()[:1].isalpha()
            and (
                self._is_medium(m.group())
                # "시청 공무원들 사이에서는": the people before the word of being among them
                or (k + 1 < len(matches) and matches[k + 1].group().lower() in self.among)
            )
        ][:1]
        lowered = sentence.lower()
        for phrase in self.phrases:
            where = lowered.find(phrase)
            if where < 0:
                continue
            first = next((k for k, m in enumerate(matches) if m.start() == where), None)
            last = next((k for k, m in enumerate(matches) if m.end() == where + len(phrase)), None)
            if first is not None and last is not None:
                found.append((first, last))
        return min(found) if found else None
