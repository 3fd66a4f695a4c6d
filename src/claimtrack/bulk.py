"""Working on many records at once: the cross-check and the report build hundreds of
thousands of small objects in one go."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cycle collector while a bulk step runs.

    The collector runs after every few hundred new container objects and then walks the
    objects alive; building 100,000 claim records with their origins, windows and
    intervals sets it off thousands of times over an ever larger heap: a third of the
    cross-check's time at 100,000 claims (measured with ``bench/crosscheck.py``). The
    records hold no reference cycles, so reference counting frees them anyway; the
    collector runs again as soon as the step ends. Nested pauses leave it paused until the
    outermost one ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            _promote()
            gc.enable()


def _promote() -> None:
    """Move every object the collector tracks to its oldest generation, unscanned.

    Resumed as it was, the collector's first young collection would walk every object the
    step made and kept (all of them young: none was collected during the pause), only to
    find no garbage and promote them; at 100,000 claims that walk alone took about a
    third of a second, inside the step's own time. ``gc.freeze`` then ``gc.unfreeze``
    promote them directly, which the collector's young generations would do anyway: they
    stay collectable, by reference counting as before and by the next full collection
    should they hold a cycle.

    A process that keeps objects out of the collector itself (the web server freezes each
    cross-check view it serves: ``web.data``) must not have them handed back by the
    unfreeze: there the step's objects join the frozen ones instead, as the server's next
    freeze would have them."""
    if gc.get_freeze_count():
        gc.freeze()
        return
    gc.freeze()
    gc.unfreeze()
