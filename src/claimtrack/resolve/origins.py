"""Resolve who a figure comes from to one origin per real-world source.

Names in the text vary ("NIS", "the National Intelligence Service", "South Korea's spy
agency"): the story pack's aliases bring them to one name; unknown sources are
normalised and typed by cues in their name. A figure the document asserts itself has the
document as its origin, and a near-duplicate copy shares its original's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from claimtrack.packs import StoryPack
from claimtrack.resolve.model import Origin

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


def normalise(name: str) -> str:
    """A key for a name: lower case, plain apostrophes, no leading article or brackets."""
    plain = _PAREN.sub("", name.translate(_APOS)).strip()
    plain = _LEADING.sub("", plain)
    return re.sub(r"\s+", " ", plain).lower()


def source_type(name: str) -> str:
    for kind, pattern in _type_cues():
        if pattern.search(name.translate(_APOS)):
            return kind
    return "official"


class OriginResolver:
    def __init__(self, pack: StoryPack | None) -> None:
        self.pack = pack
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

    def resolve(self, name: str) -> Origin:
        """The origin a source name stands for (cached: names repeat a lot)."""
        hit = self._cache.get(name)
        if hit is None:
            hit = self._cache[name] = self._resolve(name)
        return hit

    def _resolve(self, name: str) -> Origin:
        text = name.translate(_APOS)
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
        key = normalise(name)
        side = next((aid for pat, aid in self._actor_sides if pat.search(text)), None)
        return Origin(
            f"source:{key}", _PAREN.sub("", name).strip() or name, source_type(text), side
        )

    def document(self, doc: str, outlet: str | None) -> Origin:
        """The origin of a figure a document asserts itself."""
        hit = self._documents.get(doc)
        if hit is None:
            hit = self._documents[doc] = Origin(f"doc:{doc}", outlet or doc, "media", None)
        return hit
