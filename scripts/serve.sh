#!/usr/bin/env bash
# Builds the engine to WebAssembly and the page, then serves the page on
# http://127.0.0.1:8080/ with Python's static server (which serves .wasm as application/wasm).
# The page makes no request to any other origin; after the first visit it works offline.
#   PORT=8081 scripts/serve.sh   to use another port
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x scripts/setup.sh ]; then scripts/setup.sh; fi
scripts/build-wasm.sh
scripts/build-www.sh
echo "serving http://127.0.0.1:${PORT:-8080}/"
cd www/dist
exec python3 -m http.server "${PORT:-8080}" --bind 127.0.0.1
