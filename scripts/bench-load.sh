#!/usr/bin/env bash
# The loader's end-to-end benchmark: `attache gen` writes N synthetic
# articles, then for each batch size `attache load` writes them all into a
# fresh Neo4j of its own (Maven route, its own data folder and port, so a
# running development server is left alone). Before the measured load,
# WARMUP articles of another seed (ids warmup-…) are loaded untimed with the
# same settings, so the figures are those of a warm JVM, as in any load
# longer than a minute; WARMUP=0 measures a cold server. Prints one table
# row per run; docs/BENCHMARKS.md records the figures.
#
#   scripts/bench-load.sh                      # 10,000 articles, batch sizes 50 200 500 1000, one writer (the loader's default)
#   N=2000 BATCHES="1 100" WRITERS=2 WARMUP=0 scripts/bench-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

n="${N:-10000}"
batches="${BATCHES:-50 200 500 1000}"
writers="${WRITERS:-1}"
port="${PORT:-7699}"
warmup="${WARMUP:-2000}"

work=$(mktemp -d)
root=""
cleanup() {
	if [ -n "$root" ]; then
		ATTACHE_ROOT="$root" ATTACHE_NEO4J_ADDR="127.0.0.1:$port" "$work/attache" neo4j stop >/dev/null 2>&1 || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/attache" ./cmd/attache
"$work/attache" gen -n "$n" -seed 1 -o "$work/corpus.jsonl" 2>/dev/null
echo "corpus: $n articles, $(du -h "$work/corpus.jsonl" | cut -f1) (attache gen -n $n -seed 1); warm-up: $warmup articles (seed 2)"
if [ "$warmup" -gt 0 ]; then
	"$work/attache" gen -n "$warmup" -seed 2 -o - 2>/dev/null | sed 's/"id":"synth-/"id":"warmup-/' >"$work/warmup.jsonl"
fi
echo
printf '| batch size | writers | seconds | articles/s | graph nodes | graph relationships | loader max RSS MB |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'

for b in $batches; do
	root="$work/root-$b"
	mkdir -p "$root/tools"
	cp -r tools/neo4j "$root/tools/"
	rm -rf "$root/tools/neo4j/target"
	export ATTACHE_ROOT="$root" ATTACHE_NEO4J_ADDR="127.0.0.1:$port"
	"$work/attache" neo4j start >"$work/start.log" 2>&1 || { cat "$work/start.log" >&2; exit 1; }
	if [ "$warmup" -gt 0 ]; then
		NEO4J_URI="bolt://127.0.0.1:$port" "$work/attache" load --quiet --batch-size "$b" --writers "$writers" \
			"$work/warmup.jsonl" >"$work/load.log" 2>&1 || { cat "$work/load.log" >&2; exit 1; }
	fi
	/usr/bin/time -f '%M' -o "$work/rss" \
		env NEO4J_URI="bolt://127.0.0.1:$port" "$work/attache" load --quiet --batch-size "$b" --writers "$writers" \
		"$work/corpus.jsonl" >"$work/load.log" 2>&1 || { cat "$work/load.log" >&2; exit 1; }
	# The graph's size, counted after the load: the load's own "created"
	# counters add up every write, also what later writes replaced.
	NEO4J_URI="bolt://127.0.0.1:$port" "$work/attache" stats >"$work/stats.log" 2>&1 || { cat "$work/stats.log" >&2; exit 1; }
	"$work/attache" neo4j stop >/dev/null 2>&1
	unset ATTACHE_ROOT ATTACHE_NEO4J_ADDR
	rm -rf "$root"
	root=""

	# "N articles read: … in 13.018s (154 articles/s)" from the load and
	# "graph: N nodes and M relationships" from attache stats (with the
	# warm-up's articles, and without the derived MET, ENGAGED, ACTIVE)
	secs=$(sed -n 's/.* in \([0-9.]*\)\(m*s\) (.*/\1 \2/p' "$work/load.log" | awk '{print ($2=="ms") ? $1/1000 : $1}')
	if [ -z "$secs" ]; then # durations over a minute print as 1m2.5s
		secs=$(sed -n 's/.* in \([0-9]*\)m\([0-9.]*\)s (.*/\1 \2/p' "$work/load.log" | awk '{print $1*60+$2}')
	fi
	nodes=$(sed -n 's/^graph: \([0-9]*\) nodes and \([0-9]*\) relationships$/\1/p' "$work/stats.log")
	rels=$(sed -n 's/^graph: \([0-9]*\) nodes and \([0-9]*\) relationships$/\2/p' "$work/stats.log")
	rss=$(($(cat "$work/rss") / 1024))
	awk -v b="$b" -v w="$writers" -v s="$secs" -v n="$n" -v nodes="$nodes" -v rels="$rels" -v rss="$rss" \
		'BEGIN { printf "| %d | %d | %.1f | %.0f | %d | %d | %d |\n", b, w, s, n/s, nodes, rels, rss }'
done
