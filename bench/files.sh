#!/usr/bin/env bash
# Times answers-file imports (4,500 … 36,000 rows; CSV, XLSX, ODS) and exports of a 36,000-row
# campaign (CSV, XLSX, ODS) on the national synthetic territory, with the server's resident memory
# (VmRSS and its peak VmHWM, from /proc/PID/status) before and after each.
#
# Usage: bench/files.sh [JAR]           (default target/mutualis.jar; a scratch directory in /tmp)
# Needs the files of bench/scale.sh (SCALE_DIR, default target/bench-scale): answers-N.csv, and
# answers-N.xlsx / .ods (made by `bench/scale.sh national`, which also needs a server; they do not
# depend on the database, so they can be made once, on any jar, and reused).
# Environment:
#   BENCH_JAVA_OPTS        JVM options of the server (default none: the JVM's default heap, 1/4 of
#                          the RAM; the heap limit used is printed as MaxHeapSize). E.g. -Xmx1g.
#   BENCH_DB=postgres / BENCH_DB_URL, PORT (8200): as bench/load.sh
#   SIZES="4500 9000 18000 36000"  FORMATS="csv xlsx ods"  EXPORTS="csv xlsx ods" (empty: none)
#   SAVE_EXPORTS=DIR       keep the exported files as DIR/answers-36000.{csv,xlsx,ods}
#   SERVER_ARGS            more arguments of the server (e.g. --spring.datasource.url=…)
#   JFR=DIR                record a JFR profile (settings=profile) of the server during each import
#                          (DIR/import-N-FORMAT.jfr); summarise with bench/profile_summary.py
#   MUTUALIS_URL + SERVER_PID  use a running server started with
#                          --mutualis.territory.official-data=$SCALE_DIR/official
# Each import goes into a new campaign « Import N format » of the national territory (36,864
# collectivités) through POST /api/campaigns/{id}/import (what the import page's preview and
# confirmation run, in one request, as an API client does); the exports are those of
# GET /api/campaigns/{id}/export?format=… of the campaign that received the 36,000-row CSV
# (or one made for them). Each line gives the wall-clock seconds and the CPU seconds the server used
# meanwhile (« cpu s », all its threads: comparable across loads of a shared machine). A refused
# import or failed export prints FAILED with its status and the
# script goes on (exit code 1 at the end). Then (NATIONAL_PAGES=1, the default) the pages of that
# 36,000-answer campaign, one request at a time (REPEAT=2): follow-up, synthesis page, a figure
# explanation, synthesis API, with seconds and bytes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [[ -n "${BENCH_NICE:-}" && -z "${BENCH_SESSION:-}" ]]; then
    BENCH_SESSION=1 exec setsid -w "$0" "$@"
fi
. "$here/scale.sh"
bench_priority

jarfile="${1:-$repo/target/mutualis.jar}"
port="${PORT:-8200}"
sizes="${SIZES:-4500 9000 18000 36000}"
formats="${FORMATS:-csv xlsx ods}"
exports="${EXPORTS-csv xlsx ods}"
failed=0

for n in $sizes; do
    for f in $formats; do
        [[ -f "$SCALE_DIR/answers-$n.$f" ]] || { echo "No $SCALE_DIR/answers-$n.$f: run bench/scale.sh national first" >&2; exit 1; }
    done
done

stop_server() { if [[ -z "${MUTUALIS_URL:-}" ]]; then bench_stop; fi; rm -rf "$work"; }
trap stop_server EXIT
if [[ -n "${MUTUALIS_URL:-}" ]]; then
    BENCH_PID="${SERVER_PID:?SERVER_PID: the process id of the server at $MUTUALIS_URL}"
else
    # shellcheck disable=SC2086
    bench_start "$jarfile" "$port" --mutualis.territory.official-data="$SCALE_DIR/official" ${SERVER_ARGS:-}
fi
signin
heap="$(jcmd "$BENCH_PID" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/-XX:MaxHeapSize=//p')"
echo "# $(date -u -Iseconds) $(basename "$jarfile") db=${BENCH_DB:-h2}${BENCH_DB_URL:+ $BENCH_DB_URL}, java opts '${BENCH_JAVA_OPTS:-}', MaxHeapSize $((${heap:-0} / 1048576)) MB, $(nproc) cores"
territory="$(import_epci "$NATIONAL_SIREN")"
echo "# national territory $territory (36,864 collectivités); RSS = VmRSS/VmHWM in MB"
printf '| %-6s | %-6s | %6s | %9s | %7s | %-11s | %-11s | %-7s |\n' what format rows seconds 'cpu s' 'RSS before' 'RSS after' load
printf '|%s|\n' "--------|--------|--------|-----------|---------|-------------|-------------|---------"

# CPU seconds the server's process has used (all its threads, GC included): what a request cost
# whatever else the machine runs, where the seconds of a shared machine mostly say how busy it is.
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
cpu_from="$(cpu_ticks "$BENCH_PID")"
cpu_start() { cpu_from="$(cpu_ticks "$BENCH_PID")"; }
cpu_used() { awk -v a="$cpu_from" -v b="$(cpu_ticks "$BENCH_PID")" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (b - a) / hz }'; }

line() {
    printf '| %-6s | %-6s | %6s | %9s | %7s | %-11s | %-11s | %-7s |\n' "$1" "$2" "$3" "$4" "$(cpu_used)" "$5" \
        "$(bench_rss "$BENCH_PID" | tr ' ' /)" "$(cut -d' ' -f1 /proc/loadavg)"
}

export_campaign=""
for f in $formats; do
    for n in $sizes; do
        campaign="$(open_campaign "$territory" "Import $n $f")"
        before="$(bench_rss "$BENCH_PID" | tr ' ' /)"
        if [[ -n "${JFR:-}" ]]; then
            mkdir -p "$JFR"
            jcmd "$BENCH_PID" JFR.start name="import-$n-$f" settings=profile \
                filename="$(cd "$JFR" && pwd)/import-$n-$f.jfr" > /dev/null
        fi
        cpu_start
        if import_file "$campaign" "$SCALE_DIR/answers-$n.$f" 2> "$work/import.err"; then
            line import "$f" "$IMPORT_ROWS" "$IMPORT_SECONDS" "$before"
            if [[ "$n" == 36000 && -z "$export_campaign" ]]; then export_campaign="$campaign"; fi
        else
            line import "$f" "$n" FAILED "$before"
            sed 's/^/#   /' "$work/import.err" | head -c 800
            echo
            failed=1
        fi
        if [[ -n "${JFR:-}" ]]; then jcmd "$BENCH_PID" JFR.stop name="import-$n-$f" > /dev/null || true; fi
        kill -0 "$BENCH_PID" 2>/dev/null || { echo "!! the server died" >&2; exit 1; }
    done
done

if [[ -n "$exports" ]]; then
    if [[ -z "$export_campaign" ]]; then
        export_campaign="$(open_campaign "$territory" "Export 36000")"
        import_file "$export_campaign" "$SCALE_DIR/answers-36000.csv" 2> /dev/null
    fi
    for f in $exports; do
        before="$(bench_rss "$BENCH_PID" | tr ' ' /)"
        cpu_start
        if export_file "$export_campaign" "$f" "$work/export.$f" 2> "$work/export.err"; then
            line export "$f" 36000 "$EXPORT_SECONDS" "$before"
            echo "#   $(wc -c < "$work/export.$f") bytes"
        else
            line export "$f" 36000 "FAILED" "$before"
            sed 's/^/#   /' "$work/export.err"
            failed=1
        fi
        if [[ -n "${SAVE_EXPORTS:-}" && -s "$work/export.$f" ]]; then cp "$work/export.$f" "$SAVE_EXPORTS/answers-36000.$f"; fi
        rm -f "$work/export.$f"
        if ! curl -sS -o /dev/null --max-time 30 "$BENCH_BASE/login"; then
            echo "!! the server answers nothing after the $f export" >&2
            exit 1
        fi
    done
fi
# The national campaign's pages, one request at a time (REPEAT=2 each): seconds, bytes, status.
if [[ "${NATIONAL_PAGES:-1}" == 1 && -n "$export_campaign" ]]; then
    echo "# pages of the 36,000-answer campaign $export_campaign of the national territory, one request at a time"
    national_page() {
        local label="$1" url="$2" times=()
        shift 2
        for _ in $(seq "${REPEAT:-2}"); do
            times+=("$(curl -sS -o /dev/null -w '%{time_total}s %{size_download}B %{http_code}' --max-time 600 "$@" "$BENCH_BASE$url")")
        done
        printf '| %-18s | %-58s | %s | load %s |\n' "$label" "$url" "${times[*]}" "$(cut -d' ' -f1 /proc/loadavg)"
    }
    national_page follow-up "/campaigns/$export_campaign/follow-up" -b "$jar"
    national_page "synthesis page" "/campaigns/$export_campaign/synthesis" -b "$jar"
    national_page "figure explanation" "/campaigns/$export_campaign/synthesis/figures/count.desktops_excl_schools.extrapolated" -b "$jar"
    national_page "synthesis API" "/api/campaigns/$export_campaign/synthesis" -H "Authorization: Bearer $secret"
fi
echo "# server resident memory at the end (VmRSS VmHWM, MB): $(bench_rss "$BENCH_PID")"
exit "$failed"
