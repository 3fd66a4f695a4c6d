"""Reading claims without a dependency parser, for languages no spaCy pipeline serves here.

What is counted is the first content word after the figure ("11.000 soldados", "des milliers
de soldats", "около 300 военных"); the source comes from an "according to" cue of the
language ("según", "selon", "по данным"); status and certainty from cue words before the
figure. Coarser than the parsed reading, but figures, bounds and traps are the same.
"""

from __future__ import annotations

import re

from claimtrack.extract.figures import Figure
from claimtrack.extract.lexicon import Lexicon
from claimtrack.extract.tokens import Tok
from claimtrack.records import Certainty, Status

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_STATUSES: tuple[Status, ...] = ("rumoured", "pledged", "planned")


class PlainReader:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.function_words = lex.phrase_set("function_words")
        self.time_units = lex.set_of["time_units"]
        self.adjective_endings = tuple(lex.words("adjective_endings")) or ("\0",)
        cues = sorted(lex.words("according_to"), key=len, reverse=True)
        self.according = (
            re.compile(
                r"(?:^|[\s,(])(?:"
                + "|".join(re.escape(c) for c in cues)
                + r")\s+([^,.;:()«»\"“”]{2,80})",
                re.IGNORECASE,
            )
            if cues
            else None
        )
        after = sorted(lex.words("according_to_after"), key=len, reverse=True)
        self.according_after = (
            re.compile(r"(\S+)\s+(?:" + "|".join(re.escape(c) for c in after) + r")")
            if after
            else None
        )
        self.particles = sorted(lex.words("particles"), key=len, reverse=True)
        verbs = sorted(lex.words("speech_verbs"), key=len, reverse=True)
        alternatives = "|".join(re.escape(v) for v in verbs)
        self.speech = (
            re.compile(r"(?:^|[.;:]\s+)([^,.;:«»\"“”]{2,70}?)\s+(?:" + alternatives + r")\b", re.I)
            if verbs
            else None
        )
        self.speech_after = (
            re.compile(r",\s*(?:" + alternatives + r")\s+([^,.;:«»\"“”()]{2,80})", re.I)
            if verbs
            else None
        )
        self.verb_final = bool(lex.data.get("verb_final"))
        self.status_words: dict[Status, frozenset[str]] = {
            "rumoured": lex.phrase_set("status", "rumoured"),
            "pledged": lex.phrase_set("status", "pledged"),
            "planned": lex.phrase_set("status", "planned"),
        }
        self.hedged = lex.phrase_set("certainty", "hedged")
        self.status_stems: frozenset[str] = frozenset().union(*self.status_words.values())
        self.confirmed = lex.phrase_set("certainty", "confirmed")

    def unit(self, fig: Figure, toks: list[Tok]) -> str | None:
        """The first content word after the figure, past "of"-words ("miles de soldados");
        past adjectives where they come first (German capitalised nouns; a Russian run of
        adjective endings gives its last word: "северокорейских рабочих")."""
        if fig.percent:
            return "percent"
        if fig.currency is not None:
            return fig.currency
        words = self.content_words(fig, toks)
        if not words:
            return None
        run = [w for w in words if w.endswith(self.adjective_endings) and len(w) > 5]
        if len(run) >= 2 and words[: len(run)] == run:
            return run[-1]
        nouns = [w for w in words if w not in run]
        return nouns[0] if nouns and words[0] in run else words[0]

    def measure_words(
        self, fig: Figure, toks: list[Tok], unit: str | None, words: list[str] | None = None
    ) -> list[str]:
        """The words a measure is read from, the preferred last: after the figure; the whole
        sentence when the unit is only a counter ("3,5 млн штук", "2.000 unidades") or none.
        ``words``: the sentence's words when the caller has them already (computing them per
        figure would make a sentence of many figures cost its length squared)."""
        if fig.percent:
            return ["percent"]
        if self.verb_final:
            # Korean names the thing before the number ("컨테이너 2만8000개") and the event
            # after it ("300여명이 사망하고"): the words nearest before come last, so they
            # win over the words after when both name a measure
            after = toks[fig.tok_end : fig.tok_end + 3]
            before = toks[max(0, fig.tok_start - 2) : fig.tok_start]
            return [t.lower for t in [*after, *before] if t.is_alpha]
        found = self.content_words(fig, toks)
        if unit is None or unit in self.lex.phrase_set("counter_words"):
            found += words if words is not None else [t.lower for t in toks if t.is_alpha]
        return found

    def content_words(self, fig: Figure, toks: list[Tok]) -> list[str]:
        """Up to three content words after the figure, before punctuation or a time unit."""
        capitalised = bool(self.lex.data.get("unit_is_capitalised"))
        out: list[str] = []
        for t in toks[fig.tok_end : fig.tok_end + 6]:
            if not t.is_alpha or t.lower in self.time_units:
                break
            w = t.lower
            head, apostrophe, rest = w.replace("’", "'").partition("'")
            if apostrophe and len(head) <= 2 and rest:
                w = rest  # French elision: "d'obus", "l'armée"
            if w in self.lex.of_words or w in self.function_words:
                if out:
                    break
                continue
            if capitalised and not t.is_title:
                continue
            out.append(w)
            if len(out) == 4:
                break
        return out

    def source(self, sentence: str) -> str | None:
        if self.according_after is not None:
            m_after = self.according_after.search(sentence)
            if m_after:  # "국정원에 따르면": the source stands before the cue
                word = m_after.group(1)
                for particle in self.particles:
                    if word.endswith(particle) and len(word) > len(particle):
                        return word[: -len(particle)]
                return word
        if self.according is not None and (m := self.according.search(sentence)):
            words = m.group(1).split()
            return " ".join(words[:10]).strip() or None
        if self.speech is None or self.speech_after is None:
            return None
        if m := self.speech_after.search(sentence):  # ", dijo el ministro de Defensa"
            words = m.group(1).split()
            return " ".join(words[:8]) if 0 < len(words) <= 8 else None
        if m := self.speech.search(sentence):  # "El ministro dijo que ..."
            words = m.group(1).split()
            return " ".join(words) if 0 < len(words) <= 6 else None
        return None

    def _before(self, sentence: str, fig: Figure) -> set[str]:
        """The words that may govern the figure: before it, or all of them where verbs
        come last (Korean, whose stems carry glued endings: "예정이다")."""
        text = sentence if self.verb_final else sentence[: fig.start]
        words = {w.lower() for w in _WORD.findall(text)}
        if self.verb_final:
            words |= {s for w in list(words) for s in self.status_stems if w.startswith(s)}
        return words

    def status(self, sentence: str, fig: Figure) -> Status:
        words = self._before(sentence, fig)
        for status in _STATUSES:
            if words & self.status_words[status]:
                return status
        return "reported"

    def status_positions(self, sentence: str) -> dict[Status, int]:
        """For each status, where the first word cueing it ends (-1 where verbs come last:
        a cue anywhere counts); read once per sentence, so that ``status_at`` costs each
        figure nothing more. ``status_at(status_positions(s), fig) == status(s, fig)``."""
        out: dict[Status, int] = {}
        for m in _WORD.finditer(sentence):
            w = m.group().lower()
            for status in _STATUSES:
                if status in out:
                    continue
                cues = self.status_words[status]
                if w in cues or (self.verb_final and any(w.startswith(c) for c in cues)):
                    out[status] = -1 if self.verb_final else m.end()
        return out

    def status_at(self, positions: dict[Status, int], fig: Figure) -> Status:
        """The status of a figure from its sentence's ``status_positions``."""
        for status in _STATUSES:
            at = positions.get(status)
            if at is not None and at <= fig.start:
                return status
        return "reported"

    def certainty(self, sentence: str, fig: Figure) -> Certainty:
        """Hedged or confirmed by any cue word in the sentence (the figure's position does
        not matter)."""
        words = {w.lower() for w in _WORD.findall(sentence)}
        if words & self.hedged:
            return "hedged"
        if words & self.confirmed:
            return "confirmed"
        return "asserted"
