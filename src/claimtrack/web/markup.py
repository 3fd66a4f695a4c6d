"""HTML built in Python for the pages: the highlighted document text and search snippets.

Article text is hostile. Every slice of it goes through ``markupsafe.escape`` before it
is joined with our tags, and only the joined result is ``Markup``; templates never mark
article text safe. Offsets come from the store and are checked against the text, so a
bad offset drops a highlight rather than cutting the text.
"""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape

from claimtrack.report import present

Row = dict[str, Any]


def figure_text(row: Row) -> str:
    """A stored claim's figure as a reader writes it: "~11,000", "≥28,000", "10–12"."""
    value, low, high = row.get("value"), row.get("low"), row.get("high")
    unit = "%" if row.get("unit") == "percent" else ""
    if row.get("vague") and low is not None:
        return f"{present.number(low)}+{unit}"
    if value is not None:
        prefix = (
            "≥"
            if low is not None and high is None
            else "≤"
            if high is not None and low is None
            else ""
        )
        return f"{prefix}{'~' if row.get('approx') else ''}{present.number(value)}{unit}"
    if low is not None and high is not None:
        return f"{present.number(low)}–{present.number(high)}{unit}"
    if low is not None:
        return f"≥{present.number(low)}{unit}"
    if high is not None:
        return f"≤{present.number(high)}{unit}"
    return "?"


def claim_title(row: Row) -> str:
    """A claim's fields on one line, for a highlight's tooltip."""
    parts = [f"{figure_text(row)} {row.get('unit') or ''}".strip(), row.get("measure") or ""]
    parts.append(f"{row.get('status')}, {row.get('certainty')}")
    if row.get("source"):
        via = " via " + " → ".join(row["via"]) if row.get("via") else ""
        parts.append(f"source: {row['source']}{via}")
    if row.get("as_of"):
        parts.append(f"as of {row['as_of']}")
    return " · ".join(p for p in parts if p)


def _spans(text: str, rows: list[Row]) -> list[tuple[int, int, list[Row]]]:
    """Mention spans (a claim's quote when it has none), overlapping ones merged."""
    spans: list[tuple[int, int, Row]] = []
    for r in rows:
        found = [(m["start"], m["end"]) for m in r.get("mentions") or []]
        for start, end in found or [(r["start"], r["end"])]:
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
                spans.append((start, end, r))
    spans.sort(key=lambda s: (s[0], -s[1]))
    merged: list[tuple[int, int, list[Row]]] = []
    for start, end, r in spans:
        if merged and start < merged[-1][1]:
            s0, e0, group = merged[-1]
            if all(g is not r for g in group):
                group.append(r)
            merged[-1] = (s0, max(e0, end), group)
        else:
            merged.append((start, end, [r]))
    return merged


def _left_spans(
    text: str, left: list[Row], taken: list[tuple[int, int, list[Row]]]
) -> list[tuple[int, int, int]]:
    """Left-out numbers as (start, end, index in ``left``), valid ones only, none that
    overlaps a claim's span or an earlier left-out number (a number is either read as
    part of a claim or left out, so a clash means offsets from elsewhere: drop it)."""
    spans = []
    for i, r in enumerate(left):
        start, end = r.get("start"), r.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            spans.append((start, end, i))
    spans.sort()
    kept: list[tuple[int, int, int]] = []
    claims = iter(taken)
    current = next(claims, None)
    for start, end, i in spans:
        while current is not None and current[1] <= start:
            current = next(claims, None)
        if current is not None and current[0] < end:
            continue  # overlaps a claim
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, i))
    return kept


def left_out_title(row: Row) -> str:
    """Why a number was not read as a claim, for its tooltip and the list."""
    return f"left out: {str(row.get('reason') or 'no reason given').replace('_', ' ')}"


def highlighted(text: str, rows: list[Row], left: list[Row] | None = None) -> Markup:
    """The text with each claim's mentions in ``<mark>``; the first mark of each claim
    holds its anchor (``#claim-<claim_id>``), and its title lists the claim's fields.

    ``left`` are the numbers extraction left out (rows of ``Store.left_out_of``): each is
    a focusable ``<span class="left-out">`` with its reason in ``title`` and
    ``data-reason`` (the stylesheet shows it on hover and focus) and an anchor
    ``#left-<n>``, ``n`` its index in ``left``.
    """
    claim_spans = _spans(text, rows)
    # Built as strings with every piece of text escaped where it goes in (Markup.format
    # went through string.Formatter: a sixth of the document page's CPU), joined once.
    marks: list[tuple[int, int, str]] = []
    anchored: set[str] = set()
    for start, end, group in claim_spans:
        anchors = ""
        for r in group:
            cid = str(r.get("claim_id") or r.get("id"))
            if cid not in anchored:
                anchored.add(cid)
                anchors += f'<span class="anchor" id="claim-{escape(cid)}"></span>'
        title = escape("\n".join(claim_title(r) for r in group))
        inner = escape(text[start:end])
        marks.append((start, end, f'<mark tabindex="0" title="{title}">{anchors}{inner}</mark>'))
    for start, end, i in _left_spans(text, left or [], claim_spans):
        reason = escape(left_out_title((left or [])[i]))
        inner = escape(text[start:end])
        marks.append(
            (
                start,
                end,
                f'<span class="left-out" id="left-{i}" tabindex="0" title="{reason}" '
                f'data-reason="{reason}">{inner}</span>',
            )
        )
    marks.sort(key=lambda m: m[0])
    out: list[str] = []
    at = 0
    for start, end, html in marks:
        out.append(escape(text[at:start]))
        out.append(html)
        at = end
    out.append(escape(text[at:]))
    return Markup("".join(out))


_HIT = re.compile(r"\[([^\[\]\n]{1,200})\]")


def snippet(text: str, query: str) -> Markup:
    """A search snippet with its hits in ``<mark>``.

    The store marks hits as ``[word]``; brackets that were in the article stay as text
    unless what they hold is one of the searched words. Built as escaped strings joined
    once (a search page holds a hundred of these).
    """
    terms = [t.rstrip("*").lower() for t in query.split() if t.rstrip("*")]
    out: list[str] = []
    at = 0
    for m in _HIT.finditer(text):
        inner = m.group(1)
        low = inner.lower()
        if not any(low.startswith(t) or t in low for t in terms):
            continue
        out += (escape(text[at : m.start()]), "<mark>", escape(inner), "</mark>")
        at = m.end()
    out.append(escape(text[at:]))
    return Markup("".join(out))
