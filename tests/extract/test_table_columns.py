"""A data table's source and time columns in every language (extract/tables.py, read by the
parser-free reading as by the parsed one), on tables written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from languages.conftest import extract_in  # noqa: E402

TABLES = {
    "de": (
        "Die Zahlen im Überblick\n\n"
        "Kennzahl | Wert | Quelle | Stand\n"
        "Soldaten im Einsatz | rund 14.000 | Militärgeheimdienst Nord | 12.11.2026\n"
        "Verletzte | mindestens 2.300 | Sanitätsamt Süd | 20.11.2026\n\n"
        "Beide Angaben lassen sich nicht unabhängig prüfen."
    ),
    "es": (
        "Las cifras\n\n"
        "Dato | Cifra | Fuente | Fecha\n"
        "Soldados desplegados | unos 14.000 | Inteligencia del Norte | 12/11/2026\n"
        "Heridos | al menos 2.300 | Servicio Sanitario del Sur | 20/11/2026\n\n"
        "Ninguna cifra pudo verificarse."
    ),
    "ko": (
        "한눈에 보는 숫자\n\n"
        "항목\t수치\t출처\t기준일\n"
        "파견 병력\t약 1만 4천 명\t북부정보청\t2026.11.12\n"
        "부상자\t최소 2천300명\t남부보건청\t2026.11.20\n\n"
        "두 수치 모두 독자적으로 확인되지 않았다."
    ),
    "ja": (
        "数字で見る\n\n"
        "項目 | 数値 | 出典 | 時点\n"
        "派遣された兵士 | 約1万4000人 | 北部情報庁 | 2026/11/12\n"
        "負傷者 | 少なくとも2300人 | 南部保健庁 | 2026/11/20\n\n"
        "いずれの数字も独自に確認できていない。"
    ),
    "ar": (
        "الأرقام باختصار\n\n"
        "البند | الرقم | المصدر | التاريخ\n"
        "الجنود المنتشرون | نحو 14 ألفا | هيئة الاستخبارات الشمالية | 12/11/2026\n"
        "الجرحى | ما لا يقل عن 2300 | هيئة الصحة الجنوبية | 20/11/2026\n\n"
        "لم يتسنّ التحقق من الرقمين بشكل مستقل."
    ),
}
SOURCES = {
    "de": ("Militärgeheimdienst Nord", "Sanitätsamt Süd"),
    "es": ("Inteligencia del Norte", "Servicio Sanitario del Sur"),
    "ko": ("북부정보청", "남부보건청"),
    "ja": ("北部情報庁", "南部保健庁"),
    "ar": ("هيئة الاستخبارات الشمالية", "هيئة الصحة الجنوبية"),
}


@pytest.mark.parametrize("language", sorted(TABLES))
def test_a_rows_figures_take_its_source_and_time_cells(language: str) -> None:
    claims = extract_in(language, TABLES[language], "2026-12-04")
    got = sorted((c.figure, c.source, c.as_of) for c in claims)
    first, second = SOURCES[language]
    assert got == [(2300.0, second, "2026-11-20"), (14000.0, first, "2026-11-12")]


def test_an_english_tables_as_of_column_dates_its_rows() -> None:
    text = (
        "Figures at a glance\n\n"
        "Item | Figure | Source | As of\n"
        "Troops deployed | about 14,000 | Northern Intelligence Board | 12 November 2026\n"
        "Wounded | at least 2,300 | Southern Health Board | 20 November 2026\n\n"
        "Neither figure could be checked independently."
    )
    got = sorted((c.figure, c.source, c.as_of) for c in extract_in("en", text, "2026-12-04"))
    assert got == [
        (2300.0, "Southern Health Board", "2026-11-20"),
        (14000.0, "Northern Intelligence Board", "2026-11-12"),
    ]


def test_a_column_headed_by_a_short_word_names_no_source() -> None:
    # "By region" is no source column: its cells are what the figures count
    text = (
        "By region | 2025 | 2026\n"
        "North | 1,200 | 1,450\n"
        "South | 900 | 1,010\n\n"
        "The ministry gave no breakdown by month."
    )
    assert all(c.source != "North" for c in extract_in("en", text, "2026-12-04"))


@pytest.mark.parametrize(
    ("language", "table"),
    [
        (
            "pt",
            "Freguesia | Votos | % dos votantes\n"
            "Vale Fundo | 412 | 38,5\n"
            "Monte Alto | 377 | 35,2\n",
        ),
        (
            "de",
            "Ortsteil | Stimmen | Anteil\nOberdorf | 412 | 38,5\nUnterdorf | 377 | 35,2\n",
        ),
        (
            "es",
            "Barrio\tVotos\tPorcentaje\nLa Vega\t412\t38,5\nEl Cerro\t377\t35,2\n",
        ),
    ],
)
def test_a_rows_bare_numbers_count_what_their_column_names(language: str, table: str) -> None:
    # no word beside "412" says what it counts; the column's header does
    values = sorted(c.value for c in extract_in(language, table, "2026-12-03"))
    assert values == [35.2, 38.5, 377, 412]


def test_full_width_bars_split_cells_and_a_header_names_what_a_column_counts() -> None:
    # a Chinese page's table: the agency column is the source, each figure column's
    # header says what it counts
    text = (
        "朝鲜向俄罗斯派兵以来，朝鲜军队的伤亡一直难以核实。朝鲜方面从未公布数字。\n\n"
        "机构｜阵亡｜受伤｜数据截至\n"
        "北方情报局｜约3,900｜约6,800｜2026年11月\n"
        "南方国防部｜2,400—2,900｜未公布｜2026年10月\n"
    )
    got = [(c.figure, c.source, c.measure, c.as_of) for c in extract_in("zh", text, "2026-12-03")]
    assert (3900, "北方情报局", "dprk_troops_killed", "2026-11") in got
    assert (6800, "北方情报局", "dprk_troops_wounded", "2026-11") in got


#: Tables whose rows are labelled by what they count and whose columns are dated.
LABELLED = {
    "en": (
        "North Korea's support for Russia, in figures\n\n"
        "North Korea has sent soldiers and shells; North Korean crews load them in Rajin.\n\n"
        "Item | Jan 2025 | Nov 2026 | Source\n"
        "Troops in Russia | 11,000 | 14,500 | Seoul intelligence\n"
        "Containers shipped | 19,000 | 27,000 | Port monitors\n"
    ),
    "de": (
        "Nordkoreas Hilfe für Russland in Zahlen\n\n"
        "Nordkorea schickt Soldaten und Granaten; Nordkorea verlädt sie in Radschin.\n\n"
        "Posten | Januar 2025 | November 2026 | Quelle\n"
        "Soldaten in Russland | 11.000 | 14.500 | Geheimdienst Seoul\n"
        "Verschiffte Container | 19.000 | 27.000 | Hafenbeobachter\n"
    ),
}


@pytest.mark.parametrize("language", sorted(LABELLED))
def test_a_rows_label_says_what_its_figures_count(language: str) -> None:
    claims = extract_in(language, LABELLED[language], "2026-12-03")
    measures = {c.value: c.measure for c in claims}
    assert measures[14500] == measures[11000] == "dprk_troops_in_russia"
    assert measures[27000] == measures[19000] == "dprk_containers_shipped"
