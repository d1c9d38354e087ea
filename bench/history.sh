# The history phase of `make bench` (issue 26), sourced by bench/run.sh: on a fresh database per
# backend, `bench_seed market` and `history_fill` seed HIST_ORDERS settled orders and a busy
# seller whose proceeds statement holds HIST_LINES lines; `ledger verify` proves the ledger and
# the maintained balances sound; then the pages that grow with history are loaded with wrk at
# HIST_CONNS connections (signed in through a session cookie or an API token), and the busy
# co-op's whole statement is exported as CSV by a fresh server, timed, with its peak RSS.
HIST_ORDERS=${HIST_ORDERS:-100000}
HIST_LINES=${HIST_LINES:-1000000}
HIST_CONNS=${HIST_CONNS:-32}
PG_HIST=cooptrade_hist_$$
PG_HIST_URL=${PG_ADMIN_URL%/*}/$PG_HIST
PG_HIST_CREATED=

drop_history_db() {
    if [ -n "$PG_HIST_CREATED" ]; then
        psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $PG_HIST WITH (FORCE)" >/dev/null || true
    fi
}

# The ceiling at the history pages' connection count, so each page's share compares like with like.
history_ceiling() {
    local port pid r
    say "ceiling at $HIST_CONNS connections (history phase)"
    port=$(free_port)
    BIND=127.0.0.1:$port "$EX/bench_ceiling" &
    pid=$!
    PIDS+=("$pid")
    wait_up "http://127.0.0.1:$port/"
    r=$(CONNS=$HIST_CONNS load "http://127.0.0.1:$port/" history-ceiling)
    record "{\"kind\":\"history_http\",\"db\":\"-\",\"page\":\"ceiling\",\"conns\":$HIST_CONNS,\"result\":$r}"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

# Seeds the history; leaves the JSON of history_fill in $WORK/history.json.
history_seed() {
    local db=$1 market seller buyer listing secs verify
    market=$("$EX/bench_seed" market)
    echo "$market" >"$WORK/market.json"
    seller=$(echo "$market" | jq -r .seller_id)
    buyer=$(echo "$market" | jq -r .buyer_id)
    listing=$(echo "$market" | jq -r .listing_id)
    say "$db: seeding $HIST_ORDERS settled orders, $HIST_LINES statement lines"
    secs=$(timed "$EX/history_fill" "$seller" "$buyer" "$listing" "$HIST_ORDERS" "$HIST_LINES")
    tail -n1 "$WORK/timed.out" >"$WORK/history.json"
    # What autovacuum would do within a minute of such a load; SQLite gets none, as in production.
    if [ "$db" = postgres ]; then psql -q "$DATABASE_URL" -c ANALYZE >/dev/null; fi
    if RUST_LOG=error "$BIN" ledger verify >"$WORK/verify.out" 2>&1; then
        verify="passed: $(grep '^ledger:' "$WORK/verify.out" | tr -d '"')"
    else
        verify="FAILED: $(tail -n1 "$WORK/verify.out" | tr -d '\000-\037"')"
    fi
    local orders
    orders=$(sql_url "SELECT COUNT(*) FROM orders WHERE state = 'settled'")
    record "{\"kind\":\"history_seed\",\"db\":\"$db\",\"seconds\":$secs,\"orders\":$orders,\"verify\":\"$verify\"}"
}

# A query on the history database.
sql_url() {
    case $DATABASE_URL in
    sqlite*) sqlite3 "$WORK/history.db" "$1" ;;
    *) psql -tAq "$DATABASE_URL" -c "$1" ;;
    esac
}

# The pages as a member reads them again (served from the server's copy while nothing changes),
# or with a 2nd argument `off` the server started with PAGE_CACHE=off: each read from the database.
history_pages() {
    local db=$1 cache=${2:-on} seller token sid committee deep_order deep_line page path r
    seller=$(jq -r .seller_id "$WORK/market.json")
    token=$(jq -r .seller_token "$WORK/market.json")
    sid=$(jq -r .seller_sid "$WORK/history.json")
    committee=$(jq -r .committee_sid "$WORK/history.json")
    deep_order=$(jq -r .deep_order_cursor "$WORK/history.json")
    deep_line=$(jq -r .deep_statement_cursor "$WORK/history.json")
    # A browser sends back the CSRF cookie its first page gave it (64 hex digits); so does wrk.
    local csrf=cafe0000cafe0000cafe0000cafe0000cafe0000cafe0000cafe0000cafe0000
    local api="Authorization: Bearer $token" web="Cookie: sid=$sid; csrf=$csrf"
    local desk="Cookie: sid=$committee; csrf=$csrf"
    while IFS='|' read -r page who path; do
        local header
        case $who in api) header=$api ;; web) header=$web ;; desk) header=$desk ;; *) header= ;; esac
        say "$db history: $page ($path), page cache $cache, $HIST_CONNS connections"
        r=$(CONNS=$HIST_CONNS load "$BASE$path" "history-$db-$page-cache-$cache" ${header:+"$header"})
        record "{\"kind\":\"history_http\",\"db\":\"$db\",\"page\":\"$page\",\"path\":\"$path\",\"cache\":\"$cache\",\"conns\":$HIST_CONNS,\"result\":$r}"
    done <<EOF
api_orders_first|api|/api/v1/orders?side=selling&per_page=25
api_orders_deep|api|/api/v1/orders?side=selling&per_page=25&cursor=$deep_order
web_orders_first|web|/orders?side=selling&per_page=25
web_orders_deep|web|/orders?side=selling&per_page=25&cursor=$deep_order
web_statement_first|web|/coops/$seller/statement?account=proceeds
web_statement_deep|web|/coops/$seller/statement?account=proceeds&cursor=$deep_line
api_statement_first|api|/api/v1/statement
api_statement_deep|api|/api/v1/statement?cursor=$deep_line
committee_ledger|desk|/committee/ledger
pool|-|/pool
EOF
}

# The busy co-op's whole proceeds statement as CSV from a fresh server: wall time, lines, and
# the server's VmHWM before and after.
history_csv() {
    local db=$1 seller sid before after secs lines
    seller=$(jq -r .seller_id "$WORK/market.json")
    sid=$(jq -r .seller_sid "$WORK/history.json")
    start_server
    sleep 1
    before=$(mem_kb "$SERVER" VmHWM)
    say "$db history: statement CSV of co-op $seller"
    secs=$(timed curl -fsS -H "Cookie: sid=$sid" -o "$WORK/statement.csv" \
        "$BASE/coops/$seller/statement?account=proceeds&format=csv")
    after=$(mem_kb "$SERVER" VmHWM)
    lines=$(($(wc -l <"$WORK/statement.csv") - 1))
    record "{\"kind\":\"history_csv\",\"db\":\"$db\",\"seconds\":$secs,\"lines\":$lines,\"bytes\":$(stat -c %s "$WORK/statement.csv"),\"hwm_before_kb\":$before,\"hwm_after_kb\":$after}"
    rm -f "$WORK/statement.csv"
    stop_server
}

history() {
    local db=$1
    case $db in
    sqlite) export DATABASE_URL="sqlite://$WORK/history.db?mode=rwc" ;;
    postgres)
        if ! psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $PG_HIST" >/dev/null; then
            echo "PostgreSQL at $PG_ADMIN_URL is not reachable: skipping its history" >&2
            record '{"kind":"skipped","db":"postgres"}'
            return 0
        fi
        PG_HIST_CREATED=1
        export DATABASE_URL=$PG_HIST_URL
        ;;
    esac
    history_seed "$db"
    start_server
    history_pages "$db"
    stop_server
    PAGE_CACHE=off start_server
    history_pages "$db" off
    stop_server
    history_csv "$db"
    unset DATABASE_URL
    drop_history_db
    PG_HIST_CREATED=
    rm -f "$WORK"/history.db*
}
