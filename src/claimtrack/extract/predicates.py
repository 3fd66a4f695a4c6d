"""What happened to the counted thing: the lemma of the verb that governs a figure's noun
("examined wreckage of a dozen missiles": examine; "more than 100 missiles launched":
launch), so the cross-check never pairs figures of different events.

Only a verb that says what happened counts: reporting and estimate verbs ("said", "put
at"), verbs of change ("rose to") and verbs that only link a figure to its noun ("are",
"include", "reach") say nothing about it, and leave the predicate unknown; so do the
verbs of shares and sums of money, which state a relation ("supplies 30% of", "paid"). Unknown is
never a disagreement: the cross-check compares it with every predicate.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimtrack.extract.lexicon import Lexicon
from claimtrack.extract.units import CountedThing, verb_phrase


class PredicateReader:
    """Reads a figure's predicate from its counted thing, with the lexicon's verb lists."""

    def __init__(self, lex: Lexicon) -> None:
        self.silent = frozenset().union(
            *(
                lex.phrase_set(key)
                for key in (
                    "linking_verbs",
                    "reporting_verbs",
                    "passive_reporting_verbs",
                    "estimate_words",
                    "change_verbs",
                )
            )
        )

    def predicate(self, thing: CountedThing) -> str | None:
        """The lemma of the verb saying what happened to the counted thing ("kill"), two
        joined verbs that count one thing together ("kill or wound"), or None."""
        verb = thing.participle if thing.participle is not None else thing.verb
        if verb is None or verb.pos_ != "VERB":
            return None
        lemma = verb.lemma_.lower()
        if lemma in self.silent:
            return None
        return _joined(verb) or lemma


def _joined(verb: Token) -> str | None:
    """ "killed or wounded" as "kill or wound": not the same event as either alone."""
    phrase = verb_phrase(verb)
    if phrase is None:
        return None
    _, joiner, second = phrase.split(" ", 2)
    conj = next(c for c in verb.children if c.dep_ == "conj" and c.lower_ == second)
    return f"{verb.lemma_.lower()} {joiner} {conj.lemma_.lower()}"
