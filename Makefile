# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint check screenshots package bench system-deps clean i18n translations

# The first run takes a minute or so: each step says what it is doing (nothing is silent).
$(STAMP): pyproject.toml
	@echo "First run: setting up Permit Tracker in $(VENV)/ (a minute or so; later runs start at once)."
	@echo "[1/4] Checking the system libraries Qt needs…"
	./packaging/system-deps.sh
	@echo "[2/4] Creating the virtual environment $(VENV)/…"
	$(PYTHON) -m venv $(VENV)
	@echo "[3/4] Updating pip…"
	$(BIN)/pip install --quiet --upgrade pip
	@echo "[4/4] Installing Permit Tracker and its libraries (PySide6 is about 100 MB to download)…"
	$(BIN)/pip install -e '.[test]'
	@touch $(STAMP)
	@echo "Set up. Starting…"

run: $(STAMP) translations
	$(BIN)/permit-tracker

demo: $(STAMP)
	$(BIN)/permit-tracker --demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint translations
	./packaging/system-deps.sh --test
	$(BIN)/python -m pytest

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m permit_tracker.ui.shell.screenshots resources/screenshots

package: $(STAMP) translations
	./packaging/system-deps.sh --package
	$(BIN)/pip install --quiet -e '.[package]'  # editable: keeps the venv on the source tree
	$(BIN)/pyinstaller --noconfirm --distpath packaging/dist --workpath packaging/build packaging/permit-tracker.spec

bench: $(STAMP)
	status=0; for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || status=1; done; exit $$status

# Translations (I18N.md). `make i18n` updates the catalogues from the code; translators then
# edit the .po files; `make translations` compiles them (.mo, not committed).
LOCALE_DIR := permit_tracker/i18n/locale
PO_LANGS := fr nl de

i18n: $(STAMP)
	$(BIN)/python -m permit_tracker.i18n.catalogue $(LOCALE_DIR)/permit_tracker.pot
	for lang in $(PO_LANGS); do $(BIN)/pybabel -q update -w 100 --previous --ignore-pot-creation-date -i $(LOCALE_DIR)/permit_tracker.pot -d $(LOCALE_DIR) -D permit_tracker -l $$lang || exit 1; done

translations: $(STAMP)
	$(BIN)/pybabel compile -d $(LOCALE_DIR) -D permit_tracker --statistics

system-deps:
	./packaging/system-deps.sh --test

clean:
	rm -rf $(VENV) build dist packaging/build packaging/dist *.egg-info
