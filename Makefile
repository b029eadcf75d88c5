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

demo: $(STAMP) translations
	$(BIN)/permit-tracker --demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint translations
	./packaging/system-deps.sh --test
	$(BIN)/python -m pytest

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m permit_tracker.ui.shell.screenshots resources/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m permit_tracker.ui.shell.screenshots --lang en --lang fr --lang nl --lang de resources/screenshots/i18n

package: $(STAMP) translations
	./packaging/system-deps.sh --package
	$(BIN)/pip install --quiet -e '.[package]'  # editable: keeps the venv on the source tree
	$(BIN)/pyinstaller --noconfirm --distpath packaging/dist --workpath packaging/build packaging/permit-tracker.spec

# Translations (docs/translating.md). `make i18n` brings the catalogues in step with the code;
# `make translations` compiles them next to their sources (gitignored). Qt's half: the window's
# own strings, permit_tracker/ui/i18n/permit_tracker_<lang>.ts, extracted from permit_tracker/ui.
# -no-obsolete: a .ts holds exactly the messages the code has (a reworded string comes back as
# a new, unfinished message with lupdate's guess from the old one); old wordings are in git.
# English is the source language; its own catalogue holds only the plural forms ("1 day",
# "2 days" from "%n days"), filled by whoever adds a plural message.
QT_LANGS := fr nl de
QT_TS := $(foreach lang,$(QT_LANGS),permit_tracker/ui/i18n/permit_tracker_$(lang).ts)
QT_TS_EN := permit_tracker/ui/i18n/permit_tracker_en.ts
LUPDATE := $(BIN)/pyside6-lupdate -silent -extensions py -locations relative -no-obsolete
# The gettext half (docs/translating.md): everything outside ui/ (deadline texts, vocabulary, CLI,
# notifications, calendar files), permit_tracker/i18n/locale: the .pot template extracted with
# Babel (permit_tracker/i18n/catalogue.py names the markers), one .po per language updated
# from it; the .mo files compiled from them.
LOCALE_DIR := permit_tracker/i18n/locale
PO_LANGS := fr nl de

i18n: $(STAMP)
	$(LUPDATE) permit_tracker/ui -ts $(QT_TS)
	$(LUPDATE) -pluralonly permit_tracker/ui -ts $(QT_TS_EN)
	$(BIN)/python -m permit_tracker.i18n.catalogue $(LOCALE_DIR)/permit_tracker.pot
	for lang in $(PO_LANGS); do $(BIN)/pybabel -q update -w 100 --previous --ignore-pot-creation-date -i $(LOCALE_DIR)/permit_tracker.pot -d $(LOCALE_DIR) -D permit_tracker -l $$lang || exit 1; done

translations: $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(QT_TS) $(QT_TS_EN)
	$(BIN)/pybabel -q compile -d $(LOCALE_DIR) -D permit_tracker

bench: $(STAMP)
	status=0; for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || status=1; done; exit $$status

system-deps:
	./packaging/system-deps.sh --test

clean:
	rm -rf $(VENV) build dist packaging/build packaging/dist *.egg-info
