"""How claims, documents and failures look in a terminal.

Figures are drawn the way a reader would say them: a lower bound alone is ">28,000",
an upper bound alone "≤50%", an estimate "~13,000", a range "10,000–12,000".
"""

from __future__ import annotations

from typing import Any

from rich.table import Table

PERCENT_UNITS = frozenset({"percent", "per cent", "%", "pct", "percentage"})


def number(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def figure(row: dict[str, Any]) -> str:
    """One claim's figure with its bounds, approximation and vagueness marked."""
    value, low, high = row.get("value"), row.get("low"), row.get("high")
    suffix = "%" if (row.get("unit") or "").strip().lower() in PERCENT_UNITS else ""
    approx = "~" if row.get("approx") else ""
    vague = bool(row.get("vague"))

    def n(x: float) -> str:
        return number(x) + suffix

    if low is not None and high is not None and low != high:
        text = f"{approx}{n(low)}–{n(high)}"
    elif low is not None and high is None and value in (None, low):
        text = f"{n(low)}+" if vague else f">{n(low)}"
    elif high is not None and low is None and value in (None, high):
        text = f"≤{n(high)}"
    else:
        point = next((x for x in (value, low, high) if x is not None), None)
        if point is None:
            return "?"
        text = f"{approx}{n(point)}"
    return f"{text} (vague)" if vague else text


def shorten(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def claims_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(show_lines=False, title=f"{len(rows)} claims")
    # Caps on the label columns leave the quote, the evidence, most of the width.
    caps = {"doc": 24, "unit": 14, "measure": 24, "source": 24}
    for name in ("doc", "figure", "unit", "measure", "source", "status", "quote"):
        table.add_column(
            name,
            overflow="fold",
            no_wrap=name in ("figure", "status"),
            max_width=caps.get(name),
            min_width=30 if name == "quote" else None,
        )
    for r in rows:
        table.add_row(
            r["doc"],
            figure(r),
            r.get("unit") or "",
            r.get("measure") or "",
            r.get("source") or "",
            r.get("status") or "",
            shorten(r.get("quote") or ""),
        )
    return table


def documents_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(rows)} documents")
    for name in ("doc", "title", "published", "versions", "claims", "truncated"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(
            r["doc"],
            shorten(r.get("title") or "", 60),
            r.get("published") or "",
            str(r["versions"]),
            str(r["claims"]),
            "yes" if r.get("truncated") else "",
        )
    return table


def failures_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(rows)} ingest failures")
    for name in ("at", "doc", "reason", "message"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(r["at"], r["doc_id"], r["reason"], r["message"])
    return table


def search_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(rows)} matches")
    for name in ("doc", "version", "in", "snippet"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(r["doc"], str(r["version"]), r["kind"], " ".join(r["snippet"].split()))
    return table
