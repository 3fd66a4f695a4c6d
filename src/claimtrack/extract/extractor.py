"""The extraction pipeline for one document: cheap figure finding everywhere, the parser
only on sentences that hold a candidate, then unit, measure, source, status and time."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimtrack.config import Settings
from claimtrack.extract.attribution import Attribution, AttributionFinder, abbreviations
from claimtrack.extract.figures import Figure, FigureFinder
from claimtrack.extract.lexicon import Lexicon, load_lexicon
from claimtrack.extract.measures import MeasureMatcher
from claimtrack.extract.merge import Found, merge_mentions
from claimtrack.extract.parser import load_nlp
from claimtrack.extract.plain import PlainReader
from claimtrack.extract.sentences import Sentence, is_title_case, split_sentences
from claimtrack.extract.status import StatusReader
from claimtrack.extract.timex import TimeReader
from claimtrack.extract.tokens import tokenize
from claimtrack.extract.traps import TrapFilter
from claimtrack.extract.units import CountedThing, counted_thing
from claimtrack.packs import StoryPack
from claimtrack.records import Claim, CleanDocument, Mention

_TRAILING_ABBREV = re.compile(r"\s*\([A-Z]{2,8}\)$")


def _source_key(name: str) -> str:
    """One key for a source spelled out with or without its acronym."""
    return _TRAILING_ABBREV.sub("", name).replace("’", "'").lower().removeprefix("the ")


def _worth_keeping(fig: Figure, unit: str | None) -> bool:
    """A figure with nothing it counts is kept only when its form says it is a quantity
    (thousands separator or scale, bound, vague amount): a bare "12" is too often a label."""
    return (
        unit is not None or fig.grouped or fig.vague or fig.low is not None or fig.high is not None
    )


def _new_claim(doc: CleanDocument, s: Sentence, fig: Figure, **attrs: Any) -> Claim:
    """A claim for ``fig`` in sentence ``s``: its figure, bounds and one mention."""
    mention = Mention(
        s.start + fig.start, s.start + fig.end, s.text[fig.start : fig.end], s.start, s.end
    )
    return Claim(
        doc_id=doc.doc_id,
        quote=s.text,
        start=s.start,
        end=s.end,
        value=fig.value,
        low=fig.low,
        high=fig.high,
        approx=fig.approx,
        vague=fig.vague,
        mentions=[mention],
        **attrs,
    )


@dataclass
class Candidate:
    sentence: Sentence
    figures: list[Figure]


@dataclass
class Rejected:
    """A number left out, with the reason: kept for inspection and tests."""

    sentence: Sentence
    text: str
    reason: str


@dataclass
class _Prepared:
    """A document after the cheap pass, waiting for its sentences to be parsed."""

    doc: CleanDocument
    sentences: list[Sentence]
    by_start: dict[int, Candidate]
    to_parse: list[Sentence]
    rejected: list[Rejected]
    parsed: dict[int, Doc] = field(default_factory=dict)


@dataclass
class _DocState:
    """What reading a document carries from sentence to sentence."""

    doc: CleanDocument
    abbrevs: dict[str, str]
    doc_actors: set[str]
    history: list[str] = field(default_factory=list)  # sources named so far, in order
    para_attr: dict[int, Attribution] = field(default_factory=dict)
    known_via: dict[str, list[str]] = field(default_factory=dict)
    para_subject: dict[int, str] = field(default_factory=dict)
    para_actors: dict[int, set[str]] = field(default_factory=dict)

    def note_attribution(self, paragraph: int, attr: Attribution) -> None:
        self.para_attr[paragraph] = attr
        self.remember_via(attr)

    def remember_source(self, name: str) -> None:
        if name in self.history:
            self.history.remove(name)
        self.history.append(name)

    def remember_via(self, attr: Attribution) -> None:
        if attr.source:
            merged = self.known_via.setdefault(_source_key(attr.source), [])
            merged.extend(v for v in attr.via if v not in merged)


@dataclass
class _SentenceContext:
    sentence: Sentence
    sdoc: Doc
    lemmas: set[str]
    named: set[str] | None
    context: set[str] | None
    previous: Claim | None = None  # the sentence's last claim, for elliptical figures


class Extractor:
    """Holds the lexicon, the pack and the parser so many documents share one setup."""

    def __init__(
        self, pack: StoryPack | None = None, language: str = "en", settings: Settings | None = None
    ) -> None:
        self.settings = settings or Settings()
        self.lex: Lexicon = load_lexicon(language)
        self.pack = pack
        self.finder = FigureFinder(self.lex)
        self.traps = TrapFilter(self.lex)
        self.attribution = AttributionFinder(self.lex, pack)
        self.status = StatusReader(self.lex)
        self.time = TimeReader(self.lex)
        self.measures = MeasureMatcher(pack)
        self.plain = PlainReader(self.lex)
        self.label_nouns = self.lex.phrase_set("label_nouns")
        self.actor_names = {a.id: a.name for a in pack.actors} if pack else {}
        words = sorted(
            set(self.lex.number_words)
            | set(self.lex.vague_plurals)
            | set(self.lex.scales)
            | set(self.lex.mapping("fraction_words")),
            key=len,
            reverse=True,
        )
        glued = sorted(self.lex.mapping("vague_prefixes"), key=len, reverse=True)
        self._maybe_number = re.compile(
            r"\d|\b(?:" + "|".join(words) + r")\b" + "".join("|" + re.escape(g) for g in glued),
            re.IGNORECASE,
        )
        cues = sorted(self.lex.set_of["reporting_verbs"], key=len, reverse=True)
        self._attribution_cue = re.compile(
            r"\b(?:according|citing|" + "|".join(cues) + r")\w*\b", re.IGNORECASE
        )
        self.rejected: list[Rejected] = []

    @property
    def nlp(self) -> Language:
        return load_nlp(self.settings.spacy_model)

    # -- stage 1: candidates, no parser ----------------------------------------------------
    def candidates(self, text: str) -> tuple[list[Sentence], list[Candidate]]:
        sentences = split_sentences(
            text, bool(self.lex.data.get("ordinal_dot")), self.lex.set_of["months"]
        )
        out: list[Candidate] = []
        self.rejected = []
        for s in sentences:
            if not self._maybe_number.search(s.text):
                continue
            toks = tokenize(s.text, self.lex.spaced_groups, self.lex.digit_prefixes)
            title = is_title_case(s.text)
            kept = []
            for f in self.finder.find(s.text, toks):
                reason = self.traps.check(f, toks, s.text, title)
                if reason:
                    self.rejected.append(Rejected(s, s.text[f.start : f.end], reason))
                else:
                    kept.append(f)
            if kept:
                out.append(Candidate(s, kept))
        return sentences, out

    # -- stage 2 and 3 ----------------------------------------------------------------------
    def extract(self, doc: CleanDocument) -> list[Claim]:
        result = self.extract_many([doc])[0]
        if isinstance(result, Exception):
            raise result
        return result

    def extract_many(self, docs: list[CleanDocument]) -> list[list[Claim] | Exception]:
        """Extract several documents with one parser pass over all their candidate
        sentences (batching is what makes the parser fast); a document that fails gets its
        exception in its slot and the others go on."""
        prepared: list[_Prepared | Exception] = []
        for doc in docs:
            try:
                prepared.append(self._prepare(doc))
            except Exception as exc:  # one document's bug must not cost the batch
                prepared.append(exc)
        texts = [s.text for p in prepared if isinstance(p, _Prepared) for s in p.to_parse]
        if not self.lex.parsed:
            texts = []
            for p in prepared:
                if isinstance(p, _Prepared):
                    p.to_parse = []
        parsed = iter(self.nlp.pipe(texts, batch_size=64)) if texts else iter(())
        results: list[list[Claim] | Exception] = []
        for p in prepared:
            if isinstance(p, Exception):
                results.append(p)
                continue
            p.parsed = {s.start: next(parsed) for s in p.to_parse}
            try:
                results.append(self._read(p))
            except Exception as exc:
                results.append(exc)
        return results

    def _prepare(self, doc: CleanDocument) -> _Prepared:
        sentences, cands = self.candidates(doc.text)
        by_start = {c.sentence.start: c for c in cands}
        # parse candidate sentences, and attribution sentences in their paragraphs
        paragraphs_with_figures = {c.sentence.paragraph for c in cands}
        to_parse = [
            s
            for s in sentences
            if s.start in by_start
            or (s.paragraph in paragraphs_with_figures and self._attribution_cue.search(s.text))
        ]
        return _Prepared(doc, sentences, by_start, to_parse, list(self.rejected))

    def _read(self, p: _Prepared) -> list[Claim]:
        if not p.by_start:
            return []
        if not self.lex.parsed:
            return self._read_plain(p)
        doc = p.doc
        state = _DocState(doc, abbreviations(doc.text), self._main_actors(doc.text))
        found: list[Found] = []
        self.rejected = p.rejected
        for s in p.sentences:
            sdoc = p.parsed.get(s.start)
            if sdoc is None:
                continue
            cand = p.by_start.get(s.start)
            if cand is None:
                attr = self._sentence_attribution(sdoc, state)
                if attr is not None:
                    state.note_attribution(s.paragraph, attr)
                    if attr.source:
                        state.remember_source(attr.source)
                continue
            ctx = _SentenceContext(
                s, sdoc, {t.lemma_.lower() for t in sdoc}, *self._actors_in_scope(s, state)
            )
            for fig in cand.figures:
                claim, head_lemma = self._claim(state, ctx, fig)
                if claim is None:
                    continue
                ctx.previous = claim
                if claim.source and not s.block:
                    state.para_attr[s.paragraph] = Attribution(claim.source, claim.via)
                found.append(Found(claim, s.block, head_lemma))
        return merge_mentions(found)

    def _read_plain(self, p: _Prepared) -> list[Claim]:
        """The parser-free reading (see ``plain.py``), for languages without a parser."""
        reader = self.plain
        doc_actors = self._main_actors(p.doc.text)
        found: list[Found] = []
        para_source: dict[int, str] = {}
        for s in p.sentences:
            cand = p.by_start.get(s.start)
            if cand is None:
                src = reader.source(s.text)
                if src:
                    para_source[s.paragraph] = src
                continue
            toks = tokenize(s.text, self.lex.spaced_groups, self.lex.digit_prefixes)
            source = None if s.block else reader.source(s.text) or para_source.get(s.paragraph)
            if source and not s.block:
                para_source[s.paragraph] = source
            previous: Claim | None = None
            for fig in cand.figures:
                unit = reader.unit(fig, toks) or (previous.unit if previous else None)
                if not _worth_keeping(fig, unit):
                    continue
                claim = _new_claim(
                    p.doc,
                    s,
                    fig,
                    unit=unit,
                    measure=self.measures.match_words(
                        reader.measure_words(fig, toks, unit), s.text, doc_actors
                    ),
                    source=source,
                    certainty=reader.certainty(s.text, fig),
                    status=reader.status(s.text, fig),
                    as_of=self.time.as_of(s.text, fig.start, p.doc.published),
                )
                previous = claim
                found.append(Found(claim, s.block, unit))
        return merge_mentions(found)

    def _main_actors(self, text: str) -> set[str]:
        """Actors the document is about: those named at least twice."""
        if self.pack is None:
            return set()
        counts = {a: len(p.findall(text)) for a, p in self.measures.actor_patterns.items()}
        return {a for a, n in counts.items() if n >= 2}

    def _actors_in_scope(
        self, s: Sentence, state: _DocState
    ) -> tuple[set[str] | None, set[str] | None]:
        """Actors named in ``s``, and those its figures may otherwise be about: named earlier
        in the paragraph or the document's main actors. A measure about an actor applies
        only when that actor is in scope, so figures of other stories stay "other"."""
        if self.pack is None:
            return None, None
        named = set(self.measures.actors_in(s.text))
        earlier = state.para_actors.setdefault(s.paragraph, set())
        context = named | earlier | state.doc_actors
        earlier.update(named)
        return named, context

    def _scope(self, ctx: _SentenceContext, thing: CountedThing) -> set[str] | None:
        """The actors in scope for one figure: when its clause's subject or its own noun
        phrase names an actor ("Russia launched 112 drones"), only what the sentence names."""
        if ctx.named is None:
            return None
        return ctx.named if self._subject_ids(thing) else ctx.context

    def _sentence_attribution(self, sdoc: Doc, state: _DocState) -> Attribution | None:
        root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
        if root is None:
            return None
        return self.attribution.attribute(sdoc, root, state.abbrevs, state.history)

    def _unit(self, fig: Figure, thing: CountedThing, ctx: _SentenceContext) -> str | None:
        """What the figure counts; an elliptical figure ("41 in 2023") borrows the unit of
        the sentence's previous figure."""
        if fig.percent:
            return "percent"
        if fig.currency is not None:
            return fig.currency
        if thing.unit is not None:
            return thing.unit
        prev = ctx.previous
        if prev is not None and prev.unit is not None:
            thing.borrowed_from = prev
            return prev.unit
        return None

    def _claim(
        self, state: _DocState, ctx: _SentenceContext, fig: Figure
    ) -> tuple[Claim | None, str | None]:
        s, sdoc = ctx.sentence, ctx.sdoc
        span = sdoc.char_span(fig.num_start, fig.num_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None, None
        full = sdoc.char_span(fig.num_start, fig.end, alignment_mode="expand") or span
        thing = counted_thing(sdoc, full if fig.percent else span, fig.percent, self.lex)
        unit = self._unit(fig, thing, ctx)
        if (unit is None and fig.words_only) or not _worth_keeping(fig, unit):
            self.rejected.append(Rejected(s, s.text[fig.start : fig.end], "no_unit"))
            return None, None
        if (
            thing.head is not None
            and not thing.of_tokens
            and thing.head.lemma_.lower() in self.label_nouns
        ):
            self.rejected.append(Rejected(s, s.text[fig.start : fig.end], "designation"))
            return None, None
        if thing.borrowed_from is not None:
            measure = thing.borrowed_from.measure
        else:
            measure = self.measures.match(
                thing, fig.percent, fig.currency is not None, ctx.lemmas, self._scope(ctx, thing)
            )
        anchor = span.root
        attr = self._attribution(state, ctx, anchor)
        subject = self._subject(thing)
        if subject:
            state.para_subject[s.paragraph] = subject
        else:
            subject = state.para_subject.get(s.paragraph)
        claim = _new_claim(
            state.doc,
            s,
            fig,
            unit=unit,
            measure=measure,
            subject=subject,
            source=attr.source if attr else None,
            via=attr.via if attr else [],
            certainty=self.status.certainty(anchor),
            status=self.status.status(anchor),
            as_of=self.time.as_of(s.text, fig.start, state.doc.published),
        )
        head = thing.head or next(
            (t for t in reversed(thing.of_tokens) if t.pos_ in ("NOUN", "PROPN")), None
        )
        head_lemma = head.lemma_.lower() if head is not None else None
        return claim, head_lemma

    def _attribution(
        self, state: _DocState, ctx: _SentenceContext, anchor: Token
    ) -> Attribution | None:
        """This sentence's attribution, else the one carried from earlier in the paragraph;
        intermediaries seen with the same source earlier in the document are appended."""
        s = ctx.sentence
        if s.block:
            return None
        attr = self.attribution.attribute(ctx.sdoc, anchor, state.abbrevs, state.history)
        if attr is None:
            carried = state.para_attr.get(s.paragraph)
            if carried is None:
                return None
            attr = Attribution(carried.source, list(carried.via), inherited=True)
        if attr.source:
            if not attr.inherited:
                state.remember_source(attr.source)
            prior = state.known_via.get(_source_key(attr.source), [])
            attr.via += [v for v in prior if v not in attr.via and v != attr.source]
            state.remember_via(attr)
        return attr

    def _subject_ids(self, thing: CountedThing) -> list[str]:
        """Actors named in the figure's noun phrase, else in its clause's subject."""
        ids = self.measures.actors_in(" ".join(t.text for t in thing.modifiers))
        if ids or thing.verb is None:
            return ids
        if thing.verb.lemma_.lower() in self.lex.set_of["reporting_verbs"]:
            return []  # "Seoul put casualties at 4,700": Seoul is the source, not the subject
        for c in thing.verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                ids = self.measures.actors_in(" ".join(t.text for t in c.subtree))
                if ids:
                    return ids
        return []

    def _subject(self, thing: CountedThing) -> str | None:
        """The actor a figure is about."""
        if self.pack is None:
            return None
        ids = self._subject_ids(thing)
        return self.actor_names[ids[0]] if ids else None


_DEFAULT: dict[tuple[str, str], Extractor] = {}


def _extractor(pack: StoryPack | None, language: str) -> Extractor:
    """One ``Extractor`` per pack and language, built on first use."""
    key = (pack.name if pack else "", language)
    ex = _DEFAULT.get(key)
    if ex is None or ex.pack is not pack:
        ex = _DEFAULT[key] = Extractor(pack, language=language)
    return ex


def extract(doc: CleanDocument, pack: StoryPack | None = None) -> list[Claim]:
    """Extract the claims of one cleaned document."""
    return _extractor(pack, doc.language or "en").extract(doc)


def extract_many(
    docs: list[CleanDocument], pack: StoryPack | None = None
) -> list[list[Claim] | Exception]:
    """Extract many documents, parsing their candidate sentences in shared batches."""
    results: list[list[Claim] | Exception] = [[] for _ in docs]
    by_language: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        by_language.setdefault(doc.language or "en", []).append(i)
    for language, idx in by_language.items():
        batch = _extractor(pack, language).extract_many([docs[i] for i in idx])
        for i, result in zip(idx, batch, strict=True):
            results[i] = result
    return results
