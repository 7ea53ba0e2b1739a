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
source "$DPO_ROOT/scripts/pg-cluster.sh"
trap stop_pg_cluster EXIT
trap 'exit 130' INT TERM # runs the EXIT trap too
start_pg_cluster -c fsync=off -c max_connections=50

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
export QT_QPA_PLATFORM=offscreen
status=0
(cd "$BUILD_DIR" && ctest --output-on-failure -j "$(nproc)" --timeout 900) || status=$?
exit "$status"
