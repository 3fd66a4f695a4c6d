"""German: the fixture folder scored end to end, and the number, bound, attribution, status
and time forms of German reports through the public extractor (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.clean import classify_line
from claimtrack.extract import parse_digits
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("de", text)


def test_german_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("de")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.8, r
    assert r["traps_hit"] == 0, r


@pytest.mark.parametrize(
    ("text", "value"), [("11.000", 11000), ("1,5", 1.5), ("2.700.000", 2700000)]
)
def test_german_digits(text: str, value: float) -> None:
    assert parse_digits(text, "de") == value


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "vague", "measure"),
    [
        ("Nordkorea hat 11.000 Soldaten nach Russland geschickt.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("Nordkorea hat elftausend Soldaten nach Russland geschickt.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("Pjöngjang hat 1,5 Millionen Granaten an Russland geliefert.", 1_500_000, None, None,
         False, "dprk_artillery_shells"),
        ("Pjöngjang hat zweihunderttausend Granaten an Russland geliefert.", 200_000, None, None,
         False, "dprk_artillery_shells"),
        ("Dreiundzwanzig nordkoreanische Soldaten wurden gefangen genommen.", 23, None, None,
         False, "dprk_troops_captured"),
        ("Nordkorea hat mehr als 11.000 Soldaten nach Russland geschickt.", 11000, 11000, None,
         False, "dprk_troops_in_russia"),
        ("Nordkorea hat zwischen 10.000 und 12.000 Soldaten nach Russland geschickt.", None,
         10000, 12000, False, "dprk_troops_in_russia"),
        ("Tausende nordkoreanische Soldaten sind in Russland.", None, 1000, None, True,
         "dprk_troops_in_russia"),
        ("Zehntausende nordkoreanische Arbeiter sind in Russland.", None, 10000, None, True,
         "dprk_workers_in_russia"),
    ],
)  # fmt: skip
def test_numbers_bounds_ranges_and_vague_amounts(
    text: str, value: float | None, low: float | None, high: float | None, vague: bool, measure: str
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.vague, c.measure) == (value, low, high, vague, measure)
    assert c.quote == text


def test_approximations_and_status_at_the_end_of_the_clause() -> None:
    (c,) = claims("Nordkorea hat rund 3000 Soldaten nach Russland geschickt.")
    assert (c.value, c.approx, c.high) == (3000, True, None)
    (c,) = claims("Nordkorea hat knapp 3000 Soldaten nach Russland geschickt.")
    assert (c.high, c.approx) == (3000, True)
    # the participle and the modal close the clause, after the figure
    (c,) = claims("Russland hat Nordkorea Hilfen im Wert von 25 Mio. Dollar zugesagt.")
    assert (c.value, c.status) == (25_000_000, "pledged")
    (c,) = claims("Experten rechnen damit, dass Pjöngjang 5000 weitere Soldaten schicken könnte.")
    assert (c.value, c.status, c.source) == (5000, "planned", "Experten")


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("Laut dem Generalstab hat Nordkorea 11.000 Soldaten nach Russland geschickt.",
         "dem Generalstab", []),
        # the genitive's endings go: "des südkoreanischen Geheimdienstes"
        ("Nach Angaben des südkoreanischen Geheimdienstes hat Nordkorea 11.000 Soldaten nach "
         "Russland geschickt.", "südkoreanische Geheimdienst", []),
        ("Nach Einschätzung südkoreanischer Experten hat Nordkorea 11.000 Soldaten nach Russland "
         "geschickt.", "südkoreanische Experten", []),
        ("Nach Angaben des Deutschen Wetterdienstes fielen bis zu 180 Liter Regen.",
         "Deutsche Wetterdienst", []),
        # an unnamed spokesperson speaks for the body
        ("Nordkorea hat 11.000 Soldaten nach Russland geschickt, sagte ein Sprecher des "
         "Verteidigungsministeriums.", "Verteidigungsministerium", []),
        ("Nordkorea hat 11.000 Soldaten nach Russland geschickt, teilte das "
         "Verteidigungsministerium in Seoul mit.", "das Verteidigungsministerium in Seoul", []),
        ("Die Nachrichtenagentur Yonhap berichtete unter Berufung auf den Geheimdienst, Nordkorea "
         "habe 11.000 Soldaten nach Russland geschickt.", "den Geheimdienst",
         ["Die Nachrichtenagentur Yonhap"]),
        ("Die Ukraine hat nach eigenen Angaben 250 nordkoreanische Raketen registriert.",
         "Die Ukraine", []),
    ],
)  # fmt: skip
def test_sources_and_via(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


def test_back_reference_to_a_compound() -> None:
    text = (
        "Rund 3000 Menschen mussten ihre Häuser verlassen, teilte das bayerische "
        "Innenministerium mit. Das Ministerium bezifferte die Schäden auf 200 Millionen Euro."
    )
    _, damage = claims(text)
    assert damage.source == "das bayerische Innenministerium"


@pytest.mark.parametrize(
    "text",
    [
        "Der 26-jährige Soldat wurde im Januar 2025 gefangen genommen.",
        "Pjöngjang liefert Haubitzen vom Kaliber 170 Millimeter.",
        "Kim besuchte am 14. November 2024 die Fabrik für Raketen vom Typ KN-23.",
    ],
)
def test_traps_are_not_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Im vergangenen Monat schickte Nordkorea 11.000 Soldaten nach Russland.", "2024-12"),
        ("Im November schickte Nordkorea 11.000 Soldaten nach Russland.", "2024-11"),
    ],
)
def test_time_expressions_resolve_against_the_published_date(text: str, as_of: str) -> None:
    (c,) = extract_in("de", text, published="2025-01-15")
    assert c.as_of == as_of


def test_a_bare_figure_counts_what_its_clause_names() -> None:
    # "2700" has no separator and no noun after it; its participle says what it counts. A
    # place named in the clause that reports it ("in Seoul") does not hide whose soldiers
    text = (
        "Nordkorea hat etwa 11.000 Soldaten nach Russland entsandt. In Kursk seien mindestens "
        "300 von ihnen getötet und rund 2700 verwundet worden, teilte der Dienst Abgeordneten "
        "in Seoul mit. Nordkorea äußerte sich nicht."
    )
    _, killed, wounded = claims(text)
    assert (killed.value, killed.low, killed.measure) == (300, 300, "dprk_troops_killed")
    assert (wounded.value, wounded.approx, wounded.measure) == (2700, True, "dprk_troops_wounded")
    # a bare figure whose clause names no measure stays out
    assert claims("Am Ende blieb es bei 2700, sagte ein Sprecher der Bahn.") == []


def test_a_count_noun_before_the_figure_names_what_it_counts() -> None:
    (c,) = claims("Die Zahl der Toten stieg nach Angaben der Polizei auf 157.")
    assert (c.value, c.unit) == (157, "toten")


def test_a_part_counted_out_of_a_whole() -> None:
    # the part counts the whole's thing; the whole is a claim of its own
    part, whole = claims("Nach Angaben des Landes waren 461 von 497 Gemeinden betroffen.")
    assert (part.value, part.unit, whole.value) == (461, "gemeinden", 497)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Laut dem Generalstab kämpfen Dutzende nordkoreanische Offiziere mit russischen "
         "Truppen.", "dprk_troops_in_russia"),
        ("Zwei nordkoreanische Soldaten befinden sich in ukrainischer Kriegsgefangenschaft.",
         "dprk_troops_captured"),
    ],
)  # fmt: skip
def test_compound_and_plural_measure_nouns(text: str, measure: str) -> None:
    (c,) = claims(text)
    assert c.measure == measure


@pytest.mark.parametrize(
    "text",
    [
        "Nordkorea hat eineinhalb Millionen Granaten an Russland geliefert.",
        "Nordkorea hat anderthalb Millionen Granaten an Russland geliefert.",
    ],
)
def test_a_fraction_word_before_a_scale(text: str) -> None:
    (c,) = claims(text)
    assert (c.value, c.vague, c.measure) == (1_500_000, False, "dprk_artillery_shells")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nordkorea hat nach Schätzung des Pentagons rund 12.000 Soldaten entsandt.", "Pentagon"),
        ("Nordkorea habe 11.000 Soldaten entsandt, hieß es aus Regierungskreisen.",
         "Regierungskreisen"),
    ],
)  # fmt: skip
def test_singular_estimates_and_circles(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "value", "low", "vague"),
    [
        ("Nordkorea schickte mehrere hundert Soldaten nach Russland.", None, 200, True),
        ("Nordkorea schickte einige Hundert Soldaten nach Russland.", None, 200, True),
        ("Nordkorea schickte ein paar Dutzend Soldaten nach Russland.", None, 24, True),
        ("Nordkorea schickte ein Dutzend Generäle nach Russland.", 12, None, False),
        ("Nordkorea schickte hundert Soldaten nach Russland.", 100, None, False),
    ],
)
def test_hundreds_and_dozens(
    text: str, value: float | None, low: float | None, vague: bool
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.vague, c.measure) == (value, low, vague, "dprk_troops_in_russia")


def test_a_hundred_years_is_no_count() -> None:
    assert claims("Der Pakt gilt für hundert Jahre.") == []


@pytest.mark.parametrize(
    "line",
    [
        "Jetzt für 2,99 Euro im Monat weiterlesen",
        "Ein Digital-Abo kostet 9,99 Euro im Monat.",
        "Hinweis: Unser Liveblog ist für Abonnenten ab 1,99 Euro pro Woche verfügbar.",
    ],
)
def test_subscription_lines_are_furniture(line: str) -> None:
    assert classify_line(line) is not None
    # a news sentence with the same words stays text
    assert (
        classify_line(
            "Die Zahl der Abonnenten stieg im Monat nach dem Start um 2,99 Prozent, sagte ein "
            "Sprecher des Verlags am Dienstag in Hamburg vor Journalisten und Analysten der Branche."
        )
        is None
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the body named only as where it was said (extract/impersonal.py)
        ("Im Gesundheitsministerium rechnet man mit rund 20.000 Fällen.", "Gesundheitsministerium"),
        ("Beim Technischen Hilfswerk geht man von 300 zerstörten Häusern aus.",
         "Technischen Hilfswerk"),
        ("Bis zu 500 Soldaten seien verlegt worden, hieß es im Verteidigungsministerium.",
         "Verteidigungsministerium"),
        ("Bis zu 500 Soldaten seien verlegt worden, hieß es in einem Interview am Sonntag.", None),
    ],
)  # fmt: skip
def test_impersonal_sources(text: str, source: str | None) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_a_range_in_words_shares_its_scale() -> None:
    (c,) = extract_in(
        "de", "Nordkorea hat Russland zwischen drei und fünf Millionen Granaten geliefert."
    )
    assert (c.value, c.low, c.high) == (None, 3_000_000, 5_000_000)


def test_a_receiving_russia_leaves_the_goods_north_korean() -> None:
    found = extract_in(
        "de",
        "Nordkorea unterstützt Moskau. Pjöngjang schickte Soldaten. "
        "Russland erhielt außerdem rund 150 Haubitzen.",
    )
    assert found[-1].measure == "dprk_artillery_systems"


def test_so_and_a_back_reference_after_the_verb() -> None:
    found = claims(
        "Nach Angaben des britischen Militärgeheimdienstes sind 5000 Soldaten im Einsatz. "
        "Insgesamt, so schätzt der Dienst, seien 800 Soldaten gefallen."
    )
    assert [c.source for c in found] == ["britische Militärgeheimdienst"] * 2


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Schätzungen zufolge sollen 300 Soldaten gefallen sein.", None),
        ("Angaben des Ministeriums zufolge sind 300 Soldaten gefallen.", "Ministerium"),
        # who demands a sum tells it; a relative clause between speaker and verb
        ("Die Gewerkschaft fordert 7 Prozent mehr Lohn.", "Die Gewerkschaft"),
        ("Ein Diplomat, der nicht genannt werden wollte, sagte, es seien 200 Raketen.",
         "Ein Diplomat"),
        ("Ein Offizier, der anonym bleiben wollte, sprach gegenüber dem Sender von 300 Toten.",
         "Ein Offizier"),
        # "by its own reckoning" in any of its forms names the clause's subject
        ("Die Stadt hat nach eigener Rechnung 40 Millionen Euro ausgegeben.", "Die Stadt"),
    ],
)  # fmt: skip
def test_data_and_demands(text: str, source: str | None) -> None:
    (c,) = claims(text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an unnamed spokesperson speaks for the body, named in the nominative
        ("Ein Sprecher des Auswärtigen Amts sprach von rund 700.000 Barrel Öl.", "Auswärtige Amt"),
        ("Nordkorea habe 300 Raketen geliefert, sagte eine Sprecherin der Bundesregierung.",
         "Bundesregierung"),
        # an age between the verb and its speaker
        ("„Wir müssen 90 Millionen Euro einsparen“, sagte der 58-jährige Kämmerer.", "Kämmerer"),
        # present tense, verb-second order, and "by its own analysis"
        ("Der ukrainische Generalstab beziffert die Verluste auf mehr als 5000 Tote.",
         "Der ukrainische Generalstab"),
        ("Für 2026 rechnet die Stadt mit einem Fehlbetrag von 312 Millionen Euro.", "die Stadt"),
        ("Das Forum hat nach eigener Auswertung von Satellitenbildern 64 Fahrten gezählt.",
         "Das Forum"),
    ],
)  # fmt: skip
def test_speakers_of_every_shape(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_lawmakers_relaying_a_briefing_pass_the_agency_figure_on() -> None:
    found = claims(
        "Nach Angaben des Geheimdienstes NIS sind 11.000 Soldaten in Russland. Damit seien "
        "13.000 Soldaten im Land, berichtet die Nachrichtenagentur Yonhap unter Berufung auf "
        "Abgeordnete, die vom NIS unterrichtet wurden."
    )
    assert found[-1].source == "Geheimdienst NIS"
    assert found[-1].via == ["die Nachrichtenagentur Yonhap", "Abgeordnete"]


def test_a_compound_spokesperson_speaks_for_its_body() -> None:
    # "ein Regierungssprecher": an unnamed spokesperson of the government is the government
    (c,) = claims("Rund 300 Beamte würden versetzt, sagte ein Regierungssprecher.")
    assert c.source == "Regierung"
    (d,) = claims("Rund 300 Beamte würden versetzt, sagte der Pressesprecher.")
    assert d.source != "Presse"


def test_circles_of_a_body_speak_for_it() -> None:
    # "Kreise des Verteidigungsministeriums": the ministry, back in the nominative
    (c,) = claims(
        "Die Zeitung berichtete unter Berufung auf Kreise des polnischen Verteidigungsministeriums, "
        "Warschau habe rund 400 Panzer bestellt."
    )
    assert c.source is not None and "Verteidigungsministerium" in c.source.split()


def test_a_body_described_after_the_name_opening_its_sentence_is_that_name() -> None:
    # "teilte der Konzern mit" with no source named before: the company the sentence opened with
    (c,) = claims(
        "Der Verband kritisierte die Lage. Die Stadtwerke Kassel haben im Mai 4,2 Millionen "
        "Fahrgäste gezählt, teilte das Unternehmen am Montag mit."
    )
    assert c.source == "Die Stadtwerke Kassel"
    # a country opening the sentence is what the body speaks of (CLDR's territory names)
    (d,) = claims(
        "Die Regierung äußerte sich. Nordkorea hat 300 Raketen geliefert, teilte das "
        "Ministerium mit."
    )
    assert d.source != "Nordkorea"


def test_a_spokesperson_named_by_nothing_else_speaks_for_the_body_before() -> None:
    _, b = claims(
        "Das Gesundheitsministerium meldete 120 neue Fälle. Bis 2030 sollen 4 Milliarden Euro "
        "in die Kliniken fließen, sagte eine Sprecherin."
    )
    assert b.source == "Das Gesundheitsministerium"


def test_a_channel_and_a_back_reference_cue_end_no_name() -> None:
    # "die Behörde auf Telegram" is the agency named before; "hieß es demnach" names no one
    a, b, c = claims(
        "Nach Angaben des Grenzschutzdienstes GSD wurden 40 Boote gezählt. Rund 300 Menschen "
        "seien an Bord gewesen, teilte die Behörde auf Telegram mit. Etwa 90 davon seien "
        "Kinder, hieß es demnach weiter."
    )
    assert a.source is not None and "GSD" in a.source
    assert b.source == c.source == a.source


def test_a_described_speaker_means_the_sentences_own_subject_when_no_earlier_name_fits() -> None:
    # a source named before that is no "Unternehmen" leaves the sentence's own subject
    _, b = claims(
        "Die Gewerkschaft verlangt 12 Prozent mehr Lohn, sagte Verdi-Chef Karl Weber. "
        "Die Stadtwerke Kassel haben im Mai 4,2 Millionen Fahrgäste gezählt, teilte das "
        "Unternehmen am Montag mit."
    )
    assert b.source == "Die Stadtwerke Kassel"
    # an earlier name sharing the description's noun is the one it means
    _, d = claims(
        "Nach Angaben des Verkehrsministeriums wurden 300 Betriebe befragt. Die Deutsche Bahn "
        "hat 4,2 Millionen Fahrgäste befördert, teilte das Ministerium mit."
    )
    assert d.source is not None and "Verkehrsministerium" in d.source


def test_figures_in_the_unit_of_a_sources_series_go_on_with_it() -> None:
    a, b, c, d = claims(
        "Die Stadtwerke Kassel haben im Mai 62,4 Prozent der Busse pünktlich betrieben, teilte "
        "das Unternehmen mit. Im Vorjahr hatte die Quote bei 70,1 Prozent gelegen. Bei den "
        "Straßenbahnen waren es 81,5 Prozent. Im Netz fahren derzeit 240 Busse."
    )
    assert a.source == b.source == c.source == "Die Stadtwerke Kassel"
    assert d.source is None  # another unit: the writer's own again


def test_demnach_after_a_colon_means_the_body_whose_document_was_named() -> None:
    found = claims(
        "Die Ursache ist unklar, sagte die Stadt. Wer die Lage verstehen will, muss warten. "
        "Die Abgeordnete Jana Roth verwies am Montag auf einen internen Bericht des "
        "Umweltbundesamtes: Demnach sind 40 Prozent der Brunnen belastet."
    )
    assert found[-1].source is not None and "Umweltbundesamt" in found[-1].source


def test_a_question_word_opening_a_sentence_is_no_subject_to_refer_back_to() -> None:
    found = claims(
        "Was genau geschah, lässt sich nur schätzen. Demnach wurden 300 Häuser beschädigt."
    )
    assert found[-1].source is None


def test_an_unnamed_spokesperson_told_an_outlet_speaks_for_the_body_opening_the_sentence() -> None:
    (c,) = claims(
        "Die Berliner Wasserbetriebe haben seit Montag mehr als 120 Rohrbrüche repariert, "
        "wie eine Sprecherin dem RBB sagte."
    )
    assert (c.source, c.via) == ("Die Berliner Wasserbetriebe", ["RBB"])


def test_reported_speech_in_the_subjunctive_goes_on_with_its_speaker() -> None:
    a, b = claims(
        "Nach Angaben des Handelsverbands HDE sind 3.000 Filialen geschlossen. Die Lage sei "
        "ernst. Weitere 500 Filialen stünden vor dem Aus, es gebe kaum Hilfe."
    )
    assert a.source is not None and "HDE" in a.source
    assert b.source == a.source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # verb second: the phrase with its article before the verb is the object
        ("Die Schäden an den Deichen bezifferte der Landesbetrieb auf 12 Millionen Euro.",
         "der Landesbetrieb"),
        ("Die Zahl der Verletzten bezifferte der Zivilschutz am Abend auf 120.",
         "der Zivilschutz"),
        # a subject before the verb, the one told after it
        ("Ein Gutachter der Versicherung sagte der Zeitung, es gebe 300 beschädigte Häuser.",
         "Ein Gutachter der Versicherung"),
    ],
)  # fmt: skip
def test_the_subject_after_a_verb_of_saying(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_konjunktiv_goes_on_with_the_speaker() -> None:
    text = (
        "Bis Sonntag seien 4.000 Helfer im Einsatz gewesen, sagte Landrat Peter Krause. "
        "Das entspreche etwa 80 Prozent der verfügbaren Kräfte."
    )
    helpers, share = claims(text)
    assert helpers.source == share.source == "Landrat Peter Krause"


def test_a_quotation_opened_low_starts_a_sentence_of_its_speaker() -> None:
    text = (
        "Die Stadt rechnet nach Angaben des Bauamts mit Kosten von 8 Millionen Euro. "
        "„Bis zum Sommer werden 200 Wohnungen fertig“, sagte Bürgermeisterin Anna Brandt."
    )
    _, flats = claims(text)
    assert flats.source == "Bürgermeisterin Anna Brandt"


def test_a_title_named_again_alone_means_its_holder() -> None:
    text = (
        "Innenministerin Petra Lange sagte am Montag, 300 Beamte seien im Einsatz. "
        "Die Ministerin kündigte zudem 50 neue Stellen an."
    )
    assert [c.source for c in claims(text)] == ["Innenministerin Petra Lange"] * 2


def test_the_outlet_told_after_the_speaker_is_not_part_of_the_name() -> None:
    """ "sagte Choi der Nachrichtenagentur Yonhap": a dative article and a media word end
    the speaker; "ein Sprecher der VBL" (a genitive, no media word) keeps its body."""
    (c,) = claims(
        "Pjöngjang habe inzwischen rund 9.000 Soldaten an die Front verlegt, sagte Park "
        "dem Nachrichtenmagazin Nordblick."
    )
    assert c.source == "Park"
    (d,) = claims("Rund 140 Straßenbahnen blieben im Depot, sagte ein Sprecher der KVB.")
    assert d.source is not None and "KVB" in d.source


def test_the_owner_of_a_document_is_named_in_the_nominative() -> None:
    """ "Laut einem Bericht des Innenministeriums": the ministry, Innenministerium, as a
    spokesperson's body ("ein Sprecher des Verteidigungsministeriums") already was."""
    (claim,) = claims("Laut einem Bericht des Innenministeriums wurden 300 Menschen verletzt.")
    assert claim.source == "Innenministerium"


def test_an_object_or_a_preposition_opening_the_clause_puts_the_speaker_after_the_verb() -> None:
    """Verb second: "Den Schaden beziffert die Verwaltung", "Auf 2 Mio. Euro schätzt die
    Stadt den Schaden": the phrase before the verb is no speaker; the one after it is, up to
    the object's article."""
    first, second = claims(
        "Den Schaden an Brücken und Wegen beziffert die Stadtverwaltung auf 1,4 Mio. Euro. "
        "Auf 2 Mio. Euro schätzt die Handwerkskammer den Schaden an Betrieben."
    )
    assert first.source == "die Stadtverwaltung"
    assert second.source == "die Handwerkskammer"


def test_a_deadline_s_plan_may_follow_the_month() -> None:
    (trees,) = extract_in(
        "de", "Bis Ende März sollen rund 150 Bäume gefällt werden.", published="2026-12-02"
    )
    assert trees.as_of == "2027-03"


def test_a_retro_cue_holding_its_verb_gives_the_source_back() -> None:
    """ "Das kündigte X an", "Das teilte die Stadt mit": the cue holds its own verb of saying;
    the figures of the sentence before are the speaker's."""
    (wheat,) = claims(
        "Russland will Nordkorea im kommenden Jahr 200.000 Tonnen Weizen liefern. Das "
        "kündigte der russische Vize-Landwirtschaftsminister am Nachmittag an."
    )
    assert wheat.source == "der russische Vize-Landwirtschaftsminister"
    (homes,) = claims("Rund 300 Wohnungen sind ohne Strom. Das teilte die Stadt mit.")
    assert homes.source == "die Stadt"


def test_a_field_named_again_alone_means_the_person() -> None:
    _, guns = claims(
        "„Die Hälfte der Granaten kommt aus Nordkorea“, sagte Konrad Wehling von der Stiftung "
        "für Ostasienstudien. Der Politologe schätzt, dass Pjöngjang mindestens 250 "
        "Artilleriesysteme übergeben hat."
    )
    assert guns.source is not None and guns.source.startswith("Konrad Wehling")


def test_a_number_word_after_a_month_is_no_day() -> None:
    """German writes "3. Juli": "im Juli drei neue Kitas" and "im Juli 3 neue Kitas" count
    Kitas."""
    (words,) = claims("Laut dem Landrat öffnen im Juli drei neue Kitas.")
    (digits,) = claims("Laut dem Landrat öffnen im Juli 3 neue Kitas.")
    assert words.figure == digits.figure == 3


def test_the_verb_after_a_cued_name_ends_it() -> None:
    """ "Laut Seidel öffnen im Sommer": the verb follows the name; a name's own lower-case
    words are its connectors and the adjectives before its nouns."""
    (kitas,) = claims("Laut Seidel öffnen im Sommer drei neue Kitas.")
    assert kitas.source == "Seidel"
    (kitas,) = claims("Laut dem Landrat gibt es im Landkreis drei neue Kitas.")
    assert kitas.source == "dem Landrat"
    (cars,) = claims("Laut Verband der deutschen Automobilindustrie wurden 300 Autos verkauft.")
    assert cars.source == "Verband der deutschen Automobilindustrie"
    (share,) = claims(
        "Nach Angaben des Deutschen Instituts für Wirtschaftsforschung wuchs der Anteil um "
        "30 Prozent."
    )
    assert share.source == "Deutsche Institut für Wirtschaftsforschung"


def test_what_figures_show_names_their_owner() -> None:
    """ "wie aus Zahlen des Statistischen Landesamts hervorgeht": the office's figures."""
    low, high = claims(
        "Nur 38,5 Prozent der Kinder werden betreut, landesweit sind es 47 Prozent, wie aus "
        "Zahlen des Statistischen Landesamts hervorgeht."
    )
    assert low.source == high.source
    assert high.source is not None and "Landesamt" in high.source


def test_a_body_promising_in_a_closing_participle_tells_it() -> None:
    (grant,) = claims("Das Sozialministerium in Dresden hat weitere 1,8 Millionen Euro zugesagt.")
    assert grant.source == "Das Sozialministerium"


def test_according_to_him_past_a_deadline_means_the_last_speaker() -> None:
    """ "Bis Ende Juli sollen nach seinen Worten": the deadline opening the sentence is no
    one "seinen" could mean; the official named before is."""
    _, sites = claims(
        "Landrat Burkhard Seidel sagte, es gebe 5 Kitas. Bis Ende Juli sollen nach seinen "
        "Worten drei neue Einrichtungen öffnen."
    )
    assert sites.source == "Landrat Burkhard Seidel"


def test_so_and_the_speaker_closing_the_sentence_cite_them() -> None:
    """ "…, so die Stadtverwaltung", "– so jedenfalls der Militärgeheimdienst HUR": the
    closing "so" with its speaker's article attributes the sentence; "so dass" does not."""
    (people,) = claims("Die Lage sei ernst, 300 Menschen seien betroffen, so die Stadtverwaltung.")
    assert people.source == "Stadtverwaltung"
    (boxes,) = claims(
        "Seit dem Sommer sind knapp 9.000 Container angekommen – so jedenfalls der "
        "ukrainische Militärgeheimdienst HUR."
    )
    assert boxes.source is not None and boxes.source.endswith("HUR")
    (crowd,) = claims("Es kamen 300 Menschen, so dass die Halle voll war.")
    assert crowd.source is None


def test_a_fact_checks_section_label_is_no_speaker() -> None:
    """ "FAKTEN: …" under "FAKTENCHECK Nr. 12": the label is a section of the page, not a
    person the opening introduced (only a whole word of the opening names someone)."""
    text = (
        "FAKTENCHECK Nr. 12\n\n"
        "BEHAUPTUNG: Die Stadt habe 500 Wohnungen gebaut.\n\n"
        "FAKTEN: Im Schnitt kostet der Quadratmeter dort 7,40 Euro netto."
    )
    found = {c.value: c.source for c in extract_in("de", text)}
    assert found[7.4] is None


def test_a_separable_verb_of_saying_whose_particle_closes_the_clause() -> None:
    # "gehe … aus", "gab … an": the head names the speaker before it, the particle comes last
    (c,) = claims(
        "Die Küstenwache gehe inzwischen von rund 2.400 Vermissten aus, schreibt das Blatt."
    )
    assert (c.source, c.via) == ("Die Küstenwache", ["das Blatt"])
    (c,) = claims("Die Polizei gab die Zahl der Verletzten am Abend mit 40 an.")
    assert c.source == "Die Polizei"
    # "gab es": no particle closing the clause, no one speaks
    (c,) = claims("Im vergangenen Winter gab es 40 Fälle, die aus dem Ausland kamen.")
    assert c.source is None


def test_a_readers_qa_intro_names_no_guest_with_a_time_or_an_amount() -> None:
    # "vergangene Woche Dutzende Pendler": capitalised nouns, not a person's name, so the
    # answer below its question is nobody's
    text = (
        "Seit Wochen erreichen uns Fragen zum Busverkehr. Zu einem Leserabend kamen "
        "vergangene Woche Dutzende Pendler und Schüler.\n\n"
        "Wie viele Busse fallen aus?\n"
        "Gut 40 Prozent der Fahrten auf den Linien im Süden entfallen derzeit.\n"
    )
    (c,) = [c for c in extract_in("de", text) if c.value == 40]
    assert c.source is None


def test_so_and_a_bare_surname_closing_a_sentence_name_its_source() -> None:
    (c,) = extract_in("de", "Mehr als ein Dutzend Busfahrer im Ruhestand fahren wieder, so Meier.")
    assert c.source == "Meier"


@pytest.mark.parametrize(
    "text",
    [
        "Es fahren 30 Busse, so dass alle Kinder pünktlich ankommen.",
        "Es fahren 30 Busse, so viele wie nie.",
    ],
)
def test_so_opening_a_clause_names_no_one(text: str) -> None:
    (c,) = extract_in("de", text)
    assert c.source is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Stadtverwaltung bestätigt: Rund 300 Wohnungen stehen leer.", "Die Stadtverwaltung"),
        (
            "Der Abgeordnete Jan Meier gibt die Zahlen danach an Reporter weiter: Derzeit stünden "
            "etwa 300 Busse bereit.",
            "Abgeordnete Jan Meier",
        ),
    ],
)
def test_confirming_and_passing_on_name_their_speaker(text: str, source: str) -> None:
    (c,) = extract_in("de", text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Am Montag hat die Stadtverwaltung den Schulen 300 neue Laptops versprochen.",
            "die Stadtverwaltung",
        ),
        (
            "Für das kommende Jahr hat das bayerische Kultusministerium den Schulen 40 Millionen "
            "Euro zugesagt.",
            "das bayerische Kultusministerium",
        ),
    ],
)
def test_the_subject_after_an_opening_phrase_and_its_auxiliary_promises(
    text: str, source: str
) -> None:
    (c,) = extract_in("de", text)
    assert (c.source, c.status) == (source, "pledged")


def test_a_purchase_after_an_opening_phrase_is_no_promise() -> None:
    (c,) = extract_in("de", "Am Montag hat die Stadtverwaltung 300 neue Laptops gekauft.")
    assert c.source is None


def test_a_long_compound_after_an_opening_phrase_is_read_whole() -> None:
    # the subject of an inverted promise ends past the window its opening phrase leaves
    (c,) = extract_in(
        "de",
        "Für das kommende Jahr hat das russische Landwirtschaftsministerium Pjöngjang zudem "
        "Saatgut im Wert von 12 Mio. Dollar zugesagt.",
    )
    assert c.source == "das russische Landwirtschaftsministerium"


def test_the_writers_sum_carries_no_source() -> None:
    found = extract_in(
        "de",
        "Nach Angaben des NIS sind 14.000 Soldaten in Russland. Zusammengerechnet wären dann "
        "rund 17.000 Nordkoreaner im Einsatz.",
    )
    assert [c.source for c in found] == ["NIS", None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach Polizeiangaben zogen etwa 2.300 Menschen durch die Altstadt.", "Polizei"),
        ("Laut Veranstalterangaben kamen rund 5.000 Besucher.", "Veranstalter"),
        ("Nach Regierungsschätzungen fehlen bundesweit 14.000 Lehrkräfte.", "Regierung"),
    ],
)
def test_data_named_as_a_compound_give_their_owner(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_data_opening_the_clause_are_the_object_and_the_subject_follows_the_verb() -> None:
    text = (
        "Die Verwaltung meldet 30 Einsätze. Die Zahl der Verletzten bezifferte das "
        "Landratsamt auf etwa 45."
    )
    _, hurt = claims(text)
    assert (hurt.value, hurt.source) == (45, "das Landratsamt")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # verbs of telling and answering after the figure's clause
        ("Zwölf Höfe sind ausgetreten, erzählt die Winzerin Anna Reblich.", "Anna Reblich"),
        ("Rund 40 Stellen fallen weg, meint Betriebsrat Jonas Keller.", "Jonas Keller"),
        ("Etwa 300 Anträge seien offen, antwortete Stadtrat Paul Brandt.", "Paul Brandt"),
        # a circular or a letter is its body's, as a report is
        (
            "Laut einem Rundschreiben des Bauernverbands fehlen rund 2 Millionen Euro.",
            "Bauernverband",
        ),
    ],
)
def test_verbs_of_telling_and_documents_of_a_body(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source is not None and c.source.endswith(source)  # with a title before it


def test_a_body_named_again_by_its_head_noun_is_the_compound_named_before() -> None:
    found = claims(
        "Die Obstbaugenossenschaft Kirchtal hat ihre Preise gesenkt. Laut einem "
        "Rundschreiben der Genossenschaft zahlt sie höchstens 40 Cent je Kilo."
    )
    assert [c.source for c in found] == ["Obstbaugenossenschaft (Genossenschaft)"]


def test_a_head_noun_two_compounds_end_in_stays_as_it_is() -> None:
    found = claims(
        "Die Bundesregierung und die Landesregierung streiten. Laut einem Rundschreiben der "
        "Regierung fehlen rund 2 Millionen Euro."
    )
    assert [c.source for c in found] == ["Regierung"]


def test_a_pronoun_after_the_verb_is_no_role_run_to_the_comma() -> None:
    text = (
        "Jens Albrecht (52) leitet den Betriebsrat. „Wir verlangen mindestens 80 Millionen "
        "Euro“, sagt er vor dem Tor, „keinen Cent weniger.“"
    )
    assert claims(text)[-1].source == "Jens Albrecht"


def test_according_to_which_points_back_to_the_name_before_the_comma() -> None:
    text = (
        "Die Abgeordnete Anna Roth verwies auf Zahlen des Statistischen Landesamts, wonach "
        "seit Jahresbeginn 1.240 Arbeitsplätze verloren gingen."
    )
    assert claims(text)[-1].source == "Statistische Landesamt"


def test_rumours_according_to_which_name_no_one() -> None:
    text = "Gerüchte, wonach bis zu fünf Schulen schließen müssten, weist das Amt zurück."
    assert all(c.source != "Gerüchte" for c in claims(text))


def test_a_body_whose_figures_a_relative_clause_gives() -> None:
    text = (
        "Sawtschuk verwies auf den ukrainischen Militärgeheimdienst HUR, nach dessen Angaben "
        "Pjöngjang mehr als zwölf Millionen Artilleriegranaten geliefert hat."
    )
    (c,) = claims(text)
    assert c.source == "Militärgeheimdienst HUR"


def test_talk_in_the_media_is_the_medias() -> None:
    text = "In südkoreanischen Medien war zuletzt von bis zu zehn Kampfhubschraubern die Rede."
    (c,) = claims(text)
    assert c.source == "südkoreanischen Medien"


@pytest.mark.parametrize(
    "text",
    [
        "Am Donnerstag mussten die Hausmeister im Hörsaal 1 Stühle herbeischaffen.",
        "Wedekamp, der den Wahlkreis 173 im Bundestag vertritt, sprach lange.",
    ],
)
def test_a_number_naming_a_room_or_a_constituency_counts_nothing(text: str) -> None:
    assert claims(text) == []


def test_a_person_named_after_the_verb_past_a_relative_clause_speaks() -> None:
    text = (
        "Geld, das die Gemeinde für 300 neue Kitaplätze gut brauchen könne, sagt Landrätin "
        "Marlene Voss."
    )
    (c,) = claims(text)
    assert (c.value, c.source) == (300, "Landrätin Marlene Voss")


def test_demnach_after_a_survey_means_the_survey_s_maker_not_the_subject() -> None:
    """ "Die Verluste liegen demnach ...": the back-reference means the chamber whose
    survey the text cited, not the losses the sentence opens with."""
    found = claims(
        "Laut einer Umfrage der Handwerkskammer Oberwald klagen 38 Prozent der Betriebe über "
        "Einbußen. Die Verluste liegen demnach meist zwischen 10 und 20 Prozent."
    )
    assert [c.source for c in found] == ["Handwerkskammer Oberwald"] * 2


def test_das_geht_aus_a_document_hervor_gives_the_figures_before_to_its_maker() -> None:
    """ "Das geht aus einem internen Papier der Landesbahn Nord hervor": the sentence
    before's figure is the maker's, though no verb of saying names anyone."""
    (cost,) = claims(
        "Der Tunnel wird teurer. Der Umbau soll inzwischen 212 Millionen Euro kosten. Das "
        "geht aus einem internen Papier der Landesbahn Nord hervor."
    )
    assert cost.source == "Landesbahn Nord"


def test_an_object_opening_a_sentence_is_no_subject_a_back_reference_means() -> None:
    """ "Den Anfang machte …": the accusative phrase is the object, so "demnach" after it
    does not mean it."""
    text = (
        "Den Anfang machte die Ministerin Petra Vogt. Demnach stehen rund 16.500 Soldaten "
        "in Russland.\n"
    )
    (c,) = extract_in("de", text, "2026-12-02")
    assert "Anfang" not in (c.source or ""), c


def test_a_time_opening_a_quotation_names_no_one() -> None:
    """ "„Bis Heiligabend kommen wir …“": no person "Bis Heiligabend", whom a later
    sentence's figures could be given to."""
    text = (
        "Sie rechnet damit, dass es mehr werden: „Bis Heiligabend kommen wir auf 9.000.“\n\n"
        "Wer hilft mit?\n\n"
        "Wir haben nachgezählt: 34 Freiwillige helfen im Moment mit."
    )
    for claim in extract_in("de", text, "2026-12-02"):
        assert claim.source is None or "Heiligabend" not in claim.source


def test_a_counted_noun_is_no_speaker_nor_what_it_writes() -> None:
    """ "Nur noch 58 Prozent schreiben ihren Wunschzettel": the counted share writes; no
    one named speaks, and "ihren Wunschzettel" after the verb is what is written."""
    (c,) = extract_in("de", "Nur noch 58 Prozent schreiben ihren Wunschzettel auf Papier.")
    assert c.source is None


def test_a_perfect_of_saying_names_its_subject_after_the_auxiliary() -> None:
    """ "Über 30.000 Container hätten Analysten des Instituts … gezählt": the analysts."""
    text = (
        "Über 30.000 Container hätten Analysten des Londoner Instituts Northgate Monitoring "
        "auf Satellitenbildern gezählt."
    )
    (c,) = extract_in("de", text, "2026-12-02")
    assert c.source is not None and "Northgate Monitoring" in c.source


def test_a_figure_opening_the_clause_is_the_object_of_the_verb_after_it() -> None:
    """ "Rund 12 Millionen Granaten nannte der Dienst": the service, not the shells."""
    for text in (
        "Rund 12 Millionen Granaten nannte der Dienst im Oktober.",
        "Rund 12 Millionen Granaten hat der Dienst bis Oktober geschätzt.",
    ):
        (c,) = extract_in("de", text, "2026-12-02")
        assert c.source == "der Dienst", text


def test_data_named_by_the_cue_are_given_by_the_relative_clause_subject() -> None:
    """ "Nach Erkenntnissen, die der Geheimdienst NIS … vorgelegt habe": the NIS, carried
    to the next sentence in reported speech."""
    text = (
        "Nach Erkenntnissen, die der südkoreanische Geheimdienst NIS am Montag Abgeordneten "
        "vorgelegt habe, seien 14.000 Soldaten in Russland. Hinzu kämen etwa 1.500 Pioniere."
    )
    claims = extract_in("de", text, "2026-12-02")
    assert [c.source for c in claims] == ["der südkoreanische Geheimdienst NIS"] * 2


def test_figures_of_a_body_by_its_numbers_are_the_bodys() -> None:
    """ "Nach Zahlen des ukrainischen Generalstabs …, sagte Trofymenko": the staff, via her."""
    text = (
        "Nach Zahlen des ukrainischen Generalstabs seien mindestens 3.400 Nordkoreaner "
        "gefallen, sagte Trofymenko."
    )
    (c,) = extract_in("de", text, "2026-12-02")
    assert c.source is not None and "Generalstab" in c.source
    assert c.via == ["Trofymenko"]


def test_we_after_the_verb_speak_past_a_place_opening_the_clause() -> None:
    """ "Auf Satellitenbildern … haben wir … gezählt": the writer's own count."""
    text = "Auf Satellitenbildern des Hafens Rajin zählten wir seit Januar 9.500 Container."
    (c,) = extract_in("de", text, "2026-12-02")
    assert c.source is None


def test_a_subject_opening_with_a_number_word_is_counted_not_speaking() -> None:
    text = "Dreizehn Betriebe haben in diesem Jahr ihren Austritt erklärt."
    (c,) = extract_in("de", text, "2026-12-02")
    assert c.source is None


def test_the_paper_told_is_no_part_of_the_speakers_name() -> None:
    """ "sagte Hamsch dieser Zeitung": Hamsch; "Nach Recherchen dieser Zeitung": its own."""
    told = "„Wir müssen neun Millionen Euro einsparen“, sagte Hamsch dieser Zeitung."
    (c,) = extract_in("de", told, "2026-12-02")
    assert c.source == "Hamsch"
    own = "Nach Recherchen dieser Zeitung sind 4.000 Nordkoreaner auf Baustellen beschäftigt."
    (c,) = extract_in("de", own, "2026-12-02")
    assert c.source is None


def test_a_vox_pops_label_alone_on_its_line_names_who_speaks_below() -> None:
    """A street poll prints each answer under "Name (Alter), Beruf, aus Ort:" on a line of
    its own: the quotation below is that person's, two people's label too."""
    text = (
        "Wir haben uns auf dem Marktplatz umgehört.\n\n"
        "Anna Keller (41), Busfahrerin, aus Nordheim:\n"
        "„Ich fahre die Linie seit Jahren. Bis zur nächsten Klinik sind es gut 35 Kilometer, "
        "und im Winter wird das schwierig.“\n\n"
        "Karl und Erna Roth (72 und 70), Rentner:\n"
        "„Wir waren bei der Demo. Da standen bestimmt 600 Leute vor dem Rathaus.“\n"
    )
    found = {c.value: c.source for c in extract_in("de", text, "2026-12-02")}
    assert found[35] == "Anna Keller"
    assert found[600] == "Karl und Erna Roth"


def test_a_radio_clip_label_names_the_speaker_of_the_lines_below() -> None:
    """A feature manuscript's "O-TON NAME:" (the language in brackets, the voice-over after
    a comma) labels the clip below; "AUTOR:" gives the text back to the writer."""
    text = (
        "Was die Werft baut, weiß Ingrid Talvik. Sie forscht in Rostock.\n\n"
        "O-TON INGRID TALVIK (estnisch), darüber SPRECHERIN:\n"
        "Wir zählen inzwischen rund vierzig Schiffe pro Jahr.\n\n"
        "AUTOR:\n"
        "Lukas Brennecke leitet die Werft seit zwei Jahren.\n\n"
        "O-TON LUKAS BRENNECKE:\n"
        "Bei uns fehlen etwa 300 Schweißer.\n\n"
        "AUTOR:\n"
        "Dazu kommen 12 neue Kräne im Hafen.\n"
    )
    found = {c.value: c.source for c in extract_in("de", text, "2026-12-02")}
    assert "Talvik" in (found[40] or "")
    assert "Brennecke" in (found[300] or "")
    assert found[12] is None


def test_by_her_reckoning_means_the_person_named_before() -> None:
    text = (
        "Marta Lindqvist leitet das Institut für Hafenwirtschaft in Kiel. Nach ihrer Schätzung "
        "haben rund 300 Betriebe an der Küste geschlossen.\n"
    )
    (c,) = extract_in("de", text, "2026-12-02")
    assert c.source == "Marta Lindqvist"


def test_a_thing_opening_the_sentence_is_not_whose_reckoning() -> None:
    """ "Die beiden Bäder kosten … nach seiner Rechnung": the treasurer's, not the baths'."""
    text = (
        "„Uns fehlen 38 Millionen Euro“, sagte Kämmerer Jonas Ulbrich am Abend. Die alten "
        "Sporthallen kosten die Stadt nach seiner Rechnung rund 2,4 Millionen Euro im Jahr.\n"
    )
    (c,) = [c for c in extract_in("de", text, "2026-12-02") if c.value == 2_400_000]
    assert "Ulbrich" in (c.source or ""), c


def test_a_year_after_a_month_does_not_end_the_figure_s_clause() -> None:
    """ "gerieten im Januar 2025 in ukrainische Gefangenschaft": the year is a date, and
    captivity past it still says what befell the two counted."""
    text = "Zwei Nordkoreaner gerieten im Januar 2025 in ukrainische Gefangenschaft.\n"
    (c,) = extract_in("de", text, "2026-12-02")
    assert c.measure == "dprk_troops_captured", c


def test_a_month_an_agency_reckons_with_is_ahead() -> None:
    """ "rechnet damit, dass bis Ende Februar weitere 3.000 Mann folgen" in December: next
    February."""
    text = "Der Geheimdienst rechnet damit, dass bis Ende Februar weitere 3.000 Mann folgen.\n"
    (c,) = extract_in("de", text, "2026-12-02")
    assert c.as_of == "2027-02", c


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a noun right after a length names what is that long: an amount laid, a claim
        ("Für die Löschwasserversorgung wurden 4 Kilometer Schlauch verlegt.", [4.0]),
        # a distance stays no claim
        ("Das Lager liegt 12 Kilometer Luftlinie vom Ortskern.", []),
        ("Das Lager liegt 12 Kilometer außerhalb.", []),
    ],
)
def test_a_length_of_a_thing_counts_and_a_distance_does_not(
    text: str, figures: list[float]
) -> None:
    assert [c.figure for c in extract_in("de", text)] == figures


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Die Stadt rechnet mit Kosten im niedrigen zweistelligen Millionenbereich.", 10_000_000),
        ("Der Verein erhielt eine Spende in dreistelliger Millionenhöhe.", 100_000_000),
        ("Der Schaden liegt bei einem fünfstelligen Betrag.", 10_000),
    ],
)
def test_an_amount_told_by_its_digits_is_vague_from_the_least_such_number(
    text: str, low: int
) -> None:
    (c,) = extract_in("de", text)
    assert (c.low, c.vague, c.value) == (low, True, None)


def test_a_pronoun_after_the_verb_is_its_subject_not_the_words_before() -> None:
    """ "Die Verluste insgesamt beziffert er auf gut 6.800 Mann": the verb second, "er"
    its subject (the staff named before), "die Verluste" its object."""
    text = (
        "Der Generalstab legte am Montag neue Zahlen vor. "
        "Die Verluste insgesamt beziffert er auf gut 6.800 Mann.\n"
    )
    (c,) = extract_in("de", text, "2026-12-02")
    assert c.source == "Der Generalstab"
