"""Fetching against a real HTTP server on 127.0.0.1: pages, redirects, limits, refusals.

The server is loopback, so every call passes ``allow_private=True`` except the one test
that shows the same URL is refused without it (before any request reaches the server).
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from fetch_site import Reply, serve  # registered by conftest.py

from claimtrack.config import Settings
from claimtrack.errors import InputError
from claimtrack.fetch import (
    USER_AGENT,
    NotModified,
    Page,
    StatusError,
    Validators,
    fetch_conditional,
    fetch_documents,
    fetch_page,
    make_client,
)
from claimtrack.records import IngestFailure, SourceDocument

PAGE = (
    b"<html><head><meta charset='utf-8'><title>Bridge reopens in Varnholm</title></head>"
    b"<body><article><h1>Bridge reopens in Varnholm</h1>"
    b"<p>The city council said about 2,300 vehicles crossed the repaired bridge on its first "
    b"day, and engineers expect close to 9,000 a day by spring.</p></article></body></html>"
)

SETTINGS = Settings(fetch_timeout_s=5.0, max_bytes=64 * 1024)


def fetch(urls, settings=SETTINGS, allow_private=True):
    return list(fetch_documents(urls, settings, allow_private=allow_private))


def only(items):
    (item,) = items
    return item


def test_a_page_becomes_a_document_with_its_url_and_fetch_time(site):
    site.routes["/news/bridge"] = Reply(PAGE)
    before = datetime.now().astimezone()
    doc = only(fetch([site.url("/news/bridge#comments")]))
    assert isinstance(doc, SourceDocument)
    assert doc.doc_id == doc.url == doc.location == site.url("/news/bridge")
    assert doc.kind == "html" and doc.encoding == "utf-8" and "2,300 vehicles" in doc.content
    fetched = datetime.fromisoformat(doc.fetched_at)
    assert fetched.utcoffset() == timedelta(0)
    assert fetched >= before.replace(microsecond=0) - timedelta(seconds=1)
    ((path, headers),) = site.requests
    assert path == "/news/bridge" and headers["User-Agent"] == USER_AGENT
    assert headers["Host"] == site.base.removeprefix("http://")


def test_plain_text_is_a_text_document(site):
    site.routes["/wire.txt"] = Reply(b"Rescuers said 41 people were evacuated.", 200, "text/plain")
    doc = only(fetch([site.url("/wire.txt")]))
    assert isinstance(doc, SourceDocument) and doc.kind == "text"


def test_a_redirect_is_followed_and_the_requested_url_stays_the_id(site):
    site.routes["/old"] = Reply(b"", 301, None, {"Location": "/moved"})
    site.routes["/moved"] = Reply(b"", 302, None, {"Location": site.url("/news/bridge")})
    site.routes["/news/bridge"] = Reply(PAGE)
    doc = only(fetch([site.url("/old")]))
    assert isinstance(doc, SourceDocument) and doc.doc_id == site.url("/old")
    assert [path for path, _ in site.requests] == ["/old", "/moved", "/news/bridge"]


def test_too_many_redirects_are_refused(site):
    for n in range(10):
        site.routes[f"/loop/{n}"] = Reply(b"", 302, None, {"Location": f"/loop/{n + 1}"})
    failure = only(fetch([site.url("/loop/0")]))
    assert isinstance(failure, IngestFailure) and failure.reason == "redirects"
    assert failure.message.startswith(site.url("/loop/0") + ": redirects more than 5 times")
    assert len(site.requests) == 6


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://example.com/x"])
def test_every_redirect_hop_is_checked_again(site, location):
    site.routes["/jump"] = Reply(b"", 302, None, {"Location": location})
    failure = only(fetch([site.url("/jump")]))
    assert isinstance(failure, IngestFailure) and failure.reason == "scheme"
    assert failure.message.startswith(f"{site.url('/jump')}: redirected to {location}")


@pytest.mark.parametrize(("status", "fix"), [(404, "check the address"), (500, "try again later")])
def test_http_errors_are_recorded_and_the_batch_goes_on(site, status, fix):
    site.routes["/broken"] = Reply(b"oops", status, "text/html")
    site.routes["/news/bridge"] = Reply(PAGE)
    failure, doc = fetch([site.url("/broken"), site.url("/news/bridge")])
    assert isinstance(failure, IngestFailure) and failure.reason == "http_status"
    assert failure.doc_id == site.url("/broken") and f"answered {status}" in failure.message
    assert failure.message.endswith(fix)
    assert isinstance(doc, SourceDocument)


def test_a_slow_server_times_out(site):
    site.routes["/slow"] = Reply(PAGE, delay_s=2.0)
    failure = only(fetch([site.url("/slow")], Settings(fetch_timeout_s=0.5)))
    assert isinstance(failure, IngestFailure) and failure.reason == "timeout"
    assert "within 0.5 s" in failure.message and "--timeout" in failure.message


def test_a_body_dripped_slowly_is_given_up_at_the_whole_answer_deadline(site):
    # Each byte comes well within the 0.5 s read timeout; the whole body would take 12 s.
    site.routes["/drip"] = Reply(PAGE[:120], drip_s=0.1)
    failure = only(fetch([site.url("/drip")], Settings(fetch_timeout_s=0.5)))
    assert isinstance(failure, IngestFailure) and failure.reason == "timeout"
    assert "whole answer took over 1.5 s" in failure.message and "--timeout" in failure.message
    assert site.sent["/drip"] < 40  # about 1.5 s of bytes, not the 120


def test_a_declared_oversized_body_is_refused(site):
    site.routes["/huge"] = Reply(b"<p>" + b"x" * 100_000 + b"</p>")
    failure = only(fetch([site.url("/huge")]))
    assert isinstance(failure, IngestFailure) and failure.reason == "too_large"
    assert "65,536-byte limit" in failure.message and "--max-bytes" in failure.message


def test_an_endless_body_is_abandoned_past_the_cap(site):
    site.routes["/endless"] = Reply(endless=True)
    failure = only(fetch([site.url("/endless")]))
    assert isinstance(failure, IngestFailure) and failure.reason == "too_large"
    # The server stopped because the client hung up, long before its own limit.
    assert site.sent["/endless"] < 64 * 1024 * 1024


def test_an_undeclared_body_just_under_the_cap_is_read(site):
    text = b"Officials said 12 ferries ran. " * 2000  # 62,000 bytes, no Content-Length
    site.routes["/long"] = Reply(text, 200, "text/plain", declare_length=False)
    doc = only(fetch([site.url("/long")]))
    assert isinstance(doc, SourceDocument) and len(doc.content) == len(text)


@pytest.mark.parametrize("media", ["application/pdf", "image/png", "application/json", None])
def test_other_content_types_are_refused(site, media):
    site.routes["/file"] = Reply(b"%PDF-1.4 not a page", 200, media)
    failure = only(fetch([site.url("/file")]))
    assert isinstance(failure, IngestFailure) and failure.reason == "content_type"
    assert (media or "of no stated type") in failure.message


def test_the_header_charset_decides(site):
    body = "<p>Le préfet a annoncé 350 réfugiés à Gérardmer.</p>".encode("cp1252")
    site.routes["/fr"] = Reply(body, 200, "text/html; charset=windows-1252")
    doc = only(fetch([site.url("/fr")]))
    assert isinstance(doc, SourceDocument) and doc.encoding == "cp1252"
    assert "préfet a annoncé 350 réfugiés" in doc.content


def test_without_a_header_charset_the_page_meta_decides(site):
    body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
        "</head><body><p>Мэрия сообщила о 120 новых автобусах.</p></body></html>"
    ).encode("koi8-r")
    site.routes["/ru"] = Reply(body, 200, "text/html")
    doc = only(fetch([site.url("/ru")]))
    assert isinstance(doc, SourceDocument) and doc.encoding == "koi8-r"
    assert "120 новых автобусах" in doc.content


def test_a_loopback_url_is_refused_without_allow_private(site):
    site.routes["/news/bridge"] = Reply(PAGE)
    failure = only(fetch([site.url("/news/bridge")], allow_private=False))
    assert isinstance(failure, IngestFailure) and failure.reason == "private"
    assert "loopback" in failure.message and "--allow-private" in failure.message
    assert site.requests == []  # refused before connecting


def test_bad_urls_fail_alone_and_a_repeated_url_is_fetched_once(site):
    site.routes["/news/bridge"] = Reply(PAGE)
    page = site.url("/news/bridge")
    items = fetch(
        ["javascript:alert(1)", page, page.upper().replace("/NEWS/BRIDGE", "/news/bridge")]
    )
    assert [type(i).__name__ for i in items] == ["IngestFailure", "SourceDocument"]
    assert items[0].reason == "scheme" and len(site.requests) == 1


def test_a_host_name_is_kept_in_the_host_header_while_its_checked_address_is_used(site):
    site.routes["/news/bridge"] = Reply(PAGE)
    url = site.url("/news/bridge").replace("127.0.0.1", "localhost")
    doc = only(fetch([url]))
    assert isinstance(doc, SourceDocument) and doc.doc_id == url
    ((_, headers),) = site.requests
    assert headers["Host"] == url.removeprefix("http://").removesuffix("/news/bridge")


def _certificate(folder: Path, name: str) -> tuple[Path, Path]:
    """A self-signed certificate for DNS name ``name`` only (no IP address in it)."""
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={name}",
         "-addext", f"subjectAltName=DNS:{name}"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
@pytest.mark.parametrize(("name", "ok"), [("localhost", True), ("elsewhere.example", False)])
def test_https_verifies_the_host_name_while_connecting_to_the_checked_address(tmp_path, name, ok):
    cert, key = _certificate(tmp_path, name)
    server_side = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_side.load_cert_chain(cert, key)
    trusted = ssl.create_default_context(cafile=str(cert))
    with serve(tls=server_side) as tls_site, make_client(5.0, verify=trusted) as client:
        tls_site.routes["/news/bridge"] = Reply(PAGE)
        url = tls_site.url("/news/bridge")
        if ok:
            # The certificate names localhost, not 127.0.0.1: it verifies only because
            # the TLS server name is the host name, though the connection is to the IP.
            page = fetch_page(url, client, 64 * 1024, allow_private=True)
            assert page.url == url and b"2,300 vehicles" in page.body
        else:
            with pytest.raises(InputError) as caught:
                fetch_page(url, client, 64 * 1024, allow_private=True)
            assert caught.value.reason == "fetch" and tls_site.requests == []


def test_validators_are_sent_and_an_unchanged_page_is_not_modified(site):
    site.routes["/news/bridge"] = Reply(
        PAGE, headers={"ETag": '"b1"', "Last-Modified": "Mon, 02 Mar 2026 10:00:00 GMT"}
    )
    url = site.url("/news/bridge")
    with make_client(5.0) as client:
        page = fetch_conditional(url, client, 64 * 1024, allow_private=True)
        assert isinstance(page, Page) and page.status == 200 and page.body == PAGE
        assert (page.etag, page.last_modified) == ('"b1"', "Mon, 02 Mar 2026 10:00:00 GMT")
        assert page.media_type == "text/html"
        again = fetch_conditional(
            url,
            client,
            64 * 1024,
            allow_private=True,
            validators=Validators(page.etag, page.last_modified),
        )
        assert isinstance(again, NotModified) and again.url == url and again.status == 304
        stale = fetch_conditional(
            url, client, 64 * 1024, allow_private=True, validators=Validators('"b0"')
        )
        assert isinstance(stale, Page) and stale.body == PAGE
    sent = [headers for _, headers in site.requests]
    assert "If-None-Match" not in sent[0]
    assert sent[1]["If-None-Match"] == '"b1"'
    assert sent[1]["If-Modified-Since"] == "Mon, 02 Mar 2026 10:00:00 GMT"


def test_a_304_to_a_request_without_validators_is_an_error(site):
    site.routes["/odd"] = Reply(b"", 304, None)
    failure = only(fetch([site.url("/odd")]))
    assert isinstance(failure, IngestFailure) and failure.reason == "http_status"


def test_feeds_are_fetched_only_when_asked_for(site):
    site.routes["/feed.xml"] = Reply(b"<rss version='2.0'></rss>", 200, "application/rss+xml")
    url = site.url("/feed.xml")
    with make_client(5.0) as client:
        with pytest.raises(InputError) as caught:
            fetch_page(url, client, 64 * 1024, allow_private=True)
        assert caught.value.reason == "content_type"
        page = fetch_conditional(
            url,
            client,
            64 * 1024,
            allow_private=True,
            kinds={"application/rss+xml": "text"},
            accept="application/rss+xml",
        )
    assert isinstance(page, Page) and page.media_type == "application/rss+xml"
    assert site.requests[-1][1]["Accept"] == "application/rss+xml"


def test_an_http_error_keeps_its_status_after_a_redirect(site):
    site.routes["/old"] = Reply(b"", 301, None, {"Location": "/gone"})
    site.routes["/gone"] = Reply(b"gone", 410, "text/plain")
    with make_client(5.0) as client, pytest.raises(StatusError) as caught:
        fetch_page(site.url("/old"), client, 64 * 1024, allow_private=True)
    assert caught.value.status == 410 and caught.value.reason == "http_status"
    assert caught.value.message.startswith(site.url("/old") + ": redirected to")
