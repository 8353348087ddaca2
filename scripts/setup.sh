#!/usr/bin/env bash
# Installs what the tests, the npm package and the page need, on a fresh Debian machine that has
# Rust, Node and Python: the wasm32 target, wasm-pack, the wasm-bindgen CLI of the version in
# Cargo.lock, the root package.json's tools (wasm-opt from npm `binaryen`, esbuild, playwright-core,
# @axe-core/playwright), Debian's Chromium with its driver, and Debian's Caddy (the web server of
# scripts/serve.sh, configured by deploy/Caddyfile). Idempotent and quiet when all is there; it
# prints no error when it succeeds. Never installs Debian's binaryen: its wasm-opt 108 writes
# modules that fail at load.
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
  # --locked fails on this registry when a pinned dependency version is missing (a resolver error
  # for webpki-roots); then unlocked. The locked attempt's output is shown only if the unlocked
  # one fails too, so that a set-up that succeeds prints no error.
  locked_log="$(mktemp)"
  if ! cargo install wasm-bindgen-cli --version "$bindgen_version" --locked >"$locked_log" 2>&1; then
    if ! quiet cargo install wasm-bindgen-cli --version "$bindgen_version" --force; then
      say "the --locked attempt before it:" >&2; cat "$locked_log" >&2; rm -f "$locked_log"; exit 1
    fi
  fi
  rm -f "$locked_log"
fi

# The root package.json's tools, exactly as package-lock.json says.
if ! npm ls --depth=0 >/dev/null 2>&1 || [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ]; then
  say "npm ci"
  quiet npm ci --no-audit --no-fund
fi

# Debian's packages: Chromium and its driver for the tests, Caddy for scripts/serve.sh and the
# tests that fetch through the host's configuration (deploy/Caddyfile). One apt-get update.
debs=()
command -v chromium >/dev/null || debs+=(chromium)
command -v chromedriver >/dev/null || debs+=(chromium-driver)
command -v caddy >/dev/null || debs+=(caddy)
if [ "${#debs[@]}" -gt 0 ]; then
  say "apt-get install ${debs[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  quiet $sudo apt-get update
  quiet $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=300 "${debs[@]}"
  # Debian's caddy package enables a service with its own default site on port 80; the scripts
  # run Caddy themselves, so a service this set-up just installed is switched off again.
  if [[ " ${debs[*]} " == *" caddy "* ]] && [ -d /run/systemd/system ] && systemctl is-enabled --quiet caddy 2>/dev/null; then
    say "systemctl disable --now caddy (Debian's default site on :80; scripts/serve.sh runs its own)"
    quiet $sudo systemctl disable --now caddy
  fi
fi

# The trap toolchain.md names: a wasm-opt earlier on PATH than npm's is Debian's 108.
if command -v wasm-opt >/dev/null && ! wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
  say "note: $(command -v wasm-opt) ($(wasm-opt --version 2>/dev/null)) is not used; scripts/build-wasm.sh puts node_modules/.bin first"
fi
