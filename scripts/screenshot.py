"""Take the README's screenshot of the web app's overview (docs/overview.png).

Ingests the bundled samples into a temporary store, serves it on 127.0.0.1 and
photographs the overview with Debian's Chromium through Playwright (the same browser
setup as the tests). Run with ``make screenshot`` after a change to the overview.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from claimtrack.config import Settings
from claimtrack.ingest import ingest
from claimtrack.packs import load_pack
from claimtrack.store import Store
from claimtrack.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def main(out: Path = ROOT / "docs" / "overview.png") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "demo.db")
        with Store(db) as store:
            store.set_meta("pack", "dprk-russia")
            ingest([ROOT / "examples" / "dprk-russia"], store, load_pack("dprk-russia"), Settings())
        server = uvicorn.Server(
            uvicorn.Config(
                create_app(db, Settings()), host="127.0.0.1", port=0, log_level="warning"
            )
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            if not thread.is_alive():
                sys.exit("the app did not start")
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        try:
            with sync_playwright() as p:
                context = p.chromium.launch_persistent_context(
                    str(Path(tmp) / "profile"),
                    executable_path="/usr/bin/chromium",
                    args=FLAGS,
                    headless=True,
                    viewport={"width": 1280, "height": 900},
                )
                page = context.new_page()
                page.goto(f"http://127.0.0.1:{port}/")
                page.locator("article.card").first.wait_for()
                out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(out))
                context.close()
        finally:
            server.should_exit = True
            thread.join(timeout=30)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
