#!/usr/bin/env bash
# Runs every test of Countersign, installing first what the tests need and this
# machine lacks. Usage: bash tests/run.sh  (from the project's root or anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null; then
    echo "cargo is missing: install the Rust toolchain (https://rustup.rs) and run again" >&2
    exit 1
fi

# The audit tests run the auditor's Python verifier (tests/tools/verify_trail.py, standard library only).
if ! command -v python3 >/dev/null; then
    echo "python3 is missing (the audit trail's Python verifier); installing it" >&2
    apt-get install -y python3 >/dev/null || { echo "install python3 and run again" >&2; exit 1; }
fi

cargo test --all-targets --locked
cargo test --doc --locked
