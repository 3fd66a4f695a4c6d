"""The document page's new parts on a real store: numbers left out underlined with their
reason and listed, removed furniture listed, a second version's claim diff, an older
version on request, near-duplicates linked, and a Review link on every claim row.

The store is ``conftest.build_versions``: the web tests' one plus a second version of
the hostile article and a wire copy of a sample.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from markupsafe import Markup

from claimtrack.config import Settings
from claimtrack.web.app import create_app
from claimtrack.web.markup import highlighted
from claimtrack.web.versions import diff_claims, quotes_overlap, version_diffs

from .conftest import COPY, HOSTILE, HOSTILE_DOC, SAMPLE, build_versions


@pytest.fixture(scope="module")
def vclient(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = build_versions(tmp_path_factory.mktemp("versions"))
    with TestClient(create_app(db, Settings()), raise_server_exceptions=False) as c:
        yield c


def page(client: TestClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text[:500])
    return response.text


def section(html: str, start: str, end: str) -> str:
    return html.split(start, 1)[1].split(end, 1)[0]


def test_left_out_numbers_are_underlined_with_their_reason_and_listed(
    vclient: TestClient,
) -> None:
    html = page(vclient, "/documents/" + quote(SAMPLE))
    body = vclient.get("/api/v1/documents/" + quote(SAMPLE)).json()
    text = section(html, '<div class="text">', "</div>")
    # the tags added leave the stored text whole
    assert unescape(re.sub(r"<[^>]+>", "", text)) == body["text"]
    spans = re.findall(
        r'<span class="left-out" id="left-(\d+)" tabindex="0" title="left out: ([^"]+)" '
        r'data-reason="left out: ([^"]+)">([^<]+)</span>',
        text,
    )
    listed = re.findall(
        r'<tr><td class="fig"><a href="#left-(\d+)">([^<]+)</a></td><td>([^<]+)</td>',
        section(html, '<details class="left-out-list"', "</details>"),
    )
    assert len(spans) >= 5 and len(listed) >= len(spans)
    by_id = {i: (number, reason) for i, number, reason in listed}
    for i, title, reason, number in spans:
        assert title == reason and by_id[i] == (number, reason.replace(" ", "_"))
    assert {"date", "designation", "calibre"} <= {r for _, _, r in listed}
    assert re.search(r"<summary>Numbers left out \(\d+\)</summary>", html)
    # furniture is listed, collapsed, with its reason
    removed = section(html, '<details class="removed"', "</details>")
    assert "<summary>Removed furniture (2)</summary>" in removed
    assert len(re.findall(r"<tr><td>\w+</td><td>\d+–\d+</td>", removed)) == 2


def test_second_version_shows_the_claim_diff_and_the_older_version(
    vclient: TestClient,
) -> None:
    url = "/documents/" + quote(HOSTILE_DOC)
    latest = page(vclient, url)
    assert "<dt>versions</dt><dd>2 (showing version 2)</dd>" in latest
    diff = section(latest, '<section class="diff" id="diff-1-2">', "</section>")
    added = re.findall(r'<tr class="added"><td>added</td><td class="fig">([^<]+)</td>', diff)
    removed = re.findall(r'<tr class="removed"><td>removed</td><td class="fig">([^<]+)</td>', diff)
    changed = re.findall(r'<tr class="changed"><td>changed: ([^<]+)<br><small>was ([^<]+?) ', diff)
    figures = lambda cells: [c.removesuffix(" troops").strip() for c in cells]  # noqa: E731
    assert "700" in figures(added) and figures(removed) == ["~3,000"]
    assert [was for _, was in changed] == ["≥5,000"] and "value" in changed[0][0]
    assert "6,000" in diff.split('<tr class="changed">', 1)[1]
    assert "6,000" in diff and "&lt;b onclick=alert(3)&gt;" in latest
    assert 'href="' + url + '?version=1"' in latest
    older = page(vclient, url + "?version=1")
    assert "showing version 1" in older and "not the latest" in older
    text = unescape(re.sub(r"<[^>]+>", "", section(older, '<div class="text">', "</div>")))
    assert text == HOSTILE.strip()  # cleaning drops the final newline
    figures = re.findall(r'<td class="fig"><a href="#claim-[^"]+">([^<]+)</a>', older)
    assert "≥5,000" in figures and "~3,000" in figures and "700" not in figures


@pytest.mark.parametrize(
    ("suffix", "status", "words"),
    [
        ("?version=3", 404, "has no version 3; it has 1 to 2"),
        ("?version=0", 422, "version"),
        ("?version=two", 422, "version"),
        ("?version=" + "9" * 30, 422, "version"),
    ],
)
def test_bad_version_is_a_4xx(vclient: TestClient, suffix: str, status: int, words: str) -> None:
    response = vclient.get("/documents/" + quote(HOSTILE_DOC) + suffix)
    assert response.status_code == status and words in unescape(response.text)
    assert "Traceback" not in response.text


def test_near_duplicates_link_both_ways(vclient: TestClient) -> None:
    sample = section(page(vclient, "/documents/" + quote(SAMPLE)), 'id="near-duplicates"', "</ul>")
    copy = section(page(vclient, "/documents/" + quote(COPY)), 'id="near-duplicates"', "</ul>")
    assert f'href="/documents/{quote(COPY)}"' in sample
    assert f'href="/documents/{quote(SAMPLE)}"' in copy
    alone = page(vclient, "/documents/" + quote("dprk-russia/dprk06_missiles.txt"))
    assert "No near-duplicate of this document is stored." in alone


def test_every_claim_row_has_a_review_link(vclient: TestClient) -> None:
    doc = vclient.get("/api/v1/documents/" + quote(SAMPLE)).json()
    html = page(vclient, "/documents/" + quote(SAMPLE))
    for c in doc["claims"]:
        assert f'<a class="review" href="/claims/{c["claim_id"]}">Review</a>' in html
    measure = page(vclient, "/measures/dprk_troops_in_russia")
    rows = re.findall(r'<tr id="claim-([^"]+)">.*?</tr>', measure, flags=re.S)
    assert rows and measure.count('class="review"') == len(rows)
    for cid in rows:
        assert f'href="/claims/{cid}"' in measure
    conflicts = page(vclient, "/conflicts")
    assert conflicts.count('class="review"') == conflicts.count("<blockquote>") > 0
    search = page(vclient, "/search?q=troops")
    quotes = re.findall(r"<small>quote · ", search)
    assert len(quotes) > 0 and search.count('class="review"') == len(quotes)


def test_diff_matches_by_figure_and_overlapping_quote() -> None:
    def row(value: float, quote: str, **fields: object) -> dict[str, object]:
        return {"value": value, "low": None, "high": None, "unit": "troops",
                "measure": "m", "status": "reported", "quote": quote, **fields}  # fmt: skip

    old = [
        row(5000, "Seoul said 5,000 troops arrived in Kursk."),
        row(3000, "About 3,000 more would follow."),
        row(100, "A hundred were wounded, officials said."),
        row(42, "Forty-two launchers were seen."),
    ]
    new = [
        row(5000, "Seoul said on Monday that 5,000 troops arrived in Kursk.", source="NIS"),
        row(6000, "About 6,000 more would follow.", status="planned"),
        row(100, "A hundred were wounded, officials said."),
        row(42, "Something else entirely with other words."),
    ]
    d = diff_claims(old, new, 1, 2)
    assert d.kept == 1
    assert [(c.old["value"], c.new["value"], c.fields) for c in d.changed] == [
        (5000, 5000, ["source"]),
        (3000, 6000, ["value", "status"]),
    ]
    assert [r["value"] for r in d.added] == [42] and [r["value"] for r in d.removed] == [42]
    assert [c.details for c in d.changed] == [
        [("source", "–", "NIS")],
        [("status", "reported", "planned")],
    ]
    assert quotes_overlap("They said 5 came.", "On Monday they said 5 came.")
    assert quotes_overlap("About 3,000 more.", "Officials say about 3,000 more.")
    assert not quotes_overlap("About 3,000 more.", "Only 3,000 were lost at sea.")
    # one sentence, two figures: a corrected figure pairs with the closer old one
    both = "Between 5,000 and 3,000 came."
    d2 = diff_claims([row(5000, both), row(3000, both)], [row(6000, both)], 1, 2)
    assert [(c.old["value"], c.new["value"]) for c in d2.changed] == [(5000, 6000)]
    assert [(x.old, x.new) for x in version_diffs({1: old, 2: new, 3: []})] == [(2, 3), (1, 2)]
    assert version_diffs({1: old})[:1] == []


def test_left_out_spans_never_overlap_claims_and_are_escaped() -> None:
    text = "About 5,000 <i>troops</i> of the 11th Corps in 2024."
    claims = [{"claim_id": "a", "start": 0, "end": 11,
               "mentions": [{"start": 6, "end": 11}]}]  # fmt: skip
    left = [
        {"start": 34, "end": 36, "text": "11", "reason": "ordinal"},
        {"start": 8, "end": 11, "text": "000", "reason": "inside_a_claim"},
        {"start": 47, "end": 51, "text": "2024", "reason": "date"},
        {"start": 48, "end": 50, "text": "02", "reason": "overlapping"},
        {"start": 40, "end": 999, "text": "x", "reason": "bad_offsets"},
        {"start": 1, "end": 3, "text": '"><script>', "reason": '"><script>alert(1)</script>'},
    ]
    out = highlighted(text, claims, left)
    assert isinstance(out, Markup)
    assert out.count('class="left-out"') == 3  # the ordinal, the date, the hostile one
    assert 'id="left-0"' in out and 'id="left-2"' in out and 'id="left-5"' in out
    assert "inside a claim" not in out and "bad offsets" not in out and "overlapping" not in out
    assert "<script" not in out and "&lt;script&gt;" in out and "&lt;i&gt;troops" in out
    assert unescape(re.sub(r"<[^>]+>", "", str(out))) == text
