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


#: A letters page: each letter under a title of its own, signed by a line below it.
LETTERS_PAGE = (
    "READERS WRITE\n\n"
    "The ferry we were promised\n\n"
    "SIR – Since the ferry stopped, my shop has lost 30 customers a day. "
    "The council's own survey says 2,400 people used the crossing every week.\n\n"
    "Moira Lindsay, Quay Stores, Portallan\n\n"
    "Buses are no answer\n\n"
    "SIR – The replacement bus seats 18 passengers, and 60 of us wait each morning.\n\n"
    "Ewan Baird (retd), Kilcraig\n\n"
    "Letters may be shortened. Write to letters@example.org.\n"
)


def test_a_letters_page_signs_each_letter_with_the_line_below_it() -> None:
    letters = SignedLetters(load_lexicon("en")).letters(LETTERS_PAGE)
    assert [lt.signer for lt in letters] == ["Moira Lindsay", "Ewan Baird"]
    assert LETTERS_PAGE[letters[0].start :].startswith("The ferry we were promised")
    by_value = {c.value: c.source for c in extract_in("en", LETTERS_PAGE, "2026-12-02")}
    assert by_value[30] == "Moira Lindsay"
    assert by_value[18] == by_value[60] == "Ewan Baird"
    assert by_value[2400] != "Moira Lindsay"  # its sentence names the council's survey


def test_a_letters_page_signs_with_a_full_stop_after_the_name() -> None:
    text = (
        "CARTAS AL DIRECTOR\n\n"
        "El autobús de las seis\n"
        "Vivo en el barrio desde hace años. Cada mañana esperamos unos 40 vecinos en la parada.\n"
        "Gloria Menéndez Prieto. Villaseca.\n\n"
        "Una plaza sin sombra\n"
        "Este verano se talaron 14 árboles en la plaza y nadie los ha repuesto.\n"
        "Andrés Cuesta Lobo. Maestro jubilado. Villaseca.\n"
    )
    by_value = {c.value: c.source for c in extract_in("es", text, "2026-12-02")}
    assert by_value[40] == "Gloria Menéndez Prieto"
    assert by_value[14] == "Andrés Cuesta Lobo"


def test_names_heading_the_answers_below_them_sign_nothing() -> None:
    text = (
        "Three experts answer\n\n"
        "Lena Morrow, economist, Harbour Institute\n"
        "The fleet needs 12 new boats before the spring.\n\n"
        "Tom Ashby, engineer, Portallan\n"
        "Repairs would cost about 3 million pounds.\n\n"
        "Ruth Kerr, mayor, Kilcraig\n"
        "We have set aside 400,000 pounds.\n"
    )
    assert SignedLetters(load_lexicon("en")).letters(text) == []


def test_one_signed_paragraph_is_no_letters_page() -> None:
    text = "A quiet harbour\n\nThe harbour saw 12 boats this winter.\n\nLena Morrow, Portallan\n"
    assert SignedLetters(load_lexicon("en")).letters(text) == []


def test_a_letter_written_on_behalf_of_a_body_is_that_body_s() -> None:
    text = LETTERS_PAGE.replace(
        "SIR – The replacement bus",
        "SIR – I write on behalf of the Kilcraig Ferry Users' Group. The replacement bus",
    )
    letters = SignedLetters(load_lexicon("en")).letters(text)
    assert [lt.signer for lt in letters] == ["Moira Lindsay", "the Kilcraig Ferry Users' Group"]
    by_value = {c.value: c.source for c in extract_in("en", text, "2026-12-02")}
    assert by_value[18] == "the Kilcraig Ferry Users' Group"


def test_a_spanish_reply_in_the_name_of_a_company_is_the_company_s() -> None:
    text = (
        "CARTAS AL DIRECTOR\n\n"
        "El autobús de las seis\n"
        "Cada mañana esperamos unos 40 vecinos en la parada.\n"
        "Gloria Menéndez Prieto. Villaseca.\n\n"
        "Respuesta de la empresa\n"
        "En nombre de Autobuses del Tiétar, quiero aclarar que la línea suma ya 12 expediciones.\n"
        "Marta Soler Vidal. Directora de Autobuses del Tiétar.\n"
    )
    by_value = {c.value: c.source for c in extract_in("es", text, "2026-12-02")}
    assert by_value[12] == "Autobuses del Tiétar"
    assert by_value[40] == "Gloria Menéndez Prieto"
