"""Story packs: YAML data that tunes the engine to one story."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimtrack.packs.loader import builtin_packs, load_pack
    from claimtrack.packs.schema import Actor, Equipment, Measure, Source, StoryPack

# Names load on first use (PEP 562), so importing one light submodule never pulls in the
# heavy ones (SQLAlchemy, spaCy, datasketch...) beside it.
_LAZY = {
    "builtin_packs": "claimtrack.packs.loader",
    "load_pack": "claimtrack.packs.loader",
    "Actor": "claimtrack.packs.schema",
    "Equipment": "claimtrack.packs.schema",
    "Measure": "claimtrack.packs.schema",
    "Source": "claimtrack.packs.schema",
    "StoryPack": "claimtrack.packs.schema",
}

__all__ = ["Actor", "Equipment", "Measure", "Source", "StoryPack", "builtin_packs", "load_pack"]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
