#!/usr/bin/env bash
# A/B of two commits with the OLD commit's bench/run.sh (the phases measured before the change),
# alternating old, new, old, new... so both builds see the same machine load.
#   bench/ab.sh OLD NEW [RUNS]      e.g. bench/ab.sh b9c2edc main 2
# Builds both in release, one after the other in one target dir ($AB_TARGET, default
# $AB_DIR/target: the dependencies are shared) at nice 15, copying each build's binaries to
# $AB_DIR/{old,new}/release. Then runs each bench at nice -10 with the PostgreSQL processes
# reniced to -10 (when root), under flock $AB_LOCK when set, writes uptime before and after each
# run to $AB_DIR/runs.log and prints bench/ab_summary.py's table (medians, change, targets).
# BENCH_SECONDS (default 5), BENCH_DBS and BENCH_ONLY pass through to run.sh; AB_SKIP_BUILD=1 reuses
# binaries; AB_EXAMPLES names the examples to build (BENCH_ONLY=history also needs history_fill).
set -euo pipefail

cd "$(dirname "$0")/.."
OLD=$1 NEW=$2 RUNS=${3:-2}
AB_DIR=${AB_DIR:-$PWD/target/ab}
AB_TARGET=${AB_TARGET:-$AB_DIR/target}
ROOT=$PWD
EXAMPLES=${AB_EXAMPLES:-"fill_catalog bench_ceiling bench_seed bench_orders ledger_fill photo_process"}
mkdir -p "$AB_DIR/out"

# Builds commit $2 in a detached worktree and copies its bench binaries to $AB_DIR/$1/release.
build() {
    local label=$1 commit=$2 tree=$AB_DIR/tree-$1 ex=()
    rm -rf "$tree"
    git worktree prune
    git worktree add --detach "$tree" "$commit" >/dev/null
    for e in $EXAMPLES; do ex+=(--example "$e"); done
    (cd "$tree" && CARGO_TARGET_DIR=$AB_TARGET nice -n 15 cargo build --release --locked \
        --bin cooptrade "${ex[@]}")
    mkdir -p "$AB_DIR/$label/release/examples"
    cp -a "$AB_TARGET/release/cooptrade" "$AB_DIR/$label/release/"
    for e in $EXAMPLES; do cp -a "$AB_TARGET/release/examples/$e" "$AB_DIR/$label/release/examples/"; done
}

# One run of build $1, number $2, driven by the old tree's run.sh; uptime before and after.
run() {
    local label=$1 n=$2 out=$AB_DIR/out/$1-$2 pri=() lock=()
    if [ "$(id -u)" = 0 ]; then pri=(nice -n -10); fi
    if [ -n "${AB_LOCK:-}" ]; then lock=(flock "$AB_LOCK"); fi
    mkdir -p "$out"
    "${lock[@]}" env AB_ROOT="$ROOT" bash -c '
        echo "$0-$1 start $(date -u +%H:%M:%S) $(uptime)" >>"$2/runs.log"
        pg=$(pgrep -u postgres || true)
        if [ -n "$3" ] && [ -n "$pg" ]; then renice -n -10 -p $pg >/dev/null; fi
        rc=0
        $3 env CARGO_TARGET_DIR="$2/$0" BENCH_OUT="$4" BENCH_SECONDS="${BENCH_SECONDS:-5}" \
            bash "$2/tree-old/bench/run.sh" >"$4/stdout" 2>"$4/stderr" || rc=$?
        if [ -n "$3" ] && [ -n "$pg" ]; then renice -n 0 -p $(pgrep -u postgres) >/dev/null; fi
        echo "$0-$1 end rc=$rc $(date -u +%H:%M:%S) $(uptime)" >>"$2/runs.log"
    ' "$label" "$n" "$AB_DIR" "${pri[*]}" "$out"
}

if [ -z "${AB_SKIP_BUILD:-}" ]; then
    build old "$OLD"
    build new "$NEW"
fi
for i in $(seq 1 "$RUNS"); do
    run old "$i"
    run new "$i"
done
python3 bench/ab_summary.py "$AB_DIR/out"
