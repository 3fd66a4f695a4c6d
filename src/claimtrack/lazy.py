"""Package attributes that load on first use (PEP 562), for fast start-up.

A package's ``__init__`` re-exports its public names, but importing them eagerly would
make ``import claimtrack.cli`` pull in spaCy, SQLAlchemy and datasketch before a command
has even parsed its arguments. Each package lists where its names live and lets
``attach`` build the module-level ``__getattr__`` and ``__dir__`` that import them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def attach(
    package: str, names: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: ``names`` maps a name to its module.

    A loaded name is stored in ``namespace`` (the package's globals), so it is imported
    once and later lookups never reach ``__getattr__``.
    """

    def __getattr__(name: str) -> object:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(names))

    return __getattr__, __dir__
