#!/usr/bin/env bash
# How officialsWhoMet's latency grows with the corpus (issue 14: "on 30,000
# articles its latency at one client grows no more than the number of
# meetings in its answer"). For each size in SIZES it loads
# `attache gen -n SIZE -seed 1` into a fresh Neo4j of its own (Maven route,
# port PORT), serves it with the result cache off, and asks the benchmark's
# officialsWhoMet question (first 20 officials with counterparts, meetings
# and reports) of every state that has partners and leaders, REPS times
# each, one request at a time; it prints the mean latency beside the
# meetings and reports per answer. docs/BENCHMARKS.md records the figures.
#
#   scripts/bench-whomet-growth.sh                 # SIZES="3000 30000" REPS=15 PORT=7695
#
# On a shared machine two builds are compared on the same graphs, in turns:
#   GRAPHS="10000=bolt://127.0.0.1:7693 30000=bolt://127.0.0.1:7697" \
#   ALT=/path/to/other/checkout ROUNDS=3 scripts/bench-whomet-growth.sh
# GRAPHS names servers already loaded with `attache gen -n SIZE -seed 1`
# (nothing is started, loaded or stopped; SIZES is ignored); ALT is a
# checkout whose attache is served in turn with this one's, ROUNDS times
# per size, the build named in the first column (alt, this).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${SIZES:-3000 30000}"
reps="${REPS:-15}"
port="${PORT:-7695}"
addr="127.0.0.1:${API_PORT:-8095}"
graphs="${GRAPHS:-}"
alt="${ALT:-}"
rounds="${ROUNDS:-1}"

work=$(mktemp -d)
root=""
cleanup() {
	[ -n "${serve_pid:-}" ] && kill "$serve_pid" 2>/dev/null || true
	if [ -n "$root" ]; then
		env -u NEO4J_URI ATTACHE_ROOT="$root" ATTACHE_NEO4J_ADDR="127.0.0.1:$port" "$work/attache" neo4j stop >/dev/null 2>&1 || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT
go build -o "$work/attache" ./cmd/attache
if [ -n "$alt" ]; then (cd "$alt" && go build -o "$work/attache-alt" ./cmd/attache); fi

cat >"$work/ask.py" <<'PY'
import json, statistics, sys, time, urllib.request
url, reps = sys.argv[1], int(sys.argv[2])
def post(q, v=None):
    req = urllib.request.Request(url, data=json.dumps({"query": q, "variables": v or {}}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        d = json.loads(r.read())
    if d.get("errors"):
        sys.exit(d["errors"])
    return d["data"]
cs = post('{ countries(first: 100) { edges { node { code partners(first: 1) { country { code } } leaders { id } } } } }')
codes = [e["node"]["code"] for e in cs["countries"]["edges"] if e["node"]["partners"] and e["node"]["leaders"]]
Q = ('query WhoMet($c: ID!) { officialsWhoMet(country: $c, first: 20) { edges { node { official { id name title country { name } } '
     'counterparts { name title } meetingCount firstDate lastDate meetings { id kind date reports { evidence article { id title url } } } } } } }')
times, meetings, reports = [], [], []
for c in codes:
    d = post(Q, {"c": c})  # the first answer warms the statement's plan
    m = sum(len(e["node"]["meetings"]) for e in d["officialsWhoMet"]["edges"])
    r = sum(len(x["reports"]) for e in d["officialsWhoMet"]["edges"] for x in e["node"]["meetings"])
    for _ in range(reps):
        t = time.perf_counter()
        post(Q, {"c": c})
        times.append((time.perf_counter() - t) * 1000)
        meetings.append(m)
        reports.append(r)
mean = statistics.mean(times)
print(f"| {len(codes)} | {len(times)} | {mean:.2f} | {statistics.median(times):.2f} | "
      f"{statistics.mean(meetings):.1f} | {statistics.mean(reports):.1f} | {mean / statistics.mean(meetings):.3f} |")
PY

# measure SIZE BINARY LABEL: serves NEO4J_URI's graph with BINARY and asks.
measure() {
	"$2" serve --addr "$addr" --cache-ttl 0 >"$work/serve.log" 2>&1 &
	serve_pid=$!
	for _ in $(seq 50); do curl -fs "http://$addr/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
	printf '| %s%s ' "$3" "$1"
	python3 "$work/ask.py" "http://$addr/graphql" "$reps"
	kill "$serve_pid" && wait "$serve_pid" 2>/dev/null || true
	serve_pid=""
}

if [ -n "$graphs" ]; then
	[ -n "$alt" ] && printf '| build '
	echo "| articles | states | requests | mean ms | p50 ms | meetings per answer | reports per answer | ms per meeting |"
	[ -n "$alt" ] && printf '| --- '
	echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	for _ in $(seq "$rounds"); do
		for g in $graphs; do
			export NEO4J_URI="${g#*=}"
			if [ -n "$alt" ]; then
				measure "${g%%=*}" "$work/attache-alt" "alt | "
				measure "${g%%=*}" "$work/attache" "this | "
			else
				measure "${g%%=*}" "$work/attache" ""
			fi
		done
	done
	exit 0
fi

echo "| articles | states | requests | mean ms | p50 ms | meetings per answer | reports per answer | ms per meeting |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in $sizes; do
	root="$work/root"
	rm -rf "$root" && mkdir -p "$root/tools" && cp -r tools/neo4j "$root/tools/" && rm -rf "$root/tools/neo4j/target"
	export ATTACHE_ROOT="$root" ATTACHE_NEO4J_ADDR="127.0.0.1:$port"
	"$work/attache" neo4j start >"$work/start.log" 2>&1 || { cat "$work/start.log" >&2; exit 1; }
	export NEO4J_URI="bolt://127.0.0.1:$port"
	"$work/attache" gen -n "$n" -seed 1 -o "$work/corpus.jsonl" 2>/dev/null
	"$work/attache" load --quiet "$work/corpus.jsonl" >"$work/load.log" 2>&1 || { cat "$work/load.log" >&2; exit 1; }
	measure "$n" "$work/attache" ""
	unset NEO4J_URI # with it set, `attache neo4j` leaves the server alone
	"$work/attache" neo4j stop >/dev/null 2>&1
	unset ATTACHE_ROOT ATTACHE_NEO4J_ADDR
done
root=""
