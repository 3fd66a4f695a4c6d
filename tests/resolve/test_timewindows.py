"""Time windows: the periods claims hold for, and when they overlap."""

from datetime import date

import pytest

from claimtrack.resolve import Window, parse_period, window_of


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2025-Q2", date(2025, 4, 1), date(2025, 6, 30)),
        ("2025-H1", date(2025, 1, 1), date(2025, 6, 30)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-03-05", date(2025, 3, 5), date(2025, 3, 5)),
        ("2025-W10", date(2025, 3, 3), date(2025, 3, 9)),
    ],
)
def test_periods(text: str, start: date, end: date) -> None:
    assert parse_period(text) == Window(start, end)


def test_unreadable_period_is_unknown() -> None:
    assert not parse_period("sometime").known
    assert not parse_period("2025-13").known


def test_since_holds_at_publication() -> None:
    assert window_of("2023-10/..", "2025-07-01") == Window(date(2025, 7, 1), date(2025, 7, 1))
    assert window_of("2023-10/..", None) == Window(date(2023, 10, 1), None)
    assert window_of(None, "2025-01-09") == Window(date(2024, 12, 10), date(2025, 1, 9))
    assert not window_of(None, None).known


def test_overlap() -> None:
    q2 = parse_period("2025-Q2")
    assert q2.overlaps(parse_period("2025-05"))
    assert not q2.overlaps(parse_period("2025-07"))
    assert q2.overlaps(Window())  # undated overlaps everything
