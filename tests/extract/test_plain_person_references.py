"""An office naming someone named before ("l'édile", "o autarca", "il primo cittadino",
"градоначальник"; the folder's ``person_references``) means the latest source named as a
person, not the latest body (extract/plain.py). Every sentence was written for these
tests."""

from __future__ import annotations

import pytest

from .test_plain_outlets import claims


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "pt",
            "O presidente da câmara, Rui Matos, disse que a cidade tem 300 casas vazias. A "
            "Segurança Social contou 120 famílias sem casa. O autarca garante que faltam 40 "
            "milhões de euros.",
            "O presidente da câmara, Rui Matos",
        ),
        (
            "es",
            "El alcalde, Rubén Soto, dijo que la ciudad tiene 300 casas vacías. Cáritas contó "
            "120 familias sin hogar. El regidor asegura que faltan 40 millones de euros.",
            "El alcalde, Rubén Soto",
        ),
        (
            "fr",
            "Le maire, Paul Girard, a indiqué que la ville compte 300 logements vides. Le "
            "Secours catholique a recensé 120 familles sans toit. L'édile assure qu'il manque "
            "40 millions d'euros.",
            "Le maire, Paul Girard",
        ),
        (
            "it",
            "Il sindaco, Marco Neri, ha detto che la città ha 300 case vuote. La Caritas ha "
            "contato 120 famiglie senza casa. Il primo cittadino ha detto che mancano 40 "
            "milioni di euro.",
            "Il sindaco, Marco Neri",
        ),
        (
            "ru",
            "Мэр города Олег Петров заявил, что в городе 300 пустых квартир. Фонд «Дом» "
            "насчитал 120 семей без жилья. Градоначальник уверяет, что не хватает 40 млн "
            "рублей.",
            "Мэр города Олег Петров",
        ),
    ],
)
def test_an_office_means_the_person_named_before_not_the_latest_body(
    language: str, text: str, source: str
) -> None:
    (c,) = [c for c in claims(language, text) if c.value == 40_000_000]
    assert c.source == source


def test_with_no_person_named_before_the_office_stays_as_written() -> None:
    text = (
        "Cáritas contó 120 familias sin hogar. El regidor asegura que faltan 40 millones de euros."
    )
    (c,) = [c for c in claims("es", text) if c.value == 40_000_000]
    assert c.source != "Cáritas"


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "pt",
            "A vereadora da Educação, Marta Lopes, preferiu corrigir o colega: as escolas sem "
            "aquecimento são 14, e não 18.",
            "Marta Lopes",
        ),
        (
            "es",
            "La concejala de Educación, Marta López, prefirió corregir a su colega: las "
            "escuelas sin calefacción son 14, no 18.",
            "Marta López",
        ),
        (
            "fr",
            "L'adjointe à l'Éducation, Marthe Leroy, a préféré corriger son collègue : les "
            "écoles sans chauffage sont 14, et non 18.",
            "Marthe Leroy",
        ),
    ],
)
def test_what_a_colon_opens_after_an_office_holders_clause_is_theirs(
    language: str, text: str, source: str
) -> None:
    found = claims(language, text)
    assert found and all(c.source == source for c in found)


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "it",
            "Il curatore, il commercialista Paolo Serra, ha detto che i creditori sono 1.127. "
            "L'impianto vale 19 milioni, ha spiegato poi il curatore.",
            "Il curatore, il commercialista Paolo Serra",
        ),
        (
            "es",
            "El síndico, el abogado Pablo Sierra, dijo que los acreedores son 1.127. La "
            "planta vale 19 millones, explicó después el síndico.",
            "El síndico, el abogado Pablo Sierra",
        ),
        (
            "pt",
            "O administrador, o economista Paulo Serra, disse que os credores são 1.127. A "
            "fábrica vale 19 milhões, explicou depois o administrador.",
            "O administrador, o economista Paulo Serra",
        ),
    ],
)
def test_an_office_with_the_holder_described_in_apposition_means_the_holder(
    language: str, text: str, source: str
) -> None:
    """ "Il curatore, il commercialista X, ha detto": what the holder is joins the name, so
    the office named again later means the holder, not a speaker named "il curatore"."""
    found = {c.value: c.source for c in claims(language, text)}
    assert found[1127] == found[19_000_000] == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "Gonzalo Ibarra, director provincial de Educación, visitó la escuela. Según el "
            "director, hay 27 escuelas unitarias.",
            "Gonzalo Ibarra",
        ),
        (
            "ru",
            "Инна Савина, руководитель отдела прокуратуры, показала данные. По словам "
            "руководителя, изъято 46 ракет.",
            "Инна Савина",
        ),
        (
            "uk",
            "Оксана Мирна, дослідниця з Токіо, показала знімки. Як зазначила дослідниця, до "
            "Росії вирушило близько 4 200 контейнерів.",
            "Оксана Мирна",
        ),
        (
            "ar",
            "قالت الدكتورة سلمى الحارثي، الباحثة في معهد السلام، إن الحرب مستمرة. وأشارت "
            "الباحثة إلى أن بيونغ يانغ أرسلت نحو ثلاثة آلاف جندي.",
            "سلمى الحارثي",
        ),
    ],
)
def test_a_role_set_after_a_name_by_a_comma_later_means_that_person(
    language: str, text: str, source: str
) -> None:
    (claim,) = claims(language, text)
    assert claim.source == source
