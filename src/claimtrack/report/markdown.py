"""The cross-check as Markdown tables: the HTML report's content for wikis and diffs.

Cells are escaped so article text cannot break a table (``|``, newlines) or smuggle
HTML into a renderer (``<``, ``>``, ``&``); every figure links to its quote's anchor.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimtrack.packs import StoryPack
from claimtrack.report import present
from claimtrack.resolve import CheckedClaim, CrossCheck, MeasureView


def cell(text: object) -> str:
    s = " ".join(str(text if text is not None else "").split())
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\|`*_[]":
        s = s.replace(ch, "\\" + ch)
    return s


def _table(head: list[str], rows: Iterable[list[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out + [""]


def _fig(c: CheckedClaim) -> str:
    return f"[{cell(c.shown)}](#claim-{c.id})"


def _claim_rows(rows: list[CheckedClaim]) -> list[list[str]]:
    return [
        [
            cell(c.window.label),
            _fig(c),
            cell(c.status),
            cell(c.certainty),
            cell(present.origin_name(c)),
            cell(present.via_text(c)),
            cell(c.doc),
            cell(present.shorten(c.quote, 140)),
        ]
        for c in rows
    ]


_CLAIM_HEAD = ["when", "figure", "status", "certainty", "origin", "via", "doc", "quote"]


def _measure(m: MeasureView, anchor: str) -> list[str]:
    out = [f'<a id="{anchor}"></a>', "", f"### {cell(m.label)} {m.sparkline}", ""]
    out += [
        f"id `{m.key}` · current estimate **{cell(present.estimate_text(m.estimate, m.unit))}**"
        f" · trend {present.trend_text(m)} · {m.origins} independent origins",
        "",
    ]
    if m.reported:
        out += ["Reported:", ""] + _table(_CLAIM_HEAD, _claim_rows(m.reported))
    if m.other:
        out += ["Pledged, planned, rumoured:", ""] + _table(_CLAIM_HEAD, _claim_rows(m.other))
    out += ["Figures:", ""]
    out += _table(
        ["figure", "status", "independent origins", "documents", "near-duplicate copies"],
        (
            [
                _fig(f.claims[0]),
                cell(f.claims[0].status),
                cell("; ".join(o.name for o in f.origins)),
                cell(", ".join(f.documents)),
                cell(", ".join(f.copies)),
            ]
            for f in m.figures
        ),
    )
    return out


def render_markdown(cc: CrossCheck, pack: StoryPack | None = None) -> str:
    anchors = {m.key: f"m-{i}-{present.slug(m.key)}" for i, m in enumerate(cc.measures)}
    labels = {m.key: m.label for m in cc.measures}
    title = (
        f"Cross-check of numeric claims: {pack.name}" if pack else "Cross-check of numeric claims"
    )
    n_claims = sum(len(m.reported) + len(m.other) for m in cc.measures)
    out = [
        f"# {cell(title)}",
        "",
        f"{len(cc.measures)} measures · {n_claims} claims · {present.plural(len(cc.conflicts), 'conflict')} · "
        f"{len(cc.sources)} origins · {len(cc.documents)} documents · "
        f"tolerance {cc.tolerance * 100:g}%",
        "",
        "## Overview",
        "",
    ]
    out += _table(
        [
            "measure",
            "current estimate",
            "trend",
            "reported",
            "independent origins",
            "conflicts",
            "pledged / planned / rumoured",
        ],  # fmt: skip
        (
            [
                f"[{cell(m.label)}](#{anchors[m.key]})",
                cell(present.estimate_text(m.estimate, m.unit)),
                cell(f"{present.trend_text(m)} {m.sparkline}"),
                str(len(m.reported)),
                str(m.origins),
                f"**{len(m.conflicts)}**" if m.conflicts else "",
                cell(present.other_count(m)),
            ]
            for m in cc.measures
            if m.listed
        ),
    )
    unlisted = sum(not m.listed for m in cc.measures)
    if unlisted:
        out += [
            f"{unlisted} series outside the story pack that a single origin gives are not "
            "listed here (they cannot be cross-checked); they are under Measures.",
            "",
        ]
    out += ["## Measures", ""]
    for m in cc.measures:
        out += _measure(m, anchors[m.key])
    out += ["## Conflicts", ""]
    out += _table(
        ["measure", "figure A", "source A", "figure B", "source B", "gap", "kind"],
        (
            [
                f"[{cell(labels[x.measure_key])}](#{anchors[x.measure_key]})",
                _fig(x.a),
                cell(f"{present.origin_name(x.a)} ({x.a.window.label}, {x.a.doc})"),
                _fig(x.b),
                cell(f"{present.origin_name(x.b)} ({x.b.window.label}, {x.b.doc})"),
                f"{present.number(x.gap_pct)}%",
                x.kind
                + (
                    f", and {x.others:,} more later figure{'s' if x.others > 1 else ''} below it"
                    if x.others
                    else ""
                ),
            ]
            for x in cc.conflicts
        ),
    )
    out += ["## Sources", ""]
    out += _table(
        ["origin", "type", "side", "claims", "documents", "measures"],
        (
            [
                cell(s.origin.name),
                cell(s.origin.type),
                cell(present.side_label(s.origin.side, pack)),
                str(s.claims),
                str(s.documents),
                str(s.measures),
            ]
            for s in cc.sources
        ),
    )
    out += ["## Documents", ""]
    out += _table(
        ["doc", "title", "published", "outlet", "versions", "claims", "flags"],
        (
            [
                cell(d.doc),
                cell(d.title or ""),
                cell(d.published or ""),
                cell(d.outlet or ""),
                str(d.versions),
                str(d.claims),
                cell(
                    "; ".join(
                        x
                        for x in (
                            "truncated" if d.truncated else "",
                            f"near-duplicate of {d.copy_of}" if d.copy_of else "",
                        )
                        if x
                    )
                ),
            ]
            for d in cc.documents
        ),
    )
    out += ["## Quotes", ""]
    for m in cc.measures:
        for c in m.reported + m.other:
            via = f" · via {cell(present.via_text(c))}" if c.chain or c.via else ""
            out += [
                f'<a id="claim-{c.id}"></a>**{cell(c.shown)}** · {cell(m.label)} · {c.status} · '
                f"{cell(c.certainty)} · {cell(c.window.label)}",
                "",
                f"> {cell(c.quote)}",
                "",
                f"doc {cell(c.doc)} · source {cell(present.origin_name(c) or 'the document')}{via}",
                "",
            ]
    return "\n".join(out)
