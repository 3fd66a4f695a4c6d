"""YAML for hand-edited data files: a key given twice is an error, not a silent overwrite.

PyYAML keeps the last of two equal keys, so a word list pasted twice under one name, or a
section split in two, quietly loses half its words. Data files the project ships (language
folders, and story packs if they choose to) read through ``load_strict`` instead.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import yaml
from yaml.nodes import MappingNode


class DuplicateKeyError(yaml.YAMLError):
    """A mapping gives the same key twice; ``line`` is where the second one stands (1-based)."""

    def __init__(self, key: str, line: int) -> None:
        super().__init__(f"duplicate key {key!r} on line {line}")
        self.key = key
        self.line = line


#: libyaml's parser when PyYAML was built with it: the same documents, about ten times less
#: CPU than the pure-Python parser, which took 1.4 s of every process's start reading the
#: thirteen language folders (and again in every ``--jobs`` or Dask worker).
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeBase):  # type: ignore[valid-type,misc]
    """The safe loader, refusing a key that a mapping already holds."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # "<<: *base" merges on purpose; its keys may be overridden
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, Hashable):
                continue  # the safe loader's own error names an unhashable key
            if key in seen:
                raise DuplicateKeyError(str(key), key_node.start_mark.line + 1)
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def load_strict(text: str) -> Any:
    """``yaml.safe_load`` that raises ``DuplicateKeyError`` for a key given twice."""
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
