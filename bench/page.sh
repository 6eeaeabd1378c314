#!/usr/bin/env bash
# Times the synthesis page of a running demo app (and its JSON API) as a signed-in user sees it.
# Start the demo first: `mvn spring-boot:run` (127.0.0.1:8080, campaign 1 = Morlaix 2012).
#
# Usage: bench/page.sh [N]        N timed requests per URL (default 200), after 20 warm-up ones
# Environment: MUTUALIS_URL (http://127.0.0.1:8080), CAMPAIGN (1),
#              MUTUALIS_USER / MUTUALIS_PASSWORD (admin / demo-admin-2012, the demo account),
#              SKIP_API=1 not to create an API token and time /api/campaigns/{id}/synthesis.
# Times are curl's time_total: from connection to last byte, keep-alive off, one request at a time.
set -euo pipefail

base="${MUTUALIS_URL:-http://127.0.0.1:8080}"
n="${1:-200}"
warmup=20
campaign="${CAMPAIGN:-1}"
user="${MUTUALIS_USER:-admin}"
password="${MUTUALIS_PASSWORD:-demo-admin-2012}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"

# The hidden _csrf input of a page's form.
csrf_of() {
    sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p; s/.*value="\([^"]*\)"[^>]*name="_csrf".*/\1/p' "$1" | head -1
}

curl -fsS -c "$jar" -b "$jar" -o "$work/login.html" "$base/login"
token="$(csrf_of "$work/login.html")"
[[ -n "$token" ]] || { echo "No _csrf field on $base/login" >&2; exit 1; }
location="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
    "$base/login")"
if [[ "$location" == *error* ]]; then
    echo "Sign-in refused for $user ($location)" >&2
    exit 1
fi

# Prints "median p90 min max" in ms of N requests; the status of each must be 200.
time_url() {
    local url="$1"
    shift
    for _ in $(seq "$warmup"); do
        curl -sS -o /dev/null "$@" "$url"
    done
    for _ in $(seq "$n"); do
        curl -sS -o "$work/body" -w '%{http_code} %{time_total}\n' "$@" "$url"
    done > "$work/times"
    if grep -qv '^200 ' "$work/times"; then
        echo "Not all answers were 200 for $url:" >&2
        sort "$work/times" | cut -d' ' -f1 | uniq -c >&2
        exit 1
    fi
    cut -d' ' -f2 "$work/times" | sort -n | awk '
        { t[NR] = $1 * 1000 }
        END {
            median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            p90 = t[int(NR * 0.9 + 0.999999)]
            printf "median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms", median, p90, t[1], t[NR]
        }'
    printf ' (%d requests, %d bytes)\n' "$n" "$(wc -c < "$work/body")"
}

page="$base/campaigns/$campaign/synthesis"
echo "$(date -Iseconds)  $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
echo "Synthesis page  $page: $(time_url "$page" -b "$jar")"

if [[ "${SKIP_API:-0}" != 1 ]]; then
    curl -fsS -c "$jar" -b "$jar" -o "$work/tokens.html" "$base/account/tokens"
    token="$(csrf_of "$work/tokens.html")"
    curl -fsS -c "$jar" -b "$jar" -o "$work/issued.html" \
        --data-urlencode "name=bench-$(date +%s)" --data-urlencode "_csrf=$token" "$base/account/tokens"
    secret="$(grep -o 'mut_[A-Za-z0-9_-]*' "$work/issued.html" | head -1 || true)"
    if [[ -z "$secret" ]]; then
        echo "Could not create an API token: JSON API not timed." >&2
    else
        api="$base/api/campaigns/$campaign/synthesis"
        echo "JSON API        $api: $(time_url "$api" -H "Authorization: Bearer $secret")"
        echo "(token bench-… stays listed at $base/account/tokens: revoke it there if the database is kept)"
    fi
fi
