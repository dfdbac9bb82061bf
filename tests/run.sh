#!/usr/bin/env bash
# Runs every test of Countersign, installing first what the tests need and this
# machine lacks. Usage: bash tests/run.sh  (from the project's root or anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's packages, with the package lists refreshed once if they are stale.
apt_install() {
    apt-get install -y "$@" >/dev/null || { apt-get update >/dev/null && apt-get install -y "$@" >/dev/null; }
}

if ! command -v cargo >/dev/null; then
    echo "cargo is missing: install the Rust toolchain (https://rustup.rs) and run again" >&2
    exit 1
fi

# The audit tests run the auditor's Python verifier (tests/tools/verify_trail.py, standard library only).
if ! command -v python3 >/dev/null; then
    echo "python3 is missing (the audit trail's Python verifier); installing it" >&2
    apt-get install -y python3 >/dev/null || { echo "install python3 and run again" >&2; exit 1; }
fi

# The single sign-on tests run a real OpenID provider: the npm package oidc-provider, on Node.js.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "node and npm are missing (the test identity provider); installing them" >&2
    apt-get install -y nodejs npm >/dev/null || { echo "install Node.js 20 or later with npm and run again" >&2; exit 1; }
fi
if [ ! -d tests/oidc/node_modules/oidc-provider ]; then
    echo "installing the test identity provider's packages (tests/oidc)" >&2
    npm ci --prefix tests/oidc --no-audit --no-fund >/dev/null
fi

# The browser journeys run in Debian's Chromium through ChromeDriver, with axe-core from npm.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    echo "chromium and chromedriver are missing (the browser journeys); installing them" >&2
    apt_install chromium chromium-driver || { echo "install Debian's chromium and chromium-driver and run again" >&2; exit 1; }
fi
# Korean and Chinese pages are checked and photographed too: without a CJK font every glyph is a box.
# fc-list (fontconfig) is how the fonts are found; neither Chromium nor the fonts bring it.
if ! command -v fc-list >/dev/null || ! fc-list :lang=ko | grep -q . || ! fc-list :lang=zh-tw | grep -q .; then
    echo "no Korean or Chinese font (the journeys in those languages); installing fontconfig and fonts-noto-cjk" >&2
    apt_install fontconfig fonts-noto-cjk || { echo "install Debian's fontconfig and fonts-noto-cjk and run again" >&2; exit 1; }
fi
if [ ! -f tests/browser/node_modules/axe-core/axe.min.js ]; then
    echo "installing axe-core for the browser journeys (tests/browser)" >&2
    npm ci --prefix tests/browser --no-audit --no-fund >/dev/null
fi

# The PostgreSQL tests (several replicas, moving a portal, and every portal test once more on
# PostgreSQL) run against a throwaway cluster of Debian's server, stopped and removed at the end.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "PostgreSQL's server is missing (the tests on PostgreSQL); installing postgresql" >&2
    apt_install postgresql || { echo "install Debian's postgresql and run again" >&2; exit 1; }
fi
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/countersign-pg.XXXXXX")
trap 'bash tests/tools/pg-cluster.sh stop "$pg_dir" 2>/dev/null || true; rm -rf "$pg_dir"' EXIT
COUNTERSIGN_TEST_PG=$(bash tests/tools/pg-cluster.sh start "$pg_dir")
export COUNTERSIGN_TEST_PG

cargo test --all-targets --locked
# The portal's tests again, each on a fresh PostgreSQL database instead of a SQLite file.
COUNTERSIGN_TEST_ENGINE=postgres cargo test --test it --locked portal::
# The journeys are ignored by a plain cargo test (they need the browser): run them here.
# One at a time: each runs one or two browsers, and the sign-in journey a Node.js provider too.
cargo test --test it --locked browser:: -- --ignored --test-threads=1
# And once more on PostgreSQL: they are the portal as its users drive it.
COUNTERSIGN_TEST_ENGINE=postgres cargo test --test it --locked browser:: -- --ignored --test-threads=1
cargo test --doc --locked
