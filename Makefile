# Two entry points for a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV ?= .venv

.PHONY: demo test venv lint bench clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

demo: venv
	bash scripts/demo.sh

test: venv
	bash scripts/test.sh

lint: venv
	$(VENV)/bin/ruff check
	$(VENV)/bin/ruff format --check
	$(VENV)/bin/mypy

bench: venv
	$(VENV)/bin/python bench/ingest.py
	$(VENV)/bin/python bench/crosscheck.py

clean:
	rm -rf $(VENV) out
