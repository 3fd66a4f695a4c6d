"""What a review may say: validated before it reaches the store."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from claimtrack.review import ClaimReviewIn, Correction, OriginReviewIn


def test_correction_keeps_only_given_fields_and_may_clear_optional_ones():
    c = Correction(value=5.0, unit=None)
    assert c.changes() == {"value": 5.0, "unit": None}


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"measure": None}, "measure cannot be cleared"),
        ({"as_of": "March 2024"}, "as_of must be"),
        ({"as_of": "2024-13"}, "as_of must be"),
        ({"low": 5.0, "high": 1.0}, "low must not be above high"),
        ({"value": float("nan")}, "finite"),
        ({"status": "sure"}, "status"),
        ({"colour": "red"}, "colour"),
        ({"via": [""]}, "via name"),
    ],
)
def test_bad_corrections_are_refused_with_the_reason(fields, message):
    with pytest.raises(ValidationError, match=message):
        Correction(**fields)


def test_actions_and_changes_must_fit():
    with pytest.raises(ValidationError, match="at least one field"):
        ClaimReviewIn(action="correct", reviewer="a")
    with pytest.raises(ValidationError, match="takes no changes"):
        ClaimReviewIn(action="confirm", changes=Correction(value=1.0), reviewer="a")
    with pytest.raises(ValidationError, match="reviewer"):
        ClaimReviewIn(action="confirm", reviewer="")


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"action": "merge", "name": "A"}, "needs a target"),
        ({"action": "merge", "name": "Shoigu", "target": " shoigu"}, "into itself"),
        ({"action": "split", "name": "A", "target": "B"}, "takes no target"),
        ({"action": "set", "name": "A"}, "type or a side"),
        ({"action": "merge", "name": "A", "target": "B", "side": "x"}, "no type or side"),
    ],
)
def test_origin_reviews_must_fit_their_action(fields, message):
    with pytest.raises(ValidationError, match=message):
        OriginReviewIn(reviewer="a", **fields)


@given(st.dates().map(lambda d: d.isoformat()), st.integers(0, 2))
def test_as_of_accepts_every_real_date_at_each_precision(day, cut):
    text = day[: (4, 7, 10)[cut]]
    assert Correction(as_of=text).as_of == text
