#!/usr/bin/env bash
# The programme's Gantt at 2,000 tasks (issue 12): builds a programme of 143 actions × 14 template
# tasks (2,002 tasks, 2,578 chart rows with stages, actions and phases) through the API of a demo
# started here, then times one request at a time the Gantt page (SVG inline and its table), the
# SVG export and the A3 PDF, signed in as the administrator.
#
# Usage: bench/programme.sh [N]   N timed requests per URL (default 30), after 10 warm-up ones
# Environment: SKIP_BUILD=1 (reuse target/mutualis.jar), BENCH_DB=postgres (default H2),
#              BENCH_PORT (18190), the bench_start variables of bench/lib.sh.
# Times are curl's time_total, keep-alive off; the medians are the figures to quote.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
n="${1:-30}"
warmup=10
port="${BENCH_PORT:-18190}"
[[ "${SKIP_BUILD:-0}" == 1 ]] || mvn -B -q -DskipTests package
work="$(mktemp -d)"
trap 'bench_stop; rm -rf "$work"' EXIT
bench_start target/mutualis.jar "$port"
jar="$work/cookies"
bench_signin "$jar" admin demo-admin-2012
secret="$(bench_token "$jar")"
api() { curl -fsS -H "Authorization: Bearer $secret" -H 'Content-Type: application/json' "$@"; }

territory="$(api "$BENCH_BASE/api/programmes" | sed -n 's/.*"territory":{"id":\([0-9]*\).*/\1/p')"
programme="$(api -X POST "$BENCH_BASE/api/programmes" -d "{\"territoryId\":$territory,\"name\":\"Banc d’essai 2 000 tâches\",\"startsOn\":\"2024-01-01\",\"endsOn\":\"2029-12-31\",\"fromStudy\":false}" \
    | sed -n 's/^{"id":\([0-9]*\).*/\1/p')"
bench_log "programme $programme on territory $territory"
stages=()
for s in 1 2 3 4; do
    api -X POST "$BENCH_BASE/api/programmes/$programme/stages" -d "{\"title\":\"Étape $s\"}" > "$work/view.json"
done
mapfile -t stages < <(grep -o '"stages":\[.*' "$work/view.json" | grep -o '{"id":[0-9]*,"position"' | grep -o '[0-9]\+')
for a in $(seq 143); do
    stage="${stages[$(( (a - 1) % 4 ))]}"
    year=$(( 2024 + (a % 5) ))
    month=$(( 1 + (a % 12) ))
    api -X POST "$BENCH_BASE/api/programmes/$programme/actions" \
        -d "{\"stageId\":$stage,\"title\":\"Action $a\",\"firstYear\":$year,\"lastYear\":$((year + 1)),\"startOn\":\"$year-$(printf %02d $month)-01\"}" > /dev/null
done
tasks="$(api "$BENCH_BASE/api/programmes/$programme" | grep -o '"kind":"' | wc -l)"
bench_log "$tasks tasks"

time_url() {
    local url="$1"
    for _ in $(seq "$warmup"); do curl -sS -o /dev/null -b "$jar" "$url"; done
    for _ in $(seq "$n"); do curl -sS -o "$work/body" -b "$jar" -w '%{http_code} %{time_total}\n' "$url"; done > "$work/times"
    if grep -qv '^200 ' "$work/times"; then
        echo "Not all answers were 200 for $url" >&2
        sort "$work/times" | cut -d' ' -f1 | uniq -c >&2
        return 1
    fi
    cut -d' ' -f2 "$work/times" | sort -n | awk '{ t[NR] = $1 * 1000 }
        END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
              printf "median %.0f ms, p90 %.0f ms, min %.0f ms, max %.0f ms", m, t[int(NR * 0.9 + 0.999999)], t[1], t[NR] }'
    printf ' (%d requests, %d bytes)\n' "$n" "$(wc -c < "$work/body")"
}
echo "$(date -Iseconds)  $(nproc) cores, load average $(bench_loadavg), db ${BENCH_DB:-h2}, $tasks tasks"
echo "Gantt page   $(time_url "$BENCH_BASE/programmes/$programme/gantt")"
echo "Gantt SVG    $(time_url "$BENCH_BASE/programmes/$programme/gantt.svg")"
echo "Gantt PDF    $(time_url "$BENCH_BASE/programmes/$programme/gantt.pdf")"
echo "Programme    $(time_url "$BENCH_BASE/programmes/$programme")"
