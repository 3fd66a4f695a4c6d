"""Resolve who a figure comes from to one origin per real-world source.

Names in the text vary ("NIS", "the National Intelligence Service", "South Korea's spy
agency"): the story pack's aliases bring them to one name; unknown sources are
normalised and typed by cues in their name. What the pack does not say is learned from
all the names of a cross-check (``OriginResolver.learn``), by rules a reader can check:

- a person is the capitalised words after the last title ("Russian Security Council
  Secretary Sergei Shoigu" is Sergei Shoigu), and a bare surname ("Shoigu") is the one
  person of that surname, spellings folded ("Zelenskyy", "Zelensky");
- an acronym is the organisation whose capitalised words spell it ("ISW");
- "a former X official" is a person who once served X, never X itself.

A figure the document asserts itself has the document as its origin, and a
near-duplicate copy shares its original's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import yaml

from claimtrack.packs import StoryPack
from claimtrack.resolve.model import Origin
from claimtrack.review.apply import OriginMap

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*$")
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)


@lru_cache(maxsize=1)
def _type_cues() -> list[tuple[str, re.Pattern[str]]]:
    data = yaml.safe_load((Path(__file__).parent / "source_types.yaml").read_text(encoding="utf-8"))
    return [
        (kind, re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.I))
        for kind, cues in data.items()
    ]


@lru_cache(maxsize=1)
def _names() -> dict[str, frozenset[str]]:
    data = yaml.safe_load((Path(__file__).parent / "names.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in data.items()}


_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žА-яЁё][\w'’-]*")


def _is_name_word(w: str) -> bool:
    return w[:1].isupper() and not w.isupper() and w.lower() not in _names()["roles"]


def person_of(name: str) -> str | None:
    """The person a source names: the capitalised words ending the name after its last
    title or role, two or three of them ("Sergei Shoigu"); None for organisations and
    groups ("Kyiv Independent" is typed as media by its cues, so no person)."""
    words = _PAREN.sub("", name.translate(_APOS)).split()
    tail: list[str] = []
    for w in reversed(words):
        w = w.strip(",.;:")
        if not w or not _is_name_word(w) or w.endswith("'s"):
            break
        tail.insert(0, w)
    if not 2 <= len(tail) <= 3:
        return None
    before = words[-len(tail) - 1].lower() if len(words) > len(tail) else ""
    if before in _names()["acronym_skip"]:
        return None  # "Institute for Strategic Monitoring": a name's end, not a person
    person = " ".join(tail)
    return person if source_type(person) == "official" else None


def fold_spelling(word: str) -> str:
    """One key for a name's transliterations: "Zelenskyy", "Zelenskiy", "Zelensky"."""
    w = word.lower().translate(_APOS)
    w = re.sub(r"(?:yy|iy|ii|yi)$", "y", w)
    w = w.replace("kh", "h").replace("ou", "u")
    return re.sub(r"(.)\1+", r"\1", w)


def acronyms_of(name: str) -> set[str]:
    """Acronyms the capitalised words of a name spell, from each of its last runs:
    "South Korea's National Intelligence Service" -> {"NIS", "SKNIS", ...}."""
    skip = _names()["acronym_skip"]
    words = [w for w in _PAREN.sub("", name.translate(_APOS)).split() if w.lower() not in skip]
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) < 2 or len(caps) != len(words):
        tail: list[str] = []
        for w in reversed(words):
            if not w[:1].isupper() or w.endswith("'s"):
                break
            tail.insert(0, w)
        caps = tail
    return {"".join(w[0] for w in caps[k:]).upper() for k in range(len(caps) - 1)}


def normalise(name: str) -> str:
    """A key for a name: lower case, plain apostrophes, no leading article or brackets."""
    plain = _PAREN.sub("", name.translate(_APOS)).strip()
    plain = _LEADING.sub("", plain)
    return re.sub(r"\s+", " ", plain).lower()


def source_types() -> list[str]:
    """Every source type an origin can have: those ``source_types.yaml`` cues, then the
    default ``official`` (what the review form offers)."""
    kinds = [kind for kind, _ in _type_cues()]
    return kinds if "official" in kinds else [*kinds, "official"]


def source_type(name: str) -> str:
    for kind, pattern in _type_cues():
        if pattern.search(name.translate(_APOS)):
            return kind
    return "official"


class OriginResolver:
    def __init__(self, pack: StoryPack | None, reviewed: OriginMap | None = None) -> None:
        self.pack = pack
        #: Analysts' merges, splits and descriptions of origins (``claimtrack.review``),
        #: applied over what the pack and the learned names say.
        self.reviewed = reviewed if reviewed else None
        self._aliases: list[tuple[re.Pattern[str], Origin]] = []
        self._actor_sides: list[tuple[re.Pattern[str], str]] = []
        if pack is not None:
            for src in pack.sources:
                origin = Origin(f"source:{normalise(src.name)}", src.name, src.type, src.side)
                for alias in sorted({src.name, *src.aliases}, key=len, reverse=True):
                    flags = 0 if alias.isupper() else re.I
                    pat = re.compile(r"\b" + re.escape(alias.translate(_APOS)) + r"\b", flags)
                    self._aliases.append((pat, origin))
            self._aliases.sort(key=lambda pa: len(pa[0].pattern), reverse=True)
            for actor in pack.actors:
                for alias in [actor.name, *actor.aliases]:
                    self._actor_sides.append(
                        (re.compile(r"\b" + re.escape(alias) + r"\b"), actor.id)
                    )
        self._cache: dict[str, Origin] = {}
        self._documents: dict[str, Origin] = {}
        self._people: dict[str, Origin] = {}  # folded person name -> their origin
        self._surnames: dict[str, str] = {}  # folded surname -> the one person bearing it
        self._acronyms: dict[str, str] = {}  # acronym -> the one name spelling it

    def learn(self, names: Iterable[str]) -> None:
        """Learn people and acronyms from every source name of a cross-check, so a bare
        surname or acronym meets its full name in any document, in any order. A surname
        or acronym two different names share is left alone. A person's origin is named
        and typed after the longest name that holds it."""
        people: dict[str, Origin] = {}
        by_surname: dict[str, set[str]] = defaultdict(set)
        spelled: dict[str, set[str]] = defaultdict(set)
        for name in sorted(set(names), key=lambda n: (-len(n), n)):
            if self._pack_origin(name) is not None:
                continue
            person = person_of(name)
            if person is not None:
                folded = fold_spelling(person)
                by_surname[fold_spelling(person.split()[-1])].add(folded)
                people.setdefault(folded, self._person(person, name))
                continue
            for acronym in acronyms_of(name):
                spelled[acronym].add(name)
        self._people = people
        self._surnames = {s: next(iter(ps)) for s, ps in by_surname.items() if len(ps) == 1}
        self._acronyms = {a: next(iter(ns)) for a, ns in spelled.items() if len(ns) == 1}
        self._cache.clear()

    def _person(self, person: str, name: str) -> Origin:
        text = name.translate(_APOS)
        side = next((aid for pat, aid in self._actor_sides if pat.search(text)), None)
        return Origin(f"person:{fold_spelling(person)}", person, source_type(text), side)

    def resolve(self, name: str) -> Origin:
        """The origin a source name stands for (cached: names repeat a lot)."""
        hit = self._cache.get(name)
        if hit is None:
            hit = self._cache[name] = self._review(name, self._resolve(name))
        return hit

    def _review(self, name: str, origin: Origin, depth: int = 0) -> Origin:
        """An analyst's reviews over the machine's origin: a name split off stands alone;
        an origin merged into another becomes that one; a described one takes the type
        and side the reviewer set."""
        r = self.reviewed
        if r is None:
            return origin
        if r.stands_apart(name) and normalise(origin.name) != normalise(name):
            origin = Origin(f"source:{normalise(name)}", name, source_type(name), None)
        target = r.canonical(origin.name)
        if target != origin.name and depth < 8:  # chains end: canonical() is cycle-safe
            origin = self._review(target, self._resolve(target), depth + 1)
        described = r.description(origin.name)
        if described is not None:
            kind, side = described
            origin = Origin(origin.key, origin.name, kind or origin.type, side or origin.side)
        return origin

    def _resolve(self, name: str) -> Origin:
        hit = self._pack_origin(name)
        if hit is not None:
            return hit
        text = name.translate(_APOS)
        person = person_of(name)
        folded = fold_spelling(person) if person is not None else None
        bare = normalise(name)
        if folded is None and " " not in bare and name[:1].isupper() and not name.isupper():
            folded = self._surnames.get(fold_spelling(bare))  # "Shoigu"
        if folded is not None:
            known = self._people.get(folded)
            return known if known is not None else self._person(person or name, name)
        expansion = self._acronyms.get(bare.upper()) if name.strip().isupper() else None
        if expansion is not None:  # "ISW" for the Institute for the Study of War
            return self.resolve(expansion)
        key = normalise(name)
        side = next((aid for pat, aid in self._actor_sides if pat.search(text)), None)
        return Origin(
            f"source:{key}", _PAREN.sub("", name).strip() or name, source_type(text), side
        )

    def _pack_origin(self, name: str) -> Origin | None:
        """The pack source a name stands for, if any; "a former X official" is a person,
        never X."""
        text = name.translate(_APOS)
        words = set(re.findall(r"[\w-]+", text.lower()))
        if words & _names()["former"]:
            return None
        # "South Korea's spy agency (South Korea's National Intelligence Service)",
        # "Defense Intelligence Agency (DIA)": the bracket may name the source outright
        paren = _PAREN.search(text)
        candidates = [paren.group(1), text] if paren else [text]
        for candidate in candidates:
            # "Ukrainian military intelligence chief Kyrylo Budanov": the alias nearest the
            # end of the phrase names the speaker; the longest wins a tie
            best: tuple[int, int, Origin] | None = None
            for pattern, origin in self._aliases:
                m = pattern.search(candidate)
                if m and (best is None or (m.end(), m.end() - m.start()) > best[:2]):
                    best = (m.end(), m.end() - m.start(), origin)
            if best is not None:
                return best[2]
        return None

    def document(self, doc: str, outlet: str | None) -> Origin:
        """The origin of a figure a document asserts itself."""
        hit = self._documents.get(doc)
        if hit is None:
            hit = self._documents[doc] = Origin(f"doc:{doc}", outlet or doc, "media", None)
        return hit
