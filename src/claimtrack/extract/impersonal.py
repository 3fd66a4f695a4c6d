"""Impersonal attribution: a body named only as the place where a figure was said.

"Ранее в министерстве ожидали 132 млн тонн", "..., заявили в Главном управлении разведки",
"як повідомили в СБУ", "Im Verteidigungsministerium geht man davon aus", "W resorcie
szacują": Russian, Ukrainian, German and Polish reports often name a figure's source as
the place where it was said, with a verb that has no subject of its own (a third-person
plural, "man", a passive "poinformowano"). The plain reader's verbs of saying find no
speaker there, or the place in its locative case ("Главном управлении"), so such figures
went without a source, or with one no other mention of the body spells that way.

Two shapes are read, from the folder's words (``impersonal_verbs``,
``impersonal_prepositions``, ``impersonal_channels``; documented in languages/schema.py):

- a preposition opening a clause, the name, then the verb: "В Генштабе ВСУ уточнили",
  "Ранее в министерстве ожидали";
- the verb, then the preposition and the name: ", заявили в ГУР", "как утверждают в
  Сеуле"; a channel after the preposition ("в интервью", "в сообщении Гидрометцентра")
  is no body, though the body it belongs to may follow it.

The name goes back to the nominative where the folder reads inflected names with
pymorphy3 (the preposition gives the case), and stands as the speaker of that verb,
replacing a place-form name the verb of saying read there. A verb with a subject of its
own ("Военные сообщили в четверг в Киеве") keeps it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimtrack.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from claimtrack.extract.plain import _Agent, _Cues

# words and the punctuation that ends a name ("«Укрзернопром»" stays one word)
_TOKEN = re.compile(r"«[^»\n]{1,40}»|“[^”\n]{1,40}”|[^\s,;:!?«»\"“”()—–]+|[,;:!?«»\"“”()—–]")
_CLAUSE_MARKS = ",;:!?()—–."
_MAX_NAME_WORDS = 8


def _phrases(words: list[str]) -> re.Pattern[str] | None:
    """Any of ``words`` (phrases) as whole words, longest first, ignoring case."""
    if not words:
        return None
    alternatives = "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


class Impersonal:
    """One language's impersonal cues, compiled once."""

    def __init__(self, lex: Lexicon) -> None:
        self.language = lex.language
        self.verbs = _phrases(lex.words("impersonal_verbs"))
        self.cases = {k: str(v) for k, v in lex.mapping("impersonal_prepositions").items()}
        self.prepositions = _phrases(list(self.cases))
        self.channels = frozenset(lex.words("impersonal_channels"))
        self.inflected = lex.data.get("name_reader") == "pymorphy3"

    @staticmethod
    def of(lex: Lexicon) -> Impersonal | None:
        """The folder's reading, made once per lexicon; None without impersonal verbs."""
        known = _MADE.get(id(lex))
        if known is None or known[0] is not lex:
            known = _MADE[id(lex)] = (
                lex,
                Impersonal(lex) if lex.words("impersonal_verbs") else None,
            )
        return known[1]

    def amend(self, cues: _Cues, sentence: str, agents: list[_Agent]) -> list[_Agent]:
        """``agents`` with the speaker of each impersonal verb: the body named as where it
        was said, in place of what the verb of saying read there."""
        if self.verbs is None or self.prepositions is None:
            return agents
        out = list(agents)
        for m in self.verbs.finditer(sentence):
            before = self._before(cues, sentence, m.start())
            name = before or self._after(cues, sentence, m.end(), out, m.start())
            # what the verb of saying read after itself, not a subject before it
            same = [
                a
                for a in out
                if a.at == m.start()
                and a.role == "source"
                and not (a.text and sentence.rfind(a.text, 0, m.start()) >= 0 and not before)
            ]
            if name == "":  # "заявили в интервью телеканалу": a channel, nobody speaks
                out = [a for a in out if a not in same]
                continue
            if not name:
                continue
            from claimtrack.extract.plain import _Agent  # plain.py imports this module

            if same:
                out = [replace(a, text=name, anaphoric=False) if a in same else a for a in out]
            else:
                out.append(_Agent(name, m.start(), "source"))
        return out

    # -- the two shapes ------------------------------------------------------------------
    def _before(self, cues: _Cues, sentence: str, verb_at: int) -> str | None:
        """ "В Генштабе ВСУ уточнили": the preposition opens the clause (after time and
        function words only) and the name runs from it to the verb."""
        assert self.prepositions is not None
        clause = max(sentence.rfind(c, 0, verb_at) for c in _CLAUSE_MARKS) + 1
        for p in self.prepositions.finditer(sentence, clause, verb_at):
            lead = [t.group() for t in _TOKEN.finditer(sentence, clause, p.start())]
            if not all(cues._skip(w) or w.lower() in cues.function_words for w in lead):
                return None
            words = [t.group() for t in _TOKEN.finditer(sentence, p.end(), verb_at)]
            while words and cues._skip(words[-1]):
                words.pop()  # "в четверг"
            if not words or len(words) > _MAX_NAME_WORDS:
                return None
            if any(cues._stop(w) or any(ch.isdigit() for ch in w) for w in words):
                return None  # "в 2024 году", "в министерстве, что": no body
            if any(w.lower() in cues.data_words for w in words):
                return None  # "В отчете говорится": a document, no body
            return self._named(cues, words, p.group())
        return None

    def _after(
        self,
        cues: _Cues,
        sentence: str,
        start: int,
        agents: list[_Agent],
        verb_at: int,
    ) -> str | None:
        """ ", заявили в ГУР", "как утверждают в Сеуле": the preposition follows the verb
        (past time words); the verb's own subject, read before it, wins."""
        assert self.prepositions is not None
        toks = list(_TOKEN.finditer(sentence, start, min(len(sentence), start + 200)))
        i = 0
        while i < len(toks) and cues._skip(toks[i].group()):
            if self.prepositions.fullmatch(toks[i].group()) and i + 1 < len(toks):
                nxt = toks[i + 1].group()
                if not cues._skip(nxt) and not nxt[:1].isdigit():
                    break  # the preposition of the body, not of a time ("во вторник")
            i += 1
        if i == len(toks):
            return None
        p = self.prepositions.match(sentence, toks[i].start())
        if p is None:
            return None
        named = cues._after(sentence, p.end(), cues._cue_starts(sentence), cued=True)
        if not named:
            return None
        read = [a for a in agents if a.at == verb_at and a.role == "source" and a.text]
        if any(sentence.rfind(a.text, 0, verb_at) >= 0 for a in read):
            return None  # "Военные сообщили в Киеве": the verb's subject speaks
        words = named.split()
        if words[0].lower() in self.channels:
            # "в сообщении Гидрометцентра": the body owns the channel; "в интервью
            # телеканалу", "in einem Bericht an das Parlament": a channel, no body ("")
            while words and (words[0].lower() in self.channels or self._function(cues, words[0])):
                words = words[1:]
            if not words or not (words[0][:1].isupper() or cues.is_anaphoric(words[0])):
                return ""
            return self._named(cues, words, "") or ""
        return self._named(cues, words, p.group())

    @staticmethod
    def _function(cues: _Cues, word: str) -> bool:
        return word.lower() in cues.function_words or word.lower() in cues.articles

    def _named(self, cues: _Cues, words: list[str], preposition: str) -> str | None:
        """The words as a name, in the nominative where the folder can say so."""
        name = cues._trimmed(list(words), True)
        if not name or name.split()[0].lower() in self.channels:
            return None
        if self.inflected:
            case = (
                self.cases.get(" ".join(preposition.lower().split()), "") if preposition else "gent"
            )
            if case:
                from claimtrack.extract.names import _analyzer, _to_nominative

                name = _to_nominative(_analyzer(self.language), name, case)
        return name


_MADE: dict[int, tuple[Lexicon, Impersonal | None]] = {}


def with_impersonal(lex: Lexicon, cues: _Cues, sentence: str, agents: list[_Agent]) -> list[_Agent]:
    """The hook the plain reader calls: its agents amended by the folder's impersonal cues."""
    reading = Impersonal.of(lex)
    return reading.amend(cues, sentence, agents) if reading is not None else agents
