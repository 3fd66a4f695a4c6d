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

from claimtrack.extract import speaker_roles
from claimtrack.extract.lexicon import Lexicon
from claimtrack.extract.names import OBLIQUE_CASES

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


#: Commas that set off an aside (Latin and Arabic).
_COMMAS = (",", "\u060c")
#: The most tokens an aside between an outlet and its citing link may hold, commas included.
_ASIDE_TOKENS = 8


class Impersonal:
    """One language's impersonal cues, compiled once."""

    def __init__(self, lex: Lexicon) -> None:
        self.language = lex.language
        self.verbs = _phrases(lex.words("impersonal_verbs"))
        self.cases = {k: str(v) for k, v in lex.mapping("impersonal_prepositions").items()}
        self.prepositions = _phrases(list(self.cases))
        self.channels = frozenset(lex.words("impersonal_channels"))
        self.inflected = lex.data.get("name_reader") == "pymorphy3"
        self.object_endings = tuple(lex.words("object_endings"))
        self.areas = frozenset(w.lower() for w in lex.words("area_nouns"))
        self.other_prepositions = frozenset(w.lower() for w in lex.words("prepositions"))
        self.evidence = frozenset(w.lower() for w in lex.words("evidence_nouns"))
        self.ands = frozenset(w.lower() for w in lex.words("ranges", "paired_joiners"))
        self.proclitics = tuple(sorted(lex.words("proclitics"), key=len, reverse=True))
        self.data_prepositions = frozenset(
            w.lower() for w in [*lex.words("place_prepositions"), *lex.of_words]
        )
        self.verb_first = bool(lex.data.get("speaker_after_verb"))
        # "со ссылкой на", "نقلا عن": the word a citing cue ends with, which links an outlet
        # read after its verb to its source ("ونقلت صحيفة الأهرام عن مصادر حكومية")
        self.citing_links = frozenset(c.split()[-1].lower() for c in lex.words("citing") if c)

    @staticmethod
    def of(lex: Lexicon) -> Impersonal | None:
        """The folder's reading, made once per lexicon; None where it gives none of the
        words read here."""
        known = _MADE.get(id(lex))
        if known is None or known[0] is not lex:
            needed = any(
                lex.words(key) for key in ("impersonal_verbs", "prepositions", "evidence_nouns")
            )
            known = _MADE[id(lex)] = (lex, Impersonal(lex) if needed else None)
        return known[1]

    def amend(self, cues: _Cues, sentence: str, agents: list[_Agent]) -> list[_Agent]:
        """``agents`` with the speaker of each impersonal verb: the body named as where it
        was said, in place of what the verb of saying read there; before that, speakers
        read in a preposition's object or in a case no subject has, and evidence read as a
        source (see ``speakers``)."""
        agents = self.speakers(cues, sentence, agents)
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
            if not name or name.split()[0].lower() in self.areas:
                continue  # "w województwie stwierdzono": an area, no body that said it
            from claimtrack.extract.plain import _Agent  # plain.py imports this module

            if same:
                out = [replace(a, text=name, anaphoric=False) if a in same else a for a in out]
            else:
                out.append(_Agent(name, m.start(), "source"))
        return out

    # -- speakers the verbs of saying misread -------------------------------------------
    def speakers(self, cues: _Cues, sentence: str, agents: list[_Agent]) -> list[_Agent]:
        """``agents`` with three misreadings of the plain reader mended, each a shape of
        the language rather than a phrase:

        - a name read before a verb of saying that opens right after a preposition is the
          preposition's object; the speaker opens the clause ("Депутат Ли после брифинга в
          парламенте рассказал", "Ukraińscy żołnierze w rozmowie z portalem Onet mówili");
        - a name read after a verb of saying in a case no subject takes (pymorphy3
          languages: "передает Пхеньяну", dative) is the verb's object: no speaker;
        - a cited or "according to" name that is evidence ("zdjęcia satelitarne", "وثائق
          اطلعت عليها"): the name joined to it by "and" is the source, else there is none.
        """
        if not (self.other_prepositions or self.evidence):
            return agents  # a folder opts in by giving its prepositions or evidence nouns
        out: list[_Agent] = []
        for a in agents:
            if a.role == "source" and a.text and not a.anaphoric:
                a = self._opening_speaker(cues, sentence, a)
                if self._object_after_verb(cues, sentence, a):
                    continue
            if a.text and (a.role == "cited" or a.according):
                found = self._past_evidence(cues, sentence, a)
                if found is None:
                    continue
                a = self._with_place(cues, sentence, found)
            if a.text and a.role == "source" and not a.anaphoric:
                given = self._data_giver(cues, sentence, a)
                if given is None:
                    continue
                a = given
            out.extend(self._relayed(cues, sentence, a))
        if len(out) > len(agents) and cues.according_after is not None:
            # "ونقلت وكالة يونهاب عن مسؤول عسكري طلب عدم الكشف عن هويته قوله": "his saying"
            # is the relayed speaker's, however far back its "عن" stands
            after = cues.according_after
            out = [a for a in out if a.role != "source" or not after.match(sentence, a.at)]
        return out

    def _data_giver(self, cues: _Cues, sentence: str, agent: _Agent) -> _Agent | None:
        """Where the name read is data ("Schätzungen zufolge", "تشير التقديرات في سيول"):
        the body named after the data ("Angaben des Ministeriums zufolge": "des
        Ministeriums"; "التقديرات في سيول": Seoul), else no source at all."""
        words = agent.text.split()
        data = [i for i, w in enumerate(words) if self._data(cues, w)]
        if not data:
            return agent
        if cues._data_alone(agent.text) and any(
            cues._unglued(w.lower()) in cues.channels for w in words
        ):
            # "وبحسب البيان": the statement named before, its issuer's (plain.py ``resolve``)
            return replace(agent, anaphoric=True)
        last = data[-1]
        if last < len(words) - 1:
            if cues.according_after is not None and cues.according_after.match(sentence, agent.at):
                rest = cues._trimmed(words[last + 1 :], True)
                return replace(agent, text=rest) if rest else None
            return agent
        if len(data) < len(words) and not (
            cues.according_after is not None and cues.according_after.match(sentence, agent.at)
        ):
            return agent  # "Die Forscher ... Studie": more than data
        start = sentence.find(agent.text, agent.at if agent.at < len(sentence) else 0)
        if start < 0:
            start = sentence.rfind(agent.text)
        if start < 0:
            return None
        nxt = list(_TOKEN.finditer(sentence, start + len(agent.text), start + len(agent.text) + 80))
        if len(nxt) > 1 and nxt[0].group().lower() in self.data_prepositions:
            name = cues._after(sentence, nxt[0].end(), cues._cue_starts(sentence), cued=True)
            if name and not all(self._data(cues, w) for w in name.split()):
                return replace(agent, text=name)
        return None

    def _data(self, cues: _Cues, word: str) -> bool:
        low = word.lower()
        return low in cues.attribution_nouns or any(
            low.startswith(c) and low[len(c) :] in cues.attribution_nouns for c in self.proclitics
        )

    def _with_place(self, cues: _Cues, sentence: str, agent: _Agent) -> _Agent:
        """A cited or "according to" name with the body it is in, where a place preposition
        and a capitalised name follow it ("посилаючись на двох співрозмовників у Генштабі
        ЗСУ": the interlocutors in the General Staff), which the name reader stops before."""
        if self.prepositions is None:
            return agent
        cue = next(
            (
                m
                for p in (cues.citing, cues.according)
                if p is not None and (m := p.match(sentence, agent.at)) is not None
            ),
            None,
        )
        if cue is None:
            return agent
        raw = cues._after(sentence, cue.end(), cues._cue_starts(sentence), cued=True)
        at = sentence.find(raw, cue.end()) if raw else -1
        if not raw or at < 0:
            return agent
        p = self.prepositions.match(sentence, at + len(raw) + 1)
        if p is None or sentence[at + len(raw) : p.start()].strip():
            return agent
        place: list[str] = []
        for t in _TOKEN.finditer(sentence, p.end(), min(len(sentence), p.end() + 80)):
            w = t.group()
            if not w[:1].isupper() or any(ch.isdigit() for ch in w) or len(place) == 4:
                break
            place.append(w)
        if not place:
            return agent
        return replace(agent, text=f"{agent.text} {p.group()} {' '.join(place)}")

    def _relayed(self, cues: _Cues, sentence: str, agent: _Agent) -> list[_Agent]:
        """Where the speaker follows the verb, an outlet read there and followed by the
        citing cue's last word cites the name after that word ("ونقلت صحيفة الأهرام عن
        مصادر حكومية": the sources, with the paper as via)."""
        if not (self.verb_first and self.citing_links and agent.role == "source" and agent.text):
            return [agent]
        if not cues.is_media(agent.text):
            return [agent]
        at = sentence.find(agent.text, agent.at)
        if at < 0:
            return [agent]
        nxt = list(_TOKEN.finditer(sentence, at + len(agent.text), at + len(agent.text) + 120))
        # "نقلت صحيفة «الضحى»، أمس الأربعاء، عن وزارة الصحة": past an aside set off by commas
        k = 0
        if nxt and nxt[0].group() in _COMMAS:
            close = next(
                (
                    i
                    for i in range(1, min(len(nxt), _ASIDE_TOKENS))
                    if nxt[i].group().endswith(_COMMAS)  # "الأربعاء،": the comma glued on
                ),
                None,
            )
            k = close + 1 if close is not None else 0
        if len(nxt) < k + 2 or nxt[k].group().lower() not in self.citing_links:
            return [agent]
        link, after_link = nxt[k], nxt[k + 1]
        name = cues._after(sentence, link.end(), cues._cue_starts(sentence), cued=True)
        if not name and after_link.group().isalpha():
            name = after_link.group()  # "عن مصادر في الوزارة": the sources, a data word alone
        if not name:
            return [agent]
        if cues.nominative is not None:
            # "عن مسؤولين أميركيين": the link governs the genitive; the source is named in
            # the nominative, as every other mention spells it ("مسؤولون أميركيون")
            name = cues.nominative(name, link.group())
        from claimtrack.extract.plain import _Agent

        return [replace(agent, role="via"), _Agent(name, link.start(), "source")]

    def _opening_speaker(self, cues: _Cues, sentence: str, agent: _Agent) -> _Agent:
        """The name opening the clause where ``agent`` was read right after a preposition
        and right before its verb: the words up to the clause's first preposition."""
        if not self.other_prepositions:
            return agent
        start = sentence.rfind(agent.text, 0, agent.at)
        if start < 0 or sentence[start + len(agent.text) : agent.at].strip():
            return agent
        before = [t for t in _TOKEN.finditer(sentence, max(0, start - 200), start)]
        if not before or before[-1].group().lower() not in self.other_prepositions:
            return agent
        # a bracket closes no clause: "Национальная служба разведки (NIS) во вторник на ..."
        # nor does a full stop inside one: "Dr Sebastian Wołodko (47 l.) z Ośrodka ..."
        masked = re.sub(r"\([^)\n]{1,40}\)", lambda m: " " * len(m.group()), sentence[:start])
        clause = max(masked.rfind(c) for c in _CLAUSE_MARKS if c not in "()") + 1
        # and an age or a year set off in one is no part of the name before it
        aside = re.sub(r"\([^)\n]{0,40}\d[^)\n]{0,40}\)", lambda m: " " * len(m.group()), sentence)
        words: list[str] = []
        for t in _TOKEN.finditer(aside, clause, start):
            w = t.group()
            if w.lower() in self.other_prepositions:
                break
            if any(ch.isdigit() for ch in w) or (w[:1].islower() and cues._stop(w)):
                return agent  # a capitalised stop word is a name's: "Ли Сон Гвон"
            words.append(w)
        if (
            not words
            and self.verbs is not None
            and self.verbs.match(sentence, agent.at)
            and (place := self._place_opening(cues, aside, clause, before[-1].start()))
        ):
            # "В министерстве области на запрос редакции ответили": the body named as the
            # place opening the clause speaks; the preposition's object is an adjunct
            return replace(agent, text=place)
        if (
            not words
            and cues.speech is not None
            and (verb := cues.speech.match(sentence, agent.at))
        ):
            # "В штабе округа доложил полковник Сидоров": the place opens the clause, the
            # speaker follows the verb
            after = cues._after(sentence, verb.end(), cues._cue_starts(sentence))
            named = after is not None and any(w[:1].isupper() for w in after.split())
            pronoun = next(iter(_TOKEN.findall(sentence, verb.end(), verb.end() + 40)), "")
            if pronoun.lower() in cues.first_persons | cues.person_pronouns:
                # "Auf Satellitenbildern … haben wir … gezählt": the pronoun speaks
                return replace(agent, text=pronoun)
            return replace(agent, text=after) if after and named else agent
        if not words or len(words) > _MAX_NAME_WORDS or not words[0][:1].isupper():
            return agent
        name = cues._trimmed(words, True)
        if name:
            name = name.replace("( ", "(").replace(" )", ")")  # "(NIS)" as written
        return replace(agent, text=name) if name else agent

    def _place_opening(self, cues: _Cues, sentence: str, clause: int, end: int) -> str | None:
        """The body named right after an impersonal preposition opening the clause and
        before the preposition at ``end``, in the nominative where the folder reads cases;
        None where the clause opens otherwise or the words are no name (a time, a figure)."""
        if self.prepositions is None:
            return None
        toks = [t for t in _TOKEN.finditer(sentence, clause, end)]
        i = 0
        while (
            i < len(toks)
            and not self.prepositions.fullmatch(toks[i].group())
            and (cues._skip(toks[i].group()) or self._adverb(toks[i].group()))
        ):
            i += 1
        if i == len(toks) or not self.prepositions.fullmatch(toks[i].group()):
            return None
        words = [t.group() for t in toks[i + 1 :]]
        if not words or len(words) > _MAX_NAME_WORDS or words[0].lower() in self.channels:
            return None
        if any(cues._stop(w) or any(ch.isdigit() for ch in w) for w in words):
            return None
        if words[0].lower() in self.areas or any(w.lower() in cues.data_words for w in words):
            return None  # "в области на совещании решили": a place, no body
        return self._named(cues, words, toks[i].group())

    def _object_after_verb(self, cues: _Cues, sentence: str, agent: _Agent) -> bool:
        """Whether ``agent`` was read right after its verb of saying and its first word
        cannot be a subject: no reading of it is in the nominative ("передает Пхеньяну"),
        or, where no analyser reads the language, it ends as only an object does
        (``object_endings``: Polish "obiecała Kimowi", "przekazał Zełenskiemu")."""
        if cues.speech is None or not (self.inflected or self.object_endings):
            return False
        verb = cues.speech.match(sentence, agent.at)
        if verb is None:
            return False
        at = sentence.find(agent.text, verb.end())
        if at < 0 or sentence[verb.end() : at].strip():
            return False
        first = agent.text.split()[0]
        if not first.isalpha() or first.isupper():
            return False  # an acronym, a quoted name: as written
        if not self.inflected:
            low = first.lower()
            return any(low.endswith(e) and len(low) > len(e) + 2 for e in self.object_endings)
        from claimtrack.extract.names import _analyzer

        parses = _analyzer(self.language).parse(first)
        if first[:1].isupper() and not any(p.is_known for p in parses):
            return False  # "сказав Курилець": a surname the dictionary lacks, its case guessed
        # a noun read with no case at all (the Ukrainian dictionary's "директор") may be one;
        # an infinitive ("передать Пхеньяну") may not
        return bool(parses) and not any(
            "nomn" in p.tag or (p.tag.POS == "NOUN" and not any(c in p.tag for c in _CASES))
            for p in parses
        )

    def _bare(self, word: str) -> str:
        """A word without a glued "and" (Arabic "ومصادر": "مصادر")."""
        low = word.lower()
        for c in self.proclitics:
            if c in self.ands and low.startswith(c) and len(low) > len(c) + 2:
                return low[len(c) :]
        return low

    def _past_evidence(self, cues: _Cues, sentence: str, agent: _Agent) -> _Agent | None:
        """``agent``, or the name joined by "and" to the evidence it names, or None where
        it names evidence only ("powołując się na zdjęcia satelitarne i źródła w
        administracji USA": the sources)."""
        if not self.evidence:
            return agent
        words = agent.text.split()
        if self._bare(words[0]) not in self.evidence and words[0].lower() not in self.evidence:
            return agent
        for i, w in enumerate(words[1:], 1):
            if w.lower() in self.ands:
                rest = words[i + 1 :]
                return replace(agent, text=" ".join(rest)) if rest else None
            if self._bare(w) != w.lower():  # "ومصادر": the joiner glued on
                return replace(
                    agent, text=" ".join([w[len(w) - len(self._bare(w)) :], *words[i + 1 :]])
                )
        start = sentence.find(agent.text, agent.at)
        if start < 0:
            return None
        nxt = list(_TOKEN.finditer(sentence, start + len(agent.text), start + len(agent.text) + 80))
        if nxt and nxt[0].group().lower() in self.ands:
            name = cues._after(sentence, nxt[0].end(), cues._cue_starts(sentence), cued=True)
            if name:
                return replace(agent, text=name)
        return None

    # -- the two shapes ------------------------------------------------------------------
    def _before(self, cues: _Cues, sentence: str, verb_at: int) -> str | None:
        """ "В Генштабе ВСУ уточнили": the preposition opens the clause (after time and
        function words only) and the name runs from it to the verb."""
        assert self.prepositions is not None
        clause = max(sentence.rfind(c, 0, verb_at) for c in _CLAUSE_MARKS) + 1
        for p in self.prepositions.finditer(sentence, clause, verb_at):
            lead = [t.group() for t in _TOKEN.finditer(sentence, clause, p.start())]
            if not all(
                cues._skip(w) or w.lower() in cues.function_words or self._adverb(w) for w in lead
            ):
                return self._nearest_before(cues, sentence, clause, verb_at)
            words = [t.group() for t in _TOKEN.finditer(sentence, p.end(), verb_at)]
            while words and cues._skip(words[-1]):
                words.pop()  # "в четверг"
            if not words or len(words) > _MAX_NAME_WORDS:
                return None
            if any(cues._stop(w) or any(ch.isdigit() for ch in w) for w in words):
                return None  # "в 2024 году", "в министерстве, что": no body
            if any(w.lower() in cues.data_words for w in words):
                return None  # "В отчете говорится": a document, no body
            acronym = next(
                (i for i, w in enumerate(words) if len(w) > 1 and w.isupper() and w.isalpha()),
                None,
            )
            if acronym is not None and all(w.islower() for w in words[acronym + 1 :]):
                # "В украинском ГУР численность контингента оценивают": the name ends with
                # its acronym, the lower-case words after it are what was estimated
                words = words[: acronym + 1]
            return self._named(cues, words, p.group())
        return None

    def _adverb(self, word: str) -> bool:
        """Whether ``word`` can only be an adverb or a conjunction ("Окремо", "Водночас",
        "Проте"), where the folder reads cases (pymorphy3): it opens no name."""
        if not self.inflected or not word.isalpha():
            return False
        from claimtrack.extract.names import _analyzer

        parses = _analyzer(self.language).parse(word)
        return bool(parses) and all(p.tag.POS in ("ADVB", "CONJ", "PRCL") for p in parses)

    def _nearest_before(self, cues: _Cues, sentence: str, clause: int, verb_at: int) -> str | None:
        """ "Загальну кількість солдатів на фронті в ГУР оцінюють у 14–15 тисяч", "Водночас
        у Державній митній службі повідомили": the preposition stands inside the clause,
        right before a body's name that runs to the verb. Read where the words before it
        hold no possible subject of the plural verb (a noun or pronoun that may be a
        nominative plural: "Военные в Киеве сообщили" keeps the soldiers), which needs the
        folder's morphology (pymorphy3)."""
        assert self.prepositions is not None
        if not self.inflected:
            return None
        found = [p for p in self.prepositions.finditer(sentence, clause, verb_at)]
        if not found:
            return None
        p = found[-1]
        words = [t.group() for t in _TOKEN.finditer(sentence, p.end(), verb_at)]
        while words and cues._skip(words[-1]):
            words.pop()
        if not words or len(words) > 4 or words[0].lower() in self.channels:
            return None
        if not (words[0][:1].isupper() or cues.is_anaphoric(words[0])):
            return None
        if any(cues._stop(w) or any(ch.isdigit() for ch in w) for w in words):
            return None
        from claimtrack.extract.names import _analyzer

        morph = _analyzer(self.language)
        for t in _TOKEN.finditer(sentence, clause, p.start()):
            for parse in morph.parse(t.group()):
                tag = parse.tag
                if tag.POS in ("NOUN", "NPRO", "ADJF") and "nomn" in tag and "plur" in tag:
                    return None  # a subject of its own may stand there
        return self._named(cues, words, p.group())

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
        if owner := cues._described_channel_owner(sentence, p.start()):
            # "говорится в опубликованном в пятницу докладе Центра": the centre
            return self._named(cues, owner.split(), "") or None
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


#: The grammatical cases other than the nominative, as pymorphy3 tags them.
_CASES = (*OBLIQUE_CASES, "voct")


def with_impersonal(lex: Lexicon, cues: _Cues, sentence: str, agents: list[_Agent]) -> list[_Agent]:
    """The hook the plain reader calls: its agents amended by the folder's impersonal cues."""
    reading = Impersonal.of(lex)
    amended = reading.amend(cues, sentence, agents) if reading is not None else agents
    return speaker_roles.amend(lex, cues, sentence, amended)  # whom each speaker stands for


def expanded(name: str, history: list[str]) -> str:
    """An acronym standing for a name the document gave before ("ГУР" after "представник
    Головного управління розвідки", "СБУ" after "Служба безпеки України"): the words of
    that name it abbreviates, with the acronym after them ("Служба безпеки України (СБУ)"),
    so the source names the body as every mention of it does; else the name as it is."""
    if not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()):
        return name
    n = len(name)
    for earlier in reversed(history):
        words = earlier.split()
        for i in range(len(words) - n + 1):
            span = words[i : i + n]
            if span[0][:1].isupper() and "".join(w[:1] for w in span).upper() == name:
                return f"{' '.join(span)} ({name})"
    return name
