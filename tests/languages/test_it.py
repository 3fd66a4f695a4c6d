"""Italian: the fixture folder scored end to end, and the number, bound and attribution
forms of Italian reports through the public extractor (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.extract import parse_digits
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("it", text)


def test_italian_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("it")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.8, r
    assert r["attribute_accuracy"]["measure"] >= 0.75, r
    assert r["traps_hit"] == 0, r


@pytest.mark.parametrize(
    ("text", "value"), [("11.000", 11000), ("1,5", 1.5), ("2.700.000", 2700000)]
)
def test_cldr_number_format(text: str, value: float) -> None:
    assert parse_digits(text, "it") == value


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "vague", "measure"),
    [
        ("La Corea del Nord ha inviato 12mila soldati in Russia.", 12000, None, None, False,
         "dprk_troops_in_russia"),
        ("Pyongyang ha fornito 1,5 milioni di proiettili alla Russia.", 1_500_000, None, None, False,
         "dprk_artillery_shells"),
        ("Pyongyang ha inviato duecentomila proiettili alla Russia.", 200_000, None, None, False,
         "dprk_artillery_shells"),
        ("La Corea del Nord ha spedito 2 mln di proiettili in Russia.", 2_000_000, None, None, False,
         "dprk_artillery_shells"),
        ("La Corea del Nord ha inviato oltre 11.000 soldati in Russia.", 11000, 11000, None, False,
         "dprk_troops_in_russia"),
        ("La Corea del Nord ha inviato tra 10.000 e 12.000 soldati in Russia.", None, 10000, 12000,
         False, "dprk_troops_in_russia"),
        ("La Corea del Nord ha inviato da 10.000 a 12.000 soldati in Russia.", None, 10000, 12000,
         False, "dprk_troops_in_russia"),
        ("Migliaia di soldati nordcoreani sono in Russia.", None, 1000, None, True,
         "dprk_troops_in_russia"),
        ("Alcune migliaia di soldati nordcoreani sono in Russia.", None, 2000, None, True,
         "dprk_troops_in_russia"),
        ("Decine di migliaia di lavoratori nordcoreani sono in Russia.", None, 10000, None, True,
         "dprk_workers_in_russia"),
        ("Pyongyang copre fino al 40% delle munizioni russe.", 40, None, 40, False,
         "dprk_share_of_russian_ammunition"),
    ],
)  # fmt: skip
def test_numbers_bounds_ranges_and_vague_amounts(
    text: str, value: float | None, low: float | None, high: float | None, vague: bool, measure: str
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.vague, c.measure) == (value, low, high, vague, measure)
    assert c.quote == text  # the quote is the original sentence, nothing translated


def test_approximations_and_status() -> None:
    (c,) = claims("La Corea del Nord ha inviato quasi 3.000 soldati in Russia.")
    assert (c.high, c.approx) == (3000, True)
    (c,) = claims("La Corea del Nord ha inviato circa 3.000 soldati in Russia.")
    assert (c.value, c.approx, c.low, c.high) == (3000, True, None, None)
    (c,) = claims("La Corea del Nord potrebbe inviare altri 5.000 soldati in Russia.")
    assert c.status == "planned"
    (c,) = claims("Mosca ha promesso alla Corea del Nord un milione di barili di petrolio.")
    assert (c.value, c.status) == (1_000_000, "pledged")


def test_per_before_an_amount_is_no_denominator() -> None:
    """Italian "per" is "for": "danni per 2 miliardi" is an amount, not a rate's base."""
    (c,) = claims("La Regione ha chiesto danni per 2 miliardi di euro.")
    assert c.value == 2_000_000_000


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("Secondo il NIS, la Corea del Nord ha inviato almeno 11.000 soldati in Russia.",
         "il NIS", []),
        ("Stando al ministero della Difesa, la Corea del Nord ha inviato 11.000 soldati in Russia.",
         "ministero della Difesa", []),
        ("La Corea del Nord ha inviato circa 3.000 soldati in Russia, ha detto il ministro della Difesa.",
         "il ministro della Difesa", []),
        ("Secondo il NIS, citato dall'agenzia Yonhap, la Corea del Nord ha inviato 11.000 soldati in Russia.",
         "il NIS", ["Yonhap"]),
    ],
)  # fmt: skip
def test_sources_and_via(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


@pytest.mark.parametrize(
    "text",
    [
        "Il soldato nordcoreano di 24 anni è stato catturato a Kursk nel 2024.",
        "Pyongyang ha consegnato obici Koksan M1978 da 170 mm.",
        "Kim ha visitato la fabbrica di missili KN-23 il 14 novembre 2024.",
    ],
)
def test_traps_are_not_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Il mese scorso la Corea del Nord ha inviato 11.000 soldati in Russia.", "2024-12"),
        ("A novembre la Corea del Nord ha inviato 11.000 soldati in Russia.", "2024-11"),
    ],
)
def test_time_expressions_resolve_against_the_published_date(text: str, as_of: str) -> None:
    (c,) = extract_in("it", text, published="2025-01-15")
    assert c.as_of == as_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a relative clause between the speaker and its verb is passed over
        ("Un alto ufficiale americano, che ha chiesto l'anonimato, ha detto che 500 soldati "
         "nordcoreani sono stati uccisi.", "Un alto ufficiale americano"),
        # the unsaid subject of "Stima che" is the subject of the sentence before
        ("Il ministero della Difesa ucraino ha pubblicato ieri un nuovo bilancio. Stima che "
         "3.000 soldati nordcoreani siano stati uccisi o feriti.",
         "Il ministero della Difesa ucraino"),
        # "secondo le sue stime": a back-reference to the subject before
        ("L'intelligence sudcoreana è più prudente. Secondo le sue stime, in Russia ci sono "
         "11.000 soldati nordcoreani.", "L'intelligence sudcoreana (NIS)"),
        # data named by "secondo": the body that released them
        ("La disoccupazione è salita al 7,2%, secondo i dati diffusi ieri dall'Istat.", "Istat"),
        # "Per X," opening the sentence names a source
        ("Per il ministero dei Trasporti, invece, l'adesione è stata inferiore al 30%.",
         "il ministero dei Trasporti"),
    ],
)  # fmt: skip
def test_sources_in_other_shapes(text: str, source: str) -> None:
    assert claims(text)[-1].source == source


def test_cited_by_an_outlet_with_its_article() -> None:
    (c,) = claims(
        "Quasi 1.000 soldati nordcoreani sono stati uccisi, secondo funzionari occidentali "
        "citati dalla Reuters."
    )
    assert (c.source, list(c.via)) == ("funzionari occidentali", ["Reuters"])


def test_per_is_a_source_only_for_a_name() -> None:
    (c,) = claims("Per la prima volta, 40 treni sono stati cancellati.")
    assert c.source is None


def test_an_age_pair_is_no_claim() -> None:
    (c,) = claims("Due soldati nordcoreani di 20 e 26 anni sono stati catturati.")
    assert (c.value, c.measure) == (2, "dprk_troops_captured")


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "approx"),
    [
        ("Un migliaio di soldati nordcoreani sono stati uccisi.", 1000, None, None, None),
        ("La Corea del Nord ha inviato in Russia una ventina di generali.", 20, None, None,
         True),
        ("Pyongyang ha fornito a Mosca un milione di proiettili.", 1_000_000, None, None,
         False),
        ("La Corea del Nord ha inviato in Russia tra i 10mila e i 12mila soldati.", None, 10000,
         12000, False),
    ],
)  # fmt: skip
def test_approximate_nouns_and_ranges_with_articles(
    text: str, value: float | None, low: float | None, high: float | None, approx: bool | None
) -> None:
    """``approx`` None: not asked ("un migliaio" reads as the scale word "migliaio")."""
    (c,) = claims(text)
    assert (c.value, c.low, c.high) == (value, low, high)
    assert approx is None or c.approx == approx


def test_a_number_opening_a_source_is_who_speaks() -> None:
    (c,) = claims("Secondo due funzionari americani, 500 soldati nordcoreani sono stati uccisi.")
    assert (c.value, c.source) == (500, "due funzionari americani")


def test_a_retro_cue_that_looks_like_an_article() -> None:
    # "Lo ha reso noto X": "lo" is the object pronoun, the verb gives the figure's source
    (c,) = claims(
        "Oltre 40 mila famiglie sono rimaste senza corrente. Lo ha reso noto stamattina "
        "la prefettura di Bologna."
    )
    assert (c.value, c.source) == (40000, "la prefettura di Bologna")


def test_a_title_is_no_back_reference() -> None:
    _, pledge = claims(
        "Secondo i sindaci, 300 case sono inagibili. Il governo promette altri 50 milioni "
        "di euro, ha detto il ministro per gli Affari regionali in conferenza stampa."
    )
    assert pledge.source == "il ministro per gli Affari regionali"


def test_the_noun_after_an_auxiliary_is_the_unit() -> None:
    _, part = claims(
        "La Corea del Nord invierà in Russia 5.000 genieri militari. Di questi, circa 800 "
        "saranno sminatori."
    )
    assert (part.value, part.unit) == (800, "sminatori")


def test_a_count_of_tens_is_a_number() -> None:
    (c,) = claims("Due decine di missili nordcoreani hanno colpito Kiev.")
    assert (c.value, c.vague) == (20, False)


def test_according_to_what_a_body_reported() -> None:
    (c,) = claims("Sono almeno 12 le vittime, secondo quanto riferito dai vigili del fuoco.")
    assert (c.low, c.source) == (12, "vigili del fuoco")


def test_ten_of_thousands() -> None:
    (c,) = claims("La Corea del Nord avrebbe inviato una decina di migliaia di soldati in Russia.")
    assert (c.value, c.measure) == (10000, "dprk_troops_in_russia")


def test_a_pronoun_counts_the_noun_of_the_figure_before() -> None:
    whole, killed, later = claims(
        "In Russia ci sono circa 12.000 soldati nordcoreani, di cui almeno 700 sarebbero morti "
        "nei combattimenti, secondo Seul. Altri 1.500 di loro sono arrivati a marzo."
    )
    assert (whole.unit, whole.measure) == ("soldati", "dprk_troops_in_russia")
    assert (killed.value, killed.measure) == (700, "dprk_troops_killed")
    # a second pronoun means the whole again, not the part before it
    assert (later.value, later.unit, later.measure) == (1500, "soldati", "dprk_troops_in_russia")


def test_the_subject_before_to_be_names_what_is_counted() -> None:
    (c,) = claims("Le persone evacuate sono 340, ha detto il prefetto.")
    assert (c.value, c.unit) == (340, "persone")


def test_the_subject_before_to_be_names_the_measure_not_the_next_figure() -> None:
    # "i morti sarebbero circa 300 e i feriti 2.700": the subject before the verb
    # counts; the words after the first figure are the next figure's
    dead, hurt = claims(
        "Secondo Seul, tra i soldati nordcoreani, i morti sarebbero circa 300 e i feriti 2.700."
    )
    assert (dead.unit, dead.measure) == ("morti", "dprk_troops_killed")
    assert (hurt.unit, hurt.measure) == ("feriti", "dprk_troops_wounded")


def test_a_count_noun_before_the_figure_names_its_measure() -> None:
    (c,) = claims(
        "Il numero di lavoratori nordcoreani in Russia è salito a oltre 12.000, secondo Seul."
    )
    assert (c.low, c.unit, c.measure) == (12000, "lavoratori", "dprk_workers_in_russia")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # verbs of saying in every tense the press uses, both word orders
        ("Circa 700 soldati sono rimasti feriti, ha commentato il portavoce dell'esercito.",
         "il portavoce dell'esercito"),
        ("Il comando ucraino ribadisce che 2.000 nordcoreani sono schierati a Kursk.",
         "Il comando ucraino"),
        ("Oltre 300 container sono partiti da Rajin, fece sapere l'agenzia Yonhap.",
         "l'agenzia Yonhap"),
        # an age between commas
        ("Il generale Marco Rossi, 61 anni, ha spiegato che servono 500 uomini in più.",
         "Il generale Marco Rossi"),
        # a relative clause with no commas
        ("Un funzionario che ha chiesto l'anonimato ha detto che 4.000 soldati sono arrivati.",
         "Un funzionario"),
        # impersonal: the body is where it was said
        ("Decine di treni sono stati cancellati, fanno sapere dalla regione.", "regione"),
        # "a suo giudizio": the speaker of the sentence before
        ("«Il dato è grave», ha osservato il sociologo Luca Bianchi. A suo giudizio, il 40% "
         "dei giovani non ha votato.", "il sociologo Luca Bianchi"),
    ],
)  # fmt: skip
def test_speakers_in_the_shapes_of_the_press(text: str, source: str) -> None:
    assert claims(text)[-1].source == source


def test_an_impersonal_si_names_no_one() -> None:
    (c,) = claims("Si stima inoltre che oltre 20.000 persone non abbiano potuto votare.")
    assert c.source is None


def test_who_promises_after_an_opening_phrase() -> None:
    (c,) = claims("Nella sua prima conferenza stampa, il sindaco ha promesso 40 milioni di euro.")
    assert (c.status, c.source) == ("pledged", "Il sindaco")


@pytest.mark.parametrize(
    ("text", "low", "value"),
    [
        ("Pyongyang potrebbe inviare qualche migliaio di operai in Russia.", 2000, None),
        ("Si aggiungono un paio di centinaia di obici semoventi.", 200, None),
        ("Kiev ha contato una settantina di missili balistici.", None, 70),
        ("Un migliaio di soldati è arrivato a Kursk.", None, 1000),
    ],
)  # fmt: skip
def test_a_few_thousand_a_couple_of_hundred_and_seventy_odd(
    text: str, low: float | None, value: float | None
) -> None:
    (c,) = claims(text)
    assert (c.low if low else c.value) == (low or value)
    assert c.vague == bool(low)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a body's full title runs to its acronym in brackets past "per", "e"
        ("Le domande sono salite del 12%, ha comunicato l'Istituto nazionale per la previdenza "
         "sociale (Inps).", "l'Istituto nazionale per la previdenza sociale (Inps)"),
        # "per" opening the sentence, no comma after the name
        ("Per il Codacons il rincaro costerà 45 euro a famiglia.", "il Codacons"),
        # the outlet told has "of" words in its name
        ("Si aggiungono un paio di centinaia di obici, ha spiegato al Corriere della Sera un "
         "analista dell'Ispi.", "un analista dell'Ispi"),
        # "l'azienda" means the company named before
        ("Enel ha detto di aver riallacciato 40.000 utenze.\n\nAltre 3.000 restano al buio, "
         "fa sapere l'azienda.", "Enel"),
    ],
)  # fmt: skip
def test_titles_to_their_acronym_and_sources_without_a_comma(text: str, source: str) -> None:
    assert claims(text)[-1].source == source


def test_an_ansa_dateline_is_no_figure() -> None:
    (c,) = claims("(ANSA) - ROMA, 30 DIC - Dal primo gennaio la bolletta aumenterà del 4,2%.")
    assert c.value == 4.2


def test_pieces_of_artillery_and_the_wounded_after_the_dead() -> None:
    text = (
        "La Corea del Nord ha inviato in Russia circa 12mila soldati, secondo i servizi "
        "sudcoreani. Di questi, oltre 2.000 sarebbero morti in combattimento e circa 4mila "
        "sarebbero rimasti feriti. Kiev ha contato più di 150 pezzi di artiglieria nordcoreani "
        "sul fronte, ha detto il generale Ivan Moroz."
    )
    _, dead, wounded, guns = claims(text)
    assert (dead.measure, wounded.unit) == ("dprk_troops_killed", "feriti")
    assert wounded.measure == "dprk_troops_wounded"
    assert guns.measure == "dprk_artillery_systems"


def test_a_role_with_its_complement_and_the_name_after_it() -> None:
    # "ha detto il sindaco di Rapallo, Marta Conti": the person in apposition speaks
    (c,) = claims("«Abbiamo soccorso 40 persone», ha detto il sindaco di Rapallo, Marta Conti.")
    assert c.source is not None and "Marta Conti" in c.source


def test_an_interview_answer_is_the_one_answering() -> None:
    # a question standing as its paragraph, the quoted answer after it: the person asked
    text = (
        "Abbiamo chiesto a Laura Benedetti, economista dell'Università di Pavia, di fare il "
        "punto.\n\n"
        "Quanto costa la crisi?\n\n"
        "«Stimiamo perdite per circa 4 miliardi di euro. Secondo la Banca d'Italia, le "
        "imprese chiuse sono 1.200».\n"
    )
    a, b = claims(text)
    assert (a.source, a.via) == ("Laura Benedetti", [])
    assert (b.source, b.via) == ("la Banca d'Italia", ["Laura Benedetti"])


def test_a_lawmaker_who_relayed_a_briefing_goes_on_relaying_it() -> None:
    # "ha aggiunto Neri": the lawmaker named again passes on the body that briefed him
    first, second = claims(
        "Sono partiti per il fronte altri 2.000 operai. Lo ha riferito il deputato Paolo Neri "
        "al termine di un'audizione a porte chiuse del Servizio informazioni (Sis).\n\n"
        "Nelle ultime ore, ha aggiunto Neri, sono arrivati anche 500 tecnici."
    )
    assert first.source == second.source == "Servizio informazioni (Sis)"
    assert first.via == second.via == ["deputato Paolo Neri"]


def test_and_inside_a_body_s_name_and_a_reference_to_a_body_named_in_the_sentence() -> None:
    (a,) = claims(
        "Il ministero delle Imprese e delle Finanze ha diffuso un dato: l'adesione si è "
        "fermata al 18%."
    )
    assert a.source == "Il ministero delle Imprese e delle Finanze"
    (b,) = claims(
        "A Torino la Gtt ha garantito solo le corse serali: secondo l'azienda, ha circolato il "
        "40% dei bus."
    )
    assert b.source is not None and "Gtt" in b.source


def test_a_result_is_not_told_by_the_office_holder_opening_the_sentence() -> None:
    (c,) = claims("Il candidato dei progressisti, Marco Bini, ha ottenuto il 41,5% dei voti.")
    assert c.source is None


def test_an_unsaid_speaker_closing_the_sentence_is_the_office_holder_opening_it() -> None:
    _, b = claims(
        "Per il sindacato dei medici mancano 300 anestesisti. La ministra della Salute, Carla "
        'Neri, ha risposto annunciando 2.000 nuovi posti letto: "Ci vorrà tempo", ha detto.'
    )
    assert b.source == "La ministra della Salute, Carla Neri"


def test_a_named_subject_past_an_aside_speaks_and_the_object_is_what_is_said() -> None:
    (c,) = claims(
        "Il Servizio meteorologico nazionale, in una conferenza stampa di martedì, ha "
        "indicato un bilancio più pesante, pari a 4.000 sfollati."
    )
    assert c.source is not None and "Servizio meteorologico" in c.source


def test_the_writer_s_own_clause_keeps_no_source_and_the_next_clause_keeps_its_own() -> None:
    a, b = claims(
        "I danni superano a nostro avviso i 90 milioni di euro, mentre la Regione Marche "
        "parla di almeno 60 milioni."
    )
    assert a.source is None
    assert b.source is not None and "Regione Marche" in b.source
    (c,) = claims("Secondo le nostre stime, in città mancano 5.000 alloggi.")
    assert c.source is None


def test_figures_between_two_sentences_of_one_source_are_that_source_s() -> None:
    found = claims(
        "Il prezzo medio della benzina è salito a 1,92 euro al litro. Lo rileva il Mimit "
        "nel monitoraggio settimanale.\n"
        "Il gasolio costa in media 1,81 euro. Le stazioni aperte sono circa 21 mila.\n"
        "Il metano è sceso dell'1,5%, ha precisato il ministero in una nota."
    )
    assert [c.source for c in found] == ["il Mimit"] * 4


def test_data_a_body_released_are_the_body_s_past_an_adverb() -> None:
    (c,) = claims(
        "Secondo i dati mensili diffusi ieri dall'Inps, le domande di disoccupazione sono "
        "salite a 140 mila."
    )
    assert c.source == "Inps"


def test_reported_speech_goes_on_only_in_reported_speech() -> None:
    a, b, c = claims(
        "Sono 9.000 gli sfollati, riferisce la Protezione civile. Di questi, 300 sarebbero "
        "ancora senza casa. Due scuole restano chiuse a Faenza."
    )
    assert a.source is not None and "Protezione civile" in a.source
    assert b.source == a.source
    assert c.source is None


def test_a_demonstrative_before_a_verb_of_reporting_names_no_speaker() -> None:
    text = (
        "L'esercito afferma di aver catturato due soldati. "
        "Ciò porta a sette il numero dei prigionieri, precisa."
    )
    assert [c.source for c in claims(text)] == ["L'esercito", "L'esercito"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La Corea del Nord ha inviato alla Russia un milione e mezzo di proiettili.", 1_500_000),
        ("La Corea del Nord ha inviato alla Russia due milioni e mezzo di proiettili.", 2_500_000),
    ],
)
def test_half_of_a_scale_word(text: str, value: float) -> None:
    """Half a scale, before it, after it or glued to it, is read as half of it, not as
    the scale alone (which would double or halve the figure)."""
    (c,) = claims(text)
    assert (c.value, c.measure) == (value, "dprk_artillery_shells")


def test_a_long_question_ending_in_a_short_one_asks() -> None:
    """Once answers run, a question that opens with a claim of its own and ends in a short
    question ("..., scriveva ieri X. Conferma?") asks: the answers after it are the guest's."""
    text = (
        "Abbiamo chiesto a Laura Benedetti, economista dell'Università di Pavia, di fare il "
        "punto.\n\n"
        "Quanto costa la crisi?\n\n"
        "Stimiamo perdite per circa 4 miliardi di euro.\n\n"
        "Un quotidiano tedesco, citando fonti del ministero dell'Economia di Berlino, "
        "scriveva ieri che le aziende italiane più colpite sarebbero soprattutto quelle del "
        "Nord-Est, nel tessile e nella meccanica. Conferma?\n\n"
        "Sì. Nel Nord-Est hanno chiuso circa 700 imprese dall'estate.\n"
    )
    assert [c.source for c in claims(text)] == ["Laura Benedetti"] * 2


def test_an_answer_in_the_first_person_singular_is_the_one_answering_s() -> None:
    """A transcript's guest cites a body, then gives their own figure ("io direi"): the
    body's source ends there."""
    text = (
        "GIULIA NERI (CONDUTTRICE): Con noi l'economista Paolo Riva.\n\n"
        "PAOLO RIVA (ECONOMISTA): Secondo l'Istat le famiglie in difficoltà sono 2 milioni. "
        "Io direi almeno 300 mila in più."
    )
    istat, own = claims(text)
    assert istat.source is not None and "Istat" in istat.source
    assert own.source == "Paolo Riva"


def test_an_opening_cue_s_name_ends_where_the_figure_starts() -> None:
    """ "Per il NIS almeno 3.100 sono morti": no comma after the name, the figure's bound
    ends it; "Per questo motivo 300 ..." names no one."""
    (dead,) = claims("Per il NIS almeno 3.100 soldati sono morti in combattimento.")
    assert dead.source == "il NIS"
    (families,) = claims("Per questo motivo 300 famiglie sono state evacuate.")
    assert families.source is None


def test_a_retro_pronoun_after_a_comma_and_a_name_ending_before_a_new_subject() -> None:
    """ ", lo conferma la Protezione civile" names the source of the clause before it
    ("lo" is no article there); "Secondo l'Istat la Lombardia ..." ends the cue's name
    before the article opening the clause's subject."""
    confirmed, cued = claims(
        "Nelle valli sono ancora isolate 300 famiglie, lo conferma la Protezione civile.\n\n"
        "Secondo l'Istat la Lombardia avrebbe perso 12 mila residenti."
    )
    assert confirmed.source == "la Protezione civile"
    assert cued.source == "l'Istat"


def test_a_role_label_names_its_person_in_brackets_and_my_calculations_are_theirs() -> None:
    """ "OSPITE (Laura Benassi):" opens the guest's turn and "OSPITE:" later ones; "Secondo
    i miei calcoli" is the speaker's own figure, not a name after the cue."""
    first, later = claims(
        "CONDUTTORE (Marco Ferri): Quanto costa la ricostruzione?\n\n"
        "OSPITE (Laura Benassi): Secondo i miei calcoli quest'anno serviranno 4 miliardi.\n\n"
        "CONDUTTORE: E per le scuole?\n\n"
        "OSPITE: Io direi che mancano 300 aule."
    )
    assert first.source == "Laura Benassi"
    assert later.source == "Laura Benassi"


def test_the_latest_bulletin_of_a_body_is_the_body_s() -> None:
    """ "l'ultimo bollettino dell'Agenzia": "ultimo" describes the bulletin; no back-reference
    to an outlet's interlocutors (that shape needs cases)."""
    (evacuated,) = claims(
        "Secondo l'ultimo bollettino dell'Agenzia regionale per la protezione civile, gli "
        "evacuati sono 214."
    )
    assert evacuated.source is not None and "Agenzia" in evacuated.source


def test_a_figure_closing_its_clause_counts_the_subject() -> None:
    """ "Le abitazioni dichiarate inagibili salgono a 47": the subject's noun is what 47
    counts; "le settemila" is a count, no pointer back like "i due"."""
    (homes,) = claims("Le abitazioni dichiarate inagibili salgono a 47.")
    assert (homes.figure, homes.unit) == (47, "abitazioni")
    (losses,) = claims(
        "Secondo Kiev, le perdite nordcoreane tra morti e feriti sfiorano ormai le settemila."
    )
    assert (losses.figure, losses.unit) == (7000, "perdite")
    assert claims("Il treno per Roma parte alle 12.") == []


def test_a_name_after_the_conjunction_che_is_the_subject() -> None:
    """ "Di certo c'è che Ferrovie Pedemontane ha già comunicato": "che" joins a clause
    whose subject is named, no relative clause on what comes before."""
    (cut,) = claims(
        "Di certo c'è che Ferrovie Pedemontane ha già comunicato che da gennaio taglierà un "
        "quarto delle corse serali."
    )
    assert cut.source == "Ferrovie Pedemontane"


def test_the_new_estimate_is_a_noun() -> None:
    """ "è la nuova stima che …": "stima" after its article and adjective is the estimate,
    not a verb whose subject is "la nuova"."""
    (troops,) = claims(
        "Sono almeno 14mila i soldati nordcoreani arrivati in Russia: è la nuova stima che "
        "i servizi di Seul hanno illustrato ai deputati."
    )
    assert troops.source != "la nuova"


def test_a_time_phrase_of_several_words_before_the_speaker_after_a_quotation() -> None:
    """ "», ha detto poco fa il sindaco, X": the time phrase is passed over."""
    (c,) = extract_in(
        "it",
        "«Abbiamo già ricevuto oltre 260 segnalazioni», ha detto poco fa il sindaco di "
        "Borgoleone, Carlo Nespoli.",
    )
    assert c.source is not None and c.source.endswith("Carlo Nespoli")


def test_an_acronym_in_apposition_and_a_verb_of_counting_after_the_figure() -> None:
    """ "secondo l'intelligence militare ucraina, l'HUR,": the acronym in apposition, its
    article elided, is part of the name; ", conteggia l'HUR" names who counted."""
    first, second = extract_in(
        "it",
        "Secondo l'intelligence militare ucraina, l'HUR, sono partiti oltre 9 milioni di "
        "proiettili. Sono arrivati anche lanciarazzi: tra 150 e 200 pezzi in tutto, "
        "conteggia l'HUR.",
    )
    assert first.source is not None and first.source.endswith("l'HUR")
    assert second.source == "l'HUR"


def test_an_abbreviated_month_is_a_whole_word() -> None:
    # "set" (settembre) in a dateline, never inside "settimane"
    (c,) = extract_in("it", "In 12 settimane sono arrivati 300 camion al porto.", "2026-11-20")
    assert c.as_of is None


def test_a_live_link_in_the_label_is_the_programmes_reporter() -> None:
    # "(in collegamento)": the correspondent's turn reports; the lawmaker relays the body
    text = (
        "[20:01:10] CONDUTTORE (Paolo Riva): Il servizio segreto sudcoreano, il NIS, ha "
        "riferito ai deputati in un'audizione a porte chiuse. Da Seul, Chiara Fonti.\n\n"
        "[20:01:40] FONTI (in collegamento): Buonasera. Dopo l'audizione, il deputato Kim "
        "Dae-ho ha riferito ai giornalisti i dati. I feriti sarebbero circa 2.500."
    )
    (c,) = extract_in("it", text, "2026-11-20")
    assert c.source is not None and "NIS" in c.source


def test_a_participle_after_an_according_cue_then_its_agent() -> None:
    # "stando a quanto raccontato ai cronisti dal X": X told it, not "raccontato"
    text = (
        "Sono almeno 300 le famiglie sfollate, stando a quanto raccontato ai cronisti dal "
        "sindaco Marco Pedrini."
    )
    (c,) = extract_in("it", text, "2026-11-20")
    assert c.source is not None and c.source.endswith("Marco Pedrini")


def test_a_range_whose_second_number_has_its_article_elided() -> None:
    (c,) = extract_in("it", "I gestori parlano di un calo tra il 4 e l'11% delle presenze.")
    assert (c.value, c.low, c.high) == (None, 4, 11)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "per" + an article + a lower-case noun that names no one: a time or a purpose
        ("Per il ponte di Ognissanti le disdette sono salite del 12%, stima la Camera di "
         "commercio.", "la Camera di commercio"),
        ("Per la Coldiretti il danno supera i 40 milioni.", "la Coldiretti"),
        ("Per il ministero della Salute i ricoveri sono 4.000.", "il ministero della Salute"),
    ],
)  # fmt: skip
def test_per_opening_the_sentence_names_a_source_only_when_someone_follows(
    text: str, source: str
) -> None:
    (c,) = extract_in("it", text)
    assert c.source == source


def test_its_experts_are_the_body_named_before() -> None:
    found = extract_in(
        "it",
        "L'Istituto nazionale di statistica ha pubblicato il rapporto. I suoi esperti stimano "
        "che 3.000 famiglie siano in difficoltà.",
    )
    assert found[-1].source == "L'Istituto nazionale di statistica"


def test_figures_handed_to_a_lawmaker_name_the_lawmaker_as_relay() -> None:
    (c,) = claims(
        "Il buco arriverebbe a 3,4 milioni di euro, secondo dati della Regione trasmessi al "
        "consigliere Paolo Ferri."
    )
    assert c.source is not None and "Regione" in c.source
    assert c.via == ["consigliere Paolo Ferri"]


def test_a_body_expecting_reinforcements_is_their_source_and_the_lawmaker_its_relay() -> None:
    (c,) = claims(
        "Il deputato Kim Min-su ha riferito ai giornalisti che il NIS si aspetta da Pyongyang "
        "altri 4mila genieri entro fine febbraio.",
    )
    assert (c.source, c.via, c.status) == ("il NIS", ["deputato Kim Min-su"], "planned")


def test_a_bare_share_after_a_share_of_the_shells_is_the_same_share() -> None:
    share, other = claims(
        "Metà dei colpi sparati dall'artiglieria russa, sostiene Kiev, sarebbe di fabbricazione "
        "nordcoreana; il Centro Adriatico di Studi, più prudente, parla del 25-30%."
    )
    assert share.measure == other.measure == "dprk_share_of_russian_ammunition"
    assert other.source == "il Centro Adriatico di Studi"
    # two estimates either side of the semicolon: neither speaker passes the other's on
    assert share.via == other.via == []


def test_second_before_a_unit_of_time_is_an_ordinal_not_a_cue() -> None:
    text = (
        "Il sindaco ha detto che nel secondo semestre i lavori si fermeranno. "
        "Secondo lui, 300 famiglie resteranno senza casa."
    )
    (c,) = claims(text)
    assert c.source == "Il sindaco"


def test_figures_given_with_a_bodys_data_are_that_bodys_through_the_speaker() -> None:
    text = (
        "Il consigliere Paolo Bruni ha denunciato, con i dati dell'Istituto Autonomo Case "
        "Popolari, che 2.300 famiglie restano senza alloggio."
    )
    (c,) = claims(text)
    assert (c.value, c.source, c.via) == (
        2300,
        "Istituto Autonomo Case Popolari",
        ["Il consigliere Paolo Bruni"],
    )


def test_per_before_an_elided_article_names_the_source() -> None:
    # "Per l'Onu i feriti": the name past its elided article is capitalised
    (c,) = extract_in("it", "Per l'Onu i feriti del terremoto sono quasi 4.000.")
    assert c.source == "l'Onu"
    (c,) = extract_in("it", "Per l'anno prossimo i posti letto saranno 4.000.")
    assert c.source is None


@pytest.mark.parametrize(
    "text",
    [
        # the clause after a colon pointing back with its object pronoun
        "In cantiere lavorano più di 640 operai: lo sostiene la Regione Umbria.",
        # "ne conta": counts them, the counter the source
        "La Regione Umbria ne conta circa 640 impiegati nei cantieri.",
    ],
)
def test_a_body_pointing_back_or_counting_them_is_the_source(text: str) -> None:
    (c,) = claims(text)
    assert c.source in ("la Regione Umbria", "La Regione Umbria")


def test_the_holder_of_a_role_after_per_speaks() -> None:
    """ "Per il capogruppo di X, Andrea Lupi, …": the person in apposition, as after
    "secondo"."""
    text = "Per il capogruppo di Borgo Unito, Marta Ferri, si sono rinviati lavori per 30 milioni."
    (c,) = extract_in("it", text, "2026-12-02")
    assert c.source is not None and c.source.endswith("Marta Ferri")


def test_an_unsaid_speaker_after_a_colon_is_the_person_named_before_it() -> None:
    """ "Il racconto è quello di X, ex funzionario: in Russia, spiega, lavorano …": the
    person the sentence named before its colon, not the source the text named earlier."""
    text = (
        "Il NIS parla di 6 mila perdite. Il racconto più amaro è quello di Kim Sung-ho, ex "
        "funzionario di una ditta di Stato: in Russia, spiega, lavorano 40 mila suoi connazionali."
    )
    first, second = extract_in("it", text, "2026-12-02")
    assert first.source == "Il NIS"
    assert second.source == "Kim Sung-ho"


def test_a_turn_label_s_colon_names_no_one_before_it() -> None:
    """ "INVIATO (X): … il NIS, ha riferito …": the label's person does not tell it."""
    text = (
        "INVIATO (Davide Lorusso): Elena, il NIS ha riferito alla commissione che sono "
        "morti 2.600 soldati."
    )
    for c in extract_in("it", text, "2026-12-02"):
        assert c.source != "Davide Lorusso"


def test_a_subject_past_an_aside_names_what_the_figure_counts() -> None:
    """ "…; i feriti, aggiunge, sarebbero tra i 4.000 e i 5.000": the wounded, not the
    killed soldiers of the clause before."""
    text = "I nordcoreani uccisi sono almeno 2.300; i feriti, aggiunge, sarebbero tra i 4.000 e i 5.000."
    killed, wounded = extract_in("it", text, "2026-12-02")
    assert killed.measure == "dprk_troops_killed"
    assert wounded.measure == "dprk_troops_wounded"


def test_a_rating_and_a_standard_are_no_claims() -> None:
    """ "alimentate a 230 volt", "la norma europea EN 71 sulla sicurezza": specifications."""
    text = (
        "Molte luci, alimentate a 230 volt, erano prive di isolamento. Su 40 campioni, 27 "
        "non hanno superato le prove della norma europea EN 71 sulla sicurezza."
    )
    values = {c.value for c in extract_in("it", text, "2026-12-02")}
    assert 230 not in values and 71 not in values
    assert 27 in values


def test_the_holder_named_after_a_role_that_presented_the_data_speaks() -> None:
    """ "secondo il bilancio presentato dal comandante provinciale della Guardia di Finanza,
    il colonnello Davide Ruggeri": the colonel, by name."""
    text = (
        "Sono oltre 1,2 milioni gli articoli sequestrati, secondo il bilancio presentato ieri "
        "dal comandante provinciale della Guardia di Finanza, il colonnello Davide Ruggeri."
    )
    (c,) = extract_in("it", text, "2026-12-02")
    assert c.source is not None and c.source.endswith("il colonnello Davide Ruggeri")


def test_a_body_that_counted_is_the_source_and_the_same_service_means_it() -> None:
    """ "il Nis contava circa 2.300 morti": the NIS counts; "Lo stesso servizio stima" next
    is the NIS again, not the researchers before it."""
    text = (
        "I ricercatori stimano che i nordcoreani uccisi siano tra i 4.700 e i 6.100. A fine "
        "ottobre il Nis contava circa 2.300 morti. Lo stesso servizio stima oggi in circa "
        "13.000 uomini il contingente presente in Russia."
    )
    found = {c.figure: c.source for c in extract_in("it", text, "2026-12-02")}
    assert "Nis" in (found[2300] or "") and "Nis" in (found[13000] or "")


def test_a_holder_in_apposition_keeps_an_honorific() -> None:
    """ "il parroco del duomo, don Luigi Ferrandi,": the priest's name opens with "don"."""
    text = (
        "«Ogni settimana arrivano 70 famiglie», ha spiegato il parroco del duomo, "
        "don Luigi Ferrandi, durante la messa."
    )
    (c,) = extract_in("it", text, "2026-12-03")
    assert "Luigi Ferrandi" in (c.source or ""), c


def test_a_subject_s_holder_in_apposition_is_carried() -> None:
    """ "Il vescovo, monsignor Pietro Galimberti, ha chiuso …. Ha poi annunciato": the
    bishop by his name."""
    text = (
        "Il vescovo, monsignor Pietro Galimberti, ha chiuso il convegno con una promessa: la "
        "diocesi darà altri 200mila euro alla mensa. Ha poi annunciato che entro giugno "
        "apriranno 30 nuovi posti letto."
    )
    (c,) = [c for c in extract_in("it", text, "2026-12-03") if c.figure == 30]
    assert "Galimberti" in (c.source or ""), c


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Al porto sono arrivate qualche decina di chiatte.", 20),
        ("Al porto sono arrivate qualche dozzina di chiatte.", 24),
        ("Al porto sono arrivati qualche centinaio di operai.", 200),
    ],
)
def test_a_few_of_a_noun_counting_a_round_number_is_two_of_it(text: str, low: int) -> None:
    (c,) = extract_in("it", text)
    assert (c.low, c.vague) == (low, True)
