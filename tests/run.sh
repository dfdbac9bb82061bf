#!/usr/bin/env bash
# Runs every test of Countersign, installing first what the tests need and this
# machine lacks. Usage: bash tests/run.sh  (from the project's root or anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null; then
    echo "cargo is missing: install the Rust toolchain (https://rustup.rs) and run again" >&2
    exit 1
fi

cargo test --all-targets --locked
cargo test --doc --locked
