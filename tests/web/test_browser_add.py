"""Adding reports in a real browser: Debian's Chromium driven by Playwright against uvicorn
on 127.0.0.1, over a new empty store. Paste one invented article, upload another, watch
each job's page reload itself until it says done, and see the overview's counts grow.

Skips without /usr/bin/chromium, except under CI=true (the ``chromium`` fixture).
Screenshots land in the test's tmp_path.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimtrack.store import Store

from .conftest import fresh_browser, serving

PASTED = (
    "Harbour strike enters second week\n\n"
    "The dockworkers' union said on Wednesday that 1,800 of its members had stopped work at "
    "the harbour, and that about 60 ships were waiting offshore. The port authority put the "
    "daily loss at nearly 3 million euros.\n"
)
UPLOADED = (
    "Library reopens after fire\n\n"
    "The city library reopened on Saturday with 45,000 books on its shelves, two years after "
    "a fire destroyed more than 120,000 volumes, the mayor's office said.\n"
)
#: How long a job page may take to say done: the first job loads the language models.
JOB_MS = 180_000


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    """The app over a new empty store on uvicorn in a thread, on a port the OS picks."""
    db = str(tmp_path / "browser-add.db")
    with Store(db) as store:
        store.set_meta("pack", "")
    with serving(db) as url:
        yield url


def counts(page: Any) -> tuple[int, int]:
    """(documents, claims) as the overview shows them."""
    text = page.locator("p.counts").inner_text()
    docs = re.search(r"([\d,]+) documents", text)
    claims = re.search(r"([\d,]+) claims", text)
    assert docs and claims, text
    return int(docs[1].replace(",", "")), int(claims[1].replace(",", ""))


def test_paste_and_upload_then_see_the_overview_grow(
    base_url: str, tmp_path: Path, chromium: dict[str, Any]
) -> None:
    from playwright.sync_api import Dialog, expect

    article = tmp_path / "library.txt"
    article.write_text(UPLOADED, encoding="utf-8")
    with fresh_browser(tmp_path / "profile", chromium) as context:
        page = context.new_page()
        requests: list[str] = []
        dialogs: list[str] = []
        page.on("request", lambda r: requests.append(r.url))

        def on_dialog(dialog: Dialog) -> None:  # an article's script ran: record, close
            dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)

        page.goto(base_url + "/")
        assert counts(page) == (0, 0)

        page.locator("nav a", has_text="Add").click()
        page.wait_for_url("**/add")
        paste = page.locator("form#paste")
        paste.locator("textarea[name=text]").fill(PASTED)
        paste.locator("input[name=title]").fill("Harbour strike")
        page.screenshot(path=str(tmp_path / "add.png"), full_page=True)
        paste.locator("button[type=submit]").click()
        page.wait_for_url("**/jobs/**")
        expect(page.locator("#state")).to_have_text("done", timeout=JOB_MS)
        expect(page.locator("#failed")).to_have_text("0")
        expect(page.locator("#new")).to_have_text("1")
        page.screenshot(path=str(tmp_path / "job-paste.png"), full_page=True)

        page.locator("table.documents a.doc").first.click()
        page.wait_for_url("**/documents/**")
        expect(page.locator("div.text mark").first).to_be_visible()
        expect(page.locator("div.text")).to_contain_text("1,800")

        page.goto(base_url + "/add")
        upload = page.locator("form#upload")
        upload.locator("input[type=file]").set_input_files(str(article))
        upload.locator("button[type=submit]").click()
        page.wait_for_url("**/jobs/**")
        expect(page.locator("#state")).to_have_text("done", timeout=JOB_MS)
        expect(page.locator("table.documents a.doc")).to_have_text("upload/library.txt")
        page.screenshot(path=str(tmp_path / "job-upload.png"), full_page=True)

        page.goto(base_url + "/")
        documents, claims = counts(page)
        assert documents == 2 and claims >= 4, (documents, claims)
        expect(page.locator("article.card").first).to_be_visible()
        page.screenshot(path=str(tmp_path / "overview-after.png"), full_page=True)

        page.goto(base_url + "/add")
        expect(page.locator("table.jobs tbody tr")).to_have_count(2)

        assert dialogs == []
        assert all(u.startswith(base_url) for u in requests), requests
        print(f"screenshots: {tmp_path}")
