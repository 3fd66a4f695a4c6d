"""Who a figure comes from, and through whom: source and via, read off the parse.

Agents in a sentence are ranked from the innermost (closest to the figure: "citing X",
"intelligence from X") outwards ("according to X", the subject of "said"), and outlets
and askers ("Bloomberg reported", "an inquiry from lawmaker X") go to ``via``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from dataclasses import dataclass, field
from functools import lru_cache

import yaml
from spacy.tokens import Doc, Token

from claimtrack.extract.doc_text import doc_text
from claimtrack.extract.fact_lines import closing_credit
from claimtrack.extract.letters import LOWER, UPPER
from claimtrack.extract.lexicon import LEXICON_DIR, Lexicon, alternation, territory_names
from claimtrack.extract.quotation_spans import OPENERS
from claimtrack.packs import StoryPack

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_ABBREV_DEF = re.compile(
    r"([A-Z][\w’'-]*(?:[ \t]+(?:of|for|the|and|on|[A-Z][\w’'-]*)){1,8})[ \t]+\(([A-Z]{2,8})\)"
)


#: A count in digits, not a year ("500,000 protesters", not "late 2023 analysts").
_COUNT = re.compile(r"(?!(?:19|20)\d\d$)\d[\d,.]*")
#: A clock time ("09:15", "9.30").
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_TRAILING_ABBREV = re.compile(r"\s*\([A-Z]{2,8}\)$")
_POSSESSIVE_END = re.compile(r"\s*['’]s?$")
#: A parenthesis right after a figure: "9.4 million rounds (South Korean est.)[2]".
_PARENTHESIS = re.compile(r"^[^()]{0,40}?\(([^()]{2,60})\)")

#: A role phrase ("the intelligence chief") -> the person it refers back to, if any.
PeopleResolver = Callable[[str], str | None]


_GLUE = frozenset({"/", "@", "_"})
#: Marks that open a quotation: the project's table of them, and the British single quote.
_QUOTE_OPENERS = frozenset(OPENERS) | {"‘"}


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    data = yaml.safe_load((LEXICON_DIR / "outlets.yaml").read_text(encoding="utf-8"))
    return frozenset(str(o).lower() for o in data["outlets"])


class NamedSubject(str):
    """The subject a sentence without a source opened with, remembered among the sources
    for "it" in the next sentence ("The disruption shows up elsewhere too. …"): a pronoun
    may mean it, a document ("the same document says") may not."""

    __slots__ = ()


@dataclass
class Attribution:
    source: str | None
    via: list[str] = field(default_factory=list)
    inherited: bool = False


@dataclass
class _Agent:
    text: str
    rank: float  # lower = closer to the figure
    position: int
    media: bool
    anaphoric: bool = False
    audience: bool = False  # the one told ("told lawmakers"): a source only if no one else
    pledger: bool = False  # "Harbourline has offered 5.5%": its own act, not carried on


def _own_audience(tok: Token) -> bool:
    """Whether the one told is the teller's own public, a possessive pronoun before it
    ("its viewers", "their readers"): no intermediary."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def abbreviations(text: str) -> dict[str, str]:
    """Acronyms the document defines: "Defense Intelligence Agency (DIA)" -> {"DIA": ...}."""
    out: dict[str, str] = {}
    for m in _ABBREV_DEF.finditer(text):
        full, abbr = m.group(1), m.group(2)
        words = full.split()
        initials = "".join(w[0] for w in words if w[0].isupper())
        # keep the shortest tail of the phrase whose initials spell the acronym, plus its owner
        for k in range(len(words)):
            tail = words[k:]
            if "".join(w[0] for w in tail if w[0].isupper()).endswith(abbr) or initials.endswith(
                abbr
            ):
                out.setdefault(
                    abbr,
                    " ".join(
                        words[
                            max(0, k - 2)
                            if "'" in "".join(words[max(0, k - 2) : k]).translate(_APOS)
                            else k :
                        ]
                    ),
                )
                break
    return out


class AttributionFinder:
    def __init__(self, lex: Lexicon, pack: StoryPack | None) -> None:
        self.lex = lex
        self.reporting = lex.set_of["reporting_verbs"]
        self.phrasal_other = lex.phrase_set("phrasal_not_reporting")
        self.attr_nouns = lex.set_of["attribution_nouns"]
        self.anaphors = lex.phrase_set("anaphoric_subjects")
        self.stress = frozenset(w.lower() for w in lex.words("reference_stress"))
        self.pronouns = lex.phrase_set("personal_pronouns")
        self.person_pronouns = lex.phrase_set("person_pronouns")
        self.body_pronouns = lex.phrase_set("body_pronouns")
        self.pronouns_of_speakers = self.person_pronouns | self.body_pronouns
        self.of_words = lex.of_words
        self.titles = frozenset(lex.mapping("person_titles"))
        self.person_nouns = lex.phrase_set("person_nouns")
        self.source_kinds = {
            k: frozenset(map(str, v)) for k, v in lex.mapping("source_kinds").items()
        }
        self.naming = lex.phrase_set("naming_verbs")
        self.media_cues = lex.phrase_set("media_cues")
        self.producing = lex.phrase_set("producing_verbs")
        self.passive_reporting = lex.phrase_set("passive_reporting_verbs")
        self.time_words = (
            lex.set_of["months"]
            | lex.set_of["weekdays"]
            | lex.phrase_set("day_parts")
            | frozenset(lex.mapping("time", "seasons"))
        )
        self.time_modifiers = lex.phrase_set("time_modifiers")
        self.clock_words = lex.phrase_set("clock_words")
        self.count_possessives = lex.phrase_set("count_possessives")
        self.estimate_marks = lex.phrase_set("estimate_marks")
        self.via_debris = lex.phrase_set("via_debris")
        # "the port", "the company": a definite phrase of lower-case words, no name
        articles = "|".join(map(re.escape, sorted(lex.phrase_set("definite_articles"))))
        self._generic = re.compile(rf"^(?i:{articles or '(?!)'})(?:\s+[a-z][\w'’-]*){{1,3}}$")
        self.counting = lex.phrase_set("counting_verbs")
        # "The EU promised 1 million shells", "Management has offered a raise of 94,000":
        # the one who pledges gives the figure (the folder's pledge words, read as verbs)
        self.pledging = frozenset(
            str(w).lower() for w in lex.mapping("status").get("pledged", []) if " " not in str(w)
        ) | lex.phrase_set("plan_verbs")  # "The ICB plans to open 25 clinics": its own plan
        # the story's actors and the world's countries: a place that pledges to do
        # something ("Pyongyang has pledged to send") is told of by someone else
        self.places = territory_names(lex.language) | frozenset(
            n.lower() for a in (pack.actors if pack else ()) for n in (a.name, *a.aliases)
        )
        nouns = "|".join(sorted(map(re.escape, self.count_possessives), key=len, reverse=True))
        # "By the JCS's own count", "on our latest estimate": the folder's openers and
        # modifiers of such a phrase, shared by the named owner and the first person
        opener = alternation(lex.phrase_set("count_openers"))
        # "her own reading", "his latest estimate": words between an owner and its count
        self.count_modifiers = lex.phrase_set("count_modifiers")
        modifier = alternation(self.count_modifiers)
        count = rf"(?:(?i:{modifier})\s+)?(?:{nouns or '(?!)'})\b"
        self._count_owner = re.compile(
            rf"\b(?i:{opener})\s+((?:(?i:{articles or '(?!)'})\s+)?[A-Z][^,;()]{{1,80}}?)['’]s?\s+"
            + count
        )
        # "by our reckoning", "on our count": the publisher's own figures (extract/roles.py)
        self.first_person = lex.phrase_set("publisher", "first_person")
        self.evidence_nouns = lex.phrase_set("evidence_nouns")
        self.asking = lex.phrase_set("asking_nouns")
        self.document_nouns = lex.phrase_set("document_nouns")
        self.record_nouns = lex.phrase_set("record_nouns")
        #: the makers' own back-reference ("the authors"): like "the review found" after
        #: "the report by X", the maker (``People.maker_before``)
        self.document_authors = lex.phrase_set("document_authors")
        self.quantifiers = lex.phrase_set("plural_quantifiers")
        self.standalone = lex.phrase_set("standalone_sources")
        self.expletives = lex.phrase_set("expletives")
        self.nobody = lex.phrase_set("nobody_words")  # "neither guest could confirm"
        self.telling = lex.phrase_set("telling_verbs")
        self.citing_verbs = lex.phrase_set("citing_verbs")
        self.framing_marks = lex.phrase_set("framing_marks")
        self.spokespersons = lex.phrase_set("spokesperson_nouns")
        self.indefinite = lex.phrase_set("indefinite_articles")
        self.articles = lex.phrase_set("definite_articles") | self.indefinite
        # "according to X", "cited by X", "citing X": a cue word and the word after it
        self.according_cues = _pairs(lex.words("according_cues"))
        self.cited_by_cues = _pairs(lex.words("cited_by_cues"))
        self.citing_cues = lex.phrase_set("citing_cues")
        self.maker_preps = lex.phrase_set("maker_prepositions")  # "a report by X"
        self.author_preps = lex.phrase_set("author_prepositions")  # "a poll by X"
        self.origin_preps = lex.phrase_set("origin_prepositions")  # "data ... from X"
        self.speaker_preps = lex.phrase_set("speaker_prepositions")  # "officials at X"
        self.audience_preps = lex.phrase_set("audience_prepositions")  # "told to X"
        self.people_pronouns = lex.phrase_set("people_pronouns")  # "they"
        self.people_possessives = lex.phrase_set("people_possessives")  # "their"
        self.source_stems = tuple(lex.words("unnamed_source_stems"))  # "sources"
        self.speaking_stems = tuple(lex.words("speaking_stems"))  # "officials", "sources"
        self.body_words = frozenset(
            str(w) for kinds in self.source_kinds.values() for w in kinds
        ) | lex.phrase_set("publisher", "organisation_words")
        # "a spokesman for the ministry": the head noun is before the first of these
        heads = "|".join(map(re.escape, sorted(lex.phrase_set("head_prepositions")))) or "(?!)"
        self._head_split = re.compile(rf"\s(?:{heads})\s")
        # "by our reckoning", "by this newspaper's reckoning": the publication naming itself
        self.self_names = lex.phrase_set("publisher", "self_names")
        owners = self.first_person | {f"{n}{s}" for n in self.self_names for s in ("'s", "’s")}
        ours = "|".join(map(re.escape, sorted(owners, key=len, reverse=True))) or "(?!)"
        self._leading_article = re.compile(rf"^(?i:{articles or '(?!)'})\s+")
        self._own_count = re.compile(rf"\b(?i:{opener})\s+((?i:{ours}))\s+" + count)
        self._last_cues: tuple[Doc, list[tuple[str, Token, Token | None]]] | None = None
        # "Russian customs data (seen by X) show(ed) that": the data's owner and what they
        # show, at the sentence's start (a verb of saying, inflected)
        data = alternation(n for n in self.attr_nouns if n not in self.person_nouns)
        says = alternation(self.reporting)
        self._data_shows = re.compile(
            rf"^\s*((?:[A-Z][\w'’&-]*\s+)(?:[\w'’&-]+\s+){{0,4}}?(?:{data}))"
            rf"(?:\s+[a-z]+\s+by\s+([^,;]{{1,50}}?))?\s+(?:{says})(?:s|es|ed|d)?\b(?:\s+that\b)?"
        )
        # "PAHO reports that", "A Ukrainian media outlet reported last week that": a
        # speaker of up to eight words, one of them capitalised, and an inflected verb of
        # saying (an aside between commas may stand between them), with "that" or a comma
        # within three words after it, or a clause the parser hung on it
        forms = alternation(
            {f"{v}{end}" for v in self.reporting for end in ("s", "es", "ed", "d")}
            | lex.phrase_set("reporting_verb_forms")
        )
        # "figures the city council published": a document's maker in a contact clause
        made = alternation(
            {f"{v}{end}" for v in self.reporting | self.producing for end in ("s", "es", "ed", "d")}
            | lex.phrase_set("reporting_verb_forms")
        )
        self._made_by = re.compile(
            rf"\s+(?:that\s+|which\s+)?((?:[\w'’&.-]+\s+){{0,5}}?[\w'’&.-]+)\s+"
            rf"(?:has\s+|had\s+|have\s+)?(?:{made})\b"
        )
        self._opening_says = re.compile(
            rf"\s*((?:[\w'’&.-]+\s+){{0,7}}?[\w'’&.-]+)(?:\s*,[^,;]{{1,40}},)?\s+"
            rf"(?:has\s+|have\s+)?({forms})\b((?:\s+[\w-]+){{0,3}}?(?:\s+that\b|\s*,))?"
        )
        # the document's relaying people: its history list (identity) and surname -> body
        self._relays: tuple[list[str] | None, dict[str, str]] = (None, {})
        # bodies that told an audience in the document ("the NIS told a committee")
        self._briefed: tuple[list[str] | None, set[str]] = (None, set())
        # the document's last attribution's names, source first ("he" may mean its relayer)
        self._last_names: tuple[list[str] | None, list[str]] = (None, [])
        # names the document introduced as a body or as a person: name -> is a person
        self._kinds: tuple[list[str] | None, dict[str, bool]] = (None, {})
        # what the document calls a source as it introduces it ("The Vantor Strait Monitor,
        # a Washington research group,"): name -> the nouns set beside it
        self._called: tuple[list[str] | None, dict[str, frozenset[str]]] = (None, {})
        self.pledged = False  # the last figure's source is the one who pledged it
        self._history: list[str] = []  # the document's sources so far, for agents()
        self.standing = False  # the last figure is a limit someone set: a standing rule
        self.limit_nouns = frozenset(lex.words("kinds", "limit_nouns"))
        self.role_words = frozenset(lex.mapping("role_nouns")) | self.titles
        self._title_words = self.role_words | self.person_nouns
        self.head_links = lex.phrase_set("head_prepositions")
        self.relaying_roles = lex.phrase_set("relaying_roles")
        self.acronyms: dict[str, str] = {}
        self.aliases: dict[str, str] = {}  # a pack alias in lower case -> the source's name
        if pack is not None:
            for src in pack.sources:
                for alias in src.aliases:
                    if alias.isupper() and alias.isalpha():
                        self.acronyms[alias] = src.name
                    else:
                        self.aliases[_plain(alias)] = src.name
        self.media_names = set(_outlets())
        if pack is not None:
            for s in pack.sources:
                if s.type in ("media", "state_media"):
                    self.media_names.update(a.lower() for a in [s.name, *s.aliases])

    # -- naming ----------------------------------------------------------------------------
    def _phrase(self, tok: Token) -> str:
        toks = []
        skip: set[int] = set()
        for t in tok.subtree:
            if t.dep_ in ("relcl", "acl", "appos") and t is not tok:
                skip.update(x.i for x in t.subtree)
        for t in tok.subtree:
            if t.i in skip:
                continue
            if t.i > tok.i and t.text in (",", ";", "—", "–"):
                break
            if t.dep_ == "cc" and t.i > tok.i and not _joins_name(t):
                break
            toks.append(t)
        # "In late December Zelensky": time words the parser hung on a name are no part of it
        while toks and (
            toks[0].is_punct
            or toks[0].lower_ in ("and",)
            or (toks[0].i < tok.i and self._time_debris(toks[0]))
        ):
            toks = toks[1:]
        while toks and toks[-1].is_punct and toks[-1].text != ")":
            toks = toks[:-1]
        if not toks:
            return tok.text
        doc, last = tok.doc, toks[-1].i
        # a handle the tokenizer cut ("u/kharkiv_watch", "@kyiv_monitor") is one name
        while (
            last + 1 < len(doc)
            and not doc[last].whitespace_
            and (doc[last].text in _GLUE or doc[last + 1].text in _GLUE)
        ):
            last += 1
        return doc[toks[0].i : last + 1].text

    def _untitled(self, text: str) -> str:
        """ "Head of the Border Guard Service Andris Kalnins": a role of a body written
        before a person's name, read as one name; the person is its last two words."""
        words = text.split()
        if (
            len(words) >= 5
            and words[0].lower() in self.role_words
            and words[1].lower() in self.head_links
            and self._personal_name(" ".join(words[-2:]))
        ):
            return " ".join(words[-2:])
        return text

    def _titled(self, tok: Token) -> Token | None:
        """ "Chief of the General Staff Valery Gerasimov said": a title the parser made
        the subject, with the person's name in apposition; the name speaks."""
        appos = [
            c
            for c in tok.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and not _bracketed_place(c)
        ]
        if appos and self._personal_name(self._phrase(appos[-1])):
            return None if self._personal_name(self._phrase(tok)) else appos[-1]
        return None

    def _time_debris(self, t: Token) -> bool:
        """A word of a date or time before a name: "late", "December", "Monday", "15"."""
        low = t.lower_
        return (
            low in self.time_words
            or low in self.clock_words
            or t.text in ("—", "–", "-")
            or _CLOCK.fullmatch(t.text) is not None  # "09:15 GMT — Ukraine's ..."
            or low in self.time_modifiers
            or t.is_digit
            or (t.pos_ == "ADP" and t.dep_ == "prep")
        )

    def _no_one(self, tok: Token) -> bool:
        """A subject that names nobody ("nobody", "neither guest", "no official"): the
        folder's ``nobody_words``, as the word or its determiner."""
        return tok.lower_ in self.nobody or any(
            c.dep_ == "det" and c.lower_ in self.nobody for c in tok.children
        )

    def _expletive(self, tok: Token) -> bool:
        """ "it is said", "which ... says", "who said": a subject that names no one; "the WHO"
        (an acronym in capitals) is a name."""
        return tok.lower_ in self.expletives and not tok.text.isupper()

    def _is_media(self, text: str) -> bool:
        low = text.lower().translate(_APOS)
        if low.removeprefix("the ").strip() in self.media_names:
            return True
        words = set(re.findall(r"[\w-]+", low))
        if any(n in low for n in self.media_names if " " in n) or any(
            n in words for n in self.media_names if " " not in n
        ):
            return True
        return any((c in words) if " " not in c else (c in low) for c in self.media_cues)

    def _unstressed(self, low: str) -> str:
        """ "the same agency" as "the agency": a word that only stresses a back-reference,
        after its article (``reference_stress``), is left out."""
        words = low.split()
        if len(words) > 2 and words[1] in self.stress:
            return " ".join([words[0], *words[2:]])
        return low

    def _is_anaphoric(self, tok: Token, text: str) -> bool:
        return (
            tok.pos_ == "PRON" or self._unstressed(text.lower().translate(_APOS)) in self.anaphors
        )

    # -- finding ---------------------------------------------------------------------------
    def agents(self, sent: Doc, fig: Token) -> list[_Agent]:
        """Every agent in the sentence, ranked by how deep in the figure's chain of heads the
        phrase naming it attaches: "X said that Y told Z that [figure]" ranks Y before X."""
        found: list[_Agent] = []
        chain = [a.i for a in fig.ancestors]
        seen: set[int] = set()

        def depth(tok: Token) -> float:
            for t in (tok, *tok.ancestors):
                if t.i in chain:
                    return float(chain.index(t.i))
            return 8.0

        def pobj(tok: Token) -> Token | None:
            return next((c for c in tok.children if c.dep_ == "pobj"), None)

        label = _label_end(sent)
        told_passively: tuple[int, float] | None = None  # "Lawmakers were told ..."

        def add(tok: Token, rank: float, audience: bool = False) -> None:
            if tok.i in seen or tok.i < label:
                return  # "Shells: The team's report says": a line's label speaks for no one
            if tok.lower_ in self.time_words and any(
                c.dep_ == "det" and c.lower_ in self.time_modifiers for c in tok.children
            ):
                return  # "A poll by the Society this autumn found": a time the parser made a subject
            if tok.dep_ == "nsubj" and tok.left_edge.i <= fig.i <= tok.right_edge.i:
                # "Ukraine holds six soldiers, Dmytro Usov, secretary of X, said": the
                # parser made the figure's noun the subject and the speaker its
                # appositive; the name after the figure speaks
                appos = [a for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
                if appos and appos[-1].i > fig.i:
                    tok = appos[-1]
            if tok.dep_ == "nsubj" and (place := self._fronted_place(tok)) is not None:
                # "In Kyiv, Ukraine's military intelligence agency, HUR, said": the parser
                # gave the subject the place of a fronted "In ..."; the speaker is the
                # phrase set beside it (none: the place speaks for no one)
                if place is tok:
                    return
                tok = place
            if tok.pos_ == "PRON" and tok.lower_ in self.people_pronouns:
                # "I'd refer you to the Ukrainians, but they've told us at least 60": "they"
                # are the people the sentence named before it (a people's name, "officials")
                people = [
                    t
                    for t in sent
                    if t.i < tok.i
                    and (t.tag_ == "NNPS" or (t.tag_ == "NNS" and t.lower_ in self.person_nouns))
                    and not t.left_edge.i <= fig.i <= t.right_edge.i
                ]
                if people:
                    tok = people[-1]
            if tok.pos_ == "PRON" and tok.lower_ in self.body_pronouns:
                # "The BMA is demanding more, which it says requires 26pc": "it" is the
                # body the sentence named as a subject before it
                subjects = [
                    t
                    for t in sent
                    if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
                ]
                if subjects and not self._person(self._phrase(subjects[-1])):
                    tok = subjects[-1]
            lemma = tok.lemma_.lower()
            # "intelligence from X", "a report by X": the source is X
            if lemma in self.attr_nouns:
                for prep in tok.rights:
                    if prep.lower_ in self.maker_preps:
                        objs = [c for c in prep.children if c.dep_ == "pobj"]
                        if objs and objs[0].pos_ in ("PROPN", "NOUN"):
                            asker = lemma in self.asking
                            add(objs[0], rank + (0.3 if asker else -0.5))
                            if lemma not in self.standalone:
                                seen.add(tok.i)
                                return
                if lemma in self.asking:
                    return
                indefinite = any(
                    c.dep_ == "det" and c.lower_ in self.indefinite for c in tok.children
                )
                # "a UN report", "a leaked Russian defence ministry document" name their owner
                named = any(
                    t.pos_ == "PROPN"
                    or (t.dep_ == "compound" and t.pos_ == "NOUN")
                    or (t.pos_ == "ADJ" and t.text[:1].isupper())
                    for left in tok.lefts
                    for t in left.subtree
                )
                if lemma in self.document_nouns and indefinite and not named:
                    return  # "citing a briefing for lawmakers" names no one; "a UN report" does
            for acl in (
                c
                for c in tok.children
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in self.producing
            ):
                by = next((c for c in acl.children if c.dep_ == "agent"), None)
                obj = pobj(by) if by is not None else None
                if obj is not None:  # "satellite imagery analysed by X": X is the source
                    # ... unless the data are someone else's: "interior ministry data
                    # compiled by daily X", "data compiled by X from the Canal Authority":
                    # the owner is the source and the compiler passes it on
                    frm = next(
                        (
                            c
                            for c in acl.children
                            if c.dep_ == "prep" and c.lower_ in self.origin_preps
                        ),
                        None,
                    )
                    owner = pobj(frm) if frm is not None else _data_owner(tok)
                    if owner is not None and {lemma, tok.lower_} & self.attr_nouns:
                        if owner.dep_ == "compound":  # "interior ministry data"
                            start = min(t.i for t in tok.lefts if t.dep_ != "det")
                            text = tok.doc[start : owner.i + 1].text
                            found.append(_Agent(text, rank - 0.6, owner.i, self._is_media(text)))
                        else:
                            add(owner, rank - 0.6)
                    add(obj, rank - 0.5)
                    seen.add(tok.i)
                    return
            if lemma in self.evidence_nouns or tok.lower_ in self.evidence_nouns:
                # "Satellite imagery shows 1,100 containers", "Photos from X show": what
                # the writer saw is evidence, nobody who told it (SCHEMA.md: null)
                seen.add(tok.i)
                return
            if fig.i in self._own_subtree(tok):
                return
            if (tok.pos_ == "NUM" or tok.like_num) and _named(tok, self.naming) is None:
                # "One of them said": a count of people, not who they are ("One of the
                # prisoners, a rifleman who gave his name, Min, said": Min)
                return
            if (
                tok.i == sent[0].i
                and tok.i + 1 < len(tok.doc)
                and tok.doc[tok.i + 1].text == ","
                and tok.lower_.rstrip(".") in self.titles
            ):
                return  # "General, press reports say ...": the one addressed
            given = _named(tok, self.naming) if tok.pos_ != "PROPN" else self._titled(tok)
            if (
                given is None
                and tok.pos_ == "NOUN"
                and any(c.dep_ == "nummod" and _COUNT.fullmatch(c.text) for c in tok.children)
            ):
                return  # "500,000 protesters and the CGT claimed": a count, not a speaker
            text = self._untitled(self._phrase(given if given is not None else tok))
            text = _short_name(tok, text) if given is None else text
            self._learn_kind(tok, given, text)
            seen.add(tok.i)
            found.append(
                _Agent(
                    text,
                    rank,
                    tok.i,
                    self._is_media(text),
                    self._is_anaphoric(tok, text),
                    audience,
                )
            )

        for cue, tok, nxt in self._cues(sent):
            if cue == "according":
                assert nxt is not None
                obj = pobj(nxt)
                if obj is not None:
                    # "A said ..., according to B": B passed on what A said
                    said = any(
                        a.lemma_.lower() in self.reporting
                        and any(c.dep_ == "nsubj" for c in a.children)
                        for a in fig.ancestors
                    )
                    counter = self._owner_of_own_speaker(obj, fig, tok)
                    if counter is not None:  # "X has recorded 60, according to its spokesman"
                        add(counter, depth(tok.head) - 0.5)
                    for quoted in self._quoted_by(obj):
                        # "according to TASS, which quoted an official at the ministry":
                        # the one the outlet quotes gives the figure, the outlet passes it on
                        add(quoted, (7.5 if said else depth(tok.head)) - 0.5)
                    add(obj, 7.5 if said else depth(tok.head))
                elif (named := self._named_after(sent, nxt)) is not None:
                    # "..., according to city military administration head Tymur Tkachenko.":
                    # the parser made the name a clause of its own; the words after "to"
                    found.append(_Agent(named, depth(tok.head), nxt.i + 1, self._is_media(named)))
            elif cue == "cited":
                assert nxt is not None
                obj = pobj(nxt)
                if obj is not None:
                    add(obj, depth(tok) + 0.6)
            elif cue == "citing":
                if self._other_clause_cites(sent, fig, chain, tok):
                    continue
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "pobj", "attr")), None)
                # "the officials said, citing satellite imagery": what a speaker saw is
                # their evidence, not someone who told them
                if (
                    obj is not None
                    and obj.lemma_.lower() not in self.evidence_nouns
                    and not self._own_records(obj)
                ):
                    inner = self._relays_inner_speaker(fig, chain, tok)
                    add(obj, depth(tok.head) - 0.5 if inner is None else inner + 0.5)
                    # "The Ledger, citing two officials, reported that ...", parsed with
                    # the participle as the predicate: its subject is who cites, the
                    # intermediary (ranked after the one cited)
                    citer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                    if citer is None and tok.head.pos_ in ("PROPN", "NOUN") and tok.dep_ != "acl":
                        citer = tok.head  # (or hung the participle on the citer's name)
                    if citer is not None and citer.i < tok.i and not self._expletive(citer):
                        if fig.i in {t.i for t in citer.subtree} and citer.i not in seen:
                            text = self._phrase(citer)  # (the clause hangs on the citer)
                            seen.add(citer.i)
                            found.append(
                                _Agent(text, depth(tok) + 0.5, citer.i, self._is_media(text))
                            )
                        else:
                            add(citer, depth(tok) + 0.5)
            elif (
                cue == "reporting"
                and not self._aside(tok, chain)
                and (
                    tok.i in chain
                    or tok.dep_ != "conj"
                    or tok.i < fig.i
                    or not any(c.dep_ == "nsubj" for c in tok.children)
                    or not any(c.dep_ == "cc" and fig.i < c.i < tok.i for c in tok.head.children)
                )
            ):
                # a reporting verb counts only if the figure is in what it reports ("X grew
                # 2.3%, but voters complained of ...": a later clause's own speaker is not)
                k = (
                    float(chain.index(tok.i))
                    if tok.i in chain
                    else (8.0 if tok.dep_ == "ROOT" else 9.0)
                )
                children = list(tok.children)
                if not any(c.dep_ == "nsubj" for c in children):
                    if tok.dep_ == "conj" and tok.i in chain:
                        # "X put the toll at 465 and said 135 more ...": said shares put's subject
                        children += [c for c in tok.head.children if c.dep_ == "nsubj"]
                    elif tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" and tok.i in chain:
                        # "State media made no mention of it, instead reporting that ...":
                        # a participle's speaker is its clause's subject
                        children += [c for c in tok.head.children if c.dep_ == "nsubj"]
                    elif (subject := _subject_before_participle(tok)) is not None:
                        # "the Team (MSMT), set up after ..., said": the parser hangs the
                        # subject on the participle set off before the verb
                        children.append(subject)
                    elif (
                        speaker := _trailing_speaker(tok) or self._appositive_speaker(tok)
                    ) is not None:
                        found.append(_Agent(speaker, k, tok.i - 1, self._is_media(speaker)))
                        seen.add(tok.i)
                if tok.lemma_.lower() in self.citing_verbs:
                    # "TASS quoted a regional official as saying that ...": the one quoted
                    # gives the figure, the one quoting (the subject) passes it on
                    for c in children:
                        if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON"):
                            add(c, k - 0.5)
                for c in children:
                    if c.dep_ == "agent" and tok.lemma_.lower() in self.passive_reporting:
                        obj = pobj(c)
                        if obj is not None and obj.lower_ not in self.time_words:
                            add(obj, k)
                    elif c.dep_ == "nsubj" and _quantifier_beside_subject(c, children):
                        continue  # "…, most of the KN-23 type, Ukraine's air force says"
                    elif c.dep_ == "nsubj" and self._no_one(c):
                        continue  # "What neither guest could confirm is a claim …": no one
                    elif c.dep_ == "nsubj" and (
                        not self._expletive(c) or c.lower_ in self.body_pronouns
                    ):
                        add(c, k)  # "it said" is a body speaking; "it is said" has no nsubj
                    elif (
                        c.dep_ == "nsubjpass"
                        and tok.lemma_.lower() in self.telling
                        and not any(g.dep_ == "agent" for g in tok.children)
                    ):
                        # "Lawmakers were told the North has held three funerals": the
                        # ones told heard it from the body the document has been quoting
                        told_passively = (c.i, k)
                    elif (
                        c.dep_ == "nsubjpass"
                        and tok.lemma_.lower() in self.passive_reporting
                        and any(g.lower_ == "as" for g in tok.subtree if g.i > tok.i)
                        and not any(g.dep_ == "agent" for g in tok.children)
                    ):
                        add(c, k)  # "the agency was quoted as saying"
                    elif tok.lemma_.lower() in self.telling:
                        if c.dep_ in ("dobj", "dative", "iobj") and c.pos_ in ("PROPN", "NOUN"):
                            add(c, k + 0.3, audience=True)
                        elif c.dep_ == "prep" and c.lower_ in self.audience_preps:
                            obj = pobj(c)
                            if obj is not None:
                                add(obj, k + 0.3, audience=True)
            elif cue == "counting":
                # "Open-source analysts counted 46 trains": the counter, when no verb of
                # saying frames the sentence ("Angola has recorded X, the WHO said")
                # (the main verb, or the verb of the figure's own clause: "when the
                # ministry counted 500,000 protesters")
                # ... or what a speaker before it says was counted ("Park said the spy
                # agency had tracked 20 flights": the agency's count, passed on by Park)
                said_before = any(
                    a.i < tok.i and a.lemma_.lower() in self.reporting for a in tok.ancestors
                )
                # (a verb of saying in another clause does not frame it: "Officials have
                # counted dozens of guns, and the Lab believes 120 were delivered")
                framed = any(
                    c == "reporting" and (t.i in chain or t.dep_ == "ROOT" or t.i < tok.i)
                    for c, t, _ in self._cues(sent)
                )
                if (tok.dep_ == "ROOT" or tok.i in chain) and (said_before or not framed):
                    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                    if subj is not None and not self._expletive(subj):
                        add(subj, float(chain.index(tok.i)) if tok.i in chain else 8.0)
            elif cue == "pledging" and (
                tok.i == _first_verb(fig) or _pledged_to(tok, fig, self.places)
            ):
                # "Harbourline has offered rises of 5.5 per cent": the pledger's figure,
                # when no verb of saying frames the clause ("X said it would offer ...")
                framed = any(
                    (c == "reporting" and t.i in chain and chain.index(t.i) > chain.index(tok.i))
                    or (c == "according" and t.head.i == tok.i)  # "According to X, Y promised"
                    for c, t, _ in self._cues(sent)
                )
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subj is None and (
                    by := next((c for c in tok.children if c.dep_ == "agent"), None)
                ):
                    subj = pobj(by)  # "Two new vessels were promised by ministers": who pledged
                if (
                    not framed
                    and subj is not None
                    and (
                        subj.pos_ in ("PROPN", "NOUN")
                        # "She has also pledged £1.5m": the person named before
                        or (subj.pos_ == "PRON" and subj.lower_ in self.person_pronouns)
                    )
                    and not subj.i <= fig.i <= subj.right_edge.i
                ):
                    add(subj, float(chain.index(tok.i)) + 0.5)
                    if found and found[-1].position == subj.i:
                        found[-1].pledger = True
            elif cue == "asking":
                obj = pobj(tok)
                if obj is not None:
                    add(obj, depth(tok) + 0.3)
        if told_passively is not None and not found:
            # (only when the sentence names no one else: "were told, citing a document")
            body = self._antecedent("it", self._history)
            if body is not None:
                where, k = told_passively
                found.append(_Agent(body, k, where, self._is_media(body)))
        if not found:
            self._reports_of(fig, chain, found)
        if not found:
            self._data_subject(sent, fig, found)
        if not found:
            self._tally_owner(fig, chain, found)
        if not found:
            self._estimate_giver(fig, chain, found)
        if not found:
            self._opening_speaker(sent, fig, label, found)
        for m in self._count_owner.finditer(doc_text(sent)):
            # "By the JCS's count, ...", "on Seoul's estimate": the owner's figures (read
            # from the text: the parser often hangs the possessive on the wrong word)
            owner = self._leading_article.sub("", m.group(1))
            at = sent.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if at is not None and not any(a.position == at.root.i for a in found):
                found.append(_Agent(owner, 1.0, at.root.i, self._is_media(owner)))
        for m in self._own_count.finditer(doc_text(sent)):
            # "by our count" only when no one else is named: "By our count, X has rotated
            # three units, and Seoul now puts the total at 15,000" gives 15,000 to Seoul; "by
            # this newspaper's reckoning" names the writer over a speaker the clause holds
            # ("Spread over the period HUR cites, that comes to …")
            if found and not self._names_self(m.group(1)):
                continue
            at = sent.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if at is not None:
                return [_Agent(m.group(1), 1.0, at.root.i, False, anaphoric=True)]
        return found

    def _names_self(self, text: str) -> bool:
        """Whether a name is the publication's for itself ("this newspaper's")."""
        return _POSSESSIVE_END.sub("", text.strip()).lower().translate(_APOS) in self.self_names

    def _own_records(self, obj: Token) -> bool:
        """ "..., citing gate records", "citing internal data": records no one is named as
        keeping are the speaker's own evidence, like imagery it saw ("citing Home Office
        data", "citing unnamed sources" name who gave them)."""
        lemma = obj.lemma_.lower()
        if lemma in self.person_nouns or lemma.startswith(self.source_stems):
            return False
        if lemma not in self.attr_nouns | self.document_nouns and obj.lower_ not in self.attr_nouns:
            return False
        return not any(
            t.pos_ == "PROPN"
            or t.text[:1].isupper()
            or t.dep_ == "poss"
            or t.lower_ in self.maker_preps
            for t in obj.subtree
            if t is not obj
        )

    def _aside(self, verb: Token, chain: list[int]) -> bool:
        """A verb of saying in a clause that describes something else or sets a condition
        against the figure's clause, not in what it reports: "8,000 came on student visas,
        a route that experts say is used to dodge the ban" (a relative clause), "Nearly
        8,000 listed study, although researchers say few attend classes" (an adverbial
        clause with its conjunction). "..., as most trackers assume" (``as``) frames it, and
        so does a relative clause about the figure itself ("a figure the ministry gave")."""
        if verb.i in chain:
            return False
        if verb.dep_ == "relcl":
            # "..., a figure the ministry published in November" names the figure's source
            head = verb.head.lemma_.lower()
            return head not in self.attr_nouns and head not in self.count_possessives
        marks = [c for c in verb.children if c.dep_ == "mark"]
        return verb.dep_ == "advcl" and any(m.lower_ not in self.framing_marks for m in marks)

    def _relays_inner_speaker(self, fig: Token, chain: list[int], citing: Token) -> float | None:
        """ "The NIS told members that 14,000 soldiers are in Russia, the paper reports,
        quoting lawmaker Ryu": a participle of citing after the figure, outside what frames
        it, where a verb of telling with its own subject frames the figure: the one quoted
        passes that speaker's words on (via), not gives the figure. The rank of that verb,
        else None."""
        if citing.i < fig.i or citing.head.i in chain:
            return None
        for k, i in enumerate(chain):
            verb = fig.doc[i]
            if (
                verb.i < fig.i
                and verb.pos_ in ("VERB", "AUX")
                and verb.lemma_.lower() in self.reporting
                and any(c.dep_ == "nsubj" and c.i < fig.i for c in verb.children)
            ):
                return float(k)
        return None

    def _other_clause_cites(self, sent: Doc, fig: Token, chain: list[int], citing: Token) -> bool:
        """ "The union said 6,500 took part, while the company put the number at 4,000,
        citing gate records": a participle of citing after another clause's speaker (a
        verb of saying with its own subject, after the figure, outside what frames it)
        is that speaker's evidence, however the parser hung it."""
        return any(
            fig.i < t.i < citing.i
            and t.i not in chain
            and t.pos_ in ("VERB", "AUX")
            and t.lemma_.lower() in self.reporting
            and any(c.dep_ == "nsubj" for c in t.children)
            for t in sent
        )

    def _data_subject(self, sent: Doc, fig: Token, found: list[_Agent]) -> None:
        """ "Russian customs data reviewed by Eastline show that Moscow sent 240,000
        tonnes": data that open the sentence and a verb of saying after them are the
        figure's source (the parser often makes "data show" one noun phrase). Read from
        the text before the figure; an outlet that saw the data ("reviewed by X") is the
        intermediary."""
        start = _label_chars(sent)
        m = self._data_shows.match(doc_text(sent)[: fig.idx - sent[0].idx], start)
        if m is None:
            return
        owner = self._leading_article.sub("", m.group(1).strip())
        at = sent.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if at is None:
            return
        found.append(_Agent(owner, 0.0, at.root.i, False))
        if m.group(2):
            seer = self._leading_article.sub("", m.group(2).strip())
            found.append(_Agent(seer, 0.5, at.root.i + 1, self._is_media(seer)))

    @staticmethod
    def _label_speaker(sent: Doc, people: PeopleResolver | None) -> Attribution | None:
        """ "Shoigu: DPRK to send 6,000 builders": a headline's label that is the surname
        of a person the document names is who says it ("Health:", "Q (Reuters):" are
        labels of no one)."""
        k = _label_end(sent)
        full = getattr(people, "full_name", None)
        if not k or not callable(full):
            return None
        words = [t.text for t in sent[: k - 1] if not t.is_punct and t.text not in ("•", "*")]
        name = full(" ".join(words)) if 1 <= len(words) <= 3 else None
        return Attribution(name) if isinstance(name, str) else None

    def _closing_name(self, sent: Doc, abbrevs: dict[str, str]) -> Attribution | None:
        """ "Typhoon death toll climbs to 27; over 300,000 affected — NDRRMC": a headline
        that closes on a dash and a name (no full stop) names its source; an outlet's
        name there ("— BBC News") is the page's own furniture, no source."""
        m = _CLOSING_NAME.search(doc_text(sent))
        if m is None or self._is_media(m.group(1)):
            return None
        return Attribution(self.name(m.group(1), abbrevs))

    def _closing_bracket(self, sent: Doc, abbrevs: dict[str, str]) -> Attribution | None:
        """ "- Labour: up to 20,000 workers in Russia (NIS)": a fact box's line, a list item
        or a labelled line, that closes on a name in brackets credits its figure to it; an
        outlet's name there is the page's credit, no source."""
        credit = closing_credit(doc_text(sent))
        if credit is None or self._is_media(credit):
            return None
        return Attribution(self.name(credit, abbrevs))

    def _named_after(self, sent: Doc, to: Token) -> str | None:
        """The words after "according to" up to the clause's end, when the parser gave
        "to" no object: a name of two to eight words, one of them capitalised."""
        start = to.idx + len(to.text) - sent[0].idx
        m = re.match(r"\s+([^,;:()\"“”]{2,80}?)\s*(?:[,;:(\"“”]|\.?\s*$)", doc_text(sent)[start:])
        if m is None:
            return None
        words = m.group(1).split()
        if not 1 <= len(words) <= 8 or not any(w[:1].isupper() for w in words):
            return None
        return m.group(1)

    def _opening_speaker(self, sent: Doc, fig: Token, label: int, found: list[_Agent]) -> None:
        """ "Health: PAHO reports that 9 of the 24 hospitals ...", "Q (Reuters): A Ukrainian
        media outlet reported last week that ...": a sentence that opens (past a line's
        label) with a speaker and a verb of saying before the figure, which the parser
        read as something else (a noun "reports", an appositive). Read from the text."""
        begin = sent[label].idx - sent[0].idx if label < len(sent) else 0
        m = self._opening_says.match(doc_text(sent)[: fig.idx - sent[0].idx], begin)
        if m is None:
            return
        who = m.group(1).strip()
        verb = sent.char_span(m.start(2), m.end(2))
        if m.group(3) is None and (
            verb is None
            or not any(
                c.dep_ == "ccomp" or (c.dep_ == "nsubj" and c.i > verb.root.i)
                for c in verb.root.children
            )
        ):
            return  # "Kyiv held two", "dividend held at": no clause of what was said
        if re.search(r"\d", who) or set(who.lower().split()) & self.evidence_nouns:
            return  # "Imagery shows": what the writer saw (no source)
        owner, _, noun = who.rpartition(" ")
        if (
            noun.lower() in self.attr_nouns | self.document_nouns
            and "'s " in owner.translate(_APOS) + " "
        ):
            # "The Monitoring Team's second report says": the report's owner
            who = re.split(r"['’]s\b", owner)[0]
        if not any(w[:1].isupper() for w in who.split()[1:]) and not who[:1].isupper():
            return
        at = sent.char_span(m.start(1), m.start(1) + len(who), alignment_mode="expand")
        if (
            at is None
            or self._time_debris(at[0])
            or at.root.pos_ in ("PRON", "NUM", "DET")
            or any(t.dep_ in ("aux", "auxpass") for t in at)  # "National debt is estimated"
        ):
            return
        found.append(_Agent(who, 1.0, at.root.i, self._is_media(who)))

    def _estimate_giver(self, fig: Token, chain: list[int], found: list[_Agent]) -> None:
        """ "The spy agency raised its estimate of casualties to about 6,000", "the agency
        gave a figure of 4,700": a verb whose object is a count noun ("estimate",
        "figure", "tally") gives that count, so its subject is the figure's source."""
        doc = fig.doc
        for i in chain:
            verb = doc[i]
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if (
                subj is not None
                and subj.pos_ in ("PROPN", "NOUN")
                and any(
                    o.lower_ in self.count_possessives or o.lemma_.lower() in self.count_possessives
                    for o in objs
                )
            ):
                text = self._phrase(subj)  # "The agency gave a figure of": the one named before
                found.append(
                    _Agent(
                        text,
                        float(chain.index(i)),
                        subj.i,
                        self._is_media(text),
                        self._is_anaphoric(subj, text),
                    )
                )
            return  # the figure's own clause only

    def _tally_owner(self, fig: Token, chain: list[int], found: list[_Agent]) -> None:
        """ "The Harwick Institute's tally of wrecks reached 148", "Seoul's estimate now
        stands at 6,000": a count noun owned by a name, as the subject of the figure's
        verb, is that owner's count."""
        doc = fig.doc
        for i in chain:
            subj = next((c for c in doc[i].children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            if (
                subj.lower_ in self.count_possessives
                or subj.lemma_.lower() in self.count_possessives
            ):
                owner = next((c for c in subj.children if c.dep_ == "poss"), None)
                names = [c for c in subj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if owner is None and names:  # "the NIS estimate had risen to 4,700"
                    owner = names[-1]
                if owner is not None and owner.pos_ == "PROPN":
                    text = doc[owner.left_edge.i : owner.i + 1].text
                    found.append(_Agent(text, float(chain.index(i)), owner.i, self._is_media(text)))
            return  # the figure's own clause's subject only

    def _reports_of(self, fig: Token, chain: list[int], found: list[_Agent]) -> None:
        """ "Russian media reports of some 50 tanks ...": the figure is what a report
        noun is about, so the reports (with their owner) are its source, when nothing
        else in the sentence names one."""
        doc = fig.doc
        for k, a in enumerate(fig.ancestors):
            if a.lemma_.lower() not in self.attr_nouns or a.lower_ not in self.standalone:
                continue
            prep = next((c for c in a.rights if c.dep_ == "prep" and c.i in chain), None)
            # "reports that 5,000 more soldiers were on their way": what they report
            told = any(
                c.i in chain and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in a.rights
                if c.dep_ in ("acl", "ccomp", "relcl")
            )
            if not told and (prep is None or prep.lower_ not in ("of", "about")):
                continue
            if any(c.dep_ == "poss" for c in a.lefts):
                return  # "its estimate of 3,000": the owner is the source, said elsewhere
            start = min(t.i for t in a.lefts) if any(True for _ in a.lefts) else a.i
            while start < a.i and (doc[start].pos_ == "DET" or doc[start].is_punct):
                start += 1
            text = doc[start : a.i + 1].text
            if start == a.i and not (told and a.lower_ == "reports"):
                return  # "gave a figure of 4,700": the bare noun names no one
            if not any(x.position == a.i for x in found):
                found.append(_Agent(text, float(k), a.i, self._is_media(text)))
            return

    def _cues(self, sent: Doc) -> list[tuple[str, Token, Token | None]]:
        """The sentence's tokens that may introduce an agent ("according to", "cited by",
        "citing", a reporting verb, "from" after an inquiry), each with its kind and the
        next token, in order. Which tokens these are does not depend on the figure, so a
        sentence is walked once for all its figures (the last sentence's are remembered)."""
        if self._last_cues is not None and self._last_cues[0] is sent:
            return self._last_cues[1]
        cues: list[tuple[str, Token, Token | None]] = []
        toks = list(sent)  # each token made once, as itself and as the one before's next
        for tok in toks:
            low = tok.lower_
            nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
            if nxt is not None and nxt.lower_ in self.according_cues.get(low, ()):
                cues.append(("according", tok, nxt))
            elif nxt is not None and nxt.lower_ in self.cited_by_cues.get(low, ()):
                cues.append(("cited", tok, nxt))
            elif low in self.citing_cues:
                cues.append(("citing", tok, nxt))
            elif (
                tok.pos_ in ("VERB", "AUX")
                and tok.lemma_.lower() in self.reporting
                and not self._phrasal_other(tok)
            ):
                cues.append(("reporting", tok, nxt))
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in self.counting:
                cues.append(("counting", tok, nxt))
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in self.pledging:
                cues.append(("pledging", tok, nxt))
            elif low in self.origin_preps and tok.head.lemma_.lower() in self.asking:
                cues.append(("asking", tok, nxt))

        self._last_cues = (sent, cues)
        return cues

    def _phrasal_other(self, verb: Token) -> bool:
        """Whether a verb of saying is part of a phrasal verb that says nothing ("The
        disruption shows up elsewhere": appears; the folder's ``phrasal_not_reporting``)."""
        return any(
            f"{verb.lemma_.lower()} {c.lower_}" in self.phrasal_other
            for c in verb.children
            if c.dep_ == "prt"
        )

    def attribute(
        self,
        sent: Doc,
        fig: Token,
        abbrevs: dict[str, str],
        history: list[str],
        people: PeopleResolver | None = None,
    ) -> Attribution | None:
        """Source and via for the figure at ``fig``; ``history`` lists earlier sources of
        the document, most recent last, for "the agency said" and "he added"; ``people``
        resolves a role phrase ("the HUR chief") to the person named with it earlier."""
        self.pledged = False
        self._history = history
        self._note_briefing_by(sent, abbrevs, history)
        self.standing = self._set_by_another(fig)
        if self.standing:
            return Attribution(None)  # nor carried from the paragraph or a footnote
        marked = self._estimate_mark(sent, fig, abbrevs)
        if marked is not None:
            return Attribution(marked)
        agents = self._owners_of_documents(sent, self._first_person_quoted(self.agents(sent, fig)))
        if not agents:
            return (
                self._label_speaker(sent, people)
                or self._closing_name(sent, abbrevs)
                or self._closing_bracket(sent, abbrevs)
            )
        agents.sort(key=lambda a: (a.rank, a.media, abs(a.position - fig.i)))
        agents = self._told_and_generic_last(agents, abbrevs, history, sent.doc)
        if not agents:
            return None
        agents = self._speaker_over_unnamed(sent, agents)
        agents = self._own_clause(sent, agents)
        # an outlet is a source only when nobody else is named; the one it tells ("Northstar
        # News told its viewers") is no one else
        non_media = [a for a in agents if not a.media and not a.audience]
        chain = (
            non_media[:1] + [a for a in agents if a not in non_media[:1]] if non_media else agents
        )
        for a in chain:
            named = self._named_before_in_sentence(sent, a, history, people)
            if named is not None:
                a.text, a.anaphoric = named, False
            elif (person := self._speaker_before(chain, a)) is not None:
                a.text, a.anaphoric = person, False
        if self._own_page(chain[0], people):
            return Attribution(None)  # "The ministry estimates" on the ministry's own page
        names: list[str] = []
        for a in chain:
            if a.audience and _own_audience(sent.doc[a.position]):
                continue  # "told its viewers": the teller's own public passes nothing on
            name = self._resolve(a, abbrevs, history, people)
            if (
                name
                and not any(_same_name(name, n) for n in names)
                and (names == [] or not self._debris(name))
            ):
                names.append(name)
        if not names:
            # "Our own calculation puts the share at 30%": the document's own figure, so no
            # source, and none carried into it from the paragraph either
            # (a note its publisher signs; in a transcript "our" is the speaker's)
            own = chain[0].text.split()[:1]
            signed = bool(own) and own[0].lower() in self.first_person
            return Attribution(None) if signed and people and people(own[0].lower()) else None
        if self._bare_spokesperson(names[0]):
            # "X now has 212 warnings in place, a spokesperson told us", "A spokeswoman
            # said crews had cleared 35 trees": the body the spokesperson speaks for
            body = (
                self._body_before(sent, fig)
                or self._named_subject_before(sent, fig, history)
                or self._antecedent("it", history)
            )
            if (
                body is not None
                and not self._person(body)
                # "a ministry spokesman" speaks for no country ("Poland")
                and not (len(names[0].split()) == 3 and _plain(body) in self.places)
            ):
                names[0] = body
        body = (
            self._spoken_for(names[0], abbrevs, people)
            or self._relayed(names[0], history, people)
            or (self._briefing_relayed(names[0], history, people) if len(names) == 1 else None)
        )
        self._note_briefing(agents, names, history)
        # a pledge is the pledger's own act: the paragraph's later figures do not take it
        self.pledged = chain[0].pledger and body is None
        if body is not None and body != names[0]:
            # the spokesperson or relayer passes on the body's figure
            names = [body, *(n for n in names if n != body)]
        self._note_relays(names, history, people)
        self._last_names = (history, names)
        return Attribution(names[0], names[1:])

    def _first_person_quoted(self, agents: list[_Agent]) -> list[_Agent]:
        """'"We believe more than 4,000 have died," she said': "we" in the words a
        speaker the sentence names is quoted as saying is that speaker's; the named
        speaker gives the figure (a named person by name, SCHEMA.md), so "we" goes."""
        mine = [
            a
            for a in agents
            if a.text.split()[:1] and a.text.split()[0].lower() in self.first_person
        ]
        if not mine or not any(a not in mine and not a.audience for a in agents):
            return agents
        return [a for a in agents if a not in mine]

    def _owners_of_documents(self, sent: Doc, agents: list[_Agent]) -> list[_Agent]:
        """A document is its maker's word, never a source of its own: "provisional Home
        Office figures" -> "Home Office", "a Fieldline Research poll of 1,012 adults" ->
        "Fieldline Research", "Russian customs data" -> "Russian customs"; a document that
        names no maker ("figures published by X", "according to figures the council
        published", "official results show") gives way to whoever else the sentence names
        (the maker, read elsewhere in the parse), and alone is no source. A definite one
        ("the figures", "the statement") refers back to a document named before and is
        resolved to its owner later; "reports" alone is the schema's own source."""
        out: list[_Agent] = []
        for agent in agents:
            owner = self._document_owner(sent, agent)
            if owner is None:
                owner = self._maker_after(sent, agent)
                if owner is None or any(_plain(a.text) == _plain(owner) for a in agents):
                    continue
            if owner != agent.text:
                agent = _Agent(
                    owner,
                    agent.rank,
                    agent.position,
                    self._is_media(owner),
                    agent.anaphoric,
                    agent.audience,
                    agent.pledger,
                )
            out.append(agent)
        return out

    def _maker_after(self, sent: Doc, agent: _Agent) -> str | None:
        """ "according to figures the city council published": the maker a contact clause
        right after a document's noun names (the parser often hangs the clause on the
        maker), when it is a name or a body."""
        doc = sent.doc
        if not 0 <= agent.position < len(doc):
            return None
        tok = doc[agent.position]
        m = self._made_by.match(doc_text(doc), tok.idx + len(tok.text))
        if m is None:
            return None
        maker = m.group(1)
        words = maker.split()
        if words[0].lower() in self.articles:
            words = words[1:]
        named = any(w[:1].isupper() for w in words) or bool(
            {w.lower() for w in words} & self.body_words
        )
        return maker if named and not set(w.lower() for w in words) & self.pronouns else None

    def _document_owner(self, sent: Doc, agent: _Agent) -> str | None:
        """The maker named in a document's phrase, the phrase itself when it is no
        document (or refers back to one, or names its maker by a possessive), None when
        it names no maker."""
        text = agent.text.strip()
        words = text.split()
        k = next(
            (
                i
                for i, w in enumerate(words)
                if w.islower() and ({w, w.removesuffix("s")} & self.record_nouns)
            ),
            None,
        )
        if k is None or agent.anaphoric or agent.audience:
            return text
        after = words[k + 1 :]
        # "an exit poll by the Catholic University", "a poll of members by the Civic
        # Society": the maker after the noun, past a lower-case phrase of what it covers
        by = next((i for i, w in enumerate(after[:4]) if w.lower() in self.author_preps), None)
        if by is not None and len(after) > by + 1 and all(w.islower() for w in after[:by]):
            maker = self._leading_article.sub("", " ".join(after[by + 1 :]))
            if any(w[:1].isupper() for w in maker.split()) or self._person(maker):
                return maker
        tok = sent.doc[agent.position] if 0 <= agent.position < len(sent.doc) else None
        if tok is not None and any(
            c.dep_ == "acl"
            and c.lemma_.lower() not in self.producing | self.reporting
            and any(g.dep_ == "agent" for g in c.children)
            for c in tok.children
        ):
            return text  # "leaked documents reviewed by the AP": a document someone saw
        before = words[:k]
        labelled = [i for i, w in enumerate(before) if w.endswith(":")]
        if labelled:
            before = before[labelled[-1] + 1 :]  # "Health: PAHO reports": past the label
        owned = before[:-1] if before and before[-1].lower() in self.count_modifiers else before
        if any("'" in w.translate(_APOS) for w in before) or (
            owned
            and owned[-1].lower()
            in self.body_pronouns | self.people_possessives | self.person_pronouns
        ):
            return text  # "the panel's latest report", "its estimate": the owner, resolved later
        at = sent.doc[agent.position].left_edge if 0 <= agent.position < len(sent.doc) else None
        if (
            before
            and at is not None
            and at.i == _label_end(sent)
            and at.text == before[0]
            and at.pos_ != "PROPN"
            and not any(w[:1].isupper() for w in before[1:])
        ):
            # "Initial assessments show", "Russian customs data show": a capital the
            # sentence gives may be a common word's or a people's; kept as written
            return text
        while before and before[0].lower() in self.articles | self.quantifiers:
            if before[0].lower() in self.quantifiers and len(before) == 1:
                return text  # "Some estimates put": estimates of several, unnamed
            before = before[1:]
        named = [i for i, w in enumerate(before) if w[:1].isupper()]
        owner = " ".join(before[named[0] :] if named else before).strip(" ,")
        owner_words = {w.lower() for w in re.findall(r"[\w-]+", owner)}
        last = next(
            (
                t
                for t in reversed(sent.doc[: max(0, min(agent.position, len(sent.doc)))])
                if before and t.text == before[-1]
            ),
            None,
        )
        if named and last is not None and last.pos_ == "ADJ":
            return text  # "South Korean and Ukrainian assessments": whose, by adjectives only
        if owner and (named or owner_words & self.body_words):
            return owner  # "provisional Home Office figures", "government figures"
        if owner and self._is_media(owner):
            return text  # "press reports", "media reports"
        if k == 0 and len(words) == 1 and words[0].lower() in ("reports", "report"):
            return text  # "according to reports": the schema's "reports"
        if words[0].lower() in self.articles - self.indefinite and k == 1:
            return text  # "the figures", "the statement": a document named before
        return None

    def _appositive_speaker(self, verb: Token) -> str | None:
        """ "..., Park Sun-hee, a member of the committee, told reporters": a subjectless
        verb of saying whose speaker the parser hung, as an appositive with a name, on a
        noun before it; the name ends right before the verb or its describing phrase."""
        doc = verb.doc
        if verb.i < 2 or doc[verb.i - 1].text != ",":
            return None
        for t in doc[max(0, verb.i - 30) : verb.i]:
            if (
                t.dep_ == "appos"
                and t.pos_ == "PROPN"
                and not _bracketed_place(t)
                and t.right_edge.i + 2 >= verb.i
                and t.head.i < t.i
            ):
                return self._phrase(t)
        return None

    def _set_by_another(self, fig: Token) -> bool:
        """ "far exceeding the annual cap of 500,000 barrels set by the Security Council",
        "the cap that the UN set in 2017": a limit the text says someone set is a standing
        rule the speaker compares with, not a figure the speaker reports (no source; the
        document states it as background)."""
        nouns = [a for a in list(fig.ancestors)[:4] if a.pos_ == "NOUN"]
        limits = [n for n in nouns if n.lower_ in self.limit_nouns]
        if not limits:
            return False
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for n in limits for c in n.lefts):
            return True  # "The UN Security Council cap of 500,000 barrels"
        return any(
            (c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children))
            or (
                c.dep_ == "relcl"
                and any(g.dep_ == "nsubj" and g.pos_ != "PRON" for g in c.children)
            )
            for n in nouns
            for c in n.children
        )

    def named_subject(self, sent: Doc) -> str | None:
        """ "South Korea's defence ministry has offered a lower figure.": the named body a
        sentence without a source is about, which "it" in the next sentence means."""
        root = next((t for t in sent if t.dep_ == "ROOT"), None)
        subj = (
            next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if root is not None
            else None
        )
        if subj is None:
            return None
        name = self._phrase(subj)
        if self._is_media(name):
            return None
        # "Bae Su-ah, who sits for the opposition, was less patient": a person named in
        # full (the parser may misread a hyphenated name's last part), whom "she said" means
        if self._personal_name(name) and any(t.pos_ == "PROPN" for t in subj.lefts):
            return _untitle(name, self._title_words)  # "Cllr Bryony Askew": Bryony Askew
        if not (
            subj.pos_ == "PROPN"
            or (subj.pos_ == "NOUN" and any(t.pos_ == "PROPN" for t in subj.lefts))
        ):
            return None
        return None if self._person(name) else name

    def _note_briefing(self, agents: list[_Agent], names: list[str], history: list[str]) -> None:
        """ "The agency told a parliamentary committee": a body that briefed an audience,
        whose members may pass the briefing on later in the document."""
        if self._briefed[0] is not history:
            self._briefed = (history, set())
        if any(a.audience for a in agents) and not self._person(names[0]):
            self._briefed[1].add(names[0])

    def _note_briefing_by(self, sent: Doc, abbrevs: dict[str, str], history: list[str]) -> None:
        """ "after a closed-door briefing by the agency", "in testimony from the NIS": a
        body that briefed, named by the noun of a verb of telling ("briefing") and its
        "by" or "from"; its audience may pass the briefing on later in the document."""
        if self._briefed[0] is not history:
            self._briefed = (history, set())
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.lemma_.lower().removesuffix("ing") not in self.telling:
                continue
            for prep in tok.rights:
                if prep.lower_ not in self.author_preps:
                    continue
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is None or obj.pos_ not in ("PROPN", "NOUN"):
                    continue
                text = self._phrase(obj)
                agent = _Agent(text, 0.0, obj.i, False, self._is_anaphoric(obj, text))
                body = self._resolve(agent, abbrevs, history)
                if body and not self._person(body):
                    self._briefed[1].add(body)

    def _briefing_relayed(
        self, name: str, history: list[str], people: PeopleResolver | None = None
    ) -> str | None:
        """ "Roughly 2,300 have died, lawmaker Kim told reporters" after "the NIS told a
        committee": one who heard a body's briefing (a lawmaker: ``relaying_roles``) and
        names no body of their own passes on the latest body that briefed."""
        if self._briefed[0] is not history or not self._briefed[1]:
            return None
        words = re.findall(r"[\w'’-]+", name.lower())
        roles = self.relaying_roles
        given = getattr(people, "roles_of", None)  # "Park, a member of parliament's ..."
        described = (
            {w.removesuffix("'s").removesuffix("’s") for w in given(name)}
            if callable(given)
            else set()
        )
        if not any(
            " ".join(words[i : i + n]) in roles for n in (1, 2, 3) for i in range(len(words))
        ) and not any(set(role.split()) <= described for role in roles):
            return None
        return next((h for h in reversed(history) if h in self._briefed[1]), None)

    def _note_relays(
        self, names: list[str], history: list[str], people: PeopleResolver | None
    ) -> None:
        """ "Seoul's NIS put casualties at 6,300, lawmaker Park Sung-won told reporters":
        Park relays the NIS in this document (``history`` is the document's own list)."""
        if self._relays[0] is not history:
            self._relays = (history, {})
        if self._person(names[0]):
            return
        for via in names[1:]:
            if self._is_media(via):
                continue  # "told the Calderbrook Courier": a paper relays no one in person
            words = re.findall(r"[A-Z][\w'’-]+", via)
            if 1 <= len(words) <= 3 and self._relayer(" ".join(words), people):
                for word in words:  # "Park", "Sun-hee": a later mention may use either
                    self._relays[1][word] = names[0]

    def _relayed(self, name: str, history: list[str], people: PeopleResolver | None) -> str | None:
        """ "Of those, about 1,900 were killed, he said": a person who relayed a body's
        figures earlier in the document (a lawmaker after an agency's briefing) goes on
        passing on that body's, while it is still among the document's sources."""
        if self._relays[0] is not history or not self._relayer(name, people):
            return None
        body = self._relays[1].get(name.split()[-1])
        return body if body in history else None

    def _last_relayer(self, history: list[str]) -> str | None:
        """The person who passed on the document's last attributed figure, when its
        source was a body ("Representative X told reporters the DIA put casualties at
        6,000"): "he" in the next sentence is that person, not the body."""
        seen, names = self._last_names
        if seen is not history or not history or not names or names[0] != history[-1]:
            return None
        if self._person(names[0]):
            return None
        return next(
            (n for n in names[1:] if self._personal_name(_untitle(n, self._title_words))), None
        )

    def _relayer(self, name: str, people: PeopleResolver | None) -> bool:
        """A person's name ("Park Sung-won"), or a part of the name of a person the
        document describes ("Park" after "Park Sun-hee, a member of parliament's
        committee"); no body, outlet or place ("Ukraine")."""
        named = getattr(people, "named", None)
        return bool(_NAME_WORDS.match(name)) and (
            self._personal_name(name) or (callable(named) and named(name) is True)
        )

    def _spoken_for(
        self, name: str, abbrevs: dict[str, str], people: PeopleResolver | None
    ) -> str | None:
        """ "Jang Min-seok, a spokesman for the Joint Chiefs of Staff, said": the body a
        person speaks for is the source (the document introduced them so)."""
        speaks = getattr(people, "speaks_for", None)
        body = speaks(name) if callable(speaks) else None
        if not isinstance(body, str) or not body:
            return None
        return self._resolve(_Agent(body, 0.0, 0, self._is_media(body)), abbrevs, [])

    @staticmethod
    def _fronted_place(subj: Token) -> Token | None:
        """A subject that is the object of a fronted preposition the parser left without
        one ("In Kyiv, X said": "In" hangs on the verb, "Kyiv" is made its subject): the
        appositive after it, or the subject itself when none follows (None: no such
        subject)."""
        doc = subj.doc
        at = subj.left_edge.i
        if at == 0 or subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ",":
            return None  # "In early January Budanov had put ...": no place set apart
        prep = doc[at - 1]
        if (
            prep.pos_ != "ADP"
            or prep.dep_ != "prep"
            or prep.head.i != subj.head.i
            or any(c.dep_ == "pobj" for c in prep.children)
        ):
            return None
        appos = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i]
        return appos[0] if appos else subj

    def _own_subtree(self, tok: Token) -> set[int]:
        """The tokens of ``tok``'s phrase, without a clause of saying the parser hung on it
        ("citing two officials, reported that ...": what was reported is not the
        officials' phrase) or a quotation it hung there ('"…," said Tanabe, "North Korea
        has shipped 11,000 rounds"': what Tanabe said, read as a clause about him)."""
        told = [
            c
            for c in tok.children
            if c.dep_ in ("acl", "relcl")
            and c.i > tok.i
            and (c.lemma_.lower() in self.reporting or _opens_quotation(c))
        ]
        inside = {t.i for c in told for t in c.subtree}
        return {t.i for t in tok.subtree} - inside

    def _quoted_by(self, outlet: Token) -> list[Token]:
        """ "TASS, which quoted an unnamed official at the ministry": the ones a relative
        clause of quoting or citing on ``outlet`` names."""
        return [
            o
            for c in outlet.children
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in self.citing_verbs
            for o in c.children
            if o.dep_ == "dobj" and o.pos_ in ("PROPN", "NOUN")
        ]

    def _owner_of_own_speaker(self, obj: Token, fig: Token, cue: Token) -> Token | None:
        """ "Ukraine's air force has recorded 60 missiles, according to its spokesman":
        "its" speaker speaks for the subject of the figure's clause, whose count it is."""
        if not any(c.dep_ == "poss" and c.lower_ in self.body_pronouns for c in obj.children):
            return None
        for head in fig.ancestors:
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i < cue.i and not subj.i <= fig.i <= subj.right_edge.i:
                return subj if subj.pos_ in ("PROPN", "NOUN") else None
        return None

    def _bare_spokesperson(self, name: str) -> bool:
        """ "a spokesperson", "the spokeswoman", "a company spokesperson": a speaker for a
        body, who names none but its kind (``source_kinds``)."""
        words = name.lower().split()
        if len(words) == 3 and words[1] in self.source_kinds:
            words = [words[0], words[2]]
        return len(words) == 2 and words[0] in self.articles and words[1] in self.spokespersons

    @staticmethod
    def _body_before(sent: Doc, fig: Token) -> str | None:
        """The name the sentence's last subject before the figure gives ("The Environment
        Agency now has 212 warnings"); whether it is a body is checked by the caller."""
        subjects = [
            t
            for t in sent
            if t.i < fig.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
        ]
        if not subjects:
            return None
        t = subjects[-1]
        return sent[t.left_edge.i : t.i + 1].text

    def _own_page(self, agent: _Agent, people: PeopleResolver | None) -> bool:
        """ "The ministry estimates that ..." in a release whose page is the ministry's
        ("Ministry of Foreign Affairs of the Republic of Estonia"): a body's own
        statement is the document's own voice, so no source (SCHEMA.md). Read for a
        definite phrase of lower-case words ("the ministry") all of which the page's
        body names, and for that body's name itself."""
        masthead = getattr(people, "masthead", None)
        page = masthead() if callable(masthead) else None
        if not isinstance(page, str) or agent.audience:
            return False
        own = {w.lower() for w in re.findall(r"[\w-]+", page)}
        text = agent.text.strip()
        words = [w.lower() for w in re.findall(r"[\w-]+", self._leading_article.sub("", text))]
        if not words or not set(words) <= own:
            return False
        return bool(self._generic.match(text)) or _plain(text) in _plain(page)

    def _speaker_before(self, chain: list[_Agent], agent: _Agent) -> str | None:
        """ "Dean Whitcombe insists the worst is over: 95% of bins are emptied, he said":
        a personal pronoun speaking after a person the same sentence names as a speaker
        means that person, not an earlier source; "it" after a body so named, that body."""
        pronoun = agent.text.strip().lower()
        if not agent.anaphoric or pronoun not in self.pronouns_of_speakers:
            return None
        # "Healthwatch Calderbrook said it had logged 436 complaints": "it" is the body
        person = pronoun in self.person_pronouns
        return next(
            (
                b.text
                for b in chain
                if b is not agent
                and not b.anaphoric
                and b.position < agent.position
                and self._ends_in_person(b.text) == person
                and (person or not b.media)
            ),
            None,
        )

    def _ends_in_person(self, name: str) -> bool:
        """A person's name, or a phrase closing on one ("Finance director Helen
        Ashworth-Bly": the role before it capitalised as a headline writes it)."""
        words = name.split()
        return self._person(name) or (len(words) > 2 and self._personal_name(" ".join(words[-2:])))

    def _named_before_in_sentence(
        self, sent: Doc, agent: _Agent, history: list[str], people: PeopleResolver | None
    ) -> str | None:
        """ "About 1,350 drivers at Easthaven Metro walked out, and by mid-morning the
        operator said ...": a definite phrase of a kind of body ("the operator", "the
        company", "the group") that no earlier source can be means the body the same
        sentence named before it (a name a preposition of belonging or the subject
        holds; a place after "in" is no body)."""
        text = agent.text.strip()
        head = text.split()[-1].lower() if text.split() else ""
        if (
            agent.audience
            or not self._generic.match(text)
            or head not in self.source_kinds
            or self._names_earlier(text, history)
            or self._antecedent(_plain(text), history) not in (None, text)
        ):
            return None
        named = getattr(people, "named", None)
        found: str | None = None
        for t in sent:
            if t.i >= agent.position:
                break
            if t.pos_ != "PROPN" or t.dep_ == "compound" or t.lower_ in self.time_words:
                continue
            if t.dep_ == "pobj" and t.head.lower_ not in self.speaker_preps:
                continue
            if t.dep_ not in ("pobj", "nsubj", "nsubjpass", "poss"):
                continue
            start = min((c.i for c in t.lefts if c.dep_ == "compound"), default=t.i)
            name = sent.doc[start : t.i + 1].text
            if callable(named) and named(name) is True:
                continue  # a person the document describes
            found = name
        return found

    def _named_subject_before(self, sent: Doc, fig: Token, history: list[str]) -> str | None:
        """ "The trust now employs 5,640 staff, a spokesman said": a definite subject
        before the figure that refers back to a source named earlier ("the trust" and
        "the Kelby and Vale NHS Trust") is the body the spokesperson speaks for."""
        subjects = [t for t in sent if t.i < fig.i and t.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[-1].pos_ != "NOUN":
            return None
        t = subjects[-1]
        phrase = sent[t.left_edge.i : t.i + 1].text
        if not self._generic.match(phrase) or not self._names_earlier(phrase, history):
            return None
        return self._antecedent(phrase.lower(), history)

    def _told_and_generic_last(
        self,
        agents: list[_Agent],
        abbrevs: dict[str, str],
        history: list[str],
        doc: Doc | None = None,
    ) -> list[_Agent]:
        """The one told ("X told lawmakers") passes a figure on, it does not give it: it
        never comes first, and alone names no source (the chain's order is kept
        otherwise). A generic phrase that is no earlier source ("She added that the port
        expected 500 ships") is what the speaker talks about, not who speaks: it goes when
        a speaker is named."""
        if all(a.audience for a in agents):
            return []
        for a in agents:
            if (
                not a.anaphoric
                and self._generic.match(a.text.strip())
                and self._names_earlier(a.text, history)
            ):
                a.anaphoric = True  # "the coast guard" after "the Korea Coast Guard (KCG)"
        generic = [
            a
            for a in agents
            if not a.audience
            and not a.anaphoric
            and self._generic.match(a.text.strip())
            and self._resolve(a, abbrevs, history) == a.text.strip()
        ]
        speakers = [
            a
            for a in agents
            if not a.audience and a not in generic and (a.anaphoric or self._person(a.text))
        ]
        # (a subject of a clause set against the figure's, "while the company put the
        # number at 4,000", is that clause's own speaker, not what another talks about)
        generic = [a for a in generic if doc is None or doc[a.position].head.dep_ != "advcl"]
        if generic and speakers:
            agents = [a for a in agents if a not in generic]
        first = next(a for a in agents if not a.audience)
        return [first, *(a for a in agents if a is not first)]

    def _speaker_over_unnamed(self, sent: Doc, agents: list[_Agent]) -> list[_Agent]:
        """Reported speech names its speaker, not whom the speaker talks about: in "Rendell
        said the company expected to rehire hundreds", "She added that contractors expect to
        finish 300 homes", "The army said it believed 28,000 containers had gone north",
        "The ABI said early estimates put claims at 40m" the inner subject is no one the
        text names (a common noun, a pronoun, an ownerless estimate) while the speaker it
        is reported by is, so the speaker gives the figure. A named inner subject ("Park
        said the NIS assessed ...") or one that refers back to a named source ("the
        agency") is a source the speaker relays, and stays first."""
        first = agents[0]
        if first.audience or first.media or first.rank >= 8.0:
            return agents
        if not self._unnamed(first):
            return agents
        # the inner subject's verb is what the outer speaker's verb reports (its ccomp)
        inner = sent.doc[first.position]
        if inner.dep_ != "nsubj" or inner.head.dep_ != "ccomp":
            return agents
        said = inner.head.head
        outer = next(
            (
                a
                for a in agents[1:]
                if first.rank < a.rank < 8.0
                and sent.doc[a.position].head.i == said.i
                and not a.audience
                and not a.media
                and (a.anaphoric or not self._unnamed(a))
            ),
            None,
        )
        if outer is None:
            return agents
        return [outer, *(a for a in agents if a is not outer and a is not first)]

    def _own_clause(self, sent: Doc, agents: list[_Agent]) -> list[_Agent]:
        """ "The union said 6,500 took part, while the company put the number at 4,000":
        a speaker in a clause set against another's (its conjunction other than "as")
        speaks for itself; the other clause's speaker passes nothing on to it."""
        verb = sent.doc[agents[0].position].head
        if verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ not in self.framing_marks for c in verb.children
        ):
            return agents
        inside = {t.i for t in verb.subtree}
        return [a for a in agents if a.position in inside]

    def _unnamed(self, agent: _Agent) -> bool:
        """A subject that names no one: "it", "they", "the company", "contractors",
        "early estimates"; not a name, nor a back-reference to a named source ("the
        agency", "the ministry": ``anaphoric_subjects``)."""
        text = agent.text.strip().translate(_APOS)
        low = text.lower()
        if low in self.body_pronouns or low in self.people_pronouns:
            return True
        if agent.anaphoric or self._unstressed(low) in self.anaphors:
            return False
        words = re.findall(r"[\w'-]+", text)
        if not words or any(w[:1].isupper() for w in words[1:]):
            return False
        return words[0].islower() or words[0].lower() in self.articles

    def _debris(self, name: str) -> bool:
        """An intermediary that names no one: the audience ("reporters", "lawmakers")."""
        return name.lower().strip() in self.via_debris or not re.search(r"\w", name)

    def _estimate_mark(self, sent: Doc, fig: Token, abbrevs: dict[str, str]) -> str | None:
        """ "9.4 million rounds (South Korean est.)": a parenthesis after the figure that
        ends in an estimate mark names the figure's source."""
        at = fig.idx - sent[0].idx
        m = _PARENTHESIS.match(doc_text(sent)[at:])
        if m is None:
            return None
        words = m.group(1).split()
        if len(words) < 2 or words[-1].lower().rstrip(".") not in self.estimate_marks | {
            w.rstrip(".") for w in self.estimate_marks
        }:
            return None
        owner = " ".join(words[:-1])
        name = self.name(owner, abbrevs)
        return name if name != owner else f"{owner} {words[-1]}"

    def speaker(
        self,
        text: str,
        abbrevs: dict[str, str],
        history: list[str],
        people: PeopleResolver | None = None,
    ) -> str | None:
        """A speaker named by the text alone ("she", "the foreman", "Lee"): a pronoun or a
        back-reference is resolved against ``history``, a role against ``people``."""
        low = text.lower().translate(_APOS)
        anaphoric = low in self.pronouns or self._unstressed(low) in self.anaphors
        name = self._resolve(
            _Agent(text, 0.0, 0, self._is_media(text), anaphoric), abbrevs, history, people
        )
        return (self._spoken_for(name, abbrevs, people) or name) if name else name

    def name(self, text: str, abbrevs: dict[str, str]) -> str:
        """A source's name as written, its acronym spelt out as the document or the pack
        defines it ("NIS" in a table's source column)."""
        return self._resolve(_Agent(text, 0.0, 0, False), abbrevs, []) or text

    def _persons_document(self, words: list[str]) -> bool:
        """Whether lower-case ``words`` are a person's possessive before a document's noun
        ("her own reading of radio intercepts", "his estimate")."""
        if len(words) < 2 or words[0] not in self.person_pronouns:
            return False
        of = next((i for i, w in enumerate(words) if w in self.of_words), len(words))
        head = words[1:of]
        return bool(head) and ({head[-1], head[-1].removesuffix("s")} & self.record_nouns) != set()

    def _resolve(
        self,
        agent: _Agent,
        abbrevs: dict[str, str],
        history: list[str],
        people: PeopleResolver | None = None,
    ) -> str | None:
        if self._names_self(agent.text):
            return None  # "by this newspaper's reckoning": the writer's own figure
        text = _POSSESSIVE_END.sub("", agent.text.strip())
        first = text.split()[0].lower() if text.split() else ""
        if first in self.first_person:
            # "we estimate", "our own calculation" in a note its publisher signs: the
            # document asserts the figure itself, so it names no source (shared
            # SCHEMA.md: null when the document itself asserts it); else "we" is the
            # latest speaker (a transcript's turn), and "by our count" the writer's own
            publisher = people(first) if people is not None else None
            if publisher is not None or first not in self.pronouns:
                return None
        words = text.lower().split()
        if len(words) >= 2 and first in self.body_pronouns and words[-1] in self.person_nouns:
            # "Its analysts estimate", "its spokesman said": people speaking for the body
            # "its" means, the latest body among the document's sources
            body = next((h for h in reversed(history) if not self._person(h)), None)
            if body is not None:
                return body
        if self._persons_document(words):
            # "her own reading of radio intercepts puts the total nearer 20,000": the
            # document is the person's whom the possessive means
            text, agent.anaphoric = words[0], True
        if agent.anaphoric and text.lower() in self.person_pronouns:
            named = people(text) if people is not None else None
            later = getattr(people, "named_later", None)
            if named is not None and history and callable(later) and later(named, history[-1]):
                return named  # "Olena Bondar, a medic, ... she wrote": after the last source
            relayer = self._last_relayer(history)
            if relayer is not None:
                return relayer  # "Lawmaker X said the agency put it at 6,000 ... , he said"
            return _person_meant(history, named, self._known_person)
        if people is not None and (person := people(text)) is not None:
            return person
        bare = re.sub(r"^(?:the|The)\s+", "", text)
        owner, _, noun = bare.rpartition(" ")
        if noun.lower() in self.attr_nouns and owner in abbrevs:
            bare = owner  # "Citing ABI figures": the ABI's, spelt out as the document does
        if bare in abbrevs:
            return _with_acronym(abbrevs[bare], bare)
        if bare in self.acronyms:
            return _with_acronym(self.acronyms[bare], bare)
        for abbr, full in abbrevs.items():
            if bare.replace("’", "'") == full.replace("’", "'"):
                return f"{text} ({abbr})"
        words = text.split()
        if (
            not agent.anaphoric
            and 2 <= len(words) <= 4
            and words[0].lower() in self.articles - self.indefinite
            and all(w.islower() and "'" not in w.translate(_APOS) for w in words[1:])
            and (
                self._document_word(words[-1].lower()) or words[-1].lower() in self.document_authors
            )
        ):
            # "The same briefing put the dead at 2,000", "the latest assessment says": a
            # document the text named before, by its owner (the latest body)
            agent.anaphoric = True
        if agent.anaphoric:
            head = bare.lower().split()[-1] if bare.split() else ""
            maker_before = getattr(people, "maker_before", None)
            made = (
                maker_before()
                if callable(maker_before)
                and (self._document_word(head) or head in self.document_authors)
                else None
            )
            # "the review found", "the authors add" after "the report by consultants
            # Marrow & Lyle": the document's maker, before any source named since
            found = (
                made
                or self._antecedent(bare.lower(), history)
                or self._defined_body(bare.lower(), abbrevs)
            )
            body_before = getattr(people, "body_before", None)
            if (found is None or head not in found.lower()) and callable(body_before):
                # "South Korea's National Intelligence Service briefed the committee.
                # ... the agency now believes": the body the text named last of its kind,
                # when the pack knows it or its name holds the reference's noun ("The
                # council counted" after "Port Authority" is a council named first); a
                # latest body guessed without the noun ("the house") gives way to it
                body = body_before(self.source_kinds.get(head, frozenset()))
                if body is not None and (
                    head in body.lower().split() or (found is None and self._pack_body(body))
                ):
                    found = body
            if found is None and head not in self.pronouns and not self._document_word(head):
                return text  # "The Government has confirmed 45 deaths", named nowhere else
            return found
        body = self._body_of_unnamed(text)
        if body is not None:
            if f"the {body.lower()}" in self.anaphors:
                # "A spokesperson for the company": the company the document named before
                return self._antecedent(body.lower(), history) or body
            return body
        canonical = self.aliases.get(_plain(bare))
        plain_canonical = _plain(_TRAILING_ABBREV.sub("", canonical)) if canonical else ""
        if canonical and plain_canonical == _plain(bare):
            return canonical  # "Ukraine's military intelligence" is the pack's name
        head = plain_canonical.split()[-1] if canonical else ""
        if canonical and head not in _plain(bare).split():
            # "South Korea's spy agency" stays as written, with the pack's name beside it
            return f"{text} ({canonical})"
        return text

    def _pack_body(self, name: str) -> bool:
        """Whether ``name`` ends in a name of one of the pack's sources ("South Korea's
        National Intelligence Service" in "National Intelligence Service")."""
        plain = _plain(name)
        return any(plain == a or plain.endswith(" " + a) for a in self.aliases if " " in a)

    def _body_of_unnamed(self, text: str) -> str | None:
        """ "an unnamed official at Russia's agriculture ministry", "a spokesman for the
        port authority": an unnamed spokesperson, official or source of a body named
        after the head noun stands for that body (SCHEMA.md); "a regional official in
        Primorye" names a place, no body, and stays as written."""
        parts = self._head_split.split(text, maxsplit=1)
        if len(parts) != 2:
            return None
        head = re.findall(r"[\w-]+", parts[0])
        if (
            not head
            or any(w[:1].isupper() for w in head[1:])
            or not self._speaks_for_body(head[-1].lower())
        ):
            return None
        body = self._leading_article.sub("", parts[1].strip())
        words = {w.lower() for w in re.findall(r"[\w-]+", body)}
        return body if words & self.body_words and not self._personal_name(body) else None

    def _speaks_for_body(self, noun: str) -> bool:
        """A spokesperson, an official or a source: one who speaks for a body."""
        return noun in self.spokespersons or (
            noun in self.person_nouns and noun.startswith(self.speaking_stems)
        )

    def _defined_body(self, anaphor: str, abbrevs: dict[str, str]) -> str | None:
        """The one body of the anaphor's kind the document spells out with its acronym
        ("the National Intelligence Service (NIS)" for "the agency"), where no earlier
        source is of that kind (a lawmaker relayed the briefing); None for several."""
        head = anaphor.split()[-1] if anaphor else ""
        kinds = self.source_kinds.get(" ".join(anaphor.split()[-2:]), frozenset())
        kinds = kinds or self.source_kinds.get(head, frozenset())
        if not kinds:
            return None
        found = {
            (abbr, full)
            for abbr, full in abbrevs.items()
            if set(re.findall(r"[\w-]+", full.lower())) & kinds
        }
        if len(found) != 1:
            return None
        abbr, full = found.pop()
        return _with_acronym(full, abbr)

    def _antecedent(self, anaphor: str, history: list[str]) -> str | None:
        """The latest earlier source an anaphor can mean: "it" the latest body; "they" the
        latest source; "the spy agency" the latest source whose name holds "agency" or a
        word of its kind ("Service"), else the latest person for "the official", the latest
        body for "the watchdog"."""
        head = anaphor.split()[-1] if anaphor else ""
        if not history:
            return None
        if head in self.person_pronouns:
            return next((h for h in reversed(history) if self._person(h)), history[-1])
        if head in self.body_pronouns or (head and head not in self.pronouns):
            if head not in self.pronouns:
                called = self._called[1] if self._called[0] is self._history else {}
                for name in reversed(history):
                    # "the group" after "The Vantor Strait Monitor, a Washington research group"
                    if head in name.lower() or head in called.get(name, ()):
                        return name
                kinds = self.source_kinds.get(" ".join(anaphor.split()[-2:]), frozenset())
                kinds = kinds or self.source_kinds.get(head, frozenset())
                for name in reversed(history):
                    words = set(re.findall(r"[\w-]+", name.lower()))
                    if words & kinds and not self._person(name):
                        return name
                if head in self.person_nouns:
                    return next((h for h in reversed(history) if self._person(h)), history[-1])
                # "this morning the department announced ..." in a press secretary's
                # turn, "the government announced" after "the Environment Agency said"
                # (a body of another kind): a body no earlier source can be is named only
                # by the phrase; a document ("the report") is the latest body's
                document = self._document_word(head)
                latest = next(
                    (
                        h
                        for h in reversed(history)
                        if not self._person(h) and not (document and isinstance(h, NamedSubject))
                    ),
                    None,
                )
                if latest is None or document:
                    return latest
                other = set(re.findall(r"[\w-]+", latest.lower())) & set(self.source_kinds)
                return None if other - kinds - {head} else latest
            return next((h for h in reversed(history) if not self._person(h)), history[-1])
        return history[-1]

    @staticmethod
    def _names_earlier(phrase: str, history: list[str]) -> bool:
        """Whether a definite phrase's head, or its last two words, is in an earlier
        source's name ("the coast guard" and "Korea Coast Guard")."""
        words = phrase.lower().split()[1:]
        tail = " ".join(words[-2:])
        return bool(words) and any(tail in name.lower() for name in history)

    def _learn_kind(self, tok: Token, given: Token | None, text: str) -> None:
        """What the document says a speaker is, as it introduces them: "an artillery
        commander ..., Borsuk," is a person (a name given to a person noun);
        "Healthwatch Kelby, the patient watchdog," (a name with a body noun beside it)
        and "X said it had ..." are bodies. Read by ``_person`` for the rest of the
        document, where the name's shape alone would mislead."""
        if self._kinds[0] is not self._history:
            self._kinds = (self._history, {})
        if self._called[0] is not self._history:
            self._called = (self._history, {})
        called = {c.lemma_.lower() for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
        if called and given is None:
            self._called[1][text] = frozenset(called)
        kinds = self._kinds[1]
        if given is not None and given is not tok:
            if tok.lemma_.lower() in self._title_words:
                kinds[text] = True
            return
        if tok.pos_ != "PROPN" or text in kinds:
            return
        beside = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if any(c.lemma_.lower() in self.body_words for c in beside):
            kinds[text] = False
        elif any(c.lemma_.lower() in self._title_words for c in beside):
            kinds[text] = True
        elif tok.dep_ == "nsubj" and any(
            c.dep_ == "ccomp"
            and any(g.dep_ == "nsubj" and g.lower_ in self.body_pronouns for g in c.children)
            for c in tok.head.children
        ):
            kinds[text] = False  # "Healthwatch Kelby said it had received"

    def _known_person(self, name: str) -> bool:
        """A person's name by its shape, or a name the document introduced as a person's
        ("an artillery commander who gave only his call sign, Borsuk,")."""
        if (
            self._kinds[0] is self._history
            and name in self._kinds[1]
            and _untitle(name, self._title_words) == name  # "Dr. X": the name People gives
        ):
            return self._kinds[1][name]
        return self._personal_name(name)

    def _person(self, name: str) -> bool:
        """Whether a source's name is a person's ("Marta Lind", "a spokesman")."""
        if self._kinds[0] is self._history and name in self._kinds[1]:
            return self._kinds[1][name]
        bare = _untitle(_TRAILING_ABBREV.sub("", name.strip()), self._title_words)
        # "the head of the health office", "a spokesman for the ministry": the head noun
        words = re.findall(r"[\w-]+", self._head_split.split(bare.lower())[0])
        return self._personal_name(bare) or bool(words and words[-1] in self.person_nouns)

    def _personal_name(self, name: str) -> bool:
        """ "Marta Lind", not "Westmarch County Council": two or three capitalised words,
        none of them a word bodies are named with."""
        words = {w.lower() for w in re.findall(r"[\w-]+", name)}
        return bool(_PERSONAL.match(name)) and not words & self.body_words

    def _document_word(self, word: str) -> bool:
        """ "the figures", "the report": a back-reference to a document names no one."""
        singular = word[:-1] if word.endswith("s") else word
        return bool({word, singular} & (self.attr_nouns | self.document_nouns | self.standalone))


def _data_owner(tok: Token) -> Token | None:
    """ "interior ministry data", "Russia's customs data": the body named before a data
    noun (its possessor, else its last compound that is a name or a noun)."""
    poss = next((c for c in tok.lefts if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if poss is not None:
        return poss
    compounds = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")]
    return compounds[-1] if compounds else None


#: ", UNHCR," or ", known as Cal Fire" right after a described body: its short name.
_SHORT_NAME = re.compile(
    r"^\s*,\s*(?:(?:also|commonly|widely|better)\s+)?(?:(?:known|referred\s+to)\s+as|called)\s+"
    r"((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
    r"|^\s*,\s*([A-Z][A-Z&.-]{1,9}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s*,"
)


def _short_name(tok: Token, text: str) -> str:
    """ "The United Nations refugee agency, UNHCR, says", "the California Department of
    Forestry and Fire Protection, known as Cal Fire": a body described or named in full
    and then by the name the text goes on to use; the source is that shorter name."""
    doc = tok.doc
    at = doc_text(doc).find(text, doc[tok.left_edge.i].idx)
    if at < 0:
        return text
    m = _SHORT_NAME.match(doc_text(doc)[at + len(text) : at + len(text) + 80])
    if m is None:
        return text
    if m.group(2) is not None and (tok.pos_ == "PROPN" or not tok.text[:1].islower()):
        return text  # ", Dmytro Usov," after a name is another person's, not a short name
    short = m.group(1) or m.group(2)
    if short.endswith(".") and len(short.split()[-1]) > 3:
        short = short[:-1]  # the sentence's full stop, not an abbreviation's ("Co.")
    return short if len(short) < len(text) else text


#: A headline closing on a dash and a name of up to four capitalised words or an acronym.
_CLOSING_NAME = re.compile(
    r"\S[ \t]+[—–-][ \t]*((?:[A-Z][\w.&'’-]*)(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w.&'’-]*){0,3})[ \t]*$"
)


def _label_end(sent: Doc) -> int:
    """The index of the first token after a line's label ("Shells:", "Health:", "Q
    (Reuters):", "• Number of the week:"): a colon within the first six tokens, after
    capitalised words, bullets and a bracketed outlet only, before a capitalised word;
    0 when the sentence has no label."""
    for k, t in enumerate(sent[:7]):
        if t.text in (":", "):"):
            before = [x for x in sent[:k] if not (x.is_punct or x.text in ("•", "*"))]
            inside = False
            for x in sent[:k]:
                inside = (inside or x.text == "(") and x.text != ")"
            words_ok = all(x.text[:1].isupper() or x.is_digit or inside for x in before)
            nxt = sent[k + 1] if k + 1 < len(sent) else None
            if before and words_ok and nxt is not None and nxt.text[:1].isupper():
                return k + 1
            return 0
    return 0


def _label_chars(sent: Doc) -> int:
    """The character offset in ``sent.text`` where the text after its label starts."""
    k = _label_end(sent)
    return sent[k].idx - sent[0].idx if 0 < k < len(sent) else 0


def _joins_name(cc: Token) -> bool:
    """ "Department of Forestry and Fire Protection": an "and" between capitalised words
    after a name's "of" is inside the name, not between two agents."""
    doc = cc.doc
    return (
        cc.head.dep_ == "pobj"
        and cc.head.head.lower_ == "of"
        and cc.head.text[:1].isupper()
        and cc.i + 1 < len(doc)
        and doc[cc.i + 1].text[:1].isupper()
        and doc[cc.i - 1].text[:1].isupper()
    )


def _pairs(phrases: list[str]) -> dict[str, frozenset[str]]:
    """ "according to", "cited by": each phrase's first word and the words that may follow it."""
    out: dict[str, set[str]] = {}
    for phrase in phrases:
        first, _, second = phrase.partition(" ")
        out.setdefault(first, set()).add(second)
    return {k: frozenset(v) for k, v in out.items()}


def _opens_quotation(clause: Token) -> bool:
    """Whether ``clause`` opens with a quotation mark (the mark may be its own first token
    or stand just before it): a quotation is no part of the name before it."""
    left = clause.left_edge
    if left.text in _QUOTE_OPENERS:
        return True
    return left.i > 0 and left.doc[left.i - 1].text in _QUOTE_OPENERS


def _first_verb(fig: Token) -> int | None:
    """The first verb above the figure: a pledge verb there is the figure's own ("has
    promised 5,000"); one above an infinitive ("has pledged to send 1,000") is not, as the
    seeds' gold gives such a pledge no source."""
    return next(
        (
            a.i
            for a in fig.ancestors
            if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("pobj", "dobj", "nummod")
        ),
        None,
    )


def _pledged_to(verb: Token, fig: Token, places: frozenset[str]) -> bool:
    """A body's pledge to do what the figure counts ("Kerbline has promised to take on 30
    more drivers", "The ICB plans to open 25 clinics", "Ntuli promised that the province
    would pay R25 000"): the verb above the figure is an infinitive or a clause the pledge
    governs, and its subject is no place. A country's or a capital's pledge ("Pyongyang
    has pledged to send 1,000 demining experts") is told by someone else, as the seeds'
    gold has it: its figure keeps no source of its own."""
    first = _first_verb(fig)
    if first is None:
        return False
    inner = fig.doc[first]
    if inner.dep_ not in ("xcomp", "ccomp") or inner.head.i != verb.i:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    words = [t.lower_ for t in subj.subtree if not t.is_punct]
    name = " ".join(w for w in words if w != "the")
    return name not in places and subj.lower_ not in places


def _with_acronym(full: str, acronym: str) -> str:
    """ "Ukraine's military intelligence (HUR)": the acronym once, even when the pack's
    name already ends with it; a name that is the acronym itself ("TASS") stays bare,
    never "TASS (TASS)"."""
    if _plain(full) == _plain(acronym) or full.endswith(f"({acronym})"):
        return full
    return f"{full} ({acronym})"


def _same_name(name: str, named: str) -> bool:
    """ "OCHA)" (a parenthesis the parser cut) and "the UN Office for ... (OCHA)": one body
    named twice, its acronym once in the name and once on its own."""
    bare = name.strip(" ()")
    return name == named or bare == named.strip(" ()") or named.endswith(f"({bare})")


def _untitle(name: str, titles: Set[str]) -> str:
    """ "Representative Dale Hutchins" -> "Dale Hutchins", "Council leader Margaret Osei"
    -> "Margaret Osei": the capitalised words that end a name, when a title or a role
    word (``titles``) stands right before them; else the name."""
    words = name.split()
    for k in (len(words) - 2, len(words) - 3):
        if k < 1:
            continue
        before = words[k - 1]
        tail = words[k:]
        if all(w[:1].isupper() for w in tail) and before.lower().rstrip(".") in titles:
            return " ".join(tail)
    return name


def _plain(name: str) -> str:
    return re.sub(r"^the\s+", "", name.translate(_APOS).lower().strip())


def _quantifier_beside_subject(subj: Token, children: list[Token]) -> bool:
    """Whether a subject the parser gave a verb of saying is a quantifier ("most of the
    KN-23 type") beside another subject of the same verb that names someone: the figure's
    aside, not a speaker."""
    return subj.pos_ in ("ADJ", "DET", "NUM") and any(
        c.dep_ == "nsubj" and c is not subj and c.pos_ in ("NOUN", "PROPN") for c in children
    )


def _bracketed_place(tok: Token) -> bool:
    """Whether an appositive name stands alone in brackets and is no acronym: a councillor's
    ward or party ("Priya Hallworth (Cleeve)", "Cllr Felicity Maddox (Con, Ashcombe
    North)"), not another name of the speaker; "(NIS)" still is."""
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    opened = (left > 0 and doc[left - 1].text == "(") or (left > 1 and doc[left - 2].text == "(")
    closed = right + 1 < len(doc) and doc[right + 1].text == ")"
    return opened and closed and not tok.text.isupper()


def _named(tok: Token, naming: Set[str]) -> Token | None:
    """The name a described agent is given: "A Spanish newspaper, El Correo del Sur,",
    "the head of X, Maj. Gen. Y,", "a user called Z": the source is the name."""
    named = [
        t
        for t in tok.subtree
        if t.dep_ == "appos" and t.pos_ == "PROPN" and t is not tok and not _bracketed_place(t)
    ]
    if named:
        return named[-1]
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in naming:
            for g in c.children:
                if g.dep_ in ("oprd", "attr", "dobj") and g.pos_ in ("PROPN", "NOUN", "X"):
                    return g
    return None


def _subject_before_participle(verb: Token) -> Token | None:
    """The subject a parser hung on a participle (tagged as one or as a past tense: "set")
    set off by commas before ``verb``
    ("the Harbour Group (HMG), set up after the board was dissolved, said"): a noun or
    name, left of the participle, with a comma between them; None otherwise."""
    for clause in verb.children:
        participle = clause.tag_ == "VBN" or (clause.tag_ == "VBD" and clause.dep_ == "advcl")
        if clause.dep_ not in ("advcl", "ccomp") or not participle or clause.i > verb.i:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and subject.pos_ in ("PROPN", "NOUN")
            and subject.i < clause.i
            and any(t.text == "," for t in subject.doc[subject.i : clause.i])
        ):
            return subject
    return None


def _trailing_speaker(verb: Token) -> str | None:
    """ "..., South Korea's Joint Chiefs of Staff said last week": the words between the
    comma and a subjectless reporting verb, when the parser did not attach them."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and (
        doc[j].pos_ in ("PROPN", "NOUN", "DET", "PART", "ADJ", "ADP")
        or doc[j].text in ("'s", "’s", "(", ")")
    ):
        if doc[j].text == ",":
            break
        j -= 1
    if j < 0 or doc[j].text != "," or j + 1 >= verb.i:
        return None
    span = doc[j + 1 : verb.i]
    if not any(t.pos_ in ("PROPN", "NOUN") for t in span) or span[0].pos_ == "ADP":
        return None
    return span.text


#: A capitalised word of a name, accents included ("Várkonyi", "Müller").
_CAP = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?"
_NAME_WORDS = re.compile(rf"^{_CAP}(?:[ \t]+{_CAP}){{0,2}}$")
_PERSONAL = re.compile(
    rf"^(?:[{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?[ \t]+){{1,2}}"
    rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?$"  # "Ashworth-Bly", "Al-Sayed"
)


def _person_meant(
    history: list[str], named: str | None, personal: Callable[[str], bool]
) -> str | None:
    """Who "he" or "she" means: the latest source when it is a person's name ("Marta
    Lind"), else the person last named with a role before the sentence ("The agency's
    director, Helen Marsh,"), else the latest source that is a person's name, else the
    latest source (a body: "the ministry ... she said" is its spokeswoman)."""
    last = history[-1] if history else None
    if last is not None and personal(last):
        return last
    if named is not None:
        # "State Department spokeswoman Dana Whitcombe told a briefing … she said": the
        # source as the document gave it when the person spoke, with the role (a word in
        # small letters) and its body; a title alone ("Dr Ilse Marrow") is left off
        return next(
            (
                h
                for h in reversed(history)
                if h.endswith(f" {named}") and any(w.islower() for w in h[: -len(named)].split())
            ),
            named,
        )
    return next((h for h in reversed(history) if personal(h)), last)
