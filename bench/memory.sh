#!/usr/bin/env bash
# Memory under a sequence of imports and exports: starts the jar as docs/operations.md says
# (-Xmx1g -XX:+ExitOnOutOfMemoryError), imports the national synthetic territory (36,864
# collectivités), then runs ROUNDS times: import the 36,000-row answers file in CSV, XLSX and ODS
# (each into a new campaign), export the last one in CSV, XLSX and ODS; after every step it prints
# the server's resident memory (VmRSS and its peak VmHWM, MB, /proc/PID/status), the seconds and
# the load average. The bound holds when VmHWM stops growing after the first round and the server
# is still alive and answering at the end (exit code 1 otherwise, or when a step fails).
#
# Usage: bench/memory.sh [JAR]          (default target/mutualis.jar; a scratch directory in /tmp)
# Needs the files of bench/scale.sh (SCALE_DIR, default target/bench-scale): answers-36000.csv,
# .xlsx and .ods (made by `bench/scale.sh national`), and its official data.
# Environment:
#   BENCH_JAVA_OPTS   JVM options (default "-Xmx1g -XX:+ExitOnOutOfMemoryError", the documented start)
#   ROUNDS=3          rounds of imports and exports;  FORMATS="csv xlsx ods"  EXPORTS="csv xlsx ods"
#   ROWS=36000        which answers-N files to import
#   BENCH_DB=postgres / BENCH_DB_URL, PORT (8290): as bench/load.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/scale.sh"

jarfile="${1:-$repo/target/mutualis.jar}"
port="${PORT:-8290}"
rounds="${ROUNDS:-3}"
rows="${ROWS:-36000}"
formats="${FORMATS:-csv xlsx ods}"
exports="${EXPORTS-csv xlsx ods}"
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g -XX:+ExitOnOutOfMemoryError}"
failed=0

for f in $formats; do
    [[ -f "$SCALE_DIR/answers-$rows.$f" ]] || { echo "No $SCALE_DIR/answers-$rows.$f: run bench/scale.sh national first" >&2; exit 1; }
done

stop_server() { bench_stop; rm -rf "$work"; }
trap stop_server EXIT
bench_start "$jarfile" "$port" --mutualis.territory.official-data="$SCALE_DIR/official"
signin
heap="$(jcmd "$BENCH_PID" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/-XX:MaxHeapSize=//p')"
echo "# $(date -u -Iseconds) $(basename "$jarfile") db=${BENCH_DB:-h2}, java opts '$BENCH_JAVA_OPTS', MaxHeapSize $((${heap:-0} / 1048576)) MB, $(nproc) cores"
echo "# after start: RSS $(bench_rss "$BENCH_PID" | tr ' ' /) MB (VmRSS/VmHWM)"
territory="$(import_epci "$NATIONAL_SIREN")"
echo "# national territory $territory imported: RSS $(bench_rss "$BENCH_PID" | tr ' ' /) MB"
printf '| %5s | %-6s | %-6s | %6s | %9s | %-11s | %-7s |\n' round what format rows seconds 'RSS after' load
printf '|%s|\n' "-------|--------|--------|--------|-----------|-------------|---------"

line() {
    printf '| %5s | %-6s | %-6s | %6s | %9s | %-11s | %-7s |\n' "$1" "$2" "$3" "$4" "$5" \
        "$(bench_rss "$BENCH_PID" | tr ' ' /)" "$(cut -d' ' -f1 /proc/loadavg)"
}

alive() {
    kill -0 "$BENCH_PID" 2>/dev/null && curl -sS -o /dev/null --max-time 30 "$BENCH_BASE/login"
}

for round in $(seq "$rounds"); do
    campaign=""
    for f in $formats; do
        campaign="$(open_campaign "$territory" "Mémoire $round $f")"
        if import_file "$campaign" "$SCALE_DIR/answers-$rows.$f" 2> "$work/import.err"; then
            line "$round" import "$f" "$IMPORT_ROWS" "$IMPORT_SECONDS"
        else
            line "$round" import "$f" "$rows" FAILED
            sed 's/^/#   /' "$work/import.err" | head -c 800
            echo
            failed=1
        fi
        alive || { echo "!! the server died or answers nothing after importing $f (round $round)" >&2; exit 1; }
    done
    for f in $exports; do
        if export_file "$campaign" "$f" "$work/export.$f" 2> "$work/export.err"; then
            line "$round" export "$f" "$rows" "$EXPORT_SECONDS"
        else
            line "$round" export "$f" "$rows" FAILED
            sed 's/^/#   /' "$work/export.err"
            failed=1
        fi
        rm -f "$work/export.$f"
        alive || { echo "!! the server died or answers nothing after exporting $f (round $round)" >&2; exit 1; }
    done
done
echo "# end: RSS $(bench_rss "$BENCH_PID" | tr ' ' /) MB (VmRSS/VmHWM), load $(bench_loadavg); server alive"
exit "$failed"
