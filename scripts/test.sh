#!/usr/bin/env bash
# The project's test command (`make test`, and what .ci/run runs): starts a
# Neo4j if none answers, runs the linters, the generated-code check and every
# test against that real Neo4j, then stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

# The server the tests use: NEO4J_URI when given, else the local one that
# `attache neo4j start` runs (ATTACHE_NEO4J_ADDR moves it off 7687).
addr="${NEO4J_URI:-bolt://${ATTACHE_NEO4J_ADDR:-127.0.0.1:7687}}"
hostport="${addr#*://}"; hostport="${hostport%%/*}"
host="${hostport%:*}"; port="${hostport##*:}"
answers() { (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }

started=""
cleanup() {
	if [ -n "$started" ]; then
		log "stopping the Neo4j this run started"
		env -u NEO4J_URI go run ./cmd/attache neo4j stop || true
	fi
}
trap cleanup EXIT

# The Maven route needs Java 17 and Maven; install them where the machine
# lets us (Debian, as root) rather than fail on a fresh machine.
if ! answers && [ -z "${NEO4J_URI:-}" ]; then
	if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
		if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
			log "installing Java 17 and Maven (apt-get)"
			apt-get update -qq && apt-get install -y -qq openjdk-17-jdk-headless maven
		else
			echo "Neo4j's Maven route needs java (17) and mvn on PATH; install them or set NEO4J_URI" >&2
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

if answers; then
	log "Neo4j answers at $addr: using it"
else
	log "no Neo4j at $addr: starting one (attache neo4j start)"
	go run ./cmd/attache neo4j start
	started=yes
fi

log "go test -race ./... (integration tests against the real Neo4j, never skipped)"
export NEO4J_URI="$addr"
ATTACHE_REQUIRE_NEO4J=1 go test -race -count=1 -timeout 15m ./...

if [ -x web/test.sh ]; then
	log "browser tests"
	web/test.sh
fi
