"""Store: a versioned, crash-safe base of documents and their claims (SQLite or PostgreSQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import attach

if TYPE_CHECKING:
    from claimtrack.store.export import FIELDS, FORMATS, ExportFormat, export_row, write_rows
    from claimtrack.store.migrations import MIGRATIONS, migrate, stored_version
    from claimtrack.store.schema import SCHEMA_VERSION, metadata
    from claimtrack.store.store import AddOutcome, Store, to_url

# Names load on first use (PEP 562), so importing one light submodule never pulls in the
# heavy ones (SQLAlchemy, spaCy, datasketch...) beside it.
_LAZY = {
    "FIELDS": "claimtrack.store.export",
    "FORMATS": "claimtrack.store.export",
    "ExportFormat": "claimtrack.store.export",
    "export_row": "claimtrack.store.export",
    "write_rows": "claimtrack.store.export",
    "MIGRATIONS": "claimtrack.store.migrations",
    "migrate": "claimtrack.store.migrations",
    "stored_version": "claimtrack.store.migrations",
    "SCHEMA_VERSION": "claimtrack.store.schema",
    "metadata": "claimtrack.store.schema",
    "AddOutcome": "claimtrack.store.store",
    "Store": "claimtrack.store.store",
    "to_url": "claimtrack.store.store",
}

__all__ = [
    "FIELDS",
    "FORMATS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AddOutcome",
    "ExportFormat",
    "Store",
    "export_row",
    "metadata",
    "migrate",
    "stored_version",
    "to_url",
    "write_rows",
]


__getattr__, __dir__ = attach(__name__, _LAZY, globals())
