"""A lawmaker passing on a body's closed-door briefing, read over the whole document
(extract/briefed.py), on sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimtrack.extract.briefed import BriefingWords, drop_self_via, relay_briefed
from claimtrack.records import Claim

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from languages.conftest import extract_in  # noqa: E402


def _sources(language: str, text: str) -> list[tuple[float | None, str | None, list[str]]]:
    return [(c.figure, c.source, list(c.via)) for c in extract_in(language, text, "2026-12-02")]


def test_a_live_blogs_newer_entry_above_the_briefing_is_the_bodys_too() -> None:
    # the newest entry first: the lawmaker is quoted before the entry telling of the briefing
    text = (
        "14:20 Pjongjang dostarczył Rosji co najmniej 180 wyrzutni – relacjonuje Choi.\n\n"
        "11:05 Południowokoreański wywiad NIS poinformował na zamkniętym posiedzeniu komisji, "
        "że w Rosji jest 12 tys. żołnierzy – powiedziała deputowana Choi Ji-woo."
    )
    got = _sources("pl", text)
    assert [s for _, s, _ in got] == ["Południowokoreański wywiad NIS"] * 2
    assert got[0][2] == ["Choi"]


def test_a_korean_lawmaker_passes_on_the_briefing_the_text_tells_of() -> None:
    text = (
        "국회 정보위원회가 국가정보원(국정원)의 비공개 보고를 받았다. 국정원은 북한군 1만 "
        '2천 명이 러시아에 있다고 밝혔다. 한지호 의원은 "전사자는 2천 명을 넘었다"고 전했다.'
    )
    got = _sources("ko", text)
    assert got[-1][1:] == ("국가정보원(국정원)", ["한지호 의원"])


def test_a_japanese_short_name_abbreviates_the_body_that_briefed() -> None:
    # "国情院" is the "国家情報院" the briefing sentence names
    text = (
        "国家情報院は2日、国会情報委員会で非公開の報告を行った。国情院によると、派遣された"
        "北朝鮮兵は1万2000人に上る。朴栄進（パク・ヨンジン）議員は会合後、負傷者は4000人を"
        "超えたと記者団に明らかにした。"
    )
    got = _sources("ja", text)
    assert got[-1][1:] == ("国情院", ["朴栄進（パク・ヨンジン）"])


def test_a_lawmaker_without_a_briefing_speaks_for_himself() -> None:
    text = (
        "Szpital wojewódzki przyjął w tym roku 4 tys. pacjentów – podał dyrektor placówki. "
        "Oddział potrzebuje jeszcze 20 łóżek – powiedział poseł Adam Lis."
    )
    got = _sources("pl", text)
    assert got[-1][1:] == ("poseł Adam Lis", [])


def _claim(quote: str, source: str | None, via: list[str] | None = None) -> Claim:
    return Claim(
        doc_id="d",
        quote=quote,
        start=0,
        end=len(quote),
        value=1.0,
        source=source,
        via=via or [],
    )


_WORDS = BriefingWords.of(["deputato", "deputata"], ["audizione", "riferito"], unspaced=False)


@pytest.mark.parametrize(
    ("text", "lawmaker", "expected"),
    [
        # a role before any mention of the name makes the short name a lawmaker's
        ("Il deputato Park Jun-ho ha parlato. Il NIS ha riferito.", "Park", ("NIS", ["Park"])),
        # a name that is part of a longer word has no role beside it
        ("Il deputato Parker ha parlato. Il NIS ha riferito.", "Park", ("Park", [])),
    ],
)
def test_a_role_beside_a_mention(text: str, lawmaker: str, expected: tuple[str, list[str]]) -> None:
    claims = [_claim("Il NIS ha riferito.", "NIS"), _claim("Park ha parlato.", lawmaker)]
    relay_briefed(claims, text, _WORDS)
    assert (claims[1].source, claims[1].via) == expected


def test_a_body_named_only_by_its_acronym_in_the_briefing_sentence() -> None:
    # the turn opens with a vocative, so the briefing sentence has no subject to read
    text = (
        "КОРЕСПОНДЕНТ: Ірино, сьогодні Служба розвідки Кореї (NIS) провела закритий брифінг "
        "для комітету. Після нього депутат Кім Сон Хо розповів журналістам, що загинули "
        "2 тисячі військових."
    )
    got = _sources("uk", text)
    assert got[-1][1:] == ("NIS", ["депутат Кім Сон Хо"])


def test_a_lawmaker_named_with_the_role_is_never_the_briefing_body() -> None:
    """Two lawmakers pass the briefing on, one through the other ("그는 … 말했다" after the
    first): neither is the body; "남궁 의원에 따르면" after the full name is the same person
    passing the body's figures on."""
    text = (
        "국회 정보위원회가 국가정보원의 비공개 보고를 받았다. 국정원은 북한군 1만 2천 명이 "
        "러시아에 있다고 밝혔다.\n\n"
        '야당 간사인 서은채 의원은 기자들에게 "전사자는 2천 명을 넘었다"고 전했다.\n\n'
        '여당 간사인 하도윤 의원은 "부상자는 5천 명에 이른다"고 말했다. 하 의원에 따르면 '
        "포로는 6명이다."
    )
    got = _sources("ko", text)
    bodies = {source for _, source, _ in got}
    assert not any(b and b.endswith("의원") for b in bodies), got


def test_a_briefing_sentence_pointing_back_names_its_body_in_the_sentence_before() -> None:
    # "Об этом" points back: the body is the sentence before's; the lawmaker's figure is
    # passed on by an agency as well
    text = (
        "Служба внешней разведки Кореи (SVR) во вторник оценила потери примерно в 2 тыс. "
        "человек. Об этом после закрытого брифинга в парламенте сообщила депутат Ким Со Ён, "
        "передаёт агентство Ренхап. По её словам, к весне на фронт прибудут ещё до 4 тыс. "
        "военных."
    )
    got = _sources("ru", text)
    assert got[-1][1:] == (
        "Служба внешней разведки Кореи (SVR)",
        ["депутат Ким Со Ён", "агентство Ренхап"],
    )


def test_a_committee_member_named_after_the_role_passes_on_the_briefing() -> None:
    # "委员" before the name: a member of the committee the body briefed
    text = (
        "国会国防委员会委员王立新周三在听取国家安全局闭门汇报后对记者说，前线共部署约3000人。"
        "王立新说，其中约400人已经受伤。"
    )
    got = _sources("zh", text)
    assert [s for _, s, _ in got] == ["国家安全局"] * 2, got
    assert got[-1][2] == ["王立新"]


def test_a_committee_holding_the_session_is_the_audience_not_the_body_that_briefed() -> None:
    # "Sitzung des Verteidigungsausschusses": the committee heard the service's figures
    text = (
        "Der Bundesnachrichtendienst BND beziffert die Zahl der Söldner inzwischen auf etwa "
        "6.000. Das sagte die Abgeordnete Mira Holt am Mittwoch nach einer vertraulichen "
        "Sitzung des Verteidigungsausschusses. Rund 900 Söldner seien bereits verletzt worden."
    )
    got = _sources("de", text)
    assert got[-1][1:] == ("Der Bundesnachrichtendienst BND", ["Abgeordnete Mira Holt"])


def test_the_occasion_before_the_verb_is_no_speaker() -> None:
    # "після закритого брифінгу розповіла": the words before the verb tell when she spoke
    text = (
        "У вівторок депутатка Олена Гай після закритого брифінгу розповіла журналістам, що "
        "в регіоні перебуває понад 4 тис. найманців."
    )
    assert _sources("uk", text)[0][1] != "закритого брифінгу"


def test_the_reporters_a_lawmaker_told_are_no_body_that_briefed() -> None:
    # "nach der Sitzung vor Journalisten": the reporters heard the lawmaker
    text = (
        "Der Bundesnachrichtendienst BND hat den Ausschuss am Morgen unterrichtet. Rund 700 "
        "Söldner seien gefallen, sagte die Abgeordnete Mira Holt nach der Sitzung vor "
        "Journalisten."
    )
    got = _sources("de", text)
    assert got[-1][1:] == ("Der Bundesnachrichtendienst BND", ["Abgeordnete Mira Holt"])


def test_a_lawmaker_named_again_by_surname_is_no_relay_of_himself() -> None:
    # "Lee" by way of "diputado Lee Hwan-joo" is one speaker: the briefing body's figures
    text = (
        "La agencia de inteligencia surcoreana (NIS) informó el martes a la comisión de Defensa "
        "del Congreso. «Nos dijeron que hay unos 9.000 soldados en el frente», contó luego el "
        "diputado Lee Hwan-joo, de 51 años. Otros 1.200 estarían heridos, agregó Lee, quien "
        "afirmó que el servicio espera otros 2.000 en enero."
    )
    got = _sources("es", text)
    assert [s for _, s, _ in got] == ["NIS"] * 3
    assert all(v and "Lee" in v[0] for _, _, v in got)


@pytest.mark.parametrize(
    ("source", "via", "unspaced", "kept"),
    [
        ("Kang", ["diputado Kang Min-seok", "la agencia Yonhap"], False, ["la agencia Yonhap"]),
        ("Park Seon-u", ["Park"], False, []),
        ("민지우", ["민지우 의원", "가온방송"], False, ["가온방송"]),
        ("朴", ["朴議員", "聯合ニュース"], True, ["聯合ニュース"]),
        ("NIS", ["diputado Kang Min-seok"], False, ["diputado Kang Min-seok"]),
        ("Die Zeitung", ["Regionalverwaltung"], False, ["Regionalverwaltung"]),
    ],
)
def test_a_source_is_never_its_own_relay(
    source: str, via: list[str], unspaced: bool, kept: list[str]
) -> None:
    claim = Claim(doc_id="t", quote="x 1", start=0, end=3, value=1.0, source=source, via=via)
    drop_self_via([claim], unspaced)
    assert claim.via == kept


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Як передає агентство Укрінформ із посиланням на членкиню оборонного комітету "
            "Олену Гай, Служба зовнішньої розвідки (СЗР) у вівторок доповіла депутатам, що на "
            "складах лишилося близько 12 тис. снарядів.",
        ),
        (
            "es",
            "Según la agencia Efe, que cita a la integrante de la comisión de Defensa Laura "
            "Gil, el Centro de Inteligencia (CIR) informó el martes a la comisión a puerta "
            "cerrada de que quedan unos 12.000 proyectiles.",
        ),
    ],
)
def test_a_committee_member_passing_on_a_briefing_relays_the_body(language: str, text: str) -> None:
    # a member of the committee is a lawmaker too: the body briefed is the source
    (claim,) = extract_in(language, text, "2026-12-02")
    assert claim.source is not None and ("СЗР" in claim.source or "CIR" in claim.source)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "Заседание комитета прошло за закрытыми дверями, депутаты заслушали доклад "
            "разведки.\n\nВ Россию прибыли 15 тыс. солдат, рассказала депутатам эксперт "
            "Анна Лисова из Центра исследований.",
            "эксперт Анна Лисова",
        ),
        (
            "es",
            "La comisión se reunió a puerta cerrada y los diputados escucharon el informe de "
            "los servicios de inteligencia.\n\nA Rusia llegaron 15.000 soldados, explicó a los "
            "diputados la experta Ana Lis, del Centro de Estudios.",
            "la experta Ana Lis",
        ),
        (
            "de",
            "Der Ausschuss tagte hinter verschlossenen Türen, die Abgeordneten hörten ein "
            "Briefing des Nachrichtendienstes.\n\nNach Russland seien 15.000 Soldaten "
            "gekommen, sagte den Abgeordneten die Expertin Anna Lis vom Zentrum für Studien.",
            "die Expertin Anna Lis",
        ),
    ],
)
def test_the_lawmakers_told_make_no_lawmaker_of_the_speaker(
    language: str, text: str, speaker: str
) -> None:
    """ "rasskazala deputatam ekspert X": the lawmakers before the speaker are whom she
    told, not her title, so her figures stay hers in a closed-door sitting's report."""
    ((_, source, via),) = _sources(language, text)
    assert source is not None and source.startswith(speaker)
    assert via == []


def test_a_body_cited_after_the_relayed_figures_is_not_the_briefer() -> None:
    # the agency's source, told a day later, did not brief the committee
    text = (
        "Na terça-feira, o Serviço Nacional de Inteligência (NIS) apresentou à comissão, em "
        "sessão fechada, um balanço segundo o qual cerca de 12 mil soldados estão na Rússia, "
        "de acordo com o deputado Kim Tae-ho.\n\n"
        "Na quarta-feira, a agência Yonhap, citando o Estado-Maior Conjunto, informou que "
        "um navio com 400 contêineres deixou o porto."
    )
    got = _sources("pt", text)
    assert got[0][1:] == ("NIS", ["deputado Kim Tae-ho"])


def test_of_the_briefings_told_before_the_latest_names_the_body() -> None:
    # the ministry briefed earlier in the text; the lawmaker passes on the service's figure
    text = (
        "乌克兰国防部情报总局在例行通报中称，朝鲜已运去约1300万发炮弹。通报还说，集装箱超过2.8万个。\n\n"
        "议员车允洙听取国家情报院的闭门汇报后告诉记者，国情院评估驻俄朝军约有1.4万人。"
        "车允洙说，朝鲜准备再派出约5000名工兵。"
    )
    got = _sources("zh", text)
    assert got[-1][1] == "国情院"


def test_a_paragraph_telling_a_lawmaker_of_the_bodys_figures_passes_them_on() -> None:
    # the body and the lawmaker in one sentence: the figures after it in its paragraph are
    # the body's, whoever the reading took them from; no word of a briefing is needed
    text = (
        "Corea del Norte mantiene unos 12.000 soldados en Rusia, según el Servicio Nacional "
        "de Inteligencia (NIS), que se lo trasladó a Kim Do-yun, miembro de la comisión. Al "
        "menos 1.900 "
        "habrían muerto, añadió Kim.\n\nEl hospital de la ciudad atendió a 300 pacientes, "
        "según Kim."
    )
    got = _sources("es", text)
    assert [s for _, s, _ in got[:2]] == ["el Servicio Nacional de Inteligencia (NIS)", "NIS"]
    assert got[1][2][:1] == ["Kim"]
    assert got[2][1] == "Kim"  # another paragraph


def test_a_body_the_paragraph_names_for_its_own_figure_keeps_it() -> None:
    text = (
        "Corea del Norte mantiene unos 12.000 soldados en Rusia, según trasladó el Servicio "
        "Nacional de Inteligencia (NIS) a Kim Do-yun, miembro de la comisión. El Ministerio "
        "de Unificación cifró en 9.000 los trabajadores norcoreanos llegados este año."
    )
    got = _sources("es", text)
    assert got[-1][1] == "El Ministerio de Unificación"


def test_a_paragraph_naming_the_body_without_a_lawmaker_relays_nothing() -> None:
    text = (
        "El Servicio Nacional de Inteligencia (NIS) publicó su informe anual. Corea del Norte "
        "fabrica 30.000 proyectiles al mes, según el analista Pablo Ruiz."
    )
    got = _sources("es", text)
    assert got[-1][1:] == ("el analista Pablo Ruiz", [])


def test_the_body_a_briefing_names_after_an_of_word_is_the_one_it_tells_of() -> None:
    # "quella del Nis": the body named before as "il Nis"; a later briefing by another body
    # is another story
    text = (
        "Secondo il Nis, i nordcoreani in Russia sono 12.000.\n\nLa stima più recente è quella "
        "del Nis, che ha riferito a porte chiuse alla commissione. Il deputato Lee Jae-won ha "
        "detto ai giornalisti che i feriti sono circa 4.000.\n\nIl Pentagono, in un briefing "
        "di novembre, ha parlato di 7.000 perdite."
    )
    got = _sources("it", text)
    assert got[1][1:] == ("il Nis", ["deputato Lee Jae-won"])


def test_a_figure_no_one_is_read_for_in_the_telling_sentence_is_the_bodys() -> None:
    text = (
        "وقرأ النائب كيم سانغ-هو ما أبلغه جهاز الاستخبارات الوطني للجنة: عدد الجنود "
        "الكوريين الشماليين في روسيا «نحو 12 ألفاً»."
    )
    got = _sources("ar", text)
    assert got[0][1] == "جهاز الاستخبارات الوطني"
