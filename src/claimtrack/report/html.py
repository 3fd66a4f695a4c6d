"""The cross-check as one self-contained HTML file.

Jinja2 with autoescape on: article text (quotes, titles, source names) is only ever
inserted as escaped text, never marked safe. The only markup we mark safe is what
``charts`` and ``fragments`` build, where every text piece is escaped too. CSS is inline
and there is no script and no network asset, so the file opens anywhere, offline, years
later.

The page stays small and quick at 100,000 claims: charts are sampled, each measure
lists its latest claims, its top figures and conflicts (the rest are one CLI command
away), the documents table lists the flagged documents and the busiest others, and the
quotes list holds exactly the claims the page links to.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from claimtrack.bulk import paused_gc
from claimtrack.packs import StoryPack
from claimtrack.report import present
from claimtrack.report.charts import chart, sparkline_svg
from claimtrack.report.fragments import (
    CONFLICT_ROWS,
    FIGURE_ROWS,
    OTHER_ROWS,
    REPORTED_ROWS,
    SOURCE_ROWS,
    Page,
    command,
    listed_documents,
    more,
)
from claimtrack.resolve import Conflict, CrossCheck, MeasureView
from claimtrack.resolve.intervals import last_points


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


def _sides(m: MeasureView) -> set[str | None]:
    """The sides of a measure's claims' origins (None: unattributed)."""
    return {c.origin.side if c.origin else None for c in m.reported + m.other}


def generated_at() -> datetime:
    """Now, or the time ``SOURCE_DATE_EPOCH`` gives (seconds since 1970, the convention of
    reproducible-builds.org) so the same store renders the same report byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC)


def _by_gap(conflicts: list[Conflict]) -> list[Conflict]:
    return sorted(conflicts, key=lambda x: (-x.gap_pct, x.kind, x.a.order, x.b.order))


def context(cc: CrossCheck, pack: StoryPack | None, store: str | None = None) -> dict[str, Any]:
    """Everything the template reads, worked out here so the template stays plain."""
    sides = {m.key: _sides(m) for m in cc.measures}
    colours = present.side_colours([s for used in sides.values() for s in used])
    anchors = {m.key: f"m-{i}-{present.slug(m.key)}" for i, m in enumerate(cc.measures)}
    labels = {m.key: m.label for m in cc.measures}
    documents = listed_documents(cc.documents)
    page = Page({d.doc for d in documents}, pack, colours)
    measures = []
    for m in cc.measures:
        used = sorted(sides[m.key], key=lambda s: (s is None, s or ""))
        points = last_points(m.reported)  # a sparkline shows the last ones
        conflicts = _by_gap(m.conflicts)[:CONFLICT_ROWS]
        keep = [c.claim_id for x in conflicts for c in (x.a, x.b)]
        drawn = chart(m, colours, keep)
        page.linked.update(drawn.ids)
        detail = command("claimtrack", "measure", m.key, "--format", "json")
        reported = m.reported[-REPORTED_ROWS:]
        other = m.other[-OTHER_ROWS:]
        measures.append(
            {
                "m": m,
                "anchor": anchors[m.key],
                "origins": m.origins,
                "estimate": present.estimate_text(m.estimate, m.unit),
                "trend": present.trend_text(m),
                "spark": sparkline_svg(points),
                "chart": drawn.svg,
                "chart_note": (
                    f"showing {len(drawn.ids):,} of {drawn.total:,} figures: per stretch of "
                    "time the lowest, highest, median and quartiles, plus the conflicting "
                    "and the pledged, planned or rumoured ones"
                    if drawn.sampled
                    else ""
                ),
                "legend": [(present.side_label(s, pack), colours[s]) for s in used],
                "other": present.other_count(m),
                "has_other": bool(m.other),
                "reported_rows": page.claim_rows(reported),
                "reported_more": more(len(m.reported) - len(reported), "earlier claims", detail),
                "reported_shown": len(reported),
                "other_shown": len(other),
                "figure_shown": min(len(m.figures), FIGURE_ROWS),
                "conflict_shown": len(conflicts),
                "other_rows": page.claim_rows(other),
                "other_more": more(len(m.other) - len(other), "earlier claims", detail),
                "figure_rows": page.figure_rows(m.figures[:FIGURE_ROWS]),
                "figure_more": more(len(m.figures) - FIGURE_ROWS, "figures", detail),
                "conflict_items": page.conflict_items(conflicts),
                "conflict_more": more(len(m.conflicts) - len(conflicts), "conflicts", detail),
            }
        )
    top = _by_gap(cc.conflicts)[:CONFLICT_ROWS]
    everything = command("claimtrack", "conflicts", "--format", "json")
    return {
        "cc": cc,
        "pack": pack,
        "store": store,
        "generated": generated_at().strftime("%Y-%m-%d %H:%M UTC"),
        "measures": measures,
        "n_claims": sum(len(m.reported) + len(m.other) for m in cc.measures),
        "unlisted": sum(not m.listed for m in cc.measures),
        "colours": colours,
        "side_label": lambda s: present.side_label(s, pack),
        "conflict_rows": page.conflict_rows(top, anchors, labels),
        "conflict_shown": len(top),
        "conflicts_more": more(len(cc.conflicts) - len(top), "conflicts", everything),
        "sources": cc.sources[:SOURCE_ROWS],
        "sources_more": more(
            len(cc.sources) - SOURCE_ROWS,
            "origins with fewer claims",
            command("claimtrack", "sources", "--format", "json"),
        ),
        "document_rows": page.document_rows(documents),
        "other_documents": sum(1 for d in documents if not (d.truncated or d.copy_of)),
        "documents_more": more(
            len(cc.documents) - len(documents),
            "documents with fewer claims",
            command("claimtrack", "docs", "--format", "json"),
        ),
        # Last: every fragment above has recorded the claims it links to.
        "quote_items": page.quote_items(cc.measures, anchors),
        "n_quotes": len(page.linked),
        "claims_command": command("claimtrack", "claims", "--format", "json"),
    }


def render_html(cc: CrossCheck, pack: StoryPack | None = None, store: str | None = None) -> str:
    with paused_gc():  # a page of 100,000 claims is built of millions of small objects
        return environment().get_template("report.html.j2").render(context(cc, pack, store))
