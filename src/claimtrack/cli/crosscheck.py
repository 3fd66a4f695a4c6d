"""Commands that cross-check the store: measures, one measure, conflicts, sources, report.

Each reads the store once, runs ``resolve.check_store`` and shows the result as a Rich
table, or as one JSON document (``--format json``) for scripts. ``report`` writes the
whole cross-check as a self-contained HTML file or as Markdown. The cross-check, the
report and the store are imported inside the commands, so ``--help`` never loads them.
"""

from __future__ import annotations

import difflib
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimtrack.cli.common import (
    err_console,
    open_existing,
    out_console,
    pick_pack,
    write_file,
)
from claimtrack.cli.options import DbOption
from claimtrack.cli.render import cell
from claimtrack.config import Settings
from claimtrack.errors import UsageError, out_folder_missing, out_is_folder

if TYPE_CHECKING:
    from rich.table import Table

    from claimtrack.packs import StoryPack
    from claimtrack.resolve import CheckedClaim, CrossCheck, MeasureView

PackOption = Annotated[
    str | None,
    typer.Option(
        "--pack", help="Story pack name or YAML file (default: the one the store was made with)."
    ),
]
NoPackOption = Annotated[bool, typer.Option("--no-pack", help="Cross-check without a story pack.")]
AllOption = Annotated[
    bool, typer.Option("--all", help="Also list single-origin series outside the pack.")
]
ToleranceOption = Annotated[
    float,
    typer.Option(
        "--tolerance", help="How far apart (as a share, 0 ≤ t < 1) figures may be and agree."
    ),
]


class Format(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[Format, typer.Option("--format", help="Output format.")]


class ReportFormat(StrEnum):
    html = "html"
    md = "md"


def _check(
    db: str | None, pack: str | None, no_pack: bool, tolerance: float
) -> tuple[CrossCheck, StoryPack | None]:
    if not 0 <= tolerance < 1:
        raise UsageError(f"--tolerance {tolerance:g} is out of range; use 0 <= t < 1, e.g. 0.1")
    from claimtrack.resolve.crosscheck import check_store

    with open_existing(db) as store:
        story = pick_pack(pack, no_pack, Settings.from_env(), store)
        return check_store(store, story, tolerance), story


def _row(table: Table, *cells: str) -> None:
    """Cells as plain Text: article words like "[bold]" must not be read as Rich markup,
    and control characters in them must not reach the terminal."""
    table.add_row(*(cell(c) for c in cells))


def _json_out(doc: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def _with_source(c: CheckedClaim) -> str:
    from claimtrack.report import present

    return f"{c.shown} ({present.origin_name(c)}, {c.window.label})"


def measures_command(
    db: DbOption = None,
    pack: PackOption = None,
    no_pack: NoPackOption = False,
    tolerance: ToleranceOption = 0.1,
    fmt: FormatOption = Format.table,
    every: AllOption = False,
) -> None:
    """One row per measure: current estimate, trend, figures, origins and conflicts.
    Series outside the story pack's measures that only one origin gives, or that count
    nothing named, are counted, not listed (they cannot be cross-checked); --all lists
    them too, and the JSON holds every series with its "listed" flag.

    \b
    Example:
      claimtrack measures --tolerance 0.2 --format json
    """
    from rich.table import Table

    from claimtrack.report import present, serialize

    cc, _ = _check(db, pack, no_pack, tolerance)
    shown = [m for m in cc.measures if every or m.listed]
    unlisted = len(cc.measures) - len(shown)
    if fmt is Format.json:  # every series, each saying whether the overview lists it
        _json_out(
            {
                "tolerance": cc.tolerance,
                "measures": [serialize.measure_summary(m) for m in cc.measures],
            }
        )
        return
    if not cc.measures:
        err_console().print("no claims in the store", markup=False)
        return
    note = (
        f"; {unlisted} series outside the pack that cannot be cross-checked, --all lists them"
        * bool(unlisted)
    )
    table = Table(title=f"{len(shown)} measures (tolerance {tolerance:g}{note})")
    for name in ("key", "label", "estimate", "trend", "spark", "reported", "origins",
                 "conflicts", "pledged/planned/rumoured"):  # fmt: skip
        numeric = name in ("reported", "origins", "conflicts")
        table.add_column(name, overflow="fold", justify="right" if numeric else "left",
                         max_width=40 if name in ("key", "label") else None)  # fmt: skip
    for m in shown:
        _row(
            table,
            m.key,
            m.label,
            present.estimate_text(m.estimate, m.unit),
            present.trend_text(m),
            m.sparkline,
            str(len(m.reported)),
            str(m.origins),
            str(len(m.conflicts)) if m.conflicts else "",
            present.other_count(m),
        )
    out_console().print(table)


def _find(cc: CrossCheck, key: str) -> MeasureView:
    for m in cc.measures:
        if m.key == key:
            return m
    keys = [m.key for m in cc.measures]
    close = difflib.get_close_matches(key, keys, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `claimtrack measures` lists them"
    raise UsageError(f"no measure {key!r} in the store{hint}")


def _claims_table(title: str, rows: list[CheckedClaim]) -> Table:
    from rich.table import Table

    from claimtrack.report import present

    table = Table(title=title, title_justify="left")
    caps = {"origin": 28, "via": 28, "doc": 24}
    for name in ("when", "figure", "status", "certainty", "origin", "via", "doc", "quote"):
        table.add_column(
            name,
            overflow="fold",
            no_wrap=name in ("figure", "status"),
            justify="right" if name == "figure" else "left",
            max_width=caps.get(name),
            min_width=30 if name == "quote" else None,
        )
    for c in rows:
        _row(
            table,
            c.window.label,
            c.shown,
            c.status,
            c.certainty,
            present.origin_name(c),
            present.via_text(c),
            c.doc,
            present.shorten(c.quote),
        )
    return table


def measure_command(
    measure: Annotated[str, typer.Argument(help="Measure id, as `claimtrack measures` shows.")],
    db: DbOption = None,
    pack: PackOption = None,
    no_pack: NoPackOption = False,
    tolerance: ToleranceOption = 0.1,
    fmt: FormatOption = Format.table,
) -> None:
    """One measure's claims over time, its pledged/planned/rumoured ones, and its figures.

    \b
    Example:
      claimtrack measure troops_sent --no-pack
    """
    from rich.table import Table

    from claimtrack.report import present, serialize

    cc, _ = _check(db, pack, no_pack, tolerance)
    m = _find(cc, measure)
    if fmt is Format.json:
        _json_out({"tolerance": cc.tolerance, "measure": serialize.measure_detail(m)})
        return
    console = out_console()
    estimate = present.estimate_text(m.estimate, m.unit)
    console.print(
        f"{m.label} ({m.key})  {m.sparkline}\ncurrent estimate {estimate} · trend "
        f"{present.trend_text(m)} · {m.origins} independent origins · "
        f"{present.plural(len(m.conflicts), 'conflict')}",
        markup=False,
    )
    if m.reported:
        console.print(_claims_table(f"reported {m.sparkline}", m.reported))
    if m.other:
        console.print(_claims_table("pledged, planned, rumoured", m.other))
    figures = Table(title="figures and their independent origins", title_justify="left")
    for name in ("figure", "status", "origins", "documents", "copies"):
        figures.add_column(name, overflow="fold", justify="right" if name == "figure" else "left")
    for f in m.figures:
        _row(
            figures,
            f.shown,
            f.claims[0].status,
            "; ".join(o.name for o in f.origins),
            ", ".join(f.documents),
            ", ".join(f.copies),
        )
    console.print(figures)


def conflicts_command(
    db: DbOption = None,
    pack: PackOption = None,
    no_pack: NoPackOption = False,
    tolerance: ToleranceOption = 0.1,
    fmt: FormatOption = Format.table,
) -> None:
    """Pairs of reported figures that disagree beyond the tolerance, largest gap first.

    \b
    Example:
      claimtrack conflicts --tolerance 0.25
    """
    from rich.table import Table

    from claimtrack.report import present, serialize

    cc, _ = _check(db, pack, no_pack, tolerance)
    if fmt is Format.json:
        _json_out(
            {"tolerance": cc.tolerance, "conflicts": [serialize.conflict(x) for x in cc.conflicts]}
        )
        return
    if not cc.conflicts:
        err_console().print(f"no conflicts at tolerance {tolerance:g}", markup=False)
        return
    labels = {m.key: m.label for m in cc.measures}
    title = f"{present.plural(len(cc.conflicts), 'conflict')} (tolerance {tolerance:g})"
    table = Table(title=title)
    for name in ("measure", "figure A", "figure B", "gap", "kind"):
        table.add_column(name, overflow="fold", justify="right" if name == "gap" else "left")
    for x in cc.conflicts:
        _row(
            table,
            labels.get(x.measure_key, x.measure_key),
            _with_source(x.a),
            _with_source(x.b),
            f"{present.number(x.gap_pct)}%",
            x.kind,
        )
    out_console().print(table)


def sources_command(
    db: DbOption = None,
    pack: PackOption = None,
    no_pack: NoPackOption = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Where figures first come from: each origin's type, side, claims and documents.

    \b
    Example:
      claimtrack sources --pack dprk-russia --format json
    """
    from rich.table import Table

    from claimtrack.report import present, serialize

    cc, story = _check(db, pack, no_pack, 0.1)
    if fmt is Format.json:
        _json_out({"sources": [serialize.source(s) for s in cc.sources]})
        return
    if not cc.sources:
        err_console().print("no claims in the store", markup=False)
        return
    table = Table(title=f"{len(cc.sources)} origins")
    for name in ("origin", "type", "side", "claims", "documents", "measures"):
        numeric = name in ("claims", "documents", "measures")
        table.add_column(name, overflow="fold", justify="right" if numeric else "left")
    for s in cc.sources:
        _row(
            table,
            s.origin.name,
            s.origin.type,
            present.side_label(s.origin.side, story) if s.origin.side else "",
            str(s.claims),
            str(s.documents),
            str(s.measures),
        )
    out_console().print(table)


def report_command(
    db: DbOption = None,
    pack: PackOption = None,
    no_pack: NoPackOption = False,
    tolerance: ToleranceOption = 0.1,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="File to write (default: report.html, or report.md)."),
    ] = None,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", help="html: one self-contained file; md: tables.")
    ] = ReportFormat.html,
) -> None:
    """Write the cross-check as one self-contained HTML file (or Markdown) and print its path.

    \b
    Example:
      claimtrack report --out out/report.html
      claimtrack report --format md --out out/report.md
    """
    from claimtrack.report import present, render_html, render_markdown

    target = out or Path(f"report.{fmt.value}")
    example = f"report.{fmt.value}"
    if target.is_dir():
        raise out_is_folder(target, example)  # before the slow cross-check, not after
    if not target.parent.is_dir():
        raise out_folder_missing(target)
    cc, story = _check(db, pack, no_pack, tolerance)
    text = render_html(cc, story) if fmt is ReportFormat.html else render_markdown(cc, story)
    write_file(target, lambda fh: fh.write(text), example)
    out_console().print(
        f"wrote {target} ({present.plural(len(cc.measures), 'measure')}, "
        f"{present.plural(len(cc.conflicts), 'conflict')})",
        markup=False,
    )
