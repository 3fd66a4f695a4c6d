#!/usr/bin/env bash
# The whole test suite: lint, types, a local PostgreSQL server, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
.venv/bin/ruff check src tests bench
.venv/bin/ruff format --check src tests bench
.venv/bin/mypy
start_postgres
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
