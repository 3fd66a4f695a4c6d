"""Source names as the extractor reads them: no time words, no doubled pack names, and
back-references resolved to the named antecedent. Articles written for these tests."""

from __future__ import annotations

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash

EX = Extractor(load_pack("dprk-russia"))


def claims(text: str) -> list[Claim]:
    return EX.extract(CleanDocument("a", text, content_hash(text), published="2025-02-03"))


def source_of(text: str, figure: float) -> str | None:
    (c,) = [c for c in claims(text) if c.figure == figure]
    return c.source


def test_time_words_are_no_part_of_a_name() -> None:
    text = (
        "In early January Budanov had put the number of North Korean troops in Kursk at "
        "about 11,500, a figure Seoul did not dispute."
    )
    assert source_of(text, 11500) == "Budanov"


def test_a_pack_name_is_not_doubled() -> None:
    text = (
        "North Korean rockets now make up nearly 30% of the rockets Russian crews fire, "
        "according to Ukraine's military intelligence."
    )
    assert source_of(text, 30) == "Ukraine's military intelligence (HUR)"


def test_the_group_is_its_named_antecedent() -> None:
    text = (
        "Russia has moved about 600,000 barrels of fuel to North Korea since March, a "
        "Norwegian shipping monitor group said on Friday.\n\n"
        "Officials in Moscow did not respond to questions about the shipments.\n\n"
        "At least 31 tanker trips were logged between the two ports, the group said."
    )
    assert source_of(text, 31) == "a Norwegian shipping monitor group"


def test_the_prosecutors_are_their_named_antecedent() -> None:
    text = (
        "Kharkiv prosecutors said debris from 14 of the missiles had been examined.\n\n"
        "Russia's defence ministry did not comment.\n\n"
        "At least 9 people were killed in the latest strike, the prosecutors said."
    )
    assert source_of(text, 9) == "Kharkiv prosecutors"


def test_a_councillors_ward_in_brackets_is_no_name() -> None:
    """ "Councillor Imogen Twell (Harcombe) said": the ward in brackets is where she sits,
    not who speaks; an acronym in brackets still names a body."""
    text = (
        "Independent councillor Imogen Twell (Harcombe) said the contractor would ask for up "
        "to 14% more next year."
    )
    assert source_of(text, 14) == "Imogen Twell (Harcombe)"


def test_she_after_another_speaker_is_the_councillor_named_since() -> None:
    """ "Cllr Bryony Askew (Lab, Dene Vale) disagreed. …, she said": the person the text
    named after the last source is whom "she" means, not her ward, and "Cllr" (a title
    both share) is no word telling where the earlier speaker was last named."""
    text = (
        'Cllr Tobias Wren (Fulbrook) said 41 roads were closed. "We are falling behind," he '
        "said.\n\nCllr Bryony Askew (Lab, Dene Vale) disagreed. Crews had cleared 2,750 "
        "drains this year, she said."
    )
    assert source_of(text, 2750) == "Bryony Askew"


def test_a_quantifier_beside_the_speaker_is_no_speaker() -> None:
    """ "…, most of them of the KN-23 type, Ukraine's air force says": the parser may give the
    verb both as subjects; the quantifier is the figure's aside, the body speaks."""
    text = (
        "More than 120 North Korean-made ballistic missiles have been fired at Ukraine since "
        "March, most of the KN-24 type, Ukraine's air force says."
    )
    assert source_of(text, 120) == "Ukraine's air force"


def test_a_persons_own_reading_is_hers() -> None:
    text = (
        "Captain Mira Holt said her cell had logged 400 launches. The ministry puts the "
        "troops at 11,000. Holt does not dispute that, but her own reading of the "
        "intercepts puts the total nearer 14,000."
    )
    assert source_of(text, 14000) == "Mira Holt"


def test_his_estimate_is_his() -> None:
    text = (
        "Analyst Tomas Berg said 40 trains had left since spring. The agency counted 35. "
        "His latest estimate puts the shells shipped at 9 million."
    )
    assert source_of(text, 9_000_000) == "Analyst Tomas Berg"
