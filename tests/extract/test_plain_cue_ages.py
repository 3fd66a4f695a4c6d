"""An "according to" cue naming how new its data are ("nach neuesten Angaben des X", "по
новым данным X", "według najnowszych danych X") names their owner as the plain cue does
(the folders' ``according_to``). Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from .test_plain_outlets import claims


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # "according to" with the data's age between the preposition and its noun
        (
            "de",
            "Die Lage bleibt angespannt. Nach neuesten Angaben des Landesamts verlor die "
            "Region 12.000 Einwohner.",
            "Landesamt",
        ),
        (
            "ru",
            "Ситуация остаётся напряжённой. По новым данным Росстата, регион потерял 12 "
            "тыс. жителей.",
            "Росстат",
        ),
        (
            "uk",
            "Ситуація лишається напруженою. За новими даними Держстату, регіон втратив 12 "
            "тис. мешканців.",
            "Держстат",
        ),
        (
            "pl",
            "Sytuacja pozostaje napięta. Według najnowszych danych GUS, region stracił 12 "
            "tys. mieszkańców.",
            "GUS",
        ),
        (
            "it",
            "La situazione resta tesa. Secondo gli ultimi dati del ministero, la regione ha "
            "perso 12.000 abitanti.",
            "ministero",
        ),
    ],
)
def test_a_cue_naming_the_datas_age_names_its_owner(language: str, text: str, source: str) -> None:
    (c,) = [c for c in claims(language, text) if c.value == 12_000]
    assert c.source is not None and source in c.source
