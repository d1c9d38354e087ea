# cooptrade: `make run` serves the demo marketplace, `make test` runs every test.
SHELL := /bin/bash
CARGO ?= cargo
# `make run` builds with the `demo` profile (Cargo.toml): it compiles faster than `release`.
BIN := target/demo/cooptrade
PG_ADMIN_URL ?= postgres://postgres@127.0.0.1:5432/test
VENV := .venv

.PHONY: run build test test-unit test-deps postgres bench fmt lint clean

## Build, migrate, seed the demo marketplace and serve it at http://127.0.0.1:3000
# The demo pays SEPA files from a demo account (a valid test IBAN) unless one is configured.
run: export PAYOUT_DEBTOR_IBAN ?= DE89370400440532013000
run: export PAYOUT_DEBTOR_NAME ?= cooptrade demo common pool
run: build
	$(BIN) migrate
	$(BIN) seed-demo
	@echo "Serving at $${BASE_URL:-http://$${BIND:-127.0.0.1:3000}} (Ctrl-C stops)"
	$(BIN) serve

build:
	$(CARGO) build --profile demo --locked --bin cooptrade

## Every test, on SQLite and PostgreSQL: the unit tests and one integration binary (tests/app).
## Outside CI, a last line counts the tests that skipped for a missing service
## (tests/app/common/skips.rs records them in target/test-skips.log).
test: postgres test-deps
	@mkdir -p target && rm -f target/test-skips.log
	@set -o pipefail; $(CARGO) test --workspace --locked 2>&1 | tee target/test-output.log
	@awk '/^test result:/ {p+=$$4; f+=$$6} END {printf "tests: %d passed, %d failed\n", p, f}' target/test-output.log
	@[ -n "$$CI" ] || { touch target/test-skips.log; sort -u target/test-skips.log | awk -F'\t' \
		'{t[$$2]; s[$$1]++} END {n = 0; for (k in t) n++; l = ""; for (k in s) l = l (l == "" ? "" : ", ") k " " s[k]; \
		printf "skipped for a missing service: %d tests%s\n", n, (n ? " (" l "; make test-deps installs them)" : "")}'; }

## aiosmtpd (the SMTP server the mail tests send to, tests/app/support) and localstripe (the packaged
## fake Stripe, tests/app/localstripe.rs), sepaxml and lxml (the pain.001 schema check) and schemathesis
## (holds the API to its OpenAPI document) and moto's S3 server (tests/app/photos) in a project-local
## virtualenv; Chromium and ChromeDriver
## (Debian) for the browser tests, and axe-core (npm) for their accessibility checks.
## Without them those tests skip with a note, or fail when CI is set.
test-deps:
	@if ! { $(VENV)/bin/python -c 'import aiosmtpd, sepaxml, lxml' && [ -x $(VENV)/bin/localstripe ] && [ -x $(VENV)/bin/schemathesis ] && [ -x $(VENV)/bin/moto_server ]; } 2>/dev/null; then \
		echo "installing aiosmtpd, localstripe, sepaxml, lxml, schemathesis and moto into $(VENV)"; \
		{ python3 -m venv $(VENV) && $(VENV)/bin/pip install --quiet 'aiosmtpd==1.4.6' 'localstripe==1.15.10' 'sepaxml==2.7.0' 'lxml==6.1.3' 'schemathesis==4.32.5' 'moto[server]==5.1.18'; } \
			|| { echo "could not install the test servers: the mail, localstripe, pain.001 schema, schemathesis and S3 tests will skip"; [ -z "$$CI" ]; }; \
	fi
	@if ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }; then \
		echo "installing chromium and chromium-driver (apt)"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } \
			|| { echo "could not install Chromium: the browser tests will skip"; [ -z "$$CI" ]; }; \
	fi
	@if [ ! -f node_modules/axe-core/axe.min.js ]; then \
		echo "installing axe-core (npm) for the accessibility checks"; \
		npm install --no-save --no-audit --no-fund --silent 'axe-core@4.14' \
			|| { echo "could not install axe-core: the accessibility checks will skip"; [ -z "$$CI" ]; }; \
	fi

## Release build, then every measurement in one run (seeds its own data, loopback only):
## target/bench/results.md and results.json. BENCH_SECONDS=3 for a quick run (default 10);
## BENCH_ONLY=history runs only the history phase (100,000 orders, 1,000,000 postings; bench/history.sh).
bench: postgres
	@command -v wrk >/dev/null && command -v jq >/dev/null && command -v sqlite3 >/dev/null \
		|| (apt-get update && apt-get install -y wrk jq sqlite3)
	$(CARGO) build --release --locked --bin cooptrade --example fill_catalog \
		--example bench_ceiling --example bench_seed --example bench_orders --example ledger_fill \
		--example photo_process --example history_fill
	PG_ADMIN_URL="$(PG_ADMIN_URL)" bench/run.sh

## Starts the local PostgreSQL cluster when it is installed but stopped.
postgres:
	@if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then \
		if [ -d /etc/postgresql ]; then \
			echo "starting PostgreSQL"; \
			pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql | head -n1) main start || true; \
			for i in $$(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done; \
		fi; \
	fi

fmt:
	$(CARGO) fmt --all

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	# The program alone, without the tests' dev-dependencies and their features (what `make run` builds).
	$(CARGO) check --locked --bin cooptrade

clean:
	$(CARGO) clean
	rm -rf outbox cooptrade.db cooptrade.db-shm cooptrade.db-wal
