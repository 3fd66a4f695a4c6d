#!/usr/bin/env bash
# The whole test suite: lint, types, a local PostgreSQL server and Chromium, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
.venv/bin/ruff check
.venv/bin/ruff format --check
.venv/bin/mypy
.venv/bin/cog --check README.md  # README usage = the commands' --help; `make readme` regenerates
start_postgres
install_browser
# Tests are independent (own tmp_path, own PostgreSQL database), so both cores run them.
.venv/bin/python -m pytest -q -p no:cacheprovider -n "${CLAIMTRACK_TEST_WORKERS:-2}" "$@"
