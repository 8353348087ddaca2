#!/usr/bin/env bash
# Builds the engine to WebAssembly and the page, then serves www/dist on http://127.0.0.1:8080/
# with Caddy (Debian's `caddy`, installed by scripts/setup.sh) and deploy/Caddyfile: the same
# server and configuration as the documented deployment (README, "Deploy"). The build's
# precompressed Brotli and gzip files, .wasm as application/wasm, the embed loader's CORS header,
# a year's immutable caching for content-hashed files and none for the rest.
# The page makes no request to any other origin; after the first visit it works offline.
#   PORT=8081 scripts/serve.sh          to use another port
#   ACCESS_LOG=stderr scripts/serve.sh  to see each request (JSON lines)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x scripts/setup.sh ]; then scripts/setup.sh; fi
command -v caddy >/dev/null || { echo "serve: caddy is missing; run scripts/setup.sh (apt-get install caddy)" >&2; exit 1; }
scripts/build-wasm.sh
scripts/build-www.sh
port="${PORT:-8080}"
# Caddy keeps its state (an autosaved configuration, certificates when it has any) under the
# XDG directories: here target/caddy, not the user's ~/.config/caddy.
export XDG_CONFIG_HOME="$PWD/target/caddy/config" XDG_DATA_HOME="$PWD/target/caddy/data"
export SITE_ADDRESS="http://:$port" BIND=127.0.0.1 SITE_ROOT="$PWD/www/dist" CADDY_ADMIN=off
export ACCESS_LOG="${ACCESS_LOG:-discard}"
echo "serving http://127.0.0.1:$port/ (Caddy $(caddy version | cut -d' ' -f1), deploy/Caddyfile; Ctrl-C stops it)"
exec caddy run --config deploy/Caddyfile --adapter caddyfile
