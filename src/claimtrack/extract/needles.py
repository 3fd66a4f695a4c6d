"""What a text must contain for a regular expression to match in it: a cheap test that
lets a reader skip a pattern, never one that could match.

``needles(pattern)`` reads the pattern's syntax tree and returns strings of which every
match holds at least one (a literal run, or one per branch of an alternation), or None
when it finds none worth testing. ``Needles.absent(text)`` is True only when none of them
occurs, in which case the pattern cannot match: Python's ``re`` tries a pattern that
opens with a look-behind, ``\\b`` or an alternation at every position of the text, so a
sentence read by thirty such patterns costs thirty scans where a few substring tests
settle most of them.

Case-insensitive parts are compared in lower case, and only when the text holds none of
the few characters that ``re.IGNORECASE`` matches to an ASCII letter although their
``str.lower()`` is not that letter (``İ``, ``ı``, ``ſ``, the Kelvin sign): there the
pattern is simply tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: Non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter (checked against
#: ``re`` itself by tests/extract/test_needles.py).
CASE_ODD = frozenset("\u0130\u0131\u017f\u212a")
_CASE_ODD = re.compile("[" + "".join(sorted(CASE_ODD)) + "]")

#: A needle: the string, and whether it is compared with the text in lower case.
Needle = tuple[str, bool]


@dataclass(frozen=True)
class Needles:
    """Strings one of which every match holds."""

    items: frozenset[Needle]

    def absent(self, text: str, lower: str | None) -> bool:
        """True when no needle occurs in ``text``; ``lower`` is ``text.lower()``, or None
        when the text holds a character of ``CASE_ODD`` (then a case-insensitive needle
        cannot be tested and counts as present)."""
        for needle, folded in self.items:
            if folded:
                if lower is None or needle in lower:
                    return False
            elif needle in text:
                return False
        return True


def lower_for_needles(text: str) -> str | None:
    """``text.lower()`` when case-insensitive needles may be tested against it, else None."""
    return None if _CASE_ODD.search(text) else text.lower()


def needles(pattern: re.Pattern[str]) -> Needles | None:
    """Needles of ``pattern`` (see the module's note), or None when there are none."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a form this reader does not know: no needles, never a wrong one
        return None
    found = _sequence(list(tree), bool(pattern.flags & re.IGNORECASE))
    if not found:
        return None
    # a needle holding another of the same kind ("April", "Apr") is found whenever it is
    return Needles(
        frozenset(
            (n, f) for n, f in found if not any(f == g and m != n and m in n for m, g in found)
        )
    )


def _better(a: frozenset[Needle] | None, b: frozenset[Needle] | None) -> frozenset[Needle] | None:
    """The more selective of two requirements: longer shortest needle, then fewer."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(len(n) for n, _ in a), -len(a))
    kb = (min(len(n) for n, _ in b), -len(b))
    return a if ka >= kb else b


def _sequence(items: list[tuple[Any, Any]], ignore_case: bool) -> frozenset[Needle] | None:
    """The best requirement of a sequence: any one element's holds for the whole."""
    best: frozenset[Needle] | None = None
    run: list[str] = []
    folded = False

    def close() -> None:
        nonlocal best, run, folded
        if run:
            text = "".join(run)
            best = _better(best, frozenset([(text.lower() if folded else text, folded)]))
        run, folded = [], False

    for op, av in items:
        if op is sre.LITERAL:
            ch = chr(av)
            if ignore_case and ch.lower() != ch.upper():  # a cased letter
                if not ch.isascii():
                    close()  # compared in lower case only when ASCII
                    continue
                run.append(ch)
                folded = True
            else:
                run.append(ch)
            continue
        close()
        if op is sre.SUBPATTERN:
            _, add, remove, sub = av
            case = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            best = _better(best, _sequence(list(sub), case))
        elif op is sre.BRANCH:
            union: set[Needle] = set()
            for branch in av[1]:
                req = _sequence(list(branch), ignore_case)
                if req is None:
                    union = set()
                    break
                union |= req
            best = _better(best, frozenset(union) if union else None)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, sub = av
            if low >= 1:
                best = _better(best, _sequence(list(sub), ignore_case))
        elif op is sre.ATOMIC_GROUP:
            best = _better(best, _sequence(list(av), ignore_case))
        # anything else (classes, anchors, look-arounds, back-references) requires nothing
    close()
    return best
