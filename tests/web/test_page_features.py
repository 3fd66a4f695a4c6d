"""The sources page's matched/contradicted counts, the measure page's filters and their
API twin, and the overview's "since your last visit", on the web tests' real store; the
origin counts also on claims made up so each count is known in advance."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html import unescape
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from claimtrack.packs import load_pack
from claimtrack.resolve import check_claims
from claimtrack.web.data import origin_records

from .conftest import HOSTILE_DOC

MEASURE = "dprk_troops_in_russia"
PACK = load_pack("dprk-russia")


def html(client: TestClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text[:500])
    return response.text


def claim(n: int, doc: str, source: str, value: float, day: str, **more: Any) -> dict[str, Any]:
    return {
        "id": n, "doc": doc, "start": 0, "end": 40, "quote": f"{source} said {value:,.0f}.",
        "value": value, "low": None, "high": None, "approx": False, "vague": False,
        "unit": "troops", "measure": MEASURE, "subject": None, "source": source, "via": [],
        "certainty": "asserted", "status": "reported", "as_of": None, "published": day,
        "url": None, "outlet": None, "title": None, **more,
    }  # fmt: skip


def test_origin_records_count_later_matches_and_contradictions() -> None:
    rows = [
        claim(1, "a.txt", "NIS", 10_000, "2025-01-05"),  # matched later by DIA (3)
        claim(2, "b.txt", "Kremlin", 10_000, "2025-01-01"),  # matched later by NIS and DIA
        claim(3, "c.txt", "DIA", 10_000, "2025-01-09"),  # matched later by NIS (5)
        claim(4, "d.txt", "Kremlin", 20_000, "2025-01-10"),  # disagrees with 10,000s
        claim(5, "e.txt", "NIS", 10_000, "2025-01-11"),  # latest: no other origin after it
    ]
    cc = check_claims(rows, PACK)
    records = {r.claims[0].source: r for r in origin_records(cc).values()}
    assert set(records) == {"NIS", "Kremlin", "DIA"}
    nis, kremlin, dia = records["NIS"], records["Kremlin"], records["DIA"]
    assert (len(nis.claims), len(kremlin.claims), len(dia.claims)) == (2, 2, 1)
    assert (nis.matched, kremlin.matched, dia.matched) == (1, 1, 1)
    assert cc.conflicts  # 20,000 against the 10,000s of the same quarter
    # each conflict with another origin counts against the earlier of its two claims
    contradicted = {
        (x.a if (x.a.published or "") <= (x.b.published or "") else x.b).id
        for x in cc.conflicts
        if x.a.origin and x.b.origin and x.a.origin.key != x.b.origin.key
    }
    for r in records.values():
        assert r.contradicted == sum(c.id in contradicted for c in r.claims)
    assert sum(r.contradicted for r in records.values()) == len(contradicted) > 0
    # the cross-check pairs Kremlin's 20,000 (Jan 10) with NIS's 10,000 of Jan 5: NIS's
    # figure is the one a later figure of another origin contradicts
    assert [(x.a.id, x.b.id) for x in cc.conflicts] == [(1, 4)]
    assert (nis.contradicted, kremlin.contradicted, dia.contradicted) == (1, 0, 0)
    assert nis.documents == ["a.txt", "e.txt"]


def test_sources_page_lists_counts_and_each_origin_has_a_page(client: TestClient) -> None:
    page = html(client, "/sources")
    api = client.get("/api/v1/sources").json()["sources"]
    rows = re.findall(
        r'<tr><td><a href="/sources/([^"]+)">.*?<td class="matched">(\d+)</td>'
        r'<td class="contradicted">(\d+)</td></tr>',
        page,
        flags=re.S,
    )
    assert len(rows) == len(api)

    # as many as the conflicts between two origins name claims dated no later than the other
    def when(c: dict[str, Any]) -> str:
        return c["window"]["end"] or c["window"]["start"] or c["published"] or "~"

    earlier = set()
    for x in client.get("/api/v1/conflicts").json()["conflicts"]:
        a, b = x["a"], x["b"]
        if a["origin"] and b["origin"] and a["origin"]["key"] != b["origin"]["key"]:
            earlier |= {c["id"] for c, o in ((a, b), (b, a)) if when(c) <= when(o)}
    assert sum(int(c) for _, _, c in rows) == len(earlier) > 0  # NIS and HUR disagree
    key, matched, contradicted = rows[0]
    one = html(client, f"/sources/{key}")
    n_claims = len(re.findall(r'<a class="review" href="/claims/', one))
    assert n_claims == api[0]["claims"]
    assert f'<dd class="matched">{matched} of {n_claims}</dd>' in one
    assert f'<dd class="contradicted">{contradicted} of {n_claims}</dd>' in one
    assert len(re.findall(r'<li><a href="/documents/', one)) == api[0]["documents"]
    missing = client.get("/sources/no%20such")
    assert missing.status_code == 404 and "no source" in unescape(missing.text)
    assert client.get("/sources/a%00b").status_code == 404


def test_hostile_source_page_is_escaped(client: TestClient) -> None:
    page = html(client, "/sources")
    key = next(k for k in re.findall(r'href="/sources/([^"]+)"', page) if "script" in k)
    one = html(client, f"/sources/{key}")
    assert "<script" not in one.lower() and "&lt;/script&gt;" in one
    assert quote(HOSTILE_DOC) in one


def _claims(client: TestClient, query: str = "") -> list[dict[str, Any]]:
    body = client.get(f"/api/v1/measures/{MEASURE}/claims?limit=500&{query}").json()
    assert body["total"] == len(body["items"])
    return list(body["items"])


def _row_ids(page: str) -> list[str]:
    return re.findall(r'<tr id="claim-([^"]+)">', page)


@pytest.mark.parametrize("name", ["type", "side", "status", "certainty", "language"])
def test_each_filter_on_the_page_and_the_api(client: TestClient, name: str) -> None:
    everything = _claims(client)
    values = {
        "type": lambda c: c["origin"]["type"] if c["origin"] else None,
        "side": lambda c: (c["origin"] or {}).get("side") or "none",
        "status": lambda c: c["status"],
        "certainty": lambda c: c["certainty"],
    }
    page = html(client, f"/measures/{MEASURE}")
    form = page.split('<form class="filters"', 1)[1].split("</form>", 1)[0]
    select = form.split(f'<select name="{name}">', 1)[1].split("</select>", 1)[0]
    options = [unescape(v) for v in re.findall(r'<option value="([^"]+)"', select)]
    assert options, f"no {name} to choose from"
    for value in options:
        url = f"{name}={quote(value)}"
        api = _claims(client, url)
        if name in values:
            expected = [c["id"] for c in everything if values[name](c) == value]
            assert [c["id"] for c in api] == expected
        assert 0 < len(api) <= len(everything)
        shown = html(client, f"/measures/{MEASURE}?{url}")
        assert _row_ids(shown) == [c["id"] for c in api]
        assert f'<option value="{value}" selected>' in shown or name == "side"
    if name == "language":  # the samples are in several languages: each claim in one
        assert len(options) > 1
        assert sum(len(_claims(client, f"language={v}")) for v in options) == len(everything)
        assert _claims(client, "language=sv") == []


def test_filters_combine_and_dates_bound_the_api(client: TestClient) -> None:
    everything = _claims(client)
    both = _claims(client, "status=reported&certainty=asserted&since=2024-11-01")
    assert [c["id"] for c in both] == [
        c["id"]
        for c in everything
        if c["status"] == "reported"
        and c["certainty"] == "asserted"
        and (c["window"]["end"] or c["window"]["start"] or "") >= "2024-11-01"
    ]
    page = client.get("/api/v1/measures/dprk_troops_in_russia/claims?limit=2&offset=1").json()
    assert [c["id"] for c in page["items"]] == [c["id"] for c in everything[1:3]]


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        (f"/api/v1/measures/{MEASURE}/claims?since=yesterday", 400, "since='yesterday'"),
        (f"/api/v1/measures/{MEASURE}/claims?until=2024-02-30", 400, "until="),
        (f"/api/v1/measures/{MEASURE}/claims?type=" + "x" * 65, 422, "type"),
        (f"/api/v1/measures/{MEASURE}/claims?limit=0", 422, "limit"),
        (f"/api/v1/measures/{MEASURE}/claims?offset=-1", 422, "offset"),
        ("/api/v1/measures/no_such/claims", 404, "no measure 'no_such'"),
        ("/api/v1/measures/%00/claims", 404, "no measure"),
        (f"/measures/{MEASURE}?language=" + "x" * 17, 422, "language"),
        (f"/measures/{MEASURE}?side=%3Cscript%3E", 200, "0 of"),
    ],
)
def test_bad_filters_are_a_4xx(client: TestClient, url: str, status: int, words: str) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text[:300]
    assert words in unescape(response.text) and "Traceback" not in response.text
    assert "<script" not in response.text


def test_overview_lists_what_arrived_since_the_last_visit(client: TestClient) -> None:
    client.cookies.clear()
    first = html(client, "/")
    assert "First visit from this browser" in first
    stamp = client.cookies.get("last_visit")
    assert stamp is not None and datetime.fromisoformat(stamp.strip('"')).tzinfo is not None
    client.cookies.set("last_visit", "2000-01-01T00:00:00+00:00")
    old = html(client, "/")
    listed = re.findall(r'<li><a href="/documents/([^"#]+)', old.split('class="arrived"', 1)[1])
    docs = client.get("/api/v1/documents").json()["items"]
    assert sorted(unescape(d) for d in listed) == sorted(quote(d["doc"]) for d in docs)
    n_claims = sum(d["claims"] for d in docs)
    assert f"{len(docs)} versions with {n_claims} claims ingested since 2000-01-01" in old
    now = datetime.now(UTC).isoformat(timespec="seconds")
    client.cookies.set("last_visit", now)
    assert "Nothing new since" in html(client, "/")
    for junk in ("yesterday", "<script>alert(1)</script>", "2024-01-01T00:00:00"):
        client.cookies.set("last_visit", junk)  # not a time, or one without a zone
        page = html(client, "/")
        assert "First visit" in page and "<script>alert" not in page
    client.cookies.clear()


def test_sources_table_pages(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.web import pages

    everything = re.findall(r'<a href="/sources/([^"]+)">', html(client, "/sources"))
    monkeypatch.setattr(pages, "SOURCE_ROWS", 5)
    url, seen = "/sources", []
    while url:
        page = html(client, url)
        found = re.findall(r'<a href="/sources/([^"]+)">', page)
        assert 0 < len(found) <= 5
        seen += found
        nxt = re.search(r'<a rel="next" href="([^"]+)"', page)
        url = unescape(nxt[1]) if nxt else ""
    assert seen == everything and len(everything) > 5
    beyond = client.get(f"/sources?page={len(everything)}")
    assert beyond.status_code == 200 and 'rel="prev"' in beyond.text
    assert client.get("/sources?page=0").status_code == 422


def test_search_pages_through_its_hits(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.web import pages

    def hits(page: str) -> list[str]:
        return re.findall(r'<li><a href="([^"]+)">', page.split('<ol class="hits"', 1)[1])

    everything = hits(html(client, "/search?q=troops"))
    assert len(everything) > 3
    monkeypatch.setattr(pages, "SEARCH_ROWS", 2)
    url, seen = "/search?q=troops", []
    while url:
        page = html(client, url)
        found = hits(page)
        assert 0 < len(found) <= 2
        seen += found
        nxt = re.search(r'<a rel="next" href="([^"]+)"', page)
        url = unescape(nxt[1]) if nxt else ""
        if nxt:
            assert "q=troops" in url
    assert seen == everything
    for bad in ("page=0", "page=x", "page=1001"):
        response = client.get(f"/search?q=troops&{bad}")
        assert response.status_code == 422 and "page" in response.text


def test_documents_list_pages(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.web import pages

    everything = [d["doc"] for d in client.get("/api/v1/documents").json()["items"]]
    monkeypatch.setattr(pages, "DOCUMENT_ROWS", 4)
    url, seen = "/documents", []
    while url:
        page = html(client, url)
        assert f"Documents <small>{len(everything)}</small>" in page
        seen += [
            unescape(d) for d in re.findall(r'<tr><td><a href="/documents/[^"]+">([^<]+)', page)
        ]
        nxt = re.search(r'<a rel="next" href="([^"]+)"', page)
        url = unescape(nxt[1]) if nxt else ""
    assert seen == everything
    assert client.get("/documents?page=0").status_code == 422
