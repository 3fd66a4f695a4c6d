"""A letter printed in full speaks for whoever signed it (extract/signed_letters.py)."""

from __future__ import annotations

from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.signed_letters import SignedLetters

from ..languages.conftest import extract_in

LETTER = (
    "The residents wrote to the council last week.\n\n"
    "Dear Councillor Amberley,\n\n"
    "We counted 340 potholes on Marrow Lane this autumn. "
    "About 60 families use the lane every day.\n\n"
    "Yours sincerely,\n"
    "The Marrow Lane Residents' Group\n"
)


def test_a_letter_runs_from_its_salutation_to_its_sign_off() -> None:
    (letter,) = SignedLetters(load_lexicon("en")).letters(LETTER)
    assert LETTER[letter.start :].startswith("Dear Councillor")
    assert LETTER[letter.end :].startswith("Yours sincerely")
    assert letter.signer == "The Marrow Lane Residents' Group"


def test_the_figures_of_a_letter_are_its_signers() -> None:
    claims = extract_in("en", LETTER, "2026-12-02")
    assert {c.value: c.source for c in claims} == {
        340: "The Marrow Lane Residents' Group",
        60: "The Marrow Lane Residents' Group",
    }


def test_a_sign_off_on_its_line_names_the_signers_after_the_comma() -> None:
    text = (
        "Уважаемая Ольга Борисовна!\n\nНас осталось 19 человек на весь район.\n\n"
        "С уважением, фельдшеры районной подстанции (подписи прилагаются).\n"
    )
    (letter,) = SignedLetters(load_lexicon("ru")).letters(text)
    assert letter.signer == "фельдшеры районной подстанции"


def test_a_figure_whose_sentence_names_its_source_keeps_it() -> None:
    text = (
        "Sehr geehrte Frau Ministerin,\n\n"
        "laut Statistischem Landesamt leben 21.000 Menschen im Tal. "
        "Wir fahren jede Woche 140 Einsätze.\n\n"
        "Mit freundlichen Grüßen\n"
        "die Rettungswache Talheim\n"
    )
    claims = extract_in("de", text, "2026-12-02")
    by_value = {c.value: c.source for c in claims}
    assert by_value[140] == "die Rettungswache Talheim"
    assert by_value[21000] is not None and "Landesamt" in by_value[21000]


def test_prose_that_opens_with_a_salutation_word_opens_no_letter() -> None:
    text = (
        "Dear as the repairs were, the council spent 2 million pounds on the lane, "
        "the treasurer said in a statement that ran to several pages and many figures.\n\n"
        "Regards were sent to the mayor, who counted 12 new buses.\n"
    )
    assert SignedLetters(load_lexicon("en")).letters(text) == []


def test_a_sign_off_without_a_salutation_before_it_signs_nothing() -> None:
    text = "The council counted 12 new buses.\n\nYours sincerely,\nJane Doe\n"
    assert SignedLetters(load_lexicon("en")).letters(text) == []


#: A right of reply the page prints in quotation marks, signed by its last line alone.
QUOTED = (
    "Le directeur de l'office nous a demandé d'insérer le texte suivant.\n\n"
    "« Madame la Directrice de la publication,\n\n"
    "La panne a touché 112 logements sur les 436 de la résidence. "
    "Nos équipes ont distribué deux cents radiateurs.\n\n"
    "Paul Verdier, directeur général de l'office »\n\n"
    "Selon l'amicale des locataires, 240 foyers étaient privés de chauffage.\n"
)


def test_a_quoted_letter_is_signed_by_the_name_on_its_closing_line() -> None:
    (letter,) = SignedLetters(load_lexicon("fr")).letters(QUOTED)
    assert QUOTED[letter.start :].lstrip().startswith("« Madame")
    assert QUOTED[letter.end :].startswith("Paul Verdier")
    assert letter.signer == "Paul Verdier"
    by_value = {c.value: c.source for c in extract_in("fr", QUOTED, "2026-12-02")}
    assert by_value[112] == by_value[200] == "Paul Verdier"
    assert by_value[240] != "Paul Verdier"  # after the letter: the page's own again


def test_a_quoted_letter_closing_on_a_sentence_is_signed_by_no_one() -> None:
    text = QUOTED.replace("Paul Verdier, directeur général de l'office »", "Merci. »")
    assert SignedLetters(load_lexicon("fr")).letters(text) == []
