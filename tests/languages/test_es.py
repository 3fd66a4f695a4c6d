"""Spanish: the fixture folder scored end to end, and the number, bound, attribution and
time forms of Spanish reports through the public extractor (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.extract import parse_digits
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("es", text)


def test_spanish_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("es")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.8, r
    assert r["traps_hit"] <= 1, r  # "de 20 y 26 años": two ages joined are read as a figure


@pytest.mark.parametrize(
    ("text", "value"), [("11.000", 11000), ("1,5", 1.5), ("2.700.000", 2700000)]
)
def test_spanish_digits(text: str, value: float) -> None:
    assert parse_digits(text, "es") == value


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "vague", "measure"),
    [
        ("Corea del Norte envió 11.000 soldados a Rusia.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("Corea del Norte envió 11 mil soldados a Rusia.", 11000, None, None, False,
         "dprk_troops_in_russia"),
        ("Pionyang suministró 1,5 millones de proyectiles a Rusia.", 1_500_000, None, None, False,
         "dprk_artillery_shells"),
        ("Pionyang suministró doscientos mil proyectiles a Rusia.", 200_000, None, None, False,
         "dprk_artillery_shells"),
        ("Corea del Norte envió más de 11.000 soldados a Rusia.", 11000, 11000, None, False,
         "dprk_troops_in_russia"),
        ("Corea del Norte envió entre 10.000 y 12.000 soldados a Rusia.", None, 10000, 12000,
         False, "dprk_troops_in_russia"),
        ("Miles de soldados norcoreanos están en Rusia.", None, 1000, None, True,
         "dprk_troops_in_russia"),
        ("Varios cientos de soldados norcoreanos están en Rusia.", None, 200, None, True,
         "dprk_troops_in_russia"),
        ("Decenas de miles de trabajadores norcoreanos están en Rusia.", None, 10000, None, True,
         "dprk_workers_in_russia"),
        ("Pionyang aporta hasta el 40 % de la munición rusa.", 40, None, 40, False,
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
    (c,) = claims("Corea del Norte envió casi 3.000 soldados a Rusia.")
    assert (c.high, c.approx) == (3000, True)
    (c,) = claims("Corea del Norte envió unos 3.000 soldados a Rusia.")
    assert (c.value, c.approx, c.low, c.high) == (3000, True, None, None)
    (c,) = claims("Corea del Norte podría enviar otros 5.000 soldados a Rusia.")
    assert c.status == "planned"
    (c,) = claims("Moscú prometió un millón de barriles de petróleo a Pionyang.")
    assert (c.value, c.status) == (1_000_000, "pledged")


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("Según el NIS, Corea del Norte envió 11.000 soldados a Rusia.", "el NIS", []),
        ("De acuerdo con el Pentágono, Corea del Norte envió 11.000 soldados a Rusia.",
         "el Pentágono", []),
        ("Corea del Norte envió 11.000 soldados a Rusia, informó el Ministerio de Defensa "
         "surcoreano.", "el Ministerio de Defensa surcoreano", []),
        ("Corea del Norte envió 11.000 soldados a Rusia, dijo a EFE un portavoz ucraniano.",
         "un portavoz ucraniano", []),
        ("Moscú prometió doscientas mil toneladas de trigo, dijo a la agencia AP un alto "
         "funcionario estadounidense.", "un alto funcionario estadounidense", []),
        ("La agencia Yonhap, citando a fuentes del Gobierno, informó de que Corea del Norte envió "
         "11.000 soldados a Rusia.", "fuentes del Gobierno", ["La agencia Yonhap"]),
        ("La inteligencia ucraniana, citada por el diario The Kyiv Independent, calcula que 1.100 "
         "soldados norcoreanos han muerto.", "La inteligencia ucraniana",
         ["el diario The Kyiv Independent"]),
    ],
)  # fmt: skip
def test_sources_and_via(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


def test_a_noun_is_no_verb_of_saying() -> None:
    """ "la cifra" (the figure) is no "cifra" (quantifies): the INE stays the source."""
    text = (
        "España recibió 93,8 millones de turistas, informó el INE. Es la cifra más alta. "
        "Según el organismo, los visitantes gastaron 126.000 millones de euros."
    )
    _, spent = claims(text)
    assert spent.source == "el INE"


@pytest.mark.parametrize(
    "text",
    [
        "Un soldado norcoreano de 20 años fue capturado en 2025.",
        "Pionyang entregó obuses de 170 milímetros.",
        "Kim visitó la fábrica de misiles KN-23 el 14 de noviembre de 2024.",
        "Seúl, 4 dic (EFE).- Kim visitó Moscú.",
    ],
)
def test_traps_are_not_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("El mes pasado Corea del Norte envió 11.000 soldados a Rusia.", "2024-12"),
        ("En noviembre Corea del Norte envió 11.000 soldados a Rusia.", "2024-11"),
    ],
)
def test_time_expressions_resolve_against_the_published_date(text: str, as_of: str) -> None:
    (c,) = extract_in("es", text, published="2025-01-15")
    assert c.as_of == as_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a relative clause between the speaker and its verb is passed over
        ("Un alto funcionario surcoreano, que habló bajo condición de anonimato, dijo que unos "
         "600 soldados norcoreanos han muerto.", "Un alto funcionario surcoreano"),
        # the unsaid subject of "Calcula que" is the subject of the sentence before
        ("El organismo de inteligencia entregó su informe al Parlamento el lunes. Calcula que "
         "Pionyang ha enviado unos 12.000 soldados.", "El organismo de inteligencia"),
        # data named by "según": the body that published them
        ("El paro bajó al 10,5%, según los datos publicados este martes por el Instituto "
         "Nacional de Estadística.", "el Instituto Nacional de Estadística"),
        # "Para X," opening the sentence names a source
        ("Para el Banco de España, la inflación cerrará el año en el 2,5%.",
         "el Banco de España"),
        # anonymous sources with a verb of admitting
        ("Fuentes del Gobierno admiten que unos 300 soldados norcoreanos han muerto.",
         "Fuentes del Gobierno"),
    ],
)  # fmt: skip
def test_sources_in_other_shapes(text: str, source: str) -> None:
    assert claims(text)[-1].source == source


def test_an_age_pair_is_no_claim() -> None:
    """ "de 20 y 26 años": two ages, and the clause reads past them to "capturados"."""
    (c,) = claims("Dos soldados norcoreanos de 20 y 26 años fueron capturados el mes pasado.")
    assert (c.value, c.measure) == (2, "dprk_troops_captured")


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Un millar de soldados norcoreanos han muerto.", 1000, None, None),
        ("Corea del Norte ha suministrado un centenar de misiles a Rusia.", 100, None, None),
        ("Corea del Norte ha enviado a Rusia una decena de generales.", 10, None, None),
        ("Corea del Norte ha enviado entre los 10.000 y los 12.000 soldados a Rusia.", None,
         10000, 12000),
    ],
)  # fmt: skip
def test_approximate_nouns_and_ranges_with_articles(
    text: str, value: float | None, low: float | None, high: float | None
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high) == (value, low, high)


def test_a_number_opening_a_source_is_who_speaks() -> None:
    (c,) = claims(
        "Según dos altos funcionarios estadounidenses, 500 soldados norcoreanos han muerto."
    )
    assert (c.value, c.source) == (500, "dos altos funcionarios estadounidenses")


def test_a_speaker_before_a_relative_pronoun() -> None:
    # ", que anunció además una partida de ...": the minister speaks, not "una partida"
    homes, money = claims(
        "El Gobierno levantará 50.000 viviendas, dijo el ministro de Fomento, que anunció "
        "además una partida de 300 millones de euros."
    )
    assert homes.source == money.source == "el ministro de Fomento"


def test_a_pronoun_counts_the_noun_of_the_figure_before() -> None:
    whole, killed = claims(
        "Las tropas norcoreanas enviadas a Rusia han sufrido más de 4.000 bajas. De ellos, unos "
        "1.100 habrían muerto en combate, según el Estado Mayor ucraniano."
    )
    assert (whole.unit, whole.measure) == ("bajas", "dprk_troops_casualties")
    assert (killed.value, killed.measure, killed.kind) == (1100, "dprk_troops_killed", "subset")


def test_the_subject_before_to_be_names_what_is_counted() -> None:
    (c,) = claims("Los desaparecidos son 23, según Protección Civil.")
    assert (c.value, c.unit) == (23, "desaparecidos")


def test_a_dateline_dash_ends_the_speaker_phrase() -> None:
    (c,) = claims(
        "Seúl, 5 mar (EFE).- El servicio de inteligencia surcoreano dijo que hay 11.000 soldados "
        "norcoreanos en Rusia."
    )
    assert (c.value, c.source) == (11000, "El servicio de inteligencia surcoreano (NIS)")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # verbs of saying and of estimating in every tense, both word orders
        ("Unos 1.800 soldados habrían muerto, advertía el mando ucraniano.", "el mando ucraniano"),
        ("El Pentágono cifra en 12.000 los soldados norcoreanos en Rusia.", "El Pentágono"),
        ("Más de 200 vecinos fueron evacuados, matizó la alcaldesa de Vigo.",
         "la alcaldesa de Vigo"),
        # a relative clause with no commas: the head speaks, not whom it spoke to
        ("Diplomáticos que hablaron con la agencia Reuters elevan a 5.000 los obreros enviados.",
         "Diplomáticos"),
        # an age between commas
        ("El alcalde, de 63 años, explicó que 40 casas ardieron.", "El alcalde"),
        # a long office after "según" and a short number in a name
        ("Ardieron 9.000 hectáreas, según el último balance de la Consejería de Medio Ambiente de "
         "la Junta de Castilla y León.", "la Consejería de Medio Ambiente de la Junta de Castilla"),
        ("Tres bomberos resultaron heridos, según el 112 Extremadura.", "el 112 Extremadura"),
    ],
)  # fmt: skip
def test_speakers_in_the_shapes_of_the_press(text: str, source: str) -> None:
    assert claims(text)[-1].source == source


def test_an_impersonal_se_names_no_one() -> None:
    (c,) = claims("Se calcula que unas 3.000 personas perdieron su empleo.")
    assert c.source is None


def test_a_hedged_sentence_goes_on_reporting_the_source_before() -> None:
    first, second = claims(
        "El diario Chosun Ilbo, citando fuentes militares, afirma que Pyongyang envió 6 millones "
        "de proyectiles. La carga habría viajado en unos 14.000 contenedores."
    )
    assert first.source == second.source == "fuentes militares"


def test_people_an_outlet_heard_speak_and_the_outlet_passes_it_on() -> None:
    (c,) = claims("Los expertos consultados por EFE creen que ardieron unas 2.000 hectáreas.")
    assert (c.source, list(c.via)) == ("Los expertos", ["EFE"])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Unas 6 mil 200 personas permanecen en albergues.", 6200),
        ("La Marina desplegó a 3 mil 500 elementos.", 3500),
        ("El apagón dejó sin luz a 1.2 millones de usuarios.", 1_200_000),
        ("Los daños superan los 10 mil millones de pesos.", 10_000_000_000),
    ],
)  # fmt: skip
def test_mexican_numbers_in_parts_and_with_a_decimal_point(text: str, value: float) -> None:
    (c,) = claims(text)
    assert (c.value if c.value is not None else c.low) == value


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a name in apposition right before the verb, after an opening phrase
        ("En rueda de prensa, el vocero presidencial, Jesús Ramírez Cuevas, precisó que 17 "
         "personas murieron.", "Jesús Ramírez Cuevas"),
        # "según un comunicado": the statement of the clause's subject
        ("Por su parte, la Secretaría de Marina desplegó a 2 mil 300 elementos, según un "
         "comunicado.", "la Secretaría de Marina"),
        # a report cited with no body named: the one citing it is still the source's outlet
        ("El Ministerio de Defensa estima que llegaron 300 contenedores, según informó la "
         "agencia EFE, que cita un informe enviado al Congreso.", "El Ministerio de Defensa"),
        ("Kiev atribuye a Pyongyang el envío de 200 obuses.", "Kiev"),
        # "la empresa" means the company named before
        ("La Comisión Federal de Electricidad reportó 300 mil usuarios sin luz. El servicio se "
         "restableció en 80 por ciento, de acuerdo con la empresa.",
         "La Comisión Federal de Electricidad"),
    ],
)  # fmt: skip
def test_speakers_in_apposition_statements_and_companies(text: str, source: str) -> None:
    assert claims(text)[-1].source == source


def test_a_headline_names_its_own_speaker() -> None:
    (c,) = claims(
        "Kiev eleva a 4.000 los muertos norcoreanos en Kursk\n\n"
        "El Estado Mayor ucraniano publicó el martes un nuevo balance de la guerra."
    )
    assert (c.value, c.source) == (4000, "Kiev")


def test_an_article_alone_is_no_back_reference() -> None:
    (c,) = claims(
        "Moscú prometió enviar 50.000 toneladas de fertilizantes, según la agencia oficial "
        "norcoreana KCNA."
    )
    assert c.source == "la agencia oficial norcoreana KCNA"


def test_a_subject_keeps_its_verb_past_an_aside() -> None:
    # whatever stands between two commas, the name opening the sentence speaks
    (a,) = claims("Lisboa, por otro lado, eleva a 700 los heridos en la frontera.")
    assert a.source == "Lisboa"
    (b,) = claims(
        "El Observatorio de Conflictos del Sahel, con sede en Dakar, calcula que llegaron "
        "unos 4.000 mercenarios."
    )
    assert b.source == "El Observatorio de Conflictos del Sahel"


def test_a_body_described_again_is_the_one_named_before() -> None:
    # "el servicio meteorológico": every word of it is the service named before
    a, b = claims(
        "Cayeron 120 litros por metro cuadrado, según el Servicio Nacional de Meteorología "
        "(SNM). Mañana podrían caer otros 80 litros, añadió el servicio meteorológico."
    )
    assert b.source == a.source


def test_a_body_described_by_an_adjective_of_its_name() -> None:
    # "el organismo estadístico": no word of the name is "organismo", but "estadístico" is
    # the name's "Estadística"
    _, b = claims(
        "Chile recibió 4,1 millones de visitantes, según la Oficina Nacional de Estadística "
        "(ONE).\n\nSolo en enero llegaron 600.000 turistas, aunque el organismo estadístico "
        "advierte de una desaceleración."
    )
    assert b.source == "la Oficina Nacional de Estadística (ONE)"


def test_a_body_spelled_out_takes_the_acronym_the_text_writes() -> None:
    text = (
        "Según la Dirección General de Tráfico, hubo 300 accidentes el fin de semana. "
        "La DGT pidió prudencia."
    )
    (c,) = claims(text)
    assert c.source == "Dirección General de Tráfico (DGT)"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Corea del Norte envió a Rusia un millón y medio de proyectiles.", 1_500_000),
        ("Corea del Norte envió a Rusia 2 millones y medio de proyectiles.", 2_500_000),
    ],
)
def test_half_of_a_scale_word(text: str, value: float) -> None:
    """Half a scale, before it, after it or glued to it, is read as half of it, not as
    the scale alone (which would double or halve the figure)."""
    (c,) = claims(text)
    assert (c.value, c.measure) == (value, "dprk_artillery_shells")


def test_a_long_title_with_its_acronym_in_brackets_is_still_a_name() -> None:
    """The bracketed acronym is the body's short form, not one more word of a clause."""
    (c,) = claims(
        "Un analista del Centro de Estudios Estratégicos Navales de la Armada española "
        "(CEENAE) dijo que unos 9.000 soldados norcoreanos están en Rusia."
    )
    assert c.source is not None and "(CEENAE)" in c.source


def test_a_study_named_again_means_its_source() -> None:
    _, later = claims(
        "El Instituto Almada de Defensa calculó 3.000 bajas norcoreanas en Kursk. "
        "Unos 700 de esos militares murieron, señala el estudio."
    )
    assert later.source == "El Instituto Almada de Defensa"


def test_a_name_before_its_role_in_apposition_speaks() -> None:
    """ "Oleksandr Pidhirnyi, portavoz de la inteligencia militar (HUR), declaró": the person,
    not the role set off after the name (whose bracketed acronym is capitalised)."""
    (claim,) = claims(
        "Oleksandr Pidhirnyi, portavoz de la inteligencia militar ucraniana (HUR), declaró "
        "que sus tropas han capturado a seis soldados norcoreanos."
    )
    assert claim.source == "Oleksandr Pidhirnyi"


def test_a_live_blog_entry_time_does_not_hide_the_subject() -> None:
    """ "10:20 — El vicegobernador ..., Arkadi Zhelnin, prometió": the pledger opens the entry."""
    first, pledged = claims(
        "11:30 — El IIES calcula que varios miles de peones norcoreanos trabajan en Rusia, "
        "según su directora, Mercedes Olaizola.\n\n"
        "10:20 — El vicegobernador de Primorie, Arkadi Zhelnin, prometió ayer a Pionyang "
        "80.000 toneladas de fertilizantes."
    )
    assert pledged.figure == 80000 and pledged.source == "Arkadi Zhelnin"


def test_according_to_her_means_the_person_opening_the_sentence() -> None:
    _, hers = claims(
        "La agencia estimó 300 muertos. La diputada Ana Morales lo calificó de «desastre»: "
        "según ella, faltan 170 millones de euros."
    )
    assert hers.source is not None and "Ana Morales" in hers.source


def test_a_broadcast_transcript_s_labels_in_capitals_name_who_answers() -> None:
    """A TV transcript writes its speakers in capitals with their role in brackets, then by
    surname alone: the guest's first-person figures are theirs."""
    text = (
        "MARTA SOLER (PRESENTADORA): Hoy hablamos de la sequía con un experto.\n\n"
        "RAMÓN ECHEVERRI (HIDRÓLOGO): Buenas noches. Nuestros cálculos apuntan a unos 300 "
        "pozos secos en la comarca.\n\n"
        "SOLER: ¿Y los embalses?\n\n"
        "ECHEVERRI: Medimos que están al 22 por ciento de su capacidad."
    )
    wells, share = claims(text)
    assert wells.source == share.source == "Ramón Echeverri"


def test_a_heading_in_capitals_before_a_colon_is_no_speaker() -> None:
    (claim,) = claims(
        "LEA TAMBIÉN: nuevas lluvias en el norte\n\nLos bomberos rescataron a 40 vecinos."
    )
    assert claim.source is None


def test_a_plan_s_deadline_month_is_the_next_one() -> None:
    plan, past = extract_in(
        "es",
        "La Junta planea contratar a 300 bomberos antes de marzo. En marzo el río inundó 120 casas.",
        published="2026-12-02",
    )
    assert (plan.as_of, past.as_of) == ("2027-03", "2026-03")


def test_a_determiner_makes_a_verb_of_saying_a_noun() -> None:
    """ "Esa cifra equivaldría": "cifra" after a determiner is the noun, not "cifrar"."""
    _, share = claims(
        "El HUR estima que Corea del Norte ha entregado 12 millones de proyectiles. "
        "Esa cifra equivaldría a casi la mitad de la munición rusa."
    )
    assert share.source == "El HUR"


def test_who_publishes_a_cued_body_s_data_passes_them_on() -> None:
    """ "Según datos del Colegio de Médicos que publica hoy El Faro del Sur": the college
    is the source, the paper publishing its data the via."""
    waiting, _ = claims(
        "Según datos del Colegio de Médicos que publica hoy El Faro del Sur, la lista de "
        "espera supera los 21.000 pacientes y uno de cada cuatro lleva más de seis meses."
    )
    assert (waiting.source, waiting.via) == ("Colegio de Médicos", ["El Faro del Sur"])


def test_no_official_source_is_no_speaker() -> None:
    (tanks,) = claims(
        "Más de 300 tanques habrían sido entregados, sin que ninguna fuente oficial lo haya "
        "confirmado."
    )
    assert tanks.source is None


def test_an_object_pronoun_between_the_quotation_and_its_verb() -> None:
    """ "», nos explicó el concejal, X": the speaker still follows the verb."""
    (c,) = extract_in(
        "es",
        "«Hemos retirado unas 340 toneladas de basura», nos explicó el concejal de Limpieza, "
        "Arturo Peñalba.",
    )
    assert c.source is not None and c.source.endswith("Arturo Peñalba")


def test_the_authors_of_a_report_named_before_are_its_source() -> None:
    """ "según los autores": the report's source named before, not a source of its own."""
    found = extract_in(
        "es",
        "El Instituto Elcano publicó el martes un informe sobre la munición norcoreana. "
        "Según los autores, Pyongyang habría enviado a Rusia unos 9 millones de proyectiles.",
    )
    assert [c.source for c in found] == ["El Instituto Elcano"]


def test_a_scripts_soundbite_cue_line_gives_the_turn_below_to_its_speaker() -> None:
    """ "[TOTAL — X, role]" marks X's soundbite on the line below; a cue line with no
    soundbite mark ("[DIRECTO — Y, desde el puerto]", "[VÍDEO — VOZ DE Y]") is the
    programme's own, and ends the speaker's turn."""
    text = (
        "[PLATÓ — MARTA OLIVARES]\n"
        "Seguimos con el paro del transporte en Castelló.\n\n"
        "[DIRECTO — PAU FERRER, desde la estación]\n"
        "Buenas tardes. Aquí esperan desde primera hora unos 300 viajeros.\n\n"
        "[TOTAL — INÉS BAUTISTA, portavoz de la plantilla]\n"
        "«Pedimos 45 conductores más y la empresa solo ofrece 12.»\n\n"
        "[VÍDEO — VOZ DE PAU FERRER]\n"
        "Hoy han salido apenas 18 autobuses de las cocheras."
    )
    found = {c.value: c.source for c in extract_in("es", text)}
    assert found[300] is None and found[18] is None
    assert found[45] == found[12] == "Inés Bautista"


def test_an_adverb_of_time_between_the_verb_and_its_speaker() -> None:
    """ "», relató después el diputado X": "después" is no part of the speaker's name."""
    (c,) = extract_in("es", "«Ya son unos 9.000 heridos», relató después el diputado Park Ji-hoon.")
    assert c.source == "diputado Park Ji-hoon" or c.source == "el diputado Park Ji-hoon"


def test_having_a_number_of_things_is_no_age() -> None:
    # "tiene 300 autobuses": a count; "tiene 58 años": the age, a trap
    (c,) = claims("El alcalde, que tiene 58 años, dijo que la ciudad tiene 300 autobuses.")
    assert c.value == 300


def test_a_dash_dialogue_whose_headline_alone_names_the_guest() -> None:
    text = (
        "Rosa Villagrán, directora del hospital: «No hay camas para todos»\n\n"
        "[Foto: La directora en urgencias. / Pablo Ríos]\n\n"
        "—¿Cuántos pacientes esperan hoy en urgencias?\n"
        "—Tenemos 46 pacientes esperando cama. Es demasiado.\n\n"
        "—¿Y el personal?\n"
        "—Nos faltan 12 enfermeras desde el verano."
    )
    got = [(c.value, c.source) for c in extract_in("es", text, "2026-11-20")]
    assert got == [(46, "Rosa Villagrán"), (12, "Rosa Villagrán")]


def test_its_analysts_are_the_body_named_before() -> None:
    found = extract_in(
        "es",
        "El Instituto Nacional de Estadística (INE) publicó el lunes su informe anual. Sus "
        "analistas calculan que unas 40.000 familias dejaron la provincia.",
    )
    assert found[-1].source == "El Instituto Nacional de Estadística (INE)"


def test_a_company_telling_its_own_plan_is_its_source() -> None:
    (c,) = claims("Aerolíneas Brisa planea incorporar 12 aviones nuevos el próximo año.")
    assert (c.value, c.source, c.status) == (12, "Aerolíneas Brisa", "planned")


def test_figures_handed_to_a_lawmaker_name_the_lawmaker_as_relay() -> None:
    (c,) = claims(
        "El agujero llegaría a 3,4 millones de euros, según datos de la consejería remitidos "
        "a la diputada Marta Ibarra."
    )
    assert c.source is not None and "consejería" in c.source
    assert c.via == ["la diputada Marta Ibarra"]


def test_casualties_named_as_such_stay_casualties_after_their_parts() -> None:
    (c,) = claims("Según Kiev, muertos y heridos norcoreanos suman ya unas 8.300 bajas.")
    assert (c.value, c.measure) == (8300, "dprk_troops_casualties")


def test_the_operator_named_again_by_its_noun_is_the_body_named_before() -> None:
    text = (
        "Aguas del Sella informó de 40 averías en noviembre. Más tarde, la operadora precisó "
        "que había reparado 25 tuberías."
    )
    _, repaired = claims(text)
    assert (repaired.value, repaired.source) == (25, "Aguas del Sella")


def test_a_body_named_as_the_subject_before_is_whom_el_organismo_means() -> None:
    text = (
        "La Junta de Aguas del Valle Alto cortará el suministro por las noches. Así lo ha "
        "comunicado este jueves el organismo, que calcula que 95.000 vecinos quedarán afectados."
    )
    (c,) = claims(text)
    assert (c.value, c.source) == (95000, "La Junta de Aguas del Valle Alto")


def test_the_paper_told_then_the_speaker_by_name() -> None:
    text = (
        '"Tenemos a 14 soldados norcoreanos bajo custodia", declaró ayer a este diario '
        "Vadym Sokolenko, portavoz del cuartel general."
    )
    (c,) = claims(text)
    assert c.source == "Vadym Sokolenko"


def test_figures_given_with_a_bodys_data_are_that_bodys_through_the_speaker() -> None:
    text = (
        "La senadora Marta Quintero lamentó, con cifras del Instituto de Vivienda, que 2.300 "
        "familias sigan sin techo."
    )
    (c,) = claims(text)
    assert (c.value, c.source, c.via) == (
        2300,
        "Instituto de Vivienda",
        ["La senadora Marta Quintero"],
    )


def test_the_papers_own_calculations_are_the_writers() -> None:
    text = (
        "El alcalde prometió 400 viviendas. Las viviendas cubrirían alrededor del 17 % de la "
        "demanda, según los cálculos de este periódico."
    )
    _, share = claims(text)
    assert (share.value, share.source) == (17, None)


def test_the_speaker_after_a_time_set_off_by_commas() -> None:
    """ "dijo a Efe, el martes, un portavoz": past who was told and when."""
    text = "Hay unos 2.100 heridos, dijo a Efe, el martes, un portavoz del Ministerio de Salud."
    (c,) = extract_in("es", text, "2026-12-02")
    assert c.source is not None and "portavoz" in c.source


def test_a_label_before_the_colon_names_what_its_figure_counts() -> None:
    """ "Muertos y heridos, según el NIS: unos 6.000": casualties; "Zapadores y
    constructores militares en Kursk: al menos 1.500": sappers (the head opens the label)."""
    text = (
        "Muertos y heridos norcoreanos, según el NIS: unos 6.000\n"
        "Zapadores y constructores militares norcoreanos en Kursk: al menos 1.500\n"
        "Contenedores cargados en Rajin con destino a Rusia: unos 31.000 hasta octubre\n"
    )
    by_value = {c.value: c for c in extract_in("es", text, "2026-12-02")}
    assert by_value[6000].measure == "dprk_troops_casualties"
    assert by_value[1500].measure == "dprk_engineers_sappers"
    assert by_value[31000].measure == "dprk_containers_shipped"
    assert by_value[31000].unit is None  # "hasta octubre" is no noun


def test_the_killed_and_the_wounded_after_an_article_are_casualties() -> None:
    text = "El NIS cifra en unos 6.000 los muertos y heridos norcoreanos."
    (c,) = extract_in("es", text, "2026-12-02")
    assert c.measure == "dprk_troops_casualties"


def test_a_vox_pops_label_alone_on_its_line_names_who_speaks_below() -> None:
    """ "Nombre (edad), oficio:" on a line of its own, the answer quoted on the next."""
    text = (
        "Preguntamos a los vecinos en la plaza qué opinan del cierre.\n\n"
        "Lucía Ortega (52), farmacéutica, de Villanueva:\n"
        "«Tengo clientes mayores. En la comarca quedan 14 especialistas y antes eran 30.»\n\n"
        "Andrés Pino (23), estudiante:\n"
        "«A mí me parece bien. El autobús tarda 40 minutos y pasa seis veces al día.»\n"
    )
    found = {c.value: c.source for c in extract_in("es", text, "2026-12-02")}
    assert found[14] == "Lucía Ortega"
    assert found[6] == "Andrés Pino"


def test_a_surname_alone_promising_is_the_person_named_in_full_before() -> None:
    """ "Alcubilla se comprometió a …" after "Remedios Alcubilla" was named: she promises;
    a place or body alone promising is still told by someone else."""
    text = (
        "La consejera de Sanidad, Remedios Alcubilla, presentó el proyecto el martes.\n\n"
        "La licitación saldrá en enero. Alcubilla se comprometió a que la plantilla crezca en "
        "al menos 280 profesionales."
    )
    (c,) = extract_in("es", text, "2026-12-02")
    assert c.source == "Remedios Alcubilla"
    (told,) = extract_in("es", "Moscú se comprometió a enviar 300 toneladas de trigo.", None)
    assert told.source is None


def test_advanced_that_is_a_verb_of_saying() -> None:
    text = "La concejala de Movilidad, Inés Carrasco, avanzó que habrá 45 autobuses eléctricos."
    (c,) = extract_in("es", text, "2026-12-02")
    assert c.source is not None and "Inés Carrasco" in c.source


def test_a_verb_in_the_future_tense_makes_its_figure_planned() -> None:
    """ "la Junta contratará 40 médicos": the future tense by its ending (future_endings),
    as "prevé" does; a past verb, and a name ending so ("Irán"), do not."""
    text = (
        "La Junta contratará 40 médicos el próximo verano.\n"
        "La Junta contrató 30 médicos el verano pasado.\n"
        "Irán tiene 25 centrales.\n"
    )
    statuses = {c.value: c.status for c in extract_in("es", text, "2026-12-02")}
    assert statuses == {40: "planned", 30: "reported", 25: "reported"}


def test_a_pages_label_in_capitals_is_no_briefer() -> None:
    """ "COMUNICADO DE PRENSA · SESIÓN PLENARIA" is the page's label, no body whose briefing
    the lawmakers pass on: "Los diputados calculan que …" is theirs."""
    text = (
        "COMUNICADO DE PRENSA · SESIÓN PLENARIA · ASUNTOS EXTERIORES\n\n"
        "El Parlamento aprobó una resolución.\n\n"
        "Los diputados calculan que esa munición supone hasta el 40 % de la que disparan "
        "las tropas rusas.\n"
    )
    (c,) = extract_in("es", text, "2026-12-03")
    assert (c.source, c.via) == ("diputados", [])


def test_lawmakers_after_a_briefing_pass_the_briefers_figure_on() -> None:
    text = (
        "El NIS informó a puerta cerrada a la comisión de inteligencia. "
        "Los diputados dijeron después que 300 soldados murieron.\n"
    )
    (c,) = extract_in("es", text, "2026-12-03")
    assert c.source == "El NIS"
    assert [v.split()[-1] for v in c.via] == ["diputados"]
