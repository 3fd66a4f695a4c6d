"""Quotations over several sentences in spaced scripts (extract/quotation_spans.py), on
sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimtrack.extract.quotation_spans import scan

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from languages.conftest import extract_in  # noqa: E402


@pytest.mark.parametrize(
    ("text", "closers", "expected"),
    [
        ("«Hemos contado 40 casas.", None, (-1, "»")),
        ("Es mucho», dijo Juan.", "»", (8, None)),
        ("„Wir haben 40 Häuser gezählt.", None, (-1, "“”")),
        ("Das ist viel“, sagte er.", "“”", (12, None)),
        ("Er sagte: „Das reicht“ und ging.", None, (-1, None)),
        # closes the one open before it, then opens another
        ("Fin.» Y luego: «Otra vez.", "»", (4, "»")),
    ],
)
def test_scan(text: str, closers: str | None, expected: tuple[int, str | None]) -> None:
    assert scan(text, closers) == expected


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("es", "«Hemos contado 40 casas. Es mucho», dijo el concejal Juan Pérez.", "Juan Pérez"),
        ("pt", "«Contámos 40 casas. É muito», disse o vereador João Silva.", "João Silva"),
        ("it", "«Abbiamo contato 40 case. È tanto», ha detto il consigliere Mario Rossi.", "Rossi"),
        (
            "fr",
            "« Nous avons recensé 40 maisons. C'est énorme », a déclaré le conseiller Jean Dupont.",
            "Jean Dupont",
        ),
    ],
)
def test_the_tag_after_the_closing_mark_speaks_for_the_earlier_sentences(
    language: str, text: str, speaker: str
) -> None:
    (c,) = extract_in(language, text, "2026-11-20")
    assert c.source is not None and c.source.endswith(speaker)


def test_an_answer_closing_its_paragraph_names_no_speaker_inside_it() -> None:
    # no tag after the closing mark: a name inside the quotation is what was said
    text = "«Sono arrivati 300 camion. Il governo di Roma ne attende altri.»"
    (c,) = extract_in("it", text, "2026-11-20")
    assert c.source is None


TESTIMONY = (
    "Propos recueillis par Claire Mounier\n\n"
    "Boulanger à Aubusson depuis trente ans, Marc Delorme raconte son hiver.\n\n"
    "Le fournil, le 12 novembre. © Claire Mounier / Le Courrier\n\n"
    "Il a 61 ans et pétrit encore chaque nuit. Nous lui laissons la parole.\n\n"
    "« Cet hiver, ma facture d'électricité a atteint 2 400 euros par mois. "
    "Je n'avais jamais vu ça.\n\n"
    "Alors j'ai arrêté un four. On cuit environ 300 baguettes de moins par jour. "
    "Je ne sais pas combien de temps je tiendrai. »\n"
)


def test_a_speech_over_several_paragraphs_is_the_person_named_before_it() -> None:
    """A quotation opening a paragraph and closing, untagged, paragraphs later: the person
    the text named before it opened, not the photographer of a credit nor the byline's
    interviewer."""
    found = {c.figure: c.source for c in extract_in("fr", TESTIMONY, "2026-12-02")}
    assert found[2400] == "Marc Delorme"
    assert found[300] == "Marc Delorme"


def test_a_quotation_opened_inside_a_paragraph_ends_with_it() -> None:
    """A stray mark left open mid-paragraph costs that paragraph only: the speech the
    next paragraphs tell is no one's."""
    text = (
        "Le maire Paul Arnaud a parlé d'un « hiver noir.\n\n"
        "« On a compté 45 coupures. Beaucoup trop. »\n"
    )
    (c,) = extract_in("fr", text, "2026-12-02")
    assert c.source is None
