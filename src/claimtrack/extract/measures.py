"""Which story-pack measure a figure belongs to, from what it counts.

The longest noun-phrase match across all measures wins ("construction worker" beats
"worker"); a casualty verb governing a people noun ("300 soldiers were killed") moves the
figure to the verb's measure; a noun phrase naming another actor ("Russian troops")
rules out a measure about a given actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimtrack.extract.doc_text import doc_text
from claimtrack.extract.needles import Needles, needles
from claimtrack.extract.tokens import UNSPACED_LETTER
from claimtrack.extract.units import CountedThing, verb_phrase
from claimtrack.packs import Measure, StoryPack

_APOS = str.maketrans({"’": "'", "‘": "'"})
#: Arabic's short vowels, shadda, sukun, dagger alif and tatweel (U+064B-U+065F, U+0670,
#: U+0640): written now and then ("قُتل"), never in the pack's nouns ("قتل")
_HARAKAT = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640])
#: the longest inflectional ending after a compound's head ("Artilleriegeschosse", "-n")
_HEAD_ENDING = 3


def _bare(text: str) -> str:
    """Text as pack nouns are compared with it: Arabic's vowel marks dropped."""
    return (
        text.translate(_HARAKAT)
        if any("\u064b" <= ch <= "\u0670" or ch == "\u0640" for ch in text)
        else text
    )


_LAST_WORD = re.compile(r"(\w+)\s+$")
#: The word before a short one (an article) right before a name: "vers la Russie".
_PAST_ARTICLE = re.compile(r"(\w+)\s+(\w{1,3})['’\s]\s*$")
_WORDS = re.compile(r"\w+")
#: The clause's first words where a qualifier after its noun is looked for ("de baterías
#: antiaéreas")
_QUALIFIER_REACH = 4
#: How far after a figure a two-part noun is looked for ("killed and wounded")
_PAIR_REACH = 40
#: the one or two words right after an actor's name
_FIRST_WORDS = re.compile(r"\s+(\w+)(?:\s+(\w+))?")


def _norm(words: list[str]) -> str:
    return " ".join(w.translate(_APOS).lower() for w in words)


#: A phrase as ``_noun_score`` compares it: ``" words of the phrase "`` and its last word
#: with the spaces around it (what a one-word noun must equal).
Phrase = tuple[str, str]


def _phrases(*variants: list[str]) -> tuple[Phrase, ...]:
    """Each non-empty variant normalised once, for every measure's nouns to be tried on."""
    out = []
    for variant in variants:
        if variant:
            padded = " " + _norm(variant) + " "
            out.append((padded, padded[padded.rfind(" ", 0, len(padded) - 1) :]))
    return tuple(out)


class MeasureMatcher:
    def __init__(
        self,
        pack: StoryPack | None,
        places: Iterable[str] = (),
        receiving: Iterable[str] = (),
        changes: Iterable[str] = (),
        joiners: Iterable[str] = (),
        articles: Iterable[str] = (),
    ) -> None:
        self.pack = pack
        #: the language's definite articles, which may stand between a place preposition
        #: and the name ("vers la Russie", "verso la Russia")
        self._articles = frozenset(a.lower() for a in articles)
        #: words joining two things named together ("und", "i", "й"): ``_pair_in``
        self.joiners = frozenset(j.lower() for j in joiners)
        #: prepositions after a verb that make a share a change ("raise output by 15
        #: percent"; the folder's ``change_prepositions``), not a level
        self._changes = frozenset(w.lower() for w in changes)
        #: prepositions before a place or destination (the language folder's
        #: ``place_prepositions``): an actor named only after one owns no figure
        self._places = frozenset(places)
        #: verbs of receiving (``recipient_verbs``): an actor named only right before one
        #: ("Rosja otrzymała kilkaset wyrzutni") is where the goods went, owning no figure
        self._receiving = frozenset(w.lower() for w in receiving)
        self.actor_patterns: dict[str, re.Pattern[str]] = {}
        self._last_actors: tuple[str, list[str]] | None = None
        self._stem_memo: dict[str, list[tuple[str, int]]] = {}
        self._head_memo: dict[
            tuple[str, ...], tuple[dict[str, list[Measure]], tuple[int, ...]]
        ] = {}
        self._stem_indexes: dict[
            tuple[str, ...], tuple[dict[str, list[tuple[int, int, Measure]]], tuple[int, ...]]
        ] = {}
        self._last_words: tuple[tuple[object, ...], str] | None = None
        #: per measure with ``activities``: its stems, lower case ("arbeiten", "трудятся")
        self._activity_stems: dict[str, tuple[str, ...]] = {
            m.id: tuple(a.lower() for a in m.activities)
            for m in (pack.measures if pack else [])
            if m.activities
        }
        #: per measure: its one-word nouns, padded, and its longer nouns with their size
        self._singles: dict[str, frozenset[str]] = {}
        self._multis: dict[str, tuple[tuple[str, int], ...]] = {}
        for m in pack.measures if pack is not None else []:
            terms = [(" " + _norm(n.split()) + " ", len(n.split())) for n in m.nouns]
            self._singles[m.id] = frozenset(t for t, size in terms if size == 1)
            self._multis[m.id] = tuple((t, size) for t, size in terms if size > 1)
        self._by_id: dict[str, Measure] = {m.id: m for m in (pack.measures if pack else [])}
        #: measures two others make together: "killed and wounded" names casualties, so a
        #: clause naming the killed and the wounded ("tués ou blessés") counts casualties
        self._combined: dict[frozenset[str], str] = {}
        #: those nouns naming two things at once, with their measure (``pair_after``)
        pairs: list[tuple[str, Measure]] = []
        measures = pack.measures if pack is not None else []
        for m in measures:
            for noun in m.nouns:
                parts = re.split(r" (?:and|or) ", noun.lower())
                if len(parts) != 2:
                    continue
                pairs.append((noun.lower(), m))
                owners = {o.id for p in parts for o in measures if o is not m and p in o.nouns}
                if len(owners) == 2:
                    self._combined[frozenset(owners)] = m.id
        self._pair_nouns = tuple(pairs)
        if pack is not None:
            for actor in pack.actors:
                names = sorted(
                    {a.translate(_APOS) for a in [actor.name, *actor.aliases]},
                    key=len,
                    reverse=True,
                )
                # "северокорейск*": an alias ending in * takes any ending (inflected languages)
                alts = [
                    re.escape(n[:-1]) + r"\w*" if n.endswith("*") else re.escape(n)
                    for n in names
                    if not UNSPACED_LETTER.match(n)
                ]
                # "朝鲜", "ロシア": a script without spaces names an actor inside a run
                unspaced = [re.escape(n.rstrip("*")) for n in names if UNSPACED_LETTER.match(n)]
                body = r"\b(?:" + "|".join(alts) + r")\b" if alts else ""
                if unspaced:
                    body = "|".join([*([body] if body else []), *unspaced])
                self.actor_patterns[actor.id] = re.compile(body or r"(?!)")
        #: the names each actor pattern's matches hold, so a text naming none is not scanned
        self._actor_needles: dict[str, Needles | None] = {
            aid: needles(pattern) for aid, pattern in self.actor_patterns.items()
        }

    #: Shortest pack noun used as a stem: Korean nouns ("포탄", "병력") are two syllables.
    stem_min = 2

    def match_words(
        self,
        words: list[str],
        sentence: str,
        context: set[str] | None = None,
        around: list[str] | None = None,
        money: bool = False,
    ) -> str:
        """A measure from the words after a figure, for text read without a parser: a pack
        noun a word starts with (so "soldados", "военнослужащих" match "soldado",
        "военнослужащ"), when the measure's actor is named in the sentence. ``["percent"]``
        looks for a share measure's nouns anywhere in the sentence. ``around``: the words
        of the figure's clause, where a casualty word re-purposes a people noun ("погибли
        200 военнослужащих", "soldats tués ou blessés"), as a verb does in the parsed
        reading. ``money``: a sum, which only a money measure's words take."""
        if self.pack is None or not (words or around):
            return "other"
        words, around = [_bare(w) for w in words], [_bare(w) for w in around or []]
        sentence = _bare(sentence)
        key = (tuple(words), sentence, frozenset(context or ()), tuple(around or ()), money)
        if self._last_words is not None and self._last_words[0] == key:
            return self._last_words[1]  # the next figure of a list ("1,200 and 1,300 and ...")
        found = self._match_words(words, sentence, context, around or [], money)
        self._last_words = (key, found)
        return found

    def _match_words(
        self,
        words: list[str],
        sentence: str,
        context: set[str] | None,
        around: list[str],
        money: bool,
    ) -> str:
        if self.pack is None:
            return "other"
        named = self._owners_in(sentence) or set(context or ())
        wide = named | set(context or ())
        if money:
            # as for goods: a sum is often told from the side that gets it ("Пхеньян мог
            # получить до 1,1 млрд долларов" names only North Korea)
            sums = [m for m in self.pack.measures if m.money]
            said = re.findall(r"\w+", sentence.lower())
            return self._last_stem(said, sums, named, wide) or "other"
        if words == ["percent"]:
            present = set(re.findall(r"\w+", sentence.lower()))
            for m in self.pack.measures:
                if m.percent_of and (not m.actor or m.actor in named | set(context or ())):
                    stems = [p.lower().strip("*") for p in m.percent_of]
                    heads = [p.lower().strip("*") for p in m.percent_of if p.startswith("*")]
                    # "Artilleriemunition": a marked head may end a compound
                    if any(w.startswith(stem) for stem in stems for w in present) or any(
                        h in w[-len(h) - _HEAD_ENDING :] for h in heads for w in present
                    ):
                        return m.id
            return "other"
        # a bare figure ("las bajas totales rondan las 4.700"): what its clause names
        head = self._last_stem(words or around, self.pack.measures, named, wide)
        if head is not None and words:
            head = self._kind_of(head, words, named, wide)
            head = self._qualified(words, named, wide) or head
        elif head is None and words:
            # "una docena de baterías antiaéreas": a qualifier after a noun naming nothing
            head = self._qualified(around[:_QUALIFIER_REACH], named, wide)
        # what happens to people, not the people: "взяли в плен двух солдат" are prisoners
        events = [m for m in self.pack.measures if m.verbs and not m.people]
        found = {self._last_stem([w], events, named) for w in around} - {None}
        event = next((c for pair, c in self._combined.items() if pair <= found), None)
        if event is None and found:
            event = self._last_stem(around, events, named)
        if event in self._parts:
            # "Straty KRLD w zabitych i rannych sięgają 9 tys.", "Убитыми и ранеными КНДР
            # потеряла": the part nearest the figure is one of a pair the clause names
            event = self._pair_in(re.findall(r"\w+", sentence.lower()), named) or event
        chosen = self._by_id.get(head or "")
        counted = self._last_stem(words[:1], self.pack.measures, named)
        if counted in self._parts:
            both = (
                self._named_together(around, sentence, named)
                # "unos 6.000 los muertos y heridos": past an article
                or self._named_together(
                    around[1:] if around and len(around[0]) <= 3 else [], sentence, named
                )
                # "Muertos y heridos, según el NIS: unos 6.000": the words counted, which
                # are the figure's own (no other figure's) however the clause is cut
                or self._named_together(words, None, named)
            )
            # "300 morts et 2 700 blessés": each figure names its own; "4 тысячи убитыми
            # и ранеными" names both at once
            return both or counted
        people = self._people_by_name(words[0]) if head is None and words else None
        by_name = people is not None
        if by_name:
            head = people  # "6 тысяч северокорейцев" in Kursk
        if head in self._parts and (
            both := self._pair_in(words, named) or self._pair_in(around, named)
        ):
            # "Straty Koreańczyków, zabitych i rannych łącznie, sięgnęły 7 tys.": the
            # killed and the wounded named together count both
            return both
        if (
            head is not None
            and counted == head
            and event in self._parts
            and any(event in pair and c == head for pair, c in self._combined.items())
        ):
            return head  # "muertos y heridos suman 7.100 bajas": the wounded are part of them
        # an event re-purposes the actor's people, soldiers or sappers ("погибли 26
        # северокорейских саперов" are dead), never another event's or goods' figure
        if event and event != head and (chosen is None or chosen.verbs or chosen.people):
            return event
        if (head is None or by_name) and (doing := self._doing(around, named)):
            return doing  # "arbeiten 20.000 Nordkoreaner", "trabajan ya 15.000"
        return head or "other"

    def _doing(self, around: list[str], named: set[str]) -> str | None:
        """The measure one of the clause's words says the people are doing (its
        ``activities``: "arbeiten", "трудятся"), of an actor named; None for none."""
        for mid, stems in self._activity_stems.items():
            actor = self._by_id[mid].actor
            if (not actor or actor in named) and any(w.startswith(stems) for w in around):
                return mid
        return None

    def pair_after(self, text: str, actors: set[str] | None) -> str | None:
        """The measure whose two-part noun the words right after a figure are ("6,000
        killed and wounded", "8,100 dead and wounded"): the parser hangs the second part
        off the first, and the first alone names only its own part (the killed); None
        where no such noun follows."""
        words = " ".join(_WORDS.findall(text[:_PAIR_REACH].lower())) + " "
        for noun, m in self._pair_nouns:
            if words.startswith(noun + " ") and not (m.actor and actors and m.actor not in actors):
                return m.id
        return None

    def _qualified(self, words: list[str], named: set[str], wide: set[str]) -> str | None:
        """The measure a qualifier among the figure's words names ("зенитных ракетных
        комплексов": anti-aircraft, so air defence whatever comes after); None for none."""
        if self.pack is None:
            return None
        for m in self.pack.measures:
            scope = wide if m.money or m.actor_implied else named
            if not m.qualifiers or (m.actor and m.actor not in scope):
                continue
            stems = tuple(q.lower() for q in m.qualifiers)
            if any(w.startswith(stems) for w in words):
                return m.id
        return None

    def _kind_of(self, head: str, words: list[str], named: set[str], wide: set[str]) -> str:
        """A kind of the people ``head`` counts, named in the two words after the first
        word naming them ("6 000 soldats du génie", "duemila militari del genio" are
        engineers, a kind of troops: the pack's ``within``); else ``head``."""
        if self.pack is None:
            return head
        kinds = [m for m in self.pack.measures if m.within == head]
        people = self._by_id.get(head)
        if not kinds or people is None:
            return head
        at = next(
            (i for i, w in enumerate(words) if self._last_stem([w], [people], named, wide)), None
        )
        if at is None:
            return head
        return self._last_stem(words[at + 1 : at + 3], kinds, named, wide) or head

    @property
    def _parts(self) -> set[str]:
        """Measures that make a combined one together (the killed, the wounded)."""
        return {m for pair in self._combined for m in pair}

    def _named_together(
        self, around: list[str], sentence: str | None, named: set[str]
    ) -> str | None:
        """The combined measure when the words right after a figure name both of its parts
        joined by one word ("4 тысячи убитыми и ранеными", "5 тисяч убитими та
        пораненими"): the three words must stand so in the sentence, since ``around``
        goes on with the words before the figure once those after it end (``sentence``
        None: the words are known to be the figure's own)."""
        if len(around) < 3 or len(around[1]) > 3:
            return None
        if sentence is not None and f"{around[0]} {around[1]} {around[2]}" not in sentence.lower():
            return None
        first = self._last_stem(around[:1], self.pack.measures if self.pack else [], named)
        second = self._last_stem(around[2:3], self.pack.measures if self.pack else [], named)
        if first is None or second is None or first == second:
            return None
        return self._combined.get(frozenset((first, second)))

    def _pair_in(self, words: list[str], named: set[str]) -> str | None:
        """The combined measure where two words joined by one of the language's joiners
        ("und", "i", "й") name both of its parts ("zabitych i rannych")."""
        measures = self.pack.measures if self.pack is not None else []
        for i, (a, conj, b) in enumerate(zip(words, words[1:], words[2:], strict=False)):
            if conj not in self.joiners:
                continue
            first = self._last_stem([a], measures, named)
            second = self._last_stem([b], measures, named)
            if first and second and first != second:
                both = self._combined.get(frozenset((first, second)))
                later = self._last_stem(words[i + 3 :], measures, named) if both else None
                if both is not None and later not in self._parts:
                    # not "7 тис. убитими та пораненими, з них 2,8 тис. — загиблими": a
                    # part named after the pair is the figure's own
                    return both
        return None

    def _people_by_name(self, word: str) -> str | None:
        """The people measure of the actor a word names as a group ("северокорейцев",
        "norcoreanos", "Nordkoreaner"): a figure counting an actor's people by name."""
        if self.pack is None:
            return None
        # the words come lower-cased, and German writes its nouns capitalised
        # ("Nordkoreaner", "Koreańczyków"): the pack's names are matched as written
        named = set(self.actors_in(word)) or set(self.actors_in(word.capitalize()))
        for m in self.pack.measures:
            if m.people and m.actor and m.actor in named:
                return m.id
        return None

    def _last_stem(
        self,
        words: list[str],
        measures: list[Measure],
        named: set[str],
        wide: set[str] | None = None,
    ) -> str | None:
        """The measure whose noun a word starts with; the last matching word wins
        ("militaires nord-coréens faits prisonniers" counts prisoners, "1.200 soldados
        muertos" the dead), a longer stem breaks a tie. ``wide``: the actors the document
        is about, for a money or goods measure (aid), which is often told from the side
        that gets it ("КНДР отримала мільйон барелів нафти" names only North Korea), and
        for a measure whose actor is implied (``actor_implied``: containers)."""
        index, lengths = self._stem_index(measures)
        heads, head_sizes = self._head_index(measures)
        # The last word any eligible prefix starts wins; there, the longer stem, then the
        # measure listed first. Looked up by the word's own prefixes: the loop over every
        # measure's every stem for every word was a tenth of all ingest time.
        for at in range(len(words) - 1, -1, -1):
            word = words[at]
            head = self._compound_head(word, heads, head_sizes, named, wide) if heads else None
            if head is not None:
                return head
            best: tuple[tuple[int, int], str] | None = None
            for size_of_prefix in lengths:
                if size_of_prefix > len(word):
                    break
                for order, size, m in index.get(word[:size_of_prefix], ()):
                    scope = wide if (m.money or m.actor_implied) and wide is not None else named
                    if m.percent_of or (m.actor and m.actor not in scope):
                        continue
                    if best is None or (size, -order) > best[0]:
                        best = ((size, -order), m.id)
            if best is not None:
                return best[1]
        return None

    def _head_index(
        self, measures: list[Measure]
    ) -> tuple[dict[str, list[Measure]], tuple[int, ...]]:
        """The nouns marked as heads of compounds ("*geschoss": German builds
        "Artilleriegeschosse", whose last part says what it is), lower case, by noun, and
        their lengths, longest first."""
        key = tuple(m.id for m in measures)
        found = self._head_memo.get(key)
        if found is None:
            heads: dict[str, list[Measure]] = {}
            for m in measures:
                for noun in m.nouns:
                    if noun.startswith("*") and " " not in noun:
                        heads.setdefault(noun[1:].rstrip("*").lower(), []).append(m)
            found = heads, tuple(sorted({len(h) for h in heads}, reverse=True))
            self._head_memo[key] = found
        return found

    def _compound_head(
        self,
        word: str,
        heads: dict[str, list[Measure]],
        sizes: tuple[int, ...],
        named: set[str],
        wide: set[str] | None,
    ) -> str | None:
        """The measure of the longest marked head ``word`` ends with, past at least two
        letters of a first part and before an ending of at most three letters
        ("militärbauarbeiter" a builder, "artilleriegeschosse" a shell); None when no
        eligible head ends it."""
        best: tuple[int, str] | None = None
        for ending in range(_HEAD_ENDING + 1):
            stop = len(word) - ending
            for size in sizes:
                start = stop - size
                if start < 2:
                    continue
                for m in heads.get(word[start:stop], ()):
                    scope = wide if (m.money or m.actor_implied) and wide is not None else named
                    if m.percent_of or (m.actor and m.actor not in scope):
                        continue
                    if best is None or size > best[0]:
                        best = (size, m.id)
        return best[1] if best else None

    def _stem_index(
        self, measures: list[Measure]
    ) -> tuple[dict[str, list[tuple[int, int, Measure]]], tuple[int, ...]]:
        """``_last_stem``'s prefixes of ``measures`` (``_stems``) by prefix, each with its
        place in the measures' order and its stem's length, and the prefix lengths in
        increasing order; made once per list of measures."""
        key = tuple(m.id for m in measures)
        found = self._stem_indexes.get(key)
        if found is None:
            index: dict[str, list[tuple[int, int, Measure]]] = {}
            order = 0
            for m in measures:
                for prefix, size in self._stems(m):
                    index.setdefault(prefix, []).append((order, size, m))
                    order += 1
            found = index, tuple(sorted({len(p) for p in index}))
            self._stem_indexes[key] = found
        return found

    def _stems(self, m: Measure) -> list[tuple[str, int]]:
        """The prefixes ``_last_stem`` looks for, with their stem's length, made once per
        measure (they were made again for every figure, times every measure and noun)."""
        stems = self._stem_memo.get(m.id)
        if stems is None:
            stems = []
            for noun in m.nouns:
                stem = noun.lower().strip("*")
                if " " in stem or len(stem) < self.stem_min:
                    continue
                stems.append((stem if len(stem) < 4 else stem[: max(4, len(stem) - 1)], len(stem)))
            self._stem_memo[m.id] = stems
        return stems

    def _owners_in(self, text: str) -> set[str]:
        """Actors ``text`` names other than only as a place or destination: in "до Росії
        надійшло 200 систем" Russia is where the systems went, so the figure may still be
        North Korea's, while "Росія втратила 200 систем" is Russia's own."""
        found = set(self.actors_in(text))
        if not (self._places or self._receiving) or not found:
            return found
        t = text.translate(_APOS)
        owners = set()
        for aid in found:
            for m in self.actor_patterns[aid].finditer(t):
                ahead = t[max(0, m.start() - 24) : m.start()]
                before = _LAST_WORD.search(ahead)
                if before is not None and before.group(1).lower() in self._places:
                    continue
                article = _PAST_ARTICLE.search(ahead)  # "vers la Russie", "verso la Russia"
                if (
                    article is not None
                    and article.group(2).lower() in self._articles
                    and article.group(1).lower() in self._places
                ):
                    continue
                after = _FIRST_WORDS.match(t, m.end())
                if after is not None and self._receives(after.group(1), after.group(2)):
                    continue
                owners.add(aid)
                break
        return owners

    def _receives(self, first: str, second: str | None) -> bool:
        """Whether one of the two words after an actor is a verb of receiving ("Rosja
        otrzymała", "Россия уже получила"); a verb further on is not looked for."""
        words = [first.lower(), *([second.lower()] if second else [])]
        return any(w in self._receiving for w in words)

    def actors_in(self, text: str) -> list[str]:
        """Actors named in ``text``; remembered for the last text, since each figure of a
        sentence asks about the same sentence."""
        if self._last_actors is not None and self._last_actors[0] == text:
            return list(self._last_actors[1])
        t = text.translate(_APOS)
        found = [
            aid
            for aid, pat in self.actor_patterns.items()
            if self.may_name(aid, t) and pat.search(t)
        ]
        self._last_actors = (text, found)
        return list(found)

    def may_name(self, actor: str, text: str) -> bool:
        """False when ``text`` holds none of the names ``actor``'s pattern matches (then it
        cannot match); True when it may."""
        need = self._actor_needles[actor]
        return need is None or not need.absent(text, None)

    def _noun_score(self, m: Measure, phrases: tuple[Phrase, ...]) -> int:
        """How specifically the phrases (``_phrases``: a noun phrase's lemmas and its
        words) name one of the measure's nouns: the number of words matched plus one, 0 for
        none. Multi-word nouns may sit anywhere in the phrase; a single word must be its
        head (last word). The phrases are normalised once per figure, not per measure."""
        best = 0
        singles = self._singles.get(m.id, frozenset())
        multis = self._multis.get(m.id, ())
        for padded, last in phrases:
            if last in singles:
                best = max(best, 2)
            for term, size in multis:
                if term in padded:
                    best = max(best, size + 1)
        return best

    def _a_level(self, thing: CountedThing) -> bool:
        """Whether a share naming no "of" states a level ("a peak of nearly 60%"), not a
        change ("raise output by 15 percent"): a change is not a share of anything."""
        verb = thing.verb
        if verb is None:
            return True
        return not any(c.lower_ in self._changes for c in verb.children if c.i > verb.i)

    def _sum_between(self, thing: CountedThing, m: Measure) -> bool:
        """Whether a sum's sentence names the money measure's giver or receiver ("Pyongyang
        earned $2 billion from Russia"); a sum between others ("Estonia will give €2.5
        million to EU efforts") is not that measure. True where the sentence is not known
        or the measure names no receiver."""
        token = thing.head or thing.verb or next(iter(thing.of_tokens), None)
        if m.recipient is None or token is None:
            return True
        named = set(self.actors_in(doc_text(token.doc)))  # joined once per sentence
        return bool(named & {m.actor, m.recipient})

    def _event_modifier(self, thing: CountedThing, people: Measure) -> Measure | None:
        """The event measure a word before a people noun names ("wounded men", "captured
        soldiers", "dead fighters"): the people it counts are the event's, of one actor."""
        if self.pack is None or thing.head is None:
            return None
        before = [t for t in thing.modifiers if t.i < thing.head.i]
        words = {" " + t.lower_ + " " for t in before}
        participles = {t.lemma_.lower() for t in before if t.tag_ == "VBN"}
        for m in self.pack.measures:
            if not m.verbs or m.people or m.actor != people.actor or m.percent_of:
                continue
            if words & self._singles.get(m.id, frozenset()) or participles & set(m.verbs):
                return m
        return None

    def match(
        self,
        thing: CountedThing,
        percent: bool,
        money: bool,
        sentence_lemmas: set[str],
        actors_in_scope: set[str] | None = None,
    ) -> str:
        """The measure id for a figure; ``actors_in_scope`` are the actors its context names."""
        if self.pack is None:
            return "other"
        verb = thing.verb.lemma_.lower() if thing.verb is not None else None
        np_text = " ".join(
            t.text for t in [*thing.modifiers, *([thing.head] if thing.head is not None else [])]
        )
        np_actors = set(self.actors_in(np_text))
        # each phrase a measure's nouns are tried on, normalised once for all measures
        np_phrases: tuple[Phrase, ...] = ()
        of_phrases: tuple[Phrase, ...] = ()
        of_text_phrases: tuple[Phrase, ...] = ()
        verb_phrases: tuple[Phrase, ...] = ()
        if thing.head is not None:
            texts = [t.text for t in [*thing.modifiers, thing.head]]
            np_phrases = _phrases(thing.np_lemmas, texts)
            if thing.of_tokens:
                of_nouns = [t for t in thing.of_tokens if t.pos_ in ("NOUN", "PROPN", "ADJ")]
                of_phrases = _phrases([t.lemma_ for t in of_nouns], [t.text for t in of_nouns])
                of_text_phrases = _phrases([t.text for t in thing.of_tokens])
        # "soldiers have been killed or wounded", "600 men killed or wounded": two verbs that
        # count one thing together, on the figure's verb or the participle after its noun
        phrase = next(
            (p for v in (thing.verb, thing.participle) if v is not None and (p := verb_phrase(v))),
            None,
        )
        if phrase:
            verb_phrases = _phrases(phrase.split())
        phrase_chose = False
        best: tuple[int, Measure] | None = None
        by_verb: Measure | None = None
        for m in self.pack.measures:
            if m.actor and np_actors and m.actor not in np_actors:
                continue
            if m.actor and actors_in_scope is not None and m.actor not in actors_in_scope:
                continue
            if percent:
                if not m.percent_of:
                    continue
                # "down from a peak of nearly 60%": a share naming no "of" is of what its
                # sentence names, as the unparsed reading takes it (``match_words``)
                of = set(thing.of_lemmas) or (sentence_lemmas if self._a_level(thing) else set())
                if any(w in of for w in m.percent_of):
                    score = 1 + sum(w in of for w in m.percent_of)
                    if best is None or score > best[0]:
                        best = (score, m)
                continue
            if m.percent_of:
                continue
            if money:
                if (
                    m.money
                    and best is None
                    and any(n in sentence_lemmas for n in m.nouns)
                    and self._sum_between(thing, m)
                ):
                    best = (1, m)
                continue
            if m.money and thing.head is None:
                continue
            score = 0
            if thing.head is not None:
                score = self._noun_score(m, np_phrases)
                if thing.of_tokens and score <= 2:
                    score = max(score, self._noun_score(m, of_phrases))
            if thing.of_tokens and thing.head is not None and score <= 2:
                # "the number of North Koreans killed or wounded"
                score = max(score, self._noun_score(m, of_text_phrases) - 1)
            named_by_phrase = False
            if verb_phrases:
                by_phrase = self._noun_score(m, verb_phrases)
                score = max(score, by_phrase)
                if score and thing.head is not None:
                    score += 10  # "4,700 soldiers killed or wounded": the verbs say what counts
                named_by_phrase = by_phrase > 2  # the phrase itself, not one of its verbs
            participle = thing.participle.lemma_.lower() if thing.participle is not None else None
            if participle and participle in m.verbs and by_verb is None:
                by_verb = m  # "soldiers captured by Ukraine"
            if verb and verb in m.verbs:
                if thing.head is None:
                    score = max(score, 1)
                elif by_verb is None:
                    by_verb = m
            if score and (best is None or score > best[0]):
                best = (score, m)
                phrase_chose = named_by_phrase
        if best is None:
            # a verb counts a bare figure ("300 have been killed") or the actor's people
            # ("several hundred North Koreans died"), not anyone's ("12 civilians were killed")
            if by_verb is not None and (thing.head is None or by_verb.actor in np_actors):
                return by_verb.id
            return "other"
        chosen = best[1]
        if chosen.people and (marked := self._event_modifier(thing, chosen)) is not None:
            return marked.id  # "hundreds of wounded men", "captured soldiers"
        if by_verb is None or by_verb is chosen or not chosen.verbs or phrase_chose:
            return chosen.id
        # a casualty verb re-purposes a people noun: "300 soldiers were killed",
        # "two soldiers captured by Ukraine"; not a casualty word ("2,700 wounded")
        head = thing.head
        people_noun = head is not None and head.pos_ == "NOUN" and head.tag_ != "JJ"
        if thing.participle is not None or (people_noun and verb not in chosen.verbs):
            return by_verb.id
        return chosen.id
