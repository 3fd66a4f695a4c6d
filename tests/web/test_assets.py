"""The app's static files come from memory, with their type, an ETag and 304 on a match;
anything else under /static is a 404, paths that climb out included."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from claimtrack.web import assets


def test_a_static_file_is_served_with_its_type_and_etag(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200
    assert css.content == (assets.FOLDER / "style.css").read_bytes()
    assert css.headers["content-type"] == "text/css; charset=utf-8"
    assert css.headers["content-security-policy"].startswith("default-src 'self'")
    etag = css.headers["etag"]
    again = client.get("/static/style.css", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    other = client.get("/static/style.css", headers={"If-None-Match": '"stale"'})
    assert other.status_code == 200 and other.content == css.content
    js = client.get("/static/swagger-init.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]


def test_only_the_folders_own_files_are_served(client: TestClient) -> None:
    for url in ("/static/nothing.css", "/static/..%2Fapp.py", "/static/%2e%2e/app.py"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert "def create_app" not in r.text  # app.py's source is never read


def test_files_are_read_once_when_the_app_is_made(tmp_path: Path) -> None:
    (tmp_path / "a.css").write_text("body{}", encoding="utf-8")
    (tmp_path / "sub").mkdir()  # folders are not served
    files = assets.load(tmp_path)
    (tmp_path / "a.css").write_text("changed", encoding="utf-8")
    assert set(files) == {"a.css"} and files["a.css"][0] == b"body{}"
