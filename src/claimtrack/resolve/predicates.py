"""Which predicates say the same happened to what is counted: "sent" and "deployed"
troops, "killed" and "died", are one event; "examined" and "launched" missiles are not.

Extraction stores a predicate as a verb's lemma (``records.Claim.predicate``); the groups
in ``predicate_groups.yaml`` join lemmas of one event. Two claims of different known
predicates are never paired as a conflict; an unknown predicate (None) matches any.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

_GROUPS = Path(__file__).with_name("predicate_groups.yaml")


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[str]]:
    """Each grouped lemma and the names of the groups it is in."""
    data = yaml.safe_load(_GROUPS.read_text(encoding="utf-8")) or {}
    out: dict[str, set[str]] = {}
    for name, lemmas in data.items():
        for lemma in lemmas:
            out.setdefault(str(lemma).lower(), set()).add(str(name))
    return {lemma: frozenset(names) for lemma, names in out.items()}


@lru_cache(maxsize=4096)
def predicate_groups(predicate: str | None) -> frozenset[str]:
    """The groups a stored predicate belongs to: its lemma's groups, or the lemma alone
    (folded to lower case and single spaces); empty when the predicate is unknown."""
    if not predicate:
        return frozenset()
    lemma = " ".join(predicate.lower().split())
    return _groups().get(lemma, frozenset({lemma}))


def same_predicate(a: str | None, b: str | None) -> bool:
    """Whether two claims may count one event: either predicate unknown, or a group shared."""
    ga, gb = predicate_groups(a), predicate_groups(b)
    return not ga or not gb or bool(ga & gb)
