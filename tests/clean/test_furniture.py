"""Line-level furniture removal: each reason, paywall truncation, offsets, and look-alikes."""

from __future__ import annotations

import pytest

from claimtrack.clean.furniture import Line, classify_line, remove_furniture, split_lines


def run(text: str):
    return remove_furniture(split_lines(text), text)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # navigation
        ("Press Enter to skip to content", "navigation"),
        ('Press "Enter" to skip to content', "navigation"),
        ("Skip to main content", "navigation"),
        ("In this section:", "navigation"),
        ("Home > World > Asia", "navigation"),
        ("Home › Business", "navigation"),
        ("News / Europe / Energy", "navigation"),
        ("Menu", "navigation"),
        ("Back to top ↑", "navigation"),
        ("Aller au contenu principal", "navigation"),
        # comments
        ("Be First to Comment", "comments"),
        ("Leave a Reply", "comments"),
        ("Your email address will not be published.", "comments"),
        ("Required fields are marked *", "comments"),
        ("12 Comments", "comments"),
        ("Comments (3)", "comments"),
        ("Post Comment", "comments"),
        ("Name *", "comments"),
        # share
        ("Share this article", "share"),
        ("Share on Facebook", "share"),
        ("Tweet", "share"),
        ("Copy link", "share"),
        ("Auf Facebook teilen", "share"),
        # subscribe / newsletter
        ("Sign up for our newsletter", "subscribe"),
        ("Subscribe", "subscribe"),
        ("Get the latest headlines in your inbox", "subscribe"),
        ("Get the morning briefing delivered to your inbox every day", "subscribe"),
        ("Abonnez-vous", "subscribe"),
        # photo credits
        ("Photo: Reuters", "photo_credit"),
        ("(Image credit: Getty Images)", "photo_credit"),
        ("File photo", "photo_credit"),
        ("Photo by Lena Brook/AFP", "photo_credit"),
        ("Foto: dpa", "photo_credit"),
        # related lists
        ("Related:", "related"),
        ("Read more: Port strike enters its third week", "related"),
        ("Recommended", "related"),
        ("More from Business", "related"),
        ("Lire aussi : La grève des dockers continue", "related"),
        ("Читайте также", "related"),
        # bylines and dateline-only lines
        ("By Jane Doe", "byline"),
        ("By Jane Doe | Reuters", "byline"),
        ("By Ana de la Cruz and Tom Reyes, Staff Writers", "byline"),
        ("BY PETER OKAFOR", "byline"),
        ("Updated 3 hours ago", "byline"),
        ("5 min read", "byline"),
        ("Published: March 3, 2025", "byline"),
        ("Tuesday 4 February 2025 10:42 GMT", "byline"),
        ("Reporting by Sam Lee; Editing by Ruth Marr", "byline"),
        ("OSLO, May 14, 2024 —", "byline"),
        ("LIMA/QUITO, 2 June 2023", "byline"),
        ("Published 9 April 2025 | Energy Desk | 4 min read", "byline"),
        ("By Noor Haddad | Updated 10 April 2025, 08:15 CET", "byline"),
        # ads and cookies
        ("Advertisement", "ads"),
        ("Story continues below advertisement", "ads"),
        ("Anzeige", "ads"),
        ("We use cookies to improve your experience on our site.", "cookies"),
        # paywall notices and offers
        ("Only 60% of this article left to read. Subscribe now to access the rest!", "paywall"),
        ("This article is for subscribers only", "paywall"),
        ("Subscribe to continue reading", "paywall"),
        ("Sign in | Subscribe for ₹149/month", "paywall"),  # a sign of its own, not "$"
        ("You have reached your limit of free articles", "paywall"),
        ("Already a subscriber? Log in", "paywall"),
        ("from €1,99 per month", "paywall"),
        ("$1 for 3 months", "paywall"),
        ("Cet article est réservé aux abonnés.", "paywall"),
        ("Subscribers can read the rest of this report.", "paywall"),
    ],
)
def test_furniture_line_reason(line: str, reason: str) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said it would subscribe to the treaty.",
        "The ministry said it would subscribe to the treaty",
        "By the end of 2024, grain exports had doubled to 3.1 million tonnes.",
        "By Friday, 40 trucks had crossed the border",
        "By March 2025 the plant employed 1,200 people",
        "Share prices fell 4% on Monday after the announcement.",
        "Photos released by the agency showed 12 launchers.",
        "Home prices rose 7% in the capital last year.",
        "Comments by the minister drew criticism from three parties.",
        "Related talks in Geneva produced no agreement.",
        "Credit card debt rose by 5% in the third quarter.",
        "Advertisement spending rose 9% to $4 billion.",
        "The menu of sanctions now includes 14 separate measures.",
        "Readers can read more about the tender in the annual report.",
        "The newsletter, founded in 1998, now has 40,000 readers.",
        "Rent for the depot is €900 per month, the council said.",
        "Average rent: €900 per month",
        "From $2 billion to $3 billion",
        "March 3, 2025: talks begin in Oslo",
        "11,000 Tonnes Shipped",
        "Subscribers to the pension fund will receive 3% more.",
        "Access to the harbour was closed for 6 hours.",
        "Dredging Costs Soar / Port Blames Fuel",
        "Troops: 4,000",
        "OSLO, May 14, 2024 — The mill reopened after 3 weeks.",
        "Capacity | 240 MW",
        "Budget | 2025 | 3.4 billion",
    ],
)
def test_real_text_is_not_furniture(line: str) -> None:
    assert classify_line(line) is None


def test_long_sentence_with_cue_phrase_stays() -> None:
    line = (
        "In a statement, the regulator said readers who sign up for the newsletter of any "
        "energy company should be told within 30 days how their data is stored and shared."
    )
    assert classify_line(line) is None


def test_removed_offsets_point_at_original_text() -> None:
    text = (
        "Skip to main content\r\n"
        "Wind farm output hits record\r\n"
        "\r\n"
        "The offshore farm delivered 1.4 terawatt hours in January.  \r\n"
        "Share this article\r\n"
        "Engineers expect a further rise of 8% next winter.\r\n"
        "Advertisement"
    )
    result = run(text)
    assert [(r.reason, r.text) for r in result.removed] == [
        ("navigation", "Skip to main content"),
        ("share", "Share this article"),
        ("ads", "Advertisement"),
    ]
    for r in result.removed:
        assert text[r.start : r.end] == r.text
    assert result.removed[0].start == 0
    assert result.removed[1].start == text.index("Share this article")
    assert result.removed[2].end == len(text)
    assert [line.text for line in result.kept if line.text] == [
        "Wind farm output hits record",
        "The offshore farm delivered 1.4 terawatt hours in January.  ",
        "Engineers expect a further rise of 8% next winter.",
    ]
    assert result.truncated is False


def test_split_lines_offsets_for_each_break_style() -> None:
    text = "a\r\nbb\rccc\n\ndd"
    lines = split_lines(text)
    assert lines == [
        Line(0, 1, "a"),
        Line(3, 5, "bb"),
        Line(6, 9, "ccc"),
        Line(10, 10, ""),
        Line(11, 13, "dd"),
    ]
    for line in lines:
        assert text[line.start : line.end] == line.text


def test_paywall_truncates_and_removes_offer_lines() -> None:
    text = "\n".join(
        [
            "The canal authority raised transit fees by 15% for container ships.",
            "Officials expect revenue of $9 billion this year.",
            "Only 60% of this article left to read. Subscribe now to access the rest!",
            "Our Digital plan gives you access to",
            "every story on the site, the weekly magazine and",
            "all puzzles. From $2.50 a week, cancel anytime.",
            "Standard Digital includes unlimited access for 12 months",
        ]
    )
    result = run(text)
    assert result.truncated is True
    assert [r.reason for r in result.removed] == ["paywall"] * 5
    assert [r.text for r in result.removed][1:3] == [
        "Our Digital plan gives you access to",
        "every story on the site, the weekly magazine and",
    ]
    kept = [line.text for line in result.kept]
    assert kept == [
        "The canal authority raised transit fees by 15% for container ships.",
        "Officials expect revenue of $9 billion this year.",
    ]


@pytest.mark.parametrize(
    "prose",
    [
        # "member companies" and "paid members" are no offer's words in news
        "業界団体の調べでは、会員企業の約4割が来春の値上げを検討していると答えた。",
        "行业协会称，约三成会员企业计划明年提高价格，付费会员数量则持平。",
    ],
)
def test_paywall_offer_run_stops_at_unspaced_prose(prose: str) -> None:
    """A line of Japanese or Chinese prose after a paywall notice is long, though it has
    no spaces, and a word like 会員 in it does not make it the offer's tail."""
    result = run("\n".join(["この記事は有料会員限定です。", "", prose]))
    assert result.truncated is True
    assert [r.text for r in result.removed] == ["この記事は有料会員限定です。"]


def test_paywall_offer_run_stops_at_ordinary_prose() -> None:
    text = "\n".join(
        [
            "This article is for subscribers only.",
            "Subscriptions start at €4.99 per month.",
            "",
            "Shipping volumes through the strait fell 20% in the first quarter.",
            "Insurers doubled their premiums, brokers said.",
        ]
    )
    result = run(text)
    assert result.truncated is True
    assert [r.text for r in result.removed] == [
        "This article is for subscribers only.",
        "Subscriptions start at €4.99 per month.",
    ]
    assert [line.text for line in result.kept if line.text] == [
        "Shipping volumes through the strait fell 20% in the first quarter.",
        "Insurers doubled their premiums, brokers said.",
    ]


def test_notice_without_full_stop_does_not_swallow_next_headline() -> None:
    text = "Already a subscriber? Log in\nHarbour Costs Soar\nThe port spent $3 million on repairs."
    result = run(text)
    assert result.truncated is True
    assert [r.text for r in result.removed] == ["Already a subscriber? Log in"]
    assert [line.text for line in result.kept] == [
        "Harbour Costs Soar",
        "The port spent $3 million on repairs.",
    ]


def test_comment_form_block_at_end_is_removed() -> None:
    text = "\n".join(
        [
            "The bridge will reopen on 1 June after repairs costing £12 million.",
            "",
            "4 Comments",
            "",
            "Leave a Reply",
            "Cancel reply",
            "Your email address will not be published.",
            "Comment *",
            "Required fields are marked *",
            "Name *",
            "Email *",
            "Website",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Post Comment",
        ]
    )
    result = run(text)
    assert {r.reason for r in result.removed} == {"comments"}
    assert len(result.removed) == 11
    assert [line.text for line in result.kept if line.text] == [
        "The bridge will reopen on 1 June after repairs costing £12 million."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "1.4k upvotes · 312 comments · Share",
        "u/some_reader · 9 hr. ago · Top 1% Commenter",
        "Load 120 more comments",
        '4. ^ "Freedonia sends 3,000 troops". Example Agency. 2 May 2024. Retrieved 3 May 2024.',
        "Unsubscribe · Update preferences · Example Briefing, 5F, 21 Sample-ro",
    ],
)
def test_social_and_reference_furniture(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Comments 207 | Share",  # the counter's noun before its count
        "Shares: 54 | Comments: 9",
        "Views: 2,318",  # one counter alone, its noun first
        "Veröffentlicht: 02.03.2026, 08:10 Uhr · Lesezeit: 3 Min. · 41 Mal geteilt",
        "640 veces compartido · 7 comentarios",
        "Перегляди: 12 408 · Коментарі: 33",  # a count grouped by spaces
        "浏览 4.2万\u3000｜\u3000点赞 915\u3000｜\u3000预计阅读时长 3分钟",  # full-width bar
        "字号：大 中 小\u3000｜\u3000打印\u3000｜\u3000阅读：1,907",  # a label without a figure
        "글 최은비 기자 | 조회 2,114 | 댓글 4",
        "⏱ 3 دقائق قراءة | 💬 11 تعليقا",  # icons before the widgets
        "2.871 partilhas",  # one counter alone, its count first
        "Comentarios (12) · Edición impresa núm. 4.410",  # a count in brackets; a part of no kind
        # a strip with a counter, and short parts no word list knows
        "Опубліковано: 2 грудня 2026 · DOCX, 9 с. · Завантажень: 1 204",
        "发布时间：2026年11月30日\u3000｜\u3000附件（2.4MB）\u3000｜\u3000浏览 6,031\u3000｜\u3000引用 9",
        "입력 2026-11-30 (월) 08:15 | 조회수 1,877 | 스크랩 12",
        "Veröffentlicht am 1. Dezember 2026 | PDF, 22 S. | 3.410 Downloads",
    ],
)
def test_counters_and_widgets_under_a_headline(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Deaths: 31 | Injured: 96",  # figures, not counters
        "Kyiv | 3,000 troops",
        "Погибли: 12 · Ранены: 40",
        "Пять солдат КНДР попали в плен",  # a count in words that is news
    ],
)
def test_figures_between_bars_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Gazette Plus: £39 a year, first month free",
        "Get the Gazette delivered for £3.10 a week",
        "Subscribe: 2 months for £1, then £6.49 a month",
        "Serwis Premium: 19,99 zł miesięcznie, pierwszy miesiąc za 1 zł",
        # a price grouped in thousands; the period apart from it, before it
        "Друкована версія: передплата на півроку — 1 450 грн",
        "Годовая подписка на журнал — 2 400 руб.",
        "الاشتراك السنوي في النسخة الرقمية بـ45 دينارا",
        "デジタル版は月額1,650円で読み放題の有料会員に",
        "첫 달 무료, 이후 월 12,900원",
        # readers asked to back the outlet, or a membership, by the period
        "Enjoy the Ledger? Back us for $6 a month.",
        "The Valley Wire is reader-supported: $12 a month keeps it free for all.",
        "Bulletin istnieje dzięki Wam: dołącz do wspierających za 15 zł miesięcznie.",
        "«نشرة الصباح» بلا إعلانات: 20 درهماً شهرياً",
        "每天推送本地要闻，开通年度会员仅需198元。",
    ],
)
def test_a_subscription_priced_by_the_period_is_an_offer(line: str) -> None:
    assert classify_line(line) == "paywall"


@pytest.mark.parametrize(
    "line",
    [
        "Rents rose from £800 a month to £950 a month",
        "Czynsz wzrósł do 2500 zł miesięcznie, podaje GUS.",
        # a yearly grant or a monthly wage is no subscription
        "Il comune offre un contributo annuale di 500 euro alle famiglie.",
        "Профспілка вимагає підвищити зарплату на 2 000 грн на місяць.",
        "政府将向每户家庭每月发放500元补贴。",
        "The charity will donate £500 a month to the food bank.",
        "وقالت الوزارة إن الأسر تتلقى 500 درهم شهريا من الصندوق.",
    ],
)
def test_a_price_by_the_period_in_the_news_stays(line: str) -> None:
    assert classify_line(line) is None


def test_a_byline_name_may_hold_particles_but_not_start_with_a_month() -> None:
    assert classify_line("By Ana de la Vega") == "byline"
    assert classify_line("Von Jonas von Brandt") == "byline"
    assert classify_line("By March the army had moved 3,000 troops") is None


def test_prose_with_a_middle_dot_stays() -> None:
    assert classify_line("Freedonia sent 3,000 troops · officials said on Monday") is None


def test_a_live_blog_day_heading_below_the_story_stays() -> None:
    """The dateline at the top dates the report and goes; a date line of another day
    between the entries heads that day's entries and stays for extract to read."""
    text = (
        "Storm live: rivers rise across the north\n"
        "Last updated 09:40 GMT, Mon 30 Nov 2026\n"
        "Monday 30 November 2026\n"
        "Emergency services say crews rescued more than 140 people from flooded homes overnight.\n"
        "Sunday 29 November 2026\n"
        "The coastguard says it has moved about 260 residents from the harbour district.\n"
        "Monday 30 November 2026\n"
    )
    result = run(text)
    kept = [line.text.strip() for line in result.kept]
    removed = [r.text.strip() for r in result.removed]
    assert "Sunday 29 November 2026" in kept
    assert "Last updated 09:40 GMT, Mon 30 Nov 2026" in removed
    assert removed.count("Monday 30 November 2026") == 2  # the report's own day


@pytest.mark.parametrize(
    "line",
    [
        "• Чотири сценарії для Донбасу",  # the count in words
        "• Как читать бюджет области: 9 главных статей",  # a word between count and noun
        "• Sechs Tipps für den ersten Halbmarathon",
        "Seven key questions on the defence budget",
        "• Cinco errores que cometen los corredores novatos",
    ],
)
def test_links_to_list_pieces(line: str) -> None:
    assert classify_line(line) == "related"


def test_headlines_linked_under_a_see_also_heading_are_related_links() -> None:
    text = (
        "The mayor said 300 homes were flooded.\n"
        "Read more:\n"
        "› 5 things to know about the river barrier\n"
        "» Council sets aside £2m for 40 pumps\n"
        "• 120 volunteers filled sandbags overnight, the fire service said.\n"
    )
    result = run(text)
    related = [r.text for r in result.removed if r.reason == "related"]
    assert related == [
        "Read more:",
        "› 5 things to know about the river barrier",
        "» Council sets aside £2m for 40 pumps",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("▶ Escuche la nota (2:58) · Compartido 96 veces", "comments"),
        ("مدة القراءة: 4 دقائق | 1,540 قراءة", "comments"),
        ("关注者 2,104\u3000|\u3000被浏览 1,806,311", "comments"),
        ("【会員限定】会員登録で月3本まで無料でお読みいただけます", "paywall"),
        ("Вы читаете материал для подписчиков. Осталось 3 бесплатных материала.", "paywall"),
    ],
)
def test_counters_and_metered_paywalls_of_other_languages(line: str, reason: str) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "El ministerio ha compartido 214 documentos con la fiscalía.",
        "他说有3,417人赞同了这一方案。",
    ],
)
def test_a_count_beside_a_counters_word_in_a_sentence_stays(line: str) -> None:
    assert classify_line(line) is None


def test_a_most_read_lists_ranked_headlines_are_related_links() -> None:
    text = (
        "시는 어제 300명이 대피했다고 밝혔다.\n\n"
        "많이 본 뉴스\n"
        "1 도심 순환버스 노선 전면 개편\n"
        "2 겨울철 빙판길 낙상 주의보\n"
        "3명이 다쳐 병원으로 옮겨졌다.\n"
    )
    related = [r.text for r in run(text).removed if r.reason == "related"]
    assert related == [
        "많이 본 뉴스",
        "1 도심 순환버스 노선 전면 개편",
        "2 겨울철 빙판길 낙상 주의보",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Piątek, 4 grudnia 2026 · Nr 282 (9115) · Cena 3,50 zł", "byline"),
        ("№ 49 (3128) · Четвер, 3 грудня 2026 року · Ціна в роздріб 15 грн", "byline"),
        ("Четвер, 3 грудня 2026 року", "byline"),
        ("4 grudnia 2026 · Podatek wzrośnie o 300 zł", None),
        ("Ціна зросла до 15 грн.", None),
    ],
)
def test_a_mastheads_date_and_cover_price(line: str, reason: str | None) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "USD 498,70 · EUR 531,20 · RUB 6,12",
        "EUR/USD 1.0911 ▲0.3% | GBP/USD 1.2655 ▼0.1%",
        "€ 43,80 · $ 40,95",
    ],
)
def test_a_strip_of_exchange_rates_is_navigation(line: str) -> None:
    assert classify_line(line) == "navigation"


@pytest.mark.parametrize(
    "line", ["USD 498,70", "The tenge fell to 498.70 to the dollar · EUR 531,20 a day earlier"]
)
def test_one_rate_or_a_sentence_is_no_ticker(line: str) -> None:
    assert classify_line(line) is None
