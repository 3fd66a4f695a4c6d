"""The speaker after a verb of saying that closes a clause (extract/plain.py ``_after``):
past a time phrase with its article ("informó el martes su gerente"), a role the lexicon
does not know held by a person named in apposition, and a statement referred back to
("recuerda la nota"). Every sentence was written for these tests."""

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
    ("language", "text"),
    [
        ("es", "La feria recibió 41.200 visitantes, informó el martes su gerente, Nuria Valls."),
        ("es", "La feria recibió 41.200 visitantes, dijo en la tarde del viernes Nuria Valls."),
        ("pt", "A feira recebeu 41.200 visitantes, disse na terça-feira a gerente, Nuria Valls."),
        ("it", "La fiera ha accolto 41.200 visitatori, ha detto nella serata di ieri Nuria Valls."),
        (
            "fr",
            "Le salon a accueilli 41 200 visiteurs, a indiqué ce mardi sa gérante, Nuria Valls.",
        ),
    ],
)
def test_a_time_phrase_with_its_article_stands_before_the_speaker(language: str, text: str) -> None:
    assert "Nuria Valls" in (source_of(language, text, 41200) or "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "En Vigo, cientos de vecinos se manifestaron el pasado domingo contra la tala."),
        ("pt", "Em Braga, centenas de moradores protestaram no domingo passado contra o corte."),
    ],
)
def test_a_time_phrase_then_no_name_names_no_one(language: str, text: str) -> None:
    assert source_of(language, text, 100) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "«Servono 260 nuovi posti letto», ha dichiarato l'assessora al Bilancio, Ada Ferri.",
        ),
        ("es", "«Hacen falta 260 camas nuevas», declaró la edil de Hacienda, Ada Ferri."),
        ("fr", "« Il faut 260 lits de plus », a déclaré l'échevine aux Finances, Ada Ferri."),
    ],
)
def test_a_role_held_by_a_person_named_after_it_speaks(language: str, text: str) -> None:
    assert "Ada Ferri" in (source_of(language, text, 260) or "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "pt",
            "A Cooperativa Vale Verde informou em nota que exportou 3.100 toneladas de mel. "
            "Os preços subiram 14% no ano, diz o comunicado.",
        ),
        (
            "it",
            "La Camera di commercio di Lecco ha diffuso una nota sulle imprese. "
            "Le aziende attive sono 3.100, e il 14% è artigiana, ricorda la nota.",
        ),
        (
            "es",
            "La Cámara de Comercio de Lugo difundió un comunicado sobre las empresas. "
            "Los pedidos crecieron un 14%, precisa el comunicado.",
        ),
    ],
)
def test_the_statement_referred_back_to_is_its_issuer_s(language: str, text: str) -> None:
    source = source_of(language, text, 14) or ""
    assert "Vale Verde" in source or "Camera" in source or "Cámara" in source, source


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "Le lycée compte 900 élèves, selon le rectorat. Pour rénover le gymnase, le conseil "
            "régional s'est engagé à verser 4 millions d'euros, a-t-il annoncé jeudi.",
            "conseil régional",
        ),
        (
            "es",
            "El instituto tiene 900 alumnos, según la consejería. Para reformar el gimnasio, la "
            "diputación se comprometió a aportar 4 millones de euros, anunció el jueves.",
            "diputación",
        ),
        (
            "it",
            "Il liceo conta 900 studenti, secondo l'ufficio scolastico. Per rifare la palestra, "
            "la provincia si è impegnata a versare 4 milioni di euro, ha annunciato giovedì.",
            "provincia",
        ),
        (
            "pt",
            "A escola tem 900 alunos, segundo a secretaria. Para reformar o ginásio, a "
            "prefeitura se comprometeu a pagar 4 milhões de reais, anunciou na quinta-feira.",
            "prefeitura",
        ),
    ],
)
def test_who_promises_tells_of_it_when_the_speaker_goes_unsaid(
    language: str, text: str, speaker: str
) -> None:
    assert speaker in (source_of(language, text, 4_000_000) or "").lower()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "Il porto ha ricevuto 4.200 container a marzo. Lo ha riferito il direttore, Ivo "
            "Sartori, secondo cui altri 900 arriveranno ad aprile.",
        ),
        (
            "es",
            "El puerto recibió 4.200 contenedores en marzo. Así lo explicó su director, Iker "
            "Salaberria, que añadió que otros 900 llegarán en abril.",
        ),
        (
            "pt",
            "O porto recebeu 4.200 contêineres em março. Foi o que disse o diretor, Ivo "
            "Sartori, segundo quem outros 900 chegarão em abril.",
        ),
    ],
)
def test_a_retro_cue_with_figures_of_its_own_gives_its_source_back(
    language: str, text: str
) -> None:
    # the director by role, or by the name the sentence gives the role (_learned_title)
    source = source_of(language, text, 4200) or ""
    assert "dir" in source or source in ("Ivo Sartori", "Iker Salaberria")


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "fr",
            "« Huit de nos écoles ont encore des fenêtres anciennes », a détaillé l'échevin "
            "des Travaux, Marc Dubois (PS).",
            "l'échevin des Travaux, Marc Dubois",
        ),
        (
            "it",
            "«Otto scuole hanno ancora finestre vecchie», ha spiegato l'assessore ai Lavori "
            "pubblici, Marco Berti (Pd).",
            "l'assessore ai Lavori pubblici, Marco Berti",
        ),
    ],
)
def test_the_holder_named_with_a_bracket_after_the_role_speaks(
    language: str, text: str, source: str
) -> None:
    """The holder's party or age in brackets ("(PS)", "(54 ans)") closes the name."""
    assert source_of(language, text, 8) == source


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "La obra costará unos 300.000 euros, explicó a la prensa su arquitecta, Nerea Olaso.",
            "su arquitecta, Nerea Olaso",
        ),
        (
            "es",
            "La obra costará unos 300.000 euros, explicó a la salida su arquitecta, Nerea Olaso.",
            "su arquitecta, Nerea Olaso",
        ),
        (
            "fr",
            "Les travaux coûteront quelque 300 000 euros, a déclaré à la presse son architecte, "
            "Nadia Ferrand.",
            "son architecte, Nadia Ferrand",
        ),
        (
            "it",
            "I lavori costeranno circa 300.000 euro, ha detto ai giornalisti il suo architetto, "
            "Paolo Serra.",
            "il suo architetto, Paolo Serra",
        ),
        (
            "pt",
            "As obras vão custar cerca de 300 mil euros, disse à imprensa o seu arquiteto, "
            "Paulo Serra.",
            "o seu arquiteto, Paulo Serra",
        ),
    ],
)
def test_a_possessive_opens_the_speaker_after_who_was_told(
    language: str, text: str, speaker: str
) -> None:
    assert source_of(language, text, 300_000) == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # the outlet told, then when it was told, then who told it
        (
            "ru",
            "На учёт встали 312 бывших рабочих завода, рассказала «Вестник» во вторник "
            "директор центра занятости Тамара Осинцева.",
            "Тамара Осинцева",
        ),
        (
            "uk",
            "На облік стали 312 колишніх працівників, розповіла «Дзеркалу» у вівторок "
            "директорка центру Тамара Осінцева.",
            "Тамара Осінцева",
        ),
        # the outlet told, then the speaker's age as one word
        (
            "ru",
            "«Мы потеряли 300 заказов», — заявил «Вестнику» 56-летний директор завода "
            "Андрей Кизилов.",
            "Андрей Кизилов",
        ),
        (
            "pl",
            "„Straciliśmy 300 zamówień” – powiedział „Kurierowi” 56-letni prezes zakładu "
            "Andrzej Kowal.",
            "Andrzej Kowal",
        ),
    ],
)
def test_a_quoted_outlet_told_is_read_past_to_the_speaker(
    language: str, text: str, speaker: str
) -> None:
    source = source_of(language, text, 312.0 if "312" in text else 300.0)
    assert source is not None and source.endswith(speaker)


def test_a_quoted_outlet_with_no_one_after_it_still_speaks() -> None:
    text = "На учёт встали 312 бывших рабочих завода, сообщил «Интерфакс» в понедельник."
    assert source_of("ru", text, 312.0) == "«Интерфакс»"


@pytest.mark.parametrize(
    ("language", "text", "pledger"),
    [
        (
            "fr",
            "En visite sur le chantier le 18 novembre, le ministre du Commerce a promis une "
            "enveloppe de 750 millions de FCFA.",
            "ministre du Commerce",
        ),
        (
            "it",
            "In visita il 18 novembre, il ministro del Commercio ha promesso un fondo di 750 "
            "milioni di euro.",
            "ministro del Commercio",
        ),
    ],
)
def test_a_dated_opener_before_the_one_who_promises(language: str, text: str, pledger: str) -> None:
    """ "En visite … le 18 novembre, le ministre a promis": the date's number is no figure
    opening the sentence; the one promising tells of the sum."""
    source = source_of(language, text, 750_000_000.0)
    assert source is not None and source.lower().endswith(pledger.lower())


def test_a_figure_opening_the_sentence_is_no_mere_opener() -> None:
    text = "Avec 300 millions d'euros, le ministre a promis une enveloppe de 750 millions."
    assert source_of("fr", text, 750_000_000.0) is None


@pytest.mark.parametrize(
    "text",
    [
        "Bis Mitternacht flossen rund 1,8 Millionen Liter Wasser, rechnet Thalau vor.",
        "Bis Mitternacht flossen rund 1,8 Millionen Liter Wasser, fügte Thalau hinzu.",
        "Bis Mitternacht flossen rund 1,8 Millionen Liter Wasser, räumt Thalau ein.",
    ],
)
def test_a_separable_verb_of_saying_has_its_speaker_between_head_and_particle(text: str) -> None:
    # a separable verb after what was said splits around its speaker; read whole ("rechnet
    # vor"), its one-word gap took the speaker's name for part of the verb
    assert source_of("de", text, 1_800_000) == "Thalau"


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "it",
            "Il porto ha accolto 41.200 visitatori, ha reso noto ieri l'ufficio stampa comunale.",
            "l'ufficio stampa comunale",
        ),
        (
            "es",
            "La feria recibió 41.200 visitantes, informó ayer la gerencia del recinto.",
            "la gerencia del recinto",
        ),
    ],
)
def test_a_day_word_between_verb_and_speaker_is_read_past(
    language: str, text: str, source: str
) -> None:
    # "ieri", "ayer": one word of time, read past as a skipped word is, the speaker after it
    assert source_of(language, text, 41_200) == source
