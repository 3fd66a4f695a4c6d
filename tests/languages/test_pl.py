"""Polish: the fixture folder scored end to end, and the number, bound and attribution
forms of Polish reports through the public extractor (sentences written for these tests).
Polish has no number-word library here: its inflected number words are folder data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.extract import parse_digits
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("pl", text)


def test_polish_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("pl")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.8, r
    assert r["attribute_accuracy"]["measure"] >= 0.75, r
    assert r["traps_hit"] == 0, r


@pytest.mark.parametrize(
    ("text", "value"),
    [("11\u00a0000", 11000), ("11 000", 11000), ("1,5", 1.5), ("2\u00a0700\u00a0000", 2700000)],
)
def test_cldr_number_format(text: str, value: float) -> None:
    assert parse_digits(text, "pl") == value


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "vague", "measure"),
    [
        ("Korea Północna wysłała do Rosji 11 tys. żołnierzy.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("Korea Północna wysłała do Rosji 11\u00a0000 żołnierzy.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("Pjongjang dostarczył Rosji 1,5 mln pocisków.", 1_500_000, None, None, False,
         "dprk_artillery_shells"),
        ("Pjongjang dostarczył Rosji dwa miliony pocisków.", 2_000_000, None, None, False,
         "dprk_artillery_shells"),
        ("Pjongjang wysłał do Rosji pięć tysięcy żołnierzy.", 5000, None, None, False,
         "dprk_troops_in_russia"),
        ("Korea Północna wysłała do Rosji od 10 do 12 tys. żołnierzy.", None, 10000, 12000, False,
         "dprk_troops_in_russia"),
        ("Korea Północna wysłała do Rosji 10–12 tys. żołnierzy.", None, 10000, 12000, False,
         "dprk_troops_in_russia"),
        ("Tysiące północnokoreańskich żołnierzy walczą w Rosji.", None, 1000, None, True,
         "dprk_troops_in_russia"),
        ("Kilka tysięcy północnokoreańskich żołnierzy walczy w Rosji.", None, 2000, None, True,
         "dprk_troops_in_russia"),
        ("W Rosji zginęło kilkuset północnokoreańskich żołnierzy.", None, 200, None, True,
         "dprk_troops_killed"),
        ("Dziesiątki tysięcy północnokoreańskich robotników pracuje w Rosji.", None, 10000, None,
         True, "dprk_workers_in_russia"),
        ("Pjongjang pokrywa do 40 proc. rosyjskiego zapotrzebowania na amunicję.", 40, None, 40,
         False, "dprk_share_of_russian_ammunition"),
    ],
)  # fmt: skip
def test_numbers_bounds_ranges_and_vague_amounts(
    text: str, value: float | None, low: float | None, high: float | None, vague: bool, measure: str
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.vague, c.measure) == (value, low, high, vague, measure)
    assert c.quote == text


def test_killed_and_wounded_in_one_sentence() -> None:
    killed, wounded = claims(
        "Ponad 300 północnokoreańskich żołnierzy zginęło, a 2700 zostało rannych."
    )
    assert (killed.low, killed.measure) == (300, "dprk_troops_killed")
    assert (wounded.value, wounded.measure) == (2700, "dprk_troops_wounded")


def test_approximations_and_status() -> None:
    (c,) = claims("Korea Północna wysłała do Rosji niemal 3000 żołnierzy.")
    assert (c.high, c.approx) == (3000, True)
    (c,) = claims("Korea Północna wysłała do Rosji około 3000 żołnierzy.")
    assert (c.value, c.approx, c.low, c.high) == (3000, True, None, None)
    (c,) = claims("Pjongjang może wysłać do Rosji kolejne 5 tys. żołnierzy.")
    assert c.status == "planned"
    (c,) = claims("Moskwa obiecała Korei Północnej milion baryłek ropy.")
    assert (c.value, c.status, c.measure) == (1_000_000, "pledged", "russia_aid_to_dprk")


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("Korea Północna wysłała do Rosji około 3000 żołnierzy – poinformował minister obrony.",
         "minister obrony", []),
        ("Korea Północna wysłała do Rosji 3000 żołnierzy, powiedział minister obrony.",
         "minister obrony", []),
        ("Jak podał ukraiński wywiad, Korea Północna wysłała do Rosji 3000 żołnierzy.",
         "ukraiński wywiad", []),
        ("Agencja Yonhap, powołując się na NIS, podała, że Korea Północna wysłała do Rosji 11 tys. żołnierzy.",
         "NIS", ["Agencja Yonhap"]),
    ],
)  # fmt: skip
def test_sources_and_via(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


@pytest.mark.parametrize(
    "text",
    [
        "24-letni północnokoreański żołnierz trafił do niewoli w 2024 roku.",
        "Pjongjang przekazał haubice Koksan M1978 kalibru 170 mm.",
        "Kim odwiedził fabrykę rakiet KN-23 13 listopada 2024 roku.",
    ],
)
def test_traps_are_not_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("W zeszłym miesiącu Korea Północna wysłała do Rosji 11 tys. żołnierzy.", "2024-12"),
        ("Korea Północna wysłała do Rosji 11 tys. żołnierzy 13 listopada 2024 roku.", "2024-11-13"),
    ],
)
def test_time_expressions_resolve_against_the_published_date(text: str, as_of: str) -> None:
    (c,) = extract_in("pl", text, published="2025-01-15")
    assert c.as_of == as_of


def test_a_bare_figure_after_what_it_counts() -> None:
    # the noun stands before the figure ("zabitych jest około 300"): the clause names it
    text = (
        "Korea Północna wysłała do Rosji 11 tys. żołnierzy. Według posłów zabitych jest około "
        "300, a rannych 2700. Korea Północna milczy."
    )
    _, killed, wounded = claims(text)
    assert (killed.value, killed.approx, killed.measure) == (300, True, "dprk_troops_killed")
    assert (wounded.value, wounded.measure) == (2700, "dprk_troops_wounded")


def test_a_count_noun_before_the_figure_names_what_it_counts() -> None:
    (c,) = claims("Liczba ofiar powodzi wzrosła w piątek do 157.")
    assert (c.figure, c.unit) == (157, "ofiar")


def test_a_part_counted_out_of_a_whole() -> None:
    part, whole = claims("Woda zalała 461 z 497 gmin w regionie.")
    assert (part.value, part.unit, whole.value, whole.unit) == (461, "gmin", 497, "gmin")


def test_officers_are_troops() -> None:
    (c,) = claims("W obwodzie kurskim walczą dziesiątki północnokoreańskich oficerów.")
    assert c.measure == "dprk_troops_in_russia"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a verb of saying after a comma or dash closing the sentence: the lone noun after
        # it is its speaker (no article marks it as one)
        ("Na manifestację przyszło około 50 tys. osób, podali organizatorzy.", "organizatorzy"),
        ("W Warszawie protestowało 3000 osób – poinformowała policja.", "policja"),
    ],
)
def test_a_lone_speaker_closing_the_sentence(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_a_fraction_of_a_noun_in_the_genitive() -> None:
    (c,) = claims("Połowa pocisków używanych przez Rosję pochodzi z Korei Północnej.")
    assert (c.value, c.unit, c.measure) == (50, "percent", "dprk_share_of_russian_ammunition")


def test_one_and_a_half_million() -> None:
    (c,) = claims("Korea Północna przekazała Rosji półtora miliona pocisków.")
    assert (c.value, c.measure) == (1_500_000, "dprk_artillery_shells")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the data's giver between the cue and "wynika", in the nominative
        ("Z danych ministerstwa wynika, że Korea Północna wysłała ok. 300 żołnierzy.",
         "ministerstwo"),
        # a time phrase between the cue and the speaker is passed over
        ("Jak poinformował w poniedziałek rzecznik resortu, zginęło 500 północnokoreańskich "
         "żołnierzy.", "rzecznik resortu"),
    ],
)  # fmt: skip
def test_cues_with_words_between(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the body named only as where it was said (extract/impersonal.py), as written
        ("W Ministerstwie Zdrowia szacują, że zachoruje 20 tys. osób.", "Ministerstwie Zdrowia"),
        ("W MON podkreślają, że do wojska trafi 500 nowych czołgów.", "MON"),
        ("Jak poinformowano w urzędzie wojewódzkim, ewakuowano 300 osób.", "urzędzie wojewódzkim"),
        ("W piątek szacują, że przyjedzie 300 osób.", None),
    ],
)  # fmt: skip
def test_impersonal_sources(text: str, source: str | None) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_according_to_data_names_its_giver() -> None:
    # "według szacunków": the giver after the data noun, back in the nominative; a count
    # noun ends the name
    (c,) = claims("Według szacunków litewskiego wywiadu Pjongjang wysłał ok. 3 tys. żołnierzy.")
    assert c.source == "litewski wywiad"
    (c,) = claims("Według Pekinu łączna liczba żołnierzy KRLD przekroczyła 9 tys.")
    assert c.source == "Pekin"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Według danych Państwowej Straży Pożarnej spłonęło 40 domów.", "Państwowa Straż"),
        ("Zdaniem zachodnich analityków Rosja straciła 300 czołgów.", "zachodni analitycy"),
        ("Według źródeł w rządzie Pjongjang wysłał 2 tys. robotników.", "źródła"),
        ("Według policji zginęło 7 osób.", "policja"),
    ],
)  # fmt: skip
def test_names_after_a_genitive_cue_are_read_in_the_nominative(text: str, source: str) -> None:
    # the head's words only: a verb right after the name still joins it ("policja zginęło")
    (c,) = claims(text)
    assert c.source is not None and c.source.startswith(source)


def test_as_many_as_is_a_ceiling() -> None:
    (c,) = claims("Korea Północna mogła wysłać do Rosji nawet 7 mln pocisków.")
    assert (c.value, c.low, c.high) == (7_000_000, None, 7_000_000)


def test_a_speaker_after_a_comma_and_the_government_announcing() -> None:
    (c,) = claims("Ponad 800 z nich zginęło w walkach, przekazał rzecznik wywiadu Piotr Zieliński.")
    assert c.source == "rzecznik wywiadu Piotr Zieliński"
    (c,) = claims("Rząd zapowiedział pomoc w wysokości 2 mld zł dla rolników.")
    assert c.source == "Rząd"


def test_the_receiving_side_does_not_own_the_goods() -> None:
    # Russia received them: North Korea's artillery, not a Russian figure
    found = claims(
        "Korea Północna wspiera Moskwę. Pjongjang wysłał żołnierzy. "
        "Rosja otrzymała również kilkaset haubic."
    )
    assert found[-1].measure == "dprk_artillery_systems"


def test_a_half_between_the_number_and_its_scale() -> None:
    (c,) = claims("Pjongjang przekazał Rosji trzy i pół miliona pocisków.")
    assert c.value == 3_500_000


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the whole table of a verb: "ostrzegła", "odnotowała", "mówili"
        ("Policja odnotowała 15 wypadków na drogach.", "Policja"),
        ("Straż pożarna ostrzegła, że zagrożonych jest 200 domów.", "Straż pożarna"),
        # a prepositional phrase between the speaker and the verb is no speaker
        ("Polscy saperzy w rozmowie z dziennikiem Fakt mówili, że znaleźli 300 pocisków.",
         "Polscy saperzy"),
    ],
)  # fmt: skip
def test_speakers_of_the_whole_verb_table(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_evidence_cited_beside_a_source_is_no_source() -> None:
    (c,) = claims(
        "Agencja AP, powołując się na zdjęcia satelitarne i źródła w rządzie USA, podała, że "
        "do portu dotarło 200 kontenerów."
    )
    assert c.source is not None and c.source.startswith("źródła")
    assert c.via == ["Agencja AP"]


def test_a_rank_abbreviation_does_not_end_the_sentence() -> None:
    """ "bryg. Marek Zaleski": the speaker's rank, so "Jak dodał" in the next sentence is his."""
    found = claims(
        "W akcji bierze udział ponad 300 strażaków – poinformował rzecznik straży pożarnej bryg. "
        "Marek Zaleski. Jak dodał, z powietrza ogień gaszą dwa samoloty gaśnicze."
    )
    assert [c.source for c in found] == ["rzecznik straży pożarnej bryg. Marek Zaleski"] * 2


def test_lawmakers_relaying_a_briefing_are_via() -> None:
    (c,) = claims(
        "Wywiad Korei Południowej podaje ostrożniejsze dane: jak przekazali posłowie obecni na "
        "posiedzeniu komisji, zabitych jest około 300 żołnierzy."
    )
    assert c.source == "Wywiad Korei Południowej"
    assert c.via == ["posłowie obecni"]


def test_a_closing_speaker_names_the_sentence_before() -> None:
    """ "... ewakuowano 120 mieszkańców. Wszyscy wrócili – przekazała gmina Goniądz.": the
    commune's figure too; a new paragraph is not reached."""
    found = claims(
        "Z dwóch miejscowości ewakuowano ok. 120 mieszkańców. Wszyscy mogli już wrócić do domów "
        "– przekazała gmina Goniądz."
    )
    assert [c.source for c in found] == ["gmina Goniądz", "gmina Goniądz"]
    (c,) = claims("W akcji bierze udział 300 strażaków.\n\nPogoda się poprawia – przekazała gmina.")
    assert c.source is None


def test_a_report_published_by_a_body_and_the_report_later() -> None:
    a, b = claims(
        "W ubiegłym roku do Niemiec wyjechało 40 tys. pielęgniarek – wynika z raportu "
        "opublikowanego we wtorek przez Naczelną Izbę Kontroli. W "
        "dokumencie podano też, że w szpitalach brakuje 12 tys. lekarzy."
    )
    assert a.source is not None and "Kontroli" in a.source
    assert b.source == a.source


def test_a_role_alone_after_a_named_person_is_that_person() -> None:
    _, b = claims(
        "Na oddziale leży 30 chorych – powiedziała dr Ewa Malinowska, ordynator oddziału. "
        "– Mamy 12 łóżek więcej, niż przewiduje kontrakt – mówi lekarka."
    )
    assert b.source is not None and "Ewa Malinowska" in b.source


def test_a_surname_in_an_oblique_case_means_the_person_named_before() -> None:
    _, b = claims(
        "Rzecznik straży granicznej Piotr Nowakowski powiedział, że zatrzymano 40 osób. "
        "Według Nowakowskiego 12 z nich to obywatele Białorusi."
    )
    assert b.source is not None and "Piotr Nowakowski" in b.source


def test_the_speaker_of_an_as_cue_past_an_adverbial() -> None:
    (c,) = claims(
        "Jak przekazał po zamkniętym posiedzeniu sejmowej komisji poseł Adam Wiśniewski, w "
        "Rosji przebywa obecnie 9 tys. najemników."
    )
    assert "Wiśniewski" in " ".join([c.source or "", *c.via])


def test_our_own_estimates_name_no_source() -> None:
    # "naszych szacunków": the writer's own; "powiedziała naszej redakcji dr X": still X
    _, b = claims(
        "Według ministerstwa zginęło 300 żołnierzy. Według naszych szacunków rannych zostało "
        "500 żołnierzy."
    )
    assert b.source is None
    (c,) = claims(
        "W szpitalu leży 46 chorych – powiedziała naszej redakcji dr Ewa Nowacka, ordynator."
    )
    assert c.source is not None and "Ewa Nowacka" in c.source


def test_a_lawmaker_speaking_after_a_body_s_briefing_passes_its_figures_on() -> None:
    a, b = claims(
        "Centralne Biuro Antykorupcyjne CBA przedstawiło we wtorek na zamkniętym posiedzeniu "
        "komisji sejmowej nowe ustalenia. Jak przekazał dziennikarzom poseł Jan Nowicki, "
        "zatrzymano co najmniej 40 osób. Według niego straty sięgają 90 mln zł."
    )
    assert a.source is not None and "CBA" in a.source and a.via == ["poseł Jan Nowicki"]
    assert (b.source, b.via) == (a.source, a.via)


def test_the_lawmaker_named_again_by_title_relays_the_same_source() -> None:
    """ "Deputowany, cytowany przez agencję Yonhap, dodał": the lawmaker named before, who
    relayed the NIS briefing; "Deputowany" alone is no name."""
    _, later = claims(
        "Według Narodowej Służby Wywiadowczej (NIS), na której briefing powołał się deputowany "
        "Kim Tae-yoon, w Rosji przebywa ok. 12,5 tys. żołnierzy. Deputowany, cytowany przez "
        "agencję Yonhap, dodał, że Pjongjang planuje wysłać kolejne 5 tys. ludzi."
    )
    assert later.source is not None and "NIS" in later.source


def test_a_survey_s_author_after_przez_is_the_source() -> None:
    (claim,) = claims(
        "Co trzeci mieszkaniec gminy dojeżdża do pracy autobusem, wynika z ankiety "
        "przeprowadzonej przez Uniwersytet Łódzki."
    )
    assert claim.source == "Uniwersytet Łódzki"


def test_a_plan_s_deadline_month_is_the_next_one() -> None:
    """Published in December: "do marca" in a plan, "do końca marca" in a pledge are next
    March; a month in a past report stays this year's."""
    plan, pledge, past = extract_in(
        "pl",
        "Rząd zamierza do marca zatrudnić 300 ratowników. Miasto obiecało 40 tys. zł do końca "
        "marca. W marcu rzeka zalała 120 domów.",
        published="2026-12-02",
    )
    assert (plan.as_of, pledge.as_of, past.as_of) == ("2027-03", "2027-03", "2026-03")


def test_a_broadcast_s_time_coded_labels_and_its_host() -> None:
    """ "[00:01:58] DR ANNA NOWAK:" opens a guest's turn behind its time code; the host's
    turns ("(prowadzący)", then by surname) ask, so a figure the host sums up is no one's;
    "Moim zdaniem" is the guest's own view, not a name after the cue."""
    text = (
        "[00:00:05] PIOTR LIS (prowadzący): W studiu jest dr Anna Nowak.\n\n"
        "[00:00:20] DR ANNA NOWAK: Moim zdaniem do Polski przyjechało 40 tysięcy osób.\n\n"
        "[00:01:10] LIS: Przypomnijmy: straty szacowane są na blisko 10 milionów złotych."
    )
    guest, host = claims(text)
    assert guest.source is not None and "Anna Nowak" in guest.source
    assert host.source is None


def test_a_lawmaker_after_a_body_s_own_figures_at_its_briefing_relays_it() -> None:
    """The agency tells a committee meeting its own figure; the lawmaker speaking next
    passes on more of its figures (source the agency, via the lawmaker), later too."""
    text = (
        "Agencja Wywiadu poinformowała na posiedzeniu komisji obrony, że na froncie jest 8 tys. "
        "ochotników. Ponad 500 z nich zostało rannych – powiedział reporterom poseł Jan Mazur.\n\n"
        "Do maja na front ma trafić kolejne 2 tys. ochotników – dodał Mazur."
    )
    first, wounded, later = claims(text)
    assert first.source == "Agencja Wywiadu"
    for c in (wounded, later):
        assert c.source == "Agencja Wywiadu"
        assert c.via and "Mazur" in c.via[0]


def test_her_opinion_means_the_speaker_before_and_datives_are_who_was_told() -> None:
    """ "Jej zdaniem" is a back-reference to the expert quoted before, not a name after
    "zdaniem"; "nam" and a quoted outlet after the verb were told; a quoted union closing
    the sentence speaks."""
    expert, own, told, union = claims(
        "„Co roku wyjeżdża 200 lekarzy” – mówi „Gazecie Nadmorskiej” prof. Ewa Lis z "
        "Uniwersytetu Gdańskiego. Jej zdaniem braki kadrowe przekroczyły już 3 tys. etatów.\n\n"
        "W szpitalu brakuje 40 pielęgniarek – przekazał nam dyrektor placówki Adam Wróbel.\n\n"
        "Za protestem opowiedziało się 91 proc. pracowników – podał „Solidarny Szpital”."
    )
    assert expert.source is not None and "Ewa Lis" in expert.source
    assert own.source is not None and "Ewa Lis" in own.source
    assert told.source is not None and told.source.startswith("dyrektor")
    assert union.source is not None and "Solidarny Szpital" in union.source


def test_where_it_was_told_stands_between_the_ones_told_and_the_speaker() -> None:
    text = (
        "Na froncie zginęło dotąd ponad 2 tys. żołnierzy – powiedziała reporterom po "
        "porannym posiedzeniu sejmowej komisji posłanka Anna Wrona."
    )
    (c,) = claims(text)
    assert c.source == "posłanka Anna Wrona"


def test_the_ones_told_are_no_source() -> None:
    text = (
        "Przedstawiciele Państwowej Komisji Wyborczej, PKW, przekazali wczoraj radnym, że "
        "głosowało 300 tys. osób."
    )
    (c,) = claims(text)
    assert c.source != "radnym"


def test_the_operator_named_again_is_the_company() -> None:
    """ "– podał operator", "Spółka zakłada": the company named before, described again."""
    _, left, share = claims(
        "Według spółki Sieci Podgórze w niedzielę rano bez prądu było ponad 46 tys. "
        "gospodarstw domowych.\n\nW środę wieczorem bez zasilania pozostawało jeszcze 8,4 tys. "
        "odbiorców – podał operator. Spółka zakłada, że do piątku przywróci zasilanie co "
        "najmniej 95 proc. z nich."
    )
    assert left.source == share.source == "spółki Sieci Podgórze"


def test_a_report_described_before_its_noun_is_its_owners() -> None:
    (shells,) = claims(
        "Pjongjang wysłał Rosji ok. 12,5 mln pocisków – wylicza w opublikowanym w piątek "
        "raporcie Centrum Analiz Azjatyckich w Poznaniu."
    )
    assert shells.source == "Centrum Analiz Azjatyckich"


def test_the_same_source_is_the_one_before() -> None:
    _, total = claims(
        "Ukraiński wywiad HUR podał, że w listopadzie przybyło 4 tys. żołnierzy. Łącznie w "
        "Rosji przebywa ich obecnie – według tego samego źródła – około 14 tysięcy."
    )
    assert total.source == "Ukraiński wywiad HUR"


def test_where_and_to_whom_it_was_said_before_the_speaker_after_the_verb() -> None:
    """ "– mówił w porannym wywiadzie dla telewizji X przedstawiciel HUR Y": the channel
    and the outlet told are passed over to the speaker, whose role opens in lower case."""
    (c,) = claims(
        "„Rosja dostała już ok. 4 mln pocisków” – mówił w wieczornym wywiadzie dla telewizji "
        "Kanał Wschód przedstawiciel ukraińskiego wywiadu Ołeh Dudnyk."
    )
    assert c.source is not None and c.source.endswith("Ołeh Dudnyk")
    assert "wywiadzie" not in c.source and "Kanał" not in c.source


def test_a_number_given_back_the_authors_and_a_calibre_abbreviation() -> None:
    """ "Taką liczbę podał X" gives X to the figure before it; "według autorów" is the
    report's source named before; "kal." does not end its sentence."""
    first, _ = claims(
        "Na front mogło trafić nawet 3 tys. kolejnych żołnierzy. Taką liczbę podał w środę "
        "portal Kresy24, powołując się na Sztab Generalny. Łącznie jest ich ok. 13 tys."
    )
    assert first.source is not None and "Sztab Generalny" in first.source
    report = claims(
        "Pjongjang wysłał Rosji ok. 9 mln pocisków – wylicza w raporcie Instytut Studiów "
        "Wschodnich. Według autorów to blisko 40 proc. amunicji, a także 50 haubic kal. "
        "170 mm oraz od 30 do 40 wyrzutni."
    )
    assert [c.source for c in report] == ["Instytut Studiów Wschodnich"] * len(report)
    assert len(report) == 4


def test_unofficially_is_how_something_is_said_not_who_says_it() -> None:
    # "Nieoficjalnie mówi się" (unofficially it is said): an adverb, no speaker
    (c,) = extract_in(
        "pl", "Nieoficjalnie mówi się, że do końca marca na front trafi jeszcze 1,5 tys. saperów."
    )
    assert c.source is None


def test_a_verb_after_the_dash_closing_a_quote_is_the_person_named_before() -> None:
    """ "– mówi." with its subject unsaid, where no source came before: the person the
    text named last; a name after the verb speaks itself."""
    (c,) = extract_in(
        "pl",
        "Sołtys Marek Wójcik oprowadza nas po spalonej wsi. – Doszczętnie spłonęło "
        "siedem domów – mówi.",
    )
    assert c.source is not None and c.source.endswith("Marek Wójcik")
    (named,) = extract_in(
        "pl",
        "Sołtys Marek Wójcik oprowadza nas po wsi. „Spłonęło siedem domów” – relacjonował "
        "w poniedziałek strażak Adam Kos.",
    )
    assert named.source is not None and named.source.endswith("Adam Kos")


def test_the_channel_a_body_spoke_through_is_no_speaker() -> None:
    # "W czwartkowym komunikacie podał": in the statement, the body opening the paragraph
    (c,) = extract_in(
        "pl",
        "Urząd Marszałkowski opublikował nowe dane. W czwartkowym komunikacie podał, że "
        "zamknięto 12 szkół.",
    )
    assert c.source == "Urząd Marszałkowski"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # no article opens a name here: the capitalised words before the promise promise
        ("Kreml zobowiązał się w październiku dostarczyć 150 tys. ton pszenicy.", "Kreml"),
        ("Ministerstwo Zdrowia zobowiązało się przekazać szpitalom 150 mln zł.",
         "Ministerstwo Zdrowia"),
        # a country's promise is told by someone else; a pronoun names no one
        ("Rosja zobowiązała się dostarczyć 150 tys. ton pszenicy.", None),
        ("To zobowiązało rząd do wypłaty 150 mln zł.", None),
    ],
)  # fmt: skip
def test_who_promises_opens_the_sentence(text: str, source: str | None) -> None:
    (c,) = extract_in("pl", text)
    assert c.source == source


def test_the_writers_sum_carries_no_source() -> None:
    found = extract_in(
        "pl",
        "Według wywiadu zginęło 3,4 tys. żołnierzy, a rannych jest 8,5 tys. Razem daje to "
        "niemal 12 tys. zabitych i rannych.",
    )
    assert found[-1].source is None and found[0].source is not None


def test_a_body_telling_its_own_plan_is_its_source() -> None:
    (c,) = claims("Zarząd portu planuje od stycznia zatrudnić 45 dodatkowych dokerów.")
    assert (c.value, c.source, c.status) == (45, "Zarząd portu", "planned")


def test_a_name_in_the_dative_after_a_verb_of_saying_is_no_speaker() -> None:
    (c,) = claims("Kreml obiecał Kimowi jeszcze 40 tys. ton nawozów do końca marca.")
    assert c.source == "Kreml"
    (c,) = claims("Waszyngton przekazał Zełenskiemu 300 ciężarówek, podał Pentagon.")
    assert c.source == "Pentagon"


def test_an_area_where_something_was_found_is_no_body_that_said_it() -> None:
    (c,) = claims(
        "Od lipca w województwie stwierdzono 17 ognisk grypy ptaków – wynika z komunikatu "
        "Wojewódzkiego Inspektoratu Weterynarii."
    )
    assert c.source is not None and "Inspektoratu" in c.source


def test_an_age_in_brackets_is_no_figure_and_no_break_in_the_name() -> None:
    (c,) = claims(
        "Dr Marta Zielonka (52 l.) z gdańskiego Instytutu Morskiego szacuje, że port "
        "obsłużył od 300 do 350 statków."
    )
    assert (c.low, c.high, c.source) == (300, 350, "Dr Marta Zielonka")


def test_a_lawmaker_cited_by_a_paper_relays_the_body_he_names() -> None:
    (c,) = claims(
        "Poseł Adam Rudnik z sejmowej komisji zdrowia, cytowany przez dziennik „Głos Ziemi”, "
        "relacjonował, że NFZ szacuje braki na 1,2 tys. pielęgniarek."
    )
    assert c.value == 1200 and c.source == "NFZ"


def test_a_years_abbreviation_opens_no_name() -> None:
    text = (
        "„Brakuje nam 40 miejsc” – mówi burmistrz Ewa Lisiecka, która rządzi gminą od 2019 r. "
        "Burmistrz zapowiada, że do końca 2027 r. powstaną dwa nowe przedszkola."
    )
    found = claims(text)
    assert [c.source for c in found] == ["burmistrz Ewa Lisiecka"] * 2


def test_the_killed_and_the_wounded_named_together_are_casualties() -> None:
    (c,) = claims(
        "Według ukraińskiego wywiadu straty wojsk KRLD, zabitych i rannych razem, "
        "przekroczyły 9 tys."
    )
    assert (c.value, c.measure) == (9000, "dprk_troops_casualties")


def test_we_in_a_turn_of_a_dialogue_of_dashes_is_the_speaker_s() -> None:
    # "dla nas" (for us) in the turn after the tag is the speaker's "we", not the writer's
    found = claims(
        "– Zarząd liczy tylko etaty – mówi Jan Wrona, szef związku. – Jeżeli doliczyć "
        "kierowców, którzy jeżdżą dla nas na zlecenie, pracę straci blisko 420 osób."
    )
    assert [c.value for c in found] == [420]
    assert (found[0].source or "").endswith("Wrona")


def test_the_mps_told_are_no_title_of_the_speaker_after_them() -> None:
    """ "mówiła posłom dr X": the speaker told the MPs (dative); she is no lawmaker, so in a
    report of a closed-door sitting her figures stay hers, not the briefing body's."""
    (troops,) = claims(
        "Posiedzenie komisji odbyło się za zamkniętymi drzwiami, a posłowie wysłuchali "
        "informacji Agencji Wywiadu.\n\n"
        "Do Rosji trafiło 15 tys. żołnierzy – mówiła posłom dr Anna Lis z Ośrodka Studiów."
    )
    assert troops.source == "dr Anna Lis"
    assert troops.via == []


def test_suffered_wounds_is_wounded() -> None:
    text = "Z około 14 tys. północnokoreańskich żołnierzy od 5 do 6 tys. odniosło rany."
    assert claims(text)[-1].measure == "dprk_troops_wounded"


def test_a_speaker_past_a_relative_clause_and_an_aside() -> None:
    text = (
        "Urzędnicy ministerstwa zjednoczenia, z którymi rozmawialiśmy, zastrzegając "
        "anonimowość, szacują, że w Rosji pracuje już ok. 17 tys. obywateli KRLD."
    )
    (c,) = claims(text)
    assert c.source == "Urzędnicy ministerstwa zjednoczenia"


def test_an_intelligence_agencys_official_is_no_outlet() -> None:
    text = (
        "Poseł Piotr Jastrzębowski powiedział, że przedstawiciel Agencji Wywiadu mówił o "
        "ponad 12 mln pocisków."
    )
    (c,) = claims(text)
    assert (c.source, c.via) == ("przedstawiciel Agencji Wywiadu", ["Poseł Piotr Jastrzębowski"])


@pytest.mark.parametrize(
    ("word", "value"), [("szesnastu", 16), ("dziewiętnastu", 19), ("osiemdziesięciu", 80)]
)
def test_teens_and_tens_in_their_other_cases(word: str, value: int) -> None:
    (c,) = claims(f"Rosja przetrzymuje {word} żołnierzy z Korei Północnej.")
    assert c.value == value


def test_a_multiplier_before_an_abbreviated_scale() -> None:
    (c,) = claims("Do Rosji trafiło kilka tys. żołnierzy.")
    assert (c.value, c.low, c.vague) == (None, 2000, True)


def test_several_billion_is_no_repeat_of_nearly_two_billion() -> None:
    text = (
        "Według NIS Moskwa przekazała Pjongjangowi równowartość blisko dwóch miliardów "
        "dolarów.\n\nNaszym zdaniem łączna wartość może sięgać kilku mld dol. rocznie."
    )
    assert [(c.low, c.high) for c in claims(text)] == [(None, 2e9), (2e9, None)]


def test_the_same_service_a_year_ago_is_the_service_named_before() -> None:
    """ "w grudniu ubiegłego roku ta sama służba": the same body again, past a time phrase
    that is no part of its name."""
    text = (
        "Według agencji Yonhap służba wywiadu NIS szacuje, że w Rosji jest 14 tys. żołnierzy. "
        "W grudniu ubiegłego roku ta sama służba oceniała kontyngent na ok. 11 tys. ludzi."
    )
    (first, second) = [c for c in claims(text) if c.figure in (14_000, 11_000)]
    assert second.source == first.source and "NIS" in (second.source or "")


def test_an_acronym_is_the_body_a_sentence_before_spelled_out() -> None:
    """ "podaje MOPS" after "przygotował Miejski Ośrodek Pomocy Społecznej": the body its
    letters spell, with the acronym, for both figures of the sentence."""
    found = claims(
        "Listę przygotował Miejski Ośrodek Pomocy Społecznej. Zakwalifikowano 812 rodzin, "
        "w których mieszka ok. 1,7 tys. dzieci – podaje MOPS."
    )
    assert [c.source for c in found] == ["Miejski Ośrodek Pomocy Społecznej (MOPS)"] * 2


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a capital city standing for its government, after an opener saying when
        ("W lipcu Seul mówił o mniej więcej 9 tys. żołnierzy.", "Seul"),
        ("Pod koniec sierpnia 2026 r. Kijów szacował straty na ponad 4 tys.", "Kijów"),
        # the year's abbreviation is no word of the name after it
        (
            "W marcu 2026 r. miejski sztab kryzysowy szacował, że wodę straciło 800 domów.",
            "miejski sztab kryzysowy",
        ),
    ],
)
def test_a_speaker_after_an_opener_saying_when(text: str, source: str) -> None:
    (c,) = extract_in("pl", text, "2026-11-20")
    assert c.source == source


def test_a_pledger_in_a_reported_clause_is_not_the_speaker() -> None:
    """ "Resort dodał, że Moskwa obiecała …": the ministry said it."""
    text = "Resort rolnictwa poinformował, że Moskwa obiecała na przyszły rok 30 tys. ton zboża."
    (c,) = extract_in("pl", text, "2026-11-20")
    assert c.source != "Moskwa"


def test_a_dash_turn_over_two_sentences_is_its_closing_speaker_s() -> None:
    """ "– … 14 autobusów. Zdanie drugie – mówi X, opis.": the figure in the turn's first
    sentence is X's, past a description of X after the name."""
    text = (
        "Zarząd liczy inaczej.\n\n"
        "– W poniedziałek nie wyjechało 14 autobusów. To cały dzień jazdy na linii – mówi "
        "przewodniczący związku Adam Lisiecki, kierowca z 19-letnim stażem."
    )
    (c,) = extract_in("pl", text, "2026-12-02")
    assert c.source is not None and "Lisiecki" in c.source


def test_a_dash_turn_is_its_speaker_s_not_the_paragraph_s() -> None:
    """A source the paragraph carried gives way to the speaker closing the dash's turn."""
    text = (
        "Związkowcy szacują, że brakuje ok. 45 osób. – Ci, którzy zostali, wyrabiają 20 "
        "nadgodzin tygodniowo. To się musi skończyć źle – ostrzega Adam Lisiecki."
    )
    first, second = extract_in("pl", text, "2026-12-02")
    assert first.source == "Związkowcy"
    assert second.source is not None and "Lisiecki" in second.source


def test_the_newsroom_told_before_the_speaker_is_no_part_of_the_name() -> None:
    """ "– powiedziała naszej redakcji dr Anna Kołodziejczyk": the doctor speaks."""
    text = (
        "Na oddziale leży obecnie 46 chorych z grypą – powiedziała naszej redakcji "
        "dr Anna Kołodziejczyk, kierowniczka oddziału."
    )
    (c,) = extract_in("pl", text, "2026-12-02")
    assert c.source is not None and "Kołodziejczyk" in c.source


def test_a_report_a_figure_follows_from_names_its_body() -> None:
    """ "Z najnowszego raportu X wynika, że …": X's figure."""
    text = (
        "Z najnowszego raportu Instytutu Studiów Azji Wschodniej wynika, że w tym roku Rosja "
        "dostarczyła Korei Północnej ponad 1,2 mln baryłek ropy naftowej."
    )
    (c,) = extract_in("pl", text, "2026-12-02")
    assert c.source is not None and "Instytut Studiów Azji Wschodniej" in c.source


def test_our_estimates_in_a_turn_closed_by_a_dash_are_the_speakers() -> None:
    """ "…, według naszych szacunków nawet 20 tys. opakowań, … – powiedział rzecznik X": the
    dash closes the turn without a comma, and "our" is the spokesman's, not the paper's."""
    text = (
        "– Do wtorku wróciło do nas niespełna 60 proc. towaru. Resztę, według naszych "
        "szacunków nawet 20 tys. opakowań, klienci mogli już zjeść – powiedział rzecznik "
        "spółki Paweł Kordecki."
    )
    found = {c.value: c.source for c in extract_in("pl", text, "2026-12-02")}
    assert found[60] == found[20000] == "rzecznik spółki Paweł Kordecki"


def test_as_the_body_established_names_it() -> None:
    text = "Jak ustaliła stacja sanepidu w Kielcach, dziewięć osób trafiło do szpitala."
    (c,) = extract_in("pl", text, "2026-12-02")
    assert c.source is not None and "stacja sanepidu" in c.source


def test_a_dash_with_so_and_an_object_pronoun_before_the_speaker() -> None:
    """ "… – tak ocenia je ukraiński wywiad wojskowy HUR": the intelligence service, past
    "tak" (so) and "je" (them)."""
    text = (
        "Co najmniej 2,4 tys. zabitych i blisko 6 tys. rannych – tak ocenia je ukraiński "
        "wywiad wojskowy HUR."
    )
    for c in extract_in("pl", text, "2026-12-02"):
        assert c.source == "ukraiński wywiad wojskowy HUR", c
        assert c.via == [], c


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "co N-ty" in its other cases: one in every N
        ("Czujniki dymu wisiały tylko w co piątym domu.", 20.0),
        ("Co trzeciej szkole brakuje nauczycieli.", 33.3),
        # a collective numeral of a mixed group, in the genitive
        ("Lekarze walczą o życie trojga dzieci i pięciorga dorosłych.", 5.0),
    ],
)
def test_inflected_ordinals_and_collective_numerals_are_read(text: str, value: float) -> None:
    assert value in [c.value for c in claims(text)]


def test_jakoby_marks_a_rumour() -> None:
    """ "jakoby na front dotarło już 40 czołgów" (allegedly): a rumour, as "rzekomo" is."""
    text = "W mieście mówi się, jakoby na front dotarło już nawet 40 czołgów z KRLD.\n"
    (c,) = extract_in("pl", text, "2026-12-02")
    assert c.status == "rumoured"
