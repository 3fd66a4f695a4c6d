"""How claims, documents and failures look in a terminal.

Figures are drawn the way a reader would say them: a lower bound alone is ">28,000",
an upper bound alone "≤50%", an estimate "~13,000", a range "10,000–12,000".

Nothing from an article is ever read as Rich markup or sent raw to the terminal: every
cell built from data is a ``Text`` made by ``cell``, whose characters are shown as they
are ("[/bold]", "[sic]" and "[link=...]" included), with control characters escaped.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.table import Table
    from rich.text import Text

PERCENT_UNITS = frozenset({"percent", "per cent", "%", "pct", "percentage"})
# Bidirectional overrides and isolates reorder what the terminal shows ("Trojan source").
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
HIT_STYLE = "bold reverse"
# In piped output styles vanish, so a search hit keeps a visible mark around it.
HIT_OPEN, HIT_CLOSE = "«", "»"
_SNIPPET_MARK = re.compile(r"\[([^\[\]]+)\]")


def printable(text: str) -> str:
    """``text`` with control characters (ESC, BEL, CR, bidi overrides...) shown escaped.

    Newlines and tabs stay. ``"\\x1b[31m"`` comes out as the eight visible characters
    ``\\x1b[31m``, so nothing read from an article can drive the terminal.
    """
    if text.isprintable():
        return text
    return "".join(_escape(ch) for ch in text)


def _escape(ch: str) -> str:
    if ch in "\n\t":
        return ch
    if ch in BIDI_CONTROLS:
        return f"\\u{ord(ch):04x}"
    if unicodedata.category(ch) == "Cc":
        return f"\\x{ord(ch):02x}"
    return ch


def cell(value: object) -> Text:
    """A table cell from data: literal text (never markup), control characters escaped."""
    from rich.text import Text

    return Text(printable("" if value is None else str(value)))


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
    from rich.table import Table

    table = Table(show_lines=False, title=f"{len(rows)} claims")
    # Caps on the label columns leave the quote, the evidence, most of the width.
    caps = {"doc": 24, "unit": 14, "measure": 24, "source": 24}
    for name in ("id", "doc", "figure", "unit", "measure", "source", "status", "review", "quote"):
        table.add_column(
            name,
            overflow="fold",
            no_wrap=name in ("id", "figure", "status", "review"),
            max_width=caps.get(name),
            min_width=30 if name == "quote" else None,
        )
    for r in rows:
        review = r.get("review") or {}
        table.add_row(
            cell(r.get("claim_id")),
            cell(r["doc"]),
            cell(figure(r)),
            cell(r.get("unit")),
            cell(r.get("measure")),
            cell(r.get("source")),
            cell(r.get("status")),
            cell(review.get("state")),
            cell(shorten(r.get("quote") or "")),
        )
    return table


def documents_table(rows: list[dict[str, Any]]) -> Table:
    from rich.table import Table

    table = Table(title=f"{len(rows)} documents")
    for name in ("doc", "title", "published", "versions", "claims", "truncated"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(
            cell(r["doc"]),
            cell(shorten(r.get("title") or "", 60)),
            cell(r.get("published")),
            cell(r["versions"]),
            cell(r["claims"]),
            cell("yes" if r.get("truncated") else ""),
        )
    return table


def failures_table(rows: list[dict[str, Any]]) -> Table:
    from rich.table import Table

    table = Table(title=f"{len(rows)} ingest failures")
    for name in ("at", "doc", "reason", "message"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(cell(r["at"]), cell(r["doc_id"]), cell(r["reason"]), cell(r["message"]))
    return table


def _fold(text: str) -> str:
    """Lower case without accents, the way the search index compares words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def snippet_text(snippet: str, query: str, marks: bool) -> Text:
    """A search snippet with its hits as styled spans, everything else literal.

    The store marks each hit as ``[word]``, but an article's own brackets ("[sic]") look
    the same, so a bracketed span counts as a hit only when its words are query words
    (or start with one, for prefix searches); other brackets are shown as they are.
    ``marks`` also wraps each hit in «», for output where styles do not show.
    """
    from rich.text import Text

    terms = [_fold(t) for t in re.findall(r"\w+", query)]

    def is_hit(inner: str) -> bool:
        words = re.findall(r"\w+", _fold(inner))
        return bool(words) and all(any(w.startswith(t) for t in terms) for w in words)

    text = Text()
    flat = " ".join(snippet.split())
    pos = 0
    for m in _SNIPPET_MARK.finditer(flat):
        if not is_hit(m.group(1)):
            continue
        text.append(printable(flat[pos : m.start()]))
        hit = printable(m.group(1))
        text.append(f"{HIT_OPEN}{hit}{HIT_CLOSE}" if marks else hit, style=HIT_STYLE)
        pos = m.end()
    text.append(printable(flat[pos:]))
    return text


def search_table(rows: list[dict[str, Any]], query: str, marks: bool) -> Table:
    from rich.table import Table

    table = Table(title=f"{len(rows)} matches")
    for name in ("doc", "version", "in", "snippet"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(
            cell(r["doc"]),
            cell(r["version"]),
            cell(r["kind"]),
            snippet_text(r["snippet"] or "", query, marks),
        )
    return table
