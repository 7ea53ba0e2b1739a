# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster on a loopback port, for test.sh and bench.sh (sourced after
# common.sh). start_pg_cluster [server option...] sets PG_BIN, PG_DIR, PG_PORT and PGPASSWORD
# and makes PG_DIR/server.crt (TLS, for 127.0.0.1); stop_pg_cluster stops it and removes its
# folder. The caller traps EXIT to stop it whatever happens. export_pg_test_environment, after
# start_pg_cluster, tells the test suites where it is (test.sh, soak.sh).

as_pg() {
    # initdb refuses root: the cluster belongs to the postgres user when we are root.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_pg_cluster() {
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    PG_DIR="$(mktemp -d /tmp/dpo-pg.XXXXXX)"
    PG_PORT="${DPO_TEST_PG_PORT:-$((20000 + RANDOM % 20000))}"
    local password
    password="pg-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_DIR"; fi
    chmod 700 "$PG_DIR"
    # TLS: a certificate for 127.0.0.1 made for this run (tst_tls checks require and verify-full).
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
        -keyout "$PG_DIR/server.key" -out "$PG_DIR/server.crt" >/dev/null 2>&1
    chmod 600 "$PG_DIR/server.key"
    chmod 644 "$PG_DIR/server.crt"
    printf '%s\n' "$password" >"$PG_DIR/pwfile"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_DIR/server.key" "$PG_DIR/server.crt" "$PG_DIR/pwfile"; fi
    as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U dpo_test --pwfile="$PG_DIR/pwfile" \
        --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 ||
        { cat "$PG_DIR/initdb.log" >&2; return 1; }
    rm -f "$PG_DIR/pwfile"
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "$(pg_server_options "$PG_PORT" "$@")" start >/dev/null || { cat "$PG_DIR/server.log" >&2; return 1; }
    export PGPASSWORD="$password"
    echo "PostgreSQL cluster on 127.0.0.1:$PG_PORT" >&2
}

# pg_server_options PORT [server option...]: what a server of the cluster is started with (pg_ctl
# -o): loopback only, on PORT, its socket in PG_DIR, TLS with the cluster's certificate. A second
# server of the cluster (load.sh's standby) shares all but the port.
pg_server_options() {
    local port="$1"
    shift
    echo "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c ssl=on -c ssl_cert_file=$PG_DIR/server.crt -c ssl_key_file=$PG_DIR/server.key $*"
}

stop_pg_cluster() {
    if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
}

# The variables the PostgreSQL suites read (tests/support/TestDatabase.cpp), and the script with
# which tst_reconnect restarts the server in the middle of a session.
export_pg_test_environment() {
    cat >"$PG_DIR/restart.sh" <<RESTART
#!/usr/bin/env bash
set -e
if [ "\$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -m fast -w -t 60 restart >/dev/null
else
    "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -m fast -w -t 60 restart >/dev/null
fi
RESTART
    chmod 755 "$PG_DIR/restart.sh"
    export DPO_TEST_PG_RESTART="$PG_DIR/restart.sh"
    export DPO_TEST_PG_CA="$PG_DIR/server.crt"
    export DPO_TEST_PG_URL="postgresql://dpo_test@127.0.0.1:$PG_PORT/postgres"
}
