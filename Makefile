# Stafet's two-command start: `make demo` (set up, start on the demo vault), `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_VAULT ?= demo-vault

.PHONY: setup demo test bench mutate translations system-deps clean

setup: $(STAMP) translations

system-deps:
	bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(MAKE) system-deps
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
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

clean:
	rm -rf $(VENV) build *.egg-info
