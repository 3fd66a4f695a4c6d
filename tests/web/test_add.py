"""Adding reports through the API and the pages, on a real SQLite store: pasted text,
uploaded files and URLs (from a real HTTP server on 127.0.0.1) become background jobs
whose documents and claims land in the store, and bad input gets a clear 4xx or a
per-document error, never a 5xx. The articles are short invented ones."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from html import unescape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from claimtrack.config import Settings
from claimtrack.store import Store
from claimtrack.web.app import create_app

MAX_BYTES = 20_000
#: The request cap the app gets from MAX_BYTES (intake.request_cap).
CAP = 4 * MAX_BYTES + 64 * 1024

RELIEF = (
    "Relief agency counts volunteers\n\n"
    "The regional relief agency said on Tuesday that 4,500 volunteers had joined the "
    "clean-up after the floods in the northern valley. About 300 more are expected "
    "by the end of June, a spokeswoman said.\n"
)
BRIDGE = (
    "Bridge repairs to take longer\n\n"
    "Engineers said on Friday that 12 of the 40 bridges damaged in the storm were still "
    "closed, and that repairs would cost nearly 80 million euros.\n"
)
HARVEST = "A farm survey found that 62 percent of growers lost part of their harvest to hail."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
PAGE = (
    "<!doctype html><html><head><title>Ferry service cut</title></head><body><article>"
    "<h1>Ferry service cut</h1><p>The island's ferry operator said on Monday that it would "
    "cut its winter timetable to 14 crossings a week, down from 21, after fuel costs rose "
    "by about 30 percent. The council said more than 2,000 residents depend on the "
    "service.</p></article></body></html>"
)


def new_store(folder: Path) -> str:
    db = str(folder / "add.db")
    with Store(db) as store:
        store.set_meta("pack", "")  # pack-less: every claim is kept, with measure "other"
    return db


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return new_store(tmp_path_factory.mktemp("add"))


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    app = create_app(db, Settings(max_bytes=MAX_BYTES), allow_private=True)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def wait(client: TestClient, job: dict[str, Any]) -> dict[str, Any]:
    """Poll the job until it ends; bounded, so a stuck worker fails the test. Every test
    waits for the jobs it starts, so none writes while a later test counts."""
    for _ in range(1200):
        response = client.get(f"/api/v1/jobs/{job['id']}")
        assert response.status_code == 200, response.text
        found: dict[str, Any] = response.json()
        if found["state"] not in ("queued", "running"):
            return found
        time.sleep(0.1)
    pytest.fail(f"job {job['id']} did not end: {found}")


def accepted(response: Any) -> dict[str, Any]:
    assert response.status_code == 202, response.text
    job: dict[str, Any] = response.json()
    assert response.headers["location"] == f"/api/v1/jobs/{job['id']}"
    assert job["state"] in ("queued", "running", "done")
    return job


def test_pasted_text_is_stored_with_its_claims(client: TestClient) -> None:
    body = {
        "text": RELIEF,
        "title": "Volunteers <b>count</b>",
        "url": "HTTPS://News.Example/relief#top",
        "published": "2024-06-04",
    }
    job = wait(client, accepted(client.post("/api/v1/ingest/text", json=body)))
    assert job["state"] == "done" and job["kind"] == "text" and job["total"] == 1
    assert job["counts"]["new"] == 1 and job["counts"]["failed"] == 0, job
    assert job["counts"]["claims"] >= 2 and job["errors"] == []
    doc = "https://news.example/relief"  # the URL is the id, normalised as fetch does
    assert job["documents"] == [{"doc": doc, "outcome": "new", "claims": job["counts"]["claims"]}]
    stored = client.get("/api/v1/documents/" + quote(doc, safe="")).json()
    assert stored["document"]["title"] == "Volunteers <b>count</b>"
    assert stored["document"]["published"] == "2024-06-04"
    assert {c["value"] for c in stored["claims"]} >= {4500.0, 300.0}
    assert job["id"] in {j["id"] for j in client.get("/api/v1/jobs").json()["items"]}


def test_the_same_paste_again_changes_nothing(client: TestClient) -> None:
    first = wait(client, accepted(client.post("/api/v1/ingest/text", json={"text": BRIDGE})))
    again = wait(client, accepted(client.post("/api/v1/ingest/text", json={"text": BRIDGE})))
    assert first["counts"]["new"] == 1 and again["counts"]["unchanged"] == 1
    doc = first["documents"][0]["doc"]
    assert re.fullmatch(r"sha256:[0-9a-f]{16}", doc)  # keyed like standard input
    assert again["documents"] == [{"doc": doc, "outcome": "unchanged", "claims": 0}]


def test_uploads_are_read_by_type_and_keyed_by_their_own_name(client: TestClient) -> None:
    files = [
        ("files", ("../../etc/passwd.txt", RELIEF.replace("4,500", "4,600").encode())),
        ("files", ("C:\\reports\\bridge.md", BRIDGE.encode())),
        ("files", ("ferry.html", PAGE.encode())),
        (
            "files",
            (
                "lines.jsonl",
                b'{"id": "survey-1", "text": "' + HARVEST.encode() + b'"}\n\n[1, 2]\n',
            ),
        ),
    ]
    job = wait(client, accepted(client.post("/api/v1/ingest/upload", files=files)))
    assert job["state"] == "done" and job["total"] == 5
    stored = {d["doc"] for d in job["documents"]}
    assert stored == {"upload/passwd.txt", "upload/bridge.md", "upload/ferry.html", "survey-1"}
    assert job["counts"]["new"] == 4 and job["counts"]["failed"] == 1
    (error,) = job["errors"]
    assert error["doc"] == "upload/lines.jsonl:3" and error["reason"] == "jsonl"
    assert "not an object" in error["message"]
    docs = {d["doc"]: d for d in client.get("/api/v1/documents?limit=500").json()["items"]}
    assert not any("etc" in d or ".." in d for d in docs)
    ferry = client.get("/api/v1/documents/upload/ferry.html").json()
    assert {c["value"] for c in ferry["claims"]} >= {14.0, 21.0}
    assert "<article>" not in ferry["text"]  # read as HTML, not as text


def test_a_binary_upload_is_a_per_document_error(client: TestClient) -> None:
    job = wait(
        client,
        accepted(client.post("/api/v1/ingest/upload", files=[("files", ("scan.txt", PNG))])),
    )
    assert job["state"] == "done" and job["counts"]["failed"] == 1 and job["documents"] == []
    (error,) = job["errors"]
    assert error["doc"] == "upload/scan.txt" and error["reason"] == "binary"
    assert "binary" in error["message"]


def test_an_unsupported_or_oversized_file_is_a_per_document_error(client: TestClient) -> None:
    files = [
        ("files", ("chart.png", PNG)),
        ("files", ("long.txt", (RELIEF * 100).encode())),  # over MAX_BYTES, under the cap
    ]
    job = wait(client, accepted(client.post("/api/v1/ingest/upload", files=files)))
    reasons = {e["doc"]: e["reason"] for e in job["errors"]}
    assert reasons == {"upload/chart.png": "unsupported", "upload/long.txt": "too_large"}
    assert job["state"] == "done" and job["counts"]["failed"] == 2


def test_a_body_over_the_cap_is_413_before_it_is_read(client: TestClient) -> None:
    big = [("files", ("huge.txt", b"x" * (CAP + 1)))]
    response = client.post("/api/v1/ingest/upload", files=big)
    assert response.status_code == 413
    assert "limit" in response.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the bytes read are counted
        for _ in range(CAP // 10_000 + 2):
            yield b"y" * 10_000

    response = client.post(
        "/api/v1/ingest/upload",
        content=chunks(),
        headers={"content-type": "multipart/form-data; boundary=xyz"},
    )
    assert response.status_code == 413, response.text
    response = client.post(
        "/api/v1/ingest/text", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413, response.text


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"text": ""}, 422, "empty"),
        ({"text": " \n\t "}, 422, "empty"),
        ({"text": RELIEF, "published": "last week"}, 422, "YYYY-MM-DD"),
        ({"text": RELIEF, "url": "javascript:alert(1)"}, 422, "http"),
        ({"text": RELIEF, "title": "a\x00b"}, 422, "control"),
        ({"text": "9 " * MAX_BYTES}, 413, "limit"),
        ({"title": "no text"}, 422, "text"),
        ({"text": RELIEF, "colour": "red"}, 422, "colour"),
        ({"urls": []}, 422, "urls"),
    ],
)
def test_bad_paste_is_a_4xx_that_says_what_to_fix(
    client: TestClient, body: dict[str, Any], status: int, words: str
) -> None:
    endpoint = "/api/v1/ingest/urls" if "urls" in body else "/api/v1/ingest/text"
    response = client.post(endpoint, json=body)
    assert response.status_code == status, response.text
    assert words in response.json()["error"]


def test_json_endpoints_refuse_other_content_types(client: TestClient) -> None:
    for endpoint in ("/api/v1/ingest/text", "/api/v1/ingest/urls"):
        response = client.post(endpoint, data={"text": RELIEF})  # a plain HTML form's body
        assert response.status_code == 415, response.text
        assert "application/json" in response.json()["error"]
    response = client.post("/api/v1/ingest/upload", json={"files": ["a.txt"]})
    assert response.status_code == 415 and "multipart" in response.json()["error"]
    response = client.post("/api/v1/ingest/upload", files={"other": ("a.txt", b"5 dogs")})
    assert response.status_code == 422 and "'files'" in response.json()["error"]


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "https://evil.example"},
        {"sec-fetch-site": "cross-site", "origin": "null"},
        {"sec-fetch-site": "same-site", "origin": "http://testserver:8001"},
    ],
)
def test_a_cross_site_post_is_refused(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/api/v1/ingest/text", json={"text": RELIEF}, headers=headers)
    assert response.status_code == 403 and "cross-site" in response.json()["error"]
    response = client.post("/add/upload", files=[("files", ("a.txt", b"9 cats"))], headers=headers)
    assert response.status_code == 403 and "cross-site" in response.text


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "http://testserver"},
        # what Chromium sends for the app's own form under Referrer-Policy: no-referrer
        {"sec-fetch-site": "same-origin", "origin": "null"},
    ],
)
def test_the_apps_own_pages_may_post(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/api/v1/ingest/text", json={"text": RELIEF}, headers=headers)
    wait(client, accepted(response))


def test_unknown_job_is_404(client: TestClient) -> None:
    for url in ("/api/v1/jobs/nope", "/jobs/nope"):
        response = client.get(url)
        assert response.status_code == 404 and "no job 'nope'" in unescape(response.text)


def test_with_a_token_adding_needs_it(db: str) -> None:
    app = create_app(db, Settings(max_bytes=MAX_BYTES), token="s3cret")
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.post("/api/v1/ingest/text", json={"text": HARVEST})
        assert response.status_code == 401
        response = c.post(
            "/api/v1/ingest/upload",
            files=[("files", ("x.txt", b"x" * (CAP + 1)))],
            headers={"authorization": "Bearer wrong"},
        )
        assert response.status_code == 401  # refused before the body is read
        auth = {"authorization": "Bearer s3cret"}
        c.headers.update(auth)
        job = wait(c, accepted(c.post("/api/v1/ingest/text", json={"text": HARVEST})))
        assert job["state"] == "done"


def test_the_overview_sees_the_new_documents(client: TestClient) -> None:
    def counts() -> tuple[int, int]:
        page = client.get("/").text
        docs = re.search(r"<strong>([\d,]+)</strong> documents?", page)
        claims = re.search(r"<strong>([\d,]+)</strong> claims?", page)
        assert docs and claims, page
        return int(docs[1].replace(",", "")), int(claims[1].replace(",", ""))

    # Other apps of this module wrote to the store too: start from a view that has it all.
    client.app.state.workspace.catch_up()
    before = counts()
    text = "Officials said 1,250 tents and 90 field kitchens had reached the camp on Sunday."
    job = wait(client, accepted(client.post("/api/v1/ingest/text", json={"text": text})))
    assert job["counts"]["new"] == 1
    after = counts()
    assert after[0] == before[0] + 1 and after[1] >= before[1] + 2


def test_jobs_are_kept_across_a_restart(tmp_path: Path) -> None:
    """A job's record (outcomes, errors) is in the store: a new server lists it and
    shows it by id; one the stopped server had left running is shown failed, with why."""
    db = new_store(tmp_path)
    app = create_app(db, Settings(max_bytes=MAX_BYTES))
    with TestClient(app, raise_server_exceptions=False) as first:
        done = wait(first, accepted(first.post("/api/v1/ingest/text", json={"text": RELIEF})))
    assert done["state"] == "done" and done["counts"]["new"] == 1
    with Store(db) as store:  # as a server killed during a job leaves it
        store.save_job({**done, "id": "cut0ff", "state": "running", "finished": None})
    with TestClient(create_app(db, Settings(max_bytes=MAX_BYTES))) as second:
        listed = second.get("/api/v1/jobs").json()["items"]
        assert {j["id"] for j in listed} == {done["id"], "cut0ff"}
        assert second.get(f"/api/v1/jobs/{done['id']}").json() == done
        cut = second.get("/api/v1/jobs/cut0ff").json()
        assert cut["state"] == "failed" and "server stopped" in cut["message"]
        assert done["id"] in second.get("/add").text  # the add page's recent jobs


# -- URLs, from a real HTTP server on 127.0.0.1 --------------------------------------------


class Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        if self.path == "/ferry":
            body, status = PAGE.encode(), 200
        else:
            body, status = b"<html><body>gone</body></html>", 404
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_urls_are_fetched_with_allow_private(client: TestClient, site: str) -> None:
    urls = [f"{site}/ferry", f"{site}/missing", "ftp://example.com/x", f"{site}/ferry"]
    job = wait(client, accepted(client.post("/api/v1/ingest/urls", json={"urls": urls})))
    assert job["state"] == "done" and job["kind"] == "urls" and job["total"] == 3
    assert job["documents"] == [
        {"doc": f"{site}/ferry", "outcome": "new", "claims": job["counts"]["claims"]}
    ]
    reasons = {e["doc"]: e["reason"] for e in job["errors"]}
    assert reasons == {f"{site}/missing": "http_status", "ftp://example.com/x": "scheme"}
    stored = client.get("/api/v1/documents/" + quote(f"{site}/ferry", safe="")).json()
    assert stored["document"]["url"] == f"{site}/ferry"
    assert {c["value"] for c in stored["claims"]} >= {14.0, 21.0}


def test_a_loopback_url_is_refused_without_allow_private(db: str, site: str) -> None:
    with TestClient(create_app(db, Settings()), raise_server_exceptions=False) as c:
        job = wait(c, accepted(c.post("/api/v1/ingest/urls", json={"urls": [f"{site}/ferry"]})))
    assert job["state"] == "done" and job["counts"]["failed"] == 1
    (error,) = job["errors"]
    assert error["reason"] == "private" and "--allow-private" in error["message"]


def test_serve_passes_allow_private_to_the_app(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from claimtrack.cli import app as cli

    served: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **_: served.append(app))
    for args, allowed in (([], False), (["--allow-private"], True)):
        result = CliRunner().invoke(cli, ["serve", "--db", db, *args])
        assert result.exit_code == 0, result.output
        assert served.pop().state.intake.allow_private is allowed


# -- the pages ---------------------------------------------------------------------------


def csrf(client: TestClient) -> str:
    page = client.get("/add")
    assert page.status_code == 200
    tokens = set(re.findall(r'name="csrf" value="([^"]+)"', page.text))
    assert len(tokens) == 1 and page.text.count('name="csrf"') == 3  # one in each form
    return tokens.pop()


def job_id(response: Any) -> str:
    assert response.status_code == 303, response.text
    target = response.headers["location"]
    assert target.startswith("/jobs/")
    return str(target.removeprefix("/jobs/"))


def test_add_page_has_three_forms(client: TestClient) -> None:
    page = client.get("/add").text
    for action in ("/add/text", "/add/upload", "/add/urls"):
        assert f'action="{action}" method="post"' in page
    assert 'enctype="multipart/form-data"' in page and 'type="file" name="files" multiple' in page
    assert '<a href="/add" aria-current="page">Add</a>' in page


def test_paste_form_goes_to_the_job_page(client: TestClient) -> None:
    text = "The school board said 340 pupils and 25 teachers moved to the new building."
    posted = client.post(
        "/add/text", data={"csrf": csrf(client), "text": text}, follow_redirects=False
    )
    found = wait(client, {"id": job_id(posted)})
    assert found["state"] == "done" and found["counts"]["new"] == 1
    page = client.get(f"/jobs/{found['id']}").text
    assert '<strong class="state done" id="state">done</strong>' in page
    assert 'http-equiv="refresh"' not in page  # it stops reloading once done
    doc = found["documents"][0]["doc"]
    assert f'<a class="doc" href="/documents/{quote(doc, safe="/")}">' in page
    assert f'href="/jobs/{found["id"]}"' in client.get("/add").text  # listed as recent


def test_upload_and_url_forms(client: TestClient, site: str) -> None:
    token = csrf(client)
    posted = client.post(
        "/add/upload",
        data={"csrf": token},
        files=[("files", ("harvest.txt", HARVEST.encode()))],
        follow_redirects=False,
    )
    assert wait(client, {"id": job_id(posted)})["documents"][0]["doc"] == "upload/harvest.txt"
    posted = client.post(
        "/add/urls",
        data={"csrf": token, "urls": f"\n{site}/ferry\r\n\n{site}/missing\n"},
        follow_redirects=False,
    )
    found = wait(client, {"id": job_id(posted)})
    assert found["total"] == 2 and found["counts"]["failed"] == 1


@pytest.mark.parametrize("token", [None, "", "wrong"])
def test_forms_without_the_csrf_token_are_403(client: TestClient, token: str | None) -> None:
    data = {"text": RELIEF, "urls": "https://example.com/"}
    if token is not None:
        data["csrf"] = token
    before = len(client.get("/api/v1/jobs").json()["items"])
    for action in ("/add/text", "/add/urls"):
        response = client.post(action, data=data, follow_redirects=False)
        assert response.status_code == 403 and "CSRF token" in response.text
    response = client.post(
        "/add/upload", data=data, files=[("files", ("a.txt", b"7 cats"))], follow_redirects=False
    )
    assert response.status_code == 403
    assert len(client.get("/api/v1/jobs").json()["items"]) == before  # nothing was queued


def test_a_bad_form_shows_the_form_again_with_the_reason(client: TestClient) -> None:
    token = csrf(client)
    response = client.post("/add/text", data={"csrf": token, "text": "   ", "title": "<i>x</i>"})
    assert response.status_code == 422
    assert "the text is empty" in unescape(response.text)
    assert 'value="&lt;i&gt;x&lt;/i&gt;"' in response.text  # kept, and escaped
    response = client.post("/add/urls", data={"csrf": token, "urls": "\n \n"})
    assert response.status_code == 422 and "no URLs given" in response.text


def test_hostile_names_and_text_are_escaped_on_the_job_page(client: TestClient) -> None:
    evil = "<img src=x onerror=alert(1)>.txt"
    posted = client.post(
        "/add/upload",
        data={"csrf": csrf(client)},
        files=[("files", (evil, PNG)), ("files", ("<script>alert(2)</script>.txt", b"5 dogs"))],
        follow_redirects=False,
    )
    found = wait(client, {"id": job_id(posted)})
    assert {e["doc"] for e in found["errors"]} == {f"upload/{evil}"}
    page = client.get(f"/jobs/{found['id']}").text
    assert "<img" not in page and "<script" not in page
    assert "upload/&lt;img src=x onerror=alert(1)&gt;.txt" in page


def test_a_job_that_cannot_open_the_store_fails_with_the_reason(tmp_path: Path) -> None:
    db = new_store(tmp_path)
    with TestClient(create_app(db, Settings()), raise_server_exceptions=False) as c:
        Path(db).rename(tmp_path / "moved.db")  # the worker opens its own Store: none there
        job = wait(c, accepted(c.post("/api/v1/ingest/text", json={"text": HARVEST})))
        assert job["state"] == "failed" and job["documents"] == []
        assert job["message"] and "no store at" in job["message"]
        page = c.get(f"/jobs/{job['id']}").text
        assert '<strong class="state failed" id="state">failed</strong>' in page
        assert "no store at" in page
