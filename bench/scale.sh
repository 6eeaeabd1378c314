#!/usr/bin/env bash
# Scale data for the load and file benchmarks, made through the application's own routes.
#
#   bench/scale.sh official
#       Writes $SCALE_DIR/official/: the real epci.json (1,255 EPCI, ../shared/data/territoire) plus
#       one synthetic EPCI « France synthétique » (SIREN 299999999) of 36,863 communes whose codes
#       are not real INSEE codes, and a link to the real communes.json. No server needed. Start the
#       jar with --mutualis.territory.official-data=$SCALE_DIR/official to use the other commands.
#   bench/scale.sh national          (server running, started with that official data)
#       Imports the synthetic EPCI as a territory (36,864 collectivités) with POST
#       /api/territories/import, opens the campaign « National 36000 » (Infrastructure) with the
#       /campaigns form, writes answers CSVs of 4,500, 9,000, 18,000 and 36,000 rows in the columns
#       of the campaign's CSV export (code, name, its questions; bench/scale_data.py; 15 columns
#       filled, the others left out), imports the 36,000-row file into it
#       (POST /api/campaigns/{id}/import) and downloads its XLSX and ODS exports; then, for 4,500,
#       9,000 and 18,000, opens « National N », imports the CSV and keeps its XLSX and ODS exports.
#       Writes $SCALE_DIR/national.env (TERRITORY=…, CAMPAIGN=… of the 36,000-row campaign) and
#       $SCALE_DIR/answers-N.{csv,xlsx,ods}. SKIP_SMALL=1: only the 36,000-row campaign and files;
#       SKIP_EXPORTS=1: no XLSX/ODS of the 36,000-row campaign (keeps those already in SCALE_DIR).
#       The CSVs do not depend on the server (same rows every run), nor do the XLSX/ODS made from
#       them: copy answers-* from another SCALE_DIR rather than making them again.
#   bench/scale.sh epcis             (server running, started with that official data)
#       Imports every real EPCI of France as a territory (1,255 POST /api/territories/import; an
#       EPCI already imported is counted, not an error). PARALLEL=N requests at once (default 2).
#   bench/scale.sh all               official, then national and epcis on a running server.
#
# Environment: MUTUALIS_URL (http://127.0.0.1:8080), MUTUALIS_USER / MUTUALIS_PASSWORD
#   (admin / demo-admin-2012), SCALE_DIR (target/bench-scale in this tree),
#   SHARED_DATA (../shared/data/territoire from the repository). Needs curl, jq, python3.
# Generated files stay out of git (target/ or wherever SCALE_DIR points).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/lib.sh"

repo="$(cd "$here/.." && pwd)"
SCALE_DIR="${SCALE_DIR:-$repo/target/bench-scale}"
mkdir -p "$SCALE_DIR"
SCALE_DIR="$(cd "$SCALE_DIR" && pwd)"
shared="${SHARED_DATA:-$repo/../shared/data/territoire}"
BENCH_BASE="${MUTUALIS_URL:-http://127.0.0.1:8080}"
user="${MUTUALIS_USER:-admin}"
password="${MUTUALIS_PASSWORD:-demo-admin-2012}"
NATIONAL_SIREN=299999999
NATIONAL_SIZES=(4500 9000 18000 36000)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"

official() {
    [[ -f "$shared/epci.json" ]] || { echo "No epci.json in $shared: set SHARED_DATA" >&2; exit 1; }
    python3 "$here/scale_data.py" official "$shared" "$SCALE_DIR/official"
}

signin() {
    if [[ -z "${secret:-}" ]]; then
        bench_signin "$jar" "$user" "$password"
        secret="$(bench_token "$jar")"
    fi
}

# POST /api/territories/import {siren}; prints the territory id (also when it already existed).
import_epci() {
    local siren="$1" out status
    out="$(mktemp)"
    status="$(curl -sS -o "$out" -w '%{http_code}' -H "Authorization: Bearer $secret" \
        -H 'Content-Type: application/json' -d "{\"siren\":\"$siren\"}" "$BENCH_BASE/api/territories/import")"
    if [[ "$status" == 201 ]]; then
        jq -r .id "$out"
    elif grep -q 'existe\|exists' "$out"; then
        curl -fsS -H "Authorization: Bearer $secret" "$BENCH_BASE/api/territories" \
            | jq -r --arg s "$siren" '[.[] | select(.epciSiren == $s)] | last | .id'
    else
        echo "Import of EPCI $siren: HTTP $status $(head -c 400 "$out")" >&2
        rm -f "$out"
        return 1
    fi
    rm -f "$out"
}

# Opens an Infrastructure campaign on a territory with the /campaigns form; prints its id.
open_campaign() {
    local territory="$1" name="$2" token location
    token="$(bench_csrf "$jar" "$BENCH_BASE/campaigns")"
    location="$(curl -sS -c "$jar" -b "$jar" -o "$work/open.html" -w '%{redirect_url}' \
        --data-urlencode "_csrf=$token" --data-urlencode "territoryId=$territory" \
        --data-urlencode "name=$name" --data-urlencode "themes=infrastructure" \
        --data-urlencode "censusDate=$(date +%F)" --data-urlencode "opensOn=$(date +%F)" \
        --data-urlencode "thresholds=1000,5000" --data-urlencode "lifespans=8,5,5" \
        --data-urlencode "otherLifespan=5" "$BENCH_BASE/campaigns")"
    local id="${location##*/campaigns/}"
    [[ "$id" =~ ^[0-9]+$ ]] || { echo "Opening campaign $name refused ($location): $(head -c 400 "$work/open.html")" >&2; return 1; }
    echo "$id"
}

import_file() {
    local campaign="$1" file="$2" status t0
    t0=$(date +%s.%N)
    status="$(curl -sS -o "$work/import.json" -w '%{http_code}' -H "Authorization: Bearer $secret" \
        -F "file=@$file" "$BENCH_BASE/api/campaigns/$campaign/import")"
    local seconds
    seconds="$(echo "$(date +%s.%N) - $t0" | bc)"
    if [[ "$status" != 200 ]]; then
        echo "Import of $file into campaign $campaign: HTTP $status $(head -c 600 "$work/import.json")" >&2
        return 1
    fi
    IMPORT_SECONDS="$seconds"
    IMPORT_ROWS="$(jq -r .imported "$work/import.json")"
    bench_log "imported $IMPORT_ROWS rows of $(basename "$file") into campaign $campaign in ${seconds} s (load $(bench_loadavg))"
}

export_file() {
    local campaign="$1" format="$2" out="$3" status t0
    t0=$(date +%s.%N)
    status="$(curl -sS -o "$out" -w '%{http_code}' -H "Authorization: Bearer $secret" \
        "$BENCH_BASE/api/campaigns/$campaign/export?format=$format")"
    EXPORT_SECONDS="$(echo "$(date +%s.%N) - $t0" | bc)"
    [[ "$status" == 200 ]] || { echo "Export $format of campaign $campaign: HTTP $status" >&2; return 1; }
    bench_log "exported campaign $campaign as $format: $(wc -c < "$out") bytes"
}

national() {
    [[ -f "$SCALE_DIR/official/national-codes.txt" ]] || official
    signin
    bench_log "importing the national territory (EPCI $NATIONAL_SIREN, 36,864 collectivités)…"
    local territory campaign
    territory="$(import_epci "$NATIONAL_SIREN")"
    bench_log "national territory: $territory"
    campaign="$(open_campaign "$territory" "National 36000")"
    bench_log "national campaign: $campaign"
    # The columns of the campaign's CSV export: code, name, then its questions in order.
    curl -fsS -H "Authorization: Bearer $secret" "$BENCH_BASE/api/campaigns/$campaign/questionnaire" \
        | jq -r '["code", "name"] + [.questions[].code] | join(",")' > "$work/header.csv"
    for n in "${NATIONAL_SIZES[@]}"; do
        python3 "$here/scale_data.py" answers "$work/header.csv" "$SCALE_DIR/official/national-codes.txt" \
            "$n" "$SCALE_DIR/answers-$n.csv" >&2
    done
    import_file "$campaign" "$SCALE_DIR/answers-36000.csv"
    printf 'TERRITORY=%s\nCAMPAIGN=%s\n' "$territory" "$campaign" > "$SCALE_DIR/national.env"
    if [[ "${SKIP_EXPORTS:-0}" != 1 ]]; then
        for format in xlsx ods; do
            export_file "$campaign" "$format" "$SCALE_DIR/answers-36000.$format"
        done
    fi
    if [[ "${SKIP_SMALL:-0}" != 1 ]]; then
        for n in 4500 9000 18000; do
            local c
            c="$(open_campaign "$territory" "National $n")"
            import_file "$c" "$SCALE_DIR/answers-$n.csv"
            for format in xlsx ods; do
                export_file "$c" "$format" "$SCALE_DIR/answers-$n.$format"
            done
        done
    fi
    bench_log "national data ready: $(cat "$SCALE_DIR/national.env" | tr '\n' ' ') files in $SCALE_DIR"
}

epcis() {
    [[ -f "$SCALE_DIR/official/epci-sirens.txt" ]] || official
    signin
    local t0=$SECONDS
    export BENCH_BASE secret
    export -f import_epci
    # shellcheck disable=SC2016
    xargs -P "${PARALLEL:-2}" -I{} bash -c 'import_epci {} > /dev/null || echo FAILED {}' \
        < "$SCALE_DIR/official/epci-sirens.txt" > "$work/epcis.out" 2>&1
    if grep -q FAILED "$work/epcis.out"; then
        head -20 "$work/epcis.out" >&2
        echo "$(grep -c FAILED "$work/epcis.out") EPCI imports failed" >&2
        exit 1
    fi
    local count
    count="$(curl -fsS -H "Authorization: Bearer $secret" "$BENCH_BASE/api/territories" | jq length)"
    bench_log "every EPCI imported in $((SECONDS - t0)) s: $count territories (load $(bench_loadavg))"
}

# Sourced (bench/files.sh), only the functions above.
[[ "${BASH_SOURCE[0]}" == "$0" ]] || return 0
case "${1:-}" in
    official) official ;;
    national) national ;;
    epcis) epcis ;;
    all) official; national; epcis ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2 ;;
esac
