"""The JSON API on a real SQLite store: every endpoint, the same records as the CLI's
``--format json`` and ``export``, pagination, and bad input answered with a 4xx that says
what is wrong (never a 5xx)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from claimtrack.cli import app as cli
from claimtrack.config import Settings
from claimtrack.web.app import create_app

from .conftest import DOCUMENTS, HOSTILE_DOC

DOC = "dprk-russia/dprk01_nis_dispatch.txt"
MEASURE = "dprk_troops_in_russia"


def cli_json(db: str, *args: str) -> Any:
    result = CliRunner().invoke(cli, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def cli_text(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    return result.stdout


def ok(client: TestClient, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text)
    return response.json()


def test_documents_are_the_rows_of_claimtrack_docs(client: TestClient, db: str) -> None:
    page = ok(client, "/api/v1/documents")
    assert page["items"] == cli_json(db, "docs", "--format", "json")
    assert page["total"] == DOCUMENTS and (page["limit"], page["offset"]) == (100, 0)
    assert HOSTILE_DOC in {d["doc"] for d in page["items"]}
    second = ok(client, "/api/v1/documents?limit=2&offset=2")
    assert second["items"] == page["items"][2:4]


@pytest.mark.parametrize("doc", [DOC, HOSTILE_DOC])
def test_one_document_has_its_text_and_claims(client: TestClient, db: str, doc: str) -> None:
    body = ok(client, "/api/v1/documents/" + quote(doc))
    assert body["document"]["doc"] == doc
    rows = [d for d in cli_json(db, "docs", "--format", "json") if d["doc"] == doc]
    assert body["document"] == rows[0]
    assert body["claims"] == cli_json(db, "claims", "--doc", doc, "--format", "json")
    assert body["claims"] and body["document"]["claims"] == len(body["claims"])
    for c in body["claims"]:
        for m in c["mentions"]:
            assert body["text"][m["start"] : m["end"]] == m["text"]


def test_claims_page_through_everything_claimtrack_claims_lists(
    client: TestClient, db: str
) -> None:
    everything = cli_json(db, "claims", "--format", "json")
    first = ok(client, "/api/v1/claims?limit=7")
    assert first["total"] == len(everything) > 7 and len(first["items"]) == 7
    pages, offset = [], 0
    while offset < len(everything):
        pages += ok(client, f"/api/v1/claims?limit=7&offset={offset}")["items"]
        offset += 7
    assert pages == everything
    beyond = ok(client, f"/api/v1/claims?offset={len(everything) + 5}")
    assert beyond["items"] == [] and beyond["total"] == len(everything)


def test_claims_filters(client: TestClient, db: str) -> None:
    by_measure = ok(client, f"/api/v1/claims?measure={MEASURE}&limit=500")
    expected = cli_json(db, "claims", "--measure", MEASURE, "--format", "json")
    assert by_measure["items"] == expected and by_measure["total"] >= 3
    by_doc = ok(client, "/api/v1/claims?doc=" + quote(HOSTILE_DOC))
    assert {c["doc"] for c in by_doc["items"]} == {HOSTILE_DOC} and by_doc["total"] == 2
    planned = ok(client, "/api/v1/claims?status=planned&limit=500")
    everything = cli_json(db, "claims", "--format", "json")
    assert planned["items"] == [c for c in everything if c["status"] == "planned"]
    assert planned["items"]
    both = ok(client, f"/api/v1/claims?measure={MEASURE}&status=reported&limit=500")
    assert both["items"] == [c for c in expected if c["status"] == "reported"]
    assert ok(client, "/api/v1/claims?measure=no_such_measure")["total"] == 0


def test_measures_are_claimtrack_measures(client: TestClient, db: str) -> None:
    assert ok(client, "/api/v1/measures") == cli_json(db, "measures", "--format", "json")


def test_one_measure_is_claimtrack_measure(client: TestClient, db: str) -> None:
    expected = cli_json(db, "measure", MEASURE, "--format", "json")
    assert ok(client, f"/api/v1/measures/{MEASURE}") == expected
    # keys of figures outside the pack hold ":" and "?"; they travel percent-encoded
    keys = [m["key"] for m in ok(client, "/api/v1/measures")["measures"]]
    odd = next(k for k in keys if "?" in k)
    assert ok(client, "/api/v1/measures/" + quote(odd, safe=""))["measure"]["key"] == odd


def test_conflicts_and_sources_are_the_cli_s(client: TestClient, db: str) -> None:
    conflicts = ok(client, "/api/v1/conflicts")
    assert conflicts == cli_json(db, "conflicts", "--format", "json")
    assert conflicts["conflicts"]
    sources = ok(client, "/api/v1/sources")
    assert sources == cli_json(db, "sources", "--format", "json") and sources["sources"]


def test_search_is_claimtrack_search(client: TestClient, db: str) -> None:
    body = ok(client, "/api/v1/search?q=troops%20Kursk")
    assert body["query"] == "troops Kursk"
    assert body["items"] == cli_json(db, "search", "troops Kursk", "--format", "json")
    assert body["items"]
    few = ok(client, "/api/v1/search?q=troops&limit=2")
    assert len(few["items"]) == 2


@pytest.mark.parametrize("q", ['"', "*", "AND OR NOT", "\x00", "a\x00b", "(", "<script>", "%"])
def test_search_takes_any_text_as_words(client: TestClient, q: str) -> None:
    response = client.get("/api/v1/search", params={"q": q})
    assert response.status_code == 200, response.text
    assert isinstance(response.json()["items"], list)


def test_exports_equal_claimtrack_export(client: TestClient, db: str) -> None:
    jsonl = client.get("/api/v1/export.jsonl")
    assert jsonl.status_code == 200 and jsonl.headers["content-type"].startswith(
        "application/x-ndjson"
    )
    assert jsonl.text == cli_text(db, "export", "--format", "jsonl")
    assert 'filename="claims.jsonl"' in jsonl.headers["content-disposition"]
    csv = client.get("/api/v1/export.csv")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert csv.text == cli_text(db, "export", "--format", "csv")


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    schema = ok(client, "/openapi.json")
    paths = set(schema["paths"])
    assert {
        "/api/v1/documents",
        "/api/v1/documents/{doc_id}",
        "/api/v1/claims",
        "/api/v1/measures",
        "/api/v1/measures/{key}",
        "/api/v1/conflicts",
        "/api/v1/sources",
        "/api/v1/search",
        "/api/v1/export.jsonl",
        "/api/v1/export.csv",
    } <= paths
    assert not any(p == "/" or p.startswith("/measures") for p in paths)  # pages stay out
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/v1/claims?limit=0", 422, "limit"),
        ("/api/v1/claims?limit=501", 422, "limit"),
        ("/api/v1/claims?limit=abc", 422, "limit"),
        ("/api/v1/claims?offset=-1", 422, "offset"),
        ("/api/v1/claims?offset=99999999999999999999999", 422, "offset"),
        ("/api/v1/documents?limit=1e3", 422, "limit"),
        ("/api/v1/search", 422, "q"),
        ("/api/v1/search?q=", 422, "q"),
        ("/api/v1/search?q=" + "x" * 501, 422, "q"),
        ("/api/v1/search?q=troops&limit=0", 422, "limit"),
        ("/api/v1/documents/nope.txt", 404, "no document 'nope.txt'"),
        ("/api/v1/documents/..%2F..%2Fetc%2Fpasswd", 404, "no document '../../etc/passwd'"),
        ("/api/v1/documents/%2Fetc%2Fpasswd", 404, "no document '/etc/passwd'"),
        ("/api/v1/documents/a%00b", 404, "no document"),
        ("/api/v1/claims?doc=a%00b", 404, "no document"),
        ("/api/v1/measures/no_such_measure", 404, "no measure 'no_such_measure'"),
        ("/api/v1/measures/..%2F..%2Fetc%2Fpasswd", 404, "no measure"),
        ("/api/v1/nothing-here", 404, "nothing at /api/v1/nothing-here"),
    ],
)
def test_bad_input_is_a_4xx_with_a_message(
    client: TestClient, url: str, status: int, words: str
) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text
    body = response.json()
    assert words in body["error"], body
    assert "Traceback" not in response.text and "root:" not in response.text


def test_dot_dot_paths_never_reach_files(client: TestClient) -> None:
    for url in ("/api/v1/documents/../../etc/passwd", "/static/../app.py", "/static/%2e%2e/app.py"):
        response = client.get(url)
        assert response.status_code == 404, (url, response.status_code)
        assert "root:" not in response.text and "create_app" not in response.text


def test_writes_are_refused(client: TestClient) -> None:
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        response = client.request(method, "/api/v1/claims")
        assert response.status_code == 405, (method, response.status_code)


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for url in ("/", "/api/v1/measures", "/api/v1/claims?limit=0", "/static/style.css", "/x"):
        headers = client.get(url).headers
        assert headers["content-security-policy"].startswith("default-src 'self'"), url
        assert "unsafe-inline" not in headers["content-security-policy"], url
        assert headers["x-content-type-options"] == "nosniff", url
        assert headers["x-frame-options"] == "DENY", url


def test_a_token_guards_every_request(db: str) -> None:
    app = create_app(db, Settings(), token="s3cret-t0ken")
    with TestClient(app, raise_server_exceptions=False) as c:
        denied = c.get("/api/v1/measures")
        assert denied.status_code == 401 and "Bearer" in denied.json()["error"]
        assert denied.headers["www-authenticate"] == "Bearer"
        assert c.get("/").status_code == 401 and c.get("/static/style.css").status_code == 401
        wrong = c.get("/api/v1/measures", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        right = c.get("/api/v1/measures", headers={"Authorization": "Bearer s3cret-t0ken"})
        assert right.status_code == 200
        assert c.get("/?token=nope").status_code == 401
        assert c.get("/").status_code == 401  # a wrong ?token= set no cookie

        once = c.get("/measures/dprk_troops_in_russia?token=s3cret-t0ken", follow_redirects=False)
        assert once.status_code == 303
        assert once.headers["location"].endswith("/measures/dprk_troops_in_russia")
        cookie = once.headers["set-cookie"]
        assert "token=s3cret-t0ken" in cookie and "HttpOnly" in cookie
        assert "samesite=strict" in cookie.lower()
        assert c.get("/").status_code == 200  # the cookie now carries it
        assert c.get("/api/v1/claims?limit=1").status_code == 200
