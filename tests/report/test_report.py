"""The report on a real store of the invented Vostrel articles: overview, charts, anchors
for every claim, escaping of hostile article text, no network assets, Markdown."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from claimtrack.config import Settings
from claimtrack.ingest import ingest
from claimtrack.packs import load_pack
from claimtrack.report import render_html, render_markdown
from claimtrack.report.charts import measure_chart, nice_ticks
from claimtrack.report.present import side_colours
from claimtrack.resolve import CrossCheck, check_store
from claimtrack.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "crosscheck"
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=")


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> CrossCheck:
    pack = load_pack(str(FIXTURES / "harbour-strike.yaml"))
    path = str(tmp_path_factory.mktemp("report") / "claims.db")
    with Store(path) as store:
        report = ingest([str(FIXTURES / "vostrel.jsonl")], store, pack, Settings(db=path))
        assert report.failed == 0
        return check_store(store, pack)


@pytest.fixture(scope="module")
def html(checked: CrossCheck) -> str:
    return render_html(checked, load_pack(str(FIXTURES / "harbour-strike.yaml")))


def all_claims(cc: CrossCheck):
    return [c for m in cc.measures for c in m.reported + m.other]


def test_overview_lists_every_measure(checked, html):
    tree = lxml.html.fromstring(html)
    rows = tree.xpath('//table[@class="overview"]/tbody/tr')
    assert [r.get("data-measure") for r in rows] == [m.key for m in checked.measures]
    strikers = tree.xpath('//tr[@data-measure="strikers"]')[0].text_content()
    assert "Dockworkers on strike" in strikers and "conflict" in strikers
    assert "1,500" in strikers  # estimates with thousands separators


def test_every_claim_has_one_anchor_and_every_link_a_target(checked, html):
    tree = lxml.html.fromstring(html)
    ids = [c.id for c in all_claims(checked)]
    for i in ids:
        assert len(tree.xpath(f'//*[@id="claim-{i}"]')) == 1
    targets = set(tree.xpath("//@id"))
    links = re.findall(r'href="#([^"]+)"', html)
    assert {f"claim-{i}" for i in ids} <= set(links)
    assert [x for x in links if x not in targets] == []


def test_charts_are_inline_svg_with_a_dot_per_figure(checked, html):
    assert html.count('<svg class="chart"') == len(checked.measures)
    strikers = next(m for m in checked.measures if m.key == "strikers")
    svg = str(measure_chart(strikers, side_colours(["union", "port"])))
    assert svg.count("<circle") == len(strikers.reported) + len(strikers.other)
    assert "undated" in svg  # vostrel-undated sits in its own band
    assert 'stroke-dasharray="3 2"' in svg  # the planned figure is dashed, not joined
    assert "<polyline" not in svg  # figures are never joined into a line
    assert "↑" not in svg and "<path" in svg  # "more than 5,000" gets an arrow cap
    ticks = re.findall(r'class="tick"[^>]*>([^<]+)<', svg)
    assert any(re.fullmatch(r"\d{1,3}(,\d{3})+", t) for t in ticks)  # thousands separated


def test_nice_ticks_cover_the_range():
    ticks = nice_ticks(0, 12_345)
    assert ticks[0] == 0 and ticks[-1] >= 12_345 and len(ticks) <= 8
    assert all(t % 500 == 0 for t in ticks)


def test_hostile_text_is_escaped(html):
    for raw in HOSTILE:
        assert raw not in html
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "onerror=alert(3)&gt;" in html  # the outlet, too


def test_origin_type_and_side_are_escaped_once(html):
    # the pack's actor "Dockworkers' Union": its apostrophe is one entity, not "&amp;#39;"
    assert "[ngo, Dockworkers&#39; Union]" in html
    assert "&amp;#39;" not in html and "&amp;amp;" not in html


def test_no_network_assets(html):
    lowered = html.lower()
    assert "<link" not in lowered and "<script" not in lowered and "<img" not in lowered
    assert "@import" not in lowered and "url(" not in lowered
    assert not re.search(r'\bsrc\s*=\s*["\']?https?:', lowered)
    # The only http(s) text allowed is the SVG namespace and links to articles.
    for url in re.findall(r"https?://[^\s\"'<>]+", html):
        assert url == "http://www.w3.org/2000/svg", url


def test_documents_section_flags_the_copy(html):
    tree = lxml.html.fromstring(html)
    row = tree.xpath('//tr[@id="doc-vostrel-day-one-copy"]')[0].text_content()
    assert "near-duplicate of vostrel-day-one" in row


def test_markdown(checked):
    md = render_markdown(checked, load_pack(str(FIXTURES / "harbour-strike.yaml")))
    assert md.startswith("# Cross-check of numeric claims: harbour-strike")
    assert "| measure | current estimate |" in md
    for c in all_claims(checked):
        assert f'<a id="claim-{c.id}"></a>' in md
        assert f"](#claim-{c.id})" in md
    assert "Strike talks \\| stall" in md  # a pipe in a title cannot split a row
    for raw in HOSTILE:
        assert raw not in md
    header = next(line for line in md.splitlines() if line.startswith("| doc | title"))
    rows = [line for line in md.splitlines() if "vostrel-hostile" in line and line.startswith("|")]
    assert rows and all(
        len(re.findall(r"(?<!\\)\|", r)) == len(re.findall(r"(?<!\\)\|", header))
        for r in rows
        if "Strike talks" in r
    )
