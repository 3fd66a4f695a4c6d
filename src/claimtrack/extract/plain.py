"""Reading claims without a dependency parser, for languages no spaCy pipeline serves here.

What is counted is the first content word after the figure ("11.000 soldados", "des milliers
de soldats", "около 300 военных"); status and certainty from cue words before the figure.
Coarser than the parsed reading, but figures, bounds and traps are the same.

Sources are read as the parsed English reading ranks its agents, from the language
folder's cue words: "according to" cues ("según", "по данным"), speakers before or after
a verb of saying ("X dijo que", ", dijo X", "teilte X mit"), outlets citing a source
("citando a", "unter Berufung auf", "со ссылкой на") and back-references ("la agencia",
"ведомство", "за його словами") resolved to a source named earlier. The speaker nearest
before the figure is its source, those further out and outlets pass it on (``via``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from claimtrack.extract import speaker_roles
from claimtrack.extract.attribution import Attribution
from claimtrack.extract.body_heads import heads_in_full
from claimtrack.extract.briefed import BriefingWords, bracketed_acronym
from claimtrack.extract.figures import Figure
from claimtrack.extract.hearsay import HearsayMedia
from claimtrack.extract.impersonal import expanded, with_impersonal
from claimtrack.extract.lexicon import NUMBER_SIGNS, Lexicon, territory_names
from claimtrack.extract.lexicon import word_set as _word_set
from claimtrack.extract.list_leads import BULLETS, ListLeads, bulleted, lead_cue
from claimtrack.extract.names import (
    OBLIQUE_CASES,
    _analyzer,
    closes_with_person,
    name_reader,
    person_nominative,
    reads_every_case,
)
from claimtrack.extract.numbers import NumberWords
from claimtrack.extract.pronoun_parts import PronounParts
from claimtrack.extract.quotation_spans import QuotationSpan
from claimtrack.extract.sentences import Sentence
from claimtrack.extract.tokens import Tok, after_elision, fold
from claimtrack.extract.topic_sources import TopicSources
from claimtrack.extract.turns import ANSWER_OPENERS, QUESTION_CHARS, QUESTION_MARKS, stop_words
from claimtrack.extract.unspaced import UnspacedReader, one_name_per_body, short_forms_defined
from claimtrack.extract.verb_final import clause_words
from claimtrack.languages.loader import load_outlets
from claimtrack.records import Certainty, Claim, Status

# A word with any Arabic short vowels over its letters (tokens.fold drops them).
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670])*(?:['’-][^\W\d_]+)*")
_STATUSES: tuple[Status, ...] = ("rumoured", "pledged", "planned")


class PlainReader:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.list_cue = lead_cue(lex)
        self.function_words = lex.phrase_set("function_words")
        self.time_units = lex.set_of["time_units"]
        self.range_joiners = frozenset(lex.words("ranges", "joiners"))
        self.adjective_endings = tuple(lex.words("adjective_endings")) or ("\0",)
        after = sorted(lex.words("according_to_after"), key=len, reverse=True)
        self.according_after = (
            re.compile(r"(\S+)\s+(?:" + "|".join(re.escape(c) for c in after) + r")")
            if after
            else None
        )
        self.particles = sorted(lex.words("particles"), key=len, reverse=True)
        self.proclitics = tuple(sorted(lex.words("proclitics"), key=len, reverse=True))
        self.verb_first = bool(lex.data.get("verb_first"))
        self.head_first = bool(lex.data.get("head_first"))
        self.cues = _Cues(lex)
        self.interview_words = InterviewWords.of(lex)
        self.person_nouns = _word_set(lex.words("person_nouns"))
        self.channel_prepositions = frozenset(
            p.lower() for p in lex.mapping("impersonal_prepositions") if " " not in p
        )
        self.spokespeople = _word_set(lex.words("spokesperson_nouns"))
        # "we", "our" outside quotes: the writer's own voice (languages/schema.py publisher)
        self.first_person = lex.phrase_set("publisher", "first_person")
        self.place_prepositions = frozenset(w.lower() for w in lex.words("place_prepositions"))
        self.month_names = frozenset(k.lower() for k in lex.mapping("month_numbers"))
        self.month_links = frozenset(w.lower() for w in lex.words("time", "of_links"))
        self.self_names = self.cues.self_names  # "este diario": the publication itself
        # Japanese, Chinese: cues are found inside runs of characters (extract/unspaced.py)
        self.unspaced = UnspacedReader(lex) if lex.unspaced is not None else None
        # words of a briefing a lawmaker relays ("à l'issue d'une réunion à huis clos avec"),
        # and the lawmakers' roles: here, and in the pass over a document (extract/briefed.py)
        self.briefing_words = BriefingWords.of(
            lex.words("relaying_roles"),
            lex.words("briefing_words"),
            lex.unspaced is not None,
            lex.words("number_articles"),
        )
        # committees: a briefing's audience, never the body that gave it
        self.audiences = tuple(w.lower() for w in lex.words("audience_words"))
        # where unconfirmed figures circulate: "In russischen Militärblogs" (extract/hearsay.py)
        self.hearsay = HearsayMedia.of(
            lex.words("hearsay_media"),
            [*self.cues.function_words, *self.cues.not_openers, *self.cues.articles],
            self.cues.adjectives_after,
            lex.words("hearsay_among"),
        )
        self.verb_final = bool(lex.data.get("verb_final"))
        self.status_in_clause = bool(lex.data.get("status_in_clause"))
        self.future_endings = tuple(lex.words("future_endings"))
        # where the folder says so (``future_by_morph``), a verb pymorphy3 tags as future
        # ("составит", "вырастет": perfective, no ending of its own tells it) is one
        self._future_morph = lex.language if lex.data.get("future_by_morph") else None
        self.frame_openers = frozenset(fold(w) for w in lex.words("subject_frame_openers"))
        self.frame_particles = frozenset(fold(w) for w in lex.words("subject_frame_particles"))
        self.time_prepositions = lex.phrase_set("time_prepositions")
        self.topic_sources = TopicSources.of(lex)
        self.pronoun_parts = PronounParts(lex)  # "3 000 d'entre eux", "300 deles"
        self.count_nouns = lex.phrase_set("count_nouns")
        self.copulas = lex.phrase_set("linking_verbs")
        self.ands = lex.phrase_set("ranges", "paired_joiners")
        #: abbreviations written with a stop ("ok.", "ca.") that ends no clause
        self._abbreviations = lex.phrase_set("abbreviations")
        self.of_words = frozenset(lex.of_words)
        self.status_words: dict[Status, frozenset[str]] = {
            "rumoured": lex.phrase_set("status", "rumoured"),
            "pledged": lex.phrase_set("status", "pledged"),
            "planned": lex.phrase_set("status", "planned"),
        }
        # "시는 … 밝혔다": a body named by its one-syllable kind alone (``body_kinds``)
        self.body_kinds = frozenset(lex.words("body_kinds"))
        # a promise's or the subject's own plan: who opens the sentence before one tells it
        self.own_plans = self.status_words["pledged"] | lex.phrase_set("plan_verbs")
        # the folder's definite prefixes ("ال", "بال", "لل"): a definite word closes a name
        # a plan's object follows ("تعتزم البلدية شراء": البلدية)
        self.definite = tuple(lex.words("definite_prefixes"))
        self.hedged = lex.phrase_set("certainty", "hedged")
        self.status_stems: frozenset[str] = frozenset().union(*self.status_words.values())
        self.confirmed = lex.phrase_set("certainty", "confirmed")
        # "据", "根据": cues that glue onto a name in a script without spaces, longest first
        self._cue_prefixes = tuple(sorted(lex.words("according_to"), key=len, reverse=True))

    def one_name_per_source(self, sources: list[str | None], text: str) -> dict[str, str]:
        """The document's sources renamed where it names one body or person in two forms
        (extract/unspaced.py): "農林水産省（農水省）", "한국철도공사(공사)" for "공사 관계자",
        and, in a script without spaces, "真柴里香（真柴）" for "真柴氏"."""
        renamed = one_name_per_body(sources, text, self.person_nouns[0], frozenset(self.particles))
        if self.body_kinds:
            renamed = _kinds_in_full(sources, text, self.body_kinds) | renamed
        if self.cues.nouns_capitalised:
            renamed = _compounds_in_full(sources, text) | renamed
        if self.topic_sources is not None:  # "HUR는" after "…국방정보총국(HUR)"
            renamed = _acronyms_defined(sources, text, tuple(self.particles)) | renamed
        if self.topic_sources is not None or self.unspaced is not None:
            # "国情院によると" after "国家情報院（国情院）": the name as the text defines it
            renamed = short_forms_defined(sources, text) | renamed
        if self.unspaced is None and self.topic_sources is None:
            small = self.cues.function_words | self.of_words
            renamed = _acronyms_spelled_out(sources, text, small, self._article) | renamed
            renamed = self._titles_in_full(sources, text) | renamed
            renamed = self._roles_in_apposition(sources, text) | renamed
            if not self.cues.nouns_capitalised:  # "a Equipe" after its full name
                places = territory_names(self.lex.language)
                renamed = heads_in_full(sources, text, self.of_words, places) | renamed
        if self.unspaced is not None:
            renamed = (
                self.unspaced.names_after_titles(sources)
                | self.unspaced.shortest_forms(sources, text)
                | _defined_after(sources, text)
                | self.unspaced.bodies_in_full(sources, text)
                | self.unspaced.surnames_in_full(sources, text)
                | self.unspaced.places_in_full(sources, text)
                | _acronyms_defined(sources, text, self._cue_prefixes, _HAN_DEFINED)
                | renamed
            )
            titled = self.unspaced.titles_in_full(sources, text)
            renamed |= {t: renamed.get(name, name) for t, name in titled.items()}
        return renamed

    def _titles_in_full(self, sources: list[str | None], text: str) -> dict[str, str]:
        """Each source that is a person's title alone ("генерал", "le général", "der
        General"), with the one person the text names with that title ("генерал-майор
        Вадим Курилець" … "заявив генерал"): the general is Вадим Курилець. A report names a
        person once with the title, then by the title alone; two people named with it
        leave the title as it is."""
        words, stems = self.person_nouns
        out: dict[str, str] = {}
        # each title is looked for over the whole text: a bounded number of them, so a
        # document naming thousands of sources stays linear
        for source in sorted({s for s in sources if s})[:_TITLES_LOOKED_UP]:
            parts, article = source.split(), False
            if len(parts) == 2 and self._article(parts[0].lower()):
                parts, article = parts[1:], True
            elif len(parts) == 1 and (elided := _ELIDED.match(parts[0])):
                parts, article = [parts[0][elided.end() :]], True  # "l'ingegnera"
            if 2 <= len(parts) <= _ROLE_WORDS and (role := self._role_named_once(parts, text)):
                out[source] = role  # "сказал глава округа" after "глава округа Игорь Мартынов"
                continue
            title = parts[0].lower() if len(parts) == 1 else ""
            if not title or not title.isalpha():
                continue
            if title in words or (stems and title.startswith(stems)):
                named = _names_after(
                    rf"(?<![^\W\d_]){re.escape(title)}[\w'’-]*[ \t]+", text, re.IGNORECASE
                ) or _learned_title(text, title, self.cues.function_words)
            elif parts[0].islower() and article:
                named = _learned_title(
                    text, title, self.cues.function_words
                )  # "A hidróloga": the text's one hydrologist
            else:
                continue
            if len(named) == 1:
                out[source] = named.pop()
        return out

    def _role_named_once(self, parts: list[str], text: str) -> str | None:
        """The one person the text names right after a role of several words that opens
        with a person's noun ("глава округа Игорь Мартынов" for "глава округа", "der
        Leiter des Bauamts Jens Wolf"); None where it names none or two."""
        words, stems = self.person_nouns
        head = parts[0].lower()
        if not parts[0].islower() or not (head in words or (stems and head.startswith(stems))):
            return None
        if not all(p.replace("-", "").isalpha() for p in parts):
            return None
        phrase = r"[ \t]+".join(map(re.escape, parts))
        named = _names_after(rf"(?<![^\W\d_]){phrase}[ \t]+", text)
        return named.pop() if len(named) == 1 else None

    def _roles_in_apposition(self, sources: list[str | None], text: str) -> dict[str, str]:
        """In a script without capitals, each source that is a role alone ("نائب الوزير":
        the deputy minister) with the one person the text named with a title and that
        role's first word in apposition after the name ("الدكتور عصام بدوي، نائب وزير
        التربية"): that person; two people so named leave the role as it is."""
        # none where letters have case: ``titled_people`` reads only scripts without them
        people = sorted(set(self.cues.titled_people(text)), key=len, reverse=True)
        if not people:
            return {}
        # one pass over the text: each person named, a comma, and the word after it
        pattern = "|".join(re.escape(p) for p in people[:_TITLES_LOOKED_UP])
        roles: dict[str, set[str]] = {}
        for m in re.finditer(rf"({pattern})\s*[،,]\s*([^\W\d_]+)", text):
            roles.setdefault(m.group(2), set()).add(m.group(1))
        out: dict[str, str] = {}
        for source in {s for s in sources if s and 2 <= len(s.split()) <= _ROLE_WORDS}:
            named = roles.get(source.split()[0], set())
            if len(named) == 1:
                out[source] = next(iter(named))
        return out

    def _article(self, word: str) -> bool:
        """An article before a title: the folder's ``number_articles``, or a function word
        of two letters at most ("a" in Portuguese, left out of number_articles as "a 40"
        reads "to 40")."""
        return word in self.cues.articles or (len(word) <= 2 and word in self.cues.function_words)

    def unit(self, fig: Figure, toks: list[Tok]) -> str | None:
        """The first content word after the figure, past "of"-words ("miles de soldados");
        past adjectives where they come first (German capitalised nouns; a Russian run of
        adjective endings gives its last word: "северокорейских рабочих")."""
        if self.unspaced is not None:
            return self.unspaced.unit(fig, toks)
        if fig.percent:
            return "percent"
        if fig.currency is not None:
            return fig.currency
        subject = self.copula_subject(fig, toks)
        if subject is not None:
            return subject
        words = self.content_words(fig, toks)
        if not words:
            return None
        run = [w for w in words if w.endswith(self.adjective_endings) and len(w) > 5]
        if len(run) >= 2 and words[: len(run)] == run:
            return run[-1]
        nouns = [w for w in words if w not in run]
        return nouns[0] if nouns and words[0] in run else words[0]

    def copula_subject(self, fig: Figure, toks: list[Tok]) -> str | None:
        """The subject noun before a form of "to be" right before the figure ("Le vittime
        accertate sono 15", "os mortos seriam cerca de 300 e os feridos 2.700"): what the
        figure counts, not the words after it (there the next figure's). Read where an
        article opens the subject at most three words before the verb."""
        if not self.copulas:
            return None
        k = fig.tok_start
        while k > 0 and toks[k - 1].start >= fig.start:
            k -= 1  # past "cerca de", "circa"
        if k >= 3 and toks[k - 3].lower in self.ands and toks[k - 2].lower in self.cues.articles:
            noun = toks[k - 1]  # "... 300 e os feridos 2.700": the verb left out
            if noun.is_alpha and noun.text.islower() and noun.lower not in self.function_words:
                return noun.lower
        if k < 3 or toks[k - 1].lower not in self.copulas:
            return None
        end = k - 1  # the subject ends before the verb
        if toks[end - 1].text == ",":
            # "i feriti, aggiunge, sarebbero tra i 4.000 e i 5.000": past an aside set off
            # by commas between the subject and the verb
            end = next((j for j in range(end - 2, max(-1, end - 5), -1) if toks[j].text == ","), 0)
        for a in range(end - 2, max(-1, end - 4), -1):
            article, noun = toks[a].lower, toks[a + 1]
            subject = toks[a + 1 : end]
            if (
                article in self.cues.articles
                and noun.text.islower()
                and all(t.is_alpha for t in subject)
            ):
                return noun.lower if noun.lower not in self.function_words else None
        return None

    def measure_words(
        self, fig: Figure, toks: list[Tok], unit: str | None, words: list[str] | None = None
    ) -> list[str]:
        """The words a measure is read from, the preferred last: after the figure; the whole
        sentence when the unit is only a counter ("3,5 млн штук", "2.000 unidades") or none.
        ``words``: the sentence's words when the caller has them already (computing them per
        figure would make a sentence of many figures cost its length squared)."""
        if fig.percent:
            return ["percent"]
        if fig.currency is None and unit is not None and unit == self.copula_subject(fig, toks):
            # "os mortos seriam cerca de 300 e os feridos 2.700", "i morti sarebbero circa
            # 300": the subject before the verb counts; the words after are the next figure's
            return [unit]
        if self.verb_final:
            # Korean names the thing before the number ("컨테이너 2만8000개") and the event
            # after it ("300여명이 사망하고"): the words nearest before come last, so they
            # win over the words after when both name a measure
            after = toks[fig.tok_end : fig.tok_end + 3]
            before = toks[max(0, fig.tok_start - 2) : fig.tok_start]
            near = [t.lower for t in [*after, *before] if t.is_alpha]
            # the sentence's words first, the least preferred: "북한군 ... 최소 1만 명이"
            return [*(words if words is not None else [t.lower for t in toks if t.is_alpha]), *near]
        found = self.content_words(fig, toks)
        counter = unit is not None and unit in self.lex.phrase_set("counter_words")
        if not found and unit is not None and not counter and unit.isalpha() and unit.islower():
            # "Il numero di lavoratori ... è salito a oltre diecimila": the noun the count
            # noun before the figure named (a currency code or a percent never gets here)
            found = [unit]
        if self.head_first and not counter:  # "حاوية ذخيرة": an ammunition container
            found = found[:1]
        if len(found) == 1 and not self.verb_first:
            # "200 pezzi di artiglieria": the counter's complement names the thing; after
            # another noun, that noun again last, so that the complement counts only where
            # the noun names no measure ("dezenas de sistemas de defesa antiaérea")
            more = self._complement(fig, toks)
            found = [*found, *more] if counter or not more else [*found, *more, *found]
        if counter and len(found) > 1 and not self.verb_first:
            # "200 pièces d'artillerie", "300 pezzi di artiglieria": the counter's own
            # complement names the thing, ahead of the sentence's other words
            sentence = words if words is not None else [t.lower for t in toks if t.is_alpha]
            return [*sentence, *found[:2]]  # the counter itself where a pack names it ("pezzi")
        if unit is None and not self.verb_first:
            # a bare figure ("las bajas ascienden a unas 6.000"): the sentence, the words
            # nearest before the figure last, so they win over words further on
            found += [t.lower for t in toks[fig.tok_end :] if t.is_alpha]
            found += [t.lower for t in toks[: fig.tok_start] if t.is_alpha]
        elif unit is None or unit in self.lex.phrase_set("counter_words"):
            found += words if words is not None else [t.lower for t in toks if t.is_alpha]
        if self.verb_first:
            found += self.words_before(fig, toks)
        return self.with_bare_forms(found) if self.proclitics else found

    def _complement(self, fig: Figure, toks: list[Tok]) -> list[str]:
        """The noun after the "of" word that follows a counter ("200 pezzi di artiglieria",
        "300 piezas de artillería"): what the counter counts."""
        for k in range(fig.tok_end, min(len(toks) - 2, fig.tok_end + 3)):
            # "sistemi d'artiglieria": the "of" word elided and glued to the noun after it
            of, glued, rest = toks[k + 1].lower.replace("’", "'").partition("'")
            elided = bool(glued) and of in self.of_words and rest.isalpha()
            if toks[k].is_alpha and (toks[k + 1].lower in self.of_words or elided):
                words: list[str] = [rest] if elided else []
                for t in toks[k + 2 : k + 2 + _COMPLEMENT_WORDS - len(words)]:
                    if (
                        not t.is_alpha
                        or t.lower in self.function_words
                        or t.lower in self.time_units
                    ):
                        break
                    words.append(t.lower)
                return words
        return []

    def words_before(self, fig: Figure, toks: list[Tok]) -> list[str]:
        """The word just before the figure and its bounds: where the verb comes first
        ("قُتل أكثر من 300 جندي": killed), it says what happened to what the figure counts,
        so it comes last and wins. One word only: after "أن" a subject stands there ("أن
        هذه الحاويات حملت ١٢ مليون قذيفة" counts shells, not containers)."""
        k = fig.tok_start
        while k > 0 and toks[k - 1].start >= fig.start:
            k -= 1  # past "أكثر من", "نحو"
        if k == 0 or not toks[k - 1].is_alpha:
            return []
        if k > 1 and (toks[k - 2].is_digit or toks[k - 2].lower in self.lex.scales):
            return []  # "5 آلاف عامل وألف خبير": the word names the figure before
        counted = self._counted_noun(toks, k - 1)
        return [toks[k - 1].lower, *([counted] if counted else [])]

    def _counted_noun(self, toks: list[Tok], end: int) -> str | None:
        """The noun after a count noun in the clause just before ``end`` ("عدد القتلى يبلغ
        نحو ٣٠٠ جندي": the number of the dead, so the soldiers counted are dead): up to five
        words back, past glued prefixes (the folder's ``count_nouns``, ``proclitics``)."""
        for i in range(end - 1, max(-1, end - 6), -1):
            if not _wordlike(toks[i]):
                return None
            w = toks[i].lower
            bare = [w[len(p) :] for p in self.proclitics if w.startswith(p)]
            if w in self.count_nouns or any(b in self.count_nouns for b in bare):
                return toks[i + 1].lower if i + 1 < end else None
        return None

    def with_bare_forms(self, words: list[str]) -> list[str]:
        """Each word after its form without a glued prefix where it has one ("جنود",
        "والجنود"): Arabic glues "and", "with", "for" and the article to a noun. Both forms
        are kept, since a word may only look prefixed ("بناء" is no "ب" + "ناء"); the whole
        word comes last, so a pack noun written with its prefix ("وجرحى": "and wounded",
        killed and wounded together) wins over the bare one."""
        out: list[str] = []
        for w in words:
            head = next(
                (p for p in self.proclitics if w.startswith(p) and len(w) - len(p) >= 3), None
            )
            if head is not None:
                out.append(w[len(head) :])
            out.append(w)
        return out

    def around_words(self, fig: Figure, toks: list[Tok]) -> list[str]:
        """The figure's clause, nearest words last: up to five words before it and eight
        after it, to punctuation or another figure. A casualty word there ("погибли не
        менее 200 военнослужащих", "soldats nord-coréens ont été tués") says what
        happened to the people counted (``MeasureMatcher.match_words``)."""
        if self.verb_final:  # "300명이 사망했다", "포로로 잡힌 병사도 두 명" (verb_final.py)
            return clause_words(fig, toks, self.lex.phrase_set("part_openers"))
        before: list[str] = []
        start = max(0, fig.tok_start - 5)
        for k in range(fig.tok_start - 1, start - 1, -1):
            t = toks[k]
            if t.text == "." and k > start and toks[k - 1].lower in self._abbreviations:
                continue  # "pracuje już ok. 17 tys.": an abbreviation's stop ends no clause
            if t.text in _JOINERS and k > start and toks[k - 1].end == t.start:
                continue  # "les pertes nord-coréennes dépassent 9 000": one word in three
            if not _wordlike(t) or t.lower in self.ands:
                break  # "2.300 morti in combattimento e circa 5mila": the figure before's
            before.append(t.lower)
        after: list[str] = []
        # where verbs close the clause (German), its participle may stand further on:
        # "rund 4000 Nordkoreaner bei den Kämpfen in der Region Kursk getötet"
        reach = _CLAUSE_WORDS if self.status_in_clause else 8
        span = toks[fig.tok_end : fig.tok_end + reach + 8]
        passed = -1  # the last token of an age or a span passed over
        for k, t in enumerate(span):
            if t.text in _JOINERS or k <= passed:
                continue  # "nord-coréens" is three tokens
            if t.is_digit and len(t.text) == 4 and self._month_before(span, k):
                continue  # "gerieten im Januar 2025 in ukrainische Gefangenschaft": a date
            if t.is_digit:
                # "Dos soldados de 20 y 26 años fueron capturados": past the ages
                passed = self._age_or_time_end(span, k)
                if passed > k:
                    continue
            if not _wordlike(t) or len(after) == reach:
                if t.text == "," and (close := self._incise_end(span, k)) > k:
                    # "2 900 soldats nord-coréens, a précisé le colonel X, ont été tués":
                    # the clause goes on past who told it
                    passed = close
                    continue
                if t.text == "," and 0 < len(after) <= 2:
                    after += _apposition(span[k + 1 :])
                break
            after.append(t.lower)
        if self.verb_first:  # the verb just before it says what happened ("وأصيب 500 آخرون")
            return self.with_bare_forms([*after, *self.words_before(fig, toks)])
        return [*after, *before]

    def _incise_end(self, toks: list[Tok], k: int) -> int:
        """Where a teller's incise opened by the comma at ``toks[k]`` closes (the index of
        its closing comma): a verb of saying first, a few words, a comma. -1 otherwise."""
        if self.cues.speech is None:
            return -1
        for j in range(k + 2, min(len(toks), k + 2 + _INCISE_WORDS)):
            if toks[j].text == ",":
                words = toks[k + 1 : j]
                if all(_wordlike(w) or w.text in _JOINERS for w in words) and (
                    self.cues.speech.match(" ".join(w.text for w in words))
                ):
                    return j
                return -1
            if not (_wordlike(toks[j]) or toks[j].text in _JOINERS):
                return -1
        return -1

    def _month_before(self, toks: list[Tok], k: int) -> bool:
        """Whether a month's name stands right before ``toks[k]``, or before the word the
        folder's time ``of_links`` join a month to its year with ("Januar 2025", "enero de
        2025"): the number is that month's year."""
        return (k > 0 and toks[k - 1].lower in self.month_names) or (
            k > 1
            and toks[k - 1].lower in self.month_links
            and toks[k - 2].lower in self.month_names
        )

    def _age_or_time_end(self, toks: list[Tok], k: int) -> int:
        """Where the number at ``toks[k]`` and those joined to it ("20 y 26") end when a
        time unit follows them (its index): an age or a span the clause reads past, not
        another figure. -1 otherwise."""
        for j in range(k + 1, min(len(toks), k + 4)):
            t = toks[j]
            if t.is_digit or t.lower in self.range_joiners:
                continue
            return j if t.lower in self.time_units else -1
        return -1

    def content_words(self, fig: Figure, toks: list[Tok]) -> list[str]:
        """Up to three content words after the figure, before punctuation, a time unit or
        the scale word of the next figure ("5 آلاف عامل وألف خبير": workers, then experts)."""
        capitalised = bool(self.lex.data.get("unit_is_capitalised"))
        out: list[str] = []
        end = min(len(toks), fig.tok_end + 6)
        i = fig.tok_end
        while i < end:
            t = toks[i]
            i += 1
            if not out and i == fig.tok_end + 1 and t.text in _CLOSING_QUOTES:
                continue  # '"várias dezenas" de mísseis': the quotation closes on the figure
            if not t.is_alpha or t.lower in self.time_units or (out and t.lower in self.lex.scales):
                break
            w, title = t.lower, t.is_title
            # "lance-roquettes", "sapeurs-pompiers": one word, its hyphen a token of its own
            while (
                i + 1 < len(toks)
                and toks[i].text == "-"
                and toks[i].start == t.end
                and toks[i + 1].start == toks[i].end
                and toks[i + 1].is_alpha
            ):
                w, t = f"{w}-{toks[i + 1].lower}", toks[i + 1]
                i += 2
            head, apostrophe, rest = w.replace("’", "'").partition("'")
            if apostrophe and len(head) <= 2 and rest:
                w = rest  # French elision: "d'obus", "l'armée"
            if w in self.lex.of_words or w in self.function_words:
                if out:
                    break
                continue
            if w in self.place_prepositions:
                break  # "unos 31.000 hasta octubre": a place or a time follows, no noun
            if not out and w in self.cues.auxiliaries:
                continue  # "un migliaio saranno sminatori": the noun follows the verb
            if (
                not out
                and w in self.count_nouns
                and i < end
                and toks[i].lower.replace("’", "'").split("'")[0] in self.of_words
            ):  # "le nombre de soldats", "le nombre d'obus"
                continue  # "évalue à 13 000 le nombre de soldats": the soldiers are counted
            if capitalised and not title:
                continue
            out.append(w)
            if len(out) == 4:
                break
        return out

    def source(self, sentence: str) -> str | None:
        """The sentence's source on its own (no earlier source to resolve "la agencia")."""
        attr = self.attribution(sentence, len(sentence), [])
        return attr.source if attr else None

    def attribution(
        self,
        sentence: str,
        at: int,
        history: list[str],
        known_via: dict[str, list[str]] | None = None,
    ) -> Attribution | None:
        """Source and via for a figure at offset ``at``: the agents the sentence names,
        nearest before the figure first, then nearest after it; a source an outlet cites
        before the outlet, outlets and intermediaries after the first other name (as the
        parsed reading ranks them). ``history`` lists earlier sources, most recent last,
        for back-references; ``known_via`` what passed each of them on."""
        if self.unspaced is not None:
            return self.unspaced.attribution(sentence, at, history, known_via)
        if self.topic_sources is not None:  # "국정원은 ...고 밝혔다" (extract/topic_sources.py)
            topic = self.topic_sources.attribution(sentence, at, history)
            if topic and self.cues.is_anaphoric(topic.source):  # "그는 ...고 말했다"
                return (
                    Attribution(history[-1], (known_via or {}).get(history[-1].lower(), []))
                    if history
                    else None
                )
            if topic and (whole := _named_whole(topic.source, history)):
                # "충북경찰청은 … 밝혔다. 경찰은 … 덧붙였다": the body named again by part of
                # its name, written whole with the part after it ("충북경찰청(경찰)")
                return Attribution(f"{whole}({topic.source})", topic.via)
            return Attribution(topic.source, topic.via) if topic else None
        if self.verb_final and self.according_after is not None:
            korean = self._source_before_cue(sentence)
            return Attribution(korean) if korean else None
        agents = with_impersonal(self.lex, self.cues, sentence, self.cues.agents(sentence))
        agents = [self._told_publication_off(a) for a in agents]
        # "we", "nos calculs", "наших оценок": the writer, or the one quoted, speaks; no name
        agents = [
            a
            for a in agents
            if not self._first_person(a.text)
            and not self._occasion(a.text)
            and not self._own_count(sentence, a)
            and not (a.role == "via" and self._self_named(sentence, a))
        ]
        # "1,4 Md$ en pétrole": a scale or unit written after a figure is no one's name
        agents = [a for a in agents if not _after_figure(sentence, a.text)]
        # "W poniedziałkowym komunikacie podał": where it was said, the speaker unsaid
        agents = [
            _Agent("", a.at, a.role, True) if self._channel_only(sentence, a.text) else a
            for a in agents
        ]
        if not agents:
            return None
        if self._own_clause(sentence, at, agents):
            return None
        before = sorted((a for a in agents if a.at < at), key=lambda a: -a.at)
        after = sorted((a for a in agents if a.at >= at), key=lambda a: a.at)
        after = _past_shared_clause(sentence, at, after)
        before, after = _own_side_of_semicolon(sentence, at, before, after)
        ranked = before + after
        trailing = next(
            (
                a
                for a in after[:1]
                if a.according and _trails(sentence, at, a.at, self.range_joiners)
            ),
            None,
        )
        if trailing is not None:
            ranked = [trailing, *(a for a in ranked if a is not trailing)]
        # one "according to" per figure: others in the sentence are other figures' own
        # ("plus d'un million selon la CGT, quand le ministère en a compté 506 000")
        first = next((a for a in ranked if a.according), None)
        ranked = [a for a in ranked if not a.according or a is first]
        chain = [a for a in ranked if a.role == "cited"]
        chain += [a for a in ranked if a.role == "source"]
        chain += [a for a in ranked if a.role == "via"]
        # "according to" names a source, never one passing it on: "plus d'un million selon
        # la CGT, quand le ministère en a compté 506 000" (the CGT is not the ministry's via)
        chain = [a for i, a in enumerate(chain) if i == 0 or a.role != "source" or not a.according]
        names: list[str] = []
        roles: list[str] = []  # each name's agent's role
        for agent in chain[: 2 * _MAX_CHAIN]:  # the nearest: further ones are other clauses
            own = self._own_subject(sentence, agent)
            if (
                own
                and _named_before(history)
                and (
                    self._inflected
                    or own.split()[0].lower() not in self.cues.articles
                    or self.cues.refers_back(agent.text, history)
                )
            ):
                # "Pyongyang a livré ..., précisent les auteurs": the report named before (a
                # bare name may be a city the body speaks of); but "Die Deutsche Bahn hat
                # ... erreicht, teilte der Konzern mit" after "Fahrgastverbände fordern
                # ...": a body with its article, and no earlier name is a "Konzern" (where
                # cases hide the subject, "в ведомстве" means the body named before)
                own = None
            name = (
                own
                or self._briefed_body(sentence, agent, chain)
                or self.cues.resolve(agent, self._with_earlier(agents, agent, history, sentence))
            )
            if name and not own:
                name = self._role_holder(sentence, agent, name)
            if name and name.lower() not in {n.lower() for n in names}:
                names.append(name)
                roles.append(agent.role)
            if len(names) == _MAX_CHAIN:
                break  # a source and those passing it on; more names are other clauses
        if not names:
            return None
        if (
            len(names) > 1
            and roles[0] == "source"  # a document cited by the next name is the source
            and self.cues._ownerless_document(names[0])
            and not self.cues.is_media(names[1])
            # "selon les statistiques citées dans le rapport": a document cited in another
            and not self.cues.names_document(names[1])
        ):
            # "de acuerdo con los estados financieros publicados por la CMF": a document
            # no one is named as giving speaks for the body the sentence names after it
            names = names[1:]
        others = [n for n in names if not self.cues.media_headed(n)]
        if others and others[0] != names[0]:
            names = [others[0], *(n for n in names if n != others[0])]
        via = names[1:]
        for v in (known_via or {}).get(names[0].lower(), []):
            if v.lower() in {n.lower() for n in names}:
                continue
            # "بارك" now, "النائب بارك جي-هون" when first named: one person, the fuller name
            same = next((i for i, n in enumerate(via) if _same_person(n, v)), None)
            if same is None:
                via.append(v)
            elif len(v) > len(via[same]):
                via[same] = v
        return Attribution(names[0], via)

    def _with_earlier(
        self, agents: list[_Agent], agent: _Agent, history: list[str], sentence: str = ""
    ) -> list[str]:
        """The sources a back-reference or an unsaid speaker may mean: ``history``, and last
        the names the same sentence gave before it ("A Milano l'Atm ha garantito il servizio
        ...: secondo l'azienda, ..." is the Atm's; "Il ministro ..., ha risposto ...: «...»,
        ha detto" the minister's)."""
        # "X berief sich auf einen Bericht des Militärgeheimdienstes DIA: Demnach ...": the
        # body whose document the sentence named before the back-reference
        if (
            agent.anaphoric
            and agent.according
            and sentence
            and (body := self.cues.document_before(sentence, agent.at))
        ):
            return [*history, body]
        if agent.anaphoric and agent.according and not any(a.at < agent.at for a in agents):
            # "Депутат Нина Широкова назвала его «...»: по ее словам, ...": the person
            # opening the sentence, though with no verb of saying, is whom "according to
            # her" means
            subject = self.cues.subject_phrase(sentence[: agent.at]) or ""
            if (
                len(words := subject.split()) > 1
                and _capitalised(words[-1])
                and fold(words[0]) not in self.time_prepositions  # "Bis Ende Juli sollen"
                # where every noun has a capital, an article and one noun ("Die Verluste
                # liegen demnach", "Die beiden Bäder kosten nach seiner Rechnung") are a
                # thing, no one named
                and not (
                    self.cues.nouns_capitalised
                    and words[0].lower() in self.cues.articles
                    and sum(_capitalised(w) for w in words[1:]) == 1
                )
            ):
                return [*history, subject]
        if agent.text and not self.cues.is_anaphoric(agent.text):
            return history
        if agent.text and sentence and (body := self._body_named_before(sentence, agent)):
            # "поправка Координационного штаба ...: сначала штаб говорил": the body the same
            # sentence named before with the reference's noun
            return [*history, body]
        if agent.text and sentence and (body := self._named_opening(sentence, agent)):
            # "A inteligência militar ucraniana (HUR) vai além: «…», afirmou o órgão": the
            # name opening the sentence, though no verb of saying follows it, not a speaker
            # of an earlier sentence
            return [*history, body]
        if not agent.text and any(a.role == "via" and a.at == agent.at for a in agents):
            return history  # the body a lawmaker relays (speaker_roles): the text's latest
        if not agent.text and sentence and (person := _person_before_colon(sentence, agent.at)):
            # "Il racconto più amaro è quello di Park Min-jun, ex funzionario …: in Russia,
            # spiega, lavorano …": the person the sentence named before its colon tells it
            return [*history, person]
        earlier = [
            a.text
            for a in sorted(agents, key=lambda a: a.at)
            if a.text
            and not a.anaphoric
            and a.at < agent.at
            and a.role != "via"
            and not self.cues.is_anaphoric(a.text)
        ]
        return [*history, *earlier] if earlier else history

    def _named_opening(self, sentence: str, agent: _Agent) -> str | None:
        """The name opening the sentence before a back-reference to a body, when it is one
        ("A inteligência militar ucraniana (HUR)": an acronym in brackets names a body); None
        for a lawmaker, a back-reference or anything else."""
        if agent.at <= 0:
            return None
        subject = self.cues.subject_phrase(sentence[: agent.at]) or ""
        words = subject.split()
        if len(words) < 2:
            return None
        if self.cues.is_anaphoric(subject) or any(self.relayer(w) for w in words[:2]):
            return None
        return subject if bracketed_acronym(subject) is not None else None

    def _body_named_before(self, sentence: str, agent: _Agent) -> str | None:
        """A body's name earlier in the sentence whose noun the back-reference repeats
        ("поправка Координационного штаба по обращению с военнопленными: сначала штаб
        говорил"): capitalised words, the noun, and a short complement up to the next
        punctuation; in the nominative where names are read through their cases."""
        cues = self.cues
        nouns = [
            w
            for w in agent.text.lower().split()
            if len(w) > 3 and cues._is(w, cues.anaphors, cues.anaphor_stems)
        ]
        if not nouns:
            return None
        stem = nouns[-1][: max(4, len(nouns[-1]) - 2)]
        prefix = sentence[: max(0, agent.at)]
        at = prefix.lower().rfind(agent.text.lower())
        prefix = prefix[:at] if at >= 0 else prefix
        words = list(_NAME_WORD.finditer(prefix))
        for k in range(len(words) - 1, 0, -1):
            if not words[k].group().lower().startswith(stem):
                continue
            start = k
            while (
                start > 0
                and k - start < _BODY_ADJECTIVES
                and _capitalised(words[start - 1].group())
            ):
                start -= 1
            if start == k or (start == 0 and words[0].start() == 0 and start == k - 1):
                return None  # no capitalised word before the noun, or only a sentence's first
            end = k
            while (
                end + 1 < len(words)
                and end - k < _BODY_COMPLEMENT
                and not _PHRASE_BREAK.search(prefix[words[end].end() : words[end + 1].start()])
                and words[end + 1].group()[:1].islower()
            ):
                end += 1
            tail = prefix[words[end].end() :]
            if end > k and _PHRASE_BREAK.match(tail.lstrip()) is None:
                end = k  # the complement runs on: the name's head alone
            name = prefix[words[start].start() : words[end].end()]
            if self.cues.nominative is not None:
                name = self.cues.nominative(name, "")
            return name
        return None

    def _opening_name(self, sentence: str) -> str | None:
        """The words opening the sentence up to its auxiliary or a stop word ("Il Servizio
        nazionale di intelligence di Seul ha"), where an article opens them."""
        cues, words = self.cues, []
        for m in _TOKEN.finditer(sentence, 0, min(len(sentence), 160)):
            tok = m.group()
            if _boundary(tok) or tok.lower() in cues.auxiliaries or cues._stop(tok):
                break
            words.append(tok)
        else:
            return None
        if len(words) < 2 or words[0].lower().translate(_APOSTROPHES).split("'")[0] not in (
            cues.articles
        ):
            return None
        return cues._trimmed(words, True) if len(words) <= _MAX_NAME_WORDS else None

    def _briefed_body(self, sentence: str, agent: _Agent, chain: list[_Agent]) -> str | None:
        """The body whose briefing a lawmaker relays, named after the briefing's word ("a
        affirmé le député X, à l'issue d'une réunion à huis clos avec le Service national du
        renseignement (NIS)", "ha riferito il deputato X al termine di un'audizione del Nis"):
        the unsaid source ``speaker_roles`` left for the lawmaker (via) is that body."""
        briefing = self.briefing_words
        if (
            agent.text
            or not agent.anaphoric
            or agent.role != "source"
            or not (briefing.briefings or briefing.briefing_stems)
        ):
            return None
        relayer = next((a for a in chain if a.role == "via" and a.at == agent.at), None)
        if relayer is None:
            return None
        end = sentence.find(relayer.text, agent.at)
        if end >= 0:
            end += len(relayer.text)
        else:
            # "посилаючись на депутата Пак Сон Міна": the name was put back in the
            # nominative; its last word stands as written (not where every noun is
            # capitalised: the briefing's owner is read there as any capitalised word)
            last = relayer.text.split()[-1]
            end = sentence.find(last, agent.at)
            if end < 0 or self.cues.nouns_capitalised:
                return None
            end += len(last)
        briefed = next(
            (m.end() for m in _WORD.finditer(sentence, end) if briefing.is_briefing(m.group())),
            None,
        )
        cue_starts = self.cues._cue_starts(sentence)
        for m in _TOKEN.finditer(sentence, briefed if briefed is not None else len(sentence)):
            tok = m.group()
            if _boundary(tok) and tok not in ",":
                break
            if not _capitalised(tok) and not (tok.isupper() and len(tok) > 1):
                continue
            name = self.cues._after(sentence, m.start(), cue_starts, cued=True)
            if (
                name
                and not _territory(name, self.lex.language)
                and not self.cues.is_media(name)
                and not any(w in name.lower() for w in self.audiences)
                and not self._told(name)
            ):
                # "на брифінгу Національної служби розвідки": the owner of the briefing,
                # in the genitive, back in the nominative where the dictionary reads cases
                nominative = self.cues.nominative
                if nominative is not None and self._inflected:
                    return nominative(name, "")
                return name
            break
        # "Il Servizio nazionale di intelligence di Seul ha una stima più prudente: secondo i
        # deputati che hanno assistito al briefing, ...": the body opening the sentence
        subject = self._opening_name(sentence)
        if (
            subject
            and len(subject) < agent.at
            and any(_capitalised(w) for w in subject.split()[1:])
            and not self.relayer(subject)
            and not _territory(subject, self.lex.language)
            and _people("a " + subject) != [subject]
        ):
            return subject
        return None

    def _role_holder(self, sentence: str, agent: _Agent, name: str) -> str:
        """ "заявил … представитель украинского Координационного штаба по обращению с
        военнопленными Дмитрий Лисовой": a speaker read as a role (one of ``person_nouns``)
        whose words stop before the rest of its clause, where that clause ends on the
        person's name: the person. Else ``name``."""
        words, stems = self.person_nouns
        first = name.split()[0].lower() if name.split() else ""
        if not (first in words or (stems and first.startswith(stems))):
            return name
        at = sentence.find(name, agent.at)
        if at < 0:
            return name
        end = _clause_end(sentence, at + len(name))
        rest = sentence[at + len(name) : min(end, at + len(name) + _HOLDER_REACH)]
        people = [p for p in _people("a " + rest) if len(p.split()) >= 2]
        if len(people) != 1 or not rest.rstrip(" .").endswith(people[0]):
            return name
        return people[0]

    def _told(self, name: str) -> bool:
        """Whether a name is of the reporters a speaker told ("vor Journalisten", "aux
        journalistes"): the folder's ``reporter_roles``, a plural's stem too."""
        first = name.split()[0].lower() if name.split() else ""
        return any(first.startswith(r) for r in self.interview_words.reporters if " " not in r)

    def briefing_subject(self, sentence: str) -> str | None:
        """The named body opening a sentence that tells of its briefing ("Południowokoreański
        wywiad NIS przedstawił na zamkniętym posiedzeniu komisji nowe dane"): whose figures
        a lawmaker speaking next passes on."""
        if not self.tells_of_briefing(sentence):
            return None
        if (label := _name_label(sentence)) is not None:
            sentence = sentence[label.end() :]  # "[20:01:10] CONDUTTORE (Paolo Riva): Il NIS …"
        if acronym := bracketed_acronym(sentence):
            return acronym  # "Олесю, сьогодні Служба розвідки (NIS) провела закритий брифінг"
        subject = self.cues.subject_phrase(sentence)
        if subject is not None:
            words = subject.split()
            at = next((i for i, w in enumerate(words) if self.briefing_words.is_briefing(w)), None)
            if at is not None and at >= 2:
                # "Служба внешней разведки провела брифинг": the body, not its verb and the
                # briefing read on where no verb of saying stopped the phrase
                subject = " ".join(words[: at - 1])
        if (
            subject is None
            # "Das berichtete der Abgeordnete X nach einer Sitzung": a lawmaker anywhere in
            # it is the one who heard the briefing, never the body
            or any(self.briefing_words.is_role(t) for t in subject.split())
            or not any(_capitalised(w) or w.isupper() for w in subject.split())
            # "COMUNICADO DE PRENSA · SESIÓN PLENARIA": a page's label in capitals, no body
            or (" " in subject.strip() and subject.isupper())
        ):
            return None
        return subject

    def _occasion(self, name: str) -> bool:
        """Whether a speaker read before a verb is only the occasion it spoke at ("Пак після
        закритого брифінгу розповів": "закритого брифінгу"): a briefing's word and no name."""
        words = name.split()
        return any(self.briefing_words.is_briefing(w) for w in words) and not any(
            _capitalised(w) or w.isupper() for w in words
        )

    def _channel_only(self, sentence: str, name: str) -> bool:
        """Whether a speaker read before its verb is only the channel it spoke through,
        after a preposition ("poniedziałkowym komunikacie" in "W poniedziałkowym komunikacie
        podał"): its last word one of ``impersonal_channels``, no capitalised word among
        them, the word before it one of ``impersonal_prepositions``. A channel that is the
        subject ("diz o comunicado") is its author's and stays."""
        words = name.split()
        if not (
            words
            and len(words) <= 3
            and words[-1].lower() in self.cues.channels
            and not any(_capitalised(w) or w.isupper() for w in words)
        ):
            return False
        at = sentence.find(name)
        before = _WORD.findall(sentence[max(0, at - 20) : max(0, at)])
        return bool(before) and before[-1].lower() in self.channel_prepositions

    def tells_of_briefing(self, sentence: str) -> bool:
        """Whether a sentence holds a word of a briefing (``briefing_words``), read word by
        word in every script (a run of Japanese is one word here)."""
        return any(self.briefing_words.is_briefing(m.group()) for m in _WORD.finditer(sentence))

    def own_voice(self, sentence: str) -> bool:
        """Whether the writer speaks in the first person outside quotes ("Совокупный объем
        помощи мы оцениваем в 1,5–2 млрд", "Selon nos calculs"): the document's own figure."""
        if self.unspaced is not None:
            return self.unspaced.own_voice(sentence)  # no words to split ("当機構の試算では")
        if not self.first_person or sentence.lstrip().startswith(_DIALOGUE_DASHES):
            # "– Jeżeli doliczyć kierowców, którzy jeżdżą dla nas, …": a turn of a dialogue
            # of dashes is quoted speech, its "we" the speaker's
            return False
        said = self._without_relative_clauses(_unquoted(sentence))
        return any(fold(w) in self.first_person for w in _WORD.findall(said))

    def _without_relative_clauses(self, text: str) -> str:
        """``text`` less the clauses between commas opening with a relative pronoun, past a
        preposition ("Urzędnicy, z którymi rozmawialiśmy, szacują"): a "we" there describes
        the one speaking, it does not make the figure the writer's."""
        relatives = self.cues.relatives
        if not relatives or "," not in text:
            return text
        parts = text.split(",")
        kept = [parts[0]]
        for part in parts[1:-1]:
            if not any(w.lower() in relatives for w in part.split()[:2]):
                kept.append(part)
        kept.append(parts[-1])
        return ",".join(kept)

    def speaks_for_self(self, sentence: str) -> bool:
        """Whether the one speaking says "I" or "my" ("io direi", "meines Wissens", "j'estime"):
        in an answer, their own figure."""
        words = self.cues.speaker_first_person
        if not words:
            return False
        if self.unspaced is not None:  # no words to split: "私の試算では"
            return any(w in sentence for w in words)
        return any(
            part in words
            for w in _WORD.findall(sentence)
            for part in w.lower().translate(_APOSTROPHES).split("'")
        )

    def _first_person(self, name: str) -> bool:
        """Whether a speaker's words open with "we", "our" or the quoted one's "I" and name no
        one ("Мы", "nos calculs fondés", "Ich" in "„Ich zähle 900 Fälle“, sagt sie"; not
        "naszej redakcji dr Anna Kołodziejczyk", told to the paper)."""
        words = _WORD.findall(name)
        if not words or any(_capitalised(w) for w in words[1:]):
            return False
        articles = self.cues.articles
        if len(words) > 1 and words[0].lower() in articles:
            words = words[1:]  # "le nostre stime", "os nossos cálculos": past the article
        first = fold(words[0])  # an inflected form read back to its lemma: "naszych", "naszi"
        return (
            first in self.first_person
            or words[0].lower() in self.cues.speaker_first_person  # "„Ich zähle …“, sagt sie"
            or any(len(f) >= 4 and first.startswith(f) for f in self.first_person)
            or self._our_data(words)
        )

    def _self_named(self, sentence: str, agent: _Agent) -> bool:
        """Whether a name is the publication itself ("consultadas por este diario"): it
        passes nothing on to its own readers."""
        at = _name_at(sentence, agent)
        if at < 0 or not self.self_names:
            return False
        named = sentence[max(0, at - 20) : at + len(agent.text)].lower()
        return any(named.endswith(n) for n in self.self_names)

    def says_what_follows(self, sentence: str, at: int, source: str, later: list[int]) -> bool:
        """Whether ``source``, named after the figure at ``at`` past a colon or semicolon,
        speaks only for what follows the break: its verb opens a clause of what was said
        ("A reunião, que juntou algumas centenas de sócios, foi tensa: ouviram-se assobios
        quando a diretora financeira, X, admitiu que a SAD tem de encaixar …": "que",
        "dass", "что" within two words), or a figure of the sentence (``later``: their
        offsets) stands past the name ("Dezenas de observadores passaram …: de acordo com
        os dados da Liga Portugal, a média … está nos 9.800"). A figure quoted before the
        speaker stays the speaker's."""
        named = sentence.find(source, at)
        if named < 0:
            return False
        between = sentence[at:named]
        quoted = any(q in between for q in _OPENING_QUOTES) or any(
            q in between for q in _CLOSING_QUOTES
        )
        if not any(mark in between for mark in ":;") or quoted:
            return False
        if any(f > named for f in later):
            return True
        words = _WORD.findall(sentence, named + len(source), named + len(source) + 60)[:3]
        return any(w.lower() in self.cues.that_words for w in words)

    def _told_publication_off(self, agent: _Agent) -> _Agent:
        """A name read together with the publication it told ("sagte Hamsch dieser
        Zeitung", "powiedziała naszej redakcji dr Anna Kołodziejczyk"): the name alone, so
        the publication makes it no count of the writer's own. Not where the words beside
        the publication are its data ("Recherchen dieser Zeitung")."""
        if not self.self_names or not agent.text:
            return agent
        low = agent.text.lower()
        for n in self.self_names:
            if low.endswith(" " + n):
                rest = agent.text[: len(agent.text) - len(n)].rstrip()
            elif low.startswith(n + " "):
                rest = agent.text[len(n) :].lstrip()
            else:
                continue
            words = [w.lower() for w in _WORD.findall(rest)]
            if any(_capitalised(w) for w in rest.split()) and not any(
                self.cues.is_data_noun(w) for w in words
            ):
                return replace(agent, text=rest)
        return agent

    def _own_count(self, sentence: str, agent: _Agent) -> bool:
        """Whether a name is the publication itself or data it gathered, named as itself in
        the name or right after it ("secondo i calcoli di questo giornale", "según las
        cuentas de este diario"): the writer's own figure. After the name, only after a
        noun of data: "explicó a este diario la embajadora" has a speaker."""
        if not self.self_names or not agent.text:
            return False
        if any(n in agent.text.lower() for n in self.self_names) or self._self_named(
            sentence, agent
        ):
            # "i calcoli di questo giornale": the name read holds it; "según los cálculos
            # de este periódico": read as "periódico", the text holds it
            return True
        words = _WORD.findall(agent.text)
        if not any(self.cues.is_data_noun(w) for w in words[:2]):
            return False
        at = _name_at(sentence, agent)
        if at < 0:
            return False
        after = sentence[at + len(agent.text) : at + len(agent.text) + 40].lower().lstrip()
        # "de este diario", or glued to its preposition: "deste jornal"
        heads = (after, after.split(" ", 1)[-1])
        return any(h.startswith(n) for h in heads for n in self.self_names)

    def _our_data(self, words: list[str]) -> bool:
        """Whether a name is data the writer's own newsroom gathered: a noun of data and
        "our" further on, no one named ("un relevé réalisé par notre rédaction", "un
        recuento de nuestra redacción")."""
        if any(self.cues.is_data_noun(w) for w in words[:2]) and any(
            fold(w) in self.first_person for w in words[1:]
        ):
            return True
        # "половины участников нашего опроса": "our" before a noun of data further on
        return any(
            fold(a) in self.first_person and self.cues.is_data_noun(b)
            for a, b in zip(words, words[1:], strict=False)
        )

    def relayer(self, name: str) -> bool:
        """Whether ``name`` is a lawmaker's (``relaying_roles`` among its first two words:
        "le député sud-coréen Park Sun-woo")."""
        return any(self.briefing_words.is_role(t) for t in name.split()[:3])

    @property
    def _inflected(self) -> bool:
        """Whether names are read through their cases (pymorphy3: Russian, Ukrainian)."""
        return self.lex.data.get("name_reader") == "pymorphy3"

    def _own_subject(self, sentence: str, agent: _Agent) -> str | None:
        """ "Die Deutsche Bahn hat ... erreicht, teilte der Konzern mit", "Министерство ...
        снизило прогноз ..., сообщила пресс-служба ведомства": where the text named no
        source before (the caller checks), a speaker that only describes a body ("der
        Konzern", "ведомство": a back-reference noun, no pronoun) read after the name
        opening its own sentence means that name, not the description itself; a country
        opening the sentence (CLDR's names of territories) is what the body speaks of, not
        the body. With a source named before, the description refers back ("Pyongyang a
        livré ..., précisent les auteurs": the report's)."""
        if agent.anaphoric or agent.role != "source" or not agent.text:
            return None
        cues = self.cues
        if not cues._is_anaphoric(agent.text):
            return None
        if not any(
            len(w) > 4 and cues._is(w, cues.anaphors, cues.anaphor_stems)
            for w in agent.text.lower().split()
        ):
            return None  # "er", "она": a pronoun means whoever the text named last
        if self._inflected:
            # no article ends a subject: the words before the first verb ("Росстат снизил");
            # a name's words past its first are lower-case ("Министерство сельского
            # хозяйства"), so only words of reference alone are a back-reference
            opening = _before_verb(sentence[: _OPENER_CHARS * 2], self.lex.language)
            subject = cues.subject_phrase(opening) if opening else None
            if subject is None or cues._is_anaphoric(subject):
                return None
        else:
            subject = cues.main_subject(sentence)
            if subject is None or cues.is_anaphoric(subject):
                return None
            if not any(_capitalised(w) for w in subject.split()[1:] or subject.split()):
                return None
        at = sentence.find(subject)
        end = at + len(subject)
        if agent.at < end or not sentence[end:].lstrip()[:1].isalpha():
            return None  # the verb before the subject's end; "Insgesamt, so schätzt der Dienst"
        if sentence.lower().find(agent.text.split()[-1].lower()[:4], end) < 0:
            return None  # "Собеседники газеты уточнили": the speaker is the subject itself
        first = subject.split()[0].lower().translate(_APOSTROPHES).split("'")[0]
        if first in cues.function_words and first not in cues.articles:
            return None  # "Im Regionalverkehr fuhren ...": a place or a time, no subject
        if _territory(subject, self.lex.language):
            return None  # "Nordkorea hat ... geliefert, teilte das Ministerium mit"
        return subject

    def cues_for_later(self, sentence: str, at: int) -> bool:
        """Whether the figure at ``at`` leaves "according to" cues to later figures past a
        colon (``_past_shared_clause``), or, being the writer's own, to the later clauses'."""
        if self.unspaced is not None or self.topic_sources is not None:
            return False
        agents = self.cues.agents(sentence)
        after = sorted((a for a in agents if a.at >= at), key=lambda a: a.at)
        return len(_past_shared_clause(sentence, at, after)) < len(after) or (
            bool(after) and self._own_clause(sentence, at, agents)
        )

    def _own_clause(self, sentence: str, at: int, agents: list[_Agent]) -> bool:
        """Whether the clause of the figure at ``at`` speaks as "we" and names none of the
        sentence's agents ("superano a nostro giudizio le 6.000 unità, mentre l'HUR parla
        di 2.300"): the writer's own figure; the next clause's name gives that clause's."""
        # quotes blanked first: a clause may cut one ("«Nous avons accueilli 250 patients,
        # ...», explique X" is X's)
        bare = _QUOTED.sub(lambda q: " " * len(q.group()), sentence)
        start, end = _clause_start(bare, at), _clause_end(bare, at)
        turn = _TURN_CLOSE.search(bare, at) or self._dash_speech(bare, at)
        if turn is not None and any(a.at >= turn.end() for a in agents):
            return False  # "у нас на 40 коек, — говорит X": X's words, X's "we"
        return self.own_voice(bare[start:end]) and not any(start <= a.at < end for a in agents)

    def _dash_speech(self, sentence: str, at: int) -> re.Match[str] | None:
        """A dash closing a turn with no comma before it, a verb of saying right after it
        ("… klienci mogli już kupić – powiedział rzecznik X", as Polish writes it)."""
        speech = self.cues.speech
        for dash in _SPACED_DASH.finditer(sentence, at):
            if speech is not None and speech.match(sentence, dash.end()):
                return dash
        return None

    def pledger(self, sentence: str) -> str | None:
        """The subject opening a sentence whose verb is a promise ("Le ministre de la Santé a
        promis mercredi 50 millions", "El Gobierno ha prometido", "Il governo si è
        impegnato"): who promises a sum tells it. Read only where the sentence opens with an
        article (a body or an office; "Moscou a promis" is told by someone else) and names
        no source of its own; a plan ("pourrait envoyer") is often another's forecast."""
        name = self.cues.subject_phrase(sentence) or self._before_own_plan(sentence)
        if not name or not sentence.startswith(name):
            return None
        words = name.split()
        for k in range(1, len(words)):
            if fold(words[k]) in self.own_plans:  # "Vivalys prévoit d'ouvrir": a name, its verb
                name = " ".join(words[:k])
                break
        return name if self._pledges(sentence, name) else None

    def _before_own_plan(self, sentence: str) -> str | None:
        """The subject before a verb of promise or plan among the sentence's first words,
        where the subject phrase ran on past the verb into the figure ("Les organisateurs
        espèrent rassembler 15 000 personnes")."""
        for w in _WORD.finditer(sentence, 0, min(len(sentence), _OPENER_CHARS)):
            if fold(w.group()) in self.own_plans:
                return self.cues.subject_phrase(sentence[: w.start()].rstrip())
        return None

    def named_planner(self, sentence: str) -> str | None:
        """A name without an article opening a sentence on a verb of its own intention
        ("Vivalys prévoit d'ouvrir", "Renfe planea"): the body telling its plan. Plans only:
        a promise of a bare name ("Moscou a promis") is usually told by someone else; and no
        country, no one speaking for themselves."""
        plans = self.lex.phrase_set("plan_verbs")
        if not plans or not self.cues.articles:
            return None
        name = self.pledger(sentence)
        if name is None or _territory(name, self.lex.language) or self._first_person(name):
            return None
        rest = _WORD.findall(sentence, len(name))[:3]
        return name if any(fold(w) in plans for w in rest) else None

    def inverted_pledger(self, sentence: str) -> str | None:
        """Where the verb closes its clause (German) and a phrase opens the sentence, the
        subject after the auxiliary that follows it promises ("Für 2027 hat das russische
        Landwirtschaftsministerium Pjöngjang Dünger zugesagt"): its article, adjectives and
        first capitalised noun, when the clause closes on a promise."""
        if not self.status_in_clause or not self.cues.nouns_capitalised:
            return None
        words = list(_WORD.finditer(sentence, 0, min(len(sentence), _OPENER_CHARS)))
        for k in range(1, min(len(words) - 2, _OPENER_WORDS + 3)):
            if words[k].group().lower() not in self.cues.auxiliaries:
                continue
            if words[k + 1].group().lower() not in self.cues.articles:
                return None
            end = k + 2
            while end < len(words) and words[end].group().islower():
                end += 1  # the adjectives: "das russische Landwirtschaftsministerium"
            if end == len(words) or not _capitalised(words[end].group()):
                return None
            # the window may cut its last word short: read that word whole
            noun = _WORD.match(sentence, words[end].start())
            stop = noun.end() if noun is not None else words[end].end()
            if not self._closes_on_pledge(sentence, stop):
                return None
            return sentence[words[k + 1].start() : stop]
        return None

    def bare_pledger(self, sentence: str) -> str | None:
        """Where a language writes no articles (Polish, Russian, Ukrainian), the words
        opening the sentence right before its verb of promising ("Kreml zobowiązał się
        dostarczyć", "Минсельхоз пообещал выделить"): a capitalised name of at most
        ``_PLEDGER_WORDS`` words, no country (what a body of it promises is told by others),
        no one speaking for themselves."""
        cues = self.cues
        if cues.articles or self.unspaced is not None or cues.speaker_after_verb:
            return None
        if self.verb_final:
            return None
        pledged = self.own_plans
        words = list(_WORD.finditer(sentence, 0, min(len(sentence), _OPENER_CHARS)))
        for k, w in enumerate(words[: _PLEDGER_WORDS + 1]):
            if fold(w.group()) not in pledged:
                continue
            if k == 0:
                return None
            name = sentence[: words[k - 1].end()].strip()
            parts = name.split()
            if len(parts) > 1 and (
                fold(parts[0]) in self.function_words or cues._stop(parts[0].lower())
            ):
                return None  # "До кінця грудня планують": a time, the verb's subject unsaid
            if all(cues._skip(p) or cues._skip(p.lower()) for p in parts):
                return None  # "Наступного року там планують": a time and a place, no one
            if (
                not _capitalised(parts[0])
                and not parts[0].isupper()
                # a capitalised word is a name's, though a stop word elsewhere ("Kreml")
                or any(
                    (p.islower() and cues._stop(p)) or any(c.isdigit() for c in p) for p in parts
                )
                or _territory(name, self.lex.language)
                or self._first_person(name)
                or not re.fullmatch(r"[\w\s'’.-]+", name)
            ):
                return None
            return name
        return None

    def verb_first_pledger(self, sentence: str) -> str | None:
        """Who promises, or tells its own plan (``plan_verbs``), where the verb comes first,
        its subject after it (``speaker_after_verb``: "تعهّد وزير الشؤون الاجتماعية يوم
        الأحد بصرف ١٢٫٥ مليون دينار", "تعتزم البلدية شراء 60 حافلة")."""
        if not self.cues.speaker_after_verb:
            return None
        if (framed := self._framed_subject(sentence)) is not None:
            return framed
        first = _WORD.match(sentence)
        verb = fold(first.group()) if first is not None else ""
        if first is None or verb not in self.own_plans:
            return None
        cues = self.cues
        name = cues._after(sentence, first.end(), cues._cue_starts(sentence))
        if name is None or verb in self.status_words["pledged"]:
            return name  # a promise's object follows a preposition ("بصرف"): no trim
        return self._definite_name(name)

    def _definite_name(self, name: str) -> str:
        """A name cut after the definite word that closes it, where an indefinite word
        follows: the object of a plan ("البلدية شراء 60 حافلة", "وزارة الصحة لافتتاح"),
        not part of who plans. Unchanged where the folder marks no definite words."""
        if not self.definite:
            return name
        words = name.split()
        for k in range(1, len(words)):
            if words[k - 1].startswith(self.definite) and not words[k].startswith(self.definite):
                return " ".join(words[:k])
        return name

    def _framed_subject(self, sentence: str) -> str | None:
        """The subject between an auxiliary opening the clause and a particle before a
        verb of promising ("وكانت وزارة الصحة قد تعهّدت بتخصيص": the ministry had pledged);
        None for another shape."""
        if not self.frame_openers:
            return None
        words = _WORD.findall(sentence[:200])
        if not words or fold(words[0]) not in self.frame_openers:
            return None
        for k in range(2, min(len(words) - 1, 9)):
            if fold(words[k]) in self.frame_particles:
                if fold(words[k + 1]) in self.status_words["pledged"]:
                    return " ".join(words[1:k])
                return None
        return None

    def _pledges(self, sentence: str, name: str) -> bool:
        """Whether the verb right after the subject ``name`` opening the sentence promises,
        or tells the subject's own plan (``plan_verbs``)."""
        pledged, cues = self.own_plans, self.cues
        if self.status_in_clause and self._closes_on_pledge(sentence, len(name)):
            return True
        words = [fold(w).translate(_APOSTROPHES) for w in _WORD.findall(sentence, len(name))[:4]]
        for i, low in enumerate(words):
            if low in pledged:
                return True
            head = low.split("'")[0]  # "s'est engagé"
            if (
                low in cues.auxiliaries
                # a pronoun glued to its auxiliary: "m'a promis", "t'ha promesso"
                or low.split("'")[-1] in cues.auxiliaries
                or head in self.function_words
                or head in cues.stops
                or low in cues.skips  # "La direction, elle, s'est engagée"
            ):
                continue
            if i + 1 < len(words) and words[i + 1] in cues.auxiliaries:
                continue  # still the subject: "El Gobierno central ha prometido"
            return False  # another verb first: "Le gouvernement a débloqué"
        return False

    def _closes_on_pledge(self, sentence: str, at: int) -> bool:
        """Where the verb closes its clause (German): whether the clause after the subject
        ending at ``at`` closes on a promise, whole or split ("hat weitere 1,8 Millionen
        Euro zugesagt", "sagte 3 Mio. Euro zu")."""
        words = [fold(w) for w in _WORD.findall(sentence[at : _clause_end(sentence, at)])]
        if len(words) < 2:
            return False
        pledged = self.status_words["pledged"]
        return words[-1] in pledged or f"{words[0]} {words[-1]}" in pledged

    def names_speakers(self, sentence: str, fig: Figure) -> bool:
        """Whether a figure in words opens the name an attribution cue introduces ("selon
        deux responsables", "qui cite deux sources", "según dos altos funcionarios"): who
        speaks, not a claim."""
        if self.unspaced is not None:  # "援引两名知情人士" (extract/unspaced.py)
            return self.unspaced.names_speakers(sentence, fig)
        if not fig.words_only or fig.value is None or fig.value >= 100:
            return False
        return self.cues.cue_ends_at(sentence, fig.start)

    def points_back(self, sentence: str) -> bool:
        """Whether the sentence gives the source of the one before ("Об этом заявил X")."""
        if self.unspaced is not None:  # "韓国の国家情報院が明らかにした。" (extract/unspaced.py)
            return self.unspaced.points_back(sentence)
        if self.topic_sources is not None and self.topic_sources.points_back(sentence):
            return True  # "합동참모본부는 … 이같이 밝혔다" (extract/topic_sources.py)
        return self.cues.points_back(sentence)

    def _source_before_cue(self, sentence: str) -> str | None:
        """ "국정원에 따르면": the source stands before the cue, its particle cut off."""
        assert self.according_after is not None
        m_after = self.according_after.search(sentence)
        if not m_after:
            return None
        word = m_after.group(1)
        for particle in self.particles:
            if word.endswith(particle) and len(word) > len(particle):
                return word[: -len(particle)]
        return word

    def _before(self, sentence: str, fig: Figure) -> set[str]:
        """The words that may govern the figure: before it, or all of them where verbs
        come last (Korean, whose stems carry glued endings: "예정이다")."""
        end = _clause_end(sentence, fig.end) if self.status_in_clause else fig.start
        text = sentence if self.verb_final else sentence[:end]
        words = {fold(w) for w in _WORD.findall(text)}
        if self.verb_final:
            words |= {s for w in list(words) for s in self.status_stems if w.startswith(s)}
        return words

    def status(self, sentence: str, fig: Figure) -> Status:
        words = self._before(sentence, fig)
        for status in _STATUSES:
            if words & self.status_words[status]:
                return status
        return "reported"

    def status_positions(self, sentence: str) -> dict[Status, int]:
        """For each status, where the first word cueing it ends (-1 where verbs come last:
        a cue anywhere counts; where a cue counts in its whole clause, the clause's start);
        read once per sentence, so that ``status_at`` costs each figure nothing more.
        ``status_at(status_positions(s), fig) == status(s, fig)``."""
        if self.unspaced is not None:
            return self.unspaced.status_positions(sentence)
        out: dict[Status, int] = {}
        for m in _WORD.finditer(sentence):
            w = fold(m.group())
            for status in _STATUSES:
                if status in out:
                    continue
                cues = self.status_words[status]
                if w in cues or (self.verb_final and any(w.startswith(c) for c in cues)):
                    out[status] = (
                        -1
                        if self.verb_final
                        else _clause_start(sentence, m.start())
                        if self.status_in_clause
                        else m.end()
                    )
                elif status == "planned" and self._future_form(m.group(), w):
                    # the verb's own clause: "de 96 viviendas, se licitará en marzo"
                    out[status] = _clause_start(sentence, m.start())
        return out

    def _future_form(self, word: str, folded: str) -> bool:
        """A verb in the future tense by its ending ("enviará", "вміщатимуть") or, where the
        folder says so, by pymorphy3's tag ("составит"):
        lower-case (a name, "Irán", is none), five letters or more, no hedge ("terá")."""
        if not word[:1].islower() or len(folded) < 5 or folded in self.hedged:
            return False
        if self.future_endings and folded.endswith(self.future_endings):
            return True
        return self._future_morph is not None and _future_verb(self._future_morph, folded)

    def status_at(self, positions: dict[Status, int], fig: Figure) -> Status:
        """The status of a figure from its sentence's ``status_positions``."""
        for status in _STATUSES:
            at = positions.get(status)
            if at is not None and at <= fig.start:
                return status
        return "reported"

    def is_hedged(self, sentence: str) -> bool:
        """Whether a hedge ("aurait", "terá", "habría", "sarebbe") stands in the sentence:
        the writer tells what someone else reports."""
        if self.unspaced is not None:
            return self.unspaced.certainty(sentence) == "hedged"
        return bool({fold(w) for w in _WORD.findall(sentence)} & self.hedged)

    def certainty(self, sentence: str, fig: Figure) -> Certainty:
        """Hedged or confirmed by any cue word in the sentence (the figure's position does
        not matter)."""
        if self.unspaced is not None:
            return self.unspaced.certainty(sentence)
        words = {fold(w) for w in _WORD.findall(sentence)}
        if words & self.hedged:
            return "hedged"
        if words & self.confirmed:
            return "confirmed"
        return "asserted"


#: A source's phrase is at most this many words: past it, it is a clause, not a name.
_MAX_NAME_WORDS = 12
#: How many words may describe a channel between its preposition and its noun.
_DESCRIBED_CHANNEL_WORDS = 5
#: After an "according to" cue the name may be an office's full title ("según el último
#: balance de la Consejería de Medio Rural de la Xunta de Galicia"): it ends at the cue's
#: clause, so it may run longer.
_MAX_CUED_WORDS = 18
#: How many words after a figure its clause is read for a verb where verbs close it.
_CLAUSE_WORDS = 16
#: Names an attribution keeps: its source and up to three that passed it on.
_MAX_CHAIN = 4
#: How far into a sentence the comma after an opening phrase may stand ("Nel suo primo
#: discorso, ...").
_OPENER_CHARS = 60
#: Words at most of an adverbial between an "as X said" cue and its speaker.
_ADVERBIAL_WORDS = 10
#: Words of an aside between a speaker and its verb ("47 anni", "de 58 años").
_ASIDE_WORDS = 4
#: Words at most between the commas that set an aside off from the subject opening the sentence.
_SET_OFF_WORDS = 8
#: Words at most of a role's complement before the name in apposition after it.
_COMPLEMENT_REACH = 6
#: Words a name opening a sentence before its verb of promising may have ("Kreml",
#: "Ministerstwo Rolnictwa i Rozwoju Wsi").
_PLEDGER_WORDS = 6
#: Sentences back a person named may still be whom "he" or "she" means.
_PERSON_REACH = 6
#: The two words a comma (Latin or Arabic) sets after a name: where a role in apposition is.
_APPOSED = re.compile(r"\s*[,،]\s*(\w+)(?:[ \t]+(\w+))?")
#: Words at most of an adverbial opener before the comma after it ("A margine,", "Ayer,").
_OPENER_WORDS = 3
#: How many tokens back from a verb's speaker a relative pronoun is looked for.
_RELATIVE_REACH = 14
#: How many words a body's title may run past a stop word to its acronym in brackets.
_ACRONYM_REACH = 6
#: How far before a verb of saying its speaker is looked for, in characters.
_REACH = 400
#: Tokens of a sentence as a source phrase is read: a short quoted or bracketed name as
#: one token («Интерфакс», (NIS)), words, and punctuation that ends a phrase.
_TOKEN = re.compile(
    r"«[^»\n]{1,40}»|“[^”\n]{1,40}”|„[^“”\"\n]{1,40}[“”\"]|\"[^\"\n]{1,40}\"|\([^)\n]{1,40}\)"
    r"|[^\s,;:!?«»\"„“”()—–،؛؟]+|[,;:!?«»\"„“”()—–،؛؟]"
)
_BOUNDARY = frozenset(
    ',;:!?«»"„“”()—–،؛؟|·•›'
)  # the Arabic comma, semicolon, question mark; page separators


def _short_aside(toks: list[re.Match[str]], left: int, rest: int) -> list[str]:
    """The words between the commas at ``left`` and ``rest`` when they may be an aside
    (a role, a place) set off before a verb of saying: at most ``_SET_OFF_WORDS``, no
    figure, no punctuation of their own; empty otherwise."""
    aside = [t.group() for t in toks[left + 1 : rest]]
    if not 0 < len(aside) <= _SET_OFF_WORDS:
        return []
    if any(ch.isdigit() for w in aside for ch in w) or any(_boundary(w) for w in aside):
        return []
    return aside


def _name_length(words: list[str]) -> int:
    """A source phrase's length in words, its bracketed acronym left out: "Um oficial da
    Diretoria de Inteligência do Ministério da Defesa da Ucrânia (HUR)" is a body's full
    title and the short form the text gives it, not a clause."""
    return sum(1 for w in words if not (w.startswith("(") and w.endswith(")")))


#: A credit, from its copyright sign to the end of its caption: "© Ana Ruiz / Diario Sur]".
_CREDIT = re.compile(r"©[^\]\n]*")
#: Quotation marks around a word.
_QUOTE_CHARS = "\"'„“”«»‚‘’"
#: The double quotation marks among them: never an apostrophe.
_DOUBLE_QUOTES = "".join(q for q in _QUOTE_CHARS if q not in "'‚‘’")
#: The marks that open a quoted name as ``_TOKEN`` reads it ("«Интерфакс»", "„Sygnał"").
_OPENING_QUOTES = '«“„"'
#: A mark ending a clause: a semicolon, a colon or a comma not inside a number ("3,2").
_CLAUSE_MARK = re.compile(r"[;:]|,(?!\d)")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
#: A dash standing alone, as after a dateline: "Seúl, 5 mar (EFE).- El servicio ... dijo".
_BRACKETED = re.compile(r"\([^()]*\)")
# a quoted stretch: «...», „...“, “...”, "..."
_QUOTED = re.compile(r"«[^»]*»|„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"")
_DASH = re.compile(r"\.?[-–—]+")
#: Quotation marks that only open (« „) or only close (»): one left unpaired in a sentence
#: opens or closes a quote running over several sentences.
_OPEN_ONLY = re.compile(r"[«„]")
_CLOSE_ONLY = "»"


def _unquoted(sentence: str) -> str:
    """The sentence's words outside quotations: closed ones, and a quote running past the
    sentence ("«Мы потеряли 180 тонн, — говорит он. — В сумме …") from its opening mark
    on, or up to its closing mark where it began in a sentence before ("… мы потеряли
    210 тонн»."). First-person words there are the quoted speaker's, not the writer's."""
    bare = _QUOTED.sub(" ", sentence)
    if (opened := _OPEN_ONLY.search(bare)) is not None:
        bare = bare[: opened.start()]
    if (closed := bare.rfind(_CLOSE_ONLY)) >= 0:
        bare = bare[closed + 1 :]
    return bare


#: A short phrase set off by a comma opening a sentence ("Ontem,", "Na segunda-feira,").
_TIME_OPENER = re.compile(r"([^,;:.!?]{1,30}),\s*")
#: A word of a body's name, as ``_body_named_before`` reads one.
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Punctuation that ends a body's name and its complement.
_PHRASE_BREAK = re.compile(r"[,;:.!?()«»\"—–]")
#: Capitalised words before a body's noun, and lower-case words of its complement after.
_BODY_ADJECTIVES = 3
_BODY_COMPLEMENT = 5


def _closing_abbreviation(word: str) -> bool:
    """A short lower-case abbreviation with its full stop ("r.", "ok.", "tys."): where it
    opens a speaker's words it closed the phrase before, as a sentence's full stop would."""
    return 2 <= len(word) <= 5 and word.endswith(".") and word[:-1].isalpha() and word.islower()


def _boundary(tok: str) -> bool:
    """Punctuation that ends a speaker's phrase: a comma, a bracket, a dash alone."""
    return tok in _BOUNDARY or _DASH.fullmatch(tok) is not None


_JOINERS = frozenset("-'’")
_CLOSING_QUOTES = frozenset('"”»')
#: Words of a noun's complement read for its measure ("sistemas de defesa antiaérea").
_COMPLEMENT_WORDS = 3


#: Words an apposition after a figure's noun may hold ("4 000 hommes, tués ou blessés,").
_APPOSITION_WORDS = 3


#: The most words a teller's incise holds (", a précisé le colonel Jean-Marc Castagnède,").
_INCISE_WORDS = 9


def _apposition(toks: list[Tok]) -> list[str]:
    """The words of a short phrase set off by commas right after a figure's noun ("plus de
    4 000 hommes, tués ou blessés, rien que", "5.000 soldados, muertos o heridos."): they say
    what happened to those counted. Empty where the phrase is longer, or a figure follows."""
    words: list[str] = []
    for t in toks:
        if t.text in _JOINERS:
            continue
        if not _wordlike(t):
            return words if words and not t.is_digit else []
        if len(words) == _APPOSITION_WORDS:
            return []
        words.append(t.lower)
    return words


def _wordlike(t: Tok) -> bool:
    """A word, hyphens and apostrophes inside it allowed ("nord-coréens"); read in its
    folded form, so Arabic short vowels ("قُتلوا") leave it a word."""
    return t.lower.replace("-", "").replace("'", "").replace("’", "").isalpha()


#: The figure at the start of a stretch: words before its first digit ("près de"), then its
#: digits, separators and percent sign.
_LEADING_FIGURE = re.compile(r"\D{0,30}?\d[\d\s.,%\u00a0\u202f]*")
#: A range's second figure after its joiner: "et 700", "- 7" (the joiner is the folder's).
_SECOND_FIGURE = re.compile(r"\s*(\S+)\s*\d[\d\s.,%\u00a0\u202f]*")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
#: Characters read on either side of a cue for the one word next to it.
_WORD_REACH = 40
#: How far after its figure a trailing "according to" still closes the figure's clause.
_TRAIL_REACH = 90


_CLAUSE_MARKS = ",;:"
#: How far before a verb of saying its negation is looked for ("n'", "no lo ").
_NEGATION_REACH = 12
#: A word and the word right after it, past one space ("Міноборони України": "України").
_WORD_AND_NEXT = re.compile(r"([^\W\d_]+)(?=([ \t\u00a0][^\W\d_]+)?)")


@lru_cache(maxsize=4096)
def _future_verb(language: str, word: str) -> bool:
    """Whether pymorphy3 reads ``word`` first as a verb in the future tense."""
    parse = _analyzer(language).parse(word)[0]
    return parse.tag.POS == "VERB" and parse.tag.tense == "futr"


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding offset ``at`` starts: after the last comma, semicolon or
    colon before it (a comma inside a number, "4,8", does not count)."""
    for i in range(at - 1, -1, -1):
        if sentence[i] in _CLAUSE_MARKS and not sentence[i + 1 : i + 2].isdigit():
            return i + 1
    return 0


def _within_clause(text: str, last: bool) -> str:
    """The part of ``text`` in one clause: after its last clause mark (``last``), else up
    to its first one. Read on a bounded window, so a sentence of many verbs stays linear."""
    cut = [i for i, ch in enumerate(text) if ch in _CLAUSE_MARKS]
    if not cut:
        return text
    return text[cut[-1] + 1 :] if last else text[: cut[0]]


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause holding offset ``at`` ends (see ``_clause_start``)."""
    for i in range(at, len(sentence)):
        if sentence[i] in _CLAUSE_MARKS and not sentence[i + 1 : i + 2].isdigit():
            return i
    return len(sentence)


def _trails(sentence: str, at: int, cue_at: int, joiners: frozenset[str]) -> bool:
    """Whether an "according to" cue at ``cue_at`` closes the clause of the figure at
    ``at``: no other figure (a year may stand) and no colon, semicolon or bracket lies
    between. Such a cue is the figure's own, even where another stands before it ("17,3 %
    selon le ministère, près de 45 % d'après le Snuipp-FSU": the union's 45 %). A range's
    second figure after one of the language's ``joiners`` is the figure's own ("entre 600
    et 700 selon la gendarmerie")."""
    gap = sentence[at:cue_at]
    m = _LEADING_FIGURE.match(gap)
    rest = gap[m.end() :] if m else gap
    if (second := _SECOND_FIGURE.match(rest)) and second.group(1).lower() in joiners:
        rest = rest[second.end() :]
    if len(rest) > _TRAIL_REACH or any(c in rest for c in ";:()—–"):
        return False
    return not any(c.isdigit() for c in _YEAR.sub("", rest))


def _past_shared_clause(sentence: str, at: int, after: list[_Agent]) -> list[_Agent]:
    """The agents after a figure less the "according to" cues past a colon or semicolon
    after it where that part gives two or more figures each its own ("Miles de personas
    se manifestaron: 12.000 según la Guardia Urbana y 40.000 según los organizadores"):
    those cues are the later figures', not this one's."""
    marks = [i for i in range(at, len(sentence)) if sentence[i] in ":;"]
    if not marks:
        return after
    mark = marks[0]
    past = [a for a in after if a.according and a.at > mark]
    if len(past) < 2:
        return after
    return [a for a in after if a not in past]


def _to_last_capitalised(
    words: list[str], connectors: Collection[str] | None, articles: Collection[str]
) -> list[str]:
    """Where nouns are capitalised (German), a name ends at its last capitalised word: the
    lower-case words after it are the verb that follows ("nach Angaben des Deutschen
    Wetterdienstes fielen bis zu 180 Liter": "Deutschen Wetterdienstes"). Given the
    language's ``connectors``, it ends before that at the verb (``_verb_at``). A name with
    no capitalised word ("ihm") is left as it is."""
    if connectors is not None:
        words = words[: _verb_at(words, connectors, articles)]
    last = max((i for i, w in enumerate(words) if not w[:1].islower()), default=-1)
    return words[: last + 1] if last >= 0 else words


def _verb_at(words: list[str], connectors: Collection[str], articles: Collection[str]) -> int:
    """Where a name read after an "according to" cue meets its clause's verb, where nouns
    are capitalised: the first lower-case word past the first that is no connector and
    stands before neither a capital nor a connector, so no adjective of the name ("Laut
    Seidel öffnen im Sommer drei Kitas", "laut dem Landrat gibt es im Kreis"). An article
    stays inside only after a capital or a connector ("Verband der Automobilindustrie",
    "durch den NIS"; not "wuchs der Anteil")."""
    for k in range(1, len(words) - 1):
        word = words[k]
        if not word[:1].islower():
            continue
        low = word.lower()
        if low in connectors:
            before = words[k - 1]
            if low in articles and before[:1].islower() and before.lower() not in connectors:
                return k
            continue
        after = words[k + 1]
        if after[:1].islower() and (after.lower() not in connectors or after.lower() in articles):
            return k
    return len(words)


def _closing_verb(sentence: str, m: re.Match[str], function_words: Collection[str]) -> bool:
    """A verb of saying after a comma or dash with only its speaker after it ("...,
    podali organizatorzy.", "– poinformowała policja", ", сообщила полиция"): a lone
    lower-case word there is the speaker (languages without articles), not an object; one
    after a preposition is a place ("уточнили в розвідці"), which stays unnamed."""
    rest = sentence[m.end() :].strip().rstrip('.!?"”»').split()
    return (
        sentence[: m.start()].rstrip().endswith((",", "–", "—", "-"))
        and 0 < len(rest) <= 3
        and rest[0].lower() not in function_words
    )


def _closes_sentence(sentence: str, m: re.Match[str]) -> bool:
    """A verb of saying alone after a comma at the sentence's end ("..., lamenta."): where
    the subject goes unsaid, whoever the text named last says it."""
    return sentence[: m.start()].rstrip().endswith(",") and not sentence[m.end() :].strip(' .!?"”»')


def _citer_passes_on(found: list[_Agent], at: int) -> list[_Agent]:
    """ "X, citando a Y" / "unter Berufung auf Y berichtete X": X, the agent whose cue is
    nearest before the citing cue (else nearest after it), passes Y's figure on."""
    before = [a for a in found if a.at < at and a.role == "source"]
    after = [a for a in found if a.at > at and a.role == "source"]
    citer = (
        max(before, key=lambda a: a.at) if before else min(after, key=lambda a: a.at, default=None)
    )
    return [
        _Agent(a.text, a.at, "via", a.anaphoric, a.according) if a is citer else a for a in found
    ]


_CURRENCY_MARKS = frozenset("$€£¥₽₴₩")
#: A figure's digits right before a word ("1,4 Md$", "12,5 Mio.").
_FIGURE_BEFORE = re.compile(r"\d[ \u00a0\u202f]?$")


#: How far before a verb of saying a relative "what" is looked for ("وهو ما نفاه").
_WHAT_REACH = 24
#: The most words of a writer's label before a colon opening a sentence ("Besonders bitter:").
_LABEL_WORDS = 3
#: The longest abbreviation after a number, its full stop included ("tys.", "mln.").
_ABBREVIATION_CHARS = 5
#: The space after a number, and the abbreviation that may follow it ("12 tys. ", "2026 r. ").
_NUMBER_TAIL = rf"[ \u00a0\u202f](?:[^\W\d_]{{1,{_ABBREVIATION_CHARS - 1}}}\.[ \u00a0\u202f])?$"
#: A figure's last digit and what follows it, right before a word.
_DIGITS_BEFORE = re.compile(rf"\d{_NUMBER_TAIL}")
#: A year right before a word: what follows is no noun the year counts.
_YEAR_BEFORE = re.compile(rf"(?<![\d.,])(?:1[89]|20)\d\d{_NUMBER_TAIL}")


def _after_figure(sentence: str, name: str) -> bool:
    """Whether ``name`` stands in the sentence only right after a figure's digits and
    opens with what a figure is written with, a short scale or a currency ("Md$ en
    pétrole" in "1,4 Md$ en pétrole", "Mio. Euro"): no speaker. "№ 3 Андрей Ткачук" is a
    name after a number."""
    if not name or not name[:1].isupper():
        return False
    first = name.split()[0].rstrip(".")
    if not (_CURRENCY_MARKS & set(first) or len(first) <= 3):
        return False
    at = sentence.find(name)
    if at < 0:
        return False
    while at >= 0:
        if not _FIGURE_BEFORE.search(sentence, max(0, at - 2), at):
            return False
        at = sentence.find(name, at + 1)
    return True


def _figure_abbreviation(toks: list[re.Match[str]], k: int) -> bool:
    """Whether the token at ``k`` is an abbreviation written right after a number ("2026
    r.", "12 tys.", "1945 г."): the figure's or the year's, no word of a name after it."""
    tok = toks[k].group()
    return (
        k > 0
        and tok.endswith(".")
        and len(tok) <= _ABBREVIATION_CHARS
        and tok[:-1].isalpha()
        and tok[:-1].islower()
        and toks[k - 1].group()[-1:].isdigit()
    )


def _label_opener(phrase: str) -> bool:
    """Whether the words before a colon opening a sentence are a short label of the
    writer's ("Besonders bitter", "En clair", "Dato curioso"): a few words, no figure, no
    quotation."""
    words = phrase.split()
    return (
        0 < len(words) <= _LABEL_WORDS
        and not any(ch.isdigit() for ch in phrase)
        and not any(q in phrase for q in _DOUBLE_QUOTES)
    )


def _counted(sentence: str, name: str, nouns_capitalised: bool = False) -> bool:
    """Whether ``name`` is a common noun the figure right before it counts wherever the
    sentence writes it ("38 des 41 officines du département déclarent …", "Nur noch 58
    Prozent schreiben …"): the counted ones answering a survey, no speaker naming a
    source. Where every noun has a capital, a one-word name may be such a noun."""
    if not name or not (name[:1].islower() or (nouns_capitalised and " " not in name)):
        return False
    at = sentence.find(name)
    if at < 0:
        return False
    while at >= 0:
        if not _DIGITS_BEFORE.search(sentence, max(0, at - 9), at) or _YEAR_BEFORE.search(
            sentence, max(0, at - 12), at
        ):
            return False  # "W lipcu 2026 r. seulski wywiad szacował": a year, then the name
        at = sentence.find(name, at + 1)
    return True


def _territory(name: str, language: str) -> bool:
    """Whether ``name`` (its article aside) is a country's or a territory's name."""
    words = name.lower().split()
    known = territory_names(language)
    return " ".join(words) in known or " ".join(words[1:]) in known


def _named_before(history: list[str]) -> bool:
    """Whether the text named a source before (a sentence's subject kept for a pronoun is
    none)."""
    return any(not isinstance(h, _Subject) for h in history)


def _before_verb(phrase: str, language: str) -> str | None:
    """The words of ``phrase`` before its first finite verb (pymorphy3: "Росстат снизил
    прогноз" -> "Росстат"), where the language writes no article to end a subject; None
    where an adverb opens it or a place's name (pymorphy3's Geox) is among them."""
    from claimtrack.extract.names import _analyzer  # loads pymorphy3 on first use

    morph = _analyzer(language)
    words = phrase.split()
    if not words or morph.parse(words[0])[0].tag.POS not in ("NOUN", "ADJF"):
        return None  # "Торік цей показник": an adverb opens it, no subject
    for i, w in enumerate(words):
        parse = morph.parse(w.strip(",.;:"))[0]
        if "Geox" in parse.tag.grammemes:
            return None  # "Северная Корея передала": a place, what the body speaks of
        if i and parse.tag.POS == "VERB":
            return " ".join(words[:i])
    return None


def _in_name_run(word: str, before: str) -> bool:
    """Whether ``word`` goes on a run of capitalised words ("Ли" after "Депутат", "Мин"
    after "Сон"): a name's word, whatever a lexicon says of its lower-case form."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and word.isalpha()
        and before[:1].isupper()
        and before.replace("-", "").isalpha()
    )


#: A closing quotation mark, its comma or dash, and one or two words of a verb after it
#: ("», a tranché ", "” – uciął "): where a tag naming the speaker may follow.
_QUOTE_TAG = re.compile(r"[»”“\"]\s*[,–—]\s*(?:[–—]\s*)?(?=[^\W\d_])")
#: A body's name opening a sentence up to its acronym in brackets ("Федеральная служба …
#: (ФСГ)"), where the words of the name are in lower case.
_NAMED_ACRONYM = re.compile(r"[^\W\d_][^()\n:]{2,100}?\([^\W\d_a-zа-яёіїєґ]{2,6}\)")
#: The word after a noun of data, and the blank after it: an owner's ("des", "du", "dell'").
_OWNER_WORD = re.compile(r"\s+([^\W\d_]+['’]?)\s*")
#: The dashes that open the turns of a dialogue.
_DIALOGUE_DASHES = ("—", "–")
# "Отделение у нас на 40 коек, — говорит X": the dash after a turn's last word, before who
# said it (Russian, Ukrainian and Polish write speech so, with no quotation marks)
_TURN_CLOSE = re.compile(r"[,!?…]\s*[—–]\s")
#: A dash between spaces.
_SPACED_DASH = re.compile(r"\s[—–]\s")
#: A short form in full-width brackets right after a name ("（HUR）", "（国情院）").
_SHORT_FORM = re.compile(r"（[^（）\s、。，,]{1,12}）")
#: An hour of the day ("21:00", "9.30", "9h30").
_CLOCK_TIME = re.compile(r"\d{1,2}[:.h]\d{2}(?!\d)")
#: How far past a participle its agent preposition may stand ("raccontato ai cronisti dal").
_AGENT_REACH = 40
#: How far past a role read as a speaker its holder's name may end its clause.
_HOLDER_REACH = 80
#: A party, a place or an age in brackets right after a name.
_BRACKET_AFTER = re.compile(r"\s*\([^()\n]{1,40}\)")
_BRACKET_END = re.compile(r"\s*\([^()\n]{1,40}\)$")
#: The most words of a verb between a closing quotation mark and its speaker.
_TAG_VERB_WORDS = 3

#: A turn's short label opening a sentence ("ج:", "R:", "Odp.:"): the answer's, no word of it.
_SHORT_LABEL = re.compile(r"\s*\w{1,3}\.?\s?[:：]\s*")


def _defined_after(sources: list[str | None], text: str) -> dict[str, str]:
    """Each source the text writes with its short form in brackets right after it
    ("ウクライナ国防省情報総局（HUR）が声明を出した。同局によると"): "Name（Short）", the form
    the text defines, wherever the source was read without it (a back-reference)."""
    out: dict[str, str] = {}
    for name in {s for s in sources if s and not s.endswith(("）", ")"))}:
        at = text.find(name + "（")
        if at < 0:
            continue
        m = _SHORT_FORM.match(text, at + len(name))
        if m is not None and not any(ch.isdigit() for ch in m.group()):
            out[name] = name + m.group()  # "市長（61）" is an age, no short form
    return out


#: An acronym in Latin capitals defined in brackets after a Hangul name of one or two words
#: ("우크라이나 국방정보총국(HUR)은"): the name, then the acronym.
_HANGUL_DEFINED = re.compile(r"((?:[\uac00-\ud7a3]+ )?[\uac00-\ud7a3]+)\s?[(（]([A-Z]{2,6})[)）]")


#: The same in Chinese and Japanese: the run of the script's characters before the bracket
#: ("美国财政部海外资产控制办公室（OFAC）"), from the last mark or Latin letter before it.
_HAN_DEFINED = re.compile(r"([\u4e00-\u9fff\u3040-\u30ff\u30fc]{2,30})[(（]([A-Z]{2,6})[)）]")


def _acronyms_defined(
    sources: list[str | None],
    text: str,
    particles: tuple[str, ...],
    pattern: re.Pattern[str] = _HANGUL_DEFINED,
) -> dict[str, str]:
    """Each source that is only an acronym ("HUR는 … 봅니다", "OFAC在新闻稿中称") the text
    defines after a name in its own script (``pattern``): "Name(ACR)", the form the text
    defines, so the source names the body in its own script too. A first word ending in one
    of the folder's ``particles`` ("정부는 국방정보총국(HUR)") is the clause's topic, and in a
    script without spaces a leading one of them ("据", "根据") a cue, no part of the name."""
    wanted = {s for s in sources if s and 2 <= len(s) <= 6 and s.isalpha() and s.isupper()}
    if not wanted or "(" not in text and "（" not in text:
        return {}
    out: dict[str, str] = {}
    for m in pattern.finditer(text):
        if m.group(2) in wanted and m.group(2) not in out:
            name = m.group(1)
            first, _, rest = name.partition(" ")
            if rest and first.endswith(particles):
                name = rest  # "정부는 국방정보총국(HUR)": the topic before is no part of it
            elif not rest and (cue := next((p for p in particles if name.startswith(p)), "")):
                name = name[len(cue) :]  # "据美国财政部…（OFAC）": the cue is no part of it
            out[m.group(2)] = name + m.group()[m.end(1) - m.start() :].lstrip()  # its brackets
    return out


#: A body's acronym in brackets in a script with capitals ("(ISS)", "(ARS)", "(МАГАТЭ)").
_BRACKETED_CAPITALS = re.compile(r"\(([^\W\d_]{2,8})\)")
#: The most words of a body's name spelled out before its acronym.
_SPELLED_WORDS = 10


def _acronyms_spelled_out(
    sources: list[str | None],
    text: str,
    small_words: Collection[str],
    article: Callable[[str], bool],
) -> dict[str, str]:
    """Each source that is an acronym alone, an article before it or not ("o ISS",
    "l'ARS"), with the name the text spells out before it in brackets ("Instituto da
    Segurança Social (ISS)", "Agence régionale de santé (ARS)"): "Name (ACR)", so the
    source names the body in full whichever form a reader searches for. The name's words
    are read back from the bracket, each opening with the acronym's letters in order
    (the folder's small words, "da", "de", skipped); its first word is capitalised."""
    wanted: dict[str, list[str]] = {}
    for source in {s for s in sources if s}:
        parts = source.split()
        if len(parts) == 2 and article(parts[0].lower()):
            parts = parts[1:]
        acronym = after_elision(parts[0]) if len(parts) == 1 else ""
        if 2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper():
            wanted.setdefault(acronym, []).append(source)
    if not wanted:
        return {}
    out: dict[str, str] = {}
    for m in _BRACKETED_CAPITALS.finditer(text):
        acronym = m.group(1)
        if acronym not in wanted or any(s in out for s in wanted[acronym]):
            continue
        name = _spelled_out(text[max(0, m.start() - 200) : m.start()], acronym, small_words)
        if name:
            for source in wanted[acronym]:
                out[source] = f"{name} ({acronym})"
    return out


def _spelled_out(before: str, acronym: str, small_words: Collection[str]) -> str | None:
    """The words at the end of ``before`` whose initials spell ``acronym``, past small
    words between them; None where they do not, or the first is not capitalised."""
    words = before.split()[-_SPELLED_WORDS:]
    letters = acronym.lower()
    k = len(letters)
    start = len(words)
    for i in range(len(words) - 1, -1, -1):
        word = after_elision(words[i]).strip('«»"“”„,;:')
        if k and word[:1].lower() == letters[k - 1]:
            k, start = k - 1, i
            if k == 0:
                break
        elif word.lower() not in small_words:
            return None
    if k or start == len(words):
        return None
    first = after_elision(words[start])
    if not first[:1].isupper():
        return None
    return " ".join([first, *words[start + 1 :]]).strip(",;:")


#: The two words right before an agent preposition, commas around the second: a noun of
#: data and its participle ("resumo, preparado pelo").
_NOUN_AND_PARTICIPLE = re.compile(r"(\w+)[ \t]*,?[ \t]+(\w+)[ \t]*,?[ \t]*$")


def _capitalised_word(name: str) -> bool:
    """Whether a name holds a capitalised word past its first ("deputado Shin Dong-ho"),
    not only common nouns ("chiffre")."""
    return any(_capitalised(w) or w.isupper() for w in name.split()[1:])


def _past_turn_label(sentence: str) -> str:
    """``sentence`` past a question's or answer's short label ("ج: تعهّدت البلدية …"), so
    that its first word is its verb or subject."""
    m = _SHORT_LABEL.match(sentence)
    return sentence[m.end() :] if m else sentence


def _capitalised(word: str) -> bool:
    """A word of a name: capitalised past an elided article or a bracket ("l'Équipe",
    "(MSMT)")."""
    return word.translate(_APOSTROPHES).split("'")[-1].lstrip("(" + _OPENING_QUOTES)[:1].isupper()


#: Endings of a German noun before a linking "s" in a compound ("Regierungsangaben").
_LINKED_ENDINGS = ("ung", "um", "heit", "keit", "ion", "tät", "amt", "schaft")


def _compound_owner(word: str, cues: _Cues) -> str | None:
    """Where nouns join into one word (German), the owner of data named as a compound
    ending in one of the folder's ``compound_data`` ("Polizeiangaben" the police's,
    "Regierungsangaben" the government's); None for any other word. The endings are
    listed apart from ``attribution_nouns``: "Journalisten" and "Soldaten" end in nouns
    of data too."""
    if not cues.compound_data or not word[:1].isupper():
        return None
    low = word.lower()
    for noun in cues.compound_data:
        if low.endswith(noun) and len(low) - len(noun) >= 3:
            stem = word[: len(word) - len(noun)]
            if stem.endswith("s") and stem[:-1].lower().endswith(_LINKED_ENDINGS):
                stem = stem[:-1]
            return stem
    return None


def _names_after(pattern: str, text: str, flags: int = 0) -> set[str]:
    """The people's names ``text`` writes right after each match of ``pattern`` (a title:
    "генерал-майор Вадим Курилець", "глава округа Игорь Мартынов")."""
    return {name for m in re.finditer(pattern, text, flags) if (name := _name_after(text, m.end()))}


def _name_after(text: str, at: int) -> str | None:
    """The person's name at ``at``: two or three capitalised words ("Вадим Курилець"),
    ending at a punctuation mark or before a word that is not capitalised; else None."""
    name: list[str] = []
    for word in text[at : at + _NAME_REACH].split()[:3]:
        bare = word.rstrip(',.;:)»”"')
        if (
            not bare
            or not _capitalised(bare)
            or not bare.replace("-", "").replace("'", "").isalpha()
        ):
            break
        name.append(bare)
        if bare != word:
            break
    return " ".join(name) if len(name) >= 2 else None


#: The most sources a document's titles are looked up for (each a pass over its text).
_TITLES_LOOKED_UP = 64
#: The most words of a role named alone ("نائب وزير التربية والتعليم").
_ROLE_WORDS = 5
#: An elided article glued to its noun ("l'ingegnera", "l’experte").
_ELIDED = re.compile(r"[^\W\d_]{1,2}['’](?=[^\W\d_])")
#: How far after a title its holder's name is read.
_NAME_REACH = 60
#: A person's role and where they work, before the comma and their name ("O correspondente
#: do Diário Atlântico em Faro, Duarte Palma Guerreiro").
_ROLE_THEN_NAME = re.compile(r"(?:[ \t]+[^\s,.;:!?()«»“”\"]+){1,7}?,[ \t]*")
#: A name closed by a comma, and at most one word (an article) before the role.
_NAME_THEN_ROLE = re.compile(
    r"([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,2}),[ \t]+(?:[^\W\d_]+[ \t]+)?$"
)


def _learned_title(text: str, title: str, function_words: Collection[str]) -> set[str]:
    """The people the text names with a role no folder lists ("hidróloga", "subdirector"):
    the role written right before the name ("A hidróloga Teresa Mascarenhas Leal"), before
    its place of work, a comma and the name ("O correspondente do Diário Atlântico em Faro,
    Duarte Palma Guerreiro"), or in apposition after it ("Vitali Horobets, subdirector del
    campo"). A report names a person once so, then by the role alone ("A hidróloga
    estima"); the text teaches the role, as a reader learns it. A name is words in title
    case, the first no function word ("À Marseille, la préfecture", "Segundo Park, o NIS")
    and none in capitals alone (a headline's "EL NIS CIFRA")."""
    role = rf"(?<![^\W\d_]){re.escape(title)}(?![^\W\d_])"
    named: set[str] = set()

    def add(name: str | None) -> bool:
        words = name.split() if name else []
        if not words or words[0].lower() in function_words or any(w.isupper() for w in words):
            return False
        named.add(" ".join(words))
        return True

    for m in re.finditer(role, text, re.IGNORECASE):
        if add(_name_after(text, m.end() + 1)):
            continue
        if (after := _ROLE_THEN_NAME.match(text, m.end())) and add(_name_after(text, after.end())):
            continue
        if before := _NAME_THEN_ROLE.search(text, max(0, m.start() - _NAME_REACH), m.start()):
            words = before.group(1).split()
            while words and not _capitalised(words[0]):
                words = words[1:]  # "el teniente coronel Vitali Horobets": the name's words
            if len(words) >= 2:
                add(_name_after(" ".join(words) + ",", 0))
    return named


def _kinds_in_full(sources: list[str | None], text: str, kinds: frozenset[str]) -> dict[str, str]:
    """Each source that is a body's kind alone ("시", "도": the city, the province), with
    the name of that kind the text writes most often as a word of its own ("청하시는",
    "강원도의"): "청하시(시)". A local report names its city once in full, then as "시";
    the scripts without spaces do the same (extract/unspaced.py ``bodies_in_full``)."""
    out: dict[str, str] = {}
    for kind in {s for s in sources if s and s in kinds}:
        found = re.findall(
            rf"(?<![^\W\d_])([^\W\d_]{{1,8}}){re.escape(kind)}(?![^\W\d_]{{3}})", text
        )
        names = [f + kind for f in found if not f.endswith(kind)]
        if names:
            full = max(names, key=names.count)
            out[kind] = f"{full}({kind})"
    return out


def _compounds_in_full(sources: list[str | None], text: str) -> dict[str, str]:
    """Each source that is one capitalised noun ("Genossenschaft") where the text writes
    one compound ending in it ("Winzergenossenschaft"): "Winzergenossenschaft
    (Genossenschaft)". A German report names a body once in full, then by its head noun
    ("die Genossenschaft", "das Ministerium"); two compounds ("Bundesregierung",
    "Landesregierung") leave the head noun as it is."""
    out: dict[str, str] = {}
    for head in {s for s in sources if s and " " not in s}:
        if len(head) < _MIN_COMPOUND_HEAD or not head[0].isupper() or not head[1:].islower():
            continue
        found = set(re.findall(rf"\b[A-ZÄÖÜ][^\W\d_]{{2,}}{re.escape(head.lower())}\b", text))
        if len(found) == 1:
            out[head] = f"{found.pop()} ({head})"
    return out


#: The shortest head noun read as a compound's: shorter ones ("Amt", "Rat") end too many
#: words that are no bodies ("Vorrat", "Beamt").
_MIN_COMPOUND_HEAD = 5


def _own_side_of_semicolon(
    sentence: str, at: int, before: list[_Agent], after: list[_Agent]
) -> tuple[list[_Agent], list[_Agent]]:
    """The speakers on the figure's side of a semicolon, where that side has one of its
    own: "Metà dei colpi, sostiene Kiev, …; l'Istituto, più cauto, parla del 30-35%" holds
    two estimates, each its speaker's, neither passing the other's on."""
    left, right = sentence.rfind(";", 0, at), sentence.find(";", at)

    def speaks(agents: list[_Agent]) -> bool:
        return any(a.role == "source" and a.text for a in agents)

    if left >= 0 and speaks([a for a in before if a.at > left]):
        before = [a for a in before if a.at > left or a.role != "source"]
    if right >= 0 and speaks([a for a in [*before, *after] if left < a.at < right]):
        after = [a for a in after if a.at < right or a.role != "source"]
    return before, after


def _of_word(word: str, cues: _Cues) -> bool:
    """Whether a word is "of" or opens with it elided ("de", "d'", "dell'")."""
    return word.lower().translate(_APOSTROPHES).split("'")[0] in cues.of_words


def _without_document_noun(name: str, cues: _Cues) -> str:
    """ "los datos del NIS", "les chiffres de l'ONU", "Polizeiangaben": the body the
    document is from."""
    words = name.split()
    if len(words) == 1 and (owner := _compound_owner(words[0], cues)) is not None:
        return owner
    for i, w in enumerate(words[:3]):
        if w.lower() in cues.attribution_nouns and i + 2 < len(words) + 1:
            rest = words[i + 1 :]
            # "le dernier rapport annuel de Terrasucre": an adjective or two before "of"
            of = next((j for j, r in enumerate(rest[:3]) if _of_word(r, cues)), 0)
            if of > 0 and all(r.islower() for r in rest[:of]):
                rest = rest[of:]
            if rest and rest[0].lower().translate(_APOSTROPHES).split("'")[0] in cues.of_words:
                tail = (
                    rest[1:]
                    if "'" not in rest[0].translate(_APOSTROPHES)
                    else [rest[0].translate(_APOSTROPHES).split("'", 1)[1], *rest[1:]]
                )
                if tail and any(_capitalised(t) for t in tail):
                    article = rest[0].lower()
                    if article in cues.genitive and cues.nominative is not None:
                        # "einem Bericht des Innenministeriums": Innenministerium
                        return cues.nominative(" ".join(tail), article)
                    return " ".join(tail)
            elif (
                rest
                and not cues.nouns_capitalised
                and (_capitalised(rest[0]) or (cues.genitive_owners and i == 0))
            ):
                # "дані Міноборони", "сводке областного министерства": the owner in its
                # case, no "of" (``genitive_owners``: no capital needed to tell it where the
                # noun opens the name; "naszych szacunków rannych" is the writer's own)
                return " ".join(rest)
    return name


def _same_person(a: str, b: str) -> bool:
    """Whether two names are one, the words of one all among the other's ("بارك",
    "النائب بارك جي-هون"; "Park", "deputowany Park Dzi Hun"; "HUR", "wywiad wojskowy HUR")."""
    wa, wb = {w.lower() for w in _WORD.findall(a)}, {w.lower() for w in _WORD.findall(b)}
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _one_name(subject: str) -> bool:
    """A subject that is one capitalised word and no figure ("Прокуратура", "Moscú")."""
    words = subject.split()
    return len(words) == 1 and _capitalised(words[0]) and not any(c.isdigit() for c in subject)


def _shares_stem(word: str, other: str) -> bool:
    """Whether two lower-case words share a stem: the same first five letters ("разведке",
    "разведки"), or the other's first five inside the word, a compound of it
    ("Militärgeheimdienst" holds "geheimdienst")."""
    if len(word) < 5 or len(other) < 5:
        return word == other
    return word[:5] == other[:5] or other[:5] in word


def _content_words(text: str, function_words: Collection[str]) -> set[str]:
    """A name's words other than function words, lower-case, brackets off ("(NIS)")."""
    words = (w.strip('()«»"').lower().translate(_APOSTROPHES) for w in text.split())
    return {w for w in words if w and w not in function_words}


class _Subject(str):
    """The subject opening the sentence before, where that one named no source: a pronoun
    or an unsaid subject may mean it, a back-reference with a noun only if it shares it."""

    __slots__ = ()


@dataclass(frozen=True)
class _Agent:
    """A name the sentence gives as someone passing on a figure. ``role``: "cited" (an
    outlet or intermediary cites it: the source), "source" (may be the source), "via"
    (passes on what another says); ``at`` is where its cue stands."""

    text: str
    at: int
    role: str
    anaphoric: bool = False
    according: bool = False  # named by an "according to" cue ("selon X", "selon lui")


def _with_compounds(
    cues: re.Pattern[str] | None, heads: list[str], nouns: list[str]
) -> re.Pattern[str] | None:
    """``cues`` and, where nouns join into one word (German), each of ``heads`` before a
    compound ending in an attribution noun ("nach Polizeiangaben", "nach
    Veranstalterzahlen"): the cue is the head alone, the compound the name after it."""
    endings = sorted(nouns, key=len, reverse=True)
    if not heads or not endings:
        return cues
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    ending = "|".join(re.escape(n) for n in endings)
    compound = rf"(?<![\w-])(?:{head})(?=\s+[^\W\d_]{{3,}}(?:{ending})(?![\w-]))"
    pattern = compound if cues is None else f"{cues.pattern}|{compound}"
    return re.compile(pattern, re.IGNORECASE)


def _alternation(phrases: Iterable[str], gap: bool = False) -> re.Pattern[str] | None:
    """Any of ``phrases`` as whole words, longest first, case-insensitively; with ``gap``,
    one word may stand after a phrase's first word ("a toutefois évoqué").

    Built as a trie (phrases sharing a beginning share its branch), not as a flat list of
    alternatives: a folder's complete verb tables run to 1,600 phrases, and a flat
    alternation tries every one of them at every position of every sentence (a fifth of a
    whole ingest's time). The trie matches the same spans: at each point it tries the longer
    continuation first, and a phrase's end must still be a word's end."""
    alts = {p.lower() for p in phrases if p}
    if not alts:
        return None
    entries: list[tuple[str, str]] = []
    for p in [p for p in alts if _SEPARATED in p]:
        # "gehe … aus": a separable verb, matched at its head where its particle closes the
        # clause ("Der Dienst gehe von rund 17.000 Soldaten aus, schreibt die Zeitung")
        alts.discard(p)
        head, _, particle = p.partition(_SEPARATED)
        entries.append((head, _word_end(head) + _closing_particle(particle)))
    if gap:
        rests: dict[str, list[str]] = {}
        for p in alts:
            first, _, rest = p.partition(" ")
            if rest:
                rests.setdefault(first, []).append(rest)
        for first, group in sorted(rests.items()):
            entries.append((first, _GAP + _trie((r, _word_end(r)) for r in group)))
    entries += [(p, _word_end(p)) for p in sorted(alts) if not (gap and " " in p)]
    # a phrase opening with punctuation (", przekazał") may follow a word directly
    words = [(k, end) for k, end in entries if k[0].isalnum()]
    others = [(k, end) for k, end in entries if not k[0].isalnum()]
    parts = [r"(?<!\w)" + _trie(words)] if words else []
    parts += [_trie(others)] if others else []
    return re.compile("(?:" + "|".join(parts) + ")", re.IGNORECASE)


#: A run of digits.
_DIGITS = re.compile(r"\d+")


#: A speaker's age as one word before the name ("56-летний", "67-річна", "52-letni")
_AGE_WORD = re.compile(r"\d{1,3}-[^\W\d_]{3,}")


def _name_at(sentence: str, agent: _Agent) -> int:
    """Where an agent's name stands in its sentence, from its cue on; -1 for none."""
    return sentence.find(agent.text, agent.at) if agent.text else -1


def _told_outlet(words: list[str]) -> bool:
    """Whether the words read are only a quoted name right after a verb of saying: the
    outlet told ("заявил «ДК» …"), when a speaker follows it."""
    return len(words) == 1 and words[0][:1] in _OPENING_QUOTES


#: A person's age in brackets after the name ("Ulrike Sendtner (58)", "Jan Nowak (58 l.)")
_AGE = re.compile(r"\(\d{1,3}(?:\s*[^\W\d_]{1,4}\.?)?\)$")

#: The comma opening an aside set off right after a verb of saying, and the most characters
#: such an aside (a time: ", na terça-feira,") runs to.
_SET_OFF_OPEN = re.compile(r"\s*,\s*")
_ASIDE_CHARS = 40
#: The longest small word linking a time aside's words ("na", "del", "w").
_LINK_LETTERS = 3

#: How far before a verb a phrase of time or occasion read past may start ("auf Anfrage")
_SKIP_REACH = 40

#: The longest elided preposition ("dell'", "nell'", "sull'")
_ELIDED_PREPOSITION = 4
#: How many words an owner in the genitive may run to after its noun of data ("дані Головного
#: управління розвідки"), read back from a relative pronoun.
_GENITIVE_OWNER_WORDS = 4

#: Lower-case words of an opener that may stand before a speaker's article ("chiusura")
_OPENER_WORDS = 3

#: Words this short are never read as verbs by their ending ("łono", "siano")
_MIN_VERB_FORM = 5

#: one word that may stand after a phrase's first word ("a toutefois évoqué")
_GAP = r"(?:\s+[^\W\d_]+)??\s+"


#: What splits a separable verb's head from its particle in a folder's list ("gehe … aus").
_SEPARATED = " … "
#: The most characters between a separable verb's head and its particle.
_SEPARATED_REACH = 160


#: A verb with its subject pronoun hyphened after it ("a-t-elle", "précise-t-il").
_INVERTED_PRONOUN = re.compile(r"(?<=[^\W\d_])(?:-t)?-([^\W\d_]+)\b")


def _named_word(word: str) -> bool:
    """Whether a word may be part of a name: a capital (past an elided article: "l'HUR"),
    or a script with no letter case."""
    first = word.translate(_APOSTROPHES).split("'")[-1][:1]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


def _holds_figure(words: list[str]) -> bool:
    """Whether a figure stands among the words (a digit in one of them)."""
    return any(ch.isdigit() for w in words for ch in w)


def _perfects(lex: Lexicon) -> list[str]:
    """The folder's perfects of saying as separable phrases, "hätten … gezählt": the
    auxiliary heads them and the participle closes the clause, as a separable verb's
    particle does (``perfect_auxiliaries``, ``perfect_participles``)."""
    participles = lex.words("perfect_participles")
    return [f"{a}{_SEPARATED}{p}" for a in lex.words("perfect_auxiliaries") for p in participles]


def _separated(lex: Lexicon) -> list[str]:
    """The folder's verbs of saying of a head and a separable particle ("rechnet vor",
    "fügte hinzu") as separated phrases too, "rechnet … vor": after what was said the
    speaker stands between them ("…, rechnet Hegewald vor"), past the reach of a phrase's
    one-word gap and where that gap would take the speaker for part of the verb."""
    particles = frozenset(w.lower() for w in lex.words("separable_particles"))
    out = []
    for phrase in lex.words("speech_verbs"):
        words = phrase.split()
        if len(words) == 2 and words[1].lower() in particles:
            out.append(f"{words[0]}{_SEPARATED}{words[1]}")
    return out


def _closing_particle(particle: str) -> str:
    """A lookahead for a separable verb's ``particle`` closing the clause after its head:
    no clause mark between them (a full stop inside a number, "17.000", is none)."""
    between = r"(?:[^,;:!?.\n]|\.(?=\d))"
    tail = re.escape(particle)
    return rf"(?={between}{{1,{_SEPARATED_REACH}}}?\s{tail}(?!\w)\s*(?:[,;:!?.]|$))"


def _word_end(phrase: str) -> str:
    """What must follow a phrase: a word's end, except after an elided phrase, which ends
    at its apostrophe with the next word glued on ("dall'Istat"), or after an Arabic
    one-letter preposition, written glued to the next word ("وفقا ل" + "وزارة": "وفقا لوزارة")."""
    last = phrase.rsplit(" ", 1)[-1]
    glued = " " in phrase and len(last) == 1 and _arabic(last)
    if phrase[-1] in "'’" or glued:
        return ""
    # An Arabic verb's vowel marks after its last letter belong to it ("أقرّ"). Only an
    # Arabic phrase gets the marks: no other script is written with them, and the class
    # repeated after every phrase of a folder was 45% of all cue patterns' text, doubling
    # the time to compile them (a worker's start-up, once per language).
    return r"[\u0610-\u061a\u064b-\u065f\u0670]*(?!\w)" if _arabic(phrase[-1]) else r"(?!\w)"


def _arabic(ch: str) -> bool:
    """True for a character of the Arabic block (letters, marks, digits, punctuation)."""
    return "\u0600" <= ch <= "\u06ff"


def _trie(entries: Iterable[tuple[str, str]]) -> str:
    """A regex of ``(key, what follows it)`` entries as a character trie; a space in a key
    matches any run of blanks."""
    root: dict[str, Any] = {}
    for key, end in entries:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        ends = node.setdefault("", [])
        if end not in ends:
            ends.append(end)
    return _trie_node(root)


#: Arabic short vowels and other marks a writer may set on a letter or leave out: a cue
#: the folder writes bare matches the text with them ("نقلا عن": "نقلًا عن"); one the
#: folder writes with a mark needs it ("بيّن", explained; "بين" is "between").
_MARKS_AFTER = "[\\u0610-\\u061a\\u064b-\\u064d\\u0651\\u0652\\u0670]*"


def _trie_char(ch: str) -> str:
    """One character of a cue: blanks as any run of them; an Arabic letter with any
    marks after it, so a cue listed bare matches text written with its vowels."""
    if ch == " ":
        return r"\s+"
    if "\u0621" <= ch <= "\u064a":
        return re.escape(ch) + _MARKS_AFTER
    return re.escape(ch)


def _trie_node(node: dict[str, Any]) -> str:
    branches = [
        _trie_char(ch) + _trie_node(child)
        for ch, child in sorted((k, v) for k, v in node.items() if k)
    ]
    branches += node.get("", [])  # ending here is tried after every longer phrase
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class _Cues:
    """The attribution cues of one language, compiled once: where they stand in a sentence
    and the names they introduce."""

    def __init__(self, lex: Lexicon) -> None:
        self.language = lex.language
        self._last: tuple[str, list[_Agent]] | None = None
        self._anaphoric: dict[str, bool] = {}
        # "Polizeiangaben": data named as one word with their owner (``compound_data``)
        self.compound_data = tuple(lex.words("compound_data"))
        self.numerals = frozenset(lex.number_words)
        self.weak_numbers = lex.set_of["weak_number_words"]
        self.number_reader = NumberWords.of(lex)
        self.according = _with_compounds(
            _alternation(lex.words("according_to")),
            lex.words("according_to_compounds"),
            list(self.compound_data),
        )
        # "وفقا للجهاز": a glued preposition before the article, whose letter it drops
        self.elided_articles: dict[str, str] = {
            str(k): str(v) for k, v in lex.mapping("elided_articles").items()
        }
        self.inflected = frozenset(lex.words("inflected_cues"))
        self.nominative = name_reader(lex) if self.inflected else None
        self.every_case = reads_every_case(lex)  # "оценке разведки": past the noun of data
        self.genitive = frozenset(w.lower() for w in lex.words("genitive_articles"))
        self.genitive_owners = bool(lex.data.get("genitive_owners"))
        self.criterion_nouns = lex.phrase_set("criterion_nouns")
        self.time_units = lex.set_of["time_units"]
        self.verb_first = bool(lex.data.get("verb_first"))
        self.according_after = _alternation(lex.words("according_to_after"))
        self.citing = _alternation(lex.words("citing"))
        self.cited_by = _alternation(lex.words("cited_by"))
        # "a toutefois évoqué", "ha inoltre detto": a word may stand inside a compound verb
        speech = [*lex.words("speech_verbs"), *_perfects(lex), *_separated(lex)]
        self.speech = _alternation(speech, gap=True)
        # "hat … geschätzt": an auxiliary matched as the head of a separated verb of saying
        # is no function word there
        self.separated_heads = frozenset(
            p.partition(_SEPARATED)[0] for p in speech if _SEPARATED in p
        )
        self.impersonal = _alternation(lex.words("impersonal_verbs"))
        # "on", "si", "se", "man": only these make a verb impersonal ("Експерти не
        # виключають" has its subject; "не" is a stop word, no pronoun)
        self.impersonal_pronouns = frozenset(w.lower() for w in lex.words("impersonal_pronouns"))
        # "sagt sie im Interview", "dice ella en la entrevista": the pronoun is the name
        self.personal_pronouns = lex.phrase_set("personal_pronouns")
        # "говорит он", "dice ella": one person, whom a person named before may be
        self.person_pronouns = lex.phrase_set("person_pronouns")
        # "Die Verluste beziffert er auf 6.800": a pronoun right after the verb is its
        # subject where the verb comes second, the words before it an object
        self.inverted_subjects = lex.phrase_set("inverted_subjects")
        # "że", "que", "dass": what opens a clause of what was said
        self.that_words = frozenset(w.lower() for w in lex.words("that_words"))
        self.verb_endings = tuple(w.lower() for w in lex.words("verb_endings"))
        self.ands = lex.phrase_set("ranges", "paired_joiners")  # "et", "y", "e"
        self.speaker_after_verb = bool(lex.data.get("speaker_after_verb"))
        self.subject_articles = lex.phrase_set("subject_articles")
        self.object_articles = lex.phrase_set("object_articles")
        # a time's preposition opening a sentence opens no subject ("Bis Heiligabend
        # kommen wir"), save one a name may open with ("Von der Leyen", "A Equipe")
        self.time_openers = time_openers(lex)
        self.person_titles = frozenset(str(t).lower() for t in lex.mapping("person_titles"))
        self.demonstratives = lex.phrase_set("demonstrative_pronouns")
        self.said_infinitives = lex.phrase_set("said_infinitives")
        self.what_relatives = tuple(lex.words("what_relatives"))
        # "ce que Moscou n'a pas confirmé", "Москва этого не подтвердила": no one says it
        self.negations = frozenset(w.lower() for w in lex.words("speech_negations"))
        self.negation_partners = frozenset(w.lower() for w in lex.words("negation_partners"))
        # "Esa cifra equivaldría": a determiner makes the verb-like word after it a noun
        self.noun_determiners = lex.phrase_set("noun_determiners")
        self.nobody = lex.phrase_set("nobody_words")
        # bounds and approximations that may open a figure ("almeno 3.100", "plus de 300")
        self.figure_words = _alternation(
            [*lex.words("bounds", "low"), *lex.words("bounds", "high"), *lex.words("approx")]
        )
        self.subject_pronouns = lex.phrase_set("subject_pronouns")
        self.addressees = lex.phrase_set("addressee_words")
        self.datives = _word_set(lex.words("dative_words"))
        self.subject_first_after = frozenset(lex.words("subject_first_after"))
        self.told_after = frozenset(lex.words("told_after_articles"))
        # the articles of the ones told before a speaker ("sagte den Abgeordneten die …")
        self.told_articles = self.told_after | self.object_articles
        self.relatives = lex.phrase_set("relative_pronouns")
        rel = _alternation(lex.words("relative_pronouns"))
        # "Zahlen der Bundesagentur, wonach": a relative pronoun that says "according to"
        self.relative_cues = _alternation(lex.words("relative_cues"))
        # a relative pronoun of several words right after an "according to" cue ("segundo
        # os quais", "según los cuales", "selon lesquels"): one word ("que") is too common
        self.relatives_after_cue = _alternation(
            w for w in lex.words("relative_pronouns") if " " in w or len(w) >= 5
        )
        # ", который X распространило", ", die die Kreisverwaltung verschickt hat"
        self.verb_first_relatives = bool(lex.data.get("speaker_after_verb"))
        self.relative_clause = (
            re.compile(rf"(,\s*|\s+)(?:{rel.pattern})\s+", re.I) if rel is not None else None
        )
        self.counts = frozenset(w for w, n in lex.number_words.items() if 1 < n < 100)
        self.auxiliaries = lex.phrase_set("auxiliaries")
        self.pro_drop = bool(lex.data.get("pro_drop"))
        self.agent_prepositions = _alternation(lex.words("agent_prepositions"))
        self.according_opening = _alternation(lex.words("according_to_opening"))
        self.own_account = _alternation(lex.words("own_account_cues"))
        # a verb of saying after an article is a noun ("la cifra", "le dit")
        self.articles = frozenset(w.lower() for w in lex.words("number_articles"))
        # what opens the speaker after who was told: an article or a possessive
        self.speaker_openers = self.articles | lex.phrase_set("speaker_possessives")
        self.self_names = frozenset(w.lower() for w in lex.words("publisher", "self_names"))
        self.definite_prefixes = tuple(
            sorted(lex.words("definite_prefixes"), key=len, reverse=True)
        )
        # articles a vowel elides onto the next word ("l'HUR", "dell'Istat"): "l"
        self.articles_elided = frozenset(
            a.rstrip("'’") for a in self.articles if len(a.rstrip("'’")) == 1
        )
        self.nouns_capitalised = bool(lex.data.get("nouns_capitalised"))
        self.name_connectors = lex.phrase_set("name_connectors")
        self.anaphoric_cues = _alternation(lex.words("anaphoric_cues"))
        self.retro = _alternation(lex.words("retro_cues"))
        # a figure's own words end a name too: "nach Angaben des Militärs rund 3000"
        figure_words = [
            *lex.words("approx"),
            *lex.words("bounds", "low"),
            *lex.words("bounds", "high"),
            *lex.number_words,
            *lex.vague_plurals,
            *lex.vague_multipliers,
        ]
        articles = set(lex.words("number_articles")) | set(lex.words("weak_number_words"))
        # a source stop stops a name even where it is an article before numbers too ("à",
        # "ao", "alla": "afirmaram fontes diplomáticas à Folha")
        self.stops, self.stop_stems = _word_set(
            [
                *(w.split()[0] for w in lex.words("source_stops") if w),
                *(
                    first
                    for w in figure_words
                    if w
                    and (first := w.split()[0]) not in articles
                    and (" " not in w or len(first) > 3)
                ),
                # "un paio di": past the article, the amount's own word
                *(
                    w.split()[1]
                    for w in lex.vague_multipliers
                    if w.count(" ") >= 1 and w.split()[0] in articles and len(w.split()[1]) > 3
                ),
            ]
        )
        skips = [
            *lex.words("source_skips"),
            *lex.mapping("month_numbers"),
            *lex.set_of["time_units"],
        ]
        self.skips, self.skip_stems = _word_set(skips)
        # a time phrase of several words between a verb of saying and its speaker
        # ("confiait tout à l'heure la maire", "ha detto poco fa il sindaco")
        phrases = [w for w in lex.words("source_skips") if " " in w.strip()]
        self.skip_phrase = _alternation(phrases)
        # the same phrases right before a verb closing its clause ("wie das Amt auf Anfrage
        # mitteilte"): read past, back to the speaker
        self.skip_phrase_before = (
            re.compile(f"(?:{self.skip_phrase.pattern})\\s*$", re.IGNORECASE)
            if self.skip_phrase is not None
            else None
        )
        self.function_words = lex.phrase_set("function_words") | lex.of_words
        self.of_words = lex.of_words
        # "do segundo semestre": an article or "of" before a one-word cue makes it an ordinal
        self.ordinal_openers = self.articles | frozenset(self.of_words)
        # the folder's relative times ("الشهر الماضي", "в прошлом месяце", "el año pasado"):
        # a name read after a verb of saying ends where one begins
        self.time_phrase = _alternation(
            [*lex.mapping("time", "relative"), *lex.mapping("time", "days")]
        )
        self.time_phrase_before = (
            re.compile(f"(?:{self.time_phrase.pattern})\\s*$", re.IGNORECASE)
            if self.time_phrase is not None
            else None
        )
        self.attribution_nouns = lex.set_of["attribution_nouns"]
        # "وفق خطتها", "بحسب بياناته": a noun of data with a pronoun glued on is whose it is
        self.possessive_suffixes = sorted(lex.words("possessive_suffixes"), key=len, reverse=True)
        # "خطتها": the stem's last letter before the suffix, as the noun ends alone ("خطة")
        self.possessive_stem_endings = {
            str(k): str(v) for k, v in lex.mapping("possessive_stem_endings").items()
        }
        self.indefinite = lex.set_of["weak_number_words"]
        retro_words = {w for c in lex.words("retro_cues") for w in c.split()}
        # one-word retro cues ("lo"): an object pronoun after a comma, pointing back
        self.retro_words = frozenset(c.lower() for c in lex.words("retro_cues") if " " not in c)
        self.data_words = self.attribution_nouns | retro_words
        anaphors = [w for p in lex.words("anaphoric_subjects") for w in p.split()]
        anaphors += [w.split("'")[-1] for w in anaphors if "'" in w]  # "l'officier"
        self.anaphors, self.anaphor_stems = _word_set(anaphors)
        self.proclitics = tuple(sorted(lex.words("proclitics"), key=len, reverse=True))
        self.reflexives = frozenset(w.lower() for w in lex.words("reflexive_pronouns"))
        self.clitics = frozenset(w.lower() for w in lex.words("object_clitics"))
        self.outlets = load_outlets()
        # adjectives follow their noun ("l'agence sanitaire"): kinds.after_noun
        self.adjectives_after = bool((lex.data.get("kinds") or {}).get("after_noun"))
        self.channels = frozenset(w.lower() for w in lex.words("impersonal_channels"))
        self.channel_prepositions = frozenset(
            str(p).lower() for p in dict(lex.data.get("impersonal_prepositions") or {})
        )
        # words no source opens with: the folder's prepositions (not its source_stops,
        # which hold names in the nominative too: Polish "seul", "kijów")
        self.not_openers = frozenset(lex.words("prepositions"))
        self.own_documents = frozenset(lex.words("own_document_nouns"))
        self.writer_sums = _alternation(lex.words("writer_sums"))
        self.writer_sum_words = tuple(lex.words("writer_sums"))  # found inside runs (ja, zh)
        self.media_words = frozenset(c for c in lex.words("media_cues") if " " not in c)
        self.speaker_nouns = _word_set(
            [
                *lex.words("person_nouns"),
                *lex.words("relaying_roles"),
                *lex.words("spokesperson_nouns"),
            ]
        )
        self.media_phrases = tuple(c for c in lex.words("media_cues") if " " in c)
        self.person_words = _word_set(lex.words("person_nouns"))
        # "Sus analistas creen", "ses experts estiment": "its" before people of a body
        self.body_possessives = frozenset(w.lower() for w in lex.words("body_pronouns"))
        self.person_references = frozenset(
            " ".join(w.lower().translate(_APOSTROPHES).split())
            for w in lex.words("person_references")
        )
        # the one speaking ("io", "мне"), and the writer's "we" ("nos"): no name after a cue
        self.speaker_first_person = lex.phrase_set("speaker_first_person")
        self.first_persons = self.speaker_first_person | lex.phrase_set("publisher", "first_person")
        self.names_before_titles = bool(lex.data.get("names_before_titles"))
        # spaCy's stop words (pronouns, question words, particles: "was", "wer", "что")
        self.stop_words = stop_words(lex.language)
        # pymorphy3 tells a first name ("Олександра") from a place ("Північної")
        self.morph_language = lex.language if lex.data.get("name_reader") == "pymorphy3" else None

    # -- finding -------------------------------------------------------------------------
    def _negated(self, sentence: str, at: int) -> bool:
        """Whether a negation (``speech_negations``) stands right before the verb of
        saying at ``at``, in its clause, glued on where elided ("n'ont confirmé") or a word
        of its own, past one short object pronoun ("no lo ha confirmado"): who denies or
        does not confirm a figure gives none. Where the folder gives a negation's partners
        (French "pas", "ni"), one stands in the clause too: "n'en recensait que 1 100"
        restricts, it does not deny."""
        if not self.negations:
            return False
        start = max(0, at - _NEGATION_REACH)
        tail = _within_clause(sentence[start:at], last=True)
        start = at - len(tail)
        words = [w.lower().replace("’", "'") for w in re.findall(r"[^\W\d_]+['’]?", tail)]
        if start and words and tail.startswith(words[0]) and sentence[start - 1].isalpha():
            words = words[1:]  # a word the reach cut ("verano": "no")
        if words and len(words[-1]) <= 3 and words[-1] not in self.negations:
            words = words[:-1]  # "lo", "это" is no negation; "не" before it is
        if not words or words[-1] not in self.negations:
            return False
        if not self.negation_partners:
            return True
        reach = 3 * _NEGATION_REACH  # "ce que ni Moscou ni Pyongyang n'ont confirmé"
        clause = _within_clause(sentence[max(0, at - reach) : at], last=True) + _within_clause(
            sentence[at : at + reach], last=False
        )
        return any(w.lower() in self.negation_partners for w in re.findall(r"\w+", clause))

    def agents(self, sentence: str) -> list[_Agent]:
        """Every name the sentence gives with an attribution cue; remembered for the last
        sentence, which each of its figures asks about."""
        if self._last is not None and self._last[0] == sentence:
            return list(self._last[1])
        found = self._agents(sentence)
        self._last = (sentence, found)
        return list(found)

    def _agents(self, sentence: str) -> list[_Agent]:
        cue_starts = self._cue_starts(sentence)
        found: list[_Agent] = []
        # "selon ses estimations" is a back-reference, not a source named "ses estimations";
        # so is "jej zdaniem", whose cue "zdaniem" stands inside the back-reference
        pointing_spans = [  # "على حد قوله": a back-reference's own words hold no cue
            (c.start(), c.end())
            for c in (self.anaphoric_cues.finditer(sentence) if self.anaphoric_cues else ())
        ]
        pointing = {a for a, _ in pointing_spans}
        if self.own_account is not None:  # "d'après ses propres calculs": the subject's
            pointing |= {m.start() for m in self.own_account.finditer(sentence)}
        if self.relative_cues is not None:
            for m in self.relative_cues.finditer(sentence):
                # "verwies auf Zahlen der Bundesagentur für Arbeit, wonach …": the cue is
                # the relative pronoun itself, its antecedent the source
                owner = (
                    self._relative_antecedent(sentence, m.start())
                    if sentence[: m.start()].rstrip().endswith(",")
                    else None
                )
                # a name of several words or an acronym: "Gerüchte, wonach …" is what is
                # rumoured, no one saying it
                if owner and (" " in owner or owner.isupper()):
                    found.append(_Agent(owner, m.start(), "source", according=True))
        if self.according is not None:
            for m in self.according.finditer(sentence):
                if (
                    m.start() in pointing
                    or any(a <= m.start() < b for a, b in pointing_spans)
                    or self._mine(sentence, m.start())
                    or self._ordinal(sentence, m)
                ):
                    continue
                start = m.end()
                if m.group()[:1] in ",–—-":
                    # "– przekazał nam oficer": a closing verb's cue, who was told after it
                    start = self._past_told_words(sentence, start)
                gap = len(sentence) - len(sentence[start:].lstrip())
                if self.relatives_after_cue is not None and self.relatives_after_cue.match(
                    sentence, gap
                ):
                    # "dados do Ministério do Trabalho, segundo os quais": the one whose
                    # data the relative pronoun points back to
                    if owner := self._relative_antecedent(sentence, m.start()):
                        found.append(_Agent(owner, m.start(), "source", according=True))
                    continue
                verb = self.speech.match(sentence, gap) if self.speech is not None else None
                if verb is not None:
                    start = verb.end()  # "segundo apurou o Portal Norte", "según informó X"
                name = self._after(sentence, start, cue_starts - {gap}, cued=True)
                if name and " " not in name and name.islower():
                    # "stando a quanto raccontato ai cronisti dal deputato X": a participle
                    # the folder does not list, then who told it after an agent preposition
                    name = self._agent_after(sentence, start, name, cue_starts) or name
                if name:
                    # "Segundo o presidente da entidade, Wanderley Bastos Neto, ...": the
                    # role's holder named in apposition
                    name = self._with_holder(sentence, start, name, cue_starts, cued=True)
                name = name or self._past_adverbial(sentence, start, cue_starts - {gap})
                name = name or self._data_told(sentence, start, cue_starts)
                if (name is None or self._ownerless_document(name)) and (
                    self._names_document(sentence, start)
                    # "Nach Erkenntnissen, die der NIS … vorgelegt habe": the cue's own noun
                    or self.is_data_noun(m.group().split()[-1].lower())
                ):
                    name = self._relative_giver(sentence, start, cue_starts) or name
                if name:
                    name = self._restored_article(m.group(), name)
                if name:
                    given = self._data_giver(sentence, m.end(), name, cue_starts, m.start())
                    if given and given != name and (at := sentence.find(given, m.end())) >= 0:
                        # "secondo il bilancio presentato dal comandante provinciale, il
                        # colonnello Davide Ruggeri": the role's holder in apposition
                        given = self._with_holder(sentence, at, given, cue_starts, cued=True)
                    name = given
                    if self._channel_only(name):
                        # "según un comunicado": the statement of the clause's subject
                        name = self.main_subject(sentence) or ""
                        if not name:
                            continue
                    if self._criterion(name):
                        continue  # "selon la gravité des séquelles": depending on it
                    if self.nominative is not None and (owner := self._data_owner(name)):
                        name = self.nominative(owner, "")  # "согласно оценке разведки"
                    elif self.nominative is not None and m.group().lower() in self.inflected:
                        # "по данным разведки": "разведка"; "за словами директора КП «...»
                        # Олександра Сича": the person, by name
                        name = self.nominative(self._titled_person(name), m.group())
                    found.append(_Agent(name, m.start(), "source", according=True))
        if self.according_opening is not None:  # "Per il ministero dei Trasporti, invece,"
            for m in self.according_opening.finditer(sentence):
                if name := self._opening_source(sentence, m, cue_starts):
                    found.append(_Agent(name, m.start(), "source", according=True))
        if self.according_after is not None:  # "Schätzungen zufolge"
            for m in self.according_after.finditer(sentence):
                if any(a <= m.start() < b for a, b in pointing_spans):
                    continue
                if name := self._before(sentence, m.start(), cue_starts):
                    found.append(_Agent(name, m.start(), "source"))
        if self.anaphoric_cues is not None:
            for m in self.anaphoric_cues.finditer(sentence):
                found.append(_Agent(m.group(), m.start(), "source", True, according=True))
        own: set[str] = set()  # "d'après ses propres calculs, X estime": X is the verb's too
        if self.own_account is not None:
            for m in self.own_account.finditer(sentence):
                if name := self._subject(sentence, m.start(), cue_starts, m.end()):
                    found.append(_Agent(name, m.start(), "source"))
                    own.add(name.lower())
        # "…, que cite l'agence Belga": the outlet after a cue of being cited passes on what
        # stands before; its verb "cite" is no cue of citing what follows
        passive = [
            (c.start(), c.end())
            for c in (self.cited_by.finditer(sentence) if self.cited_by is not None else ())
        ]
        cited = [
            (m.start(), name)
            for m in (self.citing.finditer(sentence) if self.citing is not None else ())
            if not any(a <= m.start() < b for a, b in passive)
            and (name := self._cited_after(sentence, m.end(), cue_starts))
        ]
        named = {a.text.lower() for a in found} - own | {name.lower() for _, name in cited}
        if self.speech is not None:
            # "Об этом заявил X": the speaker stands after the verb
            retro = self.retro is not None and self.retro.match(sentence.lstrip()) is not None
            cue_ends = (
                {c.end() for c in self.according.finditer(sentence)}
                if self.according is not None
                else set()
            )
            for m in self.speech.finditer(sentence):
                if any(not sentence[e : m.start()].strip() for e in cue_ends if e <= m.start()):
                    continue  # "según informó X": the cue's own verb, X read with the cue
                if any(a <= m.start() < b for a, b in pointing_spans):
                    continue
                if m.start() and sentence[m.start() - 1] in _OPENING_QUOTES and not self.verb_first:
                    # 'afirmou que o painel "considera apenas …"': what was said; a language
                    # putting verbs first names the speaker after one ("«أكد لنا الجهاز")
                    continue
                if (
                    self._after_article(sentence, m.start())
                    and not (retro and not sentence[: m.start()].strip().count(" "))
                    and not self._clause_retro(sentence, m.start())
                ):
                    # "Es la cifra más alta": a noun, not "cifra" (quantifies); "Lo ha
                    # reso noto X" opens with its retro cue, an object pronoun
                    continue
                if self.what_relatives and sentence[
                    max(0, m.start() - _WHAT_REACH) : m.start()
                ].rstrip().endswith(self.what_relatives):
                    continue  # "…، وهو ما نفاه الوزاني": what one denied, no figure of theirs
                if self._impersonal(sentence, m.start()):
                    continue  # "On estime que", "Si stima che": a body only where one is named
                if self._negated(sentence, m.start()):
                    continue  # "ce que ni Moscou ni Pyongyang n'ont confirmé": no one's figure
                before = None if retro else self._before(sentence, m.start(), cue_starts)
                before = self._agreeing_subject(before, m.group())
                if (
                    self.inverted_subjects
                    and (after_verb := sentence[m.end() : m.end() + _WORD_REACH].split()[:1])
                    and (pronoun := after_verb[0].strip(",.;:")) in self.inverted_subjects
                ):
                    before = pronoun  # "Die Verluste beziffert er": he, not the losses
                if before is not None and len(words := before.split()) > 1:
                    # "воно ж називало": past a particle of one or two letters after it
                    while (
                        len(words) > 1
                        and len(words[-1]) <= 2
                        and words[-1].islower()
                        and words[-1] not in self.person_pronouns  # "… с Россией он оценил"
                    ):
                        words = words[:-1]
                    if words[-1].lower() in self.person_pronouns:
                        before = words[-1]  # "Сумарні втрати КНДР він оцінює": he, not the DPRK
                if before is not None and (
                    _after_figure(sentence, before)
                    or _counted(sentence, before, self.nouns_capitalised)
                    or self._opens_with_number(before)
                ):
                    before = None  # "1,4 Md$ en pétrole, …, nous a confié un diplomate"
                if before is not None and before.lower() in self.demonstratives:
                    before = None  # "Cela porte à sept le nombre ..., précise-t-il"
                if before is not None and any(n in before.lower() for n in named):
                    before = None  # "unter Berufung auf X berichtete Y": X is the cue's
                    # "Агентство Рёнхап со ссылкой на X сообщило": the citer opens the clause
                    cite_at = max((at for at, _ in cited if at < m.start()), default=None)
                    if cite_at is not None:
                        before = self._before(sentence, cite_at, cue_starts)
                inverted = self._after_said(sentence, m.start())
                closing = _closing_verb(sentence, m, self.function_words)
                told = self._past_addressee(sentence, self._past_channel(sentence, m.end()))
                if closing or inverted:
                    # "disse à Tribuna, na terça-feira, um porta-voz": past a time set off
                    told = self._past_time_aside(sentence, told)
                # ", ont indiqué deux responsables ukrainiens": counted speakers
                # "relatam professores ouvidos pela reportagem": people an outlet heard
                heard = closing or self._heard_after(sentence, told)
                after = self._after(sentence, told, cue_starts, cued=heard, counted=inverted)
                after = self._before_object(after)
                if (
                    after
                    and self.nouns_capitalised
                    and fold(after.split()[0]) in self.object_articles
                ):
                    after = None  # "58 Prozent schreiben ihren Wunschzettel": what they write
                if after and after.split()[0].lower() in self.said_infinitives:
                    after = None  # "38 des 41 officines déclarent avoir refusé …"
                if after is not None and (inverted or self.speaker_after_verb):
                    # "a ajouté sa déléguée générale, Anne Morel": the role's holder named
                    after = self._with_holder(sentence, told, after, cue_starts, not inverted)
                if after is None and inverted:
                    after = self._unknown_role_holder(sentence, told, cue_starts)
                if after is None and inverted:
                    # "– wylicza w opublikowanym w piątek raporcie Centrum Analiz": the body
                    # owning the channel past the words describing it
                    after = self._described_channel_owner(sentence, told, cue_starts)
                if after is None and told != m.end():
                    # "informou a Defesa Civil em comunicado": no one after what looked like
                    # the told part, so that was the speaker ("a" is also an article)
                    after = self._after(sentence, m.end(), cue_starts, cued=closing)
                if (
                    m.group().split()[-1].lower() in self.function_words
                    and m.group().lower() not in self.separated_heads
                ):
                    after = None  # "fala em adesão de 12%", "cifra en 12.000 los": what is said
                if before is None and not retro and self._coordinated(sentence, m.start()):
                    # "A Secretaria contesta o número e fala em 12%": the clause's subject
                    before = self.subject_phrase(sentence)
                antecedent = self._antecedent(sentence, m.start())
                if antecedent is not None:
                    # "la ministra, que anunció además una partida": the name before the
                    # relative pronoun speaks (named already when a cue gave it), the words
                    # after the verb are what was said
                    before = None if found else self._before(sentence, antecedent, cue_starts)
                    after = None
                if after and before is None and not retro and antecedent is None:
                    # "L'intelligence sudcoreana (NIS), in un'audizione ..., ha indicato una
                    # cifra", "НСР на брифинге ... оценила число погибших": past an aside the
                    # named subject opening the sentence speaks; what follows is said
                    after = self._subject_past_aside(sentence, m, after) or after
                if (
                    after
                    and not before
                    and fold(after.split()[0]) in self.function_words
                    and self._after_dash(sentence, m.start())
                ):
                    after = None  # "– opowiada przez tłumacza": how it was said, by no one
                if (
                    before
                    and after
                    and self._data_led(sentence[_clause_start(sentence, m.start()) : m.start()])
                ):
                    # "Die Zahl der Verwundeten schätzt der Geheimdienst auf": the data
                    # opening the clause are the verb's object, its subject follows
                    before = None
                after_first = (
                    self.speaker_after_verb and not self._subject_first(sentence, before, m.start())
                ) or self._subject_after(sentence[: m.start()], after)
                if (
                    inverted
                    and after
                    and before
                    and sum(map(_capitalised, after.split())) >= 2
                    and after.split()[0].lower() not in self.object_articles
                    and self._relative_just_before(sentence, m.start())
                ):
                    # "Geld, das die Stadt gut gebrauchen könne, sagt Bürgermeisterin Anke
                    # Meier": a relative clause closing right before the verb describes its
                    # object; the person named after the verb speaks (not "sagte dem
                    # „Spiegel“", "veranschlagt die Sanierung": its objects)
                    after_first = True
                name = (after or before) if after_first else (before or after)
                if not name and retro and antecedent is None:
                    # "Такие данные Национальная служба разведки привела в среду": the
                    # speaker between the retro cue and its verb
                    name = self._after_retro(sentence, m.start(), cue_starts)
                if (after or not name) and self._pronoun_subject(sentence, m.start()):
                    # "أعلنت الوزارة ... أنها تقدّر صابة الموسم", "Elle chiffre les pertes
                    # à": the pronoun says it, the words after the verb are what is said
                    # (not "Il a ajouté que le service …", whose inner speaker is read)
                    found.append(_Agent("", m.start(), "source", anaphoric=True))
                elif name:
                    role = "via" if self._publishes_cued(sentence, m.start(), found) else "source"
                    found.append(_Agent(name, m.start(), role))
                elif (
                    (self.pro_drop and not retro and self._opens_clause(sentence, m.start()))
                    or (self.pro_drop and not retro and _closes_sentence(sentence, m))
                    or self._inverted(m.group())
                    or (not retro and self._after_dash(sentence, m.start()))
                ):
                    # "Calcula que", "Inoltre stima che", "a-t-il déclaré": the speaker is
                    # unsaid or a pronoun glued to the verb
                    found.append(_Agent("", m.start(), "source", anaphoric=True))
        if self.cited_by is not None:
            for m in self.cited_by.finditer(sentence):
                if name := self._after(sentence, m.end(), cue_starts, cued=True):
                    found.append(_Agent(name, m.start(), "via"))
                    head = sentence[: m.start()].rstrip()
                    if head.endswith(",") and not any(
                        a.at < m.start() and a.role != "via" for a in found
                    ):
                        # "Министерство …, на которое ссылается газета, с января насчитало":
                        # the one the outlet cites, though its verb stands far on
                        cited_one = self._before(sentence, len(head) - 1, cue_starts)
                        if cited_one is not None and any(
                            a.role == "source" and a.at > m.start() and a.text == cited_one
                            for a in found
                        ):
                            # "Deputowany X, cytowany przez dziennik, relacjonował, że NIS
                            # szacuje": the cited one speaks with a verb of its own, which
                            # ranks it among the other speakers
                            cited_one = None
                        if cited_one is not None and not self.is_media(cited_one):
                            found.append(_Agent(cited_one, len(head) - 1, "cited"))
        for at, name in cited:
            if not any(a.at < at and a.role == "source" for a in found):
                # "L'agence AFP a cité l'état-major :", "Agencja PAP zacytowała Sztab": the
                # outlet whose verb cites, no verb of saying of its own, passes it on
                citer = self._before(sentence, at, cue_starts)
                if citer is not None and self.is_media(citer):
                    found.append(_Agent(citer, at, "via"))
            found = _citer_passes_on(found, at)
            cue = self.citing.match(sentence, at) if self.citing is not None else None
            if self.nominative is not None and cue and cue.group().lower() in self.inflected:
                name = self.nominative(name, cue.group())  # "со ссылкой на чиновников"
            found.append(_Agent(name, at, "cited"))
        if not found and (tagged := self._quote_tag(sentence, cue_starts)) is not None:
            found.append(tagged)
        if not found and (opener := self._that_clause_speaker(sentence)) is not None:
            found.append(opener)
        # "«...», على حد قوله": a back-reference after a speaker the sentence names means it
        return [
            a
            for a in found
            if not (
                a.anaphoric
                and a.text
                and any(b.at < a.at and not b.anaphoric and b.text for b in found)
            )
        ]

    def _data_led(self, phrase: str) -> bool:
        """Whether a phrase opens with a noun of data past its article ("Die Zahl der
        Verwundeten", "La cifra de heridos"): what is counted, not who counts it."""
        words = [w.lower() for w in phrase.split() if w.lower() not in self.articles]
        return bool(words) and words[0] in self.attribution_nouns

    def _agent_after(
        self, sentence: str, start: int, word: str, cue_starts: set[int]
    ) -> str | None:
        """The agent after a participle read as a name (``word``), past the few words of
        whom it was told to, before the clause ends ("raccontato ai cronisti dal deputato
        Kwon Tae-sung"); None where no agent preposition follows."""
        if self.agent_prepositions is None:
            return None
        at = sentence.find(word, start)
        if at < 0:
            return None
        end = min(_clause_end(sentence, at), at + len(word) + _AGENT_REACH)
        m = self.agent_prepositions.search(sentence, at + len(word), end)
        if m is None:
            return None
        agent = self._after(sentence, m.end(), cue_starts, cued=True)
        if not agent or self.is_media(agent):
            return None  # "segundo analistas ouvidos pela agência Lusa": the outlet relays
        return agent if any(_capitalised(w) for w in agent.split()) else None

    def _that_clause_speaker(self, sentence: str) -> _Agent | None:
        """ "Radny Kamil Wrzos wytknął, że z 150 mieszkań powstało 46": a named subject
        opening the sentence, one or two words of a verb the folder does not list, then a
        word opening what was said (``that_words``): the subject says it. A proper name only,
        as ``colon_quote_subject`` reads it ("El problema es que" names no one)."""
        if not self.that_words:
            return None
        name = self.subject_phrase(sentence)
        if not name or not sentence.startswith(name) or self.is_anaphoric(name):
            return None
        proper = [w for w in name.split()[1:] if _capitalised(w)]
        if len(proper) < (2 if self.nouns_capitalised else 1):
            return None
        after = len(name)
        if (m := _BRACKET_AFTER.match(sentence, after)) is not None:
            after = m.end()  # "Radny Kamil Wrzos (Wspólny Radomierz) wytknął, że"
        words = list(_WORD.finditer(sentence, after))[: _TAG_VERB_WORDS + 1]
        parts = name.split()
        if words and words[0].group().lower() in self.that_words and parts[-1].islower():
            # the verb read into the name ("Radny Kamil Wrzos (Wspólny Radomierz) wytknął")
            bare = _BRACKET_END.sub("", " ".join(parts[:-1]))
            return _Agent(bare, len(bare), "source") if bare else None
        for i, w in enumerate(words):
            low = w.group()
            if low.lower() in self.that_words:
                return _Agent(name, words[0].start(), "source") if i else None
            if not low.islower() or (
                (i or low not in self.auxiliaries)
                and (low in self.function_words or low in self.not_openers or self._stop(low))
            ):
                return None
        return None

    def _quote_tag(self, sentence: str, cue_starts: set[int]) -> _Agent | None:
        """ "« Nous emprunterons 2,5 millions », a tranché le bourgmestre": after a closing
        quotation mark and its comma or dash, a verb the folder does not list, then a name,
        is a tag naming who said it (the verbs of saying are an open class there)."""
        m = _QUOTE_TAG.search(sentence)
        if m is None:
            return None
        # the verb: lower-case words up to an article or a capitalised word, the first of
        # them may be an auxiliary ("a tranché", "ha tagliato corto", "uciął")
        words = list(_WORD.finditer(sentence, m.end()))[: _TAG_VERB_WORDS + 1]
        k = 0
        for i, w in enumerate(words):
            low = w.group()
            if low in self.articles or not low.islower():
                break
            if (i or low not in self.auxiliaries) and (
                low in self.function_words or low in self.not_openers or self._stop(low)
            ):
                return None  # "», mais la mairie refuse": a clause goes on, no tag
            k = i + 1
        if not 1 <= k <= _TAG_VERB_WORDS or k == len(words):
            return None
        start = words[k].start()
        name = self._after(sentence, start, cue_starts, cued=True)
        if name and words[k].group() in self.articles:  # "le bourgmestre, Didier X,"
            name = self._with_holder(sentence, start, name, cue_starts, cued=True)
        elif not name or not any(_capitalised(w) or w.isupper() for w in name.split()):
            return None
        return _Agent(name, m.end(), "source") if name else None

    def _subject_first(self, sentence: str, before: str | None, verb_at: int) -> bool:
        """Whether the name right before a verb of saying opens a clause whose subject
        comes first (``subject_first_after``: "بأن جهاز الاستخبارات الوطني أبلغ اللجنة"):
        that name speaks, not the words after the verb, in a verb-first language."""
        if not before or not self.subject_first_after:
            return False
        at = sentence.rfind(before, 0, verb_at)
        words = sentence[:at].split() if at >= 0 else []
        return bool(words) and words[-1] in self.subject_first_after

    def _ordinal(self, sentence: str, cue: re.Match[str]) -> bool:
        """Whether a one-word cue is an ordinal ("do segundo semestre", "il secondo
        trimestre"): an article or "of" before it, or a unit of time after it."""
        if " " in cue.group().strip():
            return False
        # one word each side, read from a few characters only: a sentence of many cues
        # stays linear
        before = sentence[max(0, cue.start() - _WORD_REACH) : cue.start()].split()
        if before and before[-1].lower() in self.ordinal_openers:
            return True
        after = sentence[cue.end() : cue.end() + _WORD_REACH].split()[:1]
        return bool(after) and after[0].lower().strip(",.;:") in self.time_units

    def _mine(self, sentence: str, at: int) -> bool:
        """Whether a first-person possessive stands right before an "according to" cue at
        ``at`` ("Moim zdaniem", "по-моему"), or right after it past an article ("Secondo i
        miei calcoli", "Según mis cálculos"): the one speaking, no name after the cue."""
        words = sentence[:at].split()
        if words and words[-1].lower().strip(_QUOTE_CHARS) in self.first_persons:
            return True
        after = sentence[at:].split()[1:4]
        while after and after[0].lower() in self.articles:
            after = after[1:]
        return bool(after) and after[0].lower() in self.speaker_first_person

    def _pronoun_subject(self, sentence: str, at: int) -> bool:
        """Whether the word right before a verb of saying at ``at`` is one of the folder's
        ``subject_pronouns``: the verb's subject."""
        words = sentence[:at].split()
        return bool(words) and words[-1].lower() in self.subject_pronouns

    def opening_subject(self, sentence: str) -> str | None:
        """How a sentence opens: None unless with an article ("La police a procédé",
        "L'intersyndicale", "Die Bahn plant"), whose subject tells its own figures rather
        than the sentence before; the subject's words when it refers back to a source
        ("Le ministère prévoit", "El organismo"), else ""."""
        toks = [m.group() for m in _TOKEN.finditer(sentence, 0, min(len(sentence), 80))][:5]
        if not toks:
            return None
        head = toks[0].lower().translate(_APOSTROPHES)
        if head not in self.articles and head.split("'")[0] not in self.articles:
            return None
        if any(
            w.lower().translate(_APOSTROPHES).split("'")[-1] in self.attribution_nouns
            for w in toks[:2]
        ):
            return None  # "O número de mortos chegou a 157": the data the source gave goes on
        for k in range(min(3, len(toks)), 0, -1):  # a long word may leave fewer than three
            phrase = " ".join(toks[:k])
            if k > 1 and toks[k - 1].lower() in self.function_words:
                continue  # "Il sindaco ha": the subject ends before its verb
            # made of back-reference words only: the words after its noun may be its verb
            if all(w[:1].isalpha() for w in toks[:k]) and self._is_anaphoric(phrase):
                if self._titled(toks, k):
                    return ""  # "La ministre du Travail a promis": a new name, no reference
                return phrase if "'" in head or k > 1 else ""
        return ""

    def _titled(self, toks: list[str], k: int) -> bool:
        """Whether the back-reference made of ``toks[:k]`` goes on as a title: an "of" word,
        then a capitalised word ("La ministre du Travail", "el ministro de Defensa")."""
        for i in (k - 1, k):
            if 0 < i < len(toks) - 1 and toks[i].lower() in self.of_words:
                return _capitalised(toks[i + 1])
        return False

    def subject_phrase(self, sentence: str, back_references: bool = False) -> str | None:
        """The noun phrase opening a sentence ("Le ministère de la Défense a publié un
        bilan", "Il Pentagono è più cauto", "El Ministerio reconoce el problema"): whom a
        pronoun or an unsaid subject of the next sentence means ("Il estime que", "Stima
        che"). It opens with a capital and ends before its verb: an auxiliary or another
        function word that is no article or "of" word ("a", "ha", "è"), a stop word, a
        lower-case word followed by such a word ("publicó su informe") or standing right
        after a capitalised name ("Sirski hizo balance"). None for a pronoun, a
        back-reference (kept with ``back_references``: "Il sindaco ha promesso"), or a
        phrase running into a figure ("Otros 2.000 murieron")."""
        toks = [m.group() for m in _TOKEN.finditer(sentence, 0, min(len(sentence), 240))]
        toks = toks[: _MAX_NAME_WORDS + 2]
        if not toks or not toks[0][:1].isupper():
            return None
        if toks[0].lower() in self.object_articles:
            return None  # "Den Anfang machte Südkoreas UN-Botschafterin": an object opens it
        if toks[0].lower() in self.time_openers:
            return None  # "Bis Heiligabend kommen wir wohl auf …": a time opens it
        if any(cue is not None and cue.match(sentence) for cue in (self.citing, self.according)):
            return None  # "Citando o balanço …, a investigadora explicou": a cue opens it
        linking = self.function_words - self.of_words

        def bare(tok: str) -> str:
            low = tok.lower().translate(_APOSTROPHES)
            return low.split("'")[0] if "'" in low else low  # "l'armée": "l"

        words: list[str] = []
        for i, tok in enumerate(toks):
            if i and _AGE.match(tok) and _capitalised(toks[i - 1]):
                break  # "Ulrike Sendtner (58) hält ...": her age closes her name
            if any(ch.isdigit() for ch in tok):
                return None  # "Otros 2.000 murieron": the figure's own words, no subject
            if tok in _BOUNDARY or self._stop(tok):
                break
            low = bare(tok)
            if not i and (low in self.auxiliaries or self._skip(tok)):
                return None  # "Es la cifra más alta", "Hier, ..."
            if i and (low in self.auxiliaries or (low in linking and low not in self.articles)):
                break  # "a publié", "è più cauto", "en charge"
            nxt = bare(toks[i + 1]) if i + 1 < len(toks) else ""
            verb = tok[:1].islower() and low not in self.function_words
            if i and verb and nxt in linking and not self._subject_before(nxt):
                break  # the verb: "reconoce el problema", "publicó su informe"
            if i > 1 and verb and toks[i - 1][:1].isupper():
                break  # after a name: "El general Oleksandr Sirski hizo balance"
            words.append(tok)
        if len(words) > _MAX_NAME_WORDS:
            return None
        if (
            words
            and words[0].lower() in self.stop_words
            and bare(words[0]) not in self.articles
            and not self._article_and_noun(words)
            and not any(_capitalised(w) for w in words[1:])
        ):
            return None  # "Was in den Containern steckt", "Was genau geschah": no one
        if words and self._fronted_object(words[0]):
            return None  # "Забастовку объявили водители": the object first, no subject
        name = self._trimmed(words, True)
        if name is None or (self.is_anaphoric(name) and not back_references):
            return None
        if len(words) < len(toks) and toks[len(words)] == ",":
            # "Il vescovo, monsignor Ettore Bonfanti, ha chiuso": the holder in apposition
            held = self._apposed_holder(toks[len(words) + 1 :])
            if held:
                return f"{name}, {held}"
        return name

    def _apposed_holder(self, toks: list[str]) -> str | None:
        """The person named between two commas after a subject opening its sentence:
        capitalised words, after at most one lower-case title of the folder's
        ``person_titles`` ("monsignor", "don"), four at most, closed by a comma."""
        held: list[str] = []
        for tok in toks[:6]:
            if tok == ",":
                named = [w for w in held if _named_word(w)]
                return " ".join(held) if 0 < len(named) <= 4 else None
            titled = not held and tok.lower() in self.person_titles
            capital = tok[:1].isupper() and tok.replace("-", "").replace("'", "").isalpha()
            if titled or capital:
                held.append(tok)
            else:
                return None
        return None

    def _fronted_object(self, word: str) -> bool:
        """Whether ``word``, opening a sentence, is in no case a subject takes, where the
        folder names a dictionary that tells ("Забастовку", "Администрацию": accusative;
        "Минздрава": genitive). An acronym or a word the dictionary does not parse is
        given the benefit of the doubt."""
        if self.morph_language is None or not word.isalpha() or word.isupper():
            return False
        parses = _analyzer(self.morph_language).parse(word.lower())
        return bool(parses) and not any("nomn" in p.tag for p in parses)

    def colon_quote_subject(self, sentence: str, at: int) -> str | None:
        """The name opening a sentence whose figure at ``at`` stands in a quotation after a
        colon ("Ana Lucía Mancebo, del Partido Ribereño, fue más lejos: «… 9 M€ …»"): the
        one quoted, whatever the verb before the colon. A proper name only: a capitalised
        word past the first ("La situación es grave: «…»" names no one), two where nouns
        are capitalised."""
        colon = sentence.find(":", 0, at)
        if colon < 0:
            return None
        after = sentence[colon + 1 : at].lstrip()
        if not after:
            return None
        if (
            after[0] not in _OPENING_QUOTES + "–—"
            and not any(  # "poprawił: – Oddaliśmy"
                self.is_data_noun(w) for w in _WORD.findall(sentence[:colon])[-4:]
            )
        ):
            # "ГУР повысило свою оценку: …", "X actualizó su estimación: …": what the
            # colon opens is the data the subject gives
            return None
        name = self.subject_phrase(sentence[:colon])
        if (m := _NAMED_ACRONYM.match(sentence, 0, colon)) is not None:
            name = m.group()  # "Федеральная служба по гидрометеорологии (ФСГ)"
        if name is None or not sentence.startswith(name) or self.is_anaphoric(name):
            return None
        words = name.split()
        proper = [w for w in words[1:] if _capitalised(w) or w.endswith(")")]
        if len(proper) < (2 if self.nouns_capitalised else 1):
            return None
        # the verb and its object read into the name ("… (ГУР) повысило свою оценку")
        last = max(i for i, w in enumerate(words) if _capitalised(w) or w.endswith(")"))
        return " ".join(words[: last + 1])

    def closing_person(self, sentence: str) -> str | None:
        """The person a sentence with no subject opening it ends on ("Ad aprire la seduta è
        stata l'assessora all'Istruzione Giorgia Pellacani.", "Première à prendre la parole,
        la maire Anne Roth."): whom an unsaid subject or a pronoun of the next sentence
        means. Only a name of two capitalised words or more at the very end, after a title
        in lower case with its article, the title's field between them ("l'assessora ai
        Trasporti Letizia Bruschetti")."""
        end = len(sentence.rstrip().rstrip(".!").rstrip())
        toks = [m.group() for m in _TOKEN.finditer(sentence, max(0, end - 200), end)]
        i = len(toks)
        while i > 0 and _capitalised(toks[i - 1]) and toks[i - 1].replace("-", "").isalpha():
            i -= 1
        if len(toks) - i < 2 or i == 0:
            return None
        if self._glued_preposition(toks[i - 1]) and i >= 2:
            i -= 1  # "all'Istruzione": the title's field, its preposition glued on
        elif toks[i - 1].lower() in self.function_words and i >= 2:
            if len(toks) - i < 3:
                return None  # "il consiglio nel Palazzo Madama": a place, no field and name
            i -= 1  # "ai Trasporti": the title's field, a preposition before it
        title = toks[i - 1]
        if self._article_opening(title) and "'" in title.translate(_APOSTROPHES):
            start = i - 1  # "l'assessora"
        elif i >= 2 and title.isalpha() and title.islower() and self._article_opening(toks[i - 2]):
            start = i - 2  # "la maire"
        else:
            return None
        if not title.translate(_APOSTROPHES).split("'")[-1][:1].islower():
            return None
        return " ".join(toks[start:])

    def _glued_preposition(self, word: str) -> bool:
        """Whether a word is an elided preposition and a capitalised noun ("all'Istruzione",
        "dell'Interno", "d'Éducation"): a short lower-case head, no article."""
        head, _, noun = word.translate(_APOSTROPHES).partition("'")
        return (
            bool(noun)
            and noun[:1].isupper()
            and head.isalpha()
            and head.islower()
            and len(head) <= _ELIDED_PREPOSITION
            and head not in self.articles
        )

    def _article_opening(self, word: str) -> bool:
        """Whether a word is an article or opens with an elided one ("l'assessora")."""
        low = word.lower().translate(_APOSTROPHES)
        return low in self.articles or ("'" in low and low.split("'")[0] in self.articles)

    def _article_and_noun(self, words: list[str]) -> bool:
        """Whether two words are an article the folder keeps out of number_articles (it is
        a preposition too: "a 300 km") and its noun: "A prefeitura", "A cooperativa"."""
        return (
            len(words) == 2
            and len(words[0]) == 1
            and words[0].lower() in self.function_words
            and words[1].isalpha()
            and words[1].islower()
        )

    def _subject_before(self, word: str) -> bool:
        """Whether ``word`` (a function word after a lower-case one) leaves the word before
        it in the subject: an auxiliary ("la diputación ha prometido") or a reflexive
        pronoun ("la diputación se comprometió", "la provincia si è impegnata")."""
        return word in self.auxiliaries or word in self.reflexives

    def _cited_after(self, sentence: str, start: int, cue_starts: set[int]) -> str | None:
        """Whom a citing cue cites: the name after it, or, where that is a document with no
        owner ("Citando o balanço que o NIS levou à comissão"), who gave the document, as
        the relative clause after it names them; None where no one is named."""
        name = self._after(sentence, start, cue_starts, cued=True)
        if name and not self._ownerless_document(name):
            return name
        if name or self._names_document(sentence, start):
            return self._relative_giver(sentence, start, cue_starts)
        return None

    def _relative_giver(self, sentence: str, start: int, cue_starts: set[int]) -> str | None:
        """Who gave a document an "according to" cue names with no owner: the subject of
        the relative clause right after it ("говорится в пресс-релизе, который АО «X»
        распространило", "aus der Pressemitteilung hervor, die die Kreisverwaltung
        verschickt hat")."""
        if self.relative_clause is None:
            return None
        m = self.relative_clause.search(sentence, start, min(len(sentence), start + _TRAIL_REACH))
        if m is None:
            return None
        at = m.end()
        if self.verb_first_relatives:
            # "وفق الحصيلة التي أعلنها الديوان الوطني": the verb opens the clause, its
            # subject follows it
            verb = re.match(r"\S+\s+", sentence[at:])
            at += verb.end() if verb else 0
        giver = self._after(sentence, at, cue_starts, cued=True)
        if not giver or self._ownerless_document(giver):
            return None
        if "," not in m.group(1):
            # "según el barómetro de otoño que Demoscopia Meseta ha elaborado": a clause with
            # no comma belongs to the document only right after it, and names its maker
            # with a capital at once (not "que se publicó ayer")
            between = sentence[start : m.start()]
            first = [  # past an article ("a DGS": Portuguese "a" is a determiner too)
                w
                for w in giver.split()[:2]
                if w.lower() not in self.articles and w.lower() not in self.noun_determiners
            ][:1]
            if (
                len(between.split()) > 5
                or any(c in between for c in ",;:")
                or not (
                    first
                    and (
                        _capitalised(first[0])
                        or first[0].isupper()
                        or first[0].lower() == first[0].upper()  # no letter case (Arabic)
                    )
                )
            ):
                return None
        # the clause's verb after a name ends it: "АО «Аэропорт Камнегорск» распространило";
        # a name in quotation marks runs to its closing mark ("ООО «Северный терминал»")
        words = giver.split()
        last = max(
            (i for i, w in enumerate(words) if not w[:1].islower() or w[-1:] in _CLOSING_QUOTES),
            default=len(words) - 1,
        )
        return " ".join(words[: last + 1])

    def _names_document(self, sentence: str, start: int) -> bool:
        """Whether the first word after ``start`` past articles is a noun of data or a
        channel ("в пресс-релизе", "aus der Pressemitteilung")."""
        for w in _WORD.findall(sentence, start, min(len(sentence), start + 40)):
            low = w.lower().translate(_APOSTROPHES).split("'")[-1]
            if low in self.articles or low in self.indefinite:
                continue
            return self.is_data_noun(low) or low in self.channels
        return False

    def names_document(self, name: str) -> bool:
        """Whether ``name`` is a document or a channel, past its articles ("Le rapport de
        l'Équipe ...", "un comunicado")."""
        words = self._past_articles(name)
        if not words:
            return False
        forms = [words[0], *self._past_definite(words[0])]  # "الحصيلة"
        return any(f in self.attribution_nouns or f in self.channels for f in forms)

    def _past_definite(self, word: str) -> list[str]:
        """``word`` past each definite article (and clitics) the folder writes glued on
        ("الإحصائيات", "وبالتقارير"); none where it opens with none."""
        return [word[len(p) :] for p in self.definite_prefixes if word.startswith(p)]

    def _past_articles(self, name: str) -> list[str]:
        """The words of ``name``, lower case and past its articles and indefinites."""
        words = [w.lower().translate(_APOSTROPHES).split("'")[-1] for w in name.split()]
        while words and (words[0] in self.articles or words[0] in self.indefinite):
            words = words[1:]
        return words

    def _ownerless_document(self, name: str) -> bool:
        """Whether a cited name is a document no body is named as giving ("que cita un
        informe remitido al Parlamento", "citant un rapport transmis aux députés"): the
        one citing it is still the source."""
        if not self.names_document(name):
            return False
        words = self._past_articles(name)
        # "дані Міноборони", "dane MON": where cases mark the owner, a name follows bare
        owner = name.split()[len(name.split()) - len(words) + 1 :][:1]
        return len(words) == 1 or (
            words[1] not in self.of_words and not (owner and _capitalised(owner[0]))
        )

    def _channel_only(self, name: str) -> bool:
        """Whether a name is only a channel a statement came through ("un comunicado", "une
        note", "una nota"; the folder's ``impersonal_channels``), no body."""
        words = [w.lower().translate(_APOSTROPHES).split("'")[-1] for w in name.split()]
        content = [w for w in words if w not in self.function_words and w not in self.articles]
        return (
            bool(content)
            and all(w in self.channels for w in content)
            and not any(_capitalised(w) for w in name.split()[1:])
        )

    def main_subject(self, sentence: str) -> str | None:
        """The subject of the sentence's main clause: the phrase opening it, or the one
        after a short opener ("Por su parte, la Secretaría de la Defensa Nacional
        desplegó"), as the text writes it."""
        name = self.subject_phrase(sentence)
        if name is not None:
            return name
        comma = sentence.find(",", 0, _OPENER_CHARS)
        if comma < 0 or any(ch.isdigit() for ch in sentence[:comma]):
            return None
        rest = sentence[comma + 1 :].lstrip()
        name = self.subject_phrase(rest[:1].upper() + rest[1:]) if rest else None
        return rest[: len(name)] if name else None

    def document_body(self, sentence: str) -> str | None:
        """The body a sentence opening with its document names ("Le rapport de l'Équipe
        multilatérale (MSMT), qui regroupe onze pays, dresse un inventaire", "Der Bericht
        des Instituts ..."): the source "les auteurs", "le rapport" later refer to."""
        words = sentence.split(None, 2)
        if not words or (self.according is not None and self.according.match(sentence)):
            return None  # "Согласно сводке минздрава": a cue's document, read by the cue
        first = words[0].lower().translate(_APOSTROPHES)
        noun = first.split("'")[-1] if first.split("'")[0] not in self.attribution_nouns else first
        if noun not in self.attribution_nouns and (
            len(words) < 2 or words[1].lower() not in self.attribution_nouns
        ):
            return None
        # the name ends at a verb of saying: "Die Zahl der Verletzten bezifferte der ..."
        name = self._after(sentence, 0, self._cue_starts(sentence), cued=True)
        if name is not None:
            name = _to_last_capital(name)
        if name is None or sentence.lower().startswith(name.lower()) or name not in sentence:
            return None  # no body named: "Le rapport mentionne ..."
        # kept with its document, so that "le rapport" finds it; resolve() reads the body
        return sentence[: sentence.index(name) + len(name)]

    def document_maker(self, sentence: str) -> str | None:
        """The body a document is said to be made by where the sentence names it ("um
        resumo, preparado pelo governo sul-coreano, do que Seul sabe", "un rapport, rédigé
        par l'Inspection"): a noun of data, one word after it (its participle, commas
        around), then an agent preposition and the body. "O texto", "o documento" later
        mean that body's document. Read from each agent preposition back, so a sentence
        without one costs one search."""
        if self.agent_prepositions is None:
            return None
        for agent in self.agent_prepositions.finditer(sentence):
            before = _NOUN_AND_PARTICIPLE.search(sentence, 0, agent.start())
            if before is None or not self.is_data_noun(before.group(1)):
                continue
            giver = self._after(sentence, agent.end(), self._cue_starts(sentence), cued=True)
            if (
                giver
                and not self.is_media(giver)
                and not self.is_data_noun(giver.split()[0])
                and giver.split()[0].lower() != before.group(2).lower()  # "source par source"
            ):
                return giver
        return None

    def passive_giver(self, sentence: str) -> str | None:
        """ "O número foi apresentado à porta fechada pelo NIS", "Ce chiffre a été
        communiqué par le ministère": a sentence opening with its article and a noun of data
        (the figure just given) names who gave it after an agent preposition in its first
        clause; that body is the source of the sentence before's figures."""
        found = list(_WORD.finditer(sentence[:60]))[:3]
        words = [w.group() for w in found]
        if len(words) < 2 or (
            words[0].lower().translate(_APOSTROPHES).split("'")[0] not in self.articles
            and words[0].lower() not in self.noun_determiners  # "Ce chiffre", "Diese Schätzung"
        ):
            return None
        data = next((w for w in found[1:] if self.is_data_noun(w.group())), None)
        if data is None:
            return None
        # "Diese Schätzung des Geheimdienstes NIS gab der Abgeordnete X weiter": whose data
        owner = _OWNER_WORD.match(sentence, data.end())
        if owner is not None and owner.group(1).lower() in self.genitive | self.of_words:
            start = owner.end()
        else:
            end = min(_clause_end(sentence, 0), _TRAIL_REACH * 2)
            m = (
                self.agent_prepositions.search(sentence, 0, end)
                if self.agent_prepositions is not None
                else None
            )
            if m is None:
                return None
            start = m.end()
        giver = self._after(sentence, start, self._cue_starts(sentence), cued=True)
        if not giver or self.is_media(giver):
            return None
        return giver if any(_capitalised(w) or w.isupper() for w in giver.split()) else None

    def retro_document(self, sentence: str) -> str | None:
        """The maker of the document a retro cue with no verb of saying points to ("Das geht
        aus einem internen Papier der Autobahn GmbH hervor"): the source of the figures of
        the sentence before."""
        if self.retro is None or self.retro.match(sentence.lstrip()) is None:
            return None
        if self.points_back(sentence):
            return None  # "Das teilte die Autobahn GmbH mit": the speaker, read as such
        return self.document_before(sentence, len(sentence))

    def points_back(self, sentence: str) -> bool:
        """A retro cue opens the sentence and its speaker stands after the verb, or between
        the cue and the verb."""
        if self.retro is None or self.speech is None:
            return False
        m = self.retro.match(sentence.lstrip())
        if m is None:
            return False
        offset = len(sentence) - len(sentence.lstrip())
        # the verb after the cue ("Об этом заявил"), or the cue's own ("Das teilte ... mit")
        verb = self.speech.search(sentence, offset + m.start())
        if verb is None:
            return False
        cue_starts = self._cue_starts(sentence)
        # or between the cue and the verb: "Такие данные Национальная служба разведки привела"
        return bool(
            self._after(sentence, verb.end(), cue_starts)
            or self._after_retro(sentence, verb.start(), cue_starts)
        )

    def _cue_starts(self, sentence: str) -> set[int]:
        """Where any cue starts: a name read from one cue ends where the next begins. A verb
        of saying after its article is a noun and starts none ("selon une note interne de
        SNCF")."""
        out: set[int] = set()
        # a back-reference cue too: "hieß es demnach weiter" names no one after the verb
        for pattern in (self.according, self.citing, self.cited_by, self.anaphoric_cues):
            if pattern is not None:
                out.update(m.start() for m in pattern.finditer(sentence))
        nouns: set[int] = set()
        for m in self.speech.finditer(sentence) if self.speech is not None else ():
            (nouns if self._after_article(sentence, m.start()) else out).add(m.start())
        return out - nouns

    def _clause_retro(self, sentence: str, at: int) -> bool:
        """Whether a one-word retro cue right after a comma, colon or dash stands before the
        verb at ``at`` (", lo dice il ministero dell'Unificazione", ": lo sostiene il
        ministero"): an object pronoun pointing back to the clause before, not an article
        ("Es la cifra")."""
        words = sentence[max(0, at - 16) : at].split()
        return (
            len(words) >= 2
            and words[-1].lower() in self.retro_words
            and (words[-2].endswith((",", ":")) or words[-2] in ("–", "—", "-"))
        )

    def _after_article(self, sentence: str, at: int) -> bool:
        """Whether the word before ``at`` is an article ("la cifra", "le dit"), also one
        elided onto it ("l'annonce", "dell'accusa")."""
        head = sentence[max(0, at - 12) : at].split()
        if not head:
            return False
        word = head[-1].lower().translate(_APOSTROPHES)
        return (
            word in self.articles
            or word in self.noun_determiners
            or (word.endswith("'") and word[:-1].split("'")[-1] in self.articles)
        )

    def _past_channel(self, sentence: str, start: int) -> int:
        """Where the speaker after a verb of saying starts when the verb first names where
        it was said: "– mówił w porannym wywiadzie dla telewizji X przedstawiciel HUR": a
        preposition of the folder's ``impersonal_prepositions``, at most two words, then a
        channel noun (``impersonal_channels``); else ``start``. Only where the language has no
        articles (Polish, Russian, Ukrainian)."""
        if not self.channel_prepositions or self.articles:
            return start  # with articles ("in einem Bericht"), the channel's own words
        toks = list(_TOKEN.finditer(sentence, start, min(len(sentence), start + 120)))[:4]
        if not toks or toks[0].group().lower() not in self.channel_prepositions:
            return start
        for t in toks[1:]:
            word = t.group().lower()
            if word in self.channels:
                return t.end()
            if not t.group()[:1].islower():
                break
        return start

    def _self_named_phrase(self, words: str) -> bool:
        """Whether ``words`` are the publication naming itself ("este diario")."""
        return words.strip().lower() in self.self_names

    def _past_time_aside(self, sentence: str, start: int) -> int:
        """Past a time set off by commas right after a verb of saying and who was told
        (", na terça-feira, um porta-voz"; ", mardi soir, le ministre"): where the speaker
        after it starts; ``start`` where no such aside stands there."""
        comma = _SET_OFF_OPEN.match(sentence, start)
        if comma is None:
            comma = self._told_then_comma(sentence, start)  # "disse à Tribuna, …"
        if comma is None:
            return start
        close = sentence.find(",", comma.end(), comma.end() + _ASIDE_CHARS)
        if close < 0:
            return start
        words = [t.group() for t in _TOKEN.finditer(sentence, comma.end(), close)]
        if not 0 < len(words) <= _ASIDE_WORDS or not any(self._skip(w) for w in words):
            return start
        if not all(
            self._skip(w) or w.isdigit() or (w.islower() and len(w) <= _LINK_LETTERS) for w in words
        ):
            return start  # a time and its short links ("na", "le", "el") only
        return close + 1

    def _told_then_comma(self, sentence: str, start: int) -> re.Match[str] | None:
        """The comma after who was told, right after a verb of saying ("à Tribuna,", "à
        l'AFP,"): a word of ``addressee_words`` then up to three capitalised words."""
        close = sentence.find(",", start, start + _ASIDE_CHARS)
        words = [t.group() for t in _TOKEN.finditer(sentence, start, close)] if close > 0 else []
        if not 2 <= len(words) <= _ASIDE_WORDS:
            return None
        first = words[0].lower().translate(_APOSTROPHES)
        glued = "'" in first and first.split("'")[0] + "'" in self.addressees
        if not (first in self.addressees or glued):
            return None
        rest = words[1:] if not glued else [first.split("'", 1)[1], *words[1:]]
        if not all(_capitalised(w) or w.isupper() for w in rest if w):
            return None
        return _SET_OFF_OPEN.match(sentence, close)

    def _past_addressee(self, sentence: str, start: int) -> int:
        """Where the speaker after a verb of saying starts when the verb first names who
        was told: "a déclaré à l'AFP un officier", "dijo a la agencia AP un alto
        funcionario", "a expliqué au Monde un diplomate". The told part is a word of
        ``addressee_words`` (or "à l'", glued), an article, then media words and
        capitalised words; the speaker follows (else ``start``: "a déclaré à la presse")."""
        if not self.addressees:
            return self._past_dative(sentence, start)
        toks = list(_TOKEN.finditer(sentence, start, min(len(sentence), start + 160)))
        i = 0
        while i < len(toks) and self._skip(toks[i].group()):
            i += 1  # "a indiqué mardi à l'AFP"
        if i == len(toks):
            return start
        first = toks[i].group().lower().translate(_APOSTROPHES)
        if first in self.addressees:
            i += 1
        elif not ("'" in first and first.split("'")[0] + "'" in self.addressees):
            # "all'ANSA": the preposition is glued to the outlet; "powiedziała PAP dr X":
            # no preposition, the case tells who was told
            return start if self.articles else self._past_dative(sentence, start)
        told = described = 0
        openers = self.speaker_openers
        opened = toks[i].start() if i < len(toks) else start
        while i < len(toks):
            if (
                told == 0
                and described
                and self._self_named_phrase(sentence[opened : toks[i].start()])
            ):
                return toks[i].start()  # "declaró a este diario Vadym Sokolenko": the paper
            tok = toks[i].group().translate(_APOSTROPHES)
            bare = tok.split("'", 1)[-1]
            if told == described == 0 and tok.lower() in self.articles:
                i += 1
                continue
            if bare[:1].isupper():
                told += 1
            elif (
                told
                and tok.lower() in self.of_words
                and i + 1 < len(toks)
                and _capitalised(toks[i + 1].group())
            ):
                pass  # "al Corriere della Sera", "à la Folha de S. Paulo": one outlet's name
            elif tok.lower() in openers:
                break  # the speaker's article: "à la presse le ministre", "su abogada"
            elif told == 0 and described < 2 and not self._stop(tok):
                described += 1  # "a la agencia AP", "à la chaîne BFMTV"
            else:
                break
            i += 1
        if i >= len(toks) or toks[i].group() in _BOUNDARY:
            return start
        if told == 0 and not (described and toks[i].group().lower() in openers):
            return start  # "à la presse le ministre": told the press, the speaker follows
        nxt = toks[i].group()
        if (
            self.articles  # without articles a role in lower case opens the speaker
            and nxt[:1].islower()
            and nxt.lower().translate(_APOSTROPHES).split("'")[0] not in openers
        ):
            # "afirmou a Direção-Geral ... da Defesa ucraniano (HUR)": "a" was the article
            # of the speaker, whose name goes on in lower case; no one was told
            return start
        return toks[i].start()

    def _past_dative(self, sentence: str, start: int) -> int:
        """Where cases tell who was told ("рассказал журналистам депутат", "сообщил
        агентству министр", "розповів журналістам посол"): past the words right after the
        verb that can only be datives, to the speaker. Where cases are not read, past
        ``dative_words`` ("przekazał nam oficer")."""
        told = self._past_told_words(sentence, start)
        if told != start or self.morph_language is None:
            return told
        morph = _analyzer(self.morph_language)
        at = start
        # "сказал на брифинге представитель", "привела на закрытом заседании комитета":
        # where it was said, a preposition and the words in its case after it
        preposition = phrase = False
        for tok in _TOKEN.finditer(sentence, start, min(len(sentence), start + 120)):
            word = tok.group()
            if not preposition and word.lower() in self.not_openers:
                preposition, phrase = True, False
                continue
            parses = morph.parse(word) if word[:1].isalpha() else []
            oblique = (
                bool(parses)
                and not word[:1].isupper()
                and any(case in p.tag for p in parses for case in OBLIQUE_CASES)
            )
            if preposition:
                if not oblique:
                    break
                preposition, phrase = False, True
                at = tok.end()
                continue
            if phrase and oblique and not any("nomn" in p.tag for p in parses):
                at = tok.end()
                continue
            phrase = False
            if not parses or any("datv" not in p.tag for p in parses):
                break
            at = tok.end()
        return self._speaker_at(sentence, start, at)

    def _speaker_at(self, sentence: str, start: int, at: int) -> int:
        """Where the speaker starts past the told words that end at ``at``; ``start`` when
        none were passed over, or when no speaker follows them (a boundary, a preposition)."""
        if at == start:
            return start
        rest = len(sentence) - len(sentence[at:].lstrip())
        nxt = _TOKEN.match(sentence, rest)
        if nxt is None or _boundary(nxt.group()) or nxt.group().lower() in self.not_openers:
            return start
        return rest

    def _past_told_words(self, sentence: str, start: int) -> int:
        """Past the datives (``dative_words``) right after a verb of saying, to the speaker's
        first word; ``start`` when none, or when nothing follows them. (A quoted outlet told,
        "mówi „Kurierowi" dr X", is left out by ``_after`` itself.)"""
        words, stems = self.datives
        at = start
        while True:
            tok = _TOKEN.search(sentence, at)  # the next word, past the spaces
            if tok is None:
                break
            word = tok.group().lower()
            if not (word in words or (stems and word.startswith(stems))):
                break
            at = tok.end()
        if at != start:
            at = self._past_where_told(sentence, at)
        return self._speaker_at(sentence, start, at)

    def _past_where_told(self, sentence: str, at: int) -> int:
        """Past where it was told, after the ones told ("przekazał dziennikarzom po
        zamkniętym posiedzeniu komisji poseł X"): a preposition and the lower-case words
        after it, up to a speaker's word (capitalised, or a role: ``speaker_nouns``) within
        a few words; ``at`` itself when no such phrase or no speaker follows."""
        toks = list(_TOKEN.finditer(sentence, at, min(len(sentence), at + 120)))
        if not toks or toks[0].group().lower() not in self.not_openers:
            return at
        words, stems = self.speaker_nouns
        for k, tok in enumerate(toks[1:_ADVERBIAL_WORDS], 1):
            word = tok.group()
            if _boundary(word):
                return at
            if _capitalised(word) or word in words or (stems and word.startswith(stems)):
                return toks[k - 1].end()
        return at

    def _heard_after(self, sentence: str, start: int) -> bool:
        """Whether a cited-by cue follows the first word or two after ``start``
        ("professores ouvidos pela reportagem", "expertos consultados por EFE")."""
        if self.cited_by is None:
            return False
        toks = list(_TOKEN.finditer(sentence, start, min(len(sentence), start + 80)))[:3]
        return any(self.cited_by.match(sentence, t.start()) for t in toks[1:])

    def _relative_just_before(self, sentence: str, at: int) -> bool:
        """Whether the clause between the last two commas before ``at`` opens with a relative
        pronoun, past a preposition ("…, das die Stadt brauche, sagt", "…, z którymi")."""
        parts = sentence[:at].rstrip().removesuffix(",").rsplit(",", 1)
        if len(parts) < 2:
            return False
        return any(w.lower() in self.relatives for w in parts[-1].split()[:2])

    def _after_said(self, sentence: str, at: int) -> bool:
        """Whether the verb of saying at ``at`` follows what was said after a comma or a
        dash, an object pronoun between them ("», nous confiait la maire"): its speaker
        stands after it."""
        head = sentence[:at].rstrip()
        last = head.rsplit(None, 1)[-1] if head else ""
        if last.lower() in self.clitics:
            head = head[: -len(last)].rstrip()
        return head.endswith((",", "–", "—"))

    def _with_holder(
        self, sentence: str, start: int, name: str, cue_starts: set[int], cued: bool = False
    ) -> str:
        """A role read after its verb and the name in apposition closing the clause ("a
        précisé son porte-parole, Oleksandr Hrytsenko.", "ha spiegato il direttore, Giorgio
        Salvetti"): both, so the person is the speaker; else ``name`` (after its verb, run
        to the comma; after an "according to" cue, ``cued``, as read)."""
        read = name
        if _capitalised(name.split()[0]) or name.split()[0].lower() in self.indefinite:
            return name  # a name already, or someone new ("un responsable, X" is rare)
        if name.lower() in self.personal_pronouns:
            return name  # "sagt er vor dem Tor, „…“": whom the text named, no role
        at = sentence.find(name, start)
        if at < 0:
            return name
        toks = list(
            _TOKEN.finditer(sentence, at + len(name), min(len(sentence), at + len(name) + 120))
        )
        # the role's own complement may stand before the comma ("l'assessore regionale alla
        # Protezione civile, Giacomo Bertoni"): no figure, no boundary, a few words
        comma = next(
            (k for k, t in enumerate(toks[: _COMPLEMENT_REACH + 1]) if _boundary(t.group())),
            None,
        )
        if comma is None or toks[comma].group() not in ",،":  # the Arabic comma too
            return self._titled_after(toks) or name
        if any(ch.isdigit() for t in toks[:comma] for ch in t.group()):
            return name
        if any(t.start() in cue_starts for t in toks[:comma]):
            return name
        name = sentence[at : toks[comma].start()].rstrip()
        toks = toks[comma:]
        held: list[str] = []
        # where the script has no capitals ("رئيس الهيئة، اللواء حازم عبد الرحيم،"), a
        # person's title opens the name instead
        opening = toks[1].group() if len(toks) > 1 else ""
        caseless = opening[:1].isalpha() and opening[:1].upper() == opening[:1].lower()
        titled = caseless and opening in self.person_titles
        for k, t in enumerate(toks[1:], 1):
            w = t.group()
            if t.start() in cue_starts or not w[:1].isalpha():
                break
            nxt = toks[k + 1].group() if k + 1 < len(toks) else ""
            if not held and w.lower() in self.articles and len(nxt) > 1 and nxt.isupper():
                held.append(w)  # "selon le renseignement ukrainien, le HUR,": its article
                continue
            # "secondo l'intelligence militare ucraina, l'HUR,": an acronym, its article elided
            elided = w.translate(_APOSTROPHES).split("'", 1)
            acronym = (
                not held
                and len(elided) == 2
                and elided[0].lower() in self.articles_elided
                and elided[1].isupper()
            )
            if not w[:1].isupper() and not titled and not acronym:
                if not [h for h in held if _named_word(h)] and (
                    (w.lower() in self.articles and not held)
                    or w.lower() in self.person_titles
                    or self._is(w, *self.speaker_nouns)
                ):
                    # "…, il colonnello Davide Ruggeri": the holder's article and rank
                    held.append(w)
                    continue
                break
            held.append(w)
        if held and not any(_named_word(h) for h in held):
            held = []  # "…, il colonnello.": a rank, no name
        after = 1 + len(held)
        rest = toks[after].group() if after < len(toks) else "."
        if rest.startswith("(") and rest.endswith(")"):
            # "l'échevin des Travaux, Marc Dubois (PS).": the holder's party or age
            rest = toks[after + 1].group() if after + 1 < len(toks) else "."
        if not 0 < len([h for h in held if _named_word(h)]) <= 4 or not (
            _boundary(rest) or rest == "."
        ):
            return read if cued else name
        held[-1] = held[-1].rstrip(".")
        return f"{name}{toks[0].group()} {' '.join(held)}"

    def _titled_after(self, toks: list[re.Match[str]]) -> str | None:
        """Where the script has no capitals, the person a title names right after the
        role's own complement ("ويرى الاختصاصي في الأمراض الجرثومية الدكتور جورج نصّار
        أن"): the title and up to three words after it, to a stop word; None without one."""
        for k, t in enumerate(toks[: _COMPLEMENT_REACH + 1]):
            word = t.group()
            if _boundary(word) or word in self.that_words or not word[:1].isalpha():
                return None  # the complement's preposition ("في") is read past
            if word.upper() != word.lower() or word not in self.person_titles:
                continue
            held = []
            for after in toks[k + 1 : k + 4]:
                w = after.group()
                if _boundary(w) or self._stop(w) or not w[:1].isalpha():
                    break
                held.append(w)
            return f"{word} {' '.join(held)}" if held else None
        return None

    def _unknown_role_holder(self, sentence: str, start: int, cue_starts: set[int]) -> str | None:
        """After a verb of saying closing a clause, a lower-case word the lexicon does not
        know as a role, with the person holding it named in apposition ("», ha dichiarato
        l'assessora alla sanità, Marta Rinaldi."): the role with its holder, since the name
        tells that it is a speaker; None when no name follows the comma."""
        role = self._after(sentence, start, cue_starts, cued=True)
        if role is None:
            return None
        held = self._with_holder(sentence, start, role, cue_starts)
        return held if held != role else None

    def _subject(self, sentence: str, at: int, cue_starts: set[int], end: int = -1) -> str | None:
        """The subject opening the clause in which an "own account" cue stands ("Die
        Ukraine hat nach eigenen Angaben ..."): the name from the clause's start; where the
        cue opens its clause and a comma closes it ("D'après ses propres calculs, le
        Centre ... estime"), the name after that comma."""
        start = max(sentence.rfind(b, 0, at) for b in ",;:") + 1
        if (
            not start
            and end > at
            and not sentence[:at].strip()
            and sentence[end:].lstrip()[:1] == ","
        ):
            start = sentence.index(",", end) + 1
        return self._after(sentence, start, cue_starts, cued=True)

    # -- naming --------------------------------------------------------------------------
    def _is(self, word: str, words: frozenset[str], stems: tuple[str, ...]) -> bool:
        w = word.lower().translate(_APOSTROPHES).strip(".")
        head = w.split("'")[0]  # "qu'il": "qu"
        return w in words or head in words or (bool(stems) and w.startswith(stems))

    def _stop(self, word: str) -> bool:
        return self._is(word, self.stops, self.stop_stems)

    def _verb_form(self, word: str) -> bool:
        """A lower-case word with one of the folder's ``verb_endings`` ("oddano")."""
        return (
            bool(self.verb_endings)
            and word.islower()
            and len(word) > _MIN_VERB_FORM
            and word.endswith(self.verb_endings)
        )

    def _skip(self, word: str) -> bool:
        return self._is(word, self.skips, self.skip_stems)

    def _time_article(self, words: list[str]) -> bool:
        """Whether the words read so far after a verb of saying are only articles or
        prepositions opening the time word that follows ("afirmó el miércoles su
        portavoz", "disse na segunda-feira o presidente"): they go with the time, and the
        speaker comes after it."""
        return all(w.lower() in self.function_words or w.lower() in self.articles for w in words)

    def _opens_time(self, sentence: str, m: re.Match[str], words: list[str]) -> bool:
        """Whether the function word ``m`` (a preposition the source reading stops at)
        opens a time word after a verb of saying ("disse na segunda-feira o diretor"),
        with nothing but such words read before it."""
        if not self._time_article([*words, m.group()]):
            return False
        for following in _TOKEN.finditer(sentence, m.end()):  # "en la mañana del lunes"
            if not self._time_article([following.group()]):
                return self._skip(following.group())
        return False

    def _after(
        self,
        sentence: str,
        start: int,
        cue_starts: set[int],
        cued: bool = False,
        counted: bool = False,
    ) -> str | None:
        """The name that follows a cue: past time words ("este martes"), up to a stop word,
        a time word, a figure, punctuation or the next cue. After an "according to" cue
        (``cued``) or a verb closing its sentence after a comma (``counted``), the name may
        open with a number word: "selon deux responsables", ", ont indiqué deux officiers"."""
        words: list[str] = []
        told: list[str] = []  # a quoted outlet told, read past to the speaker after it
        timed = False  # a time phrase with its article read past ("el lunes")
        past = start  # the end of a time phrase of several words read past
        for m in _TOKEN.finditer(sentence, start):
            tok = m.group()
            if m.start() < past:
                continue
            if m.start() in cue_starts and m.start() > start:
                break
            if (
                not words
                and self.skip_phrase
                and (p := self.skip_phrase.match(sentence, m.start()))
            ):
                past, timed = p.end(), True  # "confiait tout à l'heure la maire"
                continue
            if not words and (told_end := self._told_before(sentence, m)) is not None:
                past = told_end  # "sagte den Abgeordneten die Expertin": told, then who
                continue
            if self.time_phrase and (t := self.time_phrase.match(sentence, m.start())):
                if words and not _told_outlet(words) and not self._time_article(words):
                    # "قالت وزارة التوحيد الشهر الماضي إن": the ministry, then when ("nella
                    # serata di ieri": the time's own words before it)
                    break
                # "قالت الشهر الماضي الوزارة"; "рассказала «ДК» во вторник директор": the
                # outlet told, then when, then who told it
                told, words = told or words, []
                # one word of time ("oggi", "вчера") tells no more than a skipped word does:
                # "ha reso noto oggi l'ufficio presidenziale" names who told it after
                past, timed = t.end(), timed or len(t.group().split()) > 1
                continue
            if (c := _CLOCK_TIME.match(sentence, m.start())) is not None and all(
                w.islower() for w in words
            ):
                # "заявив в ефірі о 21:00 речник ГУР": the hour it was said, then who said it
                past, words = c.end(), []
                continue
            if _AGE_WORD.fullmatch(tok) and (not words or _told_outlet(words)):
                # "заявил «ДК» 56-летний гендиректор": the speaker's age opens the speaker
                told, words = told or words, []
                continue
            # a name may hold digits: "g1", "France 24"
            if tok in _BOUNDARY or (
                tok[:1].isdigit() and not self._name_number(sentence, m, words)
            ):
                break
            if tok[0] in _OPENING_QUOTES + "(":
                if len(tok.split()) > 4:
                    break
                words.append(tok)  # «Интерфакс», (NIS)
                continue
            if (
                self._skip(tok)
                and not (words and self._name_run(tok, words[-1]))
                and not self._first_name(sentence, m, words)
                and not self._before_data(words, sentence, m.end())
            ):
                if words and not self._time_article(words) and not _told_outlet(words):
                    break
                timed = timed or bool(words)
                told = told or (words if _told_outlet(words) else [])
                words = []  # "informó el lunes su director": the article went with the day
                continue
            if (
                timed
                and not words
                and not told  # "рассказала «ДК» во вторник директор": a speaker follows
                and not (_capitalised(tok) or self._time_article([tok]))
            ):
                break  # "se manifestaron el pasado verano contra los pisos": no one named
            # a cue's name may open with a number: "selon deux responsables"
            opens_count = (cued or counted) and not words and tok.lower() in self.counts
            if words and self._told_next(tok, sentence, m.end()):
                break  # "sagte Choi der Nachrichtenagentur Yonhap": told the outlet
            if (
                words
                and not self.nouns_capitalised
                and tok.lower() in self.articles
                and tok.lower() not in self.of_words  # "Ministério da Defesa"
                and _capitalised(words[-1])
                and words[-1].lower() not in self.of_words
            ):
                break  # "Secondo l'intelligence di Seul la Corea del Nord": a new subject
            if (
                len(words) == 1
                and tok.lower() in self.not_openers
                and words[0].lower() in self.attribution_nouns
            ):
                # "قال مسؤول في وزارة النقل": an official in a body; read on to the body
                words.append(tok)
                continue
            if self._stop(tok) and self._opens_time(sentence, m, words):
                words.append(tok)  # "disse na terça-feira o diretor": "na" goes with the day
                continue
            if words and self._verb_form(tok):
                break  # "Według danych ministerstwa oddano 312 mieszkań": the clause's verb
            if (
                self._stop(tok)
                and not (words and self._name_run(tok, words[-1]))
                and not opens_count
                and not self._first_name(sentence, m, words)  # "депутат Ли Чжон Хван"
                and not self._title_goes_on(sentence, m.end(), words)
                and not self._runs_to_acronym(sentence, m.start(), words, cue_starts)
            ):
                break
            words.append(tok)
            if len(words) == 1 and tok.lower() in self.personal_pronouns:
                break  # "sagt sie im Interview mit der Zeitung": sie, whom the text named
            if _name_length(words) > (_MAX_CUED_WORDS if cued else _MAX_NAME_WORDS):
                return None
        if (
            len(words) > 1
            and words[0][0] in _OPENING_QUOTES
            and any(w[:1].isalpha() for w in words[1:])
        ):
            words = words[1:]  # "заявил «Ъ» руководитель": told the outlet, the speaker follows
        if not words:
            words = told  # "сообщил «Интерфакс» в понедельник": no one after, the outlet says
        if self.nouns_capitalised:
            # after an "according to" cue the clause's verb follows the name ("Laut Seidel
            # öffnen im Sommer"); elsewhere the words read may be a subject and its object
            words = _to_last_capitalised(
                words, self.name_connectors if cued else None, self.articles
            )
        if not cued and self._data_object(words):
            return None
        return self._trimmed(words, cued)

    def _data_object(self, words: list[str]) -> bool:
        """Whether the words after a verb of saying are what it judges, not who judges: a
        noun of data opening them after its determiner, with no owner named ("juge ces
        chiffres « plausibles »", "contesta estos datos"); "a indiqué le rapport du NIS"
        names its owner and speaks."""
        content = [
            w
            for w in words
            if w[:1].isalpha()
            and w.lower().translate(_APOSTROPHES).split("'")[-1] not in self.articles
        ]
        while len(content) > 1 and self.is_anaphoric(content[0]):
            content = content[1:]  # "ces", "estos": a determiner
        return (
            bool(content)
            and content[0] != words[0]  # after its article or determiner, as objects stand
            and self.is_data_noun(content[0])
            and not any(w.lower() in self.of_words or _capitalised(w) for w in content[1:])
        )

    def _described_channel_owner(
        self, sentence: str, start: int, cue_starts: set[int] | None = None
    ) -> str | None:
        """After a verb of saying: a preposition, at most a few lower-case or time words
        describing a channel ("w opublikowanym w piątek raporcie"), the channel noun, then its
        capitalised owner, who speaks; None where the words run otherwise."""
        toks = list(_TOKEN.finditer(sentence, start, min(len(sentence), start + 120)))
        if not toks or toks[0].group().lower() not in self.not_openers:
            return None
        for t in toks[1 : 1 + _DESCRIBED_CHANNEL_WORDS]:
            w = t.group()
            if w.lower() in self.channels:
                if cue_starts is None:
                    cue_starts = self._cue_starts(sentence)
                owner = self._after(sentence, t.end(), cue_starts, cued=True)
                return owner if owner and owner[:1].isupper() else None
            if not (w[:1].islower() or self._skip(w)) or any(ch.isdigit() for ch in w):
                return None
        return None

    def _relative_antecedent(self, sentence: str, cue: int) -> str | None:
        """The capitalised name ending right before the comma before ``cue`` ("dados do Novo
        Caged, do Ministério do Trabalho, segundo os quais"): read back over capitalised
        words and the small words joining them; None where no name ends there."""
        toks = list(_TOKEN.finditer(sentence, max(0, cue - _REACH), cue))
        while toks and toks[-1].group() == ",":
            toks.pop()
        words: list[str] = []
        for t in reversed(toks):
            w = t.group()
            if _capitalised(w) or (
                words and (w.lower() in self.of_words or w.lower() in self.name_connectors)
            ):
                words.insert(0, w)
            else:
                break
        if not words and self.genitive_owners:
            words = self._genitive_owner(toks)
        while words and words[0].lower() in self.of_words:
            words = words[1:]
        if words and "'" in (first := words[0].translate(_APOSTROPHES)):
            head, _, rest = first.partition("'")
            if head.islower() and len(head) <= _ELIDED_PREPOSITION and rest[:1].isupper():
                words[0] = rest  # "dell'Istat": the name, past its glued preposition
        return self._trimmed(words, True) if words else None

    def _genitive_owner(self, toks: list[re.Match[str]]) -> list[str]:
        """The owner after a noun of data, in its genitive without capitals past its first
        word ("дані Головного управління розвідки, згідно з якими"): the words after the
        noun, a few only, the first capitalised; none where no such noun stands there."""
        words = [t.group() for t in toks[-_GENITIVE_OWNER_WORDS - 1 :]]
        for i in range(len(words) - 2, -1, -1):
            if not words[i].isalpha():
                return []
            if self.is_data_noun(words[i]):
                owner = words[i + 1 :]
                return owner if _capitalised(owner[0]) else []
        return []

    def _told_before(self, sentence: str, m: re.Match[str]) -> int | None:
        """Where the ones told end when they stand right after a verb of saying, before its
        speaker, in a language whose cases show in its articles: a dative or object article
        (``told_after_articles``, ``object_articles``), a capitalised noun, then an article
        that only opens a subject here ("sagte den Abgeordneten die Expertin", "sagte der
        Zeitung ein Sprecher"); None otherwise. "der" never opens the speaker here: after a
        noun it is a genitive ("den Abgeordneten der Grünen")."""
        if not self.nouns_capitalised or m.group().lower() not in self.told_articles:
            return None
        noun = _TOKEN.search(sentence, m.end(), min(len(sentence), m.end() + 60))
        if noun is None or not _capitalised(noun.group()):
            return None
        opener = _TOKEN.search(sentence, noun.end(), min(len(sentence), noun.end() + 20))
        if opener is None:
            return None
        article = opener.group().lower()
        if article not in self.articles or article in self.told_articles | self.subject_articles:
            return None
        return noun.end()

    def _told_next(self, tok: str, sentence: str, end: int) -> bool:
        """Whether ``tok``, after a speaker's words, is a dative article naming the outlet
        told ("der Nachrichtenagentur", "unserem Sender"): ``told_after_articles``, then a
        word of ``media_cues``."""
        if tok.lower() not in self.told_after:
            return False
        nxt = _TOKEN.search(sentence, end, min(len(sentence), end + 60))
        return nxt is not None and nxt.group().lower() in self.media_words

    def _agreeing_subject(self, before: str | None, verb: str) -> str | None:
        """Where cases and number tell the subject ("Потери контингента разведка
        оценивает в 6 тыс.", "Втрати розвідка оцінює"): a phrase before a singular verb of
        saying whose first word is an object (an accusative that cannot be a singular
        nominative) starts at the first later noun that can be its subject."""
        if self.morph_language is None or not before or " " not in before:
            return before
        morph = _analyzer(self.morph_language)
        verbs = [p for p in morph.parse(verb.split()[0]) if p.tag.POS == "VERB"]
        if not verbs or verbs[0].tag.number != "sing":
            return before
        words = before.split()

        def subject(word: str, pos: str | None = None) -> bool:
            return any(
                p.tag.case == "nomn"
                and p.tag.number != "plur"  # Ukrainian's dictionary leaves "sing" unsaid
                and (pos is None or pos == p.tag.POS)
                for p in morph.parse(word)
            )

        if words[0].isupper() or subject(words[0]):
            return before  # "ГУР Минобороны приводит": an acronym is a name, no object
        if not any(p.tag.case == "accs" for p in morph.parse(words[0])):
            return before  # "В штабе округа доложил": no object opens it, a place does
        for k, word in enumerate(words[1:], 1):
            if len(word) > 2 and word.isalpha() and subject(word, "NOUN"):
                return " ".join(words[k:])
        return before

    def _before_object(self, name: str | None) -> str | None:
        """A speaker read after its verb, up to an object's article ("die Kreisverwaltung
        den Schaden": where every noun is capitalised, the name run goes on into the object)."""
        if not name or not self.object_articles:
            return name
        words = name.split()
        cut = next(
            (
                i
                for i, w in enumerate(words)
                if i >= 2 and w.lower() in self.object_articles and _capitalised(words[i - 1])
            ),
            0,
        )
        return " ".join(words[:cut]) if cut else name

    def _opens_with_number(self, name: str) -> bool:
        """Whether ``name`` opens with a number word ("Dreizehn Betriebe haben ihren
        Austritt erklärt"): the counted ones, no speaker."""
        first = name.split()[0].lower()
        if first in self.weak_numbers:
            return False  # "ein Sprecher", "une source"
        if first in self.numerals:
            return True
        return (
            self.number_reader is not None and self.number_reader.reader.read((first,)) is not None
        )

    def _subject_after(self, front: str, after: str | None) -> bool:
        """Whether the phrase read after a verb of saying opens with an article only a
        subject takes ("Die Verluste bezifferte der Geheimdienst", "Die Zahl nannte ein
        Sprecher"): in a verb-second clause the phrase with its article opening the clause
        before the verb (``front``) is then its object. Not where that phrase is a subject
        too, or a name ("Ein Beamter sagte der Zeitung", "Scholz sagte der Zeitung"), nor
        when an outlet follows."""
        breaks = [m.end() for m in _CLAUSE_MARK.finditer(front)]
        clause = front[breaks[-1] if breaks else 0 :].split()
        if not clause or not after or not self.subject_articles:
            return False
        first = clause[0].lower()
        if (
            (first in self.object_articles or first in self.not_openers)
            and not self.is_media(after)
            and not any(ch.isdigit() for ch in after)
        ):
            # "Den Schaden beziffert die Verwaltung", "Auf 3 Mio. Euro schätzt die Stadt den
            # Schaden": an object or a preposition opens the clause, the subject follows
            return True
        return (
            after.split()[0].lower() in self.subject_articles
            # "Rund 12 Millionen Granaten nannte der Dienst": a figure opens the clause
            and (
                (first in self.articles and first not in self.subject_articles)
                or _holds_figure(clause)
            )
            and not self.is_media(after)
        )

    def _subject_past_aside(self, sentence: str, verb: re.Match[str], after: str) -> str | None:
        """The named subject opening ``sentence`` where the words after its verb of saying
        (``after``) name no one: no capitalised word, no person, speaker, body or outlet
        noun ("una cifra più bassa", "число погибших северокорейцев": the object said),
        and the figure follows the verb (a verb closing the sentence after its figures,
        ", redoutent des diplomates", has its speaker after it). Only where the script has
        cases (a name is told by its capital) and no other verb of saying stands between
        the subject and this one."""
        verb_at = verb.start()
        if not any(c.isdigit() for c in sentence[verb.end() :]):
            return None
        words = _WORD.findall(after)
        if not words or any(w[:1].lower() == w[:1].upper() for w in words):
            return None  # no letter case: capitals tell nothing (Arabic)
        if any(_capitalised(w) for w in words) or any(
            self._is(w, *self.speaker_nouns)
            or self._is(w, self.anaphors, self.anaphor_stems)
            or w.lower() in self.attribution_nouns
            or w.lower() in self.media_words
            for w in words
        ):
            return None
        subject = self.subject_phrase(sentence)
        if subject is None or not any(_capitalised(w) for w in _WORD.findall(subject)):
            return None
        end = sentence.find(subject) + len(subject)
        if (
            end <= 0
            or end >= verb_at
            or (self.speech is not None and self.speech.search(sentence, end, verb_at))
        ):
            return None
        return subject

    def _titled_person(self, name: str) -> str:
        """A person's title, and the body it heads, before their first name and surname
        ("директора КП «Підгірнетеплоенерго» Олександра Сича"): the name alone, two
        capitalised words closing it, the first a first name (pymorphy3: Russian,
        Ukrainian), since a named person is the source by name; else ``name``."""
        words = name.split()
        if (
            self.morph_language is None
            or len(words) < 3
            or not self._is(words[0], *self.speaker_nouns)
        ):
            return name
        if not closes_with_person(self.morph_language, words):
            return name  # "посла Північної Кореї": a place
        return " ".join(words[-2:])

    def _restored_article(self, cue: str, name: str) -> str:
        """The name with the letter of its article a glued preposition wrote away put back
        ("وفقا للجهاز": "ل" + "الجهاز"; the folder's ``elided_articles``)."""
        for prep, letter in self.elided_articles.items():
            if cue.endswith(" " + prep) and name.startswith(prep):
                return letter + name
        return name

    def document_before(self, sentence: str, at: int) -> str | None:
        """The body a document named before ``at`` in the same sentence is of ("auf einen
        vertraulichen Bericht des Militärgeheimdienstes DIA: Demnach"): the capitalised
        name after the document noun's "of" word or genitive article, read as any cue's."""
        cue_starts = self._cue_starts(sentence)
        found = None
        for m in _WORD.finditer(sentence, 0, at):
            # a document noun that alone means the page itself ("das Papier") names a
            # document of another's when a maker follows it ("einem Papier der Autobahn GmbH")
            low = m.group().lower()
            if low not in self.attribution_nouns and low not in self.own_documents:
                continue
            name = self._after(sentence, m.end(), cue_starts, cued=True) or ""
            words = name.split()
            linking = self.of_words | self.articles
            if len(words) > 2 and words[0].islower() and words[1].lower() in linking:
                words = words[1:]  # "rapport interne de l'Inspection": past one adjective
            if len(words) < 2 or words[0].lower() not in linking:
                continue
            if sentence.find(name, m.end()) + len(name) > at:
                continue
            body = _to_last_capital(" ".join(words[1:]))
            if any(_capitalised(w) or w.isupper() for w in words[1:]):
                found = body
        return found

    def titled_people(self, text: str) -> list[str]:
        """In a script without capitals, the words after a person's title up to a boundary
        or a stop word, two or three of them ("حاورت الدكتورة سلمى الجبوري، الباحثة":
        "سلمى الجبوري"); none where letters have case (``_people`` reads those). Where the
        name stands before the title (``names_before_titles``), ``_names_before_titles``."""
        if self.names_before_titles:
            return self._names_before_titles(text)
        words, stems = self.person_words
        if not (words or stems) or any(c.isupper() for c in text):
            return []
        found: list[str] = []
        toks = [m.group() for m in _TOKEN.finditer(text)]
        for k, tok in enumerate(toks):
            if not self._is(tok, words, stems):
                continue
            name: list[str] = []
            for t in toks[k + 1 : k + 4]:
                if t in _BOUNDARY or self._stop(t) or self._is(t, words, stems):
                    break
                name.append(t)
            if 2 <= len(name) <= 3 and (
                k + 1 + len(name) >= len(toks) or toks[k + 1 + len(name)] in _BOUNDARY
            ):
                found.append(" ".join(name))
        return found

    def _names_before_titles(self, text: str) -> list[str]:
        """Persons a script without capitals names before their title ("도경민(54)
        동아시아안보포럼 선임연구위원은"): a name glued to an age in brackets with a title
        within the next three words, or the first word of a line made of a name, a body
        and a title ("도경민 동아시아안보포럼 선임연구위원", a guest's line)."""
        toks = text.split()
        found = [
            m.group(1)
            for k, tok in enumerate(toks)
            if (m := _NAME_AGE.fullmatch(tok)) and any(map(self._title_word, toks[k + 1 : k + 4]))
        ]
        if 2 <= len(toks) <= 4 and _SHORT_NAME.fullmatch(toks[0]) and self._title_word(toks[-1]):
            found.append(toks[0])
        return found

    def _title_word(self, tok: str) -> bool:
        """Whether ``tok`` is a person's noun, maybe with a particle of up to two letters
        glued on ("선임연구위원은")."""
        words, stems = self.person_words
        w = tok.lower()
        return self._is(w, words, stems) or any(
            w.startswith(p) and len(w) - len(p) <= 2 for p in words if len(p) >= 2
        )

    def _first_name(self, sentence: str, m: re.Match[str], words: list[str]) -> bool:
        """Whether a capitalised time or stop word after a person's title is a first name, a
        capitalised word following it ("poseł Jan Nowicki": not the month "Jan"), where
        only names are capitalised."""
        if self.nouns_capitalised or not words or not _capitalised(m.group()):
            return False
        if not self._is(words[-1], *self.speaker_nouns):
            return False
        nxt = _TOKEN.search(sentence, m.end())
        return nxt is not None and _capitalised(nxt.group()) and not self._skip(nxt.group())

    def _name_run(self, word: str, before: str) -> bool:
        """``_in_name_run``, where only names are capitalised (not German nouns: "das
        Ministerium Montag")."""
        return not self.nouns_capitalised and _in_name_run(word, before)

    def _criterion(self, name: str) -> bool:
        """Whether a name read after "according to" is a criterion ("la gravité des
        séquelles", "el caso"): the cue means "depending on" (``criterion_nouns``)."""
        words = [w for w in name.translate(_APOSTROPHES).split() if w.lower() not in self.articles]
        head = words[0].split("'")[-1] if words else ""
        return head.islower() and head in self.criterion_nouns  # not "la Région Occitanie"

    def _before_data(self, words: list[str], sentence: str, end: int) -> bool:
        """Whether a time word after an article stands before a noun of data ("selon le
        dernier rapport de l'ONU"): the data's adjective, not when it was said."""
        if not words or any(w.lower() not in self.articles for w in words):
            return False
        following = _TOKEN.search(sentence, end)
        return following is not None and following.group().lower() in self.attribution_nouns

    def _after_retro(self, sentence: str, verb_at: int, cue_starts: set[int]) -> str | None:
        """The words between a retro cue opening the sentence and the verb at ``verb_at``,
        as a name with a capitalised word ("Такие данные Национальная служба разведки
        (НСР) Южной Кореи привела"), or None."""
        assert self.retro is not None
        m = self.retro.match(sentence, len(sentence) - len(sentence.lstrip()))
        if m is None or m.end() >= verb_at:
            return None
        words = [t.group() for t in _TOKEN.finditer(sentence, m.end(), verb_at)]
        if not words or len(words) > _MAX_NAME_WORDS or any(_boundary(w) for w in words):
            return None
        name = self._trimmed(words, True)
        return name if name and any(_capitalised(w) for w in name.split()) else None

    def _past_adverbial(self, sentence: str, start: int, cue_starts: set[int]) -> str | None:
        """The speaker of an "as X said" cue past an adverbial opening with a preposition
        ("Jak przekazał po zamkniętym posiedzeniu komisji deputowany Lee Dong-won, ..."):
        read from the first word of a speaker's role (``person_nouns``, ``relaying_roles``,
        ``spokesperson_nouns``) or a media word within the clause."""
        toks = list(_TOKEN.finditer(sentence, start, min(len(sentence), start + 160)))
        if not toks or not self._stop(toks[0].group()) or toks[0].group()[:1].isupper():
            return None
        words, stems = self.speaker_nouns
        for t in toks[1:_ADVERBIAL_WORDS]:
            tok = t.group()
            if _boundary(tok) or tok[:1].isdigit() or t.start() in cue_starts:
                return None
            low = tok.lower()
            if low in words or (stems and low.startswith(stems)) or low in self.media_words:
                name = self._after(sentence, t.start(), cue_starts, cued=True)
                # named: "deputowany Lee Dong-won", not a role in a clause of its own
                return name if name and any(_capitalised(w) for w in name.split()) else None
        return None

    def _runs_to_acronym(
        self, sentence: str, at: int, words: list[str], cue_starts: set[int]
    ) -> bool:
        """Whether a name being read goes on past a stop word at ``at`` to its acronym in
        brackets a few words on ("l'Autorità di regolazione per energia reti e ambiente
        (Arera)", "el Instituto para la Economía y la Paz (IEP)"): a body's full title
        ends there."""
        titled = any(_capitalised(w) for w in words)
        passed: list[str] = []
        for k, t in enumerate(_TOKEN.finditer(sentence, at, min(len(sentence), at + 120))):
            tok = t.group()
            if k > _ACRONYM_REACH or (k and t.start() in cue_starts):
                return False
            if tok[0] == "(":
                inner = tok[1:-1]
                # "депутат ... Ли Чжон Хван после брифинга Национальной службы разведки
                # (НСР)": the acronym of the words past the stop alone is another body's
                return (
                    2 <= len(inner) <= 10
                    and inner.isalpha()
                    and inner[0].isupper()
                    and not _opens_acronym(inner, passed[1:])
                    # a name in lower case ("la chambre de commerce et d'industrie (CCI)"):
                    # its acronym spells its words
                    and (titled or self._spelled_by(inner, [*words, *passed]))
                )
            passed.append(tok)
            if _boundary(tok) or any(ch.isdigit() for ch in tok) or tok[0] in _OPENING_QUOTES:
                return False
        return False

    def _spelled_by(self, acronym: str, words: list[str]) -> bool:
        """Whether each letter of ``acronym`` opens one of the content words of ``words``
        in order, the first opening the first ("CCI": "la chambre de commerce et
        d'industrie"; "CES": "el consejo económico y social")."""
        heads = [
            w.translate(_APOSTROPHES).split("'")[-1][:1].lower()
            for w in words
            if w.lower() not in self.function_words and w[:1].isalpha()
        ]
        letters = acronym.lower()
        if not heads or heads[0] != letters[0]:
            return False
        k = 0
        for head in heads:
            if k < len(letters) and head == letters[k]:
                k += 1
        return k == len(letters)

    def _name_number(self, sentence: str, m: re.Match[str], words: list[str]) -> bool:
        """Whether a short number is part of the name being read: "France 24" (after a
        capitalised word, nothing but punctuation after it), "el 112 Galicia" (a
        capitalised word after it); not "Kiev 300 soldados", a figure."""
        tok = m.group().rstrip(".")  # "France 24." closing the sentence
        if not (tok.isdigit() and len(tok) <= 3):
            return False
        nxt = _TOKEN.search(sentence, m.end())
        after = nxt.group() if nxt is not None else ""
        # "лікарня № 2", "Szpital nr 4": a number after its sign numbers the name
        named_before = bool(words) and (
            _capitalised(words[-1]) or words[-1].lower() in NUMBER_SIGNS
        )
        if after[:1].isupper() and after[:1].isalpha():
            # where every noun is capitalised, "fehlen 14 Hausärzte" is the figure and its
            # noun: a number opens no name there, it only goes on one ("Kanal 21 Nachrichten")
            return named_before or not self.nouns_capitalised
        return named_before and not after[:1].isalnum()

    def _title_goes_on(self, sentence: str, at: int, words: list[str]) -> bool:
        """Whether a back-reference read so far ("il ministro") goes on past the stop word
        ending before ``at`` as a title: an article, then a capitalised word ("il ministro
        per la Protezione civile"): a new name, not the earlier source it would mean."""
        if not words or not self.is_anaphoric(" ".join(words)):
            return False
        nxt = sentence[at : at + 60].split()[:2]
        return (
            len(nxt) == 2
            and nxt[0].lower() in self.articles
            and _capitalised(nxt[1])
            and nxt[1][:1].isalpha()
        )

    def _uncased_holder(self, named: list[re.Match[str]]) -> bool:
        """Whether words set off between commas, in a script without capitals, may be a
        name in apposition: at most four plain words, no stop, preposition or function
        word among them (a clause or an aside has them: "في بيان لها")."""
        words = [t.group() for t in named]
        return (
            len(words) <= 4
            and not any(ch.isupper() or ch.islower() for w in words for ch in w)
            and all(
                w[:1].isalpha()
                and not self._stop(w)
                and w.lower() not in self.not_openers
                and w.lower() not in self.function_words
                for w in words
            )
        )

    def _described_name(self, words: list[str]) -> bool:
        """Whether the words are an article, a plain word or two saying what someone is,
        then a capitalised name ("il commercialista Ettore Baldelli")."""
        if len(words) < 3 or words[0].lower() not in self.articles or self.nouns_capitalised:
            return False
        first = next((k for k, w in enumerate(words) if _capitalised(w)), len(words))
        return 2 <= first <= 3 and all(w[:1].islower() for w in words[1:first])

    def _past_relative_aside(
        self, toks: list[re.Match[str]], segment: list[re.Match[str]], rest: int
    ) -> tuple[list[re.Match[str]], int]:
        """Past a relative clause before an aside already passed ("Urzędnicy …, z którymi
        rozmawialiśmy, zastrzegając anonimowość, szacują"): the name opening the clause."""
        comma = self._relative_opening(toks, rest)
        return self._segment_before(toks, comma) if comma >= 0 else (segment, rest)

    def _relative_opening(self, toks: list[re.Match[str]], at: int) -> int:
        """The comma opening a relative clause whose pronoun stands at ``at`` (a stop word
        ends the words read back there), past a preposition before it ("z którymi"); -1."""
        if at < 1:
            return -1
        if self._relative(toks[at]):
            commas: tuple[int, ...] = (at - 1, at - 2)  # "…, qui", "…, z którymi"
        elif at + 1 < len(toks) and self._relative(toks[at + 1]):
            commas = (at - 1,)  # the preposition ended the words read back
        else:
            return -1
        return next((c for c in commas if c >= 0 and toks[c].group() == ","), -1)

    def _before(self, sentence: str, end: int, cue_starts: set[int]) -> str | None:
        """The speaker standing before a verb of saying ("El ministro dijo"): back to a
        stop word ("que", "dass", "что") or the clause's start; a parenthetical that cites
        ("X, citando a Y, informó") is passed over, and a phrase in apposition joins the
        name opening the clause ("El portavoz del HUR, Andrí Yusov, dijo"; "El diputado X,
        miembro de la comisión, explicó" keeps "El diputado X" when both are too long)."""
        # the Arabic comma sets off an apposition as the comma does ("المدير الجهوي للنقل،
        # السيد كريم بناني، أكد"); one character for one, so offsets hold
        sentence = sentence.replace("\u060c", ",")
        # the speaker stands within a few words of its verb: reading back at most this
        # far keeps a sentence of many verbs linear
        if self.skip_phrase_before is not None and (
            skipped := self.skip_phrase_before.search(sentence, max(0, end - _SKIP_REACH), end)
        ):
            end = skipped.start()  # "wie das Amt auf Anfrage mitteilte": das Amt
        if self.time_phrase_before is not None and (
            timed := self.time_phrase_before.search(sentence, max(0, end - _SKIP_REACH), end)
        ):
            end = timed.start()  # "Министерство объединения в прошлом месяце заявило"
        end = self._past_clitics(sentence, end)
        toks = list(_TOKEN.finditer(sentence, max(0, end - _REACH), end))
        segment, rest = self._segment_before(toks, len(toks))
        if not segment and self._capitalised_stop(toks, rest):
            # "W lipcu Seul mówił", "Pod koniec sierpnia Kijów szacował": a name the folder
            # lists to end a cue's name (a subject in the nominative) is the verb's subject
            segment, rest = toks[rest:], rest - 1
        if segment and (cited := self._cited_before(sentence, toks, segment)):
            segment, rest = self._segment_before(toks, cited)
        if segment and rest >= 0 and self._opens_with_cue(sentence, segment):
            segment, rest = self._segment_before(toks, rest)
        elif not segment and rest >= 0 and toks[rest].group() == ",":
            # "X, citando a Y, informó": past the parenthetical, not past a clause
            left = rest - 1
            while left >= 0 and toks[left].group() not in _BOUNDARY:
                left -= 1
            if left >= 0 and self._cue_in(sentence, toks[left].end(), toks[rest].start()):
                segment, rest = self._segment_before(toks, left)
            elif left >= 0 and toks[left].group() == "," and self._aside(toks[left + 1 : rest]):
                # "Il presidente Zelensky, 47 anni, ha sostenuto", "La direction du groupe,
                # elle, fait état de": past the age or the pronoun, to the speaker
                segment, rest = self._segment_before(toks, left)
            elif left >= 0 and toks[left].group() == "," and self._relative(toks[left + 1]):
                # "un officier, qui a requis l'anonymat, a déclaré": past the relative clause,
                # to a speaker opening its clause; "près de huit cents sauvetages, dont une
                # cinquantaine par hélitreuillage, a indiqué X": a figure's noun, not one
                segment, rest = self._segment_before(toks, left)
                if segment and (cited := self._cited_before(sentence, toks, segment)):
                    # "Atletas ouvidos pelo Correio, que pediram anonimato, falam em": the
                    # ones the outlet heard, past it
                    segment, rest = self._segment_before(toks, cited)
                if rest >= 0 and toks[rest].group() not in _BOUNDARY:
                    segment = []
            elif left >= 0 and toks[left].group() == "," and self._participial(toks, left, rest):
                # "Le Centre ..., basé à Washington, estime", "Un haut responsable
                # américain, s'exprimant sous couvert d'anonymat, évoque": past the aside
                segment, rest = self._segment_before(toks, left)
                segment, rest = self._past_relative_aside(toks, segment, rest)
            elif left >= 0 and toks[left].group() == ",":
                # "O presidente ucraniano, Volodymyr Zelensky, afirmou": a name in apposition,
                # joined below to the head opening the clause
                named, before = self._segment_before(toks, rest)
                head, opens = self._segment_before(toks, left)
                clause = opens < 0 or toks[opens].group() in ".;:"
                if self._role_after_name(toks, left, rest, head, opens):
                    # "Oleksandr Pidhirnyi, portavoz de la inteligencia militar (HUR),
                    # declaró", "Sur notre plateau, le général Bernard Quintal, ancien
                    # attaché de défense à Séoul, juge": the person speaks, not the role
                    segment, rest = head, opens
                elif (
                    named
                    and before == left
                    and head
                    and clause
                    and len(head) <= 6
                    # "المدير الجهوي للنقل، السيد كريم بناني، أكد": a script without
                    # capitals shows no name, but a short phrase of plain words set off
                    # after the head opening the clause is the one it names
                    and (any(_capitalised(t.group()) for t in named) or self._uncased_holder(named))
                ):
                    segment, rest = named, before
                elif named and before == left and self._proper(named):
                    # "En conferencia de prensa, la coordinadora nacional, Mariana Sotelo
                    # Ibarra, precisó": the name in apposition speaks
                    segment, rest = named, before
                elif self._set_off(toks, left, rest, head, opens):
                    # "Kiev, por su parte, eleva", "El Centro ..., con sede en Seúl,
                    # calcula", "X, на яке посилається Reuters, припускає": whatever stands
                    # between the commas, the name opening the sentence is the verb's subject
                    segment, rest = head, opens
        if (
            rest >= 0
            and not _boundary(toks[rest].group())
            # "Di certo c'è che Ferrovie Pedemontane ha comunicato": a name after the
            # conjunction is the subject, no relative clause's words
            and not (
                segment
                and self._relative(toks[rest])
                and all(_capitalised(t.group()) for t in segment)
            )
        ):
            # "Funcionarios que hablaron con The New York Times elevan a", "Un responsable
            # qui a requis l'anonymat a déclaré": the head of the relative clause speaks
            segment, rest = self._relative_head(sentence, toks, rest) or (segment, rest)
        words = [m.group() for m in segment]
        if (
            segment
            and rest >= 0
            and toks[rest].group() == ","
            and (_capitalised(words[0]) or self._described_name(words))
        ):
            # "O presidente ucraniano, Volodymyr Zelensky, afirmou": a name in apposition;
            # not "Côté munitions, l'état-major ... évalue", an opener before the subject;
            # "Il curatore, il commercialista Ettore Baldelli, ha illustrato": the name with
            # what he is, so "il curatore" later still means him
            head, left = self._segment_before(toks, rest)
            if (
                head
                and (left < 0 or toks[left].group() in ".;:")
                and len(head) <= 6
                and head[0].group().lower() not in self.not_openers  # "Кроме того, ГУР"
            ):
                name = [m.group() for m in head]
                if not self._opens_with_cue(sentence, head) and self._trimmed(list(name), True):
                    joined = [*name, ",", *words]
                    return self._trimmed(joined if len(joined) <= _MAX_NAME_WORDS else name, True)
        if _name_length(words) > _MAX_NAME_WORDS:
            return None
        words = self._past_opener(words)
        if (
            rest >= 0
            and toks[rest].group().lower() in self.not_openers
            and (rest == 0 or _boundary(toks[rest - 1].group()))
        ):
            # the preposition opens the clause: "Після засідання …", not "X z Instytutu …"
            words = self._past_occasion(words)
        # "Разведка сообщила": one word may name the speaker when it opens the clause
        opens = rest < 0 or _boundary(toks[rest].group())
        found = self._trimmed(words, opens)
        if found is None and not opens:
            found = self._opening_name_before(toks, rest, len(toks))
        return found

    def past_opening_phrase(self, sentence: str) -> str | None:
        """The sentence from the article after an opening preposition and its lower-case
        noun ("In chiusura il sindaco …": "il sindaco …"); None where it opens otherwise."""
        toks = list(_TOKEN.finditer(sentence, 0, min(len(sentence), _OPENER_CHARS)))
        if not toks or toks[0].group().lower() not in self.function_words:
            return None
        words = self._past_opener([t.group().lower() for t in toks])
        if len(words) == len(toks):
            return None
        return sentence[toks[len(toks) - len(words)].start() :]

    def _past_occasion(self, words: list[str]) -> list[str]:
        """After a preposition, the lower-case words of when or where it was said and then a
        person's name ("Після закритого засідання комітету Олена Коваль сказала", "Po
        posiedzeniu komisji Anna Nowak powiedziała"): the name alone. Only where nouns are
        not capitalised, and for a name of two or three capitalised words."""
        if self.nouns_capitalised:
            return words
        run = 0
        while run < len(words) and _capitalised(words[len(words) - 1 - run]):
            run += 1
        start = len(words) - run
        before = words[:start]
        if (
            run == 0
            and len(words) > 1
            and all(w.islower() for w in words)
            and self._is(words[-1].lower(), self.anaphors, self.anaphor_stems)
        ):
            # "Щодо самого лише жовтня відомство назвало": the back-reference after what
            # the preposition opened speaks, and means the body named before
            return words[-1:]
        if not (2 <= run <= 3 and before and all(w.islower() for w in before)):
            return words
        while start > 0 and self._is(words[start - 1], *self.speaker_nouns):
            start -= 1  # "Після нього депутат Кім Сон Хо": the name's role stays with it
        return words[start:]

    def _past_opener(self, words: list[str]) -> list[str]:
        """The words from an article standing after a lower-case noun ("chiusura il sindaco
        Massimo Cerruti", read back from "In chiusura il sindaco … ha spiegato"): the noun
        closes the opener its preposition began, and the speaker starts at the article.
        Where nouns are capitalised the article may stand inside a name; there the words
        stay."""
        if self.nouns_capitalised:
            return words
        for k in range(1, min(len(words) - 1, _OPENER_WORDS + 1)):
            prev = words[k - 1]
            if (
                words[k].lower() in self.articles
                and words[k].lower() not in self.of_words
                and prev.isalpha()
                and prev.islower()
                and prev.lower() not in self.function_words
                and all(w.islower() for w in words[:k])
            ):
                return words[k:]
        return words

    def _opening_name_before(self, toks: list[re.Match[str]], rest: int, end: int) -> str | None:
        """A body's long name opening the sentence right before its verb, a preposition
        inside it ("Координационный штаб по вопросам обращения с военнопленными
        сообщает"): read back past the stop word to the sentence's start, when that is a
        few words, the first capitalised and no preposition, and a name of two words at
        least stands before the first stop ("Москва с тревогой сообщает" is no name)."""
        start = rest
        while start >= 0 and not _boundary(toks[start].group()):
            start -= 1
        words = [t.group() for t in toks[start + 1 : end]]
        last = max((k for k, w in enumerate(words) if k and self._stop(w)), default=0)
        if last and any(w.lower() in self.channels for w in words[last + 1 :]):
            # "Генштаб в понедельник на брифинге сообщил": where it was said ends the name
            words = words[:last]
        while len(words) > 2 and (
            self._skip(words[-1]) or words[-1].lower() in self.function_words
        ):
            # "... с военнопленными в понедельник сообщил": the day the verb tells of is
            # no word of the name
            words = words[:-1]
        head = next((k for k, w in enumerate(words) if self._stop(w)), len(words))
        if (
            start < 0
            and head == 1
            and len(words[0]) > 1
            and words[0].isupper()
            and all(
                self._stop(w) or self._skip(w) or w.lower() in self.function_words
                for w in words[1:]
            )
        ):
            return words[0]  # "ГУР на прошлой неделе называло": an acronym, then when
        if (
            start >= 0
            or head < 2
            or self._stop(words[-1])  # "Moskau plant nach Berichten": no name ends on a stop
            or not 2 <= len(words) <= 8
            or not _capitalised(words[0])
            or words[0].lower() in self.not_openers
            or words[0].lower() in self.function_words
            or any(ch.isdigit() for w in words for ch in w)
        ):
            return None
        return self._trimmed(words, True)

    def _role_after_name(
        self,
        toks: list[re.Match[str]],
        left: int,
        rest: int,
        head: list[re.Match[str]],
        opens: int,
    ) -> bool:
        """Whether the words between the commas at ``left`` and ``rest`` are the role of the
        person named before them: the aside opens with a lower-case word and holds no
        figure, at most ``_SET_OFF_WORDS``; the name ends in two capitalised words (a first
        name and a surname), at most six words, opening its clause or after an opener."""
        aside = _short_aside(toks, left, rest)
        if not aside or not aside[0][:1].islower():
            return False
        words = [t.group() for t in head]
        return (
            2 <= len(words) <= 6
            and all(_capitalised(w) and not w.isupper() for w in words[-2:])
            and (opens < 0 or toks[opens].group() in ",.;:")
        )

    def _set_off(
        self,
        toks: list[re.Match[str]],
        left: int,
        rest: int,
        head: list[re.Match[str]],
        opens: int,
    ) -> bool:
        """Whether the words between the commas at ``left`` and ``rest``, right before a
        verb of saying, are set off from a subject that opens the sentence: the subject is
        a name (a capitalised word, not a lone back-reference), short, and nothing before
        it in its sentence; the words set off hold no figure and run at most
        ``_SET_OFF_WORDS``."""
        aside = _short_aside(toks, left, rest)
        if not head or opens >= 0 or not aside:
            return False
        if self._counts_in(aside):
            return False  # "Desde então, outros quatro foram feitos prisioneiros, informa X"
        words = [t.group() for t in head]
        return (
            len(words) <= _MAX_NAME_WORDS
            and any(_capitalised(w) for w in words)
            and not self.is_anaphoric(" ".join(words))
        )

    def _proper(self, segment: list[re.Match[str]]) -> bool:
        """Whether a phrase is a person's or a body's proper name: at most five words, each
        capitalised or an "of" word between them ("Mariana Sotelo Ibarra")."""
        words = [t.group() for t in segment]
        return (
            0 < len(words) <= 5
            and _capitalised(words[0])
            and _capitalised(words[-1])
            and all(_capitalised(w) or w.lower() in self.of_words for w in words)
        )

    def _counts_in(self, words: list[str]) -> bool:
        """Whether ``words`` hold a count written as a word ("quatro", "vingt"): words set off
        by commas that hold one are a figure's own clause, no aside beside a speaker."""
        return any(w.lower() in self.counts for w in words)

    def _participial(self, toks: list[re.Match[str]], left: int, rest: int) -> bool:
        """Whether the words set off by commas between ``left`` and ``rest`` before a verb
        of saying are a participle's aside ("basé à Washington", "s'exprimant sous couvert
        d'anonymat", "con sede en Lisboa") after a speaker's name: they open with a
        lower-case word that is no function word, run at most five words and hold no
        figure; the name before them holds a capitalised word or opens the sentence."""
        aside = [t.group() for t in toks[left + 1 : rest]]
        if not 0 < len(aside) <= 5 or any(ch.isdigit() for w in aside for ch in w):
            return False
        if self._counts_in(aside):
            return False  # "outros quatro foram detidos": the figure's clause, in words
        first = aside[0].lower().translate(_APOSTROPHES)
        if (
            not aside[0][:1].islower()
            or first in self.function_words
            or self._relative(toks[left + 1])
        ):
            return False
        head, opens = self._segment_before(toks, left)
        if (comma := self._relative_opening(toks, opens)) >= 0:
            head, opens = self._segment_before(toks, comma)  # a relative clause before it
        if not head or len(head) > _MAX_NAME_WORDS:
            return False
        return opens < 0 or any(_capitalised(t.group()) for t in head)

    def _aside(self, toks: list[re.Match[str]]) -> bool:
        """Whether the tokens set off by commas between a speaker and its verb are an aside
        that names nobody: an age or a time ("47 anni", "de 58 años", "en 2024") or a
        pronoun taking the subject up again ("elle", "ella")."""
        if not 0 < len(toks) <= _ASIDE_WORDS:
            return False
        words = [t.group() for t in toks]
        if any(ch.isdigit() for w in words for ch in w):
            return all(
                any(ch.isdigit() for ch in w) or self._skip(w) or w.lower() in self.function_words
                for w in words
            ) and any(self._skip(w) for w in words)
        return len(words) == 1 and words[0].islower() and self.is_anaphoric(words[0])

    def _relative_head(
        self, sentence: str, toks: list[re.Match[str]], end: int
    ) -> tuple[list[re.Match[str]], int] | None:
        """Where a relative clause with no commas stands between a speaker and its verb
        ("Un responsable qui a requis l'anonymat a déclaré", "Funcionarios que hablaron
        con The New York Times elevan"), the head before the relative pronoun and the index
        before it: the head opens its clause, is short and says nothing itself. Read back
        from ``end``, within the clause; None where no such head stands."""
        for r in range(end, max(-1, end - _RELATIVE_REACH), -1):
            tok = toks[r].group()
            if _boundary(tok) or any(ch.isdigit() for ch in tok):
                return None
            if not self._relative(toks[r]):
                continue
            head, opens = self._segment_before(toks, r)
            if not head or len(head) > _ASIDE_WORDS + 2:
                return None
            if (
                opens >= 0
                and toks[opens].group() not in ".;:"
                and not self._after_opener(toks, opens)
            ):
                return None  # "dijo que las tropas que envió": no head opening a clause
            span = (head[0].start(), head[-1].end())
            if self.speech is not None and self.speech.search(sentence, *span):
                return None  # "Le ministre a dit que ...": the head says something itself
            return head, opens
        return None

    def _after_opener(self, toks: list[re.Match[str]], comma: int) -> bool:
        """Whether the comma at ``comma`` ends a short opener of the sentence ("A margine,
        un diplomatico europeo che …", "Ayer, un funcionario que …"): a head after it
        still opens its clause."""
        if toks[comma].group() != ",":
            return False
        start = comma
        while start > 0 and toks[start - 1].group() not in ".;:":
            start -= 1
        opener = [t.group() for t in toks[start:comma]]
        return 0 < len(opener) <= _OPENER_WORDS and not any(
            _boundary(w) or _capitalised(w) for w in opener[1:]
        )

    def _past_clitics(self, sentence: str, end: int) -> int:
        """Where the speaker ends before a verb with object pronouns and auxiliaries in
        front of it ("Le NIS y aurait affirmé", "Le ministère leur a indiqué"): before them,
        when an object pronoun is among them; else ``end`` itself."""
        toks = list(_TOKEN.finditer(sentence, max(0, end - _SKIP_REACH), end))
        at, clitic = end, False
        for m in reversed(toks):
            low = m.group().lower().translate(_APOSTROPHES).rstrip("'")
            if low in self.clitics:
                at, clitic = m.start(), True
            elif low in self.auxiliaries:
                at = m.start()
            else:
                break
        return at if clitic else end

    def _capitalised_stop(self, toks: list[re.Match[str]], at: int) -> bool:
        """Whether the token at ``at`` is a stop word written with a capital inside the
        sentence, after a comma or a word of an opener ("W lipcu Seul", "…, Seul"): a
        proper name. Not opening the sentence, nor after a stop word ("Resort dodał, że
        Moskwa obiecała": what the ministry said)."""
        if at <= 0:
            return False
        before = toks[at - 1].group()
        if before != "," and (_boundary(before) or self._stop(before)):
            return False
        word = toks[at].group()
        return _capitalised(word) and not word.isupper() and self._stop(word)

    def _segment_before(
        self, toks: list[re.Match[str]], end: int
    ) -> tuple[list[re.Match[str]], int]:
        """The tokens before index ``end`` back to a boundary or stop word, and the index
        of the boundary (-1 at the sentence's start)."""
        i = end
        while i > 0:
            tok = toks[i - 1].group()
            if self._joins_name(toks, i - 1, end) or (
                i >= 2 and self._name_run(tok, toks[i - 2].group())
            ):
                i -= 1  # "Депутат Ли Сон Мин": "Ли" a name's word, no stop
                continue
            if (
                _boundary(tok)
                or self._stop(tok)
                or tok[:1].isdigit()
                or _figure_abbreviation(toks, i - 1)
            ):
                break  # a figure; a name may hold digits ("g1", "TF1")
            i -= 1
        return toks[i:end], i - 1

    def _joins_name(self, toks: list[re.Match[str]], k: int, end: int) -> bool:
        """Whether "and" at ``k`` joins two capitalised parts of one body's name ("il
        ministero delle Infrastrutture e dei Trasporti", "Ministerio de Agricultura, Pesca
        y Alimentación"): the word before it and the next word past an "of" word are
        capitalised, and an "of" word stands before that first part."""
        if toks[k].group().lower() not in self.ands or k < 2 or k + 1 >= end:
            return False
        nxt = k + 1
        if toks[nxt].group().lower() in self.of_words and nxt + 1 < end:
            nxt += 1
        prev = toks[k - 1].group()
        return (
            _capitalised(prev)
            and not prev.isupper()
            and _capitalised(toks[nxt].group())
            and toks[k - 2].group().lower() in self.of_words
        )

    def _cited_before(
        self, sentence: str, toks: list[re.Match[str]], segment: list[re.Match[str]]
    ) -> int | None:
        """Where a cited-by cue ending right before ``segment`` starts (its token's index):
        "Especialistas ouvidos pelo g1 estimam", "Analistas consultados por EFE creen": the
        outlet is who heard them, the speakers stand before the cue."""
        if self.cited_by is None:
            return None
        at = segment[0].start()
        for m in self.cited_by.finditer(sentence, max(0, at - 40), segment[-1].end()):
            if m.start() >= at or not sentence[m.end() : at].strip():
                # the cue before the segment ("pelo" a stop) or inside it ("por" none)
                k = next((k for k, t in enumerate(toks) if t.start() == m.start()), None)
                return k if k is not None and k > 0 else None
        return None

    def _opening_source(self, sentence: str, m: re.Match[str], cue_starts: set[int]) -> str | None:
        """The name after a cue of ``according_to_opening`` when the cue opens its clause
        and a comma closes the name, a capitalised one ("Pour la CGT, ..."); else None
        ("pour la première fois", "per questo motivo")."""
        clause = max(sentence.rfind(b, 0, m.start()) for b in ",;:.")
        if sentence[clause + 1 : m.start()].strip():
            return None
        name = self._after(sentence, m.end(), cue_starts, cued=True)
        if name is None:
            return None
        at = sentence.find(name, m.end())
        rest = sentence[at + len(name) :].lstrip() if at >= 0 else ""
        told = self.cited_by.match(rest) if self.cited_by is not None else None
        if told is not None:
            # "Para analistas sul-coreanos ouvidos pela Lusa, ...", "Pour les experts
            # interrogés par Le Monde, ...": people an outlet heard, named or not
            outlet = self._after(rest, told.end(), set(), cued=True)
            rest = rest[rest.find(outlet) + len(outlet) :].lstrip() if outlet else ""
        elif not any(_capitalised(w) for w in name.split()):
            return None
        if not rest.startswith(",") and told is None:
            before = self._name_before_subject(name)
            if before is None and self._figure_opens(rest):
                return name  # "Per il NIS almeno 3.100 sono morti": the figure ends the name
            if (
                before is None
                # "Per l'Hur i feriti": the name past its elided article
                and _capitalised(name.split()[-1].translate(_APOSTROPHES).split("'")[-1])
                and self._article_opens(rest)
                and self._named_head(name)  # "Per il ponte dell'Immacolata le prenotazioni"
            ):
                return name  # "Per il Codacons il rincaro": ``_after`` ended it at the article
            if before is not None and not self._named_head(before):
                return None  # "Per il ponte dell'Immacolata le prenotazioni": a time, no one
            return before
        if not rest.startswith(","):
            return None
        # "Per il capogruppo di Valmarena Futura, Andrea Lupi, è un merito a metà": the role's
        # holder named in apposition, as after "secondo"
        return self._with_holder(sentence, m.end(), name, cue_starts, cued=True)

    def _named_head(self, name: str) -> bool:
        """Whether the word heading ``name`` past its articles names someone: capitalised
        ("il Codacons"), or a word for a body or a person ("il ministero", "il sindaco")."""
        # "l'Hur": the word past its elided article, which is the article alone
        words = [
            w.translate(_APOSTROPHES).split("'")[-1]
            for w in name.split()
            if w.lower().translate(_APOSTROPHES).split("'")[0] not in self.articles
            or "'" in w.translate(_APOSTROPHES).rstrip("'")
        ]
        words = [w for w in words if w]
        if not words:
            return False
        head = words[0]
        return _capitalised(head) or head.isupper() or self._is_anaphoric(head)

    def _article_opens(self, text: str) -> bool:
        """Whether ``text`` opens with an article ("il rincaro", "l'aumento")."""
        first = text.split(maxsplit=1)[0].lower().translate(_APOSTROPHES) if text else ""
        return first in self.articles or first.split("'")[0] + "'" in self.articles

    def _figure_opens(self, text: str) -> bool:
        """Whether ``text`` opens with a figure: a digit, or a bound or an approximation
        word of the folder before one ("almeno 3.100", "plus de 300")."""
        m = self.figure_words.match(text) if self.figure_words is not None else None
        rest = text[m.end() :].lstrip() if m else text
        return rest[:1].isdigit()

    def _name_before_subject(self, name: str) -> str | None:
        """ "Per il Codacons l'aumento si tradurrà", "Pour la CGT le mouvement": no comma
        after the name, whose capitalised words end where an article opens the clause's
        subject; None where no article follows a capitalised word."""
        words = name.split()
        for k in range(1, len(words)):
            head = words[k].lower().translate(_APOSTROPHES).split("'")[0]
            if _capitalised(words[k - 1]) and head in self.articles and not _capitalised(words[k]):
                return " ".join(words[:k])
        return None

    def _data_told(self, sentence: str, start: int, cue_starts: set[int]) -> str | None:
        """ "وفق حصر أعلنه مجلس المدينة": a noun of data right after the cue, the verb of
        saying after it (which ends the name read), and who said it."""
        first = _WORD.search(sentence, start, start + 40)
        if first is None or not self.is_data_noun(first.group().lower()):
            return None
        return self._told_by(sentence, start, first.group(), cue_starts)

    def _told_by(self, sentence: str, start: int, name: str, cue_starts: set[int]) -> str | None:
        """The body after the verb of saying right after the data ``name`` ("حصر أعلنه
        مجلس المدينة": a count the city council announced), no outlet."""
        at = sentence.find(name, start)
        if at < 0 or self.speech is None:
            return None
        rest = at + len(name)
        gap = rest + len(sentence[rest:]) - len(sentence[rest:].lstrip())
        verb = self.speech.match(sentence, gap)
        if verb is None:
            return None
        giver = self._after(sentence, verb.end(), cue_starts, cued=True)
        return giver if giver and not self.is_media(giver) else None

    def _data_giver(
        self, sentence: str, start: int, name: str, cue_starts: set[int], cue_at: int = -1
    ) -> str:
        """ "selon les chiffres publiés mardi par le ministère", "secondo i dati diffusi
        dall'Istat": where an "according to" names data and no body, the body that gave
        them, after an agent preposition in the same clause, or after the verb of saying
        that follows the data ("وفق حصر أعلنه مجلس المدينة"); else ``name``."""
        words = [w.lower().translate(_APOSTROPHES).split("'")[-1] for w in name.split()]
        content = [w for w in words if w not in self.function_words]
        if (
            content
            and self.is_data_noun(content[0])
            and (told := self._told_by(sentence, start, name, cue_starts))
        ):
            return told
        if self.agent_prepositions is None:
            return name
        # "segundo dados do sistema Prodes divulgados pelo Inpe": the data noun opening the
        # cue's words, cut off the name read ("sistema Prodes divulgados")
        opening = [
            w.lower().translate(_APOSTROPHES).split("'")[-1]
            for w in _WORD.findall(sentence, cue_at if cue_at >= 0 else start, start + 40)[:4]
        ]
        data = any(self.is_data_noun(w) for w in opening if w not in self.function_words)
        if data and not (content and self.is_data_noun(content[0])):
            # the data's own name ("sistema Prodes"): who gave them may follow, unless one
            # who cites them ("datos del Ministerio citados por la patronal": a relay)
            end = min(_clause_end(sentence, start), start + _TRAIL_REACH)
            if self.cited_by is not None and self.cited_by.search(sentence, start, end):
                return name
        elif not content or not self.is_data_noun(content[0]):
            return name
        elif any(_capitalised(w) for w in name.split()) and not self.agent_prepositions.search(
            name
        ):
            # "les chiffres de l'ONU": named already; not "i dati trimestrali diffusi
            # dall'Istat", whose giver the name read runs on to
            return name
        end = min(_clause_end(sentence, start), start + _TRAIL_REACH)
        m = self.agent_prepositions.search(sentence, start, end)
        # a date in brackets is no figure: "divulgada nesta terça-feira (1º) pelo X"
        if m is None or any(ch.isdigit() for ch in _BRACKETED.sub("", sentence[start : m.start()])):
            return name
        giver = self._after(sentence, m.end(), cue_starts, cued=True)
        if giver is None or self.is_media(giver):
            return name  # "según datos oficiales rusos recogidos por el diario X": X passes on
        return giver

    def _data_owner(self, name: str) -> str | None:
        """The owner after a noun of data opening ``name``, in a language whose names the
        dictionary reads through their cases ("оценке литовской военной разведки": the
        estimate is the intelligence service's); None where no such noun opens it."""
        words = name.split()
        if not self.every_case or len(words) < 2 or not words[1][:1].isalpha():
            return None
        if not self.is_data_noun(words[0]):
            return None
        return " ".join(words[1:])

    def is_data_noun(self, word: str) -> bool:
        """A noun of data ("estimativa", "Schätzung"), in any of its forms: one of the
        folder's attribution nouns, or a word sharing all but its last letters with one
        ("estimativa" with "estimativas"; a long noun's ending changes with its number)."""
        low = word.lower().translate(_APOSTROPHES).split("'")[-1]
        if low in self.attribution_nouns:
            return True
        bare = self._past_definite(low)  # "الإحصائيات": past its definite article
        if any(b in self.attribution_nouns for b in bare):
            return True
        return any(
            len(n) >= 6 and abs(len(w) - len(n)) <= 2 and w[: len(n) - 2] == n[: len(n) - 2]
            for n in self.attribution_nouns
            for w in [low, *bare]
        )

    def cue_ends_at(self, sentence: str, at: int) -> bool:
        """Whether an "according to", citing or cited-by cue ends right before ``at``."""
        start = max(0, at - 60)
        for pattern in (self.according, self.citing, self.cited_by):
            if pattern is None:
                continue
            for m in pattern.finditer(sentence, start, at):
                if not sentence[m.end() : at].strip():
                    return True
        if self.speech is not None:  # ", ont indiqué deux responsables": the speakers
            for m in self.speech.finditer(sentence, start, at):
                if m.group().split()[-1].lower() in self.function_words:
                    continue  # ", conta que onze colegas": the verb's "que" opens what is said
                if not sentence[m.end() : at].strip() and sentence[: m.start()].rstrip().endswith(
                    (",", "–", "—")
                ):
                    return True
        return False

    def _coordinated(self, sentence: str, at: int) -> bool:
        """Whether the verb at ``at`` follows "and" right after another verb's words ("X
        contesta o número e fala em", "X niega la cifra y habla de"): it shares their subject."""
        words = sentence[max(0, at - 8) : at].split()
        return bool(words) and words[-1].lower() in self.ands

    def impersonal_in(self, sentence: str) -> bool:
        """Whether an impersonal verb with its pronoun stands in the sentence ("On estime
        que", "Se calcula que"): its figures are nobody's unless a body is named."""
        if self.impersonal is None:
            return False
        return any(self._pronoun_in(m.group()) for m in self.impersonal.finditer(sentence))

    def _pronoun_in(self, phrase: str) -> bool:
        """Whether an impersonal verb's match holds the language's impersonal pronoun ("on
        estime", "estima-se", "si stima"), not merely a stop word ("не виключають")."""
        return any(w.lower() in self.impersonal_pronouns for w in phrase.replace("-", " ").split())

    def _impersonal(self, sentence: str, at: int) -> bool:
        """Whether the verb of saying at ``at`` is one of the folder's impersonal verbs with
        its impersonal pronoun ("Si stima che", "Se calcula que", "Estima-se que"): no one
        unsaid speaks there, so the figure keeps no source unless a body is named."""
        if self.impersonal is None:
            return False
        for m in self.impersonal.finditer(sentence, max(0, at - 12), at + 40):
            if m.start() <= at < m.end() and self._pronoun_in(m.group()):
                return True
        return False

    def _inverted(self, verb: str) -> bool:
        """A verb of saying whose subject pronoun is glued after it ("a-t-il déclaré",
        "estime-t-elle"): its last hyphenated part is a back-reference."""
        parts = verb.lower().split()[0].split("-")
        return len(parts) > 1 and self._is(parts[-1], self.anaphors, ())

    def _opens_clause(self, sentence: str, at: int) -> bool:
        """Whether only time, stop and function words stand before offset ``at`` in its
        clause ("Inoltre stima che", "Además, calcula que")."""
        start = max(sentence.rfind(b, 0, at) for b in ",;:.") + 1
        return all(
            self._skip(w) or self._stop(w) or w.lower() in self.function_words
            for w in sentence[start:at].split()
        )

    def _after_dash(self, sentence: str, at: int) -> bool:
        """Whether a verb of saying at ``at`` follows a dash that sets off the quoted words
        before it, only time and function words between ("… z Północy – mówi.", "…, —
        говорит.", "– Dwóch przywieźli – opowiada przez tłumacza"): its speaker is unsaid,
        the one speaking before."""
        dash = max(sentence.rfind(d, 0, at) for d in (" – ", " — ", ", —", ", –"))
        if dash < 0 or not sentence[:dash].strip():
            return False
        rest = sentence[at : _clause_end(sentence, at)].split()[1:]
        if any(_capitalised(w) or w.isupper() for w in rest):
            return False  # "– relacjonował w poniedziałek … deputowany Pak": named after it
        return all(
            self._skip(w) or self._stop(w) or w.lower() in self.function_words
            for w in sentence[dash + 3 : at].split()
        )

    def _antecedent(self, sentence: str, at: int) -> int | None:
        """Where the comma before a relative pronoun standing right before offset ``at``
        (a verb of saying) is: ", que anunció", ", qui a précisé", ", che ha detto"; else
        None."""
        toks = list(_TOKEN.finditer(sentence, max(0, at - 40), at))
        if len(toks) < 2 or toks[-2].group() != "," or not self._relative(toks[-1]):
            return None
        return toks[-2].start()

    def _publishes_cued(self, sentence: str, verb_at: int, found: list[_Agent]) -> bool:
        """ "Según datos del Colegio de Médicos que publica hoy El Faro del Sur": a verb of
        saying opening a relative clause on the name an "according to" cue read; who
        publishes passes the data on (via), the cue's name is their source."""
        toks = list(_TOKEN.finditer(sentence, max(0, verb_at - 24), verb_at))
        if not toks or not self._relative(toks[-1]):
            return False
        head = sentence[: toks[-1].start()].rstrip(" ,")
        return any(
            a.according and a.text and not a.anaphoric and head.endswith(a.text.split()[-1])
            for a in found
        )

    def _relative(self, tok: re.Match[str]) -> bool:
        """Whether a token opens a relative clause ("qui", "que", "che", "qu'il")."""
        word = tok.group().lower().translate(_APOSTROPHES)
        return word in self.relatives or word.split("'")[0] + "'" in self.relatives

    def _cue_in(self, sentence: str, start: int, end: int) -> bool:
        """Whether a citing or "according to" cue stands in ``sentence[start:end]``."""
        return any(
            p is not None and p.search(sentence, start, end) is not None
            for p in (self.citing, self.cited_by, self.according)
        )

    def _opens_with_cue(self, sentence: str, segment: list[re.Match[str]]) -> bool:
        at = segment[0].start()
        return any(
            p is not None and p.match(sentence, at) is not None
            for p in (self.citing, self.cited_by, self.according)
        )

    def _trimmed(self, words: list[str], cued: bool = False) -> str | None:
        """The words as a name: time and function words and punctuation off its ends; None
        when no word of it is a content word, or when it is one lower-case word that is no
        back-reference ("qui se dit prêt", "оценивает поставки": an object, not a name)."""
        while words and (
            words[-1].lower() in self.function_words
            or words[-1] == ","
            or (self._skip(words[-1]) and not (len(words) > 1 and self._name_run(*words[-1:-3:-1])))
        ):
            words = words[:-1]
        timed = False  # "ещё весной фонд обещал": a time word before a noun opens its clause
        while words and (self._skip(words[0]) or words[0] == ","):
            timed = timed or words[0] != ","
            words = words[1:]
        if len(words) > 1 and _closing_abbreviation(words[0]) and _capitalised(words[1]):
            words = words[1:]  # "od 2018 r. Prezydent obiecuje": a year's "r." ends no sentence
        if words:
            words[-1] = words[-1].rstrip(".")
            if not words[-1]:
                words = words[:-1]  # "(Inps)." closing the sentence: its full stop alone
        if (
            len(words) > 2
            and words[0].lower() in self.noun_determiners
            and (words[1].lower() in self.data_words or self.is_data_noun(words[1]))
            and any(_capitalised(w) or w.isupper() for w in words[2:])  # a name follows
        ):
            words = words[2:]  # "таку оцінку ГУР оприлюднило": the estimate, then its giver
        content = [  # a quoted name counts: «Укренерго»
            w
            for w in words
            if w.lower() not in self.function_words
            and w.lstrip(_OPENING_QUOTES + "(")[:1].isalpha()
        ]
        if not content:
            return None
        lone = len(words) == 1 and words[0].islower() and not cued and not timed
        if lone and not self.is_anaphoric(words[0]):
            return None
        if all(w.lower() in self.data_words for w in content) and not self.is_anaphoric(
            " ".join(words)
        ):
            return None  # "такі дані оприлюднило X": the data, not who gave them
        if all(not w[:1].isupper() and self._is(w, *self.datives) for w in content):
            return None  # "przekazali dziś parlamentarzystom, że": the ones told
        return _without_document_noun(" ".join(words).replace(" ,", ","), self)

    # -- who may speak -------------------------------------------------------------------
    def no_speaker(self, name: str) -> str | None:
        """The name of the first rule (``NO_SPEAKER``) by which a source names nobody who
        speaks, or None: a source is a person, a body, an office or an outlet, not a place
        or a thing the sentence is about."""
        words = [w.lower().translate(_APOSTROPHES).split("'")[-1] for w in name.split()]
        words = [w for w in words if w]
        # "Estado Mayor", "Stato Maggiore": capitalised words after the first make a name,
        # though each alone is a function word ("estado": been; "mayor": greater)
        proper = not self.nouns_capitalised and _proper_name(name)
        for rule in NO_SPEAKER:
            if proper and rule is function_words_only:
                continue
            if rule(self, words):
                return rule.__name__
        return None

    # -- resolving -----------------------------------------------------------------------
    def is_anaphoric(self, name: str) -> bool:
        """A name made only of back-reference words ("la agencia", "ведомства", "він"), or
        such a noun with its adjectives ("l'agence sanitaire", ``_described``); remembered,
        since each figure of a sentence asks about the same names."""
        known = self._anaphoric.get(name)
        if known is None:
            if len(self._anaphoric) > 4096:
                self._anaphoric.clear()
            known = self._anaphoric[name] = self._is_anaphoric(name) or self._described(name)
        return known

    def _is_anaphoric(self, name: str) -> bool:
        words = name.lower().translate(_APOSTROPHES).replace("'", " ").split()
        if 0 < len(words) <= 3 and self._possessed_data(words[0]):
            return True  # "وفق خطتها الوطنية المعلنة": its plan, adjectives after
        if words and words[0] in self.indefinite:
            return False  # "ein Sprecher", "un responsable": someone new
        if words and all(
            w in self.articles or (w in self.function_words and len(w) <= 2) for w in words
        ):
            return False  # "o", "a", "la": an article alone refers to no one
        return bool(words) and all(
            self._is(w, self.anaphors, self.anaphor_stems) or w in self.function_words
            for w in words
        )

    def _possessed_data(self, word: str) -> bool:
        """Whether ``word`` is a noun of data with a possessive pronoun glued on
        (``possessive_suffixes``: "خطتها" its plan, "بياناته" his data): a back-reference
        to whose data it is. A noun may end otherwise alone (``possessive_stem_endings``:
        the feminine "ة" is written "ت" before the suffix)."""
        for suffix in self.possessive_suffixes:
            if len(word) > len(suffix) + 1 and word.endswith(suffix):
                stem = word[: -len(suffix)]
                alone = {
                    stem[: -len(glued)] + ending
                    for glued, ending in self.possessive_stem_endings.items()
                    if stem.endswith(glued)
                }
                return any(n in self.attribution_nouns for n in {stem, *alone})
        return False

    def _described(self, name: str) -> bool:
        """A back-reference's noun with adjectives after it ("L'agence sanitaire", "el
        organismo público"): it means a body named before only if that body's name shares
        its noun; else it is a description of its own (``resolve``)."""
        if not self.adjectives_after:
            return False
        # "L'agence sanitaire", "el organismo público": a back-reference's noun and the
        # adjectives after it, no name of its own
        raw = name.translate(_APOSTROPHES).replace("'", " ").split()
        content = [w for w in raw if w.lower() not in self.function_words]
        return (
            1 < len(content) <= 3
            and raw[1:] == content  # "o governo do estado": a name's complement, no adjective
            and raw[0].lower() in self.articles  # "fonti governative": someone new
            and len(content[0]) > 4
            and content[0].islower()
            and not any(w[:1].isupper() and w.lower() not in self.articles for w in raw)
            and self._is(content[0], self.anaphors, self.anaphor_stems)
            and all(w.replace("-", "").isalpha() and w.islower() for w in content[1:])
        )

    def resolve(self, agent: _Agent, history: list[str]) -> str | None:
        """The agent's name, a back-reference replaced by the earlier source it means: the
        latest whose name shares the reference's noun (by its first letters, so inflected
        forms agree; inside a word for a long stem, so "das Ministerium" meets "das
        Innenministerium"), else the latest; with none before, a reference with a noun
        names its body ("selon le ministère")."""
        if (body := self._possessed_people(agent.text, history)) is not None:
            return body  # "Sus analistas creen": the body named last, whose analysts they are

        # a document remembered with its maker ("El informe de la Cámara de Comercio") is
        # the maker's when "según el informe" refers back to it; one passing on another's
        # figures ("les statistiques russes citées dans le rapport") stays the document
        def maker(name: str) -> str:
            return name if agent.role == "via" else _without_document_noun(name, self)

        if related := self._related_before(agent.text, history):
            # "la agencia estadística": the "Instituto Nacional de Estadística"
            return maker(related)
        if headed := self._head_named(agent.text, history):
            # "المديرية": the "مديرية الاستخبارات العسكرية الأوكرانية"
            return maker(headed)
        named = [h for h in history if not isinstance(h, _Subject)]
        if named and self._data_alone(agent.text):
            # "W dokumencie podano", "de acuerdo con el mismo informe": data named before,
            # so the latest source gave them
            return _without_document_noun(named[-1], self)
        if (reference := self._person_reference(agent.text, history)) is not None:
            return reference  # "O autarca garante": the mayor named before, not a body since
        if not (agent.anaphoric or self.is_anaphoric(agent.text)):
            if person := _named_person(agent.text, history):
                return person  # "Według Rudenki": "Rzecznik HUR Ołeh Rudenko"
            return expanded(agent.text, history)  # "ГУР": the name it stands for
        nouns = self._reference_nouns(agent.text)
        if (shared := self._sharing_noun(agent.text, history)) and (
            not self.is_media(shared) or self._media_head(agent.text)
        ):
            # "співрозмовники агентства": the agency's informants, not the agency
            return shared
        if (
            nouns
            and not agent.anaphoric
            and self._described(agent.text)
            and not self._is_anaphoric(agent.text)  # "o mesmo responsável": words of reference only
        ):
            # "el organismo estadístico" after the "Instituto Nacional de Estadística": the
            # body whose name holds its adjective; "L'agenzia sudcoreana" with no agency
            # named before is a description of its own
            return self._adjective_named(agent.text, history) or agent.text
        # a reference with a noun that no name shares means a source, not the subject of
        # the sentence before ("Otros 2.000 murieron. Según el organismo, ..."), unless that
        # subject is a body's one-word name ("Прокуратура начала проверку. Как отметили в
        # ведомстве"); a pronoun means the latest of either
        named = [
            h
            for h in history
            if not nouns or not isinstance(h, _Subject) or _one_name(h) or self._body_name(h)
        ]
        if named:
            return _without_document_noun(named[-1], self)
        # "selon le ministère" with no source before it: the reference names the body
        return agent.text if nouns and not agent.anaphoric else None

    def _body_name(self, subject: str) -> bool:
        """Whether a sentence's subject is a body's name of capitalised words past its
        article ("La Mancomunidad de Aguas de la Sierra", "il Consorzio di Bonifica"),
        where nouns are not capitalised anyway: "Así lo ha comunicado el organismo" after
        it means that body."""
        if self.nouns_capitalised or any(c.isdigit() for c in subject):
            return False
        words = subject.split()
        if words and words[0].lower() in self.articles:
            words = words[1:]
        if sum(map(_capitalised, words)) < 2 or not _capitalised(words[0]):
            return False
        return not _territory(" ".join(words), self.language)

    def possessed_count(self, name: str) -> bool:
        """Whether ``name`` is a count or document of "his", "her" or "its" ("ses
        estimations", "le sue stime", "jego wyliczeń"): whoever was named last gave it."""
        words = [w for w in name.lower().translate(_APOSTROPHES).split() if w not in self.articles]
        tail = words[-3:]  # the cue may lead the phrase ("Secondo le sue stime")
        return any(
            mine in self.body_possessives and noun in self.attribution_nouns
            for mine, noun in zip(tail, tail[1:], strict=False)
        )

    def _possessed_people(self, name: str, history: list[str]) -> str | None:
        """The latest earlier source that names no person, where ``name`` is people of
        "its" (``body_pronouns``, then one of ``person_nouns``: "Sus analistas", "i suoi
        esperti", "ses experts"); None otherwise or where no body was named."""
        if not self.body_possessives:
            return None
        words = [w for w in name.lower().translate(_APOSTROPHES).split() if w not in self.articles]
        if len(words) < 2 or words[0] not in self.body_possessives:
            return None
        if self.possessed_count(name):
            # "D'après son rapport d'activité": the report of whoever was named last, the
            # subject of the sentence before ("Le groupe Vivalys invoque …") too
            return next((str(h) for h in reversed(history)), None)
        if len(words) != 2 or not self._is(words[1], *self.person_words):
            return None
        return next(
            (
                h
                for h in reversed(history)
                if not isinstance(h, _Subject) and not self._names_person(h)
            ),
            None,
        )

    def _media_head(self, reference: str) -> bool:
        """Whether a reference's first word past its articles is an outlet's noun ("l'agence
        officielle", "the agency"), not a noun of its own ("співрозмовники агентства")."""
        words = reference.lower().translate(_APOSTROPHES).replace("'", " ").split()
        head = next((w for w in words if w not in self.articles), "")
        return bool(head) and self.is_media(head)

    def _person_reference(self, name: str, history: list[str]) -> str | None:
        """The latest earlier source named as a person, where ``name`` is one of the
        folder's ``person_references`` ("l'édile", "o autarca"), else ``name`` itself where
        no person was named before; None where ``name`` is no such office."""
        if not self.person_references:
            return None
        key = " ".join(name.lower().translate(_APOSTROPHES).split())
        if key not in self.person_references:
            return None
        # none named before: the office as written, never a body
        return next((h for h in reversed(history) if self._names_person(h)), name)

    def _names_person(self, name: str) -> bool:
        """Two capitalised words in a row, the first with no article before it ("Le maire,
        Paul Girard", "Rubén Soto"; not "A Segurança Social", "Le Secours catholique")."""
        words = name.translate(_APOSTROPHES).replace(",", " ").split()

        def article(word: str) -> bool:  # "a" is pt's article and a preposition too
            low = word.lower()
            return low in self.articles or (len(low) <= 3 and low in self.function_words)

        for i in range(len(words) - 1):
            first, second = words[i], words[i + 1]
            if not all(w[:1].isalpha() and _capitalised(w) for w in (first, second)):
                continue  # "Фонд «Дом»": a quoted name is a body's
            if article(first) or "'" in first or (i > 0 and article(words[i - 1])):
                continue
            return True
        return False

    def _head_named(self, name: str, history: list[str]) -> str | None:
        """The latest earlier source of several words whose first noun is ``name``'s only
        noun, taken with its article: the body named again by its head ("وأضافت
        المديرية" after "مديرية الاستخبارات العسكرية الأوكرانية", the article glued; "la
        Direction" after "la Direction du renseignement militaire")."""
        words = name.translate(_APOSTROPHES).replace("'", " ").split()
        if len(words) == 2 and words[0].lower() in self.articles:
            noun = words[1].lower()
        elif len(words) == 1:
            glued = next((p for p in self.proclitics if words[0].startswith(p)), "")
            noun = words[0][len(glued) :].lower() if glued else ""
        else:
            return None
        if len(noun) < 4:
            return None
        for earlier in reversed(history):
            theirs = earlier.translate(_APOSTROPHES).replace("'", " ").lower().split()
            while theirs and theirs[0] in self.articles:
                theirs = theirs[1:]
            if len(theirs) > 1 and theirs[0] == noun:
                return earlier
        return None

    def _reference_nouns(self, name: str) -> list[str]:
        """The back-reference nouns of ``name`` ("агентство", "ministère"; not a pronoun or
        an article)."""
        return [
            w
            for w in name.lower().split()
            if len(w) > 4 and self._is(w, self.anaphors, self.anaphor_stems)
        ]

    def refers_back(self, name: str, history: list[str]) -> bool:
        """Whether a described back-reference finds an earlier source it means by its words:
        a name sharing its noun, or the body it describes again."""
        return bool(self._related_before(name, history) or self._sharing_noun(name, history))

    def _sharing_noun(self, name: str, history: list[str]) -> str | None:
        """The latest earlier source whose name shares a back-reference noun of ``name``
        (by its first letters, so inflected forms agree; inside a word for a long stem)."""
        for noun in self._reference_nouns(name):
            # "الوكالة" (the agency) means "وكالة ...": the article glued to it is no letter of it
            glued = next((p for p in self.proclitics if noun.startswith(p)), "")
            noun = noun[len(glued) :] if len(noun) - len(glued) >= 4 else noun
            stem = noun[: max(4, len(noun) - 3)]
            for earlier in reversed(history):
                if any(
                    w.startswith(stem)
                    or (len(stem) >= 6 and stem in w)
                    or (len(noun) >= 6 and noun in w)  # "der Dienst": "Militärgeheimdienst"
                    for w in earlier.lower().split()
                ):
                    return _without_document_noun(earlier, self)
        return None

    def _adjective_named(self, name: str, history: list[str]) -> str | None:
        """The latest earlier body (a name with a capitalised word) that shares a stem with
        each adjective of the described back-reference ``name`` ("el organismo estadístico":
        "Instituto Nacional de Estadística")."""
        words = name.translate(_APOSTROPHES).replace("'", " ").lower().split()
        adjectives = [
            w
            for w in words
            if w not in self.function_words
            and w not in self.articles
            and not self._is(w, self.anaphors, self.anaphor_stems)
        ]
        if not adjectives or any(len(w) < 5 for w in adjectives):
            return None
        for earlier in reversed(history):
            if isinstance(earlier, _Subject) or not any(_capitalised(w) for w in earlier.split()):
                continue
            theirs = [w.strip('()«»"').lower() for w in earlier.split()]
            if all(any(len(t) >= 5 and w[:5] == t[:5] for t in theirs) for w in adjectives):
                return earlier
        return None

    def _related_before(self, name: str, history: list[str]) -> str | None:
        """A body described again in common words ("el organismo estadístico", "южнокорейская
        разведка") after its name was given ("Instituto Nacional de Estadística (INE)",
        "Национальная служба разведки (НСР) Южной Кореи"): the latest earlier source whose
        words each of the description's own words shares a stem with (back-reference nouns
        such as "organismo" aside); None where a word of the description matches none, or
        where the description is a name itself (a capitalised word past its first)."""
        words = name.translate(_APOSTROPHES).replace("'", " ").split()
        if not words or not 1 <= len(words) <= 4 or words[0].lower() in self.indefinite:
            return None
        if any(w.isupper() and len(w) > 1 for w in words):
            return None  # an acronym: a name
        kept = [
            w.strip(".,")
            for w in words
            if w.lower() not in self.function_words and w.lower() not in self.articles
        ]
        own = [w for w in kept if not self._is(w, self.anaphors, self.anaphor_stems)]
        if self.nouns_capitalised and not any(w.lower() in self.articles for w in words):
            return None  # German: a description has its article ("des Verbands")
        if not self.nouns_capitalised and any(_capitalised(w) for w in kept):
            return None  # "Держстату", "Міністерство освіти": a name, not a description
        # every word must be the earlier name's, its back-reference noun too ("разведке" of
        # "службы разведки"; "ministra" is not "Secretaria de Saúde")
        own = [w.lower() for w in kept]
        for earlier in reversed(history):
            if isinstance(earlier, _Subject) or earlier.lower() == name.lower():
                continue
            theirs = [
                w.strip('()«»"').lower() for w in earlier.split() if len(w.strip('()«»"')) >= 4
            ]
            if not any(_capitalised(w) for w in earlier.split()) or any(
                c.isdigit() for c in earlier
            ):
                continue  # a description itself, or no name ("... binnen 48")
            if all(any(_shares_stem(w, t) for t in theirs) for w in own):
                return earlier
        return None

    def _data_alone(self, name: str) -> bool:
        """A name made only of a noun of data and words of reference or function words
        ("dokumencie", "o mesmo comunicado"): no body of its own."""
        words = name.lower().translate(_APOSTROPHES).replace("'", " ").split()
        determiners = [w for w in words if w in self.noun_determiners]  # "согласно этим данным"
        content = [
            w
            for w in words
            if w not in self.function_words and w not in self.articles and w not in determiners
        ]
        definite = (
            any(w in self.articles and w not in self.indefinite for w in words)
            or bool(determiners)
            or (
                # "a nota": an article the folder keeps out of number_articles, as it is also a
                # preposition ("a 300 km"), opening the name
                len(words) == 2 and len(words[0]) <= 2 and words[0] in self.function_words
            )
            or (
                # without articles, a data noun's oblique form refers back ("w dokumencie": in
                # the document); its listed form may be someone new ("مصادر": sources)
                not self.articles and all(w not in self.attribution_nouns for w in content)
            )
        )
        return (
            definite
            and bool(content)
            # the head: "l'institut statistique" is no data; "la nota", "o comunicado": the
            # statement its issuer was named with before
            and self._data_or_channel(self._unglued(content[0]))
            and all(
                self._data_or_channel(self._unglued(w))
                or self._is(w, self.anaphors, self.anaphor_stems)
                for w in content
            )
        )

    def _unglued(self, word: str) -> str:
        """A word without the longest proclitic glued to it that leaves a stem of three
        letters at least ("البيان": "بيان", the statement); else the word."""
        glued = next(
            (p for p in self.proclitics if word.startswith(p) and len(word) - len(p) >= 3), ""
        )
        return word[len(glued) :]

    def _data_or_channel(self, word: str) -> bool:
        """A noun of data ("estimativa") or of the channel a statement came through ("nota",
        "comunicado", the folder's ``impersonal_channels``)."""
        return self.is_data_noun(word) or word.lower().split("'")[-1] in self.channels

    def is_media(self, name: str) -> bool:
        """An outlet: named in outlets.yaml or by a media word ("agencia de noticias")."""
        low = name.lower().translate(_APOSTROPHES)
        words = set(re.findall(r"[\w-]+", low))
        if any(o in low for o in self.outlets if " " in o) or words & self.outlets:
            return True
        return bool(words & self.media_words) or any(p in low for p in self.media_phrases)

    def media_headed(self, name: str) -> bool:
        """An outlet by name, or a name whose head is a media word ("agencja Reutera"), not
        one that only holds one ("przedstawiciel Agencji Wywiadu": an intelligence agency's
        official)."""
        words = [
            w.split("'")[-1]
            for w in re.findall(r"[\w'-]+", name.lower().translate(_APOSTROPHES))
            if w not in self.articles
        ]
        low = name.lower().translate(_APOSTROPHES)
        if any(o in low for o in self.outlets if " " in o) or set(words) & self.outlets:
            return True
        return bool(words) and (words[0] in self.media_words or self.is_media(words[0]))


#: Sentences at most from a source's sentence to its next one for the figures between them
#: to be that source's (PlainAttributions._closes_between).
_BETWEEN = 6
#: A word of a person's name: capitalised, not all capitals ("Marco", "Ferretti", "O'Neil").
#: A speaker's label opening a paragraph: a short name, then a colon ("张立铭：", "기자: ").
_TURN_LABEL = re.compile(
    r"^\s*([^\s\d：:，,。、！？!?「」『』“”\"（）()|｜·]{2,12})(?:\s*[：:]|\u3000)\s*(?=\S)"
)
_LABEL_COLON = re.compile(r"\s*[：:]")
#: A minutes' turn: a question's or an answer's mark, who speaks in brackets ("答（教育長）　").
_BRACKETED_TURN = re.compile(r"^\s*(\S{1,2})[（(]([^（）()\s]{2,20})[）)](?:[\s\u3000]|[：:])")
#: How much of a document's opening is kept to find who a transcript's labels name.
_OPENING_CHARS = 2_000
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


#: An office opening a sentence, a person's name set off by commas after it.
_TITLED_OPENER = re.compile(
    r"([^\W\d_][^\s,]*(?:\s+[^\s,]+){1,6}),\s+([^\W\d_][^\s,]*(?:\s+[^\W\d_][^\s,]*){1,2}),\s"
)


#: A turn label opening an interview's paragraph: up to four words, then a colon
#: ("Marta Zielonka-Hwang: ...", "MZH: ...", "Pytanie: ...").
#: A word of a label's name: a letter, then letters, digits, dots, apostrophes, hyphens.
_LABEL_WORD = r"[^\W\d_][\w.'’-]*"
_NAME_LABEL = re.compile(
    r"(?:\[[\d:.]{4,12}\][ \t]*)?"  # a broadcast's time code before it ("[00:01:58] ")
    rf"({_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{0,3}})"
    # its role in brackets, or after a comma ("ИГОРЬ ШЕВЕЛЁВ, главный инженер «X»:")
    r"(?:[ \t]*(\([^()\n]{1,40}\)|,[ \t]*[^\W\d_][^:()\n]{1,60}))?"
    # a colon, or a dash or an equals sign between spaces ("Denise Mota — Hoje servimos …",
    # "윤재섭 시장 = 존경하는 …")
    r"(?:[ \t]*:|[ \t]+[—–=](?=[ \t]))"
    r"(?:[ \t]+(?=\S)|[ \t]*$)"  # the turn on the same line, or on the lines below
)
#: A roundtable's turn label behind a bullet, closed by an equals sign or a colon, as
#: Korean papers print a discussion ("▶남기철=…", "△사회=…", "◇주서윤: …"); a credit
#: line's "정리=" has no bullet.
_BULLET_LABEL = re.compile(
    rf"[{BULLETS}][ \t]*({_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{0,3}})"
    r"[ \t]*(\([^()\n]{1,40}\))?[ \t]*[=:：][ \t]*(?=\S)"
)


def time_openers(lex: Lexicon) -> frozenset[str]:
    """A time's prepositions, which open no subject and no name ("Bis Heiligabend"), save
    those a name may open with: an "of" word or an article ("Von der Leyen", "A Equipe")."""
    return lex.phrase_set("time_prepositions") - {
        *lex.of_words,
        *lex.phrase_set("number_articles"),
        *lex.phrase_set("definite_articles"),
        *lex.phrase_set("indefinite_articles"),
    }


def _name_label(text: str) -> re.Match[str] | None:
    """The turn label opening ``text``: a name and a colon (``_NAME_LABEL``) or a bulleted
    one (``_BULLET_LABEL``); group 1 the name, group 2 a role after it."""
    return _NAME_LABEL.match(text) or _BULLET_LABEL.match(text)


#: A vox pop's label: a name of up to four words, its age in brackets, a role after a comma,
#: then a colon and what the person says ("Carlos Ruiz (38 años), padre de tres niños: …").
_VOICE_LABEL = re.compile(
    rf"^\s*({_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{0,3}})"
    r"[ \t]*(\([^()\n]{1,30}\))?"
    r"(?:[ \t]*[,\u060c][ \t]*[^\W\d_][^:()\n]{0,60})?[ \t]*:[ \t]+(?=\S)"
)
#: A vox pop's label alone on its line, what the person says on the lines below: a name
#: (two people's joined: "Gisela und Werner Pohl"), the age in brackets, roles after commas
#: ("Melanie Krüger (34), Erzieherin, aus Kellingen:").
_VOICE_LINE = re.compile(
    rf"\s*({_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{1,4}})"
    r"[ \t]*\(([^()\n]{0,12}\d[^()\n]{0,12})\)"
    r"(?:[ \t]*[,\u060c][ \t]*[^\W\d_][^:()\n]{0,80})?[ \t]*:\s*"
)
#: Any turn label opening a line, a dash before it or not ("-해온일보 기자: …"): one or two
#: words and a colon or an equals sign.
_ANY_LABEL = re.compile(r"\s*[-–—]?[ \t]*[^\s:：=]{1,12}(?:[ \t][^\s:：=]{1,12})?[ \t]*[:：=][ \t]")
#: An expert's line in a poll of experts or a round of opinions: a name, a comma and the
#: person's role with no colon ("Вадим Гусаров, заведующий сектором Кореи (Владивосток)"),
#: alone on its line; the quoted paragraph below it is theirs (``Interview._person_line``).
_PERSON_LINE = re.compile(
    rf"\s*({_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{1,3}})[ \t]*,[ \t]*[^\W\d_][^\n:]{{2,200}}"
)
#: A clip's label alone on its line: a soundbite mark and a name, the clip's language in
#: brackets, who voices it over after a comma ("O-TON SEO JI-HOON (koreanisch), darüber
#: ÜBERSETZER:"); ``Interview._clip_label`` checks the mark.
_CLIP_LABEL = re.compile(
    rf"({_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{1,4}})[ \t]*(\([^()\n]{{1,40}}\))"
    r"(?:[ \t]*,[ \t]*[^\W\d_][^:()\n]{0,40})?[ \t]*:"
)
#: A script's cue line in brackets ("[PLATEAU]", "[VÍDEO — VOZ DE JAUME ROIG]").
_CUE_LINE = re.compile(r"\[[^\]\n]{1,100}\]")
#: A broadcast script's cue line: a kind of shot, a dash, a name in capitals, its role
#: ("[TOTAL — ROSA LLINARES, portavoz del comité de huelga]").
_BRACKET_LABEL = re.compile(
    r"\[([^\]\n—–]{1,20}?)\s*[—–-]\s*([^\W\d_a-zà-ÿ](?:[^\W\d_a-zà-ÿ]|['’ .-]){2,40}?)"
    r"\s*(?:,\s*([^\]\n]{1,80}))?\]$"
)
#: How much of what a transcript's turns say is kept to find who a later label names.
_SAID_CHARS = 20_000
#: A person's name glued to their age in brackets ("도경민(54)"), a particle after it.
_NAME_AGE = re.compile(r"([^\W\d_]{2,4})\(\d{1,3}\)[^\W\d_]{0,2}")
#: A name of two to four letters of a script without capitals, standing as a word.
_SHORT_NAME = re.compile(r"[^\W\d_]{2,4}")
#: How far after an interview cue its guest's name is looked for ("Rozmowa z dr Martą ...").
_CUE_REACH = 60


@dataclass(frozen=True)
class InterviewWords:
    """A language's words for an interview's layout (languages/schema.py): the cues
    before its guest's name ("Rozmowa z", "entretien avec"), the byline words before the
    one who asks ("Rozmawiał:", "Propos recueillis par"), and the labels of a question's
    and an answer's turn ("Pytanie:", "Odpowiedź:")."""

    guest_cue: re.Pattern[str] | None = None
    asker_cue: re.Pattern[str] | None = None
    askers: frozenset[str] = frozenset()
    answerers: frozenset[str] = frozenset()
    asker_endings: tuple[str, ...] = ()  # the askers as a label may end ("东方财经频道记者")
    question_openers: tuple[str, ...] = ()  # a question's mark opening its line ("―", "Q.")
    # a reporter's roles in a turn label ("correspondant à Séoul", "INVIATO"): their turn
    # is the programme's own report, no guest's
    reporters: frozenset[str] = frozenset()
    soundbites: frozenset[str] = frozenset()  # "[TOTAL — X, role]": X speaks below
    # words no person's name holds: time units, months, amounts, function words ("kamen
    # vergangene Woche Dutzende Mütter": capitalised German nouns, not a guest's name)
    not_names: frozenset[str] = frozenset()
    # words no name opens with: a time's prepositions ("Bis Heiligabend kommen wir")
    not_openers: frozenset[str] = frozenset()
    # titles after a name, where names stand before them ("윤재섭 시장 =", "배 국장:")
    titles_after: tuple[str, ...] = ()
    # a speech's sentence endings ("-습니다."): an unlabelled paragraph so opening goes on
    # the turn above it
    spoken_endings: tuple[str, ...] = ()

    @classmethod
    def of(cls, lex: Lexicon) -> InterviewWords:
        askers = lex.phrase_set("speaker_askers")
        return cls(
            _alternation(lex.words("interview_cues")),
            _alternation(lex.words("interviewer_cues")),
            askers,
            lex.phrase_set("speaker_answerers"),
            tuple(sorted(askers)),
            tuple(lex.words("question_openers")),
            lex.phrase_set("reporter_roles"),
            lex.phrase_set("soundbite_cues"),
            frozenset(
                w.lower()
                for w in (
                    *lex.set_of["time_units"],
                    *lex.mapping("month_numbers"),
                    *lex.vague_plurals,
                    *lex.vague_multipliers,
                    *lex.scales,
                    *lex.words("function_words"),
                )
            ),
            time_openers(lex),
            tuple(lex.mapping("person_titles")) if lex.data.get("names_before_titles") else (),
            tuple(lex.words("spoken_endings")),
        )

    def person_name(self, name: str) -> bool:
        """Whether no word of ``name`` is one no person's name holds (``not_names``), nor
        its first one that opens no name (``not_openers``)."""
        words = name.split()
        if words and words[0].lower() in self.not_openers:
            return False
        return not any(w.lower() in self.not_names for w in words)


def _same_name(a: str, b: str) -> bool:
    """Whether two runs of capitalised words name the same person in another case
    ("Martą Zielonką-Hwang", "Marta Zielonka-Hwang"; "Оксаною Гнатюк", "Оксана Гнатюк"):
    as many words (each part of a hyphenated one a word), each pair sharing all but its last
    two letters (two at least)."""
    aw, bw = a.replace("-", " ").split(), b.replace("-", " ").split()
    if len(aw) != len(bw):
        return False
    for x, y in zip(aw, bw, strict=True):
        n = max(2, min(len(x), len(y)) - 2)
        if x[:n].lower() != y[:n].lower():
            return False
    return True


def _to_last_capital(name: str) -> str:
    """A name read on past its body to the clause's verb ("Cámara de Comercio retrata una
    ciudad partida", where no verb of saying ends it) cut after its last capitalised word or
    bracketed acronym, when three words or more follow it; a name in lower case ("la
    chambre de commerce") stays whole."""
    words = name.split()
    last = max(
        (i for i, w in enumerate(words) if _capitalised(w) or w.isupper() or w[:1] == "("),
        default=None,
    )
    # "l'Inspection académique", "Agence nationale": an adjective or two after the last
    # capital are the name's own
    return name if last is None or len(words) - last <= 3 else " ".join(words[: last + 1])


def _initials(name: str) -> str:
    """A name's initials, a hyphenated word giving one for each part ("Marta Zielonka-Hwang":
    "MZH"), as an interview's turn labels abbreviate it."""
    return "".join(part[:1] for w in name.split() for part in w.split("-")).upper()


@dataclass
class Interview:
    """An interview's shape: a question standing as a paragraph of its own, the answer
    quoted (or opened by a dash) in the paragraph after it. The one answering is the
    person named last before the first question ("Abbiamo chiesto a Marco Ferretti, ...",
    "Wir sprachen mit Anna Weber"); the answer's figures are theirs, and a body the answer
    cites has them as its via."""

    words: InterviewWords = field(default_factory=InterviewWords)
    people: list[str] = field(default_factory=list)  # persons named before any question
    cued: list[str] = field(default_factory=list)  # persons named after an interview cue
    named: list[str] = field(default_factory=list)  # persons the opening names, headlines too
    asking: list[str] = field(default_factory=list)  # persons a byline names as asking
    asked_at: int | None = None  # a paragraph a question's label opens
    paragraph: int = -1  # the paragraph being read
    texts: list[str] = field(default_factory=list)  # its sentences so far
    asked: bool = False  # a question stood as a paragraph of its own
    answers: set[int] = field(default_factory=set)
    after_answer: bool = False  # the paragraph before the one being read was an answer
    labelled: bool = False  # a paragraph opened with a speaker's label
    opening: str = ""  # the document's text before its first turn (who it introduces)
    speakers: dict[int, str] = field(default_factory=dict)  # paragraph: its label's speaker
    # the paragraphs a person's turn label opens, and those its turn runs on to: whose turn
    label_turns: dict[int, str] = field(default_factory=dict)
    capital_labels: bool = False  # a person's label in a transcript's capitals ("OELKERS:")
    # the paragraph that is a turn label alone, the turn below it ("CLAIRE VASSEUR :")
    label_line: int | None = None
    # a role label's person, named once in brackets ("OSPITE (Roberto Falcinelli):")
    roles: dict[str, str] = field(default_factory=dict)
    # the programme's own reporters, as their first label named them ("MATHIEU GRALL,
    # journaliste :", "上原記者："): their later labels ("MATHIEU GRALL :", "上原：") report too
    reporting: list[str] = field(default_factory=list)
    cited: dict[int, str] = field(default_factory=dict)  # answer paragraph: source it named
    said: str = ""  # what the turns say, labels left out, casefolded (up to _SAID_CHARS)
    # the name a label shortens, as the opening writes it ("桐島　": 桐島遼; unspaced.py)
    full_name: Callable[[str, str], str] | None = None
    # titles a label may close on after a family name ("野々村研究員"), longest first
    titles: tuple[str, ...] = ()
    # the paragraph of an expert's line, whose turn is the quoted paragraph below it
    person_line: int | None = None

    def follow(self, s: Sentence, titled: Callable[[str], list[str]] | None = None) -> None:
        """Take ``s`` in, in reading order: where it opens a paragraph, whether the
        paragraph before it was a question and this one its answer. ``titled`` finds the
        persons a script without capitals names after their title ("الدكتورة سلمى
        الجبوري"), where ``_people`` finds none."""
        label: re.Match[str] | None = None  # the turn label opening a new paragraph
        if s.paragraph != self.paragraph:
            text = " ".join(self.texts)
            question = (
                (bool(text) and text.rstrip().endswith(("?", "؟")) and len(text) <= QUESTION_CHARS)
                # "―사상자 추정치는 기관마다 차이가 크다.": a question's mark opens the line
                or (
                    bool(text and self.words.question_openers)
                    and text.startswith(self.words.question_openers)
                    and len(text) <= QUESTION_CHARS
                )
                # a question's turn label ("Pytanie: ...") asks, whatever its length
                or self.paragraph == self.asked_at
                or (
                    # once answers run, a long question asks too when its last sentence is
                    # one ("Le quotidien X affirmait lundi que ... . Vous confirmez ?")
                    self.after_answer
                    and self.paragraph not in self.answers
                    and text.rstrip().endswith(QUESTION_MARKS)
                    and len(self.texts[-1]) <= QUESTION_CHARS
                )
                or (
                    # once answers run, a one-sentence line between them asks too, a prompt
                    # with no question mark ("Fala-se muito das munições.", "Parliamo dei
                    # numeri."); not a script's cue line in brackets ("[VÍDEO — VOZ DE X]")
                    self.after_answer
                    and self.paragraph not in self.answers
                    and len(self.texts) == 1
                    and len(text) <= QUESTION_CHARS // 2
                    and not _CUE_LINE.fullmatch(text.strip())
                    # nor a section's bulleted heading ("■ 일문일답": questions and answers)
                    and not text.lstrip().startswith(tuple(BULLETS))
                )
            )
            self.after_answer = self.paragraph in self.answers
            if (
                question
                and (
                    self.people
                    or self.cued
                    or self.speakers
                    # a dialogue of dashes ("—¿Cuántas casas…?" "—De las 312…") whose
                    # headline alone names the guest ("X, alcaldesa: «…»")
                    or (self.named and text.lstrip().startswith(_DIALOGUE_DASHES))
                )
                and (
                    s.text.lstrip().startswith(ANSWER_OPENERS)
                    # "Quantos soldados estão hoje na Rússia?" on a line of its own, the answer
                    # unquoted on the next; not a link's title ("Lee también: ¿Por qué ...?")
                    or (":" not in text and not s.block)
                )
            ):
                self.answers.add(s.paragraph)
            self.asked = self.asked or question
            above = self.paragraph
            self.paragraph, self.texts = s.paragraph, []
            label = _name_label(s.text.lstrip()) or self._clip_label(s.text.lstrip())
            if label and (label.group(2) or "").startswith(",") and not label.group(1).isupper():
                label = None  # "No Cerrado, o quadro é outro: ...": a role after a comma
                # labels a turn only in a transcript's capitals ("CLAIRE VASSEUR, présentatrice :")
            voice = None if label else self._voice_line(s) or self._person_line(s)
            if voice is not None:
                self.speakers[s.paragraph], label = voice.group(1), voice
            elif not self._named_label(s, label):
                self._label(s)
            if label is None and s.paragraph not in self.speakers:
                self._spoken_on(s, above)
            if self.asked_at == s.paragraph:
                # "[PLATEAU]" between two turns read as a prompt: the host's label asks
                self.answers.discard(s.paragraph)
            self._below_label(s, label)
            self._bracket_label(s)
        self.texts.append(s.text)
        if len(self.said) < _SAID_CHARS:  # what the turn says, its label left out
            said = s.text.lstrip()[label.end() :] if label else s.text
            self.said += said.casefold() + "\n"
        if not self.labelled and len(self.opening) < _OPENING_CHARS:
            self.opening += s.text + "\n"
        if not self.asked:
            self._opening(s, titled)

    def _opening(self, s: Sentence, titled: Callable[[str], list[str]] | None) -> None:
        """The persons an opening names: those a byline names as asking ("Rozmawiał:
        Paweł Dudziak") apart, and those right after an interview cue ("Rozmowa z dr Martą
        Zielonką-Hwang", a headline too) noted as the guest."""
        # a credit's names ("© Ana Ruiz / Diario Sur") are no one the text introduces
        text = _CREDIT.sub("", s.text)
        w = self.words
        found = [p for p in _people(text) if w.person_name(p)] or (titled(text) if titled else [])
        if w.asker_cue is not None and w.asker_cue.match(s.text.lstrip()):
            self.asking.extend(found)
            return
        if w.guest_cue is not None:
            for m in w.guest_cue.finditer(s.text):
                after = s.text[m.end() : m.end() + _CUE_REACH].split("\n")[0]
                named = _people(after, opening=True) or (titled(after) if titled else [])
                if named:
                    self.cued.append(named[0])
        self.named.extend(found)
        if s.text.rstrip().endswith(QUESTION_MARKS):
            return  # "— Пані Ларисо, скільки шкіл …?": whom a question addresses is no guest
        if not found and not s.block:
            # "Лариса Гайдамака (47 років) очолює …": the intro opens on the guest's name
            found = [p for p in _people(text, opening=True) if w.person_name(p)]
        if not s.block:
            self.people.extend(found)

    def _below_label(self, s: Sentence, m: re.Match[str] | None) -> None:
        """A label alone on its line ("[20:11:48] CLAIRE VASSEUR, présentatrice :") opens
        the turn on the line below: that line asks, or is the labelled person's answer."""
        above = self.label_line
        self.label_line = None
        if m is not None and not s.text.lstrip()[m.end() :].strip():
            self.label_line = s.paragraph
            return
        if above is None or m is not None:
            return
        if above != s.paragraph - 1 and above != self.person_line:
            return  # an expert's line stands apart, a blank line below it
        if self.asked_at == above:
            self.asked_at = s.paragraph
        elif above in self.speakers and (
            above != self.person_line or s.text.lstrip().startswith(tuple(_OPENING_QUOTES))
        ):
            self.speakers[s.paragraph] = self.speakers[above]
            self.answers.add(s.paragraph)

    def _bracket_label(self, s: Sentence) -> None:
        """A broadcast script's cue line marking a soundbite (``soundbite_cues``) and naming
        who speaks in it ("[TOTAL — ROSA LLINARES, portavoz del comité]", "[SONORE — X,
        maire]"): the line below is that person's turn. A line with no role ("[PLATÓ — LUCÍA FERRANDO]"), a
        reporter's (a reporter's role, or a name a reporter's label gave) and the host's (an
        asker's role) are the programme's own."""
        m = _BRACKET_LABEL.match(s.text.strip())
        if m is None:
            return
        if m.group(1).strip().lower() not in self.words.soundbites:
            return  # "[DIRECTO — X, desde San Blas]", "[VÍDEO — VOZ DE X]": the programme's
        label, role = " ".join(m.group(2).split()), (m.group(3) or "").strip()
        if self._reporter_role(role) or self._names(label, self.reporting):
            return
        name = label.title()
        if role.lower() in self.words.askers or self._names(label, self.asking):
            self.asking.append(name)  # "[PLATÓ — LUCÍA FERRANDO, presentadora]": the host
            self.asked_at = s.paragraph + 1
            return
        if not role:
            return  # "[PLATÓ — LUCÍA FERRANDO]": the programme's own presenter or reporter
        if 2 <= len(name.split()) <= 3 and name in _people(name, opening=True):
            self.speakers[s.paragraph] = name
            self.label_line = s.paragraph

    def _named_label(self, s: Sentence, m: re.Match[str] | None) -> bool:
        """A turn label opening a paragraph: an asker's ("Pytanie:", the byline's asker by
        name or initials) makes it a question, an answerer's ("Odpowiedź:") or a person's
        ("Marta Zielonka-Hwang:", "MZH:", "BEGOÑA URQUIZA (ANALISTA):", "URQUIZA:") an
        answer, theirs. Whether the label was read so; else ``_label`` reads it as a
        transcript's. ``m``: ``_NAME_LABEL`` matched at the paragraph's start."""
        if m is None:
            return False
        label = " ".join(m.group(1).split())
        mark, _, rest = label.partition(" ")
        if rest and mark.lower() in self.words.soundbites:
            label = rest  # "O-TON HENRIKE STALMANN:": the clip's speaker
        key = label.lower().rstrip(".")
        if key in self.words.askers or self._names(label, self.asking):
            self.asked_at = s.paragraph
            return True
        role_text = (m.group(2) or "").strip("(), \t")  # "(prowadząca)", ", présentatrice"
        if role_text.lower() in self.words.askers:
            # "ALICJA MROCZEK (prowadząca):": the host asks, by name in later labels too
            host = self._label_person(label, roled=True)
            if host is not None:
                self.asking.append(host)
            self.asked_at = s.paragraph
            return True
        if key in self.words.answerers and (self.cued or self.people):
            self.answers.add(s.paragraph)
            return True
        if key in self.words.reporters or self._reporter_role(role_text):
            # "MATHIEU LEROUGE, correspondant à Séoul :": the report goes on
            self.reporting.append(label.title() if label.isupper() else label)
            if key in self.words.reporters and role_text:
                self.reporting.append(role_text)  # "INVIATO (Davide Lorusso):"
            return True
        if self._names(label, self.reporting):
            return True  # "MATHIEU LEROUGE :" again, later
        person = self._label_person(label, roled=m.group(2) is not None)
        if person is None:
            person = self._role_label(label, role_text)
        if person is None:
            return False
        self.speakers[s.paragraph] = person
        self.answers.add(s.paragraph)
        self.label_turns[s.paragraph] = person
        self.capital_labels = self.capital_labels or label.isupper()
        return True

    def _clip_label(self, text: str) -> re.Match[str] | None:
        """A radio script's clip label alone on its line, a soundbite mark first, the
        language in brackets and who voices the translation after a comma ("O-TON SEO
        JI-HOON (koreanisch), darüber ÜBERSETZER:"): the clip's speaker labels the turn."""
        m = _CLIP_LABEL.fullmatch(text.rstrip())
        if m is None or m.group(1).split()[0].lower() not in self.words.soundbites:
            return None
        return m

    def _voice_line(self, s: Sentence) -> re.Match[str] | None:
        """A vox pop's label alone on its line (``_VOICE_LINE``), whose person says the
        line below: a name whose first and last words are capitalised and are no amount or
        time word (``not_names``). A script without capitals has no such label here."""
        m = _VOICE_LINE.fullmatch(s.text)
        if m is None:
            return None
        words = m.group(1).split()
        if not all(
            _capitalised(w) and w.lower() not in self.words.not_names for w in (words[0], words[-1])
        ):
            return None
        return m

    def _spoken_on(self, s: Sentence, above: int) -> None:
        """A transcript's speech running over paragraphs under one label ("윤재섭 시장 =
        …", then paragraphs with none). Where a language speaks to an audience in endings
        of its own (``spoken_endings``), a paragraph right after a labelled turn opening on
        one is that turn's, and one written as a report ("노조 관계자는 … 말했다") is the
        document's again. Elsewhere a paragraph right after a person's label ("BRAMMERTZ:
        …") is their turn's until the next label, as a transcript runs on, unless it
        asks or is a headline or list line."""
        if above not in self.speakers or _ANY_LABEL.match(s.text):
            return  # "-해온일보 기자: …습니까.": a label this reader does not know, a new turn
        ends = self.words.spoken_endings
        if ends and not s.text.rstrip().endswith(ends):
            return
        if not ends:
            if not self._runs_on(s, above):
                return
            self.label_turns[s.paragraph] = self.label_turns[above]
        self.speakers[s.paragraph] = self.speakers[above]
        self.answers.add(s.paragraph)

    def _runs_on(self, s: Sentence, above: int) -> bool:
        """Whether the paragraph of ``s`` goes on the person's turn labelled at ``above``:
        the page is a transcript (a label in its capitals, or two persons' labels so far;
        "Tempête Ysolde :" once is a heading's), and the paragraph neither asks nor is a
        headline or list line."""
        return (
            above in self.label_turns
            and (self.capital_labels or len(set(self.label_turns.values())) >= 2)
            and not s.block
            and not s.text.rstrip().endswith(QUESTION_MARKS)
        )

    def _person_line(self, s: Sentence) -> re.Match[str] | None:
        """An expert's line alone on its paragraph (``_PERSON_LINE``): a person's name as
        an opening writes it, a comma, their role, no sentence's closing mark. A poll of
        experts prints each answer so, the answer quoted in the paragraph below
        (``_below_label`` asks for its opening quotation mark)."""
        text = s.text.rstrip()
        m = _PERSON_LINE.fullmatch(text)
        if m is None or text.endswith((".", "!", "?", "…")):
            return None
        name = m.group(1)
        if name not in _people(name, opening=True) or not self.words.person_name(name):
            return None
        self.person_line = s.paragraph
        return m

    def _reporter_role(self, role_text: str) -> bool:
        """Whether a label's role names a reporter of the programme: its first word
        ("correspondant à Séoul", "journaliste") or its opening words ("in collegamento")."""
        words = role_text.lower().split()
        return bool(words) and any(
            words[: len(r.split())] == r.split() for r in self.words.reporters
        )

    def _role_label(self, role: str, bracketed: str) -> str | None:
        """The person a role's label names: in brackets after it ("OSPITE (Roberto
        Falcinelli):", "INVIATO (Davide Lorusso):"), then by the role alone ("INVIATO:")."""
        if not role.isupper() or len(role.split()) > 2:
            return None  # a role in capitals, as a transcript writes it
        if bracketed:
            words = bracketed.split()
            if 2 <= len(words) <= 3 and bracketed in _people(bracketed, opening=True):
                self.roles[role] = bracketed
                return bracketed
            return None
        return self.roles.get(role)

    def _label_person(self, label: str, roled: bool) -> str | None:
        """The person a turn label names. A full name as a label writes it (the
        nominative), in capitals as a broadcast's transcript writes it ("BEGOÑA URQUIZA") when
        its role stands after it in brackets or its turns have named it before, and in a
        script without capitals ("سلمى الحداد (المذيعة):") on the same terms; else a person
        named before, by the label's initials ("MZH"), another case or surname ("URQUIZA")."""
        capitals = label.isupper() and len(label.replace(" ", "")) > 4
        name = label.title() if capitals else label
        words = name.split()
        vouched = roled or self._said(name)
        if 2 <= len(words) <= 3 and name in _people(name, opening=True):
            if not capitals or vouched:
                return name
        elif 2 <= len(words) <= 4 and label.lower() == label.upper() and vouched:
            return name  # a script without capitals
        person = self._names(label, [*self.speakers.values(), *self.people, *self.cued])
        if person is None:
            return self._titled_name(words)
        return self._as_named(person) if person in self.cued else person

    def _titled_name(self, words: list[str]) -> str | None:
        """The person a label of a name and a title after it names, where names stand
        before titles ("윤재섭 시장 =", "배미란 교통국장:"): the name; a surname alone ("윤
        시장:", "배 국장:") is the person an earlier label of that surname named."""
        if len(words) != 2 or not words[1].endswith(self.words.titles_after):
            return None
        name = words[0]
        if name.lower() != name.upper():
            return None  # a script without capitals
        if _SHORT_NAME.fullmatch(name):
            return name  # a name of two to four letters
        if len(name) > 1:
            return None  # longer: no name
        return next((p for p in self.speakers.values() if p.startswith(name) and len(p) > 1), None)

    def _said(self, name: str) -> bool:
        """Whether the turns read so far name ``name`` in their text (not as a label)."""
        return name.casefold() in self.said

    def _as_named(self, cued: str) -> str:
        """The guest an interview cue names, as the opening writes the name elsewhere (the
        nominative of "ми поговорили з Оксаною Гнатюк" in a headline), the form written
        most often; else as the cue writes it."""
        forms = [n for n in self.named if n not in self.cued and _same_name(n, cued)]
        return max(forms, key=forms.count) if forms else cued

    @staticmethod
    def _names(label: str, people: list[str]) -> str | None:
        """The person of ``people`` a label names: in full, in another case, or by the
        initials of their name ("MZH")."""
        for name in people:
            if (
                _same_name(label, name)
                or (label.isupper() and 2 <= len(label) <= 4 and label == _initials(name))
                # a surname alone, in capitals as a transcript's later turns write it
                or (
                    " " not in label
                    and len(label) > 2
                    and name.split()[-1].casefold() == label.casefold()
                )
            ):
                return name
        return None

    def _label(self, s: Sentence) -> None:
        """A transcript's turns ("张立铭：…", "郑远航：…", "박서윤: …"): a paragraph opening
        with the label of someone the document's opening named in its text (not as a
        label: "来源：" names no one) is that person's answer, all of it, up to the next
        label; an asker's label ("记者：", "东方财经频道记者：") opens a question. Labels of
        captions and links ("写真：", "관련기사:") name no one introduced: no turn."""
        if self.titles and self._bracketed_turn(s):
            return
        m = _TURN_LABEL.match(s.text) or _BULLET_LABEL.match(s.text)  # "▶남기철=…"
        if m is None or not self.words.askers:
            return
        label = m.group(1)
        if label.lower().endswith(self.words.asker_endings):
            reporter = next((r for r in self.words.reporters if label.endswith(r)), None)
            if reporter and len(label) > len(reporter):
                self.reporting.append(label[: -len(reporter)])  # "上原記者": 上原 reports
            return
        if label in self.reporting:
            return  # "上原：" after "上原記者：": the reporter's turn again
        # in an alphabet with spaces and no glued particles (Latin, Cyrillic), a whole
        # word: "FAKTEN:" is no one "FAKTENCHECK Nr. 37" introduced
        whole = all(ord(ch) < 0x0530 for ch in label)
        pattern = rf"(?<!\w){re.escape(label)}(?!\w)" if whole else re.escape(label)
        if any(
            not _LABEL_COLON.match(self.opening, at.end())
            for at in re.finditer(pattern, self.opening)
        ):
            self.labelled = True
            self.answers.add(s.paragraph)
            self.speakers[s.paragraph] = (
                self.full_name(label, self.opening) if self.full_name else label
            )
        elif person := self._titled_label(label):
            self.labelled = True
            self.answers.add(s.paragraph)
            self.speakers[s.paragraph] = person

    def _bracketed_turn(self, s: Sentence) -> bool:
        """A council's minutes ("問（山田太郎議員）　…", "答（松浦宏明教育長）　…", later
        "答（教育長）"): a question's or an answer's mark, then who speaks in brackets, a name
        and its title or the title alone (the person it was given to before). An answer is
        that person's. Whether the paragraph opened so."""
        m = _BRACKETED_TURN.match(s.text)
        if m is None:
            return False
        mark, inside = m.group(1), m.group(2)
        if mark in self.words.askers:
            self.asked_at = s.paragraph
            return True
        if mark not in self.words.answerers:
            return False
        title = next((t for t in self.titles if inside.endswith(t)), None)
        if title is None:
            return False
        person = inside[: -len(title)] or self.roles.get(title)
        if not person:
            return False
        self.roles[title] = person
        self.labelled = True
        self.answers.add(s.paragraph)
        self.speakers[s.paragraph] = person
        return True

    def _titled_label(self, label: str) -> str | None:
        """The person a label of family name and title names ("野々村研究員：") when the
        turns before introduced them ("研究員の野々村梓さんに聞きます"): the full name
        they wrote before a title."""
        surname = next(
            (label[: -len(t)] for t in self.titles if label.endswith(t) and len(label) > len(t)),
            None,
        )
        if not surname or self.full_name is None or surname.casefold() not in self.said:
            return None
        full = self.full_name(surname, self.said)
        return full if full != surname else None

    def interviewee(self) -> str:
        """The person named most often before the first question, the latest of those
        named as often: the intro names them ("Inês Carvalhal, 41 anos, coordena ...")
        beside the bodies they work for."""
        if self.speakers:  # the one a turn label names as answering
            return next(iter(self.speakers.values()))
        if self.cued:
            return self._as_named(self.cued[0])
        if not self.people:
            # a headline alone names the guest ("Marisol Cárcamo, alcaldesa: «…»"), before
            # any caption's credit
            return next((n for n in self.named if not self._names(n, self.asking)), self.named[0])
        people = [n for n in self.people if not self._names(n, self.asking)]
        counts: dict[str, int] = {}
        for name in people or self.people:
            counts[name] = counts.get(name, 0) + 1
        top = max(counts.values())
        return next(n for n in reversed(people or self.people) if counts[n] == top)

    def answer(
        self, s: Sentence, own: Attribution | None, cues: _Cues, own_voice: bool = False
    ) -> Attribution | None:
        """The attribution of an answer's figures: the one answering, or the source the
        answer names with the one answering passing it on (and goes on naming in the
        answer's later sentences that name no one, unless ``own_voice``: "we estimate");
        None outside an answer."""
        if s.paragraph not in self.answers:
            return None
        person = self.speakers.get(s.paragraph) or self.interviewee()
        if own_voice:
            self.cited.pop(s.paragraph, None)  # the speaker's own words end the cited source's
        if own is None or not own.source or own.source == person:
            cited = self.cited.get(s.paragraph)
            if cited is not None and s.paragraph in self.speakers and not own_voice:
                # a transcript's turn: "The HUR puts it at 12 million. Besides, Russia got 100
                # missiles": the source it cited goes on until its speaker speaks for themself
                return Attribution(cited, [person], inherited=True)
            return Attribution(person, inherited=True)
        if (own_voice or own.source != self.cited.get(s.paragraph)) and (
            not (_written_in(own.source, s.text) or _named_back(own.source, s.text, cues))
            or _own_data(own.source, cues)
        ):
            # "Stimiamo che ...": a verb with no subject read as the subject before; "Le
            # nostre stime parlano di": the one answering's own estimates
            return Attribution(person, inherited=True)
        if not own.inherited:
            self.cited[s.paragraph] = own.source
        return Attribution(own.source, [person, *(v for v in own.via if v != person)])


def _named_whole(part: str, history: list[str]) -> str | None:
    """The latest earlier source of one word that holds ``part`` (a word of its own) inside
    it, neither at its start nor at its end ("경찰" for "충북경찰청"), or that ends on
    ``part`` of one letter ("시" for "청주시"): the body named again by a part of its name;
    None for a name of several words or one not so named. (A part sharing the name's first
    or last letter is ``unspaced.one_name_per_body``'s.)"""
    if not part or " " in part or "(" in part:
        return None
    for earlier in reversed(history):
        if " " in earlier or "(" in earlier or earlier == part:
            continue
        k = earlier.find(part)
        if k <= 0:
            continue
        if len(part) == 1:
            if k + 1 == len(earlier):  # "시" of "청주시"
                return earlier
        elif part[-1] != earlier[-1]:  # a cut sharing its end is one_name_per_body's
            return earlier
    return None


def _named_back(name: str, text: str, cues: _Cues) -> bool:
    """Whether ``text`` names ``name`` again by a noun of reference that is part of it
    ("Der Dienst beziffert sie" after "Geheimdienst NIS", "la agencia" after "Agencia
    Tributaria"): the sentence's own subject, resolved to the earlier name."""
    theirs = [w.lower() for w in _NAME_WORD.findall(name)]
    for m in _NAME_WORD.finditer(text):
        word = m.group().lower()
        if len(word) < 4 or not cues._is(word, cues.anaphors, cues.anaphor_stems):
            continue
        stem = word[: max(4, len(word) - 2)]
        if any(t.startswith(stem) or (len(word) >= 6 and word in t) for t in theirs):
            return True
    return False


def _written_in(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name``, maybe in another case: each of its words opens a
    word of the text, but for its last two letters ("japoński MSZ" in "według
    japońskiego MSZ"); a name with its acronym in brackets ("Главное управление разведки
    (ГУР)") is written as either."""
    if name in text:
        return True
    bare = _BRACKETED.sub("", name).strip()
    if bare and bare != name:
        acronym = name[len(bare) :].strip(" ()")
        return _written_in(bare, text) or (bool(acronym) and _written_in(acronym, text))
    words = [w.lower() for w in _NAME_WORD.findall(text)]
    return all(
        any(t.startswith(n.lower()[: max(3, len(n) - 2)]) for t in words)
        for n in _NAME_WORD.findall(name)
    )


def _person_before_colon(sentence: str, at: int) -> str | None:
    """The one person's name (``_people``) the sentence gives before a colon that stands
    before ``at`` (not a turn label's), with no other capitalised run between the colon and
    ``at``; None else."""
    colon = sentence.rfind(":", 0, at)
    if colon < 0 or _people(sentence[colon + 1 : at]):
        return None
    if (label := _name_label(sentence)) is not None and colon < label.end():
        return None  # "INVIATO (Davide Lorusso): …": a turn's label, whose words they are
    people = list(dict.fromkeys(_people(sentence[:colon])))
    return people[0] if len(people) == 1 else None


def _people(text: str, opening: bool = False) -> list[str]:
    """Runs of two or three capitalised words in ``text`` with only a space between them:
    persons' names ("Marco Ferretti", "Anna Weber"). Past the text's first word, unless the
    run opening it is set off by a comma ("Inês Carvalhal, 41 anos, coordena"); not a run
    inside a longer name, after a short "of" word that follows a capitalised word ("Centro
    de Estudos Internacionais do Porto"). ``opening``: the text is known to open with a
    name (what follows an interview cue, a turn label)."""
    matches = list(_NAME_WORD.finditer(text))
    # a run is its first word's index into ``matches`` and its words (the index, not a
    # search for it, so the text is read once)
    runs: list[tuple[int, list[re.Match[str]]]] = []
    run: list[re.Match[str]] = []
    for i, m in enumerate(matches):
        w = m.group()
        name_like = w[:1].isupper() and not w.isupper()
        if name_like and (not run or text[run[-1].end() : m.start()] == " "):
            run.append(m)
            continue
        runs.append((i - len(run), run))
        run = [m] if name_like else []
    runs.append((len(matches) - len(run), run))
    out: list[str] = []
    for k, run in runs:
        if not run:
            continue
        if k == 0 and not opening and not text[run[-1].end() :].startswith(","):
            k, run = 1, run[1:]  # a capital opening the text need not be a name's
        if not 2 <= len(run) <= 3:
            continue
        if k >= 2 and _inside_name(text, matches[k - 2], matches[k - 1]):
            continue
        out.append(" ".join(r.group() for r in run))
    return out


def _inside_name(text: str, before: re.Match[str], link: re.Match[str]) -> bool:
    """Whether a short lower-case word (``link``) right after a capitalised one
    (``before``) joins what follows to that name ("Centro de Estudos")."""
    w = link.group()
    return (
        len(w) <= 3
        and w.islower()
        and before.group()[:1].isupper()
        and text[before.end() : link.start()] == " "
    )


#: An acronym a text writes: three to six capitals of any script ("ГУР", "NIS", "КНДР");
#: the letters of a word of three to six, ``acronyms`` keeps those in upper case.
_ACRONYM = re.compile(r"(?<![\w-])[^\W\d_]{3,6}(?![\w-])")


def acronyms(text: str) -> frozenset[str]:
    """The acronyms ``text`` writes, for ``PlainAttributions.acronyms``."""
    return frozenset(a for a in _ACRONYM.findall(text) if a.isupper())


def _opens_acronym(acronym: str, words: list[str]) -> bool:
    """Whether a capitalised word of ``words`` opens as ``acronym`` does ("НСР":
    "Национальной службы разведки"; not "IEP" after "para la Economía y la Paz")."""
    return any(_capitalised(w) and w[0] == acronym[0] for w in words)


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether ``short`` is made of two or more pieces of three letters or more, each the
    opening of one of ``words`` in order ("держстат": "державна служба статистики"), with an
    inflected ending of at most two letters left ("держстату")."""

    def pieces(rest: str, at: int, found: int) -> bool:
        if len(rest) <= 2 and found >= 2:
            return True  # all read, or an inflected ending left
        for k in range(at, len(words)):
            w = words[k]
            for n in range(min(len(w), len(rest)), 2, -1):
                if rest[:n] == w[:n] and pieces(rest[n:], k + 1, found + 1):
                    return True
        return False

    return pieces(short, 0, 0)


def _named_person(name: str, history: list[str]) -> str | None:
    """The earlier source a person's one name ("Rudenki", "Lee") means: the latest whose
    person's name (two or three capitalised words) holds a word it starts with, but for
    that word's last two letters at most ("Rudenki": "Rudenko"; "Nowakowskiego":
    "Nowakowski"; not "Rząd": "Rządowe Centrum Bezpieczeństwa")."""
    if " " in name or not _capitalised(name) or name.isupper() or len(name) < 3:
        return None
    low = name.lower()
    for earlier in reversed(history):
        if isinstance(earlier, _Subject) or earlier == name:
            continue
        for person in _people("a " + earlier):
            for w in person.lower().split():
                common = next(
                    (i for i, (a, b) in enumerate(zip(w, low, strict=False)) if a != b),
                    min(len(w), len(low)),
                )
                if common >= max(3, len(w) - 2):
                    return earlier
    return None


def _name_words(name: str) -> list[str]:
    """The capitalised words of a person's name ("Park", "Sun-woo"; no acronym)."""
    return [
        w for w in _NAME_WORD.findall(name) if _capitalised(w) and not w.isupper() and len(w) > 2
    ]


def _proper_name(name: str) -> bool:
    """Two words or more, each capitalised, after any article ("el Estado Mayor")."""
    words = [w.split("'")[-1] for w in name.translate(_APOSTROPHES).split()]
    while words and not _capitalised(words[0]):
        words.pop(0)
    return len(words) > 1 and all(_capitalised(w) for w in words)


def _own_data(name: str, cues: _Cues) -> bool:
    """A source made of a noun of data and no name ("Le nostre stime"): whoever speaks."""
    words = name.split()
    return not any(_capitalised(w) for w in words[1:]) and any(cues.is_data_noun(w) for w in words)


def opens_with_preposition(cues: _Cues, words: list[str]) -> bool:
    """ "im Land", "w regionie": a phrase opening with a preposition is where or how, not
    who (the folder's ``prepositions``)."""
    return bool(words) and words[0] in cues.not_openers


def function_words_only(cues: _Cues, words: list[str]) -> bool:
    """ "Cela", "Poi": a pronoun or an adverb read as a subject names nobody (spaCy's
    stop words of the language, the folder's function words)."""
    return bool(words) and all(w in cues.stop_words or w in cues.function_words for w in words)


def document_itself(cues: _Cues, words: list[str]) -> bool:
    """ "الورقة", "das Papier": the document being read, one noun of the folder's
    ``own_document_nouns`` with at most its article, speaks in the writer's voice."""
    rest = [w for w in words if w not in cues.articles and w not in cues.function_words]
    if len(rest) != 1:
        return False
    word = rest[0]
    return word in cues.own_documents or any(
        word.startswith(p) and word[len(p) :] in cues.own_documents for p in cues.proclitics
    )


def nobody(cues: _Cues, words: list[str]) -> bool:
    """ "ولا شيء يؤكد ذلك", "nadie lo ha confirmado": a word for nobody or nothing (the
    folder's ``nobody_words``) with at most function words around it is no speaker."""
    return any(w in cues.nobody for w in words) and all(
        w in cues.nobody or w in cues.stop_words or w in cues.function_words for w in words
    )


def opens_with_nobody(cues: _Cues, words: list[str]) -> bool:
    """ "من دون أن يؤكد أي مصدر رسمي هذه الأرقام", "aucune source officielle ne l'a
    confirmé": a subject opening with a word for no one or none is no speaker, whatever
    words describe it."""
    return bool(words) and words[0] in cues.nobody


#: The rules by which a source names nobody who speaks, in the order they are tried.
NO_SPEAKER: tuple[Callable[[_Cues, list[str]], bool], ...] = (
    opens_with_preposition,
    function_words_only,
    document_itself,
    nobody,
    opens_with_nobody,
)


#: How many spelled-out names a document's reading keeps for the acronyms after them
_SPELLED_KEPT = 256


@dataclass
class PlainAttributions:
    """What the parser-free reading of one document carries from sentence to sentence:
    the attribution of each paragraph's last attributed sentence (a figure with no cue of
    its own in the sentence right after takes it; further on, a sentence mostly tells
    something the writer asserts: "Selon un sondage, 61 % ... La police a procédé à 181
    interpellations"), the sources named so far (for "la agencia", "он"), what passed each
    on, and the claims of the sentence before (a sentence opening "Об этом заявил X" gives
    them their source)."""

    reader: PlainReader
    history: list[str] = field(default_factory=list)
    known_via: dict[str, list[str]] = field(default_factory=dict)
    para_attr: dict[int, Attribution] = field(default_factory=dict)
    last_claims: list[Claim] = field(default_factory=list)
    # the last claims' sentence opened a dash's turn ("– W najgorsze dni …"), and whether
    # their sources were carried in: the speaker closing that turn later is theirs
    last_turn: bool = False
    last_carried: bool = False
    last_paragraph: int = -1
    count: int = 0  # sentences read so far
    noted_at: dict[int, int] = field(default_factory=dict)  # paragraph: when noted
    # paragraph: when the source noted last spoke in reported speech (a hedge, a subjunctive)
    reported_at: dict[int, int] = field(default_factory=dict)
    # the subject opening the last sentence read without a source: (paragraph, count, name)
    subject: tuple[int, int, str] | None = None
    subject_before: tuple[int, int, str] | None = None  # the one before ``subject``
    #: the last figureless sentence and the source it named, (paragraph, count, text,
    #: source): the people it named besides ("… un entretien avec Bastien Lemarchand, 47
    #: ans") are whom "il" in the next one may mean, read only when one speaks
    read_before: tuple[int, int, str, str] | None = None
    #: the person named last by a sentence read (count, name), and when each source was
    #: last remembered (count): "Директор Эльдар Мухаметшин встречает нас … «…», — говорит
    #: он" means the director though he named no figure before
    person_named: tuple[int, str] | None = None
    person_pending: tuple[int, str] | None = None  # the sentence being read's, kept next
    #: a role word written right before a person's name ("Директор Эльдар Мухаметшин"):
    #: the role's stem (``person_nouns``) -> the person, whom "добавил директор" means
    role_people: dict[str, str] = field(default_factory=dict)
    remembered_at: dict[str, int] = field(default_factory=dict)
    #: the body a figureless sentence of the paragraph spelled out with its acronym in
    #: brackets: whom "la agencia" means when no source came before
    defined: tuple[int, str, int] | None = None  # (paragraph, acronym, when)
    latest_count: Claim | None = None  # what "d'entre eux", "de ellos" refer to
    interview: Interview = field(init=False)
    # a lawmaker's name words: the body whose briefing they relayed, and who passed it on
    relays: dict[str, Attribution] = field(default_factory=dict)
    # the body a figureless sentence told of briefing: (paragraph, count, name)
    briefer: tuple[int, int, str] | None = None
    # figures without a source since a source last spoke, and (that source, when)
    between: list[Claim] = field(default_factory=list)
    between_from: tuple[str, int] | None = None
    # a paragraph's series of figures: its source, their units, the sentence that last gave one
    series: dict[int, tuple[Attribution, set[str], int]] = field(default_factory=dict)
    # one-word names read so far, headlines too ("Держстат"): a body's short name, by its
    # first three letters (lower-case), which open one of the long name's words
    words_seen: dict[str, set[str]] = field(default_factory=dict)
    # the acronyms the whole document writes ("ГУР"), for a body it also spells out
    acronyms: frozenset[str] = frozenset()
    text: str = ""  # the document's text, for what a sentence's reading left off its line
    # each word of the text and the words right after it, read once when first asked
    next_words: dict[str, list[str]] | None = None
    # a quotation left open by the sentences read so far, and the figures waiting in it
    quotation: QuotationSpan = field(default_factory=QuotationSpan)
    #: the runs of capitalised words the sentences read so far spelled ("Miejski Ośrodek
    #: Pomocy Społecznej"), the latest ``_SPELLED_KEPT``: what an acronym stands for
    spelled: list[str] = field(default_factory=list)
    #: documents a topic-marked body put out ("새봄투자증권은 … 보고서를 내고"): the
    #: document's noun -> its maker, whom "보고서는 … 추정했다" later means
    made: dict[str, str] = field(default_factory=dict)
    maker_read: tuple[int, str | None] = (-1, None)  # (sentence start, its document's maker)
    #: in a spaced script, the body a document was last said to be prepared by ("um resumo,
    #: preparado pelo governo X"): whom any document noun named back means
    prepared_by: str | None = None
    #: persons named in full so far, by surname ("Alcubilla": "Remedios Alcubilla")
    surnames: dict[str, str] = field(default_factory=dict)
    #: the list a lead sentence introduced, whose bulleted lines it speaks (list_leads.py)
    list_leads: ListLeads = field(init=False)

    def __post_init__(self) -> None:
        self.interview = Interview(self.reader.interview_words)
        self.list_leads = ListLeads(self.reader.list_cue)
        if self.reader.unspaced is not None:
            self.interview.full_name = self.reader.unspaced.full_name
            self.interview.titles = tuple(
                sorted(self.reader.unspaced.title_ends, key=len, reverse=True)
            )

    def spelled_out(self, name: str) -> str:
        """An acronym as the body its letters spell, named in full by a sentence of the
        document ("podaje MOPS" after "przygotował Miejski Ośrodek Pomocy Społecznej":
        "Miejski Ośrodek Pomocy Społecznej (MOPS)"); any other name as it is. Asked once the
        whole document is read (``_DocRun.result``)."""
        return expanded(name, self.spelled) if name.isupper() else name

    def _spell(self, text: str) -> None:
        """Remember the runs of two or more capitalised words ``text`` spells."""
        run: list[str] = []
        for word in [*text.split(), ""]:
            bare = word.strip(".,;:!?()«»\"“”'")
            if bare[:1].isupper() and not bare.isupper():
                run.append(bare)
                continue
            if len(run) >= 2:
                self.spelled.append(" ".join(run))
            run = []
        del self.spelled[:-_SPELLED_KEPT]

    def read(self, s: Sentence) -> None:
        """A sentence without figures: its attribution carries to the paragraph's next
        figures, or back to the sentence before when it points back."""
        self._quotation(s, [], None)
        self._spell(s.text)
        self.count += 1
        self.interview.follow(s, self.reader.cues.titled_people)
        self._short_names(s)
        self._names_people(s)
        if s.block:
            self.between, self.between_from = [], None  # "Lesen Sie auch: ...": a new span
            self.list_leads.see(s, self.text, None)
            return
        self._document(s)
        self.list_leads.see(s, self.text, self._read_attribution(s))

    def unclaimed(self, s: Sentence) -> None:
        """A sentence whose figures were all no claims ("楓舎ホールディングス（東証・7461）は
        2日、決算を発表した": a stock code, a date) reads as one without figures: its
        attribution carries to the paragraph's next figures. (``figures`` read it already,
        for its first figure, which stood before the speaker's verb.)"""
        if not s.block:
            self.list_leads.see(s, self.text, self._read_attribution(s))

    def _read_attribution(self, s: Sentence) -> Attribution | None:
        """Read a figureless sentence's attribution (carried to the figures after it, given
        back to those before it); returned."""
        attr = self._role_means_person(
            self._shortest(
                self._relayed(
                    self.reader.attribution(s.text, len(s.text), self._history(s), self.known_via)
                )
            )
        )
        if acronym := bracketed_acronym(s.text):
            # "… del servicio de inteligencia (NIS) …"
            self.defined = (s.paragraph, acronym, self.count)
        named = attr.source if attr is not None and attr.source else ""
        self.read_before = (s.paragraph, self.count, s.text, named)
        if self.last_paragraph == s.paragraph and (giver := self.reader.cues.passive_giver(s.text)):
            # "Cerca de 14 mil … O número foi apresentado pelo NIS, relatou o deputado X"
            via = [named] if named and named != giver and _capitalised_word(named) else []
            for claim in self.last_claims:
                claim.source, claim.via = giver, via
            if self.last_claims:
                self._remember(Attribution(giver, via))  # "… unter Berufung auf den Dienst"
        elif self.last_paragraph == s.paragraph and (
            maker := self.reader.cues.retro_document(s.text)
        ):
            # "Der Neubau soll 480 Millionen Euro kosten. Das geht aus einem internen Papier
            # der Autobahn GmbH hervor": the maker's figures
            for claim in self.last_claims:
                claim.source, claim.via = maker, []
            if self.last_claims:
                self._remember(Attribution(maker))
        if attr is None or not attr.source:
            self._subject(s)
            self._keeps_speaking(s)
            briefer = self.reader.briefing_subject(s.text)
            self.briefer = (s.paragraph, self.count, briefer) if briefer else None
            return attr
        self._gives_back(s, attr)
        speaker_roles.reach_back(self, s, attr)  # "X. Y – przekazała gmina Z.": Z's too
        self._subject_speaks(s, attr)
        self._note(s.paragraph, attr)
        return attr

    def _opens_turn(self, s: Sentence) -> bool:
        """Whether ``s`` opens a turn of speech with a dash ("– W najgorsze dni …"): its
        text, or its line before it, where the sentence's reading took a dash opening the
        line off as a dateline's."""
        if s.text.lstrip().startswith(_DIALOGUE_DASHES):
            return True
        line = self.text.rfind("\n", 0, s.start) + 1
        return self.text[line : s.start].strip() in _DIALOGUE_DASHES

    def _subject_speaks(self, s: Sentence, attr: Attribution) -> None:
        """ "市消费者协会同期共受理投诉1,057件。该协会提醒…": a speaker that refers back to
        the body the sentence right before opened with (``_history``) was that sentence's
        subject: its figures without a source are that body's. Unspaced scripts only, where
        a body's own count opening a sentence names no cue of its own."""
        if (
            self.reader.unspaced is not None
            and self.subject is not None
            and self.subject[:2] == (s.paragraph, self.count - 1)
            and attr.source == self.subject[2]
            and self.last_paragraph == s.paragraph
        ):
            for claim in self.last_claims:
                if claim.source is None:
                    claim.source, claim.via = attr.source, list(attr.via)

    def figures(self, s: Sentence, at: int) -> Attribution | None:
        """The attribution of a sentence's figures, the first of which stands at ``at``:
        its own cues, else the paragraph's carried one (marked inherited). A source that
        names nobody who speaks (``_Cues.no_speaker``) gives way to the first one that
        passed it on, else to none."""
        attr = self._figures(s, at)
        listed = (
            None
            if attr is not None and attr.source and not attr.inherited
            else (self.list_leads.speaker(s, self.text))
        )
        self.list_leads.see(s, self.text, attr)
        attr = listed or attr
        self._spell(s.text)
        if attr is not None and attr.inherited and self._writer_sum(s.text):
            attr = None  # "Zusammengerechnet wären dann rund 17.000": the writer adds up
        if attr is not None and attr.source and self.reader.cues.no_speaker(attr.source):
            attr = Attribution(attr.via[0], attr.via[1:], attr.inherited) if attr.via else None
        if attr is not None and attr.source and not attr.inherited:
            self._gives_back(s, attr)  # "Lo ha riferito l'Hur, secondo cui ... 3.100"
            self._briefs(s, attr)
        return attr

    def _briefs(self, s: Sentence, attr: Attribution) -> None:
        """ "Wywiad NIS poinformował na zamkniętym posiedzeniu komisji, że w Rosji jest 14
        tys. żołnierzy. Ponad 3 tys. z nich zginęło – powiedziała deputowana Ryu": a body's
        own figures told at its briefing are followed by a lawmaker passing on more of them,
        as after a figureless sentence telling of one (``_briefed_before``)."""
        if (
            attr.source
            and not attr.via
            and not self.reader.relayer(attr.source)
            and self.reader.tells_of_briefing(s.text)
        ):
            self.briefer = (s.paragraph, self.count, attr.source)

    def _figures(self, s: Sentence, at: int) -> Attribution | None:
        self.count += 1
        self.interview.follow(s, self.reader.cues.titled_people)
        self._short_names(s)
        self._names_people(s)
        if s.block and s.paragraph not in self.interview.answers:
            # a headline: its own cues only ("Seúl eleva a 3.000 las bajas"); a short answer
            # closed by its quotation mark reads as a line of its own too
            # (a bulleted line is no headline: "□ 다온일보는 X 설문을 인용해 … 보도" passes X on)
            own = self.reader.attribution(s.text, at, [], None)
            if own is None or not own.source or (own.via and not bulleted(s, self.text)):
                return None
            return own
        self._document(s)
        if self.reader.unspaced is not None and self.reader.unspaced.labelled_own(s.text):
            return None  # "编者按：…": the editors speak
        history = self._history(s)
        own = self._relayed(self.reader.attribution(s.text, at, history, self.known_via))
        own = self._shortest(self._described_speaker(s, own))
        own = self._briefed_before(s, own)
        if (
            own is not None
            and own.source
            and own.source not in s.text
            and (named := self._titled_opener(s.text))
        ):
            # "Il ministro dei Trasporti, Fabrizio Conti, ha risposto ...: «...», ha detto":
            # the unsaid speaker is the one the sentence opens with, not an earlier source
            own = Attribution(named)
        own = self._pledger_speaks(s, own)
        own = self._pledger_under_outlet(s, own)
        own = self._surname_pledger(s, own)
        own = self._body_pledges(s, own, history)
        own = self._pronoun_means_person(s, own)
        own = self._pronoun_means_named(s, own)
        own = self._role_means_person(own)
        own = self._reference_to_defined(s, own, history)
        own = self._document_alone(own, history)
        if (
            (own is None or not own.source)
            and self.reader.topic_sources is None
            and (maker := self._maker_of(s)) is not None
            and (speech := self.reader.cues.speech) is not None
            and speech.search(s.text)
        ):
            own = Attribution(maker)  # "O documento lista ainda …": the document's maker's
        if (own is None or not own.source or own.inherited) and (
            voice := self._labelled_voice(s.text)
        ):
            own = Attribution(voice)
        if (own is None or not own.source) and (
            opener := self.reader.cues.colon_quote_subject(s.text, at)
        ):
            # "Ana Lucía Mancebo, del Partido Ribereño, fue más lejos: «…»": the quote is hers;
            # "El ministro de Industria y Turismo, Andrés Villaseca, celebró …: «…»": his
            held = self._office_holder(s.text)
            if held is not None and s.text.find(held[0]) < s.text.find(":"):
                opener = held[0]
            own = Attribution(self.reader.cues.resolve(_Agent(opener, 0, "source"), history))
        if (own is None or not own.source) and (holder := self._holder_before_colon(s.text, at)):
            # "O vereador do Ambiente, Álvaro Teixeira, acabou por corrigir o presidente: os
            # cantoneiros são 54": what the colon opens is the person's
            own = Attribution(holder)
        if (
            own is None
            or not own.source
            or own.inherited
            or self.reader.cues.no_speaker(own.source)  # "certains parlent": nobody named
        ) and (medium := self._hearsay(s)):
            own = Attribution(medium)  # "su alcuni canali Telegram russi si parla di"
        if (
            (own is None or not own.source)
            and self.reader.unspaced is not None
            and self.reader.unspaced.unsaid_by_anyone(s.text)
        ):
            return None  # "…との見方もあります", "俄方被认为": nobody's, not the guest's
        answered = self.interview.answer(
            s,
            own,
            self.reader.cues,
            self.reader.own_voice(s.text) or self.reader.speaks_for_self(s.text),
        )
        if answered is not None:
            if own is not None and own.source == answered.source and not own.inherited:
                self._note(s.paragraph, own)  # whom "the agency", "the expert" mean next
            return answered
        if own is not None and own.source:
            speaker_roles.reach_back(self, s, own)  # "X. Y, сообщили в Z.": Z's too
            self._note(s.paragraph, own)
            return own
        self._subject(s)
        if self.reader.own_voice(s.text):
            return None  # "мы оцениваем": the writer's own figure, nobody's carried
        if named := self._titled_opener(s.text):
            # "Le ministre de la Santé, Arnaud Delmas, a promis 50 millions": the holder named
            return Attribution(named)
        text = _past_turn_label(s.text)  # "R: Le conseil a promis", "ج: تعهّدت البلدية"
        subject = self.reader.cues.opening_subject(text)
        if subject:  # "Le ministère prévoit de recruter 3 000 soignants": the body itself
            name = self.reader.cues.resolve(_Agent(subject, 0, "source"), history)
            if name:
                return Attribution(name)
        if subject is not None and (pledger := self.reader.pledger(text)):
            return Attribution(pledger)  # "Le ministre a promis 50 millions": who promises
        if subject is None and (
            pledger := self._opened_pledger(text)
            or self.reader.verb_first_pledger(text)
            or self.reader.inverted_pledger(text)
            or self.reader.bare_pledger(text)
            or self.reader.named_planner(text)
        ):
            # "Nel suo primo discorso, il presidente ha promesso", "تعهّد وزير ... بصرف"
            # (a body named again, "وتعتزم الوزارة", is the one the text named before)
            return Attribution(
                self.reader.cues.resolve(_Agent(pledger, 0, "source"), history) or pledger
            )
        if (promiser := self._unspaced_promiser(s)) is not None:
            # "省交通运输厅也承诺，明年将拨付1500万元"; read as carried, so that a sentence
            # after it telling whose account it was ("…取材で分かった") still gives its own
            return Attribution(promiser, inherited=True)
        if (heard := self._heard_before(s)) is not None:
            return heard  # "…を受け取っているという。" after a paragraph its source closed
        carried = self.para_attr.get(s.paragraph)
        hedged = self.reader.unspaced is None and self.reader.is_hedged(s.text)
        if hedged and carried is None and (speaker := self._reported_by_subject(s)):
            # "FDP-Sprecher Reto Kälin warb um Verständnis. Die Fälle seien zurückgegangen"
            self.reported_at[s.paragraph] = self.count
            return Attribution(speaker, inherited=True)
        if self.count - self.noted_at.get(s.paragraph, self.count) != 1 and not (
            hedged and self.count - self.reported_at.get(s.paragraph, self.count) == 1
        ):
            # further on, the writer speaks again; but reported speech right after reported
            # speech goes on ("Meist gehe es um Bäume. Zwei Menschen seien verletzt worden")
            return None
        if carried is None or self.reader.cues.impersonal_in(s.text):
            return None  # "Si stima che ...": nobody in particular
        if subject is not None and not self.reader.is_hedged(s.text):
            # "La police a procédé à 181 interpellations": its own subject; but "O material
            # terá seguido em 16 mil contentores" still reports the source before
            return None
        if self.reader.unspaced is not None and self.reader.verb_final:
            self.noted_at[s.paragraph] = self.count  # Japanese: the source goes on speaking
        if hedged:
            self.reported_at[s.paragraph] = self.count  # its reported speech may go on
        return Attribution(carried.source, list(carried.via), inherited=True)

    def _reported_by_subject(self, s: Sentence) -> str | None:
        """The named subject of the sentence right before in the paragraph, which named no
        source: whose reported speech (the hedged mood, "seien", "habría") this sentence
        goes on with."""
        before = next(
            (
                k
                for k in (self.subject, self.subject_before)
                if k is not None and k[:2] == (s.paragraph, self.count - 1)
            ),
            None,
        )
        if before is None:
            return None
        name = before[2]
        proper = [w for w in name.split()[1:] if _capitalised(w)]
        if (
            self.reader.cues.is_anaphoric(name)
            or len(proper) < 2  # a person's names: "FDP-Sprecher Reto Kälin", not "Die Bahn"
            or self.reader.cues.impersonal_in(s.text)  # "Считается, что": nobody's
        ):
            return None
        return name

    def _unspaced_promiser(self, s: Sentence) -> str | None:
        """Where words run unspaced, the body opening the sentence that promises or plans
        (unspaced.py ``promiser``)."""
        unspaced = self.reader.unspaced
        if unspaced is None:
            return None
        words = self.reader.status_words
        if unspaced.topics:
            # "政府は…目標を掲げている", "…方針で": under a topic, a plan is the writer's report
            # of it; a promise is the promiser's
            return unspaced.promiser(s.text, words["pledged"])
        return unspaced.promiser(s.text, words["pledged"] | words["planned"])

    def _gives_back(self, s: Sentence, attr: Attribution) -> None:
        """A sentence opening with a retro cue ("Об этом заявил X", "Lo ha riferito X",
        "Así lo explicó X") gives its source to the claims without one of the sentence
        before in its paragraph, whether or not it has figures of its own."""
        if self.last_paragraph == s.paragraph and self.reader.points_back(s.text):
            for claim in self.last_claims:
                claim.source, claim.via = attr.source, list(attr.via)

    def _hearsay(self, s: Sentence) -> str | None:
        """The medium an unconfirmed figure circulates in ("In russischen Militärblogs
        kursiert"), unless the sentence cites someone ("Según el ministerio, que lo
        publicó en su canal de Telegram": the ministry's, however it published)."""
        if self.reader.cues._cue_in(s.text, 0, len(s.text)):
            return None
        return self.reader.hearsay.medium(s.text)

    def _briefed_before(self, s: Sentence, own: Attribution | None) -> Attribution | None:
        """ "Wywiad NIS przedstawił na zamkniętym posiedzeniu komisji nowe dane. Jak
        przekazał deputowany Park, zginęło 2,3 tys.": a lawmaker speaking alone right after
        a sentence telling of a body's briefing passes that body's figures on (the body the
        source, the lawmaker via), and goes on doing so (``_relayed``)."""
        if (
            own is None
            or not own.source
            or own.via
            or self.briefer is None
            or self.briefer[:2] != (s.paragraph, self.count - 1)
            or not self.reader.relayer(own.source)
        ):
            return own
        relayed = Attribution(self.briefer[2], [own.source], own.inherited)
        self._remember(relayed)
        return relayed

    def _titled_opener(self, text: str) -> str | None:
        """The person named in apposition to the office opening a sentence ("Le ministre de
        la Santé, Arnaud Delmas, a promis", "Il ministro dei Trasporti, Fabrizio Conti, ha
        risposto"), where the verb after the name says or promises (``_office_holder``)."""
        cues = self.reader.cues
        opener = _TIME_OPENER.match(text)
        if opener is not None and all(
            cues._skip(w) or w.lower() in cues.function_words for w in opener.group(1).split()
        ):
            text = text[opener.end() :]  # "Ontem, a presidente da câmara, X, comprometeu-se"
        held = self._office_holder(text)
        if held is None:
            return None
        name, rest = held
        # who promises or announces tells it; "Il candidato ..., Marco Zanetti, ha ottenuto
        # il 61,2%" is a result the writer reports
        promised = self.reader.status_words["pledged"] | self.reader.status_words["planned"]
        if any(fold(w) in promised for w in _WORD.findall(rest)[:6]):
            return name
        speech = self.reader.cues.speech
        return name if speech is not None and speech.search(rest[:60]) else None

    def _labelled_voice(self, text: str) -> str | None:
        """The person a line opens with as its label, where what follows the colon is
        theirs: "Carlos Ruiz (38 años), padre de tres niños: Mi hijo …", "كريم العلوي (38
        سنة)، أب لثلاثة أطفال: ابني …". An age in brackets makes the name a person's; else
        the words after the colon must speak in the first person ("yo", "mi")."""
        m = _VOICE_LABEL.match(text)
        if m is None:
            return None
        name, bracket = m.group(1), m.group(2) or ""
        words = name.split()
        cues = self.reader.cues
        if any(w.lower() in cues.function_words or w.lower() in cues.articles for w in words):
            return None  # "Pero eso:", "La cifra:": no name
        if any(ch.isupper() or ch.islower() for ch in name) and not all(
            _capitalised(w) for w in words
        ):
            return None  # a cased script writes a name capitalised
        aged = any(ch.isdigit() for ch in bracket)
        said = _WORD.findall(text[m.end() : m.end() + 80])[:6]
        first_person = any(w.lower() in cues.speaker_first_person for w in said)
        if not (aged or (first_person and len(words) >= 2)):
            return None
        return name

    def _holder_before_colon(self, text: str, at: int) -> str | None:
        """The person named in apposition to the office opening a sentence whose figure at
        ``at`` stands after a colon that closes the person's clause, no figure before it."""
        held = self._office_holder(text)
        if held is None:
            return None
        colon = text.find(":")
        if not 0 < colon < at or any(ch.isdigit() for ch in text[:colon]):
            return None
        return held[0] if text.find(held[0]) < colon else None

    def _office_holder(self, text: str) -> tuple[str, str] | None:
        """The person named in apposition to the office opening a sentence, and the text
        after the name: the office's head a back-reference word, the name two or three
        capitalised words set off by commas ("El concejal del ramo, Félix Arnedo, …")."""
        m = _TITLED_OPENER.match(text)
        if m is None:
            return None
        cues = self.reader.cues
        head = m.group(1).translate(_APOSTROPHES).replace("'", "' ").split()
        first = head[0].lower() if head else ""
        # "El concejal", "A vereadora" ("a" is pt's article and a preposition), "L'adjointe"
        article = first in cues.articles or (len(first) <= 3 and first in cues.function_words)
        if len(head) < 2 or not (article or first.rstrip("'") in cues.articles_elided):
            return None
        if _capitalised(head[1]) and not cues.nouns_capitalised:
            return None  # "La Corée du Nord, ...": a name, no office
        name = m.group(2)
        if _people("a " + name) != [name]:
            return None
        return name, text[m.end() :]

    def _heard_before(self, s: Sentence) -> Attribution | None:
        """A sentence closing on hearsay ("…受け取っているという。": unspaced.py ``hearsay``)
        right after a sentence that named a source, at the end of the paragraph before:
        that source passes it on, as it would in its own paragraph."""
        if self.reader.unspaced is None or not self.reader.unspaced.hearsay(s.text):
            return None
        before = next(
            (p for p, n in self.noted_at.items() if n == self.count - 1 and p != s.paragraph),
            None,
        )
        carried = self.para_attr.get(before) if before is not None else None
        if carried is None or not carried.source:
            return None
        self._note(s.paragraph, carried)
        return Attribution(carried.source, list(carried.via), inherited=True)

    def _document_alone(self, own: Attribution | None, history: list[str]) -> Attribution | None:
        """ "评估还写道", "報告書によると": where words run unspaced, a source that is only a
        document's noun means the latest body named before, whose document it is (the
        subject of the sentence before included: "防衛省は報告書を公表した")."""
        if (
            own is None
            or not own.source
            or self.reader.unspaced is None  # spaced words: _Cues.resolve reads "le rapport"
            or own.source not in self.reader.cues.attribution_nouns
        ):
            return own
        nouns = self.reader.cues.attribution_nouns
        maker = next((h for h in reversed(history) if h not in nouns), None)  # not "新闻稿"
        return own if maker is None else Attribution(str(maker), list(own.via), own.inherited)

    def _reference_to_defined(
        self, s: Sentence, own: Attribution | None, history: list[str]
    ) -> Attribution | None:
        """ "El diario abre con la comparecencia del servicio de inteligencia (NIS) …. Según
        el diputado X, la agencia cree que …": a back-reference left as written, with no
        source named before it, means the body the paragraph spelled out with its acronym."""
        if (
            own is None
            or not own.source
            or self.defined is None
            or self.defined[0] != s.paragraph
            or own.source.split()[-1].lower() in self.reader.cues.personal_pronouns
        ):
            return own
        if any(not isinstance(h, _Subject) for h in history) or not self.reader.cues._is_anaphoric(
            own.source
        ):
            # "Ёнхап … со ссылкой на дипломатические источники. … Национальная служба
            # разведки (НСР) отчитывалась … Как рассказал депутат X, разведка считает":
            # a back-reference read as an older source means the body spelled out since
            if (
                own.source in s.text
                or self.remembered_at.get(own.source, self.count) >= self.defined[2]
                or _people("a " + own.source)
                or own.source == self.defined[1]
                or own.source in self.made.values()  # "보고서는": the report's maker
                or own.source == self.prepared_by
            ):
                return own
            # the older source's intermediaries are not this body's
            return Attribution(self.defined[1], [v for v in own.via if v in s.text], own.inherited)
        via = [v for v in own.via if v != own.source]
        return Attribution(self.defined[1], via, own.inherited)

    def _pronoun_means_person(self, s: Sentence, own: Attribution | None) -> Attribution | None:
        """ "«L'Hebdo» a publié un entretien avec Bastien Lemarchand, 47 ans, chercheur. « … »,
        y déclare-t-il": a personal pronoun speaking right after a sentence that named a
        person besides its subject means that person, where it was read as a name that is
        no person's (the paper, a body)."""
        before = self.read_before
        cues = self.reader.cues
        if (
            own is None
            or not own.source
            or before is None
            or before[:2] != (s.paragraph, self.count - 1)
            or cues.nouns_capitalised  # two nouns read as a name there ("Institut Ost")
            or (
                _people("a " + own.source)  # a person's name already
                and not any(q in own.source for q in _OPENING_QUOTES)  # «El Faro»: a title
            )
        ):
            return own
        people = [p for p in _people(before[2]) if p not in before[3]]
        if not people or not any(
            a.text.lower() in cues.personal_pronouns or (a.anaphoric and not a.text)
            for a in cues.agents(s.text)
        ):
            return own  # a pronoun, or one left unsaid ("déclare-t-il", "ha spiegato")
        return Attribution(people[-1])

    def _pronoun_means_named(self, s: Sentence, own: Attribution | None) -> Attribution | None:
        """ "Директор Эльдар Мухаметшин встречает нас у дверей. «…», — говорит он": "he" or
        "she" speaking, or a verb after the dash closing a quote with its subject unsaid
        ("… z Północy – mówi."), means the person the text named last (within
        ``_PERSON_REACH`` sentences) where no source came after that person: none at all,
        or one remembered before them. A person's name read as the source already stands; so does a source
        remembered after the person. Where nouns are capitalised two nouns in a row look
        like a name ("Institut Ost"), so not there."""
        cues = self.reader.cues
        named = self.person_named
        if (
            named is None
            or self.count - named[0] > _PERSON_REACH
            or cues.nouns_capitalised
            or not cues.person_pronouns
            or (own is not None and own.source and own.source in s.text)
        ):
            return own
        if own is not None and own.source:
            subject = self.subject
            opened = (  # "Директор Олег Чуприн, открывая совещание, поблагодарил …": its subject
                subject is not None
                and subject[1] == named[0]
                and named[1] in subject[2]
                and own.source not in subject[2]
                and self.remembered_at.get(own.source, -1) < named[0]
            )
            if not opened and (
                self.remembered_at.get(own.source, -1) >= named[0] or _people("a " + own.source)
            ):
                return own
            if subject is not None and subject[1] > named[0] and own.source == subject[2]:
                return own  # "Le ministre a promis 50 millions. Il a précisé …": the subject
        agents = cues.agents(s.text)
        # "il", or "le sue stime" (his estimates) of whom the text named last
        pronoun = any(
            a.text.lower() in cues.person_pronouns
            or cues.possessed_count(a.text)
            # "a-t-elle détaillé", "précise-t-il": the pronoun hyphened after its verb
            or (
                a.anaphoric
                and not a.text
                and (inverted := _INVERTED_PRONOUN.search(s.text, max(0, a.at - 12), a.at + 16))
                is not None
                and inverted.group(1).lower() in cues.person_pronouns
            )
            for a in agents
        )
        # "– Mamy tu dziś jedenastu … – mówi": a verb after the dash closing a quote, its
        # subject unsaid, where no earlier source gave one
        unsaid = any(a.anaphoric and not a.text and cues._after_dash(s.text, a.at) for a in agents)
        if not (pronoun or unsaid):
            return own
        if self.reader.pledger(s.text) or self._opened_pledger(s.text):
            return own  # "le conseil s'est engagé à verser …, a-t-il annoncé": the subject
        return Attribution(named[1], list(self.known_via.get(named[1].lower(), [])))

    def _writer_sum(self, text: str) -> bool:
        """Whether the sentence holds one of ``writer_sums`` outside quotes
        ("Zusammengerechnet", "Razem daje to", "합치면 … 셈이다", "合わせれば"): the writer's
        sum of figures said before. In a script without spaces, inside a run."""
        bare = _unquoted(text)
        if self.reader.unspaced is not None:
            if self.reader.unspaced.hearsay(text):
                return False  # "合わせると約7000人になるといいます": a sum told, not made
            # "…計算になる、と同氏は付け加えた": a speaker's sum, its quote ending after it
            told = self.reader.unspaced.quote_endings
            return any(
                (at := bare.find(w)) >= 0
                and not (told and bare[at + len(w) :].lstrip("、，,").startswith(told))
                for w in self.reader.cues.writer_sum_words
            )
        pattern = self.reader.cues.writer_sums
        return pattern is not None and pattern.search(bare) is not None

    def _names_people(self, s: Sentence) -> None:
        """Keep the last person's name the sentence gives ("Бригадир Галина Пестова работает
        здесь 19 лет"), not a country's ("Северная Корея"), for ``_pronoun_means_named``
        in the sentences after it (not in its own: "— говорит он о Петрове")."""
        if self.person_pending is not None:
            self.person_named = self.person_pending
        if self.reader.unspaced is not None or self.reader.cues.nouns_capitalised:
            return
        language, cues = self.reader.lex.language, self.reader.cues
        # a photo credit's names ("© Mathieu Laporte") and the byline's asker ("Propos
        # recueillis par …") are no one the text tells of
        text = _CREDIT.sub("", s.text)
        people = [
            p
            for p in _people(text)
            if not _territory(p, language)
            and fold(p.split()[0]) not in cues.articles  # "Le Parisien": a paper's name
            and not cues.is_media(p)
            and p not in self.interview.asking
        ] or cues.titled_people(text)  # "الدكتورة سلمى الحارثي": a script without capitals
        self.person_pending = (self.count, people[-1]) if people else None
        for person in people:
            if len(person.split()) >= 2:
                self.surnames.setdefault(person.split()[-1], person)
            at = s.text.find(person)
            end = at + len(person)
            before = re.search(r"(\w+)[ \t]+$", s.text[:at]) if at > 0 else None
            first = person.split()[0]
            role = self._role_stem(before.group(1) if before else "") or self._role_stem(first)
            if role is not None:
                # "Директор Эльдар Мухаметшин" opening the sentence reads the role as a name
                # (a role alone, "관계자", names no one: nothing after it)
                name = person if role != self._role_stem(first) else person.partition(" ")[2]
                if len(name.split()) >= 2:
                    self.role_people[role] = name
                    person = name
            # "Сае Міямото, дослідниця з Токіо": the role in apposition after the name
            apposed = self._apposed_role(s.text, end)
            if apposed is not None and len(person.split()) >= 2:
                self.role_people[apposed] = person

    def _apposed_role(self, text: str, end: int) -> str | None:
        """The role a comma sets after a person's name ending at ``end`` ("…, дослідниця з
        Токіо", "…, il direttore del consorzio"): its ``person_nouns`` entry, past one
        article."""
        words = _APPOSED.match(text, end)
        if words is None:
            return None
        first, second = words.group(1), words.group(2) or ""
        if first.lower() in self.reader.cues.articles:
            first = second
        return self._role_stem(first) if not first[:1].isupper() else None

    def _role_stem(self, word: str) -> str | None:
        """The ``person_nouns`` entry a word is a form of ("директора": "директор"), if any."""
        words, stems = self.reader.person_nouns
        low = word.lower()
        if low in words:
            return low
        return next((stem for stem in stems if low.startswith(stem)), None)

    def _role_means_person(self, own: Attribution | None) -> Attribution | None:
        """ "…, добавил директор", "по словам бригадира": a role alone, after the text gave
        it right before a person's name ("Директор Эльдар Мухаметшин встречает нас"), is
        that person."""
        if own is None or not own.source or not self.role_people:
            return own
        words = [w for w in own.source.split() if w.lower() not in self.reader.cues.articles]
        # one word in lower case, or in a script without case ("الباحثة")
        role = self._role_stem(words[0]) if len(words) == 1 and not words[0][:1].isupper() else None
        person = self.role_people.get(role) if role is not None else None
        if person is None:
            return own
        if (language := self.reader.cues.morph_language) is not None:
            # "Бригадирові Василю Гончаренку 52 роки": named first in the dative
            person = person_nominative(language, person)
        return Attribution(person, list(own.via), own.inherited)

    def _pledger_speaks(self, s: Sentence, own: Attribution | None) -> Attribution | None:
        """ "Le conseil départemental s'est engagé à verser 3 millions, a-t-il annoncé",
        "Para ayudar a los pueblos, la diputación se comprometió a pagar 3 millones,
        anunció el lunes": a verb of saying whose speaker goes unsaid or is a pronoun (an
        earlier source, not written here) after a clause whose subject promises: the one
        promising tells of it."""
        if own is None or not own.source or own.source in s.text or own.via:
            return own
        pledger = self.reader.pledger(s.text) or self._opened_pledger(s.text)
        comma = s.text.find(",", 0, _OPENER_CHARS)
        if pledger is None and comma > 0:  # past a short opener: "Para ayudar a los pueblos,"
            rest = s.text[comma + 1 :].lstrip()
            pledger = self.reader.pledger(rest[:1].upper() + rest[1:])
        if pledger is None or not self._body_or_office(pledger):
            return own  # "Moscou s'est engagé à ..., a-t-il dit": a country is told of
        return Attribution(pledger)

    def _body_pledges(
        self, s: Sentence, own: Attribution | None, history: list[str]
    ) -> Attribution | None:
        """A body or an office opening the sentence on a promise to the speaker ("Das
        Landesverkehrsministerium hat mir zugesagt, uns mit fünf Millionen Euro zu
        unterstützen", "La Regione ci ha promesso 2 milioni"): the one promising tells
        it, though the sentence speaks in the first person, and a transcript's speaker
        only passes the promise on. Read as carried: the promise is this sentence's, and
        the speaker's next figures are their own again."""
        if own is not None and own.source:
            return own
        text = s.text.lstrip()
        if (label := _name_label(text)) is not None:
            text = text[label.end() :]  # "LINDQVIST: Das Ministerium hat mir zugesagt"
        pledger = self.reader.pledger(text)
        if pledger is None or not self._body_or_office(pledger) or "," in pledger:
            return own  # "Le ministre du Logement, Paul Girard, a promis": the holder's, later
        name = self.reader.cues.resolve(_Agent(pledger, 0, "source"), history) or pledger
        return Attribution(name, inherited=True)

    def _surname_pledger(self, s: Sentence, own: Attribution | None) -> Attribution | None:
        """ "La consejera de Sanidad, Remedios Alcubilla, … Alcubilla se comprometió a que la
        plantilla crezca en 280 profesionales": a surname alone opening the sentence on a
        promise, of a person the text named in full before, is that person promising. (A bare
        name promising is otherwise read as told by someone else: "Moscou a promis".)"""
        if own is not None and own.source:
            return own
        first = _WORD.match(s.text.lstrip())
        if first is None or (person := self.surnames.get(first.group())) is None:
            return own
        if not self.reader._pledges(s.text.lstrip(), first.group()):
            return own
        return Attribution(person)

    def _pledger_under_outlet(self, s: Sentence, own: Attribution | None) -> Attribution | None:
        """ "El ministro ruso prometió, según la agencia TASS, 30.000 toneladas": an outlet
        tells of a promise whose maker the sentence names; the maker is the source, the
        outlet passes the promise on."""
        cues = self.reader.cues
        if own is None or not own.source or own.via or own.inherited:
            return own
        if not cues.is_media(own.source):
            return own
        pledger = self.reader.pledger(s.text)
        if pledger is None or cues.is_media(pledger) or own.source.lower() in pledger.lower():
            return own
        if not self._body_or_office(pledger):
            return own  # "Moscou s'est engagé à …, selon KCNA": a country, told of by the outlet
        return Attribution(pledger, [own.source])

    def _body_or_office(self, name: str) -> bool:
        """Whether a name opens with an article: a body or an office ("le conseil
        régional", "A prefeitura"), not a country or a capital ("Pyongyang")."""
        cues = self.reader.cues
        first = name.split()[0].lower().translate(_APOSTROPHES).split("'")[0]
        return first in cues.articles or cues._article_and_noun(name.split()[:2])

    def _dated_only(self, phrase: str) -> bool:
        """Whether every number in ``phrase`` is a day or a year beside a month's name ("En
        visite le 18 novembre", "am 18. November", "el 18 de noviembre")."""
        months = self.reader.month_names
        for m in _DIGITS.finditer(phrase):
            after = [w.lower() for w in phrase[m.end() :].lstrip(". ").split()[:2]]
            before = phrase[: m.start()].split()
            if not (any(w in months for w in after) or (before and before[-1].lower() in months)):
                return False
        return True

    def _opened_pledger(self, text: str) -> str | None:
        """Who promises, where a short phrase before a comma opens the sentence ("Nel suo
        primo discorso, il presidente eletto ha promesso 300 milioni"), or a preposition and
        its noun without one ("In chiusura il sindaco … si è impegnato"): the pledger of the
        clause after it, read as a sentence of its own."""
        comma = text.find(",", 0, _OPENER_CHARS)
        colon = text.find(":", 0, _OPENER_CHARS)
        rest: str | None
        if colon > 0 and (comma < 0 or colon < comma) and _label_opener(text[:colon]):
            rest = text[colon + 1 :].lstrip()  # "Besonders bitter: Das Land hatte … zugesagt"
        elif comma < 0:
            rest = self.reader.cues.past_opening_phrase(text)  # "In chiusura il sindaco ..."
            if rest is None:
                return None
        elif not self._dated_only(text[:comma]):
            return None  # "Con 300 millones, ...": a figure opens it, no mere opener
        else:
            rest = text[comma + 1 :].lstrip()
        rest = rest[:1].upper() + rest[1:]
        subject = self.reader.cues.opening_subject(rest) if rest else None
        if subject is None:
            return None
        name = self.reader.cues.subject_phrase(rest, back_references=True) if subject else None
        if name and rest.startswith(name) and self.reader._pledges(rest, name):
            # "il presidente eletto ha promesso", "il sindaco ha promesso"
            return self.reader.cues.resolve(_Agent(name, 0, "source"), self.history)
        return self.reader.pledger(rest)

    def claimed(self, s: Sentence, claims: list[Claim], attr: Attribution | None) -> None:
        """The claims just read; those without a cue of their own may take a later
        sentence's source. A sentence of its own attribution read for its first figure
        gives each later figure the agents nearest to it ("plus d'un million selon la CGT,
        quand le ministère en a compté 506 000"). A figure counted among an earlier one's
        things ("3 000 d'entre eux") takes its noun first (extract/pronoun_parts.py)."""
        self._quotation(s, claims, attr)
        self.latest_count = self.reader.pronoun_parts.follow(s, claims, self.latest_count)
        self._series(s, claims, attr)
        if attr is None and self.between_from is not None and not self.reader.own_voice(s.text):
            if any(w.isupper() and len(w) > 1 for w in _WORD.findall(s.text)):
                # "Zwei Kriegsgefangene werden vom Geheimdienst SBU befragt": a sentence
                # naming a body by its acronym tells of that body, not the source's series
                self.between, self.between_from = [], None
            else:
                self.between.extend(c for c in claims if c.source is None)
        self.last_paragraph = s.paragraph
        self.last_claims = claims if attr is None or attr.inherited else []
        self.last_turn = self._opens_turn(s)
        self.last_carried = attr is not None and attr.inherited
        first = claims[0].mentions[0].start - s.start if claims and claims[0].mentions else 0
        shared = attr is None and self.reader.cues_for_later(s.text, first)
        if (attr is None or attr.inherited) and not shared and self.reader.unspaced is None:
            # unspaced: a speaker after the first figure may speak for a later one; "Miles
            # ...: 12.000 según X y 40.000 según Y": the cues are the later figures'
            return
        for claim in claims[1:]:
            at = claim.mentions[0].start - s.start if claim.mentions else 0
            own = self._relayed(
                self.reader.attribution(s.text, at, self._history(s), self.known_via)
            )
            own = self._document_alone(self._described_speaker(s, own), self._history(s))
            if own is not None and own.source and self.reader.cues.no_speaker(own.source):
                continue  # "…، من دون أن يؤكد أي مصدر رسمي": nobody speaks there
            if own is not None and own.source:
                claim.source, claim.via = own.source, own.via
                self._remember(own)  # "quand le ministère en a compté 506 000": named too

    def _quotation(self, s: Sentence, claims: list[Claim], attr: Attribution | None) -> None:
        """ "«Hemos contado 40 casas. Es mucho», dijo el concejal Juan Pérez.": the figures
        read inside a quotation, with no cue of their own, are the speaker's its closing tag
        names, in whichever later sentence of the paragraph it closes
        (extract/quotation_spans.py)."""
        if self.reader.unspaced is not None:
            return  # its own pass: extract/quoted_runs.py
        at = self.quotation.closes(s.paragraph, s.text)
        unsourced = claims if attr is None or attr.inherited or not attr.source else []
        settled = self.quotation.follow(s.paragraph, s.text, unsourced)
        if self.quotation.fresh and self.person_named is not None:
            self.quotation.teller = self.person_named[1]
        if not settled or at < 0:
            return
        tag = (
            self.reader.attribution(s.text, at, self._history(s), self.known_via)
            if any(ch.isalpha() for ch in s.text[at + 1 :])
            else None  # an interview's answer closing its paragraph: no tag after it
        )
        if tag is not None and tag.source and tag.source in s.text[:at]:
            return  # a name inside the quotation is what was said, not who said it
        # "« … nous avions réalisé 1 247 interventions », a-t-elle lancé", "— …, — сказал
        # он": the person named before, also over a source remembered before them
        tag = self._pronoun_means_named(s, tag)
        if tag is None or not tag.source or tag.inherited:
            if not self.quotation.crossed or self.quotation.teller is None:
                return
            # "Nous lui laissons la parole. « Lundi matin, … bricoler. »": a speech of
            # several paragraphs closing untagged is the person named before it opened
            tag = Attribution(self.quotation.teller)
        for claim in settled:
            claim.source, claim.via = tag.source, list(tag.via)

    def _short_names(self, s: Sentence) -> None:
        """Keep the one-word capitalised names a sentence or a headline writes."""
        for w in _WORD.findall(s.text):
            if len(w) >= 5 and w[:1].isupper() and not w.isupper():
                self.words_seen.setdefault(w.lower()[:3], set()).add(w)

    def _shortest(self, attr: Attribution | None) -> Attribution | None:
        """ "Такі дані оприлюднила Державна служба статистики" in a text whose headline says
        "Держстат": the shortest name the text gives the body (writer11), a one-word name
        read so far whose syllables open the full name's words in order."""
        if attr is None or not attr.source:
            return attr
        full = [w.lower() for w in _WORD.findall(attr.source)]
        if len(full) < 2:
            return attr
        if (spelled := self._spelled_out(attr.source)) is not None:
            return Attribution(spelled, list(attr.via), attr.inherited)
        # only a word opening as one of the full name's words does can abbreviate it (each
        # piece is three letters or more): those are looked up, not every word seen
        seen = self.words_seen
        for word in sorted({w for f in full for w in seen.get(f[:3], ())}):
            if word in attr.source or fold(word) in self.reader.cues.function_words:
                continue
            if _abbreviates(word.lower(), full) and not self._names_another(word, full):
                return Attribution(word, list(attr.via), attr.inherited)
        return attr

    def _names_another(self, short: str, full: list[str]) -> bool:
        """Whether the document writes ``short`` only with a capitalised word right after it
        that the full name (``full``, its words in lower case) lacks: "Міноборони України"
        is no short form of "Міністерство оборони Великої Британії", another country's."""
        if self.next_words is None:  # one pass over the text, once per document
            self.next_words = {}
            for m in _WORD_AND_NEXT.finditer(self.text):
                if m.group(2):
                    self.next_words.setdefault(m.group(1), []).append(m.group(2)[1:])
        after = self.next_words.get(short, [])
        return bool(after) and all(w[:1].isupper() and w.lower() not in full for w in after)

    def _spelled_out(self, source: str) -> str | None:
        """ "В Главном управлении разведки заявили ... В ГУР добавили": a body spelled out
        whose acronym the document writes too (before or after) is named as every mention
        of it is, its words with the acronym in brackets ("Главное управление разведки
        (ГУР)", as ``impersonal.expanded`` names the acronym alone)."""
        if "(" in source or not self.acronyms:
            return None
        words = source.split()
        if not self.acronyms.isdisjoint(words):
            return None
        skip = self.reader.cues.function_words  # "Dirección General de Tráfico": DGT
        longest = max(map(len, self.acronyms))
        found: list[tuple[str, int, int]] = []  # (acronym, first word, after its last)
        for i, first in enumerate(words):
            if first[:1].isupper():
                letters = ""
                for k in range(i, len(words)):
                    if k == i or words[k].lower() not in skip:
                        letters += words[k][:1].upper()
                        if letters in self.acronyms:
                            found.append((letters, i, k + 1))
                        if len(letters) == longest:
                            break
            if first.lower() not in skip:
                break  # "представитель Главного управления разведки ...": a person's title
        if not found:
            return None
        acronym, i, k = min(found)  # the first acronym in order, at its first start
        return f"{' '.join(words[i:k])} ({acronym})"

    def _series(self, s: Sentence, claims: list[Claim], attr: Attribution | None) -> None:
        """ "Die Deutsche Bahn hat ... 51,8 Prozent erreicht, teilte der Konzern mit. Ein Jahr
        zuvor hatte der Wert noch bei 58,3 Prozent gelegen. Im Regionalverkehr kamen 88,9
        Prozent der Züge pünktlich an.": figures in the unit of a source's figures, in the
        sentences right after it in its paragraph with no cue of their own, go on with that
        source's series; a figure of another unit is the writer's again."""
        if not claims or self.reader.unspaced is not None:
            return
        units = {c.unit for c in claims if c.unit}
        if attr is not None and attr.source:
            self.series[s.paragraph] = (attr, units, self.count)
            return
        known = self.series.get(s.paragraph)
        if known is None or known[2] != self.count - 1:
            return
        if claims[0].unit not in known[1] or self.reader.cues.impersonal_in(s.text):
            return
        if self.reader.own_voice(s.text) or any(c.source for c in claims):
            return
        if self._writer_sum(s.text):
            return  # "Razem daje to niemal 12 tys.": the writer's sum, nobody's series
        for claim in claims:
            claim.source, claim.via = known[0].source, list(known[0].via)
        self.series[s.paragraph] = (known[0], known[1] | units, self.count)

    def _history(self, s: Sentence) -> list[str]:
        """The sources a back-reference of ``s`` may mean: those named so far, and last the
        subject of the sentence right before in its paragraph when that one and those
        before it in the paragraph named no source ("Le ministère a publié un bilan. Il
        estime que ...")."""
        if maker := self._maker_of(s):
            return [*(h for h in self.history if h != maker), maker]
        if self.subject is None:
            return self.history
        paragraph, count, name = self.subject
        if paragraph != s.paragraph or self.count - count != 1 or paragraph in self.para_attr:
            # a paragraph that named a source goes on with it: "Selon le NIS, ... La Corée du
            # Nord a aussi livré des obus. Il estime que ..." is the NIS
            return self.history
        return [*(h for h in self.history if h != name), _Subject(name)]

    def _maker_of(self, s: Sentence) -> str | None:
        """The maker of a document a topic-marked body put out earlier, where ``s`` names
        that document ("보고서는 … 추정했다", "…는 게 보고서의 진단이다"): whom the
        document's back-reference means, whatever source spoke since."""
        topic = self.reader.topic_sources
        if topic is None:
            return self._spaced_maker(s) if self.prepared_by is not None else None
        if not self.made or topic is None:
            return None
        if self.maker_read[0] != s.start:  # read once per sentence, asked per figure
            found = next((b for w in s.text.split() if (b := topic.bare(w)) in self.made), "")
            self.maker_read = (s.start, self.made.get(found))
        return self.maker_read[1]

    def _spaced_maker(self, s: Sentence) -> str | None:
        """ "O texto … estima", "…, diz o documento" after "um resumo, preparado pelo
        governo X": a document named back with its article means the document a body was
        said to prepare (``prepared_by``)."""
        if self.maker_read[0] != s.start:
            cues = self.reader.cues
            words = [w.lower() for w in _WORD.findall(s.text)]
            named = any(
                a in cues.articles
                and (cues.is_data_noun(w) or w in cues.own_documents)
                and w not in self.reader.count_nouns  # "le nombre de prisonniers": no document
                and (
                    k == 0 or (speech := cues.speech) is not None and speech.fullmatch(words[k - 1])
                )
                for k, (a, w) in enumerate(itertools.pairwise(words))
            )
            self.maker_read = (s.start, self.prepared_by if named else None)
        return self.maker_read[1]

    def _subject(self, s: Sentence) -> None:
        """Keep the subject opening a sentence that names no source, for the next one."""
        self.subject_before = self.subject
        if self.reader.unspaced is not None:  # "市消费者协会同期共受理…。该协会提醒"
            unspaced = self.reader.unspaced
            body = unspaced.opening_body(s.text) or unspaced.opening_person(s.text)
            self.subject = (s.paragraph, self.count, body) if body else None
            return
        held = self._office_holder(s.text)
        # "El concejal del ramo, Félix Arnedo, rectificó …": the holder, whom "admitió" means
        name = held[0] if held else self.reader.cues.subject_phrase(s.text)
        if name and name == s.text.strip().rstrip(".").strip():
            name = None  # "Berlin.": a dateline, no sentence's subject
        if name and any(w.lower() in self.reader.first_person for w in name.split()):
            name = None  # "NOSSA NOTA: É menos…": the writer's own label, no one's
        if name is None and not self.reader.cues.nouns_capitalised:
            # "Ad aprire la seduta è stata l'assessora Giorgia Pellacani. «…», ha spiegato"
            name = self.reader.cues.closing_person(s.text)
        self.subject = (s.paragraph, self.count, name) if name else None

    def _keeps_speaking(self, s: Sentence) -> None:
        """A sentence without figures or cues whose subject is the source the sentence
        right before named ("..., aseguró el NIS. El NIS también ha detectado nuevos envíos.
        En total, Corea del Norte habría suministrado unos 220 cañones"; "Il a aussi ..."):
        that source goes on speaking, so the paragraph's next sentence still carries it."""
        carried = self.para_attr.get(s.paragraph)
        if carried is None or self.count - self.noted_at.get(s.paragraph, -2) != 1:
            return
        if self.reader.is_hedged(s.text) and not self.reader.own_voice(s.text):
            # "Meist gehe es um umgestürzte Bäume": reported speech, which the next sentence
            # in reported speech goes on with
            self.reported_at[s.paragraph] = self.count
            return
        cues = self.reader.cues
        name = cues.subject_phrase(s.text) or cues.opening_subject(s.text)
        if not name:
            first = s.text.split(None, 1)[:1]
            if not first or not cues.is_anaphoric(first[0]) or not first[0][:1].isupper():
                return
            name = first[0]  # "Il a aussi ...", "Ele disse ainsi"
        if cues.is_anaphoric(name):
            means = cues.resolve(_Agent(name, 0, "source"), self.history)
        else:
            own = _content_words(name, cues.function_words)
            said = _content_words(carried.source or "", cues.function_words)
            means = carried.source if own and own <= said else None
        if means == carried.source:
            self.noted_at[s.paragraph] = self.count

    def _document(self, s: Sentence) -> None:
        """A body named as its document's author ("Le rapport de l'Équipe ...", "… dans
        un rapport interne de l'Inspection") is the latest source a back-reference may
        mean."""
        if self.reader.unspaced is not None:
            return
        topic = self.reader.topic_sources
        if topic is not None and (made := topic.made(s.text)) is not None:
            self.made[made[0]] = made[1]
            return
        cues = self.reader.cues
        if body := cues.document_body(s.text):
            self._remember(Attribution(body))
        elif (
            not cues.nouns_capitalised  # (German: four released sets fell)
            and (maker := cues.document_before(s.text, len(s.text))) is not None
        ):
            # "Le plan figure dans un rapport interne de l'Inspection académique": "le
            # rapport" later is the inspection's
            self._remember(Attribution(maker))
        elif (maker_named := cues.document_maker(s.text)) is not None:
            self._remember(Attribution(maker_named))  # "um resumo, preparado pelo governo X"
            self.prepared_by = maker_named

    def _note(self, paragraph: int, attr: Attribution) -> None:
        self._closes_between(attr)
        self.para_attr[paragraph] = attr
        self.noted_at[paragraph] = self.count
        self._remember(attr)

    def _closes_between(self, attr: Attribution) -> None:
        """ "Lo comunica l'Istat. Gli occupati sono 24 milioni ... Gli inattivi diminuiscono
        di 40 mila. Le retribuzioni sono cresciute del 3,1%, ha reso noto l'istituto": the
        figures without a source between two sentences the same source speaks (within
        ``_BETWEEN`` sentences) are that source's too; another source starts a new span."""
        said = self.between_from
        if (
            said is not None
            and attr.source
            and _same_person(said[0], attr.source)  # "Ukraiński wywiad wojskowy HUR", "HUR"
            and self.count - said[1] <= _BETWEEN
        ):
            for claim in self.between:
                if claim.source is None:
                    claim.source, claim.via = attr.source, list(attr.via)
        self.between = []
        self.between_from = (attr.source, self.count) if attr.source else None

    def _described_speaker(self, s: Sentence, attr: Attribution | None) -> Attribution | None:
        """ "…, a annoncé Santé publique France. … près de 2 100 ont été hospitalisés, précise
        l'agence sanitaire": a body described in common words, left as written (no earlier
        name shares its noun), in the paragraph whose last sentences the body named spoke:
        that body, described again."""
        if attr is None or not attr.source or attr.via:
            return attr
        if (body := self._spokesperson_of(s, attr.source)) is not None:
            return body
        carried = self.para_attr.get(s.paragraph)
        if carried is None or not carried.source or carried.source == attr.source:
            return attr
        cues = self.reader.cues
        named = _people("a " + carried.source)
        if self._role_alone(attr.source) and named and carried.source.endswith(named[-1]):
            # "— mówi lekarka", "напомнил эксперт": a role alone, after the person the
            # paragraph named speaking
            return Attribution(carried.source, list(carried.via))
        if not cues._described(attr.source) or attr.source not in s.text:
            return attr
        if attr.source.split()[0].lower() in cues.indefinite:
            return attr  # "un portavoz militar": someone new
        if not any(_capitalised(w) for w in carried.source.split()) or self._person(carried.source):
            return attr  # a description, or a person: no body to mean
        return Attribution(carried.source, list(carried.via))

    def _spokesperson_of(self, s: Sentence, name: str) -> Attribution | None:
        """ "Das Bundesverkehrsministerium verwies auf ... . Bis 2029 sollen ..., sagte eine
        Sprecherin.": a spokesperson named by nothing but an indefinite article speaks for
        the body the sentence right before in the paragraph named (its source, or its
        subject where it named none)."""
        words = name.lower().split()
        nouns, stems = self.reader.spokespeople
        cues = self.reader.cues
        told: list[str] = []
        rest = name.split()[3:]
        if (
            len(words) > 3
            and words[2] in cues.articles
            and all(_capitalised(w) or w.isupper() for w in rest)
        ):
            # "wie ein Sprecher dem NDR sagte": the outlet told passes it on
            told, words = [" ".join(rest)], words[:2]
        if len(words) != 2 or words[0] not in cues.indefinite:
            return None
        if not (words[1] in nouns or (bool(stems) and words[1].startswith(stems))):
            return None
        carried = self.para_attr.get(s.paragraph)
        opening = cues.subject_phrase(s.text)
        if opening and any(_capitalised(w) for w in opening.split()[1:]) and name not in opening:
            # "Die Feuerwehr Hamburg ist ... ausgerückt, wie ein Sprecher sagte": the body
            # the sentence itself opens with
            body, carried = opening, None
        elif (
            carried is not None and carried.source and self.count - self.noted_at[s.paragraph] == 1
        ):
            body = carried.source
        elif self.subject is not None and self.subject[:2] == (s.paragraph, self.count - 1):
            body = self.subject[2]
        else:
            return None
        if not any(_capitalised(w) for w in body.split()) or self._person(body):
            return None  # a person, or a description: no body
        via = list(carried.via) if carried is not None and carried.source == body else []
        return Attribution(body, [*via, *told])

    def _person(self, name: str) -> bool:
        """Whether ``name`` is two or three capitalised words with no article ("Arnaud
        Delmas"; not "Das Bundesverkehrsministerium")."""
        first = name.split()[0].lower().translate(_APOSTROPHES).split("'")[0]
        return first not in self.reader.cues.articles and _people("a " + name) == [name]

    def _role_alone(self, name: str) -> bool:
        """A person's role alone, lower-case, no name ("lekarka", "эксперт", "l'esperto")."""
        words = name.translate(_APOSTROPHES).replace("'", " ").lower().split()
        cues = self.reader.cues
        words = [w for w in words if w not in cues.articles]
        nouns, stems = self.reader.person_nouns
        return (
            len(words) == 1
            and name[-len(words[0]) :].islower()
            and (words[0] in nouns or (bool(stems) and words[0].startswith(stems)))
        )

    def _relayed(self, attr: Attribution | None) -> Attribution | None:
        """ "Nelle ultime settimane, ha aggiunto Lee, ...": a lawmaker who relayed a body's
        briefing earlier in the document (the body the source, the lawmaker via) goes on
        passing on that body's figures when named again by any word of their name."""
        if attr is None or not attr.source or not self.relays:
            return attr
        words = _name_words(attr.source)
        if not words or (
            not self.reader.relayer(attr.source) and any(w not in self.relays for w in words)
        ):
            return attr
        relayed = next((self.relays[w] for w in words if w in self.relays), None)
        if relayed is None or relayed.source == attr.source:
            return attr
        via = [*relayed.via, *(v for v in attr.via if v not in relayed.via)]
        return Attribution(relayed.source, via, attr.inherited)

    def _remember(self, attr: Attribution) -> None:
        """An attribution's source becomes the latest a back-reference may mean; a
        lawmaker passing on a body's figures relays it for later mentions (``_relayed``)."""
        if attr.source and not self.reader.relayer(attr.source):
            for v in attr.via:
                if self.reader.relayer(v):
                    for w in _name_words(v):
                        self.relays[w] = Attribution(attr.source, list(attr.via))
        if attr.source:
            # "…, rapporte l'agence KCNA. Moscou a déjà fourni …, ajoute l'agence": an outlet
            # that passed the source on is whom a later "the agency" may mean; it goes before
            # the source, which stays the latest for a pronoun
            for v in attr.via:
                if self.reader.cues.is_media(v) and v not in self.history:
                    self.history.append(v)
            if attr.source in self.history:
                self.history.remove(attr.source)
            self.history.append(attr.source)
            self.remembered_at[attr.source] = self.count
            known = self.known_via.setdefault(attr.source.lower(), [])
            known.extend(v for v in attr.via if v not in known)
