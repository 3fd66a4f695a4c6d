"""Benchmark the cross-check and the HTML report over 10,000 and 100,000 synthetic claims.

Run ``.venv/bin/python bench/crosscheck.py`` (``--quick`` for 1,000 and 10,000 claims);
see bench/README.md.

The parent process builds one synthetic SQLite store per size (untimed) through the
public ``Store.add``, then runs each size in a child process of this same script
(``--phase run``) so each child's ``ru_maxrss`` is that size's own peak memory. The child
opens the store, runs ``check_store`` with the ``dprk-russia`` pack and renders the HTML
report of that cross-check to a file, timing both, then reads the same claims back from the
store alone (the floor any cross-check pays) and gives the check's ratio to it. The
parent prints a table, the growth
of the total time against an n log n prediction and, as its last line, one JSON summary.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from phases import peak_rss_mb, run_phase  # bench/phases.py, beside this script

from claimtrack.records import Claim

ROOT = Path(__file__).resolve().parent.parent
PACK = "dprk-russia"
CLAIMS_PER_DOC = 5
SIZES = (10_000, 100_000)  # claims
QUICK_SIZES = (1_000, 10_000)
GOAL_SECONDS = 10.0
GROWTH_SLACK = 1.25  # allowed noise over the n log n prediction
SEED = 20240601

# --------------------------------------------------------------------------- synthetic data

FIRST_DAY = date(2024, 6, 1)
SPAN_DAYS = 548  # about 18 months of publication dates

# Measures of the pack, each with a few "true" levels over time (cumulative ones rise) and
# a weight (how often the news reports it). Figures cluster around the level of their time.
PACK_MEASURES: dict[str, tuple[list[float], int, str]] = {
    "dprk_troops_in_russia": (
        [10_000, 11_000, 12_000, 15_000],
        30,
        "North Korean troops in Russia",
    ),
    "dprk_troops_killed": ([100, 300, 600, 2_000], 10, "North Korean soldiers killed"),
    "dprk_troops_wounded": ([1_000, 2_700], 4, "North Korean soldiers wounded"),
    "dprk_troops_casualties": ([1_000, 3_000, 4_700], 8, "North Korean casualties"),
    "dprk_troops_captured": ([2, 4], 2, "North Korean soldiers captured"),
    "dprk_workers_in_russia": ([10_000, 15_000], 4, "North Korean workers sent to Russia"),
    "dprk_engineers_sappers": ([1_000, 6_000], 3, "North Korean military engineers"),
    "dprk_artillery_shells": ([1e6, 3e6, 5.8e6, 1.2e7], 12, "artillery shells supplied"),
    "dprk_containers_shipped": ([6_700, 13_000, 20_000], 5, "containers shipped"),
    "dprk_share_of_russian_ammunition": ([50, 60], 4, "of Russia's ammunition"),
    "dprk_artillery_systems": ([120, 250], 3, "artillery systems supplied"),
    "dprk_ballistic_missiles": ([100, 148, 250], 5, "ballistic missiles supplied"),
    "dprk_tanks": ([20, 50], 2, "tanks supplied"),
    "russia_aid_to_dprk": ([1e9, 2e9], 2, "dollars in Russian aid"),
}
# "other" claims: (unit, subject, levels, weight)
OTHER_MEASURES: list[tuple[str, str | None, list[float], int]] = [
    ("drones", "Kursk", [50, 200], 3),
    ("people", "Kursk", [120_000, 150_000], 2),
    ("flights", "Pyongyang", [12, 30], 2),
    ("vessels", "Rason", [20, 64], 2),
    ("km", None, [7_000], 1),
    ("dollars", "Pyongyang", [5e8, 2e9], 2),
    ("percent", "Rason", [10, 25], 1),
    ("rounds", None, [2_000, 5_000], 2),
    ("trains", "Tumangang", [40, 90], 1),
    ("workers", "Vladivostok", [3_000, 8_000], 1),
]
UNITS = {
    "dprk_troops_in_russia": "troops",
    "dprk_troops_killed": "killed",
    "dprk_troops_wounded": "wounded",
    "dprk_troops_casualties": "casualties",
    "dprk_troops_captured": "captured",
    "dprk_workers_in_russia": "workers",
    "dprk_engineers_sappers": "engineers",
    "dprk_artillery_shells": "shells",
    "dprk_containers_shipped": "containers",
    "dprk_share_of_russian_ammunition": "percent",
    "dprk_artillery_systems": "pieces",
    "dprk_ballistic_missiles": "missiles",
    "dprk_tanks": "tanks",
    "russia_aid_to_dprk": "aid",
}
PACK_ALIASES = [
    "NIS", "South Korea's spy agency", "National Intelligence Service", "DIA",
    "Defense Intelligence Agency", "JCS", "South Korea's Defense Ministry", "HUR",
    "Ukrainian military intelligence", "Kyrylo Budanov", "Zelensky", "Ukrainian General Staff",
    "Pentagon", "State Department", "NATO", "Mark Rutte", "Kremlin", "Peskov", "KCNA", "TASS",
    "Yonhap", "Bloomberg", "Reuters", "AP", "AFP", "Institute for the Study of War",
]  # fmt: skip
MEDIA = ["Yonhap", "Reuters", "Bloomberg", "AFP", "AP", "NK News", "Kyiv Independent"]
_NATIONS = [
    "Estonian",
    "Lithuanian",
    "Japanese",
    "Polish",
    "British",
    "German",
    "Latvian",
    "Finnish",
]
_BODIES = ["intelligence", "defence ministry", "military officials", "think tank", "diplomats"]
INVENTED_SOURCES = [f"{n} {b}" for n in _NATIONS for b in _BODIES]  # 40 names
OUTLETS = [f"outlet{i:02d}.example" for i in range(30)]
_VAGUE = {100.0: "hundreds of", 1e3: "thousands of", 1e4: "tens of thousands of",
          1e5: "hundreds of thousands of", 1e6: "millions of", 1e7: "millions of",
          1e8: "hundreds of millions of", 1e9: "billions of"}  # fmt: skip
_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


@dataclass
class SynthClaim:
    """A synthetic claim: the record the extractor would give (``records.Claim``, whose
    document, offsets and mention are set where the claim is placed), and where its
    quote sits in the body and its figure in the quote."""

    claim: Claim
    at: int  # offset of the quote in the body (after the first line)
    num_at: int  # offset of the figure in the quote
    num_text: str


@dataclass
class SynthDoc:
    doc_id: str
    headline: str
    body: str
    published: date
    outlet: str
    claims: list[SynthClaim] = field(default_factory=list)
    copy_of: str | None = None


def _nice(v: float) -> float:
    """Round to two significant figures, as reporters do."""
    if v <= 0:
        return v
    digits = 2 - int(math.floor(math.log10(v))) - 1
    return float(round(v, digits))


def _as_of(rng: random.Random, published: date) -> str:
    back = published - timedelta(days=rng.randint(0, 60))
    kind = rng.random()
    if kind < 0.35:
        return back.strftime("%Y-%m")
    if kind < 0.6:
        return back.isoformat()
    if kind < 0.85:
        return f"{back.year}-Q{(back.month - 1) // 3 + 1}"
    return f"{back.strftime('%Y-%m')}/.."


class Generator:
    """Seeded synthetic documents and claims; same seed and size, same store."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = sorted(
            {"".join(self.rng.choices(_SYLLABLES, k=self.rng.randint(1, 3))) for _ in range(4000)}
        )
        keys = list(PACK_MEASURES)
        self.measure_keys: list[tuple[str, int]] = [(k, -1) for k in keys] + [
            ("other", i) for i in range(len(OTHER_MEASURES))
        ]
        self.measure_weights = [PACK_MEASURES[k][1] for k in keys] + [w for *_, w in OTHER_MEASURES]

    def _filler(self, n: int) -> str:
        words = self.rng.choices(self.words, k=n)
        sentences, i = [], 0
        while i < n:
            k = min(n - i, self.rng.randint(6, 14))
            chunk = words[i : i + k]
            sentences.append(chunk[0].capitalize() + " " + " ".join(chunk[1:]) + ".")
            i += k
        return " ".join(sentences)

    def _claim(self, t: float, published: date) -> tuple[SynthClaim, str]:
        rng = self.rng
        (key, other_i) = rng.choices(self.measure_keys, weights=self.measure_weights)[0]
        if key == "other":
            unit, subject, levels, _ = OTHER_MEASURES[other_i]
            measure, phrase = "other", f"{unit} near {subject}" if subject else unit
        else:
            levels, _, phrase = PACK_MEASURES[key]
            measure, unit, subject = key, UNITS[key], "North Korea"
        # the level of its time; 12% repeat an outdated level, 3% any level (outliers)
        idx = min(len(levels) - 1, int(t * len(levels)))
        roll = rng.random()
        if roll < 0.12:
            idx = rng.randrange(idx + 1)
        elif roll < 0.15:
            idx = rng.randrange(len(levels))
        v = _nice(levels[idx] * (1 + rng.gauss(0, 0.04)))
        if unit != "percent" and levels[idx] >= 10:
            v = float(round(v))
        value: float | None = v
        low = high = None
        approx = vague = False
        kind = rng.random()
        word = ""
        if kind < 0.30:
            approx, word = True, rng.choice(["about ", "around ", "roughly ", "nearly "])
        elif kind < 0.37:
            low, word = v, "more than "
        elif kind < 0.40:
            high, word = v, "up to "
        elif kind < 0.45 and v >= 100 and unit != "percent":
            # "thousands of": only a floor, the power of ten below the figure
            low = 10.0 ** math.floor(math.log10(v))
            value, vague = None, True
        num_text = f"{v:,.0f}" if unit != "percent" else f"{v:g}%"
        if vague and low is not None:
            num_text = _VAGUE.get(low, "many")
        status = "reported"
        roll = rng.random()
        if roll < 0.04:
            status, verb = "pledged", " Pyongyang has promised"
        elif roll < 0.07:
            status, verb = "planned", " are planned"
        elif roll < 0.10:
            status, verb = "rumoured", " are rumoured"
        else:
            verb = ""
        source: str | None = None
        via: list[str] = []
        lead = ""
        if rng.random() >= 0.40:
            source = rng.choice(PACK_ALIASES if rng.random() < 0.55 else INVENTED_SOURCES)
            if rng.random() < 0.2:
                via = [rng.choice(MEDIA)]
                lead = f"{source} said, according to {via[0]}, that "
            else:
                lead = f"{source} said "
        as_of = _as_of(rng, published) if rng.random() < 0.30 else None
        head = f"{lead}{word}"
        quote = f"{head}{num_text} {phrase}{verb}"
        when = ""
        if as_of:
            when = f" since {as_of[:-3]}" if as_of.endswith("/..") else f" as of {as_of}"
        quote = quote[0].upper() + quote[1:] + when + "."
        certainty = rng.choices(["asserted", "confirmed", "hedged"], weights=[6, 2, 2])[0]
        record = Claim(
            doc_id="", quote=quote, start=0, end=len(quote), value=value, low=low, high=high,
            approx=approx, vague=vague, unit=unit, measure=measure, subject=subject,
            source=source, via=via, certainty=certainty, status=status,  # type: ignore[arg-type]
            as_of=as_of,
        )  # fmt: skip
        claim = SynthClaim(record, 0, len(head), num_text)
        return claim, quote

    def document(self, n: int) -> SynthDoc:
        rng = self.rng
        day = rng.randrange(SPAN_DAYS)
        published = FIRST_DAY + timedelta(days=day)
        t = day / SPAN_DAYS
        headline = self._filler(rng.randint(6, 10)).rstrip(".").title()
        parts: list[str] = []
        doc = SynthDoc(f"synth-{n:06d}", headline, "", published, rng.choice(OUTLETS))
        offset = 0
        for _ in range(CLAIMS_PER_DOC):
            filler = self._filler(rng.randint(6, 14))
            parts.append(filler)
            offset += len(filler) + 1
            claim, quote = self._claim(t, published)
            claim.at = offset
            parts.append(quote)
            offset += len(quote) + 1
            doc.claims.append(claim)
        parts.append(self._filler(rng.randint(4, 10)))
        doc.body = " ".join(parts)
        return doc

    def copy(self, original: SynthDoc, n: int) -> SynthDoc:
        """A near-duplicate: the same body under a changed first line, a few days later."""
        later = original.published + timedelta(days=self.rng.randint(0, 3))
        headline = self._filler(self.rng.randint(6, 10)).rstrip(".").title()
        return SynthDoc(
            f"synth-{n:06d}", headline, original.body, later, self.rng.choice(OUTLETS),
            original.claims, original.doc_id,
        )  # fmt: skip


def synthetic_docs(n_docs: int, seed: int = SEED) -> list[SynthDoc]:
    """``n_docs`` documents, about 5% of them near-duplicate copies of earlier ones."""
    gen = Generator(seed)
    docs: list[SynthDoc] = []
    for n in range(n_docs):
        if docs and gen.rng.random() < 0.05:
            docs.append(gen.copy(gen.rng.choice(docs), n))
        else:
            docs.append(gen.document(n))
    return docs


def build_store(db: Path, n_docs: int, seed: int = SEED) -> dict[str, Any]:
    """Write the synthetic documents into a fresh store through ``Store.add`` (untimed)."""
    from claimtrack.records import CleanDocument, Mention, content_hash
    from claimtrack.resolve import fingerprint
    from claimtrack.store import Store

    start = time.perf_counter()
    docs = synthetic_docs(n_docs, seed)
    generated = time.perf_counter()
    n_claims = 0
    with Store(str(db)) as store:
        for d in docs:
            text = f"{d.headline}\n\n{d.body}"
            shift = len(d.headline) + 2
            found = []
            for c in d.claims:
                q0 = shift + c.at
                n0 = q0 + c.num_at
                quote = c.claim.quote
                shown = quote[c.num_at : c.num_at + len(c.num_text)]
                mention = Mention(n0, n0 + len(shown), shown, q0, q0 + len(quote))
                found.append(
                    replace(
                        c.claim, doc_id=d.doc_id, start=q0, end=q0 + len(quote), mentions=[mention]
                    )
                )
            clean = CleanDocument(
                doc_id=d.doc_id,
                text=text,
                content_hash=content_hash(text),
                title=d.headline,
                published=d.published.isoformat(),
                url=f"https://{d.outlet}/{d.doc_id}",
                outlet=d.outlet,
                language="en",
                fingerprint=fingerprint(text),
            )
            store.add(clean, found)
            n_claims += len(found)
    words = sum(len(f"{d.headline} {d.body}".split()) for d in docs) / max(1, len(docs))
    return {
        "docs": len(docs),
        "claims": n_claims,
        "copies": sum(1 for d in docs if d.copy_of),
        "mean_words": round(words, 1),
        "generate_seconds": round(generated - start, 2),
        "build_seconds": round(time.perf_counter() - start, 2),
    }


# --------------------------------------------------------------------------- phase


def _report_api() -> Any:
    """``claimtrack.report.render_html`` when the report package is importable, else None."""
    try:
        from claimtrack.report import render_html
    except ImportError:
        return None
    return render_html


def phase_run(db: Path, out: Path, profile: Path | None) -> dict[str, Any]:
    """Check the store, then write the HTML report of that cross-check, timing each."""
    import cProfile

    from claimtrack.packs import load_pack
    from claimtrack.resolve import check_store
    from claimtrack.store import Store

    render_html = _report_api()
    baseline = peak_rss_mb()

    prof = cProfile.Profile() if profile else None
    start, cpu = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    with Store(str(db), create=False) as store:
        pack = load_pack(PACK)
        cc = check_store(store, pack)
    if prof:
        prof.disable()
        prof.dump_stats(str(profile) + ".check")
    seconds_check, cpu_check = time.perf_counter() - start, time.process_time() - cpu
    rss_check = peak_rss_mb()
    # The floor any cross-check pays: reading the same claims back from the store, timed
    # after the check so both read a warm file.
    start, cpu = time.perf_counter(), time.process_time()
    with Store(str(db), create=False) as store:
        n_read = len(store.stored_claims())
    seconds_read, cpu_read = time.perf_counter() - start, time.process_time() - cpu
    result: dict[str, Any] = {
        "claims": sum(len(m.reported) + len(m.other) for m in cc.measures),
        "docs": len(cc.documents),
        "copies": sum(1 for d in cc.documents if d.copy_of),
        "measures": len(cc.measures),
        "conflicts": len(cc.conflicts),
        "sources": len(cc.sources),
        "seconds_check": seconds_check,
        "seconds_read": seconds_read,
        "cpu_check": cpu_check,
        "cpu_read": cpu_read,
        "cpu_report": None,
        "claims_read": n_read,
        "peak_rss_mb_start": baseline,
        "peak_rss_mb_check": rss_check,
        "report": "none",
        "seconds_report": None,
        "report_bytes": None,
    }

    if render_html is not None:
        prof = cProfile.Profile() if profile else None
        start, cpu = time.perf_counter(), time.process_time()
        if prof:
            prof.enable()
        # As ``claimtrack report`` does: render, then write the file.
        out.write_text(render_html(cc, pack, str(db)), encoding="utf-8")
        if prof:
            prof.disable()
            prof.dump_stats(str(profile) + ".report")
        result["seconds_report"] = time.perf_counter() - start
        result["cpu_report"] = time.process_time() - cpu
        result["report"] = "claimtrack.report.render_html"
        result["report_bytes"] = out.stat().st_size
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def report_via_cli(db: Path, out: Path) -> float | None:
    """Wall time of ``claimtrack report`` (fallback when the report API is not importable).

    It includes interpreter start-up, imports and the command's own cross-check.
    """
    exe = Path(sys.executable).with_name("claimtrack")
    start = time.perf_counter()
    proc = subprocess.run(
        [str(exe), "report", "--db", str(db), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        return None
    return time.perf_counter() - start


# --------------------------------------------------------------------------- report


def _total(r: dict[str, Any]) -> float:
    return float(r["seconds_check"] + (r["seconds_report"] or 0.0))


def summarise(sizes: tuple[int, int], runs: list[dict[str, Any]]) -> dict[str, Any]:
    small, big = sizes
    rs, rb = runs
    nlogn = (big * math.log(big)) / (small * math.log(small))
    growth = _total(rb) / _total(rs) if _total(rs) > 0 else math.inf

    def r3(x: float | None) -> float | None:
        return None if x is None else round(x, 3)

    summary: dict[str, Any] = {}
    for n, r in zip(sizes, runs, strict=True):
        summary[f"docs_{n}"] = r["docs"]
        summary[f"claims_{n}"] = r["claims"]
        summary[f"seconds_{n}"] = r3(_total(r))
        summary[f"check_seconds_{n}"] = r3(r["seconds_check"])
        summary[f"read_seconds_{n}"] = r3(r["seconds_read"])
        summary[f"check_to_read_ratio_{n}"] = (
            round(r["seconds_check"] / r["seconds_read"], 2) if r["seconds_read"] else None
        )
        summary[f"total_to_read_ratio_{n}"] = (
            round(_total(r) / r["seconds_read"], 2) if r["seconds_read"] else None
        )
        summary[f"report_seconds_{n}"] = r3(r["seconds_report"])
        for phase in ("check", "report", "read"):
            summary[f"cpu_{phase}_seconds_{n}"] = r3(r[f"cpu_{phase}"])
        summary[f"runs_{n}"] = r["runs"]
        summary[f"peak_rss_mb_{n}"] = round(r["peak_rss_mb"], 1)
        summary[f"check_peak_rss_mb_{n}"] = round(r["peak_rss_mb_check"], 1)
        summary[f"report_bytes_{n}"] = r["report_bytes"]
        summary[f"build_seconds_{n}"] = r["build"]["build_seconds"]
    summary.update(
        {
            "report": rb["report"],
            "growth_ratio": round(growth, 3),
            "nlogn_ratio": round(nlogn, 3),
            "growth_ok": growth <= nlogn * GROWTH_SLACK,
            "goal_seconds": GOAL_SECONDS,
            "meets_goal": _total(rb) <= GOAL_SECONDS and rb["seconds_report"] is not None,
            "sizes": list(sizes),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }
    )
    return summary


def print_table(sizes: tuple[int, int], runs: list[dict[str, Any]], s: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    def verdict(ok: bool) -> str:
        return "[green]yes[/]" if ok else "[red]no[/]"

    def secs(x: float | None) -> str:
        return "-" if x is None else f"{x:.2f}"

    table = Table(title="claimtrack cross-check and HTML report (dprk-russia pack)")
    heads = ("size", "docs", "claims", "read s", "check s", "report s", "total s", "/read", "MB")
    for name in heads:
        table.add_column(name, justify="right")
    for n, r in zip(sizes, runs, strict=True):
        table.add_row(
            f"{n:,}",
            f"{r['docs']:,}",
            f"{r['claims']:,}",
            secs(r["seconds_read"]),
            secs(r["seconds_check"]),
            secs(r["seconds_report"]),
            secs(_total(r)),
            f"x{s[f'total_to_read_ratio_{n}']}",
            f"{r['peak_rss_mb']:.0f}",
        )
    console = Console()
    console.print(table)
    small, big = sizes
    console.print(
        f"growth {big:,}/{small:,} claims: total time x{s['growth_ratio']:.2f}, "
        f"n log n predicts x{s['nlogn_ratio']:.2f} (ok up to x{s['nlogn_ratio'] * GROWTH_SLACK:.2f})"
        f": {verdict(s['growth_ok'])}",
        highlight=False,
    )
    console.print(
        f"goal: {big:,} claims checked and reported in <= {GOAL_SECONDS:g} s "
        f"({secs(s[f'seconds_{big}'])} s): {verdict(s['meets_goal'])}",
        highlight=False,
    )
    for n, r in zip(sizes, runs, strict=True):
        console.print(
            f"{n:,} claims: the check takes x{s[f'check_to_read_ratio_{n}']} and check plus "
            f"report x{s[f'total_to_read_ratio_{n}']} the time of reading its claims back "
            f"from the store ({secs(r['seconds_read'])} s, the floor any cross-check pays), "
            f"measured in the same run (best of {r['runs']})",
            highlight=False,
        )
    for n, r in zip(sizes, runs, strict=True):
        cpu = ", ".join(f"{p} {secs(r[f'cpu_{p}'])}" for p in ("read", "check", "report"))
        console.print(f"{n:,} claims, CPU seconds: {cpu}", highlight=False)
    load = ", ".join(f"{x:.2f}" for x in s["load_average"])
    console.print(f"load average at the end (1, 5, 15 min): {load}", highlight=False)
    rb = runs[-1]
    console.print(
        f"largest store: {rb['measures']} measures, {rb['conflicts']} conflicts, "
        f"{rb['sources']} origins, {rb['copies']} near-duplicate copies found; "
        f"report {rb['report']} ({(rb['report_bytes'] or 0) / 1e6:.1f} MB); "
        f"store built in {rb['build']['build_seconds']:.1f} s (untimed)",
        highlight=False,
    )
    if rb["seconds_report"] is None:
        console.print("[yellow]warning:[/] no report writer found: only the check was timed")


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="smoke run on 1,000 and 10,000 claims")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the synthetic data")
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="PREFIX",
        help="also write cProfile stats of the largest size to PREFIX.check and "
        "PREFIX.report (slows it down)",
    )
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="build the stores and reports in DIR, kept"
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="with --keep: check a store already in DIR instead of building it again",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="run each size N times (each in a fresh child) and keep each phase's best: "
        "on a shared machine the least disturbed run is the closest to the code's cost",
    )
    # Internal: how the parent runs one measured size in a child process.
    parser.add_argument("--phase", choices=["run"], help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


#: Each phase's timings, of which ``--repeat`` keeps the least disturbed run's.
_PHASES = (
    ("seconds_check", "cpu_check"),
    ("seconds_report", "cpu_report"),
    ("seconds_read", "cpu_read"),
)


def _best(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The first run's counts with each phase's fastest wall time (and that run's CPU
    seconds) over all runs."""
    best = dict(results[0])
    for wall, cpu in _PHASES:
        done = [r for r in results if r[wall] is not None]
        if done:
            fastest = min(done, key=lambda r: float(r[wall]))
            best[wall], best[cpu] = fastest[wall], fastest[cpu]
    best["peak_rss_mb"] = max(r["peak_rss_mb"] for r in results)
    best["runs"] = len(results)
    return best


def _measure(
    work: Path, claims: int, seed: int, profile: Path | None, repeat: int = 1, reuse: bool = False
) -> dict[str, Any]:
    db, out = work / f"store-{claims}.db", work / f"report-{claims}.html"
    if reuse and db.is_file():
        build: dict[str, Any] = {"build_seconds": 0.0, "reused": True}
    else:
        for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            stale.unlink(missing_ok=True)
        build = build_store(db, claims // CLAIMS_PER_DOC, seed)
    args = ["--phase", "run", "--db", str(db), "--out", str(out)]
    if profile is not None:
        args += ["--profile", str(profile.resolve())]
    result = _best([run_phase(__file__, args) for _ in range(max(1, repeat))])
    if result["seconds_report"] is None:
        cli = report_via_cli(db, out)
        if cli is not None:
            result.update(seconds_report=cli, report="claimtrack report (CLI, wall)")
            result["report_bytes"] = out.stat().st_size
    result["build"] = build
    return result


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.phase == "run":
        print(json.dumps(phase_run(args.db, args.out, args.profile)))
        return 0

    sizes = QUICK_SIZES if args.quick else SIZES
    with tempfile.TemporaryDirectory(prefix="claimtrack-bench-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        runs = [
            _measure(
                work,
                n,
                args.seed,
                args.profile if n == sizes[-1] else None,
                args.repeat,
                args.reuse and args.keep is not None,
            )
            for n in sizes
        ]
    summary = summarise(sizes, runs)
    print_table(sizes, runs, summary)
    print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
