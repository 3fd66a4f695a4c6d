"""A real SQLite store of the bundled samples plus one hostile article and one article
that contradicts a sample, built once per module.

The hostile article carries a script tag, an event-handler attribute, a ``javascript:``
link text and Rich-style ``[bold]`` markup, in its title, its text and its file name, so
every page that shows article text or ids can be checked for escaping.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import uvicorn
from fastapi.testclient import TestClient

from claimtrack.config import Settings
from claimtrack.ingest import ingest
from claimtrack.packs import load_pack
from claimtrack.store import Store
from claimtrack.web.app import create_app

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext

EXAMPLES = Path(__file__).parents[2] / "examples" / "dprk-russia"
HOSTILE_NAME = "evil<script>.txt"
HOSTILE_DOC = f"hostile/{HOSTILE_NAME}"
HOSTILE = (
    "<script>alert(1)</script> Seoul says 5,000 troops <img src=x onerror=alert(1)> crossed\n\n"
    "Seoul's spy agency said on Monday that more than 5,000 North Korean troops had arrived "
    "in Kursk <img src=x onerror=alert(1)>, according to [bold]a briefing[/bold] posted at "
    "javascript:alert(document.cookie). <script>alert(2)</script> Officials said about "
    "3,000 more troops would follow by December.\n"
)

#: A figure another origin gives for the same day as the NIS sample's, far apart from it:
#: the pages' conflicts (and the sources' contradicted counts) always have one to show,
#: whatever the samples' own figures come to.
KYIV_DOC = "kyiv/kyiv_estimate.txt"
KYIV = (
    "Kyiv puts the North Korean contingent far higher than Seoul does\n\n"
    "KYIV, Nov. 13, 2024 —\n\n"
    "Ukraine's military intelligence agency said on Wednesday that 19,000 North Korean "
    "soldiers were now in Russia, well above the figure South Korean lawmakers were given "
    "the same day.\n"
)


def example_documents() -> int:
    """The demo's documents: one per article file, one per line of its JSON Lines files."""
    files = [p for p in EXAMPLES.rglob("*") if p.is_file()]
    lines = sum(
        1
        for p in files
        if p.suffix == ".jsonl"
        for line in p.open(encoding="utf-8")
        if line.strip()
    )
    return lines + sum(1 for p in files if p.suffix in (".txt", ".html", ".htm", ".md"))


#: Documents in the store ``build_store`` makes: the demo's, the hostile one and Kyiv's.
DOCUMENTS = example_documents() + 2


def build_store(folder: Path) -> str:
    hostile = folder / "hostile"
    hostile.mkdir()
    (hostile / HOSTILE_NAME).write_text(HOSTILE, encoding="utf-8")
    kyiv = folder / "kyiv"
    kyiv.mkdir()
    (kyiv / "kyiv_estimate.txt").write_text(KYIV, encoding="utf-8")
    db = str(folder / "claims.db")
    with Store(db) as store:
        store.set_meta("pack", "dprk-russia")
        report = ingest([EXAMPLES, hostile, kyiv], store, load_pack("dprk-russia"), Settings())
    assert report.failed == 0 and report.new == DOCUMENTS, report
    return db


SAMPLE = "dprk-russia/dprk01_nis_dispatch.txt"
COPY = "wire/nis_dispatch_copy.txt"
#: The hostile article edited: a figure corrected, a sentence with a new figure added, the
#: sentence with its second figure gone.
EDITED = (
    HOSTILE.replace("more than 5,000", "more than 6,000").replace(
        " Officials said about 3,000 more troops would follow by December.", ""
    )
    + "A <b onclick=alert(3)>second</b> briefing said 700 troops had been wounded.\n"
)


def build_versions(folder: Path) -> str:
    """``build_store`` plus what the document page's versions and near-duplicates need,
    ingested the way a user would: the hostile article edited (a second version) and a
    wire copy of a sample (a new file)."""
    db = build_store(folder)
    (folder / "hostile" / HOSTILE_NAME).write_text(EDITED, encoding="utf-8")
    wire = folder / "wire"
    wire.mkdir()
    text = (EXAMPLES / "dprk01_nis_dispatch.txt").read_text(encoding="utf-8")
    (wire / "nis_dispatch_copy.txt").write_text(text + "\nDistributed by a wire service.\n")
    with Store(db) as store:
        report = ingest([folder / "hostile", wire], store, load_pack("dprk-russia"), Settings())
    assert report.failed == 0 and report.new == 1 and report.updated == 1, report
    return db


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_store(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    # raise_server_exceptions off: a 500 must show up as a status the tests can assert on.
    with TestClient(create_app(db, Settings()), raise_server_exceptions=False) as c:
        yield c


@contextmanager
def fresh_browser(profile: Path, chromium: dict[str, object]) -> Iterator[BrowserContext]:
    """Debian's Chromium through Playwright, headless, with a fresh user-data-dir at
    ``profile`` and a 1280x900 window; closed on the way out."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), **chromium, headless=True, viewport={"width": 1280, "height": 900}
        )
        try:
            yield context
        finally:
            context.close()


@contextmanager
def serving(db: str) -> Iterator[str]:
    """The app over ``db`` on uvicorn in a thread, on a port the OS picks (port 0); yields
    its base URL and stops the server on the way out."""
    config = uvicorn.Config(
        create_app(db, Settings()), host="127.0.0.1", port=0, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:  # bounded by the thread: it dies if start-up fails
            if not thread.is_alive():
                pytest.fail("uvicorn did not start")
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
