"""One watch round: every watched feed and page asked once, what is new stored.

For each URL of the watch list (the store's, plus the story pack's ``watch`` list): a
conditional request with the validators of its last good answer. A 304 ends it there:
nothing is re-read. A feed's entries are then asked for in turn, each only when
``item_rules`` say so (a new entry, a changed one, or one whose last read failed), again
conditionally; a watched page is itself the document. Every request goes through the
limits of ``claimtrack fetch`` (``fetch.fetch_conditional``), the site's robots.txt and
the per-host delay.

The documents go through ``ingest.ingest_sources`` like any other, so the store decides
what is new, a new version, or unchanged, and links near-duplicates as always. One feed
or article failing is recorded on its row (and shown by ``watch list``) and the round
goes on; only the store failing stops it (``StoreError``), as in ``ingest``. A page's
first failure is also recorded among the ingest failures (``claimtrack errors``); the
same failure again in later rounds is not, so a dead link listed for weeks does not
fill that list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from claimtrack.errors import InputError
from claimtrack.fetch.client import (
    KINDS,
    NotModified,
    Page,
    PageKind,
    Validators,
    fetch_conditional,
    make_client,
)
from claimtrack.fetch.documents import failure, internal_error, page_document
from claimtrack.fetch.safety import check_url, normalise_url
from claimtrack.records import IngestFailure, SourceDocument
from claimtrack.store.watchlist import FeedResult, ItemResult, WatchedItem, WatchedUrl, WatchKind
from claimtrack.watch.feeds import FEED_ACCEPT, FEED_OR_PAGE, FEED_TYPES, Entry, looks_like_feed
from claimtrack.watch.feeds import parse_feed as read_feed
from claimtrack.watch.politeness import DEFAULT_DELAY_S, HostDelay
from claimtrack.watch.robots import MAX_ROBOTS_BYTES, AnyText, Robots
from claimtrack.watch.summary import RoundSummary, Snapshot, compare, snapshot

if TYPE_CHECKING:
    import httpx

    from claimtrack.config import Settings
    from claimtrack.ingest import IngestEvent
    from claimtrack.packs import StoryPack
    from claimtrack.store import Store


@dataclass(frozen=True)
class WatchOptions:
    """How a round fetches: private addresses, and the pause between requests to a host."""

    allow_private: bool = False
    delay_s: float = DEFAULT_DELAY_S


# -- which listed articles to ask for ------------------------------------------------

ItemRule = Callable[[Entry, WatchedItem | None], bool]


def new_entry(entry: Entry, stored: WatchedItem | None) -> bool:
    """An article the feed had not listed before."""
    return stored is None


def last_read_failed(entry: Entry, stored: WatchedItem | None) -> bool:
    """An article whose last read failed: the error may have passed (a 500, a timeout)."""
    return stored is not None and stored.last_error is not None


def entry_changed(entry: Entry, stored: WatchedItem | None) -> bool:
    """An entry whose link, title, dates or summary changed: the article may have too."""
    return stored is not None and stored.entry_hash != entry.entry_hash


#: Checked in order; the first that holds names why an article is asked for. None holds
#: for an article whose entry is as it was when its page was last read well.
ITEM_RULES: tuple[ItemRule, ...] = (new_entry, last_read_failed, entry_changed)


def why_fetch(entry: Entry, stored: WatchedItem | None) -> str | None:
    """The name of the first rule asking for ``entry``'s article, or None to skip it."""
    return next((rule.__name__ for rule in ITEM_RULES if rule(entry, stored)), None)


# -- fetching within the limits -------------------------------------------------------


class Fetcher:
    """Requests within ``claimtrack fetch``'s limits, robots.txt and the per-host delay."""

    def __init__(
        self, client: httpx.Client, settings: Settings, options: WatchOptions, delay: HostDelay
    ) -> None:
        self.client = client
        self.max_bytes = settings.max_bytes
        self.allow_private = options.allow_private
        self.delay = delay
        self.robots = Robots(self._robots_txt)

    def _robots_txt(self, url: str) -> Page:
        with self.delay.turn(url):
            got = fetch_conditional(
                url, self.client, MAX_ROBOTS_BYTES, self.allow_private, kinds=AnyText()
            )
        assert isinstance(got, Page)  # no validators sent
        return got

    def get(
        self,
        url: str,
        validators: Validators,
        kinds: Mapping[str, PageKind] = KINDS,
        accept: str | None = None,
    ) -> Page | NotModified:
        """``url`` if its address, scheme and robots.txt allow it, else an ``InputError``."""
        check_url(url, self.allow_private)  # refused here rather than as "robots.txt failed"
        self.robots.check(url)
        with self.delay.turn(url, self.robots.crawl_delay(url)):
            return fetch_conditional(
                url,
                self.client,
                self.max_bytes,
                self.allow_private,
                validators=validators,
                kinds=kinds,
                accept=accept,
            )


# -- one round ------------------------------------------------------------------------


@dataclass
class _Asked:
    """One URL asked for in a round (an article, or a watched page) and who listed it.

    Its outcome is known at once for a 304 or a refusal (``error``), else when ingest
    reports on its document (``via_ingest``); ``_Tally.write`` records it for each feed
    that listed it (an article listed by two feeds is fetched once).
    """

    doc_id: str  # the URL normalised (the document's id), or the raw link if unusable
    listings: list[tuple[WatchedUrl, Entry | None]]  # None: the watched page itself
    status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    via_ingest: bool = False
    kind: WatchKind | None = None  # what an "auto" page turned out to be


@dataclass
class _Tally:
    """Outcomes gathered during a round, written to the watch tables at its end."""

    summary: RoundSummary
    feeds: dict[int, FeedResult] = field(default_factory=dict)
    asked: dict[str, _Asked] = field(default_factory=dict)
    outcomes: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    def on_event(self, event: IngestEvent) -> None:
        error = event.failure.message if event.failure is not None else None
        self.outcomes[event.doc_id] = (event.outcome, error)

    def feed_failed(self, feed: WatchedUrl, err: InputError, status: int | None = None) -> None:
        self.summary.watched_failed += 1
        self.summary.errors.append(err.message)
        self.feeds[feed.id] = FeedResult(status=status, error=err.message)

    def _outcome(self, asked: _Asked) -> tuple[str, str | None]:
        if asked.error is not None:
            return "failed", asked.error
        if asked.via_ingest:
            return self.outcomes.get(asked.doc_id, ("failed", f"{asked.doc_id}: not stored"))
        return "not_modified", None

    def write(self, store: Store) -> None:
        """Count and record every watched URL's and article's outcome (after ingest ran)."""
        new_by_feed: dict[int, int] = {}
        results = dict(self.feeds)
        for asked in self.asked.values():
            outcome, error = self._outcome(asked)
            self._count(outcome, error)
            for feed, entry in asked.listings:
                new_by_feed[feed.id] = new_by_feed.get(feed.id, 0) + (outcome == "new")
                if entry is None:
                    results[feed.id] = _page_result(asked, error, results.get(feed.id))
                else:
                    store.record_item_result(feed.id, _item_result(asked, entry, error))
        for feed_id, result in results.items():
            store.record_watch_result(feed_id, replace(result, new=new_by_feed.get(feed_id, 0)))

    def _count(self, outcome: str, error: str | None) -> None:
        s = self.summary
        if outcome == "not_modified":
            s.articles_not_modified += 1
        elif outcome == "new":
            s.new += 1
        elif outcome == "updated":
            s.updated += 1
        elif outcome == "unchanged":
            s.unchanged += 1
        else:
            s.failed += 1
            s.errors.append(error or "failed")


def _item_result(asked: _Asked, entry: Entry, error: str | None) -> ItemResult:
    if error is not None:
        return ItemResult(entry.link, None, error=error)
    return ItemResult(
        entry.link,
        asked.doc_id,
        entry_hash=entry.entry_hash,
        etag=asked.etag,
        last_modified=asked.last_modified,
    )


def _page_result(asked: _Asked, error: str | None, fetched: FeedResult | None) -> FeedResult:
    """A watched page's result: its fetch's, with the error ingest met reading it."""
    if error is not None:
        return FeedResult(status=asked.status, error=error, kind=asked.kind)
    return fetched or FeedResult(status=asked.status, kind=asked.kind)


class _LazyBefore:
    """The cross-check before the round, taken just before its first new document."""

    def __init__(self, store: Store, pack: StoryPack | None) -> None:
        self.store = store
        self.pack = pack
        self.taken: Snapshot | None = None

    def take(self) -> None:
        if self.taken is None:
            from claimtrack.resolve import check_store

            self.taken = snapshot(check_store(self.store, self.pack))


class Round:
    """One round over the watch list; ``run`` returns its summary."""

    def __init__(
        self,
        store: Store,
        pack: StoryPack | None,
        settings: Settings,
        fetcher: Fetcher,
    ) -> None:
        self.store = store
        self.pack = pack
        self.settings = settings
        self.fetcher = fetcher
        self.tally = _Tally(RoundSummary())
        self.before = _LazyBefore(store, pack)

    def run(self) -> RoundSummary:
        from claimtrack.ingest import ingest_sources

        watched = watch_list(self.store, self.pack, self.tally.summary.errors)
        report = ingest_sources(
            self._documents(watched), self.store, self.pack, self.settings, self.tally.on_event
        )
        self.tally.write(self.store)
        summary = self.tally.summary
        summary.claims = report.claims
        if self.before.taken is not None:
            from claimtrack.resolve import check_store

            after = snapshot(check_store(self.store, self.pack))
            summary.measures = compare(self.before.taken, after)
        return summary

    def _documents(self, watched: list[WatchedUrl]) -> Iterator[SourceDocument | IngestFailure]:
        for feed in watched:
            self.tally.summary.watched += 1
            try:
                yield from self._one(feed)
            except InputError as err:
                self.tally.feed_failed(feed, err, getattr(err, "status", None))
            except Exception as exc:  # one feed's bug must not cost the others
                self.tally.feed_failed(feed, internal_error(feed.url, exc))

    def _one(self, feed: WatchedUrl) -> Iterator[SourceDocument | IngestFailure]:
        kinds = KINDS if feed.kind == "page" else FEED_OR_PAGE
        accept = None if feed.kind == "page" else FEED_ACCEPT
        validators = Validators(feed.etag, feed.last_modified)
        got = self.fetcher.get(feed.url, validators, kinds, accept)
        if isinstance(got, NotModified):
            self.tally.summary.watched_not_modified += 1
            self.tally.feeds[feed.id] = FeedResult(
                status=got.status, etag=got.etag, last_modified=got.last_modified
            )
            return
        is_feed = feed.kind == "feed" or (
            feed.kind == "auto" and (got.media_type in FEED_TYPES or looks_like_feed(got.body))
        )
        if not is_feed:
            yield from self._page(feed, got)
            return
        parsed = read_feed(got.body, got.final_url, got.media_type)
        self.tally.feeds[feed.id] = FeedResult(
            status=got.status,
            error=parsed.note,
            etag=got.etag,
            last_modified=got.last_modified,
            kind="feed",
        )
        stored = self.store.watched_items(feed.id)
        for entry in parsed.entries:
            if why_fetch(entry, stored.get(entry.link)) is not None:
                yield from self._article(feed, entry, stored.get(entry.link))

    def _page(self, feed: WatchedUrl, page: Page) -> Iterator[SourceDocument]:
        """A watched page: itself one document, kept as its URL's latest version."""
        self.tally.summary.articles += 1
        kind: WatchKind | None = "page" if feed.kind == "auto" else None
        self.tally.feeds[feed.id] = FeedResult(
            status=page.status, etag=page.etag, last_modified=page.last_modified, kind=kind
        )
        asked = _Asked(page.url, [(feed, None)], page.status, via_ingest=True, kind=kind)
        self.tally.asked[page.url] = asked
        try:
            doc = page_document(page)
        except InputError as err:
            asked.via_ingest, asked.error = False, err.message
            return
        yield from self._stored_or_new(doc)

    def _article(
        self, feed: WatchedUrl, entry: Entry, stored: WatchedItem | None
    ) -> Iterator[SourceDocument | IngestFailure]:
        """One article a feed listed: fetched (once a round), or its failure recorded."""
        refused: InputError | None = None
        try:
            url = normalise_url(entry.link).url
        except InputError as bad:
            url, refused = entry.link, bad
        known = self.tally.asked.get(url)
        if known is not None:  # listed by two feeds: the first one's fetch serves both
            known.listings.append((feed, entry))
            return
        asked = _Asked(url, [(feed, entry)])
        self.tally.asked[url] = asked
        self.tally.summary.articles += 1
        validators = Validators(stored.etag, stored.last_modified) if stored else Validators()
        try:
            if refused is not None:
                raise refused
            got = self.fetcher.get(url, validators)
            asked.status, asked.etag, asked.last_modified = got.status, got.etag, got.last_modified
            if isinstance(got, NotModified):
                asked.etag = got.etag or validators.etag
                asked.last_modified = got.last_modified or validators.last_modified
                return
            doc = page_document(got, entry.published)
        except Exception as exc:  # one article's failure, or bug, must not cost the feed
            problem = exc if isinstance(exc, InputError) else internal_error(url, exc)
            asked.error = problem.message
            if stored is None or stored.last_error is None:
                # recorded among ingest failures the first time, not again every round
                asked.error, asked.via_ingest = None, True
                yield failure(url, problem)
            return
        asked.via_ingest = True
        yield from self._stored_or_new(doc)

    def _stored_or_new(self, doc: SourceDocument) -> Iterator[SourceDocument]:
        if not self.store.has_version(doc.doc_id, doc.content_hash):
            self.before.take()  # the cross-check as it was, before this round changes it
        yield doc


def watch_list(store: Store, pack: StoryPack | None, errors: list[str]) -> list[WatchedUrl]:
    """The store's watch list, with the pack's URLs added to it (as kind "auto").

    A pack URL that is no usable http(s) address is reported in ``errors`` and skipped.
    """
    for raw in pack.watch if pack is not None else []:
        try:
            url = normalise_url(raw).url
        except InputError as err:
            errors.append(f"story pack {pack.name if pack else ''}: watch: {err.message}")
            continue
        store.add_watch(url, "auto")
    return store.watched()


def run_round(
    store: Store,
    pack: StoryPack | None,
    settings: Settings,
    options: WatchOptions | None = None,
    delay: HostDelay | None = None,
) -> RoundSummary:
    """One round over ``store``'s watch list and ``pack``'s; see the module doc.

    ``delay`` carries the per-host pauses across rounds of one watcher; a new one is
    made when not given.
    """
    options = options or WatchOptions()
    delay = delay or HostDelay(options.delay_s)
    with make_client(settings.fetch_timeout_s) as client:
        fetcher = Fetcher(client, settings, options, delay)
        return Round(store, pack, settings, fetcher).run()
