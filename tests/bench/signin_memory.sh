#!/usr/bin/env bash
# The portal's memory under a crowd of sign-ins: CROWD parallel anonymous
# attempts at a time, WAVES times over, against the release build on a fresh
# database. Prints the server's resident memory before, at its peak and after,
# and the answers by status. Target: below 200 MB throughout, no 5xx but 503.
# Usage: bash tests/bench/signin_memory.sh [CROWD] [WAVES]   (needs curl)
set -euo pipefail
cd "$(dirname "$0")/../.."
crowd=${1:-150}
waves=${2:-4}
cargo build --release --locked -q
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

target/release/countersign serve --bind 127.0.0.1:0 --db "$work/countersign.db" >"$work/out" 2>"$work/log" &
server=$!
for _ in $(seq 100); do
    base=$(sed -n 's/^Countersign is listening on \(http:[^ ]*\).*/\1/p' "$work/out")
    [ -n "$base" ] && break
    sleep 0.1
done
[ -n "$base" ] || { echo "the server did not start" >&2; cat "$work/log" >&2; exit 1; }

rss() { awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$server/status"; }
before=$(rss)
( while kill -0 "$server" 2>/dev/null; do rss >>"$work/rss" 2>/dev/null || true; sleep 0.05; done ) &
sampler=$!

token=$(curl -s -c "$work/cookies" "$base/login" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -1)
started=$(date +%s.%N)
for wave in $(seq "$waves"); do
    seq "$crowd" | xargs -P "$crowd" -I{} curl -s -o /dev/null -w '%{http_code}\n' -b "$work/cookies" \
        --data "csrf=$token&username=stranger$wave-{}&password=wrong&next=/" "$base/login" >>"$work/codes"
done
elapsed=$(echo "$(date +%s.%N) - $started" | bc)
sleep 1
after=$(rss)
kill "$sampler" 2>/dev/null || true
peak=$(sort -n "$work/rss" | tail -1)

printf '\n| sign-ins | parallel | seconds | RSS before | RSS peak | RSS after | answers |\n|---|---|---|---|---|---|---|\n'
printf '| %d | %d | %.1f | %d MB | %d MB | %d MB | %s |\n' "$((crowd * waves))" "$crowd" "$elapsed" "$before" "$peak" "$after" \
    "$(sort "$work/codes" | uniq -c | awk '{printf "%s%s×%s", sep, $2, $1; sep=", "}')"
if grep -q panicked "$work/log"; then echo "the server panicked" >&2; exit 1; fi
