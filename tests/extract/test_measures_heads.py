"""Pack nouns reached through a compound's head and through Arabic's vowel marks.
Sentences written for these tests."""

from functools import cache

import pytest

from claimtrack.extract.measures import MeasureMatcher
from claimtrack.packs import load_pack


@cache
def _matcher() -> MeasureMatcher:
    return MeasureMatcher(load_pack("dprk-russia"))


@pytest.mark.parametrize(
    ("words", "sentence", "measure"),
    [
        # German: the last part of a compound says what it is
        (
            ["artilleriegeschosse"],
            "Nordkorea lieferte 5 Millionen Artilleriegeschosse.",
            "dprk_artillery_shells",
        ),
        (["mörsergranaten"], "Nordkorea lieferte 9000 Mörsergranaten.", "dprk_artillery_shells"),
        (
            ["militärbauarbeiter"],
            "Nordkorea schickte 3000 Militärbauarbeiter.",
            "dprk_engineers_sappers",
        ),
        (["fabrikarbeiter"], "Nordkorea schickte 3000 Fabrikarbeiter.", "dprk_workers_in_russia"),
        (["kampfpanzer"], "Nordkorea lieferte 40 Kampfpanzer.", "dprk_tanks"),
        (["granatwerfer"], "Nordkorea lieferte 70 Granatwerfer.", "dprk_artillery_systems"),
        # a first part alone is no head: the noun starts the word as before
        (["geschosse"], "Nordkorea lieferte 5 Millionen Geschosse.", "dprk_artillery_shells"),
        # Arabic written with its short vowels
        (["جُنود"], "أرسلت كوريا الشمالية 500 جُنود", "dprk_troops_in_russia"),
    ],
)
def test_measure_from_words(words: list[str], sentence: str, measure: str) -> None:
    assert _matcher().match_words(words, sentence) == measure


def test_head_needs_its_actor() -> None:
    # nobody's shells: the actor is not named
    assert _matcher().match_words(["artilleriegeschosse"], "Es fielen 500 Geschosse.") == "other"


def test_share_of_a_compound() -> None:
    sentence = "Knapp 40 Prozent der russischen Artilleriemunition stammen aus Nordkorea."
    assert _matcher().match_words(["percent"], sentence) == "dprk_share_of_russian_ammunition"


def test_arabic_event_with_vowel_marks() -> None:
    sentence = "قُتل من الجنود الكوريين الشماليين قرابة ألفين"
    around = ["قُتل", "من", "الجنود"]
    assert _matcher().match_words([], sentence, None, around) == "dprk_troops_killed"


@pytest.mark.parametrize(
    ("words", "sentence", "measure"),
    [
        # a kind of the people counted, named after the people noun, says which
        (
            ["soldats", "génie", "soldats"],
            "La Corée du Nord a envoyé 4 000 soldats du génie à Koursk.",
            "dprk_engineers_sappers",
        ),
        (
            ["militari", "genio", "militari"],
            "La Corea del Nord ha inviato 900 militari del genio.",
            "dprk_engineers_sappers",
        ),
        # the people noun alone stays what it was
        (["soldats"], "La Corée du Nord a envoyé 4 000 soldats.", "dprk_troops_in_russia"),
    ],
)
def test_a_kind_of_the_people_counted(words: list[str], sentence: str, measure: str) -> None:
    assert _matcher().match_words(words, sentence) == measure


def test_within_must_name_a_measure() -> None:
    from pydantic import ValidationError

    from claimtrack.packs.schema import StoryPack

    with pytest.raises(ValidationError, match="within names no measure"):
        StoryPack.model_validate(
            {"name": "x", "measures": [{"id": "a", "label": "A", "unit": "u", "within": "b"}]}
        )


def test_recipient_must_name_an_actor() -> None:
    from pydantic import ValidationError

    from claimtrack.packs.schema import StoryPack

    measure = {"id": "a", "label": "A", "unit": "u", "actor": "x", "recipient": "y"}
    actor = {"id": "x", "name": "X"}
    with pytest.raises(ValidationError, match="recipient names no actor"):
        StoryPack.model_validate({"name": "x", "actors": [actor], "measures": [measure]})
    both = [actor, {"id": "y", "name": "Y"}]
    StoryPack.model_validate({"name": "x", "actors": both, "measures": [measure]})


@pytest.mark.parametrize(
    ("words", "sentence", "measure"),
    [
        # a qualifier names the measure ahead of a later missile word
        (
            ["зенитных", "ракетных", "комплексов"],
            "Москва передала Пхеньяну 12 зенитных ракетных комплексов.",
            "russia_aid_to_dprk",
        ),
        (
            ["зенітних", "ракетних", "комплексів"],
            "Москва передала Пхеньяну 12 зенітних ракетних комплексів.",
            "russia_aid_to_dprk",
        ),
        # without one, the missile word counts
        (
            ["ракет"],
            "КНДР передала России 12 ракет.",
            "dprk_ballistic_missiles",
        ),
    ],
)
def test_a_qualifier_names_the_measure(words: list[str], sentence: str, measure: str) -> None:
    assert _matcher().match_words(words, sentence) == measure
