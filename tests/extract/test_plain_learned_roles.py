"""A role no folder lists, learned from the text: a report names a person once with the
role ("A hidróloga Marta Reis", "Pablo Ruiz, subdirector del hospital", "il corrispondente
da Kiev, Luca Ferri") and then by the role alone; the role alone is that person
(extract/plain.py ``_learned_title``). A demonstrative before a noun of data or of a body
("ese documento", "questo rapporto") points back like its article does. Every sentence was
written for these tests."""

from __future__ import annotations

import pytest

from .test_plain_outlets import claims


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "pt",
            "Neste episódio, a hidróloga Marta Reis Figueira, professora em Évora, explica a "
            "seca. O Governo prometeu 40 milhões de euros. A hidróloga estima que a rede "
            "perde 30% da água tratada.",
            "Marta Reis Figueira",
        ),
        (
            "es",
            "«Faltan camas», explicó el doctor Pablo Ruiz Campos, subdirector del hospital, "
            "durante la visita. Hoy hay 140 pacientes en espera, precisó el subdirector.",
            "Pablo Ruiz Campos",
        ),
        (
            "it",
            "L'ingegnera capo del cantiere, Sara Conti Bassi, ha guidato la visita. Sul "
            "ponte lavorano 300 operai, spiega l'ingegnera.",
            "Sara Conti Bassi",
        ),
        (
            "fr",
            "Dans cet épisode, la glaciologue Anne Morel présente ses relevés. Il reste 40 "
            "chamois dans le massif, selon la glaciologue.",
            "Anne Morel",
        ),
    ],
)
def test_a_role_the_text_named_someone_with_means_that_person(
    language: str, text: str, source: str
) -> None:
    (c,) = [c for c in claims(language, text) if c.value in (30, 140, 300, 40)]
    assert c.source is not None and source in c.source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (  # a place opening the sentence is no one's name
            "fr",
            "À Marseille, la préfecture a compté la foule. Il y avait 14 000 manifestants, "
            "selon la préfecture.",
            "la préfecture",
        ),
    ],
)
def test_a_role_with_no_one_person_named_stays_as_written(
    language: str, text: str, source: str
) -> None:
    (c,) = [c for c in claims(language, text) if c.value in (30, 14_000)]
    assert c.source == source


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Desde Lima, nuestra corresponsal, Elena Prado Ruiz, desgrana el informe que el "
            "Instituto Nacional de Estadística (INE) entregó el lunes a la comisión de "
            "economía del Congreso. Según ese documento, del que dio cuenta la agencia "
            "Andina, la región perdió 12.000 habitantes.",
        ),
        (
            "pt",
            "Desde Lisboa, a nossa correspondente, Elena Prado Reis, resume o relatório que o "
            "Instituto Nacional de Estatística (INE) entregou na segunda-feira à comissão de "
            "economia. Segundo esse relatório, de que deu conta a agência Lusa, a região "
            "perdeu 12.000 habitantes.",
        ),
    ],
)
def test_a_demonstrative_document_means_the_body_named_before(language: str, text: str) -> None:
    (c,) = [c for c in claims(language, text) if c.value == 12_000]
    assert c.source is not None and "INE" in c.source
