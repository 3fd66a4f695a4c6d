"""The cross-check and its reports do not depend on the order claims come from the store:
the same claims in any order, under any row ids, give the same JSON, HTML and Markdown.

Rows are made to tie everywhere an order could leak: several claims a day, equal figures
in different documents and statuses, equal gaps between conflicting pairs, undated ones.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.packs import load_pack
from claimtrack.report import render_html, render_markdown, serialize
from claimtrack.resolve import check_claims

PACK = load_pack("dprk-russia")
MEASURES = ("dprk_troops_in_russia", "dprk_workers_in_russia", "other")
SOURCES = ("NIS", "DIA", "Kremlin", None)
STATUSES = ("reported", "reported", "reported", "planned", "pledged")


def rows_and_docs(
    seed: int = 3, n_docs: int = 24
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    docs: list[dict[str, Any]] = []
    for n in range(n_docs):
        doc = f"wire/{n:02d}.txt"
        published = (
            None if n % 7 == 3 else (date(2025, 1, 1) + timedelta(days=rng.randrange(4) * 30))
        )
        docs.append(
            {"doc": doc, "title": f"Report {n}", "published": published and published.isoformat()}
        )
        for k in range(4):
            measure = rng.choice(MEASURES)
            value = float(rng.choice((10_000, 11_000, 12_000, 15_000)))
            source = rng.choice(SOURCES)
            rows.append(
                {
                    "doc": doc,
                    "start": k * 100,
                    "end": k * 100 + 60,
                    "quote": f"{source or 'It'} said {value:,.0f}.",
                    "value": value,
                    "low": None,
                    "high": None,
                    "approx": rng.random() < 0.3,
                    "vague": False,
                    "unit": "drones" if measure == "other" else "troops",
                    "measure": measure,
                    "subject": "Kursk",
                    "source": source,
                    "via": [],
                    "certainty": "asserted",
                    "status": rng.choice(STATUSES),
                    "as_of": None,
                    "published": published and published.isoformat(),
                    "url": None,
                    "outlet": f"outlet{n % 3}",
                    "title": f"Report {n}",
                }
            )
    return rows, docs


ROWS, DOCS = rows_and_docs()
_ANCHOR = re.compile(r"(?<=claim-)(\d+)\b")


def outputs(order: list[int]) -> dict[str, str]:
    """Every rendering of the claims taken in ``order``, ids numbered in that order as a
    store would, then each id replaced with what its claim is."""
    rows = [dict(ROWS[i], id=n + 1) for n, i in enumerate(order)]
    what = {r["id"]: f"{r['doc']}@{r['start']}" for r in rows}
    docs = [DOCS[i] for i in sorted(range(len(DOCS)), key=lambda i: order.index(4 * i))]
    cc = check_claims(rows, PACK, docs, {"wire/05.txt": "wire/04.txt"})

    def named(data: Any) -> Any:
        if isinstance(data, dict):
            return {
                k: what[v]
                if k == "id"
                else [what[x] for x in v]
                if k == "claims" and isinstance(v, list)
                else named(v)
                for k, v in data.items()
            }
        return [named(x) for x in data] if isinstance(data, list) else data

    def text(s: str) -> str:
        return _ANCHOR.sub(lambda m: what[int(m[1])], s)

    return {
        "json": json.dumps(named(serialize.crosscheck(cc)), indent=1),
        "html": text(render_html(cc, PACK)),
        "md": text(render_markdown(cc, PACK)),
    }


@pytest.fixture(scope="module")
def in_order() -> Iterator[dict[str, str]]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1735689600")  # the report's "generated" time
        yield outputs(list(range(len(ROWS))))


def test_source_date_epoch_sets_the_generated_time(in_order):
    assert "generated 2025-01-01 00:00 UTC" in in_order["html"]


def test_the_rows_tie_where_order_could_leak(in_order):
    cc = check_claims([dict(r, id=i) for i, r in enumerate(ROWS)], PACK, DOCS)
    assert any(len(f.claims) > 1 for m in cc.measures for f in m.figures)
    assert len({(x.gap_pct, x.kind) for x in cc.conflicts}) < len(cc.conflicts)


def test_reversed_rows_give_the_same_output(in_order):
    assert outputs(list(reversed(range(len(ROWS))))) == in_order


@settings(max_examples=5, deadline=None)
@given(order=st.permutations(range(len(ROWS))))
def test_any_row_order_gives_the_same_output(in_order, order):
    assert outputs(order) == in_order
