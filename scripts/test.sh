#!/usr/bin/env bash
# Runs every test of the project: the engine natively, the WebAssembly boundary in headless
# Chromium, the npm package in Node, and the page in real Chromium. Installs what it needs
# (scripts/setup.sh) on a fresh Debian machine with Rust, Node and Python.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "engine: cargo test"
cargo test --release --locked 2>&1

# Further steps (wasm, npm package, page) are added below as they exist.

step "page: end-to-end in Chromium (tests/e2e)"
scripts/setup.sh
# The engine's package, unless an earlier step built it.
[ -f pkg/bpjstk_calc_bg.wasm ] || scripts/build-wasm.sh
scripts/build-www.sh
node --test --test-concurrency=1 tests/e2e/ 2>&1
