#!/usr/bin/env bash
# Rebuilds web/dist and fails if it differs from what is committed, so the
# embedded bundle always matches its sources (CI runs this via web/test.sh).
set -euo pipefail
cd "$(dirname "$0")"
./build.sh >/dev/null
if ! git diff --quiet -- dist || [ -n "$(git ls-files --others --exclude-standard -- dist)" ]; then
	echo "web/dist does not match web/src: run 'make web' (web/build.sh) and commit web/dist" >&2
	git status --short -- dist >&2
	exit 1
fi
echo "web/dist matches its sources"
