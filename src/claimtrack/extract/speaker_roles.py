"""Who a verb of saying's speaker stands for: shapes the plain reader reads literally.

The plain reader (``plain.py``) takes the words next to a verb of saying, or after an
"according to" cue, as the figure's source. News copy in every language has a few shapes
where those words are not the source as the maintainers' conventions name it
(/work/notes/writer9.md, SCHEMA.md); each is mended here as a small named rule, from the
folder's words only:

- a lawmaker relaying a briefing ("Abgeordnete, die vom NIS unterrichtet wurden", "со
  ссылкой на депутата", "نقل تفاصيلها النائب"; ``relaying_roles``) passes the body's figure
  on: the lawmaker is via, the source is the body the sentence names, else the latest
  source before it;
- an unnamed spokesperson of a body ("ein Sprecher des Auswärtigen Amts", "ein
  Bahnsprecher", "пресс-служба облправительства"), or unnamed sources in it ("джерела в
  уряді Південної Кореї"; ``spokesperson_nouns``) speak for the body: the body, in the
  nominative (the folder's name reader undoes the genitive or the locative);
- a verb of estimating read as passive ("عدد الجنود ... يقدر بنحو 13 ألفا": is estimated at
  about 13,000) has no speaker before it: the words there are what is estimated;
- in a verb-first language a verb of saying with its subject before it ("أن الحكومة رصدت
  غلافا ماليا": that the government allotted a sum) stands inside a reported clause: the
  words after it are its object, not a speaker;
- data named as the speaker ("تقديرات الجهاز": the agency's estimates; "معطيات رسمية صادرة
  عن وزارة ...": official data issued by the ministry) stand for the body that gave them;
- a speaker after its verb past an age ("sagte der 58-jährige Kämmerer") is still read;
- a person's role alone after the verb (", заявила прем'єр-міністерка") is its speaker;
- a person's role, field and name after the verb ("حذر الخبير في الموارد المائية محمد بنعلي")
  are one name (``person_nouns``), which the field's preposition no longer cuts short.

Called from ``impersonal.with_impersonal``, the plain reader's hook for amending the agents
it read (see ``amend``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from claimtrack.extract.lexicon import Lexicon
from claimtrack.extract.lexicon import word_set as _stems
from claimtrack.extract.names import _analyzer, _to_nominative, closes_with_person, name_reader

if TYPE_CHECKING:
    from claimtrack.extract.attribution import Attribution
    from claimtrack.extract.plain import PlainAttributions, _Agent, _Cues
    from claimtrack.extract.sentences import Sentence

_TOKEN = re.compile(r"«[^»\n]{1,40}»|“[^”\n]{1,40}”|[^\s,;:!?«»\"“”()—–،؛؟]+|[,;:!?«»\"“”()—–،؛؟]")
#: A number glued to an adjective by a hyphen: an age or a size inside a name ("58-jährige").
#: Words of a person's field and name after the role ("في الموارد المائية محمد بنعلي").
_FIELD_WORDS = 8
#: A person's name in apposition after a comma, closed by a comma or a full stop.
_NAMED_AFTER = re.compile(r",\s*[^\W\d_][^\s,]*(?:\s+[^\W\d_][^\s,]*){1,3}\s*[,.]")
#: Words at most of a body named after a place preposition ("в уряді Південної Кореї").
_BODY_WORDS = 5
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER_ADJECTIVE = re.compile(r"\d+-[^\W\d_]+")


class SpeakerRoles:
    """One folder's words for the shapes above, compiled once."""

    def __init__(self, lex: Lexicon) -> None:
        self.roles, self.role_stems = _stems(lex.words("relaying_roles"))
        self.reaches_back = bool(lex.data.get("closing_source_reaches_back"))
        self.person_nouns, self.person_stems = _stems(lex.words("person_nouns"))
        self.places = frozenset(w.lower() for w in lex.words("place_prepositions"))
        self.briefings, self.briefing_stems = _stems(lex.words("briefing_words"))
        self.spokespeople, self.spokesperson_stems = _stems(lex.words("spokesperson_nouns"))
        self.proclitics = tuple(sorted(lex.words("proclitics"), key=len, reverse=True))
        self.verb_first = bool(lex.data.get("speaker_after_verb"))
        self.head_first = bool(lex.data.get("head_first"))
        self.estimate_links = frozenset(w.lower() for w in lex.words("estimate_links"))
        self.figure_words = frozenset(
            w.lower() for w in [*lex.words("approx"), *lex.words("bounds", "low")] if " " not in w
        ) | frozenset(w.split()[0].lower() for w in lex.words("bounds", "high") if w)
        self.genitive = frozenset(w.lower() for w in lex.words("genitive_articles"))
        self.nominative = name_reader(lex) if lex.data.get("name_reader") == "endings" else None
        # any reader of inflected names puts a spokesperson's body back in the nominative
        self.body_reader = name_reader(lex)
        # "в уряді": a body after a place preposition, back from the locative (pymorphy3)
        self.place_reader: Callable[[str], str] | None = None
        self.morph_language: str | None = None
        if lex.data.get("name_reader") == "pymorphy3":
            language = self.morph_language = lex.language
            self.place_reader = lambda body: _to_nominative(_analyzer(language), body, "loct")
        self.compounds = bool(lex.data.get("nouns_capitalised"))  # "Bahnsprecher": Bahn's
        agent_words = lex.words("agent_prepositions")
        self.agent_prepositions = (
            re.compile(
                "|".join(
                    r"(?<!\w)" + r"\s+".join(map(re.escape, w.split())) + r"(?!\w)"
                    for w in sorted(agent_words, key=len, reverse=True)
                ),
                re.IGNORECASE,
            )
            if agent_words
            else None
        )

    # -- helpers ---------------------------------------------------------------------------
    def _bare(self, word: str) -> str:
        low = word.lower()
        for p in self.proclitics:
            if low.startswith(p) and len(low) - len(p) >= 3:
                return low[len(p) :]
        return low

    def _is_role(self, word: str) -> bool:
        for w in {word.lower(), self._bare(word)}:
            if w in self.roles or (self.role_stems and w.startswith(self.role_stems)):
                return True
        return False

    def _is_spokesperson(self, word: str) -> bool:
        w = word.lower()
        return w in self.spokespeople or bool(
            self.spokesperson_stems and w.startswith(self.spokesperson_stems)
        )

    def amend(self, cues: _Cues, sentence: str, agents: list[_Agent]) -> list[_Agent]:
        """The agents with each shape of the module's docstring mended, in order."""
        out = self._aged_speakers(cues, sentence, agents)
        out = self._role_speakers(cues, sentence, out)
        out = [a for a in out if not _also_citer(a, out) and not _inside_word(sentence, a)]
        out = [_cited_by_cue(cues, sentence, a, out) for a in out]
        out = self._closing_speaker_first(cues, sentence, out)
        out = [a for a in out if not self._passive_estimate(cues, sentence, a)]
        out = [a for a in out if not self._object_of_inner_verb(cues, sentence, a)]
        out = [self._data_body(cues, sentence, a) for a in out]
        out = [_outlets_interlocutors(cues, a) for a in out]
        out = [self._spokesperson_body(cues, sentence, a) for a in out]
        out = [self._person_in_field(cues, sentence, a) for a in out]
        return self._relaying(sentence, out)

    # -- the rules ---------------------------------------------------------------------------
    def _closing_speaker_first(
        self, cues: _Cues, sentence: str, agents: list[_Agent]
    ) -> list[_Agent]:
        """ "Попередньо збитки оцінюють у 180–200 млн грн, повідомили в ОВА": where the
        folder reads closing speakers as the sentence's (``closing_source_reaches_back``),
        a subject read before another verb of the sentence that names no one (no
        capitalised word past the sentence's first: "Попередньо збитки") is that verb's
        object, and the closing speaker is the source."""
        if not self.reaches_back:
            return agents
        last = _closing_cue(cues, sentence)
        if last is None:
            return agents
        if not any(a.at == last.start() and a.role == "source" and a.text for a in agents):
            return agents
        # "Потери разведка оценивает в 6 тыс., добавил депутат": a back-reference to a body
        # named before ("разведка") is a speaker the closing one relays, not an object
        return [
            a
            for a in agents
            if not _unnamed_before(sentence, a, last.start()) or cues.is_anaphoric(a.text)
        ]

    def _relaying(self, sentence: str, agents: list[_Agent]) -> list[_Agent]:
        """A lawmaker who relays (``relaying_roles``, among the name's first two words: "نقل
        تفاصيلها النائب", its object first) is via; the body the sentence names is the
        source, else, where the sentence tells of a briefing (``briefing_words``), the latest
        source before (an unsaid one, resolved by the reader)."""
        if not (self.roles or self.role_stems):
            return agents
        out: list[_Agent] = []
        relayed = False
        for a in agents:
            words = a.text.split()
            at = next((i for i, w in enumerate(words[:2]) if self._is_role(w)), None)
            if a.text and a.role in ("source", "cited") and not a.anaphoric and at is not None:
                out.append(replace(a, text=" ".join(words[at:]), role="via", according=False))
                relayed = True
            else:
                out.append(a)
        if not relayed:
            return agents
        named = [a for a in out if a.role in ("source", "cited") and (a.text or a.anaphoric)]
        if not named and self._briefed(sentence):
            from claimtrack.extract.plain import _Agent  # plain.py imports this module

            first = min(a.at for a in out if a.role == "via")
            out.append(_Agent("", first, "source", anaphoric=True))
        return out

    def _briefed(self, sentence: str) -> bool:
        """Whether the sentence tells of a briefing (``briefing_words``)."""
        for m in _WORD.finditer(sentence):
            w = self._bare(m.group())
            if w in self.briefings or (self.briefing_stems and w.startswith(self.briefing_stems)):
                return True
        return False

    def _passive_estimate(self, cues: _Cues, sentence: str, agent: _Agent) -> bool:
        """Where the speaker follows its verb, a name read before a verb that a figure or
        its estimate link follows ("الموجودين ... يقدر بنحو 13 ألفا") is what is estimated."""
        if not (self.verb_first and agent.text and agent.role == "source") or cues.speech is None:
            return False
        verb = cues.speech.match(sentence, agent.at)
        if verb is None or sentence.find(agent.text, verb.end()) >= 0:
            return False  # read after the verb: a speaker
        nxt = _TOKEN.search(sentence, verb.end())
        if nxt is None:
            return False
        word = nxt.group().lower()
        return (
            word[:1].isdigit()
            or word in self.figure_words
            or word in self.estimate_links
            or any(
                word.startswith(link) and word[len(link) :] in self.figure_words
                for link in self.estimate_links
            )
        )

    def _object_of_inner_verb(self, cues: _Cues, sentence: str, agent: _Agent) -> bool:
        """Where verbs come first, a verb of saying right after a content word has its
        subject before it: it is inside a reported clause ("أن الحكومة رصدت غلافا ماليا"),
        and the words read after it are its object."""
        if not (self.verb_first and agent.text and agent.role == "source") or cues.speech is None:
            return False
        if any(self._is_role(w) for w in agent.text.split()[:2]):
            return False  # "في إفادة نقل تفاصيلها النائب": a lawmaker relays (``_relaying``)
        verb = cues.speech.match(sentence, agent.at)
        if verb is None:
            return False
        at = sentence.find(agent.text, verb.end())
        if at < 0 or sentence[verb.end() : at].strip():
            return False
        before = list(_TOKEN.finditer(sentence, max(0, agent.at - 60), agent.at))
        if not before:
            return False
        word = before[-1].group()
        return (
            word[:1].isalpha()
            and word.lower() not in cues.function_words
            and not cues._stop(word)
            and not cues._skip(word)
            and cues.speech.match(sentence, before[-1].start()) is None
        )

    def _data_body(self, cues: _Cues, sentence: str, agent: _Agent) -> _Agent:
        """Data named as a speaker stand for their body: the one an agent preposition names
        after them ("معطيات رسمية صادرة عن وزارة التجهيز"), or, where a noun's complement
        follows it (``head_first``: "تقديرات الجهاز"), the words after the data noun when
        they name a body the document refers back to."""
        words = agent.text.split()
        if not words or agent.role != "source" or not self._data(cues, words[0]):
            return agent
        start = sentence.find(agent.text, max(0, agent.at - 1))
        if start >= 0 and self.agent_prepositions is not None:
            end = start + len(agent.text)
            m = self.agent_prepositions.search(sentence, start, min(len(sentence), end + 20))
            if m is not None and not any(ch.isdigit() for ch in sentence[end : m.start()]):
                body = cues._after(sentence, m.end(), cues._cue_starts(sentence), cued=True)
                if body:
                    return replace(agent, text=body)
        rest = words[1:]
        if self.head_first and rest and cues.is_anaphoric(" ".join(rest)):
            return replace(agent, text=" ".join(rest))
        return agent

    @staticmethod
    def _data(cues: _Cues, word: str) -> bool:
        low = word.lower()
        return cues.is_data_noun(low) or any(
            low.startswith(p) and cues.is_data_noun(low[len(p) :]) for p in cues.proclitics
        )

    def _spokesperson_body(self, cues: _Cues, sentence: str, agent: _Agent) -> _Agent:
        """ "ein Sprecher des Auswärtigen Amts", "пресс-служба облправительства", "ein
        Bahnsprecher": the body, its genitive undone, where no name of the spokesperson
        follows ("der Sprecher des Amts, Max Weber," keeps the person). The body follows
        its genitive article or "of" word, or, where a language has no article
        (Russian, Ukrainian), the noun itself; a compound's first part names it where
        nouns are compounded ("Bahnsprecher", "Regierungssprecherin")."""
        if not (self.spokespeople or self.spokesperson_stems) or agent.role == "via":
            return agent
        words = agent.text.split()
        i = 1 if words and words[0].lower() in cues.articles | cues.indefinite else 0
        end = sentence.find(agent.text)
        after = sentence[end + len(agent.text) :].lstrip() if end >= 0 else ""
        if _NAMED_AFTER.match(after) or self._ends_named(words, after):
            return agent  # "der Sprecher des Amts, Max Weber, sagte": named
        if len(words) == i + 1 and self.compounds:
            part = self._compound_body(words[i])
            return replace(agent, text=part) if part else agent
        if words[i:] and self._is_spokesperson(words[i]) and end >= 0:
            # "джерела в уряді Південної Кореї": the body after the place preposition, read
            # on to its end (the name read may stop short of it)
            head = len(" ".join(words[: i + 1]))
            if place := self._place_after(cues, sentence, end + head):
                words = [*words[: i + 1], *place]
        if len(words) < i + 2 or not self._is_spokesperson(words[i]):
            return agent
        article = words[i + 1].lower()
        if article in self.places and self.place_reader is not None:
            # "джерела в уряді Південної Кореї", "Источник в правительстве": the body they
            # are in, back from the locative
            rest = words[i + 2 :]
            if len(rest) == 1 and rest[0][:1].isupper() and not rest[0].isupper():
                # "джерела в Сеулі": a place, no body; the phrase is the source
                return replace(agent, text=" ".join(words))
            return replace(agent, text=self.place_reader(" ".join(rest))) if rest else agent
        if article in self.genitive or article in cues.of_words:
            body, cue = " ".join(words[i + 2 :]), article
        elif not cues.articles and words[i + 1][:1].isalpha():
            body, cue = " ".join(words[i + 1 :]), ""  # "пресс-служба облправительства"
        else:
            return agent
        if not body:
            return agent
        reader = self.nominative or self.body_reader
        return replace(agent, text=reader(body, cue) if reader is not None else body)

    def _ends_named(self, words: list[str], after: str) -> bool:
        """Whether the words, or the rest of their clause (``after``: "…штаба по обращению
        с военнопленными Дмитрий Лисовой."), close with a person's first name and surname
        ("представитель ГУР Олег Мирошниченко"), where the folder reads names with
        pymorphy3: the person named speaks, not the body."""
        if self.morph_language is None:
            return False
        clause = re.split(r"[,.;:!?()«»\"—–]", after, maxsplit=1)[0].split()
        if len(clause) <= _BODY_WORDS:
            words = [*words, *clause]
        return len(words) >= 3 and closes_with_person(self.morph_language, words)

    def _place_after(self, cues: _Cues, sentence: str, at: int) -> list[str]:
        """A place preposition right after ``at`` and the words of the body after it, up
        to a boundary or a stop word ("в уряді Південної Кореї"); none without one."""
        toks = list(_TOKEN.finditer(sentence, at, min(len(sentence), at + 120)))
        if not toks or toks[0].group().lower() not in self.places:
            return []
        body: list[str] = []
        for t in toks[1 : 1 + _BODY_WORDS]:
            w = t.group()
            if not w[:1].isalpha() or cues._stop(w):
                break
            if cues.speech is not None and cues.speech.match(sentence, t.start()):
                break  # "Источник в министерстве финансов сообщил": the verb
            body.append(w.rstrip("."))  # "в силовых структурах.": the sentence's stop
            if w.endswith("."):
                break
        return [toks[0].group(), *body] if body and body[-1] else []

    def _compound_body(self, word: str) -> str | None:
        """ "Bahnsprecher" -> "Bahn", "Regierungssprecherin" -> "Regierung": the body before
        a spokesperson noun closing a compound, its linking "s" off; None for no compound."""
        low = word.lower()
        if self._is_spokesperson(low):
            return None  # "Pressesprecher": a spokesperson noun of its own
        # a person's noun closes the compound ("-sprecher", "-sprecherin"); "Regierungskreise"
        # (government circles) and "Regierungsbeamte" (officials) stay the phrases they are
        persons = (n for n in self.spokespeople if n.endswith(("er", "in")))
        for noun in sorted(persons, key=len, reverse=True):
            if low.endswith(noun) and len(low) - len(noun) >= 3:
                part = word[: len(word) - len(noun)].rstrip("-")
                if part.endswith(("ungs", "ums", "heits", "keits", "ions", "tums")):
                    part = part[:-1]
                return part if part[:1].isupper() else None
        return None

    def _person_in_field(self, cues: _Cues, sentence: str, agent: _Agent) -> _Agent:
        """Where the speaker follows its verb, a person's role and the field it is in before
        the person's name ("حذر الخبير في الموارد المائية محمد بنعلي": the water expert
        Mohamed Benali): the name goes on past the place preposition that would end it, to
        the next stop."""
        words = agent.text.split()
        if not (self.verb_first and len(words) == 1 and agent.role == "source"):
            return agent
        if (
            self._bare(words[0]) not in self.person_nouns
            and words[0].lower() not in self.person_nouns
        ):
            return agent
        at = sentence.find(agent.text, agent.at)
        if at < 0:
            return agent
        toks = list(_TOKEN.finditer(sentence, at + len(agent.text), min(len(sentence), at + 200)))
        if not toks or toks[0].group().lower() not in self.places:
            return agent
        field: list[str] = []
        for t in toks[1:]:
            w = t.group()
            if len(field) == _FIELD_WORDS:
                break
            if w.lower() in self.places and field:
                field.append(w)  # "في معهد ... في لندن كريم الحداد": the field's own place
                continue
            if cues._stop(w) or w.lower() in cues.function_words or not w[:1].isalpha():
                break
            field.append(w)
        while field and field[-1].lower() in self.places:
            field.pop()
        if len(field) < 2:
            return agent  # the role and one word: no name after the field
        return replace(agent, text=" ".join([agent.text, toks[0].group(), *field]))

    def _is_person(self, word: str) -> bool:
        w = word.lower()
        return w in self.person_nouns or bool(self.person_stems and w.startswith(self.person_stems))

    def _role_speakers(self, cues: _Cues, sentence: str, agents: list[_Agent]) -> list[_Agent]:
        """ ", заявила прем'єр-міністерка на засіданні Кабміну": a verb of saying that read no
        speaker because the one after it is a lone lower-case word (usually an object there,
        "оценивает поставки"); a person's role (``person_nouns``) is the speaker."""
        if cues.speech is None or not (self.person_nouns or self.person_stems):
            return agents
        out = list(agents)
        for m in _unread_verbs(cues.speech, sentence, agents):
            for t in _TOKEN.finditer(sentence, m.end(), min(len(sentence), m.end() + 60)):
                word = t.group()
                if cues._skip(word):
                    continue
                if word[:1].islower() and self._is_person(word):
                    from claimtrack.extract.plain import _Agent

                    out.append(_Agent(word, m.start(), "source"))
                break
        return out

    def _aged_speakers(self, cues: _Cues, sentence: str, agents: list[_Agent]) -> list[_Agent]:
        """ ", sagte der 58-jährige Kämmerer": a verb of saying that read no speaker because
        a number glued to an adjective opens it; the speaker is read past that word."""
        if cues.speech is None:
            return agents
        out = list(agents)
        for m in _unread_verbs(cues.speech, sentence, agents):
            toks = list(_TOKEN.finditer(sentence, m.end(), min(len(sentence), m.end() + 40)))[:2]
            age = next((t for t in toks if _NUMBER_ADJECTIVE.fullmatch(t.group())), None)
            if age is None or (toks[0] is not age and toks[0].group().lower() not in cues.articles):
                continue
            name = cues._after(sentence, age.end(), cues._cue_starts(sentence), cued=True)
            if name:
                from claimtrack.extract.plain import _Agent

                out.append(_Agent(name, m.start(), "source"))
        return out


def _unread_verbs(
    speech: re.Pattern[str], sentence: str, agents: list[_Agent]
) -> Iterator[re.Match[str]]:
    """The sentence's verbs of saying that read no speaker (no agent stands at them)."""
    read = {a.at for a in agents}
    return (m for m in speech.finditer(sentence) if m.start() not in read)


def _also_citer(agent: _Agent, agents: list[_Agent]) -> bool:
    """A speaker read by a word that is also a cited-by cue ("X, яку цитує агентство
    Reuters": the agency cites X): the agency passes the figure on, it is no source."""
    return agent.role == "source" and any(
        b.role == "via" and b.at == agent.at and b.text == agent.text for b in agents
    )


def _cited_by_cue(cues: _Cues, sentence: str, agent: _Agent, agents: list[_Agent]) -> _Agent:
    """A name read by an "according to" cue that also cites ("نقلا عن مسؤول عسكري": quoting
    a military official) is the one cited, where the citing reading did not keep it: whoever
    relays it is via, as for any citing cue."""
    if not agent.according or cues.citing is None or not cues.citing.match(sentence, agent.at):
        return agent
    if any(b.role == "cited" and b.at == agent.at for b in agents):
        return agent
    return replace(agent, role="cited", according=False)


def _unnamed_before(sentence: str, agent: _Agent, closing_at: int) -> bool:
    """A speaker read before a verb ahead of the closing one, with no capitalised word but
    one opening the sentence."""
    if agent.role != "source" or agent.according or agent.anaphoric or agent.at >= closing_at:
        return False
    start = sentence.find(agent.text)
    words = agent.text.split()
    if start < 0 or start >= agent.at or not words:
        return False  # read after its verb: a speaker
    opening = not sentence[:start].strip()
    return not any(w[:1].isupper() for w in words[1 if opening else 0 :])


def _outlets_interlocutors(cues: _Cues, agent: _Agent) -> _Agent:
    """ "Собеседники газеты уточнили": a back-reference ("собеседники") owned by an outlet
    means the ones that outlet cited before, as the back-reference alone does."""
    words = agent.text.split()
    if agent.role != "source" or len(words) < 2 or not cues.is_anaphoric(words[0]):
        return agent
    if cues.nominative is None:
        return agent  # the owner in a case of its own; "l'ultimo bollettino della X" is X's
    if not words[1][:1].islower() or not cues.is_media(" ".join(words[1:])):
        return agent  # "l'agenzia Yonhap": the outlet named
    if cues.is_media(words[0]):
        return agent  # "agenzia russa Tass": the outlet itself, its noun and its name
    if cues.is_anaphoric(agent.text):
        return agent
    return replace(agent, text=words[0])


def _inside_word(sentence: str, agent: _Agent) -> bool:
    """A speaker read at a cue that starts inside a word, after a short vowel ("ويُذكر":
    and it is said; the mark is no word character, so "ذكر" matched on its own)."""
    return (
        agent.role == "source"
        and not agent.according
        and 0 < agent.at < len(sentence)
        and unicodedata.category(sentence[agent.at - 1]) == "Mn"
    )


_MADE: dict[int, tuple[Lexicon, SpeakerRoles]] = {}


def amend(lex: Lexicon, cues: _Cues, sentence: str, agents: list[_Agent]) -> list[_Agent]:
    """The hook ``impersonal.with_impersonal`` calls: the agents with the shapes mended."""
    known = _MADE.get(id(lex))
    if known is None or known[0] is not lex:
        known = _MADE[id(lex)] = (lex, SpeakerRoles(lex))
    return known[1].amend(cues, sentence, agents)


#: What stands before a verb of saying that closes its sentence.
_CLOSERS = (",", "–", "—", "-")
#: Words a closing verb's speaker may run to ("в пресс-службе губернатора Свердловской области").
_CLOSING_WORDS = 10
#: The most words a description of the speaker set off after the name may run to.
_DESCRIBED_WORDS = 8


def closes_with_speaker(cues: _Cues, sentence: str, described: bool = False) -> bool:
    """Whether the sentence ends with a verb of saying after a comma or dash and only its
    speaker after it (", сообщили в пресс-службе губернатора.", "– przekazała gmina X.");
    ``described``: a description of the speaker may follow the name after a comma."""
    return _closing_cue(cues, sentence, described) is not None


def _closing_cue(cues: _Cues, sentence: str, described: bool = False) -> re.Match[str] | None:
    """The verb of saying that closes the sentence (see ``closes_with_speaker``), or None."""
    if cues.speech is None:
        return None
    last = None
    for m in cues.speech.finditer(sentence):
        last = m
    if cues.according is not None:
        for m in cues.according.finditer(sentence):
            # "– przekazała": a folder may list its closing verbs among its cues, dash and all
            if m.group()[:1] in _CLOSERS and (last is None or m.start() > last.start()):
                last = m
    if last is None:
        return None
    opens = last.group()[:1] in _CLOSERS  # "– przekazała": the folder's cue holds the dash
    if not opens and not sentence[: last.start()].rstrip().endswith(_CLOSERS):
        return None
    rest = [t.group() for t in _TOKEN.finditer(sentence, last.end())]
    words = [w for w in rest if w not in ".!?"]
    if described and "," in words:
        # "– mówi przewodniczący komisji X, kierowca z 23-letnim stażem.": a description of
        # the speaker set off after the name, in lower case, is still the speaker's
        comma = words.index(",")
        description = words[comma + 1 :]
        if (
            not description
            or not description[0][:1].islower()
            or len(description) > _DESCRIBED_WORDS
        ):
            return None
        words = words[:comma]
    closing = (
        0 < len(words) <= _CLOSING_WORDS
        and not any(ch.isdigit() for w in words for ch in w)
        and not any(w in ",;:" for w in words)
    )
    return last if closing else None


def reach_back(attrs: PlainAttributions, s: Sentence, own: Attribution) -> None:
    """ "Зарплаты ... проиндексируют на 5%. Мера коснется около 190 тыс. человек, сообщили
    в пресс-службе губернатора.": where the folder says so (``closing_source_reaches_back``),
    a sentence closed by its speaker also names the source of the sentence right before it
    in its paragraph, for those of its figures that have none, or that a turn opened by a
    dash holds ("– Ci, którzy zostali, wyrabiają dwa razy więcej nadgodzin. To się musi
    skończyć – ostrzega X.": X's, not the source the paragraph carried)."""
    reader = attrs.reader
    if not reader.lex.data.get("closing_source_reaches_back") or not own.source:
        return
    turn = attrs.last_turn
    if attrs.last_paragraph != s.paragraph or not closes_with_speaker(reader.cues, s.text, turn):
        return
    for claim in attrs.last_claims:
        # a turn opened by a dash is its closing speaker's, whatever the paragraph carried
        if claim.source is None or (turn and attrs.last_carried):
            claim.source, claim.via = own.source, list(own.via)
