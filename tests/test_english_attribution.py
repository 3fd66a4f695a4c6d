"""English source attribution and time, scored end to end (issue 10): ingest with the CLI,
export JSONL, score with ../shared/eval/score.py, and score ``as_of`` at the gold's
precision (``scripts/score_english.py``, which pairs claims as the scorer does).

``english_attribution`` is the set the rules were tuned on; ``english_blind`` was written
and scored before they changed and never tuned on, so its floors are what it reached;
``english_blind2`` likewise for the second round of rules. Both were released for
development on 2026-12-02, when ``english_blind3`` was written as the unseen set;
``english_blind3`` was released in turn (session 7) when ``english_blind4`` was written,
and ``english_blind4`` in session 8, when ``english_blind5`` was written by a helper who
does not tune the rules. ``english_blind5`` was scored once held out (F1 .966, source
.786, as_of .857) and released in session 9, when ``english_blind6`` was written as the
unseen set; ``english_blind6`` was scored once held out (F1 .970, source .918, as_of .735)
and released in session 10, when ``english_blind7`` and ``english_blind8`` were written as
the unseen sets (only the coordinator scores them: ``scripts/score_english.py --held-out``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from claimtrack.clean import clean
from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, SourceDocument, content_hash

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
#:
#: Session 9 (english_blind5 released; F1 unchanged everywhere): a lawmaker relays the
#: briefing a body gave, "X data compiled by outlet Y" are X's, "its analysts" speak for
#: the body "it" means, a pledge is the pledger's, "That was up from ..." keeps the source
#: before it, a note list the cleaner removed still names the sources, a cap someone set
#: is background: english_blind source .862; english_blind2 .948, as_of .966;
#: english_blind3 .923; english_blind5 source 1.0, as_of .976. Its second round (who
#: raises or gives an estimate, "the NIS estimate", a participle of saying, a title
#: before a name, a count as a subject): english_blind .879, english_blind2 .983.
#: Session 10 (english_blind6 released; time, issue 10): a year-less dateline's year from its
#: weekday, spans at their end, clauses about another noun or figure, plans, comparisons:
#: as_of english_blind .931, english_blind3 1.0 (floor one claim below), english_blind6 .959
#: (its source floor is what it reached when released, .918).
#: Session 11 (english_blind7 and english_blind8 released; source, issue 10): a document is
#: its maker's word, an outlet quoting or citing someone is via, a fronted place is no
#: speaker, "we" in a quote is the one quoted, a relayer goes on relaying, a name is typed
#: by how the document introduces it, a body's own page is its own voice: english_blind7
#: source .800 -> .982, english_blind8 .698 -> .887 (floors a claim or two below).
#: Session 12 released english_blind9 (F1 .982, source .875, as_of .929 when released) and
#: english_blind10 (.912, .947, .860), scored held out at session 11's start and end; the
#: floors sit a claim or two below what they reached held out.
#: Session 13 released english_blind11 (F1 .972, source .750, as_of .808 at session 12's end).
#: Session 14 released english_blind12 (F1 .923, source .852, as_of .630 at session 13's end).
#: Session 15 released english_blind13 (F1 .965, source .673, as_of .709 at session 14's end).
#: Session 17 released english_blind14 (F1 .929, source .729, as_of .780 scored held out at
#: session 17's end, written by a helper that session).
#: Session 18 released english_blind15 (F1 .969, source .787, as_of .851 scored held out in
#: session 18, written by a helper that session).
#: Session 19 released english_blind16 (F1 .968, source .778, as_of .889 scored held out in
#: session 19, written by a helper that session) and english_blind17 (F1 .956, source
#: .814, as_of .814 scored held out at session 19's end, written after its rules landed).
#: Session 20 released english_blind18 (F1 .941, source .708, as_of .917 scored held out at
#: session 20's end, written by a helper that session). Session 21 released english_blind19
#: (F1 .902, source .652, as_of .957 scored held out at session 21's end, same way).
#: Session 22 released english_blind20 (F1 .925, source .633, as_of .449, same way).
#: Session 23 released english_blind21 (F1 .955, source .585, as_of .774, same way).
#: Session 24 released english_blind22 (F1 .891, source .449, as_of .653, same way).
#: Session 28 released english_blind24 (F1 .944, source .588, as_of .412, scored held out at
#: session 27's start and end alike).
#: Session 29 released english_blind25 (F1 .976, source 1.0, as_of .600, scored held out at
#: session 28's start and end alike).
#: Session 30 released english_blind26 (F1 .920, source .609, as_of .609, scored held out at
#: session 29's start and end alike).
#: Session 31 released english_blind27 (F1 .979, source .696, as_of .000, scored held out at
#: session 30's start and end alike; its as_of was .000 because a published line below a
#: nine-line header went unread, .609 once the stamped line is read).
#: Session 32 released english_blind28 (F1 .958, source .565, as_of .609, scored held out at
#: session 31's start and end alike).
#: Session 33 released english_blind29 (F1 .979, source .565, as_of .739, scored held out at
#: session 32's start and end alike).
#: Session 34 released english_blind30 (F1 1.000, source .917, as_of .750, scored held out at
#: session 33's start and end alike).
#: Session 35 released english_blind31 (F1 .913, source .857, as_of .571, scored held out at
#: session 34's start and end alike).
#: Session 36 released english_blind32 (F1 .936, source .591, as_of .773, scored held out at
#: session 35's start and end).
#: Session 37 released english_blind33 (F1 .894, source .762, as_of .524, scored held out at
#: session 36's start and end alike).
#: Session 38 released english_blind34 (F1 .682, source .800, as_of .667, scored held out at
#: session 37's start and end alike).
#: Session 39 released english_blind35 (F1 .864, source .789, as_of .684, scored held out at
#: session 38's start and end alike).
#: Session 40 released english_blind36 (F1 1.000, source .450, as_of .450, scored held out at
#: session 39's start (F1 .974) and end).
#: Session 41 released english_blind37 (F1 .977, source .476, as_of .571, scored held out at
#: session 40's start and end alike).
#: Session 42 released english_blind38 (F1 .955, source .619, as_of .048, scored held out at
#: session 41's start and end; as_of .714 after 991b4bc read its day-first slashed date,
#: a rule made from its writer's report, so not a held-out figure).
#: Session 43 released english_blind39 (F1 .958, source .478, as_of .304, scored held out at
#: session 42's start and end alike).
#: Session 44 released english_blind40 (F1 .933, source .857, as_of .810, scored held out at
#: session 43's start and end alike).
#: Session 45 released english_blind41 (F1 .957, source .409, as_of .591, scored held out at
#: session 44's start and end alike).
#: Session 46 released english_blind42 (F1 .955, source .762, as_of .238, scored held out at
#: session 45's start and end alike); its as_of floor is .8 since session 46 read its weekday
#: section headings (.857).
#: Session 47 released english_blind43 (F1 .905, source .579, as_of .737, scored held out at
#: session 46's start and end alike).
#: Session 48 released english_blind44 (F1 1.0, source .524, as_of .381, scored held out at
#: session 47's start and end alike).
#: Session 49 released english_blind45 (F1 .917, source .318, as_of .773, scored held out at
#: session 48's start and end alike).
#: english_blind22's as_of floor is .6 since session 39 found one more of its claims ("12.6m
#: artillery rounds"), whose time is not read: .63 over 49 matched claims, .62 over 50.
FLOORS = [
    ("english_blind", 0.9, 0.86, 0.93),
    ("english_blind2", 0.9, 0.95, 0.95),
    ("english_blind3", 0.9, 0.9, 0.97),
    ("english_blind4", 0.95, 0.97, 0.95),
    ("english_blind5", 0.95, 0.95, 0.95),
    ("english_blind6", 0.95, 0.91, 0.95),
    ("english_blind7", 0.9, 0.95, 0.78),
    ("english_blind8", 0.95, 0.85, 0.78),
    ("english_blind9", 0.95, 0.85, 0.9),
    ("english_blind10", 0.9, 0.92, 0.83),
    ("english_blind11", 0.95, 0.72, 0.78),
    ("english_blind12", 0.9, 0.82, 0.6),
    ("english_blind13", 0.93, 0.63, 0.67),
    ("english_blind14", 0.9, 0.69, 0.74),
    ("english_blind15", 0.94, 0.74, 0.8),
    ("english_blind16", 0.94, 0.74, 0.85),
    ("english_blind17", 0.93, 0.77, 0.77),
    ("english_blind18", 0.92, 0.68, 0.89),
    ("english_blind19", 0.88, 0.62, 0.93),
    ("english_blind20", 0.9, 0.6, 0.42),
    ("english_blind21", 0.93, 0.55, 0.74),
    ("english_blind22", 0.87, 0.64, 0.6),
    ("english_blind24", 0.92, 0.55, 0.4),
    ("english_blind25", 0.95, 0.95, 0.55),
    ("english_blind26", 0.9, 0.55, 0.55),
    ("english_blind27", 0.95, 0.65, 0.55),
    ("english_blind28", 0.93, 0.52, 0.55),
    ("english_blind29", 0.95, 0.52, 0.65),
    ("english_blind30", 0.95, 0.85, 0.65),
    ("english_blind31", 0.9, 0.8, 0.5),
    ("english_blind32", 0.9, 0.55, 0.7),
    ("english_blind33", 0.85, 0.7, 0.45),
    ("english_blind34", 0.65, 0.75, 0.6),
    ("english_blind35", 0.8, 0.7, 0.6),
    ("english_blind36", 0.9, 0.4, 0.4),
    ("english_blind37", 0.9, 0.4, 0.5),
    ("english_blind38", 0.9, 0.55, 0.6),
    ("english_blind39", 0.9, 0.4, 0.25),
    ("english_blind40", 0.9, 0.8, 0.75),
    ("english_blind41", 0.9, 0.35, 0.5),
    ("english_blind42", 0.9, 0.7, 0.8),
    ("english_blind43", 0.9, 0.5, 0.7),
    ("english_blind44", 0.9, 0.45, 0.3),
    ("english_blind45", 0.9, 0.25, 0.7),
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


# -- session 9's rules, each on sentences written for these tests (issue 10) -------------

EX = Extractor(load_pack("dprk-russia"))
PUBLISHED = "2026-11-12"  # a Thursday


def claim_of(text: str, figure: float, published: str = PUBLISHED) -> Claim:
    doc = CleanDocument("t", text, content_hash(text), published=published)
    (c,) = [c for c in EX.extract(doc) if c.figure == figure]
    return c


BRIEFED = (
    "Lithuania's State Security Department told a parliamentary committee on Tuesday that "
    "about 900 Belarusian conscripts had crossed the border.\n\n"
    "Some 140 of them have deserted, legislator Rasa Vaitkute told journalists afterwards.\n"
)


def test_a_lawmaker_after_a_briefing_relays_the_body_that_briefed() -> None:
    c = claim_of(BRIEFED, 140)
    assert "State Security Department" in (c.source or ""), c
    assert any("Vaitkute" in v for v in c.via), c


def test_a_lawmaker_with_no_briefing_before_speaks_for_herself() -> None:
    text = "Some 140 conscripts have deserted, legislator Rasa Vaitkute told journalists.\n"
    assert "Vaitkute" in (claim_of(text, 140).source or "")


def test_data_compiled_by_an_outlet_are_their_owners() -> None:
    text = (
        "About 6,200 lorries crossed into Moldova last month, according to customs office "
        "data compiled by the weekly Graniteville Ledger.\n"
    )
    c = claim_of(text, 6200)
    assert "customs office" in (c.source or ""), c
    assert any("Ledger" in v for v in c.via), c


def test_its_analysts_are_the_body_it_means() -> None:
    text = (
        "Roughly 410 drones were launched in October, according to a count by the Harwick "
        "Monitoring Group, a Vienna charity. Its researchers estimate that 35 of them "
        "reached their targets.\n"
    )
    assert "Harwick Monitoring Group" in (claim_of(text, 35).source or "")


def test_a_count_in_one_clause_is_its_counter_not_the_next_clause_speaker() -> None:
    text = (
        "Polish border guards have counted dozens of burned-out lorries at the crossing, "
        "and the Harwick Group believes 90 more were abandoned in 2025.\n"
    )
    doc = CleanDocument("t", text, content_hash(text), published=PUBLISHED)
    dozens = next(c for c in EX.extract(doc) if c.vague)
    assert "border guards" in (dozens.source or ""), dozens
    assert dozens.as_of is None, dozens  # 2025 dates the other clause's 90


def test_a_pledge_is_the_pledger_s_and_is_not_carried_on() -> None:
    text = (
        "The Tarn Valley Water Board has promised 1,200 new meters this winter; "
        "residents want 3,000.\n"
    )
    assert "Water Board" in (claim_of(text, 1200).source or "")
    assert claim_of(text, 3000).source is None


def test_a_comparison_opening_a_paragraph_keeps_the_source_before_it() -> None:
    text = (
        "Some 5,300 people slept in shelters last week, according to figures from the "
        "Norwood City Housing Office.\n\n"
        "That was up from 4,100 in the same week of 2024.\n"
    )
    assert "Housing Office" in (claim_of(text, 4100).source or "")


def test_it_means_the_body_the_sentence_before_names() -> None:
    text = (
        "Some 5,300 people slept in shelters last week, according to the Norwood Tenants "
        "Union. The Norwood City Housing Office disputes the count. In a letter to "
        "councillors, it put the number at about 3,900.\n"
    )
    assert "Housing Office" in (claim_of(text, 3900).source or "")


def test_an_acronym_the_pack_name_ends_with_is_written_once() -> None:
    text = "Russia has fired 60 missiles this week, according to Ukraine's spy agency, HUR.\n"
    source = claim_of(text, 60).source or ""
    assert source.count("(HUR)") <= 1, source


def test_a_time_after_another_clause_figure_is_that_figure_s() -> None:
    text = (
        "The agency said 8,000 workers were still on site, most of them in the north, "
        "and that another 600 had arrived in August.\n"
    )
    assert claim_of(text, 8000).as_of is None
    assert claim_of(text, 600).as_of == "2026-08"


def test_since_the_start_of_a_month_is_an_open_interval() -> None:
    text = "Border guards have detained 75 people since the start of September, they said.\n"
    assert claim_of(text, 75).as_of in (None, "2026-09/..")


def test_a_quarter_named_by_its_last_month() -> None:
    text = "Economists expect output to fall by 0.4 per cent in the December quarter.\n"
    assert claim_of(text, 0.4).as_of == "2026-Q4"


def test_a_cap_someone_set_is_background_with_no_source_or_time() -> None:
    text = (
        "The monitors said Belarus imported 2.4 million tonnes of potash between May and "
        "October 2025, far above the annual quota of 900,000 tonnes set by the customs union.\n"
    )
    cap = claim_of(text, 900000)
    assert cap.source is None and cap.as_of is None, cap
    assert claim_of(text, 2400000).source is not None


def test_a_note_list_the_cleaner_takes_out_still_names_the_sources() -> None:
    text = (
        "Fishing catches\n\n"
        "The fleet landed about 73,000 tonnes of cod in 2024.[1] Prices rose.\n\n"
        "Notes\n"
        "[1] Coastal Fisheries Directorate, annual landings report, 3 March 2025.\n"
        "[2] Authors' calculation from port records.\n"
    )
    doc = clean(SourceDocument(doc_id="n", content=text, published="2025-04-01"))
    (c,) = [c for c in EX.extract(doc) if c.figure == 73000]
    assert c.source == "Coastal Fisheries Directorate", c


def test_a_speaker_named_in_apposition_to_a_count_is_that_person() -> None:
    text = (
        "One of the miners, a welder who gave only his first name, Tomas, said his shift "
        "of about 40 men had worked 16 hours a day.\n"
    )
    assert claim_of(text, 40).source == "Tomas"


def test_a_lawmaker_described_after_her_name_relays_the_briefing() -> None:
    text = (
        "Lithuania's State Security Department told legislators on Tuesday that about 900 "
        "conscripts had crossed the border.\n\n"
        "They joined some 300 reservists already in the camps, Rasa Vaitkute, a member of "
        "parliament's security committee, told journalists after the briefing.\n"
    )
    c = claim_of(text, 300)
    assert "State Security Department" in (c.source or ""), c
    assert "Rasa Vaitkute" in c.via, c


def test_a_count_owned_by_a_name_is_that_owner_s() -> None:
    text = "The Baltic Drone Watch's tally of wrecks recovered in Latvia reached 57 by May.\n"
    assert claim_of(text, 57).source == "The Baltic Drone Watch"


def test_a_speaker_of_a_later_clause_does_not_give_the_figure() -> None:
    text = "Latvia's economy grew 1.8% last year, but farmers complained of low prices.\n"
    assert claim_of(text, 1.8).source is None


def test_a_body_that_raises_its_estimate_gives_the_figure() -> None:
    text = (
        "The ceremony came as Estonia's security police raised its estimate of Russian "
        "agents in the country to about 150.\n"
    )
    assert claim_of(text, 150).source == "Estonia's security police"


def test_an_estimate_named_with_its_owner_is_the_owner_s() -> None:
    text = "By March the KAPO estimate had risen to 180 agents.\n"
    assert claim_of(text, 180).source == "KAPO"


def test_a_participle_of_saying_speaks_with_its_clause_s_subject() -> None:
    text = (
        "Latvia's state media made no mention of the strike on Monday, instead reporting "
        "that the president had urged farmers to raise output by 12 percent.\n"
    )
    assert claim_of(text, 12).source == "Latvia's state media"


def test_a_dateline_without_a_year_takes_the_header_s_year() -> None:
    text = (
        "Baltic Security Digest\n\nDecember 2025\n\n"
        "RIGA, Dec. 1 (Baltic Wire) -- About 300 conscripts crossed the border on Sunday, "
        "the border guard said.\n"
    )
    doc = clean(SourceDocument(doc_id="d", content=text))
    assert doc.published == "2025-12-01"
    (c,) = [c for c in EX.extract(doc) if c.figure == 300]
    assert c.as_of == "2025-11-30", c


def test_a_title_before_a_name_is_not_the_source_the_name_is() -> None:
    text = "Chief of the Defence Staff Andris Kalnins said losses exceeded 4,000 troops.\n"
    assert claim_of(text, 4000).source == "Andris Kalnins"


def test_a_year_earlier_after_a_comma_dates_a_comparison_not_the_figure() -> None:
    text = (
        "A spokesman said the mill employed 640 people, slightly more than a year earlier, "
        "and that output reached 90,000 tonnes last year.\n"
    )
    assert claim_of(text, 640).as_of is None
    assert claim_of(text, 90000).as_of == "2025"


# -- session 10: when a figure holds (issue 10) ---------------------------------------------


def test_a_clause_set_aside_about_another_noun_does_not_date_the_figure() -> None:
    text = (
        "The Tallinn Ferry Line, which carried 2,000 cars in 2019, runs 14 boats.\n\n"
        "The levy, introduced in 2021, funds 300 patrols.\n"
    )
    assert claim_of(text, 14).as_of is None
    assert claim_of(text, 2000).as_of == "2019"  # the clause's own figure keeps it
    assert claim_of(text, 300).as_of is None


def test_a_clause_that_restricts_or_names_the_speaker_still_dates_the_figure() -> None:
    text = (
        "Photos taken last Saturday show roughly 400 trucks at the depot.\n\n"
        "A border official, interviewed in February, said 250 guards had left.\n"
    )
    assert claim_of(text, 400).as_of == "2026-11-07"
    assert claim_of(text, 250).as_of == "2026-02"


def test_a_count_since_an_event_in_a_long_clause_holds_when_it_was_made() -> None:
    text = (
        "About 9,000 families have left the valley since the drought that hit the three "
        "northern provinces began in late 2023, the agency said.\n"
    )
    assert claim_of(text, 9000).as_of == "2023/.."


def test_a_clause_with_a_figure_of_its_own_keeps_its_time() -> None:
    text = "The shelter now houses 60 dogs after 25 more were brought in this week, staff said.\n"
    assert claim_of(text, 60).as_of is None  # the report's day: the week is the 25's
    assert claim_of(text, 25).as_of == "2026-11"


# -- session 28's rules, each on sentences written for these tests (issue 9) --------------


def test_the_same_agency_means_the_agency_named_before() -> None:
    text = (
        "Lithuania's customs service said 4,100 lorries were turned back in October. "
        "The same agency says some 600 of them carried cigarettes.\n"
    )
    doc = CleanDocument("t", text, content_hash(text), published=PUBLISHED)
    found = {c.figure: c for c in EX.extract(doc)}
    assert "customs service" in (found[600].source or "")


def test_a_person_named_as_a_subject_is_whom_she_said_means() -> None:
    text = (
        "Mayor Ilse Brandt said the city had cleared 300 drains.\n\n"
        "Ruta Kalnina, who chairs the opposition group, was less convinced. "
        '"The crews I spoke to have cleared about 120 drains," she said.\n'
    )
    doc = CleanDocument("t", text, content_hash(text), published=PUBLISHED)
    found = {c.figure: c for c in EX.extract(doc)}
    assert found[120].source == "Ruta Kalnina"


# -- session 42: accented names, and a pronoun after a spokesperson -----------------------


def test_a_name_with_accents_is_a_person_a_pronoun_may_mean() -> None:
    text = (
        "Some 30,000 containers have crossed the border, spokeswoman Dana Whitcombe said.\n\n"
        "Dr Ines Várkonyi, who tracks ammunition at the Linz Institute, told DanuLink News "
        "that the new numbers matched her own.\n\n"
        '"Korean shells are still about 35 per cent of what Russian guns fire," she said.\n'
    )
    c = claim_of(text, 35)
    assert "Várkonyi" in (c.source or ""), c


def test_a_pronoun_after_a_spokesperson_keeps_the_body() -> None:
    text = (
        "Some 30,000 containers have crossed the border, State Department spokeswoman "
        "Dana Whitcombe told a briefing on Tuesday. The arrangement earns Pyongyang about "
        "$1.5bn a year, she said.\n"
    )
    c = claim_of(text, 1.5e9)
    assert "State Department" in (c.source or ""), c


def test_a_body_named_by_its_noun_is_the_body_the_text_named_with_it() -> None:
    """ "The council has pledged …" after "Harlow District Council" was named (not as a
    source): the council, not the latest source of another kind ("the firm")."""
    text = (
        "The warehouse stock fetched £2.1m at Gedge & Pell's sale, the firm said. The money "
        "matters to Harlow District Council, which runs a deficit.\n\n"
        "The council has pledged up to £300,000 of the proceeds to a youth fund.\n"
    )
    assert claim_of(text, 300000).source == "Harlow District Council"


def test_a_watchdog_that_said_it_logged_a_count_is_its_source_not_a_paper_before() -> None:
    """ "One consultant told the Calderbrook Courier …" makes the paper no relayer of a
    person's: "Healthwatch Calderbrook … said it had logged 436" is Healthwatch's own."""
    text = (
        "One consultant told the Calderbrook Courier that her ward had run out of forms.\n\n"
        "Healthwatch Calderbrook, the local patients' watchdog, said it had logged 436 "
        "complaints since mid-October.\n"
    )
    c = claim_of(text, 436)
    assert (c.source, c.via) == ("Healthwatch Calderbrook", [])


def test_a_company_spokesperson_speaks_for_the_company_but_a_ministrys_for_no_country() -> None:
    text = (
        'Orrion, for its part, insists the software is sound. "Some 98.7 percent of records '
        'migrated cleanly," a company spokesperson said.\n'
    )
    assert claim_of(text, 98.7).source == "Orrion"
    text = (
        "Poland confirmed 87 outbreaks in 2025, according to the veterinary office.\n\n"
        "The agriculture ministry has set aside 350 million zlotys for the payments, a ministry "
        "spokesman told reporters.\n"
    )
    assert "ministry" in (claim_of(text, 350e6).source or "")


def test_she_after_a_titled_person_with_a_double_barrelled_name_is_that_person() -> None:
    text = (
        "The report is signed by the trust's chief information officer, Dev Malhotra, who "
        "put the backlog at 1,940.\n\n"
        "Finance director Helen Ashworth-Bly tells the board that the launch has cost £3.2m, "
        "and she expects the bill to reach £6m by March.\n"
    )
    assert "Helen Ashworth-Bly" in (claim_of(text, 6e6).source or "")


def test_a_subject_that_shows_up_says_nothing_and_a_document_never_means_it() -> None:
    """ "The disruption shows up elsewhere too": "show up" reports nothing, and "the same
    document says" after it does not mean "the disruption"."""
    text = (
        "The disruption shows up elsewhere too. Since go-live the hospitals have cancelled "
        "more than 12,000 appointments, the same document says.\n"
    )
    assert claim_of(text, 12000).source != "The disruption"
    spreads = text.replace("shows up", "spreads")
    assert claim_of(spreads, 12000).source != "The disruption"
