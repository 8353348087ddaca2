#!/usr/bin/env bash
# Installs what the tests, the npm package and the page need, on a fresh Debian machine that has
# Rust, Node and Python: the wasm32 target, wasm-pack, the wasm-bindgen CLI of the version in
# Cargo.lock, the root package.json's tools (wasm-opt from npm `binaryen`, esbuild, playwright-core,
# @axe-core/playwright), and Debian's Chromium with its driver. Idempotent and quiet when all is
# there. Never installs Debian's binaryen: its wasm-opt 108 writes modules that fail at load.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }
quiet() { # runs a command, shows its output only when it fails
  local log; log="$(mktemp)"
  if ! "$@" >"$log" 2>&1; then cat "$log" >&2; rm -f "$log"; return 1; fi
  rm -f "$log"
}

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  quiet rustup target add wasm32-unknown-unknown
fi

wasm_pack_version=0.15.1
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $wasm_pack_version" ]; then
  say "cargo install wasm-pack $wasm_pack_version (about 90 s)"
  quiet cargo install wasm-pack --version "$wasm_pack_version" --locked
fi

# wasm-pack accepts only the CLI whose version equals the crate's (pinned with = in Cargo.toml).
bindgen_version="$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p}' Cargo.lock)"
if [ -z "$bindgen_version" ]; then
  say "no wasm-bindgen in Cargo.lock"; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "cargo install wasm-bindgen-cli $bindgen_version (about 100 s)"
  # --locked fails on this registry when a pinned dependency version is missing; then unlocked.
  quiet cargo install wasm-bindgen-cli --version "$bindgen_version" --locked \
    || quiet cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# The root package.json's tools, exactly as package-lock.json says.
if ! npm ls --depth=0 >/dev/null 2>&1 || [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ]; then
  say "npm ci"
  quiet npm ci --no-audit --no-fund
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "apt-get install chromium chromium-driver"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  quiet $sudo apt-get update
  quiet $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# The trap toolchain.md names: a wasm-opt earlier on PATH than npm's is Debian's 108.
if command -v wasm-opt >/dev/null && ! wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
  say "note: $(command -v wasm-opt) ($(wasm-opt --version 2>/dev/null)) is not used; scripts/build-wasm.sh puts node_modules/.bin first"
fi
