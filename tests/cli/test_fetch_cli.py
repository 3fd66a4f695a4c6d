"""``claimtrack fetch`` end to end: a real HTTP server on 127.0.0.1, a real store, the pipeline.

The server is loopback, so the commands pass --allow-private, except where the test is
that the same URL is refused without it.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.store import Store


def _site_module() -> ModuleType:
    """tests/fetch/http_site.py, loaded by path (the tests folders are not packages)."""
    if "fetch_site" not in sys.modules:
        path = Path(__file__).parents[1] / "fetch" / "http_site.py"
        spec = importlib.util.spec_from_file_location("fetch_site", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["fetch_site"] = module
        spec.loader.exec_module(module)
    return sys.modules["fetch_site"]


Reply = _site_module().Reply


def article(vehicles: str) -> bytes:
    return (
        "<html><head><title>Bridge reopens in Varnholm</title></head><body><article>"
        "<h1>Bridge reopens in Varnholm</h1>"
        f"<p>The city council said about {vehicles} vehicles crossed the repaired bridge on "
        "its first day after eight months of works.</p>"
        "<p>Engineers expect close to 9,000 crossings a day by spring, the council added.</p>"
        "</article></body></html>"
    ).encode()


@pytest.fixture
def site() -> Iterator[object]:
    with _site_module().serve() as running:
        yield running


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "fetched.db")


def fetch(runner: CliRunner, db: str, *args: str, private: bool = True):
    extra = ["--allow-private"] if private else []
    return runner.invoke(app, ["fetch", *args, "--db", db, "--no-pack", *extra])


def test_a_page_is_fetched_stored_and_refetched(runner, site, db):
    site.routes["/news/bridge"] = Reply(article("2,300"))
    url = site.url("/news/bridge")
    first = fetch(runner, db, url)
    assert first.exit_code == 0, first.output
    assert "1 documents: 1 new, 0 unchanged, 0 updated, 0 failed" in first.stdout
    assert "0 claims found" not in first.stdout
    with Store(db, create=False) as store:
        (row,) = store.documents()
        assert row["doc"] == url and row["url"] == url and row["fetched_at"]
        assert any("2,300" in claim["quote"] for claim in store.claims())

    again = fetch(runner, db, url)
    assert again.exit_code == 0 and "1 documents: 0 new, 1 unchanged" in again.stdout

    site.routes["/news/bridge"] = Reply(article("2,800"))
    changed = fetch(runner, db, url)
    assert changed.exit_code == 0 and "0 unchanged, 1 updated, 0 failed" in changed.stdout
    with Store(db, create=False) as store:
        (row,) = store.documents()
        assert row["versions"] == 2


def test_failures_are_reported_and_the_batch_goes_on(runner, site, db):
    site.routes["/news/bridge"] = Reply(article("2,300"))
    site.routes["/down"] = Reply(b"maintenance", 500, "text/plain")
    site.routes["/scan.pdf"] = Reply(b"%PDF-1.7", 200, "application/pdf")
    result = fetch(
        runner, db, site.url("/missing"), site.url("/down"), site.url("/scan.pdf"),
        site.url("/news/bridge"),
    )  # fmt: skip
    assert result.exit_code == 1
    assert "4 documents: 1 new, 0 unchanged, 0 updated, 3 failed" in result.stdout
    errors = result.stderr.splitlines()
    assert len(errors) == 3 and all(line.startswith("error: http://127.0.0.1:") for line in errors)
    assert "answered 404" in errors[0] and "answered 500" in errors[1]
    assert "application/pdf" in errors[2]
    with Store(db, create=False) as store:
        assert [r["doc"] for r in store.documents()] == [site.url("/news/bridge")]


def test_a_loopback_page_is_refused_without_allow_private(runner, site, db):
    site.routes["/news/bridge"] = Reply(article("2,300"))
    result = fetch(runner, db, site.url("/news/bridge"), private=False)
    assert result.exit_code == 1 and "1 failed" in result.stdout
    assert "loopback address" in result.stderr and "--allow-private" in result.stderr
    assert site.requests == []


@pytest.mark.parametrize("url", ["ftp://example.com/a.txt", "file:///etc/passwd", "javascript:x"])
def test_other_schemes_are_refused_in_one_line(runner, db, url):
    result = fetch(runner, db, url, private=False)
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {url}: cannot fetch") and "http://" in line


def test_timeout_and_size_limits_come_from_the_options(runner, site, db):
    site.routes["/slow"] = Reply(article("2,300"), delay_s=2.0)
    site.routes["/long"] = Reply(article("2,300") * 10)
    slow = fetch(runner, db, site.url("/slow"), "--timeout", "0.5")
    assert slow.exit_code == 1 and "no answer within 0.5 s" in slow.stderr
    long = fetch(runner, db, site.url("/long"), "--max-bytes", "1K")
    assert long.exit_code == 1 and "over the 1,024-byte limit" in long.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--timeout", "0"], "--timeout 0 must be a positive number"),
        (["--max-bytes", "lots"], "--max-bytes='lots' is not a size"),
        (["--published", "yesterday"], "--published 'yesterday' is not a date"),
    ],
)
def test_bad_options_are_usage_errors(runner, db, args, message):
    result = fetch(runner, db, "https://example.com/", *args)
    assert result.exit_code == 2 and message in result.stderr
