"""Ingest speed per language group, next to spaCy's full English pipeline in the same run.

Run ``.venv/bin/python bench/languages.py`` (``--quick`` for a smoke run); see
bench/README.md.

Issue 9 asks that ``bench/ingest.py`` keep its ratio to spaCy's full English pipeline and
that the figures be reported per language group, because the groups are read by different
code: English with spaCy's parser on the sentences holding a figure; the languages written
with spaces (fr, de, es, it, pt, pl, ru, uk) by the parser-free reader (``extract/plain.py``)
and number-word libraries; Japanese and Chinese by the no-space tokenizer
(``extract/unspaced.py``); Korean with its topic-marked sources; Arabic with its own digits
and folded vowel marks.

Each group's corpus is its own fixture articles (``tests/fixtures/languages/<code>/``, the
English ones from ``tests/fixtures/dev`` and ``holdout``), each copy made distinct by a
marker line, ``--docs`` documents per group. Each group is ingested in a child process into
a fresh SQLite store through the public batch API (``bench/ingest.py``'s phase, one
process), and spaCy's full pipeline runs over the English group's cleaned texts. Texts
differ in length between languages, so speed is compared in characters per second: the
last column is each group's characters/s over spaCy's on English, measured in the same
run (a group's characters are its files', spaCy's the cleaned English texts'). Last line:
one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from ingest import write_cleaned_texts  # bench/ingest.py, beside this script
from phases import run_phase  # bench/phases.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
INGEST = Path(__file__).resolve().parent / "ingest.py"

GROUPS: dict[str, list[str]] = {
    "English (parsed)": ["dev", "holdout"],
    "spaced, no parser (fr de es it pt pl ru uk)": ["fr", "de", "es", "it", "pt", "pl", "ru", "uk"],
    "no spaces (ja zh)": ["ja", "zh"],
    "Korean": ["ko"],
    "Arabic": ["ar"],
}
DEFAULT_DOCS = 200
QUICK_DOCS = 30


def _folder(code: str) -> Path:
    return FIXTURES / code if code in ("dev", "holdout") else FIXTURES / "languages" / code


def base_texts(codes: list[str]) -> list[tuple[str, str]]:
    """The group's articles, (name, text), in a stable order."""
    texts = []
    for code in codes:
        for path in sorted(_folder(code).glob("*.txt")):
            texts.append((f"{code}_{path.stem}", path.read_text(encoding="utf-8")))
    if not texts:
        raise SystemExit(f"no articles found for {codes}")
    return texts


def build(directory: Path, codes: list[str], docs: int) -> int:
    """``docs`` distinct documents of the group under ``directory``; their characters."""
    bases = base_texts(codes)
    directory.mkdir(parents=True)
    chars = 0
    for n in range(docs):
        name, text = bases[n % len(bases)]
        content = f"{text.rstrip()}\n\n[{n:06d}]\n"  # a marker of no language, no figure
        (directory / f"{n:05d}_{name}.txt").write_text(content, encoding="utf-8")
        chars += len(content)
    return chars


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS, help="documents per group")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_DOCS} documents a group")
    args = parser.parse_args(argv)
    docs = QUICK_DOCS if args.quick else args.docs
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="claimtrack-bench-lang-") as tmp:
        work = Path(tmp)
        english_corpus: Path | None = None
        for i, (group, codes) in enumerate(GROUPS.items()):
            corpus = work / f"group{i}"
            chars = build(corpus, codes, docs)
            if english_corpus is None:
                english_corpus = corpus
            got = run_phase(
                str(INGEST),
                ["--phase", "claimtrack", "--corpus", str(corpus), "--db", str(work / f"g{i}.db")],
            )
            rows.append(
                {
                    "group": group,
                    "languages": codes,
                    "docs": got["docs"],
                    "failed": got["failed"],
                    "claims": got["claims"],
                    "seconds": round(got["seconds"], 3),
                    "cpu_seconds": round(got["cpu_seconds"], 3),
                    "chars_per_s": round(chars / got["seconds"]),
                    "peak_rss_mb": round(got["peak_rss_mb"], 1),
                }
            )
        assert english_corpus is not None
        texts = work / "english.jsonl"
        write_cleaned_texts(english_corpus, texts)
        with texts.open(encoding="utf-8") as fh:
            english_chars = sum(len(json.loads(line)) for line in fh)
        sp = run_phase(str(INGEST), ["--phase", "spacy", "--texts", str(texts)])
    spacy_chars_per_s = english_chars / sp["seconds"]
    for row in rows:
        row["ratio_to_spacy_english"] = round(row["chars_per_s"] / spacy_chars_per_s, 2)
    print_table(rows, spacy_chars_per_s, docs)
    summary = {
        "docs_per_group": docs,
        "spacy_english_chars_per_s": round(spacy_chars_per_s),
        "groups": rows,
    }
    print(json.dumps(summary, ensure_ascii=False), flush=True)
    return 0


def print_table(rows: list[dict[str, Any]], spacy_chars_per_s: float, docs: int) -> None:
    head = f"{'group':46} {'docs':>5} {'claims':>7} {'s':>7} {'chars/s':>9} {'x spaCy en':>10}"
    print(f"ingest per language group, {docs} documents each, one process")
    print(head)
    for r in rows:
        print(
            f"{r['group']:46} {r['docs']:>5} {r['claims']:>7} {r['seconds']:>7.1f} "
            f"{r['chars_per_s']:>9,} {r['ratio_to_spacy_english']:>10.2f}"
        )
    print(f"spaCy's full English pipeline on the English group: {spacy_chars_per_s:,.0f} chars/s")


if __name__ == "__main__":
    sys.exit(main())
