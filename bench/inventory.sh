#!/usr/bin/env bash
# Inventory ingestion, side by side (issue 15): the same generated computers POSTed by CONCURRENCY
# concurrent senders (default 20), each inventory once,
#   1. to the OCS Inventory server from Debian's packages (ocsinventory-server 2.11.1 on Apache
#      mod_perl + MariaDB, set up by bench/inventory-ocs-server.sh), as OCS XML, the way
#      ocsinventory-agent 2.10 sends it (zlib, Content-Type application/x-compress);
#   2. to Mutualis started from the jar on PostgreSQL, POST /api/inventory/agent/{enrolment token},
#      as GLPI Agent JSON (zlib, Content-Type application/x-compress-zlib, GLPI-Agent-ID), and as the
#      same OCS XML with MUTUALIS_FORMATS="glpi ocs".
# Each server gets a warm-up, then RUNS runs of fresh inventories (machines it has never seen). Prints
# one row per run (rate, latency median and p95, failures) and the medians, then the ratio Mutualis / OCS.
# Goals: Mutualis >= 200 GLPI inventories/s with 20 senders, and >= 10 x the OCS server's rate.
#
# Usage: bench/inventory.sh [JAR]      (default target/mutualis.jar; as root: the OCS part installs packages)
# Environment:
#   CONCURRENCY=20         concurrent senders, both servers
#   RUNS=3                 measured runs per server and format (median reported)
#   OCS_WARMUP=60  OCS_COUNT=200           inventories of the OCS warm-up and of each OCS run
#   MUTUALIS_WARMUP=500  MUTUALIS_COUNT=3000   the same for Mutualis
#   INVENTORIES=/tmp/mutualis-inventories  generated there when missing (bench/inventory/generate.py;
#                          about 18 KB per machine for both formats), reused afterwards
#   OCS_PORT=8089          Apache of the OCS server (127.0.0.1 only); OCS_KEEP=1: no fresh database;
#                          OCS_TRANSACTION=0: a commit per section (see bench/inventory-ocs-server.sh)
#   SKIP_OCS=1 / SKIP_MUTUALIS=1           one side only
#   MUTUALIS_URL=http://127.0.0.1:PORT     a Mutualis already running (its database: MUTUALIS_DB_NAME)
#                          instead of starting the jar; otherwise the jar runs with BENCH_DB=postgres
#                          on BENCH_PORT (18215), see bench/lib.sh; SKIP_BUILD=1 reuses the jar
#   MUTUALIS_TOKEN=…       an enrolment token (otherwise one is created through the API, see mutualis_enrolment_token)
#   MUTUALIS_FORMATS=glpi  "glpi ocs" also sends the OCS XML inventories to Mutualis
#   MUTUALIS_COUNT_SQL=…   SQL counting the computers Mutualis stored (default: select count(*) from inv_device)
# Exit code 1 when any run had a failure (non-2xx, bad reply, time-out, or fewer computers stored
# than inventories answered with success).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
here="$repo/bench"
. "$here/lib.sh"

concurrency="${CONCURRENCY:-20}"
runs="${RUNS:-3}"
ocs_warmup="${OCS_WARMUP:-60}"
ocs_count="${OCS_COUNT:-200}"
m_warmup="${MUTUALIS_WARMUP:-500}"
m_count="${MUTUALIS_COUNT:-3000}"
inv="${INVENTORIES:-/tmp/mutualis-inventories}"
ocs_port="${OCS_PORT:-8089}"
m_formats="${MUTUALIS_FORMATS:-glpi}"
work="$(mktemp -d /tmp/inventory-bench.XXXX)"
failed=0
declare -A MEDIAN=()

cleanup() {
    if [[ -z "${MUTUALIS_URL:-}" ]]; then bench_stop 2> /dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

loud() { printf '!!!!! %s\n' "$*"; }
median() { sort -g | awk '{v[NR] = $1} END {if (NR) print v[int((NR + 1) / 2)]; else print 0}'; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< "$2"; }

# Generated inventories 0..n-1 in both formats (generate.py is deterministic: machine i is always the same).
ensure_inventories() {
    local n="$1" have=0
    while [[ -f "$inv/ocs/$(printf %06d "$have").xml.z" && -f "$inv/glpi/$(printf %06d "$have").json.z" ]]; do
        have=$((have + 100))
    done
    have=$((have > 100 ? have - 100 : 0))
    while [[ -f "$inv/ocs/$(printf %06d "$have").xml.z" && -f "$inv/glpi/$(printf %06d "$have").json.z" ]]; do
        have=$((have + 1))
    done
    if (( have < n )); then
        bench_log "generating inventories $have..$((n - 1)) in $inv"
        python3 "$here/inventory/generate.py" --start "$have" --count "$((n - have))" --out "$inv"
    fi
}

javac -d "$work/classes" "$here/inventory/Sender.java"
send() { java -cp "$work/classes" Sender --concurrency "$concurrency" --dir "$inv" "$@"; }

echo "== $(date -Iseconds), $(nproc) cores, $(java -version 2>&1 | head -1), load average $(bench_loadavg)"
echo "== $concurrency concurrent senders, $runs runs per server and format, inventories in $inv"

# ---------------------------------------------------------------------------------------------------
# 1. The OCS Inventory server.
# ---------------------------------------------------------------------------------------------------
ocs_rows() { mysql -N ocsweb -e "SELECT COUNT(*) FROM hardware"; }

if [[ "${SKIP_OCS:-0}" != 1 ]]; then
    ensure_inventories $((ocs_warmup + runs * ocs_count))
    OCS_RESET="$([[ "${OCS_KEEP:-0}" == 1 ]] && echo 0 || echo 1)" OCS_PORT="$ocs_port" "$here/inventory-ocs-server.sh"
    ocs_url="http://127.0.0.1:$ocs_port/ocsinventory"
    echo "== OCS: ocsinventory-server $(dpkg-query -W -f '${Version}' ocsinventory-server), $(mysql -N -e 'select version()'), Apache $(apachectl -v | sed -n 's/.*Apache\/\([^ ]*\).*/\1/p') prefork + mod_perl, INVENTORY_TRANSACTION ${OCS_TRANSACTION:-1 (as packaged)}, $ocs_url"
    bench_log "OCS warm-up: $ocs_warmup inventories (Apache children start, software dictionary fills)"
    send --url "$ocs_url" --format ocs --from 0 --count "$ocs_warmup" --label ocs-warmup | grep -v '^RESULT' || true
    echo "| server | format | run | inventories | answered 2xx | computers stored | seconds | answered/s | stored/s | p50 ms | p95 ms | load avg |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    answered_rates=() stored_rates=()
    for r in $(seq "$runs"); do
        from=$((ocs_warmup + (r - 1) * ocs_count))
        before="$(ocs_rows)"
        out="$(send --url "$ocs_url" --format ocs --from "$from" --count "$ocs_count" --label "ocs-run$r" || true)"
        after="$(ocs_rows)"
        res="$(grep '^RESULT' <<< "$out" || true)"
        grep '^!!!!!' <<< "$out" || true
        [[ -n "$res" ]] || { loud "OCS run $r: the sender printed no result"; echo "$out"; failed=1; continue; }
        ok="$(field ok "$res")"; secs="$(field seconds "$res")"; stored=$((after - before))
        stored_rate="$(awk -v s="$stored" -v t="$secs" 'BEGIN {printf "%.2f", s / t}')"
        answered_rates+=("$(field rate "$res")"); stored_rates+=("$stored_rate")
        echo "| OCS 2.11.1 + MariaDB | OCS XML | $r | $(field sent "$res") | $ok | $stored | $secs | $(field rate "$res") | $stored_rate | $(field p50_ms "$res") | $(field p95_ms "$res") | $(bench_loadavg) |"
        if (( $(field non2xx "$res") + $(field badreply "$res") + $(field ioerrors "$res") > 0 )); then failed=1; fi
        if (( stored < ok )); then
            loud "OCS run $r: the server answered $ok inventories with success but stored only $stored computers (hardware rows)"
            loud "  (its log: grep -c Deadlock /var/log/apache2/error.log -> $(grep -c 'Deadlock found' /var/log/apache2/error.log || true) deadlocks so far)"
            failed=1
        fi
    done
    MEDIAN[ocs_answered]="$(printf '%s\n' "${answered_rates[@]}" | median)"
    MEDIAN[ocs_stored]="$(printf '%s\n' "${stored_rates[@]}" | median)"
    echo "== OCS, median of $runs runs: ${MEDIAN[ocs_answered]} inventories/s answered with success, ${MEDIAN[ocs_stored]}/s computers actually stored"
fi

# ---------------------------------------------------------------------------------------------------
# 2. Mutualis on PostgreSQL.
# ---------------------------------------------------------------------------------------------------
# Prints an enrolment token of a collectivité for the agent endpoint, with the
# signed-in admin session in the cookie jar "$1" (bench_signin done). Called only when
# MUTUALIS_TOKEN is not given; without a token the Mutualis part is skipped (loudly). Done with a personal API token (bench_token, as bench/load.sh): the first collectivité of the
# admin's territory in GET /api/inventory/collectivities, then POST …/collectivities/{id}/enrolments.
# Keeps the collectivité's id in $work/collectivity (M_COLLECTIVITY).
M_COLLECTIVITY=""
mutualis_enrolment_token() {
    local jar="$1" secret id
    secret="$(bench_token "$jar")" || return 1
    id="$(curl -fsS -H "Authorization: Bearer $secret" "$BENCH_BASE/api/inventory/collectivities" | jq -r '.[0].collectivityId')"
    [[ -n "$id" && "$id" != null ]] || { echo "No collectivité in GET /api/inventory/collectivities" >&2; return 1; }
    M_COLLECTIVITY="$id"
    echo "$id" > "$work/collectivity"
    curl -fsS -H "Authorization: Bearer $secret" -H 'Content-Type: application/json' \
        -d '{"label":"bench inventory.sh"}' "$BENCH_BASE/api/inventory/collectivities/$id/enrolments" | jq -r .token
}

if [[ "${SKIP_MUTUALIS:-0}" != 1 ]]; then
    m_db=""
    if [[ -n "${MUTUALIS_URL:-}" ]]; then
        BENCH_BASE="$MUTUALIS_URL"
        m_db="${MUTUALIS_DB_NAME:-}"
    else
        jarfile="${1:-$repo/target/mutualis.jar}"
        if [[ "${SKIP_BUILD:-0}" != 1 ]]; then (cd "$repo" && mvn -B -o -q -DskipTests package); fi
        export BENCH_DB=postgres
        m_port="${BENCH_PORT:-18215}"
        bench_start "$jarfile" "$m_port"
        m_db="mutualis_bench_$m_port"
    fi
    token="${MUTUALIS_TOKEN:-}"
    if [[ -z "$token" ]]; then
        bench_signin "$work/cookies" "${MUTUALIS_USER:-admin}" "${MUTUALIS_PASSWORD:-demo-admin-2012}"
        token="$(mutualis_enrolment_token "$work/cookies" || true)"
        M_COLLECTIVITY="$(cat "$work/collectivity" 2> /dev/null || true)"
    fi
    # The stored count (default): every device row of the database (each new machine is one row).
    : "${MUTUALIS_COUNT_SQL:=select count(*) from inv_device}"
    if [[ -z "$token" ]]; then
        loud "Mutualis part SKIPPED: no enrolment token (set MUTUALIS_TOKEN, or fill mutualis_enrolment_token in $0)"
        failed=1
    else
        m_url="$BENCH_BASE/api/inventory/agent/$token"
        # "server-ticks postgres-ticks": CPU time (utime + stime) of the jar started here and of the
        # PostgreSQL backends of the bench's database (the pool's connections live through the runs).
        # Not the backends of other databases nor the shared processes (WAL writer, checkpointer,
        # autovacuum), which on a shared machine mostly work for other sessions' tests; empty with MUTUALIS_URL.
        m_cpu_ticks() {
            [[ -n "${BENCH_PID:-}" && -r "/proc/$BENCH_PID/stat" ]] || return 0
            local server pg=0 p cmd
            server="$(awk '{print $14 + $15}' "/proc/$BENCH_PID/stat")"
            for p in $(pgrep -u postgres || true); do
                cmd="$(tr '\0' ' ' < "/proc/$p/cmdline" 2> /dev/null || true)"
                # A client backend names its database and its client's address: "postgres: 15/main: USER DB 127.0.0.1(PORT) …"
                if [[ "$cmd" != *" $m_db "*"("*")"* ]]; then continue; fi
                pg=$((pg + $(awk '{print $14 + $15}' "/proc/$p/stat" 2> /dev/null || echo 0)))
            done
            echo "$server $pg"
        }
        m_rows() {
            if [[ -n "${MUTUALIS_COUNT_SQL:-}" && -n "$m_db" ]]; then bench_pg_psql -d "$m_db" -At -c "$MUTUALIS_COUNT_SQL"; else echo ""; fi
        }
        ensure_inventories $((m_warmup + runs * m_count))
        echo "== Mutualis: $BENCH_BASE on PostgreSQL $(bench_pg_psql -d postgres -At -c 'show server_version' 2> /dev/null || echo '?'), POST /api/inventory/agent/{token}"
        echo "| server | format | run | inventories | answered 2xx | computers stored | seconds | answered/s | stored/s | p50 ms | p95 ms | server CPU ms/inv | PostgreSQL CPU ms/inv | sender CPU ms/inv | load avg |"
        echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
        for fmt in $m_formats; do
            send --url "$m_url" --format "$fmt" --from 0 --count "$m_warmup" --label "mutualis-$fmt-warmup" | grep -v '^RESULT' >&2 || true
            rates=() srates=()
            for r in $(seq "$runs"); do
                from=$((m_warmup + (r - 1) * m_count))
                before="$(m_rows)"; cpu_before="$(m_cpu_ticks)"
                out="$(send --url "$m_url" --format "$fmt" --from "$from" --count "$m_count" --label "mutualis-$fmt-run$r" || true)"
                cpu_after="$(m_cpu_ticks)"; after="$(m_rows)"
                res="$(grep '^RESULT' <<< "$out" || true)"
                grep '^!!!!!' <<< "$out" || true
                [[ -n "$res" ]] || { loud "Mutualis $fmt run $r: the sender printed no result"; echo "$out"; failed=1; continue; }
                ok="$(field ok "$res")"; secs="$(field seconds "$res")"
                stored="?" srate="?"
                if [[ -n "$before" && -n "$after" ]]; then
                    stored=$((after - before))
                    srate="$(awk -v s="$stored" -v t="$secs" 'BEGIN {printf "%.2f", s / t}')"
                    srates+=("$srate")
                    if (( stored < ok )); then
                        loud "Mutualis $fmt run $r: $ok inventories answered with success but $stored computers stored"
                        failed=1
                    fi
                fi
                rates+=("$(field rate "$res")")
                # CPU per inventory (ms): the server's JVM, PostgreSQL's processes, the sender.
                cpu="$(awk -v b="$cpu_before" -v a="$cpu_after" -v n="$(field sent "$res")" -v s="$(field sender_cpu_s "$res")" -v hz="$(getconf CLK_TCK)" \
                    'BEGIN {split(b, x); split(a, y); if (x[1] == "" || n == 0) {print "? | ? | ?"; exit}
                            printf "%.1f | %.1f | %.1f", (y[1] - x[1]) * 1000 / hz / n, (y[2] - x[2]) * 1000 / hz / n, s * 1000 / n}')"
                echo "| Mutualis + PostgreSQL | ${fmt/glpi/GLPI JSON} | $r | $(field sent "$res") | $ok | $stored | $secs | $(field rate "$res") | $srate | $(field p50_ms "$res") | $(field p95_ms "$res") | $cpu | $(bench_loadavg) |" | sed 's/| ocs |/| OCS XML |/'
                if (( $(field non2xx "$res") + $(field badreply "$res") + $(field ioerrors "$res") > 0 )); then failed=1; fi
            done
            MEDIAN[mutualis_$fmt]="$(printf '%s\n' "${rates[@]}" | median)"
            echo "== Mutualis $fmt, median of $runs runs: ${MEDIAN[mutualis_$fmt]} inventories/s answered with success${srates[*]:+, $(printf '%s\n' "${srates[@]}" | median)/s stored}"
        done
    fi
fi

# ---------------------------------------------------------------------------------------------------
echo
echo "== Summary ($concurrency concurrent senders, medians of $runs runs, $(date -Iseconds), load average $(bench_loadavg))"
[[ -n "${MEDIAN[ocs_answered]:-}" ]] && echo "   OCS Inventory server (Debian, MariaDB), OCS XML: ${MEDIAN[ocs_answered]} inventories/s answered, ${MEDIAN[ocs_stored]}/s stored"
for fmt in glpi ocs; do
    [[ -n "${MEDIAN[mutualis_$fmt]:-}" ]] || continue
    echo "   Mutualis (PostgreSQL), $fmt: ${MEDIAN[mutualis_$fmt]} inventories/s (goal >= 200 for glpi)"
    if [[ -n "${MEDIAN[ocs_answered]:-}" ]]; then
        echo "   ratio Mutualis $fmt / OCS: $(awk -v m="${MEDIAN[mutualis_$fmt]}" -v o="${MEDIAN[ocs_answered]}" 'BEGIN {printf "%.1f", m / o}') x against what OCS answered," \
            "$(awk -v m="${MEDIAN[mutualis_$fmt]}" -v o="${MEDIAN[ocs_stored]}" 'BEGIN {if (o > 0) printf "%.1f", m / o; else print "inf"}') x against what it stored (goal >= 10 x)"
    fi
done
if (( failed )); then
    loud "AT LEAST ONE RUN HAD FAILURES OR LOST INVENTORIES: see the lines marked !!!!! above"
    exit 1
fi
