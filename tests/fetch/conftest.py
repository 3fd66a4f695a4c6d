"""The test web server (``http_site.py``), loaded by path as module ``fetch_site``.

The tests folders are not packages (pytest runs with ``--import-mode=importlib``), so
the server module is registered under one name here and in tests/cli/test_fetch_cli.py.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest


def load_site_module() -> ModuleType:
    if "fetch_site" not in sys.modules:
        path = Path(__file__).with_name("http_site.py")
        spec = importlib.util.spec_from_file_location("fetch_site", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["fetch_site"] = module
        spec.loader.exec_module(module)
    return sys.modules["fetch_site"]


load_site_module()


@pytest.fixture
def site() -> Iterator[object]:
    with sys.modules["fetch_site"].serve() as running:
        yield running
