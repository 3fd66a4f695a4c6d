"""Role titles that refer back to a person named earlier: "the HUR chief", "the
commander-in-chief", "the general" are the person the document introduced with that role
("Ukraine's military intelligence chief, Lt. Gen. Oleh Marchuk").

A news story names a person once with their role and then uses the role alone; the
source is the person, so two reports of the same general meet as one origin. People are
read once per document: a name of two or three capitalised words after a title ("Gen.",
"Defence Minister") or after a role phrase and a comma, with the role words of the few
words before it. A back-reference resolves to the latest person named before it whose
role words hold the phrase's head and most of its other words; "he" or "she" to the
latest person named before it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from claimtrack.extract.letters import LOWER, UPPER
from claimtrack.extract.lexicon import Lexicon, alternation
from claimtrack.extract.turns import speaker_label

_NAME = re.compile(
    rf"(?<![\w.'’-])((?:[{UPPER}][\w'’.-]*[ \t]+){{0,4}})"
    rf"([{UPPER}][{LOWER}'’-]+(?:[ \t]+[{UPPER}][{LOWER}'’-]+){{1,2}})"
    r"(?=[ \t]*[,;.)]|[ \t]*(?:\n|\Z)|[ \t]+\(|[ \t]+(?:said|says|told|tells|added|adds|wrote|writes"
    r"|gave|put|puts|spoke|explains|explained|argues|argued|reckons|estimates|estimated)\b)"
)
_WORDS = re.compile(r"[\w-]+")
_REACH = 60  # characters before a name that may hold its role ("the head of X, ")
#: People a back-reference may mean, the latest first: a bound, so a document naming
#: thousands of people costs each role phrase a fixed amount.
LOOK_BACK = 50
#: ", a medic with the 80th brigade,": a describing phrase right after a name
_APPOSITIVE_AFTER = re.compile(r"[ \t]*,[ \t]+([^,.;:\n\"“”]{3,80}?)[ \t]*,")
#: How far back a source's last mention is looked for (a bounded read per pronoun).
_MENTION_REACH = 4_000
_QUOTE_MARKS = frozenset("\"“‘'")
#: A breadcrumb's separator in a page's first line ("Institute > Research > Korea").
_CRUMB = re.compile(r"[ \t]+[>›»|·/][ \t]+")
_ROLE_PHRASE = re.compile(r"^(?:the|The)\s+((?:[\w'’-]+\s+){0,3}[\w-]+)$")


@dataclass(frozen=True)
class Person:
    name: str
    roles: frozenset[str]  # lower-case role words: "chief", "intelligence", "general"
    speaks_for: str | None = None  # "Jang Min-seok, a spokesman for the JCS": the JCS


class RoleReader:
    def __init__(self, lex: Lexicon) -> None:
        self.titles = {str(k).lower(): str(v) for k, v in lex.mapping("person_titles").items()}
        self.role_nouns = {str(k).lower(): str(v) for k, v in lex.mapping("role_nouns").items()}
        self.pronouns = lex.phrase_set("person_pronouns")
        self.person_nouns = lex.phrase_set("person_nouns")
        self.first_person = lex.phrase_set("publisher", "first_person")
        self.organisation_words = lex.phrase_set("publisher", "organisation_words")
        # "Jang Min-seok, a spokesman for the Joint Chiefs of Staff,", "a spokeswoman for
        # the ministry, Ana Ruiz,": the body the person speaks for
        spokes = alternation(lex.phrase_set("spokesperson_nouns"))
        heads = alternation(lex.phrase_set("head_prepositions"))
        dets = alternation(
            lex.phrase_set("definite_articles") | lex.phrase_set("indefinite_articles")
        )
        body = r"[^,.;:\n\"“”()]{2,80}?(?:[ \t]*\([^()\n]{1,12}\))?"
        self._speaks_after = re.compile(
            rf"[ \t]*,[ \t]+(?:(?i:{dets})[ \t]+)?(?:[\w-]+[ \t]+)?(?i:{spokes})[ \t]+(?:{heads})[ \t]+"
            rf"({body})[ \t]*(?=[,.;:\n\"“”]|$)"
        )
        self._speaks_before = re.compile(
            rf"(?:^|\W)(?i:{spokes})[ \t]+(?:{heads})[ \t]+({body})[ \t]*,[ \t]*(?:[\w.'’-]+[ \t]+){{0,4}}$"
        )
        # a name: capitalised words, joined by the few small words names hold ("Center for
        # Allied Strategy and Security")
        joins = alternation(lex.phrase_set("publisher", "name_joins"))
        name = rf"[A-Z][\w'’&-]*(?:[ \t]+(?:(?:{joins})[ \t]+)?[A-Z][\w'’&-]*)*"
        marks = alternation(lex.phrase_set("publisher", "copyright_marks"))
        by = alternation(lex.phrase_set("publisher", "copyright_links"))
        articles = alternation(lex.phrase_set("definite_articles"))
        # "The 88-page report by consultants Marrow & Lyle", "a poll of members by the
        # Civic Society": a document and its maker, a name after the folder's "by"
        docs = alternation(lex.phrase_set("record_nouns") | lex.phrase_set("document_nouns"))
        made = alternation(lex.phrase_set("made_by_prepositions"))
        self._made_by = (
            re.compile(
                rf"(?<![\w-])(?:{docs})s?(?:[ \t]+[a-z][\w-]*){{0,3}}?[ \t]+(?:{made})[ \t]+"
                rf"(?:(?i:{articles})[ \t]+)?(?:[a-z][\w-]*[ \t]+){{0,2}}?({name})"
            )
            if docs and made
            else None
        )
        # a document named since: one a definite article refers back with ("the review")
        # is the same, another ("customs records", "its update") is not
        self._document = re.compile(
            rf"(?<![\w-])((?i:{articles})[ \t]+(?:[a-z-]+[ \t]+)?)?(?:{docs or '(?!)'})s?(?![\w-])"
        )
        self._name_articles = lex.phrase_set("definite_articles") | lex.phrase_set(
            "indefinite_articles"
        )
        year = r"(?:19|20)\d\d"
        # "© 2025 Kestrel Institute", "Copyright 2025 by the Center for ..."
        self._copyright = re.compile(
            rf"(?i:{marks})[ \t]*(?:{year}[ \t]+)?(?:(?i:{by})[ \t]+)?"
            rf"(?:(?i:{articles})[ \t]+)?({name})"
        )
        # "Miriam Aldous is a Senior Fellow at the Hartwell Institute."
        links = alternation(lex.phrase_set("publisher", "staff_links"))
        at = alternation(lex.phrase_set("publisher", "staff_prepositions"))
        self._staff = re.compile(
            rf"^[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{1,3}}[ \t]+(?:{links})[ \t]+"
            rf"[^\n.]{{0,80}}?[ \t](?:{at})[ \t]+(?:(?:{articles})[ \t]+)?({name})",
            re.M,
        )

    def publisher(self, text: str) -> str | None:
        """The organisation a note speaks for ("we estimate", "by our reckoning"): the
        one its copyright line or its authors' line names ("© 2025 Kestrel Institute",
        "X is a senior fellow at the Hartwell Institute"), when its name holds an
        organisation word; a news story names none, and its "we" stays its own."""
        for pattern in (self._copyright, self._staff):
            for m in pattern.finditer(text):
                name = m.group(1).strip()
                if pattern is self._staff and not self._signed(text, m):
                    continue  # an interview's guest ("X is head of Y. She spoke to us")
                if {w.lower() for w in _WORDS.findall(name)} & self.organisation_words:
                    return name
        return None

    def masthead(self, text: str) -> str | None:
        """The body whose page the document is, from its first line: "Ministry of Foreign
        Affairs of the Republic of Estonia", "HOME OFFICE NEWS RELEASE", "Halvorsen
        Institute for Peninsula Studies > Research > ..." (the line, up to a breadcrumb's
        separator, when it holds an organisation word and no sentence); a newspaper's
        name ("The Westmoor Gazette") holds none."""
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        name = _CRUMB.split(first, maxsplit=1)[0].strip()
        words = _WORDS.findall(name)
        if not 1 < len(words) <= 12 or name.endswith((".", "!", "?", ":")):
            return None
        if not all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in words):
            return None  # a title-cased name: small joining words only in lower case
        return name if {w.lower() for w in words} & self.organisation_words else None

    @staticmethod
    def _signed(text: str, bio: re.Match[str]) -> bool:
        """Whether the person an author's note names ("Ines Halloran is a senior fellow
        at ...") wrote the document, not a guest an interview introduces before its
        questions ("Hanna Lindqvist is head of X. She spoke to us. Q: ..."): a note with
        speakers' labels after it is an introduction unless the person also signs the
        document (their full name stands elsewhere in it, a byline)."""
        after = text[bio.end() :].split("\n")
        if not any(speaker_label(line) for line in after):
            return True
        person = re.match(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}", bio.group(0))
        return person is not None and text.count(person.group(0)) >= 2

    def _speaks_for(self, text: str, m: re.Match[str]) -> str | None:
        """The body a person named at ``m`` is the spokesperson of, from the describing
        phrase right after the name or right before it (bounded reads)."""
        after = self._speaks_after.match(text, m.end(), m.end() + 120)
        if after is not None:
            return after.group(1).strip()
        before = self._speaks_before.search(text[max(0, m.start() - 120) : m.start()])
        return before.group(1).strip() if before is not None else None

    def people(self, text: str) -> People:
        """The people the document names with a title or a describing phrase, in order."""
        found: list[tuple[int, Person]] = []
        for m in _NAME.finditer(text):
            lead, name = m.group(1).split(), m.group(2)
            titles = [w for w in lead if w.lower().strip(".,") in self.titles]
            if len(titles) != len(lead) or name.split()[0].lower() in self.titles:
                continue  # "The Kremlin", or a title inside what looked like a name
            if not lead and text[m.end() :].lstrip(" \t")[:1] in ("\n", ""):
                continue  # a line ending on a name counts with its title ("and Dr Taras
                # Hlibov"), not a byline's role ("Interview by X, Environment Editor")
            before = text[max(0, m.start() - _REACH) : m.start()]
            if before.rfind("(") > before.rfind(")") and text[m.end() :].startswith(")"):
                continue  # "Cllr Felicity Maddox (Con, Ashcombe North)": her ward, no one
            roles = {self.titles[w.lower().strip(".,")] for w in titles} - {""}
            if before.rstrip().endswith(","):  # "the head of X, Name": an appositive
                clause = re.split(r"[.;:!?\n]", before)[-1]
                roles |= {w.lower() for w in _WORDS.findall(clause)}
                # "..., Park Sun-hee, a member of parliament's committee, told": the
                # phrase after the name describes them too
                after = _APPOSITIVE_AFTER.match(text, m.end())
                roles |= {w.lower() for w in _WORDS.findall(after.group(1))} if after else set()
            elif not lead:
                after = _APPOSITIVE_AFTER.match(text, m.end())
                words = {w.lower() for w in _WORDS.findall(after.group(1))} if after else set()
                # "lawmaker Park Sung-won told reporters": a role noun right before it
                role = _WORDS.findall(before)[-1:] if before[-1:].isspace() else []
                words |= {w for w in role if w.islower()}
                if not words & (self.person_nouns | set(self.role_nouns) | set(self.titles)):
                    continue  # "the Office of Korean Affairs": no title, no appositive
                roles |= words  # "Olena Bondar, a medic with the brigade, wrote"
            roles |= {self.role_nouns[w] for w in roles if w in self.role_nouns}
            # a person without a role word stays: "she" may mean them ("The network's
            # coordinator, Agnes Whitby,"), though no role phrase will
            found.append((m.start(), Person(name, frozenset(roles), self._speaks_for(text, m))))
        return People(
            self.role_nouns,
            found,
            self.pronouns,
            first_person=self.first_person,
            publisher=self.publisher(text),
            masthead=self.masthead(text),
            text=text,
            not_names=frozenset(self.titles)
            | frozenset(self.role_nouns)
            | self.organisation_words
            | self.person_nouns,
            made_by=self._made_by,
            document=self._document,
            articles=self._name_articles,
        )


@dataclass
class People:
    role_nouns: dict[str, str]  # a role noun -> the role it names ("chief" -> "head")
    found: list[tuple[int, Person]]
    pronouns: frozenset[str] = frozenset()  # "he", "she": the latest person named
    first_person: frozenset[str] = frozenset()  # "we", "our": the publisher, outside quotes
    publisher: str | None = None
    masthead: str | None = None  # the body whose page the document is (its first line)
    text: str = ""
    not_names: frozenset[str] = frozenset()  # titles, roles and body words: no first name
    made_by: re.Pattern[str] | None = None  # a document and its maker (``RoleReader``)
    document: re.Pattern[str] | None = None  # a document, with the article referring back
    articles: frozenset[str] = frozenset()  # "the", "a": no word of a body's name

    def __post_init__(self) -> None:
        self._starts = [at for at, _ in self.found]

    def resolve(self, phrase: str, before: int) -> str | None:
        """The person a role phrase ("the intelligence chief") refers back to, named before
        the document offset ``before``; None when the phrase is no role or nobody fits."""
        k = bisect.bisect_left(self._starts, before)
        if phrase.strip().lower() in self.first_person:
            return None if self._quoted(before) else self.publisher
        if phrase.strip().lower() in self.pronouns:
            # "She said 1,200 families ...": the person named last, with a role, before it
            return self.found[k - 1][1].name if k > 0 else None
        m = _ROLE_PHRASE.match(phrase.strip())
        if m is None:
            return None
        words = [w.lower() for w in _WORDS.findall(m.group(1))]
        head = self.role_nouns.get(words[-1])
        if head is None:
            return None
        others = words[:-1]
        best: tuple[int, str] | None = None  # the person fitting most of the other words,
        # the latest of them on a tie
        for _, person in reversed(self.found[max(0, k - LOOK_BACK) : k]):
            if head in person.roles:
                fit = sum(w in person.roles for w in others)
                if best is None or fit > best[0]:
                    best = (fit, person.name)
        return best[1] if best else None

    def speaks_for(self, name: str) -> str | None:
        """The body the person ``name`` was introduced as a spokesperson of, if any
        ("Koval", "Colonel Andriy Koval" and "Andriy Koval" are one person)."""
        words = name.split()
        for _, person in reversed(self.found):
            if person.speaks_for is None or not words:
                continue
            known = person.name.split()
            if known[-1] == words[-1] and (len(words) == 1 or known == words[-len(known) :]):
                return person.speaks_for
        return None

    def roles_of(self, name: str) -> frozenset[str]:
        """The role words the document gave the person ``name`` ("Park Sun-hee, a member
        of parliament's intelligence committee": member, parliament, ...)."""
        words = name.split()
        for _, person in reversed(self.found):
            known = person.name.split()
            if words and known[-1] == words[-1] and known == words[-len(known) :]:
                return person.roles
        if len(words) == 1:
            # "Lee" for "Lee Joon-kyu": a name written family name first, called by it
            for _, person in reversed(self.found):
                known = person.name.split()
                if len(known) > 1 and known[0] == words[0]:
                    return person.roles
        return frozenset()

    def named(self, name: str) -> bool:
        """Whether ``name`` ("Park", "Park Sun-hee") is, or is part of, a person's name
        the document gave with a title or a describing phrase."""
        words = name.split()
        return bool(words) and any(
            all(w in person.name.split() for w in words) for _, person in self.found
        )

    def full_name(self, name: str) -> str | None:
        """The full name of the person the document calls ``name`` ("Shoigu" for "Secretary
        of the Security Council Sergey Shoigu"), anywhere in it; None when no one is."""
        words = name.split()
        for _, person in self.found:
            known = person.name.split()
            if words and known[-len(words) :] == words:
                return person.name
        if len(words) != 1 or not name[:1].isupper():
            return None
        # "... Council Sergey Shoigu told": the capitalised word right before the surname,
        # when it is no title, role or word bodies are named with
        for m in re.finditer(rf"\b([{UPPER}][{LOWER}'’-]+)[ \t]+{re.escape(name)}\b", self.text):
            if m.group(1).lower() not in self.not_names:
                return f"{m.group(1)} {name}"
        return None

    def named_later(self, first: str, second: str, before: int) -> bool:
        """Whether the person ``first`` (one the document describes) was last named,
        before the offset ``before``, after the source ``second`` was last mentioned by
        any word of its name ("Hollis said"); False when either is not found."""
        k = bisect.bisect_left(self._starts, before)
        seen = self.found[max(0, k - LOOK_BACK) : k]
        at_first = max((at for at, p in seen if p.name == first), default=-1)
        reach = max(0, before - _MENTION_REACH)
        at_second = max(
            (
                self.text.rfind(w, reach, before)
                for w in _WORDS.findall(second)
                if len(w) > 2 and w.lower() not in self.not_names  # "Cllr": anyone's title
            ),
            default=-1,
        )
        return at_first > at_second >= 0

    def body_before(self, kinds: frozenset[str], before: int) -> str | None:
        """The body named last before ``before`` (within ``_MENTION_REACH``) by a name in
        capitals ending in one of ``kinds`` ("South Korea's National Intelligence Service"
        for "the agency"): whom a back-reference means where no source and no acronym
        named it."""
        if not kinds:
            return None
        heads = "|".join(re.escape(k.title()) for k in sorted(kinds))
        found = list(
            re.finditer(
                rf"(?<![\w'’-])((?:[A-Z][\w'’.-]*[ \t]+){{1,5}}(?:{heads}))(?![\w'’-])",
                self.text[max(0, before - _MENTION_REACH) : before],
            )
        )
        if not found:
            return None
        words = found[-1].group(1).split()
        while words and words[0].lower() in self.articles:
            words = words[1:]  # "The National Intelligence Service": the name
        return " ".join(words) if len(words) >= 2 else None

    def maker_before(self, before: int) -> str | None:
        """Who made the document the text named last before ``before`` with its maker
        after "by" ("The 88-page report by consultants Marrow & Lyle", "a poll of members
        by the Castlebrook Civic Society"): whom a later "the review found", "according to
        the report" or "the authors add" means, a document being its maker's word. None
        where another document was named since ("in its morning update")."""
        if self.made_by is None or self.document is None:
            return None
        window = self.text[max(0, before - _MENTION_REACH) : before]
        last = next(reversed(list(self.made_by.finditer(window))), None)
        if last is None:
            return None
        if any(m.group(1) is None for m in self.document.finditer(window, last.end())):
            return None  # "in its morning update", "customs records show": another document
        return last.group(1)

    def at(self, before: int) -> PeopleAt:
        """This document's people as seen from the document offset ``before``."""
        return PeopleAt(self, before)

    def _quoted(self, at: int) -> bool:
        """Whether the sentence at ``at`` is in someone's quoted words: it opens with a
        quotation mark, or its paragraph has an odd number of them before it, or its line
        opens with a speaker's label ("A:", "MS. FENWICK:")."""
        start = self.text.rfind("\n", 0, at) + 1
        line = self.text[start : at + 1]
        if speaker_label(self.text[start : max(at + 1, start + 80)]) is not None:
            return True  # "A: On our count, ...": a transcript turn is its speaker's words
        return line[-1:] in _QUOTE_MARKS or sum(line.count(q) for q in '"“”') % 2 == 1


@dataclass(frozen=True)
class PeopleAt:
    """A document's people seen from one sentence: called with a phrase, the person it
    refers back to (``People.resolve``); ``speaks_for`` names a spokesperson's body."""

    people: People
    before: int

    def __call__(self, phrase: str) -> str | None:
        return self.people.resolve(phrase, self.before)

    def speaks_for(self, name: str) -> str | None:
        return self.people.speaks_for(name)

    def named(self, name: str) -> bool:
        return self.people.named(name)

    def roles_of(self, name: str) -> frozenset[str]:
        return self.people.roles_of(name)

    def named_later(self, first: str, second: str) -> bool:
        return self.people.named_later(first, second, self.before)

    def full_name(self, name: str) -> str | None:
        return self.people.full_name(name)

    def masthead(self) -> str | None:
        return self.people.masthead

    def body_before(self, kinds: frozenset[str]) -> str | None:
        return self.people.body_before(kinds, self.before)

    def maker_before(self) -> str | None:
        return self.people.maker_before(self.before)
