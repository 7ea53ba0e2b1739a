#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Only the second half of scripts/test.sh: the whole test suite built with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-sanitizers), on SQLite and on the throwaway PostgreSQL cluster.
set -euo pipefail
DPO_TEST_SANITIZERS=only exec "$(cd "$(dirname "$0")/.." && pwd)/scripts/test.sh"
