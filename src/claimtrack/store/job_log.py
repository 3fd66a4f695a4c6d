"""The web app's ingest jobs, kept in the store.

An analyst who added reports and comes back after the server restarted expects to find
what each batch became: how many documents were new, which failed and why. A job is
kept as the record the API shows (``web.jobs.Job.as_dict``), written when it is queued,
when it starts and when it ends; its progress between those lives in the server that
runs it. A job the server was running or had queued when it stopped is marked failed,
with why, when the next server starts (``interrupt_jobs``): nothing will run it.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import bindparam, delete, select

from claimtrack.store.access import StoreAccess
from claimtrack.store.schema import ingest_jobs

Row = dict[str, Any]

#: What a job left unfinished by a stopped server says.
INTERRUPTED = (
    "the server stopped before this job ended; the documents it had stored are kept "
    "(see the documents page), add the others again"
)

_NEWEST = select(ingest_jobs.c.record).order_by(ingest_jobs.c.created.desc(), ingest_jobs.c.id)
_ONE = select(ingest_jobs.c.record).where(ingest_jobs.c.id == bindparam("id"))


class JobLog(StoreAccess):
    """Ingest jobs by id, newest first; each a JSON record of what the job did."""

    def save_job(self, job: Row) -> None:
        """Keep ``job`` (a dict with ``id``, ``kind``, ``state``, ``created`` and
        ``finished``), replacing what was kept under its id."""
        row = {
            "id": job["id"],
            "kind": job["kind"],
            "state": job["state"],
            "created": job["created"],
            "finished": job.get("finished"),
            "record": json.dumps(job, ensure_ascii=False),
        }
        with self._write() as conn:
            conn.execute(delete(ingest_jobs).where(ingest_jobs.c.id == row["id"]))
            conn.execute(ingest_jobs.insert().values(**row))

    def jobs(self, limit: int = 200) -> list[Row]:
        """The newest ``limit`` jobs kept, newest first."""
        with self._read() as conn:
            found = conn.execute(_NEWEST.limit(limit)).scalars()
            return [json.loads(r) for r in found]

    def job(self, job_id: str) -> Row | None:
        """One job by id, or None when none is kept."""
        with self._read() as conn:
            found = conn.execute(_ONE, {"id": job_id}).scalar()
        return None if found is None else dict(json.loads(found))

    def interrupt_jobs(self, finished: str) -> int:
        """Mark every job still queued or running as failed at ``finished``, with why;
        returns how many. Called when a server starts: the one that had them stopped."""
        with self._read() as conn:
            stale = conn.execute(
                select(ingest_jobs.c.record).where(ingest_jobs.c.state.in_(("queued", "running")))
            ).scalars()
            records = [json.loads(r) for r in stale]
        for job in records:
            job.update(state="failed", finished=finished, current=None, message=INTERRUPTED)
            self.save_job(job)
        return len(records)

    def forget_jobs(self, keep: int) -> int:
        """Forget all but the newest ``keep`` jobs; returns how many were forgotten."""
        with self._write() as conn:
            kept = select(ingest_jobs.c.id).order_by(ingest_jobs.c.created.desc(), ingest_jobs.c.id)
            old = conn.execute(
                delete(ingest_jobs).where(
                    ingest_jobs.c.id.not_in(kept.limit(keep).scalar_subquery())
                )
            )
            return int(old.rowcount or 0)
