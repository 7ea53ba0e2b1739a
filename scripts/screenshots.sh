#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the README's screenshots (docs/screenshots/): the dashboard, the subjects list, a
# withdrawal request, the audit section and the first page of its PDF export, File → Import… with
# a refused export and a bulk action's result, in Kyrgyz and Russian (and the dashboard and claims
# under a dark palette and at 200%), rendered from the real windows on the offscreen platform over
# a fresh demo database (20,000 subjects, seed 1, as of the day given or today).
#   ./scripts/screenshots.sh [--as-of YYYY-MM-DD]
set -euo pipefail
source "$(dirname "$0")/common.sh"

as_of="$(date +%F)"
if [ "${1:-}" = "--as-of" ] && [ -n "${2:-}" ]; then as_of="$2"; fi
ensure_packages "${DPO_BUILD_PACKAGES[@]}" poppler-utils
BUILD_DIR="${DPO_TEST_BUILD_DIR:-$DPO_ROOT/build-test}" # shares the test build
configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Debug -DDPO_WARNINGS_AS_ERRORS=ON -DDPO_BUILD_TESTS=ON

work="$(mktemp -d /tmp/dpo-screens.XXXXXX)"
trap 'rm -rf "$work"' EXIT
out="$DPO_ROOT/docs/screenshots"
mkdir -p "$out"
export DPO_CONSOLE_PASSWORD="screens-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$work/config" # the officer's own settings stay untouched
db="sqlite:$work/demo.sqlite"
"$BUILD_DIR/app/dpo-console" init --database "$db" --admin admin --display-name "Айгерим Садыкова" >/dev/null
"$BUILD_DIR/app/dpo-console" demo --database "$db" --officer admin --subjects 20000 --seed 1 --as-of "$as_of" >/dev/null
cp "$work/demo.sqlite" "$work/pristine.sqlite"
for language in ky ru; do
    "$BUILD_DIR/tests/dpo-screenshots" --database "$db" --officer admin --language "$language" --out "$work"
    pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/audit-export-$language.pdf" "$work/audit-export-$language"
done
# The README's pictures only (the tool shoots more, to look at while working).
for name in dashboard subjects withdrawal audit audit-export bulk-result import-refused help; do
    cp "$work/$name-ky.png" "$work/$name-ru.png" "$out/"
done
# Under a dark palette and at 200% (Kyrgyz): the dashboard and the claims, each shot on a fresh
# copy of the demo (a run adds cases).
for look in dark scale200; do
    cp "$work/pristine.sqlite" "$work/$look.sqlite"
    flags=()
    scale=1
    if [ "$look" = dark ]; then flags=(--dark); else scale=2; fi
    QT_SCALE_FACTOR=$scale "$BUILD_DIR/tests/dpo-screenshots" "${flags[@]}" \
        --database "sqlite:$work/$look.sqlite" --officer admin --language ky --out "$work/$look"
    cp "$work/$look/rectification-ky.png" "$out/$look-claims-ky.png"
done
cp "$work/dark/dashboard-ky.png" "$out/dark-dashboard-ky.png"
ls -1 "$out"
