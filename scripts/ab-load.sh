#!/usr/bin/env bash
# Loading speed of two builds, interleaved: A B A B … on the same machine in
# the same minutes, so that a shared machine's load falls on both alike; with
# PORT2 set, each round runs A (on PORT) and B (on PORT2) at the same time
# instead, for a machine so shared that minutes apart differ more than two
# loads side by side disturb each other.
# Each run starts a fresh Neo4j of its own (Maven route, empty data folder,
# PORT, default heap and page cache), loads WARMUP articles of seed 2 untimed
# (a warm server, as in any load past its first minute), then times N
# articles of seed 1 with `attache load --quiet` (batches of BATCH, one
# writer) under /usr/bin/time; the corpora are generated once, by A. Prints
# one table row per run: seconds, articles/s, the loader's max RSS, the load
# average before the run, the CPU seconds of the loader (user + system) and
# of Neo4j (/proc/PID/stat) during the timed load, which a shared machine
# disturbs much less than the wall time, and the graph's counts after it
# (`attache stats`).
#
#   scripts/ab-load.sh REV_A REV_B [ROUNDS]      # git revisions, built with git archive + go build
#   PORT=7695 N=30000 WARMUP=10000 scripts/ab-load.sh main h-load7 2
#   PORT=7695 PORT2=7696 scripts/ab-load.sh main h-load7 2     # A and B side by side
#
# A revision may also be the path of an attache binary already built.
# DUMP, when set, is a command run after each load with NEO4J_URI set,
# whose output (a dump of the graph) is kept as DUMPDIR/ab-load-BUILD-ROUND.dump
# (DUMPDIR default /tmp), to compare the graphs the two builds wrote.
# PROFILE, when set to a folder, has each timed load write its heap profile
# at its largest heap there (`attache load --memprofile`, a sample of the
# runtime's heap size every 50 ms: cheap) as ab-load-BUILD-ROUND.mem, and
# the row gain the heap's peak in MB; both builds must have the flag.
set -euo pipefail
cd "$(dirname "$0")/.."

a="${1:?usage: scripts/ab-load.sh REV_A REV_B [ROUNDS]}"
b="${2:?usage: scripts/ab-load.sh REV_A REV_B [ROUNDS]}"
rounds="${3:-2}"
n="${N:-30000}"
warmup="${WARMUP:-10000}"
batch="${BATCH:-500}"
port="${PORT:-7699}"
port2="${PORT2:-}"

work=$(mktemp -d)
cleanup() {
	local p
	for p in "$port" $port2; do
		if [ -d "$work/neo4j-$p" ]; then
			ATTACHE_NEO4J_ROUTE=maven ATTACHE_NEO4J_STATE="$work/neo4j-$p" ATTACHE_NEO4J_ADDR="127.0.0.1:$p" \
				"$work/A" neo4j stop >/dev/null 2>&1 || true
		fi
	done
	rm -rf "$work"
}
trap cleanup EXIT

# build NAME REV: an attache binary of REV at $work/NAME.
build() {
	if [ -x "$2" ] && [ -f "$2" ]; then
		cp "$2" "$work/$1"
		return
	fi
	mkdir -p "$work/src-$1"
	git archive "$2" | tar -x -C "$work/src-$1"
	(cd "$work/src-$1" && go build -o "$work/$1" ./cmd/attache)
}
build A "$a"
build B "$b"

"$work/A" gen -n "$n" -seed 1 -o "$work/corpus.jsonl" 2>/dev/null
if [ "$warmup" -gt 0 ]; then
	"$work/A" gen -n "$warmup" -seed 2 -o - 2>/dev/null | sed 's/"id":"synth-/"id":"warmup-/' >"$work/warmup.jsonl"
fi
echo "A = $a, B = $b; $n articles (seed 1) timed after $warmup (seed 2), batches of $batch, one writer, port $port"
echo
printf '| build | round | start (UTC) | load avg | seconds | articles/s | loader max RSS MB | loader CPU s | Neo4j CPU s | graph |\n'
printf '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n'

# cpu PID: the CPU time of a process so far, in clock ticks.
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# run NAME ROUND PORT: one fresh server, the warm-up, the timed load, one row.
run() {
	local bin="$work/$1" p="$3" out="$work/$1-$3"
	local state="$work/neo4j-$p" uri="bolt://127.0.0.1:$p"
	rm -rf "$state"
	local env=(env ATTACHE_NEO4J_ROUTE=maven ATTACHE_NEO4J_STATE="$state" ATTACHE_NEO4J_ADDR="127.0.0.1:$p")
	"${env[@]}" "$bin" neo4j start >"$out.start" 2>&1 || { cat "$out.start" >&2; exit 1; }
	local pid
	pid=$(sed -n 's/.*(pid \([0-9]*\).*/\1/p' "$out.start" | tail -1)
	if [ "$warmup" -gt 0 ]; then
		NEO4J_URI="$uri" "$bin" load --quiet --batch-size "$batch" \
			"$work/warmup.jsonl" >"$out.load" 2>&1 || { cat "$out.load" >&2; exit 1; }
	fi
	local start load c0 c1 prof=()
	if [ -n "${PROFILE:-}" ]; then
		prof=(--memprofile "$PROFILE/ab-load-$1-$2.mem")
	fi
	start=$(date -u +%H:%M)
	load=$(cut -d' ' -f1 /proc/loadavg)
	c0=$(cpu "$pid")
	/usr/bin/time -f '%e %M %U %S' -o "$out.time" \
		env NEO4J_URI="$uri" "$bin" load --quiet --batch-size "$batch" "${prof[@]}" \
		"$work/corpus.jsonl" >"$out.load" 2>&1 || { cat "$out.load" >&2; exit 1; }
	c1=$(cpu "$pid")
	NEO4J_URI="$uri" "$bin" stats >"$out.stats" 2>&1 || { cat "$out.stats" >&2; exit 1; }
	if [ -n "${DUMP:-}" ]; then
		NEO4J_URI="$uri" $DUMP >"$out.dump" || { echo "DUMP failed" >&2; exit 1; }
		cp "$out.dump" "${DUMPDIR:-/tmp}/ab-load-$1-$2.dump"
	fi
	"${env[@]}" "$bin" neo4j stop >/dev/null 2>&1
	rm -rf "$state"
	local graph secs rss user sys
	graph=$(sed -n 's/^graph: \([0-9]*\) nodes and \([0-9]*\) relationships$/\1 nodes, \2 rels/p' "$out.stats")
	if [ -n "${PROFILE:-}" ]; then
		graph="$graph; heap peak $(sed -n 's/.*heap objects (\([0-9.]* MB\)).*/\1/p' "$out.load" | tail -1)"
	fi
	read -r secs rss user sys <"$out.time"
	awk -v name="$1" -v r="$2" -v st="$start" -v la="$load" -v s="$secs" -v n="$n" -v rss="$rss" -v g="$graph" \
		-v lc="$(echo "$user + $sys" | bc)" -v nc="$(((c1 - c0) / $(getconf CLK_TCK)))" \
		'BEGIN { printf "| %s | %d | %s | %s | %.1f | %.0f | %d | %.1f | %d | %s |\n", name, r, st, la, s, n/s, rss/1024, lc, nc, g }'
}

for r in $(seq 1 "$rounds"); do
	if [ -n "$port2" ]; then
		run A "$r" "$port" >"$work/row-A" &
		run B "$r" "$port2" >"$work/row-B"
		wait
		cat "$work/row-A" "$work/row-B"
	else
		run A "$r" "$port"
		run B "$r" "$port"
	fi
done
