"""Counts with their noun: one conflict, two conflicts."""

from __future__ import annotations

import pytest

from claimtrack.report.present import noun, plural


@pytest.mark.parametrize(
    ("n", "shown"),
    [(0, "0 conflicts"), (1, "1 conflict"), (2, "2 conflicts"), (1204, "1,204 conflicts")],
)
def test_a_count_takes_its_noun_in_the_singular_only_for_one(n: int, shown: str) -> None:
    assert plural(n, "conflict") == shown


def test_an_irregular_plural_is_given() -> None:
    assert noun(1, "analysis", "analyses") == "analysis"
    assert noun(3, "analysis", "analyses") == "analyses"
