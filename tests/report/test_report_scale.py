"""The report of a large cross-check stays bounded: 20,000 generated claims (rows shaped
as ``Store.claims()`` returns them, as in bench/crosscheck.py) render with sampled
charts, capped tables, each conflict at most twice, quotes for exactly the linked
claims, and a page that grows far slower than the store. No wall time is asserted."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import date, timedelta
from typing import Any

import lxml.html
import pytest

from claimtrack.packs import load_pack
from claimtrack.report import fragments as fr
from claimtrack.report import render_html
from claimtrack.report.charts import LABEL_POINTS, MAX_POINTS, chart
from claimtrack.report.present import side_colours
from claimtrack.resolve import CrossCheck, check_claims

PACK = load_pack("dprk-russia")
FIRST = date(2024, 6, 1)
# measure: (levels over time, weight); the troop measures are cumulative in the pack
MEASURES = {
    "dprk_troops_in_russia": ([10_000, 11_000, 12_000, 15_000], 8),
    "dprk_troops_killed": ([100, 300, 600, 2_000], 4),
    "dprk_workers_in_russia": ([10_000, 15_000], 2),
    "other": ([50, 200], 1),
}
SOURCES = ["NIS", "DIA", "HUR", "Pentagon", "Kremlin", "Estonian intelligence", None, None]


Rows = list[dict[str, Any]]


def generate(n_claims: int, seed: int = 7) -> tuple[Rows, Rows, dict[str, str]]:
    """Claim rows and document rows; 5 claims a document, 5% near-duplicate copies."""
    rng = random.Random(seed)
    keys, weights = list(MEASURES), [w for _, w in MEASURES.values()]
    rows: Rows = []
    docs: Rows = []
    for n in range(n_claims // 5):
        day = rng.randrange(540)
        published = FIRST + timedelta(days=day)
        doc = f"gen-{n:05d}"
        docs.append(
            {
                "doc": doc,
                "title": f"Headline <{n}>",
                "published": published.isoformat(),
                "outlet": f"outlet{n % 30}.example",
                "url": f"https://outlet{n % 30}.example/{doc}",
                "truncated": n % 97 == 0,
                "versions": 1 + n % 3,
            }
        )
        for _ in range(5):
            key = rng.choices(keys, weights)[0]
            levels = MEASURES[key][0]
            idx = min(len(levels) - 1, int(day / 540 * len(levels)))
            if rng.random() < 0.15:
                idx = rng.randrange(len(levels))  # an outdated or outlying level
            v = float(round(levels[idx] * (1 + rng.gauss(0, 0.04))))
            roll = rng.random()
            status = (
                "pledged" if roll < 0.04 else "planned" if roll < 0.07 else "rumoured"
                if roll < 0.10 else "reported"
            )  # fmt: skip
            bound = rng.random()
            source = rng.choice(SOURCES)
            rows.append(
                {
                    "id": len(rows) + 1,
                    "doc": doc,
                    "quote": f"{source or 'It'} said about {v:,.0f} <b>{key}</b> & more.",
                    "value": v,
                    "low": v if bound < 0.07 else None,
                    "high": v if 0.07 <= bound < 0.10 else None,
                    "approx": bound > 0.7,
                    "vague": False,
                    "unit": "drones" if key == "other" else None,
                    "measure": key,
                    "subject": "Kursk" if key == "other" else "North Korea",
                    "source": source,
                    "via": ["Yonhap"] if source and rng.random() < 0.2 else [],
                    "certainty": "asserted",
                    "status": status,
                    "as_of": published.strftime("%Y-%m") if rng.random() < 0.3 else None,
                    "published": published.isoformat(),
                    "url": docs[-1]["url"],
                    "outlet": docs[-1]["outlet"],
                    "title": docs[-1]["title"],
                }
            )
    copies = {d["doc"]: docs[i - 1]["doc"] for i, d in enumerate(docs) if i and i % 20 == 0}
    return rows, docs, copies


def crosscheck(n_claims: int) -> CrossCheck:
    rows, docs, copies = generate(n_claims)
    return check_claims(rows, PACK, docs, copies)


@pytest.fixture(scope="module")
def big() -> CrossCheck:
    return crosscheck(20_000)


@pytest.fixture(scope="module")
def page(big: CrossCheck) -> str:
    return render_html(big, PACK)


@pytest.fixture(scope="module")
def tree(page: str) -> Any:
    return lxml.html.fromstring(page)


def section(tree: Any, anchor: str) -> Any:
    return tree.xpath(f'//section[@id="{anchor}"]')[0]


def test_the_generated_store_is_large(big):
    troops = next(m for m in big.measures if m.key == "dprk_troops_in_russia")
    assert len(troops.reported) > 5 * fr.REPORTED_ROWS
    assert len(troops.other) > fr.OTHER_ROWS
    assert sum(len(m.reported) + len(m.other) for m in big.measures) == 20_000
    assert any(x.kind == "falls" and x.others for x in big.conflicts)


def test_claim_tables_are_capped_with_a_count_of_the_rest(big, tree):
    measures = tree.xpath('//section[@class="measure"]')
    assert len(measures) == len(big.measures)
    for m, sec in zip(big.measures, measures, strict=True):
        tables = sec.xpath('.//table[@class="claims"]')
        expected = [
            (t, cap) for t, cap in ((m.reported, fr.REPORTED_ROWS), (m.other, fr.OTHER_ROWS)) if t
        ]
        assert len(tables) == len(expected)
        text = sec.text_content()
        for table, (claims, cap) in zip(tables, expected, strict=True):
            links = table.xpath('./tbody/tr/td[@class="num"]/a/@href')
            assert links == [f"#claim-{c.id}" for c in claims[-cap:]]  # the latest, in time order
            if len(claims) > cap:
                assert f"… and {len(claims) - cap:,} more earlier claims (all in" in text
                assert f"the latest {cap} of {len(claims):,}" in text
        figures = sec.xpath('.//table[@class="figures"]/tbody/tr')
        assert len(figures) == min(len(m.figures), fr.FIGURE_ROWS)
        if len(m.figures) > fr.FIGURE_ROWS or len(m.reported) > fr.REPORTED_ROWS:
            assert f"claimtrack measure {m.key} --format json" in text


def test_large_charts_are_sampled_and_say_so(big, tree):
    sampled = 0
    for i, m in enumerate(big.measures):
        sec = tree.xpath('//section[@class="measure"]')[i]
        svg = sec.xpath('.//*[local-name()="svg" and @class="chart"]')[0]
        dots = len(svg.xpath('.//*[local-name()="circle"]'))
        total = sum(1 for c in m.reported + m.other if c.figure is not None)
        assert dots <= MAX_POINTS
        if total > MAX_POINTS:
            sampled += 1
            assert f"showing {dots:,} of {total:,} figures" in sec.text_content()
            assert not svg.xpath('.//*[local-name()="text" and @class="val"]')
        else:
            assert dots == total
    assert sampled >= 2


def test_sampling_keeps_extremes_conflicts_and_other_figures(big):
    troops = next(m for m in big.measures if m.key == "dprk_troops_in_russia")
    keep = [c.id for x in troops.conflicts[:20] for c in (x.a, x.b)]
    drawn = chart(troops, side_colours([]), keep)
    ids = set(drawn.ids)
    assert drawn.sampled and len(ids) == len(drawn.ids) <= MAX_POINTS
    assert set(keep) <= ids
    figures = [c for c in troops.reported if c.figure is not None]
    assert min(figures, key=lambda c: (c.figure, c.id)).id in ids
    assert max(figures, key=lambda c: (c.figure, c.id)).id in ids
    assert {c.id for c in troops.other} & ids  # pledged and the like are kept too
    assert drawn == chart(troops, side_colours([]), keep)  # deterministic


def test_conflicts_are_rendered_at_most_twice(big, page, tree):
    per_measure = tree.xpath('//ul[@class="conflicts"]/li')
    glob = section(tree, "conflicts").xpath(".//tbody/tr")
    assert len(glob) == min(len(big.conflicts), fr.CONFLICT_ROWS)
    assert len(per_measure) == sum(min(len(m.conflicts), fr.CONFLICT_ROWS) for m in big.measures)
    pairs = Counter(
        tuple(re.findall(r'href="#claim-(\d+)"', lxml.html.tostring(el, encoding="unicode")))
        for el in per_measure + glob
    )
    assert pairs and max(pairs.values()) <= 2
    falls = next(
        x for m in big.measures for x in m.conflicts[:100] if x.kind == "falls" and x.others
    )
    s = "s" if falls.others > 1 else ""
    assert f"and {falls.others:,} more later figure{s} below it" in page


def test_quotes_exactly_for_linked_claims(big, page, tree):
    anchors = Counter(tree.xpath('//li[starts-with(@id, "claim-")]/@id'))
    assert anchors and max(anchors.values()) == 1
    links = set(re.findall(r'href="#([^"]+)"', page))
    claim_links = {x for x in links if x.startswith("claim-")}
    assert set(anchors) == claim_links
    targets = set(tree.xpath("//@id"))
    assert sorted(links - targets) == []
    n_claims = sum(len(m.reported) + len(m.other) for m in big.measures)
    assert len(anchors) < n_claims / 2
    assert f"The quotes of the {len(anchors):,} claims this page links to" in page


def test_documents_flagged_plus_the_busiest_others(big, tree):
    rows = section(tree, "documents").xpath(".//tbody/tr/@id")
    flagged = {f"doc-{d.doc}" for d in big.documents if d.truncated or d.copy_of}
    assert flagged and flagged <= set(rows)
    assert len(set(rows) - flagged) == fr.OTHER_DOCUMENTS
    rest = len(big.documents) - len(rows)
    assert (
        f"… and {rest:,} more documents with fewer claims"
        in section(tree, "documents").text_content()
    )
    sources = section(tree, "sources").xpath(".//tbody/tr")
    assert len(sources) == min(len(big.sources), fr.SOURCE_ROWS)


def test_the_page_grows_far_slower_than_the_store(big, page):
    small = render_html(crosscheck(5_000), PACK)
    assert len(page) < 2 * len(small)  # 4x the claims, well under 2x the page
    assert len(page) < 8_000_000


def test_escaping_holds_in_built_rows(page):
    assert "<b>" not in page and "&lt;b&gt;" in page
    assert "Headline <" not in page and "Headline &lt;" in page
    assert "&amp; more" in page


def test_rendering_is_deterministic(big, page):
    again = render_html(big, PACK)
    strip = re.compile(r"generated [^<]*")
    assert strip.sub("", again) == strip.sub("", page)


def test_labels_never_overlap_on_a_labelled_chart(big):
    m = next(m for m in big.measures if m.key == "dprk_troops_killed")
    few = type(m)(**{**m.__dict__, "reported": m.reported[: LABEL_POINTS - 10], "other": []})
    svg = str(chart(few, side_colours([])).svg)
    labels = re.findall(
        r'<text class="val" x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)">([^<]+)<', svg
    )
    assert labels
    boxes = []
    for x, y, anchor, text in labels:
        w = len(text) * 6.4
        x0 = float(x) if anchor == "start" else float(x) - w
        boxes.append((x0, float(y) - 13, x0 + w, float(y) + 1))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (
                a[0] < b[2] - 0.2 and b[0] < a[2] - 0.2 and a[1] < b[3] - 0.2 and b[1] < a[3] - 0.2
            )


def test_markdown_tells_how_many_more_figures_fall(big):
    from claimtrack.report import render_markdown

    md = render_markdown(big, PACK)
    falls = next(x for x in big.conflicts if x.kind == "falls" and x.others > 1)
    assert f"falls, and {falls.others:,} more later figures below it" in md
