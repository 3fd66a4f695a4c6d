"""Who a document, an outlet or a relayer passes a figure on from (issue 10, session 11):
a document is its maker's word and alone names no one; an outlet quoting or citing
someone is the intermediary; a fronted place is no speaker; "we" in a quote is the
speaker quoted; a relayer goes on relaying; the document's own introduction of a name
says whether it is a person or a body. Sentences written for these tests."""

from __future__ import annotations

from claimtrack.extract import Extractor
from claimtrack.extract.attribution import _same_name, _untitle, _with_acronym
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash

EX = Extractor(load_pack("dprk-russia"))


def claim_of(text: str, figure: float) -> Claim:
    doc = CleanDocument("t", text, content_hash(text), published="2026-11-12")
    (c,) = [c for c in EX.extract(doc) if c.figure == figure]
    return c


def test_a_document_is_its_makers_word() -> None:
    text = (
        "About 8,400 people were on the waiting list in June, figures published by the "
        "Marlow Health Trust on Tuesday show.\n\n"
        "Rail journeys fell to 3.1 million in March, according to figures the transport "
        "board released on Friday.\n\n"
        "Provisional Coastguard Agency figures show 640 rescues this summer.\n"
    )
    assert claim_of(text, 8_400).source == "the Marlow Health Trust"
    assert "transport board" in (claim_of(text, 3_100_000).source or "")
    assert "Coastguard Agency" in (claim_of(text, 640).source or "")


def test_a_document_that_names_no_maker_is_no_source() -> None:
    text = "The Harbour Party won 61 seats, official results show.\n"
    assert claim_of(text, 61).source is None


def test_an_outlet_quoting_someone_passes_the_figure_on() -> None:
    text = (
        "Last week Interfax quoted a senior port official in Nakhodka as saying that about "
        "900 Korean labourers were unloading ships.\n\n"
        "According to Interfax, which quoted an unnamed official at Belarus's transport "
        "ministry, Minsk has ordered 40 new locomotives.\n\n"
        "The Harbour Times, citing three port officials, reported on Monday that 2,000 "
        "containers were stuck at the quay.\n"
    )
    quoted = claim_of(text, 900)
    assert (quoted.source, quoted.via) == ("a senior port official in Nakhodka", ["Interfax"])
    ministry = claim_of(text, 40)
    assert (ministry.source, ministry.via) == ("Belarus's transport ministry", ["Interfax"])
    cited = claim_of(text, 2_000)
    assert (cited.source, cited.via) == ("three port officials", ["The Harbour Times"])


def test_an_acronym_is_never_doubled() -> None:
    assert claim_of("TASS said 300 wagons had crossed the bridge.\n", 300).source == "TASS"


def test_a_fronted_place_is_no_speaker() -> None:
    text = (
        "In Geneva, the UN refugee agency, UNHCR, said on Friday that 12,000 people had "
        "fled the valley.\n"
    )
    assert "UNHCR" in (claim_of(text, 12_000).source or "")


def test_we_in_a_quote_is_the_speaker_quoted() -> None:
    text = (
        "Border Relief, a charity run by former nurses, says the toll is higher. Its "
        'director, Marta Quell, said volunteers had counted graves. "We believe more '
        'than 900 have died," she said.\n'
    )
    assert claim_of(text, 900).source == "Marta Quell"


def test_a_relayer_of_a_briefing_goes_on_relaying_it() -> None:
    text = (
        "The Harbour Intelligence Office now estimates 3,200 sailors have deserted. The "
        "figure was passed on by Ko Min-seo, a member of parliament's defence committee, "
        "after a closed briefing by the office.\n\n"
        "Roughly 800 of them have been caught, Ko told reporters.\n"
    )
    caught = claim_of(text, 800)
    assert caught.source == "The Harbour Intelligence Office"
    assert caught.via == ["Ko"]


def test_he_after_a_relayed_figure_is_the_relayer() -> None:
    text = (
        "Mayor Ilse Brandt said 30 homes had flooded.\n\n"
        "Senator Dana Whitcombe, a member of the armed services committee, told reporters "
        "that the Naval Analysis Bureau now put losses at 4,000. About 1,100 of them were "
        "sailors, he said.\n"
    )
    assert claim_of(text, 1_100).source == "the Naval Analysis Bureau"


def test_a_name_given_to_a_person_noun_is_a_person() -> None:
    text = (
        "Mayor Ilse Brandt said 30 homes had flooded.\n\n"
        "A ferry captain who gave only his first name, Tomas, said 60 boats had left. "
        '"Half of them will not come back," he said.\n'
    )
    assert claim_of(text, 50).source == "Tomas"


def test_a_name_with_a_body_beside_it_is_a_body() -> None:
    text = (
        "Councillor Jo Marsh said 25 buses had been cut.\n\n"
        "Harbourwatch Teign, the port's consumer watchdog, said it had logged 450 "
        "complaints. A spokeswoman said roughly 120 concerned cancelled sailings.\n"
    )
    assert claim_of(text, 120).source == "Harbourwatch Teign"


def test_a_spokesperson_speaks_for_the_body_the_sentence_refers_back_to() -> None:
    text = (
        "About 8,400 people were on the waiting list in June, figures published by the "
        "Marlow Health Trust on Tuesday show.\n\n"
        "Councillor Jo Marsh said 25 beds had been closed.\n\n"
        "The trust now employs 2,300 staff, a spokesman said.\n"
    )
    assert claim_of(text, 2_300).source == "the Marlow Health Trust"


def test_a_kind_of_body_means_the_body_its_sentence_named() -> None:
    text = (
        "About 600 crew at Northway Ferries stopped work at dawn, and by noon the operator "
        "said only 9 of its 31 sailings had left.\n"
    )
    assert claim_of(text, 9).source == "Northway Ferries"


def test_a_bodys_own_statement_on_its_own_page_has_no_source() -> None:
    text = (
        "Ministry of Transport of the Republic of Arland\n"
        "Home › News › Press releases\n\n"
        "The ministry estimates that 4,200 lorries crossed the border in October.\n"
    )
    assert claim_of(text, 4_200).source is None


def test_a_document_owned_by_adjectives_keeps_its_name() -> None:
    text = "Finnish and Latvian assessments put the number of ferries at about 140.\n"
    assert claim_of(text, 140).source == "Finnish and Latvian assessments"


def test_reports_that_name_no_one_are_reports() -> None:
    text = "The minister denied reports that 300 tanks had been sold.\n"
    assert claim_of(text, 300).source == "reports"


def test_a_body_and_its_acronym_are_named_once() -> None:
    text = (
        "The report by the UN Office for the Coordination of Humanitarian Affairs (OCHA) "
        "said 2,361 trucks entered the territory during the month.\n"
    )
    found = claim_of(text, 2_361)
    assert found.source == "the UN Office for the Coordination of Humanitarian Affairs (OCHA)"
    assert found.via == []


def test_names_are_compared_and_untitled_by_their_words() -> None:
    # the helpers behind the tests above, each of whose cases can fail on its own
    assert _with_acronym("TASS", "TASS") == "TASS"
    assert _with_acronym("Tass", "TASS") == "Tass"
    assert _with_acronym("Ukraine's military intelligence", "HUR") == (
        "Ukraine's military intelligence (HUR)"
    )
    assert _same_name("OCHA)", "the UN Office for Humanitarian Affairs (OCHA)")
    assert not _same_name("UNICEF", "the UN Office for Humanitarian Affairs (OCHA)")
    titles = {"representative", "leader", "dr"}
    assert _untitle("Representative Dale Hutchins", titles) == "Dale Hutchins"
    assert _untitle("Council leader Margaret Osei", titles) == "Margaret Osei"
    assert _untitle("Dr. Ana Ruiz", titles) == "Ana Ruiz"
    assert _untitle("Dale Hutchins", titles) == "Dale Hutchins"
    assert _untitle("the leader of the council", titles) == "the leader of the council"


def test_the_agency_a_lawmaker_relays_is_the_body_spelt_out_with_its_acronym() -> None:
    """ "the Defence Intelligence Agency (DIA) told the committee, according to lawmaker X"
    leaves the agency out of the sources; "X said the agency counted ..." still means it,
    the one body of its kind the document spells out with an acronym."""
    text = (
        "Pyongyang has sent about 6,000 more engineers, the Defence Intelligence Agency "
        "(DIA) told the committee, according to lawmaker Kim Do-yun.\n\n"
        "Kim said the agency counted more than 2,300 North Korean dead since August.\n"
    )
    assert (claim_of(text, 2_300).source or "").endswith("Defence Intelligence Agency (DIA)")


def test_a_pledge_is_the_pledgers_unless_a_place_pledges_to_do_something() -> None:
    """ "She has also pledged £2m": the pledger, the person named before; a body's pledge
    to do something ("has promised to build 240 homes", "agreed to lend") is the body's, as
    the English blind sets' golds give it (Kerbline, the ICB, a city council); a place's
    ("Pyongyang has pledged to send 1,000 demining experts") is what the report tells, as
    the seeds' gold gives it no source."""
    text = (
        "The Brackwater district council has promised to build 240 homes by 2028.\n\n"
        "About 80 volunteers have signed up, Councillor Maren Oduya said on Monday. She has "
        "also pledged £2m for flood defences.\n\n"
        "Finance ministers agreed to lend the port authority 35 million euros.\n\n"
        "Pyongyang has pledged to send 1,200 engineers.\n"
    )
    assert claim_of(text, 240).source == "The Brackwater district council"
    assert (claim_of(text, 2_000_000).source or "").endswith("Maren Oduya")
    assert claim_of(text, 35_000_000).source == "Finance ministers"
    assert claim_of(text, 1_200).source is None


def test_a_clause_promised_is_the_pledgers_and_pledged() -> None:
    """ "X promised that the province would pay R25 000": what a clause of promising says
    is the one who promised, and pledged, though its own "would" only looks ahead; said
    rather than promised, it stays planned."""
    promised = (
        "Transport MEC Lindiwe Khoza, who visited the families on Monday, promised that the "
        "province would pay R25 000 towards each funeral.\n"
    )
    c = claim_of(promised, 25_000)
    assert (c.source, c.status) == ("Transport MEC Lindiwe Khoza", "pledged")
    said = "The minister said the province would pay R30 000 towards each funeral.\n"
    assert claim_of(said, 30_000).status == "planned"


def test_a_body_s_plan_to_do_something_is_the_body_s() -> None:
    assert claim_of("The health board plans to open 25 pop-up clinics.\n", 25).source == (
        "The health board"
    )


def test_one_quoted_after_a_speaker_who_told_passes_the_speakers_words_on() -> None:
    # the ministry told the panel; the daily quotes the senator who heard it
    text = (
        "Japan's defence ministry told the panel that about 2,500 drones had crossed the "
        "border, the daily reports, quoting senator Aiko Mori.\n"
    )
    c = claim_of(text, 2_500)
    assert c.source == "Japan's defence ministry"
    assert "senator Aiko Mori" in c.via
    # with no speaker framing the figure, the one quoted gives it
    alone = "About 300 families have left the valley, the paper reports, quoting Dan Reyes.\n"
    assert claim_of(alone, 300).source == "Dan Reyes"


def test_a_pronoun_after_a_speaker_the_sentence_names_means_that_speaker() -> None:
    text = (
        "Councillor Ruth Amey said 140 complaints had arrived. Harbour Buses' manager, "
        "Owen Tate, insists the service is recovering: 88% of buses now run on time, he "
        "said in a statement.\n"
    )
    assert claim_of(text, 88).source == "Owen Tate"


def test_a_quotation_after_a_bullet_runs_to_its_closing_tag() -> None:
    text = (
        '• "We have logged 310 calls since Monday. Nobody has seen this before," Chief '
        "Officer Lena Marsh told the committee.\n"
    )
    assert claim_of(text, 310).source == "Chief Officer Lena Marsh"


def test_an_outlet_telling_its_own_public_is_the_source() -> None:
    """ "Northstar News was telling its viewers the number was 7,000": the outlet speaks,
    its viewers are told; the one told is neither the source nor an intermediary."""
    text = "By dinner, Northstar News was telling its viewers the number was more than 7,000.\n"
    c = claim_of(text, 7_000)
    assert (c.source, c.via) == ("Northstar News", [])


def test_who_a_figure_was_promised_by_is_its_source() -> None:
    """ "Two new vessels were promised by ministers": the pledge's agent pledged it."""
    c = claim_of("Two new vessels were promised by ministers last year.\n", 2)
    assert (c.source, c.status) == ("ministers", "pledged")
