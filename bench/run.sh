#!/usr/bin/env bash
# `make bench`: seeds its own data, measures everything in one run, writes target/bench/.
# Needs the release binaries (make bench builds them), wrk, curl, sqlite3, psql, python3.
# BENCH_SECONDS (default 10) bounds each wrk run and the order run; BENCH_DBS picks backends;
# BENCH_ONLY=photos measures only photo processing and page weight, BENCH_ONLY=history only the
# history phase (bench/history.sh) with its ceiling.
set -euo pipefail

cd "$(dirname "$0")/.."
SECS=${BENCH_SECONDS:-10}
CONNS=64
CLIENTS=32
DBS=${BENCH_DBS:-sqlite postgres}
REL=${CARGO_TARGET_DIR:-target}/release
BIN=$REL/cooptrade
EX=$REL/examples
OUT=${BENCH_OUT:-target/bench}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/test}
PG_DB=cooptrade_bench_$$
PG_URL=${PG_ADMIN_URL%/*}/$PG_DB
WORK=$(mktemp -d)
# The servers' mail outbox (a file per message, as OUTBOX_DIR writes it): in memory when the
# machine has /dev/shm, so the order figure measures the marketplace and not the disk's inode
# allocator (on ext4 here, creating the files cost PostgreSQL's order run a third of its rate).
OUTBOX=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
RESULTS=$OUT/measurements.jsonl
PIDS=()
PG_CREATED=
# shellcheck source=bench/history.sh
. bench/history.sh

cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    if [ -n "$PG_CREATED" ]; then
        psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null || true
    fi
    drop_history_db
    rm -rf "$WORK" "$OUTBOX"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '\n== %s\n' "$*" >&2; }
record() { echo "$1" >>"$RESULTS"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Waits until URL answers 200, or fails after 30 s.
wait_up() {
    for _ in $(seq 1 300); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "server at $1 did not come up" >&2
    return 1
}

# CPU time (user + system) a running process has used, in clock ticks.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# The same, summed over the PostgreSQL backends serving the bench database (none on SQLite).
pg_ticks() {
    local t=0 p
    for p in $(pgrep -f "postgres: .*$PG_DB" || true); do t=$((t + $(ticks "$p"))); done
    echo "$t"
}

# kB of a /proc/PID/status field (VmRSS, VmHWM).
mem_kb() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"; }

# wrk at $CONNS connections for $SECS s; prints {"rps","p50_ms","p99_ms","errors"}
# and keeps wrk's own report as $OUT/wrk/$2.txt. A 3rd argument is a header sent with every
# request (a session cookie, an API token).
load() {
    local url=$1 raw
    local h=()
    if [ -n "${3:-}" ]; then h=(-H "$3"); fi
    if ! curl -fsS "${h[@]}" -o /dev/null "$url"; then
        echo "GET $url does not answer 200" >&2
        if [ -n "$SERVER" ] && ! kill -0 "$SERVER" 2>/dev/null; then
            wait "$SERVER" && echo "the server exited" >&2 || echo "the server exited with status $?" >&2
        fi
        return 1
    fi
    raw=$(wrk -t2 -c"$CONNS" -d"${SECS}s" --timeout 5s --latency "${h[@]}" "$url")
    echo "$raw" >"$OUT/wrk/$2.txt"
    echo "$raw" | awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
            return v + 0
        }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { err += $NF }
        /Socket errors:/ { gsub(",", ""); err += $4 + $6 + $8 + $10 }
        END { printf "{\"rps\":%s,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"errors\":%d}\n", rps + 0, p50, p99, err }'
}

# Seconds (with ms) that a command takes.
timed() {
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >"$WORK/timed.out" 2>&1 || { cat "$WORK/timed.out" >&2; return 1; }
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}

sql() {
    case $1 in
    sqlite) sqlite3 "$WORK/bench.db" "$2" ;;
    postgres) psql -tAq "$PG_URL" -c "$2" ;;
    esac
}

ceiling() {
    local port pid r
    say "ceiling: bare axum handler, $CONNS connections, ${SECS}s"
    port=$(free_port)
    BIND=127.0.0.1:$port "$EX/bench_ceiling" &
    pid=$!
    PIDS+=("$pid")
    wait_up "http://127.0.0.1:$port/"
    r=$(load "http://127.0.0.1:$port/" ceiling)
    record "{\"kind\":\"http\",\"db\":\"-\",\"size\":0,\"page\":\"ceiling\",\"result\":$r}"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

# Every page at the catalog size already in the database.
# With a 4th argument, only those pages (the uncached check), recorded with cache off.
pages() {
    local db=$1 size=$2 base=$3 which=${4:-catalog listing seller search} listing coop r
    local cache=on
    if [ -n "${4:-}" ]; then cache=off; fi
    listing=$(sql "$db" "SELECT id FROM listings WHERE sku = 'BENCH-$((size / 2))'")
    coop=$(sql "$db" "SELECT coop_id FROM listings WHERE id = $listing")
    for page in $which; do  # search last: it can be the slowest
        local path
        case $page in
        catalog) path=/catalog ;;
        search) path='/catalog?q=pineapple&category=fruit-vegetables&country=TG' ;;
        listing) path=/listings/$listing ;;
        seller) path=/coops/$coop ;;
        esac
        say "$db, $size listings: $page ($path), page cache $cache, $CONNS connections"
        r=$(load "$base$path" "$db-$size-$page-cache-$cache")
        record "{\"kind\":\"http\",\"db\":\"$db\",\"size\":$size,\"page\":\"$page\",\"path\":\"$path\",\"cache\":\"$cache\",\"conns\":$CONNS,\"result\":$r}"
    done
}

SERVER=
BASE=
PEAK_KB=0

# Starts `cooptrade serve` on a free port ($SERVER, $BASE).
start_server() {
    local port
    port=$(free_port)
    BASE=http://127.0.0.1:$port
    BIND=127.0.0.1:$port BASE_URL=$BASE RUST_LOG=warn OUTBOX_DIR=$OUTBOX "$BIN" serve \
        2>>"$OUT/server.log" &
    SERVER=$!
    PIDS+=("$SERVER")
    wait_up "$BASE/healthz"
}

# Stops the server, keeping the highest VmHWM seen. A fresh server per phase also drops requests
# still queued from a slow page, so they cannot slow the next measurement.
stop_server() {
    local hwm
    hwm=$(mem_kb "$SERVER" VmHWM)
    if [ "$hwm" -gt "$PEAK_KB" ]; then PEAK_KB=$hwm; fi
    kill "$SERVER"
    wait "$SERVER" 2>/dev/null || true
}

backend() {
    local db=$1 url fill market orders secs seller
    case $db in
    sqlite) url="sqlite://$WORK/bench.db?mode=rwc" ;;
    postgres)
        if ! psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $PG_DB" >/dev/null; then
            echo "PostgreSQL at $PG_ADMIN_URL is not reachable: skipping it" >&2
            record '{"kind":"skipped","db":"postgres"}'
            return 0
        fi
        PG_CREATED=1
        url=$PG_URL
        ;;
    esac
    export DATABASE_URL=$url
    PEAK_KB=0
    say "$db: filling 10000 listings"
    fill=$(timed "$EX/fill_catalog" 10000 0)
    echo "filled in ${fill}s" >&2
    start_server
    sleep 1
    record "{\"kind\":\"idle_rss\",\"db\":\"$db\",\"kb\":$(mem_kb "$SERVER" VmRSS)}"
    pages "$db" 10000 "$BASE"
    stop_server
    say "$db: filling 90000 more listings"
    fill=$(timed "$EX/fill_catalog" 90000 10000)
    echo "filled in ${fill}s" >&2
    # What autovacuum would do on its own within a minute; SQLite gets no ANALYZE, as in production.
    # Only the listings and their cover photos the fill added (without the photos' statistics the
    # uncached catalog read its 24 thumbnails by scanning all 100,000 photo rows: 17.6 ms against
    # 0.09 ms by index, 116 against 2,006 searches/s in the #21 A/B). Statistics taken of the
    # still empty order tables would tell PostgreSQL they stay empty, and it checks the orders'
    # foreign keys by scanning whole tables until autovacuum analyzes them again (journal_entries
    # read 34 million rows in 15,765 scans in one order run; 345-393 against 568-643 orders/s),
    # which is this script's doing, not usage.
    if [ "$db" = postgres ]; then sql "$db" "ANALYZE listings, listing_photos" >/dev/null; fi
    start_server
    pages "$db" 100000 "$BASE"
    stop_server
    # The catalog issue's check: every request answered from the database, 16 clients.
    export PAGE_CACHE=off
    start_server
    CONNS=16 pages "$db" 100000 "$BASE" "search listing"
    stop_server
    unset PAGE_CACHE
    say "$db: orders, $CLIENTS clients, ${SECS}s"
    market=$("$EX/bench_seed" market)
    start_server
    # What the run cost in CPU, to tell a slow machine from a slow server: the server's, the
    # PostgreSQL backends' and the client's (`times` in the subshell: its finished children).
    local hz s0 p0 cpu
    hz=$(getconf CLK_TCK)
    s0=$(ticks "$SERVER")
    p0=$(pg_ticks)
    orders=$(BENCH_SECONDS=$SECS CLIENTS=$CLIENTS "$EX/bench_orders" "$BASE" "$market"; times >"$WORK/times")
    cpu=$(awk -v hz="$hz" -v s=$(($(ticks "$SERVER") - s0)) \
        -v p=$(($(pg_ticks) - p0)) '
        function secs(v, m) { split(v, m, /[ms]/); return m[1] * 60 + m[2] }
        NR == 2 { printf "{\"server\":%.2f,\"postgres\":%.2f,\"client\":%.2f}", s / hz, p / hz, secs($1) + secs($2) }' \
        "$WORK/times")
    record "{\"kind\":\"orders\",\"db\":\"$db\",\"result\":$orders,\"cpu_s\":$cpu}"
    stop_server
    record "{\"kind\":\"peak_rss\",\"db\":\"$db\",\"kb\":$PEAK_KB}"
    say "$db: CSV import of 10000 listings"
    seller=$(echo "$market" | jq -r .seller_id)
    "$EX/bench_seed" csv 10000 "$WORK/import.csv"
    secs=$(timed "$BIN" listings import --coop "$seller" "$WORK/import.csv")
    grep -q "10000 created" "$WORK/timed.out" || { cat "$WORK/timed.out" >&2; return 1; }
    record "{\"kind\":\"csv_import\",\"db\":\"$db\",\"rows\":10000,\"seconds\":$secs}"
    ledger "$db"
    unset DATABASE_URL
}

# After the order run: `ledger verify` proves the trial balance is zero and the chain intact; then
# the ledger is filled up to 1,000,000 postings (examples/ledger_fill) and verify is timed over them,
# then `payouts draft --currency EUR`.
ledger() {
    local db=$1 balance verify have fill secs
    if RUST_LOG=error "$BIN" ledger verify >"$WORK/verify.out" 2>/dev/null; then
        balance="zero: ledger verify passed after the order run ($(grep '^ledger:' "$WORK/verify.out" | cut -d, -f1-2 | sed 's/^ledger: //'))"
    else
        balance="NOT zero: $(tail -n1 "$WORK/verify.out" | tr -d '\000-\037"')"
    fi
    have=$(sed -n 's/^ledger: [0-9]* entries, \([0-9]*\) postings.*/\1/p' "$WORK/verify.out")
    fill=$(( (1000000 - ${have:-0}) / 5 ))
    if [ "$fill" -gt 0 ]; then timed "$EX/ledger_fill" "$fill" >/dev/null; fi
    # The statistics autovacuum takes within a minute of such a load (a ledger of a million
    # postings has them): without, PostgreSQL joins a verify page's 25,000 stored balances by
    # one index probe each (127 against 50 ms a page; 2.95 against 1.93 s in all).
    if [ "$db" = postgres ]; then sql "$db" "ANALYZE journal_entries, postings, posting_balances" >/dev/null; fi
    secs=$(RUST_LOG=error timed "$BIN" ledger verify)
    verify="${secs} s over $(sed -n 's/^ledger: [0-9]* entries, \([0-9]*\) postings.*/\1/p' "$WORK/timed.out") postings"
    # A payout run drafted over the same postings (the settlements pay existing co-ops), whole process.
    local draft
    if secs=$(RUST_LOG=error timed "$BIN" payouts draft --currency EUR); then
        draft="${secs} s: $(grep -c '^  line #' "$WORK/timed.out") lines"
    else
        draft="failed: $(tail -n1 "$WORK/timed.out" | tr -d '\000-\037"')"
    fi
    record "{\"kind\":\"ledger\",\"db\":\"$db\",\"trial_balance\":\"$balance\",\"verify\":\"$verify\",\"draft\":\"$draft\"}"
}

# The demo's catalog with its drawn photos (seed-demo), as a browser transfers it: bench/weight.py.
weight() {
    say "page weight: the demo catalog with its photos, compressed as sent"
    export DATABASE_URL="sqlite://$WORK/weight.db?mode=rwc" PHOTO_DIR=$WORK/photos
    RUST_LOG=error "$BIN" seed-demo >/dev/null 2>&1
    start_server
    record "$(python3 bench/weight.py "$BASE")"
    stop_server
    unset DATABASE_URL PHOTO_DIR
}

mkdir -p "$OUT/wrk"
: >"$RESULTS"
: >"$OUT/server.log"
# Other work on the machine skews every figure: the report shows the load before and after.
record "{\"kind\":\"loadavg\",\"at\":\"start\",\"value\":\"$(cut -d' ' -f1-3 /proc/loadavg)\"}"
ONLY=${BENCH_ONLY:-}
if [ -z "$ONLY" ]; then ceiling; fi
if [ "$ONLY" != history ]; then
    say "processing one 12-megapixel JPEG into every photo size (one thread)"
    record "$(taskset -c 0 "$EX/photo_process" 3 2>/dev/null || "$EX/photo_process" 3)"
    weight
fi
if [ -z "$ONLY" ]; then for db in $DBS; do backend "$db"; done; fi
if [ -z "$ONLY" ] || [ "$ONLY" = history ]; then
    history_ceiling
    for db in $DBS; do history "$db"; done
fi
record "{\"kind\":\"loadavg\",\"at\":\"end\",\"value\":\"$(cut -d' ' -f1-3 /proc/loadavg)\"}"
python3 bench/report.py "$RESULTS" "$OUT" "$SECS" "$CONNS" "$CLIENTS"
