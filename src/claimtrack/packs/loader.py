"""Find and validate story packs: built-in ones by name, others by path."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from claimtrack.errors import PackError, unknown_pack
from claimtrack.packs.schema import StoryPack
from claimtrack.strict_yaml import load_strict

BUILTIN_DIR = Path(__file__).parent


def builtin_packs() -> list[str]:
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml"))


def load_pack(name_or_path: str | Path) -> StoryPack:
    """Load a pack by built-in name ("dprk-russia") or YAML path; errors say what to fix."""
    path = Path(name_or_path)
    if not path.suffix:
        path = BUILTIN_DIR / f"{name_or_path}.yaml"
        if not path.is_file():
            raise unknown_pack(str(name_or_path), builtin_packs())
    return _load_file(str(path.resolve()))


@lru_cache(maxsize=16)
def _load_file(path: str) -> StoryPack:
    try:
        data = load_strict(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PackError(f"story pack file {path} does not exist; check the path") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PackError(f"story pack {path} is not readable YAML: {exc}") from None
    if not isinstance(data, dict):
        raise PackError(f"story pack {path} must be a YAML mapping with name, actors, measures")
    try:
        return StoryPack.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise PackError(f"story pack {path} is invalid: {problems}") from None
