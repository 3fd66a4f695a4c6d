"""Background work in the server gives way while requests are answered."""

from __future__ import annotations

import threading
import time

from fastapi.testclient import TestClient

from claimtrack.config import Settings
from claimtrack.web import inflight
from claimtrack.web.app import create_app

HANG = 60  # seconds: only ever reached if the code under test is broken


def test_give_way_returns_at_once_when_no_request_is_answered() -> None:
    assert inflight.answering() == 0
    began = time.monotonic()
    with inflight.in_background():
        inflight.give_way(most=5)
    assert time.monotonic() - began < 1


def test_background_work_waits_while_a_request_is_answered(db: str) -> None:
    """A request held in the app counts as answered: background work's ``give_way``
    sleeps its longest; work a caller waits for (not marked) does not wait at all."""
    release, entered = threading.Event(), threading.Event()
    app = create_app(db, Settings())

    @app.get("/held")
    def held() -> dict[str, bool]:
        entered.set()
        return {"released": release.wait(HANG)}

    with TestClient(app) as client:
        answer: list[int] = []
        caller = threading.Thread(target=lambda: answer.append(client.get("/held").status_code))
        caller.start()
        assert entered.wait(HANG)
        assert inflight.answering() == 1
        began = time.monotonic()
        inflight.give_way(most=5)  # not background work: at once
        unmarked = time.monotonic() - began
        began = time.monotonic()
        with inflight.in_background():
            inflight.give_way(most=0.3)
        waited = time.monotonic() - began
        release.set()
        caller.join(HANG)
    assert answer == [200] and waited >= 0.3 and unmarked < 1
    assert inflight.answering() == 0
