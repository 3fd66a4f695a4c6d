"""Story packs: YAML data that tunes the engine to one story."""

from claimtrack.packs.loader import builtin_packs, load_pack
from claimtrack.packs.schema import Actor, Equipment, Measure, Source, StoryPack

__all__ = ["Actor", "Equipment", "Measure", "Source", "StoryPack", "builtin_packs", "load_pack"]
