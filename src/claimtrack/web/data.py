"""What the web app reads from the store, and the cross-check it caches.

The cross-check reads every claim (seconds on a large store), so pages are served from
the last one computed, stale-while-revalidate: a request that finds the store changed
since (a cheap stamp: how many versions there are and the highest version id; every
ingest adds a version and its claims in one transaction) gets the view it has at once
and starts one recompute in the background. Only the very first request waits for a
cross-check. Recomputes run one at a time, at most every ``min_interval`` seconds and
taking at most ``RECOMPUTE_SHARE`` of the time (after one of t seconds the next waits
three times t), so a steady ingest cannot keep the server busy recomputing; pages say
how old their view is and whether a newer one is on the way. The app's background
recomputes run in a worker process (``recompute.InWorker``); what is left in the
server's interpreter (taking the result in, deriving the pages' cards and charts) runs
with short thread turns, and the view is kept out of the cycle collector
(``_short_turns``, ``_out_of_collector``).
An ingest job of the app itself waits for a view that includes its documents
(``catch_up``, on the job's thread) before it says done, so the analyst who added a report
sees it on the next page.

The few reads the store has no method for (one document's row, content claim ids by
row id, the stamp) are written here with SQLAlchemy Core on ``store.engine``, with
bound parameters only.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar, cast

from sqlalchemy import func, select

from claimtrack.config import Settings
from claimtrack.packs import StoryPack, load_pack
from claimtrack.report import present
from claimtrack.resolve import CheckedClaim, Conflict, CrossCheck, MeasureView, SourceSummary
from claimtrack.resolve.crosscheck import check_store
from claimtrack.store import Store
from claimtrack.store.schema import versions
from claimtrack.web.inflight import in_background

#: The tolerance the CLI uses by default, so the app and ``claimtrack conflicts`` agree.
TOLERANCE = 0.1
#: The ``meta`` key a store keeps its story pack under (as ``cli.common.PACK_KEY``).
PACK_KEY = "pack"
#: Seconds a page request trusts the store stamp another request read: under a burst of
#: requests the stamp (three queries) is read a few times a second, not once per request.
STAMP_TTL = 0.5
#: Seconds between two starts of reading stale answers or counts again while the store
#: keeps changing: a remembered answer or total trails the store by at most this and one
#: read, and the rereads take a bounded share of the server. Started at every move of the
#: stamp (every ``STAMP_TTL`` under an ingest), they took a third of the server's CPU in
#: bench/serve.py's burst, under the interpreter lock the requests need.
REREAD_EVERY = 2.0
#: Filter combinations whose claim count ``Workspace.count_claims`` keeps.
MAX_COUNTS = 256
#: Reads ``Workspace.remembered`` keeps (searches, pages of the claims API), least
#: recently used first out.
MAX_READS = 256
#: The most of the server's time background recomputes take while the store keeps
#: changing: after one that took t seconds, the next waits t * (1 / share - 1).
RECOMPUTE_SHARE = 0.25
#: The interpreter's thread switch interval while a cross-check is computed (``_short_turns``).
RECOMPUTE_SWITCH = 0.0005

Row = dict[str, Any]
T = TypeVar("T")

log = logging.getLogger("claimtrack.web")


def store_pack(store: Store, settings: Settings) -> StoryPack | None:
    """The pack the store remembers, else ``$CLAIMTRACK_PACK``: what ``cli.common.pick_pack``
    chooses when no --pack is given, so the app shows what the CLI shows."""
    given = store.get_meta(PACK_KEY)
    if given is None:
        given = settings.pack or ""
    return load_pack(given) if given else None


@dataclass
class View:
    """One cross-check of the store with what every page derives from it.

    ``memo`` keeps what pages derive from this view alone (cards, charts), so each is
    built once per cross-check rather than once per request: concurrent requests that
    find a key missing wait for the one that makes it instead of each making it again
    (a burst of searches right after a recompute made the search form's filter lists
    eight times over, a second each).
    """

    stamp: tuple[int, ...]
    cc: CrossCheck
    colours: dict[str | None, str]
    measures: dict[str, MeasureView]
    n_claims: int
    built_at: float = 0.0  # ``time.monotonic()`` when the computation ended
    memo: dict[Any, Any] = field(default_factory=dict)
    _making: dict[Any, threading.Lock] = field(default_factory=dict, repr=False)
    _guard: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def derived(self, key: Any, make: Callable[[], T]) -> T:
        """``make()`` once per view and key, by the first thread to ask; the others wait."""
        if key not in self.memo:
            with self._guard:
                lock = self._making.setdefault(key, threading.Lock())
            with lock:
                if key not in self.memo:
                    self.memo[key] = make()
        value: T = self.memo[key]
        return value


@dataclass(frozen=True)
class Freshness:
    """How old the view a page shows is, for the note at its top."""

    age_s: float  # seconds since that cross-check was computed
    stale: bool  # the store has changed since
    updating: bool  # a recompute is running now (not one waiting for its turn)


Compute = Callable[[Store, StoryPack | None, float], CrossCheck]


class Workspace:
    """The store, its pack and the cached cross-check the app serves (see the module doc).

    ``compute`` is the cross-check (``check_store``; tests pass one they can hold), and
    ``background``, when given, the one background recomputes use instead (the app's
    runs in a worker process: ``recompute.InWorker``; its ``close`` is called by ours);
    ``min_interval`` the least time in seconds between the end of one background
    recompute and the start of the next, and ``warm`` fills a new view's ``memo`` (the
    pages' cards and charts) before it is served, so that work is done once, off the
    requests, instead of by every request that finds it missing at once.
    ``stamp_ttl`` is how long ``view`` reuses a stamp it read (``STAMP_TTL``): a change
    of the store is noticed that much later; ``catch_up`` always reads it afresh.
    """

    def __init__(
        self,
        store: Store,
        pack: StoryPack | None,
        tolerance: float = TOLERANCE,
        *,
        min_interval: float = 5.0,
        compute: Compute = check_store,
        background: Compute | None = None,
        warm: Callable[[View], object] | None = None,
        stamp_ttl: float = STAMP_TTL,
        reread_every: float = REREAD_EVERY,
    ):
        self.store = store
        self.stamp_ttl = stamp_ttl
        self.reread_every = reread_every
        self._reread_at = self._recount_at = -float("inf")  # when the last reread began
        self._stamp_read_at = -float("inf")  # ``time.monotonic()`` of ``view``'s last read
        self.pack = pack
        self.tolerance = tolerance
        self.min_interval = min_interval
        self._compute = compute
        self._background = background
        self._warm = warm
        self._view: View | None = None
        self._build_lock = threading.Lock()  # one cross-check at a time, in any thread
        self._state_lock = threading.Lock()  # guards the fields below
        self._refresher: threading.Thread | None = None
        self._next_at = 0.0  # monotonic time before which no background recompute starts
        self._closed = threading.Event()
        self._seen: tuple[int, ...] = (0, 0)  # the stamp the last ``view`` call read
        self._stamping = threading.Lock()  # held while a request reads the stamp
        #: ``count_claims`` by filters: the stamp read before counting, and the count
        self._counts: dict[tuple[str | None, ...], tuple[tuple[int, ...], int]] = {}
        self._counting = threading.Lock()  # one count at a time: a burst shares it
        self._recounter: threading.Thread | None = None
        #: ``remembered`` reads by key: the stamp read before reading, and the result
        self._reads: OrderedDict[Hashable, tuple[tuple[int, ...], Any]] = OrderedDict()
        self._reading: dict[Hashable, threading.Lock] = {}  # held while ``key`` is read
        self._stale: dict[Hashable, Callable[[], Any]] = {}  # to read again, in order asked
        self._rereader: threading.Thread | None = None
        self._generation = 0  # moves when ``catch_up`` forgets the answers

    def stamp(self) -> tuple[int, ...]:
        """(number of versions, highest version id, then ``Store.review_stamp``): moves
        with every stored version and every review or undo, each part only upwards."""
        with self.store.engine.connect() as conn:
            row = conn.execute(select(func.count(versions.c.id), func.max(versions.c.id))).one()
        return int(row[0] or 0), int(row[1] or 0), *self.store.review_stamp()

    def view(self) -> View:
        """The last cross-check computed, at once; if the store has changed since, a
        background recompute is started (see the module doc). Only the first call of
        the app waits, since there is nothing to show before it."""
        view = self._view
        if view is None:
            return self._current()
        self._fresh_stamp()
        if view.stamp != self._seen:
            self._refresh_soon()
        return view

    def _fresh_stamp(self) -> tuple[int, ...]:
        """The store's stamp, read again once ``stamp_ttl`` seconds have passed, by one
        request: others arriving while it reads take the stamp it is replacing."""
        now = time.monotonic()
        if now - self._stamp_read_at >= self.stamp_ttl and self._stamping.acquire(blocking=False):
            try:
                self._seen = self.stamp()
                self._stamp_read_at = now
            finally:
                self._stamping.release()
        return self._seen

    def count_claims(
        self, measure: str | None = None, doc_id: str | None = None, status: str | None = None
    ) -> int:
        """``Store.count_claims`` (latest versions), kept per filter combination (at most
        ``MAX_COUNTS``): the claims API's total costs a count of every claim (25 ms at
        100,000 on a quiet machine, far more on a busy one), and every page of a listing
        asks for the same one.

        Stale-while-revalidate, as the view: a total counted before the store's stamp last
        moved is returned at once and counted again in the background, one count at a
        time. While an ingest writes (the stamp moves every ``stamp_ttl``), the total
        trails the listing by what was stored during the last count, instead of every
        request waiting for a count; only a combination never counted is waited for, and
        ``catch_up`` forgets the totals, so an ingest job's documents are in the next.
        """
        stamp = self._fresh_stamp()
        key = (measure, doc_id, status)
        with self._state_lock:
            known = self._counts.get(key)
        if known is not None:
            counted_at, n = known
            if counted_at != stamp:
                self._recount_soon()
            return n
        with self._counting:  # requests that find it missing wait for one count
            with self._state_lock:
                known = self._counts.get(key)
            return known[1] if known is not None else self._count(key, stamp)

    def remembered(self, key: Hashable, read: Callable[[], T]) -> T:
        """``read()``, kept per ``key`` (at most ``MAX_READS``, least recently used out):
        the same search or page of the claims API asked again is answered from memory. A
        search ranks a thousand matches (10-20 ms of SQLite at 20,000 documents) and the
        claims API reads and shapes its rows, while several analysts, a page and its
        next, or a script polling the API ask the same.

        Stale-while-revalidate, as the claim totals: an answer read before the store's
        stamp last moved is returned at once and read again in the background, one read
        at a time and a pass at most every ``reread_every`` seconds, so while an ingest
        writes (the stamp moves every ``stamp_ttl``) an answer trails the store by at most
        that and one read instead of every request reading anew. Only a
        key never read is waited for (once: a burst asking the same waits for that read),
        and ``catch_up`` forgets every answer, so an ingest job's documents and a review
        are in the next. The result is shared: callers must not change it.
        """
        stamp = self._fresh_stamp()
        with self._state_lock:
            known = self._reads.get(key)
            if known is not None:
                self._reads.move_to_end(key)
                if known[0] < stamp:
                    self._stale[key] = read
                    self._reread_soon()
                return cast(T, known[1])
            lock = self._reading.setdefault(key, threading.Lock())
        with lock:
            with self._state_lock:
                known = self._reads.get(key)  # read meanwhile by the request we waited for
                generation = self._generation
            if known is not None:
                return cast(T, known[1])
            value = read()
            self._keep(key, stamp, generation, value)
            with self._state_lock:
                if self._reading.get(key) is lock:
                    del self._reading[key]
        return value

    def _keep(self, key: Hashable, stamp: tuple[int, ...], generation: int, value: Any) -> None:
        """Keep ``value`` for ``key`` unless ``catch_up`` forgot the answers since its read
        began (``generation``) or a newer read landed first."""
        with self._state_lock:
            known = self._reads.get(key)
            if generation != self._generation or (known is not None and known[0] > stamp):
                return
            self._reads[key] = (stamp, value)
            self._reads.move_to_end(key)
            while len(self._reads) > MAX_READS:
                old, _ = self._reads.popitem(last=False)
                self._stale.pop(old, None)

    def _reread_soon(self) -> None:
        """Start the thread reading stale answers again; called under ``_state_lock``."""
        now = time.monotonic()
        if self._closed.is_set() or self._rereader is not None:
            return
        if now - self._reread_at < self.reread_every:
            return  # the next request after that asks again
        self._reread_at = now
        self._rereader = threading.Thread(target=self._reread, name="claimtrack-reads", daemon=True)
        self._rereader.start()

    def _reread(self) -> None:
        """Read every stale answer again, oldest request first (one thread)."""
        try:
            while not self._closed.is_set():
                stamp = self._fresh_stamp()  # read before reading: the answer is that new
                with self._state_lock:
                    if not self._stale:  # under the lock a request adding one checks
                        self._rereader = None
                        return
                    key = next(iter(self._stale))
                    read = self._stale.pop(key)
                    generation = self._generation
                try:
                    self._keep(key, stamp, generation, read())
                except Exception as exc:  # keep the old answer; the next request tries again
                    log.error("reading a search or claims page again failed", exc_info=exc)
        finally:
            with self._state_lock:
                if self._rereader is threading.current_thread():
                    self._rereader = None

    def _count(self, key: tuple[str | None, ...], stamp: tuple[int, ...]) -> int:
        """Count for ``key`` and keep it as of ``stamp`` (read before the count began, so
        the total is at least that new); called under ``_counting``."""
        measure, doc_id, status = key
        n = self.store.count_claims(measure=measure, doc_id=doc_id, status=status)
        with self._state_lock:
            if key in self._counts or len(self._counts) < MAX_COUNTS:
                self._counts[key] = (stamp, n)
        return n

    def _recount_soon(self) -> None:
        with self._state_lock:
            now = time.monotonic()
            if self._closed.is_set() or self._recounter is not None:
                return
            if now - self._recount_at < self.reread_every:
                return  # the next request after that asks again
            self._recount_at = now
            self._recounter = threading.Thread(
                target=self._recount, name="claimtrack-counts", daemon=True
            )
            self._recounter.start()

    def _recount(self) -> None:
        """Count again every kept total whose stamp is not the store's (one thread)."""
        try:
            with self._counting:
                stamp = self._fresh_stamp()
                with self._state_lock:
                    old = [k for k, (at, _) in self._counts.items() if at != stamp]
                for key in old:
                    if self._closed.is_set():
                        break
                    self._count(key, stamp)
        except Exception as exc:  # keep the old totals; the next request tries again
            log.error("recounting claims failed", exc_info=exc)
        finally:
            with self._state_lock:
                self._recounter = None

    def freshness(self, view: View) -> Freshness:
        """What the page showing ``view`` should say about its age."""
        # Only a recompute running now is "updating": one waiting for its turn (see
        # RECOMPUTE_SHARE) may be minutes away, and the page then says newer data waits.
        updating = self._build_lock.locked()
        return Freshness(
            age_s=max(0.0, time.monotonic() - view.built_at),
            stale=self._view is not view or view.stamp != self._seen,
            updating=updating,
        )

    def catch_up(self) -> View:
        """Block the caller until the view covers the store as it is now, and return it.

        For the app's own ingest jobs, on their worker thread (never a request's): the
        job says done only once its documents are on the pages (and in the claim totals:
        the kept ones are forgotten, so the next are counted afresh).
        """
        view = self._current()
        with self._counting, self._state_lock:
            self._counts = {}
            self._reads.clear()
            self._stale.clear()
            self._generation += 1
        return view

    def settle(self, timeout: float | None = None) -> bool:
        """Wait for a background recompute and recount, if one is running; False if one
        still is after ``timeout`` seconds (each)."""
        with self._state_lock:
            threads = [
                t for t in (self._refresher, self._recounter, self._rereader) if t is not None
            ]
        for thread in threads:
            thread.join(timeout)
        return not any(t.is_alive() for t in threads)

    def close(self) -> None:
        """Let no new recompute start; one running ends on its own (its thread is a daemon)."""
        self._closed.set()
        close = getattr(self._background, "close", None)
        if callable(close):
            close()

    def _current(self, compute: Compute | None = None) -> View:
        stamp = self.stamp()
        with self._build_lock:  # another thread may be computing: wait and reuse its result
            view = self._view
            if view is None or view.stamp != stamp:
                # read the stamp again: the data may have moved on
                view = self._build(self.stamp(), compute or self._compute)
        self._seen = max(self._seen, view.stamp)
        return view

    def _refresh_soon(self) -> None:
        with self._state_lock:
            if self._closed.is_set() or self._refresher is not None:
                return  # one at a time: the running one will see this change or the next will
            self._refresher = threading.Thread(
                target=self._refresh, name="claimtrack-crosscheck", daemon=True
            )
            self._refresher.start()

    def _refresh(self) -> None:
        try:
            wait = self._next_at - time.monotonic()
            if wait > 0 and self._closed.wait(wait):
                return
            if not self._closed.is_set():
                self._current(self._background)
        except Exception as exc:  # keep serving the old view; the next change tries again
            log.error("cross-check recompute failed", exc_info=exc)
        finally:
            with self._state_lock:
                self._refresher = None

    def _build(self, stamp: tuple[int, ...], compute: Compute) -> View:
        """Compute a view for ``stamp`` and publish it; called under ``_build_lock``."""
        began = time.monotonic()
        # A cross-check computed on this thread takes short turns with the requests; one
        # from the worker process gives way to them instead (``inflight.give_way``, in its
        # unpickling and warming), and short turns for all of a landing stretched by that
        # cost every request thread a switch each 0.5 ms (bench/serve.py: 130 -> 213
        # requests/s with a landing during the burst, p95 140 -> 62 ms for search).
        # Only a background recompute gives way; a view a caller waits for does not.
        background = compute is self._background
        with _short_turns() if not background else in_background():
            view = self._derive(stamp, compute)
        ended = time.monotonic()
        view.built_at = ended
        self._view = view
        _out_of_collector()
        with self._state_lock:
            # A recompute that took long waits longer: at most RECOMPUTE_SHARE of the time.
            wait = (ended - began) * (1 / RECOMPUTE_SHARE - 1)
            self._next_at = ended + max(self.min_interval, wait)
        return view

    def _derive(self, stamp: tuple[int, ...], compute: Compute) -> View:
        cc = compute(self.store, self.pack, self.tolerance)
        _out_of_collector()
        sides = [
            c.origin.side if c.origin else None for m in cc.measures for c in m.reported + m.other
        ]
        view = View(
            stamp=stamp,
            cc=cc,
            colours=present.side_colours(sides),
            measures={m.key: m for m in cc.measures},
            n_claims=sum(len(m.reported) + len(m.other) for m in cc.measures),
        )
        try:  # what the cross-check does not carry, read once per view: see ``languages``
            view.derived("languages", self.store.document_languages)
        except Exception as exc:  # a request reads it again
            log.error("reading the documents' languages failed", exc_info=exc)
        if self._warm is not None:
            try:
                self._warm(view)
            except Exception as exc:  # the pages derive what is missing themselves
                log.error("warming the cross-check view failed", exc_info=exc)
        return view

    def languages(self, view: View) -> dict[str, str | None]:
        """Each document's language, read once per view (the cross-check has no language)."""
        return view.derived("languages", self.store.document_languages)

    def document(self, doc_id: str) -> Row | None:
        """One document's row, shaped as a row of ``Store.documents()``, or None."""
        rows = self.store.documents(doc_id)
        return rows[0] if rows else None


@contextmanager
def _short_turns() -> Iterator[None]:
    """Let the interpreter switch threads every ``RECOMPUTE_SWITCH`` seconds while a
    cross-check is computed, instead of every 5 ms.

    The recompute is seconds of pure Python on a thread of the server: each time a
    request's thread wants the interpreter lock back (after every query, every write to
    its socket) it waits for the recompute to yield it, by default up to 5 ms, dozens of
    times per request. Shorter turns cost the recompute a little switching and cut the
    requests' waits (one client, a recompute running: static file p50 33 -> 17 ms, the
    claims API 83 -> 32 ms, on a loaded machine).
    """
    before = sys.getswitchinterval()
    sys.setswitchinterval(RECOMPUTE_SWITCH)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _out_of_collector() -> None:
    """Move every object alive into the cycle collector's permanent generation
    (``gc.freeze``), so its full collections stop walking the view.

    A view of 100,000 claims is close to a million objects, and a full collection walks
    them all: 2 s with the interpreter lock held (measured at 20,000 documents), a stall
    of every request, set off by the allocations of each new view. The view holds no
    reference cycles (checked: dropping one leaves no cyclic garbage), so reference
    counting still frees an old view when a new one replaces it; only the collector
    skips the frozen objects.
    """
    gc.freeze()


# -- filters of a measure's claims (page and API share them) ---------------------------

#: The ``side`` filter's value for claims whose origin has no side.
NO_SIDE = "none"


@dataclass(frozen=True)
class ClaimFilters:
    """What the analyst narrowed a measure's claims to; ``None`` is no filter.

    The same names are the measure page's query parameters and those of
    ``/api/v1/measures/{key}/claims``.
    """

    type: str | None = None  # the origin's source type
    side: str | None = None  # the origin's side, or ``NO_SIDE``
    status: str | None = None
    certainty: str | None = None
    language: str | None = None  # of the claim's document
    since: date | None = None
    until: date | None = None

    @property
    def active(self) -> bool:
        return any(getattr(self, f) for f in self.__dataclass_fields__)

    def keep(self, c: CheckedClaim, languages: dict[str, str | None]) -> bool:
        return all(rule(self, c, languages) for rule in FILTER_RULES)


FilterRule = Callable[[ClaimFilters, CheckedClaim, dict[str, str | None]], bool]


def _by_type(f: ClaimFilters, c: CheckedClaim, _: dict[str, str | None]) -> bool:
    return not f.type or (c.origin is not None and c.origin.type == f.type)


def _by_side(f: ClaimFilters, c: CheckedClaim, _: dict[str, str | None]) -> bool:
    if not f.side:
        return True
    side = c.origin.side if c.origin is not None else None
    return (side or NO_SIDE) == f.side


def _by_status(f: ClaimFilters, c: CheckedClaim, _: dict[str, str | None]) -> bool:
    return not f.status or c.status == f.status


def _by_certainty(f: ClaimFilters, c: CheckedClaim, _: dict[str, str | None]) -> bool:
    return not f.certainty or c.certainty == f.certainty


def _by_language(f: ClaimFilters, c: CheckedClaim, languages: dict[str, str | None]) -> bool:
    return not f.language or languages.get(c.doc) == f.language


def _by_dates(f: ClaimFilters, c: CheckedClaim, _: dict[str, str | None]) -> bool:
    """Undated claims are left out once a date range is set (the page says so)."""
    if not (f.since or f.until):
        return True
    when = c.window.sort_key
    if when is None:
        return False
    return not ((f.since and when < f.since) or (f.until and when > f.until))


#: Applied in order; a claim is shown when every rule keeps it.
FILTER_RULES: list[FilterRule] = [
    _by_type,
    _by_side,
    _by_status,
    _by_certainty,
    _by_language,
    _by_dates,
]


def filtered(
    m: MeasureView, f: ClaimFilters, languages: dict[str, str | None]
) -> list[CheckedClaim]:
    """A measure's claims (reported, then the others) that ``f`` keeps."""
    everything = m.reported + m.other
    return [c for c in everything if f.keep(c, languages)] if f.active else everything


@dataclass(frozen=True)
class Facets:
    """The values a measure's claims use, for the filter lists and the chart's legend."""

    types: list[str]
    sides: list[str | None]
    statuses: list[str]
    certainties: list[str]
    languages: list[str]


def facets(m: MeasureView, languages: dict[str, str | None]) -> Facets:
    everything = m.reported + m.other
    sides = sorted(
        {c.origin.side if c.origin else None for c in everything},
        key=lambda s: (s is None, s or ""),
    )
    return Facets(
        types=sorted({c.origin.type for c in everything if c.origin is not None}),
        sides=sides,
        statuses=sorted({c.status for c in everything}),
        certainties=sorted({c.certainty for c in everything}),
        languages=sorted({lang for c in everything if (lang := languages.get(c.doc))}),
    )


# -- near-duplicates ---------------------------------------------------------------------


@dataclass(frozen=True)
class Copies:
    """The near-duplicate documents of a view: each copy's original and each original's
    copies (the cross-check names the earliest published of a group as the original)."""

    original: dict[str, str]
    copies: dict[str, list[str]]

    def of(self, doc: str) -> list[tuple[str, str]]:
        """The near-duplicates of ``doc`` as (document, relation), original first."""
        out: list[tuple[str, str]] = []
        first = self.original.get(doc)
        if first is not None:
            out.append((first, "original"))
        head = first if first is not None else doc
        out += [(d, "copy") for d in self.copies.get(head, []) if d != doc]
        return out


def copies(cc: CrossCheck) -> Copies:
    original = {d.doc: d.copy_of for d in cc.documents if d.copy_of}
    grouped: dict[str, list[str]] = defaultdict(list)
    for doc, first in sorted(original.items()):
        grouped[first].append(doc)
    return Copies(original, dict(grouped))


# -- sources: how each origin's figures fared ----------------------------------------------


@dataclass
class OriginRecord:
    """One origin with its claims and how its figures fared with other origins.

    ``matched`` counts its claims whose figure (same value, bounds and status, in the same
    measure) another origin stated at the same time or later; ``contradicted`` its claims
    that a conflict pairs with a claim of another origin of the same time or later. An
    undated claim counts as later than every dated one.
    """

    summary: SourceSummary
    claims: list[CheckedClaim]
    matched: int = 0
    contradicted: int = 0

    @property
    def documents(self) -> list[str]:
        return sorted({c.doc for c in self.claims})


UNDATED = "~"  # sorts after every ISO date, as in the cross-check


def _when(c: CheckedClaim) -> str:
    day = c.window.sort_key
    return day.isoformat() if day is not None else (c.published or UNDATED)


def _matched(m: MeasureView, when: dict[int, str]) -> set[int]:
    """``id()`` of ``m``'s claims whose figure another origin stated then or later.

    Per figure, the latest time of each origin; a claim is matched when some other
    origin's latest time is at or after its own, so the two latest origins decide:
    linear in the claims, no sorting. ``when`` is ``_when`` by ``id()``.
    """
    out: set[int] = set()
    for fig in m.figures:
        latest: dict[str, str] = {}
        for c in fig.claims:
            if c.origin is not None:
                t = when[id(c)]
                if t > latest.get(c.origin.key, ""):
                    latest[c.origin.key] = t
        if len(latest) < 2:
            continue  # one origin: nothing to match it
        (k1, t1), (_, t2) = sorted(latest.items(), key=lambda kv: kv[1], reverse=True)[:2]
        for c in fig.claims:
            if c.origin is not None and when[id(c)] <= (t2 if c.origin.key == k1 else t1):
                out.add(id(c))
    return out


def _contradicted(conflicts: list[Conflict]) -> set[int]:
    """``id()`` of claims a conflict pairs with another origin's claim of then or later."""
    out: set[int] = set()
    for x in conflicts:
        if x.a.origin is None or x.b.origin is None or x.a.origin.key == x.b.origin.key:
            continue
        wa, wb = _when(x.a), _when(x.b)
        if x.kind == "falls" or wa <= wb:
            out.add(id(x.a))
        if x.kind != "falls" and wb <= wa:
            out.add(id(x.b))
    return out


def origin_records(cc: CrossCheck) -> dict[str, OriginRecord]:
    """Every origin of the cross-check by key, in the order of ``cc.sources``.

    Linear in the claims (about a second for 100,000 on a busy machine), so pages ask
    for it once per view (``View.derived``)."""
    by_origin: dict[str, list[CheckedClaim]] = defaultdict(list)
    when: dict[int, str] = {}
    for m in cc.measures:
        for c in m.reported + m.other:
            when[id(c)] = _when(c)
            if c.origin is not None:
                by_origin[c.origin.key].append(c)
    matched: set[int] = set()
    for m in cc.measures:
        matched |= _matched(m, when)
    contradicted = _contradicted(cc.conflicts)
    out = {}
    for s in cc.sources:
        mine = by_origin.get(s.origin.key, [])
        out[s.origin.key] = OriginRecord(
            s,
            mine,
            matched=sum(id(c) in matched for c in mine),
            contradicted=sum(id(c) in contradicted for c in mine),
        )
    return out
