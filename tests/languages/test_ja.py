"""Japanese: the fixture folder scored end to end, and the number, attribution, status and
trap forms of Japanese reports through the public extractor (sentences written for these
tests). Japanese has no spaces: figures are cut out of runs of characters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.clean import classify_line
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.unspaced import UnspacedReader, one_name_per_body, short_forms_defined
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("ja", text)


def test_japanese_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("ja")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.8, r
    assert r["attribute_accuracy"]["measure"] >= 0.8, r
    assert r["traps_hit"] == 0, r


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "approx", "vague"),
    [
        ("北朝鮮はロシアに兵士1万1000人を派遣した。", 11000, None, None, False, False),
        ("北朝鮮はロシアに兵士１万１０００人を派遣した。", 11000, None, None, False, False),
        ("北朝鮮はロシアへ約1万2000人の兵士を派遣した。", 12000, None, None, True, False),
        ("北朝鮮は兵士1.2万人を派遣した。", 12000, None, None, False, False),
        ("北朝鮮兵3000人以上が前線に配置された。", 3000, 3000, None, False, False),
        ("北朝鮮兵の死者は200人を超えた。", 200, 200, None, False, False),
        ("北朝鮮は計200門余りの自走砲を供与した。", 200, 200, None, False, False),
        ("北朝鮮兵の負傷者は500人近くに上る。", 500, None, 500, True, False),
        ("北朝鮮兵の負傷者は500人未満だった。", 500, None, 500, False, False),
        ("北朝鮮兵の負傷者は500人程度だった。", 500, None, None, True, False),
        ("北朝鮮兵の死者は少なくとも600人に上る。", 600, 600, None, False, False),
        ("派遣規模は最大で1万5000人に達する。", 15000, None, 15000, False, False),
        ("北朝鮮は兵士1万〜1万2000人を派遣した。", None, 10000, 12000, False, False),
        ("北朝鮮はさらに数千人の兵士を送った。", None, 1000, None, False, True),
        # numerals glued before the vague amount: a hundred and some tens, a thousand and
        # some hundreds
        ("北朝鮮は弾道ミサイル百数十発を送った。", None, 110, None, False, True),
        ("北朝鮮兵千数百人が負傷した。", None, 1100, None, False, True),
        ("北朝鮮は砲弾800万発を供与した。", 8_000_000, None, None, False, False),
        ("北朝鮮兵の死傷者は約4000人に上る。", 4000, None, None, True, False),
    ],
)
def test_scales_bounds_ranges_and_vague_amounts(
    text: str, value: float | None, low: float | None, high: float | None, approx: bool, vague: bool
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.approx, c.vague) == (value, low, high, approx, vague)
    assert c.quote == text  # the quote is the original sentence, nothing translated


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("北朝鮮兵の死者は200人を超えた。", "dprk_troops_killed"),
        ("捕虜となった北朝鮮兵2人が韓国行きを望んでいる。", "dprk_troops_captured"),
        ("北朝鮮兵のうち、約4000人が死傷した。", "dprk_troops_casualties"),
        ("北朝鮮はロシアにコンテナ約2万8000個分の武器を送った。", "dprk_containers_shipped"),
        ("北朝鮮は弾道ミサイルも100発以上ロシアに送った。", "dprk_ballistic_missiles"),
        ("ロシアは北朝鮮に石油100万バレル以上を提供した。", "russia_aid_to_dprk"),
        ("ロシア軍が使う砲弾の約50％は北朝鮮製だ。", "dprk_share_of_russian_ammunition"),
        ("台風の影響で約12万世帯が停電した。", "other"),
    ],
)
def test_measures_from_the_clause(text: str, measure: str) -> None:
    (c,) = claims(text)
    assert c.measure == measure


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        (  # a short form in brackets stays: a reader knows the body by either
            "韓国の国家情報院（国情院）によると、北朝鮮は兵士1万人を派遣した。",
            "国家情報院（国情院）",  # the shortest name (session-9 gold conventions)
            [],
        ),
        ("韓国国防省によれば、北朝鮮は兵士1万人を派遣した。", "韓国国防省", []),
        (
            "ウクライナ軍参謀本部は先月、北朝鮮兵の死者が200人を超えたと発表した。",
            "ウクライナ軍参謀本部",
            [],
        ),
        (
            "ロイター通信が米国防総省高官の話として伝えたところによると、北朝鮮は兵士1万人を派遣した。",
            "米国防総省高官（米国防総省）",  # the official as written, then the body
            ["ロイター通信"],
        ),
        (
            "国情院の報告を受けた李成権議員は、北朝鮮が兵士1万人を派遣したと明らかにした。",
            "国情院",
            ["李成権"],  # a person named with a title: the name
        ),
        ("総務省消防庁のまとめでは、これまでに3人が死亡した。", "総務省消防庁", []),
        ("北朝鮮は兵士1万人を派遣したとされる。", None, []),
    ],
)
def test_sources_and_outlets_citing_them(text: str, source: str | None, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the unit a unit's title heads stands between the name and the title
        ("国土交通省の森下健二道路局長は、損傷した橋が約120か所に上ると説明した。", "森下健二"),
        ("農林水産省の辻村彩子アジア太平洋部長は、輸出が約3割減ったと述べた。", "辻村彩子"),
        ("県の大橋隆局長は、被害が約300件に上ると説明した。", "大橋隆"),
        # five characters or fewer before the title: the whole name
        ("市の佐々木康弘部長は、被害が約300件に上ると説明した。", "佐々木康弘"),
        ("情報総局のブダノフ局長は、北朝鮮兵が1万人いると述べた。", "ブダノフ"),
        # a given name in hiragana is the name's, no unit
        ("県の桐原ゆかり部長は、被害が約300件に上ると説明した。", "桐原ゆかり"),
    ],
)
def test_a_named_official_without_the_unit_their_title_heads(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("北朝鮮が今後さらに数千人を送る計画だ。", "planned"),
        ("北朝鮮は年内に3000人規模の追加派兵を予定している。", "planned"),
        ("ロシアは石油100万バレルを提供すると約束した。", "pledged"),
        ("北朝鮮が兵士1000人を追加で送ったとの噂もある。", "rumoured"),
        ("北朝鮮はロシアに兵士1万人を派遣した。", "reported"),
    ],
)
def test_status(text: str, status: str) -> None:
    assert claims(text)[0].status == status


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮兵の多くは20代前半だ。",
        "捕虜はそれぞれ20歳と26歳だという。",
        "2024年11月13日、北朝鮮は軍事パレードを行った。",
        "KN-23ミサイルの運用部隊も含まれている。",
        "北朝鮮は170ミリ自走砲を供与した。",
        "台風は今後48時間ほど停滞する恐れがある。",
    ],
)
def test_traps_are_no_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "有料会員になると全文をお読みいただけます。初月無料、以降は月額1980円。",
        "関連記事：露朝が条約に署名",
        "写真＝平壌で行進する北朝鮮兵（資料）",
        "この記事を読むのに必要な時間は約3分です。",
        "取材・文／編集部\u3000コメント 146件",  # a counter with its counter word glued on
        "コメント 23件\u3000｜\u3000ブックマーク 2,310",
    ],
)
def test_furniture_lines_are_page_furniture(line: str) -> None:
    assert classify_line(line) is not None
    assert classify_line("韓国国防省によれば、北朝鮮は兵士1万人を派遣した。") is None


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("ウクライナ軍参謀本部は先月、北朝鮮兵の死者が200人を超えたと発表した。", "2025-01"),
        ("北朝鮮は2023年8月以降、ロシアにコンテナ約2万8000個分の武器を送った。", "2023-08/.."),
        ("２０２４年１１月１３日、北朝鮮は兵士1万人を派遣した。", "2024-11-13"),
        ("北朝鮮は昨年、兵士1万人を派遣した。", "2024"),
        ("北朝鮮は11月、兵士1万人を派遣した。", "2024-11"),
    ],
)
def test_time_expressions_resolved_against_the_published_date(text: str, as_of: str) -> None:
    (c,) = extract_in("ja", text, published="2025-02-10")
    assert c.as_of == as_of


def test_broadcast_style_attribution_and_numerals_in_characters() -> None:
    (c,) = claims("防衛省によりますと、北朝鮮は兵士およそ三千人をロシアに送りました。")
    assert (c.value, c.approx, c.source) == (3000, True, "防衛省")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("韓国国防省は、北朝鮮が兵士およそ1万人を派遣したと明らかにしました。", "韓国国防省"),
        ("アメリカのCNNは、北朝鮮兵の死傷者が4000人に上ると伝えています。", "CNN"),
        ("韓国の情報機関は、北朝鮮が砲弾1200万発を送ったとみています。", "韓国の情報機関"),
    ],
)
def test_polite_verbs_of_saying_in_broadcast_reports(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_hedges_and_confirmations() -> None:
    assert claims("負傷者は500人近くに上るとみられる。")[0].certainty == "hedged"
    assert claims("国防省は北朝鮮兵1万人の派遣を確認した。")[0].certainty == "confirmed"
    assert claims("北朝鮮はロシアに兵士1万人を派遣した。")[0].certainty == "asserted"


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "approx"),
    [
        ("ロシア軍の砲弾の約3分の1は北朝鮮製だという。", 33.3, None, None, True),
        ("ロシア軍の砲弾の約三分の一は北朝鮮製だという。", 33.3, None, None, True),
        ("ロシア軍の砲弾の4割以上が北朝鮮から来ている。", 40, 40, None, False),
        ("ロシア軍の砲弾の半数以上が北朝鮮製だ。", 50, 50, None, False),
        ("ロシア軍の砲弾の4割近くが北朝鮮から来ている。", 40, None, 40, True),  # nearly
        ("ロシア軍の砲弾の4割以下が北朝鮮から来ている。", 40, None, 40, False),
    ],
)
def test_shares_read_as_percentages(
    text: str, value: float, low: float | None, high: float | None, approx: bool
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.approx) == (value, low, high, approx)
    assert (c.unit, c.measure) == ("percent", "dprk_share_of_russian_ammunition")


def test_a_quoted_clause_is_not_its_speaker() -> None:
    (c,) = claims("北朝鮮兵約600人が死亡したと、韓国軍が明らかにした。")
    assert (c.value, c.source, c.measure) == (600, "韓国軍", "dprk_troops_killed")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("防衛省関係者の話では、北朝鮮はロシアに約1万人を派遣した。", "防衛省関係者（防衛省）"),
        ("米国防総省は、北朝鮮兵の死者が1000人を超えたとみている。", "米国防総省"),
        ("国連の専門家パネルは、北朝鮮が砲弾約500万発を送ったと指摘する。", "国連の専門家パネル"),
        ("「北朝鮮兵は約1万2000人に上る」と韓国政府高官は語った。", "韓国政府高官（韓国政府）"),
    ],
)
def test_sources_in_present_verbs_talk_cues_and_after_a_quotation(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_a_sentence_naming_only_its_speaker_gives_the_one_before_its_source() -> None:
    (c,) = claims("北朝鮮兵の死傷者は4000人に上る。韓国の国家情報院が明らかにした。")
    assert c.source == "国家情報院"
    # a sentence saying something of its own ("…と明らかにした") passes nothing back
    (c, d) = claims("北朝鮮兵の死傷者は4000人に上る。国情院は死者が600人に上ると明らかにした。")
    assert (c.source, d.source) == (None, "国情院")


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮兵1万人が派遣されたと、韓国軍が明らかにした。",
        "北朝鮮兵1万人が派遣されたと韓国軍が明らかにした。",
        "韓国軍は北朝鮮兵1万人が派遣されたと明らかにした。",
    ],
)
def test_the_speaker_after_what_was_said_or_before_it(text: str) -> None:
    (c,) = claims(text)
    assert c.source == "韓国軍"


def test_a_part_takes_the_source_of_the_whole_and_carries_it_on() -> None:
    text = (
        "総務省消防庁は22日、熱中症で搬送された人が1万1208人に上ったと発表した。\n\n"
        "このうち死亡は12人、重症は約250人だった。年齢別では、高齢者が半数以上を占めた。"
    )
    found = claims(text)
    assert [c.source for c in found] == ["総務省消防庁"] * 4
    assert [c.kind for c in found[1:3]] == ["subset", "subset"]


def test_more_of_the_same_takes_the_measure_before() -> None:
    _, more = claims(
        "北朝鮮は兵士1万人を派遣した。北朝鮮は年内にさらに最大5000人を送る可能性がある。"
    )
    assert (more.measure, more.kind) == ("dprk_troops_in_russia", "change")


def test_a_quotation_over_two_sentences_has_its_speaker() -> None:
    a, b = claims(
        "ブダノフ局長は「北朝鮮は数百万発の砲弾をロシアに渡した。"
        "ロシア軍が使う砲弾の6割近くが北朝鮮製だ」と述べた。"
    )
    assert a.source == b.source == "ブダノフ"


def test_modifiers_and_times() -> None:
    (c,) = claims("別の韓国政府関係者は、北朝鮮兵の死傷者が5000人近くに達したとの見方を示した。")
    assert c.source == "韓国政府関係者（韓国政府）"
    (c,) = claims("搬送者は前週のおよそ2倍に当たる。")
    assert (c.value, c.approx, c.unit) == (2, True, "倍")


def test_what_is_still_there_is_a_part() -> None:
    (c,) = claims("北朝鮮兵約6000人が今もクルスクに残っている。")
    assert (c.value, c.kind) == (6000, "subset")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a topic a figure follows is what is counted; the source goes on from before
        (
            "英国防省は北朝鮮兵の死者を2000人と推計した。負傷者を含めた死傷者数は4700人前後に上るとみている。",
            "英国防省",
        ),
        # a determiner before who speaks points back
        (
            "日本の防衛省幹部は取材に対し、「準備が進んでいる」と語った。この幹部は、北朝鮮が千人規模の部隊を送る計画だと指摘した。",
            "防衛省幹部（防衛省）",
        ),
        # a back-reference with the data it gave
        (
            "英国防省は9日に分析を公表した。同省の分析は、北朝鮮の兵力を1万1000人と見積もっている。",
            "英国防省",
        ),
    ],
)
def test_back_references_and_counted_topics_keep_the_source_before(text: str, source: str) -> None:
    assert claims(text)[-1].source == source


def test_the_data_a_source_gave_is_cut_off_its_name() -> None:
    (c,) = claims("共同通信の集計によると、今年度捕獲されたクマは少なくとも3500頭に達した。")
    assert c.source == "共同通信"


def test_a_clause_naming_no_one_before_the_speaker_is_passed_over() -> None:
    (c,) = claims(
        "ロシアの見返りについては、韓国の情報機関、国家情報院が、石油を年間数十万トン規模で"
        "送っているとの見方を明らかにした。"
    )
    assert c.source == "国家情報院"


def test_a_speaker_after_a_figure_of_its_own_clause_speaks_for_what_follows_only() -> None:
    first, second = claims(
        "環境省のまとめでは、クマの出没件数は2万件を超えた。前年同期の1.5倍近くに当たる。"
        "秋田県だけで出没は4千件余りあり、県の担当者は「例年の2倍以上だ」と話している。"
    )[-2:]
    assert (first.value, first.source) == (4000, "環境省")
    # "県の担当者": the prefecture the text names in full (bodies_in_full)
    assert (second.value, second.source) == (2, "秋田県（県）")


def test_a_topic_before_a_figure_of_casualties_reads_casualties() -> None:
    (c,) = claims("北朝鮮兵について、負傷者を含めた死傷者数は4700人前後に上る。")
    assert c.measure == "dprk_troops_casualties"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a relative clause before the speaker is no part of the name
        ("被災地を訪れた県の幹部は「住宅300棟が浸水した」と話した。", "県"),
        # a bare noun of a person keeps what qualifies it
        ("事情に詳しい関係者は、北朝鮮が兵士2000人を追加で送ると話した。", "事情に詳しい関係者"),
        # the te-form of a verb of estimating ("とみて") names its speaker
        ("農林水産省は、被害額が30億円に上るとみて、調査を進めている。", "農林水産省"),
        ("防衛省は、北朝鮮兵の死傷者が4000人に上ったと結論づけた。", "防衛省"),
    ],
)
def test_speakers_behind_relative_clauses_and_every_form_of_their_verb(
    text: str, source: str
) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_a_verb_of_saying_without_its_subject_speaks_for_the_latest_source() -> None:
    """Japanese drops a known subject: "…との見方を示した" in the next paragraph is still the
    defence ministry's, and "ロシアが受け取った砲弾" is what was counted, not who speaks."""
    first, second = claims(
        "防衛省によると、北朝鮮は兵士1万人を派遣した。\n\n"
        "ロシアが受け取った砲弾については「500万発を超える」との見方を示した。"
    )
    assert (first.source, second.source) == ("防衛省", "防衛省")
    assert second.low == 5_000_000


def test_the_remark_an_outlet_quotes_is_cut_off_its_speaker() -> None:
    (c,) = claims(
        "ロイター通信は、米国防総省高官の発言を引用して、北朝鮮兵1万人が派遣されたと報じた。"
    )
    assert (c.source, list(c.via)) == ("米国防総省高官（米国防総省）", ["ロイター通信"])


def test_words_qualifying_the_data_after_a_name_end_it() -> None:
    (c,) = claims("英国防省の最新の分析では、ロシア軍の死傷者は1日平均1500人に上る。")
    assert c.source == "英国防省"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an unnamed official of a body: the body (session-9 gold conventions)
        ("英政府当局者は、北朝鮮兵約2000人が死傷したと明らかにした。", "英政府当局者（英政府）"),
        ("市の担当者は「避難者は約300人に上る」と話した。", "市"),
        # a person named with a title: the name, without the title
        ("ゼレンスキー大統領は、北朝鮮兵3人を拘束したと述べた。", "ゼレンスキー"),
        ("山田氏は「500億円を投じたい」と述べた。", "山田"),
        # "Xの" before a name that identifies on its own is cut; before a kind, it stays
        ("ロシアの国防省は、約1万人が派遣されたと発表した。", "国防省"),
        ("韓国の情報機関は、北朝鮮が砲弾1200万発を送ったとみている。", "韓国の情報機関"),
        ("事情に詳しい関係者は、北朝鮮兵約1万人が派遣されたと話した。", "事情に詳しい関係者"),
    ],
)
def test_the_shortest_name_of_a_speaker(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_a_back_reference_with_dou_and_a_wire_dateline() -> None:
    first, second = claims(
        "【ソウル共同】韓国政府当局者は5日、北朝鮮兵1万人が派遣されたと明らかにした。\n\n"
        "同当局者によると、北朝鮮はコンテナ約1万個をロシアに送った。"
    )
    assert first.source == second.source == "韓国政府当局者（韓国政府）"


def test_a_one_character_body_and_an_interview_cue() -> None:
    (c,) = claims("一方、市によりますと、市の人口は今月1日時点で80万人あまりでした。")
    assert c.source == "市"
    (c,) = claims("北朝鮮兵約1万人が派遣されたことが、防衛省関係者への取材で分かった。")
    assert c.source == "防衛省関係者（防衛省）"
    (c,) = claims("組合は5%の賃上げを求めている。")
    assert c.source == "組合"


def test_the_paper_named_back_is_the_outlet_that_passed_the_source_on() -> None:
    first, second = claims(
        "英紙タイムズは、英政府当局者の話として、北朝鮮兵1万人が派遣されたと報じた。"
        "同紙によると、北朝鮮は砲弾300万発を供与した。"
    )
    assert (first.source, list(first.via)) == ("英政府当局者（英政府）", ["英紙タイムズ"])
    assert second.source == "英紙タイムズ"


def test_a_one_character_name_before_its_title() -> None:
    (c,) = claims("林官房長官は記者会見で、北朝鮮兵約1万人が派遣されたとの認識を示した。")
    assert c.source == "林"


def test_a_counted_topic_after_an_adverbial_keeps_the_source_before() -> None:
    first, second = claims(
        "英国防省は先月、北朝鮮兵約1万人が展開していると指摘した。"
        "死傷者は累計で3千人を超えたとしている。"
    )
    assert first.source == second.source == "英国防省"


def test_an_outlets_own_reporting_is_the_outlet() -> None:
    (c,) = claims("ＮＨＫの取材によりますと、被害は少なくとも120棟に及んでいるということです。")
    assert c.source == "ＮＨＫ"


def test_what_a_noun_right_before_the_figure_counts_wins_over_a_noun_after() -> None:
    (c,) = claims("北朝鮮は今月、工兵など約3000人を追加で派遣した。")
    assert c.measure == "dprk_engineers_sappers"
    (c,) = claims("北朝鮮兵ら2000人が死傷した。")
    assert c.measure == "dprk_troops_casualties"  # an event word still wins


def test_a_note_in_brackets_after_a_title_is_no_part_of_the_name() -> None:
    (c,) = claims("北海大学の川口真一教授（国際政治学）は、北朝鮮兵約1万人が前線にいると分析した。")
    assert c.source == "川口真一"


def test_an_ordinal_is_no_amount_and_a_paywall_line_no_text() -> None:
    values = [c.value for c in claims("今年の輸出額は約2兆円で、過去3番目の多さとなった。")]
    assert values == [2_000_000_000_000]


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("北朝鮮はロシアから食料約10万トンを受け取っているという。", True),
        ("被害は少なくとも120棟に及んでいるということです。", True),
        ("防衛省は、北朝鮮兵約1万人が派遣されたと発表した。", False),
        ("北朝鮮兵約1万人が派遣されたという情報がある。", False),
    ],
)
def test_a_sentence_closing_on_hearsay(text: str, heard: bool) -> None:
    assert UnspacedReader(load_lexicon("ja")).hearsay(text) is heard


@pytest.mark.parametrize(
    "text",
    [
        "農林水産省（農水省）は5日、コメの在庫が約150万トンあると発表した。"
        "農水省によると、輸入量は約70万トンに上る。",
        "農水省（農林水産省）は5日、コメの在庫が約150万トンあると発表した。"
        "農林水産省によると、輸入量は約70万トンに上る。",
    ],
)
def test_a_body_the_report_gives_a_short_form_is_named_once_with_both(text: str) -> None:
    found = claims(text)
    assert [c.source for c in found] == ["農林水産省（農水省）"] * 2


def test_a_short_form_the_report_never_defines_stays_as_written() -> None:
    (c,) = claims("農水省によると、輸入量は約70万トンに上る。")
    assert c.source == "農水省"


def test_a_polls_confidence_level_is_no_claim() -> None:
    assert claims("調査は信頼水準95％で、誤差は±3ポイント。") == []


def test_a_wire_dateline_with_its_day_is_no_part_of_the_speakers_clause() -> None:
    (c,) = claims(
        "【ソウル５日共同】韓国軍合同参謀本部の金秀賢報道官は５日、"
        "北朝鮮兵約２０００人が新たに派遣されたと明らかにした。"
    )
    assert c.source == "金秀賢"


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        # an unnamed official's body, itself without the place before it
        (
            "米国の国務省関係者は、北朝鮮が砲弾約500万発を送ったとの見方を示した。",
            "国務省関係者（国務省）",
            [],
        ),
        # any noun of data in the frame "Yの…として"; an outlet without its country
        (
            "英国のBBC放送は、ウクライナ国防省の推計として、北朝鮮兵約3000人が死傷したと伝えた。",
            "ウクライナ国防省",
            ["BBC放送"],
        ),
        # two characters ending in a body's noun are the kind of body: the place stays
        (
            "大阪市内の病院関係者は「入院患者は例年より2割ほど多い」と話した。",
            "大阪市内の病院関係者（大阪市内の病院）",
            [],
        ),
    ],
)
def test_bodies_and_outlets_past_their_place_and_the_frame_of_a_cited_source(
    text: str, source: str, via: list[str]
) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


def test_who_ran_a_survey_named_in_the_clause_before_it_owns_its_figures() -> None:
    found = claims(
        "市民団体「みどりの声」が先月、全国の2000人に行った調査では、約4割が値上げに反対と答えた。"
    )
    assert [c.source for c in found] == ["みどりの声", "みどりの声"]


def test_a_sentence_of_a_cue_and_a_verb_of_finding_gives_the_one_before_its_source() -> None:
    (c,) = claims(
        "政府は来年度、防衛費を約8兆円に増やす方針を固めた。複数の与党関係者への取材で分かった。"
    )
    assert c.source == "与党関係者（与党）"
    reader = UnspacedReader(load_lexicon("ja"))
    assert reader.points_back("複数の与党関係者への取材で分かった。")
    assert not reader.points_back("同氏によると、状況は厳しい。")


def test_shops_are_counted() -> None:
    (c,) = claims("大手チェーンは全国の約3000店で値上げした。")
    assert (c.value, c.approx) == (3000, True)


@pytest.mark.parametrize(
    ("sources", "text", "renamed"),
    [
        # a short form cut from the full name, as a later source or in the text
        (
            ["農林水産省", "農水省"],
            "",
            {"農林水産省": "農林水産省（農水省）", "農水省": "農林水産省（農水省）"},
        ),
        # a short form cut from two full names is neither's
        (
            ["経済産業省", "農林水産業省", "産業省"],
            "",
            {"経済産業省": "経済産業省（産業省）", "農林水産業省": "農林水産業省（産業省）"},
        ),
        (
            ["農林水産省"],
            "農林水産省が公表した。農水省によると",
            {"農林水産省": "農林水産省（農水省）"},
        ),
        # the start of a name is no short form, nor is a run ending elsewhere
        (["農林水産省"], "農林水産省が公表した。農林業は", {}),
        (["国家邮政局"], "国家邮政局30日发布数据，国家统计局称", {}),
    ],
)
def test_a_body_named_later_by_a_short_form_is_named_with_both(
    sources: list[str], text: str, renamed: dict[str, str]
) -> None:
    assert one_name_per_body(sources, text) == renamed


def test_a_document_names_a_body_it_shortens_later_with_both_forms() -> None:
    """The extractor applies ``one_name_per_body`` once per document: the claim sourced to
    the full name carries the short form a later sentence uses, and the claim sourced to
    the short form is the same body's."""
    text = (
        "農林水産省が公表した調査によると、コメ5キロの平均価格は4268円だった。\n"
        "農水省によると、主食用米の収穫量は715万トン余りとなる見込みだ。\n"
    )
    found = {c.value: c.source for c in extract_in("ja", text, "2026-12-01")}
    assert found == {4268: "農林水産省（農水省）", 7_150_000: "農林水産省（農水省）"}


@pytest.mark.parametrize(
    ("short", "text", "named"),
    [
        # a particle in kana before the full name is no part of it
        (
            "浜坂漁協",
            "地元の浜坂漁業協同組合（浜坂漁協）は3日、会見した。",
            "浜坂漁業協同組合（浜坂漁協）",
        ),
        # no kana between a country and the name: from where the short form's cut opens
        ("国情院", "据韩国国家情报院（国情院）透露，", "国家情报院（国情院）"),
        # a Korean word whole, in the text's own brackets
        ("중대본", "중앙재난안전대책본부(중대본)는 3일 밝혔다.", "중앙재난안전대책본부(중대본)"),
    ],
)
def test_a_short_form_read_alone_is_named_as_the_text_defines_it(
    short: str, text: str, named: str
) -> None:
    assert short_forms_defined([short], text) == {short: named}


def test_an_age_or_a_name_not_cut_down_in_brackets_defines_no_short_form() -> None:
    assert short_forms_defined(["市長"], "青木一郎市長（六十一）によると") == {}
    assert short_forms_defined(["県警"], "北海道警察（道警）によると") == {}


def test_a_short_form_source_carries_the_full_name_its_definition_gives() -> None:
    text = (
        "まず紹介したのは、韓国の国家情報院（国情院）が11月に国会で行った報告だ。"
        "国情院によると、ロシアにいる北朝鮮兵は約1万1000人だという。\n"
    )
    (c,) = claims(text)
    assert c.source == "国家情報院（国情院）"


def test_an_outlet_in_latin_letters_after_its_countrys_character_is_the_outlet() -> None:
    (c,) = claims("米CNNは、北朝鮮兵約3000人が死傷したと報じた。")
    assert c.source == "CNN"


def test_a_transcript_turn_is_its_labelled_speaker_s() -> None:
    text = (
        "インタビュー　港湾研究所の山口健二所長に聞く\n\n"
        "記者：取扱量は増えていますか。\n\n"
        "山口健二：今年の取扱量は約３００万トンに達すると見ています。\n"
    )
    (c,) = claims(text)
    assert c.source == "山口健二"


def test_the_publisher_speaking_of_itself_is_no_source() -> None:
    text = "防衛省は増加を認めた。当研究所の推計では、派遣された兵士は約２万人に上る。"
    (c,) = claims(text)
    assert c.source is None


def test_a_short_form_speaking_alone_is_the_body_it_is_cut_from() -> None:
    text = (
        "農林水産省によると、コメの在庫は約２００万トンだった。農水省は価格が１割上がると説明した。"
    )
    assert [c.source for c in claims(text)] == ["農林水産省（農水省）"] * 2


INTERVIEW = (
    "【対談】港の物流はいま\n南洋大学教授・汐見和也氏に聞く\n\n"
    "――コンテナの取扱量は。\n"
    "汐見　港湾局が先月まとめた集計では約4万個です。私の試算では年末に5万個を超えます。\n\n"
    "――冷凍倉庫は足りていますか。\n"
    "汐見　倉庫の3割程度が不足しているとの見方もあります。\n"
)


def test_an_answer_after_a_name_and_an_ideographic_space_is_the_guest_s() -> None:
    by_figure = {c.figure: (c.source, list(c.via)) for c in claims(INTERVIEW)}
    assert by_figure[40000] == ("港湾局", ["汐見和也"])
    assert by_figure[50000] == ("汐見和也", [])


@pytest.mark.parametrize(
    "text",
    [
        INTERVIEW,
        "港湾局は、取扱量が増えたと発表した。倉庫の3割程度が不足しているといわれる。",
    ],
)
def test_a_view_no_one_holds_is_nobody_s(text: str) -> None:
    (c,) = [c for c in claims(text) if c.figure == 30]
    assert c.source is None


def test_an_adverbial_phrase_in_is_no_part_of_the_speaker() -> None:
    text = "同じ集計で港湾局は、コンテナ約4万個を扱ったと発表した。"
    (c,) = claims(text)
    assert c.source == "港湾局"


@pytest.mark.parametrize(
    ("text", "share"), [("組合員の5人に1人が辞めた。", 20.0), ("工場の4社に1社が止まった。", 25.0)]
)
def test_one_in_so_many_is_a_share(text: str, share: float) -> None:
    (c,) = claims(text)
    assert (c.figure, c.unit) == (share, "percent")


def test_an_ordinal_after_its_prefix_is_no_claim() -> None:
    assert [c.figure for c in claims("同社の第3工場では約300人が働く。")] == [300]


def test_the_same_document_of_a_body_named_again() -> None:
    """ "国情院の同じ報告によると": the agency's same report; "同じ" is no part of its name."""
    _, later = claims(
        "韓国国家情報院は先週、ロシアにいる北朝鮮兵は約1万2000人だと明らかにした。"
        "国情院の同じ報告によると、死傷者は約3800人に上る。"
    )
    assert later.source is not None and "同じ" not in later.source and "国情院" in later.source


def test_a_family_name_with_its_title_is_the_full_name() -> None:
    """ "真柴氏は…と話した" after "真柴里香氏（48）が初当選": the mayor is 真柴里香."""
    (claim,) = claims(
        "新市長に真柴里香氏（48）が初当選した。"
        "真柴氏は、職員300人分の業務をデジタル化すると話しました。"
    )
    assert claim.source == "真柴里香（真柴）"


def test_a_company_named_in_corner_brackets_with_kana_and_an_address_aside() -> None:
    """ "「ひかり観光」（本社・北町2丁目4の7）は…と発表した": the whole bracketed name speaks
    (its kana are its own, the brackets end no clause, the aside's digits count nothing), and
    the address's block number is no claim."""
    found = claims(
        "大手の旅行会社「ひかり観光」（本社・北町2丁目4の7）は1日、店舗を42店減らすと発表した。"
    )
    assert [(c.figure, c.source) for c in found] == [(42, "ひかり観光")]


def test_a_quotation_said_this_way_in_the_next_sentence() -> None:
    """ "「…」。会見で森川誠社長（58）はこう述べた": the quotation's speaker comes after it."""
    quoted, *_ = claims(
        "森川誠社長は会見を開いた。「従業員が30人足りない」。会見で森川誠社長（58）はこう述べ、頭を下げた。"
    )
    assert quoted.figure == 30 and quoted.source is not None and "森川誠" in quoted.source


def test_a_promise_names_its_speaker_and_a_survey_its_runner() -> None:
    promised, surveyed = claims(
        "市福祉課の担当者は「来年度は5億円を確保する」と約束した。"
        "市が先月実施した市民アンケートでは、回答者の3人に1人が不安を感じていた。"
    )
    assert promised.source == "市福祉課"
    assert surveyed.source == "市"


def test_a_monthly_subscription_price_is_furniture() -> None:
    """ "購読料　月ぎめ3,900円": 月ぎめ (by the month) is a billing period."""
    assert classify_line("購読料　月ぎめ3,900円（税込み）") is not None


def test_a_city_named_by_its_kind_alone_is_the_city_the_report_names() -> None:
    """ "市によると" in a local report: the city it names in full ("青葉台市で"), written with
    the short form beside it."""
    text = "青葉台市で断水が続いている。市によると、給水車12台を出した。"
    (claim,) = claims(text)
    assert claim.source == "青葉台市（市）"


def test_a_label_of_family_name_and_title_names_the_guest_the_host_introduced() -> None:
    """ "岸本研究員：" opens the turn of the guest the host introduced in full
    ("研究員の岸本遥さんに聞きます"): the full name, not nobody."""
    (claim,) = claims(
        "司会者：ここで、地域政策研究所の研究員の岸本遥さんに聞きます。\n\n"
        "岸本研究員：市内の空き家はおよそ4200戸にのぼります。"
    )
    assert claim.source == "岸本遥"


def test_a_body_whose_topic_promises_tells_it() -> None:
    (grant,) = claims("県は来年度に15億円を拠出すると約束した。")
    assert grant.source == "県"


def test_an_amount_and_its_counter_is_no_speaker() -> None:
    """ "合わせて数百門が前線に送られたとしています": what was counted, the earlier source
    still speaking."""
    _, guns = claims(
        "情報総局は、北朝鮮がミサイル少なくとも150発を引き渡したと指摘しています。自走砲も、"
        "合わせて数百門が前線に送られたとしています。"
    )
    assert guns.source == "情報総局"


def test_a_reporters_later_label_is_still_the_reporters_turn() -> None:
    """ "三浦記者：" opens the programme's own report, and so does her later "三浦：": what
    she says herself has no source, though the opening names her."""
    text = (
        "夕方ニュース　三浦記者が港から中継します\n\n"
        "中村キャスター：港の様子はどうですか。\n\n"
        "三浦記者：はい、港の倉庫には約400トンの荷物が残っています。\n\n"
        "中村キャスター：復旧の見通しは。\n\n"
        "三浦：岸壁の補修には少なくとも3か月かかる見込みで、作業員は約80人が必要です。\n"
    )
    assert [c.source for c in claims(text)] == [None, None]


def test_a_rates_base_is_no_claim() -> None:
    """ "1人当たり3万円", "1校あたり最大60億円": the one before "当たり"/"あたり" (per) is the
    rate's base, whatever counter stands between; the amount is the claim."""
    found = [
        c.figure for c in claims("住民1人当たり3万円を配る。市は1校あたり最大60億円を支援する。")
    ]
    assert found == [30_000, 6_000_000_000]


def test_a_bodys_plan_or_guideline_is_the_bodys() -> None:
    """ "文部科学省の指針によると": the guideline's owner is the source, as for its report."""
    (claim,) = claims("文部科学省の指針によると、1校あたり最大60億円が支援される。")
    assert claim.source == "文部科学省"


def test_a_quotative_after_a_comma_closes_what_was_said() -> None:
    """ "…およそ半分が北朝鮮製だ、と国防省はみている": the clause before "、と" is what was
    said, so its subject ("半分が") is no speaker; the topic after the quotative speaks."""
    (claim,) = claims("前線で使われる砲弾のおよそ半分が輸入品だ、と国防省はみている。")
    assert claim.source == "国防省"


def test_a_councils_minutes_answer_is_the_bracketed_persons() -> None:
    # "答（name title）", later "答（title）" alone: the person it was given to before
    text = (
        "問（佐藤花子議員）　除雪の予算は足りるのか。\n"
        "答（木村誠二教育長）　今冬の除雪費は約3億円を見込んでいる。\n"
        "問（佐藤花子議員）　重機は。\n"
        "答（教育長）　市が持つ除雪車は42台ある。"
    )
    got = [(c.value, c.source) for c in extract_in("ja", text, "2026-11-20")]
    assert got == [(300_000_000, "木村誠二"), (42, "木村誠二")]


def test_a_body_read_without_its_short_form_gets_the_one_the_text_gives_it() -> None:
    # "（SBU）" right after the name: a back-reference read the name alone
    from claimtrack.extract.plain import _defined_after

    text = "ウクライナ保安庁（SBU）が声明を出した。同庁によると、工作員は約40人に上る。"
    renamed = _defined_after(["ウクライナ保安庁", "国家情報院（国情院）", None], text)
    assert renamed == {"ウクライナ保安庁": "ウクライナ保安庁（SBU）"}


def test_measures_where_the_sentence_names_a_target_or_the_figure_is_quoted() -> None:
    """The document's main actor still counts where a sentence names another as the target
    ("…ウクライナの都市に向けて発射"); an event word elsewhere in the sentence ("戦死者",
    "拘束した") says what a quoted or bare figure counts."""
    found = extract_in(
        "ja",
        "北朝鮮はロシアへの兵器供与を続けている。北朝鮮の弾道ミサイルは今年、120発以上が"
        "ウクライナの都市に向けて発射された。ロシア側メディアは北朝鮮兵の戦死者を「数百人」"
        "と伝えた。ウクライナ軍が拘束した北朝鮮兵は計9人になった。",
    )
    assert [c.measure for c in found] == [
        "dprk_ballistic_missiles",
        "dprk_troops_killed",
        "dprk_troops_captured",
    ]


def test_a_source_s_shorter_form_written_later_is_written_with_it() -> None:
    text = (
        "運航会社の汐見フェリーによると、島民ら約2900人に影響が出た。汐見フェリーは来月から"
        "便数を3割減らす。"
    )
    (c, _) = claims(text)
    assert c.source == "運航会社の汐見フェリー（汐見フェリー）"


def test_a_name_read_inside_a_quotation_over_two_sentences_is_what_was_said() -> None:
    text = (
        "駅前で、主婦の村田和子さんは「毎朝このバスを使っています。新しい駅ができたら、"
        "近所の人を少なくとも五人は誘いますよ」と話した。"
    )
    (c,) = claims(text)
    assert (c.value, c.source) == (5, "村田和子")


def test_a_given_name_in_kana_keeps_the_person_before_the_title() -> None:
    text = "北浜経済研究所の松下あやめ主任研究員は「来場者は年25万人前後だろう」と指摘する。"
    (c,) = claims(text)
    assert (c.value, c.source) == (250000, "松下あやめ")


def test_a_closing_bracket_names_who_gave_the_figure() -> None:
    (c,) = claims("昨季の平均観客数はおよそ3100人だった（球団広報）。")
    assert (c.value, c.source) == (3100, "球団広報")


def test_the_reporters_own_count_is_nobodys() -> None:
    text = "市は来場者が5000人だったと発表した。だが、記者が数えた入場者は3800人弱にとどまった。"
    _, mine = claims(text)
    assert (mine.value, mine.source) == (3800, None)


def test_a_speaker_who_goes_on_after_a_first_quote_says_the_second() -> None:
    text = (
        "小池真理子社長は取材に「赤字です」と切り出し、「それでも取引先は80社に増えた」と続けた。"
    )
    (c,) = claims(text)
    assert (c.value, c.source) == (80, "小池真理子")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北浜漁協の浜田誠組合長（61）は「被害は400万円にのぼる」と話した。", "浜田誠"),
        ("市立病院の原口直美院長は「待機患者は820人だ」と述べた。", "原口直美"),
        ("青葉小学校の田村健校長は「児童は312人に減った」と話した。", "田村健"),
        # a surname whose second kanji is a body noun: 中村 is no village (村), 阿部 no 部
        ("市役所の中村健一部長は「空き家は312戸ある」と述べた。", "中村健一"),
        ("阿部誠部長は「空き家は312戸ある」と述べた。", "阿部誠"),
    ],
)
def test_a_name_before_its_title_is_the_source(text: str, name: str) -> None:
    """ "…の浜田誠組合長（61）は": the person, without the body, the title and the age."""
    (claim,) = claims(text)
    assert claim.source == name


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "that country's" bureau, the country named in the sentence before
        (
            "ウクライナ側の説明は違う。同国国防省の報道官は本紙の取材に対し、"
            "捕虜は12人だと答えた。",
            "ウクライナ国防省",
        ),
        # a town's body, the town named before
        (
            "白浜町では被害が続いた。同町消防本部の幹部は、避難者が約300人に上ると話した。",
            "白浜町消防本部",
        ),
    ],
)
def test_a_determined_place_before_a_body_is_the_place_named_before(text: str, source: str) -> None:
    assert claims(text)[-1].source == source


def test_the_place_alone_still_points_back() -> None:
    (c,) = claims("英国防省は分析を公表した。同省は、北朝鮮兵を1万1000人と見積もった。")
    assert c.source == "英国防省"


def test_a_name_in_corner_brackets_before_the_cue_is_the_source() -> None:
    (c,) = claims(
        "米シンクタンク「北太平洋安全保障研究所」の分析では、運ばれたコンテナは今年だけで9,800個。"
    )
    assert c.source == "北太平洋安全保障研究所"


def test_a_title_alone_is_the_one_person_named_with_it() -> None:
    text = (
        "浅葉市の戸祭雅彦市長（61）は2日の定例記者会見で、4階東病棟の48床を休止すると表明した。"
        "同席した病院事業管理者の篠塚恵理子氏によると、常勤医は58人だという。"
        "「手放さない」と市長は語気を強め、「来年度は繰入金を少なくとも3億円上積みする」と約束した。\n"
        "管理者　手術を待つ患者は約260人いる。"
    )
    sources = [c.source for c in claims(text)]
    assert sources[-2] == "戸祭雅彦" and sources[-1] is not None
    assert sources[-1].startswith("篠塚恵理子")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("しかし防衛省は、北朝鮮兵が約1万人いると発表した。", "防衛省"),
        ("しかしながら防衛省は、北朝鮮兵が約1万人いると発表した。", "防衛省"),
        ("また市長は、約300人が避難したと述べた。", "市長"),
    ],
)
def test_a_conjunction_opening_the_sentence_is_not_the_speakers_name(
    text: str, source: str
) -> None:
    (c,) = claims(text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("県は来春までに公立高校9校を再編する。", 9),
        ("市議選では新人が4議席を獲得した。", 4),
        ("病院は来月から32床を休止する。", 32),
        ("台風で少なくとも17軒が浸水した。", 17),
    ],
)
def test_counters_of_schools_seats_beds_and_houses(text: str, value: int) -> None:
    assert [c.value for c in extract_in("ja", text)] == [value]


def test_one_school_as_a_rate_s_base_is_no_claim() -> None:
    claims = extract_in("ja", "国は1校あたり12〜18学級を標準としている。")
    assert [(c.value, c.low, c.high) for c in claims] == [(None, 12, 18)]


def test_an_official_of_the_board_of_education_speaks_for_it() -> None:
    (claim,) = extract_in("ja", "県教委関係者によると、統合の対象は最大で11校に上る。")
    assert claim.source is not None and "（県教委）" in claim.source


def test_two_neighbouring_numerals_are_a_range() -> None:
    (claim,) = extract_in("ja", "港には毎週四五隻の貨物船が入る。")
    assert (claim.value, claim.low, claim.high) == (None, 4, 5)


def test_a_figure_the_first_edition_gave_wrongly_is_retracted() -> None:
    text = "※当初配信の記事で、参加者数を「1,284人」としたのは誤りでした。"
    assert extract_in("ja", text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a rumour among people or on a site: they are where it comes from
        ("鉄道ファンの間では、来春に5路線が廃止されるとのうわさが広がっている。", "鉄道ファン"),
        ("地元の掲示板上では、補助金が3億円削られるとの書き込みが相次いだ。", "地元の掲示板"),
    ],
)
def test_a_rumour_among_people_or_on_a_site_is_theirs(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("本書が引く米国防総省の説明では、砲弾は300万発に上る。", "米国防総省", "本書"),
        ("報告書が引用する統計局の推計によると、失業者は4万人を超えた。", "統計局", "報告書"),
    ],
)
def test_the_body_a_work_cites_is_the_source_the_work_passes_it_on(
    text: str, source: str, via: str
) -> None:
    (c,) = claims(text)
    assert (c.source, c.via) == (source, [via])


def test_the_writers_own_sum_carries_no_source_a_speakers_keeps_it() -> None:
    text = (
        "市によると、今年の転入者は3千人、転出者は2千人だった。差し引きで1千人が増えた計算になる。"
    )
    assert [c.source for c in claims(text)][-1] is None
    said = (
        "市によると、今年の転入者は3千人、転出者は2千人だった。差し引きで1千人が増えた"
        "計算になる、と同市の担当者は付け加えた。"
    )
    assert [c.source for c in claims(said)][-1] is not None


def test_a_company_announcing_its_results_speaks_for_the_figures_after() -> None:
    # the bracket after its name (its seat, its listing's code) ends no clause, and the
    # sentence, whose only number is that code, reads as one without figures
    text = (
        "　鶴見精機（港北市、東証プライム・6512）は2日、上期決算を発表した。売上高は820億円"
        "と前年同期を4.2％上回った。\n\n"
        "　今期（27年3月期）は売上高1700億円を見込む。"
    )
    assert [c.source for c in claims(text)] == ["鶴見精機"] * 3


@pytest.mark.parametrize(
    "closing",
    [
        # the present tense of feature writing
        "」と研究員の宮原紗季氏は話す。",
        # a person named by an affiliation that refers back ("同院"): the person speaks
        "」。同院研究員の宮原紗季氏はそう話す。",
    ],
)
def test_a_person_s_closing_words_are_theirs(closing: str) -> None:
    text = "北陸経済研究院が報告書を出した。「来年は観光客が3割ほど増えます" + closing
    assert [c.source for c in claims(text)] == ["宮原紗季"]


def test_a_body_named_by_its_noun_alone_is_the_one_named_before() -> None:
    """ "県は…明らかにした。県によると、…": the prefecture named in full before; the
    revenue a verb's topic names ("税収は…を見込む") is no one expecting it."""
    text = (
        "2026年12月2日\n\n"
        "波原県は1日、森林環境税を導入する方針を明らかにした。\n\n"
        "県によると、税収は年間約2億円を見込む。\n"
    )
    (c,) = extract_in("ja", text, "2026-12-02")
    assert c.source == "波原県"


def test_a_person_read_without_the_title_after_the_name_still_speaks() -> None:
    text = (
        "2026年12月2日\n\n"
        "共同通信によると、出席した朴正民（パク・ジョンミン）議員は記者団に、"
        "国情院が兵士を約9000人と推定していると説明した。\n"
    )
    (c,) = extract_in("ja", text, "2026-12-02")
    assert c.source is not None and c.source != "共同通信"


def test_a_country_before_a_kind_of_body_stays_with_it() -> None:
    """ "アメリカの研究所は…分析しています": "研究所" alone names no body; "韓国の国家情報院"
    is still 国家情報院."""
    text = "アメリカの研究所は、ロシア軍の砲弾の約40%が北朝鮮製だと分析しています。"
    (c,) = extract_in("ja", text, "2026-12-02")
    assert c.source == "アメリカの研究所"


def test_a_sum_told_as_hearsay_keeps_the_paragraph_s_source() -> None:
    """ "合わせると約7000人になるといいます": a sum someone told, not the writer's own."""
    text = (
        "国情院の説明では、亡くなった兵士は少なくとも2500人。けがをした兵士は4500人ほどで、"
        "合わせると約7000人になるといいます。"
    )
    claims = extract_in("ja", text, "2026-12-02")
    assert [c.source for c in claims] == ["国情院", "国情院", "国情院"]


def test_a_research_fellows_title_is_cut_whole() -> None:
    """ "韓志勲研究委員は": 韓志勲, not "韓志勲研究"."""
    text = "民間シンクタンクの韓志勲研究委員は「負傷兵の半数近くは前線に戻されている」と指摘した。"
    (c,) = extract_in("ja", text, "2026-12-02")
    assert c.source == "韓志勲"


def test_every_figure_under_a_document_cue_is_its_makers() -> None:
    """ "発表資料によると … 6本から4本に": both figures the company's, not "発表"'s."""
    text = (
        "北浜電鉄は1日、ダイヤ改正を実施すると発表しました。\n\n"
        "発表資料によると、昼間の急行は1時間あたり4本から3本に減ります。"
    )
    found = {c.value: c.source for c in extract_in("ja", text, "2026-12-02")}
    assert found[4] == found[3] == "北浜電鉄"


def test_months_worth_of_pay_is_an_amount_not_a_duration() -> None:
    """ "2.5か月分" (two and a half months' worth, of pay) and a range of it are amounts;
    "3か月かかる" (takes three months) stays a duration."""
    text = (
        "組合は基本給の2.5か月分を要求した。\n"
        "他社の妥結額は1.6～2.1か月分だった。\n"
        "工事は3か月かかる見通しだ。\n"
    )
    claims = extract_in("ja", text, "2026-12-02")
    assert [(c.value, c.low, c.high) for c in claims] == [(2.5, None, None), (None, 1.6, 2.1)]
