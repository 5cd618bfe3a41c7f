#!/usr/bin/env bash
# Rebuilds the explorer and GraphiQL bundle in web/dist from web/src with the
# locked npm packages (`make web`). Commit web/dist afterwards: the Go binary
# embeds it, so serving needs no Node.
set -euo pipefail
cd "$(dirname "$0")"
command -v npm >/dev/null || { echo "web/build.sh needs Node.js 20.19+ and npm on PATH" >&2; exit 1; }
npm ci --no-audit --no-fund --loglevel=error
npm run --silent build
echo "web/dist rebuilt: $(du -sh dist | cut -f1) in $(find dist -type f | wc -l) files"
