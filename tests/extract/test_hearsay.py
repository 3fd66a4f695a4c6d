"""Unconfirmed figures that circulate where nobody answers for them (extract/hearsay.py),
on sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimtrack.extract.hearsay import HearsayMedia

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from languages.conftest import extract_in  # noqa: E402


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # adjectives before the noun: the words before the medium qualify it
        (
            "de",
            "In prorussischen Telegram-Kanälen heißt es, Moskau habe 40 Kampfjets versprochen.",
            "prorussischen Telegram-Kanälen",
        ),
        (
            "ko",
            "일부 군사 블로거들 사이에서는 전차 50여 대가 도착했다는 말이 돈다.",
            "일부 군사 블로거들",
        ),
        # adjectives after it: the words after
        (
            "fr",
            "Sur les réseaux sociaux ukrainiens, certains évoquent 900 prisonniers.",
            "réseaux sociaux ukrainiens",
        ),
        (
            "it",
            "Su alcuni blog militari russi si parla di 70 carri armati in arrivo.",
            "blog militari russi",
        ),
    ],
)
def test_a_figure_nobody_answers_for_is_the_mediums_it_circulates_in(
    language: str, text: str, source: str
) -> None:
    (c,) = extract_in(language, text, "2026-12-02")
    assert c.source == source


def test_a_cited_source_that_published_on_a_medium_stays_the_source() -> None:
    text = "Según el ministerio, que lo publicó en su canal de Telegram, murieron 300 soldados."
    (c,) = extract_in("es", text, "2026-12-02")
    assert c.source != "Telegram"


def test_a_named_speaker_stays_the_speaker() -> None:
    text = "Das Verteidigungsministerium teilte auf Telegram mit, dass 300 Soldaten fielen."
    (c,) = extract_in("de", text, "2026-12-02")
    assert c.source == "Das Verteidigungsministerium"


def test_media_words_phrases_and_stems() -> None:
    media = HearsayMedia.of(["telegram*", "redes sociales"], ["en", "las", "de", "un", "se"], True)
    assert media.medium("Circula en las redes sociales rusas un vídeo.") == "redes sociales rusas"
    assert media.medium("En canales de Telegram rusos se habla de 20 tanques.") == "Telegram rusos"
    assert media.medium("El ministerio habla de 20 tanques.") is None
