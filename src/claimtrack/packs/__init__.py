"""Story packs: YAML data that tunes the engine to one story."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import attach

if TYPE_CHECKING:
    from claimtrack.packs.loader import builtin_packs, load_pack
    from claimtrack.packs.schema import (
        Actor,
        Equipment,
        ExchangeRate,
        Measure,
        Source,
        StoryPack,
    )

# Names load on first use (PEP 562), so importing one light submodule never pulls in the
# heavy ones (SQLAlchemy, spaCy, datasketch...) beside it.
_LAZY = {
    "builtin_packs": "claimtrack.packs.loader",
    "load_pack": "claimtrack.packs.loader",
    "Actor": "claimtrack.packs.schema",
    "Equipment": "claimtrack.packs.schema",
    "ExchangeRate": "claimtrack.packs.schema",
    "Measure": "claimtrack.packs.schema",
    "Source": "claimtrack.packs.schema",
    "StoryPack": "claimtrack.packs.schema",
}

__all__ = [
    "Actor",
    "Equipment",
    "ExchangeRate",
    "Measure",
    "Source",
    "StoryPack",
    "builtin_packs",
    "load_pack",
]


__getattr__, __dir__ = attach(__name__, _LAZY, globals())
