"""Review in a real browser (Debian's Chromium, Playwright) against uvicorn on 127.0.0.1:
correct a claim and merge two origins from the pages, then see the overview, the measure
and an export change; and the API docs page running from local files under the CSP.

Screenshots land in the test's tmp_path.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import build_store, fresh_browser, serving

MEASURE = "dprk_troops_in_russia"


@pytest.fixture
def base_url(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[str]:
    """A store of its own: the test writes reviews."""
    db = build_store(tmp_path_factory.mktemp("browser-review"))
    copy = tmp_path / "claims.db"
    shutil.copy(db, copy)
    with serving(str(copy)) as url:
        yield url


def test_correct_a_claim_and_merge_origins(
    base_url: str, tmp_path: Path, chromium: dict[str, Any]
) -> None:
    from playwright.sync_api import expect

    with fresh_browser(tmp_path / "profile", chromium) as context:
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

        page.goto(f"{base_url}/")
        assert "999,999" not in page.locator("main").inner_text()
        page.goto(f"{base_url}/measures/{MEASURE}")
        page.locator("table.claims a.review").first.click()
        page.wait_for_url("**/claims/**")
        expect(page.locator("main")).to_contain_text("Not reviewed yet")
        form = page.locator("form#correct")
        form.locator("input[name=value]").fill("999999")
        form.locator("input[name=low]").fill("")
        form.locator("input[name=high]").fill("")
        form.locator("input[name=reviewer]").fill("ana")
        form.locator("input[name=note]").fill("figure from the ministry's own release")
        form.locator("button[type=submit]").click()
        expect(page.locator("p.reviewed")).to_contain_text("corrected by ana")
        expect(page.locator("table.fields tr.changed").first).to_be_visible()
        page.screenshot(path=str(tmp_path / "claim-corrected.png"), full_page=True)

        page.goto(f"{base_url}/measures/{MEASURE}")
        expect(page.locator("table.claims")).to_contain_text("999,999")
        page.screenshot(path=str(tmp_path / "measure-after.png"), full_page=True)
        page.goto(f"{base_url}/")
        expect(page.locator("main")).to_contain_text("999,999")
        page.screenshot(path=str(tmp_path / "overview-after.png"), full_page=True)
        export = page.request.get(f"{base_url}/api/v1/export.csv").text()
        assert "999999" in export and "corrected" in export and "ana" in export

        sources_before = page.request.get(f"{base_url}/api/v1/sources").json()["sources"]
        names = [s["origin"]["name"] for s in sources_before]
        page.goto(f"{base_url}/reviews")
        merge = page.locator("form#merge")
        merge.locator("input[name=name]").fill(names[0])
        merge.locator("input[name=target]").fill(names[1])
        merge.locator("button[type=submit]").click()
        page.wait_for_url("**/reviews#origins")
        expect(page.locator("table.origin-reviews")).to_contain_text(names[0])
        page.screenshot(path=str(tmp_path / "reviews.png"), full_page=True)
        after = page.request.get(f"{base_url}/api/v1/sources").json()["sources"]
        assert len(after) == len(sources_before) - 1
        page.goto(f"{base_url}/sources")
        expect(page.locator("main")).not_to_contain_text(names[0])
        assert dialogs == []


def test_api_docs_run_from_local_files(
    base_url: str, tmp_path: Path, chromium: dict[str, Any]
) -> None:
    from playwright.sync_api import expect

    with fresh_browser(tmp_path / "profile", chromium) as context:
        page = context.new_page()
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(f"{base_url}/docs")
        expect(page.locator(".swagger-ui .info .title")).to_contain_text("claimtrack")
        expect(page.locator(".opblock-summary-path").first).to_be_visible()
        page.screenshot(path=str(tmp_path / "docs.png"))
        assert all(u.startswith(base_url) for u in requests), requests
        assert not [e for e in errors if "Content Security Policy" in e], errors
