"""English sources named before the sentence (issue 10): a back-reference ("the spy
agency", "it", "her") means the earlier source of its kind; the one told ("told
lawmakers") passes a figure on and never gives it; a generic phrase a speaker talks about
("the port") is not who speaks; a time a sentence refers back to ("at the time") is the
one named before it. Every sentence was written for these tests."""

from __future__ import annotations

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash

EX = Extractor(load_pack("dprk-russia"))
PUBLISHED = "2026-08-14"  # a Friday


def claim_of(text: str, figure: float) -> Claim:
    doc = CleanDocument("a", text, content_hash(text), published=PUBLISHED)
    (c,) = [c for c in EX.extract(doc) if c.figure == figure]
    return c


SPY = (
    "The Ministry of Unification (MOU) said on Monday that 40 defectors had arrived.\n\n"
    "Lee Dong-ha, a lawmaker on the defence committee, spoke after a closed briefing.\n\n"
    "The ministry now believes that about 700 families are waiting, Lee said.\n"
)


def test_a_back_reference_means_the_source_whose_name_holds_its_head() -> None:
    assert "Unification" in (claim_of(SPY, 700).source or "")


KIND = (
    "South Korea's Defence Intelligence Command (DIC) said 2,000 troops had moved north.\n\n"
    "Kang Min-seo, who sits on the intelligence committee, told reporters the spy agency "
    "estimated that 45 flights had landed.\n"
)


def test_a_back_reference_means_the_latest_source_of_its_kind() -> None:
    # "the spy agency" holds no word of "Defence Intelligence Command" but "intelligence"
    assert "Intelligence Command" in (claim_of(KIND, 45).source or "")


TOLD = "Some 3,200 workers have arrived in Vladivostok since June, officials told lawmakers.\n"
TOLD_ONLY = (
    "Some 3,200 workers have arrived in Vladivostok since June, Seoul's Korea Labour "
    "Institute (KLI) told lawmakers on Tuesday.\n"
)


def test_the_one_told_is_never_the_source() -> None:
    assert claim_of(TOLD, 3200).source == "officials"
    assert "Labour Institute" in (claim_of(TOLD_ONLY, 3200).source or "")


IT = (
    "The ferry operator, Harbourline, said it had cancelled 14 sailings.\n\n"
    "A spokesman said the storm had damaged two berths. It expects to carry 9,000 "
    "passengers a day again by Sunday, it said.\n"
)


def test_it_means_the_latest_body_not_the_latest_person() -> None:
    assert claim_of(IT, 9000).source == "Harbourline"


GENERIC = (
    "Mara Quist, the harbour master, said traffic was recovering. She added that the "
    "port expected 500 ships this month.\n"
)


def test_a_thing_a_speaker_talks_about_is_not_the_source() -> None:
    assert claim_of(GENERIC, 500).source == "Mara Quist"


HER = (
    "The head of the regional health office, Dr. Anna Petrie, said on Tuesday that cases "
    "had doubled.\n\n"
    "According to her, the clinics have treated 1,300 patients since May.\n"
)


def test_her_means_the_person_not_the_office() -> None:
    assert claim_of(HER, 1300).source == "Anna Petrie"


AT_THE_TIME = (
    "The agency briefed lawmakers in March. It put the number of wounded at about 6,100 "
    "at the time.\n"
)


def test_at_the_time_is_the_time_named_before() -> None:
    assert claim_of(AT_THE_TIME, 6100).as_of == "2026-03"


WROTE = (
    "Olena Varga, a medic with a field hospital, described the night in a post.\n\n"
    '"I counted 14 wounded men before dawn," she wrote.\n'
)


def test_she_means_the_person_a_describing_phrase_introduced() -> None:
    assert claim_of(WROTE, 14).source == "Olena Varga"


RECORD = """HEARING BEFORE THE COMMITTEE ON FOREIGN RELATIONS

Senator HALLORAN. Admiral, how many fighters have crossed the border this year?

Admiral BRECKETT. Senator, our estimate is that about 2,400 have crossed since January.

Senator HALLORAN. Thank you.
"""

BRIEFING = """Ministry of Transport — Press Briefing

Briefer: Deputy Spokesperson Han Ji-woo

Good morning. Rail freight rose to 41,000 wagons in the first quarter.

Q (Kyodo): How many of those carried coal?

A: About 9,000 of them, by our count.
"""


def test_a_hearing_record_names_its_speakers_by_title_and_capitals() -> None:
    assert "Breckett" in (claim_of(RECORD, 2400).source or "")


def test_a_briefing_header_names_who_speaks_and_answers() -> None:
    assert claim_of(BRIEFING, 41000).source == "Han Ji-woo"
    assert claim_of(BRIEFING, 9000).source == "Han Ji-woo"


COUNTED = (
    "The Korea Coast Guard (KCG) said on Monday that patrols had been stepped up.\n\n"
    "Yoon Ha-rin, a lawmaker who attended the briefing, said the coast guard had tracked "
    "at least 20 fishing boats crossing the line.\n"
)


def test_a_count_a_speaker_passes_on_is_the_counters() -> None:
    c = claim_of(COUNTED, 20)
    assert "Coast Guard" in (c.source or "") and "Yoon Ha-rin" in c.via


ADDRESSED = """Senator ALDEN. General, press reports say 9,000 drones have been shipped.

General MOREAU. Senator, we have seen closer to 6,000.
"""


def test_the_one_addressed_is_no_source() -> None:
    assert claim_of(ADDRESSED, 9000).source != "General"


POST = (
    "Lithuania's border guard service said in a Facebook post on Thursday that 140 balloons "
    "had crossed from Belarus this month. Another 35 had come down near Vilnius, the post said.\n"
)


def test_the_post_a_body_wrote_is_that_body_s_word() -> None:
    assert "border guard" in (claim_of(POST, 35).source or "")


def test_a_back_reference_means_the_source_the_document_called_so() -> None:
    """ "the group" after "The Larch Harbour Watch, a Geneva research group, counted":
    the noun set beside the name as the document introduced it."""
    text = (
        "The Larch Harbour Watch, a Geneva research group, counted about 900 containers at "
        "the port in October. Russia's transport ministry said 35 ships had docked there.\n\n"
        "Shells now make up as much as 40% of the cargo, the group estimates."
    )
    assert claim_of(text, 40).source == "The Larch Harbour Watch"


def test_a_spokesperson_for_the_ministry_means_the_ministry_named_before() -> None:
    """ "A spokesperson for the ministry": the ministry the document named as a source
    before, as "the ministry" alone would be, not a body called "ministry"."""
    text = (
        "The Ministry of Coastal Affairs said 30 ferries had been laid up since May.\n\n"
        "A spokesperson for the ministry said the routes had lost £1.4m this year."
    )
    assert "Coastal Affairs" in (claim_of(text, 1_400_000).source or "")


def test_the_company_is_the_body_that_spoke_before() -> None:
    text = (
        "Brindle Dairies said on Tuesday it would close its cheese plant in Ashworth.\n\n"
        "The plant employs 310 permanent staff, the company said.\n"
    )
    assert claim_of(text, 310).source == "Brindle Dairies"


def test_the_paper_naming_its_own_reckoning_is_the_writer() -> None:
    text = (
        "The Port Authority said on Monday that 2.4 million tonnes of grain had left since "
        "March.\n\n"
        "Spread over the period the Port Authority cites, that comes to about 270,000 tonnes a "
        "month, by this newspaper's reckoning.\n"
    )
    assert claim_of(text, 270000).source is None


def test_a_back_reference_means_the_body_the_text_named_last_of_its_kind() -> None:
    # no source and no acronym named the agency before: the body the text named in
    # capitals, whose name ends in a word of the agency's kind and which the pack knows,
    # is whom it means
    text = (
        "Our reporter waited outside parliament while South Korea's National Intelligence "
        "Service briefed the defence committee. According to Mart Kask, a member of the "
        "committee, the agency now believes about 700 drones crossed the border.\n"
    )
    c = claim_of(text, 700)
    assert c.source is not None and "National Intelligence Service" in c.source
    assert c.via == ["Mart Kask"]
    # a body of the kind the pack does not know is no antecedent of "the agency"
    other = text.replace("South Korea's National Intelligence", "Estonia's Foreign Intelligence")
    assert claim_of(other, 700).source == "the agency"


def test_a_back_reference_with_no_body_of_its_kind_named_stays_as_written() -> None:
    text = "Rain fell all week in Tallinn. The agency now believes about 700 drones crossed.\n"
    assert claim_of(text, 700).source == "The agency"


AUDIT = (
    "The harbour audit was published by the port board on Monday.\n\n"
    "The 60-page report by engineers Halden & Roe goes to the board next week.\n\n"
    "Inspectors logged 410 crane faults last year, the review found.\n\n"
    "About 35% of the delays came from one berth, according to the report.\n\n"
    "Repairs will cost at least £2m, the authors add.\n"
)


def test_a_document_named_with_its_maker_is_the_maker_s_word() -> None:
    """ "the review found", "according to the report", "the authors add" after "the report
    by engineers Halden & Roe": that firm's findings, not the board's that published them."""
    assert [claim_of(AUDIT, f).source for f in (410, 35, 2_000_000)] == ["Halden & Roe"] * 3


OTHER_DOCUMENT = (
    "The 60-page report by engineers Halden & Roe went to the board last week.\n\n"
    "The port board, in its monthly update, says 410 crane hours were lost. "
    "About 35% of them came from one berth, the update adds.\n"
)


def test_a_document_named_since_the_maker_s_is_another() -> None:
    assert "Halden" not in (claim_of(OTHER_DOCUMENT, 35).source or "")


def test_a_poll_names_its_maker_past_what_it_covers() -> None:
    """ "A poll of members by the Civic Society this autumn": the society, not the season
    the parser made the subject."""
    text = "A poll of members by the Lanford Civic Society this autumn found 640 backed the plan.\n"
    assert claim_of(text, 640).source == "Lanford Civic Society"
