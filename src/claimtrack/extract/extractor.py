"""The extraction pipeline for one document: cheap figure finding everywhere, the parser
only on sentences that hold a candidate, then unit, measure, source, status and time."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimtrack.config import Settings
from claimtrack.extract.attribution import Attribution, AttributionFinder, abbreviations
from claimtrack.extract.figures import Figure, FigureFinder
from claimtrack.extract.lexicon import Lexicon, load_lexicon
from claimtrack.extract.measures import MeasureMatcher
from claimtrack.extract.merge import Found, merge_mentions
from claimtrack.extract.parser import load_nlp
from claimtrack.extract.sentences import Sentence, is_title_case, split_sentences
from claimtrack.extract.status import StatusReader
from claimtrack.extract.timex import TimeReader
from claimtrack.extract.tokens import tokenize
from claimtrack.extract.traps import TrapFilter
from claimtrack.extract.units import counted_thing
from claimtrack.packs import StoryPack
from claimtrack.records import Claim, CleanDocument, Mention


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
        words = sorted(
            set(self.lex.number_words) | set(self.lex.vague_plurals) | set(self.lex.scales),
            key=len,
            reverse=True,
        )
        self._maybe_number = re.compile(r"\d|\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
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
        sentences = split_sentences(text)
        out: list[Candidate] = []
        self.rejected = []
        for s in sentences:
            if not self._maybe_number.search(s.text):
                continue
            toks = tokenize(s.text)
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
        sentences, cands = self.candidates(doc.text)
        if not cands:
            return []
        by_start = {c.sentence.start: c for c in cands}
        # parse candidate sentences, and attribution sentences earlier in their paragraphs
        paragraphs_with_figures = {c.sentence.paragraph for c in cands}
        to_parse = [
            s
            for s in sentences
            if s.start in by_start
            or (s.paragraph in paragraphs_with_figures and self._attribution_cue.search(s.text))
        ]
        parsed = dict(
            zip((s.start for s in to_parse), self.nlp.pipe(s.text for s in to_parse), strict=True)
        )
        abbrevs = abbreviations(doc.text)
        found: list[Found] = []
        para_attr: dict[int, Attribution] = {}
        last_attr: Attribution | None = None
        known_via: dict[str, list[str]] = {}
        para_subject: dict[int, str] = {}
        for s in sentences:
            sdoc = parsed.get(s.start)
            if sdoc is None:
                continue
            cand = by_start.get(s.start)
            if cand is None:
                attr = self._sentence_attribution(sdoc, abbrevs, last_attr)
                if attr is not None:
                    para_attr[s.paragraph] = attr
                    last_attr = attr
                    self._remember_via(attr, known_via)
                continue
            lemmas = {t.lemma_.lower() for t in sdoc}
            for fig in cand.figures:
                span = sdoc.char_span(fig.num_start, fig.num_end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                full = sdoc.char_span(fig.num_start, fig.end, alignment_mode="expand") or span
                claim, head_lemma = self._claim(
                    doc,
                    s,
                    sdoc,
                    fig,
                    span,
                    full,
                    lemmas,
                    abbrevs,
                    last_attr,
                    para_attr,
                    known_via,
                    para_subject,
                )
                if claim is None:
                    continue
                if claim.source and not s.block:
                    attr = Attribution(claim.source, claim.via)
                    para_attr[s.paragraph] = attr
                    last_attr = attr
                found.append(Found(claim, s.block, head_lemma))
        return merge_mentions(found)

    def _sentence_attribution(
        self, sdoc: Doc, abbrevs: dict[str, str], last: Attribution | None
    ) -> Attribution | None:
        root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
        if root is None:
            return None
        return self.attribution.attribute(sdoc, root, abbrevs, last)

    @staticmethod
    def _remember_via(attr: Attribution, known: dict[str, list[str]]) -> None:
        if attr.source:
            merged = known.setdefault(attr.source, [])
            merged.extend(v for v in attr.via if v not in merged)

    def _claim(
        self,
        doc: CleanDocument,
        s: Sentence,
        sdoc: Doc,
        fig: Figure,
        span: Span,
        full: Span,
        lemmas: set[str],
        abbrevs: dict[str, str],
        last_attr: Attribution | None,
        para_attr: dict[int, Attribution],
        known_via: dict[str, list[str]],
        para_subject: dict[int, str],
    ) -> tuple[Claim | None, str | None]:
        thing = counted_thing(sdoc, full if fig.percent else span, fig.percent, self.lex)
        money = fig.currency is not None
        unit = "percent" if fig.percent else (fig.currency if money else thing.unit)
        if unit is None and (
            fig.words_only
            or not (fig.grouped or fig.vague or fig.low is not None or fig.high is not None)
        ):
            self.rejected.append(Rejected(s, s.text[fig.start : fig.end], "no_unit"))
            return None, None
        measure = self.measures.match(thing, fig.percent, money, lemmas)
        anchor = span.root
        # attribution: this sentence, else carried from earlier in the paragraph
        attr = None if s.block else self.attribution.attribute(sdoc, anchor, abbrevs, last_attr)
        if attr is None and not s.block:
            carried = para_attr.get(s.paragraph)
            if carried is not None:
                attr = Attribution(carried.source, list(carried.via), inherited=True)
        if attr is not None and attr.source:
            prior = known_via.get(attr.source, [])
            attr.via += [v for v in prior if v not in attr.via and v != attr.source]
            self._remember_via(attr, known_via)
        # subject: an actor named in the counted phrase or the clause's subject
        subject = self._subject(thing, anchor, s.text)
        if subject:
            para_subject[s.paragraph] = subject
        else:
            subject = para_subject.get(s.paragraph)
        mention = Mention(
            start=s.start + fig.start,
            end=s.start + fig.end,
            text=s.text[fig.start : fig.end],
            sentence_start=s.start,
            sentence_end=s.end,
        )
        claim = Claim(
            doc_id=doc.doc_id,
            quote=s.text,
            start=s.start,
            end=s.end,
            value=fig.value,
            low=fig.low,
            high=fig.high,
            approx=fig.approx,
            vague=fig.vague,
            unit=unit,
            measure=measure,
            subject=subject,
            source=attr.source if attr else None,
            via=attr.via if attr else [],
            certainty=self.status.certainty(anchor),
            status=self.status.status(anchor),
            as_of=self.time.as_of(s.text, fig.start, doc.published),
            mentions=[mention],
        )
        head_lemma = thing.head.lemma_.lower() if thing.head is not None else None
        return claim, head_lemma

    def _subject(self, thing: object, anchor: object, text: str) -> str | None:
        if self.pack is None:
            return None
        from spacy.tokens import Token

        assert isinstance(anchor, Token)
        names = {a.id: a.name for a in self.pack.actors}
        mods = getattr(thing, "modifiers", [])
        ids = self.measures.actors_in(" ".join(t.text for t in mods))
        if ids:
            return names[ids[0]]
        verb = getattr(thing, "verb", None)
        if verb is not None:
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    ids = self.measures.actors_in(" ".join(t.text for t in c.subtree))
                    if ids:
                        return names[ids[0]]
        return None


_DEFAULT: dict[tuple[str, str], Extractor] = {}


def extract(doc: CleanDocument, pack: StoryPack | None = None) -> list[Claim]:
    """Extract the claims of one cleaned document (an ``Extractor`` is cached per pack)."""
    key = (pack.name if pack else "", doc.language or "en")
    ex = _DEFAULT.get(key)
    if ex is None or ex.pack is not pack:
        ex = _DEFAULT[key] = Extractor(pack, language=doc.language or "en")
    return ex.extract(doc)
