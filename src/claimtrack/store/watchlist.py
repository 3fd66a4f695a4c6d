"""The watch list: feeds and pages ``claimtrack watch`` follows, and what they listed.

A watched URL keeps the validators of its last good answer (ETag, Last-Modified) so the
next round asks conditionally, and the outcome of its last round (status, error, new
documents) so ``watch list`` can show which feeds work. Each article a feed listed keeps
its own validators and a hash of its feed entry, so an article is requested again only
when its entry changed, or its last read failed. Every write is one short transaction:
a watcher holds no lock while it waits on the network.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.exc import SQLAlchemyError

from claimtrack.errors import StoreError
from claimtrack.store.access import StoreAccess
from claimtrack.store.schema import watch_feeds, watch_items

WatchKind = Literal["feed", "page", "auto"]
WATCH_KINDS: tuple[WatchKind, ...] = ("feed", "page", "auto")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class WatchedUrl:
    """One row of the watch list: a feed or page, its validators and its last round."""

    id: int
    url: str
    kind: WatchKind
    added_at: str
    etag: str | None
    last_modified: str | None
    last_checked: str | None
    last_status: int | None
    last_error: str | None
    last_new: int | None


@dataclass(frozen=True)
class WatchedItem:
    """An article a watched feed listed: its document, validators and last read."""

    feed_id: int
    url: str
    doc_id: str | None
    etag: str | None
    last_modified: str | None
    first_seen: str
    last_checked: str | None
    last_error: str | None
    entry_hash: str | None


@dataclass(frozen=True)
class FeedResult:
    """What one round found at a watched URL, as ``record_watch_result`` stores it.

    Validators are replaced only when given (a good answer, or a 304 that refreshed
    them); a failed round keeps those of the last good answer.
    """

    status: int | None
    error: str | None = None
    new: int = 0
    etag: str | None = None
    last_modified: str | None = None
    kind: WatchKind | None = None  # what an "auto" URL turned out to be


@dataclass(frozen=True)
class ItemResult:
    """What one round found at an article a feed listed (see ``record_item_result``)."""

    url: str
    doc_id: str | None
    error: str | None = None
    entry_hash: str | None = None
    etag: str | None = None
    last_modified: str | None = None


class WatchList(StoreAccess):
    """Feeds and pages followed by ``claimtrack watch``, with their last result."""

    @contextmanager
    def _watch_write(self, what: str) -> Iterator[Connection]:
        try:
            with self._write() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not {what} in {self.display_url}: {exc.__cause__ or exc}; "
                "check the store is reachable and try again"
            ) from exc

    def add_watch(self, url: str, kind: WatchKind = "auto") -> bool:
        """Follow ``url`` (already normalised); False if it was followed already.

        Adding a followed URL again with another kind than ``"auto"`` changes its kind.
        """
        with self._watch_write(f"add {url} to the watch list") as conn:
            found = conn.execute(
                select(watch_feeds.c.id, watch_feeds.c.kind).where(watch_feeds.c.url == url)
            ).first()
            if found is None:
                conn.execute(watch_feeds.insert().values(url=url, kind=kind, added_at=_now()))
                return True
            if kind != "auto" and found.kind != kind:
                conn.execute(
                    watch_feeds.update().where(watch_feeds.c.id == found.id).values(kind=kind)
                )
            return False

    def remove_watch(self, url: str) -> bool:
        """Stop following ``url`` and forget what it listed; False if it was not followed."""
        with self._watch_write(f"remove {url} from the watch list") as conn:
            found = conn.execute(select(watch_feeds.c.id).where(watch_feeds.c.url == url)).scalar()
            if found is None:
                return False
            conn.execute(delete(watch_items).where(watch_items.c.feed_id == found))
            conn.execute(delete(watch_feeds).where(watch_feeds.c.id == found))
            return True

    def watched(self) -> list[WatchedUrl]:
        """The watch list in the order URLs were added."""
        with self._read() as conn:
            rows = conn.execute(select(watch_feeds).order_by(watch_feeds.c.id)).mappings().all()
        return [WatchedUrl(**dict(row)) for row in rows]

    def watched_items(self, feed_id: int) -> dict[str, WatchedItem]:
        """The articles one watched feed has listed, by URL."""
        columns = [c for c in watch_items.c if c.name != "id"]
        with self._read() as conn:
            rows = (
                conn.execute(select(*columns).where(watch_items.c.feed_id == feed_id))
                .mappings()
                .all()
            )
        return {row["url"]: WatchedItem(**dict(row)) for row in rows}

    def failing_items(self) -> dict[int, int]:
        """How many of each watched feed's articles failed on their last read, by feed id."""
        with self._read() as conn:
            rows = conn.execute(
                select(watch_items.c.feed_id, func.count())
                .where(watch_items.c.last_error.is_not(None))
                .group_by(watch_items.c.feed_id)
            ).all()
        return {int(feed_id): int(n) for feed_id, n in rows}

    def record_watch_result(self, feed_id: int, result: FeedResult) -> None:
        """Keep one round's outcome for a watched URL (see ``FeedResult``)."""
        values: dict[str, object] = {
            "last_checked": _now(),
            "last_status": result.status,
            "last_error": result.error,
            "last_new": result.new,
        }
        if result.etag is not None or result.last_modified is not None:
            values.update(etag=result.etag, last_modified=result.last_modified)
        if result.kind is not None:
            values["kind"] = result.kind
        with self._watch_write("record a watch result") as conn:
            conn.execute(watch_feeds.update().where(watch_feeds.c.id == feed_id).values(**values))

    def record_item_result(self, feed_id: int, result: ItemResult) -> None:
        """Keep one round's outcome for an article ``feed_id`` listed.

        A good read stores the entry's hash and the page's validators; a failed one keeps
        the last good ones and the error, so the next round tries the article again.
        """
        now = _now()
        values: dict[str, object] = {"last_checked": now, "last_error": result.error}
        if result.doc_id is not None:
            values["doc_id"] = result.doc_id
        if result.error is None:
            values.update(
                entry_hash=result.entry_hash,
                etag=result.etag,
                last_modified=result.last_modified,
            )
        where = (watch_items.c.feed_id == feed_id) & (watch_items.c.url == result.url)
        with self._watch_write("record a watched article") as conn:
            updated = conn.execute(watch_items.update().where(where).values(**values))
            if updated.rowcount == 0:
                conn.execute(
                    watch_items.insert().values(
                        feed_id=feed_id, url=result.url, first_seen=now, **values
                    )
                )
