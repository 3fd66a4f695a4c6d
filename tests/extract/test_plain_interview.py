"""Who answers in an interview read without a parser (extract/plain.py ``Interview``): turn
labels naming the asker and the guest, or their initials, or "question"/"answer" labels; the
guest named after an interview cue in another case; a byline's asker never the guest. Every
sentence was written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from claimtrack.extract import Extractor
from claimtrack.extract.plain import _same_name, _written_in
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash


@cache
def _extractor(language: str) -> Extractor:
    return Extractor(load_pack("dprk-russia"), language=language)


def extract_in(language: str, text: str) -> list[Claim]:
    return _extractor(language).extract(
        CleanDocument("t", text, content_hash(text), language=language)
    )


def source_of(language: str, text: str, figure: float) -> str | None:
    (c,) = [c for c in extract_in(language, text) if c.figure == figure]
    return c.source


def claim_of(language: str, text: str, figure: float) -> Claim:
    (c,) = [c for c in extract_in(language, text) if c.figure == figure]
    return c


# Polish: the asker's byline, then turns labelled by name, then bare questions and answers;
# a place in the genitive ("z Korei Południowej") is named more often than anyone.
POLISH = """Gospodarka › Energia

Rozmowa z prof. Ewą Malinowską-Kos

Ile gazu zużyje Polska tej zimy? Odpowiada ekspertka.

Rozmawiał: Tomasz Wierzbicki

Coraz więcej gazu płynie z Korei Południowej. Tankowce z Korei Południowej przypływają co tydzień.

Tomasz Wierzbicki: Czy magazyny wystarczą?
Ewa Malinowska-Kos: Wystarczą. Są pełne w 95 proc.

A ceny?
Spadną o mniej więcej 12 proc. do wiosny.
"""


def test_a_labelled_interview_s_answers_are_the_guest_s() -> None:
    assert source_of("pl", POLISH, 95) == "Ewa Malinowska-Kos"
    # an unlabelled answer after a bare question: still the guest, not a place
    assert source_of("pl", POLISH, 12) == "Ewa Malinowska-Kos"


# German: turns labelled by initials; the asker's initials ask.
GERMAN = """Wirtschaft

Im Gespräch mit Lena Brandt über den Hafen

Das Gespräch führte Jonas Kerber.

Die Reederei Nordlicht aus Bremen meldet Rekorde. Lena Brandt leitet dort die Planung.

JK: Wie viele Schiffe laufen ein?
LB: Im Oktober waren es rund 1.400 Schiffe.

JK: Und im Winter?
LB: Wir erwarten etwa 1.100 Schiffe pro Monat.
"""


def test_initials_label_the_asker_and_the_guest() -> None:
    assert source_of("de", GERMAN, 1400) == "Lena Brandt"
    assert source_of("de", GERMAN, 1100) == "Lena Brandt"


# Spanish: "P:" and "R:" labels; the byline's asker is named more often than the guest.
SPANISH = """Entrevista con Lucía Ferrer Olmo

Entrevista de Andrés Roldán. Andrés Roldán cubre el campo desde 2010.

Lucía Ferrer Olmo dirige la cooperativa.

P: ¿Cuánto aceite esperan?
R: Unas 3.000 toneladas, si no llueve en marzo.
"""


def test_answer_labels_are_the_guest_s_not_the_asker_s() -> None:
    assert source_of("es", SPANISH, 3000) == "Lucía Ferrer Olmo"


# Ukrainian: the guest named once after an interview cue, in the instrumental; the
# headline writes the name in the nominative.
UKRAINIAN = """Інтерв'ю

Економістка Ганна Ткачук про ціни на зерно

Розмовляв Петро Литвин

Ціни на зерно зросли. Ми поговорили з Ганною Ткачук, керівницею аналітичного відділу.

— Чи впаде врожай?

— Так, приблизно на 8 відсотків.
"""


def test_the_guest_a_cue_names_in_another_case_is_named_as_the_headline_writes() -> None:
    assert source_of("uk", UKRAINIAN, 8) == "Ганна Ткачук"


def test_an_answer_citing_a_body_in_another_case_passes_it_on() -> None:
    text = POLISH.replace(
        "Spadną o mniej więcej 12 proc. do wiosny.",
        "Według norweskiego ministerstwa energii spadną o 12 proc.",
    )
    c = claim_of("pl", text, 12)
    assert c.via == ["Ewa Malinowska-Kos"]


def test_names_in_another_case() -> None:
    assert _same_name("Ewą Malinowską-Kos", "Ewa Malinowska-Kos")
    assert not _same_name("Ewą Malinowską-Kos", "Tomasz Wierzbicki")
    assert _written_in("japoński MSZ", "według japońskiego MSZ")
    assert not _written_in("Anna Nowak", "według ministerstwa")


# An explainer's questions heading paragraphs of prose: the only names the opening writes
# are a photo credit's, no guest; the figures are their own speakers' or the writer's.
EXPLAINER_ES = """Deportes › Ciclismo

GUÍA | La vuelta cicloturista de Teruel, en cifras

[Foto: Decenas de ciclistas suben por la carretera del puerto de Javalambre durante la edición del año pasado. © Marta Gil / Diario Bajo]

¿Cuántos ciclistas habrá?
La organización ha repartido 4.300 dorsales, la mayor cifra desde su creación.

¿Cuánto cuesta?
La inscripción general cuesta 38 euros, y el Ayuntamiento aporta 21.000 euros a la prueba.
"""

EXPLAINER_PT = """Desporto › Atletismo

EXPLICADOR | A meia-maratona de Braga em números

[Foto: Centenas de atletas na partida da edição do ano passado, junto à catedral da cidade. © Rui Lobo / Jornal do Minho]

Quantos atletas vão correr?
A organização entregou 6.200 dorsais, o maior número de sempre.

Quanto custa?
A inscrição custa 25 euros, e a Câmara paga 17.000 euros de prémios.
"""


@pytest.mark.parametrize(
    ("language", "text", "figure"), [("es", EXPLAINER_ES, 4300), ("pt", EXPLAINER_PT, 6200)]
)
def test_one_name_in_a_photo_credit_makes_no_interview(
    language: str, text: str, figure: float
) -> None:
    assert source_of(language, text, figure) is None


# The guest named in the intro before the first question, and in a caption: an interview.
GUEST_IT = """Economia › Lavoro

L'INTERVISTA

[Foto: Paola Serri nel suo ufficio a Bologna]

Paola Serri, 52 anni, dirige l'osservatorio sul lavoro stagionale dell'Emilia.

Quanti stagionali mancano quest'anno?
Ne mancano circa 7.400, soprattutto negli alberghi della costa.
"""


def test_a_guest_the_intro_names_answers() -> None:
    assert source_of("it", GUEST_IT, 7400) == "Paola Serri"


def test_a_turn_naming_a_body_again_by_its_noun_gives_the_bodys_figure() -> None:
    # the correspondent passes on the service's figure; "Der Dienst" is the "Geheimdienst"
    # the anchor named, not a subject the sentence lacks
    text = (
        "MODERATORIN: Nach Angaben des Geheimdienstes NIS sind 12.000 Soldaten in Russland. "
        "Unsere Reporterin Lea Sommer ist in Seoul. Lea, was gibt es Neues?\n\n"
        "LEA SOMMER: Der Dienst beziffert die Verwundeten inzwischen auf etwa 3.800."
    )
    (_, c) = extract_in("de", text)
    assert c.source is not None and "Geheimdienst" in c.source
    assert list(c.via) == ["Lea Sommer"]


# Portuguese: turns labelled with a dash between spaces, not a colon ("Nome — resposta")
_DASH_LABELS = """Entrevista

Secretário diz que a frota de ônibus precisa dobrar

Rodrigo Tavares Lima, 47, admite atrasos e promete novas linhas

Por Ana Souza

Diário — Quantos ônibus circulam hoje?
Rodrigo Tavares Lima — Hoje rodam cerca de 210 ônibus na cidade. Na semana passada, 30 ficaram parados na garagem.

Quanto custa a operação?
A prefeitura paga uns 40% do custo total.
"""


@pytest.mark.parametrize("figure", [210, 30, 40])
def test_a_turn_labelled_with_a_dash_is_the_guests(figure: float) -> None:
    assert source_of("pt", _DASH_LABELS, figure) == "Rodrigo Tavares Lima"


def test_a_dash_inside_a_sentence_labels_no_turn() -> None:
    text = "O prefeito — que assumiu em janeiro — disse que faltam 40 ônibus."
    assert source_of("pt", text, 40) == "O prefeito"


# Russian: a poll of experts, each answer a quoted paragraph under a line of the expert's
# name and role; the editors' closing line under the last answer is nobody's.
EXPERT_POLL = """Опрос экспертов
Редакция задала три вопроса двум специалистам

Тимур Валеев, научный сотрудник Института транспорта (Хабаровск)

«Грузов стало больше. По моим подсчётам, через переход ежедневно проходят около 40 вагонов.»

Ольга Мезенцева, директор логистической компании «Восток-Терминал»

«Мы это видим каждый день. Сейчас в порту ждут разгрузки примерно 65 судов.»

Светлана Орлова, фото пресс-службы

В порту сейчас стоят 12 кранов.
"""


def test_a_poll_of_experts_gives_each_quoted_answer_to_the_expert_above_it() -> None:
    assert source_of("ru", EXPERT_POLL, 40) == "Тимур Валеев"
    assert source_of("ru", EXPERT_POLL, 65) == "Ольга Мезенцева"


def test_a_name_line_over_an_unquoted_paragraph_is_no_expert_s_answer() -> None:
    # a caption's credit over a line of the report: no quotation mark opens it
    assert source_of("ru", EXPERT_POLL, 12) != "Светлана Орлова"


# Korean: a press conference transcript: the mayor's label once over a statement of several
# paragraphs in the spoken register, a reporter's question, a director's labelled answers
# (full name and title, then surname and title), the paper's own report after them.
PRESS_CONFERENCE = """[전문] 도해준 미래시장 기자회견

도해준 미래시장이 3일 시청에서 기자회견을 열었다. 아래는 회견 전문이다.

■ 회견문

도해준 시장 = 시민 여러분, 시장 도해준입니다.

어제 하루 폭설로 도로 37곳이 통제됐습니다. 시는 제설차 85대를 투입했습니다.

오늘부터 제설 인력 240명을 더 배치하겠습니다.

■ 일문일답

-미래일보 기자: 피해 신고는 몇 건입니까?

하윤서 안전국장: 어제 하루 신고가 1,260건 접수됐습니다.

-미래방송 기자: 복구는 언제 끝납니까?

하 국장: 복구율은 오늘 오전 기준 64%입니다.

한편 시의회는 이날 추경 예산 52억 원을 처리했다고 밝혔다.
"""


def test_a_transcript_label_runs_over_the_spoken_paragraphs_below_it() -> None:
    assert source_of("ko", PRESS_CONFERENCE, 37) == "도해준"
    assert source_of("ko", PRESS_CONFERENCE, 85) == "도해준"
    assert source_of("ko", PRESS_CONFERENCE, 240) == "도해준"


def test_a_label_of_name_and_title_names_the_person_its_surname_names_later() -> None:
    assert source_of("ko", PRESS_CONFERENCE, 1260) == "하윤서"
    assert source_of("ko", PRESS_CONFERENCE, 64) == "하윤서"


def test_a_paragraph_written_as_a_report_ends_the_turn() -> None:
    assert claim_of("ko", PRESS_CONFERENCE, 5_200_000_000).via == []
    assert source_of("ko", PRESS_CONFERENCE, 5_200_000_000) != "하윤서"


# A transcript's turn running over paragraphs: the paragraphs after a person's label, up to
# the next label, are that person's; a heading's label alone ("Sturmtief Gerda:") is none.
TRANSCRIPT_TURNS = [
    (
        "de",
        "Pressekonferenz des Landratsamts\n\n"
        "Auf dem Podium: Landrätin Dr. Miriam Feldkamp; Kreiskämmerer Jonas Wittrock.\n\n"
        "FELDKAMP: Guten Tag. Seit Montag ist die Kreisstraße gesperrt.\n\n"
        "Für die Reparatur rechnen wir mit rund 4,2 Millionen Euro.\n\n"
        "WITTROCK: Der Haushalt trägt das. Wir haben 18 Vorhaben verschoben.\n\n"
        "Ab Januar stellen wir 9 zusätzliche Prüfer ein.",
        {4_200_000: "Miriam Feldkamp", 18: "Jonas Wittrock", 9: "Jonas Wittrock"},
    ),
    (
        "it",
        "Conferenza stampa in Comune\n\n"
        "Intervengono: l'assessora Giulia Ferrandi e il dirigente Paolo Venturelli.\n\n"
        "FERRANDI: Buongiorno. La scuola resta chiusa.\n\n"
        "Per i lavori prevediamo una spesa di 850 mila euro.\n\n"
        "VENTURELLI: Confermo. Abbiamo già spostato 14 classi.",
        {850_000: "Giulia Ferrandi", 14: "Paolo Venturelli"},
    ),
]


@pytest.mark.parametrize(("language", "text", "sources"), TRANSCRIPT_TURNS)
def test_a_turn_runs_on_to_the_next_label(
    language: str, text: str, sources: dict[float, str]
) -> None:
    for figure, source in sources.items():
        assert (source_of(language, text, figure) or "").endswith(source)


def test_a_heading_label_once_carries_no_turn() -> None:
    text = (
        "Sturmtief Gerda: Der Wetterdienst meldet Böen bis 110 km/h.\n\n"
        "In der Nacht fielen 40 Bäume auf Straßen, sagte ein Feuerwehrsprecher."
    )
    assert source_of("de", text, 40) != "Sturmtief Gerda"


# A body promising the speaker, in the first person ("hat mir zugesagt, uns ... zu
# unterstützen"): the body is the source; in a transcript's turn the speaker passes it on.
BODY_PLEDGES = [
    (
        "de",
        "Das Landesumweltministerium hat uns zugesagt, den Deich mit 3 Millionen Euro zu sichern.",
        3_000_000,
        "Das Landesumweltministerium",
    ),
    ("it", "La Regione ci ha promesso 2 milioni di euro per il ponte.", 2_000_000, "La Regione"),
    (
        "es",
        "La Diputación nos ha prometido 600.000 euros para el puente.",
        600_000,
        "La Diputación",
    ),
]


@pytest.mark.parametrize(("language", "text", "figure", "source"), BODY_PLEDGES)
def test_a_body_promising_us_is_the_source(
    language: str, text: str, figure: float, source: str
) -> None:
    assert source_of(language, text, figure) == source


def test_a_promise_told_in_a_turn_is_passed_on_by_its_speaker() -> None:
    text = (
        "Pressekonferenz\n\n"
        "Auf dem Podium: Bürgermeister Tobias Lindqvist; Stadtbaurätin Helga Marburger.\n\n"
        "LINDQVIST: Das Landesumweltministerium hat mir gestern zugesagt, uns mit 3 Millionen "
        "Euro zu unterstützen. Außerdem haben wir 12 Pumpen aufgestellt.\n\n"
        "MARBURGER: Der Deich hält."
    )
    pledge = claim_of("de", text, 3_000_000)
    assert pledge.source == "Das Landesumweltministerium"
    assert pledge.via[0].endswith("Tobias Lindqvist")
    assert (source_of("de", text, 12) or "").endswith("Tobias Lindqvist")
