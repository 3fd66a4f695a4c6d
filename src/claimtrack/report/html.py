"""The cross-check as one self-contained HTML file.

Jinja2 with autoescape on: article text (quotes, titles, source names) is only ever
inserted as escaped text, never marked safe. The only markup we mark safe is what
``charts`` builds, where every text piece is escaped too. CSS is inline and there is no
script and no network asset, so the file opens anywhere, offline, years later.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from claimtrack.packs import StoryPack
from claimtrack.report import present
from claimtrack.report.charts import measure_chart, sparkline_svg
from claimtrack.resolve import CheckedClaim, CrossCheck, MeasureView
from claimtrack.resolve.intervals import point


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("claimtrack.report", "templates"),
        autoescape=select_autoescape(["html", "htm", "xml", "j2"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["number"] = present.number
    env.filters["shorten"] = present.shorten
    return env


def _sides(cc: CrossCheck) -> list[str | None]:
    return [c.origin.side if c.origin else None for m in cc.measures for c in m.reported + m.other]


def context(cc: CrossCheck, pack: StoryPack | None, store: str | None = None) -> dict[str, Any]:
    """Everything the template reads, worked out here so the template stays plain."""
    colours = present.side_colours(_sides(cc))
    anchors = {m.key: f"m-{i}-{present.slug(m.key)}" for i, m in enumerate(cc.measures)}
    claims: list[tuple[MeasureView, CheckedClaim]] = [
        (m, c) for m in cc.measures for c in m.reported + m.other
    ]
    measures = []
    for m in cc.measures:
        used = sorted(
            {c.origin.side if c.origin else None for c in m.reported + m.other},
            key=lambda s: (s is None, s or ""),
        )
        points = [p for c in m.reported if not c.vague and (p := point(c)) is not None]
        measures.append(
            {
                "m": m,
                "anchor": anchors[m.key],
                "estimate": present.estimate_text(m.estimate, m.unit),
                "trend": present.trend_text(m),
                "spark": sparkline_svg(points),
                "chart": measure_chart(m, colours),
                "legend": [(present.side_label(s, pack), colours[s]) for s in used],
                "other": present.other_count(m),
                "has_other": bool(m.other),
            }
        )
    return {
        "cc": cc,
        "pack": pack,
        "store": store,
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "measures": measures,
        "anchors": anchors,
        "labels": {m.key: m.label for m in cc.measures},
        "claims": claims,
        "n_claims": len(claims),
        "colours": colours,
        "side_label": lambda s: present.side_label(s, pack),
        "origin_name": present.origin_name,
        "via": present.via_text,
        "docs": {d.doc: d for d in cc.documents},
    }


def render_html(cc: CrossCheck, pack: StoryPack | None = None, store: str | None = None) -> str:
    return environment().get_template("report.html.j2").render(context(cc, pack, store))
