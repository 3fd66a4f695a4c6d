"""Review in the web app and the API on a real store: corrections, rejections and origin
merges change the measures, sources and exports; undo restores; bad input is a 4xx."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimtrack.config import Settings
from claimtrack.web.app import create_app

from .conftest import HOSTILE_DOC, build_store


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_store(tmp_path_factory.mktemp("review"))


@pytest.fixture
def client(pristine: str, tmp_path: Path) -> Iterator[TestClient]:
    """A fresh copy of the store for each test: reviews write."""
    db = tmp_path / "claims.db"
    shutil.copy(pristine, db)
    with TestClient(create_app(str(db), Settings()), raise_server_exceptions=False) as c:
        yield c


def claims(client: TestClient, **params: str) -> list[dict]:
    got = client.get("/api/v1/claims", params={"limit": "500", **params})
    assert got.status_code == 200, got.text
    return got.json()["items"]


def troops_claim(client: TestClient) -> dict:
    """A claim the troops measure counts: a total (a part, such as the troops still
    deployed, sits in a series of its own) outside the hostile document."""
    return next(
        c
        for c in claims(client)
        if c["measure"] == "dprk_troops_in_russia"
        and c["kind"] == "total"
        and c["doc"] != HOSTILE_DOC
    )


def csrf(page: str) -> str:
    tokens = set(re.findall(r'name="csrf" value="([^"]+)"', page))
    assert len(tokens) == 1
    return tokens.pop()


def test_api_correct_shows_in_claims_measure_and_export_then_undo(client):
    c = troops_claim(client)
    posted = client.post(
        f"/api/v1/claims/{c['claim_id']}/reviews",
        json={
            "action": "correct",
            "changes": {"value": 123457, "low": None},
            "note": "memo",
            "reviewer": "ana",
        },
    )
    assert posted.status_code == 201, posted.text
    review = posted.json()
    assert review["action"] == "correct" and review["claim_id"] == c["claim_id"]
    one = client.get(f"/api/v1/claims/{c['claim_id']}").json()
    assert one["claim"]["value"] == 123457 and one["claim"]["reviewed"] == "corrected"
    assert one["claim"]["machine"]["value"] == c["value"]
    assert [r["id"] for r in one["reviews"]] == [review["id"]]
    measure = client.get("/api/v1/measures/dprk_troops_in_russia").text
    assert "123457" in measure or "123,457" in measure
    assert "corrected" in client.get("/api/v1/export.csv").text
    undo = client.post(f"/api/v1/reviews/{review['id']}/undo", json={"reviewer": "ben"})
    assert undo.status_code == 200 and undo.json()["undone_by"] == "ben"
    assert client.get(f"/api/v1/claims/{c['claim_id']}").json()["claim"]["reviewed"] is None
    again = client.post(f"/api/v1/reviews/{review['id']}/undo", json={"reviewer": "ben"})
    assert again.status_code == 409 and "already undone" in again.json()["error"]
    listed = client.get("/api/v1/reviews").json()
    assert listed["total"] == 1 and listed["items"][0]["undone_at"]


def test_api_reject_takes_the_figure_out_of_the_measure(client):
    c = troops_claim(client)
    before = client.get("/api/v1/measures/dprk_troops_in_russia").json()["measure"]
    posted = client.post(
        f"/api/v1/claims/{c['claim_id']}/reviews", json={"action": "reject", "reviewer": "ana"}
    )
    assert posted.status_code == 201
    after = client.get("/api/v1/measures/dprk_troops_in_russia").json()["measure"]

    def count(m: dict) -> int:
        return len(m["reported"]) + len(m["other"])

    assert count(after) == count(before) - 1


def test_api_origin_merge_reduces_origins(client):
    sources = client.get("/api/v1/sources").json()["sources"]
    names = [s["origin"]["name"] for s in sources]
    assert len(names) >= 2
    posted = client.post(
        "/api/v1/origin-reviews",
        json={"action": "merge", "name": names[0], "target": names[1], "reviewer": "ana"},
    )
    assert posted.status_code == 201, posted.text
    listed = client.get("/api/v1/origin-reviews").json()
    assert listed[0]["action"] == "merge"
    undo = client.post(f"/api/v1/origin-reviews/{listed[0]['id']}/undo", json={"reviewer": "ana"})
    assert undo.status_code == 200


@pytest.mark.parametrize(
    "path, body, status, message",
    [
        (
            "/api/v1/claims/nope/reviews",
            {"action": "confirm", "reviewer": "a"},
            404,
            "no claim 'nope'",
        ),
        ("/api/v1/claims/{cid}/reviews", {"action": "confirm"}, 422, "reviewer"),
        ("/api/v1/claims/{cid}/reviews", {"action": "merge", "reviewer": "a"}, 422, "action"),
        (
            "/api/v1/claims/{cid}/reviews",
            {"action": "correct", "changes": {"as_of": "soon"}, "reviewer": "a"},
            422,
            "as_of",
        ),
        (
            "/api/v1/claims/{cid}/reviews",
            {"action": "correct", "changes": {"color": 1}, "reviewer": "a"},
            422,
            "color",
        ),
        ("/api/v1/reviews/77/undo", {"reviewer": "a"}, 404, "no claim review 77"),
        ("/api/v1/origin-reviews/77/undo", {"reviewer": "a"}, 404, "no origin review 77"),
        (
            "/api/v1/origin-reviews",
            {"action": "set", "name": "x", "reviewer": "a"},
            422,
            "type or a side",
        ),
    ],
)
def test_api_bad_review_input_is_a_4xx_with_the_reason(client, path, body, status, message):
    got = client.post(path.replace("{cid}", troops_claim(client)["claim_id"]), json=body)
    assert got.status_code == status, got.text
    assert message in got.text


def test_api_review_posts_take_json_only(client):
    cid = troops_claim(client)["claim_id"]
    got = client.post(f"/api/v1/claims/{cid}/reviews", data={"action": "confirm", "reviewer": "a"})
    assert got.status_code == 415


def test_claim_page_form_correct_and_undo(client):
    c = troops_claim(client)
    page = client.get(f"/claims/{c['claim_id']}")
    assert page.status_code == 200 and "Not reviewed yet" in page.text
    token = csrf(page.text)
    refused = client.post(f"/claims/{c['claim_id']}/review", data={"action": "confirm"})
    assert refused.status_code == 403
    form = {
        "csrf": token,
        "action": "correct",
        "value": "12,345",
        "reviewer": "ana",
        "note": "<b>bold</b> note",
    }
    done = client.post(f"/claims/{c['claim_id']}/review", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == f"/claims/{c['claim_id']}"
    assert "reviewer=ana" in done.headers["set-cookie"]
    page = client.get(f"/claims/{c['claim_id']}").text
    assert "corrected by ana" in page and "&lt;b&gt;bold&lt;/b&gt; note" in page
    assert "12345" in page
    # every listing marks the figure as reviewed
    assert "reviewed-mark corrected" in client.get("/measures/dprk_troops_in_russia").text
    assert "reviewed-mark corrected" in client.get(f"/documents/{c['doc']}").text
    review_id = client.get("/api/v1/reviews").json()["items"][0]["id"]
    undone = client.post(f"/reviews/{review_id}/undo", data={"csrf": token}, follow_redirects=False)
    assert undone.status_code == 303
    assert "undone by ana" in client.get(f"/claims/{c['claim_id']}").text


def test_claim_page_bad_form_shows_what_to_fix(client):
    cid = troops_claim(client)["claim_id"]
    token = csrf(client.get(f"/claims/{cid}").text)
    bad = client.post(
        f"/claims/{cid}/review", data={"csrf": token, "action": "correct", "value": "eleven"}
    )
    assert bad.status_code == 422 and "is not a number" in bad.text
    bad = client.post(
        f"/claims/{cid}/review", data={"csrf": token, "action": "correct", "as_of": "May"}
    )
    assert bad.status_code == 422 and "as_of must be" in bad.text
    unchanged = client.post(f"/claims/{cid}/review", data={"csrf": token, "action": "correct"})
    assert unchanged.status_code == 422 and "at least one field" in unchanged.text
    assert client.get("/claims/nope").status_code == 404


def test_hostile_claim_and_review_are_escaped(client):
    hostile = next(c for c in claims(client, doc=HOSTILE_DOC))
    page = client.get(f"/claims/{hostile['claim_id']}")
    assert page.status_code == 200
    assert "<script>" not in page.text and "onerror=alert" not in page.text.replace(
        "onerror=alert(1)&gt;", ""
    )
    token = csrf(page.text)
    evil = '"><script>alert(9)</script>'
    client.post(
        f"/claims/{hostile['claim_id']}/review",
        data={"csrf": token, "action": "correct", "source": evil, "reviewer": evil},
    )
    for path in (f"/claims/{hostile['claim_id']}", "/reviews"):
        text = client.get(path).text
        assert "<script>alert(9)" not in text and "&lt;script&gt;alert(9)" in text


def test_reviews_page_merges_origins(client):
    page = client.get("/reviews")
    assert page.status_code == 200 and 'id="origins"' in page.text
    token = csrf(page.text)
    names = re.findall(r'<option value="([^"]+)">', page.text)
    assert len(names) >= 2
    done = client.post(
        "/reviews/origins",
        data={
            "csrf": token,
            "action": "merge",
            "name": names[0],
            "target": names[1],
            "reviewer": "ana",
        },
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert client.get("/api/v1/origin-reviews").json()[0]["target"] == names[1]
    bad = client.post("/reviews/origins", data={"csrf": token, "action": "merge", "name": "x"})
    assert bad.status_code == 422 and "needs a target" in bad.text
