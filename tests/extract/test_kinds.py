"""A claim's kind (total, rate, share, change, limit, subset), on sentences written for
these tests: each rule alone, then whole articles through the extractor."""

from __future__ import annotations

import pytest

from claimtrack.extract import Extractor
from claimtrack.extract.kinds import KIND_RULES, KindReader
from claimtrack.extract.lexicon import load_lexicon
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash

EN = KindReader(load_lexicon("en"))


def kind_of(sentence: str, figure: str, unit: str | None = None) -> tuple[str, str | None]:
    """The kind and rule name for the first ``figure`` in ``sentence``."""
    start = sentence.index(figure)
    ctx = EN.context(sentence, start, start + len(figure), unit, figure.endswith("%"))
    return EN.rule_for(ctx)


def test_rules_are_registered_in_order_with_reasons() -> None:
    names = [r.name for r in KIND_RULES]
    assert names == ["limit", "change", "subset", "remaining", "rate", "share"]
    assert all(r.reason for r in KIND_RULES)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The treaty set a ceiling of 80,000 tonnes of coal exports.", "80,000"),
        ("Imports were capped at 250,000 barrels by the embargo.", "250,000"),
        ("The plant has a production target of 2 million shells.", "2 million"),
        ("Officials said the camp's capacity of 4,000 beds was already exceeded.", "4,000"),
    ],
)
def test_limit(sentence: str, figure: str) -> None:
    assert kind_of(sentence, figure) == ("limit", "limit")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The ministry plans to send 2,500 more engineers next month.", "2,500"),
        ("Minsk will receive an additional 40 drones this week.", "40"),
        ("Another 700 volunteers signed up on Friday.", "700"),
        ("Border guards detained three other fishermen later that day.", "three"),
    ],
)
def test_change(sentence: str, figure: str) -> None:
    assert kind_of(sentence, figure) == ("change", "change")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Some 900 sailors were rescued, of whom 85 needed treatment.", "85"),
        ("Rescuers evacuated 3,100 residents, including about 400 children.", "about 400"),
        ("Investigators traced eight of the drones to one factory.", "eight"),
        ("The port handled 60 ships; 14 of them flew foreign flags.", "14"),
    ],
)
def test_subset(sentence: str, figure: str) -> None:
    assert kind_of(sentence, figure) == ("subset", "subset")


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("The factory turns out 4,000 rounds a week, the plant manager said.", "4,000", "rounds"),
        ("Crews were pumping 900 tonnes of water daily into the reactor.", "900", "tonnes"),
        ("Exports reached 30,000 barrels per day in May.", "30,000", "barrels"),
        ("The line has an annual output of 1.2 million shells.", "1.2 million", "shells"),
        ("Refugees crossed at about 300 people every day.", "about 300", "people"),
        ("They counted 20 trucks.", "20", "trucks per hour"),
    ],
)
def test_rate(sentence: str, figure: str, unit: str) -> None:
    assert kind_of(sentence, figure, unit) == ("rate", "rate")


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("The army deployed 5,000 troops a year ago, the report said.", "5,000", "troops"),
        ("Rebels seized 12 villages in a day of fighting.", "12", "villages"),
        ("About 70 reporters covered the 2 day summit.", "About 70", "reporters"),
        ("Police arrested 40 protesters, the mayor said.", "40", "protesters"),
        ("The figure of 14 percent came from the census.", "14 percent", "percent"),
    ],
)
def test_not_a_rate(sentence: str, figure: str, unit: str) -> None:
    kind, rule = kind_of(sentence, figure, unit)
    assert rule != "rate"
    assert kind in ("total", "share")


def test_share_and_total() -> None:
    assert kind_of("Drones made up 35% of the strikes in March.", "35%", "percent")[0] == "share"
    assert kind_of("The navy lost 11 vessels in the storm.", "11", "vessels") == ("total", None)


def test_a_cue_in_another_clause_does_not_count() -> None:
    sentence = "The fleet has 12 frigates, and the yard builds another two each decade."
    assert kind_of(sentence, "12", "frigates") == ("total", None)


PACK = load_pack("dprk-russia")
EX = Extractor(PACK)

ARTICLE = """Pyongyang's Shipments Grow
SEOUL - North Korea has shipped about 7,000 containers of munitions to Russia since last summer, South Korea's Defense Intelligence Agency said on Monday.
Russian gunners were firing about 6,000 shells a day in the spring, the agency said, while a treaty caps fuel transfers at 400,000 barrels a year.
Pyongyang will send 1,500 more troops in April, the agency added.
Of the 9,000 soldiers deployed so far, roughly 900 of them are engineers, it said.
"""


def _claims() -> list[Claim]:
    doc = CleanDocument("k", ARTICLE, content_hash(ARTICLE), published="2025-03-10")
    return EX.extract(doc)


def _kind(claims: list[Claim], figure: float) -> str:
    found = [c for c in claims if c.figure == figure]
    assert len(found) == 1, [(c.figure, c.kind) for c in claims]
    return found[0].kind


def test_extractor_sets_kinds() -> None:
    claims = _claims()
    assert _kind(claims, 7000) == "total"
    assert _kind(claims, 6000) == "rate"
    assert _kind(claims, 400000) == "limit"
    assert _kind(claims, 1500) == "change"
    assert _kind(claims, 900) == "subset"


def test_other_languages_read_their_own_cues() -> None:
    ru = KindReader(load_lexicon("ru"))
    text = "Заводы выпускают 5 тысяч снарядов в день."
    start = text.index("5 тысяч")
    assert ru.kind(text, start, start + len("5 тысяч"), "снарядов") == "rate"
    text = "Погибли 300 человек, в том числе 40 детей."
    start = text.index("40")
    assert ru.kind(text, start, start + 2, "детей") == "subset"


@pytest.mark.parametrize(
    ("language", "sentence", "figure", "kind"),
    [
        ("es", "La planta fabrica 5.000 proyectiles al día.", "5.000", "rate"),
        ("es", "El puerto enviará 3.000 toneladas más en mayo.", "3.000", "change"),
        ("es", "Llegaron 300 barcos más tarde.", "300", "total"),
        ("fr", "L'usine livre 3 000 obus par jour.", "3 000", "rate"),
        ("fr", "Le port recevra 2 000 conteneurs supplémentaires.", "2 000", "change"),
        ("de", "Die Werft baut weitere 12 Schiffe.", "12", "change"),
        ("de", "Es starben 90 Seeleute, darunter 14 Offiziere.", "14", "subset"),
        ("de", "Die Flotte zählt 40 Schiffe.", "40", "total"),
        # what is still there of a whole counted before: a part of it, not the total
        ("en", "About 6,000 engineers are still working near the border.", "6,000", "subset"),
        ("en", "Officials said 2,500 sailors remain aboard the ships.", "2,500", "subset"),
        ("en", "Officials said 2,500 sailors boarded the ships.", "2,500", "total"),
        ("ar", "وقال المسؤول إن نحو 4 آلاف عامل ما زالوا في الموقع.", "4 آلاف", "subset"),
        ("ar", "وقال المسؤول إن نحو 4 آلاف عامل وصلوا إلى الموقع.", "4 آلاف", "total"),
        ("ru", "По данным штаба, 1200 моряков остаются на кораблях.", "1200", "subset"),
        ("uk", "За даними штабу, 1200 моряків досі перебувають на кораблях.", "1200", "subset"),
        ("fr", "Selon la préfecture, 800 sinistrés restent hébergés au gymnase.", "800", "subset"),
        (
            "es",
            "Según la alcaldía, 800 vecinos siguen realojados en el polideportivo.",
            "800",
            "subset",
        ),
        ("it", "Secondo il comune, 800 sfollati restano nella palestra.", "800", "subset"),
        ("pt", "Segundo a câmara, 800 desalojados permanecem no pavilhão.", "800", "subset"),
        ("pl", "Według urzędu 800 mieszkańców nadal przebywa w hali.", "800", "subset"),
        (
            "de",
            "Laut Stadt sind 800 Bewohner immer noch in der Halle untergebracht.",
            "800",
            "subset",
        ),
        ("de", "Laut Stadt wurden 800 Bewohner in der Halle untergebracht.", "800", "total"),
    ],
)
def test_more_languages(language: str, sentence: str, figure: str, kind: str) -> None:
    start = sentence.index(figure)
    reader = KindReader(load_lexicon(language))
    assert reader.kind(sentence, start, start + len(figure)) == kind
