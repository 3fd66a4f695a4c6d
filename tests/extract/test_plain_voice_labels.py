"""A line labelled with a person's name (a vox pop: "Carlos Ruiz (38 años), padre de tres
niños: …") is that person's (extract/plain.py ``_labelled_voice``). Every sentence was
written for these tests."""

from __future__ import annotations

import pytest

from .test_plain_outlets import claims


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "Carlos Ruiz (38 años), padre de tres niños: Mi hijo está en un aula de 48 alumnos.",
            "Carlos Ruiz",
        ),
        (
            "fr",
            "Julie Martin (41 ans), infirmière : Nous sommes 12 pour tout le service de nuit.",
            "Julie Martin",
        ),
        (
            "es",
            "Marta Gil, vecina del barrio: Yo he contado 30 coches aparcados en la acera.",
            "Marta Gil",
        ),
    ],
)
def test_a_labelled_person_speaks_the_line(language: str, text: str, source: str) -> None:
    found = [c for c in claims(language, text) if c.value in (12, 30, 48)]
    assert [c.source for c in found] == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # no age, no first person: a heading, not a voice
        ("es", "Madrid: el ayuntamiento retiró 30 coches aparcados en la acera."),
        ("es", "La cifra: 48 alumnos por aula en el centro."),
    ],
)
def test_a_label_that_names_no_person_gives_no_source(language: str, text: str) -> None:
    found = [c for c in claims(language, text) if c.value in (30, 48)]
    assert found and all(c.source in (None, "el ayuntamiento") for c in found)
