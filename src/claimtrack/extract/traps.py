"""Numbers that are not claims: dates, years, times, ordinals, designations, calibres,
sizes, durations, ages, counters and denominators.

Each rule looks only at the figure's neighbouring tokens, so the check is cheap and runs
before the parser; the reason is kept so a user can see why a number was left out.
"""

from __future__ import annotations

import re

from claimtrack.extract.figures import Figure
from claimtrack.extract.lexicon import LEFT_REACH, Lexicon, left_of
from claimtrack.extract.tokens import Tok, glued

_SCORE_SEPARATORS = {"/", ":"}
_COUNTER_WORDS = {
    "photo",
    "photos",
    "image",
    "images",
    "picture",
    "slide",
    "page",
    "pages",
    "step",
    "part",
    "episode",
    "chapter",
    "video",
    "item",
    "gallery",
}
_DENOMINATOR_WORDS = ("per", "out of", "in every", "every", "for every")
_PHONE = re.compile(r"(?<![\w,.])\+?\(?\d{1,4}\)?(?:[ .-]\(?\d{2,4}\)?){2,}(?![\w,]|\.\d)")


def _is_year(value: float | None) -> bool:
    return value is not None and value == int(value) and 1800 <= value <= 2100


def hyphenated(toks: list[Tok], j: int) -> bool:
    """ "a 40-foot container": the unit is glued to the number by a hyphen."""
    return j + 1 < len(toks) and toks[j].text in ("-", "‐") and glued(toks[j - 1], toks[j])


def _next_alpha(toks: list[Tok], j: int) -> Tok | None:
    return toks[j] if j < len(toks) and toks[j].is_alpha else None


class TrapFilter:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.months = lex.set_of["months"]
        self._last_phones: tuple[str, list[tuple[int, int]]] | None = None
        self._last_price: tuple[str, bool] | None = None
        self.price_context = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in lex.words("price_context")) + r")\b", re.I
        )
        after = sorted(lex.words("paywall_after"), key=len, reverse=True)
        self.paywall_after = re.compile(
            r"^\s*(?:" + "|".join(re.escape(a) for a in after) + r")\b", re.I
        )

    def _unit_after(self, toks: list[Tok], j: int) -> tuple[str | None, str | None]:
        """The unit word right after a figure: glued ("170mm"), hyphenated ("four-hour"), or spaced."""
        lex = self.lex
        if j >= len(toks):
            return None, None
        at = j  # index of the unit word: past a hyphen in "four-hour"
        t = toks[j]
        if (
            t.text in ("-", "‐")
            and j + 1 < len(toks)
            and glued(toks[j - 1], t)
            and glued(t, toks[j + 1])
        ):
            at = j + 1
            t = toks[at]
        w = t.lower
        if j + 1 < len(toks) and w in ("nautical", "square") and toks[j + 1].is_alpha:
            if w == "square":
                return w + " " + toks[j + 1].lower, None
            return "nautical miles", self._distance_reason(toks, j, at + 2)
        if w in lex.set_of["time_units"]:
            return w, "duration"
        if w in lex.set_of["calibre_units"]:
            return w, "calibre"
        if w in lex.phrase_set("speed_units"):
            return w, "calibre"
        if w in lex.set_of["length_units"]:
            k = at + 1
            return w, self._distance_reason(toks, j, k)
        return w, None

    def _distance_reason(self, toks: list[Tok], j: int, k: int) -> str | None:
        """ "a front 25 km long", "adds 3,500 nautical miles" measure the event (claims);
        "30 km from the border", "a 1,400km border", "a 1km-long bridge", "240 km/h" do not."""
        if hyphenated(toks, j) or (
            k < len(toks) and toks[k].text in ("-", "/") and glued(toks[k - 1], toks[k])
        ):
            return "calibre"
        before = {t.lower for t in toks[max(0, j - 6) : j]}
        if before & self.lex.phrase_set("spec_nouns"):
            return "calibre"  # "a range of up to 700 km": a capability, not an event
        after = toks[k] if k < len(toks) else None
        if (
            after is not None
            and after.lower in ("per", "an", "a")
            and k + 1 < len(toks)
            and toks[k + 1].lower in ("hour", "hr", "h", "second")
        ):
            return "calibre"  # "185 kilometers per hour": a speed
        if after is None or not after.is_alpha:
            return None
        return None if after.lower in self.lex.phrase_set("size_followers") else "calibre"

    def _phones(self, sentence: str) -> list[tuple[int, int]]:
        """Spans of phone numbers (seven digits or more) in the sentence; remembered for the
        last sentence, since each of its figures asks (finding them per figure made a
        sentence of many figures cost its length squared)."""
        if self._last_phones is None or self._last_phones[0] != sentence:
            spans = [
                (m.start(), m.end())
                for m in _PHONE.finditer(sentence)
                if sum(c.isdigit() for c in m.group()) >= 7
            ]
            self._last_phones = (sentence, spans)
        return self._last_phones[1]

    def _price_context(self, sentence: str) -> bool:
        """Whether the sentence talks of prices; remembered for the last sentence."""
        if self._last_price is None or self._last_price[0] != sentence:
            self._last_price = (sentence, bool(self.price_context.search(sentence)))
        return self._last_price[1]

    def check(self, fig: Figure, toks: list[Tok], sentence: str, title_case: bool) -> str | None:
        """The reason ``fig`` is not a claim, or None when it may be one."""
        lex = self.lex
        i, j = fig.tok_start, fig.tok_end
        first = toks[i]
        prev = toks[i - 1] if i > 0 else None
        prev2 = toks[i - 2] if i > 1 else None
        nxt = toks[j] if j < len(toks) else None
        core_end = toks[j - 1]
        is_money = fig.currency is not None
        # URLs, e-mails, file names
        span_l = sentence.rfind(" ", 0, first.start) + 1
        span_r = sentence.find(" ", core_end.end)
        word = sentence[span_l : span_r if span_r >= 0 else len(sentence)]
        if "://" in word or "@" in word or "www." in word:
            return "other"
        if not fig.grouped and any(a <= first.start < b for a, b in self._phones(sentence)):
            return "other"
        if fig.percent and self.paywall_after.search(sentence[fig.end : fig.end + LEFT_REACH]):
            return "paywall"
        offer = re.search(r"\b(?:from|only|just)\s*$", left_of(sentence, fig.start)[1], re.I)
        if is_money and nxt is not None and (offer or self._price_context(sentence)):
            k = j + 1 if nxt.lower in ("/", "a", "an", "per") else j
            if k != j and k < len(toks) and toks[k].lower in lex.set_of["price_periods"]:
                return "price"
        # times: "16:40", "3:15 p.m."
        if (
            prev is not None
            and prev.text in (":", ".")
            and glued(prev, first)
            and prev2 is not None
            and prev2.is_digit
            and glued(prev2, prev)
        ):
            return "time"
        if (
            nxt is not None
            and nxt.lower in ("a", "p")
            and j + 1 < len(toks)
            and toks[j + 1].text == "."
            and glued(nxt, toks[j + 1])
        ):
            return "time"
        # ordinals and dates glued: 28th, 1990s
        if nxt is not None and glued(core_end, nxt) and nxt.is_alpha:
            w = nxt.lower
            if w in lex.set_of["ordinal_suffixes"]:
                return "date"
            if w == "s" and fig.value is not None and fig.value % 10 == 0:
                return "date"
        if not is_money and not fig.percent:
            # designations: letters glued before (KN-23, Su-35, Br4, MICH2000, G7)
            if prev is not None and glued(prev, first):
                if prev.is_alpha:
                    return "designation"
                if prev.text in ("-", "‐", "/", "#") and prev2 is not None and glued(prev2, prev):
                    if prev2.is_alpha and prev2.lower not in ("mid", "early", "late"):
                        return "designation"
                    if prev2.is_digit and prev.text == "/":
                        return "date"
                    if prev2.lower in ("mid", "early", "late"):
                        return "date"
                    if prev2.is_digit:
                        return "designation"
                if prev.text == "#":
                    return "designation"
            # Korean: a counter or time word glued after the number ("3000명", "2024년")
            if (
                nxt is not None
                and glued(core_end, nxt)
                and nxt.is_alpha
                and lex.phrase_set("counters")
            ):
                if any(nxt.lower.startswith(u) for u in lex.set_of["time_units"]):
                    return "duration"
                if any(
                    nxt.lower.startswith(c) for c in lex.phrase_set("counters") | set(lex.scales)
                ):
                    return None
            # letters glued after that are not units: 11A, 2S19, 5G
            if nxt is not None and glued(core_end, nxt) and nxt.is_alpha:
                unit, _ = self._unit_after(toks, j)
                not_unit = unit is None or (
                    unit not in lex.set_of["calibre_units"]
                    and unit not in lex.set_of["length_units"]
                    and unit not in lex.set_of["time_units"]
                )
                if nxt.text != "s" and not_unit:
                    return "designation"
            # digit-hyphen-letters/digits glued after: 737-800, 2S7-M
            if (
                nxt is not None
                and nxt.text in ("-", "/", ":")
                and glued(core_end, nxt)
                and j + 1 < len(toks)
                and glued(nxt, toks[j + 1])
            ):
                after = toks[j + 1]
                if nxt.text in _SCORE_SEPARATORS and after.is_digit:
                    return "date" if nxt.text == "/" else "time"
                if after.is_digit:
                    return "date" if _is_year(fig.figure) else "designation"
                if (
                    after.is_alpha
                    and after.is_title
                    and after.lower not in lex.set_of["time_units"]
                ):
                    return "designation"
                if (
                    nxt.text == "-"
                    and after.is_alpha
                    and after.lower not in lex.set_of["counting_compounds"]
                    and self._unit_after(toks, j)[1] is None
                ):
                    return "other"
        # an inch mark: '6" gun' (a quote closing '"about 5,000"' is no unit)
        if (
            nxt is not None
            and nxt.text == '"'
            and glued(core_end, nxt)
            and sentence[: first.start].count('"') % 2 == 0
        ):
            return "calibre"
        # units that make it a size, calibre or duration
        unit_word, reason = self._unit_after(toks, j)
        if reason == "calibre" and unit_word in ("m", "b") and is_money:
            reason = None
        if reason:
            return reason
        if unit_word in lex.set_of["furniture_units"] and not fig.percent and not is_money:
            return "other"
        if (
            unit_word in ("min", "minute", "mins")
            and j + 1 < len(toks)
            and toks[j + 1].lower == "read"
        ):
            return "other"
        if unit_word in ("year-old", "years-old") or (
            unit_word in ("year", "years") and j + 1 < len(toks) and toks[j + 1].lower == "old"
        ):
            return "duration"
        age_words = lex.phrase_set("age_words") or frozenset({"aged", "age", "ages"})
        if prev is not None and (
            prev.lower in age_words
            or (prev.lower in lex.of_words and prev2 is not None and prev2.lower in age_words)
        ):
            return "duration"  # "aged 24", "âgés de 20"
        # times of day
        if nxt is not None and (
            nxt.lower in lex.set_of["clock_words"]
            or (nxt.text == "." and j + 1 < len(toks) and toks[j + 1].lower in ("m", "am", "pm"))
        ):
            return "time"
        if (
            nxt is not None
            and nxt.text == ":"
            and glued(core_end, nxt)
            and j + 1 < len(toks)
            and toks[j + 1].is_digit
        ):
            return "time"
        # dates: next to a month name
        if prev is not None and self._month_case(prev) and prev.lower.rstrip(".") in self.months:
            return "date"
        if (
            prev is not None
            and prev.text == "."
            and prev2 is not None
            and prev2.lower in self.months
        ):
            return "date"
        if nxt is not None and self._month_case(nxt) and nxt.lower.rstrip(".") in self.months:
            return "date"
        if (
            nxt is not None
            and nxt.lower in lex.of_words
            and j + 1 < len(toks)
            and self._month_case(toks[j + 1])
            and toks[j + 1].lower in self.months
        ):
            return "date"  # "28 of April", "28 de febrero"
        if (
            nxt is not None
            and nxt.text == "."
            and glued(core_end, nxt)
            and j + 1 < len(toks)
            and toks[j + 1].lower.rstrip(".") in self.months
        ):
            return "date"  # "28. April"
        # years
        if (
            not fig.grouped
            and not fig.decimal
            and not fig.percent
            and not is_money
            and not fig.words_only
            and _is_year(fig.figure)
        ) and not self._counts_something(toks, j, prev):
            return "date"
        # "n=1,002", "±3.1 points": poll notation
        if prev is not None and prev.text in ("=", "±") and glued(prev, first):
            return "other"
        # an abbreviated label before the number: "S. Hrg. 119-312", "pp. 31-36", "Vol. 3"
        if (
            prev is not None
            and prev.text == "."
            and prev2 is not None
            and glued(prev2, prev)
            and prev2.is_alpha
            and len(prev2.text) <= 4
            and prev2.lower not in self.months
            and (
                prev2.is_title
                or prev2.lower in ("pp", "p", "para", "vol", "no", "nos", "fig", "art", "sec")
            )
            and not fig.grouped
        ):
            return "designation"
        # references: "Article 5", "Resolution 2270", "VKP 2.1", "Kursk 2"
        if (
            prev is not None
            and not fig.grouped
            and not is_money
            and not fig.percent
            and not fig.words_only
        ):
            if prev.lower.rstrip(".") in lex.set_of["designation_words"] and prev.is_title:
                return "designation"
            if prev.lower.rstrip(".") in lex.set_of["label_prefixes"] and (
                prev.is_title or prev.lower not in ("no", "number", "line", "type", "force")
            ):
                return "designation"
            if (
                prev.text == "."
                and prev2 is not None
                and prev2.lower in ("no", "nos")
                and prev2.is_title
            ):
                return "designation"
            if (
                prev.text.isupper()
                and len(prev.text) >= 2
                and prev.text.isalpha()
                and prev.text not in lex.currency_codes
            ) and (fig.decimal or nxt is None or not (nxt.is_alpha and nxt.text.islower())):
                return "designation"
            if (
                prev.is_title
                and prev.is_alpha
                and not title_case
                and not lex.data.get("nouns_capitalised", False)
                and i > 1
                and (fig.figure or 0) < 1000
                and prev.lower not in lex.set_of["anaphoric_determiners"]
                and prev.lower not in lex.set_of["weekdays"]
                and prev.lower not in self.months
                and not self._is_modifier_word(prev.lower)
                and (fig.value is None or nxt is None or not (nxt.is_alpha and nxt.text.islower()))
            ):
                return "designation"
        # ages in apposition: "Bashir Ahmad, 42, who ..."
        if (
            prev is not None
            and prev.text == ","
            and prev2 is not None
            and prev2.is_title
            and prev2.is_alpha
            and nxt is not None
            and nxt.text in (",", ")", ";")
            and not fig.grouped
            and (fig.value or 0) < 120
        ):
            return "duration"
        # counters and denominators: "(34)", "Photo 3 of 12", "per 100,000"
        if (
            prev is not None
            and prev.text in ("(", "[")
            and nxt is not None
            and nxt.text in (")", "]")
            and not fig.percent
            and not is_money
            and not fig.grouped
        ):
            return "other"
        if prev is not None and prev.lower in _COUNTER_WORDS:
            return "other"
        if (
            nxt is not None
            and nxt.lower == "of"
            and j + 1 < len(toks)
            and toks[j + 1].is_digit
            and prev is not None
            and prev.lower in _COUNTER_WORDS
        ):
            return "other"
        left = sentence[: fig.start].lower().rstrip()
        counted_out_of = left.endswith("out of") and not re.search(
            r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+out of$", left
        )
        if left.endswith(_DENOMINATOR_WORDS) and not fig.percent and not counted_out_of:
            return "other"  # "per 100,000", "3 out of 10"; "out of an estimated 11,000" counts
        # a conversion in brackets: "100,000 rubles ($1,250)"
        if (
            is_money
            and sentence[: fig.start].rstrip().endswith("(")
            and re.search(r"\d\s*(?:\w+\s*){0,2}\($", sentence[: fig.start].rstrip())
        ):
            return "other"
        # scores and ratios: 3-1, 24/7
        if prev is not None and prev.text in ("/",) and glued(prev, first):
            return "other"
        # "the two countries": a number word after a determiner points back, it counts nothing new
        if (
            fig.words_only
            and not fig.vague
            and prev is not None
            and prev.lower in lex.set_of["anaphoric_determiners"]
            and (nxt is None or not nxt.is_alpha or self._pair_noun(toks, j))
        ):
            return "other"
        # ages: "voters under 35", "aged over 65", "children under five"
        if sentence[: fig.start].lower().rstrip().endswith(tuple(f" {w}" for w in age_words)):
            return "duration"  # "the retirement age from 60 to 64"
        left_words = sentence[: fig.num_start].lower().split()[-2:]
        if (
            prev is not None
            and len(left_words) == 2
            and left_words[1] in ("under", "over", "above", "below", "between")
            and (left_words[0] in lex.phrase_set("age_nouns") or left_words[0] == "aged")
            and (fig.figure or 0) < 120
        ):
            return "duration"
        # "warned three times": how often, not how many
        if nxt is not None and nxt.lower == "times" and not fig.percent and not is_money:
            following = toks[j + 1].lower if j + 1 < len(toks) else ""
            if following not in lex.phrase_set("comparatives"):
                return "other"
        return None

    def _month_case(self, tok: Tok) -> bool:
        """English capitalises months ("may" is a verb); Spanish or Russian do not."""
        return tok.is_title or not self.lex.data.get("months_capitalised", True)

    def _pair_noun(self, toks: list[Tok], j: int) -> bool:
        """ "the two countries", "the three leaders": the noun after a determiner+number
        names parties already known, not a new count."""
        return any(t.lower in self.lex.phrase_set("pair_nouns") for t in toks[j : j + 3])

    def _is_modifier_word(self, w: str) -> bool:
        lex = self.lex
        return bool(
            lex.left_bound_low.search(w)
            or lex.left_bound_high.search(w)
            or lex.left_approx.search(w)
            or w
            in (
                "between",
                "from",
                "and",
                "or",
                "to",
                "than",
                "of",
                "only",
                "just",
                "all",
                "another",
                "an",
                "a",
            )
        )

    def _counts_something(self, toks: list[Tok], j: int, prev: Tok | None) -> bool:
        """A year-like number counts things only when a plural noun follows and no time word precedes."""
        if prev is not None and (
            prev.lower in self.lex.set_of["time_prepositions"]
            or prev.lower in self.months
            or prev.text in ("-", "–", "'")
        ):
            return False
        nxt = _next_alpha(toks, j)
        return bool(
            nxt is not None
            and nxt.text.islower()
            and nxt.lower.endswith("s")
            and nxt.lower not in self.lex.set_of["time_units"]
            and nxt.lower
            not in (
                "as",
                "is",
                "was",
                "has",
                "this",
                "its",
                "his",
                "us",
                "across",
                "towards",
                "pass",
            )
        )
