#!/usr/bin/env bash
# Load benchmark of the pages of issue 11: starts the jar with the demo profile, signs in, runs wrk
# with 10 then 50 concurrent connections on each page, prints one table row per page and level.
#
# Usage: bench/load.sh [JAR]            (default target/mutualis.jar; a scratch directory in /tmp)
# Environment:
#   BENCH_DB=postgres      PostgreSQL instead of H2: database mutualis_bench_PORT created and dropped
#                          (BENCH_PG_HOST/PORT/USER/PASSWORD, default 127.0.0.1:5432 postgres), or
#                          BENCH_DB_URL=jdbc:postgresql://… an existing database (not dropped)
#   PORT=8200              the server's port;  BENCH_JAVA_OPTS  JVM options (e.g. -Xmx1g)
#   BENCH_NICE=-10         server and wrk at a higher priority (root; see lib.sh) on a shared machine
#   LEVELS="10 50"         concurrent connections;  DURATION=15s per run;  TIMEOUT=10s (wrk --timeout)
#   THREADS=2              wrk threads;  WARMUP=5s  a 4-connection run on each page first (0 = none)
#   PAGES="api page figure follow offers scenarios comparison floor"   which rows (see below)
#   LISTS=1                also: import every EPCI of France (bench/scale.sh epcis, needs
#                          bench/scale.sh official) and load home, /campaigns, /territories, /admin/users;
#                          BENCH_DIR=the directory of an earlier LISTS run (its H2 database, kept): no
#                          import, the EPCIs are there already
#   MODE=national          instead of the table: import the national territory of 36,864
#                          collectivités and 36,000 answers (bench/scale.sh national, SKIP_SMALL=1),
#                          then time single requests (REPEAT=3 each, seconds and bytes) of its
#                          follow-up, synthesis page, a figure explanation and synthesis API
#   MUTUALIS_URL=http://…  use a running server instead of starting the jar (demo data; sign-in as
#                          MUTUALIS_USER / MUTUALIS_PASSWORD, default admin / demo-admin-2012)
#   JFR=DIR                record a JFR profile (settings=profile) of the server during each page's
#                          first-level run (DIR/<page>.jfr); summarise with bench/profile_summary.py
#
# Pages (campaign 1 = Morlaix 2012, territory 1 = its territory, signed in as admin):
#   api        /api/campaigns/1/synthesis                  (personal API token, made at /account/tokens)
#   page       /campaigns/1/synthesis
#   figure     /campaigns/1/synthesis/figures/count.desktops_excl_schools.extrapolated (a « ? » link)
#   follow     /campaigns/1/follow-up
#   offers     /offers?territory=1
#   scenarios  /scenarios?territory=1
#   comparison /api/scenarios/comparison?territory=1       (API token)
#   floor      /account/password: a signed-in page that reads nothing but the session (4 kB), the
#              least any page costs here (session, security, layout): no page can do better
# Every row: req/s, p50/p95/p99 (ms), requests, non-2xx answers, timeouts and socket errors, bytes per
# answer, the 1-minute load average after the run. A page that does not answer 200 before its run, or
# a run with redirects (a broken session: 302 to /login), stops the script with exit code 1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [[ -n "${BENCH_NICE:-}" && -z "${BENCH_SESSION:-}" ]]; then
    BENCH_SESSION=1 exec setsid -w "$0" "$@"
fi
. "$here/lib.sh"
bench_priority
repo="$(cd "$here/.." && pwd)"

jarfile="${1:-$repo/target/mutualis.jar}"
port="${PORT:-8200}"
levels="${LEVELS:-10 50}"
duration="${DURATION:-15s}"
timeout="${TIMEOUT:-10s}"
threads="${THREADS:-2}"
warmup="${WARMUP:-5s}"
pages="${PAGES:-api page figure follow offers scenarios comparison floor}"
user="${MUTUALIS_USER:-admin}"
password="${MUTUALIS_PASSWORD:-demo-admin-2012}"
work="$(mktemp -d)"
cookies="$work/cookies"
failed=0

cleanup() {
    if [[ -z "${MUTUALIS_URL:-}" ]]; then bench_stop; fi
    rm -rf "$work"
}
trap cleanup EXIT

declare -A URL=(
    [api]=/api/campaigns/1/synthesis
    [page]=/campaigns/1/synthesis
    [figure]=/campaigns/1/synthesis/figures/count.desktops_excl_schools.extrapolated
    [follow]=/campaigns/1/follow-up
    [offers]='/offers?territory=1'
    [scenarios]='/scenarios?territory=1'
    [comparison]='/api/scenarios/comparison?territory=1'
    [floor]=/account/password
    [home]=/
    [campaigns]=/campaigns
    [territories]=/territories
    [users]=/admin/users
)
declare -A AUTH=([api]=token [comparison]=token)

scale_args=()
if [[ "${MODE:-table}" == national || "${LISTS:-0}" == 1 ]]; then
    export SCALE_DIR="${SCALE_DIR:-$repo/target/bench-scale}"
    [[ -f "$SCALE_DIR/official/epci.json" ]] || "$here/scale.sh" official
    scale_args=(--mutualis.territory.official-data="$SCALE_DIR/official")
fi

if [[ -n "${MUTUALIS_URL:-}" ]]; then
    BENCH_BASE="$MUTUALIS_URL"
    BENCH_PID="${SERVER_PID:-$(pgrep -f "server.port=${BENCH_BASE##*:}" | head -1 || true)}"
else
    bench_start "$jarfile" "$port" "${scale_args[@]}"
fi
bench_signin "$cookies" "$user" "$password"
session="SESSION=$(bench_session "$cookies")"
secret="$(bench_token "$cookies")"

header() {
    echo "# $(date -u -Iseconds) $(basename "$jarfile") db=${BENCH_DB:-h2}${BENCH_DB_URL:+ $BENCH_DB_URL} $(nproc) cores, wrk -t$threads -d$duration --timeout $timeout, java opts '${BENCH_JAVA_OPTS:-}', nice ${BENCH_NICE:-0}"
    printf '| %-52s | %4s | %8s | %8s | %8s | %8s | %7s | %7s | %8s | %8s | %5s |\n' \
        page clients req/s 'p50 ms' 'p95 ms' 'p99 ms' requests non-2xx 'timeouts' bytes load
    printf '|%s|\n' "------------------------------------------------------|------|----------|----------|----------|----------|---------|---------|----------|----------|-------"
}

# Fails loudly unless the page answers 200 to the signed-in user.
check_page() {
    local name="$1" status
    local -a h=(-H "Cookie: $session")
    [[ "${AUTH[$name]:-}" == token ]] && h=(-H "Authorization: Bearer $secret")
    status="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 120 "${h[@]}" "$BENCH_BASE${URL[$name]}")"
    if [[ "$status" != "200 " ]]; then
        echo "!! $name ${URL[$name]} answers $status before its run: session broken or page failing" >&2
        return 1
    fi
}

run_wrk() {
    local name="$1" clients="$2" length="$3"
    local cookie="$session" auth=""
    if [[ "${AUTH[$name]:-}" == token ]]; then cookie=""; auth="Bearer $secret"; fi
    BENCH_COOKIE="$cookie" BENCH_AUTH="$auth" wrk -t"$threads" -c"$clients" -d"$length" --timeout "$timeout" \
        -s "$here/wrk-report.lua" "$BENCH_BASE${URL[$name]}" > "$work/wrk.out" 2>&1 || true
    grep '^RESULT' "$work/wrk.out" || { cat "$work/wrk.out" >&2; echo "RESULT 0 0 0 0 0 0 0 0 0 0"; }
}

row() {
    local name="$1" clients="$2"
    local jfr_pid=""
    if [[ -n "${JFR:-}" && "$clients" == "$(echo "$levels" | awk '{print $1}')" && -n "${BENCH_PID:-}" ]]; then
        mkdir -p "$JFR"
        jcmd "$BENCH_PID" JFR.start name="bench-$name" duration="$duration" \
            filename="$(cd "$JFR" && pwd)/$name.jfr" settings=profile > /dev/null
        jfr_pid=1
    fi
    local r
    r="$(run_wrk "$name" "$clients" "$duration")"
    read -r _ rps p50 p95 p99 n bad moved timeouts errors bytes <<< "$r"
    printf '| %-52s | %4s | %8s | %8s | %8s | %8s | %7s | %7s | %8s | %8s | %5s |\n' \
        "${URL[$name]}" "$clients" "$rps" "$p50" "$p95" "$p99" "$n" "$bad" "$timeouts+$errors" "$bytes" \
        "$(cut -d' ' -f1 /proc/loadavg)"
    if [[ -n "$jfr_pid" ]]; then sleep 2; fi
    if (( moved > 0 )); then
        echo "!! ${URL[$name]}: $moved redirects under load (302 to /login: the session broke)" >&2
        exit 1
    fi
    if (( bad > 0 || timeouts > 0 || errors > 0 || n == 0 )); then
        echo "!! ${URL[$name]} with $clients clients: $n answers, $bad non-2xx, $timeouts timeouts, $errors socket errors" >&2
        failed=1
    fi
}

table() {
    local list="$1"
    header
    for name in $list; do
        check_page "$name"
        if [[ "$warmup" != 0 ]]; then run_wrk "$name" 4 "$warmup" > /dev/null; fi
        for clients in $levels; do
            row "$name" "$clients"
        done
    done
}

# Single requests timed one at a time: "seconds bytes status" REPEAT times.
single() {
    local label="$1" url="$2"
    shift 2
    local times=()
    for _ in $(seq "${REPEAT:-3}"); do
        times+=("$(curl -sS -o /dev/null -w '%{time_total}s %{size_download}B %{http_code}' --max-time 600 "$@" "$BENCH_BASE$url")")
    done
    printf '| %-22s | %-60s | %s | load %s |\n' "$label" "$url" "${times[*]}" "$(cut -d' ' -f1 /proc/loadavg)"
}

national() {
    if [[ -z "${CAMPAIGN:-}" ]]; then
        MUTUALIS_URL="$BENCH_BASE" SKIP_SMALL=1 SKIP_EXPORTS=1 "$here/scale.sh" national
        # shellcheck disable=SC1091
        . "$SCALE_DIR/national.env"
    fi
    echo "# $(date -u -Iseconds) national campaign $CAMPAIGN (36,864 collectivités, 36,000 answers), $(basename "$jarfile") db=${BENCH_DB:-h2}"
    echo "# each request ${REPEAT:-3} times: time_total, bytes, status"
    local figure
    figure="$(curl -sS --max-time 600 -b "$cookies" "$BENCH_BASE/campaigns/$CAMPAIGN/synthesis" \
        | grep -o "/campaigns/$CAMPAIGN/synthesis/figures/count\.desktops_excl_schools\.extrapolated" | head -1 || true)"
    figure="${figure:-/campaigns/$CAMPAIGN/synthesis/figures/count.desktops_excl_schools.extrapolated}"
    single follow-up "/campaigns/$CAMPAIGN/follow-up" -b "$cookies"
    single "synthesis page" "/campaigns/$CAMPAIGN/synthesis" -b "$cookies"
    single "figure explanation" "$figure" -b "$cookies"
    single "synthesis API" "/api/campaigns/$CAMPAIGN/synthesis" -H "Authorization: Bearer $secret"
}

if [[ "${MODE:-table}" == national ]]; then
    national
else
    table "$pages"
    if [[ "${LISTS:-0}" == 1 ]]; then
        # Imported unless the database has them already (BENCH_DIR of an earlier run: see lib.sh).
        if (( $(curl -fsS -H "Authorization: Bearer $secret" "$BENCH_BASE/api/territories" | jq length) \
                <= $(wc -l < "$SCALE_DIR/official/epci-sirens.txt") )); then
            MUTUALIS_URL="$BENCH_BASE" "$here/scale.sh" epcis
        fi
        # A new session (the import took minutes): from an empty jar, since /login does not show
        # its form to a session already signed in.
        : > "$cookies"
        bench_signin "$cookies" "$user" "$password"
        session="SESSION=$(bench_session "$cookies")"
        echo "# with every EPCI of France imported ($(curl -fsS -H "Authorization: Bearer $secret" "$BENCH_BASE/api/territories" | jq length) territories)"
        table "home campaigns territories users"
    fi
fi
if [[ -n "${BENCH_PID:-}" ]] && [[ -r "/proc/$BENCH_PID/status" ]]; then
    echo "# server resident memory (VmRSS VmHWM, MB): $(bench_rss "$BENCH_PID")"
fi
exit "$failed"
