PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup sandbox demo test lint typecheck check bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -e '.[dev,openai,anthropic]'
	@touch $(STAMP)

# Trials run under bubblewrap; install it where we can (root with apt), else fall back to
# user namespaces (unshare). selfpatch refuses to run trials when neither works.
sandbox:
	@command -v bwrap >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& (apt-get install -y -qq bubblewrap >/dev/null 2>&1 \
		    || (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq bubblewrap >/dev/null 2>&1)); } \
		|| echo "note: bubblewrap not installed; trials fall back to user namespaces (unshare)"

setup: $(STAMP) sandbox

demo: setup
	$(BIN)/python examples/demo.py

test: setup
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check src tests

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

bench: setup
	$(BIN)/python bench/trials.py
	$(BIN)/python bench/repair/run.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
