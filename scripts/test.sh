#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing (PostgreSQL server included), builds with warnings as errors, starts
# a throwaway PostgreSQL cluster on a loopback port, runs every test through ctest on SQLite and
# PostgreSQL, and stops the cluster whatever happens.
set -euo pipefail
source "$(dirname "$0")/common.sh"

ensure_packages "${DPO_BUILD_PACKAGES[@]}" postgresql postgresql-client xvfb xauth poppler-utils python3 \
    dpkg-dev desktop-file-utils appstream openssl ca-certificates # the packaging and TLS tests
BUILD_DIR="${DPO_TEST_BUILD_DIR:-$DPO_ROOT/build-test}"
# DPO_TEST_CMAKE_ARGS: one more cache setting (scripts/test-sanitizers.sh passes the sanitizers' flags).
extra=()
if [ -n "${DPO_TEST_CMAKE_ARGS:-}" ]; then extra=("$DPO_TEST_CMAKE_ARGS"); fi
configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Debug -DDPO_WARNINGS_AS_ERRORS=ON -DDPO_BUILD_TESTS=ON "${extra[@]}"

# --- the throwaway PostgreSQL cluster -------------------------------------------------------
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
PG_DIR="$(mktemp -d /tmp/dpo-pg.XXXXXX)"
PG_PORT="${DPO_TEST_PG_PORT:-$((20000 + RANDOM % 20000))}"
PG_PASSWORD="test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
as_pg() {
    # initdb refuses root: the cluster belongs to the postgres user when we are root.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_DIR"; fi
chmod 700 "$PG_DIR"
stop_cluster() {
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM # runs the EXIT trap too
# TLS: a certificate for 127.0.0.1 made for this run; tst_tls checks require and verify-full.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
    -keyout "$PG_DIR/server.key" -out "$PG_DIR/server.crt" >/dev/null 2>&1
chmod 600 "$PG_DIR/server.key"
chmod 644 "$PG_DIR/server.crt"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_DIR/server.key" "$PG_DIR/server.crt"; fi
printf '%s\n' "$PG_PASSWORD" >"$PG_DIR/pwfile"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_DIR/pwfile"; fi
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U dpo_test --pwfile="$PG_DIR/pwfile" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 ||
    { cat "$PG_DIR/initdb.log" >&2; exit 1; }
rm -f "$PG_DIR/pwfile"
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=50 -c ssl=on -c ssl_cert_file=$PG_DIR/server.crt -c ssl_key_file=$PG_DIR/server.key" \
    start >/dev/null || { cat "$PG_DIR/server.log" >&2; exit 1; }
echo "PostgreSQL test cluster on 127.0.0.1:$PG_PORT" >&2

# tst_reconnect restarts the server in the middle of a session (it runs alone: RUN_SERIAL).
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
export PGPASSWORD="$PG_PASSWORD"
export QT_QPA_PLATFORM=offscreen
status=0
(cd "$BUILD_DIR" && ctest --output-on-failure -j "$(nproc)" --timeout 900) || status=$?
exit "$status"
