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

from claimtrack.extract.lexicon import Lexicon, alternation

_NAME = re.compile(
    r"(?<![\w.'’-])((?:[A-Z][\w'’.-]*[ \t]+){0,4})([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})"
    r"(?=[ \t]*[,;.)]|[ \t]+(?:said|says|told|added|wrote|gave|put|spoke)\b)"
)
_WORDS = re.compile(r"[\w-]+")
_REACH = 60  # characters before a name that may hold its role ("the head of X, ")
#: People a back-reference may mean, the latest first: a bound, so a document naming
#: thousands of people costs each role phrase a fixed amount.
LOOK_BACK = 50
#: ", a medic with the 80th brigade,": a describing phrase right after a name
_APPOSITIVE_AFTER = re.compile(r"[ \t]*,[ \t]+([^,.;:\n\"“”]{3,80}?)[ \t]*,")
_QUOTE_MARKS = frozenset("\"“‘'")
_ROLE_PHRASE = re.compile(r"^(?:the|The)\s+((?:[\w'’-]+\s+){0,3}[\w-]+)$")


@dataclass(frozen=True)
class Person:
    name: str
    roles: frozenset[str]  # lower-case role words: "chief", "intelligence", "general"


class RoleReader:
    def __init__(self, lex: Lexicon) -> None:
        self.titles = {str(k).lower(): str(v) for k, v in lex.mapping("person_titles").items()}
        self.role_nouns = {str(k).lower(): str(v) for k, v in lex.mapping("role_nouns").items()}
        self.pronouns = lex.phrase_set("person_pronouns")
        self.person_nouns = lex.phrase_set("person_nouns")
        self.first_person = lex.phrase_set("publisher", "first_person")
        self.organisation_words = lex.phrase_set("publisher", "organisation_words")
        # a name: capitalised words, joined by the few small words names hold ("Center for
        # Allied Strategy and Security")
        joins = alternation(lex.phrase_set("publisher", "name_joins"))
        name = rf"[A-Z][\w'’&-]*(?:[ \t]+(?:(?:{joins})[ \t]+)?[A-Z][\w'’&-]*)*"
        marks = alternation(lex.phrase_set("publisher", "copyright_marks"))
        by = alternation(lex.phrase_set("publisher", "copyright_links"))
        articles = alternation(lex.phrase_set("definite_articles"))
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
                if {w.lower() for w in _WORDS.findall(name)} & self.organisation_words:
                    return name
        return None

    def people(self, text: str) -> People:
        """The people the document names with a title or a describing phrase, in order."""
        found: list[tuple[int, Person]] = []
        for m in _NAME.finditer(text):
            lead, name = m.group(1).split(), m.group(2)
            titles = [w for w in lead if w.lower().strip(".,") in self.titles]
            if len(titles) != len(lead) or name.split()[0].lower() in self.titles:
                continue  # "The Kremlin", or a title inside what looked like a name
            before = text[max(0, m.start() - _REACH) : m.start()]
            roles = {self.titles[w.lower().strip(".,")] for w in titles} - {""}
            if before.rstrip().endswith(","):  # "the head of X, Name": an appositive
                clause = re.split(r"[.;:!?\n]", before)[-1]
                roles |= {w.lower() for w in _WORDS.findall(clause)}
            elif not lead:
                after = _APPOSITIVE_AFTER.match(text, m.end())
                words = {w.lower() for w in _WORDS.findall(after.group(1))} if after else set()
                if not words & (self.person_nouns | set(self.role_nouns) | set(self.titles)):
                    continue  # "the Office of Korean Affairs": no title, no appositive
                roles |= words  # "Olena Bondar, a medic with the brigade, wrote"
            roles |= {self.role_nouns[w] for w in roles if w in self.role_nouns}
            # a person without a role word stays: "she" may mean them ("The network's
            # coordinator, Agnes Whitby,"), though no role phrase will
            found.append((m.start(), Person(name, frozenset(roles))))
        return People(
            self.role_nouns,
            found,
            self.pronouns,
            first_person=self.first_person,
            publisher=self.publisher(text),
            text=text,
        )


@dataclass
class People:
    role_nouns: dict[str, str]  # a role noun -> the role it names ("chief" -> "head")
    found: list[tuple[int, Person]]
    pronouns: frozenset[str] = frozenset()  # "he", "she": the latest person named
    first_person: frozenset[str] = frozenset()  # "we", "our": the publisher, outside quotes
    publisher: str | None = None
    text: str = ""

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

    def _quoted(self, at: int) -> bool:
        """Whether the sentence at ``at`` is in someone's quoted words: it opens with a
        quotation mark, or its paragraph has an odd number of them before it."""
        line = self.text[self.text.rfind("\n", 0, at) + 1 : at + 1]
        return line[-1:] in _QUOTE_MARKS or sum(line.count(q) for q in '"“”') % 2 == 1
