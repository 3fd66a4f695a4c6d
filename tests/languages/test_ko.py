"""Korean: the fixture folder scored end to end, and the number and attribution forms of
Korean reports through the public extractor (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.topic_sources import TopicSources
from claimtrack.extract.unspaced import one_name_per_body
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("ko", text)


def test_korean_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("ko")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.8, r
    assert r["attribute_accuracy"]["measure"] >= 0.8, r
    assert r["traps_hit"] == 0, r


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "vague"),
    [
        ("북한은 병력 1만 1천여 명을 보냈다.", 11000, 11000, None, False),
        ("북한은 병력 1만1000명을 보냈다.", 11000, None, None, False),
        ("북한은 병력 1만 2000명을 보냈다.", 12000, None, None, False),
        ("북한은 1만~1만 2천 명을 보낼 계획이다.", None, 10000, 12000, False),
        ("북한은 노동자 수천 명을 보냈다.", None, 1000, None, True),
        ("북한은 포탄 수만 발을 넘겼다.", None, 10000, None, True),
        ("북한은 컨테이너 2만8000여 개를 보냈다.", 28000, 28000, None, False),
        ("북한군 3천여 명이 숨졌다.", 3000, 3000, None, False),
        ("북한은 포탄 100만 발 이상을 보냈다.", 1_000_000, 1_000_000, None, False),
        ("북한은 최소 1만 명을 보냈다.", 10000, 10000, None, False),
        ("북한은 약 1만 2천 명을 보냈다.", 12000, None, None, False),
        ("북한은 병력 1억 2000만 명을 보냈다.", 120_000_000, None, None, False),
    ],
)
def test_compound_and_glued_forms(
    text: str, value: float | None, low: float | None, high: float | None, vague: bool
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.vague) == (value, low, high, vague)
    assert c.quote == text  # the quote is the original sentence, nothing translated


def test_approximation_and_particles_glued_after_counters() -> None:
    (c,) = claims("북한은 병력 약 1만 2천 명을 보냈다.")
    assert c.approx and c.measure == "dprk_troops_in_russia"
    (c,) = claims("북한군 사상자가 4천여 명에 이른다.")
    assert (c.low, c.measure) == (4000, "dprk_troops_casualties")


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("국정원에 따르면 북한은 러시아에 병력 1만 명을 보냈다.", "국정원", []),
        ("국가정보원은 20일 북한이 러시아에 병력 1만 명을 보냈다고 밝혔다.", "국가정보원", []),
        ("북한이 러시아에 병력 1만 명을 보냈다고 합참은 전했다.", "합참", []),
        (
            "야당 간사인 박 의원은 북한군 1만 명이 러시아에 있다고 말했다.",
            "야당 간사인 박 의원",
            [],
        ),
        ("국가정보원의 분석에 따르면 북한은 병력 1만 명을 보냈다.", "국가정보원", []),
        ("국방부 자료에 따르면 북한은 병력 1만 명을 보냈다.", "국방부", []),
        (
            "AP통신은 미 국방부 관계자의 말을 인용해 북한군 1만 명이 있다고 보도했다.",
            "미 국방부 관계자",
            ["AP통신"],
        ),
        (
            "VOA는 미 국방부 관계자를 인용해 북한이 병력 1만 명을 보냈다고 보도했다.",
            "미 국방부 관계자",
            ["VOA"],
        ),
    ],
)
def test_sources_of_verb_final_sentences(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


@pytest.mark.parametrize(
    "text",
    [
        "병사 대부분은 20대 초반이다.",  # in their early twenties: an age
        "사망자 상당수는 60대 이상 고령자였다.",
        "북한군 병사(26세)가 포로로 잡혔다.",
        "북한은 2024년 10월 파병을 시작했다.",
    ],
)
def test_ages_and_dates_are_no_claims(text: str) -> None:
    assert claims(text) == []


def test_a_decade_counter_that_counts_stays_a_claim() -> None:
    (c,) = claims("북한은 장갑차 20대 이상을 보냈다.")  # "대" counts vehicles here
    assert c.low == 20


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "approx"),
    [
        ("북한은 병력 1만 명 가량을 보냈다.", 10000, None, None, True),
        ("북한은 병력 1만 명가량을 보냈다.", 10000, None, None, True),
        ("북한은 병력 1만 명 안팎을 보냈다.", 10000, None, None, True),
        ("북한은 병력 1만 명 정도로 추산된다.", 10000, None, None, True),
        ("북한은 병력 1만 명 남짓을 보냈다.", 10000, 10000, None, False),
        ("북한은 병력 1만 명 가까이를 보냈다.", 10000, None, 10000, True),
        ("북한은 병력 1만 명을 보냈다.", 10000, None, None, False),
    ],
)
def test_approximations_and_bounds_after_the_counter(
    text: str, value: float, low: float | None, high: float | None, approx: bool
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.approx) == (value, low, high, approx)


def test_a_speaker_after_the_quote_and_a_pronoun_that_refers_back() -> None:
    text = (
        '"러시아에 있는 북한군은 1만 명 정도로 보인다"고 정부 고위 관계자가 말했다. '
        "그는 이 가운데 사망자가 최소 500명에 이른다고 덧붙였다."
    )
    first, second = claims(text)
    assert (first.source, second.source) == ("정부 고위 관계자", "정부 고위 관계자")
    # before a quote the subject is the quoted clause's own, and the topic speaks
    (c,) = claims("북한이 병력 1만 명을 보냈다고 국방부는 밝혔다.")
    assert c.source == "국방부"
    (c,) = claims("북한이 병력 1만 명을 보냈다고 밝혔다.")
    assert c.source is None


def test_number_words_count_before_a_counter_only() -> None:
    (c,) = claims("우크라이나군에 포로로 잡힌 병사도 두 명 있다.")
    assert c.value == 2
    (c,) = claims("북한은 탄도미사일 세 발을 발사했다.")
    assert c.value == 3
    for text in ("두 나라 정상은 세 차례 만났다.", "주민 72세 김모 씨가 구조됐다.",
                 "그는 두 번째 회담에서 세 가지 조건을 제시했다."):  # fmt: skip
        assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "unit"),
    [
        ("입장 수입은 1천500억 원을 웃돈 것으로 집계됐다.", 150_000_000_000, 150_000_000_000, None, "KRW"),
        ("관중이 1천100만~1천200만 명에 이를 것으로 전망된다.", None, 11_000_000, 12_000_000, None),
        ("북한은 포탄 1천200만 발을 보냈다.", 12_000_000, None, None, None),
        ("북한군 사상자가 4천 명을 넘었다.", 4000, 4000, None, None),
        ("정부는 1억 2천만 달러를 지원했다.", 120_000_000, None, None, "USD"),
    ],
)  # fmt: skip
def test_groups_under_a_myriad_scale_and_verbs_of_exceeding(
    text: str, value: float | None, low: float | None, high: float | None, unit: str | None
) -> None:
    """ "1천500억" is (1천500)억; a currency keeps its glued particle off ("원을");
    "넘었다", "웃돈" after the counter or currency are lower bounds."""
    (c,) = claims(text)
    assert (c.value, c.low, c.high) == (value, low, high)
    if unit is not None:
        assert c.unit == unit


@pytest.mark.parametrize(
    "text", ["올해 120경기를 치렀다.", "이재민 300가구가 대피했다.", "수출이 3배 늘었다."]
)
def test_nouns_glued_as_counters_are_counts_not_designations(text: str) -> None:
    (c,) = claims(text)
    assert c.value in (120, 300, 3)


def test_a_part_of_the_figure_before_takes_its_measure_and_source() -> None:
    first, part = claims(
        "국정원은 북한군 1만 1천 명이 러시아에 파병됐다고 밝혔다. "
        "이들 가운데 3천여 명이 전선에 배치됐다."
    )
    assert first.measure == part.measure == "dprk_troops_in_russia"
    assert (part.source, part.kind) == ("국정원", "subset")
    # "더": more of the same
    _, more = claims(
        "북한은 병력 1만 명을 러시아에 보냈다. 북한은 연말까지 약 1만 2천 명을 더 보낼 계획이다."
    )
    assert (more.measure, more.kind) == ("dprk_troops_in_russia", "change")


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("북한군 300명이 사망했다.", "dprk_troops_killed"),
        ("북한군 2명이 포로로 잡혔다.", "dprk_troops_captured"),
        ("북한군 2천700명이 부상했다.", "dprk_troops_wounded"),
        ("북한군 1만 명이 파병됐다.", "dprk_troops_in_russia"),
        ("북한군 사상자 4천 명 가운데 사망자는 1천 명이다.", "dprk_troops_casualties"),
        # an adverb of time between the event and the figure
        ("포로로 잡힌 북한군이 지금까지 두 명이라고 밝혔다.", "dprk_troops_captured"),
    ],
)
def test_what_happened_after_the_counter_wins_over_whose_people(text: str, measure: str) -> None:
    """ "북한군 300명이 사망했다": the event after the counter says what the figure counts;
    "북한군" only says whose soldiers (extract/verb_final.py)."""
    assert claims(text)[0].measure == measure


def test_a_one_letter_bound_is_no_word_it_starts() -> None:
    """ "여" after the counter is "-odd" ("3천 여명이"); "여전히" (still) is no bound, and what
    is still there is a part of a whole (kinds remaining_after)."""
    (c,) = claims("북한군 6천 명이 여전히 쿠르스크에 남아 있다.")
    assert (c.value, c.low, c.kind) == (6000, None, "subset")
    (c,) = claims("북한군 3천 여명이 숨졌다.")
    assert (c.low, c.measure) == (3000, "dprk_troops_killed")


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        # a particle glued on the percent sign, then the bound's own word
        ("응답자 비율이 30%를 넘었다.", 30, 30, None),
        ("북한산 포탄 비중이 40%에 육박한다.", 40, None, 40),
        ("전기료 부담을 느끼는 가구가 30%가 넘는다.", 30, 30, None),
        ("북한산 포탄 비중은 40%에 달하는 것으로 추정된다.", 40, None, None),
        # "절반" (half) with a bound beside it, particles glued on either
        ("북한산 포탄이 러시아군 사용량의 절반 가까이를 차지한다.", 50, None, 50),
        ("회원 업체의 절반 이상이 어려움을 호소했다.", 50, 50, None),
        # the bound or approximation glued to "절반", a particle after it
        ("회원 업체의 절반이상이 어려움을 호소했다.", 50, 50, None),
    ],
)
def test_percentages_and_half_with_particles_and_bounds(
    text: str, value: float, low: float | None, high: float | None
) -> None:
    (c,) = claims(text)
    assert (c.value, c.low, c.high, c.unit) == (value, low, high, "percent")


def test_about_half_glued_is_an_approximate_share() -> None:
    (c,) = claims("피해 가구의 절반가량은 아직 집에 돌아가지 못했다.")
    assert (c.value, c.approx, c.unit) == (50, True, "percent")


def test_a_sum_before_the_city_word_is_no_duration() -> None:
    (c,) = claims("도로 보수 예산 3억 2천만 원이 시 추경에서 빠졌다.")
    assert (c.value, c.unit) == (320_000_000, "KRW")


def test_half_alone_is_no_claim() -> None:
    assert claims("북한군은 병력의 절반을 전선에 배치했다.") == []


@pytest.mark.parametrize(
    "text",
    [
        "북한은 170㎜ 자주포와 240㎜ 방사포를 제공했다.",
        "▶ 한빛뉴스 앱 설치하고 월 4,900원에 광고 없이 보기",
    ],
)
def test_calibres_in_one_sign_and_ad_free_prices_are_no_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "정보당국은 북한이 건설 노동자 약 5천 명을 러시아에 보낸 것으로 판단하고 있다.",
        "정보당국은 어린이 접종률이 60%에 못 미친다며 접종을 당부했다.",
    ],
)
def test_verbs_of_judging_and_urging_name_their_speaker(text: str) -> None:
    (c,) = claims(text)
    assert c.source == "정보당국"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # what the speaker speaks about stands before the name
        ('파병 규모에 대해 국방부는 "1만 명 안팎이 주둔하고 있다"고 평가했다.', "국방부"),
        # "…것으로 보고 있다" (sees it as) is a verb of saying of two words
        ("국정원은 사상자가 3천 명을 웃도는 것으로 보고 있다.", "국정원"),
        # '"…"고 했다' (said); a relative clause before the name; an age in brackets
        ('부산에서 식당을 하는 박모(61)씨는 "매출이 30% 줄었다"고 했다.', "박모 씨"),
        # of the data a body gave, the body
        (
            "한국리서치가 지난달 실시한 여론조사에서는 응답자의 55%가 찬성한다고 답했다.",
            "한국리서치",
        ),
        # the cue is the data noun, the verb giving it qualifies it: who gave it is the
        # subject before ("내놓은" is no name)
        ("피해 농가는 군청이 어제 내놓은 집계로는 140여 곳이다.", "군청"),
    ],
)
def test_speakers_past_what_qualifies_them_and_verbs_of_two_words(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_the_speaker_of_two_quotations_stands_before_both() -> None:
    # the second quotation the verb closes is what was said ("낡은", old, is no topic)
    found = claims(
        '이정호 지회장은 어제 "조합원 300명이 서명했다"며 "낡은 기계를 고치는 데 '
        '50억 원이면 된다"고 했다.'
    )
    assert [(c.value, c.source) for c in found] == [
        (300, "이정호 지회장"),
        (5_000_000_000, "이정호 지회장"),
    ]


def test_a_sentence_saying_this_was_said_gives_the_one_before_its_source() -> None:
    (c,) = claims(
        "북한이 포탄 500만 발을 추가로 넘긴 것으로 나타났다. "
        "국방부는 국회에 제출한 자료에서 이같이 밝혔다."
    )
    assert c.source == "국방부"


def test_a_document_named_alone_is_the_latest_source_again() -> None:
    first, second = claims(
        "국방부에 따르면 북한은 병력 1만 명을 보냈다. "
        "자료는 또 북한이 보낸 컨테이너가 2만 개를 넘었다고 분석했다."
    )
    assert (first.source, second.source) == ("국방부", "국방부")


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("국정원에 의하면 북한은 포탄 1천만 발을 보냈다.", "국정원", []),
        # the body a verb of giving data names, not the verb
        ("통계청이 발표한 자료에 따르면 출생아 수는 23만 명으로 집계됐다.", "통계청", []),
        # an outlet's "according to" passes on the speaker it reports
        (
            "블룸버그통신에 따르면 우크라이나 정보당국은 북한군 1만 명이 파병됐다고 밝혔다.",
            "우크라이나 정보당국",
            ["블룸버그통신"],
        ),
    ],
)
def test_according_to_cues_and_outlets(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, list(c.via)) == (source, via)


def test_a_verb_of_writing_names_its_speaker() -> None:
    (c,) = claims("젤렌스키 대통령은 엑스(X·옛 트위터)에 북한군 3천 명이 사상했다고 적었다.")
    assert c.source == "젤렌스키 대통령"


def test_the_base_of_a_rate_is_no_claim() -> None:
    """ "1천 명당" (per thousand people) is the base the rate after it counts by; "가구당"
    before a sum says for each household and the sum still counts."""
    (rate,) = claims("외래 환자 1천 명당 인플루엔자 의사환자는 73.9명으로 늘었다.")
    assert rate.value == 73.9
    (sum_,) = claims("정부는 가구당 300만 원을 지원할 예정이다.")
    assert sum_.value == 3_000_000


def test_a_count_named_after_its_owner_and_demands_and_positions() -> None:
    (c,) = claims("경찰 추산 집회 참가자는 3만 명이었다.")
    assert c.source == "경찰"
    first, second = claims("노조는 기본급 6% 인상과 인력 2,000명 충원을 요구하고 있다.")
    assert first.source == second.source == "노조"
    (c,) = claims("반면 공사는 임금 인상률이 3%를 넘을 수 없다는 입장이다.")
    assert c.source == "공사"


def test_a_verb_qualifying_a_noun_and_a_connective_ending_are_no_speaker() -> None:
    first, second = claims(
        '국방부 관계자는 "북한이 파병한 병력은 1만 명 수준"이라고 말했다. '
        '북한군이 쓰는 포탄 가운데 북한산이 차지하는 비중에 대해서는 "50% 안팎"이라고 추정했다.'
    )
    assert first.source == second.source == "국방부 관계자"
    first, second = claims(
        "공사는 운행률이 평소의 70% 수준으로 떨어지고, 수도권 전철은 80%에 그칠 것으로 예상했다."
    )
    assert first.source == second.source == "공사"


def test_an_unnamed_person_of_a_body_speaks_for_the_body() -> None:
    (c,) = claims('한국국방연구원의 한 연구위원은 "북한군 포로 2명이 억류돼 있다"고 전했다.')
    assert c.source == "한국국방연구원"


def test_a_name_ending_like_a_particle_before_its_title_keeps_its_syllable() -> None:
    (c,) = claims('김정은 국무위원장은 "올해 포탄 생산량이 200만 발을 넘었다"고 말했다.')
    assert c.source == "김정은 국무위원장"
    (c,) = claims('김정은은 "올해 포탄 생산량이 200만 발을 넘었다"고 말했다.')
    assert c.source == "김정은"


def test_a_cited_source_past_its_qualifier_and_its_count() -> None:
    claims_ = claims(
        "로이터통신은 익명을 요구한 미국 관리 2명을 인용해 북한이 미사일 100발을 보냈다고 보도했다."
    )
    c = next(c for c in claims_ if c.value == 100)
    assert (c.source, list(c.via)) == ("미국 관리", ["로이터통신"])


def test_a_speaker_inside_a_quotation_is_the_source_and_who_quotes_them_passes_it_on() -> None:
    (c,) = claims(
        '국회 국방위원회 소속 박현우 의원은 3일 기자들에게 "국방부는 북한군 사상자를 '
        '5천 명 이상으로 추정한다"고 전했다.'
    )
    assert (c.source, list(c.via)) == ("국방부", ["국회 국방위원회 소속 박현우 의원"])


def test_according_to_a_lawmaker_an_agency_that_speaks_is_the_source() -> None:
    (c,) = claims("박 의원에 따르면 합참은 북한군 전사자를 3천여 명으로 파악하고 있다.")
    assert (c.source, list(c.via)) == ("합참", ["박 의원"])


def test_a_sentence_closing_on_whose_judgement_it_is() -> None:
    (c,) = claims("북한이 연말까지 병력 5천 명을 더 보낼 수 있다는 게 군 당국 판단이다.")
    assert c.source == "군 당국"


def test_who_ran_a_survey_owns_its_figures_and_a_decision_its_subject() -> None:
    first, second = claims(
        "미래여론연구소가 유권자 1500명을 대상으로 조사한 결과 찬성 응답은 42%였다."
    )
    assert first.source == second.source == "미래여론연구소"
    (c,) = claims("국토교통부는 임대주택 5만 가구를 추가로 공급하기로 했다.")
    assert c.source == "국토교통부"


def test_a_currency_or_a_tonne_with_its_particle_glued_on() -> None:
    (c,) = claims("휘발유 가격은 리터당 평균 1780원으로 올랐다.")
    assert (c.value, c.unit) == (1780, "KRW")
    (c,) = claims("정부는 쌀 2만5000t을 방출했다.")
    assert c.value == 25000


def test_times_counted_a_label_and_a_vague_amount_of_a_larger_scale() -> None:
    (c,) = claims("서울시는 심야버스 운행을 하루 80회가량 늘리기로 했다.")
    assert (c.value, c.approx, c.source) == (80, True, "서울시")
    assert claims("북한은 올해 제8회 당대회를 열었다.") == []
    (c,) = claims("업계는 손실이 수백억 원에 이를 것으로 본다.")
    assert (c.low, c.vague) == (10_000_000_000, True)


def test_a_back_reference_that_quotes_someone_is_not_passed_on_as_a_name() -> None:
    (c,) = claims('그는 "국방부는 북한군 사상자를 3천 명으로 추산한다"고 밝혔다.')
    assert (c.source, list(c.via)) == ("국방부", [])


@pytest.mark.parametrize(
    ("history", "source"),
    [
        (["농림축산식품부(농식품부)"], "농림축산식품부(농식품부)"),
        (["농식품부(농림축산식품부)"], "농림축산식품부(농식품부)"),
        (["통계청"], "농식품부"),  # no definition: the name as written
    ],
)
def test_a_body_the_report_gives_a_short_form_is_named_once_with_both(
    history: list[str], source: str
) -> None:

    reader = TopicSources(load_lexicon("ko"))
    text = "농식품부는 쌀 재고가 150만 톤이라고 밝혔다."
    found = reader.attribution(text, text.find("150"), history)
    assert found is not None and found.source == source


def test_a_polls_confidence_level_is_no_claim_but_a_trust_rating_is() -> None:
    assert claims("이번 조사의 표본오차는 95% 신뢰수준에서 ±2.8%포인트다.") == []
    (c,) = claims("정부 신뢰도는 40%로 나타났다.")
    assert c.value == 40


def test_this_official_is_the_latest_source() -> None:
    first, second = claims(
        "로이터통신은 미 국무부 관리를 인용해 북한이 포탄 500만 발을 보냈다고 보도했다. "
        "이 관리는 사망자를 1천 명으로 추산했다고 통신은 전했다."
    )
    assert first.source == second.source == "미 국무부 관리"
    assert list(first.via) == ["로이터통신"]


def test_an_analysis_with_no_owner_is_the_latest_sources() -> None:
    first, second = claims(
        "국방부는 북한군 1만 명이 파견됐다고 밝혔다.\n\n"
        "러시아군 포탄의 절반 가까이를 북한산이 차지한다는 분석입니다."
    )
    assert first.source == second.source == "국방부"
    (c,) = claims("러시아군 포탄의 절반 가까이를 북한산이 차지한다는 분석입니다.")
    assert c.source is None  # nobody named before: nobody


def test_a_body_named_later_by_a_short_form_is_named_with_both() -> None:
    text = "합동참모본부는 오늘 합동 훈련을 했다. 합참은 또 병력을 늘렸다."
    assert one_name_per_body(["합동참모본부"], text) == {"합동참모본부": "합동참모본부(합참)"}
    # "합동" opens the name: no short form of it
    assert one_name_per_body(["합동참모본부"], "합동참모본부는 합동 훈련을 했다.") == {}


def test_a_run_that_is_part_of_a_longer_word_is_no_short_form() -> None:
    # "국정" of "국정원은" holds 국방정보본부's letters in order, but "원은" is no particle
    particles = load_lexicon("ko").words("particles")
    text = "국방정보본부는 자료를 냈다. 국정원은 병력을 1만 명으로 본다. 합참은 말을 아꼈다."
    assert one_name_per_body(["국방정보본부"], text, (), particles) == {}
    assert one_name_per_body(["합동참모본부"], text, (), particles) == {
        "합동참모본부": "합동참모본부(합참)"
    }


def test_a_wire_dateline_and_its_byline_are_no_part_of_the_speaker() -> None:
    (c,) = claims("(부산=한빛통신) 박민수 기자 = 해양경찰청은 어선 12척이 침수됐다고 밝혔다.")
    assert c.source == "해양경찰청"


def test_a_transcript_turn_is_its_labelled_speaker_s() -> None:
    text = (
        "[인터뷰] 항만연구원 박서윤 박사\n\n"
        "기자: 물동량은 얼마나 늘었나요?\n\n"
        "박서윤: 올해 물동량은 300만t을 넘을 것으로 봅니다.\n"
    )
    (c,) = claims(text)
    assert c.source == "박서윤"


def test_a_body_named_again_by_its_head_is_the_body() -> None:
    text = (
        "한국해운협회에 따르면 부산항 물동량이 하루 평균 3천 TEU 줄었다. "
        "협회는 손실이 500억 원에 달할 것으로 내다봤다."
    )
    assert [c.source for c in claims(text)] == ["한국해운협회(협회)"] * 2


def test_a_part_of_a_noun_of_its_own_in_a_new_paragraph_takes_no_earlier_source() -> None:
    text = (
        "해운협회는 화물선 운항을 30회 늘렸다고 했다.\n\n"
        "기자가 부산항에서 확인한 결과 입항 선박 가운데 20여 척이 대기 중이다.\n\n"
        "국방부는 1만 명이 파병됐다고 밝혔다.\n\n이 가운데 3천 명이 숨졌다."
    )
    assert [c.source for c in claims(text)] == ["해운협회", None, "국방부", "국방부"]


def test_a_person_named_again_by_surname_and_title_is_the_full_name() -> None:
    text = (
        "한정우 부산항만공사 물류실장은 올해 컨테이너 처리량이 늘었다고 말했다. "
        "한 실장은 냉동 창고 30곳을 더 짓겠다고 덧붙였다."
    )
    (c,) = [c for c in claims(text) if c.figure == 30]
    assert c.source == "한정우 실장"


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("조합원의 5분의 1가량이 파업에 참여했다.", 20.0),
        ("조합원 5명 중 1명이 파업에 참여했다.", 20.0),
        # "가운데" (among) joins them as "중" does, "꼴" (the rate) glued to the part
        ("조합원 열 명 가운데 세 명꼴로 파업에 참여했다.", 30.0),
    ],
)
def test_a_fraction_and_one_in_so_many_are_shares(text: str, share: float) -> None:
    (c,) = claims(text)
    assert (c.figure, c.unit) == (share, "percent")


def test_a_short_form_holds_no_space() -> None:
    text = "한빛물류연구원 정다은 연구위원은 한 해 동안 화물이 늘었다고 봤다."
    assert one_name_per_body(["한빛물류연구원 정다은 연구위원"], text) == {}


def test_an_official_of_a_body_named_by_its_short_form_is_the_body() -> None:
    """ "공사 관계자는" after "한국철도공사에 따르면": the corporation's official speaks for it."""
    _, official = claims(
        "한국철도공사에 따르면 화물열차는 평시의 3분의 1 수준만 다니고 있다. 공사 관계자는 "
        '"하루 영업 손실이 50억 원을 웃도는 것으로 보고 있다"고 말했다.'
    )
    assert official.source is not None and official.source.startswith("한국철도공사")


def test_a_q_and_a_s_answers_are_the_guest_s_named_before_the_title() -> None:
    """일문일답: questions open with "―" and need no question mark; the quoted answers
    after them are the guest's, named before their title ("한지우(47) 수자원연구소
    연구위원은")."""
    text = (
        "[일문일답] 가뭄 피해 어디까지\n"
        "한지우 수자원연구소 연구위원\n\n"
        '올여름 가뭄을 추적해 온 한지우(47) 수자원연구소 연구위원은 "물 부족은 이제 '
        '시작"이라고 했다.\n\n'
        "―저수율이 많이 떨어졌다.\n"
        '"제 계산으로는 전국 저수율이 31% 수준입니다."\n\n'
        "―피해 농가는.\n"
        '"적게 잡아도 4천 가구는 넘습니다."'
    )
    found = claims(text)
    assert [c.figure for c in found] == [31, 4000]
    assert all(c.source == "한지우" for c in found)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("시 환경국 자료를 보면 하루 쓰레기 배출량은 420톤이다.", "환경국"),
        ("환경부 집계로 지난해 폐기물은 5천만 톤을 넘었다.", "환경부"),
    ],
)
def test_data_cues_after_their_source(text: str, source: str) -> None:
    (claim,) = claims(text)
    assert claim.source == source


def test_looking_at_names_a_source_only_after_a_noun_of_data() -> None:
    """ "자료를 보면" cites the data's owner; "지역별로 보면" (by region) names no one."""
    (claim,) = claims("지역별로 보면 서울이 300명으로 가장 많았다.")
    assert claim.source is None


def test_a_speaker_relays_the_body_that_estimated_it_in_their_clause() -> None:
    """ "박 의원은 통계청이 … 추산했다고 말했다": the office estimated, the lawmaker says so
    (source the office, via the lawmaker); a plan the speaker reports ("시청이 … 뽑겠다고
    말했다") stays the speaker's."""
    relayed, planned = claims(
        "박 의원은 통계청이 지난해 귀농 가구가 1만2천 가구를 넘은 것으로 추산했다고 말했다. "
        "김 의원은 시청이 내년에 공무원 300명을 뽑겠다고 말했다."
    )
    assert relayed.source == "통계청" and relayed.via == ["박 의원"]
    assert planned.source == "김 의원"


def test_a_part_of_a_count_opening_the_sentence_is_nobody_speaking() -> None:
    """ "이 중 세 명은": the topic is a part of the count before, not a speaker; the source
    before goes on."""
    _, three = claims(
        '박 의원은 "군은 생포된 병사를 최소 다섯 명으로 보고 있다"고 말했다. 그는 "이 중 세 '
        '명은 부상을 입은 채 붙잡혔다고 한다"고 했다.'
    )
    assert three.source is not None and "이 중" not in three.source


def test_whose_words_the_quotation_was_closes_the_next_sentence() -> None:
    """ "…놓았습니다." 20년째 버스를 몬 박용호(54) 위원장의 말이다.": the quotation before
    is his."""
    drivers, _ = claims(
        '현장은 다급하다. "기사 1,180명 가운데 60명 넘게 빈자리입니다." 20년째 버스를 몰아 온 '
        "박용호(54) 노조 위원장의 말이다."
    )
    assert drivers.source is not None and drivers.source.startswith("박용호")


def test_who_promises_or_puts_out_a_plan_tells_it() -> None:
    (lines,) = claims("교통국은 노선 17개를 내년 3월부터 통폐합하겠다는 계획을 내놨다.")
    assert lines.source == "교통국"
    (budget,) = claims('김태주 시장은 "지원금 700억 원을 반영하겠다"고 약속했다.')
    assert budget.source == "김태주 시장"


def test_a_speaker_of_several_words_gets_no_short_form_by_chance() -> None:
    """ "정원" (of 국정원) runs through "정보위 … 남궁현석 의원" only by chance: a name of
    several words takes no short form cut from the text."""
    names = one_name_per_body(
        ["정보위 여당 간사인 남궁현석 의원"],
        "국정원은 보고했다. 정보위 여당 간사인 남궁현석 의원은 말했다.",
    )
    assert names == {}


def test_a_body_named_again_by_part_of_its_name() -> None:
    """ "경남경찰청은 … 밝혔다. 경찰은 …" and "창원시가 … 밝혔다. 시는 …": the later topic
    is the body named before, written whole with the part after it."""
    text = (
        "경남경찰청은 오늘 빙판길 사고 90여 건이 접수됐다고 밝혔다. "
        "경찰은 이 사고로 12명이 다쳤다고 덧붙였다.\n\n"
        "시내버스 운행률은 70%에 그쳤다고 창원시가 밝혔다. "
        "시는 제설 차량 140대를 투입했다고 설명했다."
    )
    found = {c.value: c.source for c in claims(text)}
    assert found[12] == "경남경찰청(경찰)"
    assert found[140] == "창원시(시)"


def test_a_short_form_speaking_is_written_with_the_full_name_the_text_gives() -> None:
    """ "국토교통부가 … 발표했다" names the body in a sentence without a figure; the later
    "국토부는 … 밝혔다" is the same body, written whole with its short form."""
    text = (
        "국토교통부가 오늘 겨울철 도로 대책을 발표했다.\n\n"
        "국토부는 제설제 4만 톤을 미리 확보했다고 밝혔다."
    )
    (c,) = claims(text)
    assert c.source == "국토교통부(국토부)"


def test_relative_times_resolve_against_the_published_date() -> None:
    """ "지난달", "지난해", "어제": the folder's time block resolves them against the
    published date (2026-12-02 here), as every other language's does."""
    found = [
        c.as_of
        for c in extract_in(
            "ko",
            "국정원은 지난달 북한군이 약 1만 8천 명이라고 밝혔다. 통계청은 지난해 출생아가 "
            "23만 명이라고 밝혔다. 소방청은 어제 부상자가 12명이라고 밝혔다.",
            "2026-12-02",
        )
    ]
    assert found == ["2026-11", "2025", "2026-12-01"]


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        # "according to what the ministry disclosed": the bound noun stands for its data
        (
            "러시아 내무부가 공개한 바에 따르면 올해 북한 노동자 1만2천 명이 입국했다.",
            "러시아 내무부",
            [],
        ),
        ("국정원이 밝힌 바에 따르면 북한군 300여 명이 추가로 배치됐다.", "국정원", []),
        # the outlet that told it cited the ministry's statistics
        (
            "현지 매체 '시베리아 뉴스'가 러시아 내무부 통계를 인용해 보도한 바에 따르면 올해 "
            "북한 노동자 1만2천 명이 입국했다.",
            "러시아 내무부",
            ["시베리아 뉴스"],
        ),
    ],
)
def test_what_a_body_told_before_a_bound_noun_is_its_own(
    text: str, source: str, via: list[str]
) -> None:
    (c,) = extract_in("ko", text)
    assert (c.source, c.via) == (source, via)


@pytest.mark.parametrize(
    "text",
    [
        # the body that submitted the budget, past the year it is for ("올해")
        "한솔군이 군의회에 제출한 올해 추경안을 보면 도로 보수비는 12억 원에서 20억 원으로 늘어난다.",
        "한솔군이 지난달 발표한 예산안을 보면 도로 보수비는 12억 원에서 20억 원으로 늘어난다.",
    ],
)
def test_looking_at_a_budget_a_body_submitted_is_reading_its_figures(text: str) -> None:
    found = extract_in("ko", text)
    assert found and all(c.source == "한솔군" for c in found)


def test_idioms_of_saying_and_more_counters() -> None:
    """ "…"며 "…"고 목소리를 높였다" (insisted) and "…"고 입을 모았다" (agreed): the topic
    speaks; "줄" (rows, lines) and "상자" (boxes) count."""
    (insisted,) = extract_in(
        "ko", '김영호 조합장은 "피해액은 90억 원에 이른다"며 "대책이 없다"고 목소리를 높였다.'
    )
    assert insisted.source == "김영호 조합장"
    (agreed,) = extract_in("ko", '시장 상인들은 "매출이 30% 줄었다"고 입을 모았다.')
    assert agreed.source == "시장 상인들"
    rows = extract_in("ko", "양식장에 내린 줄은 300줄이고, 출하한 굴은 120상자다.")
    assert [c.value for c in rows] == [300, 120]


def test_a_body_named_by_its_kind_alone_is_written_with_its_full_name() -> None:
    # the city is named in full only where it is no source
    text = (
        "솔내시의 심야버스 개편안이 공개됐다. 시는 버스 40대를 추가로 투입할 계획이라고 설명했다."
    )
    (buses,) = claims(text)
    assert buses.source == "솔내시(시)"


def test_a_polite_present_verb_of_judging_gives_its_topic_as_source() -> None:
    (c,) = claims("해양경찰청은 올해 불법 조업 어선이 300척 이상 적발됐다고 봅니다.")
    assert (c.value, c.source) == (300, "해양경찰청")


def test_my_estimate_in_a_quotation_is_the_speakers() -> None:
    (c,) = claims(
        '박지훈 한강연구소 연구위원은 통화에서 "제 추산으로는 올해 관광객이 40만 명은 족히 '
        '된다"고 말했습니다.'
    )
    assert c.value == 400000 and (c.source or "").startswith("박지훈")


def test_a_size_or_a_time_as_topic_is_no_speaker() -> None:
    text = (
        "소방청은 산불로 주택 45채가 불탔다고 밝혔습니다. 동원 인원은 작년보다 훨씬 많아 "
        "3000명 가까이로 추산합니다."
    )
    _, crews = claims(text)
    assert (crews.value, crews.source) == (3000, "소방청")


def test_a_turn_label_speaks_before_a_topic_of_its_answer() -> None:
    text = (
        "기자: 관광객은 얼마나 늘었나요?\n\n한지수: 올해 관광객은 80만 명을 넘을 것으로 봅니다.\n"
    )
    (c,) = claims(text)
    assert (c.value, c.source) == (800000, "한지수")


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("시는 2026년 11월 24일 이재민이 1천200명이라고 밝혔다.", "2026-11-24"),
        ("협회는 2025년 9월 기준 회원사가 340곳이라고 밝혔다.", "2025-09"),
        ("시는 11월 24일 이재민이 1천200명이라고 밝혔다.", "2026-11-24"),
        ("협회는 2024년 회원사가 340곳이었다고 밝혔다.", "2024"),
    ],
)
def test_a_date_written_with_its_marks_dates_the_figure(text: str, as_of: str) -> None:
    (c,) = extract_in("ko", text, "2026-12-03")
    assert c.as_of == as_of


def test_a_tables_date_column_dates_its_rows() -> None:
    table = "항목\t규모\t출처\t기준 시점\n이재민\t1,200명\t시청\t2026년 11월\n침수 주택\t340채\t소방본부\t2026년 10월\n"
    got = {c.value: (c.source, c.as_of) for c in extract_in("ko", table, "2026-12-03")}
    assert got == {1200: ("시청", "2026-11"), 340: ("소방본부", "2026-10")}


def test_the_one_cited_after_the_day_it_was_cited() -> None:
    """ "통신은 2일(현지시간) 정보총국(HUR)을 인용해": the agency cited, the outlet passing it
    on; the day before the name is no part of it."""
    (shells,) = claims(
        "현지 통신 키이우포스트는 3일(현지시간) 국방부 정보총국(HUR)을 인용해, 북한이 넘긴 포탄이 "
        "1천200만 발을 넘어섰다고 보도했다."
    )
    assert shells.source == "국방부 정보총국(HUR)"
    assert shells.via and "키이우포스트" in shells.via[0]


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        # data a lawmaker received from a body: the body's, the lawmaker passing it on
        (
            "국회 국방위원회 소속 김철수 의원이 국방부로부터 제출받은 자료에 따르면, "
            "북한군 사망자는 3천 명에 이른다.",
            "국방부",
            ["김철수 의원"],
        ),
        (
            "이민호 의원(해송·남구)이 한국수자원공사에서 받은 자료에 따르면, "
            "저수지 12곳이 바닥을 드러냈다.",
            "한국수자원공사",
            ["이민호 의원"],
        ),
    ],
)
def test_data_received_from_a_body_is_the_body_s(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, c.via) == (source, via)


def test_the_owner_of_data_is_past_the_nouns_qualifying_it() -> None:
    (c,) = claims("해송군의 지난해 상수도 운영 보고서에 따르면 생산한 수돗물은 모두 300만t이었다.")
    assert c.source == "해송군"


def test_a_title_s_party_in_brackets_is_no_part_of_the_name() -> None:
    (c,) = claims("이민호 의원(해송·남구)에 따르면 저수지 12곳이 바닥을 드러냈다.")
    assert c.source == "이민호 의원"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "북한이 러시아에 넘긴 포병 체계가 180문 이상이라고 국정원은 밝혔다.",
            "dprk_artillery_systems",
        ),
        ("러시아가 북한에 보낸 정제유와 밀가루는 올해 수십만t에 이른다.", "russia_aid_to_dprk"),
    ],
)
def test_artillery_and_aid_nouns(text: str, measure: str) -> None:
    assert claims(text)[-1].measure == measure


def test_several_hundred_million_is_a_vague_amount() -> None:
    (c,) = claims("러시아의 현금 지원만 해도 연간 수억 달러 규모로 보고 있다.")
    assert (c.value, c.low, c.vague) == (None, 100_000_000, True)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a rumour among people or in a corner of a site: they are where it comes from,
        # named with the words before them (extract/hearsay.py, hearsay_among)
        (
            "지역 버스 기사들 사이에서는 노선 12개가 폐지된다는 소문이 돌고 있다.",
            "지역 버스 기사들",
        ),
        ("온라인 커뮤니티 일각에서는 보조금이 30% 줄어든다는 주장이 나온다.", "온라인 커뮤니티"),
    ],
)
def test_a_rumour_among_people_is_theirs(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_the_writers_own_sum_carries_no_source() -> None:
    text = (
        "통계청에 따르면 올해 폐업한 식당은 3천 곳, 문을 닫은 카페는 2천 곳이다. "
        "둘을 합치면 5천 곳이 넘게 사라진 셈이다."
    )
    assert [c.source for c in extract_in("ko", text)] == ["통계청", "통계청", None]


def test_a_bodys_side_is_named_with_the_body() -> None:
    # "병원 측에 따르면": the hospital's side, not "측" alone
    text = "병원이 붐볐다. 병원 측에 따르면 환자 120명이 다른 병원으로 옮겨졌다."
    assert [c.source for c in extract_in("ko", text)] == ["병원 측"]


def test_a_roundtables_bulleted_labels_are_its_speakers_turns() -> None:
    # a paper's roundtable prints each turn behind a bullet and an equals sign ("▶이름=");
    # the moderator's label ("사회") asks, and each answer is its speaker's, all of it
    text = (
        "참석자: 한도윤 전 해양수산부 국장, 서미래 항만연구원 연구위원\n\n"
        "▶사회=부산항 물동량은 어떤가.\n\n"
        "▶한도윤=올해 물동량은 2천만 TEU를 넘었다고 본다. 환적 비중도 50%를 넘는다.\n\n"
        "▶서미래=신항 부두 9곳이 이미 포화 상태다.\n"
    )
    assert [c.source for c in claims(text)] == ["한도윤", "한도윤", "서미래"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a verb of saying qualifying the figure's subject tells whose figure it is
        ("같은 자료에서 해양수산부가 밝힌 입항 선박은 1만 2천여 척이다.", "해양수산부"),
        ("세관이 파악한 밀수 적발 건수는 300건을 넘었다.", "세관"),
        # the paper's own reporters, and a country a speaker says made a figure public, tell
        # nobody's figure
        ("취재진이 부산역에서 확인한 결과 열차 10여 편이 취소됐다.", None),
    ],
)
def test_a_verb_of_saying_before_the_counted_noun_names_its_teller(
    text: str, source: str | None
) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_judging_a_figure_as_so_much_names_who_judged() -> None:
    # "…으로 봤다": judged it at so much (a verb of estimating after "로"); "피해를 봤다"
    # (suffered damage) says nothing
    (c,) = claims("해양경찰청은 실종자를 20명 안팎으로 봤다.")
    assert c.source == "해양경찰청"
    (d,) = claims("농가 300곳이 큰 피해를 봤다.")
    assert d.source is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a survey the paper asked a pollster for: the pollster's
        ("본보가 여론조사 기관 누리리서치에 의뢰한 조사에서 찬성 응답은 48.2%였다.", "누리리서치"),
        # a study the city asked an institute for, past the nouns naming it
        ("시가 해송연구원에 맡긴 용역 보고서에 따르면 하루 이용객은 3만 명이다.", "해송연구원"),
    ],
)
def test_a_survey_asked_of_a_body_is_that_body_s(text: str, source: str) -> None:
    (c,) = claims(text)
    assert c.source == source


def test_a_survey_no_verb_makes_is_no_cue() -> None:
    """ "수산원은 표본 조사에서 ... 밝혔다": the one saying it, not the sample."""
    (c,) = claims("해송수산원은 지난달 표본 조사에서 굴 10개 중 7개꼴로 폐사했다고 밝혔다.")
    assert c.source == "해송수산원"


def test_a_document_a_body_put_out_speaks_for_it_later() -> None:
    """ "X은 … 보고서를 내고 …. 보고서는 … 추정했다": the report is its maker's word, even
    after another source spoke in between; the words qualifying the report ("방산 업종
    보고서") name no one."""
    text = (
        "해솔증권은 3일 조선 업종 보고서 '바다의 시간'을 내고 투자의견을 유지했다.\n\n"
        "해양수산부는 지난달 수주 잔량이 1,200척이라고 밝혔다. "
        "보고서는 내년 수주가 300척 안팎일 것으로 추정했다.\n"
    )
    by_figure = {c.figure: c for c in claims(text)}
    assert by_figure[1200].source == "해양수산부"
    assert by_figure[300].source == "해솔증권"


def test_a_judgement_closing_on_the_document_is_its_maker_s() -> None:
    text = (
        "해솔증권은 3일 조선 업종 보고서를 냈다.\n\n"
        "수주 흐름은 꺾였다는 게 보고서의 진단이다. 올해 수주는 80척에 그쳤다.\n"
    )
    (c,) = claims(text)
    assert c.source == "해솔증권"


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        # "by what X reported, citing Y": the bound noun glued to its cue
        (
            "동해신문이 해양경찰청 자료를 인용해 보도한 바로는 올해 실종자가 40명이다.",
            "해양경찰청",
            ["동해신문"],
        ),
        # "…라는 X 판단": a quotative clause before the owner of a noun of data
        ("내년에 여객선 12척이 추가로 투입될 것이라는 해양수산부 판단도 실렸다.", "해양수산부", []),
    ],
)
def test_cues_without_a_verb_of_saying(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert (c.source, c.via) == (source, via)


def test_a_sentence_citing_a_body_s_data_gives_the_next_its_source() -> None:
    """ "X의 분석을 인용한 대목도 있다. …된다는 것이다": the cited body, told on."""
    text = (
        "보고서에는 해양연구원의 위성사진 분석을 인용한 대목도 있다. "
        "부산항에 묶인 선박은 70척 가까이 된다는 것이다.\n"
    )
    (c,) = claims(text)
    assert c.source == "해양연구원"


def test_a_thing_a_relative_clause_tells_of_is_no_speaker() -> None:
    """ "시가 올해 주민에게 나눠준 연탄은 …": what the city handed out, not who speaks; a
    name ending like a verb after a closed clause still speaks ("논란이 커지자 도경환 시장은")."""
    (c,) = claims(
        "시가 올해 주민에게 나눠준 연탄은 3만 장을 넘었고, 내년에도 더 보내기로 약속했다."
    )
    assert c.source is None
    (d,) = claims('논란이 커지자 도경환 시장은 "예산은 20% 줄이겠다"고 밝혔다.')
    assert "도경환" in (d.source or "")


def test_a_local_body_named_again_without_its_place_is_named_whole() -> None:
    """ "교육지원청에 따르면" after "솔미교육지원청이 연 설명회": the body with its place."""
    text = (
        "지난 1일 가람교육지원청이 연 설명회에 주민 80여 명이 모였다.\n\n"
        "교육지원청에 따르면 올해 전교생은 17명이다."
    )
    claims = extract_in("ko", text, "2026-12-02")
    c = next(c for c in claims if c.value == 17)
    assert c.source is not None and "가람교육지원청" in c.source


def test_a_numbered_answer_label_opens_no_name() -> None:
    """ "3번 ② HUR는 … 봅니다", "4번 ③ 국정원은 … 파악했습니다": a quiz answer's number and
    choice before the topic-marked speaker."""
    text = (
        "3번 ② 국정원은 러시아가 원유 100만 배럴 이상을 보낸 것으로 파악했습니다.\n"
        "① 합동참모본부는 포탄이 1천200만 발을 넘는다고 분석합니다.\n"
    )
    sources = [c.source for c in extract_in("ko", text, "2026-12-02")]
    assert sources == ["국정원", "합동참모본부"]


def test_an_acronym_source_is_named_with_the_hangul_name_it_stands_for() -> None:
    """ "HUR는 … 봅니다" after "우크라이나 국방정보총국(HUR)은": the body in Hangul too."""
    text = (
        "지난해 포로는 두 명이었지만, 우크라이나 국방정보총국(HUR)은 새 자료를 냈습니다.\n"
        "HUR는 러시아군이 쓰는 포탄의 40% 안팎이 북한산이라고 봅니다.\n"
    )
    (c,) = [c for c in extract_in("ko", text, "2026-12-02") if c.value == 40]
    assert c.source == "우크라이나 국방정보총국(HUR)"


def test_a_unit_letter_before_a_subject_particle_is_no_speaker() -> None:
    """ "밀가루 수천 t이 … 약속했다고 한다"고 덧붙였다": "t" is tonnes, not who estimated."""
    text = (
        '나선시 소식통은 "지난달 컨테이너가 600개를 웃돌았다"고 전했다. 그는 "러시아산 밀가루 '
        '수천 t이 배급소에 풀렸고, 비료 20만 t을 더 보내기로 약속했다고 한다"고 덧붙였다.'
    )
    for c in extract_in("ko", text, "2026-12-02"):
        assert c.source == "나선시 소식통", c


def test_one_in_so_many_written_in_number_words_is_a_share() -> None:
    """ "열 발 중 여섯 발" (six of ten rounds), "다섯 발 중 한 발" (one of five, "한" the word
    for one): shares, not the counts ten and six."""
    text = (
        '대대장은 "포탄 열 발 중 여섯 발은 북한제"라고 말했다.\n'
        "수거한 포탄 가운데 많게는 다섯 발 중 한 발이 터지지 않았다.\n"
    )
    claims = extract_in("ko", text, "2026-12-02")
    assert [(c.value, c.high) for c in claims] == [(60.0, None), (20.0, 20.0)]
