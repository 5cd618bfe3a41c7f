#!/usr/bin/env bash
# The explorer's tests, run by scripts/test.sh (make test, CI):
#   1. unit tests of the page's pure modules (node --test src/);
#   2. the committed web/dist matches its sources (web/check.sh);
#   3. browser tests: Debian's Chromium driven by playwright-core against a
#      real `attache serve` on the running Neo4j, loaded with examples/articles.
# With ATTACHE_E2E_SCALE=1 the graph also gets ATTACHE_E2E_SCALE_N (default
# 10,000) generated articles (`attache gen -seed 1`), and both browser suites
# run on it: explorer.test.js, and scale.test.js, which prints the long-task
# table of docs/BENCHMARKS.md and checks the 200 ms bound.
# Without Chromium (and not root under CI) the browser tests are skipped and
# say so. Screenshots of every step land in web/test-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

log() { printf '\n== %s\n' "$*"; }
chromium="${CHROMIUM:-/usr/bin/chromium}"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	echo "web tests SKIPPED: no Node.js and npm on PATH (Node 20.19+ is needed)"
	exit 0
fi

cd web
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	log "web: npm ci"
	npm ci --no-audit --no-fund --loglevel=error
fi

log "web: unit tests (node --test src/)"
unit_tap=$(mktemp)
unit_rc=0
node --test --test-reporter=spec --test-reporter-destination=stdout \
	--test-reporter=tap --test-reporter-destination="$unit_tap" src/ || unit_rc=$?

log "web: the committed bundle matches its sources (web/check.sh)"
./check.sh

count() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$2" | tail -1; }
passed=$(count pass "$unit_tap"); failed=$(count fail "$unit_tap")
passed=${passed:-0}; failed=${failed:-0}
rm -f "$unit_tap"

if [ ! -x "$chromium" ]; then
	if [ "${CI:-}" = true ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		log "web: installing Chromium (apt-get)"
		apt-get update -qq && apt-get install -y -qq chromium >/dev/null
	fi
fi
if [ ! -x "$chromium" ]; then
	echo "browser tests SKIPPED: no Chromium at $chromium"
	echo "web: $passed passed, $failed failed"
	[ "$unit_rc" = 0 ]
	exit
fi

# --- a real server on the real Neo4j ---------------------------------------
cd "$root"
work=$(mktemp -d)
server_pid=""
neo4j_started=""
cleanup() {
	if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
	if [ -n "$neo4j_started" ]; then test_neo4j_stop "$work/attache" >/dev/null 2>&1; fi
	rm -rf "$work"
}
trap cleanup EXIT

log "web: building attache"
go build -o "$work/attache" ./cmd/attache

# The tests' own Neo4j (scripts/test-neo4j.sh), never the user's graph.
. scripts/test-neo4j.sh
test_neo4j_start "$work/attache"
if [ -n "$test_neo4j_started" ]; then neo4j_started=yes; fi

log "web: attache load examples/articles"
# Loading is idempotent; a second try covers a transient Neo4j error (such as
# another test clearing the shared graph at the same moment on a dev machine).
"$work/attache" load --quiet examples/articles || {
	echo "web: attache load failed; trying once more"
	"$work/attache" load --quiet examples/articles
}

scale_timeout=120000
if [ "${ATTACHE_E2E_SCALE:-}" = 1 ]; then
	n="${ATTACHE_E2E_SCALE_N:-10000}"
	log "web: attache load $n generated articles (attache gen -n $n -seed 1)"
	"$work/attache" gen -n "$n" -seed 1 -o "$work/scale.jsonl"
	"$work/attache" load --quiet "$work/scale.jsonl"
	# A file of steps on a big graph on a shared machine outlasts two minutes.
	scale_timeout=900000
fi

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
url="http://127.0.0.1:$port"
log "web: attache serve --addr 127.0.0.1:$port"
"$work/attache" serve --addr "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server_pid=$!
ready=""
for _ in $(seq 1 120); do
	if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$url/readyz"; then ready=yes; break; fi
	if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
	sleep 0.5
done
if [ -z "$ready" ]; then
	echo "attache serve did not become ready at $url/readyz; its log:" >&2
	cat "$work/serve.log" >&2
	exit 1
fi

log "web: browser tests (Chromium $("$chromium" --version 2>/dev/null | awk '{print $2}'), screenshots in web/test-results/)"
cd web
rm -rf test-results && mkdir -p test-results
e2e_tap="$work/e2e.tap"
e2e_rc=0
ATTACHE_URL="$url" CHROMIUM="$chromium" ARTEFACTS="$PWD/test-results" \
	node --test --test-concurrency=1 --test-timeout="$scale_timeout" \
	--test-reporter=spec --test-reporter-destination=stdout \
	--test-reporter=tap --test-reporter-destination="$e2e_tap" e2e/ || e2e_rc=$?
p=$(count pass "$e2e_tap"); f=$(count fail "$e2e_tap")
passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
if [ "$e2e_rc" != 0 ]; then
	echo "--- attache serve log (last 40 lines)"; tail -n 40 "$work/serve.log"
fi
echo "screenshots: $(ls test-results/*.png 2>/dev/null | wc -l) in web/test-results/"
echo "web: $passed passed, $failed failed"
[ "$unit_rc" = 0 ] && [ "$e2e_rc" = 0 ]
