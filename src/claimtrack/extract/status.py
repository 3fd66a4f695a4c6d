"""How sure the text is of a figure, and whether it is reported, pledged, planned or rumoured.

Cues count when they govern the figure (an ancestor in the parse, or a modifier of one),
or stand before it in the same sentence for rumours ("there were rumours of ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimtrack.extract.lexicon import Lexicon
from claimtrack.records import Certainty, Status

_CUE_DEPS = frozenset({"aux", "auxpass", "advmod", "neg", "prt"})
#: Where a parsed sentence keeps its first word of rumour (``StatusReader._first_rumour``).
_RUMOUR_KEY = "claimtrack.first_rumour"


class StatusReader:
    def __init__(self, lex: Lexicon) -> None:
        self.hedged = lex.phrase_set("certainty", "hedged")
        self.confirmed = lex.phrase_set("certainty", "confirmed")
        weak = lex.phrase_set("status_weak_planned")
        self.pledged = lex.phrase_set("status", "pledged")
        self.planned = lex.phrase_set("status", "planned") - weak
        self.rumoured = lex.phrase_set("status", "rumoured")
        self.commit_modals = lex.phrase_set("status", "commit_modals")
        self.future_modals = lex.phrase_set("status", "future_modals")
        self.giving = lex.phrase_set("status", "giving_verbs")

    @staticmethod
    def _scope(fig: Token) -> list[Token]:
        ancestors = list(fig.ancestors)
        scope = list(ancestors)
        for a in ancestors:
            scope.extend(
                c
                for c in a.children
                if c.dep_ in ("aux", "auxpass", "advmod", "neg", "prt", "xcomp")
                or c.lower_ in ("to",)
            )
        scope.extend(c for c in fig.children if c.dep_ in ("advmod", "amod"))
        return scope

    def status(self, fig: Token) -> Status:
        """The nearest cue up the figure's chain of heads decides: in "pledged to send 4,000
        and is planning to deploy 800", 800 is planned."""
        if self._first_rumour(fig.doc) < fig.i:
            return "rumoured"
        for head in fig.ancestors:
            near = [head, *(c for c in head.children if c.dep_ in _CUE_DEPS)]
            words = {t.lower_ for t in near} | {t.lemma_.lower() for t in near}
            if words & self.rumoured:
                return "rumoured"
            if words & self.pledged:
                return "pledged"
            if words & self.planned:
                return "planned"
            modal = self._future_modal(head)
            if modal == "planned" and self._promised(head):
                return "pledged"  # "promised that the province would pay R25 000"
            if modal:
                return modal
        return "reported"

    def _promised(self, verb: Token) -> bool:
        """Whether the clause of ``verb`` is what a verb of pledging above it promises:
        a future act promised is pledged, though its own modal only looks ahead."""
        return any(
            head.lemma_.lower() in self.pledged or head.lower_ in self.pledged
            for head in verb.ancestors
        )

    def _first_rumour(self, doc: Doc) -> int:
        """Where the sentence's first word of rumour stands (its length when it has none):
        a figure after it is rumoured. Found once per sentence and kept with its doc, not
        by reading every word before each figure again."""
        kept = doc.user_data.get(_RUMOUR_KEY)
        if kept is not None and kept[0] is self.rumoured:
            return int(kept[1])
        first = next(
            (t.i for t in doc if t.lower_ in self.rumoured or t.lemma_.lower() in self.rumoured),
            len(doc),
        )
        doc.user_data[_RUMOUR_KEY] = (self.rumoured, first)
        return first

    def _future_modal(self, verb: Token) -> Status | None:
        """ "will send" commits to a delivery (pledged); "would deploy", "could reach"
        look ahead (planned); "may have sent" and "could be" are about now."""
        if verb.tag_ != "VB" or verb.lemma_ in ("be", "have"):
            return None
        modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
        if not modals:
            return None
        if modals & self.commit_modals and verb.lemma_.lower() in self.giving:
            return "pledged"
        if modals & self.future_modals:
            return "planned"
        return None

    def certainty(self, fig: Token) -> Certainty:
        scope = self._scope(fig)
        words = {t.lower_ for t in scope} | {t.lemma_.lower() for t in scope}
        if words & self.hedged:
            return "hedged"
        if words & self.confirmed:
            return "confirmed"
        return "asserted"
