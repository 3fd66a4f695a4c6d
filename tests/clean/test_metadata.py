"""Metadata from text: headline, dateline date, language."""

from __future__ import annotations

import pytest
from lingua import Language, LanguageDetector

from claimtrack.clean import metadata
from claimtrack.clean.dates import parse_full_date
from claimtrack.clean.metadata import detect_language, find_dateline, guess_title, normalise_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-03", "2025-03-03"),
        ("2025-3-7", "2025-03-07"),
        ("2025-03-03T10:15:00Z", "2025-03-03"),
        ("March 3, 2025", "2025-03-03"),
        ("3 March 2025", "2025-03-03"),
        ("Monday, 3rd March 2025", "2025-03-03"),
        ("3.3.2025", "2025-03-03"),
        ("3 mars 2025", "2025-03-03"),
        ("3. März 2025", "2025-03-03"),
        ("3 de marzo de 2025", "2025-03-03"),
        ("March 2025", None),
        ("3 hours ago", None),
        ("yesterday", None),
        ("2025-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_date(value: str | None, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_parse_full_date_rejects_implausible_years() -> None:
    assert parse_full_date("1 January 1850") is None
    assert parse_full_date("1 January 2999") is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Mill reopens after flood", "Published: 14 May 2024", "Output is back at 80%."],
            "2024-05-14",
        ),
        (["Mill reopens after flood", "", "May 14, 2024 | 09:10 GMT"], "2024-05-14"),
        (["Mill reopens after flood", "Updated 2024-05-15"], "2024-05-15"),
        (
            [
                "OSLO, 14 May 2024 (Nordic Wire) - The flour mill on the river resumed work on Monday "
                "after a three-week shutdown caused by spring floods, its owner said."
            ],
            "2024-05-14",
        ),
        (["Mill reopens after flood", "Updated 3 hours ago", "Output is back at 80%."], None),
        # a labelled publication line before a period's closing date above it
        (
            [
                "Harbour Mills plc",
                "Results for the year ended 31 March 2025",
                "Released 9 June 2025",
            ],
            "2025-06-09",
        ),
        (["Bericht für das Quartal bis 30.06.2025", "aktualisiert am 14.08.2025"], "2025-08-14"),
        (["The mill was built in May 2001 and rebuilt in 2019."], None),
    ],
)
def test_find_dateline(lines: list[str], expected: str | None) -> None:
    assert find_dateline(lines) == expected


def test_dateline_deep_inside_a_long_paragraph_is_ignored() -> None:
    line = (
        "The owner said the mill, which employs 140 people and supplies bakeries across the "
        "region, had been insured since it was rebuilt after a fire on 12 June 2019."
    )
    assert find_dateline([line]) is None


def test_dateline_only_searched_in_first_lines() -> None:
    lines = [f"Paragraph {i} about the mill and its workers." for i in range(16)]
    lines.append("Published: 14 May 2024")
    assert find_dateline(lines) is None


#: A trade page's header: nine lines stand above its published line.
_DEEP_HEADER = [
    "We use cookies on this site. Accept | Settings",
    "THE MILLER'S GAZETTE",
    "Grain · Flour · Feed",
    "Home > Markets > Mills",
    "MEMBERS ONLY",
    "Why the valley's last flour mill is running at half speed",
    "Our reporters spent a week at the mill and read its accounts for the past three years.",
    "By Ada Penrose, Markets Editor",
]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thursday 3 December 2026, 08:15 GMT | 6 min read", "2026-12-03"),
        ("Updated 3 December 2026", "2026-12-03"),
        # no stamp: a caption's or a sentence's date so low dates nothing
        ("[Photo: the mill's yard on 28 November 2026]", None),
        (
            "On 12 June 2019, 08:15, a fire broke out in the mill's drying room and burned for "
            "three hours before the brigade from the town arrived with its two pump engines.",
            None,
        ),
    ],
)
def test_a_stamped_line_below_a_deep_header_is_the_dateline(
    line: str, expected: str | None
) -> None:
    lines = [*_DEEP_HEADER, "", "Subscribe now", line, "The mill's owner said on Monday that ..."]
    assert find_dateline(lines) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Flour mill reopens after floods", "The mill resumed work."],
            "Flour mill reopens after floods",
        ),
        (["", "  Flour mill reopens after floods  ", "Text."], "Flour mill reopens after floods"),
        (
            ["Flour mill reopens after floods.", "", "The mill resumed work."],
            "Flour mill reopens after floods.",
        ),
        (["Flour mill reopens after floods.", "The mill resumed work on Monday."], None),
        (["Why did the mill close?", "It flooded."], "Why did the mill close?"),
        ([" ".join(["word"] * 30), ""], None),
        ([], None),
    ],
)
def test_guess_title(lines: list[str], expected: str | None) -> None:
    assert guess_title(lines) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regional council approved a budget of 48 million pounds for new school buildings, "
            "with construction expected to begin next spring.",
            "en",
        ),
        (
            "Le conseil régional a approuvé un budget de 48 millions d'euros pour la construction "
            "de nouvelles écoles, dont les travaux commenceront au printemps prochain.",
            "fr",
        ),
        (
            "Der Regionalrat hat ein Budget von 48 Millionen Euro für neue Schulgebäude genehmigt; "
            "die Bauarbeiten sollen im kommenden Frühjahr beginnen.",
            "de",
        ),
        (
            "El consejo regional aprobó un presupuesto de 48 millones de euros para construir "
            "nuevas escuelas, y las obras empezarán la próxima primavera.",
            "es",
        ),
        (
            "Региональный совет утвердил бюджет в 48 миллионов рублей на строительство новых школ.",
            "ru",
        ),
        ("Budget approved", None),
        ("12,000 / 48 / 2025", None),
        ("", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_language_detector_is_built_once_for_configured_languages() -> None:
    detect_language("The council approved the budget for the new schools on Tuesday.")
    first = metadata._detector(fast=True)
    detect_language("Le conseil a approuvé le budget des nouvelles écoles mardi dernier.")
    assert metadata._detector(fast=True) is first
    assert first is not None
    assert metadata._detector() is metadata._detector() is not first


# Short samples (under 120 letters), decided by the full detector among the trigram
# detector's first candidates; each must come out as the full detector over every
# configured language decides it.
_SHORT = {
    "en": "Officials said about 300 homes were flooded overnight.",
    "de": "Rund 300 Häuser wurden in der Nacht überflutet, teilte die Stadt mit.",
    "fr": "Environ 300 maisons ont été inondées pendant la nuit, selon la mairie.",
    "es": "Unas 300 viviendas se inundaron durante la noche, según el ayuntamiento.",
    "it": "Circa 300 case sono state allagate durante la notte, secondo il comune.",
    "pt": "Cerca de 300 casas ficaram inundadas durante a noite, segundo a prefeitura.",
    "pl": "Około 300 domów zostało zalanych w nocy, poinformował urząd miasta.",
    "ru": "Около 300 домов затопило за ночь, сообщили в мэрии города.",
    "uk": "Близько 300 будинків затопило вночі, повідомили в міській раді.",
}


@pytest.mark.parametrize("code", sorted(_SHORT))
def test_a_short_sample_is_decided_as_the_full_detector_decides(code: str) -> None:
    sample = _SHORT[code]
    assert sum(c.isalpha() for c in sample) < metadata.FAST_DETECTION_CHARS
    full = metadata._detector()
    assert full is not None
    assert detect_language(sample) == code
    decided = full.detect_language_of(sample)
    assert decided is not None and decided.iso_code_639_1.name.lower() == code


def test_a_short_sample_loads_only_a_few_languages_models(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    weighed: list[frozenset[Language]] = []
    original = metadata._full_among

    def spy(languages: frozenset[Language]) -> LanguageDetector:
        weighed.append(languages)
        return original(languages)

    monkeypatch.setattr(metadata, "_full_among", spy)
    assert detect_language("The mayor said 40 streets were closed on Sunday.") == "en"
    assert len(weighed) == 1
    assert Language.ENGLISH in weighed[0]
    assert 2 <= len(weighed[0]) <= metadata.SHORT_CANDIDATES


# Paragraphs of 120 letters or more, decided by the trigram (fast) detector.
_LONG = {
    "en": "The regional council approved a budget of 48 million for new schools on Tuesday, and "
    "building work is expected to start next spring in three districts of the city.",
    "de": "Der Regionalrat hat am Dienstag ein Budget von 48 Millionen Euro für neue Schulen "
    "beschlossen; die Bauarbeiten sollen im nächsten Frühjahr in drei Bezirken beginnen.",
    "pl": "Rada regionu zatwierdziła we wtorek budżet w wysokości 48 milionów złotych na nowe "
    "szkoły, a prace budowlane mają ruszyć wiosną w trzech dzielnicach miasta.",
    "uk": "Обласна рада у вівторок затвердила бюджет у 48 мільйонів гривень на будівництво "
    "нових шкіл, а роботи мають розпочатися навесні у трьох районах міста.",
    "ja": "県議会は火曜日、新しい学校の建設に向けて四千八百万円の予算を可決した。工事は来年の春から市内の三つの地区で"
    "始まる予定で、完成は再来年になる見通しだと県の担当者は説明しており、住民への説明会も近く開かれるという。"
    "反対する声も一部にあるが、知事は記者会見で計画を予定どおり進める考えを改めて強調した。",
}


@pytest.mark.parametrize("code", sorted(_LONG))
def test_a_long_sample_is_decided_by_the_fast_detector_as_the_full_one_decides(
    code: str,
) -> None:
    sample = _LONG[code]
    assert sum(c.isalpha() for c in sample) >= metadata.FAST_DETECTION_CHARS
    fast, full = metadata._detector(fast=True), metadata._detector()
    assert fast is not None and full is not None
    assert detect_language(sample) == code
    assert fast.detect_language_of(sample) == full.detect_language_of(sample)


def test_a_headline_written_as_a_sentence_before_a_long_paragraph() -> None:
    from claimtrack.clean.metadata import guess_title

    lines = [
        "Ruritania and Freedonia sign a grain deal worth millions.",
        "The two governments agreed on Tuesday to a three-year arrangement covering wheat, barley and "
        "maize shipments through the port of Velsk, officials in both capitals said in separate statements.",
    ]
    assert guess_title(lines) == lines[0]
    assert guess_title([lines[1], lines[0]]) is None
