"""Store: a versioned, crash-safe base of documents and their claims (SQLite or PostgreSQL)."""

from claimtrack.store.export import FIELDS, FORMATS, ExportFormat, export_row, write_rows
from claimtrack.store.migrations import MIGRATIONS, migrate, stored_version
from claimtrack.store.schema import SCHEMA_VERSION, metadata
from claimtrack.store.store import AddOutcome, Store, to_url

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
