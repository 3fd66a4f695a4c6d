"""A verb of saying negated right before it (extract/plain.py ``_Cues._negated``, the
folders' ``speech_negations``): who does not confirm, or denies, a figure is not its
source. Every sentence was written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import CleanDocument, content_hash


@cache
def _extractor(language: str) -> Extractor:
    return Extractor(load_pack("dprk-russia"), language=language)


def source_of(language: str, text: str, figure: float) -> str | None:
    doc = CleanDocument("t", text, content_hash(text), language=language)
    (claim,) = [c for c in _extractor(language).extract(doc) if c.figure == figure]
    return claim.source


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le port aurait reçu 35 cargos, ce que ni la mairie ni le préfet n'ont confirmé."),
        ("fr", "La mairie n'a pas confirmé l'arrivée de 35 cargos."),
        ("es", "El Ayuntamiento no ha confirmado la llegada de 35 cargueros."),
        ("pt", "A Câmara não confirmou a chegada de 35 cargueiros."),
        ("pl", "Urząd miasta nie potwierdził, że do portu wpłynęło 35 frachtowców."),
        (
            "es",
            "El puerto habría recibido 35 cargueros, algo que el Ayuntamiento no ha confirmado.",
        ),
        ("it", "Il porto avrebbe ricevuto 35 mercantili, cosa che il Comune non ha confermato."),
        ("pt", "O porto terá recebido 35 cargueiros, o que a Câmara não confirmou."),
        ("ru", "В порт, по слухам, пришли 35 сухогрузов, чего мэрия не подтвердила."),
        ("uk", "До порту, за чутками, прийшли 35 суховантажів, чого мерія не підтвердила."),
        ("pl", "Do portu miało wpłynąć 35 frachtowców, czego urząd miasta nie potwierdził."),
    ],
)
def test_a_negated_verb_of_saying_names_no_source(language: str, text: str) -> None:
    assert source_of(language, text, 35) is None


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "La mairie a confirmé l'arrivée de 35 cargos.", "La mairie"),
        ("ru", "Мэрия подтвердила, что в порт пришли 35 сухогрузов.", "Мэрия"),
    ],
)
def test_a_verb_of_saying_without_a_negation_keeps_its_speaker(
    language: str, text: str, source: str
) -> None:
    assert source_of(language, text, 35) == source


def test_ne_que_restricts_and_keeps_its_speaker() -> None:
    # "ne ... que" (only) has no partner of a negation ("pas", "ni") in its clause
    text = "La capitainerie n'en recensait de son côté que 35."
    assert (source_of("fr", text, 35) or "").startswith("La capitainerie")


def test_a_negation_is_read_in_the_verb_s_clause_only() -> None:
    # "verano" cut at the reach is no "no", nor is a word past the comma
    text = "El puerto recibirá 35 cargueros antes del verano de 2027, anunció la alcaldesa."
    assert source_of("es", text, 35) == "la alcaldesa"
