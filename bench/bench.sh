#!/bin/sh
# Speed benchmark (not a test): the same firmware with no database, with the
# profile (--db), and with the full trace, plus the raw SQLite insert rate of the
# trace's row shape measured in the same run.  Prints simulated instructions per
# second and the ratios.
#   bench/bench.sh [BUILD_DIR] [FIRMWARE] [TRACE_CYCLES]
set -eu
B=${1:-build}
FW=${2:-$B/workloads/bin/unit_mnist.elf}
TRACE_CYCLES=${3:-20000000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# run LABEL ARGS...: time one ferro run; print instructions, seconds, instr/s
run() {
    label=$1; shift
    start=$(date +%s.%N)
    "$B/ferro" run "$FW" --json "$@" >"$T/out.json" 2>/dev/null || true
    end=$(date +%s.%N)
    insns=$(sed -n 's/.*"instructions": \([0-9]*\).*/\1/p' "$T/out.json")
    awk -v l="$label" -v n="$insns" -v a="$start" -v b="$end" 'BEGIN {
        s = b - a; printf "%-10s %12d instructions %8.2f s %8.2f M instr/s\n", l, n, s, n / s / 1e6
        print n / s > "'"$T/$label.rate"'" }'
}

echo "firmware: $FW"
run plain
run profile --db "$T/p.sqlite"
run trace --db "$T/t.sqlite" --trace full --max-cycles "$TRACE_CYCLES"
accesses=$(sqlite3 "$T/t.sqlite" "SELECT (SELECT count(*) FROM trace_access) * 1.0 / (SELECT count(*) FROM trace)")
steps=$(sqlite3 "$T/t.sqlite" "SELECT count(*) FROM trace")
"$B/bench/sqlite_insert" "$steps" "$accesses" "$T/raw.sqlite" | tee "$T/raw.txt"
raw=$(sed -n 's/.*: \([0-9.]*\) M steps\/s.*/\1/p' "$T/raw.txt")
awk -v p="$(cat "$T/profile.rate")" -v q="$(cat "$T/plain.rate")" -v t="$(cat "$T/trace.rate")" \
    -v r="$raw" -v a="$accesses" 'BEGIN {
    printf "profile / plain: %.2f   trace / raw insert: %.2f   (accesses per step %.2f)\n", p / q, t / (r * 1e6), a }'
ps_kb=$( (/usr/bin/time -f '%M' "$B/ferro" run "$FW" --db "$T/m.sqlite" >/dev/null) 2>&1 | tail -1)
echo "resident memory of a profile run: $((ps_kb / 1024)) MB"
