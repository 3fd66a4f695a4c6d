"""``claimtrack review``: confirm, reject or correct claims; merge, split and describe
origins; list and undo reviews. The same records the web app's review forms and
``/api/v1/.../reviews`` write, kept beside the machine's output and never over it."""

from __future__ import annotations

import getpass
import json
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimtrack.cli.common import err_console, guarded, open_existing, out_console
from claimtrack.cli.options import DbOption
from claimtrack.errors import UsageError

if TYPE_CHECKING:
    from pydantic import BaseModel

    from claimtrack.review import ClaimReview, OriginReview

app = typer.Typer(
    name="review",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Review what the machine read: confirm, reject or correct claims; merge, split "
    "and describe origins; list and undo reviews. Every view, export and the report "
    "then use the reviewed values; the machine's stay beside them.\n\n"
    "\b\nExample:\n"
    "  claimtrack review correct 3f2a9c1e0b7d4a55 --set value=11000 --note 'NIS briefing'\n"
    "  claimtrack review merge 'Shoigu' 'Sergei Shoigu'\n"
    "  claimtrack review undo 12",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _default_reviewer() -> str:
    try:
        return getpass.getuser() or "analyst"
    except Exception:  # no login name in a container: still attribute the review
        return "analyst"


ReviewerOption = Annotated[
    str | None,
    typer.Option(
        "--reviewer",
        envvar="CLAIMTRACK_REVIEWER",
        show_envvar=True,
        help="Who reviews (default: your login name).",
        show_default=False,
    ),
]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why: kept with the review.")]
ClaimArg = Annotated[str, typer.Argument(help="Claim id (the id column of `claimtrack claims`).")]


class ListFormat(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[ListFormat, typer.Option("--format", help="Output format.")]


def _build(model: type[BaseModel], **fields: Any) -> Any:
    from pydantic import ValidationError

    from claimtrack.review.model import first_problem

    try:
        return model(**fields)
    except ValidationError as exc:
        raise UsageError(first_problem(exc)) from None


def _claim_review(
    db: str | None,
    claim_id: str,
    action: str,
    reviewer: str | None,
    note: str | None,
    **changes: Any,
) -> None:
    from claimtrack.review import ClaimReviewIn, Correction

    payload = _build(
        ClaimReviewIn,
        action=action,
        changes=_build(Correction, **changes),
        note=note,
        reviewer=reviewer or _default_reviewer(),
    )
    with open_existing(db) as store:
        done = store.review_claim(claim_id, payload)
    err_console().print(f"review {done.id}: {action} claim {claim_id}", markup=False)


@app.command("confirm")
@guarded
def confirm_command(
    claim_id: ClaimArg,
    db: DbOption = None,
    reviewer: ReviewerOption = None,
    note: NoteOption = None,
) -> None:
    """Confirm a claim: the machine (or an earlier correction) read it right."""
    _claim_review(db, claim_id, "confirm", reviewer, note)


@app.command("reject")
@guarded
def reject_command(
    claim_id: ClaimArg,
    db: DbOption = None,
    reviewer: ReviewerOption = None,
    note: NoteOption = None,
) -> None:
    """Reject a claim: it is not a claim, or not this one. It leaves estimates, conflicts and
    origin counts, and stays listed as rejected."""
    _claim_review(db, claim_id, "reject", reviewer, note)


def _parse_set(items: list[str]) -> dict[str, Any]:
    """``--set value=11000 --set unit= --set via='["Yonhap"]'``: a field and its value;
    an empty value clears the field; ``via`` takes a JSON list or comma-separated names."""
    out: dict[str, Any] = {}
    for item in items:
        name, eq, raw = item.partition("=")
        name = name.strip()
        if not eq or not name:
            raise UsageError(f"--set {item!r}: use FIELD=VALUE, e.g. --set value=11000")
        if name == "via":
            value: Any = (
                json.loads(raw)
                if raw.startswith("[")
                else [v.strip() for v in raw.split(",") if v.strip()]
            )
        else:
            value = raw if raw != "" else None
        out[name] = value
    return out


@app.command("correct")
@guarded
def correct_command(
    claim_id: ClaimArg,
    sets: Annotated[
        list[str],
        typer.Option(
            "--set",
            help="FIELD=VALUE to correct: value, low, high, unit, measure, source, via, "
            "status, certainty, as_of, kind. Repeat for several; an empty VALUE clears.",
        ),
    ],
    db: DbOption = None,
    reviewer: ReviewerOption = None,
    note: NoteOption = None,
) -> None:
    """Correct fields of a claim; the machine's values stay beside the reviewed ones.

    \b
    Example:
      claimtrack review correct 3f2a9c1e0b7d4a55 --set value=11000 --set as_of=2024-10 \\
        --note "NIS briefing gives 11,000"
    """
    try:
        changes = _parse_set(sets)
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"--set via: not a JSON list ({exc.msg}); or use comma-separated names"
        ) from None
    _claim_review(db, claim_id, "correct", reviewer, note, **changes)


@app.command("undo")
@guarded
def undo_command(
    review_id: Annotated[int, typer.Argument(help="Review id (`claimtrack review list`).")],
    origin: Annotated[
        bool, typer.Option("--origin", help="Undo an origin review (`review origins`).")
    ] = False,
    db: DbOption = None,
    reviewer: ReviewerOption = None,
) -> None:
    """Undo a review. It stays in the history, marked undone, and the claim or origin
    shows what its other reviews, or the machine, say."""
    by = reviewer or _default_reviewer()
    with open_existing(db) as store:
        if origin:
            store.undo_origin_review(review_id, by)
        else:
            store.undo_claim_review(review_id, by)
    err_console().print(f"review {review_id} undone", markup=False)


@app.command("list")
@guarded
def list_command(
    db: DbOption = None,
    claim: Annotated[str | None, typer.Option("--claim", help="Only this claim's.")] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document's.")] = None,
    fmt: FormatOption = ListFormat.table,
) -> None:
    """List claim reviews, newest first, undone ones included."""
    with open_existing(db) as store:
        found = store.claim_reviews(claim_id=claim, doc_id=doc)
    _print(found, fmt, _claim_reviews_table)


@app.command("merge")
@guarded
def merge_command(
    name: Annotated[str, typer.Argument(help="The origin to merge, as the claims name it.")],
    into: Annotated[str, typer.Argument(help="The origin it is the same as.")],
    db: DbOption = None,
    reviewer: ReviewerOption = None,
    note: NoteOption = None,
) -> None:
    """Merge two spellings of one origin ("Shoigu" into "Sergei Shoigu"): its claims count
    as one independent origin.

    \b
    Example:
      claimtrack review merge "Shoigu" "Sergei Shoigu"
    """
    _origin_review(db, "merge", name, reviewer, note, target=into)


@app.command("split")
@guarded
def split_command(
    name: Annotated[str, typer.Argument(help="The origin to stand on its own.")],
    db: DbOption = None,
    reviewer: ReviewerOption = None,
    note: NoteOption = None,
) -> None:
    """Split an origin off a wrong merge: it, and anything merged into it, stand alone."""
    _origin_review(db, "split", name, reviewer, note)


@app.command("origin")
@guarded
def origin_command(
    name: Annotated[str, typer.Argument(help="The origin to describe.")],
    type_: Annotated[
        str | None,
        typer.Option(
            "--type", help="official, government, military, intelligence, media, analyst, ..."
        ),
    ] = None,
    side: Annotated[str | None, typer.Option("--side", help="Whose side it speaks for.")] = None,
    db: DbOption = None,
    reviewer: ReviewerOption = None,
    note: NoteOption = None,
) -> None:
    """Set an origin's type and side."""
    _origin_review(db, "set", name, reviewer, note, type=type_, side=side)


@app.command("origins")
@guarded
def origins_command(db: DbOption = None, fmt: FormatOption = ListFormat.table) -> None:
    """List origin reviews (merges, splits, types and sides), newest first."""
    with open_existing(db) as store:
        found = store.origin_reviews()
    _print(found, fmt, _origin_reviews_table)


def _origin_review(
    db: str | None, action: str, name: str, reviewer: str | None, note: str | None, **fields: Any
) -> None:
    from claimtrack.review import OriginReviewIn

    payload = _build(
        OriginReviewIn,
        action=action,
        name=name,
        note=note,
        reviewer=reviewer or _default_reviewer(),
        **fields,
    )
    with open_existing(db) as store:
        done = store.review_origin(payload)
    err_console().print(f"origin review {done.id}: {action} {name}", markup=False)


def _print(found: list[Any], fmt: ListFormat, table: Any) -> None:
    if fmt is ListFormat.json:
        sys.stdout.write(
            json.dumps([r.model_dump() for r in found], ensure_ascii=False, indent=2) + "\n"
        )
    elif not found:
        err_console().print("no reviews", markup=False)
    else:
        out_console().print(table(found))


def _claim_reviews_table(found: list[ClaimReview]) -> Any:
    from rich.table import Table

    from claimtrack.cli.render import cell

    table = Table(title=f"{len(found)} claim reviews")
    for name in ("id", "claim", "action", "changes", "reviewer", "at", "note", "undone"):
        table.add_column(name, overflow="fold")
    for r in found:
        table.add_row(
            cell(r.id),
            cell(r.claim_id),
            cell(r.action),
            cell(json.dumps(r.changes, ensure_ascii=False) if r.changes else ""),
            cell(r.reviewer),
            cell(r.at),
            cell(r.note),
            cell(r.undone_at or ""),
        )
    return table


def _origin_reviews_table(found: list[OriginReview]) -> Any:
    from rich.table import Table

    from claimtrack.cli.render import cell

    table = Table(title=f"{len(found)} origin reviews")
    for name in ("id", "action", "name", "into", "type", "side", "reviewer", "at", "undone"):
        table.add_column(name, overflow="fold")
    for r in found:
        table.add_row(
            cell(r.id),
            cell(r.action),
            cell(r.name),
            cell(r.target),
            cell(r.type),
            cell(r.side),
            cell(r.reviewer),
            cell(r.at),
            cell(r.undone_at or ""),
        )
    return table
