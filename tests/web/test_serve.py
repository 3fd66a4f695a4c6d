"""``claimtrack serve``: refuses the network without a token, starts light, and serves a
real HTTP server on 127.0.0.1 that a client reads over a socket."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from claimtrack.cli import app as cli
from claimtrack.cli.serve import is_loopback

PROBE = """
import json, sys
from claimtrack.cli.app import app
try:
    app(sys.argv[1:], prog_name="claimtrack")
except SystemExit as exc:
    code = exc.code
sys.stdout.write("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.5.6.7", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("example.com", False),
        ("", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com"])
def test_network_address_without_a_token_is_refused(db: str, host: str) -> None:
    result = CliRunner().invoke(
        cli, ["serve", "--db", db, "--host", host], env={"CLAIMTRACK_TOKEN": ""}
    )
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--token" in lines[0] and "CLAIMTRACK_TOKEN" in lines[0]


def test_a_missing_store_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code != 0
    assert result.stderr.strip().count("\n") == 0 and "no store at" in result.stderr
    assert not (tmp_path / "nope.db").exists()


def test_help_imports_no_web_framework() -> None:
    env = {**os.environ, "COLUMNS": "100"}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, "serve", "--help"], capture_output=True, text=True, env=env
    )
    report = json.loads(proc.stdout.splitlines()[-1])
    modules = {m.split(".")[0] for m in report["modules"]} | set(report["modules"])
    assert report["code"] in (0, None)
    heavy = {"fastapi", "starlette", "uvicorn", "sqlalchemy", "spacy", "claimtrack.web"}
    assert not modules & heavy, sorted(modules & heavy)
    assert "Example:" in proc.stdout and "--token" in proc.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(db: str) -> Iterator[str]:
    """``claimtrack serve`` in a child process on a free loopback port, with a token."""
    port = free_port()
    env = {**os.environ, "CLAIMTRACK_TOKEN": "tok-123", "CLAIMTRACK_DB": db}
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimtrack.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # until it answers (or dies); the wait has no assertion on time
            if proc.poll() is not None:
                pytest.fail(
                    f"serve exited {proc.returncode}: {proc.stdout.read() if proc.stdout else ''}"
                )
            try:
                httpx.get(base + "/static/style.css", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_real_server_serves_the_overview(server: str) -> None:
    assert httpx.get(server + "/").status_code == 401  # CLAIMTRACK_TOKEN was set
    auth = {"Authorization": "Bearer tok-123"}
    page = httpx.get(server + "/", headers=auth)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'href="/measures/dprk_troops_in_russia"' in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    measures = httpx.get(server + "/api/v1/measures", headers=auth).json()
    assert any(m["key"] == "dprk_troops_in_russia" for m in measures["measures"])
    with httpx.Client(base_url=server, follow_redirects=True) as browser_like:
        first = browser_like.get("/?token=tok-123")  # follows the redirect with the cookie
        assert first.status_code == 200 and "Overview" in first.text
        assert "token" not in str(first.url)


def test_the_handlers_run_on_the_configured_threads(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``Settings.serve_threads`` (``CLAIMTRACK_SERVE_THREADS``) caps the threads the
    app's synchronous handlers run on, instead of anyio's 40."""
    from anyio import to_thread
    from fastapi.testclient import TestClient

    from claimtrack.config import Settings
    from claimtrack.web.app import create_app

    monkeypatch.setenv("CLAIMTRACK_SERVE_THREADS", "3")
    settings = Settings.from_env()
    with TestClient(create_app(db, settings)) as client:
        assert client.get("/api/v1/claims?limit=1").status_code == 200
        tokens = client.portal.call(lambda: to_thread.current_default_thread_limiter().total_tokens)
    assert tokens == 3


def test_a_thread_count_that_is_not_a_count_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.config import Settings
    from claimtrack.errors import UsageError

    monkeypatch.setenv("CLAIMTRACK_SERVE_THREADS", "many")
    with pytest.raises(UsageError, match="CLAIMTRACK_SERVE_THREADS='many' is not a count"):
        Settings.from_env()
