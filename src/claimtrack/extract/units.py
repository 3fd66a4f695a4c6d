"""What a figure counts: the head noun of its noun phrase, its modifiers, "of what",
and the verb it is the subject or object of, read off the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claimtrack.extract.lexicon import Lexicon
from claimtrack.records import Claim

_NOUNISH = {"NOUN", "PROPN"}
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
    thing = CountedThing()
    last = fig_span[-1]
    # "50% of X", "thousands of X", "200 pieces of artillery"
    if percent:
        thing.unit = "percent"
        thing.of_tokens = _of_object(last) or _of_object(last.head)
        thing.verb = _governing_verb(last)
        return thing
    named = _named_before(last, lex)
    if named is not None:
        return named
    of = _of_object(last)
    if of and of[0].lower_ in ("them", "those", "these", "us", "whom", "which") and len(of) == 1:
        # "249 of them": counted among something named before; the verb says what
        thing.verb = _governing_verb(last)
        if thing.verb is not None:
            lemma = thing.verb.lemma_.lower()
            thing.unit = _VERB_PARTICIPLES.get(lemma, thing.verb.text.lower())
        return thing
    if of:
        heads = [t for t in of if t.dep_ == "pobj" or t.head not in of]
        of_head = heads[0] if heads else of[-1]
        if of_head.pos_ in _NOUNISH and of_head.lower_ not in ("them", "those", "whom"):
            thing.head = of_head
            thing.modifiers = [
                t for t in of if t.i < of_head.i and t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")
            ]
            thing.unit = of_head.text.lower()
            thing.verb = _governing_verb(last)
            return thing
    # "around 600 dead": an adjective naming who is counted
    after = doc[fig_span.end] if fig_span.end < len(doc) else None
    if (
        after is not None
        and after.lower_ in lex.phrase_set("nominal_adjectives")
        and (after.i + 1 >= len(doc) or doc[after.i + 1].pos_ not in _NOUNISH)
    ):
        thing.head = after
        thing.unit = after.lower_
        thing.verb = _governing_verb(after)
        return thing
    # the noun the number modifies: dependency first, then a short scan right
    head: Token | None = None
    for tok in reversed(list(fig_span)):
        h = tok.head
        if (
            tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
            and h.pos_ in _NOUNISH
            and h.i > fig_span.end - 1
            and h.i - fig_span.end < 7
        ):
            head = h
            break
    if head is None:
        j = fig_span.end
        while j < len(doc) and j - fig_span.end < 6:
            t = doc[j]
            if t.pos_ in _NOUNISH and t.lower_ not in lex.set_of["time_units"]:
                nxt = doc[j + 1] if j + 1 < len(doc) else None
                if (
                    nxt is None
                    or nxt.pos_ not in _NOUNISH
                    or nxt.text[0].isupper() != t.text[0].isupper()
                ):
                    head = t
                    break
            elif (
                t.pos_ not in ("ADJ", "NOUN", "PROPN")
                and t.tag_ not in ("VBN", "VBG", "HYPH")
                and t.text != "-"
            ):
                break
            j += 1
    if head is not None:
        while (
            head.dep_ == "compound"
            and head.head.pos_ in _NOUNISH
            and head.head.i > head.i
            and head.head.i - head.i < 3
        ):
            head = head.head
        thing.head = head
        thing.modifiers = [
            t
            for t in doc[fig_span.end : head.i]
            if t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") and not t.is_punct
        ]
        thing.modifiers += [
            c for c in head.lefts if c.i < fig_span.start and c.dep_ in ("amod", "compound")
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
        thing.participle = next(
            (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"), None
        )
        return thing
    # no noun: the verb counts it ("around 300 have been killed") or its subject names it
    root = fig_span.root
    thing.verb = _governing_verb(root)
    verb = thing.verb
    # "an average of 28", "a team of 12": the number hangs on "of" after a noun
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in _NOUNISH:
        holder = root.head.head
        if holder.lemma_.lower() not in lex.set_of["count_nouns"]:
            thing.head = holder
            thing.unit = holder.text.lower()
            return thing
        root = holder  # "fell to an average of 28": what the clause's subject counts
        thing.verb = verb = _governing_verb(holder)
    if verb is not None:
        lemma = verb.lemma_.lower()
        subject = _subject_noun(verb)
        if (
            root.dep_ in ("dobj", "attr", "oprd", "pobj")
            and subject is not None
            and subject.i < root.i
            and subject.lemma_.lower() not in lex.set_of["count_nouns"]
        ):
            # "A majority requires 116", "Daily transits fell to an average of 28"
            thing.head = subject
            thing.modifiers = [c for c in subject.lefts if c.dep_ in ("amod", "compound")]
            thing.unit = subject.text.lower()
            return thing
        if root.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma in lex.set_of["count_verbs"]:
            thing.unit = verb_phrase(verb) or _VERB_PARTICIPLES.get(lemma, verb.text.lower())
            return thing
        if root.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB":
            thing.unit = _VERB_PARTICIPLES.get(lemma, verb.text.lower())
            return thing
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
        if root.dep_ == "pobj" and root.head.lower_ in ("at", "to"):
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in _NOUNISH]
            if objs and objs[0].lemma_.lower() not in lex.set_of["count_nouns"]:
                thing.head = objs[0]
                thing.modifiers = [c for c in objs[0].lefts if c.dep_ in ("amod", "compound")]
                thing.unit = objs[0].text.lower()
                return thing
            subj = objs or subj
        if subj:
            s = subj[0]
            slemma = s.lemma_.lower()
            if slemma in lex.set_of["count_nouns"]:
                of = _of_object(s)
                nouns = [t for t in of if t.pos_ in _NOUNISH]
                if nouns:
                    head = nouns[0] if nouns[0].dep_ == "pobj" else nouns[-1]
                    thing.head = head
                    thing.modifiers = [
                        t for t in of if t.i < head.i and t.pos_ in ("ADJ", "NOUN", "PROPN")
                    ]
                    thing.of_tokens = [t for t in of if t.i > head.i]
                    thing.unit = head.text.lower()
                    return thing
                toll = " ".join(t.lower_ for t in s.subtree if t.dep_ in ("compound",) or t is s)
                for phrase, unit in lex.mapping("toll_units").items():
                    if toll.endswith(phrase):
                        thing.unit = str(unit)
                        return thing
    return thing
