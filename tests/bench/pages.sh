#!/usr/bin/env bash
# The pages under load, against the release build: for each size in SIZES
# (deployments; 10 1000 10000 by default), a copy of a 1,000,000-event audit
# trail, a real server on a free loopback port, a data set built through it
# (tests/it/bench_pages.rs: deployments through the form, ten or so sign-offs
# each, the older ones finished or cancelled), then wrk with 32 connections on
# each page and on /healthz in the same run. Prints one table per size: each
# page's requests/s, its ratio to /healthz, p50, p99, failures, and the
# server's memory. Targets (issue 10): pages at least half of /healthz with p99
# at most 10 ms, a script download at least a quarter, at most 100 MB.
# Usage: bash tests/bench/pages.sh [SIZES...]   (SECONDS_PER_PAGE=10 by default)
# BENCH_ENGINE=postgres runs the portal on a throwaway PostgreSQL cluster
# instead (the trail moved in with `countersign migrate-db`, timed), with
# BENCH_REPLICAS=2 two portal processes: writes go to each in turn and each
# page is loaded through both at once (two wrk, 16 connections each), as
# behind a round-robin balancer; their rates add up, p50 is the mean and p99
# the larger of the two.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-10 1000 10000}")
read -r -a sizes <<<"${sizes[*]}"
seconds=${SECONDS_PER_PAGE:-10}
engine=${BENCH_ENGINE:-sqlite}
replicas=${BENCH_REPLICAS:-1}
if [ "$engine" = postgres ]; then
    pg_dir=$(mktemp -d)
    trap 'bash tests/tools/pg-cluster.sh stop "$pg_dir" 2>/dev/null; rm -rf "$pg_dir"' EXIT
    cluster=$(bash tests/tools/pg-cluster.sh start "$pg_dir")
fi
command -v wrk >/dev/null || { echo "installing wrk (Debian's package)"; apt-get install -y wrk >/dev/null; }
cargo build --release --locked -q
cargo test --release --locked -q --test it --no-run 2>/dev/null

trail="target/bench/trail-1000000.db"
if [ ! -f "$trail" ]; then
    mkdir -p target/bench
    echo "Filling a trail of 1000000 events (kept in target/bench for the next run):"
    COUNTERSIGN_BENCH_DB="$trail" COUNTERSIGN_BENCH_EVENTS=1000000 cargo test --release --locked -q --test it -- \
        --ignored --nocapture --exact bench::bench_fill_trail 2>/dev/null | grep '^|'
    python3 -c "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA wal_checkpoint(TRUNCATE)')" "$trail"
fi

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
rss_mb() { awk -v key="$2" '$1 == key":" { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

for size in "${sizes[@]}"; do
    work=$(mktemp -d)
    cp "$trail" "$work/countersign.db"
    cp target/bench/countersign-audit.key "$work/countersign-audit.key"
    cp "$trail.checkpoints" "$work/countersign.db.checkpoints"
    db="$work/countersign.db"
    if [ "$engine" = postgres ]; then
        db="${cluster%/postgres}/bench_$size"
        psql "$cluster" -qc "DROP DATABASE IF EXISTS bench_$size" -qc "CREATE DATABASE bench_$size"
        moved=$(date +%s.%N)
        target/release/countersign migrate-db --from "$work/countersign.db" --to "$db" \
            --audit-key "$work/countersign-audit.key" >"$work/migrate.log"
        echo
        echo "migrate-db moved the 1,000,000-event trail into PostgreSQL and verified it in $(echo "$(date +%s.%N) - $moved" | bc | xargs printf '%.1f') s."
    fi
    ports=()
    servers=()
    for n in $(seq "$replicas"); do
        port=$(free_port)
        target/release/countersign serve --db "$db" --bind "127.0.0.1:$port" --audit-key "$work/countersign-audit.key" \
            --checkpoint-log "$work/replica-$n.checkpoints" >"$work/serve-$n.log" 2>&1 &
        servers+=($!)
        ports+=("$port")
        for _ in $(seq 100); do grep -q "is listening" "$work/serve-$n.log" && break; sleep 0.1; done
    done
    server=${servers[0]}
    port=${ports[0]}
    trap 'kill ${servers[*]} 2>/dev/null; rm -rf "$work"; if [ -n "${pg_dir:-}" ]; then bash tests/tools/pg-cluster.sh stop "$pg_dir" 2>/dev/null; rm -rf "$pg_dir"; fi' EXIT
    password=$(grep -A2 "created the user 'admin'" "$work/serve-1.log" | tail -1 | tr -d ' ')
    urls=""
    for p in "${ports[@]}"; do urls="$urls http://127.0.0.1:$p"; done
    echo
    echo "## $size deployments ($engine, $replicas replica(s))"
    echo
    COUNTERSIGN_BENCH_URL="$urls" COUNTERSIGN_BENCH_ADMIN_PASSWORD="$password" \
        COUNTERSIGN_BENCH_DEPLOYMENTS="$size" COUNTERSIGN_BENCH_OUT="$work" \
        cargo test --release --locked -q --test it -- --ignored --nocapture --exact bench_pages::bench_build_pages \
        2>/dev/null | grep '^|'
    if [ "$engine" = postgres ]; then
        events=$(psql "$db" -Atc 'SELECT MAX(seq) FROM audit_events')
    else
        events=$(python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT MAX(seq) FROM audit_events').fetchone()[0])" "$work/countersign.db")
    fi
    echo
    echo "Audit events: $events. Memory after building: $(rss_mb $server VmRSS) MB."
    echo
    echo "/healthz" >"$work/healthz.paths"
    echo "/" >"$work/home.paths"
    echo "/deployments" >"$work/list.paths"
    echo "/inbox" >"$work/inbox.paths"
    echo "/audit/events" >"$work/audit.paths"
    load() { # name paths-file cookie-file: one wrk per replica at once, 32 connections in all
        local cookie=""
        [ -n "$3" ] && cookie=$(cat "$work/$3")
        local threads=$(( replicas >= 2 ? 1 : 2 )) connections=$((32 / replicas))
        # Files of this load only: the one before may still be removing its own.
        local loads=() out="$work/wrk-${2%.paths}"
        for p in "${ports[@]}"; do
            PATHS="$work/$2" wrk -t"$threads" -c"$connections" -d"${seconds}s" -s tests/bench/paths.lua \
                -H "Cookie: $cookie" "http://127.0.0.1:$p" >"$out-$p.out" 2>/dev/null &
            loads+=($!)
        done
        wait "${loads[@]}"
        grep -h '^RESULT' "$out"-*.out | awk '{ n += $2; rate += $3; p50 += $4; if ($5 > p99) p99 = $5; failed += $6; k++ }
            END { if (k == 0) { print "0 0 0 0 1"; exit } printf "%d %.1f %.2f %.2f %d\n", n, rate, p50 / k, p99, failed }'
        rm -f "$out"-*.out
    }
    read -r _ base _ _ _ < <(load healthz healthz.paths "")
    printf '| page | requests/s | ÷ /healthz | p50 ms | p99 ms | failed | server RSS MB |\n|---|---|---|---|---|---|---|\n'
    printf '| /healthz | %.0f | 1.00 | | | | %s |\n' "$base" "$(rss_mb $server VmRSS)"
    for page in "my work (/):home.paths:reader.cookie" "deployments list:list.paths:reader.cookie" \
        "a deployment (10 active):deployment.paths:reader.cookie" "a step (360):step.paths:reader.cookie" \
        "inbox:inbox.paths:reader.cookie" "audit trail, first page:audit.paths:auditor.cookie" \
        "script download:script.paths:reader.cookie" "a deployment (any of all, cold):deployment-any.paths:reader.cookie"; do
        IFS=: read -r name paths cookie <<<"$page"
        read -r _ rate p50 p99 failed < <(load "$name" "$paths" "$cookie")
        printf '| %s | %.0f | %.2f | %s | %s | %s | %s |\n' "$name" "$rate" "$(echo "$rate / $base" | bc -l)" \
            "$p50" "$p99" "$failed" "$(rss_mb $server VmRSS)"
    done
    read -r _ again _ _ _ < <(load healthz healthz.paths "")
    printf '| /healthz again | %.0f | %.2f | | | | %s |\n' "$again" "$(echo "$again / $base" | bc -l)" "$(rss_mb $server VmRSS)"
    echo
    peaks=""
    for s in "${servers[@]}"; do peaks="$peaks $(rss_mb "$s" VmHWM)"; done
    echo "Server memory at its peak (VmHWM, each replica):$peaks MB."
    kill "${servers[@]}"
    wait "${servers[@]}" 2>/dev/null || true
    [ "$engine" = postgres ] && psql "$cluster" -qc "DROP DATABASE bench_$size"
    # BENCH_KEEP=DIR keeps each size's database there, to profile against.
    if [ -n "${BENCH_KEEP:-}" ]; then mkdir -p "$BENCH_KEEP/$size" && mv "$work"/* "$BENCH_KEEP/$size/"; fi
    rm -rf "$work"
    if [ "$engine" = postgres ]; then
        trap 'bash tests/tools/pg-cluster.sh stop "$pg_dir" 2>/dev/null; rm -rf "$pg_dir"' EXIT
    else
        trap - EXIT
    fi
done
