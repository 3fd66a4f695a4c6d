"""What a source's name holds, read without a parser (extract/plain.py): a body written in
lower case runs to its acronym in brackets when the acronym spells its words, and data the
writer's own newsroom gathered ("notre rédaction") is the writer's, no one's. Every sentence
was written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import CleanDocument, content_hash


@cache
def _extractor(language: str) -> Extractor:
    return Extractor(load_pack("dprk-russia"), language=language)


def source_of(language: str, text: str, figure: float) -> str | None:
    doc = CleanDocument("t", text, content_hash(text), language=language)
    (claim,) = [c for c in _extractor(language).extract(doc) if c.figure == figure]
    return claim.source


@pytest.mark.parametrize(
    ("language", "text", "acronym"),
    [
        (
            "fr",
            "Quelque 1 700 apprentis ont signé un contrat, selon la chambre de métiers et de "
            "l'artisanat (CMA) du Gers.",
            "CMA",
        ),
        (
            "es",
            "Unos 1.700 aprendices firmaron un contrato, según el consejo económico y social "
            "(CES) de Navarra.",
            "CES",
        ),
    ],
)
def test_a_lower_case_body_runs_to_the_acronym_its_words_spell(
    language: str, text: str, acronym: str
) -> None:
    assert acronym in (source_of(language, text, 1700) or "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le café coûte en moyenne 2,40 euros, d'après un relevé réalisé par notre rédaction.",
        ),
        ("es", "El café cuesta de media 2,40 euros, según un recuento de nuestra redacción."),
        ("pt", "O café custa em média 2,40 euros, segundo um levantamento da nossa redação."),
    ],
)
def test_data_our_newsroom_gathered_is_the_writer_s(language: str, text: str) -> None:
    assert source_of(language, text, 2.4) is None


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "de",
            "Der Kinderarzt Jonas Weidlich kennt die Lage. „Uns fehlen 40 Betten“, sagt er im "
            "Gespräch mit dieser Zeitung.",
            40,
            "Der Kinderarzt Jonas Weidlich",
        ),
        (
            "es",
            "La pediatra Irene Sotomayor conoce bien la planta. «Nos faltan 40 camas», dice ella "
            "en la entrevista con este diario.",
            40,
            "La pediatra Irene Sotomayor",
        ),
    ],
)
def test_a_pronoun_after_the_verb_is_the_whole_name(
    language: str, text: str, figure: float, source: str
) -> None:
    """ "sagt er im Gespräch mit dieser Zeitung": the pronoun is the speaker, whom the text
    named before; the words after it are where it was said, no part of a name."""
    assert source_of(language, text, figure) == source


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "de",
            "Laut einer Aufstellung des Straßenbauamts sind 58 Brücken marode.",
            58,
            "Straßenbauamt",
        ),
        ("de", "Laut einer Liste des Gesundheitsamts fehlen 14 Hausärzte.", 14, "Gesundheitsamt"),
    ],
)
def test_a_list_of_a_body_is_the_bodys(
    language: str, text: str, figure: float, source: str
) -> None:
    """A list, a table or a tally a body keeps counts as its own figures, as its report
    does ("laut einer Liste des Gesundheitsamts": Gesundheitsamt); the clause's verb and
    figure after it ("fehlen 14 Hausärzte") are no part of the name, though German
    capitalises the noun after the number."""
    assert source_of(language, text, figure) == source


def test_an_impersonal_verb_ends_the_name_after_a_cue() -> None:
    """Polish "oddano", "zatrzymano": the impersonal past is the clause's verb, never a word of
    the body named before it."""
    text = "Według danych policji zatrzymano w tym tygodniu 26 kierowców."
    assert source_of("pl", text, 26) == "policja"


def test_an_age_in_brackets_closes_the_name_a_pronoun_means() -> None:
    """ "Die Historikerin Marlene Ostrowski (61) hält …": her age in brackets ends the subject
    that "sagt sie" in the next sentence refers back to."""
    text = (
        "Die Historikerin Marlene Ostrowski (61) hält die Zählung für geschönt. „Es sind "
        "mindestens 900 Fälle“, sagt sie."
    )
    assert source_of("de", text, 900) == "Die Historikerin Marlene Ostrowski"


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "de",
            "Die Schulleiterin Greta Pfannkuch befürchtet, dass 120 Kinder keinen Platz finden.",
            "Die Schulleiterin Greta Pfannkuch",
        ),
        (
            "pl",
            "Dyrektorka szkoły Hanna Wierzbicka obawia się, że 120 dzieci nie znajdzie miejsca.",
            "Dyrektorka szkoły Hanna Wierzbicka",
        ),
        (
            "ru",
            "Директор школы Вера Лапшина опасается, что 120 детей останутся без мест.",
            "Директор школы Вера Лапшина",
        ),
        (
            "uk",
            "Директорка школи Віра Лапшина побоюється, що 120 дітей залишаться без місць.",
            "Директорка школи Віра Лапшина",
        ),
    ],
)
def test_who_fears_a_figure_gives_it(language: str, text: str, source: str) -> None:
    """ "befürchtet, dass", "obawia się, że", "опасается, что": who fears it gives the figure,
    as with "craint que", "teme que"."""
    assert source_of(language, text, 120) == source


def test_on_request_before_a_closing_verb_is_passed_over() -> None:
    """ "wie das Schulamt auf Nachfrage bestätigte": "auf Nachfrage" (a source_skips phrase)
    stands between the speaker and its verb, and is no name itself."""
    text = "Im Landkreis fehlen derzeit 300 Lehrkräfte, wie das Schulamt auf Nachfrage bestätigte."
    assert source_of("de", text, 300) == "das Schulamt"


def test_reported_speech_names_its_subject_and_the_paper_passes_it_on() -> None:
    """ "Der Dienst schätze …, schreibt die Zeitung": the Konjunktiv I of a verb of saying
    has its subject speak, and the paper that writes it is the via."""
    text = "Der Grenzschutz schätze die Zahl der Übertritte auf 2.400, schreibt die Zeitung."
    doc = CleanDocument("t", text, content_hash(text), language="de")
    (claim,) = _extractor("de").extract(doc)
    assert (claim.source, claim.via) == ("Der Grenzschutz", ["die Zeitung"])


@pytest.mark.parametrize("opening", ["Ich zähle", "Ich schätze, es sind", "Ich rechne mit"])
def test_the_quoted_ones_i_is_no_name(opening: str) -> None:
    """ "„Ich zähle 900 Fälle“, sagt sie": "Ich" before the verb inside the quote is the one
    quoted, whom "sie" after it names; not a speaker of its own."""
    text = (
        f"Die Historikerin Marlene Ostrowski hält die Zählung für geschönt. „{opening} 900 "
        "Fälle“, sagt sie."
    )
    assert source_of("de", text, 900) == "Die Historikerin Marlene Ostrowski"


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "it",
            "Per prima ha preso la parola l'assessora ai Trasporti Letizia Bruschetti. «Ogni "
            "mattina partono 140 corse», ha spiegato.",
            140,
            "l'assessora ai Trasporti Letizia Bruschetti",
        ),
        (
            "fr",
            "Première à prendre la parole, la maire Odile Garance. « Il manque 300 places », "
            "a-t-elle déclaré.",
            300,
            "la maire Odile Garance",
        ),
    ],
)
def test_a_person_closing_the_sentence_before_speaks_on(
    language: str, text: str, figure: float, source: str
) -> None:
    """A sentence with no subject opening it that ends on a title and a name ("… ha preso
    la parola l'assessora ai Trasporti Letizia Bruschetti.") names whom the next sentence's
    unsaid subject or pronoun means."""
    assert source_of(language, text, figure) == source


def test_a_place_closing_the_sentence_before_is_no_speaker() -> None:
    """ "nel Palazzo Madama": a capitalised name with no title in lower case before it is no
    person, so "ha spiegato" after it is not given to it."""
    text = "Ieri si è riunito il consiglio nel Palazzo Madama. «Mancano 300 posti», ha spiegato."
    assert source_of("it", text, 300) is None


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "In serata il ministro Carlo Neri ha spiegato che mancano 260 medici.",
            260,
            "il ministro Carlo Neri",
        ),
        (
            "In chiusura il sindaco Oreste Malavasi si è impegnato: entro giugno apriranno "
            "cucine in 9 scuole.",
            9,
            "Il sindaco Oreste Malavasi",
        ),
    ],
)
def test_an_opening_phrase_without_a_comma_is_no_part_of_the_speaker(
    text: str, figure: float, source: str
) -> None:
    """ "In serata il ministro …", "In chiusura il sindaco …": a preposition and its noun open
    the sentence; the speaker, or the one who pledges, starts at the article."""
    assert source_of("it", text, figure) == source


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "es",
            "Rocío Baltanás, de Vecinos Unidos, fue más allá: «Solo se han reparado 35 de las "
            "80 farolas rotas».",
            35,
            "Rocío Baltanás",
        ),
        (
            "fr",
            "Hélène Kervadec, élue d'opposition, a haussé le ton : « Il manque 140 places en "
            "crèche dans ce quartier ».",
            140,
            "Hélène Kervadec",
        ),
        (
            "es",
            "La consejera de Sanidad y Consumo, Pilar Escudero, lo resumió en la radio: «Hoy "
            "faltan 62 enfermeras en el hospital».",
            62,
            "Pilar Escudero",
        ),
        ("es", "La situación es grave: «hay 300 heridos en el barrio».", 300, None),
    ],
)
def test_a_quotation_after_a_colon_is_the_named_opener_s(
    language: str, text: str, figure: float, source: str | None
) -> None:
    """ "X fue más allá: «…»": the quotation after the colon is the person the sentence opens
    with, whatever the verb before it (the office's holder where one is named); a subject
    with no proper name ("La situación es grave") is no one quoted."""
    assert source_of(language, text, figure) == source


def test_the_office_holder_in_apposition_speaks_in_the_next_sentence() -> None:
    """ "El concejal del ramo, Félix Arnedo, rectificó …. «…», admitió": the unsaid subject
    of "admitió" is the person named, not the office."""
    text = (
        "El concejal de Urbanismo, Tomás Iribarren, corrigió el dato ante este diario. «Son "
        "unas 410 viviendas», admitió."
    )
    assert source_of("es", text, 410) == "Tomás Iribarren"


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "fr",
            "Le ministère y aurait affirmé jeudi que 260 lits manquent à l'hôpital.",
            "Le ministère",
        ),
        ("fr", "La préfecture leur a indiqué que 260 lits manquent à l'hôpital.", "La préfecture"),
        ("es", "La consejería nos confirmó que faltan 260 camas en el hospital.", "La consejería"),
    ],
)
def test_object_pronouns_before_the_verb_leave_its_subject_the_speaker(
    language: str, text: str, source: str
) -> None:
    """ "Le ministère y aurait affirmé", "La préfecture leur a indiqué": an object pronoun
    and the auxiliary between the subject and its verb of saying are read past."""
    assert source_of(language, text, 260) == source


def test_the_body_that_spoke_is_the_source_when_a_paper_cites_a_lawmaker() -> None:
    """ "Le NIS y aurait affirmé …, rapporte le journal en citant le député X": the body
    speaks, the paper and the lawmaker it cites pass it on."""
    text = (
        "Le NIS y aurait affirmé mercredi que quelque 12 000 militaires se trouvent en "
        "Russie, rapporte le journal en citant le député Kim Do-hyun."
    )
    doc = CleanDocument("t", text, content_hash(text), language="fr")
    (claim,) = _extractor("fr").extract(doc)
    assert claim.source == "Le NIS"
    assert "député Kim Do-hyun" in claim.via


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El servicio de inteligencia surcoreano (NIS) informó el martes a la comisión del "
            "Parlamento. «Nos han hablado de unos 13.200 militares», relató después el "
            "diputado Kim Sang-ho.",
        ),
        (
            "pt",
            "O serviço de inteligência sul-coreano (NIS) informou na terça-feira a comissão do "
            "Parlamento. «Falaram-nos de cerca de 13.200 militares», relatou depois o deputado "
            "Kim Sang-ho.",
        ),
    ],
)
def test_a_body_that_informed_the_committee_is_the_source_its_lawmaker_relays(
    language: str, text: str
) -> None:
    """ "El NIS informó a la comisión … «…», relató el diputado X": "informó" tells of a
    briefing as "informado" does, so the lawmaker speaking next passes the body's figures."""
    doc = CleanDocument("t", text, content_hash(text), language=language)
    (claim,) = [c for c in _extractor(language).extract(doc) if c.figure == 13200]
    assert claim.source is not None and "NIS" in claim.source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "de",
            "Die „Nordwacht“ beruft sich auf den Zoll: Rund 3.400 Tonnen seien beschlagnahmt worden.",
            "den Zoll",
        ),
        (
            "fr",
            "Le quotidien « Le Littoral » cite la préfecture : quelque 3 400 tonnes auraient été saisies.",
            "la préfecture",
        ),
        (
            "es",
            "El diario «La Ribera» cita a la Guardia Civil: unas 3.400 toneladas habrían sido incautadas.",
            "la Guardia Civil",
        ),
        (
            "pl",
            "Dziennik „Kurier Zatoki” powołuje się na Straż Graniczną: przejęto około 3400 ton.",
            "Straż Graniczną",
        ),
        ("ru", "Газета «Берег» ссылается на таможню: изъято около 3400 тонн.", "таможня"),
    ],
)
def test_a_paper_that_cites_a_body_gives_the_bodys_figures(
    language: str, text: str, source: str
) -> None:
    """ "Die Zeitung beruft sich auf X:", "Le quotidien cite X :", "cita a X:", "powołuje się
    na X:", "ссылается на X:": the finite verb of citing names the source as "citing X" does."""
    assert source_of(language, text, 3400) == source


def test_reported_assumption_names_its_subject() -> None:
    """ "Der Dienst gehe davon aus, dass …, schreibt das Blatt": the Konjunktiv of "davon
    ausgehen" has its subject speak, as "geht davon aus" does."""
    text = "Der Grenzschutz gehe davon aus, dass rund 1.900 Menschen betroffen seien, schreibt das Blatt."
    assert source_of("de", text, 1900) == "Der Grenzschutz"


def test_a_body_that_sees_it_so_after_the_quotative_is_the_source() -> None:
    """ "…と国防省がみている": the subject between the quotative "と" and "みている" (sees it
    so, estimates) gives what the clause before says."""
    text = "ロシアが今年約3億ドル相当の燃料を北朝鮮に送ったと国防省がみている。"
    assert source_of("ja", text, 300_000_000) == "国防省"


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "uk",
            "Тижневик наводить слова аналітика Петра Ковальчука: «Близько 45% снарядів прибуває з КНДР».",
            "Петро Ковальчук",
        ),
        (
            "fr",
            "L'hebdomadaire cite les propos de l'analyste Pierre Caradec : « Près de 45 % des obus viennent de Corée du Nord ».",
            "l'analyste Pierre Caradec",
        ),
        (
            "es",
            "El semanario recoge las palabras del analista Pedro Lasheras: «Cerca del 45% de los proyectiles llega de Corea del Norte».",
            "analista Pedro Lasheras",
        ),
    ],
)
def test_a_paper_quoting_someones_words_gives_them_the_quotation(
    language: str, text: str, source: str
) -> None:
    """ "наводить слова X:", "cite les propos de X :", "recoge las palabras de X:": the one
    whose words the paper quotes speaks."""
    assert source_of(language, text, 45) == source


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        ("ko", "교육부 지침에 따르면 학교당 최대 40억 원이 지원된다.", 4_000_000_000, "교육부"),
        ("ko", "군청 계획에 따르면 내년 3월부터 초등학교 6곳이 통합된다.", 6, "군청"),
        ("zh", "根据市教育局的计划，明年起9所小学将合并。", 9, "市教育局"),
    ],
)
def test_a_bodys_plan_or_guideline_is_the_bodys(
    language: str, text: str, figure: float, source: str
) -> None:
    """ "교육부 지침에 따르면", "根据市教育局的计划": a plan, a guideline or an editorial of a
    body is that body's, as its report is."""
    assert source_of(language, text, figure) == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "fr",
            "« La Gazette du Nord » a publié jeudi un entretien avec Soizic Le Bihan, 51 ans, "
            "géographe. « Je compte au moins 2 600 logements vides », y déclare-t-elle.",
            "Soizic Le Bihan",
        ),
        (
            "es",
            "«El Faro» publicó el jueves una entrevista con Maite Urquiza, 51 años, geógrafa. "
            "«Cuento al menos 2.600 viviendas vacías», afirma ella.",
            "Maite Urquiza",
        ),
    ],
)
def test_a_pronoun_after_an_interview_means_the_one_interviewed(
    language: str, text: str, source: str
) -> None:
    """ "X a publié un entretien avec Y, 51 ans, géographe. « … », y déclare-t-elle": the
    pronoun speaking next means the person the sentence before named besides its subject,
    not the paper."""
    assert source_of(language, text, 2600) == source


def test_the_agency_with_no_source_before_is_the_body_spelled_out_with_its_acronym() -> None:
    """ "El diario abre con la comparecencia del servicio de inteligencia (NIS) …. Según el
    diputado X, la agencia cree que …": "la agencia" means the body the paragraph spelled
    out, which the lawmaker relays."""
    text = (
        "El semanario dedica su portada a la comparecencia del servicio de inteligencia "
        "surcoreano (NIS) ante el Parlamento. Según el diputado Ahn Jae-won, la agencia cree "
        "que unos 16.000 militares norcoreanos siguen en Rusia."
    )
    doc = CleanDocument("t", text, content_hash(text), language="es")
    (claim,) = _extractor("es").extract(doc)
    assert claim.source == "NIS"
    assert any("Ahn Jae-won" in v for v in claim.via)


def test_reported_speech_goes_on_with_the_person_the_sentence_before_opened_with() -> None:
    """ "Stadtrat Jonas Vögeli warb um Geduld. Die Wartezeiten seien um 14 Prozent gesunken":
    the hedged mood after a sentence a person opens is that person's reported speech; an
    impersonal one ("Man geht davon aus") and a subject with no name are nobody's."""
    text = (
        "Stadtrat Jonas Vögeli warb um Geduld. Die Wartezeiten seien um 14 Prozent gesunken, "
        "die Abteilung sei gut ausgelastet."
    )
    assert source_of("de", text, 14) == "Stadtrat Jonas Vögeli"
    text = "Die Verwaltung warb um Geduld. Die Wartezeiten seien um 14 Prozent gesunken."
    assert source_of("de", text, 14) is None


@pytest.mark.parametrize(
    ("language", "text", "figure", "speaker"),
    [
        # a tag after the closing mark: a verb the folder does not list, then the speaker
        ("es", "«Pondremos 3 millones», zanjó la alcaldesa Marta Gil.", 3e6, "Marta Gil"),
        ("it", "«Servono 40 autobus», ha tagliato corto il sindaco Luca Bini.", 40, "Luca Bini"),
        ("ru", "«У нас 40 автобусов», — отрезал мэр Иван Петров.", 40, "Иван Петров"),
        # an office with its holder in apposition
        (
            "fr",
            "« Nous emprunterons 2,5 millions », a tranché le maire, Paul Girard, 58 ans.",
            2.5e6,
            "Paul Girard",
        ),
        # a named subject, a verb the folder does not list, the word opening what was said
        (
            "pl",
            "Radna Ewa Sosna (Nowa Lewica) wypomniała, że zamknięto 12 przedszkoli.",
            12,
            "Radna Ewa Sosna",
        ),
        (
            "es",
            "El concejal Juan Pérez recordó que la ciudad tiene 40 autobuses.",
            40,
            "Juan Pérez",
        ),
        # a colon, then a turn opening with a dash
        ("pl", "Burmistrz Jan Lis od razu go poprawił: – Oddaliśmy 58 lokali.", 58, "Jan Lis"),
        # a colon after the subject's estimate: what it opens is the subject's data
        (
            "ru",
            "Федеральная служба по гидрометеорологии (ФСГ) обновила свою оценку: паводок "
            "затронул около 3 тыс. домов.",
            3000,
            "(ФСГ)",
        ),
        (
            "es",
            "El Instituto Canario de Estadística amplió su estimación: la isla perdió 4.000 "
            "empleos.",
            4000,
            "Instituto Canario de Estadística",
        ),
    ],
)
def test_a_speaker_named_whatever_the_verb(
    language: str, text: str, figure: float, speaker: str
) -> None:
    """Verbs of saying are an open class: a tag after a closing quotation mark, a named
    subject before "that", a colon before a quotation name the speaker whatever the verb."""
    source = source_of(language, text, figure)
    assert source is not None and source.endswith(speaker), source


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("fr", "« Nous avons 40 bus », mais la mairie refuse.", 40),  # a clause goes on
        ("es", "El problema es que la ciudad tiene 40 autobuses.", 40),  # a common noun
    ],
)
def test_no_speaker_whatever_the_verb(language: str, text: str, figure: float) -> None:
    assert source_of(language, text, figure) is None


@pytest.mark.parametrize(
    ("language", "text", "giver"),
    [
        (
            "pt",
            "Cerca de 900 casas seguem sem água. O número foi divulgado pela Companhia de "
            "Saneamento, relatou o vereador Paulo Lima.",
            "Companhia de Saneamento",
        ),
        (
            "fr",
            "Quelque 600 foyers restent privés d'électricité. Ce chiffre a été communiqué par "
            "le Ministère de l'Énergie.",
            "Ministère de l'Énergie",
        ),
        (
            "it",
            "Circa 600 famiglie sono senza luce. Il dato è stato diffuso dalla Protezione civile.",
            "Protezione civile",
        ),
    ],
)
def test_the_figure_named_next_as_given_by_a_body_is_that_bodys(
    language: str, text: str, giver: str
) -> None:
    # "O número foi divulgado pela X": the sentence after the figure says who gave it
    (figure,) = [c.figure for c in _extractor(language).extract(_doc(language, text))]
    source = source_of(language, text, figure)
    assert source is not None and source.endswith(giver), source


def _doc(language: str, text: str) -> CleanDocument:
    return CleanDocument("t", text, content_hash(text), language=language)


def test_the_estimate_just_given_named_as_a_bodys_in_the_genitive() -> None:
    # "Diese Schätzung des X gab … weiter": the figure before is X's, and "den Dienst"
    # later means X
    text = (
        "Die Flut hat etwa 2.400 Häuser beschädigt. Diese Schätzung des Technischen "
        "Hilfswerks THW gab die Abgeordnete Lena Brandt am Montag weiter. Zerstört seien "
        "rund 300 Häuser, sagte Brandt unter Berufung auf den Dienst."
    )
    assert "THW" in (source_of("de", text, 2_400) or "")
    assert "THW" in (source_of("de", text, 300) or "")


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        # the number after its sign numbers the body's name
        (
            "uk",
            "Як повідомила міська лікарня № 2, у черзі 1 214 пацієнтів.",
            1214.0,
            "міська лікарня № 2",
        ),
        (
            "pl",
            "Jak podał Szpital Miejski nr 4, w kolejce czeka 1214 pacjentów.",
            1214.0,
            "Szpital Miejski nr 4",
        ),
        # "the same institution": the body named before
        (
            "uk",
            "Як повідомила міська лікарня № 2, у черзі 1 214 пацієнтів. Торік у грудні, за "
            "даними того ж закладу, у черзі було 870 людей.",
            870.0,
            "міська лікарня № 2",
        ),
        (
            "ru",
            "Как сообщила городская больница № 2, в очереди 1 214 пациентов. Год назад, по "
            "данным того же учреждения, в очереди было 870 человек.",
            870.0,
            "городская больница № 2",
        ),
    ],
)
def test_a_numbered_body_and_the_same_body_named_again(
    language: str, text: str, figure: float, source: str
) -> None:
    assert source_of(language, text, figure) == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "pt",
            "O deputado Rui Dias mostrou na tribuna dados do Ministério do Trabalho, segundo "
            "os quais a indústria fechou 4.870 vagas.",
            "Ministério do Trabalho",
        ),
        (
            "es",
            "La diputada mostró en la tribuna datos del Ministerio de Trabajo, según los cuales la industria "
            "cerró 4.870 empleos.",
            "Ministerio de Trabajo",
        ),
        (
            "fr",
            "Le député a montré à la tribune des chiffres de l'Insee, selon lesquels l'industrie a perdu "
            "4 870 emplois.",
            "Insee",
        ),
    ],
)
def test_according_to_which_points_back_to_whose_data(
    language: str, text: str, source: str
) -> None:
    """ "dados do Ministério do Trabalho, segundo os quais": the relative pronoun after the
    cue points back to the data and their owner, not to the clause after it."""
    assert source_of(language, text, 4870.0) == source


@pytest.mark.parametrize(
    ("language", "text", "maker"),
    [
        (
            "es",
            "El 61 % de los vecinos apoya el tranvía, según el barómetro de invierno que "
            "Sondea Castilla ha elaborado para este diario.",
            "Sondea Castilla",
        ),
        (
            "it",
            "Il 61 per cento dei residenti è favorevole, secondo il sondaggio che Demopolis "
            "Umbria ha realizzato per questo giornale.",
            "Demopolis Umbria",
        ),
    ],
)
def test_a_poll_is_its_maker_s_named_in_a_clause_after_it(
    language: str, text: str, maker: str
) -> None:
    """ "según el barómetro ... que Sondea Castilla ha elaborado": the maker the relative
    clause names with a capital right after the document, no comma before it."""
    assert source_of(language, text, 61) == maker


def test_a_clause_after_a_document_naming_no_one_gives_no_maker() -> None:
    text = "El 61 % de los vecinos apoya el tranvía, según el informe que se publicó ayer."
    assert "publicó" not in (source_of("es", text, 61) or "")


def test_a_document_named_with_its_maker_before_is_the_maker_s() -> None:
    """ "El informe de la Cámara de Comercio retrata ...": "según el informe" later is the
    chamber's, the name cut at its last capital, not read on to the verb."""
    text = (
        "El informe de la Cámara de Comercio retrata una ciudad partida.\n\n"
        "El 61 % de los comercios perdió clientes, según el informe.\n"
    )
    assert source_of("es", text, 61) == "la Cámara de Comercio"
