"""The story-pack schema: what a pack may say, validated so a typo fails loudly."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SourceType = Literal[
    "government",
    "intelligence",
    "military",
    "official",
    "media",
    "state_media",
    "social_media",
    "anonymous",
    "ngo",
    "analyst",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Actor(_Strict):
    """A party the story is about; aliases are matched case-insensitively as whole words."""

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)


class Source(_Strict):
    """Who figures come from. ``side`` is an actor id or a country, used to colour charts.
    ``person``: one person, not a body ("Kyrylo Budanov"): a person speaks for himself and
    briefs no committee (extract/briefed.py)."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    type: SourceType
    side: str | None = None
    person: bool = False


class Equipment(_Strict):
    """A designation and its aliases: never a claim, but worth linking."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str | None = None


class Measure(_Strict):
    """One thing being counted.

    ``nouns`` are lemma phrases matched against the counted noun phrase (the longest
    match across all measures wins, so "construction worker" beats "worker");
    ``verbs`` are lemmas of verbs the figure is the subject or object of ("kill");
    ``percent_of`` marks a share measure: a percentage whose "of what" matches one of
    these nouns; ``actor`` is the actor the measure is about: a figure whose noun
    phrase names another actor ("Russian troops") is not this measure, nor is a figure
    in a sentence (or paragraph) that never names the actor.
    """

    id: str
    label: str
    unit: str
    nouns: list[str] = Field(default_factory=list)
    verbs: list[str] = Field(default_factory=list)
    percent_of: list[str] = Field(default_factory=list)
    actor: str | None = None
    cumulative: bool = False
    # The actor's people as counted ("soldiers", "troops"): a casualty or capture word in a
    # figure's clause moves such a figure to its event's measure, never the reverse, and a
    # figure counting the actor by name ("6,000 North Koreans") counts this measure.
    people: bool = False
    money: bool = (
        False  # amounts of money count toward this measure when its nouns are in the sentence
    )
    # Goods a report counts without naming whose they are, the sentence naming only where
    # they went ("31 mil contêineres embarcados rumo ao porto russo" in a report on North
    # Korea's shipments): the measure takes the document's main actors too, as a money
    # measure does, not only those its sentence names.
    actor_implied: bool = False
    # A kind of another measure's people ("soldats du génie", "militari del genio" are
    # engineers, a kind of troops): where a figure's words name both, this one counts.
    within: str | None = None
    # Words that name this measure wherever they stand among a figure's words, ahead of a
    # later word naming another ("зенитных ракетных комплексов" are air defence systems,
    # not missiles): a modifier that changes what the rest of the phrase is. Word stems.
    qualifiers: list[str] = Field(default_factory=list)
    # The actor a money or goods measure goes to (Russia's aid goes to North Korea): a sum
    # counts toward the measure only where its sentence names the giver or the receiver.
    recipient: str | None = None
    # What the actor's people do that makes them this measure's ("arbeiten 20.000
    # Nordkoreaner", "трудятся 15 тыс. граждан КНДР" are workers): word stems in a figure's
    # clause, for a figure counting the actor's people by name or naming no people noun,
    # never a noun of another measure ("1.000 zapadores trabajan" stay sappers).
    activities: list[str] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _id_is_slug(cls, v: str) -> str:
        if not v.replace("_", "").isalnum() or v != v.lower():
            raise ValueError(f"measure id {v!r} must be lowercase letters, digits and underscores")
        return v


class ExchangeRate(_Strict):
    """What one unit of ``currency`` was worth in the pack's ``base_currency`` on ``date``.
    Money in other currencies is compared only through such a dated rate: figures in a
    currency the table does not cover stay a series of their own."""

    currency: str
    rate: float = Field(gt=0)
    date: date

    @field_validator("currency")
    @classmethod
    def _code(cls, v: str) -> str:
        if len(v) != 3 or not v.isalpha():
            raise ValueError(f"currency {v!r} must be a three-letter ISO code such as EUR")
        return v.upper()


class StoryPack(_Strict):
    name: str
    description: str = ""
    actors: list[Actor] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    equipment: list[Equipment] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    #: Feeds and pages ``claimtrack watch`` follows for this story, beside the store's list.
    watch: list[str] = Field(default_factory=list)
    #: The currency money is compared in across currencies, with ``exchange_rates``.
    base_currency: str | None = None
    exchange_rates: list[ExchangeRate] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references_exist(self) -> StoryPack:
        ids = {m.id for m in self.measures}
        for m in self.measures:
            if m.within is not None and m.within not in ids:
                raise ValueError(f"measure {m.id!r}: within names no measure ({m.within!r})")
            if m.recipient is not None and m.recipient not in {a.id for a in self.actors}:
                raise ValueError(f"measure {m.id!r}: recipient names no actor ({m.recipient!r})")
        return self

    def measure(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)
