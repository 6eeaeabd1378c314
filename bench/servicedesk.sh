#!/usr/bin/env bash
# The service desk at scale (issue 13): 1,000,000 tickets over the 36,864 collectivités of the
# synthetic national EPCI, on PostgreSQL, then
#   - the agents' queue, first page, filtered (page and API), and a knowledge-base search (page and
#     API), each with wrk, 20 connections, signed in as the administrator (an agent of the centre)
#     in 20 sessions, one per simulated user (pages), or with an API token (API);
#   - opening a ticket (POST /api/servicedesk/tickets), one at a time, curl's time_total.
# Goals: queue and KB search p95 < 100 ms with 20 concurrent users; opening a ticket < 50 ms median.
#
# Usage: bench/servicedesk.sh
# Environment: SKIP_BUILD=1 (reuse target/mutualis.jar), BENCH_PORT (18195), TICKETS (1000000),
#   ARTICLES (600), DURATION (20s), CLIENTS (20), OPENS (200), THINK_MS (1000: the "users" load), SCALE_DIR (target/bench-scale),
#   SHARED_DATA (../shared/data/territoire), the bench_start variables of bench/lib.sh
#   (PostgreSQL on 127.0.0.1:5432 as postgres; BENCH_KEEP_DB=1 keeps the database).
# The tickets, their follow-ups and history rows are written by one SQL statement each
# (generate_series), like the rows the service writes; the articles go through the API (their
# search terms come from the application's French analyser).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
here="$(pwd)/bench"
port="${BENCH_PORT:-18195}"
tickets="${TICKETS:-1000000}"
articles="${ARTICLES:-600}"
duration="${DURATION:-20s}"
clients="${CLIENTS:-20}"
opens="${OPENS:-200}"
think="${THINK_MS:-1000}"
SCALE_DIR="${SCALE_DIR:-$(pwd)/target/bench-scale}"
shared="${SHARED_DATA:-$(pwd)/../shared/data/territoire}"
export BENCH_DB=postgres
# The driver sends a batch of inserts as multi-row statements: the background indexing of the
# million tickets' words (9.4 million term rows) goes several times faster. Advised in production too.
export BENCH_PG_PARAMS="${BENCH_PG_PARAMS:-reWriteBatchedInserts=true}"
[[ "${SKIP_BUILD:-0}" == 1 ]] || mvn -B -q -DskipTests package
[[ -f "$SCALE_DIR/official/epci.json" ]] || python3 bench/scale_data.py official "$shared" "$SCALE_DIR/official"
work="$(mktemp -d)"
trap 'bench_stop; rm -rf "$work"' EXIT
bench_start target/mutualis.jar "$port" --mutualis.territory.official-data="$SCALE_DIR/official"
db="mutualis_bench_$port"
sql() { bench_pg_psql -d "$db" -At "$@"; }
jar="$work/cookies"
bench_signin "$jar" admin demo-admin-2012
secret="$(bench_token "$jar")"
session="SESSION=$(bench_session "$jar")"
# 20 concurrent users are 20 sessions: each wrk request takes the next one (bench/wrk-report.lua).
sessions="$session"
for i in $(seq 2 "${CLIENTS:-20}"); do
    bench_signin "$work/jar$i" admin demo-admin-2012
    sessions="$sessions SESSION=$(bench_session "$work/jar$i")"
done
api() { curl -fsS -H "Authorization: Bearer $secret" -H 'Content-Type: application/json' "$@"; }

territory="$(api -d '{"siren":"299999999"}' "$BENCH_BASE/api/territories/import" | jq -r .id)"
collectivities="$(sql -c "select count(*) from collectivity where territory_id = $territory")"
centre="$(api "$BENCH_BASE/api/servicedesk/centres/mine?territory=$territory" | jq -r .centre.id)"
bench_log "territory $territory ($collectivities collectivités), centre $centre"

t0=$SECONDS
sql <<SQL
create temporary table pick as
    select row_number() over (order by id) as n, id from collectivity where territory_id = $territory;
create index on pick (n);
create temporary table cat as
    select row_number() over (order by id) as n, id from desk_category where centre_id = $centre;
create index on cat (n);
insert into desk_ticket (centre_id, collectivity_id, requester_name, requester_email, channel, category_id, title,
    description, impact, urgency, priority, status, opened_at, updated_at, taken_at, solved_at, closed_at,
    take_charge_due, resolve_due, sla_paused, satisfaction, version, terms_indexed)
select $centre,
       (select id from pick where n = 1 + (g::bigint * 7919) % $collectivities),
       'Secrétariat ' || g, 'mairie' || (g % 36000) || '@example.org',
       (array['WEB', 'MAIL', 'PHONE'])[1 + g % 3],
       (select id from cat where n = 1 + g % 10),
       (array['Imprimante en panne', 'Messagerie inaccessible', 'Réseau lent à la mairie', 'Mot de passe oublié',
              'Mise à jour du site internet', 'Sauvegarde échouée', 'Poste qui ne démarre plus',
              'Certificat de la plateforme e-administration', 'Scanner du secrétariat', 'Téléphone sans tonalité'])[1 + g % 10]
           || ' (' || g || ')',
       'Description de la demande ' || g,
       1 + g % 5, 1 + (g / 5) % 5,
       (array['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH', 'MAJOR'])[1 + g % 6],
       s.status,
       o.opened, o.opened + interval '1 hour',
       case when s.status <> 'NEW' then o.opened + interval '2 hours' end,
       case when s.status in ('SOLVED', 'CLOSED') then o.opened + interval '1 day' end,
       case when s.status = 'CLOSED' then o.opened + interval '8 days' end,
       o.opened + interval '4 hours', o.opened + interval '3 days',
       s.status in ('WAITING_REQUESTER', 'WAITING_SUPPLIER'),
       case when s.status in ('SOLVED', 'CLOSED') and g % 3 = 0 then 1 + g % 5 end,
       0, true
from generate_series(1, $tickets) g
cross join lateral (select timestamp '2024-01-01' + (g * interval '60 seconds') as opened) o
cross join lateral (select (array['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'SOLVED',
        'NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_REQUESTER', 'WAITING_SUPPLIER', 'CLOSED', 'CLOSED', 'CLOSED',
        'CLOSED', 'CLOSED', 'CLOSED', 'REOPENED'])[1 + g % 20] as status) s;
insert into desk_followup (ticket_id, author_name, from_requester, private_note, body, minutes, created_at)
select id, 'Technicien', false, id % 4 = 0, 'Intervention sur ' || title || ' : redémarrage et vérification.', 15 + id % 30,
       opened_at + interval '3 hours'
from desk_ticket where centre_id = $centre;
insert into desk_ticket_history (ticket_id, at, actor_name, field, before_value, after_value)
select id, opened_at, requester_name, 'status', null, 'NEW' from desk_ticket where centre_id = $centre;
-- Written by hand, like tickets of an upgraded installation: the application indexes them for the
-- word search in the background (servicedesk.TicketTerms), follow-ups included.
update desk_ticket set terms_indexed = false where centre_id = $centre;
analyze desk_ticket;
analyze desk_followup;
analyze desk_ticket_history;
SQL
bench_log "$(sql -c "select count(*) from desk_ticket where centre_id = $centre") tickets written in $((SECONDS - t0)) s"

t0=$SECONDS
while [[ "$(sql -c "select count(*) from desk_ticket where terms_indexed = false")" != 0 ]]; do sleep 5; done
bench_log "word-search index of the $tickets tickets built in the background in $((SECONDS - t0)) s (terms: $(sql -c "select count(*) from desk_ticket_term"))"
sql -c "analyze desk_ticket_term" > /dev/null

t0=$SECONDS
words=(imprimante réseau messagerie sauvegarde certificat scanner téléphone poste mot de passe site internet agenda
    serveur copieur wifi antivirus logiciel état civil facturation)
categories=($(sql -c "select id from desk_category where centre_id = $centre order by id"))
for i in $(seq "$articles"); do
    a="${words[$((i % ${#words[@]}))]}"; b="${words[$(((i * 7) % ${#words[@]}))]}"; c="${words[$(((i * 13) % ${#words[@]}))]}"
    api -o /dev/null -X POST "$BENCH_BASE/api/servicedesk/articles?territory=$territory" -d "{\"title\":\"Fiche $i : $a et $b\",\"body\":\"## Symptôme\\n\\nLe $a ne répond plus, le $c non plus.\\n\\n## Solution\\n\\nRedémarrer le $b puis vérifier les câbles et les réseaux.\",\"categoryId\":${categories[$((i % ${#categories[@]}))]},\"visibility\":\"CORRESPONDENTS\"}"
done
bench_log "$articles articles written through the API in $((SECONDS - t0)) s"

one="$(sql -c "select collectivity_id from desk_ticket where centre_id = $centre order by id limit 1")"
declare -A URL AUTH
URL[queue-page]="/servicedesk/queue?territory=$territory"
URL[queue-page-new]="/servicedesk/queue?territory=$territory&status=NEW"
URL[queue-api-new]="/api/servicedesk/tickets?territory=$territory&status=NEW"; AUTH[queue-api-new]=token
URL[queue-api-commune]="/api/servicedesk/tickets?territory=$territory&collectivity=$one"; AUTH[queue-api-commune]=token
URL[queue-api-breaching]="/api/servicedesk/tickets?territory=$territory&breaching=8"; AUTH[queue-api-breaching]=token
URL[queue-page-words]="/servicedesk/queue?territory=$territory&q=imprimantes"
URL[queue-api-words]="/api/servicedesk/tickets?territory=$territory&q=imprimantes"; AUTH[queue-api-words]=token
URL[queue-api-rare]="/api/servicedesk/tickets?territory=$territory&q=scanner+777788"; AUTH[queue-api-rare]=token
URL[kb-page]="/servicedesk/kb?territory=$territory&q=reseau+imprimantes"
URL[kb-api]="/api/servicedesk/articles?territory=$territory&q=reseau+imprimantes"; AUTH[kb-api]=token
names=(queue-page queue-page-new queue-api-new queue-api-commune queue-api-breaching queue-page-words queue-api-words
    queue-api-rare kb-page kb-api)

echo "# $(date -u -Iseconds) db=postgres $(nproc) cores, $tickets tickets, $collectivities collectivités, $articles articles, wrk -c$clients -d$duration"
printf '| %-22s | %-5s | %8s | %8s | %8s | %8s | %8s | %7s | %s\n' what load req/s 'p50 ms' 'p95 ms' 'p99 ms' requests non-2xx loadavg
for name in "${names[@]}"; do
    cookie="$session"; cookies="$sessions"; auth=""
    if [[ "${AUTH[$name]:-}" == token ]]; then cookie=""; cookies=""; auth="Bearer $secret"; fi
    status="$(curl -sS -o "$work/check" -w '%{http_code}' ${cookie:+-H "Cookie: $cookie"} ${auth:+-H "Authorization: $auth"} "$BENCH_BASE${URL[$name]}")"
    [[ "$status" == 200 ]] || { echo "!! $name answers $status: $(head -c 300 "$work/check")" >&2; exit 1; }
    BENCH_COOKIE="$cookie" BENCH_COOKIES="$cookies" BENCH_AUTH="$auth" wrk -t2 -c4 -d5s -s "$here/wrk-report.lua" "$BENCH_BASE${URL[$name]}" > /dev/null 2>&1 || true
    # Two loads: "loop", 20 connections that never wait (a stress test: p95 ≈ 10 × the CPU time of
    # one request on 2 cores); "users", 20 people clicking every THINK_MS on average.
    for mode in loop users; do
        wait_ms=0; [[ "$mode" == users ]] && wait_ms="$think"
        BENCH_COOKIE="$cookie" BENCH_COOKIES="$cookies" BENCH_AUTH="$auth" BENCH_THINK_MS="$wait_ms" \
            wrk -t2 -c"$clients" -d"$duration" --timeout 10s -s "$here/wrk-report.lua" \
            "$BENCH_BASE${URL[$name]}" > "$work/wrk.out" 2>&1 || true
        read -r _ rps p50 p95 p99 requests non2xx _ < <(grep '^RESULT' "$work/wrk.out" || echo "RESULT 0 0 0 0 0 0 0")
        printf '| %-22s | %-5s | %8s | %8s | %8s | %8s | %8s | %7s | %s\n' "$name" "$mode" "$rps" "$p50" "$p95" "$p99" "$requests" "$non2xx" "$(bench_loadavg)"
    done
done

for _ in $(seq 10); do
    api -o /dev/null -X POST "$BENCH_BASE/api/servicedesk/tickets" -d "{\"collectivityId\":$one,\"title\":\"Échauffement\",\"description\":\"x\",\"requesterName\":\"Banc\"}"
done
for i in $(seq "$opens"); do
    curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $secret" -H 'Content-Type: application/json' \
        -X POST "$BENCH_BASE/api/servicedesk/tickets" \
        -d "{\"collectivityId\":$one,\"title\":\"Imprimante en panne $i\",\"description\":\"Appel de la mairie.\",\"impact\":3,\"urgency\":4,\"requesterName\":\"Secrétariat\",\"requesterPhone\":\"0298000000\"}"
done > "$work/opens"
grep -qv '^201 ' "$work/opens" && { echo "!! not every opening answered 201: $(grep -v '^201 ' "$work/opens" | head -3)" >&2; exit 1; }
awk '{print $2 * 1000}' "$work/opens" | sort -n | awk '{a[NR]=$1} END {printf "| open a ticket (API, one at a time) | n=%d | median %.1f ms | p95 %.1f ms | max %.1f ms\n", NR, a[int((NR+1)/2)], a[int(NR*0.95)], a[NR]}'
