#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and the benchmark, on a free
# loopback port, run by an unprivileged user (PostgreSQL refuses root).
#   pg-cluster.sh start DIR   prints the cluster's postgres:// URL
#   pg-cluster.sh stop DIR
set -euo pipefail
action=${1:?start or stop}
dir=${2:?a folder for the cluster}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL's server is not installed: sudo apt-get install postgresql" >&2
    exit 1
fi
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}
case "$action" in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown nobody "$dir"; fi
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # A password, not trust: other users of this machine reach the loopback port too.
    password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    (umask 077 && printf '%s\n' "$password" >"$dir/password")
    if [ "$(id -u)" = 0 ]; then chown nobody "$dir/password"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U countersign --auth=scram-sha-256 --pwfile="$dir/password" \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # fsync off: a test cluster lives for one run and is never recovered.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k '$dir' -c fsync=off -c max_connections=500" start >/dev/null
    echo "postgres://countersign:$password@127.0.0.1:$port/postgres"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
