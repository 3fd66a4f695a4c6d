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
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from claimtrack.extract.lexicon import Lexicon, territory_names
from claimtrack.extract.list_leads import BULLETS, LINE_MARKS
from claimtrack.extract.unspaced import defined_name
from claimtrack.languages.loader import load_outlets

_WORD = re.compile(r"\S+")
#: A list line's mark opening the sentence ("○ ", "□ ", "- ").
_LINE_MARK = re.compile(rf"\s*[{re.escape(LINE_MARKS)}]+(?=\s)")
#: Punctuation around a word that is not part of it: quotes, commas, full stops.
_QUOTES = "\"'“”‘’«»"
_EDGES = _QUOTES + ",.;:!?…·"
#: An age in brackets between a name and its title: "김모(58)씨" is 김모 씨.
_AGE = re.compile(r"\(\d+\)")
#: What a title carries in brackets after it: the party or the constituency ("의원(너울·해안)").
_AFFILIATION = re.compile(r"\([^()\d]{1,30}\)")
#: A speaker is a short noun phrase: "정보위 야당 간사인 박선원 의원".
_MAX_NAME_WORDS = 6
#: A wire dateline opening the sentence, its reporter's byline after it: "(서울=연합뉴스)
#: 김철수 기자 = ", "[워싱턴=동서뉴스] ": the author's line, no part of a speaker's name.
_DATELINE = re.compile(
    r"^\s*[(\[][^()\[\]=\n]{1,20}=[^()\[\]\n]{1,30}[)\]]\s*(?:[^=\n]{1,24}?=\s*)?"
)
#: A transcript turn's label opening a sentence: "박서윤: …" (one to three words).
_TURN_LABEL = re.compile(r"^\s*([^\s:：\d\"“”]{2,10}(?:\s[^\s:：\d\"“”]{1,10}){0,2})\s*[:：]\s")
#: Circled numbers ("①" … "⑳"), a list's or a quiz's item labels.
_CIRCLED = "①-⑳"


def _enumerator(suffixes: list[str]) -> re.Pattern[str]:
    """A numbered item's label opening a line: a number with one of the folder's
    ``item_number_suffixes`` ("3번"), a circled number ("②"), or both ("3번 ②")."""
    numbered = "|".join(re.escape(x) for x in sorted(suffixes, key=len, reverse=True))
    item = rf"\d{{1,2}}\s*(?:{numbered})(?:\s*[{_CIRCLED}])?|" if numbered else ""
    return re.compile(rf"^\s*(?:{item}[{_CIRCLED}])\s+")


#: A roundtable's turn label behind a bullet, closed by an equals sign: "▶남기철=…".
_BULLET_TURN = re.compile(rf"^\s*[{BULLETS}]\s*([^\s:：=\d\"“”]{{2,10}})\s*[=:：]")


def _past_adnominal(stem: str, endings: dict[str, str]) -> str | None:
    """The past adnominal form of a verb of saying given as its past stem ("밝혔" → "밝힌",
    "공개했" → "공개한"), by the folder's ``past_adnominal_endings``; None for any other
    form ("밝히며", "본다")."""
    if len(stem) < 2 or " " in stem or stem[-1] not in endings:
        return None
    return stem[:-1] + endings[stem[-1]]


def _adnominal(word: str) -> bool:
    """Whether a Hangul word ends in a syllable closed by ㄴ, as a verb does before the noun
    it qualifies ("발표한 자료", "실시한 조사", "낸 보고서")."""
    last = ord(word[-1]) - 0xAC00 if word else -1
    return 0 <= last < 11172 and last % 28 == 4


@dataclass(frozen=True)
class TopicAttribution:
    source: str
    via: list[str]
    #: No name of its own: the document's latest source speaks ("이 관리는", "…라는
    #: 분석입니다"), resolved against the history where there is one.
    latest: bool = False


class TopicSources:
    """The source and intermediaries of a figure in a verb-final sentence."""

    def __init__(self, lex: Lexicon) -> None:
        self.enumerator = _enumerator(lex.words("item_number_suffixes"))
        self.according_after = tuple(lex.words("according_to_after"))
        # "자료를 보면": a cue only right after a noun of data ("지역별로 보면" names no one)
        self.according_after_data = tuple(lex.words("according_to_after_data"))
        self.according_after_made = tuple(lex.words("according_to_after_made"))
        self.verbs = tuple(lex.words("speech_verbs"))
        # "보고 있다", '..."고 했다': a verb of two words, the first ending in the entry's
        # first part, the second starting with its second
        self.verb_pairs = tuple(tuple(v.split(" ", 1)) for v in self.verbs if " " in v)
        # a report's bullet in the clipped official style closes on a noun of saying ("…라고
        # 보도", "…고 전함"): a verb only as the sentence's last word, after a quoted clause
        self.closing_nouns = frozenset(lex.words("closing_speech_nouns"))
        # "파병 규모에 대해 국가정보원은": a word ending in one ends what stands before a name
        self.stops = tuple(lex.words("source_stops"))
        self.part_openers = tuple(lex.words("part_openers"))
        self.said_nouns = tuple(sorted(lex.words("said_nouns"), key=len, reverse=True))
        # "합동참모본부는 … 이같이 밝혔다": the sentence gives the source of the one before
        self.retro = tuple(lex.words("retro_cues"))
        self.citing = tuple(lex.words("citing_after"))
        self.topic = tuple(sorted(lex.words("topic_particles"), key=len, reverse=True))
        self.quote_endings = tuple(lex.words("quote_endings"))
        self.particles = tuple(sorted(lex.words("particles"), key=len, reverse=True))
        self.subject = tuple(sorted(lex.words("subject_particles"), key=len, reverse=True))
        self.data_nouns = tuple(lex.words("attribution_nouns"))
        # "국정원이 밝힌 사상자는": a verb of saying qualifying the counted noun, in its past
        # adnominal form, derived from the folder's past stems ("밝혔" → "밝힌")
        endings = {str(k): str(v) for k, v in lex.mapping("past_adnominal_endings").items()}
        self.said_adnominals = frozenset(
            a for v in lex.words("speech_verbs") if (a := _past_adnominal(v, endings)) is not None
        )
        self.bound_nouns = frozenset(lex.words("bound_nouns"))
        # "낸 내년 예산안": a time word between a verb and the data it qualifies
        self.time_words = frozenset(lex.mapping("time", "relative")) | frozenset(
            lex.mapping("time", "days")
        )
        self.media = tuple(lex.words("media_cues"))
        self.outlets = load_outlets()
        # "한국국방전략연구소의 한 연구위원": an unnamed person of a body speaks for the body
        self.person_nouns = frozenset(lex.words("person_nouns"))
        self.of_words = tuple(lex.of_words)
        # "김정은 국무위원장은": a title after a name ending like a particle
        self.titles = self.person_nouns | {str(t) for t in lex.mapping("person_titles")}
        # "… 있다는 게 국정원 판단이다": the copula after a closing noun of data, and the
        # endings of the clause it nominalises
        self.copulas = tuple(sorted(lex.words("judgement_copulas"), key=len, reverse=True))
        self.nominalisers = tuple(lex.words("judgement_openers"))
        self.anaphors = frozenset(lex.words("anaphoric_subjects"))
        # "국방부로부터 제출받은 자료": data received from a body (``_giver``)
        self.received_verbs = tuple(lex.words("received_verbs"))
        self.received_from = tuple(sorted(lex.words("received_from"), key=len, reverse=True))
        self.commissioned_verbs = tuple(lex.words("commissioned_verbs"))
        self.commissioned_to = tuple(sorted(lex.words("commissioned_to"), key=len, reverse=True))
        # "…보고서를 내고": the topic made the document (``made``)
        self.published = tuple(lex.words("published_verbs"))
        # "보도한 바로는": a bound noun glued to its cue
        self.bound_cues = tuple(lex.words("according_to_bound"))
        # "…된다는 것이다": a closing noun after a quotative clause, the latest source's word
        self.closers = frozenset(lex.words("quotative_closers"))
        # "제 추산으로는" (by my estimate): the one speaking, whom the verb's topic names
        self.first_person = frozenset(lex.words("speaker_first_person"))
        self.askers = frozenset(lex.words("speaker_askers")) | frozenset(
            lex.words("reporter_roles")
        )
        # "취재진", "기자": the paper's own reporters, who tell no source's figures
        self.reporters = frozenset(lex.words("reporter_roles"))
        # countries: "북한이 … 넘긴 것으로" is what is said, no one saying it
        self.territories = territory_names(lex.language)
        # "이 관리", "그 당국자", "해당 매체": a determiner before a noun of a person, a title
        # or an outlet's kind points back to the latest source
        self.determiners = frozenset(lex.words("anaphoric_determiners"))
        self.pointed = self.titles | frozenset(self.media)
        # "…차지한다는 분석입니다": the quotative endings before a noun ("다고" → "다는")
        self.adnominal_quotes = tuple(
            {q[:-1] + "는" for q in self.quote_endings if q.endswith("고") and len(q) > 1}
        )

    @staticmethod
    def of(lex: Lexicon) -> TopicSources | None:
        """The reading for a language whose folder gives topic particles; None otherwise."""
        return TopicSources(lex) if lex.words("topic_particles") else None

    def attribution(
        self, sentence: str, at: int, history: Sequence[str] = ()
    ) -> TopicAttribution | None:
        """Source and via of a figure at offset ``at`` (the sentence's length for a
        sentence without figures: its last verb of saying then counts). ``history``: the
        document's earlier sources, most recent last; a name it defined a short form for
        is "Full(Short)" whichever form this sentence uses ("코레일" after "한국철도공사
        (코레일)")."""
        found = self._attribution(sentence, at)
        if found is not None and (found.latest or self._points_to(found.source)):
            if not history:
                return None
            return TopicAttribution(history[-1], self._named_only(found.via), latest=True)
        if found is None or not history:
            return found
        return TopicAttribution(
            defined_name(found.source, history), [defined_name(v, history) for v in found.via]
        )

    def _points_to(self, name: str) -> bool:
        """Whether ``name`` is a determiner and a noun of a person, a title or an outlet's
        kind ("이 관리", "그 연구위원", "해당 통신"): someone named before."""
        head, _, rest = name.partition(" ")
        return bool(rest) and head in self.determiners and rest in self.pointed

    def _attribution(self, sentence: str, at: int) -> TopicAttribution | None:
        if dateline := _DATELINE.match(sentence):  # blanked, so offsets stay
            sentence = " " * dateline.end() + sentence[dateline.end() :]
        if bullet := _BULLET_TURN.match(sentence):  # "▶남기철=": the turn's label, blanked
            sentence = " " * bullet.end() + sentence[bullet.end() :]
        labelled = _TURN_LABEL.match(sentence)  # before a bullet is blanked: "▶ 확인 결과:"
        if (mark := _LINE_MARK.match(sentence)) is not None:  # "○ …": a list line's bullet
            sentence = " " * mark.end() + sentence[mark.end() :]
        if numbered := self.enumerator.match(sentence):  # "3번 ② HUR는": a quiz answer's number
            sentence = " " * numbered.end() + sentence[numbered.end() :]
        kept = [
            (m.start(), w, m.group()[:1] in _QUOTES)  # whether it opens a quotation
            for m in _WORD.finditer(sentence)
            if (w := m.group().strip(_EDGES))
        ]
        words = [(start, w) for start, w, _ in kept]
        texts = [w for _, w, _ in kept]
        opens = [q for _, _, q in kept]
        said = self._said_by(texts)
        if said:  # "…박용호(54) 위원장의 말이다": the quotation before is his
            return TopicAttribution(said, [])
        judged = self._judgement(texts)
        if judged:  # "... 가능성도 있다는 게 국정원 판단이다": the whole sentence is its
            return TopicAttribution(judged, [])
        if self._unowned_judgement(texts):  # "…차지한다는 분석입니다": the latest source's
            return TopicAttribution("", [], latest=True)
        outlet = ""
        for i, w in enumerate(texts):
            if (
                i > 0
                and self.according_after_made
                and w.startswith(self.according_after_made)
                and _adnominal(texts[i - 1])
            ):
                # "X에 의뢰한 조사에서", "X가 실시한 조사에서": the survey's maker; a survey
                # with no verb making it ("수과원은 표본 조사에서 ... 밝혔다") is no cue
                made = self._commissioned(texts, i - 1) or self._told_of(texts, i - 1)
                if made is not None:
                    return made
                continue
            if (
                i > 0
                and self.bound_cues
                and w.startswith(self.bound_cues)
                and _adnominal(texts[i - 1])
            ):
                # "FT가 러시아 내무부 자료를 인용해 보도한 바로는": who told it, whom they cited
                told = self._told_of(texts, i - 1)
                if told is not None:
                    return told
            if i > 0 and (  # "국정원에 따르면", "교통국 자료를 보면"
                w.startswith(self.according_after) or (self._after_data(w, texts[i - 1]))
            ):
                k = i - 1  # "국정원의 분석에 따르면", "국방부 자료에": the body before its data
                if (made := self._commissioned(texts, k)) is not None:
                    return made  # "시가 연구원에 맡긴 용역 보고서에 따르면": the institute's
                data = k > 0 and self.data_nouns and texts[k].startswith(self.data_nouns)
                if data and (giver := self._giver(texts, k - 1)):
                    return giver  # "X 의원이 국방부로부터 제출받은 자료에": the ministry's
                titled = any(q in texts[k] for q in _QUOTES)  # "발표한 '고용동향'에"
                bound = self._bare(texts[k], self.particles) in self.bound_nouns
                if bound and k > 1 and _adnominal(texts[k - 1]):
                    # "…가 (X 통계를 인용해) 보도한 바에 따르면": who told it, and whom
                    # they cited
                    told = self._told_of(texts, k - 1)
                    if told is not None:
                        return told
                if k > 0 and (
                    titled or bound or self.data_nouns and texts[k].startswith(self.data_nouns)
                ):
                    k -= 1
                    while titled and k > 0 and not _adnominal(texts[k]) and i - k < 4:
                        k -= 1  # back over the words of the title
                    if k > 0 and texts[k] in self.time_words and _adnominal(texts[k - 1]):
                        k -= 1  # "시의회에 낸 내년 예산안을 보면": past the year it is for
                    if _adnominal(texts[k]):  # "통계청이 (지난달) 발표한 자료에": who gave it
                        k = next(
                            (j for j in range(k, max(-1, k - 3), -1) if self._subj(texts[j])), k
                        )
                elif k > 0 and _adnominal(texts[k]) and not self._subj(texts[k]):
                    # "시가 어제 내놓은 집계로는": the cue is the data noun itself, the verb
                    # giving it qualifies it, and who gave it is the subject before
                    k = next(
                        (j for j in range(k - 1, max(-1, k - 3), -1) if self._subj(texts[j])), k
                    )
                k = self._owner_of_data(texts, k, i)
                end = k + 1
                if k > 0 and self._untitled(texts[k]) in self.titles:
                    k -= 1  # "김 의원에 따르면": the name with its title
                name = self._name(texts[k:end])
                if name and not self._is_media(name):
                    inner = self._speaks_after(words, texts, i, at)
                    if inner and inner != name and inner not in name:
                        return TopicAttribution(inner, self._named_only([name]))
                    return TopicAttribution(name, [])
                if name:  # "블룸버그통신에 따르면 우크라이나 정보당국은 …고 밝혔다"
                    outlet = name
                    break
        verb = self._verb(words, at)
        if verb is None:
            # "노조 추산 …", "한빛리서치가 … 조사한 결과": whose count it is
            owner = (
                outlet
                or self._maker(texts)
                or self._quoted_owner(texts)
                or self._cited_owner(texts)
                or self._owner(texts)
                or self._surveyor(texts)
                or self._teller(words, at)
            )
            return TopicAttribution(owner, []) if owner else None
        inner = self._quoted_speaker(texts, opens, verb)
        if inner is not None:  # '"국정원은 … 본다"고 전했다': the agency, passed on
            outer = self._verb(words[verb + 1 :], -1)
            if outer is None:
                return TopicAttribution(inner, [])
            verb += 1 + outer
        start = self._clause_start(texts, verb)
        label = labelled or bullet
        if label is not None and start == 0 and label.group(1) not in self.askers:
            # "박서윤: 올해 물동량은 … 봅니다": a transcript's turn, its label's words; an
            # asker's turn names no one of its own but what its words do ("▶사회=국정원은
            # … 1만 5천 명 안팎으로 봤다": the NIS)
            return TopicAttribution(label.group(1), [])
        # a quotation the verb closes ('…며 "낡은 설비를 … 충분하다"고 했다') is what was
        # said: who said it stands before it
        said_from = next((k for k in range(verb, start - 1, -1) if opens[k]), verb)
        speaker = self._topic_phrase(texts, start, said_from)
        if speaker is None and start > 0 and self.subject:
            # "...보인다"고 국방부 관계자가 말했다": after the quote a subject speaks too
            speaker = self._topic_phrase(texts, start, said_from, self.subject)
        if speaker is None and label is not None:
            # "▶한도윤=올해 물동량은 …넘었다고 본다": the topic before the quoted clause is
            # what it tells of; the turn's speaker says it
            return None if label.group(1) in self.askers else TopicAttribution(label.group(1), [])
        if speaker is None:
            speaker = self._topic_phrase(texts, 0, said_from)
        if (
            speaker is not None
            and texts[verb] in self.closing_nouns
            and any(self._subj(texts[j]) for j in range(speaker[0], speaker[1]))
        ):
            # "○ 올겨울 독감 환자가 지난해 같은 … 전함": a clause's subject before the word
            # read as a topic; a clipped line leaves its speaker unsaid
            speaker = None
        name = self._name(texts[speaker[0] : speaker[1] + 1]) if speaker else None
        if inner is not None:
            passing = [n for n in (outlet, name) if n and n != inner]
            return TopicAttribution(inner, self._named_only(passing))
        if name is None or name == outlet:
            return TopicAttribution(outlet, []) if outlet else None
        passed = [outlet] if outlet else []
        cited = self._cited(texts, speaker[1] + 1, verb) if speaker else None
        if cited:
            return TopicAttribution(cited, [name, *passed])
        nested = self._nested(words, texts, speaker[1] + 1, verb) if speaker else None
        if nested and nested != name:
            return TopicAttribution(nested, [name, *passed])
        return TopicAttribution(name, passed)

    def _nested(
        self, words: list[tuple[int, str]], texts: list[str], start: int, verb: int
    ) -> str | None:
        """The body a speaker says estimated it: "주 의원은 국정원이 … 추산했다고 말했다" (the
        lawmaker said the NIS estimated …). The verb of saying after the figure closes a
        quoted clause ("추산했다고") and another verb of saying follows; a subject-marked
        name in the clause before it gave the figure, the speaker relays it (``via``)."""
        if (
            not texts[verb].endswith(self.quote_endings)
            or self._verb(words[verb + 1 :], -1) is None
        ):
            return None
        counted = re.compile(r"\d")  # "3천 명이": a figure's noun, no one who speaks
        j = next(
            (
                j
                for j in range(start, verb)
                if self._subj(texts[j])
                and not counted.search(texts[j])
                and not (j > 0 and counted.search(texts[j - 1]))
            ),
            None,
        )
        if j is None:
            return None
        name = self._name(texts[j : j + 1])
        if (
            name is None
            or len(name) < 2  # "수천 t이": a unit's letter, no one who speaks
            or name in self.anaphors
            or name in self.titles
            or name.lower() in self.territories
        ):
            return None
        return name

    def _after_data(self, word: str, before: str) -> bool:
        """Whether ``word`` is a cue of ``according_to_after_data`` right after a noun of
        data ("자료를 보면": looking at the data)."""
        return bool(
            self.according_after_data
            and self.data_nouns
            and word.startswith(self.according_after_data)
            and before.startswith(self.data_nouns)
        )

    def _named_only(self, names: list[str]) -> list[str]:
        """Who passes a figure on, without a back-reference ("그", "이 관계자"), which this
        reading of one sentence cannot resolve."""
        return [n for n in names if n not in self.anaphors]

    def _speaks_after(
        self, words: list[tuple[int, str]], texts: list[str], cue: int, at: int
    ) -> str | None:
        """After "X에 따르면", a topic-marked speaker opening the rest with its own verb of
        saying ("김 의원에 따르면 국정원은 … 파악하고 있다"): the one X passes on."""
        verb = self._verb(words, at)
        if verb is None or verb <= cue + 1:
            return None
        speaker = self._topic_phrase(texts, cue + 1, verb)
        if speaker is None or speaker[0] != cue + 1:
            return None
        return self._name(texts[speaker[0] : speaker[1] + 1])

    def _quoted_speaker(self, texts: list[str], opens: list[bool], verb: int) -> str | None:
        """The speaker inside a quotation whose own verb of saying closes it ('"국정원은 북한이
        … 보낸 것으로 본다"고 전했다'): the verb ends in a quotative ending, and a
        topic-marked name opens the quotation; None otherwise. The quotation's own last word
        must be a verb of saying or judging ("본다"): in '"낡은 설비를 고치면 충분하다"고
        했다' the quotation's "낡은" is an adjective, and who speaks stands before it."""
        if not texts[verb].endswith(self.quote_endings):
            return None
        if not (self.verbs and texts[verb].startswith(self.verbs)):
            return None
        q = next((k for k in range(verb, -1, -1) if opens[k]), None)
        if q is None:
            return None
        speaker = self._topic_phrase(texts, q, verb)
        if speaker is None or speaker[0] != q:
            return None
        return self._name(texts[speaker[0] : speaker[1] + 1])

    def _judgement(self, texts: list[str]) -> str | None:
        """ "... 가능성도 있다는 게 국정원 판단이다": a sentence closing on a noun of data
        with its copula names whose judgement, estimate or account it all is: the words
        between the nominalised clause ("게", "것이") and the noun."""
        if len(texts) < 3 or not self.copulas or not self.nominalisers:
            return None
        if not self._closing_data_noun(texts[-1]):
            return None
        k = len(texts) - 2
        while k > 0 and len(texts) - 1 - k < 3 and not texts[k - 1].endswith(self.nominalisers):
            k -= 1
        if k == 0 or not texts[k - 1].endswith(self.nominalisers):
            return None
        return self._name(texts[k:-1])

    def _said_by(self, texts: list[str]) -> str | None:
        """ "20년째 버스를 몰아 온 박용호(54) 위원장의 말이다": a sentence closing on a noun of
        saying (``said_nouns``) with its copula, after its owner in the of-case, tells who
        said the sentence before it: the owner's words, back to the verb qualifying them."""
        if len(texts) < 2 or not self.said_nouns or not self.of_words:
            return None
        last, owner = texts[-1], texts[-2]
        noun = next((n for n in self.said_nouns if last.startswith(n)), None)
        if noun is None or last[len(noun) :] not in self.copulas:
            return None
        if not owner.endswith(self.of_words) or len(owner) < 2:
            return None
        if self.nominalisers and any(w.endswith(self.nominalisers) for w in texts[:-2]):
            return None  # "…늘었다는 게 정부 당국자의 설명입니다": a judgement of its own
        k = len(texts) - 2
        while k > 0 and not _adnominal(texts[k - 1]) and len(texts) - 2 - k < 4:
            k -= 1
        return self._name([*texts[k:-2], self._bare(owner, self.of_words)])

    def _closing_data_noun(self, last: str) -> bool:
        """Whether a sentence's last word is a noun of data with its copula ("분석입니다",
        "설명이다")."""
        return self._closing_noun(last, self.data_nouns)

    def _closing_noun(self, last: str, nouns: Collection[str]) -> bool:
        """Whether ``last`` is one of ``nouns`` with a copula after it ("것이다")."""
        copula = next((c for c in self.copulas if last.endswith(c) and len(last) > len(c)), "")
        return bool(copula) and last[: -len(copula)] in nouns

    def made(self, sentence: str) -> tuple[str, str] | None:
        """The document a sentence says its topic put out, and that maker ("새봄투자증권은
        1일 방산 업종 보고서 '전쟁의 공급망'을 내고": ("보고서", "새봄투자증권")); None where
        it names none."""
        texts = [w for m in _WORD.finditer(sentence) if (w := m.group().strip(_EDGES))]
        found = self._made(texts)
        return found if found is not None and found[1] not in self.anaphors else None

    def _made(self, texts: list[str]) -> tuple[str, str] | None:
        if not self.published or not self.data_nouns:
            return None
        for i, w in enumerate(texts):
            if not w.startswith(self.published):
                continue
            for j in range(i - 1, max(0, i - 4), -1):  # past the document's title in quotes
                noun = self._bare(texts[j].strip(_QUOTES), self.particles)
                if noun not in self.data_nouns:
                    continue
                topic = self._topic_phrase(texts, 0, j)
                name = self._name(texts[topic[0] : topic[1] + 1]) if topic else None
                return (noun, name) if name else None
            return None
        return None

    def _maker(self, texts: list[str]) -> str | None:
        """The body a sentence without a verb of saying says put out a document: its
        source, not the words qualifying the document ("방산 업종 보고서")."""
        made = self._made(texts)
        return made[1] if made is not None else None

    def _quoted_owner(self, texts: list[str]) -> str | None:
        """ "…건너갈 계획이라는 국정원 판단도 실렸다", "…것이라는 국방부 전망이 나왔다": a
        quotative clause qualifying a noun of data names whose judgement it is, the plain
        words between them."""
        if not self.adnominal_quotes:
            return None
        for i, w in enumerate(texts[:-2]):
            if not w.endswith(self.adnominal_quotes):
                continue
            for k in range(i + 2, min(len(texts), i + 4)):
                between = texts[i + 1 : k]
                if not all(self._plain(b) and b not in self.nominalisers for b in between):
                    break  # "…꺾였다는 게 보고서의 진단이다": a judgement (``_judgement``)
                if self._bare(texts[k], self.particles) in self.data_nouns:
                    name = self._name(between)
                    if name and name not in self.anaphors:
                        return name
                    break
        return None

    def _cited_owner(self, texts: list[str]) -> str | None:
        """ "미국 전략국제문제연구소(CSIS)의 위성사진 분석을 인용한 대목도 있다": in a
        sentence without a verb of saying, the body whose data a citing cue cites."""
        if not self.citing or not self.of_words:
            return None
        for i, w in enumerate(texts):
            if i < 2 or not w.startswith(self.citing):
                continue
            j = next(  # the owner in the of-case, past a noun or two ("위성사진 분석을")
                (
                    j
                    for j in range(i - 2, max(-1, i - 5), -1)
                    if texts[j].endswith(self.of_words) and len(texts[j]) > 1
                ),
                None,
            )
            if j is None or not all(self._plain(w) for w in texts[j + 1 : i - 1]):
                return None
            start = j
            while start > 0 and j - start < 2 and self._plain(texts[start - 1]):
                start -= 1  # "미국 전략국제문제연구소(CSIS)의": the words of the name
            name = self._name(texts[start : j + 1])
            return name if name and not self._is_media(name) else None
        return None

    def _plain(self, word: str) -> bool:
        """A word with no particle, no figure and no punctuation after it: part of a name."""
        return (
            self._bare(word, self.particles) == word
            and not any(ch.isdigit() for ch in word)
            and word[-1:] not in ",.;:"
        )

    def _unowned_judgement(self, texts: list[str]) -> bool:
        """ "…절반 가까이를 차지한다는 분석입니다", "…인력이라는 설명입니다": a sentence
        closing on a noun of data right after a quotative clause, with no owner between
        them: the analysis or account of whoever spoke last."""
        return (
            len(texts) >= 2
            and bool(self.adnominal_quotes)
            and (self._closing_data_noun(texts[-1]) or self._closing_noun(texts[-1], self.closers))
            and texts[-2].endswith(self.adnominal_quotes)
        )

    def _teller(self, words: list[tuple[int, str]], at: int) -> str | None:
        """ "국정원이 밝힌 사상자는 1만 2천여 명": who told of what the figure counts, a verb
        of saying qualifying the figure's subject, is the subject before that verb; not a
        country ("우크라이나가 공개한 포로는": what a speaker says a country made public) nor
        the paper's own reporters ("취재진이 확인한 결과")."""
        texts = [w for _, w in words]
        for i in range(1, len(texts) - 1):
            if texts[i] not in self.said_adnominals or words[i + 1][0] >= at:
                continue
            if not any(  # the subject it qualifies, of up to three words ("밀수 적발 건수는")
                words[k][0] < at and texts[k].endswith(self.topic + self.subject)
                for k in range(i + 1, min(len(texts), i + 4))
            ):
                continue  # "이를 확인한 신문은 없었다" after the figure: no one's telling
            for j in range(i - 1, max(-1, i - _MAX_NAME_WORDS), -1):
                if self._subj(texts[j]) and not any(ch.isdigit() for ch in texts[j]):
                    name = self._name([self._bare(texts[j], self.subject)])
                    if name and name not in self.territories and name not in self.reporters:
                        return name
                    return None
        return None

    def _surveyor(self, texts: list[str]) -> str | None:
        """ "한빛리서치가 성인 1000명을 대상으로 조사한 결과": who ran the survey, a count or an
        analysis (a verb of data before the noun it qualifies) is the subject before it."""
        for i in range(1, len(texts)):
            w = texts[i]
            if not (_adnominal(w) and w[:-1] in self.data_nouns):
                continue
            for j in range(i - 1, max(-1, i - _MAX_NAME_WORDS), -1):
                if self._subj(texts[j]) and not any(ch.isdigit() for ch in texts[j]):
                    return self._name([self._bare(texts[j], self.subject)])
        return None

    def _owner(self, texts: list[str]) -> str | None:
        """ "노조 추산 참가 인원은 8천여 명": a bare noun of data ("추산", "집계") right after
        a name without a particle names whose count it is, in a sentence with no verb of
        saying."""
        for i in range(1, len(texts)):
            if texts[i] in self.data_nouns and len(texts[i - 1]) > 1:
                owner = texts[i - 1]
                if self._bare(owner, self.particles) == owner and not any(
                    ch.isdigit() for ch in owner
                ):
                    return owner
        return None

    def _verb(self, words: list[tuple[int, str]], at: int) -> int | None:
        """The verb of saying that reports the figure: the first at or after it, else the
        last before it."""
        found = [i for i, (_, w) in enumerate(words) if self._is_verb(words, i)]
        after = [i for i in found if words[i][0] >= at]
        if after:
            return after[0]
        return found[-1] if found else None

    def _is_verb(self, words: list[tuple[int, str]], i: int) -> bool:
        w = words[i][1]
        if self.verbs and w.startswith(self.verbs):
            return True
        nxt = words[i + 1][1] if i + 1 < len(words) else ""
        if w in self.closing_nouns and i + 1 == len(words) and i > 0:
            return words[i - 1][1].endswith(self.quote_endings)
        return any(w.endswith(a) and nxt.startswith(b) for a, b in self.verb_pairs)

    def points_back(self, sentence: str) -> bool:
        """Whether the sentence only says who said the one before: a retro cue ("이같이")
        right before its closing verb of saying, a topic-marked speaker before it."""
        words = [(m.start(), m.group().strip(_EDGES)) for m in _WORD.finditer(sentence)]
        words = [(start, w) for start, w in words if w]
        texts = [w for _, w in words]
        if self._said_by(texts) is not None:
            return True  # "…위원장의 말이다": the sentence before is his
        if len(words) < 3 or not self.retro or not self._is_verb(words, len(words) - 1):
            return False
        return texts[-2] in self.retro and self._topic_phrase(texts, 0, len(texts) - 2) is not None

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
        first, held = start, None
        for i in range(start, min(end, start + _MAX_NAME_WORDS)):
            w = texts[i]
            if any(ch.isdigit() for ch in _AGE.sub("", w)):
                return held
            if self._stop(w) or self._qualifying(texts, start, i):
                # "비중에 대해서는", "러시아군이 쓰는 포탄": nobody speaks there; "파병 규모에
                # 대해 국가정보원은": the name follows
                first = i + 1
                continue
            if w.endswith(marks or self.topic) and len(w) > 1:
                if held is None and i > start and texts[i - 1].endswith(self.stops):
                    # "식당을 운영하는 김모(58)씨는": after an object, a verb may end in a
                    # topic particle; a later topic-marked word is the name
                    held, first = (first, i), i + 1
                    continue
                if i + 1 < end and self._titled(texts[i + 1], marks or self.topic):
                    return first, i + 1  # "김정은 국무위원장은": 은 ends the name, not a particle
                if self._relative_head(texts, start, i):
                    return held  # "러시아가 올해 북한에 넘긴 원유·정제유는": a thing, no one
                return first, i
        return held

    def _relative_head(self, texts: list[str], first: int, i: int) -> bool:
        """Whether the topic-marked word at ``i`` heads a relative clause with its own
        subject ("러시아가 올해 북한에 넘긴 원유·정제유는": the oil Russia handed over): a
        thing the clause tells of, not a speaker. A person or a title stays ("논란이 커지자
        도경환 시장은": a name may end like a verb before its noun), and so does a noun of
        data (its maker is the subject, ``_name``)."""
        head = self._bare(texts[i], self.topic)
        if head.startswith(self.data_nouns or ("\0",)) or head in self.titles:
            return False  # "회의가 끝난 뒤 한 군 관계자는": a person speaks
        subject = next(
            (j for j in range(first, i) if len(texts[j]) > 1 and self._subj(texts[j])), None
        )
        return subject is not None and any(
            _adnominal(texts[k]) and self._verb_arguments(texts, subject, k)
            for k in range(subject + 1, i)
        )

    def _verb_arguments(self, texts: list[str], subject: int, k: int) -> bool:
        """Whether the word before ``texts[k]`` is one a verb there takes: its subject, a
        word with a particle ("북한에 넘긴") or a time word ("올해 넘긴"); after a clause
        closed ("논란이 커지자 도경환"), a word ending like a verb is a name."""
        before = texts[k - 1]
        return (
            k - 1 == subject
            or self._bare(before, self.particles) != before
            or before in self.time_words
        )

    def _titled(self, word: str, marks: tuple[str, ...]) -> bool:
        """Whether ``word`` is a title or a noun of a person carrying the particle: the
        word before it is the person's name, whatever syllable it ends in."""
        return word.endswith(marks) and self._bare(word, marks) in self.titles

    def _qualifying(self, texts: list[str], start: int, i: int) -> bool:
        """Whether ``texts[i]``, ending like a topic, is a verb qualifying the noun after it:
        it follows its own subject ("러시아군이 쓰는 포탄"), where a topic-marked noun does
        not ("이 관계자는": "이" alone is "this", no subject)."""
        return (
            i > start
            and len(texts[i - 1]) > 1
            and self._subj(texts[i - 1])
            and texts[i].endswith(self.topic)
        )

    def _stop(self, word: str) -> bool:
        return bool(self.stops) and word.endswith(self.stops)

    def _told_of(self, texts: list[str], verb: int) -> TopicAttribution | None:
        """Before a bound noun (``bound_nouns``) and the verb qualifying it at ``verb``: the
        subject who told it ("내무부가 공개한 바"), and where a citing cue stands before the
        verb, the one cited ("매체가 내무부 통계를 인용해 보도한 바": the ministry, passed on
        by the outlet). None where no subject stands within a few words."""
        subject = next(
            (j for j in range(verb - 1, max(-1, verb - 6), -1) if self._subj(texts[j])), None
        )
        if subject is None:
            return None
        first = (
            subject - 1 if subject > 0 and not self._ends_clause(texts[subject - 1]) else subject
        )
        # "'시베리아 뉴스'가": the outlet's name in quotation marks, its particle after them
        teller = self._name(
            ["".join(c for c in w if c not in _QUOTES) for w in texts[first : subject + 1]]
        )
        cite = next((j for j in range(subject + 1, verb) if texts[j].startswith(self.citing)), None)
        if cite is None:
            return TopicAttribution(teller, []) if teller else None
        owner_end = cite - 1  # "통계를": the object cited, its owner before a noun of data
        if owner_end > subject and self._bare(texts[owner_end], self.particles).startswith(
            self.data_nouns or ("\0",)
        ):
            owner_end -= 1
        cited = (
            self._name(_undated(texts[subject + 1 : owner_end + 1]))
            if owner_end > subject
            else None
        )
        if cited is None:
            return TopicAttribution(teller, []) if teller else None
        return TopicAttribution(cited, self._named_only([teller] if teller else []))

    def _ends_clause(self, word: str) -> bool:
        """Whether a word ends with punctuation or a particle, so it is no part of the name
        after it."""
        return word[-1:] in ",.;:" or self._bare(word, self.particles) != word

    def _subj(self, word: str) -> bool:
        return bool(self.subject) and word.endswith(self.subject)

    def _is_media(self, name: str) -> bool:
        """An outlet ("블룸버그통신", "연합뉴스"): it passes on what a speaker said."""
        low = name.lower()
        return low in self.outlets or any(c in low for c in self.media)

    def _untitled(self, word: str) -> str:
        """``word`` bare of its particle and of the party or constituency a title carries
        ("의원(너울·해안)이": 의원)."""
        return self._bare(self._untitled_word(word), self.particles)

    def _untitled_word(self, word: str) -> str:
        """``word`` without the brackets after a title ("의원(너울·해안)이": 의원이); a
        body's short form in brackets stays ("정보총국(HUR)")."""
        m = _AFFILIATION.search(word)
        if m is None or word[: m.start()] not in self.titles:
            return word
        return word[: m.start()] + word[m.end() :]

    def _commissioned(self, texts: list[str], k: int) -> TopicAttribution | None:
        """A survey or study one body asked another to make ("본보가 여론조사 전문기관
        미래여론랩에 의뢰한 조사에서", "시가 연구원에 맡긴 용역 보고서에 따르면"): the body
        it was asked of made it and is the source; who asked for it is no one's word.
        ``k``: the word before the cue, or before the data noun ahead of it."""
        if not self.commissioned_verbs:
            return None
        for at in range(k, max(0, k - 3), -1):  # past a noun or two ("용역 보고서에")
            if not (_adnominal(texts[at]) and texts[at].endswith(self.commissioned_verbs)):
                if _adnominal(texts[at]) or texts[at][-1:] in ",.":
                    return None
                continue
            marked = self._marked_before(texts, at, self.commissioned_to)
            return TopicAttribution(marked[1], []) if marked else None
        return None

    def _marked_before(
        self, texts: list[str], at: int, endings: tuple[str, ...]
    ) -> tuple[int, str] | None:
        """The nearer of the two words before ``at`` that ends in one of ``endings`` (the
        particle marking whom from or whom of: "국방부로부터", "미래여론랩에") and names a body
        that is no outlet, with that name; None where neither does."""
        for j in range(at - 1, max(-1, at - 3), -1):
            end = next((e for e in endings if texts[j].endswith(e)), "")
            if end and len(texts[j]) > len(end):
                name = self._name([texts[j][: -len(end)]])
                if name and not self._is_media(name):
                    return j, name
        return None

    def _giver(self, texts: list[str], k: int) -> TopicAttribution | None:
        """Data received from a body ("봉 의원이 한국농어촌공사에서 받은 자료에 따르면",
        "국방부로부터 제출받은"): the body that gave it is the source, who received it
        passes it on. ``k``: the word before the data noun."""
        if not (
            self.received_verbs and _adnominal(texts[k]) and texts[k].endswith(self.received_verbs)
        ):
            return None
        marked = self._marked_before(texts, k, self.received_from)
        if marked is None:
            return None
        j, giver = marked
        subject = next((h for h in range(j - 1, max(-1, j - 4), -1) if self._subj(texts[h])), None)
        if subject is not None and subject > 0 and self._untitled(texts[subject]) in self.titles:
            receiver = self._name(texts[subject - 1 : subject + 1])
        elif subject is not None:
            receiver = self._name(texts[subject : subject + 1])
        else:
            receiver = None
        return TopicAttribution(giver, [receiver] if receiver else [])

    def _owner_of_data(self, texts: list[str], k: int, cue: int) -> int:
        """The word naming whose data it is, past the nouns qualifying the data ("너울군의
        지난해 상수도 운영 보고서": 너울군, not 운영): the nearest word before ``k`` ending in
        the genitive, with only plain nouns between; ``k`` itself otherwise."""
        if not self.of_words or texts[k].endswith(self.of_words) or cue - k > 3:
            return k
        for j in range(k - 1, max(-1, k - 4), -1):
            if texts[j].endswith(self.of_words) and len(texts[j]) > 1:
                between = texts[j + 1 : k + 1]
                if all(
                    not _adnominal(w) and not any(ch.isdigit() for ch in w) and not self._subj(w)
                    for w in between
                ):
                    return j
                return k
        return k

    def _cited(self, texts: list[str], start: int, verb: int) -> str | None:
        """ "관계자를 인용해": the words between the speaker and the citing cue."""
        for i in range(start, verb):
            if texts[i].startswith(self.citing) and i > start:
                words = _undated(texts[max(start, i - _MAX_NAME_WORDS) : i])
                while len(words) > 1 and self.data_nouns and words[-1].startswith(self.data_nouns):
                    words = words[:-1]  # "관계자의 말을 인용해", "국정원 보고 내용을": who said
                while len(words) > 1 and any(ch.isdigit() for ch in words[-1]):
                    words = words[:-1]  # "미국 관리 2명을 인용해": how many, not who
                objects = [k for k, w in enumerate(words[:-1]) if self._stop(w)]
                if objects:  # "익명을 요구한 미국 관리": who, past the clause qualifying them
                    k = objects[-1] + 1
                    words = (
                        words[k + 1 :] if k < len(words) - 1 and _adnominal(words[k]) else words[k:]
                    )
                return self._name(words)
        return None

    def _name(self, words: list[str]) -> str | None:
        """The phrase as a name: the particle glued to its last word cut off, an age in
        brackets off ("김모(58)씨" is 김모 씨); of data a body gave ("한국갤럽이 지난주
        실시한 여론조사"), the subject that gave it."""
        words = [p for w in words for p in self._untitled_word(_AGE.sub(" ", w)).split()]
        if not words or any(ch.isdigit() for w in words for ch in w):
            return None
        joined = " ".join(words)
        if any(joined.startswith(f"{o} ") for o in self.part_openers):
            return None  # "이 가운데 전사자는": a part of what was counted, nobody speaking
        last = self._bare(words[-1], self.particles)
        if self.data_nouns and last.endswith(self.data_nouns) and self.subject:
            subject = next((k for k, w in enumerate(words[:-1]) if w.endswith(self.subject)), None)
            if subject is not None:
                words, last = words[: subject + 1], self._bare(words[subject], self.subject)
        if last in self.person_nouns and self.of_words:
            owner = next(
                (k for k in range(len(words) - 2, -1, -1) if words[k].endswith(self.of_words)),
                None,
            )
            if owner is not None and all(len(w) == 1 for w in words[owner + 1 : -1]):
                return self._bare(words[owner], self.of_words)  # the body, not "its fellow"
        name = " ".join([*words[:-1], last]).strip()
        if name in self.first_person:
            return None
        return name or None

    def bare(self, word: str) -> str:
        """``word`` without the punctuation around it and its particle ("보고서는": 보고서)."""
        return self._bare(word.strip(_EDGES), self.particles)

    @staticmethod
    def _bare(word: str, particles: tuple[str, ...]) -> str:
        """``word`` without the first of ``particles`` it ends with."""
        for particle in particles:
            if word.endswith(particle) and len(word) > len(particle):
                return word[: -len(particle)]
        return word


def _undated(words: list[str]) -> list[str]:
    """The words of a cited name without the day or time written before it ("2일(현지시간)
    국방부 정보총국(HUR)을 인용해": the agency, cited on the 2nd)."""
    k = 0
    while k < len(words) - 1 and words[k][:1].isdigit():
        k += 1
    return words[k:]
