"""Unit families: which figures measure the same thing, and in which common unit.

"12 million rounds" and "3 million shells" count the same things; "100,000 tonnes" of
flour and "1 million barrels" of oil do not, nor do dollars and barrels. A claim's unit is
mapped to its family (``unit_families.yaml``) and its size in the family's base unit, so
a series holds one family and compares figures converted to one unit. Rates keep their
period, converted to per day ("200,000 rounds a month" is about 6,600 shells per day).
Money is a family per currency, unless the story pack gives a dated exchange rate to its
base currency (``StoryPack.exchange_rates``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from claimtrack.packs import StoryPack
from claimtrack.strict_yaml import load_strict

_CURRENCY = re.compile(r"^[A-Z]{3}$")
#: How many days each rate period holds, to compare rates per day.
PERIOD_DAYS = {
    "day": 1.0,
    "night": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 30.4375,
    "quarter": 91.3125,
    "year": 365.25,
    "annum": 365.25,
    "hour": 1 / 24,
}


@dataclass(frozen=True)
class Family:
    """A unit family: ``key`` names it in series keys, ``base`` is the unit figures are
    converted to; a ``dimension`` (weight, volume, money) is never pooled with counts."""

    key: str
    base: str | None
    dimension: bool
    money: bool = False


@dataclass(frozen=True)
class _Known:
    family: Family
    factor: float


@lru_cache(maxsize=1)
def _table() -> dict[str, _Known]:
    data = load_strict((Path(__file__).parent / "unit_families.yaml").read_text("utf-8"))
    out: dict[str, _Known] = {}
    for name, spec in data.items():
        fam = Family(name, str(spec["base"]), bool(spec.get("dimension", False)))
        # ``other_languages``: the same units as the parser-free readers give them
        for unit, factor in {**spec["units"], **spec.get("other_languages", {})}.items():
            out[str(unit).lower()] = _Known(fam, float(factor))
    return out


def fold(noun: str) -> str:
    """A unit's singular, lower-cased: "Tonnes" -> "tonne", "casualties" -> "casualty"."""
    u = re.sub(r"\s+", " ", noun.lower().strip())
    if u.endswith("ies") and len(u) > 4:
        return u[:-3] + "y"
    if len(u) > 3 and u.endswith("s") and not u.endswith("ss"):
        return u[:-1]
    return u


@lru_cache(maxsize=65536)
def family_of(unit: str | None) -> tuple[Family, float]:
    """The family of ``unit`` and the size of one ``unit`` in the family's base unit."""
    if not unit:
        return Family("?", None, False), 1.0
    if unit == "percent":
        return Family("percent", "percent", True), 1.0
    if _CURRENCY.match(unit):
        return Family(unit, unit, True, money=True), 1.0
    head, sep, period = unit.partition(" per ")
    if sep:
        fam, factor = family_of(head)
        days = PERIOD_DAYS.get(fold(period))
        if days is None:
            per = fold(period)
            return Family(f"{fam.key} per {per}", f"{fam.base} per {per}", fam.dimension), factor
        return Family(f"{fam.key} per day", f"{fam.base} per day", fam.dimension), factor / days

    # a rate's head is what it counts: "shells per day" -> munitions
    noun = fold(head)
    known = _table().get(noun) or _table().get(head.lower().strip())
    if known is not None:
        return known.family, known.factor
    return Family(noun, noun, False), 1.0


class Money:
    """A story pack's dated exchange rates: money in a covered currency converts to the
    base currency at the rate nearest the figure's date."""

    def __init__(self, pack: StoryPack | None) -> None:
        self.base = pack.base_currency.upper() if pack and pack.base_currency else None
        by: dict[str, list[tuple[date, float]]] = {}
        for r in pack.exchange_rates if pack else []:
            by.setdefault(r.currency, []).append((r.date, r.rate))
        self.rates = {cur: sorted(rs) for cur, rs in by.items()}

    def convert(self, currency: str, when: date | None) -> float | None:
        """One ``currency`` in the base currency around ``when``; None when not covered."""
        if self.base is None:
            return None
        if currency == self.base:
            return 1.0
        rates = self.rates.get(currency)
        if not rates:
            return None
        if when is None:
            return rates[-1][1]
        i = bisect_right(rates, (when, float("inf")))
        near = [rates[j] for j in (i - 1, i) if 0 <= j < len(rates)]
        return min(near, key=lambda r: abs((r[0] - when).days))[1]

    def family(self) -> Family | None:
        return Family(self.base, self.base, True, money=True) if self.base else None
