"""Where single-process ingest spends its time, stage by stage (issue 11, "Speed").

Run ``.venv/bin/python bench/profile_ingest.py`` (``--docs N``, default 2,000; ``--runs``
to repeat; ``--cprofile FILE`` to also write cProfile stats of one run).

It builds the same corpus as ``bench/ingest.py`` (whose ``build_corpus`` it imports), then
ingests it into a fresh SQLite file in a child process with light timers wrapped around
each stage's entry point. The timers keep a stack, so time is charged to the innermost
stage running (exclusive time): the parser pulls the next chunk's candidates lazily, and
that work is charged to "candidates", not to "parse". Beside the stage table the child
measures spaCy's full pipeline over the same cleaned texts in a second child, as
``bench/ingest.py`` does, so the ``ratio`` printed is comparable with its figure. The last
stdout line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ingest import PACK, build_corpus, phase_spacy, write_cleaned_texts  # bench/ingest.py
from phases import peak_rss_mb, run_phase  # bench/phases.py

#: Stages in the order a document meets them; "other" is whatever no timer covers
#: (ingest's loop, claim merging, the tee between the parser and the reader).
STAGES = (
    "read",
    "html (trafilatura)",
    "clean (other)",
    "language (lingua)",
    "minhash",
    "split + candidates",
    "parse (spaCy)",
    "read parse (rules)",
    "store",
    "other",
)


class StageClock:
    """Exclusive wall time per stage: a stage's clock stops while a nested stage runs."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = dict.fromkeys(STAGES, 0.0)
        self.calls: dict[str, int] = dict.fromkeys(STAGES, 0)
        self._stack: list[str] = []
        self._since = time.perf_counter()

    def _switch(self) -> None:
        now = time.perf_counter()
        if self._stack:
            self.totals[self._stack[-1]] += now - self._since
        self._since = now

    def enter(self, stage: str) -> None:
        self._switch()
        self._stack.append(stage)
        self.calls[stage] += 1

    def leave(self) -> None:
        self._switch()
        self._stack.pop()

    def call(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.enter(stage)
            try:
                return fn(*args, **kwargs)
            finally:
                self.leave()

        return timed

    def stream(self, stage: str, fn: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        """Wrap a function returning an iterator: each ``next`` is charged to ``stage``."""

        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            it = iter(fn(*args, **kwargs))
            while True:
                self.enter(stage)
                try:
                    item = next(it)
                except StopIteration:
                    return
                finally:
                    self.leave()
                yield item

        return timed


def instrument(clock: StageClock) -> None:
    """Wrap each stage's entry point where its callers look it up."""
    import claimtrack.clean as clean_pkg
    import claimtrack.ingest.run as run_mod
    import claimtrack.resolve.duplicates as duplicates
    from claimtrack.extract.extractor import Extractor
    from claimtrack.store import Store

    run_mod.iter_sources = clock.stream("read", run_mod.iter_sources)  # type: ignore[assignment]
    # pipeline imports these at each call (not with itself): patch them where they live
    clean_pkg.clean = clock.call("clean (other)", clean_pkg.clean)  # type: ignore[assignment]
    clean_pkg.extract_html = clock.call("html (trafilatura)", clean_pkg.extract_html)  # type: ignore[assignment]
    clean_pkg.detect_language = clock.call("language (lingua)", clean_pkg.detect_language)  # type: ignore[assignment]
    duplicates.fingerprint = clock.call("minhash", duplicates.fingerprint)  # type: ignore[assignment]
    Extractor._chunks = clock.stream("split + candidates", Extractor._chunks)  # type: ignore[method-assign]
    Extractor._parse = clock.stream("parse (spaCy)", Extractor._parse)  # type: ignore[method-assign]
    Extractor._read_chunk = clock.call("read parse (rules)", Extractor._read_chunk)  # type: ignore[method-assign]
    for name in ("add", "record_failure", "has_version"):
        setattr(Store, name, clock.call("store", getattr(Store, name)))


def phase_profile(corpus: Path, db: Path, cprofile: Path | None) -> dict[str, Any]:
    """Ingest ``corpus`` with the stage timers on; the model is loaded before the clock
    starts (spaCy's own figure includes its load, so this is noted, not hidden)."""
    from claimtrack.config import Settings
    from claimtrack.extract.parser import load_nlp
    from claimtrack.ingest import ingest
    from claimtrack.packs import load_pack
    from claimtrack.store import Store

    settings = Settings(db=str(db), pack=PACK)
    clock = StageClock()
    instrument(clock)
    pack = load_pack(PACK)
    load_start = time.perf_counter()
    load_nlp(settings.spacy_model)
    load_seconds = time.perf_counter() - load_start
    profiler = None
    if cprofile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    start = time.perf_counter()
    clock.enter("other")
    with Store(settings.db) as store:
        report = ingest([corpus], store, pack, settings)
    clock.leave()
    seconds = time.perf_counter() - start
    if profiler is not None and cprofile is not None:
        profiler.disable()
        profiler.dump_stats(str(cprofile))
    return {
        "docs": report.documents,
        "failed": report.failed,
        "claims": report.claims,
        "seconds": seconds,
        "model_load_seconds": load_seconds,
        "stages": clock.totals,
        "calls": clock.calls,
        "peak_rss_mb": peak_rss_mb(),
    }


def print_stages(runs: list[dict[str, Any]], spacy_runs: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"claimtrack ingest by stage ({runs[0]['docs']} docs, exclusive time)")
    table.add_column("stage")
    for i in range(len(runs)):
        table.add_column(f"run {i + 1} s", justify="right")
        table.add_column("%", justify="right")
    table.add_column("calls", justify="right")
    for stage in STAGES:
        cells = []
        for r in runs:
            cells += [f"{r['stages'][stage]:.2f}", f"{100 * r['stages'][stage] / r['seconds']:.0f}"]
        table.add_row(stage, *cells, str(runs[0]["calls"][stage]))
    table.add_section()
    cells = []
    for r in runs:
        cells += [f"{r['seconds']:.2f}", "100"]
    table.add_row("total (model loaded before)", *cells, "")
    cells = []
    for sp in spacy_runs:
        cells += [f"{sp['seconds']:.2f}", ""]
    table.add_row("spaCy full pipeline (load included)", *cells, "")
    cells = []
    for r, sp in zip(runs, spacy_runs, strict=True):
        cells += [f"{sp['seconds'] / (r['seconds'] + r['model_load_seconds']):.2f}", ""]
    table.add_row("ratio (claimtrack load included)", *cells, "")
    Console().print(table)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=2000, help="corpus size")
    parser.add_argument("--runs", type=int, default=1, help="measure this many times")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy baseline")
    parser.add_argument(
        "--cprofile", type=Path, metavar="FILE", help="also write cProfile stats of run 1"
    )
    parser.add_argument("--phase", choices=["profile", "spacy"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.phase == "profile":
        print(json.dumps(phase_profile(args.corpus, args.db, args.cprofile)))
        return 0
    if args.phase == "spacy":
        print(json.dumps(phase_spacy(args.texts)))
        return 0
    runs: list[dict[str, Any]] = []
    spacy_runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="claimtrack-profile-") as tmp:
        work = Path(tmp)
        corpus, texts = work / "corpus", work / "cleaned.jsonl"
        build_corpus(corpus, args.docs)
        if not args.no_spacy:
            write_cleaned_texts(corpus, texts)
        for i in range(args.runs):
            ct_args = ["--phase", "profile", "--corpus", str(corpus), "--db", str(work / f"{i}.db")]
            if args.cprofile is not None and i == 0:
                ct_args += ["--cprofile", str(args.cprofile.resolve())]
            runs.append(run_phase(__file__, ct_args))
            if not args.no_spacy:
                spacy_runs.append(run_phase(__file__, ["--phase", "spacy", "--texts", str(texts)]))
    if spacy_runs:
        print_stages(runs, spacy_runs)
    else:
        print_stages(runs, [{"seconds": float("nan")} for _ in runs])
    summary = {
        "docs": runs[0]["docs"],
        "seconds": [round(r["seconds"], 3) for r in runs],
        "stages": [{k: round(v, 3) for k, v in r["stages"].items()} for r in runs],
        "peak_rss_mb": max(round(r["peak_rss_mb"], 1) for r in runs),
        "spacy_seconds": [round(sp["seconds"], 3) for sp in spacy_runs],
        "ratio": [
            round(sp["seconds"] / (r["seconds"] + r["model_load_seconds"]), 3)
            for r, sp in zip(runs, spacy_runs, strict=False)
        ],
    }
    print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
