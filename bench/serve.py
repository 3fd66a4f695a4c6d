"""Benchmark `claimtrack serve` under concurrent readers while an ingest writes.

Run ``.venv/bin/python bench/serve.py`` (``--quick`` for 2,000 documents and fewer
requests); see bench/README.md.

The parent builds a synthetic SQLite store of ``--docs`` documents (untimed, through
``Store.add`` as bench/crosscheck.py does, with the ``dprk-russia`` pack recorded), starts
``claimtrack serve`` on 127.0.0.1 at a port the OS picked, and waits until the overview
answers. It then starts a child of this script (``--phase ingest``) that adds new
documents to the same store in a loop, and sends a bounded burst of requests from its own
thread pool: ``--requests`` to each of the overview, a measure page, document pages,
search pages and ``/api/v1/claims?limit=50``, interleaved, ``--concurrency`` at a time,
each with a timeout and the whole burst with a deadline, with as many requests for a
static file as the baseline of the same run (its latency is the machine's load). It
prints requests/s and p50/p95/max per page, the errors, and as its last line one JSON
object whose keys ending in ``p95_ms`` are the per-page p95 latencies and keys ending in
``p95_vs_static`` their ratios to the baseline's p95. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from crosscheck import SynthDoc, build_store, synthetic_docs  # bench/crosscheck.py

ROOT = Path(__file__).resolve().parent.parent
PACK = "dprk-russia"
HOST = "127.0.0.1"
GOAL_MS = 100.0
SEED = 20240601
MEASURE = "dprk_troops_in_russia"
#: Search queries rotated through: a pack alias, a quoted source, words of claim sentences.
QUERIES = ["Budanov", "troops Russia", "Estonian intelligence", "shells", "Yonhap"]
PAGES = ("overview", "measure", "document", "search", "claims_api")
#: Sent with the pages, as the baseline of the same run: a static file that costs the app
#: nothing but the trip through its middleware, so its latency is the machine's load (the
#: client, the ingest, anything else running) and the pages' ratios to it are the app's.
BASELINE = "static"


def _free_port() -> int:
    """A port the OS considers free on 127.0.0.1 (released again for the server to take)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        port: int = s.getsockname()[1]
        return port


def _records(d: SynthDoc) -> tuple[Any, list[Any]]:
    """A synthetic document as the CleanDocument and Claims ``Store.add`` takes."""
    from claimtrack.records import CleanDocument, Mention, content_hash
    from claimtrack.resolve import fingerprint

    text = f"{d.headline}\n\n{d.body}"
    shift = len(d.headline) + 2
    found = []
    for c in d.claims:  # placed as bench/crosscheck.py's build_store places them
        q0 = shift + c.at
        n0 = q0 + c.num_at
        quote = c.claim.quote
        shown = quote[c.num_at : c.num_at + len(c.num_text)]
        mention = Mention(n0, n0 + len(shown), shown, q0, q0 + len(quote))
        found.append(
            replace(c.claim, doc_id=d.doc_id, start=q0, end=q0 + len(quote), mentions=[mention])
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
    return clean, found


# --------------------------------------------------------------------------- ingest child


def phase_ingest(db: Path, rate: float, seconds: float, seed: int) -> dict[str, Any]:
    """Add new synthetic documents to ``db`` until SIGTERM or ``seconds``, at most ``rate``
    a second (0: as fast as the store takes them), one ``Store.add`` transaction each."""
    from claimtrack.store import Store

    stop = False

    def _stop(_sig: int, _frame: Any) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, _stop)
    docs = synthetic_docs(max(1, int(rate * seconds) if rate else 20_000), seed)
    run = f"live-{os.getpid()}-"  # new ids every run, so a reused store still gets writes
    added, start = 0, time.perf_counter()
    deadline = start + seconds
    with Store(str(db), create=False) as store:
        for d in docs:
            if stop or time.perf_counter() >= deadline:
                break
            d.doc_id = d.doc_id.replace("synth-", run)
            store.add(*_records(d))
            added += 1
            if rate:
                wait = start + added / rate - time.perf_counter()
                if wait > 0:
                    time.sleep(wait)
    elapsed = time.perf_counter() - start
    return {"ingested": added, "seconds": round(elapsed, 2), "docs_per_s": added / elapsed}


# --------------------------------------------------------------------------- load


def _targets(docs: int, rng: random.Random) -> list[tuple[str, str]]:
    """(page, path) pairs for one round: one request per page."""
    doc = f"synth-{rng.randrange(docs):06d}"
    query = rng.choice(QUERIES).replace(" ", "+")
    return [
        ("overview", "/"),
        ("measure", f"/measures/{MEASURE}"),
        ("document", f"/documents/{doc}"),
        ("search", f"/search?q={query}"),
        ("claims_api", "/api/v1/claims?limit=50"),
        (BASELINE, "/static/style.css"),
    ]


def burst(
    base: str, docs: int, requests: int, concurrency: int, timeout: float, deadline: float
) -> tuple[dict[str, list[float]], dict[str, list[str]], float]:
    """Send ``requests`` to each page, interleaved, ``concurrency`` at a time; latencies in ms
    and error strings per page, and the burst's wall seconds. Requests not started before
    ``deadline`` (seconds from now) are skipped and counted as errors.

    One asyncio loop with ``concurrency`` tasks, each on its own kept-alive connection
    (``loadgen``, lean so that the client's own work is not in the latencies): a pool of
    threads would fight over this process's interpreter lock and add its waits to them.

    Before the timed requests each client sends one request to every page, untimed, and
    the timed ones start when all have: as a load generator's warm-up, it opens the
    connections and the server's database connections (each with its own page cache,
    empty when opened), which a server that has been serving has open. Without it the
    first half second of a short burst (hundreds of milliseconds a request) set the p95."""
    rng = random.Random(SEED)
    warm = [_targets(docs, rng) for _ in range(concurrency)]
    work = [t for _ in range(requests) for t in _targets(docs, rng)]
    rng.shuffle(work)
    times: dict[str, list[float]] = {p: [] for p in (*PAGES, BASELINE)}
    errors: dict[str, list[str]] = {p: [] for p in (*PAGES, BASELINE, "_updating")}
    end_by = time.perf_counter() + deadline
    began = asyncio.run(_send_all(base, warm, work, concurrency, timeout, end_by, times, errors))
    return times, errors, time.perf_counter() - began


async def _send_all(
    base: str,
    warm: list[list[tuple[str, str]]],
    work: list[tuple[str, str]],
    concurrency: int,
    timeout: float,
    end_by: float,
    times: dict[str, list[float]],
    errors: dict[str, list[str]],
) -> float:
    """``burst``'s requests; returns when the timed ones began (``time.perf_counter``)."""
    from urllib.parse import urlsplit

    from loadgen import Connection, HTTPError  # bench/loadgen.py

    where = urlsplit(base)
    assert where.hostname is not None and where.port is not None
    todo = iter(work)  # shared: each client takes the next request when its last one ends
    together = asyncio.Barrier(concurrency)  # the timed part starts when all have warmed
    began: list[float] = []
    jar: dict[str, str] = {}  # one browser's cookies, as one ``httpx.AsyncClient`` kept them

    async def one_client(warming: list[tuple[str, str]]) -> None:
        conn = Connection(where.hostname or HOST, where.port or 80, jar)
        try:
            for page, path in warming:  # untimed: see ``burst``
                try:
                    await conn.get(path, timeout)
                except HTTPError as exc:
                    errors[page].append(f"warm-up {path}: {exc}")
            if await together.wait() == 0:
                began.append(time.perf_counter())
            for page, path in todo:
                if time.perf_counter() > end_by:
                    errors[page].append("skipped: burst deadline")
                    continue
                t0 = time.perf_counter()
                try:
                    r = await conn.get(path, timeout)
                except HTTPError as exc:
                    errors[page].append(f"{path}: {exc}")
                    continue
                ms = (time.perf_counter() - t0) * 1000
                if page == "overview" and UPDATING in r.text:
                    errors["_updating"].append(path)  # not an error: counted apart
                if r.status != 200:
                    errors[page].append(f"HTTP {r.status} {path}: {r.text[:120]}")
                else:
                    times[page].append(ms)
        finally:
            conn.close()

    await asyncio.gather(*(one_client(w) for w in warm))
    return began[0]


#: What the pages' freshness note says while a cross-check is being recomputed.
UPDATING = "· updating</p>"


def _wait_recompute(base: str, seconds: float) -> float | None:
    """Seconds until the overview says a recompute is running, or None after ``seconds``.

    The burst then starts with the server's cross-check being recomputed in the
    background, the hardest moment for the readers, instead of in the quiet after the
    first one; the run says how many overview answers were served during a recompute."""
    import httpx

    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        if UPDATING in httpx.get(base + "/", timeout=30).text:
            return time.perf_counter() - start
        time.sleep(0.25)
    return None


def _cpu_seconds(pid: int) -> float | None:
    """User and system CPU seconds of process ``pid`` so far (Linux ``/proc``), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _synthetic_documents(store: Any) -> int:
    """How many of the documents in ``store`` the store builder made (``synth-NNNNNN``,
    numbered from 0): a reused store's size, whatever ``--docs`` or ``--quick`` say."""
    from sqlalchemy import func, select

    from claimtrack.store.schema import documents

    with store.engine.connect() as conn:
        query = select(func.count()).where(documents.c.doc_id.like("synth-%"))
        return int(conn.execute(query).scalar_one())


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _wait_ready(base: str, server: subprocess.Popen[bytes], seconds: float) -> float:
    """Seconds until the overview first answers 200 (its first cross-check included)."""
    import httpx

    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        if server.poll() is not None:
            raise SystemExit(f"claimtrack serve exited with code {server.returncode}")
        try:
            if httpx.get(base + "/", timeout=seconds).status_code == 200:
                return time.perf_counter() - start
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit(f"claimtrack serve did not answer within {seconds:.0f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20_000, help="documents in the store")
    ap.add_argument("--requests", type=int, default=100, help="requests per page")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    ap.add_argument("--deadline", type=float, default=300.0, help="seconds for the whole burst")
    ap.add_argument(
        "--ingest-rate",
        type=float,
        default=10.0,
        help="documents/s the ingest writes (0: flat out)",
    )
    ap.add_argument("--no-ingest", action="store_true", help="readers only, for comparison")
    ap.add_argument(
        "--settle",
        type=float,
        default=240.0,
        help="seconds to wait, once the ingest writes, for a background recompute to begin",
    )
    ap.add_argument("--store", type=Path, help="reuse (or build once) this store file")
    ap.add_argument("--quick", action="store_true", help="2,000 documents, 20 requests a page")
    ap.add_argument("--phase", choices=["ingest"], help=argparse.SUPPRESS)
    ap.add_argument("--seconds", type=float, default=600.0, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.phase == "ingest":
        seed = SEED + os.getpid()  # different texts every run, too
        print(json.dumps(phase_ingest(args.store, args.ingest_rate, args.seconds, seed)))
        return
    if args.quick:
        args.docs, args.requests = 2_000, 20

    with tempfile.TemporaryDirectory(prefix="claimtrack-serve-bench-") as tmp:
        db = args.store or Path(tmp) / "store.db"
        if db.exists():
            from claimtrack.store import Store

            with Store(str(db)) as store:  # a reused store's own counts, before the ingest adds
                # its synthetic documents, which the document pages are picked from
                args.docs = _synthetic_documents(store)
                built: dict[str, Any] = {
                    "docs": args.docs,
                    "reused": str(db),
                    "claims": store.count_claims(),
                }
        else:
            print(f"building a store of {args.docs:,} documents ...", file=sys.stderr)
            built = build_store(db, args.docs, SEED)
            from claimtrack.store import Store

            with Store(str(db)) as store:
                store.set_meta("pack", PACK)
            print(f"built in {built['build_seconds']} s", file=sys.stderr)
        port = _free_port()
        base = f"http://{HOST}:{port}"
        log = Path(tmp) / "serve.log"
        claimtrack = Path(sys.executable).with_name("claimtrack")
        with log.open("wb") as out:
            server = subprocess.Popen(
                [str(claimtrack), "serve", "--db", str(db), "--host", HOST, "--port", str(port)],
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**os.environ, "CLAIMTRACK_TOKEN": ""},
            )
        ingest: subprocess.Popen[str] | None = None
        try:
            ready = _wait_ready(base, server, 300.0)
            print(f"serving {base}; first overview after {ready:.1f} s", file=sys.stderr)
            if not args.no_ingest:
                ingest = subprocess.Popen(
                    [sys.executable, __file__, "--phase", "ingest", "--store", str(db)]
                    + ["--ingest-rate", str(args.ingest_rate)]
                    + ["--seconds", str(args.deadline + 60)],
                    stdout=subprocess.PIPE,
                    text=True,
                )
                time.sleep(1.0)  # let it open the store and start writing
                waited = _wait_recompute(base, args.settle)
                print(
                    f"a background recompute began {waited:.1f} s after the ingest started"
                    if waited is not None
                    else f"no background recompute began within {args.settle:.0f} s",
                    file=sys.stderr,
                )
            load_before, cpu_before = os.getloadavg()[0], _cpu_seconds(server.pid)
            client_before = _cpu_seconds(os.getpid())
            times, errors, wall = burst(
                base, args.docs, args.requests, args.concurrency, args.timeout, args.deadline
            )
            load_after, cpu_after = os.getloadavg()[0], _cpu_seconds(server.pid)
            client_after = _cpu_seconds(os.getpid())
        finally:
            ingested: dict[str, Any] = {}
            # An ingest that died during the burst (its traceback is above) wrote nothing
            # for part of it: the run does not count as one "while an ingest writes".
            ingest_died = ingest is not None and ingest.poll() is not None
            if ingest is not None:
                ingest.send_signal(signal.SIGTERM)
                out_text, _ = ingest.communicate(timeout=120)
                lines = out_text.strip().splitlines()
                ingested = json.loads(lines[-1]) if lines else {"ingested": None}
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                # uvicorn waits for requests in flight; a cross-check can take longer
                server.kill()
                server.wait(timeout=30)

    updating = len(errors.pop("_updating"))
    total = sum(len(v) + len(errors[k]) for k, v in times.items() if k != BASELINE)
    n_errors = sum(len(v) for v in errors.values())  # the baseline's too
    print(
        f"{args.docs:,} documents, {built.get('claims', '?')} claims; {args.concurrency} "
        f"concurrent; {total} requests in {wall:.1f} s = {total / wall:.1f} requests/s; "
        f"ingest wrote {ingested.get('ingested', 0)} documents meanwhile"
        + (" (THE INGEST DIED DURING THE BURST)" if ingest_died else "")
        + f"; load average {load_before:.1f} before, {load_after:.1f} after"
    )
    # The server's CPU per request over the burst (its background recomputes included):
    # unlike the latencies, it hardly moves with what else the machine is running.
    server_cpu = (cpu_after - cpu_before) if cpu_before is not None and cpu_after else None
    every = total + len(times[BASELINE]) + len(errors[BASELINE])
    cpu_ms = round(server_cpu * 1000 / every, 2) if server_cpu is not None and every else None
    client_cpu = (client_after - client_before) if client_before is not None else None
    client_ms = round(client_cpu * 1000 / every, 2) if client_cpu is not None and every else None
    print(
        f"server CPU: {server_cpu or 0:.1f} s over the burst, {cpu_ms} ms a request; "
        f"the client's: {client_ms} ms a request"
    )
    n_overview = len(times["overview"])
    print(f"{updating} of {n_overview} overview answers were served during a recompute")
    print(
        f"{'page':<12}{'ok':>6}{'errors':>8}{'req/s':>8}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}"
    )
    summary: dict[str, Any] = {}
    base_p95 = _pct(times[BASELINE], 95)
    for page in (*PAGES, BASELINE):
        ok = times[page]
        p50, p95 = _pct(ok, 50), _pct(ok, 95)
        worst = max(ok) if ok else None
        rate = (len(ok) + len(errors[page])) / wall
        cells = [f"{v:10.1f}" if v is not None else f"{'-':>10}" for v in (p50, p95, worst)]
        print(f"{page:<12}{len(ok):>6}{len(errors[page]):>8}{rate:>8.1f}" + "".join(cells))
        summary[f"{page}_p50_ms"] = round(p50, 1) if p50 is not None else None
        if page == BASELINE:
            summary["static_baseline_p95"] = round(p95, 1) if p95 is not None else None
            continue
        summary[f"{page}_p95_ms"] = round(p95, 1) if p95 is not None else None
        if p95 is not None and base_p95:
            summary[f"{page}_p95_vs_static"] = round(p95 / base_p95, 2)
    for page in (*PAGES, BASELINE):
        for e in sorted(set(errors[page]))[:3]:
            print(f"error {page}: {e}")
    p95s = [v for k, v in summary.items() if k.endswith("p95_ms")]
    summary |= {
        "docs": args.docs,
        "claims": built.get("claims"),
        "concurrency": args.concurrency,
        "requests": total,
        "requests_per_s": round(total / wall, 1),
        "ingested_docs": ingested.get("ingested"),
        "ingest_docs_per_s": round(ingested.get("docs_per_s") or 0.0, 1),
        "server_cpu_ms_per_request": cpu_ms,
        "client_cpu_ms_per_request": client_ms,
        "overview_during_recompute": updating,
        "ingest_died": ingest_died,
        "load_1m_before": round(load_before, 2),
        "load_1m_after": round(load_after, 2),
        "errors": n_errors,
        "goal_ms": GOAL_MS,
        "meets_goal": n_errors == 0
        and not ingest_died
        and all(v is not None and v < GOAL_MS for v in p95s),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
