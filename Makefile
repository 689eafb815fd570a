# Everything a person does with this project. `make dev` and `make test` set themselves up.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SAM_VENV := .venv-sam
UV_VERSION := 0.13.9
PORT ?= 8000
# SAM CLI: no telemetry prompt or banner in builds and tests.
export SAM_CLI_TELEMETRY := 0

.PHONY: dev test setup test-fast test-time lint fmt bench build deploy venv sam-venv clean system-deps openapi

venv: $(VENV)/.installed
sam-venv: $(SAM_VENV)/.installed

$(VENV)/.installed: requirements/dev.txt layers/shared/requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check "uv==$(UV_VERSION)"
	$(BIN)/uv pip sync -q --python $(BIN)/python requirements/dev.txt
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	@touch $@

$(SAM_VENV)/.installed: requirements/sam.txt
	@test -x $(SAM_VENV)/bin/python || $(PYTHON) -m venv $(SAM_VENV)
	@$(SAM_VENV)/bin/python -m pip install -q --disable-pip-version-check "uv==$(UV_VERSION)"
	$(SAM_VENV)/bin/uv pip sync -q --python $(SAM_VENV)/bin/python requirements/sam.txt
	@touch $@

## Tools the tests need from Debian (poppler's pdftoppm renders generated PDFs; chromium loads /docs).
system-deps:
	@command -v pdftoppm >/dev/null || { (apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null) || echo "warning: could not install poppler-utils"; }
	@command -v chromium >/dev/null || { (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "warning: could not install chromium (the /docs browser test will skip)"; }

## Serve the whole API on http://localhost:$(PORT) with AWS emulated in-process (VERBOSE=1: every log line).
dev: venv
	RESUME_API_ALLOW_PRIVATE_BASE_URLS=true $(BIN)/python -m local_runner --port $(PORT) $(if $(VERBOSE),--verbose)

## Rewrite the OpenAPI document the docs function serves (/docs, /redoc) after changing a route or model.
openapi: venv
	$(BIN)/python -m local_runner.openapi

PYTEST := $(BIN)/python -m pytest -q -p no:cacheprovider
# pytest-xdist: one worker per core (at most 4), a worker that runs dry taking the other's queued tests
# (worksteal: no long file left to one worker at the end, the runner tier first: tests/conftest.py; the workers share built documents and parses,
# tests/shared_cache.py). Every test runs in this one parallel run: time bounds are held as CPU time, and
# waits on the wall clock are patience against a hang. `PARALLEL=` runs all serially.
PARALLEL ?= -n auto --maxprocesses 4 --dist worksteal

# Every process of a test run writes the bytecode it compiles and reads what another wrote: where the
# environment sets PYTHONDONTWRITEBYTECODE (this machine's does), each xdist worker, `sam` command and
# test subprocess compiled every module it imported, and pytest rewrote every test module in each
# worker (test-fast: 77 -> 66 s of CPU on a fresh clone, 60 s on the next run). The benchmarks that
# measure imports from source set it again for their own children.
test test-fast: export PYTHONDONTWRITEBYTECODE :=

## The whole test suite (sam validate/build included), with lint, type-check and the import contract
## running beside it (their output follows the tests'; either failing fails the run).
test: setup
	@lint_log=$$(mktemp); \
	nice -n 5 $(MAKE) --no-print-directory lint >$$lint_log 2>&1 & lint_pid=$$!; \
	echo "make lint: beside the tests, its output after theirs"; \
	SAM_CLI=$(CURDIR)/$(SAM_VENV)/bin/sam $(PYTEST) $(PARALLEL) $(PYTEST_ARGS); tests=$$?; \
	wait $$lint_pid; linted=$$?; \
	echo "--- make lint (ran beside the tests) ---"; cat $$lint_log; rm -f $$lint_log; \
	if [ $$linted -ne 0 ]; then echo "make lint FAILED"; fi; \
	if [ $$tests -ne 0 ]; then echo "pytest FAILED"; fi; \
	exit $$(( tests != 0 || linted != 0 ))

# Both venvs at once (each mostly waits on the disk and the index), then the Debian tools.
setup:
	@$(MAKE) --no-print-directory -j2 venv sam-venv
	@$(MAKE) --no-print-directory system-deps

## The fast tier: every use case against in-memory ports, plus the units that need no AWS at all, and a
## small fixed sample of each corpus and layout sweep (tests/conftest.py, SWEEPS). No runner, no moto,
## no sam: what to run on every change.
test-fast: venv
	$(PYTEST) $(PARALLEL) -m "$(FAST)" $(PYTEST_ARGS)
FAST := not runner and not slow and not aws

## Where a tier's time goes: the fast tier (TIER= : the whole suite) under `nice`, then its CPU and wall
## time summed per test file and per test family, the costliest first (tests/suite_time.py).
TIER ?= $(FAST)
test-time: export PYTHONDONTWRITEBYTECODE :=
test-time: venv
	@times=$$(mktemp -d); \
	SUITE_TIME_DIR=$$times SAM_CLI=$(CURDIR)/$(SAM_VENV)/bin/sam nice -n 10 $(PYTEST) -p tests.suite_time $(PARALLEL) \
		$(if $(TIER),-m "$(TIER)") $(PYTEST_ARGS); \
	$(BIN)/python -m tests.suite_time $$times; echo "records: $$times"

lint: venv
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy layers/shared/resume_api infra/local_runner functions benchmarks tests
	$(BIN)/lint-imports --no-cache

fmt: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: venv sam-venv
	SAM_CLI=$(CURDIR)/$(SAM_VENV)/bin/sam $(BIN)/python -m benchmarks

build: sam-venv
	$(SAM_VENV)/bin/sam build

deploy: build
	$(SAM_VENV)/bin/sam deploy --guided

clean:
	rm -rf .aws-sam build *.egg-info .pytest_cache .mypy_cache .ruff_cache
