#!/usr/bin/env bash
# The project's test command (`make test`, and what .ci/run runs): starts a
# Neo4j if none answers, runs the linters, the generated-code check and every
# test against that real Neo4j, then stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

# The tests' own Neo4j: ATTACHE_TEST_NEO4J_URI, or a throwaway server on
# 127.0.0.1:7688 with data in .neo4j-test/ (scripts/test-neo4j.sh). Never
# the user's server at NEO4J_URI or 127.0.0.1:7687: the tests wipe theirs.
. scripts/test-neo4j.sh
trap 'test_neo4j_stop go run ./cmd/attache' EXIT

# The Maven route needs Java 17 and Maven; install them where the machine
# lets us (Debian, as root) rather than fail on a fresh machine.
if [ -z "${ATTACHE_TEST_NEO4J_URI:-}" ]; then
	if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
		if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
			log "installing Java 17 and Maven (apt-get)"
			apt-get update -qq && apt-get install -y -qq openjdk-17-jdk-headless maven
		else
			echo "Neo4j's Maven route needs java (17) and mvn on PATH; install them or set ATTACHE_TEST_NEO4J_URI" >&2
			exit 1
		fi
	fi
fi

log "go build"
go build ./...

log "gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' | grep -v '^web/node_modules/') 2>/dev/null || true)
if [ -n "$unformatted" ]; then
	echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

log "go vet"
go vet ./...

log "staticcheck"
go tool staticcheck ./...

log "generated code is up to date (go tool gqlgen generate)"
scripts/check-generated.sh

log "the tests' Neo4j"
test_neo4j_start go run ./cmd/attache
echo "tests use $ATTACHE_TEST_NEO4J_URI"

log "go test -race ./... (integration tests against the real Neo4j, never skipped)"
ATTACHE_REQUIRE_NEO4J=1 go test -race -count=1 -timeout 15m ./...

if [ -x web/test.sh ]; then
	log "browser tests"
	web/test.sh
fi
