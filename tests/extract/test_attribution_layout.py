"""English source attribution and time by kind of error (issue 10): transcript speaker
labels, first-person figures, role titles that refer back to a named person, tables with a
source column and dated columns, parenthetical and possessive attributions, outlets and
posters as sources, and background figures in the writer's own voice. Every sentence was
written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.extract import Extractor
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.roles import RoleReader
from claimtrack.extract.tables import TableCells, TableReader
from claimtrack.extract.timex import TimeReader
from claimtrack.extract.turns import TurnReader
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash

EX = Extractor(load_pack("dprk-russia"))
LEX = load_lexicon("en")
PUBLISHED = "2025-03-14"  # a Friday


def claims(text: str, published: str = PUBLISHED) -> list[Claim]:
    return EX.extract(CleanDocument("a", text, content_hash(text), published=published))


def claim_of(text: str, figure: float, published: str = PUBLISHED) -> Claim:
    (c,) = [c for c in claims(text, published) if c.figure == figure]
    return c


# -- 1. transcripts: a speaker label owns the turn; "Q" is never a source ----------------

HEARING = """Hearing of the Foreign Affairs Committee

Witness: Ambassador Ruth Okonjo, Special Envoy for Korea

REP. DANVERS: Reports in Seoul say 9,000 North Korean labourers reached Russia last year. Is that what you see?

AMB. OKONJO: Our count is higher. About 13,500 arrived in 2024, and another 2,000 this year.

Q: What about the ammunition?

AMB. OKONJO: I'd say the figure is more than 7 million shells.
"""


def test_a_speaker_label_owns_the_figures_of_its_turn() -> None:
    assert claim_of(HEARING, 13500).source == "Ruth Okonjo"
    assert claim_of(HEARING, 2000).source == "Ruth Okonjo"
    assert claim_of(HEARING, 7000000).source == "Ruth Okonjo"


def test_an_attribution_inside_a_turn_still_wins() -> None:
    assert claim_of(HEARING, 9000).source == "Reports in Seoul"


def test_an_askers_turn_names_no_source_of_its_own() -> None:
    text = HEARING.replace("Q: What about the ammunition?", "Q: Is it true 400 guns went too?")
    assert claim_of(text, 400).source is None


def test_labels_that_are_not_speakers_make_no_transcript() -> None:
    text = "UPDATE: Officials counted 300 boats.\n\nNOTE: The port holds 1,200 cranes.\n"
    assert TurnReader(LEX).turns(text) == {}


# -- 2. first person: "we", "our", "I'd say" are the speaker -----------------------------


def test_first_person_in_a_turn_is_the_speaker_not_the_last_source() -> None:
    text = (
        "DR. HALE: Ukraine's defence ministry says 60 missiles were fired.\n\n"
        "GEN. MORROW: We believe about 45 of them were North Korean.\n\n"
        "DR. HALE: Thank you, general. Dr. Anna Hale chairs the panel; Gen. Luis Morrow "
        "commands the task force.\n"
    )
    assert claim_of(text, 60).source == "Ukraine's defence ministry"
    assert claim_of(text, 45).source == "Luis Morrow"


# -- 3. a role title refers back to the person named with it ------------------------------


def test_a_role_title_is_the_person_named_earlier() -> None:
    text = (
        "The chief of Lithuania's military intelligence, Col. Rasa Venclova, spoke in Vilnius "
        "on Tuesday. The intelligence chief said Russia had received about 600 North Korean "
        "howitzers since 2023."
    )
    assert claim_of(text, 600).source == "Rasa Venclova"


def test_a_role_resolves_to_the_person_with_that_role() -> None:
    people = RoleReader(LEX).people(
        "Defence Minister Pavel Dorin said little. The army's commander, Gen. Ilya Brandt, "
        "said more."
    )
    assert people.resolve("the minister", 10_000) == "Pavel Dorin"
    assert people.resolve("the general", 10_000) == "Ilya Brandt"
    assert people.resolve("the ministry", 10_000) is None  # no role noun


def test_a_described_speaker_is_given_by_name() -> None:
    text = "A Latvian weekly, Rigas Balss, reported that 1,700 people had signed the petition."
    assert claim_of(text, 1700).source == "Rigas Balss"


# -- 4. tables: the row's source cell, the column's date ----------------------------------

TABLE = """Estimates compared

Measure | Jun 2024 | Jan 2025 | Source
Shells delivered | 2 million | 4 million | MoD Ukraine
Guns delivered | 90 | 160 | Kyiv Independent count

The table is ours.
"""


def test_a_table_row_gives_its_figures_the_source_cell() -> None:
    assert claim_of(TABLE, 4000000).source == "MoD Ukraine"
    assert claim_of(TABLE, 160).source == "Kyiv Independent count"


def test_a_table_column_header_dates_its_figures() -> None:
    assert claim_of(TABLE, 2000000).as_of == "2024-06"
    assert claim_of(TABLE, 4000000).as_of == "2025-01"


def test_a_table_without_a_source_header_uses_a_last_column_of_names() -> None:
    text = (
        "Item | 2024 | 2025 | Who\nTroops deployed | 11,000 | 14,000 | NIS\nShips | 12 | 30 | JCS\n"
    )
    time = TimeReader(LEX)
    cells = TableCells(TableReader(LEX).cells(text, lambda h: time.as_of(h, 0, PUBLISHED)))
    at = text.index("14,000")
    cell = cells.at(at)
    assert cell is not None and cell.source == "NIS" and cell.as_of == "2025"
    assert cells.at(text.index("Troops")) is None


# -- 5. parenthetical, possessive and outlet attributions ---------------------------------


def test_a_parenthetical_estimate_names_the_source() -> None:
    text = "Moscow has received some 3.1 million rounds (Estonian est.) since the spring."
    assert claim_of(text, 3100000).source == "Estonian est."


def test_by_someones_count_is_the_source() -> None:
    text = "By the Baltic Defence College's count, about 900 North Korean gunners are in Kursk."
    assert claim_of(text, 900).source == "Baltic Defence College"


def test_a_forum_poster_named_by_called_is_the_source() -> None:
    text = "A reader called marsh_harrier wrote that 45 lorries queued at the border."
    assert claim_of(text, 45).source == "marsh_harrier"


# -- 6. debris: counts of people and audiences are no sources -----------------------------


def test_a_count_of_people_is_no_source() -> None:
    text = "One of them said 70 North Korean soldiers had surrendered near Sudzha."
    assert claim_of(text, 70).source != "One of them"


def test_the_audience_is_no_intermediary() -> None:
    text = "Seoul's spy agency told reporters that 2,500 North Korean workers had arrived."
    c = claim_of(text, 2500)
    assert c.source is not None and "reporters" not in c.via


# -- time ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "as_of"),
    [
        ("The port loaded 400 containers on Tuesday.", 400, "2025-03-11"),
        ("The plan, launched in 2019, now covers 8,000 workers.", 8000, None),
        ("The firm posted a third-quarter loss of $40 million.", 40000000, "2024-Q3"),
        ("About 5,000 shells had arrived by the end of last year.", 5000, "2024-12"),
        ("Turnout was 61% two years ago.", 61, "2023-03"),
        ("Some 2,000 troops have rotated through since late 2024.", 2000, "2024/.."),
    ],
)
def test_time_phrases(sentence: str, figure: float, as_of: str | None) -> None:
    assert claim_of(sentence, figure).as_of == as_of


def test_a_quotation_of_several_sentences_belongs_to_its_closing_speaker() -> None:
    text = (
        'The harbour master, Ines Calloway, showed us the ledger. "We logged 85 ships in '
        'January. It was 140 by March," she said.'
    )
    assert claim_of(text, 85).source == "Ines Calloway"


def test_title_case_labels_are_speakers_when_the_name_recurs() -> None:
    text = (
        "Interview with Marta Ilves, who runs the Tallinn Security Forum.\n\n"
        "Marta Ilves: We estimate 2,400 North Korean workers are in Russia's far east.\n\n"
        "Key points: the forum met 12 times.\n\n"
        "Marta Ilves: And about 600 more arrived this spring.\n"
    )
    turns = TurnReader(LEX).turns(text)
    assert {t.speaker for t in turns.values()} == {"Marta Ilves"}
    assert claim_of(text, 2400).source == "Marta Ilves"


def test_a_poster_handle_is_one_name() -> None:
    text = "On Reddit, u/dnipro_watch wrote that 30 lorries had crossed the bridge."
    assert claim_of(text, 30).source == "u/dnipro_watch"


def test_a_counting_subject_is_the_source_unless_someone_says_it() -> None:
    text = "Volunteer trackers counted 52 trains leaving Rajin in April."
    assert claim_of(text, 52).source == "Volunteer trackers"
    text = "The port has recorded 52 arrivals this month, the customs office said."
    assert claim_of(text, 52).source == "the customs office"


def test_a_document_of_a_named_body_is_a_source() -> None:
    text = "According to a leaked Belarusian border guard document, 1,500 engineers crossed."
    # the document's owner (session 11: a document is its maker's word)
    assert claim_of(text, 1500).source == "Belarusian border guard"


@pytest.mark.parametrize(
    ("sentence", "figure", "as_of"),
    [
        ("Some 900 boats have crossed since 1 February.", 900, "2025-02-01/.."),
        ("Depots handed out 700 tonnes in the last week of January.", 700, "2025-01"),
        ("The port handled 80 ships on 2 December.", 80, "2024-12-02"),
    ],
)
def test_days_and_months_without_a_year(sentence: str, figure: float, as_of: str) -> None:
    assert claim_of(sentence, figure).as_of == as_of


def test_a_reports_opening_dates_figures_without_a_time() -> None:
    text = (
        "Briefing note\n\nThis note gathers public estimates as of February 2025.\n\n"
        "North Korea has shipped about 7 million shells to Russia.\n"
    )
    assert claim_of(text, 7000000).as_of == "2025-02"


def test_background_lines_carry_no_source() -> None:
    text = (
        "The regional governor said 140 homes were flooded. Some background: the river "
        "burst its banks in a storm that left 900 homes without power.\n\n"
        "Some background: the 2019 flood displaced 3,000 people. The council said repairs "
        "would cost more.\n"
    )
    assert claim_of(text, 140).source == "The regional governor"
    assert claim_of(text, 900).source is None
    assert claim_of(text, 3000).source is None


def test_a_past_year_in_the_writers_voice_carries_no_source() -> None:
    text = (
        "The coast guard said 41 migrants were rescued on Tuesday. The last major "
        "shipwreck, in 2019, killed 120 people."
    )
    assert claim_of(text, 41).source == "The coast guard"
    assert claim_of(text, 120).source is None


# -- answers, pronouns, footnotes (issue 10, second round) --------------------------------

BRIEFING = """Press conference

MR. OSTRANDER: Our estimate is that about 6,000 North Korean labourers work in Primorye.

CAPT. VELLA: The navy has tracked the ships.

Q: Captain, how many ships were there?

A: We counted 14 tankers in January.

Q: And the workers, Mr. Ostrander?

A: Roughly 900 more arrived this spring.

Q: Anything else?

A: About 30 cranes were idle.
"""


def test_an_answer_label_is_the_addressed_speaker_else_the_last_one() -> None:
    assert claim_of(BRIEFING, 14).source == "Capt. Vella"
    assert claim_of(BRIEFING, 900).source == "Ostrander"
    assert claim_of(BRIEFING, 30).source == "Ostrander"


def test_a_capitalised_function_word_is_no_first_name() -> None:
    text = "MR. KOVAC: About 20 trains ran.\n\nQ: And Mr. Kovac, the ships?\n\nMR. KOVAC: Two.\n"
    assert {t.speaker for t in TurnReader(LEX).turns(text).values()} == {"Kovac", None}


def test_he_or_she_is_the_person_named_last_not_a_body() -> None:
    text = (
        "The shelter network's coordinator, Agnes Whitby, met donors in Leeds on Monday.\n\n"
        "She said 850 beds had been filled. The network's board said 40 staff had left.\n\n"
        "She added that 120 volunteers had joined."
    )
    assert claim_of(text, 850).source == "Agnes Whitby"
    assert claim_of(text, 120).source == "Agnes Whitby"


def test_a_footnote_marker_gives_the_notes_source() -> None:
    text = (
        "Grain exports reached 41,000 tonnes in January.[2] Prices fell by a third.\n\n"
        "Notes\n[1] Harbour Authority, annual review, 2024.\n"
        "[2] Port of Vanino customs office, monthly bulletin, 3 February 2025.\n"
    )
    assert claim_of(text, 41000).source == "Port of Vanino customs office"
    cells = TableReader(LEX).cells(text, lambda _: None)
    assert [c.source for c in cells.values()] == ["Port of Vanino customs office"]


@pytest.mark.parametrize(
    ("sentence", "figure", "as_of"),
    [
        ("As of March 2, some 7,000 people were in shelters.", 7000, "2025-03-02"),
        ("The depot held 900 tonnes on Sept. 30.", 900, "2024-09-30"),
        ("In March, 1,500 homes were rebuilt.", 1500, "2025-03"),
        ("Last week, 60 roads reopened.", 60, "2025-03"),
        ("Last week, 60 roads reopened.", 60, "2025-02"),
    ],
)
def test_month_day_dates_and_weeks(sentence: str, figure: float, as_of: str) -> None:
    published = "2025-03-03" if as_of == "2025-02" else PUBLISHED
    assert claim_of(sentence, figure, published).as_of == as_of


def test_reports_of_a_figure_are_its_source_when_no_one_else_is_named() -> None:
    text = "Local media reports of some 70 lorries queuing at the border remain unconfirmed."
    assert claim_of(text, 70).source == "Local media reports"
    text = "The customs office said there were reports of 70 lorries at the border."
    assert claim_of(text, 70).source == "The customs office"


@pytest.mark.parametrize(
    ("sentence", "figure", "as_of"),
    [
        (
            "About 40,000 people have left since the fighting began in May 2023.",
            40000,
            "2023-05/..",
        ),
        ("On Tuesday, 14 fishermen were rescued.", 14, "2025-03-11"),
        ("On Tuesday, 11 March, 30 boats crossed.", 30, "2025-03-11"),
    ],
)
def test_since_clauses_and_weekdays_before_a_figure(
    sentence: str, figure: float, as_of: str
) -> None:
    assert claim_of(sentence, figure).as_of == as_of


@pytest.mark.parametrize(
    ("sentence", "figure", "as_of"),
    [
        ("Officials counted 41 boats in 2023 and 33 boats in 2022.", 33, "2022"),
        ("Officials said on Monday that 3,000 troops in January had moved.", 3000, "2025-01"),
        ("Officials said on Monday that 3,000 troops had moved.", 3000, "2025-03-10"),
        ("About 11,500 workers arrived between October and December.", 11500, "2024-12"),
        ("Spending will reach £87bn by the end of the decade.", 87e9, "2030"),
    ],
)
def test_a_time_right_after_the_figure_is_its_own(sentence: str, figure: float, as_of: str) -> None:
    assert claim_of(sentence, figure).as_of == as_of


def test_a_back_reference_named_nowhere_else_stays_as_written() -> None:
    assert claim_of("The Government has confirmed 38 deaths in the north.", 38).source == (
        "The Government"
    )
    assert claim_of("The figures show 38 deaths in the north.", 38).source is None


def test_a_counting_verb_in_the_figures_clause_and_a_quoted_subject_are_sources() -> None:
    text = "Turnout was lower than in May, when the ministry counted about 400,000 marchers."
    assert claim_of(text, 400000).source == "the ministry"
    text = "Some 2,300 of the workers had arrived by June, the bureau was quoted as saying."
    assert claim_of(text, 2300).source == "the bureau"


# -- a note's "we" and "our" are its own voice (SCHEMA.md: null when the document itself
# asserts it), the organisation publishing it being the document's author ---------------

NOTE = """Fuel for shells: a working note

By Ada Lindqvist

We estimate that Russia sent 400,000 tonnes of coal to North Korea last year. The cargo was worth about $60 million, by our reckoning.

"We have seen 12 trains a week," a rail worker told the authors.

Ada Lindqvist is a research fellow at the Northmoor Institute for Asian Affairs."""


def test_a_notes_we_and_our_are_its_own_voice() -> None:
    assert claim_of(NOTE, 400_000).source is None
    assert claim_of(NOTE, 60_000_000).source is None
    # a quoted "we" is the one quoted, never the note's own voice
    assert claim_of(NOTE, 12).source == "a rail worker"


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("Notes.\n\n© 2025 Kestwick Centre. All rights reserved.", "Kestwick Centre"),
        ("Copyright 2024 by the Forum for Arctic Security.", "Forum for Arctic Security"),
        ("Ada Lindqvist is a research fellow at the Northmoor Institute.", "Northmoor Institute"),
        # a newspaper's copyright names an outlet, no organisation word: its "we" is its own
        ("© 2025 The Daily Harbinger", None),
    ],
)
def test_the_publisher_is_read_from_the_copyright_or_authors_line(
    text: str, publisher: str | None
) -> None:
    assert RoleReader(LEX).publisher(text) == publisher


def test_by_our_count_gives_way_to_a_named_source() -> None:
    text = (
        "By our count, the North has rotated at least three units, and Seoul's spy agency now"
        " puts the total at 15,000 troops.\n\n© 2025 Kestwick Centre."
    )
    assert claim_of(text, 15_000).source != "Kestwick Centre"


def test_citing_what_a_speaker_saw_keeps_the_speaker() -> None:
    text = (
        "The total sent since 2023 is more than 9 million rounds, two officials said, citing"
        " satellite images of the railway."
    )
    assert claim_of(text, 9_000_000).source == "two officials"


def test_she_after_a_council_is_the_councillor_named_before() -> None:
    """A body's name of three capitalised words is no person: "she" means the councillor
    introduced after it."""
    text = (
        "Northvale District Council said 2,100 homes were damaged.\n\n"
        "Councillor Ruth Ambler, the council's housing lead, called the repairs slow.\n\n"
        '"We have 600 families still in hotels," she said.'
    )
    assert claim_of(text, 600).source == "Ruth Ambler"


def test_an_unnamed_spokesperson_speaks_for_the_body() -> None:
    """ "a spokesperson" names no one: the body the sentence names as its subject, else the
    latest body source."""
    same = "The Coastal Authority now lists 140 beaches as closed, a spokesperson told us."
    assert claim_of(same, 140).source == "The Coastal Authority"
    before = (
        "The Harbour Board said 40 berths were shut.\n\n"
        "A spokeswoman said crews had cleared 35 wrecks since dawn."
    )
    assert "Harbour Board" in (claim_of(before, 35).source or "")


def test_the_speaker_after_a_figures_noun_is_the_source() -> None:
    """The parser makes "soldiers" the subject of "said" and the name its appositive."""
    text = (
        "Kyiv is holding nine Russian pilots captured near the border, Olha Marchenko,"
        " head of the Office for Detainee Affairs, said on Monday."
    )
    assert claim_of(text, 9).source == "Olha Marchenko"


def test_its_spokesman_speaks_for_the_body_that_counted() -> None:
    text = (
        "Moldova's border police have recorded at least 70 drones crossing its airspace,"
        " according to its spokesman, Ion Rusu."
    )
    assert claim_of(text, 70).source == "Moldova's border police"


def test_an_acronyms_figures_are_the_body_it_stands_for() -> None:
    text = (
        "The Freight Carriers Union (FCU) said 300 drivers had left.\n\n"
        "Citing FCU figures, the Lakeside Post reported that 120 depots were short-staffed."
    )
    assert (claim_of(text, 120).source or "").startswith("The Freight Carriers Union")


# -- session 8: a spokesperson's body, a relaying lawmaker, data that show, capital labels --


@pytest.mark.parametrize(
    "text",
    [
        "Jana Holm, a spokeswoman for the Coastal Rescue Service, said 310 people were rescued.",
        "A spokesman for the Coastal Rescue Service, Tomas Reed, said 310 people were rescued.",
    ],
)
def test_a_named_spokesperson_speaks_for_the_body(text: str) -> None:
    c = claim_of(text, 310)
    assert c.source == "the Coastal Rescue Service", c
    assert any(name in " ".join(c.via) for name in ("Jana Holm", "Tomas Reed")), c


def test_he_after_a_spokesperson_is_still_the_body() -> None:
    text = (
        "Crews rescued 310 people, Tomas Reed, a spokesman for the Coastal Rescue Service,"
        " told reporters. He said 45 boats were lost."
    )
    assert claim_of(text, 45).source == "the Coastal Rescue Service"


def test_a_lawmaker_who_relays_a_body_goes_on_relaying_it() -> None:
    text = (
        "The National Fisheries Office put the spring catch at 3,100 tonnes, lawmaker Ana"
        " Berg told reporters after a briefing by the office. Of that, about 1,200 tonnes"
        " were cod, she said."
    )
    c = claim_of(text, 1200)
    assert c.source == "The National Fisheries Office", c
    assert "Ana Berg" in " ".join(c.via), c


def test_someone_only_named_is_no_relayer() -> None:
    """ "she" means the last person named, and nobody relayed a body before her."""
    text = (
        "The mill employs 400 people. Ana Berg, a worker at the mill, has been there for years."
        " About 30 of them are apprentices, she said."
    )
    assert claim_of(text, 30).source == "Ana Berg"


def test_data_that_show_are_the_source() -> None:
    text = (
        "Port customs data reviewed by the Harbour Gazette show that 1,340 ships docked"
        " at Veldhaven in the second quarter."
    )
    assert claim_of(text, 1340).source == "Port customs data"


BRIEFING_IN_CAPITALS = """Flood briefing, transcript

MARIA VOSS (Director, Fenwick Water): From our side, we have fixed 310 leaks this week.

Q (Radio Fen): How many are still open?

MARIA VOSS: About 45 of our crews are still out, and we expect to finish on Sunday.
"""


def test_a_speaker_named_only_in_capital_labels_owns_the_turns() -> None:
    assert claim_of(BRIEFING_IN_CAPITALS, 310).source == "Maria Voss"
    assert claim_of(BRIEFING_IN_CAPITALS, 45).source == "Maria Voss"


# -- evidence, caps and parts (issue 10, session 8) -----------------------------------------


def test_what_imagery_shows_has_no_source() -> None:
    text = (
        "Drone footage shows at least 30 fuel trucks parked at the depot on Friday.\n\n"
        "Pictures from a local resident show about 12 tankers near the gate."
    )
    assert claim_of(text, 30).source is None
    assert claim_of(text, 12).source is None


def test_a_cap_in_a_source_s_paragraph_is_not_the_source_s() -> None:
    text = (
        "Customs officials said 820,000 tonnes of coal had reached the port this year. "
        "A 1998 treaty caps the port's annual coal imports at 400,000 tonnes."
    )
    assert claim_of(text, 820_000).source == "Customs officials"
    assert claim_of(text, 400_000).source is None


def test_a_part_after_its_whole_holds_at_the_whole_s_time() -> None:
    text = (
        "The agency put the number of wounded at 2,400 through the end of January, "
        "a lawmaker told reporters. Of those, about 700 were badly hurt, he said."
    )
    assert claim_of(text, 2_400).as_of == "2025-01"
    assert claim_of(text, 700).as_of == "2025-01"


def test_a_line_that_introduces_a_quotation_names_its_speaker() -> None:
    text = (
        "Defence Minister Hana Lindqvist said:\n\n"
        '"The regime has shipped more than 9,000 containers of arms to Moscow.\n\n'
        '"We will spend £2 billion this year to help Ukraine defend itself."\n\n'
        "The ministry also listed 40 vessels."
    )
    assert claim_of(text, 9_000).source == "Defence Minister Hana Lindqvist"
    assert claim_of(text, 2_000_000_000).source == "Defence Minister Hana Lindqvist"


# -- a fact box's lines credit their figures in closing brackets -------------------------

FACT_BOX = """The harbour in numbers
- Cargo: about 4,000 containers a week (Port Authority)
- Jobs: up to 1,200 dockers (GMB)
- Ships: 31 berths in the inner harbour (Reuters)

The council counted 300 visitors at the old quay on Sunday (Harbour Street).
"""


def test_a_fact_box_line_closing_on_a_bracketed_name_credits_it() -> None:
    assert claim_of(FACT_BOX, 4000).source == "Port Authority"
    assert claim_of(FACT_BOX, 1200).source == "GMB"


def test_an_outlet_or_a_prose_sentence_in_closing_brackets_is_no_source() -> None:
    assert claim_of(FACT_BOX, 31).source is None  # the page's credit
    assert claim_of(FACT_BOX, 300).source == "The council"  # not a fact box's line


def test_a_broadcast_label_with_the_guest_s_affiliation_names_the_speaker() -> None:
    """ "DR. HELEN MARSH, KESTREL INSTITUTE:": the affiliation after a comma is no part of
    the name, and the guest's first-person figures are hers."""
    text = (
        "PAUL DANE: Welcome back. Dr. Marsh, how big is the deployment?\n\n"
        "DR. HELEN MARSH, KESTREL INSTITUTE: Our count is about 12,000 troops.\n\n"
        "DANE: And the losses?\n\n"
        "MARSH: We think about 3,000 have been killed or wounded."
    )
    troops = claim_of(text, 12000)
    losses = claim_of(text, 3000)
    assert troops.source is not None and "Marsh" in troops.source
    assert losses.source is not None and "Marsh" in losses.source


def test_a_titled_name_ending_its_line_is_a_person_a_bylines_role_is_not() -> None:
    # a show's credits end a line on "Dr Ilse Marrow"; "he says" later means the guest
    text = (
        "Presented by Ana Brook, with Dr Ilse Marrow\n"
        'From Riga, Dr Ilse Marrow explains the numbers. "About 30% of the calls are '
        'false alarms," Marrow tells Ana. Last winter, she says, it was nearer 45%.\n'
    )
    assert claim_of(text, 45).source == "Ilse Marrow"
    people = RoleReader(LEX).people("Interview by Tom Bale, Environment Editor\n")
    assert people.full_name("Environment Editor") is None
