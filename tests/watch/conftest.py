"""A real HTTP server on 127.0.0.1 serving feeds and articles, and helpers to write them.

The server is tests/fetch/http_site.py, loaded by path as module ``fetch_site``, and the
feeds and articles are pages.py, loaded as ``watch_pages`` (the tests folders are not
packages). Every feed and article here is written for these tests.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest


def _load(name: str, path: Path) -> ModuleType:
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_load("fetch_site", Path(__file__).parents[1] / "fetch" / "http_site.py")
_load("watch_pages", Path(__file__).with_name("pages.py"))


@pytest.fixture
def site() -> Iterator[object]:
    with sys.modules["fetch_site"].serve() as running:
        yield running
