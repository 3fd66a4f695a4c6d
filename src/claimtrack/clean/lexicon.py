"""Furniture cue phrases, read once from each language folder's ``clean.yaml``.

Every language file has the same layout (see ``languages/en/clean.yaml``); the cues of all files are
merged, because a French share button can sit on an English page and a cue that does not
occur costs nothing. Patterns are compiled here, once, when the module is imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from claimtrack.languages.loader import available_languages, load_language
from claimtrack.languages.schema import REASONS

__all__ = ["REASONS", "Lexicon", "ReasonCues", "load_lexicon", "normalise", "normalise_cue"]

_QUOTES = re.compile(r"[\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a`]")
_SPACES = re.compile(r"\s+")
# Punctuation, arrows and bullets that may surround a furniture line: "(Image credit: X)",
# "• Menu", "Share this article »", "Related:", "Back to top ↑". Currency signs stay, and
# a per cent sign at the end.
_HEAD = re.compile(r"[^\w$€£¥₽₩]+")
_TAIL = re.compile(r"[^\w$€£¥₽₩%]+")


def normalise(line: str) -> str:
    """The form lines and cues are compared in: lower case, no quotes, single spaces."""
    text = _QUOTES.sub("", line.lower())
    text = _SPACES.sub(" ", text)
    # the edges are cut by matching at the two ends, the tail on the reversed text: a
    # pattern anchored at the end ("...+$") is tried at every position of the line
    head = _HEAD.match(text)
    if head is not None:
        text = text[head.end() :]
    tail = _TAIL.match(text[::-1])
    return text[: len(text) - tail.end()] if tail is not None else text


@dataclass(frozen=True)
class ReasonCues:
    """The compiled cues of one reason."""

    exact: frozenset[str]
    prefix: re.Pattern[str] | None
    contains: re.Pattern[str] | None


@dataclass(frozen=True)
class Lexicon:
    """All cue phrases, merged over languages, ready to match normalised lines."""

    reasons: dict[str, ReasonCues]
    offer_words: re.Pattern[str]
    subscription_words: re.Pattern[str]
    dateline_words: frozenset[str]
    byline_start: re.Pattern[str]
    languages: tuple[str, ...]
    #: The words of furniture shapes ("offers.starts", "read_time.after", ...), merged over
    #: languages in the order first given; furniture.py builds its patterns from them.
    shape_words: dict[str, tuple[str, ...]]
    #: Relative time stamps, one (before, counts, units, after) per language.
    agos: tuple[tuple[tuple[str, ...], ...], ...]
    #: Per language written both ways, the spellings that say a page writes the day first
    #: and those that say the month first (``day_first_marks``, ``month_first_marks``),
    #: each compiled to one pattern (clean/dates.py ``day_first_in``).
    spelling_marks: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = field(default_factory=dict)


def _marks_pattern(marks: list[str]) -> re.Pattern[str]:
    """One pattern for a folder's spelling marks: words as whole words, a symbol ("£")
    anywhere; one that matches nothing for none."""
    words = [re.escape(m.lower()) for m in marks if m[:1].isalnum()]
    symbols = [re.escape(m) for m in marks if m and not m[:1].isalnum()]
    parts = ([rf"(?<!\w)(?:{'|'.join(words)})(?!\w)"] if words else []) + symbols
    return re.compile("|".join(parts) or r"(?!x)x")


def _alternation(phrases: list[str]) -> str:
    # Longest first so "share this article" wins over "share".
    ordered = sorted({normalise_cue(p) for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p) for p in ordered)


def normalise_cue(cue: str) -> str:
    """Cues are normalised like lines, except that trailing ':' is kept for prefix cues."""
    text = _SPACES.sub(" ", _QUOTES.sub("", cue.lower())).strip()
    return text


#: Kana and CJK ideographs: scripts written without spaces, whose words have no boundaries.
UNSPACED_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _word_pattern(phrases: list[str], *, anchored: bool) -> re.Pattern[str] | None:
    if not phrases:
        return None
    # Japanese and Chinese have no spaces: their cues stand anywhere in a run ("点击订阅本报")
    unspaced = [p for p in phrases if UNSPACED_LETTER.search(p)]
    alt = _alternation([p for p in phrases if p not in unspaced])
    head = r"^" if anchored else r"(?<!\w)"
    # A cue ending in a word character must end at a word boundary ("photo by" does not
    # match "photo byte"); one ending in punctuation ("related:") already bounds itself.
    body = rf"{head}(?:{alt})(?:(?<=\W)|(?!\w))" if alt else ""
    if unspaced:
        cjk = rf"{'^' if anchored else ''}(?:{_alternation(unspaced)})"
        body = f"{body}|{cjk}" if body else cjk
    return re.compile(body)


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"clean lexicon {where}: expected a list of strings")
    return list(value)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read and compile every language folder's ``clean.yaml`` once."""
    exact: dict[str, set[str]] = {r: set() for r in REASONS}
    prefix: dict[str, list[str]] = {r: [] for r in REASONS}
    contains: dict[str, list[str]] = {r: [] for r in REASONS}
    offer: list[str] = []
    subscription: list[str] = []
    dateline: set[str] = set()
    byline: list[str] = []
    languages: list[str] = []
    shape_words: dict[str, list[str]] = {}
    agos: list[tuple[tuple[str, ...], ...]] = []
    spelling: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}

    for code in available_languages():
        language = load_language(code)
        # a list piece's count in words ("Five questions", "Три сценарії"): the folder's
        # own number words, two to twelve
        counts = shape_words.setdefault("listicle_counts", [])
        counts.extend(
            w
            for w, n in ((language.extract or {}).get("number_words") or {}).items()
            if _LISTICLE_COUNTS[0] <= n <= _LISTICLE_COUNTS[1] and w not in counts
        )
        data = language.clean
        if data is None:
            continue  # a language without furniture cues of its own
        where_file = f"languages/{code}/clean.yaml"
        languages.append(str(data.get("language", code)))
        reasons = data.get("reasons") or {}
        for reason, cues in reasons.items():
            if reason not in exact:
                raise ValueError(
                    f"clean lexicon {where_file}: unknown reason {reason!r}; use one of {', '.join(REASONS)}"
                )
            cues = cues or {}
            where = f"{where_file} {reason}"
            exact[reason].update(normalise(c) for c in _strings(cues.get("exact"), where))
            prefix[reason].extend(_strings(cues.get("prefix"), where))
            contains[reason].extend(_strings(cues.get("contains"), where))
        offer.extend(_strings(data.get("offer_words"), f"{where_file} offer_words"))
        subscription.extend(
            _strings(data.get("subscription_words"), f"{where_file} subscription_words")
        )
        dateline.update(w.lower() for w in _strings(data.get("dateline_words"), where_file))
        byline.extend(_strings(data.get("byline_starts"), f"{where_file} byline_starts"))
        for key, words in _shape_lists(data):
            merged = shape_words.setdefault(key, [])
            merged.extend(w for w in words if w not in merged)
        if data.get("day_first_marks") or data.get("month_first_marks"):
            spelling[str(data.get("language", code))] = (
                _marks_pattern(_strings(data.get("day_first_marks"), where_file)),
                _marks_pattern(_strings(data.get("month_first_marks"), where_file)),
            )
        ago = data.get("ago")
        if ago:
            agos.append(
                tuple(tuple(ago.get(k) or ()) for k in ("before", "counts", "units", "after"))
            )

    compiled = {
        r: ReasonCues(
            exact=frozenset(exact[r]),
            prefix=_word_pattern(prefix[r], anchored=True),
            contains=_word_pattern(contains[r], anchored=False),
        )
        for r in REASONS
    }
    offer_pattern = _word_pattern(offer, anchored=False) or re.compile(r"(?!x)x")
    subscription_pattern = _word_pattern(subscription, anchored=False) or re.compile(r"(?!x)x")
    byline_pattern = re.compile(
        rf"^(?:{_alternation(byline) or 'by'})\s+(?P<rest>\S.*)$", re.IGNORECASE
    )
    return Lexicon(
        reasons=compiled,
        offer_words=offer_pattern,
        subscription_words=subscription_pattern,
        dateline_words=frozenset(dateline),
        byline_start=byline_pattern,
        languages=tuple(languages),
        shape_words={k: tuple(v) for k, v in shape_words.items()},
        agos=tuple(agos),
        spelling_marks=spelling,
    )


#: The clean.yaml keys holding furniture-shape words: lists, or groups of lists.
SHAPE_KEYS = (
    "offers",
    "paywall_shares",
    "comment_counts",
    "read_time",
    "updated",
    "name_joiners",
    "name_particles",
    "social",
    "listicle_nouns",
    "day_first_marks",
    "month_first_marks",
)
#: The counts in words a list piece's title may open with (``listicle_counts``).
_LISTICLE_COUNTS = (2, 12)


def _shape_lists(data: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """``("offers.starts", [...])``, ``("updated", [...])``: each shape list a file gives."""
    out: list[tuple[str, list[str]]] = []
    for key in SHAPE_KEYS:
        value = data.get(key)
        if isinstance(value, dict):
            out.extend((f"{key}.{sub}", _strings(v, f"{key}.{sub}")) for sub, v in value.items())
        elif value is not None:
            out.append((key, _strings(value, key)))
    return out
