# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint check screenshots package bench system-deps clean

$(STAMP): pyproject.toml
	./packaging/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/permit-tracker

demo: $(STAMP)
	$(BIN)/permit-tracker --demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	./packaging/system-deps.sh --test
	$(BIN)/python -m pytest

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m permit_tracker.ui.screenshots resources/screenshots

package: $(STAMP)
	./packaging/system-deps.sh --package
	$(BIN)/pip install --quiet -e '.[package]'  # editable: keeps the venv on the source tree
	$(BIN)/pyinstaller --noconfirm --distpath packaging/dist --workpath packaging/build packaging/permit-tracker.spec

bench: $(STAMP)
	status=0; for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || status=1; done; exit $$status

system-deps:
	./packaging/system-deps.sh --test

clean:
	rm -rf $(VENV) build dist packaging/build packaging/dist *.egg-info
