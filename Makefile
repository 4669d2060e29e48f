# factcheck — the task list. Every target works as the first command on a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
WORKERS ?= 2
export FACTCHECK_DATABASE ?= instance/factcheck.db
STAMP := $(VENV)/.installed
DEBIAN_PACKAGES :=
BENCH_DEBIAN_PACKAGES := wrk

.PHONY: install native bench-tools run test lint schemas bench bench-quick eval-ans score clean

# install: create .venv and install the project with its dev extras (re-runs when pyproject.toml changes);
# Debian packages in DEBIAN_PACKAGES are installed only when missing.
install: $(STAMP)
$(STAMP): pyproject.toml
	@for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq $$p; }; done
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,native]'
	touch $(STAMP)

# native: compile the pipeline packages with mypyc into build/native (factcheck/native.py); nothing to
# do when up to date; without a C compiler the service runs the same pipeline from the sources
native: install
	$(BIN)/python tools/build_native.py

# bench-tools: the HTTP load generator (wrk, Debian) when missing; without it the benchmarks fall back
# to their Python client (and say so in the table)
bench-tools:
	@for p in $(BENCH_DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || { apt-get update -qq && \
		apt-get install -y -qq $$p; } || echo "note: could not install $$p; using the Python load client"; done

# run: install → create/migrate the database → ingest seeds/ → gunicorn on 127.0.0.1:$(PORT) (foreground)
run: native
	$(BIN)/flask --app wsgi init-db
	$(BIN)/flask --app wsgi ingest seeds
	FACTCHECK_ACCESS_LOG=$${FACTCHECK_ACCESS_LOG:--} exec $(BIN)/gunicorn --workers $(WORKERS) \
		--bind 127.0.0.1:$(PORT) --no-control-socket wsgi:app

# test: the whole suite (unit, API contract, CLI, gunicorn end-to-end, gold scorer) on 2 processes
test: native
	$(BIN)/python -m pytest -n 2 -p no:cacheprovider

# lint: ruff over the package, tests, benchmarks and tools
lint: install
	$(BIN)/ruff check factcheck tests bench tools wsgi.py

# schemas: regenerate the committed OpenAPI document from the marshmallow schemas
schemas: install
	$(BIN)/python tools/write_openapi.py schemas/openapi.json

# bench: every benchmark, medians next to their baselines; table printed and written to bench/results/
bench: native bench-tools
	$(BIN)/python -m bench.run --full

# bench-quick: the same suite at small sizes (seconds), for development
bench-quick: native bench-tools
	$(BIN)/python -m bench.run --quick

# eval-ans: macro-F1 of relate() on the ANS stance dev split (../shared/data/ans)
eval-ans: install
	$(BIN)/python tools/eval_ans.py

# score: start a server on a temporary database and run the gold scorer of ../shared/gold against it
score: install
	$(BIN)/python tools/score_server.py

# clean: remove the virtual environment, the local database and the native build
clean:
	rm -rf $(VENV) instance build
