"""The extraction pipeline for one document: cheap figure finding everywhere, the parser
only on sentences that hold a candidate, then unit, measure, source, status and time."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimtrack.config import Settings
from claimtrack.extract.attribution import (
    Attribution,
    AttributionFinder,
    NamedSubject,
    abbreviations,
)
from claimtrack.extract.briefed import drop_self_via, relay_briefed, relay_in_paragraphs
from claimtrack.extract.fact_lines import box_credit, closing_credit
from claimtrack.extract.figures import Figure, FigureFinder
from claimtrack.extract.kinds import KindReader
from claimtrack.extract.lexicon import Lexicon, load_lexicon
from claimtrack.extract.measures import MeasureMatcher
from claimtrack.extract.merge import Found, Merger
from claimtrack.extract.pack_sources import PackSources
from claimtrack.extract.parser import load_nlp
from claimtrack.extract.parts import PartReader
from claimtrack.extract.plain import PlainAttributions, PlainReader, acronyms
from claimtrack.extract.predicates import PredicateReader
from claimtrack.extract.quoted_runs import QuotedRuns
from claimtrack.extract.quotes import QuoteReader
from claimtrack.extract.roles import People, RoleReader
from claimtrack.extract.sentences import Sentence, is_title_case, iter_sentences
from claimtrack.extract.signed_letters import SignedLetters
from claimtrack.extract.status import StatusReader
from claimtrack.extract.tables import Cell, TableCells, TableReader
from claimtrack.extract.timex import (
    BACK_REFERENCE_CHARS,
    TimeReader,
    ahead_of,
    aside_spans,
    past_tense,
)
from claimtrack.extract.tokens import Tok, tokenize
from claimtrack.extract.traps import TrapFilter
from claimtrack.extract.turns import Turn, TurnReader
from claimtrack.extract.units import CountedThing, counted_thing
from claimtrack.packs import StoryPack
from claimtrack.records import Claim, CleanDocument, LeftOut, Mention

_TRAILING_ABBREV = re.compile(r"\s*\([A-Z]{2,8}\)$")
#: A digit anywhere: a sentence holding one may hold a figure, found without trying the
#: number words at every position before it (``Extractor._maybe_number``)
_DIGIT = re.compile(r"\d")


def _source_key(name: str) -> str:
    """One key for a source spelled out with or without its acronym."""
    return _TRAILING_ABBREV.sub("", name).replace("’", "'").lower().removeprefix("the ")


def _worth_keeping(fig: Figure, unit: str | None) -> bool:
    """A figure with nothing it counts is kept only when its form says it is a quantity
    (thousands separator or scale, bound, vague amount): a bare "12" is too often a label."""
    return (
        unit is not None or fig.grouped or fig.vague or fig.low is not None or fig.high is not None
    )


#: Fewer people than this who say something are its speakers ("two officials said")
_FEW_SPEAKERS = 10
#: What may follow a figure that closes its clause, and what opens the clause before it.
_CLAUSE_CLOSERS = frozenset({".", ",", ";", "!"})
_OPENERS = frozenset({".", ",", ";", ":", "!", "?", "(", "—", "–"})
#: How many words back a clause's subject may open before a figure closing it.
_SUBJECT_REACH = 12

_CLAUSE_MARKS = re.compile(r"[,;:()\[\]\"“”„«»–—،؛]")  # and Arabic's comma, semicolon


def _bare_share(
    fig: Figure, toks: list[Tok], claim: Claim, previous: Claim | None, of_words: frozenset[str]
) -> bool:
    """Whether ``fig`` is a percentage naming nothing it is a share of (nothing or a mark
    after it, no "of" word) read as no measure, after a share of a measure in its sentence."""
    if not fig.percent or claim.measure != "other" or previous is None:
        return False
    if previous.measure == "other" or previous.unit != "percent":
        return False
    after = toks[fig.tok_end] if fig.tok_end < len(toks) else None
    if after is not None and after.text in ("%", "％"):
        after = toks[fig.tok_end + 1] if fig.tok_end + 1 < len(toks) else None
    return after is None or not after.is_alpha or after.lower not in of_words


def _clause_of(sentence: str, fig: Figure) -> str:
    """The stretch of ``sentence`` around ``fig`` between clause marks: the actors a measure
    is about must be named there, else the document's main actors stand in. A place named
    in another clause ("..., teilte der Dienst Abgeordneten in Seoul mit") is where a figure
    was told, not whose soldiers it counts."""
    marks = [m.start() for m in _CLAUSE_MARKS.finditer(sentence)]
    left = max((m for m in marks if m < fig.start), default=-1) + 1
    right = min((m for m in marks if m >= fig.end), default=len(sentence))
    return sentence[left:right]


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
    """A number left out, with the reason: kept for inspection and tests (the first
    ``MAX_REJECTED`` of a document; each holds its sentence, so an unbounded log would
    keep a whole hostile document alive)."""

    sentence: Sentence
    text: str
    reason: str
    start: int = 0  # offsets of ``text`` in the document
    end: int = 0


def _rejected(s: Sentence, start: int, end: int, reason: str) -> Rejected:
    """A number of sentence ``s`` left out, at sentence offsets ``start:end``."""
    return Rejected(s, s.text[start:end], reason, s.start + start, s.start + end)


#: Numbers left out that a document keeps a record of; past this they are only counted out.
MAX_REJECTED = 1_000


def _note(rejected: list[Rejected], item: Rejected) -> None:
    if len(rejected) < MAX_REJECTED:
        rejected.append(item)


#: ``on_progress(doc_id, done_chars, total_chars)``: how far extraction has read into a
#: document, in characters of its cleaned text; called after each chunk of lines.
ProgressCallback = Callable[[str, int, int], None]

#: A sentence holding more figures than this is read without the parser (as ``plain.py``
#: reads other languages): every parsed figure costs scans of its whole sentence, and a
#: list of thousands of figures is not prose the parser can read anyway. Real sentences
#: hold at most a handful.
MAX_PARSED_FIGURES = 12
#: A document is prepared, parsed and read in chunks of whole lines of about this many
#: characters, so a long document holds one chunk's work at a time and reports progress.
CHUNK_CHARS = 50_000
#: How far into a document its opening may say when its figures hold ("as of August").
FRAME_CHARS = 1_500
#: Sentences the parser takes at once.
PARSE_BATCH = 64


@dataclass
class _DocRun:
    """One document being extracted chunk by chunk: what reading carries across chunks.
    Mentions are merged into claims as they are found (``Merger``), at most
    ``max_claims`` of them, so a document of countless figures holds a bounded number."""

    doc: CleanDocument
    max_claims: int | None = None
    merger: Merger = field(init=False)
    rejected: list[Rejected] = field(default_factory=list)
    error: Exception | None = None
    state: _DocState | None = None  # the parsed reading's, built at the first candidate
    doc_actors: set[str] | None = None  # the parser-free reading's
    attributions: PlainAttributions | None = None  # the parser-free reading's
    last_claim: Claim | None = None  # the parser-free reading's latest (parts.py)
    last_claim_paragraph: int = -1  # the paragraph of ``last_claim``
    dated: str | None = None  # the parser-free reading's latest day heading (a live blog's)
    figures_seen: bool = False  # a prose sentence with figures was read: a date line is a heading
    names: PackSources | None = None  # the parser-free reading's: the pack's names of sources
    cells: TableCells | None = None  # the parser-free reading's: table cells (tables.py)
    letters: SignedLetters | None = None  # the language's salutations and sign-offs
    time: TimeReader | None = None  # the language's time words (``planned_ahead``)

    def __post_init__(self) -> None:
        self.merger = Merger(self.max_claims)

    def keep(self, found: list[Found]) -> None:
        for f in found:
            self.merger.add(f)

    def result(self) -> list[Claim] | Exception:
        if self.error is not None:
            return self.error
        try:
            claims = self.merger.claims()
        except Exception as exc:  # one document's bug must not cost the batch
            return exc
        if self.letters is not None:  # "С уважением, сотрудники подстанции" (signed_letters.py)
            self.letters.sign(claims, self.doc.text)
        if self.time is not None:
            for c in claims:
                if c.status == "planned":  # "se licitará en marzo": next March
                    c.as_of = self.time.planned_ahead(c.as_of, c.quote, self.doc.published)
                elif c.status == "reported" and ahead_of(c.as_of, self.doc.published):
                    c.status = "planned"  # "来年1月末までに6000人送り込む": it lies ahead
        if self.attributions is not None:  # the parser-free reading's
            # "農林水産省" … "農水省によると": the full name with the short form the
            # document uses later, "農林水産省（農水省）" (extract/unspaced.py)
            for c in claims:
                if c.source is not None:
                    # "podaje MOPS": the body its letters spell, named in full by a sentence
                    c.source = self.attributions.spelled_out(c.source)
            sources = [c.source for c in claims]
            renamed = self.attributions.reader.one_name_per_source(sources, self.doc.text)
            for c in claims:
                c.source = renamed.get(c.source or "", c.source)
                if self.names is not None:  # "l'intelligence di Seul (NIS)": the pack's name
                    c.source = self.names.named(c.source)
            # "– relacjonuje Ryu" above the entry telling of the NIS briefing (briefed.py)
            reader = self.attributions.reader
            drop_self_via(claims, reader.briefing_words.unspaced)
            relay_briefed(claims, self.doc.text, reader.briefing_words, reader.briefing_subject)
            if self.names is not None:
                names = self.names
                relay_in_paragraphs(
                    claims,
                    self.doc.text,
                    reader.briefing_words,
                    names.briefer_in,
                    names.is_pack_source,
                )
        self.doc.claims_capped = self.max_claims if self.merger.capped else None
        self.doc.left_out = [LeftOut(r.start, r.end, r.text, r.reason) for r in self.rejected]
        return claims


@dataclass
class _Chunk:
    """Whole lines of one document after the cheap pass, waiting to be parsed and read."""

    run: _DocRun
    sentences: list[Sentence]
    by_start: dict[int, Candidate]
    to_parse: list[Sentence]
    end: int  # offset in the document text where the chunk's last line ends


def _line_chunks(sentences: Iterable[Sentence], limit: int) -> Iterator[tuple[list[Sentence], int]]:
    """Sentences grouped into runs of about ``limit`` characters, cut between lines (the
    parsed reading looks at a sentence's paragraph), or inside a line four times longer,
    which is no paragraph of prose; each with the offset where it ends. At least one.
    Lazy, so only the chunk being read holds its sentences."""
    part: list[Sentence] = []
    begin = 0
    for s in sentences:
        if part and (
            (s.start - begin >= limit and s.paragraph != part[-1].paragraph)
            or s.start - begin >= 4 * limit
        ):
            yield part, part[-1].end
            part, begin = [], s.start
        part.append(s)
    yield part, part[-1].end if part else 0


#: The words of a label, its punctuation off.
_LABEL_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: The most words a label before its figure's colon holds, and between the colon and it.
_LABEL_WORDS = 12
_AFTER_COLON_WORDS = 3


#: The longest line a fact box holds as one sentence of its own.
_BOX_LINE_CHARS = 120


def _short_line(text: str, s: Sentence) -> bool:
    """Whether the sentence is a short line of its own ("Dic. 2024 ██████ 5,8 mill."): a
    box's line, though it ends with a full stop."""
    return (
        len(s.text) <= _BOX_LINE_CHARS
        and (s.start == 0 or text[s.start - 1] == "\n")
        and text[s.end : s.end + 1] in ("", "\n")
    )


def _label_of(sentence: str, fig: Figure) -> str | None:
    """The label a line gives its figure before a colon ("Muertos y heridos, según el NIS:
    unos 6.000", "Contenedores cargados en Rajin: unos 31.000"): the words before the
    sentence's first colon, where the figure follows it within a few words; else None."""
    colon = sentence.find(":")
    if colon < 0 or fig.start < colon:
        return None
    label, between = sentence[:colon], sentence[colon + 1 : fig.start]
    if any(ch.isdigit() for ch in between) or len(between.split()) > _AFTER_COLON_WORDS:
        return None
    if not label.strip() or len(label.split()) > _LABEL_WORDS:
        return None
    return label


def _heading_day(dated: str | None, doc: CleanDocument) -> str | None:
    """The day a heading line above names ("Monday 30 November 2026" in a live blog), when
    it is not the report's own: its entries hold at it, and their weekdays count from it."""
    return dated if dated is not None and dated != (doc.published or "")[:10] else None


def _drain(sdocs: Iterator[Doc], run: _DocRun) -> None:
    """Consume what a failed chunk left of its parsed sentences, so the parser stream stays
    aligned with the chunks that follow."""
    try:
        for _ in sdocs:
            pass
    except Exception as exc:  # the parser itself failed: this document records why
        run.error = run.error or exc


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
    # the document's layout (English): transcript turns by line, table cells, people
    turns: dict[int, Turn] = field(default_factory=dict)
    cells: TableCells = field(default_factory=lambda: TableCells({}))
    people: People | None = None
    turn_line: int = -1  # the last line whose speaker was made the latest source
    quoted: dict[int, str] = field(default_factory=dict)  # sentence start -> closing speaker
    frame_as_of: str | None = None  # "estimates as of August 2025" in the document's opening
    para_as_of: dict[int, str] = field(default_factory=dict)  # paragraph -> latest claim's time
    dated: str | None = None  # the day a heading line above names (a live blog's day)
    # paragraph -> the latest sentence with claims, and its first claim's time (None: the
    # report's own, or "since X" up to it)
    para_time: dict[int, tuple[int, str | None]] = field(default_factory=dict)
    last_as_of: str | None = None  # the latest claim's time (not "since X")

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
        self.source_labels = frozenset(w.lower() for w in self.lex.words("source_labels"))
        self.pack = pack
        self.finder = FigureFinder(self.lex)
        self.traps = TrapFilter(self.lex)
        self.attribution = AttributionFinder(self.lex, pack)
        self.status = StatusReader(self.lex)
        self.time = TimeReader(self.lex)
        self._saying = frozenset(self.lex.words("reporting_verbs"))
        self.kinds = KindReader(self.lex)
        self.predicates = PredicateReader(self.lex)
        self.measures = MeasureMatcher(
            pack,
            self.lex.words("place_prepositions"),
            self.lex.words("recipient_verbs"),
            self.lex.words("change_prepositions"),
            self.lex.phrase_set("ranges", "paired_joiners"),
            self.lex.phrase_set("number_articles"),
        )
        self.plain = PlainReader(self.lex)
        self.pack_sources = PackSources(pack, self.plain.cues.articles)
        self.plain.pronoun_parts.measures = self.measures  # a part is about its whole's actor
        self.parts = PartReader(self.lex)
        self.quoted_runs = QuotedRuns(self.lex)
        self.letters = SignedLetters(self.lex)
        self.turns = TurnReader(self.lex)
        self.tables = TableReader(self.lex)
        self.roles = RoleReader(self.lex)
        self.quotes = QuoteReader(self.lex)
        self.label_nouns = self.lex.phrase_set("label_nouns")
        #: nouns of the people who speak ("officials", "people"): a few of them saying
        #: something are its speakers (``_counts_speakers``)
        self._speaker_nouns = self.lex.phrase_set("person_nouns") | self.lex.phrase_set(
            "speaker_nouns"
        )
        # a clause's subject opening with its article (``_subject_counted``); unspaced
        # scripts and the parsed language read subjects otherwise
        self._articles = (
            frozenset(w.lower() for w in self.lex.words("number_articles"))
            if not self.lex.unspaced and not self.lex.data.get("parser")
            else frozenset()
        )
        self._count_nouns = self.lex.phrase_set("count_nouns")
        self._generic_people = self.lex.phrase_set("generic_people")
        # measures counting the actor's people where they are (troops, sappers, workers)
        self._stock_of_people = frozenset(
            m.id for m in (pack.measures if pack is not None else ()) if m.people or m.activities
        )
        self._nouns_capitalised = bool(self.lex.data.get("nouns_capitalised"))
        self._multiple_units = self.lex.phrase_set("multiple_units")
        self._factor_heads = frozenset(
            k.lower().split()[-1] for k in self.lex.mapping("factor_words")
        )
        self._factor_comparisons = self.lex.phrase_set("factor_comparisons")
        self.actor_names = {a.id: a.name for a in pack.actors} if pack else {}
        words = sorted(
            set(self.lex.number_words)
            | set(self.lex.vague_plurals)
            | set(self.lex.scales)
            | set(self.lex.mapping("fraction_words"))
            | set(self.lex.words("every_words"))  # "co trzeci": one in every N (figures.py)
            # "twice", "il doppio", "dreimal so": each multiple's longest word
            | {max(k.split(), key=len) for k in self.lex.mapping("factor_words")}
            # "kilka tys.": a multiplier before an abbreviated scale, no scale word to find
            # (one-word multipliers: "a few" would let every sentence with "a" through)
            | {m for m in self.lex.vague_multipliers if " " not in m},
            key=len,
            reverse=True,
        )
        glued = sorted(
            {
                *self.lex.mapping("vague_prefixes"),
                *self.lex.mapping("shares"),
                *self.finder.duals,
                *self.lex.mapping("digit_counts"),  # "zweistelligen": inflected after it
            },
            key=len,
            reverse=True,
        )
        if self.lex.unspaced is not None:  # "两名": numerals stand inside runs
            glued += list(self.lex.unspaced.numerals)
        self._maybe_number = re.compile(
            r"\d|\b(?:" + "|".join(words) + r")\b" + "".join("|" + re.escape(g) for g in glued),
            re.IGNORECASE,
        )
        cues = sorted(
            self.lex.set_of["reporting_verbs"] | self.lex.phrase_set("reporting_verb_forms"),
            key=len,
            reverse=True,
        )
        self._background_cues = tuple(self.lex.words("background_cues"))
        self._continuations = tuple(self.lex.words("continuation_openers"))
        it = "|".join(map(re.escape, sorted(self.lex.phrase_set("body_pronouns"))))
        # "it" opening a sentence or a clause (", it put the total at"), not "most of it"
        self._it = re.compile(rf"(?:^\W*|[,;:]\s+)(?i:{it or '(?!)'})\s")
        # "«…,» she said": a quotation's tag whose pronoun means the person named before
        told = "|".join(map(re.escape, sorted(self.lex.phrase_set("person_pronouns"))))
        self._tagged_pronoun = re.compile(rf"[,.!?][\"”’']?\s+(?:{told or '(?!)'})\s")
        frame = "|".join(re.escape(w) for w in self.lex.words("frame_time_cues"))
        self._frame_cue = re.compile(rf"\b(?:{frame or '(?!)'})\s+", re.IGNORECASE)
        self._attribution_cue = re.compile(
            r"\b(?:according|citing|" + "|".join(cues) + r")\w*\b", re.IGNORECASE
        )
        self.rejected: list[Rejected] = []

    @property
    def nlp(self) -> Language:
        return load_nlp(self.settings.spacy_model)

    # -- stage 1: candidates, no parser ----------------------------------------------------
    def candidates(self, text: str) -> tuple[list[Sentence], list[Candidate]]:
        sentences = self._split(text)
        self.rejected = []
        return sentences, self._find_candidates(sentences, self.rejected)

    def _split(self, text: str) -> list[Sentence]:
        return list(self._iter_split(text))

    def _iter_split(self, text: str) -> Iterator[Sentence]:
        return iter_sentences(
            text,
            bool(self.lex.data.get("ordinal_dot")),
            self.lex.set_of["months"],
            self.lex.phrase_set("abbreviations"),
        )

    def _find_candidates(
        self, sentences: list[Sentence], rejected: list[Rejected]
    ) -> list[Candidate]:
        """Figures that pass the trap checks, sentence by sentence; the others go to
        ``rejected`` with their reason."""
        out: list[Candidate] = []
        for s in sentences:
            if not (_DIGIT.search(s.text) or self._maybe_number.search(s.text)) and not (
                self.finder.number_words and self.finder.number_words.maybe(s.text)
            ):
                continue
            toks = tokenize(
                s.text, self.lex.spaced_groups, self.lex.digit_prefixes, self.lex.unspaced
            )
            title = is_title_case(s.text)
            kept = []
            for f in self.finder.find(s.text, toks):
                reason = self.traps.check(f, toks, s.text, title)
                if reason:
                    _note(rejected, _rejected(s, f.start, f.end, reason))
                else:
                    kept.append(f)
            if kept:
                out.append(Candidate(s, kept))
        return out

    # -- stage 2 and 3 ----------------------------------------------------------------------
    def extract(
        self,
        doc: CleanDocument,
        on_progress: ProgressCallback | None = None,
        max_claims: int | None = None,
    ) -> list[Claim]:
        result = self.extract_many([doc], on_progress, max_claims)[0]
        if isinstance(result, Exception):
            raise result
        return result

    def extract_many(
        self,
        docs: list[CleanDocument],
        on_progress: ProgressCallback | None = None,
        max_claims: int | None = None,
    ) -> list[list[Claim] | Exception]:
        """Extract several documents with one parser stream over all their candidate
        sentences (batching is what makes the parser fast); a document that fails gets its
        exception in its slot and the others go on.

        Each document is prepared, parsed and read a chunk of lines at a time, the parser
        running only a batch ahead of the reader, so memory stays bounded however long a
        document is, and ``on_progress(doc_id, done_chars, total_chars)`` is called after
        each chunk (``done_chars`` reaches ``total_chars`` at the document's end).

        At most ``max_claims`` claims (default: the settings') are kept per document: the
        first distinct figures in reading order. A document that held more is still read to
        its end (so repeats of kept figures still join their claims) and its
        ``claims_capped`` is set to the cap, for ingest to warn about."""
        limit = max_claims if max_claims is not None else self.settings.max_claims_per_document
        runs = [_DocRun(doc, limit, letters=self.letters, time=self.time) for doc in docs]
        ahead, behind = itertools.tee(self._chunks(runs))
        parsed = self._parse(s.text for chunk in ahead for s in chunk.to_parse)
        for chunk in behind:
            sdocs = itertools.islice(parsed, len(chunk.to_parse))
            self._read_chunk(chunk, sdocs)
            _drain(sdocs, chunk.run)
            if on_progress is not None:
                on_progress(chunk.run.doc.doc_id, chunk.end, len(chunk.run.doc.text))
        if runs:
            self.rejected = runs[-1].rejected
        return [run.result() for run in runs]

    def _parse(self, texts: Iterator[str]) -> Iterator[Doc]:
        """The parser over ``texts``, lazily: the model loads only when a sentence needs it
        and only one batch of parsed sentences is alive at a time."""
        first = next(texts, None)
        if first is None:
            return
        yield from self.nlp.pipe(itertools.chain([first], texts), batch_size=PARSE_BATCH)

    def _chunks(self, runs: list[_DocRun]) -> Iterator[_Chunk]:
        """Every document's chunks, in order, prepared as the parser or the reader first
        asks for them; a document that fails to prepare records why and yields no more."""
        for run in runs:
            parts = _line_chunks(self._iter_split(run.doc.text), CHUNK_CHARS)
            while True:
                try:  # one document's bug must not cost the batch
                    sentences, end = next(parts)
                    chunk = self._prepare(run, sentences, end)
                except StopIteration:
                    break
                except Exception as exc:
                    run.error = exc
                    break
                yield chunk

    def _prepare(self, run: _DocRun, sentences: list[Sentence], end: int) -> _Chunk:
        cands = self._find_candidates(sentences, run.rejected)
        by_start = {c.sentence.start: c for c in cands}
        # parse candidate sentences, and attribution sentences in their paragraphs; a
        # sentence dense with figures is read without the parser (see MAX_PARSED_FIGURES)
        paragraphs_with_figures = {c.sentence.paragraph for c in cands}
        # and in the paragraph before one with figures: "X today publish the report" names
        # who "the report finds that ..." means
        lines = sorted({s.paragraph for s in sentences})
        paragraphs_with_figures |= {
            lines[k - 1] for k, p in enumerate(lines) if k and p in paragraphs_with_figures
        }
        # and a sentence whose body the next one, with figures, calls "it" ("The ministry
        # has offered a lower figure. In a report ..., it put the total at ...")
        named_before = {
            a.start
            for a, b in zip(sentences, sentences[1:], strict=False)
            if b.start in by_start
            and a.paragraph == b.paragraph
            and (self._it.search(b.text) or self._tagged_pronoun.search(b.text))
        }
        to_parse = [
            s
            for s in sentences
            if (s.start in by_start and len(by_start[s.start].figures) <= MAX_PARSED_FIGURES)
            or (
                s.start not in by_start
                and s.paragraph in paragraphs_with_figures
                and (self._attribution_cue.search(s.text) or s.start in named_before)
            )
        ]
        if not self.lex.parsed:
            to_parse = []
        return _Chunk(run, sentences, by_start, to_parse, end)

    def _read_chunk(self, chunk: _Chunk, sdocs: Iterator[Doc]) -> None:
        run = chunk.run
        if run.error is not None or not chunk.by_start:
            return
        try:
            if self.lex.parsed:
                self._read_parsed(run, chunk, sdocs)
            else:
                self._read_plain(run, chunk)
        except Exception as exc:  # recorded for this document only
            run.error = exc

    def _people_as_before(self, claims: list[Claim], before: str) -> None:
        """ "Первые подразделения, около 11 тыс. человек", "liczące ok. 11 tys. ludzi": men or
        people in general, counted where the paragraph's figure before counts the actor's
        people who are there (troops, sappers, workers), are more of them."""
        if before not in self._stock_of_people:
            return
        for c in claims:
            if c.measure == "other" and (c.unit or "").lower() in self._generic_people:
                c.measure = before

    def _read_parsed(self, run: _DocRun, chunk: _Chunk, sdocs: Iterator[Doc]) -> None:
        doc = run.doc
        if run.state is None:
            run.state = _DocState(doc, abbreviations(doc.text), self._main_actors(doc.text))
            self._read_layout(run.state)
        state = run.state
        self.rejected = run.rejected
        state.quoted = self.quotes.speakers(chunk.sentences)
        parse = {s.start for s in chunk.to_parse}
        for s in chunk.sentences:
            # a dateline above the story is the report's, not a heading; a prose sentence
            # ("The talks ended on 29 November 2026.") is no heading either
            if s.block:
                state.dated = (
                    self.time.heading_date(s.text, doc.published, not run.figures_seen)
                    or state.dated
                )
            cand = chunk.by_start.get(s.start)
            run.figures_seen = run.figures_seen or (cand is not None and not s.block)
            if cand is not None and s.start not in parse:
                carried = state.para_attr.get(s.paragraph)
                source = self._plain_source(s, carried.source if carried else None)
                day = _heading_day(state.dated, doc)
                run.keep(self._plain_found(doc, s, cand, source, state.doc_actors, None, day))
                continue
            if s.start not in parse:
                continue
            sdoc = next(sdocs, None)
            if sdoc is None:
                raise RuntimeError("the parser returned fewer sentences than it was given")
            if cand is None:
                attr = self._sentence_attribution(sdoc, state, s)
                if attr is not None:
                    state.note_attribution(s.paragraph, attr)
                    if attr.source:
                        state.remember_source(attr.source)
                if (attr is None or not attr.source) and (
                    named := self.attribution.named_subject(sdoc)
                ) is not None:
                    # what "it" in the next sentence means
                    state.remember_source(NamedSubject(named))
                continue
            ctx = _SentenceContext(
                s, sdoc, {t.lemma_.lower() for t in sdoc}, *self._actors_in_scope(s, state)
            )
            for fig in cand.figures:
                claim, head_lemma = self._claim(state, ctx, fig)
                if claim is None:
                    continue
                if claim.source is None and s.block:
                    # a fact box's line under its credit line ("Source: Met Office")
                    claim.source = box_credit(doc.text, s.start, self.source_labels)
                ctx.previous = claim
                point = claim.as_of if claim.as_of and not claim.as_of.endswith("/..") else None
                if state.para_time.get(s.paragraph, (-1, None))[0] != s.start:
                    state.para_time[s.paragraph] = (s.start, point)  # the sentence's first
                if point is not None:  # "since X" is not a part's
                    state.para_as_of[s.paragraph] = point
                    state.last_as_of = point
                if claim.source and not s.block and not self.attribution.pledged:
                    state.para_attr[s.paragraph] = Attribution(claim.source, claim.via)
                run.merger.add(Found(claim, s.block, head_lemma))

    def _read_plain(self, run: _DocRun, chunk: _Chunk) -> None:
        """The parser-free reading (see ``plain.py``), for languages without a parser."""
        if run.doc_actors is None:
            run.doc_actors = self._main_actors(run.doc.text)
        if run.attributions is None:
            run.attributions = PlainAttributions(
                self.plain, acronyms=acronyms(run.doc.text), text=run.doc.text
            )
            run.names = self.pack_sources
            published = run.doc.published
            run.cells = TableCells(
                self.tables.cells(
                    run.doc.text,
                    lambda head: self.time.as_of(head, 0, published),
                    [r.text for r in run.doc.removed],
                )
            )
        for s in chunk.sentences:
            # a dateline above the story is the report's, not a heading; a prose sentence
            # ("The talks ended on 29 November 2026.") is no heading either
            if s.block:
                run.dated = (
                    self.time.heading_date(s.text, run.doc.published, not run.figures_seen)
                    or run.dated
                )
            cand = chunk.by_start.get(s.start)
            run.figures_seen = run.figures_seen or (cand is not None and not s.block)
            if cand is None:
                run.attributions.read(s)
                continue
            attr = run.attributions.figures(s, cand.figures[0].start)
            source, via = (attr.source, attr.via) if attr else (None, [])
            credit = None if source else closing_credit(s.text)
            if credit is not None and not self.plain.cues.is_media(credit):
                source = credit  # "• ok. 13 mln – ... (szacunek HUR)": a fact box's line
            if source is None and (s.block or _short_line(run.doc.text, s)):
                source = box_credit(run.doc.text, s.start, self.source_labels)  # "Fuente: Adif"
            found = self._plain_found(
                run.doc,
                s,
                cand,
                source,
                run.doc_actors,
                via,
                _heading_day(run.dated, run.doc),
                run.cells,
            )
            claims = [f.claim for f in found]
            if attr is not None and attr.inherited:
                for c in claims:
                    if c.status == "rumoured":
                        # "la rumeur court qu'une dizaine de chalutiers auraient coulé": a
                        # rumour the sentence names no one for is not the last speaker's
                        c.source, c.via = None, []
            if attr is not None and attr.source and not attr.inherited:
                self._before_the_break(s, claims, attr.source)
            self.quoted_runs.attribute(run.doc.text, s, claims, run.attributions)
            here = run.last_claim_paragraph == s.paragraph
            if here and run.last_claim is not None:
                self._people_as_before(claims, run.last_claim.measure)
            run.last_claim = self.parts.follow(s, claims, run.last_claim, run.attributions, here)
            run.last_claim_paragraph = s.paragraph if claims else run.last_claim_paragraph
            run.attributions.claimed(s, [f.claim for f in found], attr)
            if not found and (attr is None or not attr.source):
                run.attributions.unclaimed(s)  # a stock code, a date: no figure of its own
            run.keep(found)

    def _before_the_break(self, s: Sentence, claims: list[Claim], source: str) -> None:
        """Take the sentence's own ``source`` off the claims standing before a colon or
        semicolon it is named past, when it speaks only for what follows the break ("A
        reunião, que juntou 300 sócios, foi tensa: … a diretora admitiu que …";
        ``PlainReader.says_what_follows``)."""
        starts = [c.mentions[0].start - s.start for c in claims if c.mentions]
        for c in claims:
            if (
                c.source == source
                and c.mentions
                and self.plain.says_what_follows(
                    s.text, c.mentions[0].start - s.start, source, starts
                )
            ):
                c.source, c.via = None, []

    def _plain_source(self, s: Sentence, carried: str | None) -> str | None:
        """A source read without the parser: the sentence's own cue, else the paragraph's."""
        if s.block:
            return None
        return self.plain.source(s.text) or carried

    def _plain_found(
        self,
        doc: CleanDocument,
        s: Sentence,
        cand: Candidate,
        source: str | None,
        doc_actors: set[str],
        via: list[str] | None = None,
        day: str | None = None,
        cells: TableCells | None = None,
    ) -> list[Found]:
        """Claims of one sentence read without the parser (``day``: the day a heading
        above names, when not the report's, ``_heading_day``; ``cells``: the document's
        table cells, whose source and time a row's figures take). Every step looks near its
        figure or is computed once per sentence, so a sentence of thousands of figures costs
        each figure a bounded amount."""
        reader = self.plain
        toks = tokenize(s.text, self.lex.spaced_groups, self.lex.digit_prefixes, self.lex.unspaced)
        words = [t.lower for t in toks if t.is_alpha]
        certainty = reader.certainty(s.text, cand.figures[0])
        statuses = reader.status_positions(s.text)
        found: list[Found] = []
        previous: Claim | None = None
        totals = self._totals_of_parts(cand.figures, toks)
        for fig in cand.figures:
            if id(fig) in totals.values() and (fig.value or 0) <= 10:
                continue  # "9 von 10 Landkreisen": a ratio's whole is no count of its own
            if reader.names_speakers(s.text, fig):
                continue  # "selon deux responsables": who speaks
            whole = next((f for f in cand.figures if id(f) == totals.get(id(fig))), None)
            cell = cells.at(s.start + fig.start) if cells is not None else None
            unit = (
                reader.unit(whole if whole is not None else fig, toks)
                or self._counted_before(fig, toks)
                # "i morti sarebbero 1.500, i feriti tra 4.000 e 4.500": the clause's own
                # subject before the previous figure's noun
                or self._subject_counted(fig, toks)
                or (previous.unit if previous else None)
            )
            # a table row's bare number counts what its column's header names ("Votos")
            headed = cell.unit if cell is not None and unit is None else None
            if (
                not _worth_keeping(fig, unit or headed)
                and not self._clause_counts(fig, toks, s.text, doc_actors)
                and not reader.pronoun_parts.right_after(s.text, fig.end)  # "sechs von ihnen"
            ):
                continue
            fig_source, fig_via = source, list(via or [])
            if cell is not None and cell.source and not (cell.note and source):
                fig_source, fig_via = cell.source, []  # a row's source cell; a note's if no one
            measure = self._plain_measure(fig, toks, unit, words, s.text, doc_actors)
            if unit in self._generic_people and (
                subject := self._subject_counted(fig, toks, past=1)
            ):
                # "Las bajas norcoreanas rondan los 9.000 hombres": the men are counted as
                # the clause's subject names them
                # (unless more than the noun said what they count: "ont perdu 3 000 hommes,
                # tués ou blessés" are casualties whatever "les troupes" are)
                clause, scope = self._actor_scope(s.text, fig, doc_actors)
                by_subject = self.measures.match_words([subject], clause, scope)
                alone = self.measures.match_words([unit], clause, scope)
                if by_subject != "other" and measure == alone:
                    measure = by_subject
            if measure == "other" and headed is not None:
                measure = self._header_measure(fig, headed, s.text, doc_actors)
            if unit is None and (label := _label_of(s.text, fig)):
                # "Muertos y heridos, según el NIS: unos 6.000": the label names the count
                labelled = self._header_measure(fig, label, s.text, doc_actors, around=True)
                measure = measure if labelled == "other" else labelled
            if measure == "other" and cell is not None and cell.label is not None:
                measure = self._header_measure(fig, cell.label, s.text, doc_actors)
            claim = _new_claim(
                doc,
                s,
                fig,
                unit=unit,
                measure=measure,
                source=fig_source,
                via=fig_via,
                certainty=certainty,
                status=reader.status_at(statuses, fig),
                as_of=(cell.as_of if cell is not None else None)
                or self.time.as_of(
                    s.text, fig.start, day or doc.published, figure=(fig.start, fig.end)
                )
                or day,
                kind=self.kinds.kind(s.text, fig.start, fig.end, unit, fig.percent),
            )
            if previous is not None and self._multiple(fig, toks):
                # "9 400 conteneurs, soit près de deux fois plus qu'en 2025", "o triplo do
                # que havia em 2023": a multiple compares the figure before it with another
                # time, so it counts the same thing
                claim.measure = previous.measure
            elif _bare_share(fig, toks, claim, previous, self.lex.of_words):
                # "Metà dei colpi …, sostiene Kiev; l'Istituto, più cauto, parla del
                # 30-35%": a share with no thing of its own is another count of the same share
                claim.measure = previous.measure  # type: ignore[union-attr]
            previous = claim
            found.append(Found(claim, s.block, unit))
        return found

    def _compares(self, text: str, fig: Figure) -> bool:
        """Whether a multiple's word opens a comparison (``factor_comparisons``: "twice as
        many", "twice as long"); "shut twice" counts how often, no multiple."""
        if text[fig.num_start : fig.num_end].lower() not in self._factor_heads:
            return False
        after = text[fig.num_end : fig.num_end + _COMPARISON_CHARS].split()
        return bool(after) and after[0].lower() in self._factor_comparisons

    def _multiple(self, fig: Figure, toks: list[Tok]) -> bool:
        """Whether a figure is a multiple: a small number before one of the folder's
        ``multiple_units`` ("deux fois", "tres veces", "в три раза" reads "три раза"), or one
        of its ``factor_words`` ("o triplo", "утричі")."""
        after = toks[fig.tok_end] if fig.tok_end < len(toks) else None
        if after is not None and after.lower in self._multiple_units:
            # "deux fois plus de blessés": a multiple naming its own noun counts that
            named = toks[fig.tok_end + 2 : fig.tok_end + 4]
            if len(named) == 2 and named[0].lower in self.lex.of_words and named[1].is_alpha:
                return False
            return (fig.value or 0) <= _MAX_MULTIPLE and not fig.percent
        core = toks[fig.tok_end - 1].lower if fig.tok_end > fig.tok_start else ""
        return core in self._factor_heads

    def _totals_of_parts(self, figures: list[Figure], toks: list[Tok]) -> dict[int, int]:
        """Figures counted out of the figure right after them, joined by an "of" word
        ("461 dos 497 municípios", "461 z 497 gmin", "461 von 497 Gemeinden"): the part
        counts the whole's thing. The whole is a claim of its own too ("60 des septante-deux
        membres du personnel": the staff), unless it is the ten of a ratio ("9 von 10").
        Keys and values are the figures' ids."""
        of_words = self.lex.phrase_set("of_words")
        out: dict[int, int] = {}
        for part, whole in itertools.pairwise(figures):
            between = toks[part.tok_end : whole.tok_start]
            if (
                between
                and between[0].lower in of_words
                and len(between) <= 2
                and all(t.is_alpha for t in between)
                and not part.percent
                and not whole.percent
            ):
                out[id(part)] = id(whole)
        return out

    def _counted_before(self, fig: Figure, toks: list[Tok]) -> str | None:
        """What a figure with no noun after it counts, named by a count noun before it in
        its clause: "O número de mortos chegou a 157", "Die Zahl der Toten stieg auf 157",
        "Liczba ofiar wzrosła do 157" (the folder's ``count_nouns`` and ``of_words``). The
        search stops at punctuation or another number, so the noun is this figure's own."""
        count_nouns = self.lex.phrase_set("count_nouns")
        if not count_nouns:
            return None
        of_words = self.lex.phrase_set("of_words")
        i = fig.tok_start - 1
        while i >= max(0, fig.tok_start - 10) and toks[i].is_alpha:
            if toks[i].lower in count_nouns:
                j = i + 1
                while j < fig.tok_start and toks[j].lower in of_words:
                    j += 1
                return toks[j].lower if j < fig.tok_start else None
            i -= 1
        return None

    def _subject_counted(self, fig: Figure, toks: list[Tok], past: int = 0) -> str | None:
        """What a figure closing its clause counts, named by the noun the clause opens with
        after its article: "Le abitazioni dichiarate inagibili salgono a 47", "le perdite
        ... sfiorano ormai le settemila": the subject's noun. Only where the clause opens
        that way within a few words, and nothing but the full stop, comma or semicolon
        follows the figure (``past`` words after it: its noun of people in general)."""
        if fig.percent or fig.currency is not None or not self._articles:
            return None
        before = toks[fig.tok_start - 1] if fig.tok_start else None
        if before is not None and before.lower in self._articles and not fig.words_only:
            return None  # "o telefone da Defesa Civil é o 199": a number named, no count
        end = fig.tok_end + past
        nxt = toks[end] if end < len(toks) else None
        if nxt is not None and nxt.text not in _CLAUSE_CLOSERS:
            return None
        if nxt is not None and nxt.text == "." and end + 1 < len(toks):
            return None  # "für den 14. und 15. März": a full stop inside is an ordinal's
        i = fig.tok_start - 1
        while i >= 0 and fig.tok_start - i <= _SUBJECT_REACH and toks[i].text not in _OPENERS:
            i -= 1
        if fig.tok_start - i > _SUBJECT_REACH or fig.tok_start - i < 4:
            return None
        article, noun = toks[i + 1], toks[i + 2]
        if article.lower not in self._articles or not noun.is_alpha:
            return None
        if noun.lower in self._count_nouns or noun.is_title != self._nouns_capitalised:
            return None  # a name, not a noun; where nouns are capitalised, an adjective
        return noun.lower

    def _clause_counts(
        self, fig: Figure, toks: list[Tok], sentence: str, doc_actors: set[str]
    ) -> bool:
        """A bare figure ("rund 2700 verwundet", "zabitych jest około 300", "600 von ihnen
        starben") counts what its own clause names: a pack measure's noun or event word among
        the words around it. Where verbs and participles are not capitalised and numbers under
        10,000 have no separator (German, Polish), the unit check alone would drop these. A
        figure written only in words stays out ("eine", "jeden" are too often no count)."""
        if fig.words_only or fig.percent or fig.currency is not None:
            return False
        around = self.plain.around_words(fig, toks)
        if not around:
            return False
        clause, scope = self._actor_scope(sentence, fig, doc_actors)
        return self.measures.match_words(around, clause, scope) != "other"

    def _actor_scope(
        self, sentence: str, fig: Figure, doc_actors: set[str]
    ) -> tuple[str, set[str]]:
        """The text whose actors a count's measure must be about, and the actors that stand
        in when it names none: the figure's own clause first ("Die Ukraine verlor 500
        Soldaten" is Ukraine's), else the sentence's and the document's main actors
        together. A place named in another clause ("..., teilte der Dienst Abgeordneten in
        Seoul mit") is where a figure was told, not whose soldiers it counts; "300 soldados
        norte-coreanos morreram, e 2.700 ficaram feridos" names them once for both."""
        clause = _clause_of(sentence, fig)
        return clause, set(self.measures.actors_in(sentence)) | doc_actors

    def _plain_measure(
        self,
        fig: Figure,
        toks: list[Tok],
        unit: str | None,
        words: list[str],
        sentence: str,
        doc_actors: set[str],
    ) -> str:
        """A measure read without the parser: from the words after the figure, or from its
        clause in a script without spaces (``unspaced.py``)."""
        if self.plain.unspaced is not None:
            # as in spaced scripts: the sentence's actors and the document's main ones
            # ("弾道ミサイルは…ウクライナの都市に向けて発射された" names Ukraine as the target)
            named = set(self.measures.actors_in(sentence)) | doc_actors
            return self.plain.unspaced.measure(self.pack, sentence, fig, named)
        text, scope = sentence, doc_actors
        if not fig.percent and fig.currency is None:
            text, scope = self._actor_scope(sentence, fig, doc_actors)
        return self.measures.match_words(
            self.plain.measure_words(fig, toks, unit, words),
            text,
            scope,
            self.plain.around_words(fig, toks),
            fig.currency is not None,
        )

    def _header_measure(
        self,
        fig: Figure,
        header: str,
        sentence: str,
        doc_actors: set[str],
        around: bool = False,
    ) -> str:
        """The measure a table column's header names for a row's bare number ("阵亡",
        "Killed"), or a label for the figure after its colon: read as the figure's counted
        words (and, with ``around``, as its clause), the row's and the document's actors in
        scope."""
        scope = set(self.measures.actors_in(sentence)) | doc_actors
        if self.plain.unspaced is not None:
            return self.plain.unspaced.measure_named(self.pack, header, scope)
        words = _LABEL_WORD.findall(header.lower())
        if around and self.lex.data.get("head_first"):
            # "Zapadores y constructores militares en Kursk": the label's head noun opens
            # it, and the last noun read wins
            words = words[::-1]
        return self.measures.match_words(
            words, header, scope, words if around else [], fig.currency is not None
        )

    def _main_actors(self, text: str) -> set[str]:
        """Actors the document is about: those named at least twice."""
        if self.pack is None:
            return set()
        # a second match settles it: no need to count every mention of a long document
        return {
            a
            for a, p in self.measures.actor_patterns.items()
            if self.measures.may_name(a, text)
            and next(itertools.islice(p.finditer(text), 1, None), None) is not None
        }

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

    def _counts_speakers(self, fig: Figure, thing: CountedThing) -> bool:
        """ "two U.S. officials said", "Two people close to the campaign, who spoke on
        condition of anonymity, said": a few people who are the subject of a reporting verb
        are who speaks, not a claim."""
        head = thing.head
        if head is None or fig.value is None or fig.value >= _FEW_SPEAKERS or fig.percent:
            return False
        if fig.currency is not None or head.dep_ != "nsubj":
            return False
        noun = head.lemma_.lower()
        if noun not in self._speaker_nouns:
            return False
        return head.head.lemma_.lower() in self.lex.phrase_set("reporting_verbs")

    def _scope(self, ctx: _SentenceContext, thing: CountedThing) -> set[str] | None:
        """The actors in scope for one figure: when its clause's subject or its own noun
        phrase names an actor ("Russia launched 112 drones"), only what the sentence names."""
        if ctx.named is None:
            return None
        return ctx.named if self._subject_ids(thing) else ctx.context

    def _read_layout(self, state: _DocState) -> None:
        """Transcript turns, table cells and the people named with a role, read once per
        document (extract/turns.py, tables.py, roles.py)."""
        text, published = state.doc.text, state.doc.published
        state.turns = self.turns.turns(text)
        state.cells = TableCells(
            self.tables.cells(
                text,
                lambda head: self.time.as_of(head, 0, published),
                [r.text for r in state.doc.removed],  # a note list the cleaner took out
            )
        )
        state.people = self.roles.people(text)
        state.frame_as_of = self._frame_time(text, published)

    def _as_of(
        self,
        state: _DocState,
        s: Sentence,
        fig: Figure,
        cell: Cell | None,
        kind: str | None = None,
        sdoc: Doc | None = None,
    ) -> str | None:
        """When the figure holds: its table column's date, else the sentence's nearest
        time, else (a sentence comparing with the figure before) that figure's, else (a
        figure told in the past tense) the time its paragraph told before it, else the day
        a heading above names or the document's opening frame. (Carrying the paragraph's
        time to every figure was tried and made dev and the training set worse: present
        figures hold at the report's date.)"""
        if cell is not None and cell.as_of:
            return cell.as_of
        earlier = state.doc.text[max(0, s.start - BACK_REFERENCE_CHARS) : s.start]
        # under a day's heading (a live blog's "Monday 30 November 2026"), that day is the
        # report's: "overnight", "on Sunday" and a figure naming no time are read from it
        day = _heading_day(state.dated, state.doc)
        published = day or state.doc.published
        times = self.time.expressions(s.text, published)
        aside = aside_spans(sdoc, fig.start, self._saying, times) if sdoc is not None else ()
        settled = self.time.settled_span(sdoc, fig.start) if sdoc is not None else None
        own = self.time.as_of(
            s.text, fig.start, published, earlier, aside, settled, (fig.start, fig.end)
        )
        if own is None and kind is not None and self._part_of_before(s.text[: fig.start], kind):
            own = state.para_as_of.get(s.paragraph)  # "Of those, 1,900 were killed": the whole's
        if own is None and self._continues(s):
            own = state.last_as_of  # "That is 4,800 more than a year earlier": the figure's
        if own is None and sdoc is not None and past_tense(sdoc, fig.start, self._saying):
            told = self._told_time(state, s, published)  # "On Friday ... 1,350 walked out"
            # a day, a month or a quarter tells when it happened; a year ("who fled last
            # year ... his team of 12 was paid") is background, not the story's time
            own = told if told is not None and len(told) >= len("2026-01") else None
        return own if own is not None else day or state.frame_as_of

    def _told_time(self, state: _DocState, s: Sentence, published: str | None) -> str | None:
        """The time a past-tense figure naming none holds at: the one its paragraph told
        before it (the first figure's of the latest sentence with figures, none when it had
        none; else the last time the paragraph's text names), as a story goes on telling
        what happened then."""
        told = state.para_time.get(s.paragraph)
        if told is not None:
            return told[1]
        reach = max(0, s.start - BACK_REFERENCE_CHARS)
        newline = state.doc.text.rfind("\n", reach, s.start)
        if newline < 0 and reach > 0:
            return None  # the paragraph opens further back than is read
        return self.time.last_time(state.doc.text[newline + 1 : s.start], published)

    def _part_of_before(self, before: str, kind: str) -> bool:
        """A subset, or a figure right after a subset cue and its comma ("Of those, about
        1,900"): a part of a whole the text counted before."""
        if kind == "subset":
            return True
        words = tuple(re.findall(r"[\w'’-]+", before.lower()))
        return any(words[-len(p) :] == p for p in self.kinds.cues.subset_before if p)

    def _frame_time(self, text: str, published: str | None) -> str | None:
        """The time a report's opening says its figures hold ("estimates as of August
        2025", "data to 30 June"): the as_of of figures that name no time of their own."""
        opening = text[:FRAME_CHARS]
        for m in self._frame_cue.finditer(opening):
            found = self.time.expressions(opening[m.end() : m.end() + 40], published)
            alone = self.time.frames_alone(opening, m.start(), published)
            if found and found[0][0] == 0 and alone:
                return found[0][2]
        return None

    def _enter_turn(self, state: _DocState, s: Sentence) -> Turn | None:
        """The transcript turn ``s`` is in; its speaker becomes the latest source when
        the turn's line starts, so "we" and "our" in it mean the speaker."""
        turn = state.turns.get(s.paragraph)
        if turn is not None and turn.speaker and state.turn_line != s.paragraph:
            state.turn_line = s.paragraph
            state.remember_source(turn.speaker)
        return turn

    def _continues(self, s: Sentence) -> bool:
        """A sentence that opens by comparing with the figure before ("That is up from")."""
        return s.text.lower().lstrip().startswith(self._continuations)  # () matches none

    def _background(self, s: Sentence, anchor: Token, published: str | None) -> bool:
        """A sentence of the writer's own that dates its figure to a year before the
        published one ("The last flood, in 2020, damaged 3,000 homes"): background, so
        the paragraph's source is not carried into it."""
        if self._continues(s):
            return False  # "That is up from 3,500 in 2023": compared with the figure before
        when = self.time.as_of(s.text, anchor.idx, published)  # sentences are parsed alone
        return bool(
            when
            and published
            and not when.endswith("/..")
            and when[:4].isdigit()
            and when[:4] < published[:4]
        )

    def _background_line(self, text: str, s: Sentence) -> bool:
        """A line the writer opens as background ("Some background: ...", "For context,"):
        its figures are the writer's own, not the paragraph's source's."""
        # the line's start, looked for a bounded way back (a sentence deep in a huge line
        # is judged by itself)
        reach = max(0, s.start - 2_000)
        newline = text.rfind("\n", reach, s.start)
        line = "" if newline < 0 and reach > 0 else text[newline + 1 : s.start + 40].lower()
        return line.startswith(self._background_cues) or s.text.lower().startswith(
            self._background_cues
        )

    def _people(self, state: _DocState, s: Sentence) -> Callable[[str], str | None] | None:
        people = state.people
        return None if people is None else people.at(s.start)

    def _sentence_attribution(self, sdoc: Doc, state: _DocState, s: Sentence) -> Attribution | None:
        root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
        if root is None:
            return None
        self._enter_turn(state, s)
        return self.attribution.attribute(
            sdoc, root, state.abbrevs, state.history, self._people(state, s)
        )

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
        if self._counts_speakers(fig, thing):
            _note(self.rejected, _rejected(s, fig.start, fig.end, "speakers"))
            return None, None
        unit = self._unit(fig, thing, ctx)
        if unit is None and self._compares(s.text, fig):
            unit = "times"  # "twice as many shells", "twice as long": a comparison's multiple
        if (unit is None and fig.words_only) or not _worth_keeping(fig, unit):
            _note(self.rejected, _rejected(s, fig.start, fig.end, "no_unit"))
            return None, None
        if (
            thing.head is not None
            and not thing.of_tokens
            and thing.head.lemma_.lower() in self.label_nouns
        ):
            _note(self.rejected, _rejected(s, fig.start, fig.end, "designation"))
            return None, None
        # a share's or a sum's verb states how it relates ("supplies 30% of", "come from",
        # "paid", "earned"), not what happened to a counted thing
        counts = not fig.percent and fig.currency is None
        predicate = self.predicates.predicate(thing) if counts else None
        if thing.borrowed_from is not None:
            measure = thing.borrowed_from.measure
            predicate = predicate or thing.borrowed_from.predicate
        else:
            scope = self._scope(ctx, thing)
            measure = self.measures.match(
                thing, fig.percent, fig.currency is not None, ctx.lemmas, scope
            )
            if counts:
                measure = self.measures.pair_after(s.text[fig.end :], scope) or measure
        anchor = span.root
        attr = self._attribution(state, ctx, anchor)
        cell = state.cells.at(s.start + fig.start)
        if measure == "other" and cell is not None and cell.label is not None and counts:
            # "Troops in Russia | 11,000 | 15,000 | NIS": the row's label says what counts
            measure = self._header_measure(fig, cell.label, s.text, ctx.context or set())
        if (
            cell is not None
            and cell.source
            and not (cell.note and attr is not None and not attr.inherited)
        ):  # a table row's source cell; a footnote's when the sentence names no one
            attr = Attribution(self.attribution.name(cell.source, state.abbrevs))
        kind = self.kinds.kind(s.text, fig.start, fig.end, unit, fig.percent)
        if (
            attr is not None
            and attr.inherited
            and (kind == "limit" or predicate in self.kinds.cues.limit_verbs)
        ):
            attr = None  # a cap the paragraph's source did not set: background, no source
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
            # a subset opening its sentence ("Of those, 1,900 ...") counts a whole named before;
            # a cap someone set ("the cap of 500,000 set by the UN") holds now
            as_of=None
            if self.attribution.standing and cell is None
            else self._as_of(state, s, fig, cell, kind if ctx.previous is None else None, ctx.sdoc),
            kind=kind,
            predicate=predicate,
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
        if s.block:  # a headline or list line: only what it says itself, nothing carried
            return self.attribution.attribute(
                ctx.sdoc, anchor, state.abbrevs, state.history, self._people(state, s)
            )
        turn = self._enter_turn(state, s)
        attr = self.attribution.attribute(
            ctx.sdoc, anchor, state.abbrevs, state.history, self._people(state, s)
        )
        if attr is None and s.start in state.quoted:  # '"... Now we have forty," he says.'
            speaker = self.attribution.speaker(
                state.quoted[s.start], state.abbrevs, state.history, self._people(state, s)
            )
            attr = Attribution(speaker) if speaker else None
        if attr is None:
            carried = state.para_attr.get(s.paragraph)
            if carried is None and self._continues(s):
                # "That was up from 1,240 ..." opening a paragraph compares with the figure
                # before it, so it keeps that figure's source
                before = [p for p in state.para_attr if p < s.paragraph]
                carried = state.para_attr[max(before)] if before else None
            if carried is not None and (
                self._background(s, anchor, state.doc.published)
                or self._background_line(state.doc.text, s)
            ):
                carried = None
            if carried is None and turn is not None and turn.speaker:
                carried = Attribution(turn.speaker)  # the turn's speaker owns its figures
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


#: How far after a multiple's word its comparison's word is looked for ("twice as").
_COMPARISON_CHARS = 24
#: The largest number read as a multiple before "fois", "veces" ("deux fois plus").
_MAX_MULTIPLE = 100

_DEFAULT: dict[tuple[str, str], Extractor] = {}


def _extractor(pack: StoryPack | None, language: str) -> Extractor:
    """One ``Extractor`` per pack and language, built on first use. An equal pack is the
    same pack: a Dask task brings its own copy (unpickled), and building an extractor
    for each task's 16 documents cost about 20 ms of its work."""
    key = (pack.name if pack else "", language)
    ex = _DEFAULT.get(key)
    if ex is None or (ex.pack is not pack and ex.pack != pack):
        ex = _DEFAULT[key] = Extractor(pack, language=language)
    return ex


def _max_claims() -> int:
    """The claim cap from the environment, read per call (extractors are cached, the
    environment may change between batches); the CLI has checked it before any work."""
    return Settings.from_env().max_claims_per_document


def extract(
    doc: CleanDocument,
    pack: StoryPack | None = None,
    on_progress: ProgressCallback | None = None,
    max_claims: int | None = None,
) -> list[Claim]:
    """Extract the claims of one cleaned document, at most ``max_claims`` of them (default:
    ``CLAIMTRACK_MAX_CLAIMS``, else ``Settings.max_claims_per_document``)."""
    limit = max_claims if max_claims is not None else _max_claims()
    return _extractor(pack, doc.language or "en").extract(doc, on_progress, limit)


def extract_many(
    docs: list[CleanDocument],
    pack: StoryPack | None = None,
    on_progress: ProgressCallback | None = None,
    max_claims: int | None = None,
) -> list[list[Claim] | Exception]:
    """Extract many documents, parsing their candidate sentences in shared batches;
    ``on_progress`` and ``max_claims`` as in ``extract`` and ``Extractor.extract_many``."""
    limit = max_claims if max_claims is not None else _max_claims()
    results: list[list[Claim] | Exception] = [[] for _ in docs]
    by_language: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        by_language.setdefault(doc.language or "en", []).append(i)
    for language, idx in by_language.items():
        batch = _extractor(pack, language).extract_many([docs[i] for i in idx], on_progress, limit)
        for i, result in zip(idx, batch, strict=True):
            results[i] = result
    return results
