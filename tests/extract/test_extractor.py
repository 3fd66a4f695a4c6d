"""Whole-document extraction on articles written for these tests."""

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import CleanDocument, content_hash

PACK = load_pack("dprk-russia")
EX = Extractor(PACK)
BARE = Extractor(None)


def run(text: str, ex: Extractor = EX, published: str | None = "2025-03-10"):  # type: ignore[no-untyped-def]
    doc = CleanDocument("t", text, content_hash(text), published=published)
    return ex.extract(doc)


def by_figure(claims, figure):  # type: ignore[no-untyped-def]
    found = [c for c in claims if c.figure == figure]
    assert len(found) == 1, [(c.figure, c.quote) for c in claims]
    return found[0]


ARTICLE = """Pyongyang Sends 9,500 Troops as Losses Mount
SEOUL - North Korea has sent about 9,500 soldiers to Russia's Kursk region since October, South Korea's National Intelligence Service (NIS) told lawmakers on Tuesday, Yonhap reported.
The NIS said roughly 1,200 of them had been killed. The agency also estimated that more than 2,600 were wounded.
Pyongyang has pledged to send another 4,000 troops, and is planning to deploy 800 military engineers by June.
There were rumours last year of a deal covering several hundred thousand artillery shells.
Key figures
9,500 troops sent
1,200 killed
"""


def test_figures_and_bounds() -> None:
    claims = run(ARTICLE)
    assert sorted(c.figure for c in claims) == [800, 1200, 2600, 4000, 9500, 200000]
    troops = by_figure(claims, 9500)
    assert troops.approx and troops.unit == "soldiers" and troops.measure == "dprk_troops_in_russia"
    assert by_figure(claims, 2600).low == 2600
    shells = by_figure(claims, 200000)
    assert shells.vague and shells.value is None and shells.measure == "dprk_artillery_shells"


def test_headline_and_fact_box_repeat_one_claim() -> None:
    troops = by_figure(run(ARTICLE), 9500)
    assert len(troops.mentions) == 3
    assert "National Intelligence Service" in troops.quote  # the body sentence is the evidence


def test_attribution_chain_and_carry() -> None:
    claims = run(ARTICLE)
    troops = by_figure(claims, 9500)
    assert troops.source is not None and "National Intelligence Service" in troops.source
    assert troops.via == ["lawmakers", "Yonhap"]
    killed = by_figure(claims, 1200)  # "The NIS said": the acronym is expanded
    assert killed.source is not None and "National Intelligence Service" in killed.source
    assert killed.measure == "dprk_troops_killed"
    wounded = by_figure(claims, 2600)  # "The agency also estimated": the previous source
    assert wounded.source == killed.source and wounded.measure == "dprk_troops_wounded"


def test_status_and_certainty() -> None:
    claims = run(ARTICLE)
    assert by_figure(claims, 4000).status == "pledged"
    assert by_figure(claims, 800).status == "planned"
    assert by_figure(claims, 800).measure == "dprk_engineers_sappers"
    assert by_figure(claims, 200000).status == "rumoured"
    assert by_figure(claims, 9500).status == "reported"


def test_as_of_resolves_relative_time() -> None:
    claims = run(ARTICLE)
    assert by_figure(claims, 200000).as_of == "2024"


def test_other_story_stays_other() -> None:
    text = (
        "Floods have displaced more than 48,000 people in the north of the country, "
        "the disaster agency said on Monday. At least 37 people have died."
    )
    claims = run(text)
    assert [c.measure for c in claims] == ["other", "other"]
    assert by_figure(claims, 48000).source == "the disaster agency"
    assert by_figure(claims, 37).unit == "people"


def test_no_pack_still_extracts() -> None:
    claims = run(ARTICLE, BARE)
    assert {c.measure for c in claims} == {"other"}
    assert by_figure(claims, 9500).unit == "soldiers"


def test_share_of_ammunition() -> None:
    text = "Kyiv's intelligence chief said North Korea now supplies up to 55% of the shells Russia fires."
    c = by_figure(run(text), 55)
    assert c.unit == "percent" and c.high == 55 and c.measure == "dprk_share_of_russian_ammunition"


def test_other_actor_in_noun_phrase_is_not_the_dprk_measure() -> None:
    text = "North Korea's ally lost ground as Ukraine said 1,500 Russian soldiers were killed near Kursk."
    assert by_figure(run(text), 1500).measure == "other"


def test_rates_averages_partitives_and_ellipsis() -> None:
    text = (
        "New admissions have been running at roughly 240 a day, up from about 90 a day in March. "
        "Daily crossings fell to an average of 17 last week. "
        "Rescuers freed 61 of them before dawn. "
        "A quorum requires 41."
    )
    claims = run(text, BARE)
    assert by_figure(claims, 240).unit == "admissions per day"
    assert by_figure(claims, 90).unit == "admissions per day"  # borrowed by the elliptical figure
    assert by_figure(claims, 17).unit == "crossings"
    assert by_figure(claims, 61).unit == "freed"
    assert by_figure(claims, 41).unit == "quorum"


def test_pack_alias_keeps_the_words_used_and_names_the_source() -> None:
    text = "About 2,300 more troops were sent in May, South Korea's spy agency told lawmakers."
    c = by_figure(run(text), 2300)
    assert c.source == "South Korea's spy agency (South Korea's National Intelligence Service)"
    assert c.via == ["lawmakers"]


def test_measuring_verbs_do_not_make_a_source() -> None:
    text = "Ruritania has recorded 8,120 suspected cases this year, the World Health Organization said."
    assert by_figure(run(text, BARE), 8120).source == "the World Health Organization"


def test_twice_as_many_is_a_multiple_of_its_own() -> None:
    # "twice as many", "twice as long": a comparison's factor, a claim with no noun after it
    text = "The ferry stopped in May. The crossing now takes nearly twice as long as before."
    (c,) = run(text)
    assert (c.value, c.unit) == (2, "times")
    # how often something happened is no multiple
    assert run("The ferry stopped in May. The bridge was shut twice.") == []
