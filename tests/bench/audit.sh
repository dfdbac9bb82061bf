#!/usr/bin/env bash
# The audit trail's costs, against the release build: sign-offs (each with its
# audit event and tree hashes) through the real server, and `countersign audit
# verify` over a trail of EVENTS events (1,000,000 by default).
# Targets: at least 500 sign-offs per second; verify 1,000,000 events in 3 s.
# Usage: bash tests/bench/audit.sh [EVENTS] [DEPLOYMENTS]
set -euo pipefail
cd "$(dirname "$0")/../.."
events=${1:-1000000}
deployments=${2:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --locked -q

echo "Sign-offs through the portal ($deployments deployments):"
COUNTERSIGN_BENCH_DEPLOYMENTS=$deployments cargo test --release --locked -q --test it -- --ignored --nocapture \
    --exact bench::bench_signoffs 2>/dev/null | grep '^|'

# The filled trail is kept in target/ for the next run (verify only reads it, and records its run).
trail="target/bench/trail-$events.db"
if [ ! -f "$trail" ]; then
    mkdir -p target/bench
    echo
    echo "Filling a trail of $events events:"
    COUNTERSIGN_BENCH_DB="$trail" COUNTERSIGN_BENCH_EVENTS=$events cargo test --release --locked -q --test it -- \
        --ignored --nocapture --exact bench::bench_fill_trail 2>/dev/null | grep '^|'
    # Fold the write-ahead log into the file, which is copied below.
    python3 -c "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA wal_checkpoint(TRUNCATE)')" "$trail"
fi
cp "$trail" "$work/trail.db"
cp "target/bench/countersign-audit.key" "$work/countersign-audit.key"
cp "$trail.checkpoints" "$work/trail.db.checkpoints"

echo
echo "countersign audit verify:"
printf '| run | seconds | max RSS | result |\n|---|---|---|---|\n'
for run in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$work/time" target/release/countersign audit verify --db "$work/trail.db" >"$work/out" 2>/dev/null || true
    read -r seconds rss <"$work/time"
    printf '| %d | %s | %d MB | %s |\n' "$run" "$seconds" "$((rss / 1024))" "$(tail -1 "$work/out" | cut -c1-60)"
done

echo
echo "countersign audit export (the whole trail):"
printf '| format | seconds | max RSS | size |\n|---|---|---|---|\n'
for format in csv jsonl; do
    /usr/bin/time -f '%e %M' -o "$work/time" target/release/countersign audit export --format "$format" \
        --out "$work/export.$format" --db "$work/trail.db" 2>/dev/null
    read -r seconds rss <"$work/time"
    printf '| %s | %s | %d MB | %d MB |\n' "$format" "$seconds" "$((rss / 1024))" "$(( $(stat -c %s "$work/export.$format") / 1048576 ))"
done
