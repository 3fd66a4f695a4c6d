"""``paused_gc``: the cycle collector is off inside, back on after, even on error."""

from __future__ import annotations

import gc
import weakref

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


def test_objects_made_in_the_pause_stay_collectable() -> None:
    """They are promoted to the oldest generation, not left frozen: a cycle made inside is
    freed by the next full collection."""

    class Node:
        other: object = None

    with paused_gc():
        a, b = Node(), Node()
        a.other, b.other = b, a
    assert gc.get_freeze_count() == 0
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None


def test_objects_frozen_before_the_pause_stay_frozen() -> None:
    """The web server freezes the views it serves; a check it runs must not hand them
    back to the collector when its pause ends."""
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with paused_gc():
            made = [[] for _ in range(10)]
        assert gc.get_freeze_count() >= frozen + len(made)
    finally:
        gc.unfreeze()
