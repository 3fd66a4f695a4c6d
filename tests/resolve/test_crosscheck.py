"""Cross-check end to end: articles written for these tests are ingested into a real
SQLite store, then checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.config import Settings
from claimtrack.ingest import ingest
from claimtrack.packs import load_pack
from claimtrack.resolve import CrossCheck, MeasureView, check_store
from claimtrack.store import Store

PACK = load_pack("dprk-russia")

WIRE = """North Korea sends 9,000 soldiers to Russia, Seoul says
SEOUL, Feb 1 (Wirecorp) - North Korea has sent about 9,000 soldiers to Russia, South Korea's National Intelligence Service said on Saturday, in its first estimate since the deployment began.
The deployment also includes roughly 400 artillery pieces, which have been moved by rail through the border town of Khasan over several weeks.
Officials in Seoul said the troops had been trained on Russian drones and were being moved closer to the front line in the Kursk region, where fighting has intensified since the start of the year.
The agency did not say how it had reached its estimate, and Moscow has not confirmed the presence of foreign troops on its territory.
"""

COPY = (
    WIRE.replace("SEOUL, Feb 1 (Wirecorp) - ", "SEOUL (Wirecorp) — ").replace(
        "in its first estimate", "in its first public estimate"
    )
    + "This story was syndicated by the Example Gazette.\n"
)

OTHER_OUTLET = """North Korea has about 9,000 troops in Russia, according to the NIS, Example Daily reported on Monday, citing a briefing for lawmakers in Seoul on the situation.
"""

LATER = """North Korea has now sent about 12,000 soldiers to Russia, South Korea's National Intelligence Service told lawmakers on Thursday, raising its earlier estimate after new intelligence.
"""

KILLED_EARLY = """At least 1,200 North Korean soldiers have been killed in the fighting, Ukraine's General Staff said on Saturday, adding that many more had been wounded.
"""

KILLED_LATE = """Only 300 North Korean soldiers have been killed so far, a Russian state television channel claimed on Sunday, dismissing higher figures from Kyiv as propaganda.
"""

SHARE_A = """North Korea now supplies up to 30% of the shells fired by Russian artillery, a Ukrainian intelligence official said on Tuesday.
"""

SHARE_B = """Nearly 60% of the shells fired by Russian guns now come from North Korea, Western officials said on Wednesday in a briefing.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def run(tmp_path: Path, files: dict[str, tuple[str, str]], pack=PACK) -> CrossCheck:  # type: ignore[no-untyped-def]
    """Ingest {name: (text, published)} one by one (each has its own date), then check."""
    db = tmp_path / "s.db"
    with Store(str(db)) as store:
        for name, (text, published) in files.items():
            path = write(tmp_path / "in", name, text)
            report = ingest([path], store, pack, Settings(), published=published)
            assert report.ok, report.failures
        return check_store(store, pack)


def measure(cc: CrossCheck, key: str) -> MeasureView:
    return next(m for m in cc.measures if m.key == key)


def test_syndicated_copy_and_second_outlet_count_one_origin(tmp_path: Path) -> None:
    cc = run(
        tmp_path,
        {
            "wire.txt": (WIRE, "2025-02-01"),
            "copy.txt": (COPY, "2025-02-02"),
            "daily.txt": (OTHER_OUTLET, "2025-02-03"),
        },
    )
    docs = {d.doc: d for d in cc.documents}
    assert docs["in/copy.txt"].copy_of == "in/wire.txt" and docs["in/wire.txt"].copy_of is None
    troops = measure(cc, "dprk_troops_in_russia")
    (nine,) = [f for f in troops.figures if "9,000" in f.shown]
    assert [o.name for o in nine.origins] == ["South Korea's National Intelligence Service"]
    assert nine.documents == ["in/daily.txt", "in/wire.txt"] and nine.copies == ["in/copy.txt"]
    # an unattributed figure in the copy has the original document as its origin
    pieces = measure(cc, "dprk_artillery_systems")
    (four_hundred,) = pieces.figures
    assert [o.key for o in four_hundred.origins] == ["doc:in/wire.txt"]
    assert troops.origins == 1


def test_cumulative_measure_rising_is_an_update(tmp_path: Path) -> None:
    cc = run(tmp_path, {"a.txt": (WIRE, "2025-02-01"), "b.txt": (LATER, "2025-05-20")})
    troops = measure(cc, "dprk_troops_in_russia")
    assert [c.figure for c in troops.reported] == [9000, 12000]
    assert troops.conflicts == []
    assert troops.estimate is not None and troops.estimate.mid == 12000
    assert troops.trend == "rising" and len(troops.sparkline) == 2


def test_cumulative_measure_falling_is_a_conflict(tmp_path: Path) -> None:
    cc = run(
        tmp_path, {"a.txt": (KILLED_EARLY, "2025-03-01"), "b.txt": (KILLED_LATE, "2025-06-01")}
    )
    killed = measure(cc, "dprk_troops_killed")
    (conflict,) = killed.conflicts
    assert conflict.kind == "falls" and conflict.a.figure == 1200 and conflict.b.figure == 300
    assert conflict.gap_pct == 300.0
    assert conflict in cc.conflicts


def test_shares_that_disagree_in_one_period(tmp_path: Path) -> None:
    cc = run(tmp_path, {"a.txt": (SHARE_A, "2025-04-08"), "b.txt": (SHARE_B, "2025-04-09")})
    share = measure(cc, "dprk_share_of_russian_ammunition")
    (conflict,) = share.conflicts
    assert {conflict.a.figure, conflict.b.figure} == {30, 60} and conflict.kind == "disagree"
    assert {o.type for o in (conflict.a.origin, conflict.b.origin)} == {"intelligence", "official"}


def test_same_shares_months_apart_do_not_conflict(tmp_path: Path) -> None:
    cc = run(tmp_path, {"a.txt": (SHARE_A, "2024-10-01"), "b.txt": (SHARE_B, "2025-06-01")})
    assert measure(cc, "dprk_share_of_russian_ammunition").conflicts == []


def test_planned_and_pledged_figures_stay_apart(tmp_path: Path) -> None:
    text = "Pyongyang has pledged to send another 6,000 troops, the Kremlin said. North Korea has sent 11,000 troops, officials said."
    cc = run(tmp_path, {"a.txt": (text, "2025-06-18")})
    troops = measure(cc, "dprk_troops_in_russia")
    assert [c.figure for c in troops.reported] == [11000]
    assert troops.other == []  # "another 6,000" is an increment: a series of its own
    more = measure(cc, "dprk_troops_in_russia:change")
    assert [(c.figure, c.status) for c in more.other] == [(6000, "pledged")]
    assert more.reported == [] and more.estimate is None
    assert troops.estimate is not None and troops.estimate.high == 11000


def test_a_story_without_a_pack(tmp_path: Path) -> None:
    a = "Floods have displaced about 42,000 people in Ruritania, the disaster agency said on Monday."
    b = "Floods have displaced 95,000 people in Ruritania, the Red Cross said on Monday."
    cc = run(tmp_path, {"a.txt": (a, "2025-09-01"), "b.txt": (b, "2025-09-02")}, pack=None)
    (people,) = [m for m in cc.measures if m.reported and m.reported[0].unit == "people"]
    assert not people.from_pack and people.key.startswith("other:people")
    assert len(people.reported) == 2 and len(people.conflicts) == 1
    assert {s.origin.type for s in cc.sources} == {"official", "ngo"}


SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
def test_seeds(tmp_path: Path) -> None:
    with Store(str(tmp_path / "seeds.db")) as store:
        assert ingest([SEEDS], store, PACK, Settings()).ok
        cc = check_store(store, PACK)
    troops = measure(cc, "dprk_troops_in_russia")
    assert sorted(c.figure for c in troops.reported) == [11000, 13000]
    eleven = next(c for c in troops.reported if c.figure == 11000)
    assert eleven.origin is not None and "government" in eleven.origin.name.lower()
    assert troops.conflicts == []  # a cumulative measure: undated figures are not compared
    share = measure(cc, "dprk_share_of_russian_ammunition")
    assert sorted(c.high for c in share.reported) == [40, 50]
    (conflict,) = share.conflicts
    assert conflict.gap_pct == 25.0
    shells = measure(cc, "dprk_artillery_shells")
    reported = {(c.low, c.vague) for c in shells.reported}
    assert reported == {(12_000_000, False), (1_000_000, True)}
    (rumour,) = shells.other
    assert rumour.status == "rumoured" and rumour.low == 200_000 and rumour.as_of == "2022"
    dia = [
        c
        for m in cc.measures
        for c in m.reported
        if c.origin and "Defense Intelligence" in c.origin.name
    ]
    assert len(dia) >= 3 and len({c.origin.key for c in dia if c.origin}) == 1
    containers = measure(cc, "dprk_containers_shipped").reported[0]
    assert [o.name for o in containers.chain] == ["Kang Daeshik", "Bloomberg"]


def test_conflicts_skip_figures_ten_times_apart() -> None:
    from claimtrack.resolve import check_claims

    def row(i: int, value: float) -> dict[str, object]:
        return dict(
            id=i, doc=f"d{i}", quote="q", value=value, low=None, high=None, approx=False,
            vague=False, unit="troops", measure="dprk_share_of_russian_ammunition", subject=None,
            source=f"S{i}", via=[], certainty="asserted", status="reported", as_of=None,
            published="2025-03-01", url=None, outlet=None, title=None,
        )  # fmt: skip

    near = check_claims([row(1, 30), row(2, 45)], PACK)
    far = check_claims([row(1, 3), row(2, 45)], PACK)
    assert len(near.conflicts) == 1 and far.conflicts == []
