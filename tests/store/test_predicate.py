"""A claim's predicate is stored, exported and read by the cross-check (SQLite and
PostgreSQL): figures of different events never conflict, one event's still do."""

from __future__ import annotations

import io
import json
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from claimtrack.config import Settings
from claimtrack.ingest import ingest
from claimtrack.packs import load_pack
from claimtrack.resolve import check_claims, check_store
from claimtrack.store import Store, migrate, stored_version, to_url
from claimtrack.store.export import write_rows

PACK = load_pack("dprk-russia")

# Articles written for these tests: two events of one counted noun, and two agencies'
# counts of one event in different words.
EXAMINED = """Debris studied in Lviv
Ukrainian investigators have examined the remains of 14 ballistic missiles from North Korea, the prosecutor general's office said on Tuesday.
"""
LAUNCHED = """Night of strikes
Russia has launched 130 North Korean ballistic missiles at Ukraine, Ukraine's air force said on Tuesday.
"""
SEOUL = """Seoul's count
North Korea has dispatched about 10,000 troops to Russia, South Korea's National Intelligence Service said on Tuesday.
"""
KYIV = """Kyiv's count
Some 14,000 North Korean troops have been deployed to Russia, Ukraine's military intelligence said on Tuesday.
"""


def stored(store_url: str, tmp_path: Path, articles: dict[str, str]) -> Store:
    store = Store(store_url)
    for name, article in articles.items():
        path = tmp_path / name
        path.write_text(article, encoding="utf-8")
        assert ingest([path], store, PACK, Settings(), published="2025-06-03").ok
    return store


def test_examined_and_launched_missiles_never_conflict(store_url: str, tmp_path: Path) -> None:
    with stored(store_url, tmp_path, {"e.txt": EXAMINED, "l.txt": LAUNCHED}) as store:
        rows = {r["value"]: r for r in store.claims()}
        assert rows[14]["predicate"] == "examine" and rows[130]["predicate"] == "launch"
        out = io.StringIO()
        write_rows(store.claims(), "jsonl", out)
        exported = [json.loads(line) for line in out.getvalue().splitlines()]
        cc = check_store(store, PACK)
        unread = [r | {"predicate": None} for r in store.claims()]
    assert {r["value"]: r["predicate"] for r in exported} == {14: "examine", 130: "launch"}
    assert list(exported[0])[list(exported[0]).index("kind") + 1] == "predicate"
    checked = {c.figure: c for m in cc.measures for c in m.reported}
    assert checked[14].predicate == "examine" and checked[130].predicate == "launch"
    # one series, figures apart by more than the tolerance, yet no conflict
    assert checked[14].measure_key == checked[130].measure_key
    assert cc.conflicts == []
    # the same claims without their predicates are a conflict
    (conflict,) = check_claims(unread, PACK).conflicts
    assert {conflict.a.figure, conflict.b.figure} == {14, 130}


def test_two_agencies_deployed_troops_still_conflict(store_url: str, tmp_path: Path) -> None:
    with stored(store_url, tmp_path, {"s.txt": SEOUL, "k.txt": KYIV}) as store:
        cc = check_store(store, PACK)
    (conflict,) = cc.conflicts
    assert {conflict.a.predicate, conflict.b.predicate} == {"dispatch", "deploy"}
    assert {conflict.a.figure, conflict.b.figure} == {10_000, 14_000}
    assert conflict.measure_key == "dprk_troops_in_russia"


def test_a_store_without_the_column_gets_it(store_url: str) -> None:
    """Schema version 6 adds ``predicate`` when missing; older claims read back as None."""
    engine = create_engine(to_url(store_url))
    with engine.begin() as conn:
        migrate(conn, target=5)  # migration 1 creates today's tables: take the column out
        conn.execute(text("ALTER TABLE claims DROP COLUMN predicate"))
        conn.execute(text("ALTER TABLE claims DROP COLUMN kind"))
        assert stored_version(conn) == 5
    engine.dispose()
    with Store(store_url) as store:
        with store.engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("claims")}
        assert {"predicate", "kind"} <= columns
        assert store.claims() == []
