"""What the web app reads from the store, and the cross-check it caches.

The cross-check reads every claim, so it is computed once and kept until the store
changes. A change is seen from a cheap stamp (how many versions there are and the
highest version id): every ingest adds a version and its claims in one transaction, so
the stamp moves exactly when what the cross-check sees may have moved.

The few reads the store has no method for (one document's row, content claim ids by
row id, the stamp) are written here with SQLAlchemy Core on ``store.engine``, with
bound parameters only.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from claimtrack.config import Settings
from claimtrack.packs import StoryPack, load_pack
from claimtrack.report import present
from claimtrack.resolve import CrossCheck, MeasureView
from claimtrack.resolve.crosscheck import check_store
from claimtrack.store import Store
from claimtrack.store.schema import versions

#: The tolerance the CLI uses by default, so the app and ``claimtrack conflicts`` agree.
TOLERANCE = 0.1
#: The ``meta`` key a store keeps its story pack under (as ``cli.common.PACK_KEY``).
PACK_KEY = "pack"

Row = dict[str, Any]


def store_pack(store: Store, settings: Settings) -> StoryPack | None:
    """The pack the store remembers, else ``$CLAIMTRACK_PACK``: what ``cli.common.pick_pack``
    chooses when no --pack is given, so the app shows what the CLI shows."""
    given = store.get_meta(PACK_KEY)
    if given is None:
        given = settings.pack or ""
    return load_pack(given) if given else None


@dataclass
class View:
    """One cross-check of the store with what every page derives from it."""

    stamp: tuple[int, int]
    cc: CrossCheck
    colours: dict[str | None, str]
    measures: dict[str, MeasureView]
    n_claims: int


class Workspace:
    """The store, its pack and the cached cross-check the app serves."""

    def __init__(self, store: Store, pack: StoryPack | None, tolerance: float = TOLERANCE):
        self.store = store
        self.pack = pack
        self.tolerance = tolerance
        self._view: View | None = None
        self._lock = threading.Lock()

    def stamp(self) -> tuple[int, int]:
        """(number of versions, highest version id): moves with every stored version."""
        with self.store.engine.connect() as conn:
            row = conn.execute(select(func.count(versions.c.id), func.max(versions.c.id))).one()
        return int(row[0] or 0), int(row[1] or 0)

    def view(self) -> View:
        """The cross-check of the store as it is now, recomputed only after a change."""
        stamp = self.stamp()
        view = self._view
        if view is not None and view.stamp == stamp:
            return view
        with self._lock:  # one thread recomputes; the others wait and reuse its result
            view = self._view
            if view is None or view.stamp != stamp:
                view = self._build(stamp)
                self._view = view
        return view

    def _build(self, stamp: tuple[int, int]) -> View:
        cc = check_store(self.store, self.pack, self.tolerance)
        sides = [
            c.origin.side if c.origin else None for m in cc.measures for c in m.reported + m.other
        ]
        return View(
            stamp=stamp,
            cc=cc,
            colours=present.side_colours(sides),
            measures={m.key: m for m in cc.measures},
            n_claims=sum(len(m.reported) + len(m.other) for m in cc.measures),
        )

    def document(self, doc_id: str) -> Row | None:
        """One document's row, shaped as a row of ``Store.documents()``, or None."""
        rows = self.store.documents(doc_id)
        return rows[0] if rows else None
