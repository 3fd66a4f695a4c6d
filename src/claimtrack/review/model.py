"""What a review says, validated: the records the store keeps, the API takes and returns,
and the CLI prints. One definition each, so every surface agrees on the shape.

A review never changes the machine's row. It sits beside it, and every reader folds the
active reviews of a claim (``apply.verdict``) into what it shows, keeping the machine's
values next to the reviewed ones.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from claimtrack.records import Certainty, ClaimKind, Status

ClaimAction = Literal["confirm", "reject", "correct"]
OriginAction = Literal["merge", "split", "set"]
#: What a claim's folded reviews make of it: the last active action, as a state.
ReviewState = Literal["confirmed", "rejected", "corrected"]
STATES: dict[str, ReviewState] = {
    "confirm": "confirmed",
    "reject": "rejected",
    "correct": "corrected",
}

#: "2024", "2024-11" or "2024-11-03": ``as_of`` at the precision the text gives.
_AS_OF = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def first_problem(exc: ValidationError) -> str:
    """A refused review as one sentence naming the field ("as_of: as_of must be ..."): what
    to fix, not pydantic's dump. The CLI and the review pages both say it."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "changes")
    message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Name = Field(min_length=1, max_length=512)


class Correction(_Strict):
    """The fields of a claim a reviewer may correct; only those given are changed.

    ``None`` clears a field that may be empty (a bound, the unit, the source, ``as_of``);
    ``measure``, ``status``, ``certainty`` and ``kind`` always have a value.
    """

    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = Field(default=None, max_length=64)
    measure: str | None = Field(default=None, min_length=1, max_length=128)
    source: str | None = Field(default=None, max_length=512)
    via: list[str] | None = Field(default=None, max_length=20)
    status: Status | None = None
    certainty: Certainty | None = None
    as_of: str | None = None
    kind: ClaimKind | None = None

    @field_validator("as_of")
    @classmethod
    def _as_of_is_a_date(cls, v: str | None) -> str | None:
        if v is not None and not _AS_OF.match(v):
            raise ValueError("as_of must be YYYY, YYYY-MM or YYYY-MM-DD")
        return v

    @field_validator("value", "low", "high")
    @classmethod
    def _finite(cls, v: float | None) -> float | None:
        if v is not None and (v != v or v in (float("inf"), float("-inf"))):
            raise ValueError("a figure must be a finite number")
        return v

    @field_validator("via")
    @classmethod
    def _names(cls, v: list[str] | None) -> list[str] | None:
        if v is not None and any(not n.strip() or len(n) > 512 for n in v):
            raise ValueError("each via name must be 1-512 characters")
        return v

    @model_validator(mode="after")
    def _required_stay_set(self) -> Correction:
        for name in ("measure", "status", "certainty", "kind"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be cleared, only changed")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("low must not be above high")
        return self

    def changes(self) -> dict[str, Any]:
        """Only the fields the reviewer gave, as stored: ``{"value": 11000.0}``."""
        return self.model_dump(exclude_unset=True)


class ClaimReviewIn(_Strict):
    """A reviewer's judgement of one claim: confirm it, reject it, or correct fields."""

    action: ClaimAction
    changes: Correction = Field(default_factory=Correction)
    note: str | None = Field(default=None, max_length=4000)
    reviewer: str = Field(min_length=1, max_length=128)

    @model_validator(mode="after")
    def _correct_changes_something(self) -> ClaimReviewIn:
        if self.action == "correct" and not self.changes.changes():
            raise ValueError("a correction must change at least one field")
        if self.action != "correct" and self.changes.changes():
            raise ValueError(f"{self.action} takes no changes; use action 'correct'")
        return self


class OriginReviewIn(_Strict):
    """A reviewer's judgement of an origin: merge ``name`` into ``target``, split
    ``name`` off whatever it was merged with, or set its ``type`` and ``side``."""

    action: OriginAction
    name: str = Name
    target: str | None = Field(default=None, min_length=1, max_length=512)
    type: str | None = Field(default=None, min_length=1, max_length=64)
    side: str | None = Field(default=None, min_length=1, max_length=64)
    note: str | None = Field(default=None, max_length=4000)
    reviewer: str = Field(min_length=1, max_length=128)

    @model_validator(mode="after")
    def _fits_action(self) -> OriginReviewIn:
        if self.action == "merge":
            if not self.target:
                raise ValueError("merge needs a target: the origin to merge into")
            if self.target.strip().lower() == self.name.strip().lower():
                raise ValueError("an origin cannot be merged into itself")
        elif self.target is not None:
            raise ValueError(f"{self.action} takes no target")
        if self.action == "set" and self.type is None and self.side is None:
            raise ValueError("set needs a type or a side")
        if self.action != "set" and (self.type is not None or self.side is not None):
            raise ValueError(f"{self.action} takes no type or side; use action 'set'")
        return self


class ClaimReview(_Strict):
    """A stored claim review. ``claim_id`` is the claim it applies to now (a new version
    of the document moves it); ``first_claim_id`` the claim it was made on."""

    id: int
    claim_id: str
    first_claim_id: str
    doc: str
    action: ClaimAction
    changes: dict[str, Any]
    note: str | None
    reviewer: str
    at: str
    undone_at: str | None = None
    undone_by: str | None = None


class OriginReview(_Strict):
    """A stored origin review (see ``OriginReviewIn``)."""

    id: int
    action: OriginAction
    name: str
    target: str | None
    type: str | None
    side: str | None
    note: str | None
    reviewer: str
    at: str
    undone_at: str | None = None
    undone_by: str | None = None
