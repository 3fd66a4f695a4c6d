"""What a figure counts: the head noun of its noun phrase, its modifiers, "of what",
and the verb it is the subject or object of, read off the dependency parse.

Each way of finding it is a small named rule registered in order (``COUNT_RULES``, as
``traps.TRAP_RULES``): the first that finds something wins, and ``count_rule_for`` says
which did, so a user asking why a figure counts "officials" gets the rule's name."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimtrack.extract.lexicon import Lexicon
from claimtrack.records import Claim

_NOUNISH = {"NOUN", "PROPN"}
#: a weapon's designation, letters then a number ("KN-23", "F-16"): a name, never a count
_DESIGNATION = re.compile(r"[A-Za-z]+-?\d+[A-Za-z]*")
_MODIFIER_DEPS = {"compound", "amod", "nmod", "nummod", "poss", "npadvmod", "quantmod", "advmod"}
_VERB_PARTICIPLES = {
    "kill": "killed",
    "wound": "wounded",
    "injure": "injured",
    "capture": "captured",
    "die": "killed",
    "detain": "detained",
    "arrest": "arrested",
    "evacuate": "evacuated",
    "displace": "displaced",
    "rescue": "rescued",
    "destroy": "destroyed",
    "intercept": "intercepted",
    "shoot": "shot down",
    "deploy": "deployed",
    "send": "sent",
    "dispatch": "dispatched",
    "launch": "launched",
    "fire": "fired",
}


@dataclass
class CountedThing:
    head: Token | None = None  # the counted noun
    modifiers: list[Token] = field(default_factory=list)
    of_tokens: list[Token] = field(default_factory=list)  # "50% of [the artillery shells]"
    verb: Token | None = None  # the verb the figure's phrase is subject or object of
    unit: str | None = None
    participle: Token | None = None  # "soldiers captured by ...": a verb that says what counts
    borrowed_from: Claim | None = None  # an elliptical figure takes its unit from this claim

    @property
    def np_lemmas(self) -> list[str]:
        toks = [*self.modifiers, self.head] if self.head is not None else []
        return [t.lemma_.lower() for t in toks if t is not None]

    @property
    def of_lemmas(self) -> list[str]:
        return [t.lemma_.lower() for t in self.of_tokens]


def _subject_noun(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.pos_ in _NOUNISH else None


def verb_phrase(verb: Token) -> str | None:
    """ "killed or wounded", "killed and injured": two verbs that count one thing together."""
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ in ("or", "and")), None)
    conj = next((c for c in verb.children if c.dep_ == "conj" and _same_form(c, verb)), None)
    if cc is None or conj is None or conj.i != cc.i + 1:
        return None
    return f"{verb.lower_} {cc.lower_} {conj.lower_}"


_PAST = ("VBD", "VBN")


def _same_form(a: Token, b: Token) -> bool:
    """Two verbs of one form; the parser often tags one of "killed or wounded" VBD and
    the other VBN, which are one form here."""
    return a.tag_ == b.tag_ or (a.tag_ in _PAST and b.tag_ in _PAST)


def _named_before(last: Token, lex: Lexicon) -> CountedThing | None:
    """ "put the number of North Koreans killed or wounded at more than 3,000": when the
    figure is the object of an estimate's link ("at") and the estimate verb's object is a
    count noun ("number", "toll"), what is counted is named before the figure: the count
    noun's "of X", and the participle after it says what happened to them."""
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ not in lex.words("estimate_links"):
        return None
    path: list[Token] = []
    verb = prep.head
    for _ in range(6):
        if verb.lemma_.lower() in lex.words("estimate_words"):
            break
        path.append(verb)
        if verb.head is verb:
            return None
        verb = verb.head
    else:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in lex.set_of["count_nouns"]:
        return None
    of = _of_object(obj)
    heads = [t for t in of if t.pos_ in _NOUNISH]
    if not heads:
        return None
    thing = CountedThing()
    head = next((t for t in heads if t.dep_ == "pobj"), heads[-1])
    thing.head = head
    thing.modifiers = [t for t in of if t.i < head.i and t.pos_ in ("ADJ", "NOUN", "PROPN")]
    thing.of_tokens = of
    participle = next(
        (t for t in reversed(path) if t.tag_ in _PAST and t.pos_ == "VERB" and t.i > head.i), None
    )
    if participle is not None:
        thing.verb = participle
        lemma = participle.lemma_.lower()
        thing.unit = verb_phrase(participle) or _VERB_PARTICIPLES.get(lemma, participle.lower_)
    else:
        thing.verb = verb
        thing.unit = head.text.lower()
    return thing


def _of_object(tok: Token) -> list[Token]:
    """Tokens of "of X" attached to or right after ``tok``."""
    for child in tok.rights:
        if child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return [t for t in objs[0].subtree if not t.is_punct]
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "of":
        out: list[Token] = []
        for t in tok.doc[nxt.i + 1 : nxt.i + 8]:
            if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PUNCT") and out:
                break
            out.append(t)
        return out
    return []


def _governing_verb(tok: Token) -> Token | None:
    t = tok
    for _ in range(6):
        if t.dep_ in (
            "nsubj",
            "nsubjpass",
            "dobj",
            "attr",
            "pobj",
            "oprd",
            "appos",
            "conj",
            "npadvmod",
            "dative",
        ):
            h = t.head
            if h.pos_ in ("VERB", "AUX") or h.tag_ == "VBN":
                return h
            if h.pos_ == "ADP":
                t = h
                continue
            t = h
            continue
        if t.head.pos_ in ("VERB", "AUX") and t.head is not t:
            return t.head
        if t.head is t:
            return None
        t = t.head
    return None


def counted_thing(doc: Doc, fig_span: Span, percent: bool, lex: Lexicon) -> CountedThing:
    """Find what the figure in ``fig_span`` counts; a rate ("300 a day", "76 trucks a
    day") says so in its unit ("infections per day")."""
    thing = _counted_thing(doc, fig_span, percent, lex)
    if thing.unit is not None and not percent:
        after = (
            thing.head.i + 1
            if thing.head is not None and thing.head.i >= fig_span.end
            else fig_span.end
        )
        period = _rate_at(doc, after, lex)
        if period:
            thing.unit = f"{thing.unit} per {period}"
    return thing


def _rate_at(doc: Doc, i: int, lex: Lexicon) -> str | None:
    if i + 1 < len(doc) and doc[i].lower_ in ("a", "an", "per", "each", "every"):
        period = doc[i + 1].lower_
        if period in lex.phrase_set("price_periods") or period in ("hour", "night"):
            return period
    return None


def _counted_thing(doc: Doc, fig_span: Span, percent: bool, lex: Lexicon) -> CountedThing:
    return count_rule_for(doc, fig_span, percent, lex)[1]


@dataclass
class CountContext:
    """A figure's tokens in its parsed sentence, as every counting rule reads them."""

    doc: Doc
    span: Span
    percent: bool
    lex: Lexicon

    def __post_init__(self) -> None:
        self.last = self.span[-1]

    @cached_property
    def of(self) -> list[Token]:
        """ "of X" right after the figure."""
        return _of_object(self.last)

    @cached_property
    def standing(self) -> tuple[Token, Token | None]:
        """When no noun is counted: the token standing for the figure and its verb. In
        "fell to an average of 28" the figure stands for the count noun it hangs on."""
        root = self.span.root
        holder = root.head.head
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and holder.pos_ in _NOUNISH
            and holder.lemma_.lower() in self.lex.set_of["count_nouns"]
        ):
            return holder, _governing_verb(holder)
        return root, _governing_verb(root)

    def verb_thing(self, **found: Any) -> CountedThing:
        """A thing counted without a noun of its own, with the verb the figure stands on."""
        return CountedThing(verb=self.standing[1], **found)


CountRule = Callable[[CountContext], "CountedThing | None"]


@dataclass(frozen=True)
class NamedCountRule:
    name: str
    reason: str  # why the rule holds, for a reader
    rule: CountRule


#: How to find what a figure counts, in the order they are tried: the first that finds
#: something wins; when none does, the figure counts nothing named, on its verb.
COUNT_RULES: list[NamedCountRule] = []


def count_rule(name: str, reason: str) -> Callable[[CountRule], CountRule]:
    """Register a rule at the end of ``COUNT_RULES`` under ``name``."""

    def register(fn: CountRule) -> CountRule:
        if any(r.name == name for r in COUNT_RULES):
            raise ValueError(f"count rule {name!r} is registered twice")
        COUNT_RULES.append(NamedCountRule(name, reason, fn))
        return fn

    return register


def count_rule_for(
    doc: Doc, fig_span: Span, percent: bool, lex: Lexicon
) -> tuple[str | None, CountedThing]:
    """The name of the rule that found what the figure counts (None when none did) and
    what it found."""
    ctx = CountContext(doc, fig_span, percent, lex)
    for r in COUNT_RULES:
        thing = r.rule(ctx)
        if thing is not None:
            return r.name, thing
    return None, ctx.verb_thing()


@count_rule("share_of", "'50% of the shells': a share counts what follows 'of'")
def share_of(c: CountContext) -> CountedThing | None:
    if not c.percent:
        return None
    of = _of_object(c.last) or _of_object(c.last.head)
    return CountedThing(unit="percent", of_tokens=of, verb=_governing_verb(c.last))


@count_rule("named_before", "'put the number of X killed at 3,000': X is named before the figure")
def named_before(c: CountContext) -> CountedThing | None:
    return _named_before(c.last, c.lex)


@count_rule("of_pronoun", "'249 of them': counted among things named before; the verb says what")
def of_pronoun(c: CountContext) -> CountedThing | None:
    of = c.of
    if not (of and of[0].lower_ in c.lex.phrase_set("of_pronouns") and len(of) == 1):
        return None
    thing = CountedThing(verb=_governing_verb(c.last))
    named = _copula_noun(thing.verb, c.lex)
    if named is not None:
        # "1,000 of them are military engineers": what the part is, named after "are"
        modifiers = [t for t in named.lefts if t.dep_ in ("amod", "compound")]
        return CountedThing(
            head=named, modifiers=modifiers, unit=named.text.lower(), verb=thing.verb
        )
    if thing.verb is not None:
        lemma = thing.verb.lemma_.lower()
        thing.unit = _VERB_PARTICIPLES.get(lemma, thing.verb.text.lower())
    return thing


def _copula_noun(verb: Token | None, lex: Lexicon) -> Token | None:
    """The common noun a copula names its subject as ("[1,000 of them] are engineers")."""
    if verb is None or verb.lemma_.lower() not in lex.phrase_set("copula_lemmas"):
        return None
    return next((t for t in verb.children if t.dep_ == "attr" and t.pos_ == "NOUN"), None)


@count_rule("of_noun", "'thousands of troops', '200 pieces of artillery': the noun after 'of'")
def of_noun(c: CountContext) -> CountedThing | None:
    of = c.of
    if not of:
        return None
    heads = [t for t in of if t.dep_ == "pobj" or t.head not in of]
    of_head = heads[0] if heads else of[-1]
    # "two of the dead", "six of the injured": an adjective after the article names people
    people = of_head.lower_ in c.lex.phrase_set("nominal_adjectives") and len(of) <= 3
    if not people and (of_head.pos_ not in _NOUNISH or of_head.lower_ in ("them", "those", "whom")):
        return None
    return CountedThing(
        head=of_head,
        modifiers=[t for t in of if t.i < of_head.i and t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")],
        unit=of_head.text.lower(),
        verb=_governing_verb(c.last),
    )


@count_rule("nominal_adjective", "'around 600 dead': an adjective names who is counted")
def nominal_adjective(c: CountContext) -> CountedThing | None:
    doc, end = c.doc, c.span.end
    after = doc[end] if end < len(doc) else None
    if (
        after is not None
        and after.lower_ in c.lex.phrase_set("nominal_adjectives")
        and (after.i + 1 >= len(doc) or doc[after.i + 1].pos_ not in _NOUNISH)
        # "14 captured North Korean soldiers": a modifier of a noun further on
        and not (after.dep_ == "amod" and after.head.i > after.i and after.head.pos_ in _NOUNISH)
    ):
        return CountedThing(head=after, unit=after.lower_, verb=_governing_verb(after))
    return None


def _noun_of(c: CountContext) -> Token | None:
    """The noun the number modifies: by dependency first, then a short scan right."""
    doc, fig_span = c.doc, c.span
    for tok in reversed(list(fig_span)):
        h = tok.head
        if (
            h.pos_ == "NUM"
            and _DESIGNATION.fullmatch(h.text)
            and h.head.pos_ in _NOUNISH
            and h.head.i > h.i
        ):
            # "nearly 150 KN-23 missiles", parsed with the number on the designation: the
            # missiles the designation names are what is counted
            h = h.head
        if (
            tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
            and h.pos_ in _NOUNISH
            and h.i > fig_span.end - 1
            and h.i - fig_span.end < 7
        ):
            return h
    j = fig_span.end
    while j < len(doc) and j - fig_span.end < 6:
        t = doc[j]
        if t.pos_ in _NOUNISH and t.lower_ not in c.lex.set_of["time_units"]:
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if (
                nxt is None
                or nxt.pos_ not in _NOUNISH
                or nxt.text[0].isupper() != t.text[0].isupper()
            ):
                return t
        elif (
            t.pos_ not in ("ADJ", "NOUN", "PROPN")
            and t.tag_ not in ("VBN", "VBG", "HYPH")
            and t.text != "-"
        ):
            return None
        j += 1
    return None


@count_rule("counted_noun", "'12,000 North Korean troops': the noun the number modifies")
def counted_noun(c: CountContext) -> CountedThing | None:
    head = _noun_of(c)
    if head is None:
        return None
    doc, fig_span, lex = c.doc, c.span, c.lex
    while (
        head.dep_ == "compound"
        and head.head.pos_ in _NOUNISH
        and head.head.i > head.i
        and head.head.i - head.i < 3
    ):
        head = head.head  # "1,500 army trucks": the last noun of the compound
    thing = CountedThing(head=head)
    thing.modifiers = [
        t
        for t in doc[fig_span.end : head.i]
        if t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") and not t.is_punct
    ]
    thing.modifiers += [
        t for t in head.lefts if t.i < fig_span.start and t.dep_ in ("amod", "compound")
    ]
    thing.modifiers.sort(key=lambda t: t.i)
    of_more = _of_object(head)
    if head.lemma_.lower() in lex.set_of["count_nouns"] or head.lemma_.lower() in (
        "piece",
        "unit",
        "batch",
        "shipment",
    ):
        thing.of_tokens = of_more
    thing.unit = head.text.lower()
    thing.verb = _governing_verb(head)
    thing.participle = next((t for t in head.children if t.dep_ == "acl" and t.tag_ == "VBN"), None)
    return thing


@count_rule("noun_holding_it", "'an average of 28', 'a team of 12': the noun the number hangs on")
def noun_holding_it(c: CountContext) -> CountedThing | None:
    root = c.span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in _NOUNISH:
        holder = root.head.head
        if holder.lemma_.lower() not in c.lex.set_of["count_nouns"]:
            return c.verb_thing(head=holder, unit=holder.text.lower())
    return None


@count_rule("subject_names_it", "'A majority requires 116': the clause's subject says what counts")
def subject_names_it(c: CountContext) -> CountedThing | None:
    root, verb = c.standing
    if verb is None:
        return None
    subject = _subject_noun(verb)
    if (
        root.dep_ in ("dobj", "attr", "oprd", "pobj")
        and subject is not None
        # a name acts, it is not counted: "Pyongyang could send another 3,000", "North
        # Korea has 14,000 troops, up from 11,000"; and "put casualties at 6,000" names
        # what counts in its object (``object_put_at``)
        and subject.pos_ == "NOUN"
        and not _linked_objects(c)
        and subject.i < root.i
        and subject.lemma_.lower() not in c.lex.set_of["count_nouns"]
    ):
        modifiers = [t for t in subject.lefts if t.dep_ in ("amod", "compound")]
        return c.verb_thing(head=subject, modifiers=modifiers, unit=subject.text.lower())
    return None


@count_rule("count_verb", "'killed 14', '300 were detained': a verb that counts says what")
def count_verb(c: CountContext) -> CountedThing | None:
    root, verb = c.standing
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma in c.lex.set_of["count_verbs"]:
        return c.verb_thing(
            unit=verb_phrase(verb) or _VERB_PARTICIPLES.get(lemma, verb.text.lower())
        )
    return None


@count_rule("subject_of_verb", "'around 300 have arrived': the verb of a figure as subject")
def subject_of_verb(c: CountContext) -> CountedThing | None:
    root, verb = c.standing
    if verb is None or root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    return c.verb_thing(unit=_VERB_PARTICIPLES.get(lemma, verb.text.lower()))


def _linked_objects(c: CountContext) -> list[Token]:
    """ "put the losses at 4,700": the verb's noun objects when the figure follows "at"/"to"."""
    root, verb = c.standing
    if verb is None or not (root.dep_ == "pobj" and root.head.lower_ in ("at", "to")):
        return []
    return [t for t in verb.children if t.dep_ == "dobj" and t.pos_ in _NOUNISH]


@count_rule("object_put_at", "'put the losses at 4,700': the verb's object says what counts")
def object_put_at(c: CountContext) -> CountedThing | None:
    objs = _linked_objects(c)
    if objs and objs[0].lemma_.lower() not in c.lex.set_of["count_nouns"]:
        modifiers = [t for t in objs[0].lefts if t.dep_ in ("amod", "compound")]
        return c.verb_thing(head=objs[0], modifiers=modifiers, unit=objs[0].text.lower())
    return None


@count_rule("count_noun_of", "'the toll of civilians rose to 300': the count noun's 'of X'")
def count_noun_of(c: CountContext) -> CountedThing | None:
    s = _count_noun_holder(c)
    if s is None:
        return None
    of = _of_object(s)
    nouns = [t for t in of if t.pos_ in _NOUNISH]
    if not nouns:
        return None
    head = nouns[0] if nouns[0].dep_ == "pobj" else nouns[-1]
    return c.verb_thing(
        head=head,
        modifiers=[t for t in of if t.i < head.i and t.pos_ in ("ADJ", "NOUN", "PROPN")],
        of_tokens=[t for t in of if t.i > head.i],
        unit=head.text.lower(),
    )


@count_rule("toll_phrase", "'the death toll rose to 300': a toll phrase names its unit")
def toll_phrase(c: CountContext) -> CountedThing | None:
    s = _count_noun_holder(c)
    if s is None:
        return None
    toll = " ".join(t.lower_ for t in s.subtree if t.dep_ in ("compound",) or t is s)
    for phrase, unit in c.lex.mapping("toll_units").items():
        if toll.endswith(phrase):
            return c.verb_thing(unit=str(unit))
    return None


def _count_noun_holder(c: CountContext) -> Token | None:
    """The count noun ("toll", "number") the figure's verb is about: its subject before
    the figure, or its object when the figure follows "at"/"to"."""
    root, verb = c.standing
    if verb is None:
        return None
    subj = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < root.i]
    subj = _linked_objects(c) or subj
    if subj and subj[0].lemma_.lower() in c.lex.set_of["count_nouns"]:
        return subj[0]
    return None
