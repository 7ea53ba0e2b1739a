#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmarks in one run (not part of test.sh): a Release build, a 1,000,000-subject demo
# database and a 1,000,000-entry audit trail, then one table of figures, each beside a physical
# reference measured in the same run on the same machine (docs/performance.md explains them).
#   ./scripts/bench.sh   (about 10 minutes on 2 cores; DPO_BENCH_SUBJECTS=N, DPO_BENCH_ENTRIES=N for other sizes)
set -euo pipefail
source "$(dirname "$0")/common.sh"

ensure_packages "${DPO_BUILD_PACKAGES[@]}" sqlite3 time
BUILD_DIR="${DPO_BENCH_BUILD_DIR:-$DPO_ROOT/build-bench}"
configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DDPO_BUILD_TESTS=ON >/dev/null
SUBJECTS="${DPO_BENCH_SUBJECTS:-1000000}"
ENTRIES="${DPO_BENCH_ENTRIES:-1000000}"
work="$(mktemp -d /tmp/dpo-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen DPO_CONSOLE_PASSWORD="bench-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
console="$BUILD_DIR/app/dpo-console"
rows=()
row() { rows+=("$(printf '| %s | %s | %s | %s | %s |' "$@")"); }
# seconds and peak MB of a command, from GNU time
timed() { /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }; }
secs() { cut -d' ' -f1 "$work/time"; }
mb() { awk '{printf "%.0f", $2/1024}' "$work/time"; }
# Milliseconds of one statement run raw by the sqlite3 tool (its own timer).
rawms() { printf '.timer on\n%s\n' "$2" | sqlite3 "$1" 2>&1 | grep -oP 'Run Time: real \K[0-9.]+' | tail -1 | awk '{ printf "%.1f", $1 * 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a/b; else print "-" }'; }

echo "Demo database of $SUBJECTS subjects…" >&2
db="$work/demo.sqlite"
"$console" init --database "sqlite:$db" --admin admin >/dev/null 2>&1
timed "$console" demo --database "sqlite:$db" --officer admin --subjects "$SUBJECTS" --seed 1
demo_s=$(secs); demo_mb=$(mb)
# Reference: the same subject rows bulk-inserted by the sqlite3 tool into the same table.
# (INSERT statements, so that NULLs stay NULL; the table without its indexes, in one transaction.)
{ echo "BEGIN;"; sqlite3 "$db" ".mode insert subjects" "SELECT * FROM subjects"; echo "COMMIT;"; } >"$work/subjects.sql"
sqlite3 "$db" ".schema subjects" | grep -v "^CREATE INDEX" >"$work/schema.sql"
timed sqlite3 "$work/reference.sqlite" ".read $work/schema.sql" ".read $work/subjects.sql"
ref_s=$(secs)
row "demo generation, $SUBJECTS subjects with consents, categories, cases" "${demo_s} s" "${ref_s} s (sqlite3 inserting the subject rows alone)" "$(ratio "$demo_s" "$ref_s")" "${demo_mb} MB"

echo "Subjects list…" >&2
cp "$db" "$work/list.sqlite"
timed "$BUILD_DIR/tests/bench_subjects" "sqlite:$work/list.sqlite"
first=$(grep -oP 'open to first rows: \K[0-9.]+' "$work/out"); jump=$(grep -oP 'jump to the end: \K[0-9.]+' "$work/out")
p50=$(grep -oP 'median \K[0-9.]+' "$work/out" | head -1); p95=$(grep -oP 'p95 \K[0-9.]+' "$work/out" | head -1)
list_mb=$(mb)
# Reference: the first page and a name-prefix search, raw through the sqlite3 tool.
raw_first_ms=$(rawms "$work/list.sqlite" "SELECT id, platform_ref, inn, surname, given_name FROM subjects ORDER BY surname_fold, given_name_fold, id LIMIT 200;")
raw_search_ms=$(rawms "$work/list.sqlite" "SELECT id FROM subjects WHERE surname_fold >= 'ас' AND surname_fold < 'ат' ORDER BY surname_fold, given_name_fold, id LIMIT 1000;")
row "subjects list: first rows shown" "${first} ms" "${raw_first_ms} ms (the first page, raw)" "$(ratio "$first" "$raw_first_ms")" "${list_mb} MB"
row "subjects list: jump to the end" "${jump} ms" "-" "-" ""
row "search as you type, 15 queries × 3: p50 / p95" "${p50} / ${p95} ms" "${raw_search_ms} ms (one prefix search, raw)" "$(ratio "$p95" "$raw_search_ms")" ""

echo "Dashboard and cases…" >&2
cp "$db" "$work/cases.sqlite"
timed "$BUILD_DIR/tests/bench_cases" "sqlite:$work/cases.sqlite"
cards=$(grep -oP 'dashboard cards: \K[0-9.]+' "$work/out"); charts=$(grep -oP 'dashboard charts: \K[0-9.]+' "$work/out")
raw_count_ms=$(rawms "$work/cases.sqlite" "SELECT count(*) FROM subjects;")
row "dashboard: 14 cards / 5 charts" "${cards} / ${charts} ms" "${raw_count_ms} ms (count(*) of the subjects, raw)" "$(ratio "$cards" "$raw_count_ms")" "$(mb) MB"

echo "Audit trail of $ENTRIES entries…" >&2
timed "$BUILD_DIR/tests/bench_audit" "sqlite:$work/audit.sqlite" "$ENTRIES"
verify=$(grep -oP 'verify [0-9]+ entries: median \K[0-9.]+' "$work/out"); csv=$(grep -oP 'export csv +[0-9]+ entries: \K[0-9.]+' "$work/out")
audit_mb=$(mb)
# bench_audit signs in as its own administrator "bench" (tests/bench/bench_audit.cpp).
DPO_CONSOLE_PASSWORD=figures-password-1 "$console" audit export --database "sqlite:$work/audit.sqlite" --officer bench \
    --format jsonl --out "$work/audit.jsonl" >/dev/null 2>&1
timed sha256sum "$work/audit.jsonl"
sha_s=$(secs)
row "audit verify, $ENTRIES entries" "${verify} s" "${sha_s} s (sha256sum over the JSON Lines export, $(du -m "$work/audit.jsonl" | cut -f1) MB)" "$(ratio "$verify" "$sha_s")" "${audit_mb} MB"
row "CSV export, $ENTRIES entries" "${csv} s" "-" "-" ""
timed "$BUILD_DIR/tests/bench_audit" "sqlite:$work/audit10k.sqlite" 10000
pdf=$(grep -oP 'export pdf +[0-9]+ entries: \K[0-9.]+' "$work/out")
row "PDF export, 10,000 entries" "${pdf} s" "-" "-" "$(mb) MB"

echo
echo "Measured $(date +%F) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), SQLite:"
echo
echo "| measure | DPO Console | reference | ratio | peak memory |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
