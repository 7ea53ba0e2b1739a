#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The reliability suites at full size, on demand; every CI run has their short forms through
# test.sh. On SQLite and on a throwaway PostgreSQL cluster on loopback (stopped whatever happens):
#   tst_crashsafety    1,000 SIGKILLs of a process working claims, per backend
#   tst_fuzz           100,000 inputs per parser (CSV, database URL, feed line, .sig), the
#                      security review's hostile texts among the pieces
#   tst_tamper         10,000 single-field changes to the audit trail, per backend
#   tst_hostileinput   the hostile texts in every field of every command, per backend
# Builds the Debug tree that test.sh uses (build-test), prints each suite's figures (the lines
# its tests print: seeds, sizes, counts) and time, and keeps the whole output in build-test/soak/.
# docs/reliability.md quotes a run.
#   ./scripts/soak.sh
#   DPO_SOAK_KILLS=100 DPO_SOAK_FUZZ=20000 DPO_SOAK_MUTATIONS=1000 ./scripts/soak.sh   smaller
set -euo pipefail
source "$(dirname "$0")/common.sh"

ensure_packages "${DPO_BUILD_PACKAGES[@]}" postgresql postgresql-client openssl ca-certificates
BUILD_DIR="${DPO_TEST_BUILD_DIR:-$DPO_ROOT/build-test}" # shares the test build
configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Debug -DDPO_WARNINGS_AS_ERRORS=ON -DDPO_BUILD_TESTS=ON

source "$DPO_ROOT/scripts/pg-cluster.sh"
trap stop_pg_cluster EXIT
trap 'exit 130' INT TERM # runs the EXIT trap too
start_pg_cluster -c fsync=off -c max_connections=50
export_pg_test_environment
export QT_QPA_PLATFORM=offscreen

export DPO_CRASH_KILLS="${DPO_SOAK_KILLS:-1000}"
export DPO_FUZZ_CASES="${DPO_SOAK_FUZZ:-100000}"
export DPO_TAMPER_MUTATIONS="${DPO_SOAK_MUTATIONS:-10000}"
export DPO_CRASH_KILLS_PER_DATABASE=100 # the checks after a kill read the whole database
export QTEST_FUNCTION_TIMEOUT=$((6 * 3600 * 1000)) # QtTest's watchdog stops a function at 5 min
logs="$BUILD_DIR/soak"
mkdir -p "$logs"
echo "soak on $(nproc) cores: $DPO_CRASH_KILLS kills, $DPO_FUZZ_CASES fuzz inputs per parser, $DPO_TAMPER_MUTATIONS mutations" >&2

status=0
# soak TEST: its SQLite and PostgreSQL runs side by side (one core each), or the one run of a test
# that needs no database; the figures each printed, and how long it took.
soak() {
    local test="$1" started elapsed
    started=$(date +%s)
    if (cd "$BUILD_DIR" && ctest -R "^$test(_sqlite|_postgresql)?\$" -j 2 --timeout 0 -V) >"$logs/$test.log" 2>&1; then
        elapsed=$(($(date +%s) - started))
        echo "=== $test: passed in ${elapsed} s" >&2
    else
        elapsed=$(($(date +%s) - started))
        echo "=== $test: FAILED after ${elapsed} s (the output: $logs/$test.log)" >&2
        status=1
    fi
    # The figures: what the tests report with qInfo (sizes, seeds, counts), per backend.
    grep -E '^[0-9]+: (QINFO|FAIL|   Loc)|Test +#' "$logs/$test.log" | sed 's/^[0-9]*: //' >&2 || true
}

soak tst_fuzz
soak tst_tamper
soak tst_hostileinput
soak tst_crashsafety
exit "$status"
