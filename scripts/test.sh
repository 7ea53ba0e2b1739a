#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing (PostgreSQL server included), starts a throwaway PostgreSQL cluster on a
# loopback port, and runs every test through ctest on SQLite and PostgreSQL twice: built in Debug
# with warnings as errors (build-test), then built with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-sanitizers), where any report fails the run. Stops the cluster
# whatever happens. CI runs exactly this.
#   DPO_TEST_SANITIZERS=0 ./scripts/test.sh      the first suite only (a quicker loop)
#   DPO_TEST_SANITIZERS=only ./scripts/test.sh   the sanitizer suite only (scripts/test-sanitizers.sh)
set -euo pipefail
source "$(dirname "$0")/common.sh"

ensure_packages "${DPO_BUILD_PACKAGES[@]}" postgresql postgresql-client xvfb xauth poppler-utils python3 \
    clang-format dpkg-dev desktop-file-utils appstream lintian openssl ca-certificates \
    qpdf # format_check, packaging, TLS, the PDF/A checks (tst_pdfarchive)
SANITIZERS="${DPO_TEST_SANITIZERS:-1}"
case "$SANITIZERS" in 0 | 1 | only) ;; *) echo "DPO_TEST_SANITIZERS is 0, 1 or only" >&2; exit 2 ;; esac

# --- the throwaway PostgreSQL cluster -------------------------------------------------------
source "$DPO_ROOT/scripts/pg-cluster.sh"
trap stop_pg_cluster EXIT
trap 'exit 130' INT TERM # runs the EXIT trap too
start_pg_cluster -c fsync=off -c max_connections=50

export_pg_test_environment # tst_reconnect restarts it mid-session (it runs alone: RUN_SERIAL)
export QT_QPA_PLATFORM=offscreen

# run_suite NAME BUILD_DIR [cmake args...]: builds in BUILD_DIR and runs every test there.
run_suite() {
    local name="$1" dir="$2"
    shift 2
    echo "=== $name ($dir)" >&2
    configure_and_build "$dir" -DCMAKE_BUILD_TYPE=Debug -DDPO_WARNINGS_AS_ERRORS=ON -DDPO_BUILD_TESTS=ON "$@"
    (cd "$dir" && ctest --output-on-failure -j "$(nproc)" --timeout 900)
}

status=0
if [ "$SANITIZERS" != only ]; then
    run_suite "the test suite" "${DPO_TEST_BUILD_DIR:-$DPO_ROOT/build-test}" || status=$?
fi
if [ "$SANITIZERS" != 0 ] && [ "$status" -eq 0 ]; then
    # abort on the first report of either; Qt's and libpq's own allocations live until exit, so
    # leaks are not ours to judge here.
    ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        run_suite "the test suite under AddressSanitizer and UndefinedBehaviorSanitizer" \
        "${DPO_SANITIZER_BUILD_DIR:-$DPO_ROOT/build-sanitizers}" -DDPO_SANITIZERS=ON || status=$?
fi
exit "$status"
