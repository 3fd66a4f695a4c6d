"""French: the fixture folder scored end to end, and the number, bound, attribution and
time forms of French reports through the public extractor (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.extract import parse_digits
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("fr", text)


def test_french_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("fr")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.8, r
    assert r["traps_hit"] == 0, r


@pytest.mark.parametrize(
    ("text", "value"),
    [("11 000", 11000), ("11\u202f000", 11000), ("1,5", 1.5), ("2 700 000", 2700000)],
)
def test_french_digits(text: str, value: float) -> None:
    assert parse_digits(text, "fr") == value


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "vague", "measure"),
    [
        ("La Corée du Nord a envoyé 11 000 soldats en Russie.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("La Corée du Nord a envoyé onze mille soldats en Russie.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("Pyongyang a livré 1,5 million d'obus à la Russie.", 1_500_000, None, None, False,
         "dprk_artillery_shells"),
        ("Pyongyang a livré deux cent mille obus à la Russie.", 200_000, None, None, False,
         "dprk_artillery_shells"),
        ("Quatre-vingt-dix soldats nord-coréens ont été tués.", 90, None, None, False,
         "dprk_troops_killed"),
        ("La Corée du Nord a envoyé plus de 11 000 soldats en Russie.", 11000, 11000, None, False,
         "dprk_troops_in_russia"),
        ("La Corée du Nord a envoyé entre 10 000 et 12 000 soldats en Russie.", None, 10000,
         12000, False, "dprk_troops_in_russia"),
        ("Des milliers de soldats nord-coréens sont en Russie.", None, 1000, None, True,
         "dprk_troops_in_russia"),
        ("Plusieurs centaines de soldats nord-coréens ont été tués.", None, 200, None, True,
         "dprk_troops_killed"),
        ("Des dizaines de milliers d'ouvriers nord-coréens travaillent en Russie.", None, 10000,
         None, True, "dprk_workers_in_russia"),
        ("Pyongyang fournit jusqu'à 50 % des obus russes.", 50, None, 50, False,
         "dprk_share_of_russian_ammunition"),
    ],
)  # fmt: skip
def test_numbers_bounds_ranges_and_vague_amounts(
    text: str, value: float | None, low: float | None, high: float | None, vague: bool, measure: str
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.vague, c.measure) == (value, low, high, vague, measure)
    assert c.quote == text


def test_approximations_and_status() -> None:
    (c,) = claims("La Corée du Nord a envoyé près de 3 000 soldats en Russie.")
    assert (c.high, c.approx) == (3000, True)
    (c,) = claims("La Corée du Nord a envoyé environ 3 000 soldats en Russie.")
    assert (c.value, c.approx, c.low, c.high) == (3000, True, None, None)
    (c,) = claims("La Corée du Nord pourrait envoyer 5 000 soldats supplémentaires en Russie.")
    assert c.status == "planned"
    (c,) = claims("Moscou a promis un million de barils de pétrole à la Corée du Nord.")
    assert (c.value, c.status, c.measure) == (1_000_000, "pledged", "russia_aid_to_dprk")


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("Selon le NIS, la Corée du Nord a envoyé 11 000 soldats en Russie.", "le NIS", []),
        ("D'après le Pentagone, la Corée du Nord a envoyé 11 000 soldats en Russie.",
         "le Pentagone", []),
        ("La Corée du Nord a envoyé 11 000 soldats en Russie, a indiqué le ministère sud-coréen "
         "de la Défense.", "le ministère sud-coréen de la Défense", []),
        ("La Corée du Nord a envoyé 11 000 soldats en Russie, a déclaré à l'AFP un responsable "
         "ukrainien.", "un responsable ukrainien", []),
        ("Le bilan atteint 300 morts, a déclaré à la presse le ministre.", "le ministre", []),
        ("Selon le NIS, cité par l'agence Yonhap, la Corée du Nord a envoyé 11 000 soldats en "
         "Russie.", "le NIS", ["l'agence Yonhap"]),
        ("La chaîne KBS, citant des sources gouvernementales, affirme que 11 000 soldats "
         "nord-coréens sont en Russie.", "sources gouvernementales", ["La chaîne KBS"]),
    ],
)  # fmt: skip
def test_sources_and_via(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


def test_each_figure_takes_the_according_to_that_closes_its_clause() -> None:
    first, second = claims(
        "Le taux de grévistes atteignait 17,3 % selon le ministère, près de 45 % d'après le "
        "Snuipp-FSU."
    )
    assert (first.source, first.via) == ("le ministère", [])
    assert (second.source, second.via) == ("le Snuipp-FSU", [])


def test_back_references_and_the_writer_speaking_again() -> None:
    text = (
        "Le rapport de l'Équipe de surveillance des sanctions (MSMT), publié lundi, dresse un inventaire. "
        "Pyongyang a livré au moins 9 millions d'obus, précisent les auteurs. "
        "La police a procédé à 181 interpellations."
    )
    shells, arrests = claims(text)
    assert shells.source == "l'Équipe de surveillance des sanctions (MSMT)"
    assert arrests.source is None


@pytest.mark.parametrize(
    "text",
    [
        "Le soldat nord-coréen de 26 ans a été capturé en 2025.",
        "Pyongyang a livré des obusiers de 170 mm.",
        "Kim a visité l'usine de missiles KN-23 le 14 novembre 2024.",
    ],
)
def test_traps_are_not_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Le mois dernier, la Corée du Nord a envoyé 11 000 soldats en Russie.", "2024-12"),
        ("En novembre, la Corée du Nord a envoyé 11 000 soldats en Russie.", "2024-11"),
        ("L'an dernier, la Corée du Nord a envoyé 11 000 soldats en Russie.", "2024"),
    ],
)
def test_time_expressions_resolve_against_the_published_date(text: str, as_of: str) -> None:
    (c,) = extract_in("fr", text, published="2025-01-15")
    assert c.as_of == as_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a relative clause between the speaker and its verb is passed over
        ("Un haut responsable américain, qui s'exprimait sous couvert d'anonymat, a affirmé "
         "que 500 soldats nord-coréens avaient été tués.", "Un haut responsable américain"),
        # a pronoun means the subject of the sentence before, which named no source
        ("Le ministère ukrainien de la Défense a publié mardi un nouveau bilan. Il estime que "
         "3 000 soldats nord-coréens ont été tués ou blessés.",
         "Le ministère ukrainien de la Défense"),
        # "selon ses estimations": a back-reference, not a source named "ses estimations"
        ("Le renseignement sud-coréen a tenu une réunion à huis clos. Selon ses estimations, "
         "11 000 soldats nord-coréens sont en Russie.", "Le renseignement sud-coréen (NIS)"),
        # data named by "selon": the body that published them
        ("La récolte a chuté à 26,3 millions de tonnes, selon les chiffres publiés mardi par "
         "le ministère de l'Agriculture.", "le ministère de l'Agriculture"),
        # "Pour X," opening the sentence names a source
        ("Pour la CGT, plus d'un million de personnes ont manifesté.", "la CGT"),
        # a verb of saying after the figure, its speaker after it
        ("Pyongyang a livré 200 obusiers à Moscou, reconnaît un diplomate russe.",
         "un diplomate russe"),
    ],
)  # fmt: skip
def test_sources_in_other_shapes(text: str, source: str) -> None:
    assert claims(text)[-1].source == source


def test_pour_is_a_source_only_for_a_name() -> None:
    (c,) = claims("Pour la première fois, 40 trains ont été supprimés.")
    assert c.source is None


def test_hyphenated_unit_and_an_age_pair() -> None:
    (c,) = claims("La Corée du Nord a livré 50 lance-roquettes multiples à la Russie.")
    assert (c.unit, c.measure) == ("lance-roquettes", "dprk_artillery_systems")
    (c,) = claims("Deux soldats nord-coréens âgés de 20 et 26 ans ont été capturés.")
    assert (c.value, c.measure) == (2, "dprk_troops_captured")


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "approx"),
    [
        ("Un millier de soldats nord-coréens ont été tués.", 1000, None, None, True),
        ("Plus d'un millier de soldats nord-coréens ont été tués.", 1000, 1000, None, False),
        ("Près d'un million d'obus ont été livrés par la Corée du Nord.", 1_000_000, None,
         1_000_000, True),
        ("La Corée du Nord a envoyé entre les 10 000 et les 12 000 soldats en Russie.", None,
         10000, 12000, False),
    ],
)  # fmt: skip
def test_thousand_nouns_and_ranges_with_articles(
    text: str, value: float | None, low: float | None, high: float | None, approx: bool
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.approx) == (value, low, high, approx)


def test_a_number_opening_a_source_is_who_speaks() -> None:
    (c,) = claims(
        "D'après l'agence Reuters, qui cite deux sources gouvernementales, 500 soldats "
        "nord-coréens ont été tués."
    )
    assert (c.value, c.source, list(c.via)) == (
        500,
        "deux sources gouvernementales",
        ["l'agence Reuters"],
    )


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("La Corée du Nord a livré 120 obusiers à la Russie, selon un rapport de l'ONU "
         "consulté par l'AFP.", "l'ONU", ["l'AFP"]),
        ("La Corée du Nord a livré 200 obusiers, affirment des responsables ukrainiens sous "
         "couvert d'anonymat.", "des responsables ukrainiens", []),
        ("Interrogé par Le Figaro, un diplomate européen évoque 5 000 soldats nord-coréens "
         "tués ou blessés.", "un diplomate européen", ["Le Figaro"]),
    ],
)  # fmt: skip
def test_outlets_that_consulted_or_interviewed(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


def test_a_relative_clause_of_figures_is_no_speaker() -> None:
    # "dont une trentaine ..." belongs to the figure before it: the speaker follows the verb
    rescues, part = claims(
        "Les secouristes ont mené près de six cents évacuations, dont une trentaine par "
        "bateau, a précisé le commandant Paul Arnaud, qui coordonne les opérations."
    )
    assert rescues.value == 600 and part.value == 30
    assert rescues.source == part.source == "le commandant Paul Arnaud"


def test_counted_speakers_after_a_closing_verb() -> None:
    (c,) = claims(
        "Environ 3 000 soldats nord-coréens ont été redéployés vers Belgorod, ont affirmé "
        "trois officiers ukrainiens sous couvert d'anonymat."
    )
    assert (c.value, c.source) == (3000, "trois officiers ukrainiens")


def test_a_counter_names_its_thing_before_the_sentence_does() -> None:
    artillery, missiles = claims(
        "Pyongyang a livré quelque 150 pièces d'artillerie ainsi que des dizaines de "
        "missiles balistiques à la Russie."
    )
    assert artillery.measure == "dprk_artillery_systems"
    assert missiles.measure == "dprk_ballistic_missiles"


def test_the_named_source_opening_the_next_sentence_keeps_speaking() -> None:
    _, later = claims(
        "Plus de 9 000 soldats sont arrivés à Koursk, a déclaré jeudi l'état-major sud-coréen. "
        "L'état-major sud-coréen a aussi repéré de nouveaux convois. Au total, la Corée du "
        "Nord aurait livré environ 80 lance-roquettes multiples."
    )
    assert (later.value, later.source) == (80, "l'état-major sud-coréen")


def test_ten_of_thousands() -> None:
    (c,) = claims("La Corée du Nord aurait envoyé une dizaine de milliers de soldats en Russie.")
    assert (c.value, c.measure) == (10000, "dprk_troops_in_russia")


def test_a_pronoun_counts_the_noun_of_the_figure_before() -> None:
    whole, arrived, wounded = claims(
        "Séoul estime à 12 000 le nombre de soldats nord-coréens déployés en Russie. Environ "
        "2 500 d'entre eux seraient arrivés en mars. Quelque 900 d'entre eux auraient été "
        "blessés près de Koursk, selon Séoul."
    )
    assert (whole.unit, whole.measure) == ("soldats", "dprk_troops_in_russia")
    assert (arrived.value, arrived.unit, arrived.measure) == (
        2500,
        "soldats",
        "dprk_troops_in_russia",
    )
    assert (wounded.value, wounded.unit, wounded.measure) == (900, "soldats", "dprk_troops_wounded")
    assert arrived.source == "Séoul"


def test_an_apposition_says_what_happened_to_those_counted() -> None:
    (c,) = claims(
        "Les troupes nord-coréennes en Russie ont perdu près de 3 000 hommes, tués ou blessés, "
        "depuis l'hiver, a indiqué Kiev."
    )
    assert (c.value, c.measure) == (3000, "dprk_troops_casualties")


def test_the_one_told_before_the_verb_is_no_speaker() -> None:
    (c,) = claims(
        "« Nous avons compté 400 obus nord-coréens en une journée », nous a raconté un artilleur "
        "ukrainien."
    )
    assert c.source == "un artilleur ukrainien"


def test_who_promises_a_sum_tells_it() -> None:
    (c,) = claims("La ministre du Travail a promis jeudi une aide de 30 millions d'euros.")
    assert (c.value, c.status, c.source) == (30_000_000, "pledged", "La ministre du Travail")
    (c,) = claims("La préfecture a débloqué jeudi une aide de 30 millions d'euros.")
    assert c.source is None


def test_the_last_weeks_are_a_span() -> None:
    found = claims("Au cours des trois dernières semaines, 1 200 personnes ont été évacuées.")
    assert [c.value for c in found] == [1200]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # verbs of saying in every tense the press uses, both word orders
        ("Le commandement sud-coréen redoutait l'envoi de 4 000 soldats supplémentaires.",
         "Le commandement sud-coréen"),
        ("Près de 900 soldats ont été blessés, avait prévenu le chef d'état-major.",
         "le chef d'état-major"),
        ("Le renseignement ukrainien accuse Pyongyang d'avoir livré 40 missiles.",
         "Le renseignement ukrainien"),
        ("Quelque 2 000 obus partent chaque jour, résume un officier sous couvert d'anonymat.",
         "un officier"),
        # a relative clause with no commas between the speaker and the verb
        ("Un diplomate qui a requis l'anonymat a affirmé que 3 000 ouvriers sont arrivés.",
         "Un diplomate"),
        # an aside between commas
        ("Le ministère, lui, fait état d'une hausse de 12 %.", "Le ministère"),
        ("Le général Kovalenko, 58 ans, a estimé les pertes à 1 200 hommes.", "Le général Kovalenko"),
        # impersonal: the body is where it was said
        ("Environ 600 camions sont bloqués, indique-t-on à la préfecture.", "la préfecture"),
        # a short number inside a name
        ("Quelque 300 pompiers sont mobilisés, selon France 24.", "France 24"),
    ],
)  # fmt: skip
def test_speakers_in_the_shapes_of_the_press(text: str, source: str) -> None:
    assert claims(text)[0].source == source


def test_an_impersonal_verb_without_a_body_names_no_one() -> None:
    text = "Selon la CGT, 3 000 salariés sont en grève. On estime que 40 dépôts sont bloqués."
    first, second = claims(text)
    assert (first.source, second.source) == ("la CGT", None)


def test_a_back_reference_with_its_adjective_means_the_body_named_before() -> None:
    text = (
        "Quelque 9 000 malades ont été hospitalisés, a annoncé l'Agence régionale de santé.\n\n"
        "L'agence sanitaire recense en outre 1 100 décès.\n\n"
        "L'institut statistique recense 300 faillites."
    )
    _, deaths, firms = claims(text)
    assert deaths.source == "l'Agence régionale de santé"
    assert firms.source == "L'institut statistique"  # no institute named before: as written


def test_the_writer_s_observation_names_no_source() -> None:
    (c,) = claims(
        "Des centaines de manifestants ont défilé à Lille, a constaté notre envoyé spécial."
    )
    assert c.source is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the role after an inverted verb, and its holder named in apposition
        ("« Près de 40 % des dossiers concernent des toitures », a ajouté son directeur, Paul "
         "Mercier.", "son directeur, Paul Mercier"),
        # a participle's aside between the speaker and its verb
        ("Un diplomate européen, s'exprimant sous couvert d'anonymat, évoque 2 000 ouvriers "
         "envoyés sur les chantiers.", "Un diplomate européen"),
        ("L'Institut Montaigne, basé à Paris, estime que 12 % des lits sont fermés.",
         "L'Institut Montaigne"),
        # by its own reckoning: the subject after the comma closing the cue
        ("D'après ses propres calculs, l'Observatoire des prix, basé à Lyon, estime la hausse "
         "à 7 %.", "l'Observatoire des prix"),
        # a company named before, then "l'entreprise"
        ("Enedis a indiqué avoir rétabli le courant chez 40 000 foyers.\n\nQuelque 3 000 "
         "restaient privés d'électricité dimanche, selon l'entreprise.", "Enedis"),
    ],
)  # fmt: skip
def test_speakers_past_asides_and_with_their_names(text: str, source: str) -> None:
    assert claims(text)[-1].source == source


def test_a_quotation_opening_after_a_full_stop_is_a_sentence_of_its_own() -> None:
    text = (
        "Les pertes atteindraient 80 millions d'euros, estime la Fédération du bâtiment. « Près "
        "de 20 % des chantiers sont à l'arrêt », a ajouté sa présidente, Claire Dumas."
    )
    first, second = claims(text)
    assert first.source == "la Fédération du bâtiment"
    assert second.source == "sa présidente, Claire Dumas"


def test_millimetres_of_rain_are_an_amount_not_a_calibre() -> None:
    (rain,) = claims("Il est tombé 280 millimètres de pluie en une nuit, selon Météo-France.")
    assert (rain.value, rain.source) == (280, "Météo-France")
    assert not claims("Des obusiers de 152 millimètres ont été livrés à Moscou.")


def test_the_number_of_things_elided_and_an_opener_before_the_speaker() -> None:
    (c,) = claims(
        "Côté munitions, l'état-major sud-coréen évalue à 12 millions le nombre d'obus "
        "livrés par Pyongyang à la Russie."
    )
    assert (c.measure, c.source) == ("dprk_artillery_shells", "l'état-major sud-coréen")


def test_an_interview_answer_is_the_one_answering() -> None:
    # a question standing as its paragraph, the quoted answer after it: the person asked
    text = (
        "Nous avons interrogé Paul Mercier, chercheur à l'Institut de géopolitique.\n\n"
        "Combien de soldats sont engagés ?\n\n"
        "« Nos estimations parlent d'environ 8 000 hommes sur le front. »\n"
    )
    (c,) = claims(text)
    assert c.source == "Paul Mercier"


def test_a_lawmaker_relays_the_body_that_briefed_them() -> None:
    # the body named after the briefing's word is the source, the lawmaker passes it on;
    # "l'élu" later means the same chain
    first, second = claims(
        "Environ 4 000 ouvriers ont été envoyés sur les chantiers, a déclaré jeudi le député "
        "Jean Morel à l'issue d'une audition à huis clos de la Direction du renseignement "
        "militaire (DRM). Selon l'élu, 600 ingénieurs seraient déjà sur place."
    )
    assert first.source == "Direction du renseignement militaire (DRM)"
    assert first.via == ["député Jean Morel"]
    assert (second.source, second.via) == (first.source, first.via)


def test_a_body_described_in_its_own_paragraph_is_the_body_speaking() -> None:
    text = (
        "Quelque 5 000 cas ont été recensés cette semaine, a annoncé mardi Santé publique "
        "France. Près de 800 patients ont été hospitalisés, précise l'agence sanitaire."
    )
    assert [c.source for c in claims(text)] == ["Santé publique France"] * 2


def test_an_office_s_holder_named_in_apposition_promises() -> None:
    (c,) = claims("Le ministre du Logement, Paul Girard, a promis lundi 2 000 logements sociaux.")
    assert c.source == "Paul Girard"


def test_our_own_calculations_name_no_source() -> None:
    a, b = claims(
        "Selon le ministère, 300 soldats ont été tués. Selon nos calculs, 500 autres ont été "
        "blessés."
    )
    assert a.source == "le ministère"
    assert b.source is None


def test_an_interviewee_speaking_as_i_is_the_source() -> None:
    text = (
        "Propos recueillis par Luc Martin\n\n"
        "Hélène Garnier dirige l'Observatoire des prix agricoles. Nous avons rencontré "
        "Hélène Garnier à Rennes.\n\n"
        "Combien d'exploitations ont fermé ?\n"
        "J'estime leur nombre à environ 3 000 cette année.\n\n"
        "Et les aides ?\n"
        "Le ministère parle de 200 millions d'euros débloqués."
    )
    a, b = claims(text)
    assert a.source == "Hélène Garnier"
    assert b.source is not None and "ministère" in b.source and b.via == ["Hélène Garnier"]


def test_according_to_a_role_and_its_holder_in_apposition() -> None:
    (c,) = claims("Selon le maire de la commune, Paul Girard, 300 familles ont été évacuées.")
    assert c.source == "le maire de la commune, Paul Girard"


def test_a_demonstrative_before_a_verb_of_reporting_names_no_speaker() -> None:
    text = (
        "L'armée affirme avoir capturé deux soldats. "
        "Cela porte à sept le nombre de prisonniers, précise-t-elle."
    )
    assert [c.source for c in claims(text)] == ["L'armée", "L'armée"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La Corée du Nord a livré un million et demi d'obus à la Russie.", 1_500_000),
        ("La Corée du Nord a livré deux millions et demi d'obus à la Russie.", 2_500_000),
    ],
)
def test_half_of_a_scale_word(text: str, value: float) -> None:
    """Half a scale, before it, after it or glued to it, is read as half of it, not as
    the scale alone (which would double or halve the figure)."""
    (c,) = claims(text)
    assert (c.value, c.measure) == (value, "dprk_artillery_shells")


def test_a_long_question_ending_in_a_short_one_asks() -> None:
    """Once answers run, a question paragraph that opens with a claim of its own and ends
    in a short question ("..., écrivait lundi X. Vous confirmez ?") asks: the answer after
    it, and the prompt and answer after that, are the one answering's."""
    text = (
        "Nous avons interrogé Paul Mercier, chercheur à l'Institut de géopolitique.\n\n"
        "Combien de soldats sont engagés ?\n\n"
        "Nos estimations parlent d'environ 8 000 hommes sur le front.\n\n"
        "Un hebdomadaire suisse, citant des diplomates en poste à Moscou, écrivait la semaine "
        "dernière que les renforts attendus au printemps seraient bien plus nombreux que ce "
        "que l'on pensait jusqu'ici. Vous confirmez ?\n\n"
        "Oui. Environ 4 000 hommes devraient arriver d'ici avril.\n\n"
        "Parlons des munitions.\n\n"
        "Pyongyang a livré près de 9 millions d'obus.\n"
    )
    assert [c.source for c in claims(text)] == ["Paul Mercier"] * 3


def test_a_person_before_a_role_in_apposition_speaks_and_what_he_judges_does_not() -> None:
    """ "Sur notre plateau, le général X, ancien attaché ..., juge ces chiffres « plausibles »":
    the general speaks ("ces chiffres" is what he judges, no speaker), and "estime-t-il" after
    his quote is his."""
    _, his = claims(
        "Le ministère a compté 7 500 pertes. Sur notre plateau, le général Bernard Quintal, "
        "ancien attaché de défense à Séoul, juge ces chiffres « plausibles ». « Pyongyang "
        "fournit près de la moitié des obus tirés par l'artillerie russe », estime-t-il."
    )
    assert his.source == "le général Bernard Quintal"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Le Kremlin s'est engagé à verser 120 M$ pour rénover le pont.", 120_000_000),
        ("La Région consacre cette année 312 M€ aux transports.", 312_000_000),
    ],
)
def test_m_glued_to_a_currency_is_millions(text: str, figure: float) -> None:
    """ "120 M€": the abbreviation glued to the currency after it scales the money."""
    assert claims(text)[0].figure == figure


def test_m_alone_stays_metres() -> None:
    figures = [c.figure for c in claims("Le pont mesure 120 m et 300 soldats le gardent.")]
    assert 120_000_000 not in figures and 300 in figures


def test_a_study_s_author_after_par_is_the_source() -> None:
    (claim,) = claims(
        "Environ 300 familles ont été évacuées, selon une étude publiée par l'université de Lille."
    )
    assert claim.source == "l'université de Lille"


def test_a_label_alone_on_its_line_opens_the_turn_below_it_and_a_reporter_reports() -> None:
    """ "[19:02:10] JULIE MARCHAND, économiste :" on its own line: the line below is her
    answer; a correspondent's label opens the programme's own report, no guest's."""
    text = (
        "[19:01:40] PAUL DORIN, présentateur :\n"
        "Julie Marchand, vous êtes économiste à Lille. Combien coûte la crise ?\n\n"
        "[19:02:10] JULIE MARCHAND, économiste :\n"
        "Mes estimations donnent environ 400 millions d'euros de pertes.\n\n"
        "[19:03:00] LÉA ROUX, correspondante à Lyon :\n"
        "Bonsoir Paul. Ici, quelque 1 200 salariés sont au chômage partiel."
    )
    guest, report = claims(text)
    assert guest.source == "Julie Marchand"
    assert report.source is None


def test_a_note_after_its_article_is_a_document_not_a_verb() -> None:
    """ "selon une note interne de X": "note" after its article names the document; the
    name read after the cue runs on past it to its owner."""
    (share,) = claims(
        "D'après une note interne de SNCF Voyageurs que Radio Causses a pu consulter, près de "
        "60 % des autorails ont plus de trente ans."
    )
    assert share.source is not None and share.source.endswith("SNCF Voyageurs")


def test_a_journalists_later_label_still_reports() -> None:
    """ "NOÉMIE LACAZE, journaliste :" opens the programme's own report, and so does her
    later label without its role ("NOÉMIE LACAZE :"): the bodies her report cites own its
    figures, and what it says itself has no source."""
    text = (
        "[20:05:00] PAUL DORIN, présentateur :\n"
        "Noémie Lacaze, vous êtes à Brest. Quelle est la situation ?\n\n"
        "[20:05:20] NOÉMIE LACAZE, journaliste :\n"
        "Bonsoir Paul. Selon Orange, quelque 300 techniciens sont sur place.\n\n"
        "[20:06:10] PAUL DORIN :\n"
        "Et les écoles ?\n\n"
        "[20:06:20] NOÉMIE LACAZE :\n"
        "Une quinzaine d'écoles restent fermées ce soir."
    )
    techs, schools = claims(text)
    assert techs.source == "Orange"
    assert schools.source is None


def test_an_object_pronoun_and_a_time_phrase_before_the_speaker_after_a_quotation() -> None:
    """ "», nous confiait tout à l'heure la directrice, X": the pronoun stands between the
    comma and the verb, a time phrase of several words between the verb and the speaker;
    the role's holder named in apposition is still the speaker."""
    (c,) = claims(
        "« Nous avons accueilli au moins 120 familles depuis lundi », nous confiait tout à "
        "l'heure la directrice du centre, Solène Barraud."
    )
    assert c.source is not None and c.source.endswith("Solène Barraud")


def test_an_acronym_in_apposition_with_its_article() -> None:
    """ "selon le renseignement militaire ukrainien, le HUR,": the acronym is the name's."""
    (c,) = claims(
        "Selon le renseignement militaire ukrainien, le HUR, la Russie a reçu 9 millions d'obus."
    )
    assert c.source is not None and c.source.endswith("le HUR")


def test_a_rumour_the_sentence_names_no_one_for_is_nobodys() -> None:
    """The paragraph's speaker does not carry into a rumour: "la rumeur court que ..."."""
    text = (
        "Selon la préfecture, 212 personnes ont été relogées. Sur le port, la rumeur court "
        "qu'une quinzaine de chalutiers auraient coulé."
    )
    first, rumour = claims(text)
    assert first.source == "la préfecture"
    assert rumour.status == "rumoured" and rumour.source is None


def test_who_promises_in_an_answer_past_its_label_tells_it() -> None:
    # a reader's Q&A: the answer's short label is no subject
    (c,) = claims("R : Le conseil régional a promis 40 millions d'euros pour les lycées.")
    assert (c.source, c.status) == ("Le conseil régional", "pledged")


def test_a_month_is_a_whole_word_and_counting_is_no_plan() -> None:
    # "12 maisons" holds no "12 mai"; "compte" (has, counts) plans nothing
    (c,) = extract_in("fr", "La commune compte 12 maisons vides.", "2026-11-20")
    assert (c.as_of, c.status) == (None, "reported")


def test_a_scale_after_a_figure_is_no_speaker() -> None:
    # "2,5 Md$ en aides": "Md$" is capitalised, no name; the speaker follows the verb
    (c,) = extract_in(
        "fr",
        "Paris aurait versé 2,5 Md$ en aides, prêts et garanties, nous a confié un "
        "diplomate allemand.",
    )
    assert c.source == "un diplomate allemand"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("« Ces bilans, tempère Lucie Marchand, restent des planchers : 900 morts au moins. »",
         "Lucie Marchand"),
        ("Le ministère s'attend à ce que 3 000 logements soient touchés d'ici à mars.",
         "Le ministère"),
    ],
)  # fmt: skip
def test_verbs_of_saying_in_an_aside_and_of_expecting(text: str, source: str) -> None:
    (c,) = extract_in("fr", text)
    assert c.source == source


def test_a_role_alone_means_the_person_named_with_it() -> None:
    (c,) = extract_in(
        "fr",
        "Le maire Jean Dupuis nous reçoit dans son bureau.\n\n"
        "Plus de 40 familles ont été relogées depuis lundi, a ajouté le maire.",
    )
    assert c.source == "Jean Dupuis"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ils étaient 1.500 selon les syndicats à défiler devant la gare.", 1500),
        ("La commune débloquera 300.000 euros pour la crèche.", 300000),
        ("Le fonds atteint 1.250.000 euros cette année.", 1250000),
        ("Le club compte septante-cinq bénévoles.", 75),
        ("La salle accueille nonante spectateurs.", 90),
    ],
)
def test_belgian_and_swiss_copy_groups_with_a_dot_and_counts_in_seventies(
    text: str, value: float
) -> None:
    assert claims(text)[0].value == value


def test_a_dislocated_subject_speaks_and_promises() -> None:
    text = (
        "La clinique Hélora invoque des raisons de sécurité. Hélora, elle, parlait encore en "
        "mai d'un trou de 4,2 millions d'euros. La direction, elle, s'est engagée à reclasser "
        "au moins 40 infirmières."
    )
    hole, staff = claims(text)
    assert (hole.source, staff.source, staff.status) == ("Hélora", "La direction", "pledged")


def test_a_named_body_tells_its_own_plan() -> None:
    (c,) = claims("Solvia prévoit d'ouvrir en mars un dispensaire de huit cabinets.")
    assert (c.value, c.source, c.status) == (8, "Solvia", "planned")


def test_its_report_is_the_report_of_the_body_named_before() -> None:
    text = (
        "Le groupe hospitalier Sanitas invoque la sécurité. D'après son bilan annuel, "
        "318 enfants sont nés à Bellevaux l'an dernier."
    )
    (c,) = claims(text)
    assert c.value == 318 and c.source is not None and "Sanitas" in c.source


def test_figures_handed_to_a_lawmaker_and_cited_by_an_agency_keep_their_source() -> None:
    (c,) = claims(
        "Le déficit atteindrait 1,8 M€, selon des chiffres de l'Inami transmis au député "
        "Marc Dujardin, que cite l'agence Belga."
    )
    assert c.source is not None and "Inami" in c.source
    assert c.via == ["député Marc Dujardin", "l'agence Belga"]


def test_who_hopes_to_gather_a_crowd_is_its_source() -> None:
    (c,) = claims("Les organisateurs espèrent rassembler 15 000 personnes samedi à Namur.")
    assert (c.value, c.source) == (15000, "Les organisateurs")


def test_a_subject_pronoun_before_the_verb_speaks_not_the_object_after_it() -> None:
    """ "Elle chiffre les pertes à …": the one named before speaks; "les pertes" is what
    she puts a figure on."""
    (losses,) = [
        c
        for c in claims(
            "La présidente de l'association, Awa Koné, a reçu la presse. Elle chiffre les "
            "pertes en marchandises à au moins 2,4 milliards de francs CFA."
        )
        if c.low == 2_400_000_000
    ]
    assert losses.source is not None and "Awa Koné" in losses.source


def test_the_clause_goes_on_past_who_told_it() -> None:
    (c,) = claims("Au moins 2 400 soldats nord-coréens, a précisé le général Morel, ont été tués.")
    assert c.measure == "dprk_troops_killed"


@pytest.mark.parametrize("figure", ["entre 600 et 700", "de 600 à 700"])
def test_a_range_takes_the_cue_closing_its_own_clause(figure: str) -> None:
    text = f"Ils étaient 1 500 selon l'intersyndicale, {figure} selon la gendarmerie."
    assert [c.source for c in claims(text)] == ["l'intersyndicale", "la gendarmerie"]


@pytest.mark.parametrize("latest", ["le dernier rapport", "le dernier rapport annuel"])
def test_the_latest_report_of_a_body_is_the_bodys(latest: str) -> None:
    (c,) = claims(f"D'après {latest} de Terrasucre, l'usine a broyé 1,3 million de tonnes.")
    assert c.source == "Terrasucre"


def test_according_to_a_criterion_is_depending_on_it() -> None:
    text = (
        "Me Karima Benaïssa a chiffré les demandes à 1,4 million d'euros, les montants allant "
        "de 8 000 à 260 000 euros selon la gravité des séquelles."
    )
    assert [c.source for c in claims(text)] == ["Karima Benaïssa"] * 2


def test_a_speaker_past_a_relative_clause_and_a_participle() -> None:
    text = (
        "Un haut responsable, qui connaît le dossier, s'exprimant sous couvert d'anonymat, "
        "évoque 300 morts."
    )
    (c,) = claims(text)
    assert c.source == "Un haut responsable"


def test_what_a_place_numbers_is_no_plan_of_its_own() -> None:
    # "compte" before a figure numbers ("Le marché compte 148 chalets"): it tells nobody's
    # plan, so the figure has no source (the verb is no longer a plan verb)
    text = "Le marché de Noël ouvre vendredi. Le marché compte cette année 148 chalets."
    (c,) = extract_in("fr", text)
    assert c.source is None


def test_a_body_counting_them_with_en_is_the_source() -> None:
    """ "La préfecture en compte 640": the partitive pronoun and the verb count them."""
    (c,) = claims("Dans le département, la préfecture en compte environ 640 depuis juin.")
    assert c.source == "la préfecture"


def test_a_forecast_told_names_who_forecasts() -> None:
    """ "… : le NIS prévoit que 1 000 soldats …": the agency forecasts, so it is the source."""
    text = "Les renforts arrivent : le NIS prévoit que 1 000 soldats rejoindront la région."
    (c,) = extract_in("fr", text, "2026-12-02")
    assert c.source == "le NIS"


def test_a_length_from_a_place_is_a_distance_and_a_length_of_pipe_a_count() -> None:
    text = (
        "Près de 40 % des patientes habitent à plus de 30 km de Montvaux. La régie a posé "
        "46 km de nouvelles canalisations cette année."
    )
    values = {c.value for c in extract_in("fr", text, "2026-12-02")}
    assert 30 not in values and 46 in values


def test_a_pronoun_hyphened_after_its_verb_means_the_person_named_before() -> None:
    """ "« … 1 247 interventions … », a-t-elle lancé" and "…, a-t-elle détaillé": the
    officer named before, past an opener ("Comme le veut l'usage,")."""
    text = (
        "Comme le veut l'usage, la cheffe de centre, le lieutenant Karine Dufresne, a ouvert "
        "la soirée. « Au 20 novembre, nous avions déjà réalisé 1 247 interventions. Nous "
        "n'avions jamais connu un tel rythme », a-t-elle lancé, micro en main. Le secours à "
        "personne en représente près de 78 %, a-t-elle détaillé."
    )
    assert {c.source for c in extract_in("fr", text, "2026-12-02")} == {"Karine Dufresne"}


def test_a_multiple_after_a_count_counts_the_same_thing() -> None:
    """ "9 400 conteneurs, soit près de deux fois plus qu'en 2025": the containers again;
    "deux fois plus de blessés" names its own noun."""
    text = (
        "Selon l'Observatoire, 9 400 conteneurs nord-coréens sont partis vers la Russie "
        "depuis janvier, soit près de deux fois plus qu'à la même période de 2025."
    )
    found = {c.figure: c.measure for c in extract_in("fr", text, "2026-12-02")}
    assert found[9400] == found[2] == "dprk_containers_shipped"
    own = "Le NIS compte 2 300 soldats nord-coréens tués et près de deux fois plus de blessés."
    found = {c.figure: c.measure for c in extract_in("fr", own, "2026-12-02")}
    assert found[2] != "dprk_troops_killed"


def test_a_country_after_a_destination_and_its_article_owns_no_figure() -> None:
    """ "le nombre d'obus expédiés vers la Russie": Russia is where the shells went, so they
    are still North Korea's, as after "vers" alone."""
    text = (
        "Ce que la Corée du Nord a donné à Moscou\n\n"
        "La Corée du Nord arme l'armée de Moscou. Pyongyang ne s'arrête pas là : la Corée du "
        "Nord forme aussi des ouvriers.\n\n"
        "Le ministère chiffrait à plus de 12 millions le nombre d'obus expédiés vers la "
        "Russie."
    )
    (c,) = [c for c in extract_in("fr", text, "2026-12-02") if c.figure == 12e6]
    assert c.measure == "dprk_artillery_shells"


def test_an_acronym_source_is_named_as_the_text_spells_it_out() -> None:
    """ "selon l'ARS" after "L'Agence régionale de santé (ARS)": the body in full, its
    words in lower case and "de" between them read past."""
    text = (
        "L'Agence régionale de santé (ARS) a publié son bilan mardi.\n\n"
        "Selon l'ARS, 40 personnes ont été intoxiquées en novembre.\n"
    )
    (c,) = extract_in("fr", text, "2026-12-02")
    assert c.source == "Agence régionale de santé (ARS)"


def test_a_verb_in_the_future_tense_makes_its_figure_planned() -> None:
    """ "la région financera 40 postes": the future by its ending; "sur le front, 300
    obus" names no future ("front" ends in no ending listed)."""
    text = (
        "La région financera 40 postes supplémentaires.\n"
        "Sur le front, 300 obus tombent chaque jour.\n"
    )
    statuses = {c.value: c.status for c in extract_in("fr", text, "2026-12-02")}
    assert statuses == {40: "planned", 300: "reported"}
