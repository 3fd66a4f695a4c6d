"""Figures are written the way a reader would say them."""

from __future__ import annotations

import pytest

from claimtrack.cli import figure


def row(value=None, low=None, high=None, approx=False, vague=False, unit=None):
    return {
        "value": value,
        "low": low,
        "high": high,
        "approx": approx,
        "vague": vague,
        "unit": unit,
    }


@pytest.mark.parametrize(
    ("claim", "shown"),
    [
        (row(value=28000.0, low=28000.0), ">28,000"),
        (row(low=28000.0), ">28,000"),
        (row(value=50.0, high=50.0, unit="percent"), "≤50%"),
        (row(high=50.0, unit="%"), "≤50%"),
        (row(value=13000.0, approx=True), "~13,000"),
        (row(low=10000.0, high=12000.0), "10,000–12,000"),
        (row(low=3000.0, high=4000.0, approx=True), "~3,000–4,000"),
        (row(low=1000.0, vague=True), "1,000+ (vague)"),
        (row(value=2.5, unit="tonnes"), "2.5"),
        (row(value=1500000000.0), "1,500,000,000"),
        (row(value=12.0, low=12.0, high=12.0), "12"),
        (row(), "?"),
    ],
)
def test_figures(claim, shown):
    assert figure(claim) == shown
