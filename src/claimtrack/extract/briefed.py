"""A lawmaker passing on a body's closed-door briefing, read over the whole document.

The story's central shape: an intelligence service briefs a parliamentary committee behind
closed doors and a lawmaker tells reporters what it said. The figures are the body's; the
lawmaker passes them on (``via``). A sentence often names only the lawmaker ("ha detto Park
ai cronisti", "– relacjonuje Ryu", "崔議員は記者団にこう語りました"), and in a live blog the
entry that tells of the briefing may stand below the ones that quote the lawmaker (the
newest entry first), so no reading in order can know it when it meets the figure.

This pass runs once a document's claims are read (``_DocRun.result``): when the document
tells of a briefing (``briefing_words``) by a body it also names as a source, every claim a
lawmaker (``relaying_roles``) is the only name of becomes that body's, the lawmaker via.
A lawmaker is known by a role word in the name ("deputowana Ryu Seo-yeon", "주형석 의원",
"崔議員") or beside any mention of the name in the text ("il deputato Park Jun-ho" makes a
later "Park" one). Its work is linear in the text for a bounded number of sources.

A second pass (``relay_in_paragraphs``) needs no word of a briefing: a sentence naming
one of the story pack's briefing bodies together with a lawmaker ("to ocena NIS, którą
przekazał deputowany Han") passes that body's figures on to its paragraph's end, whoever
the reading took them from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain
from typing import NamedTuple

from claimtrack.extract.lexicon import word_set
from claimtrack.records import Claim

#: A name's reading or romanisation in brackets after it ("崔敏浩（チェ・ミンホ）").
_BRACKETED = re.compile(r"\s?[（(][^（）()\n]{1,24}[）)]")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
#: Sentences, roughly: a briefing and the body it names stand in one.
_SENTENCE_END = re.compile(r"[.!?。！？\n]+")
#: Sources weighed as the briefer, the most frequent first: a bound on the work per document.
MAX_BODIES = 20
#: Mentions of a name read for a role beside it, per name: a bound on the work per document.
MAX_MENTIONS = 40
#: Characters read back from a briefing sentence, within its paragraph, for the body it
#: points back to ("… schätzt die Zahl auf 18.000. Das berichtete der Abgeordnete …").
LEAD_IN_CHARS = 300


@dataclass(frozen=True)
class BriefingWords:
    """A language's words for this pass (its ``relaying_roles`` and ``briefing_words``):
    whole words and stems (entries ending in ``*``); ``unspaced``: words are found as
    substrings (Japanese, Chinese)."""

    roles: frozenset[str]
    role_stems: tuple[str, ...]
    briefings: frozenset[str]
    briefing_stems: tuple[str, ...]
    unspaced: bool
    #: the language's articles ("il", "l", "das"): a body's name is read past one
    articles: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        roles: Iterable[str],
        briefings: Iterable[str],
        unspaced: bool,
        articles: Iterable[str] = (),
    ) -> BriefingWords:
        r, rs = word_set(roles)
        b, bs = word_set(briefings)
        return cls(r, rs, b, bs, unspaced, frozenset(a.lower() for a in articles))

    def __bool__(self) -> bool:
        return bool((self.roles or self.role_stems) and (self.briefings or self.briefing_stems))

    def is_role(self, word: str) -> bool:
        """Whether ``word`` is a lawmaker's role ("deputowana", "의원은")."""
        w = word.lower()
        return w in self.roles or (bool(self.role_stems) and w.startswith(self.role_stems))

    def is_briefing(self, word: str) -> bool:
        """Whether ``word`` is a word of a briefing ("posiedzeniu", "brifingu")."""
        w = word.lower()
        return w in self.briefings or (
            bool(self.briefing_stems) and w.startswith(self.briefing_stems)
        )

    def names_role(self, sentence: str) -> bool:
        """Whether ``sentence`` names a lawmaker by a role word ("deputowany", "의원")."""
        if self.unspaced:
            return any(r in sentence for r in (*self.roles, *self.role_stems))
        return any(self.is_role(m.group()) for m in _TOKEN.finditer(sentence))

    def tells_of_briefing(self, sentence: str) -> bool:
        if self.unspaced:
            return any(w in sentence for w in (*self.briefings, *self.briefing_stems))
        return any(self.is_briefing(m.group()) for m in _TOKEN.finditer(sentence))

    def ends_in_role(self, text: str) -> bool:
        """Whether ``text`` (an unspaced name, or what follows one) ends or opens with a role."""
        return any(text.endswith(r) for r in self.roles)

    def opens_with_role(self, text: str) -> bool:
        return any(text.startswith(r) for r in self.roles)


def relay_briefed(
    claims: list[Claim],
    text: str,
    words: BriefingWords,
    briefing_subject: Callable[[str], str | None] | None = None,
) -> None:
    """Make each claim a lawmaker alone is named for the briefing body's, the lawmaker via
    (in place); nothing when the document names no body it tells of briefing.
    ``briefing_subject``: the body opening a sentence that tells of its briefing, for a
    document whose only figures are the lawmaker's ("Il NIS ha riferito a porte chiuse
    alla commissione.")."""
    if not words or not claims:
        return
    known: dict[str, bool] = {}

    def lawmaker(name: str) -> bool:
        if name not in known:
            known[name] = _is_lawmaker(name, text, words)
        return known[name]

    # a lawmaker alone, or passed on by an outlet ("рассказала депутат Пак, передаёт
    # агентство Yonhap"), or a lawmaker passing on a lawmaker ("남궁 의원에 따르면" after the
    # full name: the same person named twice)
    spoken = [
        c
        for c in claims
        if c.source
        and lawmaker(c.source)
        and (
            not any(lawmaker(v) for v in c.via)
            or (_with_role(c.source, words) and all(lawmaker(v) for v in c.via))
        )
    ]
    if not spoken:
        return
    # the sentences telling of a briefing: without one, nobody relays. A briefing is told
    # before the figures passed on from it, or with them: a body cited in a later sentence
    # ("Na quinta-feira, a agência Yonhap, citando o Estado-Maior, informou") is another
    # story's source. A live blog tells it later, its oldest entry last: then the briefing
    # anywhere in the text
    told = max(c.end for c in spoken)
    body = None
    for until in (told, None):
        briefings, lead_ins = _briefings(text, words, until)
        body = _briefing_body(
            claims,
            briefings,
            lead_ins,
            words,
            lawmaker,
            briefing_subject,
            nearest=until is not None,
        )
        if body is not None:
            break
    if body is None:
        return
    for c in spoken:
        assert c.source is not None
        c.source, c.via = body, [c.source, *(v for v in c.via if not lawmaker(v))]


class _Told(NamedTuple):
    """A sentence naming a briefing body with a lawmaker: where it starts and ends, where
    its paragraph ends, and the body as the sentence writes it."""

    start: int
    end: int
    paragraph_end: int
    body: str


def relay_in_paragraphs(
    claims: list[Claim],
    text: str,
    words: BriefingWords,
    briefer_in: Callable[[str], str | None],
    is_pack_source: Callable[[str], bool],
) -> None:
    """Make each claim from a sentence that names a briefing body with a lawmaker, or
    from a later sentence of its paragraph, that body's, its reader's source via (in place).

    "W Rosji przebywa od 11 do 13 tysięcy żołnierzy – to ocena NIS, którą przekazał
    deputowany Han. Zginęło ich ponad dwa tysiące – dodał polityk": the paragraph passes
    on what the body told the lawmaker, whoever the reading took each figure from (the
    lawmaker, "polityk", a body's name cut short, or an outlet). ``briefer_in``: the name
    of a body that briefs lawmakers (the story pack's, ``pack_sources.BRIEFING_TYPES``) as
    a sentence writes it; a claim already from one of the pack's sources keeps it, and so
    does one whose own sentence names its source, unless a lawmaker. Linear in the text for
    the pack's bounded number of names (one telling sentence per paragraph at most)."""
    if not (words.roles or words.role_stems) or not claims:
        return
    told: list[_Told] = []
    start = 0
    for end_mark in chain(_SENTENCE_END.finditer(text), (None,)):
        end = len(text) if end_mark is None else end_mark.start()
        sentence = text[start:end]
        fresh = not told or start >= told[-1].paragraph_end
        if fresh and words.names_role(sentence) and (body := briefer_in(sentence)):
            stop = text.find("\n", start)
            told.append(_Told(start, end, len(text) if stop < 0 else stop, body))
        if end_mark is None:
            break
        start = end_mark.end()
    if not told:
        return
    starts = [t.start for t in told]
    known: dict[str, bool] = {}

    def lawmaker(name: str) -> bool:
        if name not in known:
            known[name] = _is_lawmaker(name, text, words)
        return known[name]

    for c in claims:
        at = bisect_right(starts, c.start) - 1
        if at < 0 or c.start >= told[at].paragraph_end:
            continue
        span = told[at]
        if not c.source:
            if c.start < span.end:  # "يقرأ ما أبلغه جهاز الاستخبارات الوطني للجنة: … 15 ألفاً"
                c.source = span.body
            continue
        if is_pack_source(c.source):
            continue
        if _written_in(c.source, text[c.start : c.end], words.unspaced) and not lawmaker(c.source):
            continue  # "el Ministerio de Unificación cifró en 15.000": its own figure
        c.source, c.via = span.body, [c.source, *c.via]


def _written_in(name: str, sentence: str, unspaced: bool) -> bool:
    """Whether ``sentence`` writes a word of ``name`` (four letters or more), or in a
    script without spaces the name itself: the speaker the sentence names."""
    bare = _BRACKETED.sub("", name).strip()
    if unspaced:
        return bool(bare) and bare in sentence
    low = sentence.lower()
    return any(len(w) >= 4 and w.lower() in low for w in _TOKEN.findall(bare))


def _briefing_body(
    claims: list[Claim],
    briefings: list[str],
    lead_ins: list[str],
    words: BriefingWords,
    lawmaker: Callable[[str], bool],
    briefing_subject: Callable[[str], str | None] | None,
    nearest: bool = False,
) -> str | None:
    """The body whose briefing ``briefings`` tell of, or None ("박 의원은 통계청이 …
    추산했다고 말했다": one relay, no briefing). ``nearest``: the briefings told before
    the figures, of which the latest naming a body tells of theirs."""
    if not briefings:
        return None
    body = (
        _briefer(claims, briefings, words, lawmaker, nearest)
        or next((a for s in briefings if (a := bracketed_acronym(s))), None)
        or _briefer(claims, lead_ins, words, lawmaker)
    )
    if body is None and briefing_subject is not None:
        body = next(
            (b for s in briefings if (b := briefing_subject(s)) is not None and not lawmaker(b)),
            None,
        )
    return body


def drop_self_via(claims: list[Claim], unspaced: bool) -> None:
    """Take out of each claim's ``via`` the names of its own source (in place).

    A person or body does not pass its own figure on to itself: "Kang" by way of "diputado
    Kang Min-seok" is one speaker named twice (the role and full name in one sentence, the
    surname in the next), and leaving it as a relay hides the lawmaker from the briefing
    pass below, which reads a lawmaker's own figures as the briefing body's."""
    for c in claims:
        if c.source and c.via:
            c.via = [v for v in c.via if not same_speaker(c.source, v, unspaced)]


def same_speaker(a: str, b: str, unspaced: bool) -> bool:
    """Whether two names name one speaker: the name words of one (capitalised, or in a
    script without case) are all among the other's ("Kang" and "diputado Kang Min-seok",
    "민지우" and "민지우 의원"); unspaced, one holds the other ("朴" and "朴議員")."""
    if a == b:
        return True
    if unspaced:
        short, long = sorted((_BRACKETED.sub("", a), _BRACKETED.sub("", b)), key=len)
        return bool(short) and short in long
    wa, wb = _name_words(a), _name_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _name_words(name: str) -> set[str]:
    return {w for w in _TOKEN.findall(name) if w[0].isupper() or w[0].lower() == w[0].upper()}


def _briefings(
    text: str, words: BriefingWords, until: int | None = None
) -> tuple[list[str], list[str]]:
    """The sentences telling of a briefing that open before ``until``, and the text of
    their paragraph just before each (``LEAD_IN_CHARS``): a sentence that points back ("Об
    этом на закрытом брифинге рассказала депутат …") names its body in the sentence before."""
    sentences, lead_ins = [], []
    start = 0
    for end_mark in chain(_SENTENCE_END.finditer(text), (None,)):
        if until is not None and start >= until:
            break
        end = len(text) if end_mark is None else end_mark.start()
        sentence = text[start:end]
        if words.tells_of_briefing(sentence):
            sentences.append(sentence)
            before = text[max(0, start - LEAD_IN_CHARS) : start]
            lead_ins.append(before[before.rfind("\n") + 1 :])
        if end_mark is None:
            break
        start = end_mark.end()
    return sentences, lead_ins


#: A body's acronym in brackets after its name: "Національна служба розвідки (NIS)".
_ACRONYM = re.compile(r"[(（]([^\W\d_a-zа-яёіїєґ]{2,6})[)）]")


def bracketed_acronym(sentence: str) -> str | None:
    """The first acronym in brackets in ``sentence`` ("(NIS)"), else None."""
    m = _ACRONYM.search(sentence)
    return m.group(1) if m else None


def _is_lawmaker(name: str, text: str, words: BriefingWords) -> bool:
    """Whether ``name`` is a lawmaker's: a role word in it, or beside a mention of it."""
    bare = _BRACKETED.sub("", name).strip()
    if not bare:
        return False
    if words.unspaced:
        if words.ends_in_role(bare):
            return True
    elif any(words.is_role(t) for t in _TOKEN.findall(bare)):
        return True
    at, seen = text.find(bare), 0
    while at >= 0 and seen < MAX_MENTIONS:
        seen += 1
        if _role_beside(text, at, at + len(bare), words):
            return True
        at = text.find(bare, at + len(bare))
    return False


def _role_beside(text: str, start: int, end: int, words: BriefingWords) -> bool:
    """Whether a role word stands right before a mention at ``start``-``end`` ("il deputato
    Park") or right after it ("주형석 의원", "崔敏浩（チェ・ミンホ）議員"), and the mention is a
    whole name, not part of a longer word."""
    after = text[end : end + 40]
    if m := _BRACKETED.match(after):
        after = after[m.end() :]
    if words.unspaced:  # "崔敏浩（チェ・ミンホ）議員", "情报委员会委员申东浩"
        return words.opens_with_role(after.lstrip()) or words.ends_in_role(
            text[max(0, start - 8) : start]
        )
    if (end < len(text) and text[end].isalnum()) or (start > 0 and text[start - 1].isalnum()):
        return False
    following = _TOKEN.match(after.lstrip())
    if following is not None and words.is_role(following.group()):
        return True
    # a role before a name is its title only where the name follows it ("il deputato Park");
    # before a described speaker it is whom the speaker told ("explicó a los diputados la
    # experta X", "рассказала депутатам эксперт X", "mówiła posłom dr X"); a script
    # without case shows no such thing
    if text[start : start + 1].islower():
        return False
    preceding = _TOKEN.findall(text[max(0, start - 30) : start])
    return bool(preceding) and words.is_role(preceding[-1])


def _briefer(
    claims: list[Claim],
    briefings: list[str],
    words: BriefingWords,
    is_lawmaker: Callable[[str], bool],
    nearest: bool = False,
) -> str | None:
    """The body whose briefing the lawmakers pass on: the source of a claim a lawmaker
    passed on, else the source most often written in a sentence telling of a briefing
    (``briefings``), or with ``nearest`` the one the latest of them names."""
    relayed = Counter(
        c.source
        for c in claims
        # a lawmaker named with the role ("…간사인 남궁현석 의원") relays, is no body
        if c.source and not _with_role(c.source, words) and any(is_lawmaker(v) for v in c.via)
    )
    if relayed:
        return relayed.most_common(1)[0][0]
    bodies = Counter(c.source for c in claims if c.source and not is_lawmaker(c.source))
    if not bodies:
        return None
    if nearest:
        named = [n for n, _ in bodies.most_common(MAX_BODIES)]
        for sentence in reversed(briefings):
            if found := next((n for n in named if _names(sentence, n, words)), None):
                return found
        return None
    told: Counter[str] = Counter()
    for name, count in bodies.most_common(MAX_BODIES):
        mentions = sum(1 for s in briefings if _names(s, name, words))
        if mentions:
            told[name] = mentions * 1000 + count
    return told.most_common(1)[0][0] if told else None


def _with_role(name: str, words: BriefingWords) -> bool:
    """Whether a name is written with a lawmaker's role ("정보위 여당 간사인 남궁현석 의원",
    "李成权议员"): a person who relays, never the body briefing."""
    if words.unspaced:
        return words.ends_in_role(name)
    return any(words.is_role(w) for w in name.split())


def _names(sentence: str, name: str, words: BriefingWords) -> bool:
    """Whether ``sentence`` names the body ``name``: the name, the name past its article
    ("il Nis" in "quella del Nis"), or the acronym in its brackets ("Servicio Nacional de
    Inteligencia (NIS)"), written in it; in Japanese and Chinese also the full name a short
    one abbreviates ("国情院" in "国家情報院")."""
    if name in sentence:
        return True
    if (bare_name := _past_article(name, words.articles)) and re.search(
        rf"(?<!\w){re.escape(bare_name)}(?!\w)", sentence
    ):
        return True
    inner = re.findall(r"[（(]([^（）()]{2,12})[）)]", name)
    bare = _BRACKETED.sub("", name).strip()
    if any(a in sentence for a in inner) or (len(bare) >= 2 and bare in sentence):
        return True
    return words.unspaced and 2 <= len(bare) <= 6 and _abbreviates(bare, sentence)


def _past_article(name: str, articles: frozenset[str]) -> str | None:
    """``name`` past the article opening it, written apart or elided onto it ("il Nis":
    Nis, "l'Hur": Hur), where a capitalised word follows; else None."""
    words = name.replace("’", "'").split(maxsplit=1)
    if len(words) == 2 and words[0].lower() in articles and words[1][:1].isupper():
        return words[1]
    head, _, rest = words[0].partition("'") if words else ("", "", "")
    if head.lower() in articles and rest[:1].isupper():
        return " ".join([rest, *words[1:]])
    return None


def _abbreviates(short: str, sentence: str) -> bool:
    """Whether a run of ``sentence`` opening with ``short``'s first character holds its
    characters in order within three times its length ("国情院": "国家情報院")."""
    at = sentence.find(short[0])
    while at >= 0:
        window, k = sentence[at : at + 3 * len(short)], 0
        for ch in window:
            if ch == short[k]:
                k += 1
                if k == len(short):
                    return True
        at = sentence.find(short[0], at + 1)
    return False
