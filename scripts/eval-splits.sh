#!/usr/bin/env bash
# eval-splits.sh: extract and score the held-out splits and the 107 corpus
# articles with one build, one line per split (score and the six parts), the
# scorer's full table in OUT/SPLIT.txt. Used to compare two builds of the
# extractor during a round of issue 11 (see docs/EXTRACTION.md, "Measuring").
#
#   scripts/eval-splits.sh                        # this checkout, read splits + corpus
#   BIN=/tmp/attache-old OUT=/tmp/ev-old scripts/eval-splits.sh
#   SPLITS="test7 test8" scripts/eval-splits.sh   # only these
#   PERART=1 SPLITS=test8 scripts/eval-splits.sh  # and each article's score, lowest first
#   TABLES=1 scripts/eval-splits.sh               # and each scorer table in full (make eval-heldout)
#
# The sealed splits (SEALED in testdata/heldout/README.md) are left out unless
# SEALED=1: they are measured once per merge, never used to write rules.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
out=${OUT:-tmp/eval-splits}
read_splits="dev test test2 test3 test4 test5 test6 test7 test8 test9"
sealed_splits="test10 test11"
splits=${SPLITS:-$read_splits}
[ "${SEALED:-}" = 1 ] && splits="$splits $sealed_splits"
[ -f "$shared/eval/score.go" ] || { echo "eval-splits.sh needs $shared/eval (set SHARED)" >&2; exit 1; }
mkdir -p "$out"
tools=$(mktemp -d); trap 'rm -rf "$tools"' EXIT
bin=${BIN:-$tools/attache}
[ -n "${BIN:-}" ] || go build -o "$bin" ./cmd/attache
go build -o "$tools/score" "$shared/eval/score.go"

# summary prints a scorer table as one line: the score and each part's macro F1.
summary() { awk '/^(officials|countries|pairs|engagements|dated|issues) /{printf "%s %s  ", substr($1,1,4), $8} /^score=/{s=$0} END{print s}' "$1"; }

# per_article scores each gold file alone (the scorer averages over articles).
per_article() {
	local gold=$1 pred=$2 one
	one=$(mktemp -d)
	for g in "$gold"/*.json; do
		rm -f "$one"/*.json; cp "$g" "$one/"
		printf '%s %s\n' "$(basename "$g" .json)" "$("$tools/score" -gold "$one" -pred "$pred" 2>/dev/null | summary /dev/stdin)"
	done | sort -t= -k2 -n
	rm -rf "$one"
}

score_one() { # name articles gold
	local name=$1 articles=$2 gold=$3
	rm -rf "${out:?}/$name"; mkdir -p "$out/$name"
	"$bin" extract --out "$out/$name" "$articles" >/dev/null 2>"$out/$name.log" || { echo "$name: extract failed, see $out/$name.log"; return 1; }
	"$tools/score" -gold "$gold" -pred "$out/$name" -corpus "$articles" >"$out/$name.txt" 2>&1
	printf '%-6s %s\n' "$name" "$(summary "$out/$name.txt")"
	[ -z "${TABLES:-}" ] || cat "$out/$name.txt"
	[ -z "${PERART:-}" ] || per_article "$gold" "$out/$name"
}

for split in $splits; do
	dir=testdata/heldout/$split
	[ -f "$dir/articles.jsonl" ] || continue
	score_one "$split" "$dir/articles.jsonl" "$dir/gold"
done
[ -n "${SPLITS:-}" ] || score_one c107 "$shared/corpus/articles.jsonl" "$shared/eval/gold"
