# Shared functions of the bench scripts (source it: `. "$(dirname "$0")/lib.sh"`).
#
# Starting a jar:   bench_start JAR PORT [extra application arguments...]
#   Runs `java $BENCH_JAVA_OPTS -jar JAR --spring.profiles.active=demo --server.port=PORT ...` in a
#   scratch directory ($BENCH_DIR, default a new /tmp/mutualis-bench.XXXX; H2 writes ./data there).
#   Database: H2 unless BENCH_DB=postgres; then a dedicated database mutualis_bench_PORT is dropped
#   and created on $BENCH_PG_HOST (127.0.0.1):$BENCH_PG_PORT (5432) as $BENCH_PG_USER (postgres),
#   or BENCH_DB_URL names one (jdbc:postgresql://…, created beforehand, not dropped).
#   BENCH_PG_PARAMS: the driver's parameters for the database it creates (e.g. reWriteBatchedInserts=true).
#   Sets BENCH_PID, BENCH_LOG, BENCH_BASE; bench_stop kills that process (and drops the database).
#   BENCH_NICE=-10 (root only): the script runs in a session of its own (setsid) whose processes
#   (server, wrk, curl) get that scheduling priority, so that a machine shared with builds measures
#   the application rather than the other processes (see bench_priority).
# Signing in:       bench_signin COOKIE_JAR USER PASSWORD      (fails loudly when refused)
# API token:        bench_token COOKIE_JAR                      (prints the mut_… secret)
set -euo pipefail

# BENCH_NICE: the scheduler shares the CPU between sessions (autogroups) before nice values count,
# so the script moves to a session of its own and gives that session the priority.
bench_priority() {
    if [[ -n "${BENCH_NICE:-}" && "${BENCH_NICE:-}" != 0 ]]; then
        echo "$BENCH_NICE" > /proc/self/autogroup
    fi
}

bench_log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
bench_loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# The hidden _csrf input of a page's form.
csrf_of() {
    sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p; s/.*value="\([^"]*\)"[^>]*name="_csrf".*/\1/p' "$1" | head -1
}

bench_pg_psql() {
    PGPASSWORD="${BENCH_PG_PASSWORD:-${PGPASSWORD:-}}" psql -q -h "${BENCH_PG_HOST:-127.0.0.1}" \
        -p "${BENCH_PG_PORT:-5432}" -U "${BENCH_PG_USER:-postgres}" -v ON_ERROR_STOP=1 "$@"
}

bench_start() {
    local jar="$1" port="$2"
    shift 2
    jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
    [[ -f "$jar" ]] || { echo "No jar at $jar" >&2; return 1; }
    BENCH_DIR="${BENCH_DIR:-$(mktemp -d /tmp/mutualis-bench.XXXX)}"
    mkdir -p "$BENCH_DIR"
    BENCH_LOG="$BENCH_DIR/app.log"
    BENCH_BASE="http://127.0.0.1:$port"
    BENCH_DROP_DB=""
    local -a env=()
    if [[ -n "${BENCH_DB_URL:-}" ]]; then
        env=(MUTUALIS_DB_URL="$BENCH_DB_URL" MUTUALIS_DB_USER="${BENCH_PG_USER:-postgres}"
            MUTUALIS_DB_PASSWORD="${BENCH_PG_PASSWORD:-${PGPASSWORD:-}}")
    elif [[ "${BENCH_DB:-h2}" == postgres ]]; then
        local db="mutualis_bench_$port"
        bench_pg_psql -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
        BENCH_DROP_DB="$db"
        env=(MUTUALIS_DB_URL="jdbc:postgresql://${BENCH_PG_HOST:-127.0.0.1}:${BENCH_PG_PORT:-5432}/$db${BENCH_PG_PARAMS:+?$BENCH_PG_PARAMS}"
            MUTUALIS_DB_USER="${BENCH_PG_USER:-postgres}" MUTUALIS_DB_PASSWORD="${BENCH_PG_PASSWORD:-${PGPASSWORD:-}}")
    fi
    # shellcheck disable=SC2086
    (cd "$BENCH_DIR" && exec env "${env[@]}" java ${BENCH_JAVA_OPTS:-} -jar "$jar" \
        --spring.profiles.active=demo --server.port="$port" "$@" > "$BENCH_LOG" 2>&1) &
    BENCH_PID=$!
    bench_log "started $jar (pid $BENCH_PID, port $port, db ${BENCH_DB_URL:-${BENCH_DROP_DB:-H2 in $BENCH_DIR}}, java opts '${BENCH_JAVA_OPTS:-}')"
    local t0=$SECONDS
    until grep -q 'Démo chargée\|Démo Morlaix 2012 déjà chargée' "$BENCH_LOG" 2>/dev/null; do
        if ! kill -0 "$BENCH_PID" 2>/dev/null; then
            tail -30 "$BENCH_LOG" >&2
            echo "The application stopped before the demo was loaded (log $BENCH_LOG)" >&2
            return 1
        fi
        if (( SECONDS - t0 > ${BENCH_START_TIMEOUT:-300} )); then
            echo "No « Démo chargée » in $BENCH_LOG after ${BENCH_START_TIMEOUT:-300} s" >&2
            return 1
        fi
        sleep 1
    done
    # Pages answer 503 « Mutualis démarre » until the start-up data is committed: wait for readiness.
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health")" == 200 ]]; do
        if (( SECONDS - t0 > ${BENCH_START_TIMEOUT:-300} )); then
            echo "/actuator/health not 200 after ${BENCH_START_TIMEOUT:-300} s" >&2
            return 1
        fi
        sleep 1
    done
    bench_log "demo loaded and ready after $((SECONDS - t0)) s"
}

bench_stop() {
    if [[ -n "${BENCH_PID:-}" ]] && kill -0 "$BENCH_PID" 2>/dev/null; then
        kill "$BENCH_PID" 2>/dev/null || true
        for _ in $(seq 30); do kill -0 "$BENCH_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$BENCH_PID" 2>/dev/null || true
    fi
    BENCH_PID=""
    if [[ -n "${BENCH_DROP_DB:-}" && "${BENCH_KEEP_DB:-0}" != 1 ]]; then
        bench_pg_psql -d postgres -c "drop database if exists $BENCH_DROP_DB with (force)" || true
        BENCH_DROP_DB=""
    fi
}

# Resident memory of the server: "VmRSS VmHWM" in MB.
bench_rss() {
    awk '/^VmRSS/ {r = $2} /^VmHWM/ {h = $2} END {printf "%d %d", r / 1024, h / 1024}' "/proc/$1/status"
}

bench_signin() {
    local jar="$1" user="$2" password="$3" page
    page="$(mktemp)"
    curl -fsS -c "$jar" -b "$jar" -o "$page" "$BENCH_BASE/login"
    local token
    token="$(csrf_of "$page")"
    rm -f "$page"
    [[ -n "$token" ]] || { echo "No _csrf field on $BENCH_BASE/login" >&2; return 1; }
    local location
    location="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
        --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
        "$BENCH_BASE/login")"
    if [[ "$location" == *error* || "$location" == */login* ]]; then
        echo "Sign-in refused for $user ($location)" >&2
        return 1
    fi
    grep -q 'SESSION' "$jar" || { echo "No SESSION cookie after signing in as $user" >&2; return 1; }
}

# The value of the SESSION cookie of a curl cookie jar.
bench_session() {
    awk '$6 == "SESSION" {print $7}' "$1" | tail -1
}

# A GET/POST form's _csrf for the signed-in session.
bench_csrf() {
    local jar="$1" url="$2" page
    page="$(mktemp)"
    curl -fsS -c "$jar" -b "$jar" -o "$page" "$url"
    csrf_of "$page"
    rm -f "$page"
}

bench_token() {
    local jar="$1" page token secret
    page="$(mktemp)"
    token="$(bench_csrf "$jar" "$BENCH_BASE/account/tokens")"
    curl -fsS -c "$jar" -b "$jar" -o "$page" \
        --data-urlencode "name=bench-$(date +%s%N)" --data-urlencode "_csrf=$token" "$BENCH_BASE/account/tokens"
    secret="$(grep -o 'mut_[A-Za-z0-9_-]*' "$page" | head -1 || true)"
    rm -f "$page"
    [[ -n "$secret" ]] || { echo "Could not create an API token at $BENCH_BASE/account/tokens" >&2; return 1; }
    echo "$secret"
}
