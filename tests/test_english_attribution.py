"""English source attribution and time, scored end to end (issue 10): ingest with the CLI,
export JSONL, score with ../shared/eval/score.py, and score ``as_of`` at the gold's
precision (``scripts/score_english.py``, which pairs claims as the scorer does).

``english_attribution`` is the set the rules were tuned on; ``english_blind`` was written
and scored before they changed and never tuned on, so its floors are what it reached;
``english_blind2`` likewise for the second round of rules. Both were released for
development on 2026-12-02, when ``english_blind3`` was written as the unseen set;
``english_blind3`` was released in turn (session 7) when ``english_blind4`` was written,
and ``english_blind4`` in session 8, when ``english_blind5`` was written by a helper who
does not tune the rules. ``english_blind5`` is held out: only the coordinator scores it
(``scripts/score_english.py --held-out``), and its floor is added after that scoring.
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


#: Floors per held-out set: (set, F1, source, as_of), each a little under a scoring.
#:
#: english_blind scored once before the rules changed (F1 .943, source .483, as_of .690
#: strict) and once after (F1 .943, source .759, as_of .862, .759 strict); below the
#: issue's 0.85 for source, and held there honestly. Released for development on
#: 2026-12-02 (no longer blind): as_of .879 after that round; source .793 after session
#: 7's (an unnamed spokesperson speaks for the body).
#:
#: english_blind2 was written and committed before the round's rules changed and scored
#: once then (F1 .928, source .690, as_of .793, .638 strict) and once at the end (F1 .928,
#: source .741, as_of .759, .603 strict): below the issue's 0.85 on both, held there
#: honestly. Its as_of fell while every tuned and held-out set's rose; left as scored.
#: Released for development on 2026-12-02 (no longer blind); that round's rules raised it
#: to source .793, as_of .862, and session 7's to source .845, as_of .931.
#:
#: english_blind3 scored once before the round's rules changed (F1 .951, source .718,
#: as_of .615, .590 strict) and once at its end (F1 .951, source .718, as_of .821, .795
#: strict): under the issue's 0.85 on both. Released for development in session 7 (no
#: longer blind): source .846, as_of .974 (.949 strict) after that round's rules.
#:
#: english_blind4 was written and committed before session 7's rules changed and scored
#: once then (F1 .979, source .761, as_of .587, .543 strict) and once at the end (F1 .979,
#: source .848, as_of .761, .717 strict): under the issue's 0.85 on both; not tuned on
#: in that round. Released for development in session 8 (its misses read and tuned on,
#: so no longer blind).
#:
#: Session 8 settled two gold conventions by their READMEs and shared/eval/SCHEMA.md: a
#: named spokesman's figures are the body's he speaks for (english_blind3, 2 rows), and a
#: note's own "we" is null, the document asserting the figure itself (english_blind2, 3
#: rows; english_blind4, 5 rows). With the session's rules (F1 unchanged everywhere):
#: english_blind source .810, as_of .879; english_blind2 .862, .931; english_blind3
#: .872, .974; english_blind4 1.0, .935. The second round (a part opening its sentence,
#: "Of those, 1,900", holds at its whole's time) took english_blind4's as_of to .957.
FLOORS = [
    ("english_blind", 0.9, 0.8, 0.87),
    ("english_blind2", 0.9, 0.85, 0.92),
    ("english_blind3", 0.9, 0.86, 0.95),
    ("english_blind4", 0.95, 0.97, 0.95),
]


@needs_scorer
@pytest.mark.parametrize(("name", "f1", "source", "as_of"), FLOORS)
def test_a_held_out_set_holds_what_it_reached(
    name: str, f1: float, source: float, as_of: float
) -> None:
    r = scored(name)
    assert r["f1"] >= f1, r
    assert r["attribute_accuracy"]["source"] >= source, r
    assert r["as_of"] >= as_of, r
