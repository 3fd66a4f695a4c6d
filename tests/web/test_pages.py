"""The HTML pages on a real store: what each shows, the measure filters, highlights at the
claims' offsets, and hostile article text escaped on every page."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from markupsafe import Markup

from claimtrack.web import pages
from claimtrack.web.markup import highlighted, snippet

from .conftest import DOCUMENTS, HOSTILE_DOC

MEASURE = "dprk_troops_in_russia"


def html(client: TestClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def rows(page: str, table: str) -> list[str]:
    body = page.split(f'<table class="{table}">', 1)[1].split("</table>", 1)[0]
    return re.findall(r"<tr[ >].*?</tr>", body.split("<tbody>", 1)[1], flags=re.S)


def test_overview_has_a_card_per_measure_and_the_counts(client: TestClient) -> None:
    page = html(client, "/")
    measures = client.get("/api/v1/measures").json()["measures"]
    assert page.count('<article class="card">') == len(measures)
    for m in measures:
        assert f'href="/measures/{quote(m["key"], safe="")}"' in page
    assert f"<strong>{DOCUMENTS}</strong> documents" in page
    claims = client.get("/api/v1/claims?limit=1").json()["total"]
    assert f"<strong>{claims}</strong> claims" in page
    sources = len(client.get("/api/v1/sources").json()["sources"])
    assert f"<strong>{sources}</strong> sources" in page
    assert '<svg class="spark"' in page and 'class="badge conflict"' in page
    assert '<link rel="stylesheet" href="/static/style.css">' in page


def test_measure_page_has_its_chart_claims_and_links(client: TestClient) -> None:
    page = html(client, f"/measures/{MEASURE}")
    detail = client.get(f"/api/v1/measures/{MEASURE}").json()["measure"]
    claims = detail["reported"] + detail["other"]
    assert '<svg class="chart"' in page or "<svg" in page.split('<figure class="chart">')[1]
    assert len(rows(page, "claims")) == len(claims)
    for c in claims:
        assert f'id="claim-{c["id"]}"' in page
        assert f'href="/documents/{quote(c["doc"], safe="/")}#claim-{c["id"]}"' in page


def test_measure_filters(client: TestClient) -> None:
    detail = client.get(f"/api/v1/measures/{MEASURE}").json()["measure"]
    claims = detail["reported"] + detail["other"]
    reported = html(client, f"/measures/{MEASURE}?status=reported")
    assert len(rows(reported, "claims")) == sum(c["status"] == "reported" for c in claims) > 0
    assert '<option value="reported" selected>' in reported
    certain = {c["certainty"] for c in claims}
    for certainty in certain:
        page = html(client, f"/measures/{MEASURE}?certainty={certainty}")
        assert len(rows(page, "claims")) == sum(c["certainty"] == certainty for c in claims)
    dated = [c for c in claims if c["window"]["end"] or c["window"]["start"]]
    day = sorted(c["window"]["end"] or c["window"]["start"] for c in dated)[len(dated) // 2]
    since = html(client, f"/measures/{MEASURE}?since={day}")
    until = html(client, f"/measures/{MEASURE}?until={day}")
    n_since, n_until = len(rows(since, "claims")), len(rows(until, "claims"))
    assert 0 < n_since < len(claims) and 0 < n_until < len(claims)
    empty = html(client, f"/measures/{MEASURE}?status=&certainty=&since=&until=")
    assert len(rows(empty, "claims")) == len(claims)  # an empty form field is no filter
    assert len(rows(html(client, f"/measures/{MEASURE}?status=nonsense"), "claims")) == 0


def test_measure_table_pages_keep_the_filters(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    detail = client.get(f"/api/v1/measures/{MEASURE}").json()["measure"]
    reported = [c for c in detail["reported"] + detail["other"] if c["status"] == "reported"]
    assert len(reported) >= 3  # a first, a middle and a last page
    monkeypatch.setattr(pages, "MEASURE_ROWS", 1)
    url, seen, n_pages = f"/measures/{MEASURE}?status=reported", [], 0
    while url:
        page = html(client, unescape(url))
        n_pages += 1
        found = rows(page, "claims")
        assert len(found) == 1
        seen += [re.search(r'id="claim-([^"]+)"', r)[1] for r in found]  # type: ignore[index]
        assert f"{len(reported)} of " in page and '<option value="reported" selected>' in page
        assert ('rel="prev"' in page) == (n_pages > 1)
        nxt = re.search(r'<a rel="next" href="([^"]+)"', page)
        url = nxt[1] if nxt else ""
        if nxt:
            assert "status=reported" in url and f"page={n_pages + 1}" in url
    assert seen == [c["id"] for c in reported] and n_pages == len(reported)
    beyond = html(client, f"/measures/{MEASURE}?status=reported&page={n_pages + 1}")
    assert rows(beyond, "claims") == [] and 'rel="prev"' in beyond
    assert client.get(f"/measures/{MEASURE}?page=0").status_code == 422

    # A conflict's figures link to their row on this page, else to their document.
    (x, *_) = client.get("/api/v1/conflicts").json()["conflicts"]
    first = html(client, f"/measures/{quote(x['measure'], safe='')}")
    on_page = set(re.findall(r'<tr id="claim-([^"]+)"', first))
    for c in (x["a"], x["b"]):
        doc = quote(c["doc"], safe="/")
        link = (
            f'"#claim-{c["id"]}"' if c["id"] in on_page else f'"/documents/{doc}#claim-{c["id"]}"'
        )
        assert f"<a href={link}>" in first.split('id="conflicts"', 1)[1]
    assert len(on_page) == 1  # one row a page, two figures: one links away


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        (f"/measures/{MEASURE}?since=yesterday", 400, "since=&#39;yesterday&#39; is not a date"),
        (f"/measures/{MEASURE}?until=2024-13-01", 400, "until=&#39;2024-13-01&#39;"),
        (f"/measures/{MEASURE}?status=" + "x" * 65, 422, "status"),
        ("/measures/no_such", 404, "no measure &#39;no_such&#39;"),
        ("/documents/no/such.txt", 404, "no document &#39;no/such.txt&#39;"),
        ("/documents/..%2F..%2Fetc%2Fpasswd", 404, "no document &#39;../../etc/passwd&#39;"),
        ("/search?q=" + "x" * 501, 422, "q"),
        ("/no/such/page", 404, "nothing at /no/such/page"),
    ],
)
def test_bad_page_requests_are_a_4xx_page(
    client: TestClient, url: str, status: int, words: str
) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    assert words in response.text and "Traceback" not in response.text


def test_document_page_highlights_every_claim_at_its_offsets(client: TestClient) -> None:
    doc = "dprk-russia/dprk01_nis_dispatch.txt"
    body = client.get("/api/v1/documents/" + quote(doc)).json()
    page = html(client, "/documents/" + quote(doc))
    text = page.split('<div class="text">', 1)[1].split("</div>", 1)[0]
    # Without the tags, the text is the stored text: nothing lost, nothing added.
    assert unescape(re.sub(r"<[^>]+>", "", text)) == body["text"]
    marks = re.findall(r'<mark tabindex="0" title="([^"]*)">(.*?)</mark>', text, flags=re.S)
    marked = [unescape(re.sub(r"<[^>]+>", "", inner)) for _, inner in marks]
    for c in body["claims"]:
        assert f'id="claim-{c["claim_id"]}"' in text
        for m in c["mentions"]:
            assert any(m["text"] in seen for seen in marked), m
    assert all(title for title, _ in marks)
    assert "<dt>versions</dt><dd>1 (showing version 1)</dd>" in page


def test_sources_conflicts_and_search_pages(client: TestClient) -> None:
    sources = html(client, "/sources")
    n_sources = len(client.get("/api/v1/sources").json()["sources"])
    assert len(rows(sources, "sources")) == n_sources

    conflicts = html(client, "/conflicts")
    gaps = [float(g.replace(",", "")) for g in re.findall(r"gap ([\d,.]+)%", conflicts)]
    assert len(gaps) == len(client.get("/api/v1/conflicts").json()["conflicts"]) > 0
    assert gaps == sorted(gaps, reverse=True)
    assert conflicts.count("<blockquote>") == 2 * len(gaps)

    found = html(client, "/search?q=troops%20Kursk")
    assert "<mark>troops</mark>" in found or "<mark>Kursk</mark>" in found
    assert re.search(r'href="/documents/[^"]+#claim-[0-9a-f]+"', found)
    assert "match" in html(client, "/search?q=zzzznothing")
    assert "<ol" not in html(client, "/search")


HOSTILE_PAGES = [
    "/",
    "/documents",
    "/documents/" + quote(HOSTILE_DOC),
    f"/measures/{MEASURE}",
    "/sources",
    "/conflicts",
    "/search?q=alert",
    "/search?q=script",
    "/search?q=bold",
    "/search?q=%3Cscript%3Ealert(1)%3C/script%3E",
    "/measures/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/documents/%3Cimg%20src=x%20onerror=alert(1)%3E",
]


@pytest.mark.parametrize("url", HOSTILE_PAGES)
def test_hostile_text_is_escaped_everywhere(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (200, 404), url
    page = response.text
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert not re.search(r"\son\w+\s*=", re.sub(r">[^<]*<", "><", page)), "event attribute"
    assert 'href="javascript:' not in page.lower()


def test_hostile_article_shows_as_text(client: TestClient) -> None:
    page = html(client, "/documents/" + quote(HOSTILE_DOC))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "[bold]a briefing[/bold]" in page and "javascript:alert(document.cookie)" in page
    assert page.count("<mark ") >= 2  # its two claims are still highlighted
    # a source name the extractor took from the text, tag and all
    assert "script&gt;alert(2)&lt;/script&gt; Officials" in html(client, "/sources")
    found = html(client, "/search?q=bold")
    assert "[<mark>bold</mark>]" in found or "<mark>bold</mark>" in found


def test_highlight_merges_overlaps_and_drops_bad_offsets() -> None:
    text = "About 5,000 <b>troops</b> and 3,000 more."
    rows = [
        {"claim_id": "a", "start": 0, "end": 10, "mentions": [{"start": 6, "end": 11}]},
        {"claim_id": "b", "start": 0, "end": 10, "mentions": [{"start": 8, "end": 11}]},
        {"claim_id": "c", "start": 0, "end": 5, "mentions": [{"start": 30, "end": 999}]},
        {"claim_id": "d", "start": 0, "end": 5, "mentions": [{"start": 5, "end": 2}]},
        {"claim_id": "e", "start": 0, "end": 5, "mentions": []},
    ]
    for r in rows:
        r.update(value=5000.0, unit="troops", measure="m", status="reported", certainty="stated")
    out = highlighted(text, rows)
    assert isinstance(out, Markup)
    assert out.count("<mark ") == 2  # a+b merged; c and d dropped; e falls back to its quote
    assert 'id="claim-a"' in out and 'id="claim-b"' in out and 'id="claim-e"' in out
    assert "claim-c" not in out and "claim-d" not in out
    assert "&lt;b&gt;troops&lt;/b&gt;" in out
    assert unescape(re.sub(r"<[^>]+>", "", str(out))) == text


def test_snippet_marks_only_the_searched_words() -> None:
    out = snippet("a [bold] <i>x</i> and [troops] here", "troops")
    assert out == Markup("a [bold] &lt;i&gt;x&lt;/i&gt; and <mark>troops</mark> here")
    assert snippet("[<script>]", "script") == Markup("<mark>&lt;script&gt;</mark>")
