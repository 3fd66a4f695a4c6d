"""Shared fixtures: a store URL for each backend the store must work on.

PostgreSQL runs when ``scripts/services.sh`` exported ``CLAIMTRACK_TEST_PG_URL``; each
test gets its own fresh database so tests never see each other's rows. Under CI the
server is required, so a missing URL fails rather than silently skipping.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_ENV = "CLAIMTRACK_TEST_PG_URL"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    base = os.environ.get(PG_ENV)
    if not base:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{PG_ENV} is not set but CI=true requires the PostgreSQL tests")
        pytest.skip(f"{PG_ENV} not set (source scripts/services.sh and run start_postgres)")
    name = f"ct_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


CHROMIUM = Path("/usr/bin/chromium")
#: The flags Debian's Chromium needs to run headless here (see the README).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


@pytest.fixture
def chromium() -> dict[str, object]:
    """Playwright launch options for Debian's Chromium (never a downloaded browser).

    Skips when the browser or Playwright is missing, except under CI=true, where the
    browser tests are required and a missing browser fails them.
    """
    reason = None
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing (apt-get install chromium; scripts/test.sh does it)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "playwright is not installed (pip install -e '.[dev]')"
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true requires the browser tests: {reason}")
        pytest.skip(reason)
    return {"executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}
