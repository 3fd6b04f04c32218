# The two commands a new user runs: `make demo` and `make test`. Each sets up what it needs.
VENV ?= .venv
PY := $(VENV)/bin/python
STORE ?= .orgraph

.PHONY: demo test lint typecheck browser bench clean

$(VENV)/.base: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test: $(VENV)/.base
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

## demo: set up, load the examples into the embedded store, answer "who now reports to whom after Pang left", draw the org
demo: $(VENV)/.base
	$(VENV)/bin/orgraph demo examples --store $(STORE)

## test: set up with test extras, then lint, type-check and run the whole suite
test: $(VENV)/.test browser
	$(PY) -m ruff check src graph queries loaders tests benchmarks
	$(PY) -m mypy
	$(PY) -m pytest

## browser: install Debian's chromium + chromedriver for the drawing tests when missing (skips without root/apt)
browser:
	@bash tests/install-browser.sh

## bench: the scale and extraction benchmarks (on demand; prints numbers)
bench: $(VENV)/.test
	$(PY) benchmarks/extraction.py --split all
	$(PY) benchmarks/run.py --sizes 10000

clean:
	rm -rf $(VENV) $(STORE) build *.egg-info
