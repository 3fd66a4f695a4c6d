"""The web app in a real browser: Debian's Chromium driven by Playwright against a real
uvicorn server on 127.0.0.1. Open the overview, open a measure, follow a claim to its
highlighted figure in the document, search; the hostile article runs no script.

Skips when /usr/bin/chromium is missing (``scripts/test.sh`` installs it), except under
CI=true, where a missing browser fails. Screenshots land in the test's tmp_path.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from .conftest import DOCUMENTS, HOSTILE_DOC, fresh_browser, serving


@pytest.fixture
def base_url(db: str) -> Iterator[str]:
    """The app on uvicorn in a thread, on a port the OS picks (port 0)."""
    with serving(db) as url:
        yield url


def test_browse_measure_document_and_search(
    base_url: str, tmp_path: Path, chromium: dict[str, Any]
) -> None:
    from playwright.sync_api import expect

    with fresh_browser(tmp_path / "profile", chromium) as context:
        page = context.new_page()
        requests: list[str] = []
        dialogs: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

        page.goto(base_url + "/")
        cards = page.locator("article.card")
        expect(cards.first).to_be_visible()
        assert cards.count() >= 10
        expect(page.locator("p.counts")).to_contain_text(f"{DOCUMENTS} documents")
        page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)

        page.locator('article.card a[href="/measures/dprk_troops_in_russia"]').click()
        page.wait_for_url("**/measures/dprk_troops_in_russia")
        chart = page.locator("figure.chart svg").first
        expect(chart).to_be_visible()
        box = chart.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 100
        assert page.locator("table.claims tbody tr").count() >= 3
        # the local stylesheet applies under the CSP: the undated band is grey, not black
        band = page.locator("figure.chart svg .band")
        assert band.evaluate("e => getComputedStyle(e).fill") == "rgb(243, 243, 243)"
        page.screenshot(path=str(tmp_path / "measure.png"), full_page=True)

        link = page.locator("table.claims a.doc").first
        href = link.get_attribute("href")
        assert href is not None and "#claim-" in href
        link.click()
        page.wait_for_url("**/documents/**")
        page.wait_for_function("h => location.hash === h", arg="#" + href.split("#", 1)[1])
        target = page.locator("mark:has(> .anchor:target)")
        expect(target).to_have_count(1)
        expect(target).to_be_visible()
        expect(target).to_be_in_viewport()
        assert any(ch.isdigit() for ch in target.inner_text())
        assert target.get_attribute("title")  # the claim's fields on hover
        page.screenshot(path=str(tmp_path / "document.png"))

        page.locator("header input[name=q]").fill("Kursk troops")
        page.locator("header input[name=q]").press("Enter")
        page.wait_for_url("**/search?q=Kursk+troops")
        hits = page.locator("ol.hits li")
        expect(hits.first).to_be_visible()
        assert page.locator("ol.hits mark").count() > 0
        page.screenshot(path=str(tmp_path / "search.png"), full_page=True)

        page.goto(base_url + "/documents/" + quote(HOSTILE_DOC))
        expect(page.locator("div.text")).to_contain_text("<script>alert(1)</script>")
        expect(page.locator("div.text")).to_contain_text("<img src=x onerror=alert(1)>")
        assert page.locator("div.text img, div.text script").count() == 0
        page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)

        assert dialogs == []  # no script from an article ever ran
        assert all(u.startswith(base_url) for u in requests), requests
        shot = tmp_path / "overview.png"
        print(f"screenshots: {tmp_path}")
        assert shot.stat().st_size > 10_000
