"""The per-document claim cap, through the real pipeline into real stores: a document of
more distinct figures than the cap keeps its first claims, is stored, gets a
"claims_capped" warning in the failure table, and does not fail the batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.config import ENVIRONMENT, Settings
from claimtrack.errors import UsageError
from claimtrack.extract.merge import Found, merge_mentions
from claimtrack.ingest import IngestEvent, ingest
from claimtrack.records import Claim, Mention
from claimtrack.store import Store

CAP = 25


def figure_list(n: int) -> str:
    """One sentence of ``n`` distinct figures, as bench/ingest.py's pathological case."""
    return "North Korea sent " + ", ".join(f"{1000 + 7 * i:,} troops" for i in range(n)) + ".\n"


def corpus(root: Path, figures: int) -> Path:
    root.mkdir()
    (root / "dump.txt").write_text(f"Troop list\n\n{figure_list(figures)}")
    (root / "levee.txt").write_text(
        "Levee watch\n\nOfficials said more than 4,500 soldiers were deployed.\n"
    )
    return root


def run(store_url: str, root: Path, settings: Settings) -> tuple[object, list[IngestEvent]]:
    events: list[IngestEvent] = []
    with Store(store_url) as store:
        report = ingest([root], store, None, settings, progress=events.append)
    return report, events


def test_a_document_over_the_cap_keeps_its_first_claims_and_warns(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMTRACK_MAX_CLAIMS", str(CAP))
    settings = Settings.from_env()
    assert settings.max_claims_per_document == CAP
    root = corpus(tmp_path / "corpus", 3 * CAP)
    events: list[IngestEvent] = []
    with Store(store_url) as store:
        report = ingest([root], store, None, settings, progress=events.append)
        dump = store.claims(doc_id="corpus/dump.txt")
        failures = store.failures()

    assert report.ok and report.failed == 0 and report.new == 2
    assert len(dump) == CAP
    assert sorted(c["value"] for c in dump) == [1000 + 7 * i for i in range(CAP)]
    assert report.claims == CAP + 1
    assert [(f["doc_id"], f["reason"]) for f in failures] == [("corpus/dump.txt", "claims_capped")]
    message = failures[0]["message"]
    assert message == (
        f"{root / 'dump.txt'}: holds more than {CAP} figures; kept the first {CAP} claims; "
        "raise CLAIMTRACK_MAX_CLAIMS if the page is genuine"
    )
    assert "\n" not in message
    assert [w.reason for w in report.warnings] == ["claims_capped"]
    warned = [e for e in events if e.warning is not None]
    assert [(e.doc_id, e.outcome, e.failure) for e in warned] == [("corpus/dump.txt", "new", None)]


def test_the_settings_cap_holds_even_when_extraction_kept_more(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A caller's Settings are honoured: ingest trims what extraction (capped by the
    environment's default) returned."""
    monkeypatch.delenv("CLAIMTRACK_MAX_CLAIMS", raising=False)
    root = corpus(tmp_path / "corpus", 2 * CAP)
    with Store(store_url) as store:
        report = ingest([root], store, None, Settings(max_claims_per_document=CAP))
        dump = store.claims(doc_id="corpus/dump.txt")
        reasons = [f["reason"] for f in store.failures()]
    assert report.ok
    assert len(dump) == CAP
    assert reasons == ["claims_capped"]


def test_a_document_under_the_cap_gets_no_warning_and_a_rerun_adds_none(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMTRACK_MAX_CLAIMS", str(CAP))
    root = corpus(tmp_path / "corpus", CAP)
    with Store(store_url) as store:
        report = ingest([root], store, None, Settings.from_env())
        assert report.ok and not report.warnings
        assert len(store.claims(doc_id="corpus/dump.txt")) == CAP
        assert store.failures() == []
    over = corpus(tmp_path / "over", 2 * CAP)
    with Store(store_url) as store:
        ingest([over], store, None, Settings.from_env())
        again = ingest([over], store, None, Settings.from_env())
        assert again.unchanged == 2 and not again.warnings
        assert len(store.failures()) == 1  # the first run's warning only


def test_repeats_of_a_kept_figure_after_the_cap_still_join_its_claim() -> None:
    def found(value: float, at: int) -> Found:
        m = Mention(at, at + 5, "1,000", 0, 1000)
        claim = Claim("d", "q", 0, 1000, value, unit="troops", mentions=[m])
        return Found(claim, False, "troop")

    items = [found(1000.0 + i, 10 * i) for i in range(5)] + [found(1000.0, 500)]
    claims = merge_mentions(items, limit=3)
    assert [c.value for c in claims] == [1000.0, 1001.0, 1002.0]
    assert [m.start for m in claims[0].mentions] == [0, 500]


@pytest.mark.parametrize("raw", ["0", "-5", "5k", "lots", ""])
def test_a_bad_cap_in_the_environment_is_a_one_line_usage_error(
    raw: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMTRACK_MAX_CLAIMS", raw)
    with pytest.raises(UsageError) as info:
        Settings.from_env()
    assert "CLAIMTRACK_MAX_CLAIMS" in str(info.value) and "\n" not in str(info.value)


def test_the_cap_is_documented_with_the_other_variables() -> None:
    assert "CLAIMTRACK_MAX_CLAIMS" in ENVIRONMENT
    assert Settings().max_claims_per_document == 5000
