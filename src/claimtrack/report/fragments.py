"""The report's repeated HTML (claim rows, figure rows, conflicts, documents, quotes),
built in Python rather than by template macros, which are slow at 100,000 claims.

Every piece of text is escaped as ``markupsafe.escape`` does (what Jinja's autoescape
does; ``e``) before it is joined, and only the joined result is marked safe, so these strings
are exactly as strict as the template. ``Page`` remembers which claims and documents the
page links to, so the quotes list anchors exactly the claims linked from somewhere, and a
document is linked only when the documents table lists it: no link is ever broken.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from claimtrack.packs import StoryPack
from claimtrack.records import ClaimId
from claimtrack.report import present
from claimtrack.report.present import plural
from claimtrack.resolve import CheckedClaim, Conflict, DocumentSummary, Figure, MeasureView


def e(value: object) -> str:
    """``markupsafe.escape(value)`` as text, for pieces joined into a fragment: a plain
    string is escaped with the same five replacements (``&`` first), without building a
    ``Markup`` for each of the 300,000 pieces of a 100,000-claim report; anything else
    (``Markup``, numbers) goes through ``escape`` itself."""
    if type(value) is str:
        return (
            value.replace("&", "&amp;")
            .replace(">", "&gt;")
            .replace("<", "&lt;")
            .replace("'", "&#39;")
            .replace('"', "&#34;")
        )
    return str(escape(value))


REPORTED_ROWS = 100  # latest reported claims per measure
OTHER_ROWS = 50  # latest pledged / planned / rumoured claims per measure
FIGURE_ROWS = 50  # figures per measure, most independent origins first
CONFLICT_ROWS = 100  # conflicts per measure, and in the global list, largest gap first
LIST_ITEMS = 10  # origins or documents named in one figure row
OTHER_DOCUMENTS = 200  # documents listed besides the flagged ones
SOURCE_ROWS = 200  # origins, most claims first


def command(*args: str) -> Markup:
    """A CLI command as inline code, its arguments quoted for a shell."""
    return Markup("<code>{}</code>").format(" ".join(shlex.quote(a) for a in args))


def more(n: int, what: str, where: Markup) -> Markup:
    """ "… and 12 more (all in `claimtrack measure X --format json`)" or nothing."""
    if n <= 0:
        return Markup("")
    return Markup('<p class="more">… and {} more {} (all in {})</p>').format(f"{n:,}", what, where)


def reviewed(c: CheckedClaim) -> str:
    """ " (corrected)" after a figure an analyst reviewed (``claimtrack.review``)."""
    return f' <span class="reviewed">({e(c.reviewed)})</span>' if c.reviewed else ""


@dataclass
class Page:
    """What the page links to so far, and the documents its table lists."""

    listed_docs: set[str]
    pack: StoryPack | None
    colours: dict[str | None, str]
    linked: set[ClaimId] = field(default_factory=set)

    # --- small pieces

    def fig(self, c: CheckedClaim) -> str:
        self.linked.add(c.claim_id)
        cls = "fig" if c.status == "reported" else "fig other"
        return f'<a class="{cls}" href="#claim-{e(c.claim_id)}">{e(c.shown)}</a>{reviewed(c)}'

    def doc(self, d: str) -> str:
        if d in self.listed_docs:
            return f'<a href="#doc-{e(d)}">{e(d)}</a>'
        return str(e(d))

    def docs(self, ds: Sequence[str]) -> str:
        shown = ", ".join(self.doc(d) for d in ds[:LIST_ITEMS])
        rest = len(ds) - LIST_ITEMS
        return shown + (f", and {rest:,} more" if rest > 0 else "")

    # --- tables and lists

    def claim_rows(self, rows: Iterable[CheckedClaim]) -> Markup:
        out = []
        for c in rows:
            parts = [str(e(p)) for p in c.window.label.split(" – ")]
            when = " ".join(
                f'<span class="nowrap">{p}{" –" if i < len(parts) - 1 else ""}</span>'
                for i, p in enumerate(parts)
            )
            status = e(c.status)
            out.append(
                f'<tr><td class="when">{when}</td><td class="num">{self.fig(c)}</td>'
                f'<td><span class="status {status}">{status}</span></td>'
                f'<td class="small">{e(c.certainty)}</td>'
                f"<td>{e(present.origin_name(c))}</td>"
                f'<td class="small via">{e(present.via_text(c))}</td>'
                f'<td class="small doc">{self.doc(c.doc)}</td>'
                f'<td class="quote">{e(present.shorten(c.quote, 140))}</td></tr>\n'
            )
        return Markup("".join(out))

    def figure_rows(self, figures: Iterable[Figure]) -> Markup:
        out = []
        for f in figures:
            first = f.claims[0]
            names = "; ".join(str(e(o.name)) for o in f.origins[:LIST_ITEMS])
            if len(f.origins) > LIST_ITEMS:
                names += f"; and {len(f.origins) - LIST_ITEMS:,} more"
            status = e(first.status)
            out.append(
                f'<tr><td class="num">{self.fig(first)}</td>'
                f'<td><span class="status {status}">{status}</span></td>'
                f"<td>{names}</td>"
                f'<td class="small">{self.docs(f.documents)}</td>'
                f'<td class="small">{self.docs(f.copies)}</td></tr>\n'
            )
        return Markup("".join(out))

    def conflict_items(self, conflicts: Iterable[Conflict]) -> Markup:
        out = []
        for x in conflicts:
            a, b = x.a, x.b
            kind = "disagree"
            if x.kind == "falls":
                kind = "a later figure falls"
                if x.others:
                    kind += f", and {plural(x.others, 'more later figure')} below it"
            out.append(
                f"<li>{self.fig(a)} ({e(present.origin_name(a))}, {e(a.window.label)}) vs "
                f"{self.fig(b)} ({e(present.origin_name(b))}, {e(b.window.label)}): "
                f"gap {e(present.number(x.gap_pct))}%, {kind}</li>\n"
            )
        return Markup("".join(out))

    def conflict_rows(
        self, conflicts: Iterable[Conflict], anchors: dict[str, str], labels: dict[str, str]
    ) -> Markup:
        out = []
        for x in conflicts:
            a, b = x.a, x.b
            kind = "falls" if x.kind == "falls" else "disagree"
            if x.kind == "falls" and x.others:
                kind += f" (+{x.others:,} below)"
            out.append(
                f'<tr><td><a href="#{e(anchors[x.measure_key])}">'
                f"{e(labels[x.measure_key])}</a></td>"
                f'<td class="num">{self.fig(a)}</td>'
                f'<td>{e(present.origin_name(a))} <span class="small">{e(a.window.label)}'
                f" · {self.doc(a.doc)}</span></td>"
                f'<td class="num">{self.fig(b)}</td>'
                f'<td>{e(present.origin_name(b))} <span class="small">{e(b.window.label)}'
                f" · {self.doc(b.doc)}</span></td>"
                f'<td class="num">{e(present.number(x.gap_pct))}%</td>'
                f'<td class="nowrap">{kind}</td></tr>\n'
            )
        return Markup("".join(out))

    def document_rows(self, documents: Iterable[DocumentSummary]) -> Markup:
        out = []
        for d in documents:
            url = d.url or ""
            if url.startswith(("https://", "http://")):
                title = f'<a href="{e(url)}" rel="noopener noreferrer">{e(d.title or url)}</a>'
            else:
                title = str(e(d.title or ""))
            flags = ["truncated"] if d.truncated else []
            if d.copy_of:
                flags.append(f"near-duplicate of {self.doc(d.copy_of)}")
            out.append(
                f'<tr id="doc-{e(d.doc)}"><td class="small">{e(d.doc)}</td><td>{title}</td>'
                f'<td class="nowrap">{e(d.published or "")}</td><td>{e(d.outlet or "")}</td>'
                f'<td class="num">{e(d.versions)}</td><td class="num">{e(d.claims)}</td>'
                f'<td class="small">{"; ".join(flags)}</td></tr>\n'
            )
        return Markup("".join(out))

    def quote_items(self, measures: Iterable[MeasureView], anchors: dict[str, str]) -> Markup:
        """One anchored quote per linked claim, by measure and time."""
        out = []
        linked = self.linked
        for m in measures:
            anchor, label = e(anchors[m.key]), e(m.label)
            # a page of 100,000 claims links about a tenth of them
            for c in [c for c in m.reported + m.other if c.claim_id in linked]:
                status = e(c.status)
                title = f" ({e(c.title)})" if c.title else ""
                source = e(present.origin_name(c) or "the document itself")
                if c.origin:
                    side = present.side_label(c.origin.side, self.pack)
                    source += f" [{e(c.origin.type)}, {e(side)}]"
                via = f" · via {e(present.via_text(c))}" if c.chain or c.via else ""
                copy = f" · near-duplicate of {e(c.copy_of)}" if c.copy_of else ""
                out.append(
                    f'<li id="claim-{e(c.claim_id)}"><span class="fig">{e(c.shown)}</span>{reviewed(c)} · '
                    f'<a href="#{anchor}">{label}</a> · '
                    f'<span class="status {status}">{status}</span> · {e(c.certainty)} · '
                    f"{e(c.window.label)}<blockquote>{e(c.quote)}</blockquote>"
                    f'<span class="small">doc {self.doc(c.doc)}{title} · source {source}'
                    f"{via}{copy}</span></li>\n"
                )
        return Markup("".join(out))


def listed_documents(documents: Sequence[DocumentSummary]) -> list[DocumentSummary]:
    """Every flagged document (truncated or a near-duplicate), plus the
    ``OTHER_DOCUMENTS`` others with the most claims, in the store's order."""
    flagged = [i for i, d in enumerate(documents) if d.truncated or d.copy_of]
    others = [i for i, d in enumerate(documents) if not (d.truncated or d.copy_of)]
    others.sort(key=lambda i: (-documents[i].claims, i))
    return [documents[i] for i in sorted(flagged + others[:OTHER_DOCUMENTS])]
