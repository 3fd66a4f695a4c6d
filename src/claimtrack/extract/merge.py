"""One claim per figure per document: a headline, body and fact box repeating a figure
are one claim with several mentions, and the body sentence is its evidence."""

from __future__ import annotations

from dataclasses import dataclass

from claimtrack.records import Claim


@dataclass(slots=True)
class Found:
    """A claim as read from one mention, before repeats are merged."""

    claim: Claim
    block: bool  # found in a headline or fact-box line
    head_lemma: str | None


#: Two figures are the same when they differ by at most this fraction (float noise).
_TOLERANCE = 1e-9
#: At most this many claims with one figure are kept apart in a document; a further
#: mention is tried against these only. Real documents have a handful; the bound keeps a
#: page repeating one figure in thousands of different contexts linear.
MAX_GROUPS_PER_FIGURE = 32


def _bucket_keys(figure: float) -> set[str]:
    """Keys of the buckets a figure's tolerance interval touches: figures that may be the
    same share a key, so a mention is compared with those groups only, not all of them."""
    tol = _TOLERANCE * max(1.0, abs(figure))
    return {f"{figure - tol:.6g}", f"{figure + tol:.6g}"}


def _same_figure(a: Claim, b: Claim) -> bool:
    return (
        a.figure is not None
        and b.figure is not None
        and abs(a.figure - b.figure) <= _TOLERANCE * max(1.0, abs(a.figure))
    )


def _is_range(c: Claim) -> bool:
    """Both ends given: a range, whose figure (its low end) is no point figure's repeat."""
    return c.low is not None and c.high is not None


def _profile(f: Found) -> tuple[object, ...]:
    """Everything ``_compatible`` reads: mentions with one profile are interchangeable, so
    a group checks a newcomer once per distinct profile rather than once per mention."""
    c = f.claim
    return (f.block, c.unit, c.measure, f.head_lemma, c.value, c.low, c.high, c.approx)


def _compatible(a: Found, b: Found) -> bool:
    """Headline and fact-box lines repeat body figures loosely; two body sentences repeat
    a claim only when they count the same thing."""
    if a.block or b.block:
        return True
    if _is_range(a.claim) != _is_range(b.claim):
        return False  # "from 100 to 150 missiles" and "another 100 missiles" are two figures
    if a.claim.vague != b.claim.vague:
        return False  # "kilku mld dol." (several) is no repeat of "blisko dwóch miliardów"
    if a.claim.unit != b.claim.unit and a.head_lemma != b.head_lemma:
        return False
    if a.claim.measure != "other" and b.claim.measure != "other":
        return a.claim.measure == b.claim.measure
    if a.head_lemma is None or b.head_lemma is None:
        # a restatement without a noun ("putting the total at nearly 4,000") repeats a
        # figure only when it is bounded the same way
        x, y = a.claim, b.claim
        same_unit = x.unit == y.unit or x.unit is None or y.unit is None
        return same_unit and (x.value, x.low, x.high, x.approx) == (
            y.value,
            y.low,
            y.high,
            y.approx,
        )
    return a.head_lemma == b.head_lemma


def _fold_vague_headlines(groups: list[list[Found]]) -> list[list[Found]]:
    """ "Millions of shells, dozens of missiles" in a headline restates body figures
    vaguely: such a headline-only vague figure joins the body claim counting the same thing
    (the first body group with its measure or head noun, looked up, not searched)."""
    first_by_measure: dict[str, int] = {}
    first_by_head: dict[str, int] = {}
    for i, g in enumerate(groups):
        if any(not f.block for f in g):
            first_by_measure.setdefault(g[0].claim.measure, i)
            if g[0].head_lemma is not None:
                first_by_head.setdefault(g[0].head_lemma, i)
    out = []
    for g in groups:
        if all(f.block and f.claim.vague for f in g):
            f = g[0]
            hits = []
            if f.claim.measure != "other" and f.claim.measure in first_by_measure:
                hits.append(first_by_measure[f.claim.measure])
            if f.head_lemma is not None and f.head_lemma in first_by_head:
                hits.append(first_by_head[f.head_lemma])
            if hits:
                groups[min(hits)].extend(g)
                continue
        out.append(g)
    return out


class _Group:
    """Mentions merged into one claim, with the distinct profiles they carry."""

    def __init__(self, first: Found) -> None:
        self.found = [first]
        self.profiles = {_profile(first): first}

    def accepts(self, f: Found) -> bool:
        return _same_figure(self.found[0].claim, f.claim) and all(
            _compatible(x, f) for x in self.profiles.values()
        )

    def add(self, f: Found) -> None:
        self.found.append(f)
        self.profiles.setdefault(_profile(f), f)


class Merger:
    """Mentions merged into claims as they are found, so a document's mentions need not be
    held in a list first, with at most ``limit`` claims kept.

    Each mention joins the first earlier group it fits, else starts one. Groups are
    bucketed by figure, so a mention is compared with groups of its own figure only. Once
    ``limit`` groups exist a mention that fits none of them is dropped (``capped`` says it
    happened): reading goes on, so a later repeat of a kept figure still joins its claim,
    but memory stops growing with the number of distinct figures."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = limit
        self.capped = False
        self.groups: list[_Group] = []
        self._by_key: dict[str, list[int]] = {}

    def add(self, f: Found) -> None:
        figure = f.claim.figure
        keys = _bucket_keys(figure) if figure is not None else set()
        near = sorted({i for k in keys for i in self._by_key.get(k, [])})
        target = next((i for i in near if self.groups[i].accepts(f)), None)
        if target is not None:
            self.groups[target].add(f)
            return
        if self.limit is not None and len(self.groups) >= self.limit:
            self.capped = True
            return
        self.groups.append(_Group(f))
        for k in keys:
            bucket = self._by_key.setdefault(k, [])
            if len(bucket) < MAX_GROUPS_PER_FIGURE:
                bucket.append(len(self.groups) - 1)

    def claims(self) -> list[Claim]:
        """One claim per group, in text order (see ``merge_mentions``)."""
        return _claims_of(_fold_vague_headlines([g.found for g in self.groups]))


def merge_mentions(found: list[Found], limit: int | None = None) -> list[Claim]:
    """One claim per figure, its mentions gathered from every place it is repeated: the
    body sentence is its evidence, the first measure and source found fill gaps."""
    merger = Merger(limit)
    for f in found:
        merger.add(f)
    return merger.claims()


def _claims_of(groups: list[list[Found]]) -> list[Claim]:
    claims = []
    for g in groups:
        body = [f for f in g if not f.block]
        best = (body or g)[0]
        claim = best.claim
        if claim.measure == "other":
            claim.measure = next(
                (f.claim.measure for f in g if f.claim.measure != "other"), "other"
            )
        if claim.source is None:
            src = next((f.claim for f in body if f.claim.source), None)
            if src is not None:
                claim.source, claim.via = src.source, src.via
        claim.mentions = sorted({m for f in g for m in f.claim.mentions}, key=lambda m: m.start)
        claims.append(claim)
    return sorted(claims, key=lambda c: c.start)
