"""Chinese: the fixture folder scored end to end, and the number, attribution, status and
trap forms of Chinese reports through the public extractor (sentences written for these
tests). Chinese has no spaces: figures are cut out of runs of characters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.clean import classify_line
from claimtrack.extract.figures import FigureFinder
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.tokens import tokenize
from claimtrack.extract.unspaced import UnspacedReader, defined_name
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("zh", text)


def test_chinese_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("zh")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.8, r
    assert r["attribute_accuracy"]["measure"] >= 0.8, r
    assert r["traps_hit"] == 0, r


def test_runs_are_cut_around_numbers_and_offsets_hold_the_original_text() -> None:
    lex = load_lexicon("zh")
    text = "朝鲜已派遣１万１０００名士兵，另有数千名兵力。"
    toks = tokenize(text, lex.spaced_groups, lex.digit_prefixes, lex.unspaced)
    assert [t.text for t in toks][:7] == ["朝鲜已派遣", "1", "万", "1000", "名", "士兵", ","]
    assert "数千" in [t.text for t in toks]
    for t in toks:  # full-width digits read as ASCII, one character for one
        assert len(text[t.start : t.end]) == len(t.text)


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "approx", "vague"),
    [
        ("朝鲜已向俄罗斯派遣了1万1000名士兵。", 11000, None, None, False, False),
        ("朝鲜已向俄罗斯派遣了１万１０００名士兵。", 11000, None, None, False, False),
        ("朝鲜向俄罗斯派出约1.2万名士兵。", 12000, None, None, True, False),
        ("朝鲜向俄罗斯派兵超过1万人。", 10000, 10000, None, False, False),
        ("朝鲜向俄罗斯派兵逾1万人。", 10000, 10000, None, False, False),
        ("朝鲜向俄罗斯派出1万余名士兵。", 10000, 10000, None, False, False),
        ("朝鲜向俄罗斯派出1万多名士兵。", 10000, 10000, None, False, False),
        ("朝鲜向俄罗斯派出1万名以上的士兵。", 10000, 10000, None, False, False),
        ("朝鲜向俄罗斯派出至少3000名士兵。", 3000, 3000, None, False, False),
        ("朝鲜向俄罗斯派出近3000名士兵。", 3000, None, 3000, True, False),
        ("朝鲜向俄罗斯派出最多3000名士兵。", 3000, None, 3000, False, False),
        ("朝鲜向俄罗斯派出3000名左右的士兵。", 3000, None, None, True, False),
        ("朝鲜向俄罗斯派出1万至1.2万名士兵。", None, 10000, 12000, False, False),
        ("朝鲜向俄罗斯派出1万-1.2万名士兵。", None, 10000, 12000, False, False),
        ("朝鲜向俄罗斯派出数千名士兵。", None, 1000, None, False, True),
        ("朝鲜向俄罗斯提供了数百万发炮弹。", None, 1_000_000, None, False, True),
        ("朝鲜向俄罗斯派出上千名士兵。", None, 1000, None, False, True),
        ("朝鲜向俄罗斯提供了800万发炮弹。", 8_000_000, None, None, False, False),
        ("乌军俘虏了两名朝鲜士兵。", 2, None, None, False, False),
        ("朝鲜已向俄罗斯派遣了20余万名工人。", 200_000, 200_000, None, False, False),
        ("朝鲜已向俄罗斯派遣了十余万名工人。", 100_000, 100_000, None, False, False),
        ("俄罗斯向朝鲜提供了3000多万美元援助。", 30_000_000, 30_000_000, None, False, False),
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
        ("已有超过500名朝鲜军人在库尔斯克阵亡。", "dprk_troops_killed"),
        ("朝鲜士兵中约有2000人受伤。", "dprk_troops_wounded"),
        ("乌军俘虏了两名朝鲜士兵。", "dprk_troops_captured"),
        ("朝鲜已向俄罗斯运送了约2.8万个集装箱的武器。", "dprk_containers_shipped"),
        ("朝鲜向俄罗斯提供了100多枚弹道导弹。", "dprk_ballistic_missiles"),
        ("朝鲜向俄罗斯提供了约200门自行火炮。", "dprk_artillery_systems"),
        ("俄罗斯在前线使用的炮弹中约有50%来自朝鲜。", "dprk_share_of_russian_ammunition"),
        ("河南暴雨已造成12万人受灾。", "other"),
    ],
)
def test_measures_from_the_clause(text: str, measure: str) -> None:
    (c,) = claims(text)
    assert c.measure == measure


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("据韩国国家情报院称，朝鲜已向俄罗斯派遣了1万名士兵。", "韩国国家情报院", []),
        ("根据韩国国防部的数据，朝鲜已向俄罗斯派遣了1万名士兵。", "韩国国防部", []),
        (
            "乌克兰国防部情报总局上个月表示，朝鲜已向俄罗斯派遣了1万名士兵。",
            "乌克兰国防部情报总局",
            [],
        ),
        (
            "据路透社援引一名美国官员报道，朝鲜已向俄罗斯派遣了1万名士兵。",
            "美国官员",
            ["路透社"],
        ),
        ("分析人士指出，朝鲜已向俄罗斯派遣了1万名士兵。", "分析人士", []),
        ("报道称，朝鲜已向俄罗斯派遣了1万名士兵。", None, []),
    ],
)
def test_sources_and_outlets_citing_them(text: str, source: str | None, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


def test_a_back_reference_takes_the_previous_source() -> None:
    text = "韩国国防部21日发表声明。该部门表示，朝鲜已向俄罗斯派遣了1万名士兵。"
    (c,) = claims(text)
    assert c.source is None or c.source == "韩国国防部"
    (c,) = claims(
        "韩国国防部表示，朝鲜派遣了1万名士兵。这名官员表示，其中约3000人已被部署到前线。"
    )[1:]
    assert c.source == "韩国国防部"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("俄罗斯承诺将向朝鲜提供100万桶石油。", "pledged"),
        ("朝鲜计划再派遣数千名士兵。", "planned"),
        ("据传，朝鲜还可能向俄罗斯出售数十辆坦克。", "rumoured"),
        ("省政府已下拨资金5000万元，并计划新建安置点数百个。", "reported"),
    ],
)
def test_status(text: str, status: str) -> None:
    assert claims(text)[0].status == status


@pytest.mark.parametrize(
    "text",
    [
        "朝鲜士兵大多20岁出头。",
        "2024年11月13日，朝鲜举行了阅兵式。",
        "部分人员曾在KN-23导弹部队服役。",
        "朝鲜提供了170毫米自行火炮。",
        "未来72小时内仍将有强降雨。",
    ],
)
def test_traps_are_no_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "点击订阅本报电子版，全年仅需198元。",
        "本文仅代表作者观点｜订阅全年仅需168元",
        "相关阅读：普京签署俄朝条约",
        "责任编辑：刘洋",
        "图为：朝鲜士兵（资料图片）",
        "浏览 3.4万\u3000点赞 126\u3000\u3000分享",  # widgets set apart by full-width spaces
    ],
)
def test_furniture_lines_are_page_furniture(line: str) -> None:
    assert classify_line(line) is not None
    assert classify_line("据韩国国家情报院称，朝鲜已向俄罗斯派遣了1万名士兵。") is None


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("乌克兰国防部情报总局上个月表示，已有超过500名朝鲜军人阵亡。", "2025-01"),
        ("自2023年8月以来，朝鲜已向俄罗斯运送了约2.8万个集装箱。", "2023-08/.."),
        ("２０２４年１１月１３日，朝鲜已向俄罗斯派遣了1万名士兵。", "2024-11-13"),
        ("去年，朝鲜已向俄罗斯派遣了1万名士兵。", "2024"),
        ("11月，朝鲜已向俄罗斯派遣了1万名士兵。", "2024-11"),
    ],
)
def test_time_expressions_resolved_against_the_published_date(text: str, as_of: str) -> None:
    (c,) = extract_in("zh", text, published="2025-02-10")
    assert c.as_of == as_of


def test_traditional_characters_read_as_simplified_ones() -> None:
    (c,) = claims("據國家情報院透露，北韓已向俄羅斯派遣約1.1萬名士兵。")
    assert (c.value, c.approx, c.source, c.measure) == (
        11000,
        True,
        "國家情報院",
        "dprk_troops_in_russia",
    )
    (c,) = claims("烏克蘭軍方稱，已有超過300名北韓士兵陣亡。")
    assert (c.low, c.source, c.measure) == (300, "烏克蘭軍方", "dprk_troops_killed")


def test_hedges_and_confirmations() -> None:
    assert claims("据信，朝鲜已向俄罗斯派遣了1万名士兵。")[0].certainty == "hedged"
    assert claims("韩国国防部证实，朝鲜已向俄罗斯派遣了1万名士兵。")[0].certainty == "confirmed"
    assert claims("朝鲜已向俄罗斯派遣了1万名士兵。")[0].certainty == "asserted"


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "approx", "measure"),
    [
        ("据报道，俄军使用的炮弹中约有三分之一来自朝鲜。", 33.3, None, None, True,
         "dprk_share_of_russian_ammunition"),
        ("俄军炮弹的一半来自朝鲜。", 50, None, None, False, "dprk_share_of_russian_ammunition"),
        ("朝鲜劳工中一半以上在建筑工地工作。", 50, 50, None, False, "other"),
        ("其中约八成来自朝鲜。", 80, None, None, True, "other"),
        ("机票价格下降了近两成。", 20, None, 20, True, "other"),
        ("朝鲜提供的炮弹占俄军弹药的百分之五十。", 50, None, None, False,
         "dprk_share_of_russian_ammunition"),
        # two numerals side by side: forty or fifty in a hundred
        ("俄军打出的炮弹，百分之六七十是朝鲜造的。", None, 60, 70, True,
         "dprk_share_of_russian_ammunition"),
    ],
)  # fmt: skip
def test_shares_read_as_percentages(
    text: str, value: float, low: float | None, high: float | None, approx: bool, measure: str
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.approx, c.unit, c.measure) == (
        value, low, high, approx, "percent", measure
    )  # fmt: skip


def test_a_share_word_alone_is_no_claim() -> None:
    assert claims("他一半时间在平壤，一半时间在莫斯科。") == []
    # a tenth counts only up to ten: "1万成员" is ten thousand members
    assert [c.value for c in claims("该组织有1万成员。")] == [10000]


def test_dates_are_read_as_the_folder_writes_them() -> None:
    (c,) = extract_in("zh", "朝鲜11月13号向俄罗斯派遣了1万名士兵。", published="2025-02-10")
    assert c.as_of == "2024-11-13"
    (c,) = extract_in("zh", "2024年11月份以来，朝鲜派遣了1万名士兵。", published="2025-02-10")
    assert c.as_of == "2024-11/.."


def test_a_cited_source_ends_where_its_closing_words_start() -> None:
    (c,) = claims("据美国有线电视新闻网援引美国官员的话报道，朝鲜已有1000多人阵亡。")
    assert (c.source, list(c.via)) == ("美国官员", ["美国有线电视新闻网"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("民航局数据显示，春运首日民航运送旅客约210万人次。", "民航局"),
        ("国家统计局的数据显示，一季度粮食进口量为3200万吨。", "国家统计局"),
        ("记者从中国国家铁路集团有限公司获悉，全国铁路共发送旅客1320万人次。", "中国国家铁路集团有限公司"),
        ("本报记者从交通运输部了解到，今年将新建充电桩5000个以上。", "交通运输部"),
        ("国铁集团预计，今年全国铁路将发送旅客5.1亿人次。", "国铁集团"),
        ("据海关总署最新统计，今年新能源汽车出口量达到92.3万辆。", "海关总署"),
        ("朝鲜已派遣约3000名士兵，一名美国官员表示。", "美国官员"),
    ],
)  # fmt: skip
def test_sources_before_data_verbs_inside_framing_cues_and_after_the_figure(
    text: str, source: str
) -> None:
    assert claims(text)[0].source == source


def test_a_forecast_inside_its_clause_names_no_speaker() -> None:
    # "预计" closing a clause names its speaker ("国铁集团预计，"); inside one it is the
    # figure's own verb, and the speaker of the sentence stays the source
    (c,) = claims("交通运输部发言人表示，春运期间人员流动量预计将达到90亿人次左右。")
    assert (c.source, c.value, c.approx, c.unit) == ("交通运输部", 9e9, True, "人次")
    assert claims("从今年起，朝鲜向俄罗斯派遣了1万名士兵。")[0].source is None


def test_a_span_of_months_is_no_count() -> None:
    (c,) = claims("朝鲜在过去两个月里已向俄罗斯增派约3000名士兵。")
    assert c.value == 3000
    assert claims("朝鲜在过去2个月里增派了士兵。") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("美联社援引美国官员的话报道，朝鲜可能再派遣2万名士兵。", "planned"),
        ("俄罗斯或将向平壤提供价值数亿美元的援助。", "planned"),
        ("朝鲜可能已派遣1万名士兵。", "reported"),
    ],
)
def test_what_may_come_is_planned_what_may_have_happened_is_not(text: str, status: str) -> None:
    assert claims(text)[0].status == status


def test_money_after_a_bound_and_its_scale() -> None:
    (c,) = claims("俄罗斯向朝鲜提供了价值1亿多美元的石油。")
    assert (c.value, c.low, c.unit) == (100_000_000, 100_000_000, "USD")
    (c,) = claims("俄罗斯向朝鲜提供了3000多万美元援助。")
    assert (c.value, c.unit) == (30_000_000, "USD")


def test_a_decimal_times_a_scale_is_exact() -> None:
    (c,) = claims("国铁集团预计，今年全国铁路将发送旅客5.1亿人次。")
    assert (c.value, c.unit, c.source, c.status) == (510_000_000, "人次", "国铁集团", "planned")


def test_a_part_takes_the_measure_and_source_of_the_whole_before() -> None:
    whole, part = claims("韩国国家情报院表示，朝鲜累计派往俄罗斯的兵力达1.4万人，其中逾4000人。")
    assert part.measure == whole.measure == "dprk_troops_in_russia"
    assert (part.source, part.kind) == ("韩国国家情报院", "subset")


def test_modifiers_before_a_speaker_are_not_the_name() -> None:
    for text in (
        "一位不愿具名的院线负责人透露，全国新增银幕约1200块。",
        "一名不愿具名的院线负责人说，全国新增银幕约1200块。",
    ):
        (c,) = claims(text)
        assert (c.source, c.value, c.unit) == ("院线负责人", 1200, "块")


def test_times_and_prices_after_an_only_word() -> None:
    (c,) = claims("出口量是去年的2倍。")
    assert (c.value, c.unit) == (2, "倍")
    assert claims("扫码关注，会员每月仅需15元") == []


def test_a_quotation_over_two_sentences_has_its_speaker() -> None:
    a, b = claims(
        "布达诺夫说：“朝鲜已向俄罗斯交付了数百万发炮弹。俄军使用的炮弹中近六成来自朝鲜。”"
    )
    assert a.source == b.source == "布达诺夫"


def test_what_is_still_there_is_a_part() -> None:
    (c,) = claims("朝鲜仍有约6000名士兵留在库尔斯克。")
    assert (c.value, c.kind) == (6000, "subset")
    (c,) = claims("朝鲜向俄罗斯派遣了1万名士兵。")
    assert c.kind == "total"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a scale under ten thousand multiplies the one numeral before it (not 1050)
        ("朝鲜向俄方提供的弹道导弹已超过一百五十枚。", 150),
        ("朝鲜派出了一百零五名工兵。", 105),
        ("约两千五百名士兵受伤。", 2500),
        ("朝鲜向俄方交付了三千二百万发炮弹。", 32_000_000),
    ],
)
def test_numerals_in_characters_count_as_chinese_writes_them(text: str, value: float) -> None:
    (c,) = claims(text)
    assert c.value == value or c.low == value


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("俄方向朝鲜输送了上百万桶石油。", 1_000_000),
        ("这场灾害造成的损失达数千亿元。", 100_000_000_000),
        ("朝鲜已向俄罗斯运送了上千万发炮弹。", 10_000_000),
    ],
)
def test_vague_amounts_read_their_longest_word(text: str, low: float) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.vague) == (None, low, True)


@pytest.mark.parametrize(
    "text",
    [
        "他们使用的170毫米“谷山”自走炮射程可达60公里。",
        "会员年费299元，首月仅需9.9元。",
    ],
)
def test_ranges_and_membership_prices_are_no_claims(text: str) -> None:
    assert claims(text) == []


def test_linking_words_and_a_determiner_before_a_speaker() -> None:
    first, second = claims(
        "不过业内人士提醒，欧盟加征的关税最高达35.3%。该人士还称，出口增速可能放缓至两成以下。"
    )
    assert (first.source, second.source) == ("业内人士", "业内人士")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # the bound separated from its number by the verb's aspect or a copula
        ("朝鲜提供给俄方的炮弹超过了1000万发。", 10_000_000, None),
        ("伤亡人数至少有4000人。", 4000, None),
        ("伤亡人数至少在4000人以上。", 4000, None),
        ("朝鲜派出的兵力已接近了1.2万人。", None, 12000),
        # a bound adverb before the verb whose object the figure is
        ("朝鲜至少向俄方提供了500万发炮弹。", 5_000_000, None),
        ("朝鲜至少派出了3000名士兵。", 3000, None),
        # another figure between: the adverb is not this one's
        ("至少有三次，朝鲜派出了3000名士兵。", None, None),
    ],
)
def test_bounds_apart_from_their_number(text: str, low: float | None, high: float | None) -> None:
    c = claims(text)[-1]
    assert (c.low, c.high) == (low, high)


def test_an_age_before_the_speaker_is_no_part_of_the_name() -> None:
    (c,) = claims("现年58岁的工会主席王明在记者会上说，工会成员已超过3万人。")
    assert c.source == "王明"  # a person named with a title: the name


def test_an_estimate_inside_its_clause_names_no_speaker() -> None:
    (c,) = claims("朝鲜提供的炮弹估计超过了500万发。")
    assert c.source is None


def test_who_relays_the_latest_source_passes_it_on() -> None:
    """A lawmaker relaying a closed briefing ("会后向记者转述说") speaks for the body that
    briefed him: the latest source, with him in via."""
    first, second = claims(
        "据韩国国防部称，朝鲜已派出1万名士兵。议员李明会后向记者转述说，朝鲜提供的炮弹超过了500万发。"
    )
    assert first.source == "韩国国防部"
    assert (second.source, list(second.via)) == ("韩国国防部", ["李明"])


def test_the_company_a_back_reference_names_is_the_latest_sources_company() -> None:
    first, second = claims(
        "德国铁路公司（DB）发言人表示，约有100万名旅客受到影响。据该公司估算，罢工每天造成约1亿欧元的损失。"
    )
    assert first.source == "德国铁路公司（DB）"  # an unnamed spokesperson: the body
    assert second.source == "德国铁路公司（DB）"


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        # a closing word opening a noun of a person does not close the name
        (
            "据韩联社援引韩国军方消息人士的话报道，朝鲜发射了10枚导弹。",
            "韩国军方消息人士（韩国军方）",
            ["韩联社"],
        ),
        # no name ends in "的"; "说法称" is no second speaker
        ("塔斯社援引俄罗斯官员的说法称，已有1000名士兵阵亡。", "俄罗斯官员", ["塔斯社"]),
    ],
)
def test_cited_sources_end_before_their_words(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a verb of saying inside a speaker's modifier ("不愿透露姓名的") says nothing
        ("一位不愿透露姓名的美国官员说，朝鲜伤亡人数已超过3000人。", "美国官员"),
        # the data a body gave is cut off its name, with or without "的"
        ("世界卫生组织发布的报告指出，全球约有5000万人感染。", "世界卫生组织"),
        ("专家分析指出，朝鲜可能从中获得约20亿美元。", "专家"),
        # the data a body holds ("掌握的资料"), as the data it published
        ("韩国国防部掌握的资料显示，朝鲜已向俄罗斯运送约400万发炮弹。", "韩国国防部"),
        ("警方掌握的情况显示，事故共造成12人受伤。", "警方"),
        # "受询时" (when asked), as "接受采访时", tells when, not who
        ("一名不愿具名的消防局官员受询时说，火灾共造成12人受伤。", "消防局官员（消防局）"),
    ],
)
def test_speakers_without_their_modifiers_and_data(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an unnamed official or spokesperson of a body: the body (session-9 conventions)
        ("日本外务省一名高级官员表示，朝鲜已向俄方提供了约20枚导弹。", "日本外务省"),
        ("俄罗斯国防部发言人说，已有约300名士兵抵达前线。", "俄罗斯国防部"),
        ("国家统计局相关负责人介绍，全年新增就业约1200万人。", "国家统计局"),
        # a person named with a title: the name, without the title
        ("联合国秘书长古特雷斯表示，约有200万人需要援助。", "古特雷斯"),
        ("韓國國防部發言人全河圭表示，北韓已派遣約1萬名兵力。", "全河圭"),
        # a person noun with no body before it stays whole
        ("知情人士透露，双方已签署价值约5亿美元的合同。", "知情人士"),
        ("外交消息人士说，朝鲜已向俄罗斯运送了约300万发炮弹。", "外交消息人士"),
    ],
)
def test_the_shortest_name_of_a_speaker(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_a_body_measured_by_and_a_relay_before_the_speaker() -> None:
    (c,) = claims("经国家统计局初步测算，全国粮食产量约为7亿吨。")
    assert c.source == "国家统计局"
    first, second = claims(
        "韩国国家情报院向国会报告，北韩已派遣约1.1万名兵力。"
        "据出席会议的议员金正浩转述，国情院研判北韩可能再派遣3000名工兵。"
    )
    # the short form names the body the first sentence named in full
    assert (second.source, list(second.via)) == ("韩国国家情报院（国情院）", ["金正浩"])


def test_an_adverb_after_the_speaker_is_no_part_of_the_name() -> None:
    first, second = claims(
        "乌克兰军方发言人彼得连科表示，目前有3名朝鲜士兵被俘。他并说，朝鲜已提供超过100枚导弹。"
    )
    assert first.source == second.source == "彼得连科"
    (c,) = claims("国情院亦指出，朝鲜已运送逾2万个集装箱。")
    assert c.source == "国情院"


def test_the_paper_named_back_is_the_outlet_that_passed_the_source_on() -> None:
    first, second = claims(
        "据日本朝日新闻援引外交消息人士报道，朝鲜上月运送了约500个集装箱。"
        "该报称，俄罗斯向朝鲜提供了约100万桶石油。"
    )
    assert (first.source, list(first.via)) == ("外交消息人士", ["日本朝日新闻"])
    assert second.source == "日本朝日新闻"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("路透社援引两名知情人士的话报道，朝鲜已向俄罗斯运送约200门火炮。", True),
        ("据两位美国官员透露，朝鲜已向俄罗斯运送约200门火炮。", True),
        ("两名美国官员表示，朝鲜已向俄罗斯运送约200门火炮。", True),
        ("两名朝鲜士兵被乌军俘虏。", False),
        ("乌克兰总统表示，两名朝鲜士兵被俘。", False),
    ],
)
def test_a_number_word_opening_the_speakers_name_counts_nobody(text: str, speakers: bool) -> None:
    lex = load_lexicon("zh")
    toks = tokenize(text, lex.spaced_groups, lex.digit_prefixes, lex.unspaced)
    fig = next(f for f in FigureFinder(lex).find(text, toks) if f.value == 2)
    assert UnspacedReader(lex).names_speakers(text, fig) is speakers


def test_a_title_names_the_person_after_it_and_no_one_without_a_name() -> None:
    (c,) = claims("乌克兰总统表示，约有3000名朝鲜士兵伤亡。")
    assert c.source == "乌克兰总统"


def test_a_verb_of_saying_with_its_shuo_names_the_pronoun_before_it() -> None:
    first, second = claims(
        "国家统计局发言人付凌晖表示，全年粮食产量约为7亿吨。他补充说，其中约三成来自东北地区。"
    )
    assert first.source == second.source == "付凌晖"


def test_a_body_estimating_inside_a_reported_clause_is_the_source() -> None:
    first, second = claims(
        "美联社引述议员金敏浩报道，国防部估计朝鲜军队的伤亡人数已超过5000人。"
        "金敏浩说，国防部预计朝鲜明年或将增派约3000名士兵。"
    )
    assert (first.source, list(first.via)) == ("国防部", ["美联社", "金敏浩"])
    assert second.source == "国防部"


def test_a_time_and_a_dateline_in_brackets_are_no_part_of_the_name() -> None:
    (c,) = claims("九龍巴士公司昨日（12日）宣布，明年起車費將上調4.5%。")
    assert c.source == "九龍巴士公司"
    (c,) = claims("（北京综合电）中国国家统计局周二在发布会上报告，前十个月工业产值增长约5%。")
    assert c.source == "中国国家统计局"


def test_traditional_vague_amounts_a_critic_and_a_subscription_price() -> None:
    (c,) = claims("網上聯署已有數以萬計市民參與。")
    assert (c.value, c.low, c.vague) == (None, 10000, True)
    (c,) = claims("議員李志明批評，該公司去年錄得逾50億元盈利。")
    assert c.source == "李志明"
    assert claims("订阅电子版，首月只需1.99新元。") == []


def test_who_surveyed_owns_the_count_after_the_verb_and_a_name_in_corner_brackets() -> None:
    first, second = claims(
        "民間團體「香港消費者聯盟」上月訪問了1,200名市民，逾六成受訪者支持加稅。"
    )
    assert first.source == second.source == "香港消費者聯盟"
    (c,) = claims("该国总统访问了俄罗斯，双方签署了价值5亿美元的协议。")
    assert c.source is None  # a visit counts no one
    (c,) = claims("网上联署已有上千萬市民参与。")
    assert c.low == 10_000_000


def test_the_traditional_script_reads_as_the_simplified_one() -> None:
    (c,) = claims("兩名美國官員表示，北韓已派出約1萬名士兵。")
    assert (c.source, c.value) == ("美國官員", 10000)
    (c,) = claims("北韓可能還會增派約3000名士兵。")
    assert c.status == "planned"


def test_a_body_the_report_gives_a_short_form_is_named_once_with_both() -> None:
    found = claims(
        "中国疾病预防控制中心（中国疾控中心）周一表示，上周新增感染者约3000人。"
        "中国疾控中心称，住院人数超过500人。"
    )
    assert [c.source for c in found] == ["中国疾病预防控制中心（中国疾控中心）"] * 2


def test_a_bracket_of_digits_defines_no_short_form() -> None:

    assert defined_name("李某", ["李某（24岁）"]) == "李某"
    assert defined_name("德铁", ["德国铁路公司（DB）"]) == "德铁"
    assert defined_name("DB", ["德国铁路公司（DB）"]) == "德国铁路公司（DB）"


@pytest.mark.parametrize("text", ["在95%置信水平下进行抽样。", "調查在95%信心水準下進行。"])
def test_a_polls_confidence_level_is_no_claim(text: str) -> None:
    assert [c.value for c in claims(text)] == []


def test_a_papers_dateline_and_its_reporter_are_no_speaker() -> None:
    (c,) = claims(
        "本报上海3月5日电（记者 王芳）上海市统计局5日发布数据显示，全市常住人口约2480万人。"
    )
    assert c.source == "上海市统计局"


@pytest.mark.parametrize(
    "text", ["据估计，目前约有3000名工人在当地工作。", "据统计，全市约有3000名快递员。"]
)
def test_according_to_estimates_names_nobody(text: str) -> None:
    (c,) = claims(text)
    assert c.source is None


def test_a_report_speaking_is_the_latest_source() -> None:
    first, second = claims("国家统计局称，上月新增就业约120万人。通报称，失业率为5%。")
    assert first.source == second.source == "国家统计局"


def test_a_paper_in_title_brackets_is_named_without_them_a_reports_title_is_not() -> None:
    (c,) = claims("据韩国《中央日报》报道，朝鲜约向俄提供了500万发炮弹。")
    assert c.source == "中央日报"
    (c,) = claims("国防部发布的《年度报告》称，朝鲜约有1万名士兵在俄。")
    assert c.source == "国防部"


@pytest.mark.parametrize(
    "text",
    [
        "【海峡日报综合报道】据路透社报道，当地约有2000名工人参与罢工。",
        "南方网3月5日电 据路透社报道，当地约有2000名工人参与罢工。",
    ],
)
def test_according_to_right_after_a_dateline_opens_its_clause(text: str) -> None:
    (c,) = claims(text)
    assert c.source == "路透社"


def test_a_transcript_turn_is_its_labelled_speaker_s() -> None:
    text = (
        "专访｜王海川谈边境贸易\n\n本报记者日前采访了边贸研究所所长王海川。\n\n"
        "记者：今年口岸通关量如何？\n\n"
        "王海川：海关总署上月称，前10个月通关车辆约6万辆。我估计全年会超过8万辆。\n"
    )
    first, second = claims(text)
    assert (first.source, list(first.via)) == ("海关总署", ["王海川"])
    assert (second.source, list(second.via)) == ("王海川", [])


def test_a_caption_label_opens_no_turn() -> None:
    text = "记者：今年口岸通关量如何？\n\n图片：口岸排队的约300辆货车。\n"
    assert [c.source for c in claims(text)] == [None]


def test_the_publisher_speaking_of_itself_is_no_source() -> None:
    text = "海关总署表示，通关车辆增加。据本网统计，前10个月通关车辆约6万辆。"
    (c,) = claims(text)
    assert c.source is None


def test_a_short_form_speaking_alone_is_the_body_it_is_cut_from() -> None:
    text = "韩国国家情报院表示，朝鲜已派遣约1万名士兵。情报院还称，其中约2000人受伤。"
    assert [c.source for c in claims(text)] == ["韩国国家情报院（情报院）"] * 2


def test_a_part_opening_a_new_paragraph_takes_the_whole_s_source() -> None:
    text = "海关表示，今年已有1万辆货车入境。\n\n其中约2000辆来自边境口岸。"
    assert [c.source for c in claims(text)] == ["海关", "海关"]


@pytest.mark.parametrize(
    "text",
    [
        "据了解，今年新增冷链仓库约40座，冷库容量约达12万吨。",
        "據了解，今年新增冷鏈倉庫約40座，冷庫容量約達12萬噸。",
    ],
)
def test_as_is_understood_is_the_writer_s_own_figure(text: str) -> None:
    assert [c.source for c in claims(text)] == [None, None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("另据省农业厅初步测算，今年粮食产量约为350亿斤。", "省农业厅"),
        ("据国家统计局初步统计，全国新增就业约900万人。", "国家统计局"),
        ("另據省農業廳初步測算，今年糧食產量約為350億斤。", "省農業廳"),
    ],
)
def test_according_to_with_a_preliminary_count_names_the_body(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


@pytest.mark.parametrize(
    "text",
    [
        "王海川说，口岸去年通关约6万辆。\n\n"
        "省物流协会今年共登记运输企业1,240家。该协会表示，还将继续登记。",
        "王海川說，口岸去年通關約6萬輛。\n\n"
        "省物流協會今年共登記運輸企業1,240家。該協會表示，還將繼續登記。",
    ],
)
def test_this_association_is_the_body_the_sentence_before_opened_with(text: str) -> None:
    first, second = claims(text)
    assert first.source == "王海川"
    assert second.source in ("省物流协会", "省物流協會")


def test_this_body_is_not_a_person_named_since() -> None:
    text = "王海川说，口岸去年通关约6万辆。\n\n该协会还称，今年已有约400家企业登记。"
    assert [c.source for c in claims(text)] == ["王海川", None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("另有部分边境商户称，口岸排队货车约300辆。", "部分边境商户"),
        ("俄方被认为每年向朝方提供约50万吨粮食。", None),
        ("據信朝方已向俄方運去約50萬吨燃油。", None),
        # what outsiders generally estimate, after a named speaker's figure
        ("港务局长说，港口去年吞吐约300万吨。外界普遍估计，新码头投资约50亿元。", None),
    ],
)
def test_there_are_also_and_believed_by_no_one(text: str, source: str | None) -> None:
    c = claims(text)[-1]
    assert c.source == source


def test_an_ordinal_after_its_prefix_is_no_claim() -> None:
    text = "这是该公司第三个生产基地，约300家供应商入驻，第5个仓库也已开工。"
    assert [c.figure for c in claims(text)] == [300]


@pytest.mark.parametrize(
    "text",
    [
        "部分边境商户称，口岸排队货车约300辆，但这一说法尚未得到海关证实。",
        "部分邊境商戶稱，口岸排隊貨車約300輛，但這一說法尚未得到海關證實。",
    ],
)
def test_a_claim_said_is_no_speaker(text: str) -> None:
    (c,) = claims(text)
    assert c.source in ("部分边境商户", "部分邊境商戶")
    assert list(c.via) == []


def test_the_same_document_of_a_body_named_again() -> None:
    """ "情报总局同一声明称": the directorate's same statement; "同一" is no part of its name."""
    _, later = claims(
        "韩国国家情报院上周表示，在俄朝鲜军人约1.2万人。国情院同一报告称，伤亡人数约3800人。"
    )
    assert later.source is not None and "同一" not in later.source and "国情院" in later.source


@pytest.mark.parametrize("conjunction", ["但", "而", "不过"])
def test_a_conjunction_before_according_to_is_no_part_of_the_name(conjunction: str) -> None:
    """ "但据市疾控中心介绍": the cue still opens its clause; the source is the centre."""
    (claim,) = claims(
        f"疫苗很重要。{conjunction}据市疾控中心介绍，今年全市已接种流感疫苗约86万剂。"
    )
    assert claim.source == "市疾控中心"


@pytest.mark.parametrize(
    "text",
    [
        "市水务局当晚发布通告称，全市共有85个小区停水。",
        "市水务局今晨发布通告称，全市共有85个小区停水。",
    ],
)
def test_a_time_of_day_after_the_speaker_is_no_part_of_its_name(text: str) -> None:
    (c,) = claims(text)
    assert c.source == "市水务局"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("江北火车站一名负责人表示，共有30趟列车停运。", "江北火车站"),
        ("滨江机场有关负责人称，共有45个航班取消。", "滨江机场"),
    ],
)
def test_an_unnamed_official_of_a_station_or_airport_speaks_for_it(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_a_body_opening_its_promise_or_plan_tells_it() -> None:
    (grant,) = claims("省交通运输厅也承诺，明年将拨付不低于1500万元的农村客运专项资金。")
    assert grant.source == "省交通运输厅"
    (lines,) = claims("县政府计划明年6月前开通12条预约公交线路。")
    assert lines.source == "县政府"
    (troops,) = claims("朝鲜计划再派3000人。")
    assert troops.source is None  # a country's plan is someone's report of it


def test_in_other_words_rumours_and_editors_notes_are_nobody_s() -> None:
    """ "换句话说" holds 说 but no speaker; "坊间更有传闻称" is a rumour; "编者按" the
    editors' own sum."""
    _, _, share = claims(
        "县交通运输局公布：全县原有班线47条，已有19条停运。换句话说，停运的线路超过了四成。"
    )
    assert share.source is None
    (wages,) = claims("坊间更有传闻称，公司欠薪总额近200万元。")
    assert wages.source is None
    (total,) = claims(
        "编者按：综合韩、乌、美三方此前公布的数字，朝鲜累计派往俄罗斯的军人已逾1.6万人。"
    )
    assert total.source is None


def test_as_i_understand_names_no_one_called_so() -> None:
    """ "据我了解": 了解 closes the cue; "我了解" is no name."""
    (aid,) = claims("据我了解，莫斯科已承诺明年向朝鲜提供价值3亿美元的粮食和化肥。")
    assert aid.source != "我了解"


def test_an_unnamed_official_keeps_the_words_for_him_beside_the_body() -> None:
    """ "据韩国政府消息人士透露": the source as written, the body after it in brackets, so
    that a reader naming either finds it."""
    (c,) = claims("据韩国政府消息人士透露，今年以来赴俄的朝鲜劳务人员超过两万人。")
    assert c.source == "韩国政府消息人士（韩国政府）"


def test_what_a_body_has_grasped_and_an_adverb_after_it_end_its_name() -> None:
    """ "据统计局掌握的情况" cites the bureau; "协调中心随即回应说" and "情报院闭门汇报"
    end the name before the adverb."""
    found = claims(
        "据省统计局掌握的情况，全省约有3.2万户受灾。省应急协调中心随即回应说，"
        "目前转移安置群众约1.1万人。"
    )
    assert [c.source for c in found] == ["省统计局", "省应急协调中心"]


def test_a_short_form_given_in_brackets_is_kept_with_the_name() -> None:
    """ "市卫生健康委员会（以下简称市卫健委）": the bracket's note is dropped and the short form
    kept, so later mentions by the short form meet the same body."""
    (claim,) = claims("据市卫生健康委员会（以下简称市卫健委）介绍，全市共有社区医院约310家。")
    assert claim.source == "市卫生健康委员会（市卫健委）"


def test_a_document_alone_is_the_body_that_issued_it() -> None:
    """ "评估还写道": the assessment named alone is the latest body's, who issued it; a
    weekday's numeral ("上周五") is no figure; "书面回复本平台" ends the body's name."""
    text = (
        "国防部情报局上周五发布了评估。情报局称，对方已运送约900万发炮弹。评估还写道，"
        "对方交付的导弹不少于120枚。"
    )
    found = {c.figure: c.source for c in claims(text)}
    assert set(found) == {9_000_000, 120}
    assert found[120] == found[9_000_000] != "评估"
    (claim,) = claims("针对该说法，市交通运输局书面回复本报称，全市共有出租车约4300辆。")
    assert claim.source == "市交通运输局"


def test_a_division_heads_title_before_the_name_is_no_part_of_it() -> None:
    # 处长, 科长, 校长 …: the person named after the office's title
    (c,) = extract_in("zh", "区交通局运输科科长方志远表示，全区公交线路将增至48条。", "2026-11-20")
    assert c.source == "方志远"


def test_by_my_estimate_names_the_one_quoted_not_me() -> None:
    # "按我的估算" (by my estimate): the speaker's own reckoning, no "按我" as a source
    text = "海州大学教授林若愚长期研究朝俄关系。“按我的估算，朝鲜交给俄军的火炮至少有300门，”他说。"
    (c,) = [c for c in extract_in("zh", text) if c.value == 300]
    assert c.source != "按我"


@pytest.mark.parametrize(
    "text",
    [
        # "若按…计算" (if reckoned by …): the writer's sum, nobody's statement
        "若按国情院此前通报的阵亡数计算，朝军在俄伤亡已超过派出兵力的三成。",
        # "而非" (rather than) opens no name before the verb of reporting
        "朝军阵亡人数应为约2600人，而非此前通报的约2200人。",
    ],
)
def test_a_reckoning_or_a_contrast_names_no_source(text: str) -> None:
    for c in extract_in("zh", text):
        assert c.source is None or c.source not in ("而非",) and not c.source.startswith("若按")


def test_replenish_is_no_verb_of_saying() -> None:
    # "补充" alone closing a sentence replenishes; "补充说", "补充道" still say
    (bare,) = extract_in("zh", "去年秋天，首批约3000名工人被派往工地，此后分批轮换补充。")
    assert bare.source is None
    (said,) = extract_in("zh", "卫生局补充说，今年已有约3000名工人接受体检。")
    assert said.source == "卫生局"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市卫健委主任梁文博先作工作报告。他说，全市待手术患者约820人。", "梁文博"),
        ("供水公司总经理欧阳明远当场坦承，管网漏损率约为17.6%。", "欧阳明远"),
        ("“村里有上千户只能靠送水车吃水。”镇党委书记冯建国发问时说。", "冯建国"),
    ],
)
def test_a_speaker_s_name_ends_before_what_he_does(text: str, name: str) -> None:
    """ "局长X先作报告", "X当场坦承", "X发问时说": the name ends where the account of what the
    speaker does begins."""
    (claim,) = claims(text)
    assert claim.source == name


def test_the_reporter_s_own_sum_has_no_source() -> None:
    (share,) = claims("记者根据市统计局此前公布的数据计算，受灾面积约占全市耕地的三成。")
    assert share.source is None


def test_that_country_s_ministry_is_the_country_named_before() -> None:
    (c,) = claims("乌克兰方面的说法不同。该国外交部发言人表示，朝鲜已运送约1200万发炮弹。")
    assert c.source == "乌克兰外交部"


def test_a_figure_quoted_alone_is_counted_by_its_clause() -> None:
    text = "朝鲜军人约为1.4万人，其中已有超过2800人阵亡；对于受伤人数，该机构只说受伤者“在四千到五千人之间”。"
    assert claims(text)[-1].measure == "dprk_troops_wounded"


def test_an_adverb_between_the_data_and_its_verb() -> None:
    (c,) = claims("北方空军的统计则显示，俄军已发射朝鲜制造的弹道导弹至少120枚。")
    assert c.source == "北方空军"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市养老服务行业协会秘书长岑向东说，全市共有58家民办养老机构。", "岑向东"),
        ("国防部长在会上说，朝鲜已派出1万名士兵。", "国防部长"),
    ],
)
def test_a_stop_word_inside_a_name_after_a_title_does_not_cut_it(text: str, name: str) -> None:
    (c,) = claims(text)
    assert c.source == name


@pytest.mark.parametrize(
    ("giver", "body"),
    [("市发展改革委批复的项目文件", "市发展改革委"), ("市卫健委提供的数据", "市卫健委")],
)
def test_a_document_a_body_approved_or_gave_is_the_bodys(giver: str, body: str) -> None:
    (c,) = claims(f"另据{giver}，扩建工程总投资约1.86亿元。")
    assert c.source == body


def test_a_time_word_after_the_name_is_not_part_of_it() -> None:
    (c,) = claims("市议员王立新起初称受伤者约有400人，其办公室当晚发出更正。")
    assert c.source == "王立新"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("青石镇党委书记黎文康说，全镇今年共有214户受灾。", "黎文康"),
        ("东岭律师事务所律师管若彤表示，每人至少多交了300元。", "管若彤"),
        ("下河村村民骆桂芬说，车上挤了四十多个人。", "骆桂芬"),
        ("原告代理律师宁致远称，索赔金额共计128.6万元。", "宁致远"),
    ],
)
def test_a_name_after_a_title_or_a_noun_of_a_person_is_the_source(text: str, source: str) -> None:
    (claim,) = extract_in("zh", text)
    assert claim.source == source


def test_a_noun_of_a_person_before_a_longer_noun_is_no_title() -> None:
    (claim,) = extract_in("zh", "据市民服务热线统计，昨天共接到投诉近千件。")
    assert claim.source == "市民服务热线"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("现在一天就有七八趟货车经过。", 7, 8),
        ("村里有三四百户人家靠送水车吃水。", 300, 400),
        ("他每月到手的工资只有五六千元。", 5000, 6000),
    ],
)
def test_two_neighbouring_numerals_are_a_range(text: str, low: int, high: int) -> None:
    (claim,) = extract_in("zh", text)
    assert (claim.value, claim.low, claim.high) == (None, low, high)


def test_numerals_not_one_apart_are_one_number() -> None:
    (claim,) = extract_in("zh", "村里有三百户人家。")
    assert claim.value == 300


def test_someone_saying_is_no_source() -> None:
    """ "有人说…": someone unnamed says it; nobody answers for the figure."""
    (c,) = claims("网上讨论不断，有人说排队等候的市民一度有三四百人。")
    assert c.source is None


def test_the_body_a_work_cites_after_of_is_named_whole() -> None:
    # "该书援引的X": what the book cites is X, not "的X"
    text = "炼油厂的产量持续下降。该书援引的国家统计局数据显示，产量达300万吨。"
    assert [c.source for c in extract_in("zh", text)] == ["国家统计局"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("物价持续上涨。据当地一家媒体披露，今年面粉价格上涨了约30%。", "当地一家媒体"),
        ("道路仍在抢修。据一线养护工人反映，受损路段超过40公里。", "一线养护工人"),
    ],
)
def test_a_verb_of_telling_closes_the_name_after_according_to(text: str, source: str) -> None:
    assert [c.source for c in extract_in("zh", text)] == [source]


def test_a_negated_verb_of_saying_names_no_one() -> None:
    # "他从来没说过不去" (he never said he would not go): no saying, so the quotation is the
    # villager's who closes it
    text = "老周在村里开了三十年诊所。“他柜子里常备四五十种药，半夜有人来叫，他从来没说过不去。”村民王桂芝说。"
    (c,) = claims(text)
    assert (c.source, c.via) == ("王桂芝", [])


def test_a_name_in_quotation_marks_after_its_kind_is_the_cue_s() -> None:
    """ "据售票平台“票速达”介绍": the platform named, its kind before it."""
    (c,) = extract_in("zh", "据售票平台“票速达”介绍，3万余张门票开售即告售罄。", "2026-12-02")
    assert c.source is not None and "票速达" in c.source


def test_a_coach_speaks_by_name_after_the_match() -> None:
    """ "…主教练X赛后说": the coach by name, neither his title nor when he spoke."""
    text = "“我们有两名主力带伤上场，赢得很艰难。”海港队主教练林国栋赛后说。"
    (c,) = extract_in("zh", text, "2026-12-02")
    assert c.source == "林国栋"


def test_a_body_whose_name_holds_a_media_cue_is_no_outlet() -> None:
    """ "援引乌克兰国防部情报总局的评估": an intelligence directorate ("情报" holds "报") a
    delegate cites is the source; the delegate passes it on."""
    text = "瑞典代表林德援引乌克兰国防部情报总局周二公布的评估说，约有1.2万名朝鲜军人在俄境内。"
    (c,) = extract_in("zh", text, "2026-12-02")
    assert c.source == "乌克兰国防部情报总局"
    assert c.via and "林德" in c.via[0]


def test_the_same_assessment_carries_its_source() -> None:
    """ "同一份评估", "同一评估显示": the assessment named before, whoever cites it again."""
    text = (
        "芬兰代表韦斯特援引日本防卫省的评估说，约有1.2万名朝鲜军人在俄境内。"
        "他接着引述同一份评估说，其中约800人已经阵亡。"
    )
    first, second = extract_in("zh", text, "2026-12-02")
    assert first.source == second.source == "日本防卫省"
    assert second.via and "接着" not in second.via[0]


def test_an_assessment_a_speaker_reports_is_its_body_s() -> None:
    """ "X说，某部门估计，…": the body whose estimate it is speaks last before the figure."""
    text = "法国代表杜邦说，法国军事情报部门估计，朝鲜提供的导弹约有40%偏离目标。"
    (c,) = extract_in("zh", text, "2026-12-02")
    assert c.source == "法国军事情报部门"
    assert c.via and "杜邦" in c.via[0]


def test_where_a_figure_comes_from_names_its_source() -> None:
    """ "…，这一数据出自X发布的报告": the report's maker, named after the figure."""
    text = "他还说，朝鲜运往俄罗斯的集装箱已超过3万个，这一数据出自欧洲某智库上月发布的报告。"
    (c,) = extract_in("zh", text, "2026-12-02")
    assert c.source == "欧洲某智库"


def test_she_means_the_titled_person_the_sentence_before_opens_with() -> None:
    """ "美国副常驻代表X把矛头指向…。她说，…": the delegate, named after her title, not
    the source named in the paragraph before."""
    text = (
        "据韩国统一部统计，约有1.5万名朝鲜劳务人员在俄罗斯。\n\n"
        "加拿大副常驻代表麦肯齐把矛头指向莫斯科。她说，俄方今年向朝鲜输送石油逾80万桶。"
    )
    first, second = extract_in("zh", text, "2026-12-02")
    assert first.source == "韩国统一部"
    assert second.source is not None and "麦肯齐" in second.source


def test_a_person_named_after_a_title_is_known_by_the_name() -> None:
    """ "俄罗斯副常驻代表X称": the name is written on its own beside the titled form."""
    text = "俄罗斯副常驻代表伊万诺夫称，去年双边贸易额约5000万美元。"
    (c,) = extract_in("zh", text, "2026-12-02")
    assert c.source is not None and "（伊万诺夫）" in c.source


@pytest.mark.parametrize(
    "text",
    [
        "综合各方公开数字，朝鲜累计派出的兵力已不下2万人。",
        "场外流传一种未经证实的说法：朝鲜正准备再派遣多达3万名士兵。",
    ],
)
def test_a_sum_of_all_sides_and_an_unconfirmed_claim_name_no_one(text: str) -> None:
    """The writer's sum of all sides' figures, and a claim no one has confirmed."""
    text = "据韩联社报道，约有2000名朝鲜士兵抵达符拉迪沃斯托克。" + text
    first, second = extract_in("zh", text, "2026-12-02")
    assert first.source == "韩联社"
    assert second.source is None


def test_a_report_pointed_back_to_is_the_body_an_outlet_cited() -> None:
    """ "报告还估计" after "X社援引Y的报告称": the report is Y's, not the outlet's ("报告"
    holds "报", the outlet's kind)."""
    text = (
        "新华社援引韩国国家情报院的报告称，约有1.1万名朝鲜军人在俄境内。"
        "报告还估计，朝军累计伤亡已超过5000人。"
    )
    first, second = extract_in("zh", text, "2026-12-02")
    assert first.source == second.source == "韩国国家情报院"


def test_data_named_with_what_they_record_are_the_bodys() -> None:
    """ "据X网签数据": X, not X with the kind of data glued on."""
    text = "据棠州市房地产交易中心网签数据，上周全市新建商品住宅共网签1,486套。"
    (c,) = extract_in("zh", text, "2026-12-01")
    assert c.source == "棠州市房地产交易中心"


def test_a_dash_and_this_is_open_the_giver_of_the_data() -> None:
    """ "……——这是X昨天发布的最新周报数据": X, past the dash and "这是"."""
    text = "上周全市二手住宅共成交2,310套——这是棠州市房地产经纪行业协会昨天发布的最新周报数据。"
    (c,) = extract_in("zh", text, "2026-12-01")
    assert c.source == "棠州市房地产经纪行业协会"


def test_a_store_managers_title_is_cut_from_the_name() -> None:
    text = "店长许志刚告诉记者，11月以来门店的带看量比10月多了四成左右。"
    (c,) = extract_in("zh", text, "2026-12-01")
    assert c.source == "许志刚"


def test_a_latin_acronym_source_is_named_with_the_name_the_text_defines_it_after() -> None:
    """ "OFAC称" after "美国财政部海外资产控制办公室（OFAC）": the body in the text's own
    script, its acronym kept; a cue glued before the name ("据") is no part of it."""
    text = (
        "【摘要】本周一，国家市场监督管理总局（SAMR）依据新规公布了第二批名单；次日，"
        "省政府也更新了清单。\n\n一、背景\n\n"
        "SAMR在通报中称，今年以来共查处案件1.2万起。"
    )
    (c,) = extract_in("zh", text, "2026-12-01")
    assert c.source == "国家市场监督管理总局（SAMR）"
    cued = "【摘要】据国家市场监督管理总局（SAMR）通报，新规涉及八类产品。\n\nSAMR称，已有300家企业整改。"
    (c,) = extract_in("zh", cued, "2026-12-01")
    assert c.source == "国家市场监督管理总局（SAMR）"


def test_a_press_release_alone_is_its_makers() -> None:
    """ "新闻稿还称": the body that put the release out, not the release."""
    text = "市卫健委在新闻稿中称，全市已接种流感疫苗86万剂。新闻稿还称，接种点共有412个。"
    found = {c.value: c.source for c in extract_in("zh", text, "2026-12-01")}
    assert found[412] == "市卫健委"


def test_incidents_are_counted_with_qi() -> None:
    """ "交通事故348起": 起 counts incidents after digits; "方案二起步价" (the starting fare
    of option two) holds no figure."""
    found = [
        c.value
        for c in extract_in("zh", "去年全市共发生交通事故348起。方案二起步价不变。", "2026-12-02")
    ]
    assert found == [348]
