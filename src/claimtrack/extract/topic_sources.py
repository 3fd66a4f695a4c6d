"""Sources in verb-final languages that mark the speaker with a topic particle (Korean).

A Korean report names its source in three ways, none of which the "according to" and
"X said" readings of the other languages see, because the verb of saying closes the
sentence and the speaker carries a particle glued to its last word:

- "국정원에 따르면 ..." (according to the NIS): the source stands before the cue;
- "국정원은 ... 보냈다고 밝혔다" (the NIS said that ...): the topic-marked phrase opening the
  sentence speaks; "... 추산된다고 국정원은 덧붙였다": a topic-marked phrase between the
  quoted clause ("...고") and the verb speaks instead;
- "VOA는 미 국방부 관계자를 인용해 ... 보도했다" (VOA, citing a Pentagon official): the
  phrase before the citing cue is the source, the speaker passes it on (``via``).

Every word comes from the language folder: ``according_to_after``, ``speech_verbs`` (stems,
matched as a word's start: "밝혔" is "밝혔다", "밝혔으며"), ``citing_after``,
``topic_particles``, ``quote_endings`` and ``particles`` (cut off the name's last word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extract.lexicon import Lexicon

_WORD = re.compile(r"\S+")
#: Punctuation around a word that is not part of it: quotes, commas, full stops.
_EDGES = "\"'“”‘’«»,.;:!?…·"
#: A speaker is a short noun phrase: "정보위 야당 간사인 박선원 의원".
_MAX_NAME_WORDS = 6


@dataclass(frozen=True)
class TopicAttribution:
    source: str
    via: list[str]


class TopicSources:
    """The source and intermediaries of a figure in a verb-final sentence."""

    def __init__(self, lex: Lexicon) -> None:
        self.according_after = tuple(lex.words("according_to_after"))
        self.verbs = tuple(lex.words("speech_verbs"))
        self.citing = tuple(lex.words("citing_after"))
        self.topic = tuple(sorted(lex.words("topic_particles"), key=len, reverse=True))
        self.quote_endings = tuple(lex.words("quote_endings"))
        self.particles = tuple(sorted(lex.words("particles"), key=len, reverse=True))
        self.subject = tuple(sorted(lex.words("subject_particles"), key=len, reverse=True))
        self.data_nouns = tuple(lex.words("attribution_nouns"))

    @staticmethod
    def of(lex: Lexicon) -> TopicSources | None:
        """The reading for a language whose folder gives topic particles; None otherwise."""
        return TopicSources(lex) if lex.words("topic_particles") else None

    def attribution(self, sentence: str, at: int) -> TopicAttribution | None:
        """Source and via of a figure at offset ``at`` (the sentence's length for a
        sentence without figures: its last verb of saying then counts)."""
        words = [(m.start(), m.group().strip(_EDGES)) for m in _WORD.finditer(sentence)]
        words = [(start, w) for start, w in words if w]
        texts = [w for _, w in words]
        for i, w in enumerate(texts):
            if i > 0 and w.startswith(self.according_after):  # "국정원에 따르면"
                k = i - 1  # "국정원의 분석에 따르면", "국방부 자료에": the body before its data
                if k > 0 and self.data_nouns and texts[k].startswith(self.data_nouns):
                    k -= 1
                name = self._name(texts[k : k + 1])
                if name:
                    return TopicAttribution(name, [])
        verb = self._verb(words, at)
        if verb is None:
            return None
        start = self._clause_start(texts, verb)
        speaker = self._topic_phrase(texts, start, verb)
        if speaker is None and start > 0 and self.subject:
            # "...보인다"고 국방부 관계자가 말했다": after the quote a subject speaks too
            speaker = self._topic_phrase(texts, start, verb, self.subject)
        if speaker is None:
            speaker = self._topic_phrase(texts, 0, verb)
        if speaker is None:
            return None
        first, last = speaker
        name = self._name(texts[first : last + 1])
        if name is None:
            return None
        cited = self._cited(texts, last + 1, verb)
        if cited:
            return TopicAttribution(cited, [name])
        return TopicAttribution(name, [])

    def _verb(self, words: list[tuple[int, str]], at: int) -> int | None:
        """The verb of saying that reports the figure: the first at or after it, else the
        last before it."""
        found = [i for i, (_, w) in enumerate(words) if self.verbs and w.startswith(self.verbs)]
        after = [i for i in found if words[i][0] >= at]
        if after:
            return after[0]
        return found[-1] if found else None

    def _clause_start(self, texts: list[str], verb: int) -> int:
        """The first word after the quoted clause ("...보냈다고") that the verb closes."""
        for i in range(verb - 1, -1, -1):
            if texts[i].endswith(self.quote_endings):
                return i + 1
        return 0

    def _topic_phrase(
        self, texts: list[str], start: int, end: int, marks: tuple[str, ...] = ()
    ) -> tuple[int, int] | None:
        """The words from ``start`` to the first that carries a topic particle (or one of
        ``marks``), before ``end``; None when there is none, or the phrase is too long or
        holds a figure."""
        for i in range(start, min(end, start + _MAX_NAME_WORDS)):
            w = texts[i]
            if any(ch.isdigit() for ch in w):
                return None
            if w.endswith(marks or self.topic) and len(w) > 1:
                return start, i
        return None

    def _cited(self, texts: list[str], start: int, verb: int) -> str | None:
        """ "관계자를 인용해": the words between the speaker and the citing cue."""
        for i in range(start, verb):
            if texts[i].startswith(self.citing) and i > start:
                words = texts[max(start, i - _MAX_NAME_WORDS) : i]
                if len(words) > 1 and self.data_nouns and words[-1].startswith(self.data_nouns):
                    words = words[:-1]  # "관계자의 말을 인용해": the official, not the words
                return self._name(words)
        return None

    def _name(self, words: list[str]) -> str | None:
        """The phrase as a name: the particle glued to its last word cut off."""
        if not words or any(ch.isdigit() for w in words for ch in w):
            return None
        last = words[-1]
        for particle in self.particles:
            if last.endswith(particle) and len(last) > len(particle):
                last = last[: -len(particle)]
                break
        name = " ".join([*words[:-1], last]).strip()
        return name or None
