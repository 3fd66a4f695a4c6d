"""English source attribution and time, scored end to end (issue 10): ingest with the CLI,
export JSONL, score with ../shared/eval/score.py, and score ``as_of`` at the gold's
precision (``scripts/score_english.py``, which pairs claims as the scorer does).

``english_attribution`` is the set the rules were tuned on; ``english_blind`` was written
and scored before they changed and never tuned on, so its floors are what it reached;
``english_blind2`` likewise for the second round of rules. Both were released for
development on 2026-12-02, when ``english_blind3`` was written as the unseen set;
``english_blind3`` was released in turn (session 7) when ``english_blind4`` was written,
whose floors follow its scoring at the end of that round (its misses never read).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
needs_scorer = pytest.mark.skipif(not SCORER.is_file(), reason="../shared/eval is not present")


def _score_english() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "score_english", ROOT / "scripts" / "score_english.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scored(name: str) -> dict[str, Any]:
    result: dict[str, Any] = _score_english().score(name)
    return result


@needs_scorer
def test_the_attribution_set_meets_the_issue_goal() -> None:
    r = scored("english_attribution")
    a = r["attribute_accuracy"]
    assert r["f1"] >= 0.9 and r["traps_hit"] == 0, r
    assert a["source"] >= 0.85, r
    assert r["as_of"] >= 0.85, r


@needs_scorer
def test_the_blind_set_holds_what_it_reached() -> None:
    """Floors set from the one scoring after the rules changed (never tuned on)."""
    r = scored("english_blind")
    a = r["attribute_accuracy"]
    assert r["f1"] >= 0.9, r
    assert a["source"] >= BLIND_SOURCE, r
    assert r["as_of"] >= BLIND_AS_OF, r


#: english_blind scored once before the rules changed (F1 .943, source .483, as_of .690
#: strict) and once after (F1 .943, source .759, as_of .862, .759 strict); below the
#: issue's 0.85 for source, and held there honestly.
#: Released for development on 2026-12-02 (no longer blind): as_of .879 after that round;
#: source .793 after session 7's (an unnamed spokesperson speaks for the body).
BLIND_SOURCE = 0.78
BLIND_AS_OF = 0.87


@needs_scorer
def test_the_second_blind_set_holds_what_it_reached() -> None:
    """Floors set a little under english_blind2's scoring at the end of the round it was
    written in (never tuned on)."""
    r = scored("english_blind2")
    a = r["attribute_accuracy"]
    assert r["f1"] >= 0.9, r
    assert a["source"] >= BLIND2_SOURCE, r
    assert r["as_of"] >= BLIND2_AS_OF, r


#: english_blind2 was written and committed before the round's rules changed and scored
#: once then (F1 .928, source .690, as_of .793, .638 strict) and once at the end (F1 .928,
#: source .741, as_of .759, .603 strict): below the issue's 0.85 on both, held there
#: honestly. Its as_of fell while every tuned and held-out set's rose; left as scored.
#: Released for development on 2026-12-02 (no longer blind); that round's rules raised it
#: to source .793, as_of .862, and session 7's to source .845, as_of .931; the floors
#: follow a little under.
BLIND2_SOURCE = 0.83
BLIND2_AS_OF = 0.9


@needs_scorer
def test_the_third_blind_set_holds_what_it_reached() -> None:
    """Floors a little under english_blind3's scoring at the end of session 7, the round
    that released it (its misses read and tuned on from then: no longer blind)."""
    r = scored("english_blind3")
    a = r["attribute_accuracy"]
    assert r["f1"] >= 0.9, r
    assert a["source"] >= BLIND3_SOURCE, r
    assert r["as_of"] >= BLIND3_AS_OF, r


#: english_blind3 scored once before the round's rules changed (F1 .951, source .718,
#: as_of .615, .590 strict) and once at its end (F1 .951, source .718, as_of .821, .795
#: strict): under the issue's 0.85 on both. Released for development in session 7 (no
#: longer blind): source .846, as_of .974 (.949 strict) after that round's rules.
BLIND3_SOURCE = 0.82
BLIND3_AS_OF = 0.95


@needs_scorer
def test_the_fourth_blind_set_holds_what_it_reached() -> None:
    """Floors a little under english_blind4's scoring at the end of the round it was
    written in (never tuned on, its misses never read)."""
    r = scored("english_blind4")
    a = r["attribute_accuracy"]
    assert r["f1"] >= 0.95, r
    assert a["source"] >= BLIND4_SOURCE, r
    assert r["as_of"] >= BLIND4_AS_OF, r


#: english_blind4 was written and committed before session 7's rules changed and scored
#: once then (F1 .979, source .761, as_of .587, .543 strict) and once at the end (F1 .979,
#: source .848, as_of .761, .717 strict): under the issue's 0.85 on both, held a little
#: under the second scoring.
BLIND4_SOURCE = 0.82
BLIND4_AS_OF = 0.74
