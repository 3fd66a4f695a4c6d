"""Arabic: the folder's own fixtures scored end to end, and Arabic's number forms, bounds,
traps, sources and status read through the public extractor, on sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.extract import parse_digits
from claimtrack.records import Claim

from .conftest import extract_in


def claims(text: str) -> list[Claim]:
    return extract_in("ar", text)


def only(text: str) -> Claim:
    found = claims(text)
    assert len(found) == 1, [(c.value, c.low, c.high, c.quote) for c in found]
    return found[0]


def test_arabic_fixtures_score(language_score: Callable[[str], dict[str, Any]]) -> None:
    r = language_score("ar")
    assert r["f1"] >= 0.9, r
    assert r["attribute_accuracy"]["source"] >= 0.7, r
    assert r["attribute_accuracy"]["measure"] >= 0.75, r
    assert r["traps_hit"] == 0, r


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("11,000", 11000),
        ("١١٬٠٠٠", 11000),  # Arabic-Indic digits and the Arabic thousands sign
        ("٢٫٥", 2.5),  # the Arabic decimal sign
        ("۱۲۰۰", 1200),  # Persian digits
        ("3.5", 3.5),
    ],
)
def test_digits(written: str, value: float) -> None:
    assert parse_digits(written, "ar") == value


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("أرسلت كوريا الشمالية 11 ألف جندي إلى روسيا.", 11000, "dprk_troops_in_russia"),
        ("أرسلت كوريا الشمالية ١١ ألف جندي إلى روسيا.", 11000, "dprk_troops_in_russia"),
        ("شحنت كوريا الشمالية ٢٫٥ مليون قذيفة إلى روسيا.", 2_500_000, "dprk_artillery_shells"),
        ("شحنت كوريا الشمالية 20 ألفاً من الحاويات إلى روسيا.", 20000, "dprk_containers_shipped"),
        ("أرسلت كوريا الشمالية ثلاثة آلاف جندي إلى روسيا.", 3000, "dprk_troops_in_russia"),
        ("أرسلت كوريا الشمالية ألفي عامل إلى روسيا.", 2000, "dprk_workers_in_russia"),
        ("أرسلت كوريا الشمالية خمسة عشر ألف جندي إلى روسيا.", 15000, "dprk_troops_in_russia"),
        ("أرسلت كوريا الشمالية مئتي مهندس إلى روسيا.", 200, "dprk_engineers_sappers"),
        ("زودت كوريا الشمالية روسيا بمليون قذيفة.", 1_000_000, "dprk_artillery_shells"),
        ("زودت كوريا الشمالية روسيا بنصف مليون قذيفة.", 500_000, "dprk_artillery_shells"),
        ("أرسلت كوريا الشمالية أحد عشر ألف جندي إلى روسيا.", 11000, "dprk_troops_in_russia"),
        ("أرسلت كوريا الشمالية خمسة وعشرين ألف جندي إلى روسيا.", 25000, "dprk_troops_in_russia"),
        ("أرسلت كوريا الشمالية 5 آلاف عامل وألف خبير إلى روسيا.", 5000, "dprk_workers_in_russia"),
    ],
)
def test_scales_duals_and_number_words(text: str, figure: float, measure: str) -> None:
    c = claims(text)[0]
    assert c.figure == figure
    assert c.measure == measure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("أرسلت كوريا الشمالية 12 ألفا و800 جندي إلى روسيا.", 12800),
        ("شحنت كوريا الشمالية مليون و500 ألف قذيفة إلى روسيا.", 1_500_000),
        ("شحنت كوريا الشمالية مليون ونصف قذيفة إلى روسيا.", 1_500_000),
        ("شحنت كوريا الشمالية نحو مليون ونصف المليون قذيفة إلى روسيا.", 1_500_000),
        ("شحنت كوريا الشمالية 3 ملايين ونصف قذيفة إلى روسيا.", 3_500_000),
    ],
)
def test_numbers_written_in_parts(text: str, figure: float) -> None:
    assert only(text).figure == figure


def test_and_glued_to_a_number_is_no_designation() -> None:
    """ "و800" is "and 800", not a model code like "KN23"; "الـ75" (the 75th) stays out."""
    found = claims("أرسلت كوريا الشمالية 5 آلاف عامل و800 مهندس إلى روسيا في الذكرى الـ75.")
    assert [(c.figure, c.measure) for c in found] == [
        (5000, "dprk_workers_in_russia"),
        (800, "dprk_engineers_sappers"),
    ]


def test_a_prefixed_scale_alone_is_its_value() -> None:
    found = claims("أرسلت كوريا الشمالية 5 آلاف عامل وألف خبير في إزالة الألغام إلى روسيا.")
    assert [c.figure for c in found] == [5000, 1000]
    assert found[1].measure == "dprk_engineers_sappers"


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "approx", "vague"),
    [
        ("أرسلت كوريا الشمالية نحو 11 ألف جندي إلى روسيا.", 11000, None, None, True, False),
        ("أرسلت كوريا الشمالية حوالي 11 ألف جندي إلى روسيا.", 11000, None, None, True, False),
        ("أرسلت كوريا الشمالية زهاء 11 ألف جندي إلى روسيا.", 11000, None, None, True, False),
        ("أرسلت كوريا الشمالية قرابة 11 ألف جندي إلى روسيا.", 11000, None, None, True, False),
        ("أرسلت كوريا الشمالية ما يقرب من 11 ألف جندي.", 11000, None, None, True, False),
        ("قُتل أكثر من 300 جندي كوري شمالي.", 300, 300, None, False, False),
        ("قُتل أزيد من 300 جندي كوري شمالي.", 300, 300, None, False, False),
        ("قُتل ما لا يقل عن 300 جندي كوري شمالي.", 300, 300, None, False, False),
        ("قد ترسل كوريا الشمالية ما يصل إلى 30 ألف جندي.", 30000, None, 30000, False, False),
        ("قُتل أقل من 300 جندي كوري شمالي.", 300, None, 300, False, False),
        ("قُتل 600 جندي كوري شمالي على الأقل.", 600, 600, None, False, False),
        ("أرسلت كوريا الشمالية ما بين 10 آلاف و12 ألف جندي.", None, 10000, 12000, False, False),
        ("أرسلت كوريا الشمالية آلاف الجنود إلى روسيا.", None, 1000, None, False, True),
        ("أرسلت كوريا الشمالية عشرات الآلاف من العمال.", None, 10000, None, False, True),
        ("أرسلت كوريا الشمالية بضعة آلاف من العمال.", None, 2000, None, False, True),
        ("أصيب مئات الجنود الكوريين الشماليين.", None, 100, None, False, True),
        ("شارك مئات الآلاف من الجنود الكوريين الشماليين.", None, 100_000, None, False, True),
    ],
)
def test_bounds_approximations_ranges_and_vague_amounts(
    text: str,
    value: float | None,
    low: float | None,
    high: float | None,
    approx: bool,
    vague: bool,
) -> None:
    c = only(text)
    assert (c.value, c.low, c.high, c.approx, c.vague) == (value, low, high, approx, vague)


@pytest.mark.parametrize(
    "text",
    [
        "أطلقت روسيا صواريخ من طراز KN-23 على كييف.",
        "تستخدم المدافع ذخيرة عيار 170 ملم.",
        "قال الجندي الأسير، الذي يبلغ من العمر 20 عاماً، إنه لم يقاتل.",
        "بدأ التعاون العسكري بين البلدين في عام 2024.",
        "استمر القصف لمدة 10 أيام متتالية.",
        "وصل الوفد إلى موسكو في 15 مارس.",
    ],
)
def test_traps_are_no_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "أرسلت كوريا الشمالية 11 ألف جندي إلى روسيا، وفقا للاستخبارات الكورية الجنوبية.",
            "الكورية",
        ),
        ("وبحسب وزارة الدفاع الأوكرانية، قُتل 300 جندي كوري شمالي.", "وزارة"),
        ("قال المتحدث باسم الجيش الأوكراني إن 300 جندي كوري شمالي قُتلوا.", "المتحدث"),
        ("أعلنت هيئة الأركان الأوكرانية أن 300 جندي كوري شمالي قُتلوا.", "هيئة"),
    ],
)
def test_sources_before_and_after_their_verb(text: str, word: str) -> None:
    c = only(text)
    assert c.source is not None and word in c.source.split()


def test_an_outlet_citing_a_source_is_via() -> None:
    """ "نقلت وكالة رويترز عن مسؤولين قولهم إن": the officials said it, Reuters passed it on."""
    c = only("ونقلت وكالة رويترز عن مسؤولين أميركيين قولهم إن نحو 10 آلاف جندي كوري شمالي وصلوا.")
    assert c.source == "مسؤولون أميركيون"  # "عن" governs the genitive; named in the nominative
    assert c.via == ["وكالة رويترز"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("تعهدت كوريا الشمالية بإرسال 5 آلاف عامل إلى روسيا.", "pledged"),
        ("تعتزم كوريا الشمالية إرسال 5 آلاف عامل إلى روسيا.", "planned"),
        ("ويُشاع أن كوريا الشمالية سترسل 5 آلاف عامل إلى روسيا.", "rumoured"),
        ("أرسلت كوريا الشمالية 5 آلاف عامل إلى روسيا.", "reported"),
    ],
)
def test_status_words(text: str, status: str) -> None:
    assert only(text).status == status


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("قُتل أكثر من 300 جندي كوري شمالي في كورسك.", "dprk_troops_killed"),
        ("أصيب نحو 500 جندي كوري شمالي في كورسك.", "dprk_troops_wounded"),
        ("قُتل 300 جندي كوري شمالي وأصيب 500 آخرون في كورسك.", "dprk_troops_wounded"),
        ("قدّرت سيول خسائر كوريا الشمالية بنحو 4,700 بين قتيل وجريح.", "dprk_troops_casualties"),
    ],
)
def test_the_verb_before_the_figure_names_its_measure(text: str, measure: str) -> None:
    """Arabic puts the verb first: "قُتل 300 جندي" counts the killed, not troops sent."""
    assert claims(text)[-1].measure == measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("شحنت كوريا الشمالية 28 ألف حاوية ذخيرة إلى روسيا.", "dprk_containers_shipped"),
        ("سلمت كوريا الشمالية روسيا 240 راجمة صواريخ.", "dprk_artillery_systems"),
        ("سلمت كوريا الشمالية روسيا 12 مليون قذيفة مدفعية.", "dprk_artillery_shells"),
        ("أرسلت كوريا الشمالية نحو 10 آلاف عسكري إلى روسيا.", "dprk_troops_in_russia"),
    ],
)
def test_the_first_noun_after_the_figure_is_what_it_counts(text: str, measure: str) -> None:
    """The words after the noun qualify it: "حاوية ذخيرة" is an ammunition container."""
    assert only(text).measure == measure


def test_short_vowels_do_not_split_words() -> None:
    """ "يُقدَّر" with its damma and shadda is the hedge "يقدر"."""
    c = only("ويُقدَّر أن كوريا الشمالية أرسلت 11 ألف جندي إلى روسيا.")
    assert c.certainty == "hedged"
    assert c.figure == 11000


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("قالت الاستخبارات إن القوات الأوكرانية أسرت جنديين كوريين شماليين في كورسك.",
         "dprk_troops_captured"),
        ("قالت كييف إن كوريا الشمالية سلمت روسيا دبابتين.", "dprk_tanks"),
    ],
)  # fmt: skip
def test_a_noun_in_the_dual_counts_two(text: str, measure: str) -> None:
    c = only(text)
    assert (c.value, c.measure) == (2, measure)


def test_a_dual_before_its_number_is_read_once() -> None:
    (c,) = claims("قالت الاستخبارات إن القوات الأوكرانية أسرت جنديين اثنين من كوريا الشمالية.")
    assert c.value == 2
    assert claims("قال الرجلان إن الطقس بارد.") == []


def test_a_comma_before_one_or_two_digits_is_a_decimal_point() -> None:
    assert only("أرسلت كوريا الشمالية 2,5 مليون قذيفة إلى روسيا.").value == 2_500_000
    assert only("أرسلت كوريا الشمالية 11,000 جندي إلى روسيا.").value == 11000
    assert parse_digits("2,5", "ar") == 2.5
    assert parse_digits("2,5", "en") is None  # English: a price written the European way


def test_a_destination_is_not_whose_the_figure_is() -> None:
    text = (
        "تزود كوريا الشمالية روسيا بالذخيرة. وأرسلت كوريا الشمالية جنودا إلى روسيا. "
        "ووصل إلى روسيا أكثر من 200 قطعة مدفعية بعيدة المدى."
    )
    assert claims(text)[-1].measure == "dprk_artillery_systems"


def test_an_actor_in_another_clause_after_the_arabic_comma_owns_no_figure() -> None:
    text = (
        "تزود كوريا الشمالية روسيا بالذخيرة. وأرسلت كوريا الشمالية جنودا إلى روسيا. "
        "وتحدثت صحف يابانية عن خطط لإرسال عشرات الآلاف من العمال الإضافيين، "
        "وهو ما لم تؤكده موسكو."
    )
    (c,) = claims(text)
    assert (c.low, c.measure) == (10000, "dprk_workers_in_russia")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # after "نقلا عن" a sound plural is in the genitive: the source is named in the nominative
        ("وذكرت وكالة رويترز، نقلا عن مسؤولين أمريكيين، أن روسيا تلقت 300 صاروخ.",
         "مسؤولون أمريكيون"),
        ("وذكرت وكالة رويترز، نقلا عن محللين غربيين، أن روسيا قدمت 500 طن من القمح.",
         "محللون غربيون"),
        # names that only end like a plural stay as written
        ("وذكرت وكالة رويترز، نقلا عن الكرملين، أن روسيا قدمت 500 طن من القمح.", "الكرملين"),
    ],
)  # fmt: skip
def test_cited_plural_sources_in_the_nominative(text: str, source: str) -> None:
    assert only(text).source == source


def test_a_count_noun_before_the_figure_names_the_event() -> None:
    # "the number of the dead reaches about 400 soldiers": dead soldiers
    found = claims(
        "أرسلت كوريا الشمالية قوات إلى روسيا. وقال مسؤولون إن عدد القتلى بلغ نحو 400 جندي "
        "كوري شمالي."
    )
    assert found[-1].measure == "dprk_troops_killed"


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        # "نقلت X عن Y": the outlet passes on what Y says
        ("ونقلت صحيفة النهار عن مصادر أمنية أن 500 جندي وصلوا إلى الحدود.", "مصادر أمنية",
         ["صحيفة النهار"]),
        # estimates "in" a capital are that capital's
        ("وتشير التقديرات في كييف إلى أن 300 جندي قتلوا.", "كييف", []),
        # evidence beside a source names no one
        ("وكشف تقرير لوكالة رويترز، استنادا إلى صور التقطتها أقمار صناعية ومصادر عسكرية، أن "
         "200 حاوية وصلت.", "مصادر عسكرية", ["تقرير لوكالة رويترز"]),
    ],
)  # fmt: skip
def test_relayed_sources_places_and_evidence(text: str, source: str, via: list[str]) -> None:
    (c,) = claims(text)
    assert c.source == source and c.via == via


def test_one_of_a_pair_is_no_count() -> None:
    # "أحد الأسيرين": one of the two prisoners, counted before; the dual alone still counts two
    assert claims("ويبلغ أحد الجنديين 19 عاماً، بينما يبلغ الآخر 23 عاماً.") == []
    (c,) = claims("وأعلن الجيش أسر جنديين في المعارك.")
    assert c.figure == 2


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        # a lawmaker who relays a briefing passes the agency's figure on
        ("قال جهاز الاستخبارات الوطني إن 11 ألف جندي كوري شمالي وصلوا إلى روسيا. وأوضح الجهاز، "
         "في إفادة نقل تفاصيلها النائب لي جونغ-هون، أن 13 ألف جندي كوري شمالي موجودون في روسيا.",
         "جهاز الاستخبارات الوطني", ["النائب لي جونغ-هون"]),
        # the agency's estimates are the agency's
        ("قال جهاز الاستخبارات الوطني إن 11 ألف جندي كوري شمالي وصلوا إلى روسيا. وتشير تقديرات "
         "الجهاز إلى أن موسكو زودت بيونغ يانغ بأكثر من مليون برميل من النفط.",
         "جهاز الاستخبارات الوطني", []),
        # data "issued by" a ministry are the ministry's
        ("قال جهاز الاستخبارات الوطني إن 11 ألف جندي كوري شمالي وصلوا إلى روسيا. كشفت معطيات "
         "رسمية صادرة عن وزارة التجهيز والماء أن نسبة ملء السدود بلغت 27 في المائة.",
         "وزارة التجهيز والماء", []),
        # "يقدر بنحو": is estimated at; what stands before it is what is estimated
        ("قال جهاز الاستخبارات الوطني إن 11 ألف جندي كوري شمالي وصلوا إلى روسيا. وأوضح الجهاز أن "
         "عدد الجنود الموجودين على الأراضي الروسية يقدر بنحو 13 ألفا.",
         "جهاز الاستخبارات الوطني", []),
        # a verb of saying after its subject is inside the reported clause: its object says nothing
        ("قال مسؤول بالوزارة إن 11 ألف جندي كوري شمالي وصلوا إلى روسيا. وأشار المسؤول إلى أن "
         "الحكومة رصدت غلافا ماليا بقيمة 3 مليارات درهم.",
         "مسؤول بالوزارة", []),
    ],
)  # fmt: skip
def test_who_a_speaker_stands_for(text: str, source: str, via: list[str]) -> None:
    c = claims(text)[-1]
    assert (c.source, c.via) == (source, via)


def test_a_researcher_with_his_field_and_place_and_as_he_put_it() -> None:
    # "على حد قوله" (as he put it) names no one; the field's place does not cut the name
    (c,) = claims(
        "ويقدّر الخبير في مركز دراسات الطاقة في القاهرة سامي منصور أن الخسائر بلغت نحو "
        "ثلاثة مليارات دولار، على حد قوله."
    )
    assert c.source is not None and "سامي منصور" in c.source


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        # "وفقا لما نقله": according to what X relayed; the lawmaker passes the body's figure on
        ("أعلنت هيئة الأرصاد أن 40 قرية غمرتها المياه، وفقا لما نقله النائب سامر حداد عقب "
         "جلسة مغلقة.", "هيئة الأرصاد", ["النائب سامر حداد"]),
        ("تضرر 40 منزلا في المدينة، حسبما ذكرت وزارة الإسكان.", "وزارة الإسكان", []),
        # the preposition glued to the name after "وفقا ل"
        ("تضرر 40 منزلا في المدينة، طبقا لوزارة الإسكان.", "وزارة الإسكان", []),
        # "ل" + "الهيئة" is written "للهيئة"
        ("تضرر 40 منزلا في المدينة، وفقا للهيئة العامة للإسكان.", "الهيئة العامة للإسكان", []),
    ],
)  # fmt: skip
def test_according_to_what_was_relayed_and_a_glued_preposition(
    text: str, source: str, via: list[str]
) -> None:
    (c,) = claims(text)
    assert (c.source, c.via) == (source, via)


def test_a_lawmaker_named_again_by_a_surname_is_one_via() -> None:
    *_, c = claims(
        "أفادت هيئة الأرصاد بأن 40 قرية غمرتها المياه، وفقا لما نقله النائب سامر حداد. "
        "وأضاف حداد أن الهيئة تقدّر أن الخسائر بلغت نحو 20 مليون دولار."
    )
    assert (c.source, c.via) == ("هيئة الأرصاد", ["النائب سامر حداد"])


def test_a_body_named_again_by_its_head_noun_with_the_article() -> None:
    a, b = claims(
        "قالت مديرية الدفاع المدني في بيان إن 300 أسرة نزحت. وأضافت المديرية أن 12 مدرسة أغلقت."
    )
    assert a.source == b.source == "مديرية الدفاع المدني"


def test_an_interviewee_named_after_a_title_answers() -> None:
    text = (
        'حاورت "الرافد" الدكتورة هدى العبيدي، الباحثة في الاقتصاد الزراعي.\n\n'
        "■ كم خسر المزارعون هذا العام؟\n"
        "- الخسائر كبيرة. فقد نحو 5 آلاف مزارع أراضيهم.\n\n"
        "■ وماذا عن الأسعار؟\n"
        "- ارتفعت أسعار القمح بنحو 30 في المئة."
    )
    found = claims(text)
    assert found and all(c.source == "هدى العبيدي" for c in found)


def test_a_role_s_holder_named_after_a_title_in_apposition() -> None:
    text = (
        "وقال وزير الصحة، الدكتور سامي الحلبي، إن 300 مريض غادروا المستشفيات أمس. "
        "وأضاف أن 40 طبيبا انضموا إلى الفرق الطبية."
    )
    patients, doctors = extract_in("ar", text)
    assert patients.source == doctors.source == "وزير الصحة، الدكتور سامي الحلبي"


def test_a_transcript_s_labels_name_who_answers_in_a_script_without_capitals() -> None:
    """ "Name (role):" opens a turn; the same name without its role opens the later ones,
    as the presenter has introduced the guest in her own turn."""
    text = (
        "ليلى منصور (المذيعة): معنا الليلة الخبير الاقتصادي الدكتور فادي يوسف. "
        "ما حجم الخسائر؟\n\n"
        "فادي يوسف: بحسب تقديراتنا، خسر الموسم نحو 40 ألف طن من الزيتون.\n\n"
        "ليلى منصور: والأسعار؟\n\n"
        "فادي يوسف: ارتفعت بنحو 25 في المئة."
    )
    found = claims(text)
    assert len(found) == 2 and all(c.source == "فادي يوسف" for c in found)


def test_nothing_that_confirms_is_no_speaker() -> None:
    (claim,) = claims("يتحدث ناشطون عن وصول 40 دبابة إلى الميناء، ولا شيء يؤكد ذلك.")
    assert claim.source is None or "شيء" not in claim.source


def test_a_verb_s_vowel_marks_are_no_part_of_the_speaker() -> None:
    """ "وأقرّ رئيس البلدية": the shadda closes the verb, the speaker starts after it."""
    (claim,) = claims("وأقرّ رئيس البلدية بأن 30 في المئة من الطرق ما زالت مغلقة.")
    assert claim.source == "رئيس البلدية"


def test_glued_object_pronouns_subject_first_clauses_and_verb_first_pledges() -> None:
    """ "بحسب ما أعلنته X": the verb with its object pronoun glued on, the body after it;
    "بأن X أبلغ اللجنة": after "أنّ" the subject comes first, the committee was told;
    "تعهد الوزير ... بصرف": who pledges, after the verb."""
    cued, briefed, pledged = claims(
        "تضررت 900 منزل في المدينة، بحسب ما أعلنته هيئة الدفاع المدني اليوم.\n\n"
        "قال النائب سمير داود بأن هيئة الرقابة المالية أبلغت اللجنة بأن العجز بلغ 40 مليون دولار.\n\n"
        "تعهد وزير الإسكان يوم الاثنين بصرف 25 مليون دولار للأسر المتضررة."
    )
    assert cued.source == "هيئة الدفاع المدني"
    assert briefed.source is not None and briefed.source.startswith("هيئة الرقابة المالية")
    assert pledged.source == "وزير الإسكان"


def test_a_number_word_after_a_glued_preposition_a_quarter_million_and_one_in_five() -> None:
    """ "بسبعة آلاف" is 7,000 (the preposition glued to the number word); "ربع مليون" is a
    quarter of a million, not 25% and a million; "واحد من كل خمسة" is one in five, 20%."""
    glued, quarter, share = claims(
        "قدّرت البلدية الأضرار بتسعة آلاف دينار. ونقل القطار أكثر من ربع مليون راكب في "
        "العام الماضي. وتبين أن واحدًا من كل خمسة منازل تضرر."
    )
    assert glued.figure == 9000
    assert quarter.figure == 250_000 and quarter.low == 250_000
    assert share.figure == 20 and share.unit == "percent"


def test_the_statement_named_again_is_its_issuer_s() -> None:
    """ "وبحسب البيان", "وأشار البيان": the statement a body issued, named again in a later
    paragraph, gives that body's figures."""
    _, cases, children = claims(
        "أعلنت وزارة الصحة اليوم أن فرق التطعيم وصلت إلى نحو 1.8 مليون طفل.\n\n"
        "وبحسب البيان، سجّلت البلاد منذ مطلع العام 1,264 إصابة مؤكدة بالحصبة.\n\n"
        "وأشار البيان إلى أن 310 أطفال احتاجوا إلى دخول المستشفى."
    )
    assert cases.source == children.source == "وزارة الصحة"


def test_no_official_source_confirming_is_no_speaker() -> None:
    """ "من دون أن يؤكد أي مصدر رسمي": no source confirms; the channels that circulate the
    figures keep them, the later figure too."""
    oil, technicians = claims(
        "تتداول قنوات عسكرية روسية على تيليغرام أن موسكو سلّمت بيونغ يانغ نحو مليون طن من "
        "النفط، إلى جانب عدة مئات من الفنيين، من دون أن يؤكد أي مصدر رسمي هذه الأرقام."
    )
    assert oil.source == technicians.source
    assert technicians.source is not None and "مصدر" not in technicians.source


def test_a_body_that_had_pledged_between_the_auxiliary_and_the_particle() -> None:
    """ "وكانت البلدية قد تعهّدت بشراء 40 حافلة": the subject stands between "كانت" and
    "قد"; the body that pledged gives the figure."""
    (c,) = claims("وكانت البلدية قد تعهّدت، الأحد، بشراء 40 حافلة جديدة قبل نهاية العام.")
    assert c.source == "البلدية"
    assert c.status == "pledged"


def test_a_verb_first_pledge_past_an_answers_label() -> None:
    # "ج:" (answer) opens the turn of a reader's Q&A; the verb of promising comes next
    (c,) = claims("ج: تعهّدت وزارة الطاقة بتوفير ٢٥٠ لوحًا شمسيًا قبل الصيف.")
    assert (c.source, c.status) == ("وزارة الطاقة", "pledged")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an official in a body: read on past "في" to the body
        ("قال مسؤول في وزارة النقل إن نحو ٣٠٠ حافلة متوقفة عن العمل.", "مسؤول في وزارة النقل"),
        (
            "قال مسؤول في وزارة النقل، طلب عدم الكشف عن هويته، إن نحو ٣٠٠ حافلة متوقفة.",
            "مسؤول في وزارة النقل",
        ),
        # a name set off by Arabic commas after the office opening the clause speaks
        (
            "المدير الجهوي للنقل، السيد كريم بناني، أكد أن نحو ٣٠٠ حافلة متوقفة عن العمل.",
            "السيد كريم بناني",
        ),
        # "لنا" (to us) is whom the speaker told, never the speaker
        (
            "المدير الجهوي للنقل، كريم بناني، أكد لنا أمس أن نحو ٣٠٠ حافلة متوقفة عن العمل.",
            "كريم بناني",
        ),
        ("أكد لنا مدير النقل أن نحو ٣٠٠ حافلة متوقفة عن العمل.", "مدير النقل"),
        # "وهو" (while he) opens what the speaker was doing, no part of the name
        (
            "«نحو ٣٠٠ حافلة متوقفة عن العمل»، قال بناني وهو يغادر قاعة الاجتماع.",
            "بناني",
        ),
    ],
)
def test_officials_names_in_apposition_and_the_ones_told(text: str, source: str) -> None:
    assert only(text).source == source


def test_an_aside_between_arabic_commas_is_no_name() -> None:
    # "في بيان لها" (in its statement) is where it was said, not who said it
    c = only("وزارة النقل، في بيان لها، قالت إن نحو ٣٠٠ حافلة متوقفة عن العمل.")
    assert c.source != "في بيان لها"


def test_a_vox_pops_label_with_an_age_names_who_speaks() -> None:
    text = (
        "قالت المعلمة سعاد البقالي إن الوضع صعب في المدارس.\n\n"
        "كريم العلوي (38 سنة)، أب لثلاثة أطفال: ابني في قسم من ٤٨ تلميذا.\n"
    )
    (c,) = [c for c in claims(text) if c.value == 48]
    assert c.source == "كريم العلوي"


def test_a_cue_listed_bare_matches_text_written_with_its_marks() -> None:
    """ "نقلًا عن" (the tanween on the lam) is the folder's "نقلا عن"; "بين" (between) stays
    no verb, since the folder writes "بيّن" (explained) with its shadda."""
    (c,) = extract_in(
        "ar",
        "وذكرت صحيفة الوادي، نقلًا عن وزارة الزراعة، أن المحصول بلغ 40 ألف طن، بين قمح وشعير.",
    )
    assert c.source == "وزارة الزراعة" and c.via == ["صحيفة الوادي"]
    # short vowels are read, not passed over: "يُقدَّر" (is estimated) is no "يقدر" (estimates)
    (passive,) = extract_in("ar", "ويُقدَّر عدد القتلى، مدنيين وعسكريين، بأكثر من 6 آلاف.")
    assert passive.source is None


def test_a_number_word_with_and_glued_on() -> None:
    (c,) = extract_in("ar", "قال المتحدث إن ثلاثة جنود أصيبوا، واثنان منهم في حالة خطرة.")[1:]
    assert c.value == 2


def test_likes_and_comments_with_their_case_ending_are_page_furniture() -> None:
    found = extract_in(
        "ar", "تفاعل القراء: 1.2 ألف إعجاب · 64 تعليقًا · شارك\n\nقال الوزير إن 300 جندي قتلوا."
    )
    assert [c.value for c in found] == [300]


@pytest.mark.parametrize(
    "text",
    [
        "نبدأ من الميناء، حيث قالت هيئة النقل البحري أمس إن نحو ٣٠٠ سفينة تنتظر دورها.",
        "وصلنا إلى الميناء بعدما أعلنت هيئة النقل البحري أن نحو ٣٠٠ سفينة تنتظر دورها.",
    ],
)
def test_a_verb_of_saying_after_a_subordinator_has_its_speaker_after_it(text: str) -> None:
    # "حيث", "بعدما" open a clause: the verb after one is no verb inside a reported clause
    (claim,) = claims(text)
    assert claim.source == "هيئة النقل البحري"


def test_a_cue_with_the_conjunction_fa_glued_on() -> None:
    """ "فبحسب بيانات X" (so, according to X's data): the conjunction ف glued to the cue, as
    و is in "وبحسب"."""
    (beds,) = claims(
        "فبحسب بيانات مديرية الصحة في المحافظة، بلغ عدد الأسرّة الشاغرة 412 سريراً حتى نهاية الشهر."
    )
    assert beds.source is not None and beds.source.startswith("مديرية الصحة")


def test_our_own_count_is_the_writer_s() -> None:
    """ "وفق إحصائنا" (by our count): the writer's own figure, no one else's."""
    (rise,) = claims("ارتفع عدد الشكاوى إلى 730 شكوى هذا الشهر وفق إحصائنا.")
    assert rise.source is None


def test_an_outlet_cites_its_source_past_an_aside() -> None:
    """ "نقلت صحيفة «X»، أمس الأربعاء، عن وزارة الصحة": the ministry, passed on by the
    paper; the day set off by commas between them changes nothing."""
    (operations,) = claims(
        "نقلت صحيفة «النهار» المحلية، أمس الثلاثاء، عن وزارة الصحة أن المستشفى أجرى أكثر من "
        "2 ألف عملية."
    )
    assert operations.source == "وزارة الصحة"
    assert operations.via == ["صحيفة «النهار» المحلية"]


def test_but_she_is_the_speaker_named_before() -> None:
    text = (
        "قالت المسؤولة سلمى داوود إن اللجنة لا تملك آلية للتحقق من 12 تقريرا. "
        "لكنها أوضحت أن اللجنة تلقت منذ مطلع العام 31 إخطارا من دول أعضاء."
    )
    assert claims(text)[-1].source == "المسؤولة سلمى داوود"


def test_a_body_telling_its_own_plan_verb_first_and_named_again() -> None:
    """ "تعتزم البلدية شراء 60 حافلة": the municipality tells its own plan, the verb before
    it and the plan's object after it; "وتعتزم الوزارة" means the ministry named before."""
    (bus,) = claims("تعتزم البلدية شراء 60 حافلة كهربائية العام المقبل.")
    assert bus.source == "البلدية"
    text = (
        "أعلنت وزارة العمل أنها سرّحت 300 عامل من المصنع. "
        "وتعتزم الوزارة كذلك إطلاق برنامج لإعادة تأهيل 500 من العمال."
    )
    rehired = next(c for c in claims(text) if c.figure == 500)
    assert rehired.source == "وزارة العمل"


def test_a_role_named_alone_is_the_person_named_with_it_in_apposition() -> None:
    # "الدكتورة سلوى حمدان، مديرة مديرية الصحة" ... "وقالت مديرة المديرية": the director
    text = (
        "وقالت الدكتورة سلوى حمدان، مديرة مديرية الصحة في المحافظة، إن الوضع مستقر. "
        "وأوضحت مديرة المديرية أن المستشفيات استقبلت 420 مريضاً خلال الأسبوع."
    )
    (c,) = [c for c in extract_in("ar", text) if c.value == 420]
    assert c.source == "سلوى حمدان"


def test_a_paper_passing_on_what_a_source_told_it() -> None:
    """ "صحيفة X نقلت عن مصدر …": the source, the paper passes it on."""
    text = "وكانت صحيفة «الرابية» نقلت عن مهندس في البلدية، لم تسمّه، أن المشروع كلّف نحو 2.4 مليون دينار."
    (c,) = extract_in("ar", text, "2026-12-02")
    assert c.source is not None and c.source.startswith("مهندس")
    assert c.via == ["صحيفة «الرابية»"]


def test_a_denial_speaks_forward_not_back() -> None:
    """ "نفى X أن …، مشيرا إلى أن … 300": X's; "…، وهو ما نفاه X": the rumour's, not X's."""
    (c,) = extract_in(
        "ar",
        "ونفى المحامي سالم الدباغ أن يكون موكله مسؤولا، مشيرا إلى أن السوق يضم 300 محل.",
        "2026-12-02",
    )
    assert c.source is not None and "الدباغ" in c.source
    (d,) = extract_in(
        "ar",
        "وتروج على مواقع التواصل أخبار عن إغلاق 4 مدارس، وهو ما نفاه المدير سالم الدباغ.",
        "2026-12-02",
    )
    assert d.source is None or "الدباغ" not in d.source


def test_what_a_lawmaker_relayed_of_a_body_s_briefing_stays_the_body_s() -> None:
    """ "…، وفق ما نقله للصحفيين النائب Y" ("نقله": relayed it) names the lawmaker, who
    passes the body's figures on, in the next paragraph too ("وأضافت أن الجهاز يقدّر")."""
    text = (
        "قالت الدكتورة مون سو-آ إن جهاز الاستخبارات الوطني أبلغ لجنة الاستخبارات بأن عدد "
        "الجنود يبلغ نحو 14 ألف جندي، وفق ما نقله للصحفيين النائب يون تاي-سو.\n\n"
        "وأضافت أن الجهاز يقدّر أن ما لا يقل عن 2600 منهم قُتلوا منذ بدء انتشارهم."
    )
    first, second = extract_in("ar", text, "2026-12-02")
    assert first.source == second.source == "جهاز الاستخبارات الوطني"


def test_a_lawmaker_an_outlet_reports_stays_the_source() -> None:
    """The outlet that reported a lawmaker passes the lawmaker's words on; it does not
    become their source."""
    text = "قال النائب كيم سونغ-هو لوكالة يونهاب إن نحو 12 ألف جندي كوري شمالي ما زالوا في روسيا."
    (c,) = extract_in("ar", text, "2026-12-02")
    assert c.source is not None and "كيم" in c.source


def test_the_subject_between_kana_and_qad_speaks() -> None:
    """ "وكانت الوزارة قد أبلغت البرلمان أن …": the ministry had told parliament; the
    words after the verb are who was told."""
    text = "وكانت الوزارة قد أبلغت البرلمان الشهر الماضي أن نحو 500 جندي أُصيبوا."
    (c,) = extract_in("ar", text, "2026-12-02")
    assert c.source == "الوزارة"


def test_tunisian_million_and_thousand_dinars_abbreviated() -> None:
    """ "48 م.د" is 48 million dinars, "750 أ.د" 750 thousand (scaled_currencies)."""
    text = "أعلنت الحكومة رصد 48 م.د لإعادة الإعمار، وقالت المندوبية إنها رصدت 750 أ.د للمدارس."
    values = sorted(c.value for c in extract_in("ar", text, "2026-12-02"))
    assert values == [750_000, 48_000_000]


def test_data_a_relative_clause_says_who_gave() -> None:
    """ "وفق الحصيلة النهائية التي أعلنها الديوان": the office that announced the toll."""
    text = (
        "أودت الفيضانات بحياة سبعة أشخاص، وفق الحصيلة النهائية التي أعلنها الديوان الوطني "
        "للحماية المدنية. كما تضرّر أكثر من 1400 مسكن، بحسب الإحصائيات التي نشرتها ولاية "
        "سليانة."
    )
    sources = [c.source for c in extract_in("ar", text, "2026-12-02")]
    assert sources == ["الديوان الوطني للحماية المدنية", "ولاية سليانة"]


def test_a_noun_of_data_with_a_possessive_means_whose_data_it_is() -> None:
    """ "ووفق خطتها": according to its plan, the body named before; not a source
    called "خطتها"."""
    text = (
        "قالت البلدية إن عدد الطلاب بلغ 9000 طالب هذا العام. "
        "ووفق خطتها المعلنة، سيرتفع عدد المدارس إلى 40 مدرسة."
    )
    found = {c.value: c.source for c in extract_in("ar", text, "2026-12-02")}
    assert found[40] == "البلدية"


def test_a_titled_person_after_a_role_s_complement_speaks() -> None:
    """ "ويرى الخبير في الاقتصاد الزراعي الدكتور سامي حداد أن": the doctor, not "الخبير"."""
    text = "ويرى الخبير في الاقتصاد الزراعي الدكتور سامي حداد أن الإنتاج تراجع بنسبة 15 في المئة."
    (c,) = extract_in("ar", text, "2026-12-02")
    assert "سامي حداد" in (c.source or ""), c


@pytest.mark.parametrize(
    "text",
    [
        # a gallery's count of its pictures is the page's furniture
        "معرض الصور · 24 صورة",
        "مشاهد من الميناء بعد العاصفة (16 صورة)",
        # a satellite picture's resolution is a capability of the camera, no count
        "التقط القمر الصناعي الصورة بدقة 30 سنتيمترًا فوق الرصيف.",
    ],
)
def test_a_gallery_s_picture_count_and_a_resolution_are_no_claims(text: str) -> None:
    assert extract_in("ar", text) == []


def test_a_numerator_before_a_plural_fraction_is_a_share() -> None:
    """ "وثلاثة أرباع الممرّضين نساء" (three quarters of the nurses): 75%, not three."""
    text = "وثلاثة أرباع الممرّضين في الجهة نساء، كما تقول.\nوثلاثة أخماس المدارس مغلقة.\n"
    assert [c.value for c in extract_in("ar", text, "2026-12-02")] == [75.0, 60.0]
