#!/usr/bin/env bash
# Fails if web/dist is not what its sources build to, so the bundle the Go
# binary embeds always matches web/src (web/test.sh, and so CI, runs this).
# It builds into a temporary folder and leaves web/dist alone.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npx --no-install vite build --logLevel error --outDir "$out" --emptyOutDir >/dev/null
if ! diff -r "$out" dist >"$out.diff" 2>&1; then
	echo "web/dist does not match web/src: run 'make web' (web/build.sh) and commit web/dist" >&2
	head -n 20 "$out.diff" >&2
	rm -f "$out.diff"
	exit 1
fi
rm -f "$out.diff"
echo "web/dist matches its sources ($(du -sh dist | cut -f1), $(find dist -type f | wc -l) files)"
