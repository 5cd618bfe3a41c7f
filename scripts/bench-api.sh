#!/usr/bin/env bash
# The side-by-side API benchmark (`make bench-api`): Attaché against
# @neo4j/graphql and against the best hand-written Cypher, over one graph.
# `attache gen -n N -seed 1` writes N synthetic articles, `attache load`
# loads them into a Neo4j of the script's own (Maven route, its own data
# folder, port PORT), `node bench/neo4j-graphql/server.js` serves the
# library over it (npm ci on first use; the npm packages are dev-only and
# pinned by bench/neo4j-graphql/package-lock.json, nothing else needs them),
# and TestAPISideBySide (cmd/attache/serve_sidebyside_test.go) checks both
# give the same answers, then runs the five questions interleaved at
# CLIENTS clients and prints the table (requests/s, mean latency, and in
# the last columns each target's p50 and p99). docs/BENCHMARKS.md records it.
#
#   scripts/bench-api.sh                                  # 10,000 articles, 1 4 32 clients, 3 rounds of 10 s per cell
#   N=3000 DURATION=5s ROUNDS=2 CLIENTS="1 4 32" PORT=7697 scripts/bench-api.sh
#   ONLY=officialsWhoMet CLIENTS=1 CPUPROFILE=/tmp/whomet.prof scripts/bench-api.sh
#   GRAPH=bolt://127.0.0.1:7693 LIBPORT=4193 DURATION=2s ROUNDS=1 scripts/bench-api.sh
#
# GRAPH names a Neo4j already loaded with `attache gen -n N -seed 1` (on a
# shared machine the load takes longer than the measurement): the script
# then starts, loads and stops no server of its own.
#
# ONLY runs the questions whose name contains it. CPUPROFILE writes a CPU
# profile of the measurement (test binary next to it, as whomet.test) with
# the server's samples labelled side=server: `go tool pprof -tags` gives the
# server's Go CPU, to divide by the Attaché requests the "done" lines count.
set -euo pipefail
cd "$(dirname "$0")/.."

n="${N:-10000}"
port="${PORT:-7697}"
libport="${LIBPORT:-4097}"

for tool in node npm java; do
	command -v "$tool" >/dev/null || { echo "bench-api needs $tool" >&2; exit 1; }
done

work=$(mktemp -d)
root="$work/root"
libpid=""
cleanup() {
	if [ -n "$libpid" ]; then kill "$libpid" 2>/dev/null || true; fi
	if [ -z "${GRAPH:-}" ]; then
		ATTACHE_ROOT="$root" ATTACHE_NEO4J_ADDR="127.0.0.1:$port" "$work/attache" neo4j stop >/dev/null 2>&1 || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

if [ ! -d bench/neo4j-graphql/node_modules ]; then
	(cd bench/neo4j-graphql && npm ci --no-audit --no-fund --loglevel=error)
fi

go build -o "$work/attache" ./cmd/attache
uri="${GRAPH:-}"
if [ -z "$uri" ]; then
	"$work/attache" gen -n "$n" -seed 1 -o "$work/corpus.jsonl" 2>/dev/null
	mkdir -p "$root/tools"
	cp -r tools/neo4j "$root/tools/"
	rm -rf "$root/tools/neo4j/target"
	ATTACHE_ROOT="$root" ATTACHE_NEO4J_ADDR="127.0.0.1:$port" "$work/attache" neo4j start >"$work/start.log" 2>&1 || { cat "$work/start.log" >&2; exit 1; }
	uri="bolt://127.0.0.1:$port"
	NEO4J_URI="$uri" "$work/attache" load --quiet "$work/corpus.jsonl" | tail -1
fi

NEO4J_URI="$uri" PORT="$libport" node bench/neo4j-graphql/server.js >"$work/library.log" 2>&1 &
libpid=$!
for _ in $(seq 60); do
	curl -fsS -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$libport/graphql" 2>/dev/null && break
	sleep 1
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(node --version), @neo4j/graphql $(node -p 'require("./bench/neo4j-graphql/node_modules/@neo4j/graphql/package.json").version')"
profile=()
if [ -n "${CPUPROFILE:-}" ]; then
	profile=(-cpuprofile "$CPUPROFILE" -o "${CPUPROFILE%.*}.test")
fi
ATTACHE_SBS_NEO4J="$uri" ATTACHE_SBS_LIBRARY="http://127.0.0.1:$libport/graphql" \
	ATTACHE_SBS_CLIENTS="${CLIENTS:-1 4 32}" ATTACHE_SBS_DURATION="${DURATION:-10s}" ATTACHE_SBS_ROUNDS="${ROUNDS:-3}" \
	ATTACHE_SBS_ONLY="${ONLY:-}" ATTACHE_SBS_LABEL="${CPUPROFILE:+1}" \
	go test ./cmd/attache "${profile[@]}" -run '^TestAPISideBySide$' -count=1 -v -timeout 3h |
	sed -n 's/^ *[a-z_]*_test.go:[0-9]*: //p; s/^        |/|/p; /^--- /p; /^\(ok\|FAIL\)/p'
