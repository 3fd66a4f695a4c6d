"""What the store's mixins stand on: a connection to read in and one to write in.

``Store`` is assembled from small mixins, one job each (documents' pages, reviews, the
watch list), so each lives in its own module and is tested alone; ``Store`` provides
the two context managers they use.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from sqlalchemy import Connection, Engine


class StoreAccess:
    """The plumbing every store mixin uses; implemented by ``claimtrack.store.Store``."""

    engine: Engine
    display_url: str
    dialect: str

    def _read(self) -> AbstractContextManager[Connection]:
        """A connection in a read transaction; database errors become ``StoreError``."""
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Connection]:
        """A connection in a write transaction, committed when the block ends."""
        raise NotImplementedError
