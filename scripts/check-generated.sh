#!/usr/bin/env bash
# Regenerates gqlgen's code and fails if it differs from what is committed:
# generated code is regenerated with `make generate`, never edited by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
go tool gqlgen generate
if ! git diff --quiet -- graph/ || [ -n "$(git ls-files --others --exclude-standard graph/)" ]; then
	echo "generated GraphQL code is out of date or hand-edited; run 'make generate' and commit:" >&2
	git status --short -- graph/ >&2
	git diff --stat -- graph/ >&2
	exit 1
fi
echo "generated code matches the schema"
