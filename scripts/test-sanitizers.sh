#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (a build folder
# of its own, build-sanitizers), on SQLite and on the throwaway PostgreSQL cluster, as test.sh
# runs it: any report of either sanitizer fails the run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export DPO_TEST_BUILD_DIR="${DPO_SANITIZER_BUILD_DIR:-$ROOT/build-sanitizers}"
export DPO_TEST_CMAKE_ARGS="-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
# Qt's and libpq's own allocations live until exit: leaks are not ours to judge here.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
exec "$ROOT/scripts/test.sh"
