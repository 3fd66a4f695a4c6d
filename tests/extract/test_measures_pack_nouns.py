"""The pack's measure nouns per language, on sentences written for these tests: Spanish and
Portuguese "obuses" are howitzers (artillery systems), French "obus" shells; Italian
"proietti" and "proiettili" are both projectiles."""

from __future__ import annotations

import pytest

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import CleanDocument, content_hash

PACK = load_pack("dprk-russia")


@pytest.mark.parametrize(
    ("language", "text", "measure"),
    [
        (
            "es",
            "Corea del Norte entregó unos 80 obuses autopropulsados a Rusia.",
            "dprk_artillery_systems",
        ),
        (
            "pt",
            "A Coreia do Norte enviou cerca de 80 obuses para a Rússia.",
            "dprk_artillery_systems",
        ),
        ("fr", "La Corée du Nord a livré 2 millions d'obus à la Russie.", "dprk_artillery_shells"),
        (
            "it",
            "I proietti nordcoreani coprono circa il 30 per cento del fabbisogno russo.",
            "dprk_share_of_russian_ammunition",
        ),
        (
            "it",
            "La Corea del Nord ha spedito 3 milioni di proiettili in Russia.",
            "dprk_artillery_shells",
        ),
        # deminers are the sappers' kind: "démineurs", "desminadores"
        (
            "fr",
            "Pyongyang a promis d'envoyer 1 500 démineurs nord-coréens en Russie.",
            "dprk_engineers_sappers",
        ),
        (
            "es",
            "Pyongyang enviará 1.500 desminadores norcoreanos a Rusia.",
            "dprk_engineers_sappers",
        ),
        ("ar", "أرسلت كوريا الشمالية 700 من نازعي الألغام إلى روسيا.", "dprk_engineers_sappers"),
    ],
)
def test_measure_noun(language: str, text: str, measure: str) -> None:
    ex = Extractor(PACK, language=language)
    found = ex.extract(CleanDocument("t", text, content_hash(text), language=language))
    assert [c.measure for c in found][:1] == [measure]


#: Two sentences naming Russia first: the document is about it, as a real report is.
_ABOUT_RUSSIA = {
    "ru": "Россия платит за войска. Россия поставляет топливо. ",
    "de": "Russland bezahlt die Truppen. Russland liefert Treibstoff. ",
    "zh": "俄罗斯为部队付钱。俄罗斯还提供燃料。",
    "ko": "러시아는 병력 대가를 치른다. 러시아는 연료도 보낸다. ",
    "ar": "روسيا تدفع ثمن القوات. وترسل روسيا الوقود. ",
}


def _measures_after_russia(language: str, text: str) -> list[str]:
    """The measures of ``text``'s figures in a document about Russia."""
    full = _ABOUT_RUSSIA[language] + text
    ex = Extractor(PACK, language=language)
    found = ex.extract(CleanDocument("t", full, content_hash(full), language=language))
    return [c.measure for c in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # told from the side that gets it: only North Korea named in the sentence
        ("ru", "По подсчетам экспертов, Пхеньян мог заработать до 900 млн долларов."),
        ("de", "Pjöngjang habe bis zu 900 Millionen Dollar eingenommen, sagen Fachleute."),
        # the currency itself is the money measure's noun where no other word names it
        ("zh", "据专家估算，朝鲜每年从中得到的不下9亿美元。"),
        ("ko", "전문가들은 북한이 연간 9억 달러를 벌어들인다고 본다."),
        ("ar", "ويقدّر خبراء أن بيونغيانغ تجني نحو 900 مليون دولار سنوياً."),
    ],
)
def test_a_sum_the_recipient_gets_is_aid(language: str, text: str) -> None:
    assert _measures_after_russia(language, text) == ["russia_aid_to_dprk"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "乌克兰安全局目前关押着六名朝鲜士兵。"),
        ("zh", "另有两名朝鲜士兵上月在前线被抓。"),
    ],
)
def test_soldiers_held_or_caught_are_captured(language: str, text: str) -> None:
    assert _measures_after_russia(language, text) == ["dprk_troops_captured"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le rapport recense environ 150 missiles de type KN-23 livrés à Moscou."),
        ("es", "El informe cuenta unos 150 misiles KN-24 entregados a Moscú."),
        ("en", "The report counts about 150 KN-23 missiles delivered to Moscow."),
    ],
)
def test_a_weapon_named_by_its_designation_names_its_maker(language: str, text: str) -> None:
    """ "150 missiles de type KN-23 livrés à Moscou": a North Korean designation names the
    North as the missiles' maker, though the sentence names no country of it."""
    ex = Extractor(PACK, language=language)
    found = ex.extract(CleanDocument("t", text, content_hash(text), language=language))
    assert [c.measure for c in found] == ["dprk_ballistic_missiles"]
