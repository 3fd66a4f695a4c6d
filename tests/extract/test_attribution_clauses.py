"""Which clause a speaker speaks in (issue 10, session 10): reported speech names its
speaker, a clause set against the figure's or describing something else frames nothing,
and a body named in full is then called by the short name the text gives it. Sentences
written for these tests."""

from __future__ import annotations

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash

EX = Extractor(load_pack("dprk-russia"))


def claim_of(text: str, figure: float) -> Claim:
    doc = CleanDocument("t", text, content_hash(text), published="2026-11-12")
    (c,) = [c for c in EX.extract(doc) if c.figure == figure]
    return c


def test_an_unnamed_inner_subject_leaves_the_figure_to_the_speaker() -> None:
    text = (
        "Marta Ilves, the harbour master, said on Monday that shipping agents expected "
        "about 640 calls at the port this winter.\n"
    )
    assert claim_of(text, 640).source == "Marta Ilves"


def test_it_in_reported_speech_is_the_speaker_itself() -> None:
    text = (
        "The Gdansk Port Authority said last week it believed roughly 9,500 containers "
        "had been held back since March.\n"
    )
    assert "Port Authority" in (claim_of(text, 9500).source or "")


def test_a_named_inner_subject_is_relayed_by_the_speaker() -> None:
    text = (
        "Senator Ruth Anand told reporters that the Coast Guard estimated 310 boats had "
        "crossed the strait.\n"
    )
    assert "Coast Guard" in (claim_of(text, 310).source or "")


def test_a_verb_of_saying_in_a_relative_clause_frames_nothing() -> None:
    text = (
        "Some 4,200 seasonal workers came on tourist visas, a route that migration "
        "lawyers say is often abused.\n"
    )
    assert claim_of(text, 4200).source is None


def test_a_concessive_clause_of_saying_frames_nothing_but_as_does() -> None:
    text = "About 700 of them listed tourism, although inspectors say few ever left the site.\n"
    assert claim_of(text, 700).source is None
    framed = "About 700 of them listed tourism, as inspectors say.\n"
    assert claim_of(framed, 700).source == "inspectors"


def test_a_relative_clause_about_the_figure_itself_names_its_source() -> None:
    text = "In 2023, 880 drownings were recorded, a figure the coastguard published in May.\n"
    assert "coastguard" in (claim_of(text, 880).source or "")


def test_a_speaker_in_a_while_clause_speaks_for_itself() -> None:
    text = (
        "The nurses' union said about 2,300 of its members walked out, while the hospital "
        'trust put the number at "under 1,500," citing ward rosters.\n'
    )
    union = claim_of(text, 2300)
    trust = claim_of(text, 1500)
    assert union.source == "The nurses' union", union
    assert trust.source == "the hospital trust", trust
    assert "union" not in " ".join(trust.via), trust


def test_a_body_is_called_by_the_short_name_the_text_gives_it() -> None:
    text = "The European maritime safety agency, EMSA, says 14 tankers were inspected in October.\n"
    assert claim_of(text, 14).source == "EMSA"
    known = (
        "The blaze was 40% contained, according to the Department of Parks and Wildlife "
        "Protection, known as Parks Wildlife.\n"
    )
    assert claim_of(known, 40).source == "Parks Wildlife"


def test_and_inside_a_name_after_of_does_not_cut_it() -> None:
    text = "About 3,100 homes lost power, according to the Office of Energy and Water Regulation.\n"
    assert claim_of(text, 3100).source == "the Office of Energy and Water Regulation"


def test_they_are_the_people_the_sentence_named_before_them() -> None:
    text = (
        "Colonel Ana Ribeiro said: I would refer you to the Lithuanians for exact numbers, "
        "but they have told us at least 45 drones crossed the border this month.\n"
    )
    assert "Lithuanians" in (claim_of(text, 45).source or "")


def test_those_told_passively_heard_it_from_the_body_quoted_before() -> None:
    text = (
        "The Harbour Safety Board briefed a parliamentary panel on Tuesday.\n\n"
        "Members were told that 38 vessels had been detained since June.\n"
    )
    assert "Harbour Safety Board" in (claim_of(text, 38).source or "")


def test_the_government_is_not_a_ministry_named_before() -> None:
    text = (
        "The Ministry of Transport said 120 bridges need repairs. The government "
        "explained that about 900 million euros will go to the worst of them.\n"
    )
    assert claim_of(text, 900_000_000).source == "The government"


def test_an_acronym_spelt_like_a_pronoun_is_a_name() -> None:
    text = (
        "The regional stockpile of rabies vaccine, which the WHO says should hold at "
        "least 300,000 doses, fell sharply in May, officials said.\n"
    )
    assert claim_of(text, 300_000).source == "the WHO"


def test_a_document_named_before_speaks_for_its_owner() -> None:
    text = (
        "The Baltic Grain Board briefed exporters on Monday.\n\n"
        "The same briefing put this year's harvest at 4.2 million tonnes, per local media.\n"
    )
    assert "Baltic Grain Board" in (claim_of(text, 4_200_000).source or "")


def test_a_subject_with_a_participle_set_off_before_the_verb_speaks() -> None:
    # the parser hangs the subject on the participle ("set up ..., said")
    text = (
        "In a report published on Tuesday, the Coastal Grain Monitoring Group (CGMG), set "
        "up after the port board was dissolved, said the harbour had handled at least 14.5 "
        "million tonnes of grain since August 2023.\n"
    )
    assert "Coastal Grain Monitoring Group" in (claim_of(text, 14_500_000).source or "")
    text = (
        "The Harbour Monitoring Group (HMG), set up after the port authority was dissolved, "
        "said the port had handled some 2,300 ships last year.\n"
    )
    assert "Harbour Monitoring Group" in (claim_of(text, 2300).source or "")


def test_the_quotation_resumed_after_an_inverted_verb_of_saying_is_the_speakers() -> None:
    # the parser hangs the second half on the name as a relative clause
    text = (
        '"If you take the harbour log at face value," said Aiko Tanabe, "North Korea has '
        'shipped 11,000 rounds a day."\n'
    )
    assert claim_of(text, 11000).source == "Aiko Tanabe"
    text = '"Look at the rail yards," said Mari Ono, "Russia has received 4,000 containers."\n'
    assert claim_of(text, 4000).source == "Mari Ono"


def test_a_subject_naming_nobody_is_no_speaker() -> None:
    # "neither guest could confirm": nobody speaks there; the claim was posted by someone
    text = (
        "The programme asked two analysts about the harbour. What neither guest could "
        "confirm is a rumour, posted on Friday by local fishermen, that about 40 trawlers "
        "have been laid up.\n"
    )
    assert claim_of(text, 40).source == "local fishermen"


def test_no_official_speaks_for_anyone() -> None:
    text = "The port reopened on Monday. No official would confirm that 300 containers were lost.\n"
    assert claim_of(text, 300).source is None
