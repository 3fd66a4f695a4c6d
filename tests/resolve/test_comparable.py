"""Only comparable claims meet: one unit family and one kind per series, bounds that
contain a figure agree, parts are never compared with totals, conflicts by gap. Articles
written for these tests go through the real extractor into a real store (SQLite and
PostgreSQL); rules without text are checked on claim rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimtrack.config import Settings
from claimtrack.ingest import ingest
from claimtrack.packs import ExchangeRate, load_pack
from claimtrack.resolve import CrossCheck, MeasureView, check_claims, check_store
from claimtrack.resolve.families import family_of
from claimtrack.store import Store

PACK = load_pack("dprk-russia")

# Aid in three units and a cap: none of them may meet another.
GRAIN = """Russia ships grain to Pyongyang
VLADIVOSTOK - Russia has shipped 80,000 tonnes of grain to North Korea this spring, Russian customs officials said on Tuesday.
"""
FUEL = """Fuel keeps flowing north
Russia has delivered about 900,000 barrels of diesel to North Korea this spring, an open-source monitoring group said on Wednesday, well above the ceiling of 500,000 barrels a year agreed at the United Nations.
"""
# Rates in two units and periods, beside a stock.
RATE_DAY = """Russian guns fire North Korean shells
Russian artillery is firing about 8,000 North Korean shells a day along the front, a Ukrainian commander said on Monday.
"""
RATE_MONTH = """Shell use climbs
Russian crews are using roughly 250,000 North Korean rounds a month, a Western defence analyst said on Thursday.
"""
STOCK = """North Korea's shell shipments
North Korea has supplied about 4 million artillery shells to Russia, Ukraine's military intelligence said on Friday.
"""
# A bound containing the other figure, and parts of totals.
CAPTURED_FLOOR = """More prisoners taken
Ukraine's General Staff said on Monday that its troops had captured at least three North Korean soldiers near Sudzha.
"""
CAPTURED_COUNT = """Prisoners paraded
Ukraine has captured five North Korean soldiers so far, President Volodymyr Zelensky said on Tuesday.
"""
TOTAL = """Seoul raises its estimate
North Korea has deployed about 14,000 troops to Russia, South Korea's National Intelligence Service said on Wednesday.
"""
PARTS = """Pyongyang prepares reinforcements
North Korea will send 3,000 more troops to Russia next month, the Kremlin said on Thursday. Of the soldiers already there, about 1,100 of them were wounded, Ukraine's military intelligence said.
"""

FILES = {
    "grain.txt": (GRAIN, "2025-04-08"),
    "fuel.txt": (FUEL, "2025-04-09"),
    "rate-day.txt": (RATE_DAY, "2025-04-07"),
    "rate-month.txt": (RATE_MONTH, "2025-04-10"),
    "stock.txt": (STOCK, "2025-04-11"),
    "floor.txt": (CAPTURED_FLOOR, "2025-04-07"),
    "count.txt": (CAPTURED_COUNT, "2025-04-08"),
    "total.txt": (TOTAL, "2025-04-09"),
    "parts.txt": (PARTS, "2025-04-10"),
}


def check(store_url: str, tmp_path: Path) -> CrossCheck:
    with Store(store_url) as store:
        for name, (text, published) in FILES.items():
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            assert ingest([path], store, PACK, Settings(), published=published).ok
        return check_store(store, PACK)


def series(cc: CrossCheck, key: str) -> MeasureView:
    found = {m.key: m for m in cc.measures}
    assert key in found, sorted(found)
    return found[key]


def figures(m: MeasureView) -> list[float | None]:
    return sorted(c.figure for c in m.reported + m.other)  # type: ignore[type-var]


def test_like_is_compared_with_like(store_url: str, tmp_path: Path) -> None:
    cc = check(store_url, tmp_path)
    # tonnes, barrels and a yearly cap are three series of the aid measure
    assert figures(series(cc, "russia_aid_to_dprk:mass")) == [80_000]
    assert figures(series(cc, "russia_aid_to_dprk:volume")) == [900_000]
    cap = series(cc, "russia_aid_to_dprk:volume per day:limit")
    # a series whose figures all give one period is shown in it
    assert figures(cap) == [500_000] and cap.unit == "barrels per year"
    assert cap.estimate is not None and cap.estimate.low == 500_000
    assert "caps" in cap.label
    # shells a day and rounds a month are one rate series, per day; the stock apart
    rates = series(cc, "dprk_artillery_shells:munitions per day:rate")
    assert figures(rates) == [8_000, 250_000]
    assert rates.conflicts == []  # 8,000 a day and ~8,200 a day agree
    assert rates.estimate is not None and 7_500 < rates.estimate.high < 8_300
    assert figures(series(cc, "dprk_artillery_shells")) == [4_000_000]
    # "at least three" agrees with five
    captured = series(cc, "dprk_troops_captured")
    assert figures(captured) == [3, 5] and captured.conflicts == []
    # 3,000 more and 1,100 of them are never compared with the 14,000 deployed
    troops = series(cc, "dprk_troops_in_russia")
    assert figures(troops) == [14_000] and troops.conflicts == []
    more = series(cc, "dprk_troops_in_russia:change")
    assert figures(more) == [3_000] and more.conflicts == [] and more.estimate is None
    assert all(m.key != "russia_aid_to_dprk" or not m.conflicts for m in cc.measures)
    assert cc.conflicts == [], [(x.a.shown, x.b.shown) for x in cc.conflicts]


def row(i: int, value: float, **kw: object) -> dict[str, object]:
    base: dict[str, object] = dict(
        id=i, doc=f"d{i}", quote="q", value=value, low=None, high=None, approx=False,
        vague=False, unit="troops", measure="dprk_troops_in_russia", subject=None,
        source=f"Source {i}", via=[], certainty="asserted", status="reported", as_of=None,
        published="2025-03-01", url=None, outlet=None, title=None, kind="total",
    )  # fmt: skip
    base.update(kw)
    return base


def test_money_meets_across_currencies_only_with_a_dated_rate() -> None:
    euros = row(1, 1_000_000_000, unit="EUR", measure="russia_aid_to_dprk")
    dollars = row(2, 1_500_000_000, unit="USD", measure="russia_aid_to_dprk")
    apart = check_claims([euros, dollars], PACK)
    keys = {m.key for m in apart.measures}
    assert keys == {"russia_aid_to_dprk:eur", "russia_aid_to_dprk:usd"} and not apart.conflicts
    rated = PACK.model_copy(
        update={
            "base_currency": "USD",
            "exchange_rates": [
                ExchangeRate(currency="EUR", rate=0.9, date=date(2020, 1, 1)),
                ExchangeRate(currency="EUR", rate=1.08, date=date(2025, 2, 1)),
            ],
        }
    )
    cc = check_claims([euros, dollars], rated)
    (money,) = [m for m in cc.measures if m.key == "russia_aid_to_dprk:usd"]
    assert len(money.reported) == 2 and money.unit == "USD"
    (conflict,) = cc.conflicts  # 1.08 billion dollars against 1.5 billion
    assert conflict.gap_pct == round((1.5 - 1.08) / 1.08 * 100, 1)


def test_kg_and_tonnes_convert() -> None:
    kg = row(1, 2_000_000, unit="kilograms", measure="russia_aid_to_dprk")
    tonnes = row(2, 2_050, unit="tonnes", measure="russia_aid_to_dprk")
    cc = check_claims([kg, tonnes], PACK)
    (mass,) = cc.measures
    assert mass.unit == "tonnes" and mass.conflicts == []
    assert mass.estimate is not None and (mass.estimate.low, mass.estimate.high) == (2_000, 2_050)


def test_unit_families() -> None:
    assert family_of("rounds")[0] == family_of("shells")[0]
    assert family_of("tonnes")[0] != family_of("barrels")[0]
    assert family_of("USD")[0] != family_of("barrels")[0]
    # the same units as the parser-free readers give them in other languages
    for barrels in (
        "barriles",
        "barils",
        "Barrel",
        "баррелей",
        "барелів",
        "برميل",
        "桶",
        "バレル",
        "배럴",
    ):
        assert family_of(barrels) == family_of("barrels"), barrels
    for tonnes in ("toneladas", "тонн", "tonnellate", "طن", "吨", "トン", "톤"):
        assert family_of(tonnes) == family_of("tonnes"), tonnes
    fam, per_day = family_of("rounds per month")
    assert fam.base == "shells per day" and abs(per_day * 30.4375 - 1) < 1e-9


def test_old_claims_without_a_kind_are_totals_and_per_units_are_rates() -> None:
    old = row(1, 9_000, kind=None)
    rate = row(2, 900, kind=None, unit="troops per day")
    cc = check_claims([old, rate], PACK)
    assert {m.key for m in cc.measures} == {
        "dprk_troops_in_russia",
        "dprk_troops_in_russia:troops per day:rate",
    }


def test_bounds_contain_and_exclude() -> None:
    floor = row(1, 2, low=2)
    ceiling = row(2, 40, high=40, unit="percent", measure="dprk_share_of_russian_ammunition")
    near = row(
        3, 50, high=50, approx=True, unit="percent", measure="dprk_share_of_russian_ammunition"
    )
    low = row(4, 30, unit="percent", measure="dprk_share_of_russian_ammunition")
    cc = check_claims([floor, row(5, 7), ceiling, near, low], PACK)
    pairs = {(x.a.shown, x.b.shown) for x in cc.conflicts}
    # "≥2" agrees with 7 and "≤40%" with 30%; "nearly 50%" stays near 50, so it is apart
    # from both (the closest pair across the gap is the one reported)
    assert pairs == {("≤40%", "≤~50%")}


def test_conflicts_are_sorted_by_gap_across_measures() -> None:
    rows = [
        row(1, 10_000),
        row(2, 12_000),  # 20% apart
        row(3, 20, unit="percent", measure="dprk_share_of_russian_ammunition"),
        row(4, 60, unit="percent", measure="dprk_share_of_russian_ammunition"),  # 200%
        row(5, 100, unit="missiles", measure="dprk_ballistic_missiles"),
        row(6, 150, unit="missiles", measure="dprk_ballistic_missiles"),  # 50%
    ]
    cc = check_claims(rows, PACK)
    gaps = [x.gap_pct for x in cc.conflicts]
    assert gaps == sorted(gaps, reverse=True) and len(gaps) == 3


NAMED_FIRST_A = """Seoul raises troop estimate
South Korea's National Intelligence Service put the number of North Korean troops in the Kursk region at about 11,000 on Monday.
"""
NAMED_FIRST_B = """Kyiv gives a higher count
Ukraine's military intelligence on Monday estimated the number of North Korean soldiers deployed to Russia at 15,000.
"""


def test_counts_named_before_their_figure_meet(store_url: str, tmp_path: Path) -> None:
    """Two agencies' counts of one day, each naming what it counts before the figure,
    are one measure and disagree."""
    with Store(store_url) as store:
        for name, text in (("a.txt", NAMED_FIRST_A), ("b.txt", NAMED_FIRST_B)):
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            assert ingest([path], store, PACK, Settings(), published="2025-04-14").ok
        cc = check_store(store, PACK)
    troops = series(cc, "dprk_troops_in_russia")
    assert figures(troops) == [11_000, 15_000]
    (conflict,) = troops.conflicts
    assert {conflict.a.figure, conflict.b.figure} == {11_000, 15_000}
    assert conflict.a.origin != conflict.b.origin


# Without a story pack: three names of one kind of thing, from three sources.
NO_PACK = {
    "garrison_a.txt": "Garrison grows on the border\nThe defence ministry of Marvola said on Monday that about 6,000 soldiers of the neighbouring republic were now stationed along the river.\n",
    "garrison_b.txt": "A second count of the garrison\nAn independent monitoring group said on Tuesday that 6,400 troops of the neighbouring republic were stationed along the river.\n",
    "garrison_c.txt": "Officials give a lower figure\nA regional governor said on Wednesday that some 5,900 military personnel of the neighbouring republic were stationed along the river.\n",
}


def test_without_a_pack_soldiers_troops_and_personnel_are_one_series(
    store_url: str, tmp_path: Path
) -> None:
    with Store(store_url) as store:
        for name, text in NO_PACK.items():
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            assert ingest([path], store, None, Settings(), published="2031-05-06").ok
        cc = check_store(store, None)
    (garrison,) = [m for m in cc.measures if m.reported]
    assert figures(garrison) == [5_900, 6_000, 6_400] and garrison.unit == "troops"
    assert garrison.estimate is not None and len({c.origin for c in garrison.reported}) == 3
