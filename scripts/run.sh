#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens DPO Console on the embedded SQLite database in
# your data folder, created with demo data on first start.
set -euo pipefail
source "$(dirname "$0")/common.sh"

ensure_packages "${DPO_BUILD_PACKAGES[@]}"
BUILD_DIR="$DPO_ROOT/build-run"
configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDPO_BUILD_TESTS=OFF
CONSOLE="$BUILD_DIR/app/dpo-console"

DATA_DIR="${XDG_DATA_HOME:-$HOME/.local/share}/dpo-console"
DB_FILE="$DATA_DIR/consent.sqlite"
CREDENTIALS="$DATA_DIR/demo-credentials.txt"
mkdir -p "$DATA_DIR"

if [ ! -f "$DB_FILE" ]; then
    echo "First start: creating the demo consent database $DB_FILE" >&2
    password="demo-$(od -An -N9 -tx1 /dev/urandom | tr -d ' \n')"
    DPO_CONSOLE_PASSWORD="$password" "$CONSOLE" init --database "sqlite:$DB_FILE" \
        --admin admin --display-name "Демо-администратор"
    DPO_CONSOLE_PASSWORD="$password" "$CONSOLE" demo --database "sqlite:$DB_FILE" \
        --officer admin --subjects "${DPO_DEMO_SUBJECTS:-50000}" --seed 1
    # Only for this demo database, so that the script can print the sign-in again next time.
    (umask 077 && printf 'user: admin\npassword: %s\n' "$password" >"$CREDENTIALS")
fi

echo "Database: sqlite:$DB_FILE" >&2
if [ -f "$CREDENTIALS" ]; then
    echo "Sign in with the demo credentials ($CREDENTIALS):" >&2
    sed 's/^/    /' "$CREDENTIALS" >&2
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    cat >&2 <<MSG
There is no display: DISPLAY and WAYLAND_DISPLAY are unset. To run the console anyway, use
    xvfb-run ./scripts/run.sh                      (a virtual X server; apt-get install xvfb)
or  QT_QPA_PLATFORM=offscreen ./scripts/run.sh     (renders nowhere; for scripted checks)
MSG
    exit 1
fi
exec "$CONSOLE" --database "sqlite:$DB_FILE" "$@"
