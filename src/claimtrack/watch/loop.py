"""Rounds one after another, every ``interval`` seconds, until stopped.

A round that fails as a whole (the store busy past its wait or unreachable, a bug) is
reported as one line and the next round comes as planned: a watcher left running
overnight must outlive a database restart. Failures of single feeds never get here;
the round records them and goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from claimtrack.errors import ClaimtrackError
from claimtrack.watch.summary import RoundSummary

#: Seconds from the start of one round to the start of the next (``--interval``).
DEFAULT_INTERVAL_S = 900.0


def watch_loop(
    run_round: Callable[[], RoundSummary],
    interval_s: float,
    on_summary: Callable[[RoundSummary], None],
    on_error: Callable[[str], None],
    rounds: int | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Run ``run_round`` every ``interval_s`` seconds; ``rounds`` bounds it (None: forever).

    Returns how many rounds failed as a whole. A round longer than the interval is
    followed by the next one at once, never by two.
    """
    failed = 0
    done = 0
    while rounds is None or done < rounds:
        started = clock()
        try:
            on_summary(run_round())
        except ClaimtrackError as exc:
            failed += 1
            on_error(f"{exc}; the next round is in {interval_s:g} s")
        except Exception as exc:  # a bug in one round must not end the watcher
            failed += 1
            detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            on_error(f"internal error in a watch round ({detail}); please report it")
        done += 1
        if rounds is not None and done >= rounds:
            break
        sleep(max(0.0, started + interval_s - clock()))
    return failed
