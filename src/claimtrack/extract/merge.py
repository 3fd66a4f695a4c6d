"""One claim per figure per document: a headline, body and fact box repeating a figure
are one claim with several mentions, and the body sentence is its evidence."""

from __future__ import annotations

from dataclasses import dataclass

from claimtrack.records import Claim


@dataclass
class Found:
    """A claim as read from one mention, before repeats are merged."""

    claim: Claim
    block: bool  # found in a headline or fact-box line
    head_lemma: str | None


def _same_figure(a: Claim, b: Claim) -> bool:
    return (
        a.figure is not None
        and b.figure is not None
        and abs(a.figure - b.figure) <= 1e-9 * max(1.0, abs(a.figure))
    )


def _compatible(a: Found, b: Found) -> bool:
    """Headline and fact-box lines repeat body figures loosely; two body sentences repeat
    a claim only when they count the same thing."""
    if a.block or b.block:
        return True
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
    vaguely: such a headline-only vague figure joins the body claim counting the same thing."""
    body = [g for g in groups if any(not f.block for f in g)]
    out = []
    for g in groups:
        if all(f.block and f.claim.vague for f in g):
            f = g[0]
            target = next(
                (
                    b
                    for b in body
                    if (f.claim.measure != "other" and b[0].claim.measure == f.claim.measure)
                    or (f.head_lemma is not None and b[0].head_lemma == f.head_lemma)
                ),
                None,
            )
            if target is not None:
                target.extend(g)
                continue
        out.append(g)
    return out


def merge_mentions(found: list[Found]) -> list[Claim]:
    groups: list[list[Found]] = []
    for f in found:
        for g in groups:
            if _same_figure(g[0].claim, f.claim) and all(_compatible(x, f) for x in g):
                g.append(f)
                break
        else:
            groups.append([f])
    groups = _fold_vague_headlines(groups)
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
