# Stafet's two-command start: `make demo` (set up, start on the demo vault), `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_VAULT ?= demo-vault

BUNDLE_STAMP := $(VENV)/.bundle-installed

.PHONY: setup demo test bench mutate translations system-deps clean bundle bundle-smoke

setup: $(STAMP) translations

system-deps:
	bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(MAKE) system-deps
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,server]'
	touch $(STAMP)

translations: $(STAMP)
	$(PY) scripts/build_translations.py

demo: setup
	$(PY) scripts/demo.py --vault $(DEMO_VAULT)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

# Mutation testing of app/domain (tens of minutes on two cores; not part of CI).
mutate: setup
	$(PY) -m pip install --quiet -e '.[test,mutate]'
	QT_QPA_PLATFORM=offscreen $(PY) scripts/mutate.py --json mutation-figures.json

# A one-folder desktop bundle in dist/Stafet/ (stafet + stafet-gui); see packaging/README.md.
$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

bundle: setup $(BUNDLE_STAMP)
	$(PY) scripts/build_translations.py
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/stafet.spec

# Moves a copy of the bundle elsewhere and runs it with an empty environment (CI runs this).
bundle-smoke: bundle
	$(PY) scripts/bundle_smoke.py dist/Stafet

clean:
	rm -rf $(VENV) build dist *.egg-info
