"""The document page in a real browser (Debian's Chromium driven by Playwright, a real
uvicorn server on 127.0.0.1): the numbers left out are underlined and say why on focus,
their list opens, the versions' claim diff is there and an older version opens from it;
the hostile article's second version runs no script. Screenshots land in tmp_path.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from .conftest import HOSTILE_DOC, SAMPLE, build_versions, fresh_browser, serving


@pytest.fixture(scope="module")
def versions_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_versions(tmp_path_factory.mktemp("browser-versions"))


@pytest.fixture
def base_url(versions_db: str) -> Iterator[str]:
    with serving(versions_db) as url:
        yield url


def test_left_out_numbers_and_versions_diff(
    base_url: str, tmp_path: Path, chromium: dict[str, Any]
) -> None:
    from playwright.sync_api import expect

    with fresh_browser(tmp_path / "profile", chromium) as context:
        page = context.new_page()
        requests: list[str] = []
        dialogs: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

        page.goto(base_url + "/documents/" + quote(SAMPLE))
        left = page.locator("div.text span.left-out")
        assert left.count() >= 5
        first = left.first
        expect(first).to_be_visible()
        # dotted underline from the local stylesheet, and the reason shown on focus
        style = first.evaluate("e => getComputedStyle(e).textDecorationStyle")
        assert style == "dotted"
        reason = first.get_attribute("data-reason")
        assert reason and reason.startswith("left out: ")
        first.focus()
        after = first.evaluate("e => getComputedStyle(e, '::after').content")
        assert after == f'"{reason}"'
        page.screenshot(path=str(tmp_path / "left-out-focus.png"))

        listing = page.locator("details.left-out-list")
        rows = listing.locator("tbody tr")
        expect(rows.first).to_be_hidden()  # collapsed until opened
        listing.locator("summary").click()
        expect(rows.first).to_be_visible()
        assert rows.count() == left.count()
        rows.first.locator("a").click()
        page.wait_for_function("() => location.hash === '#left-0'")
        expect(page.locator("span.left-out:target")).to_be_in_viewport()
        removed = page.locator("details.removed")
        expect(removed.locator("tbody tr").first).to_be_hidden()
        removed.locator("summary").click()
        expect(removed.locator("tbody tr")).to_have_count(2)
        page.screenshot(path=str(tmp_path / "document-lists.png"), full_page=True)

        page.goto(base_url + "/documents/" + quote(HOSTILE_DOC))
        diff = page.locator("section.diff#diff-1-2")
        expect(diff).to_be_visible()
        expect(diff.locator("h3")).to_contain_text("Version 1 → 2")
        expect(diff.locator("tr.added")).not_to_have_count(0)
        expect(diff.locator("tr.removed")).to_have_count(1)
        expect(diff.locator("tr.changed").first).to_contain_text("≥5,000")
        expect(diff.locator("tr.changed").first).to_contain_text("6,000")
        expect(page.locator("div.text")).to_contain_text("<b onclick=alert(3)>second</b>")
        assert page.locator("div.text b, div.text img, div.text script").count() == 0
        diff.scroll_into_view_if_needed()
        page.screenshot(path=str(tmp_path / "versions-diff.png"), full_page=True)

        page.locator('table.versions a:text-is("1")').click()
        page.wait_for_url("**?version=1")
        expect(page.locator("p.older")).to_contain_text("version 1 of 2")
        expect(page.locator("div.text")).to_contain_text("3,000 more troops")
        page.screenshot(path=str(tmp_path / "version-1.png"), full_page=True)

        assert dialogs == []  # no script from an article ever ran
        assert all(u.startswith(base_url) for u in requests), requests
        print(f"screenshots: {tmp_path}")
