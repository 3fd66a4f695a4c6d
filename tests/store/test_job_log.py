"""The web app's ingest jobs in the store, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from claimtrack.store import Store
from claimtrack.store.job_log import INTERRUPTED


@pytest.fixture
def store(store_url):
    with Store(store_url) as s:
        yield s


def job(job_id: str, created: str, state: str = "done", **more: object) -> dict[str, object]:
    return {
        "id": job_id,
        "kind": "text",
        "state": state,
        "created": created,
        "finished": None if state in ("queued", "running") else created,
        "counts": {"new": 1, "claims": 2},
        "errors": [{"doc": "<b>x</b>", "reason": "empty", "message": "no text: 'quoted'"}],
        **more,
    }


def test_a_job_is_kept_whole_replaced_by_its_id_and_listed_newest_first(store):
    store.save_job(job("a", "2026-12-01T10:00:00+00:00", "queued"))
    store.save_job(job("b", "2026-12-01T11:00:00+00:00"))
    store.save_job(job("a", "2026-12-01T10:00:00+00:00", "done", note="ελληνικά"))
    assert [j["id"] for j in store.jobs()] == ["b", "a"]
    kept = store.job("a")
    assert kept == job("a", "2026-12-01T10:00:00+00:00", "done", note="ελληνικά")
    assert store.job("missing") is None
    assert [j["id"] for j in store.jobs(limit=1)] == ["b"]


def test_jobs_a_stopped_server_left_unfinished_are_marked_failed(store):
    store.save_job(job("q", "2026-12-01T10:00:00+00:00", "queued"))
    store.save_job(job("r", "2026-12-01T10:01:00+00:00", "running", current="doc-3"))
    store.save_job(job("d", "2026-12-01T10:02:00+00:00"))
    assert store.interrupt_jobs("2026-12-01T12:00:00+00:00") == 2
    by_id = {j["id"]: j for j in store.jobs()}
    for job_id in ("q", "r"):
        assert by_id[job_id]["state"] == "failed"
        assert by_id[job_id]["message"] == INTERRUPTED
        assert by_id[job_id]["finished"] == "2026-12-01T12:00:00+00:00"
        assert by_id[job_id]["current"] is None
    assert by_id["d"] == job("d", "2026-12-01T10:02:00+00:00")
    assert store.interrupt_jobs("2026-12-01T13:00:00+00:00") == 0


def test_only_the_newest_jobs_are_kept(store):
    for n in range(5):
        store.save_job(job(f"j{n}", f"2026-12-01T10:0{n}:00+00:00"))
    assert store.forget_jobs(keep=3) == 2
    assert [j["id"] for j in store.jobs()] == ["j4", "j3", "j2"]
    assert store.forget_jobs(keep=3) == 0
