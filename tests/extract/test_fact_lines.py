"""A fact box's credits (``extract/fact_lines.py``): a name in brackets closing a line, and
a credit line under or over the box ("Source: Met Office", "Fuente: Adif") that names the
source of every line of the box naming none. Every text was written for these tests."""

from __future__ import annotations

from claimtrack.extract import Extractor
from claimtrack.extract.fact_lines import box_credit
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash

LABELS = frozenset({"source", "sources"})
BOX = (
    "The storm reached the coast on Monday night.\n\n"
    "BY THE NUMBERS\n"
    "42 flights cancelled\n"
    "1,200 homes without power\n"
    "Source: Regional Met Office\n\n"
    "Crews said 300 trees had come down."
)


def claims(text: str, language: str = "en") -> list[Claim]:
    ex = Extractor(load_pack("dprk-russia"), language=language)
    doc = CleanDocument("a", text, content_hash(text), published="2026-12-02", language=language)
    return ex.extract(doc)


def test_a_credit_line_names_the_box_it_closes_and_no_line_outside_it() -> None:
    assert box_credit(BOX, BOX.index("42 flights"), LABELS) == "Regional Met Office"
    assert box_credit(BOX, BOX.index("BY THE"), LABELS) == "Regional Met Office"
    assert box_credit(BOX, BOX.index("Crews"), LABELS) is None  # past the blank line
    assert box_credit(BOX, BOX.index("42 flights"), frozenset()) is None


def test_a_credit_line_over_the_box_and_the_page_s_own_credit() -> None:
    over = "Fuente: Instituto Nacional de Estadística\n3 provincias\n12 municipios"
    own = "Fuente: elaboración propia\n3 provincias"
    labels = frozenset({"fuente"})
    assert box_credit(over, over.index("12"), labels) == "Instituto Nacional de Estadística"
    assert box_credit(own, own.index("3"), labels) is None
    caseless = "数字で見る\n停電 1200戸\n出典：気象庁"
    assert box_credit(caseless, caseless.index("停電"), frozenset({"出典"})) == "気象庁"


def test_the_box_s_lines_take_its_credit_in_english_and_without_the_parser() -> None:
    by_figure = {c.figure: c.source for c in claims(BOX)}
    assert by_figure[42] == by_figure[1200] == "Regional Met Office"
    assert by_figure[300] != "Regional Met Office"
    text = (
        "Las obras empiezan el lunes.\n\n"
        "EN CIFRAS\n"
        "4 estaciones cerradas\n"
        "Hasta 150 operarios por turno\n"
        "Fuente: Adif"
    )
    assert {c.source for c in claims(text, "es")} == {"Adif"}


def test_a_credit_names_the_body_before_its_comma_and_picks_by_what_each_gave() -> None:
    """ "Fuente: X (NIS), informe del 26 de noviembre": X (NIS); "Fuentes: A (misiles) y
    B (zapadores)": the name whose word the line holds, else none."""
    text = (
        "Primer grupo: 11.000 soldados\n"
        "Fuente: Servicio Nacional de Inteligencia (NIS), informe del 26 de noviembre.\n"
        "Misiles disparados: al menos 180\n"
        "Obuses entregados: unas 250 piezas\n"
        "Fuentes: Fuerza Aérea de Ucrania (misiles) y Consejo de Seguridad (zapadores)."
    )
    labels = frozenset({"fuente", "fuentes"})
    assert (
        box_credit(text, text.index("11.000"), labels) == "Servicio Nacional de Inteligencia (NIS)"
    )
    assert box_credit(text, text.index("180"), labels) == "Fuerza Aérea de Ucrania"
    assert box_credit(text, text.index("250"), labels) is None


def test_a_short_line_ending_in_a_full_stop_is_a_box_line_too() -> None:
    text = "Proyectiles enviados (millones)\nDic. 2024 ██████ 5,8 mill.\nFuente: HUR."
    by_figure = {c.figure: c.source for c in claims(text, "es")}
    assert by_figure[5_800_000] == "HUR"
