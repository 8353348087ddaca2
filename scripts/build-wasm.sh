#!/usr/bin/env bash
# Builds the npm package into pkg/ and the calculator page's smaller module into pkg-page/
# (wasm-pack --target web, release), with wasm-opt from the npm
# package `binaryen` (Debian's wasm-opt 108 writes modules that fail at load) and nothing
# downloaded (--mode no-install). Fails when that wasm-opt is not the one on PATH or did not run.
# Run scripts/setup.sh first on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

want_opt="$PWD/node_modules/.bin/wasm-opt"
if [ "$(command -v wasm-opt || true)" != "$want_opt" ] || ! wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
  echo "build-wasm: wasm-opt on PATH is '$(command -v wasm-opt || echo none)' ($(wasm-opt --version 2>/dev/null || echo '?')), want $want_opt, version 132 from npm binaryen; run scripts/setup.sh" >&2
  exit 1
fi
want_bg="$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p}' Cargo.lock)"
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $want_bg"; then
  echo "build-wasm: need wasm-bindgen CLI $want_bg (Cargo.lock); have '$(wasm-bindgen --version 2>/dev/null || echo none)'; run scripts/setup.sh" >&2
  exit 1
fi

# For the wasm only (the native command line keeps the release profile as it is): opt-level "z"
# gives a module 24 % smaller gzipped than 3 (155 KB against 203 KB), for 1.4 to 3.4 times less
# speed (README, "Size and speed"); and no strip, so that wasm-bindgen sees the target_features
# section (wasm-bindgen and wasm-opt drop names and debug sections anyway).
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_PROFILE_RELEASE_STRIP=false

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# pack OUT-DIR [CARGO-ARGS...]: one wasm-pack build, checked.
pack() {
  local out=$1; shift
  if ! wasm-pack build --release --target web --mode no-install --out-dir "$out" --out-name bpjstk_calc -- "$@" >"$log" 2>&1; then
    cat "$log" >&2
    exit 1
  fi
  if ! grep -q 'Optimizing wasm binaries with `wasm-opt`' "$log"; then
    cat "$log" >&2
    echo "build-wasm: wasm-opt did not run" >&2
    exit 1
  fi
  grep -E 'warning|Your wasm pkg is ready' "$log" || true
  local raw gz
  raw=$(wc -c <"$out/bpjstk_calc_bg.wasm")
  gz=$(gzip -9 -c "$out/bpjstk_calc_bg.wasm" | wc -c)
  echo "build-wasm: $out/bpjstk_calc_bg.wasm $raw bytes, $gz gzipped"
}

# The npm package: every door.
pack pkg
node scripts/pkg-json.mjs pkg/package.json
# The calculator page's module: without the bulk doors and the sponsor budget (the "bulk"
# feature), which the page never calls, and with the smaller allocator; the bulk page loads the
# package's module.
pack pkg-page --no-default-features --features small_alloc,benefits
# The page's first module: the price alone (no benefits, eligibility or protection summary), the
# least the first answer needs on a slow link; the page loads pkg-page/ after it.
pack pkg-core --no-default-features --features small_alloc
