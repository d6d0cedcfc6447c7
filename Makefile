# storyweave: `make demo` and `make test` work on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test lint bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/storyweave brief examples/venezuela-2019/ -o brief.html -o brief.md -o brief.json

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

eval: $(STAMP)
	$(BIN)/storyweave eval cleaning
	$(BIN)/storyweave eval summaries ../shared/data/duc2002 --words 100
	$(BIN)/storyweave eval summaries ../shared/data/multinews-val --words 230
	$(BIN)/storyweave eval openers ../shared/data/duc2002
	$(BIN)/storyweave eval openers ../shared/data/multinews-val --limit 60
	$(BIN)/storyweave eval compare
	$(BIN)/storyweave eval citations
	$(BIN)/storyweave eval quotes
	$(BIN)/storyweave eval voice
	$(BIN)/storyweave eval timex
	$(BIN)/storyweave eval pubdates
	$(BIN)/storyweave eval duplicates
	$(BIN)/storyweave eval stories ../shared/data/ecbplus-dev

clean:
	rm -rf $(VENV) build *.egg-info brief.html brief.md brief.json
