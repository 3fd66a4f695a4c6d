"""A count of "his", "her" or "its" names the source named last ("Selon ses projections",
"według jego wyliczeń", "وفق حساباته"), and a cue's source ends where the clause's own verb
begins ("Secondo il ministero della Difesa britannico siamo ormai oltre …").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import extract_in


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "L'économiste Paul Verdier a dit que la guerre continue. Selon ses projections, "
            "Moscou aurait versé 1,5 milliard de dollars.",
            "Verdier",
        ),
        (
            "pl",
            "Ekonomista Tomasz Wierzbicki powiedział, że wojna trwa. Według jego wyliczeń "
            "Moskwa zapłaciła 1,5 mld dolarów.",
            "Wierzbicki",
        ),
        (
            "pt",
            "O economista Rui Tavares disse que a guerra continua. Segundo as suas projeções, "
            "Moscovo terá pago 1,5 mil milhões de dólares.",
            "Tavares",
        ),
        (
            "ar",
            "وقال الخبير سالم الهاشمي إن الشحنات مستمرة. وأوضح أن الحاويات حملت، وفق حساباته، "
            "نحو 9 ملايين قذيفة.",
            "الهاشمي",
        ),
        # the sentence before names the speaker ("è intervenuto"), but reports nothing
        (
            "it",
            "Poi è intervenuto Marco Ferretti, economista dell'Osservatorio. Secondo le sue "
            "stime, Mosca avrebbe versato a Kim 1,5 miliardi di dollari.",
            "Marco Ferretti",
        ),
        (
            "fr",
            "Puis est intervenu Paul Verdier, économiste de l'Observatoire. Selon ses "
            "estimations, Moscou aurait versé 1,5 milliard de dollars.",
            "Paul Verdier",
        ),
        (
            "es",
            "Después intervino Tomás Urquijo, economista del Observatorio. Según sus cálculos, "
            "Moscú habría pagado 1.500 millones de dólares.",
            "Tomás Urquijo",
        ),
    ],
)
def test_count_of_his_is_the_last_speakers(language: str, text: str, speaker: str) -> None:
    (claim,) = extract_in(language, text)
    assert claim.source is not None and speaker in claim.source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "it",
            "«Secondo il ministero della Difesa britannico siamo ormai oltre i dodici milioni "
            "di proiettili», ha detto il generale.",
            "il ministero della Difesa britannico",
        ),
        (
            "es",
            "«Según el Ministerio de Defensa británico somos ya más de 12.000 voluntarios», "
            "dijo el coronel.",
            "el Ministerio de Defensa británico",
        ),
    ],
)
def test_cue_source_ends_at_the_clause_verb(language: str, text: str, source: str) -> None:
    (claim,) = extract_in(language, text)
    assert claim.source == source
