#!/usr/bin/env bash
# Sets up the OCS Inventory server from Debian's packages on this machine, headless and idempotent, for
# the side-by-side benchmark of bench/inventory.sh (issue 15): MariaDB, Apache 2 with mod_perl (prefork)
# and ocsinventory-server, database ocsweb with user ocs/ocs, Apache on 127.0.0.1:$OCS_PORT only. Then
# checks with one real inventory (Debian's ocsinventory-agent, PROLOG then INVENTORY) that the server
# stores it: one more row in `hardware` with the agent's DEVICEID.
#
# Usage: bench/inventory-ocs-server.sh            (as root; apt-get, service, apachectl)
# Environment:
#   OCS_PORT=8089      Apache listens on 127.0.0.1:OCS_PORT (ports.conf is rewritten: no port 80)
#   OCS_RESET=1        drop database ocsweb and create it again (an empty inventory) before the check
#   OCS_SKIP_CHECK=1   no agent run at the end
#   OCS_TRANSACTION=0  OCS_OPT_INVENTORY_TRANSACTION 0 (a commit after each section) instead of the
#                      package's 1 (one transaction per inventory), set in ocsinventory-server.conf;
#                      unset: 1 again, the package's value
#   OCS_CACHE=/var/cache/mutualis-bench/ocs   where the ocsinventory-reports .deb is unpacked
#
# What it does, and why (docs: docs/benchmarks.md, "OCS Inventory server: what it takes"):
#   1. apt-get install mariadb-server apache2 libapache2-mod-perl2 ocsinventory-server
#      ocsinventory-agent (agent preseeded to method "local"; --nolocal is passed when it runs).
#   2. The schema: Debian's server package has none, and ocsinventory-reports (PHP, the web console)
#      creates it through its web installer. The .deb is downloaded (apt-get download) and unpacked,
#      not installed: files/ocsbase_new.sql (GUI_VERSION 7039) then files/update/7040…7069.sql, each
#      with `mysql --force`, as update.php does (it ignores failing statements: 7048, 7054, 7056 and 7069
#      drop or rename what the base schema already lacks). Then software_name.CATEGORY is added: the
#      server code of the package (2.11.1) reads it, the package's own schema (reports 2.8.1) lacks
#      it, and without it no software row is stored.
#   3. MariaDB is started with `service mariadb start` when it is not running (machines of this kind
#      start it themselves). Database ocsweb in utf8/utf8_bin like install.php, user ocs@localhost/ocs.
#   4. Apache: mpm_prefork instead of mpm_event (mod_perl with Apache::DBI), ports.conf rewritten to
#      Listen 127.0.0.1:$OCS_PORT, the default site and the REST API conf (unfilled placeholders,
#      Plack missing) disabled; started with apachectl (there is no systemd; policy-rc.d stops the
#      packages' own start).
set -euo pipefail
port="${OCS_PORT:-8089}"
cache="${OCS_CACHE:-/var/cache/mutualis-bench/ocs}"
log() { echo "[$(date -u +%H:%M:%S)] ocs-server: $*" >&2; }
die() { echo "ocs-server: FAILED: $*" >&2; exit 1; }
[[ $(id -u) == 0 ]] || die "run as root (apt-get, apachectl, service)"

# 1. Packages.
need=()
for p in mariadb-server mariadb-client apache2 libapache2-mod-perl2 ocsinventory-server ocsinventory-agent; do
    dpkg -s "$p" > /dev/null 2>&1 || need+=("$p")
done
if (( ${#need[@]} )); then
    log "installing ${need[*]}"
    echo "ocsinventory-agent ocsinventory-agent/method select local" | debconf-set-selections
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q --no-install-recommends "${need[@]}" > /tmp/ocs-server-apt.log 2>&1; then
        apt-get update -q > /dev/null 2>&1
        apt-get install -y -q --no-install-recommends "${need[@]}" > /tmp/ocs-server-apt.log 2>&1 \
            || { tail -20 /tmp/ocs-server-apt.log >&2; die "apt-get install ${need[*]}"; }
    fi
fi
server_version="$(dpkg-query -W -f '${Version}' ocsinventory-server)"

# 2. The schema files, from the ocsinventory-reports package (unpacked, not installed).
sql="$cache/x/usr/share/ocsinventory-reports/files"
if [[ ! -f "$sql/ocsbase_new.sql" ]]; then
    log "downloading ocsinventory-reports for its schema files"
    mkdir -p "$cache"
    (cd "$cache" && rm -f ocsinventory-reports_*.deb && apt-get download ocsinventory-reports > /dev/null 2>&1) \
        || { apt-get update -q > /dev/null 2>&1; (cd "$cache" && apt-get download ocsinventory-reports > /dev/null 2>&1); } \
        || die "apt-get download ocsinventory-reports"
    rm -rf "$cache/x"
    dpkg-deb -x "$cache"/ocsinventory-reports_*.deb "$cache/x"
fi
[[ -f "$sql/ocsbase_new.sql" ]] || die "no ocsbase_new.sql in $cache"

# 3. MariaDB and the database.
if ! mysqladmin ping > /dev/null 2>&1; then
    log "starting MariaDB"
    service mariadb start > /dev/null 2>&1 || service mysql start > /dev/null 2>&1 || (mysqld_safe > /dev/null 2>&1 &)
    for _ in $(seq 60); do mysqladmin ping > /dev/null 2>&1 && break; sleep 1; done
    mysqladmin ping > /dev/null 2>&1 || die "MariaDB does not answer"
fi
if [[ "${OCS_RESET:-0}" == 1 ]]; then
    log "dropping database ocsweb"
    mysql -e "DROP DATABASE IF EXISTS ocsweb"
fi
mysql -e "CREATE DATABASE IF NOT EXISTS ocsweb CHARACTER SET utf8 COLLATE utf8_bin;
          CREATE USER IF NOT EXISTS 'ocs'@'localhost' IDENTIFIED BY 'ocs';
          GRANT ALL PRIVILEGES ON ocsweb.* TO 'ocs'@'localhost'; FLUSH PRIVILEGES;"
ocsql() { mysql --init-command="SET sql_mode='NO_ENGINE_SUBSTITUTION'" "$@" ocsweb; }
if [[ -z "$(mysql -N -e "SHOW TABLES FROM ocsweb LIKE 'config'")" ]]; then
    log "loading ocsbase_new.sql"
    ocsql < "$sql/ocsbase_new.sql"
fi
version="$(mysql -N ocsweb -e "SELECT TVALUE FROM config WHERE NAME='GUI_VERSION'")"
for f in $(ls "$sql"/update/*.sql | sort -V); do
    n="$(basename "$f" .sql)"
    [[ "$n" =~ ^[0-9]+$ ]] && (( n > version )) || continue
    errors="$(ocsql --force < "$f" 2>&1 | grep -c '^ERROR' || true)"
    (( errors == 0 )) || log "  $n.sql: $errors statements failed and were passed over, as update.php does"
    mysql ocsweb -e "UPDATE config SET TVALUE='$n' WHERE NAME='GUI_VERSION'"
    version="$n"
done
if [[ -z "$(mysql -N -e "SHOW COLUMNS FROM ocsweb.software_name LIKE 'CATEGORY'")" ]]; then
    log "adding software_name.CATEGORY (read by the server's Software.pm, missing from the package's schema)"
    mysql ocsweb -e "ALTER TABLE software_name ADD COLUMN CATEGORY INT(11) DEFAULT NULL"
fi
log "database ocsweb at GUI_VERSION $version"

# 4. Apache with mod_perl, on 127.0.0.1:$port only.
changed=0
if [[ -e /etc/apache2/mods-enabled/mpm_event.load ]]; then a2dismod -q mpm_event > /dev/null; changed=1; fi
if [[ ! -e /etc/apache2/mods-enabled/mpm_prefork.load ]]; then a2enmod -q mpm_prefork > /dev/null; changed=1; fi
if [[ ! -e /etc/apache2/mods-enabled/perl.load ]]; then a2enmod -q perl > /dev/null; changed=1; fi
if [[ ! -e /etc/apache2/conf-enabled/ocsinventory-server.conf ]]; then a2enconf -q ocsinventory-server > /dev/null; changed=1; fi
if [[ -e /etc/apache2/conf-enabled/ocsinventory-restapi.conf ]]; then a2disconf -q ocsinventory-restapi > /dev/null; changed=1; fi
if [[ -e /etc/apache2/sites-enabled/000-default.conf ]]; then a2dissite -q 000-default > /dev/null; changed=1; fi
# INVENTORY_TRANSACTION, set in the package's own conf. (0 does not save the computers lost under
# concurrency: Update.pm writes the software, whose dictionary inserts deadlock, before it commits
# anything, so a deadlock still rolls back the uncommitted `hardware` row; see docs/benchmarks.md.)
if [[ -e /etc/apache2/conf-enabled/zz-ocsbench.conf ]]; then a2disconf -q zz-ocsbench > /dev/null; changed=1; fi
rm -f /etc/apache2/conf-available/zz-ocsbench.conf
conf=/etc/apache2/conf-available/ocsinventory-server.conf
transaction="${OCS_TRANSACTION:-1}"
if [[ "$(sed -n 's/^ *PerlSetEnv OCS_OPT_INVENTORY_TRANSACTION *\([0-9]*\).*/\1/p' "$conf")" != "$transaction" ]]; then
    sed -i "s/^\( *PerlSetEnv OCS_OPT_INVENTORY_TRANSACTION\) .*/\1 $transaction/" "$conf"
    changed=1
fi
want="# bench/inventory-ocs-server.sh: the OCS server only, on loopback
Listen 127.0.0.1:$port
ServerName 127.0.0.1"
if [[ "$(cat /etc/apache2/ports.conf)" != "$want" ]]; then printf '%s\n' "$want" > /etc/apache2/ports.conf; changed=1; fi
apachectl configtest > /dev/null 2>&1 || { apachectl configtest; die "Apache configuration"; }
apache_running() {
    local pid
    pid="$(cat /var/run/apache2/apache2.pid 2> /dev/null || true)"
    [[ -n "$pid" ]] && kill -0 "$pid" 2> /dev/null
}
if apache_running; then
    if (( changed )) || [[ "${OCS_RESET:-0}" == 1 ]]; then
        log "restarting Apache"
        apachectl -k stop > /dev/null 2>&1 || true
        for _ in $(seq 30); do apache_running || break; sleep 1; done
        apachectl start
    fi
else
    log "starting Apache"
    apachectl start
fi
for _ in $(seq 30); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/ocsinventory")" != 000 ]] && break
    sleep 1
done
log "ocsinventory-server $server_version on http://127.0.0.1:$port/ocsinventory ($(apachectl -V 2>/dev/null | sed -n 's/^Server MPM: *//p') MPM, mod_perl, INVENTORY_TRANSACTION $transaction)"

# 5. One real inventory: Debian's agent against the server, PROLOG then INVENTORY.
if [[ "${OCS_SKIP_CHECK:-0}" != 1 ]]; then
    var="$(mktemp -d /tmp/ocs-agent-check.XXXX)"
    before="$(mysql -N ocsweb -e "SELECT COUNT(*) FROM hardware")"
    if ! ocsinventory-agent --nolocal --server="http://127.0.0.1:$port/ocsinventory" --basevardir="$var" \
        --logfile="$var/agent.log" --debug > /dev/null 2>&1; then
        tail -30 "$var/agent.log" >&2
        die "ocsinventory-agent failed (log $var/agent.log)"
    fi
    deviceid="$(sed -n 's:.*<DEVICEID>\(.*\)</DEVICEID>.*:\1:p' "$var/agent.log" | tail -1)"
    after="$(mysql -N ocsweb -e "SELECT COUNT(*) FROM hardware")"
    stored="$(mysql -N ocsweb -e "SELECT COUNT(*) FROM hardware WHERE DEVICEID='$deviceid'")"
    softwares="$(mysql -N ocsweb -e "SELECT COUNT(*) FROM software s JOIN hardware h ON h.ID = s.HARDWARE_ID WHERE h.DEVICEID='$deviceid'")"
    if [[ "$stored" != 1 || "$after" != $((before + 1)) ]]; then
        die "the agent's inventory ($deviceid) is not in hardware: $before rows before, $after after (log $var/agent.log)"
    fi
    log "check: ocsinventory-agent's inventory $deviceid stored (hardware $before -> $after rows, $softwares software rows)"
    rm -rf "$var"
fi
