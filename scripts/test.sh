#!/usr/bin/env bash
# The project's test command (`make test`, and what .ci/run runs): starts a
# Neo4j if none answers, runs the linters, the generated-code check and every
# test against that real Neo4j, then stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

# The time on each step says where a run's minutes went (the lanes' own
# steps print theirs too).
log() { printf '\n== %s (%s)\n' "$*" "$(date -u +%T)"; }

# The tests' own Neo4j: ATTACHE_TEST_NEO4J_URI, or a throwaway server on
# 127.0.0.1:7688 with data in .neo4j-test/, and a second one for ./neo4jdb
# (ATTACHE_TEST_NEO4J_URI2, or 127.0.0.1:7689 with data in .neo4j-test2/;
# scripts/test-neo4j.sh). Never the user's server at NEO4J_URI or
# 127.0.0.1:7687: the tests wipe theirs.
. scripts/test-neo4j.sh
# The servers are started and stopped by a CLI built once, below: not by
# `go run`, which would compile the graph package while the generated-code
# check rewrites it (a server starting in the background then fails to build).
cli_dir=$(mktemp -d)
cli="$cli_dir/attache"
stop_servers() {
	if [ -x "$cli" ]; then test_neo4j_stop "$cli"; else test_neo4j_stop go run ./cmd/attache; fi
	rm -rf "$cli_dir"
}
trap stop_servers EXIT

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
go build -o "$cli" ./cmd/attache

# The tests' servers start in the background while the linters run;
# test_neo4j_start waits for them.
test_neo4j_begin "$cli"

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
test_neo4j_start "$cli"
test_neo4j2_start "$cli"
echo "tests use $ATTACHE_TEST_NEO4J_URI${ATTACHE_TEST_NEO4J_URI2:+ (./neo4jdb: $ATTACHE_TEST_NEO4J_URI2)}"

log "go test -race ./... (integration tests against the real Neo4j, never skipped)"
# -timeout catches a hung test; on a shared 2-core machine (load 20) one
# package took over 15 minutes with nothing hung, so it is 30.
go_test() { ATTACHE_REQUIRE_NEO4J=1 go test -race -count=1 -timeout 30m "$@"; }
browser_tests() {
	if [ -x web/test.sh ]; then
		log "browser tests"
		web/test.sh
	fi
}
if [ -z "$ATTACHE_TEST_NEO4J_URI2" ]; then
	go_test ./...
	browser_tests
	exit
fi
# The packages take turns on a server (neo4jdb/neo4jtest's lock), so
# ./neo4jdb, the store-heavy tests of ./cmd/attache named in
# scripts/second-lane.txt and then the browser tests run on the second
# server beside the other packages (and the rest of ./cmd/attache) on the
# first; their output follows the other packages'. One pattern built from
# the file goes to -run in the second lane and to -skip in the first, so
# each test of ./cmd/attache runs in exactly one (cmd/attache/lanes_test.go
# checks the file).
separate=github.com/attache-project/attache/neo4jdb
second_lane="^($(grep -v '^#' scripts/second-lane.txt | grep . | paste -sd '|'))\$"
separate_out=$(mktemp)
(
	export ATTACHE_TEST_NEO4J_URI="$ATTACHE_TEST_NEO4J_URI2" NEO4J_URI="$ATTACHE_TEST_NEO4J_URI2"
	rc=0
	log "second lane: ./neo4jdb"
	go_test "$separate" || rc=$?
	log "second lane: ./cmd/attache -run \"$second_lane\""
	go_test -run "$second_lane" ./cmd/attache || rc=$?
	browser_tests || rc=$?
	log "second lane done"
	exit "$rc"
) >"$separate_out" 2>&1 &
separate_pid=$!
rc=0
go_test -skip "$second_lane" $(go list ./... | grep -vxF "$separate") || rc=$?
log "first lane done"
wait "$separate_pid" || rc=$?
cat "$separate_out"
rm -f "$separate_out"
exit "$rc"
