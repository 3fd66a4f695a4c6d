"""A line's label and a speaker the parser misread (issue 10, session 10): "Health:",
"Q (AFP):" and bullets' labels speak for no one; a speaker and a verb of saying that open
the text after the label are read from the text; a headline's label that is the surname of
a person the document names is who says it; "according to" names the words after it even
when the parser made them a clause. Sentences written for these tests."""

from __future__ import annotations

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash

EX = Extractor(load_pack("dprk-russia"))


def claims(text: str) -> list[Claim]:
    return EX.extract(CleanDocument("t", text, content_hash(text), published="2026-11-12"))


def claim_of(text: str, figure: float) -> Claim:
    (c,) = [c for c in claims(text) if c.figure == figure]
    return c


def test_a_label_is_no_speaker_and_the_report_after_it_names_its_owner() -> None:
    text = (
        "• Grain: The Black Sea Trade Monitor's weekly bulletin, out Friday, says the port "
        "loaded at least 2 million tonnes in October.\n"
    )
    assert claim_of(text, 2_000_000).source == "The Black Sea Trade Monitor"


def test_a_speaker_the_parser_read_as_a_noun_phrase_is_read_from_the_text() -> None:
    text = "Water: UNICEF reports that 14 of the 30 pumping stations are working again.\n"
    assert claim_of(text, 14).source == "UNICEF"


def test_an_askers_label_leaves_the_outlet_it_quotes_as_source() -> None:
    text = (
        "Q (Daily Meridian): A Polish news site reported on Monday that 450 more drones "
        "were ordered. Can you confirm it?\n"
    )
    assert claim_of(text, 450).source == "A Polish news site"


def test_a_passive_or_an_estimate_opening_names_no_speaker() -> None:
    text = "Road damage is estimated at 80 million euros. An estimated 3,000 homes lost power.\n"
    assert claim_of(text, 80_000_000).source is None
    assert claim_of(text, 3000).source is None


def test_a_headline_label_that_is_a_surname_is_the_speaker() -> None:
    text = (
        "Varga: 1,200 engineers to rebuild the bridge by spring\n\n"
        "BUDAPEST, May 4. The transport minister, Istvan Varga, told reporters that 1,200 "
        "engineers would work on the bridge.\n"
    )
    heads = [c for c in claims(text) if c.figure == 1200]
    assert heads and all(c.source == "Istvan Varga" for c in heads), heads


def test_according_to_names_the_words_after_it_whatever_the_parse() -> None:
    text = (
        "In Odesa, a drone struck a grain silo shortly after 2 am, destroying three "
        "conveyors, according to regional governor Oleh Marchenko.\n"
    )
    assert "Oleh Marchenko" in (claim_of(text, 3).source or "")


def test_a_headline_closing_on_a_dash_and_a_name_names_its_source() -> None:
    text = (
        "Flood toll rises to 14; 52,000 displaced — Regional Disaster Office\n\n"
        "Rescuers reached two more villages on Friday.\n"
    )
    assert claim_of(text, 52000).source == "Regional Disaster Office"
    site = "Flood toll rises to 14 in the north — BBC News\n\nRescuers reached two villages.\n"
    assert claim_of(site, 14).source is None
