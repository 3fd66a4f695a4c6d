"""``paused_gc``: the cycle collector is off inside, back on after, even on error."""

from __future__ import annotations

import gc

import pytest

from claimtrack.bulk import paused_gc


def test_the_collector_is_paused_inside_and_resumed_after() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():  # nested: still paused after the inner one ends
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), paused_gc():
        raise ValueError("a failing step")
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
