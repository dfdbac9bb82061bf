#!/usr/bin/env bash
# Runs every test of Countersign, installing first what the tests need and this
# machine lacks. Usage: bash tests/run.sh  (from the project's root or anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null; then
    echo "cargo is missing: install the Rust toolchain (https://rustup.rs) and run again" >&2
    exit 1
fi

# The e-mail test talks to Python's standard-library SMTP server (smtpd, Python 3.11 or earlier).
if ! command -v python3 >/dev/null; then
    echo "python3 is missing (the SMTP test server); installing it" >&2
    apt-get install -y python3 >/dev/null || { echo "install python3 (3.11 or earlier) and run again" >&2; exit 1; }
fi

cargo test --all-targets --locked
cargo test --doc --locked
