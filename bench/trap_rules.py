"""Count how often each trap rule settles a number, over the fixture articles.

Run ``.venv/bin/python bench/trap_rules.py [FOLDER ...]`` (default: the development set,
the demo samples and the multilingual set; files ending .txt or .md, as text; an HTML
page's markup would only count its own numbers). Every number the figure finder reads is put to ``TrapFilter.rule_for`` in the
language its folder is written in; the script prints, per rule, how many numbers it left
out (or kept, for rules that settle a number is a claim), the share of all numbers, and
one example of where it fired, then the numbers no rule settled. A rule that never fires
on any corpus is a candidate to drop; one that fires very often is worth a closer look.
The last line is a JSON summary.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimtrack.extract.figures import FigureFinder  # noqa: E402
from claimtrack.extract.lexicon import load_lexicon  # noqa: E402
from claimtrack.extract.sentences import is_title_case, iter_sentences  # noqa: E402
from claimtrack.extract.tokens import tokenize  # noqa: E402
from claimtrack.extract.traps import TRAP_RULES, TrapFilter  # noqa: E402

DEFAULT = [
    ROOT / "tests" / "fixtures" / "dev",
    ROOT / "examples" / "dprk-russia",
    ROOT / "tests" / "fixtures" / "multilingual",
]
_LANG_PREFIX = {"es", "fr", "de", "ru", "uk", "ko"}


def language_of(path: Path) -> str:
    """The multilingual fixtures start their name with the language ("ru02_...")."""
    head = path.name[:2].lower()
    return head if head in _LANG_PREFIX and not path.name[2:3].isalpha() else "en"


def count(files: list[Path]) -> tuple[Counter[str], dict[str, str], int]:
    fired: Counter[str] = Counter()
    example: dict[str, str] = {}
    total = 0
    for path in files:
        lex = load_lexicon(language_of(path))
        finder, traps = FigureFinder(lex), TrapFilter(lex)
        text = path.read_text(encoding="utf-8", errors="replace")
        for s in iter_sentences(text, bool(lex.data.get("ordinal_dot")), lex.set_of["months"]):
            toks = tokenize(s.text, lex.spaced_groups, lex.digit_prefixes)
            title = is_title_case(s.text)
            for fig in finder.find(s.text, toks):
                total += 1
                name, _ = traps.rule_for(fig, toks, s.text, title)
                key = name or "(no rule: may be a claim)"
                fired[key] += 1
                example.setdefault(key, f"{path.name}: {s.text[fig.start : fig.end]!r}")
    return fired, example, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folders", nargs="*", type=Path, help="folders of articles")
    args = parser.parse_args(argv)
    folders = args.folders or DEFAULT
    files = sorted(p for f in folders for p in f.rglob("*") if p.suffix in (".txt", ".md"))
    started = time.perf_counter()
    fired, example, total = count(files)
    seconds = time.perf_counter() - started
    width = max(len(r.name) for r in TRAP_RULES) + 2
    print(f"{len(files)} files, {total:,} numbers, {seconds:.1f} s")
    print(f"{'rule':<{width}} {'fired':>7} {'share':>7}  example")
    for r in TRAP_RULES:
        n = fired.get(r.name, 0)
        share = n / total if total else 0.0
        print(f"{r.name:<{width}} {n:>7,} {share:>7.1%}  {example.get(r.name, '')[:70]}")
    rest = "(no rule: may be a claim)"
    print(f"{rest:<{width}} {fired.get(rest, 0):>7,}")
    never = [r.name for r in TRAP_RULES if not fired.get(r.name)]
    print(f"rules that never fired here: {', '.join(never) or 'none'}")
    summary = {"files": len(files), "numbers": total, "seconds": round(seconds, 2)}
    print(json.dumps({**summary, "fired": {r.name: fired.get(r.name, 0) for r in TRAP_RULES}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
