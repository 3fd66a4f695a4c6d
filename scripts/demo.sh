#!/usr/bin/env bash
# Ingest the bundled sample articles, print the claims, write an export and the report.
set -euo pipefail
cd "$(dirname "$0")/.."
ct=.venv/bin/claimtrack
mkdir -p out
rm -f out/demo.db out/demo.db-wal out/demo.db-shm
# The store remembers the pack given here; later commands on out/demo.db use it.
$ct ingest examples/dprk-russia --db out/demo.db --pack dprk-russia
$ct claims --db out/demo.db
$ct export --db out/demo.db --format jsonl --out out/demo-claims.jsonl
$ct export --db out/demo.db --format csv --out out/demo-claims.csv
$ct measures --db out/demo.db
$ct conflicts --db out/demo.db
$ct report --db out/demo.db --out out/report.html
cat <<DONE

Done.
  store:   $(pwd)/out/demo.db
  report:  $(pwd)/out/report.html   (open it in a browser)
  exports: out/demo-claims.jsonl, out/demo-claims.csv
Try the command line from the virtual environment:
  source .venv/bin/activate          # or run .venv/bin/claimtrack directly
  claimtrack --help
  claimtrack measures --db out/demo.db
  claimtrack search troops --db out/demo.db
DONE
