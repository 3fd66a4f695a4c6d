"""Story packs: YAML data that tunes the engine to one story."""

from __future__ import annotations

from pydantic import BaseModel


class StoryPack(BaseModel):  # placeholder until the schema lands
    name: str


def load_pack(name_or_path: str) -> StoryPack:
    raise NotImplementedError
