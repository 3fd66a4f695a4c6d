"""Numbers that are not claims: each sentence holds exactly one such number and no claim."""

import pytest

from claimtrack.extract import Extractor

EX = Extractor(None)


def reasons(text: str) -> tuple[list[float | None], list[str]]:
    _, cands = EX.candidates(text)
    return [f.figure for c in cands for f in c.figures], [r.reason for r in EX.rejected]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The convoy left on March 14 with supplies.", "date"),
        ("The convoy left on 14 March with supplies.", "date"),
        ("The talks resumed in 2019 after a pause.", "date"),
        ("Prices doubled in the 1990s across the region.", "date"),
        ("It marked the 75th anniversary of the armistice.", "date"),
        ("The meeting began at 10:45 in the capital.", "time"),
        ("The strike hit at 3:15 p.m. on Sunday.", "time"),
        ("Crews fired Su-34 bombers from the base.", "designation"),
        ("The unit received T-90M tanks last week.", "designation"),
        ("Soldiers carried AK-74 rifles into the town.", "designation"),
        ("The crew used a Hwasong-15 during the test.", "designation"),
        ("Troops wore VKP 3.1 uniforms in the photos.", "designation"),
        ("The fighters carried Br5 vests in the field.", "designation"),
        ("The council invoked Article 51 of the charter.", "designation"),
        ("A Boeing 737-800 landed safely.", "designation"),
        ("Guns fired 155mm rounds all night.", "calibre"),
        ("Guns fired 122-millimetre rounds all night.", "calibre"),
        ("A 12-inch gap opened in the wall.", "calibre"),
        ("The village lies 30 km from the border.", "calibre"),
        ("He gave a three-hour speech to cadets.", "duration"),
        ("The war has lasted more than two years now.", "duration"),
        ("A 24-year-old conscript was detained.", "duration"),
        ("Villagers said Musa Khan, 67, had fled.", "duration"),
        ("Call the hotline on +44 20 7946 0000 for help.", "other"),
        ("The 15-member board met on Friday.", "other"),
        ("A magnitude 6.1 quake struck the coast.", "designation"),
        ("There are 64% of this article left to read.", "paywall"),
        ("Subscribe now for $4.99/month to keep reading.", "price"),
        ("Posted in News | 14 comments", "other"),
        ("The missile has a range of up to 900 km, officials said.", "calibre"),
        ("Winds gusted up to 85 mph overnight.", "calibre"),
        ("Storms brought winds of 180 km/h to the coast.", "calibre"),
        ("They built a 2km-long causeway.", "calibre"),
        ("Guards patrol the 1,800km frontier.", "calibre"),
        ("Shelling hit a village 12 km south of the city.", "calibre"),
        ("Turnout among voters under 30 fell sharply.", "duration"),
        ("The oldest victim was aged over 70.", "duration"),
        ("Inspectors had warned the firm four times before the blast.", "other"),
        ("Filing reference: RNS Number 5521Q", "designation"),
        ("The two leaders met in the capital.", "other"),
        ('Crews loaded a 6" gun onto the barge.', "calibre"),
        ("The P5 group met on Monday.", "designation"),
        ("See S. Hrg. 118 for the record.", "designation"),
        ("The poll (n=1,002) was taken in May.", "other"),
        ("Winds reached 185 kilometers per hour.", "calibre"),
        ("The missiles flew approximately 350 km.", "calibre"),
        ("The union wants the retirement age from 60 to 64.", "duration"),
        # a bound after "since" bounds a time, not an amount
        ("The board had known since at least 2022 that the bridge was weak.", "date"),
    ],
)
def test_not_a_claim(text: str, reason: str) -> None:
    kept, why = reasons(text)
    assert kept == []
    assert reason in why


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 2000 soldiers crossed the river.", 2000),
        ("Britain will also send Ukraine 400 vehicles.", 400),
        ("A 2,000-strong battalion arrived.", 2000),
        ("Workers earn roughly $800 a month at the site.", 800),
        ("Officials said 7,450 people were displaced.", 7450),
        ("The fire front is now 31 km long.", 31),
        ("The detour adds about 2,800 nautical miles to each voyage.", 2800),
        ("At least one other crew member was detained.", 1),
        ("The two sailors captured in May remain in custody.", 2),
        ("Prices rose to 4.5 times the pre-war level.", 4.5),
        ("Russia shipped 1.4m barrels of fuel.", 1_400_000),
        ('The agency said "about 4,600" more engineers had left.', 4600),
        ("Officials recorded approximately 1.000 new cases.", 1000),
        ("Damage to farms reached P1.87 billion.", 1_870_000_000),
        ("The budget rose from last year (673.3 trillion won).", 673_300_000_000_000),
    ],
)
def test_claims_that_look_like_traps_are_kept(text: str, value: float) -> None:
    kept, _ = reasons(text)
    assert kept == [value]


def test_two_countries_is_no_count() -> None:
    kept, why = reasons("The two countries signed a treaty.")
    assert kept == [] and why == ["other"]
