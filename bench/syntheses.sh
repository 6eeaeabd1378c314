#!/usr/bin/env bash
# « The 1,255 syntheses through the API » (issue 11: under 2 s): one campaign per territory of a
# running server, then GET /api/campaigns/{id}/synthesis of each, timed.
#
#   bench/syntheses.sh               (server running with every EPCI imported: bench/scale.sh epcis)
#       1. Opens, through the /campaigns form (as bench/scale.sh national does), one Infrastructure
#          campaign « Synthèse N » on every territory that has no campaign of that name yet; the ids
#          are kept in $SCALE_DIR/syntheses-campaigns.txt (reused on the next run).
#       2. GET /api/campaigns/{id}/synthesis of every campaign of that list with an API token:
#          sequentially (one curl, one connection), then PARALLEL curls at once; twice each (the
#          first pass computes every synthesis, the second reads the cache). Prints for each run
#          the wall time, the requests that did not answer 200, the total bytes and the load average.
#
# Environment: MUTUALIS_URL (http://127.0.0.1:8080), MUTUALIS_USER / MUTUALIS_PASSWORD
#   (admin / demo-admin-2012), SCALE_DIR (target/bench-scale), PARALLEL (4), OPEN_PARALLEL (2),
#   LIMIT (every territory; e.g. 100 for a quick run), TERMS (none: the default answer, the
#   summary; page: the detailed document, the default before the summary). Needs curl, jq.
# The campaigns open today and stay (the server's database is a bench one).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# The sign-in, token and campaign-opening functions of scale.sh (sourced: no command runs).
. "$here/scale.sh"

list="$SCALE_DIR/syntheses-campaigns.txt"
parallel="${PARALLEL:-4}"
signin

# Opens the campaign of each territory given, signed in with a session of its own (the form needs
# one and its CSRF token); prints "territory campaign" per line.
open_batch() {
    local jar t id
    jar="$(mktemp)"
    bench_signin "$jar" "$user" "$password" > /dev/null
    for t in "$@"; do
        if id="$(open_campaign "$t" "Synthèse $t")"; then
            echo "$t $id"
        else
            echo "FAILED $t" >&2
        fi
    done
    rm -f "$jar"
}

# 1. One campaign per territory.
# The EPCIs only: not the synthetic national territory (bench/scale.sh national).
curl -fsS -H "Authorization: Bearer $secret" "$BENCH_BASE/api/territories" \
    | jq -r --arg national "$NATIONAL_SIREN" '.[] | select(.epciSiren != $national) | .id' > "$work/territories"
if [[ -n "${LIMIT:-}" ]]; then
    head -n "$LIMIT" "$work/territories" > "$work/t" && mv "$work/t" "$work/territories"
fi
touch "$list"
# Territories that already have their bench campaign (territory id, campaign id per line).
cut -d' ' -f1 "$list" | sort > "$work/done"
sort "$work/territories" | comm -23 - "$work/done" > "$work/todo"
todo=$(wc -l < "$work/todo")
if (( todo > 0 )); then
    bench_log "opening $todo campaigns (one per territory, $((${OPEN_PARALLEL:-2})) at once)…"
    t0=$(date +%s.%N)
    export BENCH_BASE work user password
    export -f open_batch open_campaign bench_signin bench_csrf csrf_of bench_log
    xargs -P "${OPEN_PARALLEL:-2}" -n 50 bash -c 'open_batch "$@"' _ < "$work/todo" >> "$list"
    bench_log "opened in $(echo "$(date +%s.%N) - $t0" | bc) s; $(wc -l < "$list") campaigns listed"
fi
# The campaigns of those territories (the list may hold others from an earlier run).
awk 'NR == FNR {t[$1]; next} ($1 in t) {print $2}' "$work/territories" "$list" > "$work/campaigns"
n=$(wc -l < "$work/campaigns")

# 2. The syntheses, timed: one curl per worker, every URL on its one connection (keep-alive), so
# that the time is the server's and not that of starting 1,255 processes.
auth="$work/auth"
printf 'header = "Authorization: Bearer %s"\n' "$secret" > "$auth"

run() {
    local label="$1" p="$2" t0 seconds i
    rm -f "$work"/part.* "$work"/out.*
    split -n "r/$p" "$work/campaigns" "$work/part."
    t0=$(date +%s.%N)
    for part in "$work"/part.*; do
        {
            cat "$auth"
            while read -r id; do
                printf 'url = "%s/api/campaigns/%s/synthesis%s"\noutput = "/dev/null"\n' "$BENCH_BASE" "$id" \
                    "${TERMS:+?terms=$TERMS}"
            done < "$part"
        } > "$part.curl"
        curl -sS -K "$part.curl" -w '%{http_code} %{size_download}\n' > "${part/part./out.}" &
    done
    wait
    seconds="$(echo "$(date +%s.%N) - $t0" | bc)"
    cat "$work"/out.* > "$work/out"
    printf '%-26s %5d syntheses in %7.2f s  non-200: %d  bytes: %d  load %s\n' "$label" "$n" "$seconds" \
        "$(awk '$1 != 200' "$work/out" | wc -l)" "$(awk '{s += $2} END {print s + 0}' "$work/out")" \
        "$(bench_loadavg)"
}

for pass in 1 2; do
    run "pass $pass, sequential" 1
    run "pass $pass, $parallel at once" "$parallel"
done
