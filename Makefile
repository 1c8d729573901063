# Needs only python3 on a fresh machine: the venv and dependencies are created on demand.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RAW_DIR ?= raw
WAREHOUSE_PATH ?= warehouse/pharma_policy.duckdb
SCORE_WAREHOUSE := /tmp/pharma_policy_score.duckdb
N ?= 1000
REPEAT ?= 3

.PHONY: run build test score bench install clean

run: install build

$(PY):
	$(PYTHON) -m venv $(VENV)

install: $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'

build:
	RAW_DIR=$(RAW_DIR) WAREHOUSE_PATH=$(WAREHOUSE_PATH) $(PY) -m pipelines build

test: install
	$(PY) -m pytest

# Fresh warehouse from the shared corpus, then the scorer against the gold annotations.
score: install
	rm -f $(SCORE_WAREHOUSE) $(SCORE_WAREHOUSE).wal
	RAW_DIR=../shared/corpus WAREHOUSE_PATH=$(SCORE_WAREHOUSE) PUBLISHED_PATH=/tmp/published/pharma_policy_score.duckdb \
		$(PY) -m pipelines build
	$(PY) ../shared/eval/score.py $(SCORE_WAREHOUSE) ../shared/gold

# N generated pages through the whole pipeline vs trafilatura alone, medians of REPEAT
# alternated runs: make bench N=10000 REPEAT=1
bench: install
	$(PY) scripts/bench.py -n $(N) --repeat $(REPEAT)

clean:
	rm -rf warehouse/*.duckdb warehouse/*.duckdb.wal warehouse/published warehouse/staging warehouse/exports warehouse/reports
