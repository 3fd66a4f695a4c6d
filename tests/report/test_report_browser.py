"""The report in a real browser: Debian's Chromium driven by Playwright opens the file
offline, shows the overview and the charts, and a figure link lands on its quote.

Skips when /usr/bin/chromium is missing (``scripts/test.sh`` installs it), except under
CI=true, where a missing browser fails. The screenshot lands in the test's tmp_path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from claimtrack.cli import app

FIXTURES = Path(__file__).parents[1] / "fixtures" / "crosscheck"
PACK = str(FIXTURES / "harbour-strike.yaml")


def test_report_in_chromium(tmp_path: Path, chromium: dict[str, Any]) -> None:
    from playwright.sync_api import expect, sync_playwright

    runner = CliRunner()
    db, report = str(tmp_path / "claims.db"), tmp_path / "report.html"
    ingest = runner.invoke(
        app, ["ingest", str(FIXTURES / "vostrel.jsonl"), "--db", db, "--pack", PACK]
    )
    assert ingest.exit_code == 0, ingest.output
    written = runner.invoke(app, ["report", "--db", db, "--pack", PACK, "--out", str(report)])
    assert written.exit_code == 0, written.output

    with sync_playwright() as p:
        browser = p.chromium.launch(**chromium)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(report.as_uri())

            rows = page.locator("table.overview tbody tr")
            expect(rows).to_have_count(2)
            assert "Dockworkers on strike" in rows.first.inner_text()

            chart = page.locator("#m-0-strikers svg.chart")
            expect(chart).to_be_visible()
            box = chart.bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 100
            assert chart.locator("circle").count() >= 5

            page.screenshot(path=str(tmp_path / "report-top.png"))
            link = page.locator('table.claims a.fig[href^="#claim-"]').first
            target = link.get_attribute("href")
            assert target is not None
            link.click()
            page.wait_for_function("h => location.hash === h", arg=target)
            targeted = page.locator(":target")
            expect(targeted).to_have_attribute("id", target[1:])
            expect(targeted).to_be_in_viewport()
            assert "doc" in targeted.inner_text() and "source" in targeted.inner_text()

            shot = tmp_path / "report.png"
            page.screenshot(path=str(shot), full_page=True)
            print(f"screenshot: {shot}")
            assert shot.stat().st_size > 10_000
            assert all(u.startswith("file://") for u in requests), requests
        finally:
            browser.close()
