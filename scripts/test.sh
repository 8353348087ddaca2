#!/usr/bin/env bash
# Runs every test of the project: the engine natively, the WebAssembly boundary in headless
# Chromium, the npm package in Node, and the page in real Chromium. Installs what it needs
# (scripts/setup.sh) on a fresh Debian machine with Rust, Node and Python.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "engine: cargo test"
cargo test --release --locked 2>&1

# Steps that fail are counted and reported at the end, so that one failure does not hide the
# results of the steps after it.
failed=()

step "wasm: set-up and build (scripts/setup.sh, scripts/build-wasm.sh)"
scripts/setup.sh
scripts/build-wasm.sh

step "wasm: the boundary in headless Chromium (src/wasm/tests.rs)"
# `wasm-pack test --headless --chrome` would build every test target and the command line for
# wasm32, and those are native; the browser tests are the library's, so cargo runs them with
# wasm-bindgen's runner and Debian's chromedriver, as wasm-pack does.
wasm_log="$(mktemp)"
if PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH" \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-300}" \
  cargo test --locked --target wasm32-unknown-unknown --lib 2>&1 | tee "$wasm_log"; then :; fi
wasm_result="$(grep -E '^test result: ' "$wasm_log" | tail -1 || true)"
wasm_passed="$(sed -n 's/.* \([0-9][0-9]*\) passed.*/\1/p' <<<"$wasm_result")"
wasm_failed="$(sed -n 's/.* \([0-9][0-9]*\) failed.*/\1/p' <<<"$wasm_result")"
rm -f "$wasm_log"
echo "wasm: ${wasm_passed:-0} passed, ${wasm_failed:-1} failed"
[ -n "$wasm_passed" ] && [ "${wasm_failed:-1}" = 0 ] || failed+=("wasm boundary")

step "npm package: node --test tests/node (the README example, the types, the size budget)"
node --test tests/node/ 2>&1 || failed+=("npm package")

step "page: end-to-end in Chromium (tests/e2e)"
# The page over the package built above (www/dist), one test file at a time on the two cores.
{ scripts/build-www.sh && node --test --test-concurrency=1 tests/e2e/ 2>&1; } || failed+=("page")

if [ "${#failed[@]}" -gt 0 ]; then
  printf '\nfailed: %s\n' "${failed[*]}"
  exit 1
fi
