"""Search takes the measure page's filters, on the page and in the API, with the same names."""

from __future__ import annotations

import re


def hits(client, **params: str) -> list[dict]:
    got = client.get("/api/v1/search", params={"limit": "500", **params})
    assert got.status_code == 200, got.text
    return got.json()["items"]


def claim(client, claim_id: str) -> dict:
    return client.get(f"/api/v1/claims/{claim_id}").json()["claim"]


def test_status_filter_keeps_only_quotes_of_that_status(client):
    everything = hits(client, q="troops")
    planned = hits(client, q="troops", status="planned")
    assert planned and len(planned) < len(everything)
    assert all(h["kind"] == "claim" for h in planned)
    assert {claim(client, h["claim_id"])["status"] for h in planned} == {"planned"}
    keys = {(h["kind"], h["doc"], h["claim_id"]) for h in everything}
    assert {(h["kind"], h["doc"], h["claim_id"]) for h in planned} <= keys


def test_source_type_filter_follows_the_cross_checks_origins(client):
    sources = client.get("/api/v1/sources").json()["sources"]
    kind = sources[0]["origin"]["type"]
    found = hits(client, q="troops", type=kind)
    assert found and all(h["kind"] == "claim" for h in found)
    other = {s["origin"]["type"] for s in sources} - {kind}
    if other:
        assert {h["claim_id"] for h in found}.isdisjoint(
            {h["claim_id"] for h in hits(client, q="troops", type=other.pop())}
        )


def test_language_and_dates_apply_to_text_hits_too(client):
    english = hits(client, q="troops", language="en")
    assert any(h["kind"] == "version" for h in english)
    assert hits(client, q="troops", language="zz") == []
    assert hits(client, q="troops", since="2040-01-01") == []
    assert hits(client, q="troops", until="1990-01-01") == []


def test_bad_filter_values_are_a_4xx(client):
    assert client.get("/api/v1/search", params={"q": "troops", "since": "soon"}).status_code == 400
    assert client.get("/api/v1/search", params={"q": "troops", "side": "x" * 65}).status_code == 422


def test_search_page_shows_the_filters_and_keeps_them_in_its_links(client):
    page = client.get("/search", params={"q": "troops", "status": "planned"})
    assert page.status_code == 200
    assert '<details class="filters" open>' in page.text
    assert re.search(r'<option value="planned" selected>', page.text)
    shown = page.text.count('class="snippet"')
    assert (
        0 < shown < client.get("/search", params={"q": "troops"}).text.count('class="snippet"') + 1
    )
    assert client.get("/search", params={"q": "troops", "until": "nope"}).status_code == 400
