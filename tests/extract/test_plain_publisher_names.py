"""The publication naming itself (the folder's ``publisher.self_names``: "este diario",
"questo giornale"): its own count is the writer's, it passes nothing on to its readers,
and a speaker who told it still speaks (extract/plain.py). Every sentence was written for
these tests."""

from __future__ import annotations

import pytest

from .test_plain_outlets import claims


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Las bajas ascienden como mínimo a 10.100, según las cuentas de este diario."),
        ("pt", "As baixas chegam a pelo menos 10.100, segundo as contas deste jornal."),
        ("it", "Le vittime sono almeno 10.100, secondo i calcoli di questo giornale."),
        ("fr", "Les pertes atteignent au moins 10 100, selon les calculs de ce journal."),
    ],
)
def test_the_publication_s_own_count_has_no_source(language: str, text: str) -> None:
    (total,) = claims(language, text)
    assert total.source is None


def test_the_publication_that_heard_a_source_passes_nothing_on() -> None:
    (workers,) = claims(
        "es",
        "Fuentes del ministerio consultadas por este diario añadieron que han llegado a "
        "Rusia unos 15.000 trabajadores.",
    )
    assert workers.source == "Fuentes del ministerio"
    assert workers.via == []


def test_a_speaker_who_told_the_publication_still_speaks() -> None:
    (prisoners,) = claims(
        "es",
        "«Custodiamos a 11 prisioneros», explicó a este diario la embajadora Halyna Ostapchuk.",
    )
    assert prisoners.source == "la embajadora Halyna Ostapchuk"


def test_a_first_word_of_order_is_no_speaker() -> None:
    """ "Primero habló de …": the order of what she said, not who said it."""
    found = claims(
        "es",
        "La ministra Maite Villarroya dio cifras. Primero habló de unos 4.000 muertos, y "
        "luego de 3.100 fallecidos, dijo ante la comisión.",
    )
    assert {c.source for c in found} == {"La ministra Maite Villarroya"}
