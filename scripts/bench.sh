#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmarks in one run (not part of test.sh): a Release build, a 1,000,000-subject demo
# database and a 1,000,000-entry audit trail on SQLite and on a throwaway PostgreSQL cluster, then
# one table of figures per backend, each beside a physical reference measured in the same run on
# the same machine, and the peak memory of the process measured (docs/performance.md explains them).
#   ./scripts/bench.sh   (2 cores, 1,000,000 subjects: the PostgreSQL half took 20 minutes on 2026-12-04,
#                          the build not included; SQLite about as long)
#   DPO_BENCH_SUBJECTS=N, DPO_BENCH_ENTRIES=N: other sizes; DPO_BENCH_BACKENDS="sqlite": one backend
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$DPO_ROOT/scripts/pg-cluster.sh"

ensure_packages "${DPO_BUILD_PACKAGES[@]}" sqlite3 time postgresql postgresql-client openssl
BUILD_DIR="${DPO_BENCH_BUILD_DIR:-$DPO_ROOT/build-bench}"
# The console and the benchmark programs this script runs, not every test.
DPO_BUILD_TARGETS="dpo-console bench_audit bench_cases bench_console bench_subjects" \
    configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DDPO_BUILD_TESTS=ON >/dev/null
SUBJECTS="${DPO_BENCH_SUBJECTS:-1000000}"
ENTRIES="${DPO_BENCH_ENTRIES:-1000000}"
BACKENDS="${DPO_BENCH_BACKENDS:-sqlite postgresql}"
work="$(mktemp -d /tmp/dpo-bench.XXXXXX)"
chmod 755 "$work" # the postgres user reads nothing here, but psql runs as us
trap 'exec 7>&-; stop_pg_cluster; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
export QT_QPA_PLATFORM=offscreen DPO_CONSOLE_PASSWORD="bench-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
console="$BUILD_DIR/app/dpo-console"
bench="$BUILD_DIR/tests"
REPS=10 # repetitions of a raw reference in one sqlite3/psql process (sqlite3's timer counts whole ms)

# --- helpers ---------------------------------------------------------------------------------
# timed CMD...: runs CMD under GNU time; secs and mb read its wall time and peak resident memory.
timed() { /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }; }
secs() { cut -d' ' -f1 "$work/time"; }
mb() { awk '{printf "%.0f MB", $2/1024}' "$work/time"; }
grab() { grep -oP "$1" "$work/out" | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a/b; else print "-" }'; }
# percentile P of the numbers on stdin, as the benchmark programs take it (sorted, index floor(P*n)).
percentile() { sort -g | awk -v p="$1" '{ v[NR-1] = $1 } END { i = int(p * NR); if (i > NR - 1) i = NR - 1; printf "%.1f", v[i] }'; }
# the median of the numbers on stdin, as they were written (an odd count).
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# raw_ms FILE REPS: on the database $target (a file or a URL), the mean milliseconds of running FILE's statements (recorded by a benchmark
# program from the console's own queries, values written in) once, raw through the backend's own
# tool, over REPS repetitions in one process; the tool's timer, its start-up not counted. Each
# repetition runs in a transaction rolled back after it. An audit entry the console appended (a
# search's subject.lookup) is replayed as it was sent: on PostgreSQL the server numbers and hashes
# it again (schema version 25), as it did for the console; on SQLite, where the console gave it its
# seq, ON CONFLICT DO NOTHING, since that seq is taken: the replay pays for the statement and the
# unique checks but not for writing the row again.
raw_ms() {
    local file="$1" reps="$2" i
    sed -i -E '/ON CONFLICT DO NOTHING;$|RETURNING/! s/^(INSERT INTO audit_log .*);$/\1 ON CONFLICT DO NOTHING;/' "$file"
    if [ "$backend" = sqlite ]; then
        { echo ".timer on"; echo ".output /dev/null"; for ((i = 0; i < reps; i++)); do echo "BEGIN;"; echo ".read $file"; echo "ROLLBACK;"; done; } |
            sqlite3 "$target" | grep -oP 'Run Time: real \K[0-9.]+' |
            awk -v r="$reps" '{ s += $1 } END { printf "%.2f", s * 1000 / r }'
    else
        { echo '\timing on'; for ((i = 0; i < reps; i++)); do echo "BEGIN;"; echo "\\i $file"; echo "ROLLBACK;"; done; } |
            psql -X -q -v ON_ERROR_STOP=1 -o /dev/null -d "$target" 2>&1 | grep -oP '^Time: \K[0-9.]+' |
            awk -v r="$reps" '{ s += $1 } END { printf "%.2f", s / r }'
    fi
}

pg_url() { echo "postgresql://dpo_test@127.0.0.1:$PG_PORT/$1"; }
# A database of the console: a file on SQLite, a database of the cluster on PostgreSQL.
console_url() {
    if [ "$backend" = sqlite ]; then echo "sqlite:$work/$1.sqlite"; else
        psql -X -q -d "$(pg_url postgres)" -c "CREATE DATABASE $1" >/dev/null
        pg_url "$1"
    fi
}

# "its N statements": what a recorded file holds.
statements() {
    local n
    n=$(wc -l <"$1")
    if [ "$n" -eq 1 ]; then echo "its 1 statement"; else echo "its $n statements"; fi
}

rows=()
row() { rows+=("$(printf '| %s | %s | %s | %s | %s |' "$@")"); }

# --- one backend -----------------------------------------------------------------------------
measure() {
    rows=()
    echo "$backend: demo database of $SUBJECTS subjects…" >&2
    local url
    url="$(console_url dpo_bench_demo)"
    target="${url#sqlite:}"
    "$console" init --database "$url" --admin admin >/dev/null 2>&1
    timed "$console" demo --database "$url" --officer admin --subjects "$SUBJECTS" --seed 1
    local demo_s demo_mb ref_s ref_what
    demo_s=$(secs) demo_mb=$(mb)
    # Reference: the same subject rows bulk-inserted by the tool into the same table without its
    # indexes, in one transaction: the floor for writing those bytes.
    if [ "$backend" = sqlite ]; then
        # INSERT statements, so that NULLs stay NULL; the stored columns only (a generated one,
        # such as schema version 22's surname_part_fold, takes no value).
        local stored
        stored=$(sqlite3 "$target" "SELECT group_concat(name, ', ') FROM pragma_table_xinfo('subjects') WHERE hidden = 0")
        { echo "BEGIN;"; sqlite3 "$target" ".mode insert subjects" "SELECT $stored FROM subjects"; echo "COMMIT;"; } >"$work/subjects.sql"
        # The table without its indexes; an index's statement may run over several lines (a
        # partial one's WHERE).
        sqlite3 "$target" ".schema subjects" |
            awk '/^CREATE INDEX/ { skipping = 1 } !skipping { print } skipping && /;$/ { skipping = 0 }' >"$work/schema.sql"
        timed sqlite3 "$work/reference.sqlite" ".read $work/schema.sql" ".read $work/subjects.sql"
        ref_what="sqlite3 inserting the subject rows alone"
        rm -f "$work/subjects.sql" "$work/reference.sqlite"
    else
        psql -X -q -d "$url" -c "\\copy subjects TO '$work/subjects.copy'"
        psql -X -q -d "$url" -c "CREATE TABLE bench_reference (LIKE subjects INCLUDING DEFAULTS INCLUDING GENERATED)"
        timed psql -X -q -d "$url" -c "\\copy bench_reference FROM '$work/subjects.copy'"
        ref_what="psql COPY of the subject rows alone"
        psql -X -q -d "$url" -c "DROP TABLE bench_reference"
        rm -f "$work/subjects.copy"
    fi
    ref_s=$(secs)
    if [ "$backend" = postgresql ]; then
        # What autovacuum does within a minute of a load: the visibility map and the statistics,
        # without which a count reads the whole table instead of an index.
        psql -X -q -d "$url" -c "VACUUM (ANALYZE)"
    fi
    row "demo generation, $SUBJECTS subjects with consents, categories, cases" "${demo_s} s" "${ref_s} s ($ref_what)" "$(ratio "$demo_s" "$ref_s")" "$demo_mb"

    echo "$backend: subjects list…" >&2
    local rec="$work/statements" first jump p50 p95 raw
    rm -rf "$rec" && mkdir -p "$rec" && chmod 755 "$rec"
    timed "$bench/bench_subjects" "$url" first "$rec"
    first=$(grab 'open to first rows: \K[0-9.]+')
    raw=$(raw_ms "$rec/first.sql" "$REPS")
    row "subjects list: first rows shown" "${first} ms" "${raw} ms ($(statements "$rec/first.sql"), raw)" "$(ratio "$first" "$raw")" "$(mb)"
    timed "$bench/bench_subjects" "$url" jump "$rec"
    jump=$(grab 'jump to the end: \K[0-9.]+')
    raw=$(raw_ms "$rec/jump.sql" "$REPS")
    row "subjects list: jump to the end" "${jump} ms" "${raw} ms ($(statements "$rec/jump.sql"), raw)" "$(ratio "$jump" "$raw")" "$(mb)"
    timed "$bench/bench_subjects" "$url" search "$rec"
    p50=$(grab 'median \K[0-9.]+') p95=$(grab 'p95 \K[0-9.]+')
    local round file raws=()
    for round in 1 2 3; do
        for file in "$rec"/search-*.sql; do raws+=("$(raw_ms "$file" "$REPS")"); done
    done
    local raw50 raw95
    raw50=$(printf '%s\n' "${raws[@]}" | percentile 0.5) raw95=$(printf '%s\n' "${raws[@]}" | percentile 0.95)
    row "search as you type, 15 queries × 3: p50 / p95" "${p50} / ${p95} ms" "${raw50} / ${raw95} ms (the same statements, raw)" \
        "$(ratio "$p95" "$raw95")" "$(mb)"

    echo "$backend: dashboard…" >&2
    local cards charts
    timed "$bench/bench_cases" "$url" dashboard "$rec"
    cards=$(grab 'dashboard cards: \K[0-9.]+') charts=$(grab 'dashboard charts: \K[0-9.]+')
    local both
    both=$(grab 'dashboard, cards and charts: \K[0-9.]+')
    raw=$(raw_ms "$rec/dashboard.sql" 5)
    row "dashboard: 17 cards + 5 charts" "${both} ms (${cards} + ${charts})" "${raw} ms ($(statements "$rec/dashboard.sql"), raw)" \
        "$(ratio "$both" "$raw")" "$(mb)"

    measure_feed "$url"
    if [ "$backend" = postgresql ]; then measure_worker "$url"; fi
    measure_import

    echo "$backend: audit trail of $ENTRIES entries…" >&2
    local audit verify entries
    audit="$(console_url dpo_bench_audit)"
    target="${audit#sqlite:}"
    timed "$bench/bench_audit" "$audit" "$ENTRIES" setup
    timed "$bench/bench_audit" "$audit" "$ENTRIES" verify
    verify=$(grab 'median \K[0-9.]+')
    local verify_mb
    verify_mb=$(mb)
    # bench_audit's setup made its own administrator "bench" (tests/bench/bench_audit.cpp).
    DPO_CONSOLE_PASSWORD=figures-password-1 "$console" audit export --database "$audit" --officer bench \
        --format jsonl --out "$work/audit.jsonl" >/dev/null 2>&1
    timed sha256sum "$work/audit.jsonl"
    row "audit verify, $ENTRIES entries" "${verify} s" "$(secs) s (sha256sum over the JSON Lines export, $(du -m "$work/audit.jsonl" | cut -f1) MB)" \
        "$(ratio "$verify" "$(secs)")" "$verify_mb"
    rm -f "$work/audit.jsonl"
    # The export and its raw dump three times each, in turns, each after a sync, medians: one run
    # of each read the disk's minute as much as the program (2.5x one morning, 3.1x that afternoon).
    local csvs=() dumps=() csv dump csv_mb=0 i
    for i in 1 2 3; do
        sync
        timed "$bench/bench_audit" "$audit" "$ENTRIES" csv
        csvs+=("$(grab 'export csv +[0-9]+ entries: \K[0-9.]+')")
        csv_mb=$(awk -v a="$csv_mb" '{ print ($2 > a) ? $2 : a }' "$work/time")
        sync
        raw_dump "$work/raw.csv"
        dumps+=("$(secs)")
        rm -f "$work/raw.csv"
    done
    csv=$(printf '%s\n' "${csvs[@]}" | median) dump=$(printf '%s\n' "${dumps[@]}" | median)
    row "CSV export, $ENTRIES entries (medians of 3, in turns)" "${csv} s (${csvs[*]})" "${dump} s (${dumps[*]}; the rows dumped as CSV by $(tool_name))" \
        "$(ratio "$csv" "$dump")" "$(awk -v k="$csv_mb" 'BEGIN { printf "%.0f MB", k / 1024 }')"
    # Signed (CMS, ECDSA P-256) and time-stamped by the local authority, against the same export
    # unsigned, five of each taken in turns in one process, medians (docs/audit.md: within 10%).
    local unsigned_csv signed_csv
    DPO_BENCH_TSA_URL="$authority_url" timed "$bench/bench_audit" "$audit" "$ENTRIES" signed
    unsigned_csv=$(grab 'export csv unsigned: \K[0-9.]+') signed_csv=$(grab 'signed and time-stamped: \K[0-9.]+')
    row "CSV export signed and time-stamped, $ENTRIES entries" "${signed_csv} s $(grab '\([+-][0-9.]+%\)')" "${unsigned_csv} s (the same export unsigned)" "$(ratio "$signed_csv" "$unsigned_csv")" "$(mb)"

    local small pdf pdf_mb
    small="$(console_url dpo_bench_audit10k)"
    target="${small#sqlite:}"
    timed "$bench/bench_audit" "$small" 10000 setup
    timed "$bench/bench_audit" "$small" 10000 pdf
    pdf=$(grab 'export pdf +[0-9]+ entries: \K[0-9.]+') pdf_mb=$(mb)
    raw_dump "$work/raw.csv"
    row "PDF export, 10,000 entries (Kyrgyz)" "${pdf} s" "$(secs) s (the same rows dumped as CSV by $(tool_name))" "$(ratio "$pdf" "$(secs)")" "$pdf_mb"
    rm -f "$work/raw.csv"

    echo
    echo "$( [ "$backend" = sqlite ] && echo SQLite || echo "PostgreSQL $(psql -X -At -d "$(pg_url postgres)" -c 'SHOW server_version')"):"
    echo
    echo "| measure | DPO Console | reference | ratio | peak memory |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
}

# measure_feed URL: the change feed applied to the demo database (docs/feed.md): $SUBJECTS
# subject.upsert events of new subjects, then $SUBJECTS transfer events to them, each file by
# `feed apply` in one transaction; beside each, the same rows loaded raw by the backend's tool
# into the same indexed tables of a copy of the database made before (a CSV loaded into a table,
# then one INSERT … SELECT).
measure_feed() {
    local url="$1" ref up_s up_mb tr_s tr_mb
    echo "$backend: change feed of $SUBJECTS + $SUBJECTS events…" >&2
    python3 "$DPO_ROOT/tests/bench/make_feed.py" "$SUBJECTS" "$work"
    if [ "$backend" = sqlite ]; then
        ref="$work/feed_reference.sqlite"
        cp "$target" "$ref"
    else
        psql -X -q -d "$(pg_url postgres)" -c "CREATE DATABASE dpo_bench_feed_ref TEMPLATE dpo_bench_demo" >/dev/null
        ref="$(pg_url dpo_bench_feed_ref)"
    fi
    timed "$console" feed apply --database "$url" --officer admin --format json "$work/upserts.jsonl"
    up_s=$(secs) up_mb=$(mb)
    timed "$console" feed apply --database "$url" --officer admin --format json "$work/transfers.jsonl"
    tr_s=$(secs) tr_mb=$(mb)
    # The subjects and the categories their values belong to (personal details, identity
    # document, contacts), as the feed writes them.
    local subjects_sql="INSERT INTO subjects (platform_ref, inn, surname, given_name, surname_fold, given_name_fold, phone, preferred_language, status, created_at) SELECT * FROM raw_subjects; INSERT INTO subject_categories (subject_id, category_code, state, changed_at) SELECT s.id, c.code, 'held', s.created_at FROM subjects s CROSS JOIN (SELECT 'personal_details' AS code UNION ALL SELECT 'identity_document' UNION ALL SELECT 'contacts') c WHERE s.platform_ref LIKE 'FEED-%'"
    local transfers_sql="INSERT INTO transfers (subject_id, recipient_id, category_code, purpose_code, transferred_at) SELECT s.id, (SELECT min(id) FROM recipients), t.category, t.purpose, t.at FROM raw_transfers t JOIN subjects s ON s.platform_ref = t.ref"
    local raw_up raw_tr
    if [ "$backend" = sqlite ]; then
        timed sqlite3 "$ref" "CREATE TABLE raw_subjects (platform_ref, inn, surname, given_name, sf, gf, phone, lang, status, created_at)" \
            ".import --csv $work/subjects.csv raw_subjects" "BEGIN" "$subjects_sql" "COMMIT"
        raw_up=$(secs)
        timed sqlite3 "$ref" "CREATE TABLE raw_transfers (ref, category, purpose, at)" \
            ".import --csv $work/transfers.csv raw_transfers" "BEGIN" "$transfers_sql" "COMMIT"
        raw_tr=$(secs)
        rm -f "$ref"
    else
        timed psql -X -q -v ON_ERROR_STOP=1 -d "$ref" \
            -c "CREATE TABLE raw_subjects (platform_ref text, inn text, surname text, given_name text, sf text, gf text, phone text, lang text, status text, created_at timestamptz)" \
            -c "\\copy raw_subjects FROM '$work/subjects.csv' WITH CSV" -c "$subjects_sql"
        raw_up=$(secs)
        timed psql -X -q -v ON_ERROR_STOP=1 -d "$ref" \
            -c "CREATE TABLE raw_transfers (ref text, category text, purpose text, at timestamptz)" \
            -c "\\copy raw_transfers FROM '$work/transfers.csv' WITH CSV" -c "$transfers_sql"
        raw_tr=$(secs)
        psql -X -q -d "$(pg_url postgres)" -c "DROP DATABASE dpo_bench_feed_ref" >/dev/null
    fi
    row "feed apply: $SUBJECTS subject.upsert events (new subjects)" "${up_s} s" "${raw_up} s ($(tool_name) loading the same subject and category rows, INSERT … SELECT)" "$(ratio "$up_s" "$raw_up")" "$up_mb"
    row "feed apply: $SUBJECTS transfer events" "${tr_s} s" "${raw_tr} s ($(tool_name) loading the same rows, one INSERT … SELECT)" "$(ratio "$tr_s" "$raw_tr")" "$tr_mb"
    rm -f "$work"/upserts.jsonl "$work"/transfers.jsonl "$work"/subjects.csv "$work"/transfers.csv
}

# measure_worker URL (PostgreSQL): `feed run --once` draining $WORKER_EVENTS transfer events that
# the platform wrote into the inbox (one statement, as a burst arrives), first with no console
# open, then while two officers' consoles are open on the dashboard (tests/bench/bench_console:
# the real window, hearing each batch's audit entry and reading its pages again). The goal is
# 2,000 events a second with the consoles open; the figure counts the worker's start-up.
# The events name demo subjects FEED-0000000 on: no more than there are (a small run's).
WORKER_EVENTS="${DPO_BENCH_WORKER_EVENTS:-$((SUBJECTS < 60000 ? SUBJECTS : 60000))}"
measure_worker() {
    local url="$1" pass alone_s open_s
    echo "$backend: the inbox worker, $WORKER_EVENTS events, alone and beside two consoles…" >&2
    for pass in alone consoles; do
        python3 - "$WORKER_EVENTS" "$pass" "$work/inbox.csv" <<'PY'
import csv, json, sys
n, tag, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(path, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    for i in range(n):
        w.writerow([json.dumps({"id": f"w-{tag}-{i}", "type": "transfer", "at": "2026-11-02T09:00:00+06:00",
                                "platform_ref": f"FEED-{i % 1000000:07d}", "recipient": "fco-bench",
                                "categories": ["contacts"], "purpose": "financing_decision"})])
PY
        local consoles=()
        if [ "$pass" = consoles ]; then
            local seconds=$((WORKER_EVENTS / 500 + 120)) i
            for i in 1 2; do
                "$bench/bench_console" "$url" admin "$seconds" >"$work/console$i.out" 2>&1 &
                consoles+=($!)
            done
            for i in 1 2; do
                until grep -q "console open" "$work/console$i.out"; do
                    kill -0 "${consoles[$((i - 1))]}" 2>/dev/null || { cat "$work/console$i.out" >&2; exit 1; }
                    sleep 1
                done
            done
        fi
        psql -X -q -v ON_ERROR_STOP=1 -d "$url" -c "\\copy feed_inbox (body) FROM '$work/inbox.csv' WITH CSV"
        timed "$console" feed run --once --database "$url" --officer admin
        grep -q "applied $WORKER_EVENTS," "$work/out" || { cat "$work/out" >&2; exit 1; }
        if [ "$pass" = alone ]; then alone_s=$(secs); else open_s=$(secs); fi
        if [ ${#consoles[@]} -gt 0 ]; then
            kill -TERM "${consoles[@]}" 2>/dev/null || true
            wait "${consoles[@]}" 2>/dev/null || true
        fi
    done
    local rate refreshes
    rate=$(awk -v n="$WORKER_EVENTS" -v s="$open_s" 'BEGIN { printf "%.0f", n / s }')
    # What the consoles did meanwhile (each reads the dashboard again after a burst of changes).
    refreshes=$(grep -ho '[0-9]* refreshes' "$work"/console*.out | awk '{ s += $1 } END { print s + 0 }')
    grep -h "refreshes" "$work"/console*.out >&2 || true
    row "feed run: $WORKER_EVENTS transfer events from the inbox, two consoles open ($refreshes refreshes between them; goal 2,000 events a second)" \
        "${open_s} s ($rate events a second)" "${alone_s} s (the same with no console open)" "$(ratio "$open_s" "$alone_s")" "$(mb)"
    rm -f "$work/inbox.csv"
}

# measure_import: `dpo-console import` of $SUBJECTS new subjects (tests/bench/make_feed.py's
# import.csv) into a new database; beside it two references, each in a new database too: the
# issue's, the same file loaded by the backend's tool into one table of its columns indexed as
# subjects is (platform reference and INN unique, the names, the phone, the birth date); and the
# floor of what the import writes, the same rows put by the tool into the console's own tables
# (subjects with their eleven indexes, consents, the held categories), one INSERT … SELECT each
# from the loaded file, SQLite's secondary indexes built at the end as the import builds them.
measure_import() {
    local url ref s mb
    echo "$backend: import of $SUBJECTS subjects…" >&2
    python3 "$DPO_ROOT/tests/bench/make_feed.py" "$SUBJECTS" "$work"
    url="$(console_url dpo_bench_import)"
    "$console" init --database "$url" --admin admin >/dev/null 2>&1
    timed "$console" import --database "$url" --officer admin --subjects "$work/import.csv"
    s=$(secs) mb=$(mb)
    local columns="platform_ref, inn, surname, given_name, patronymic, birth_date, sex, phone, email, preferred_language, consent_given_at, policy_version"
    local table="CREATE TABLE raw_import (platform_ref text UNIQUE, inn text UNIQUE, surname text, given_name text, patronymic text, birth_date text, sex text, phone text, email text, preferred_language text, consent_given_at text, policy_version text); CREATE INDEX raw_import_surname ON raw_import (surname); CREATE INDEX raw_import_given_name ON raw_import (given_name); CREATE INDEX raw_import_phone ON raw_import (phone); CREATE INDEX raw_import_birth_date ON raw_import (birth_date)"
    local typed="platform_ref text, inn text, surname text, given_name text, patronymic text, birth_date text, sex text, phone text, email text, preferred_language text, consent_given_at text, policy_version text"
    # The rows as the import writes them (the folds by lower(), near enough in cost).
    local subjects_sql="INSERT INTO subjects (id, platform_ref, inn, surname, given_name, patronymic, surname_fold, given_name_fold, patronymic_fold, birth_date, sex, phone, email, preferred_language, status, created_at, consent_state, consent_given_at) SELECT n, platform_ref, inn, surname, given_name, nullif(patronymic, ''), lower(surname), lower(given_name), lower(nullif(patronymic, '')), BIRTH, nullif(sex, ''), nullif(phone, ''), nullif(email, ''), preferred_language, 'active', NOW, 'given', GIVEN FROM staged"
    subjects_sql+="; INSERT INTO consents (id, subject_id, policy_version_id, given_at, channel) SELECT r.n, r.n, p.id, GIVEN, 'import' FROM staged r JOIN policy_versions p ON p.code = r.policy_version"
    subjects_sql+="; INSERT INTO subject_categories (subject_id, category_code, state) SELECT r.n, c.code, 'held' FROM staged r CROSS JOIN (SELECT 'personal_details' AS code UNION ALL SELECT 'identity_document' UNION ALL SELECT 'contacts') c WHERE c.code <> 'contacts' OR r.phone <> '' OR r.email <> ''"
    local floor floor_db
    floor_db="$(console_url dpo_bench_import_floor)"
    "$console" init --database "$floor_db" --admin admin >/dev/null 2>&1
    if [ "$backend" = sqlite ]; then
        ref="$work/import_reference.sqlite"
        rm -f "$ref"
        timed sqlite3 "$ref" "$table" "BEGIN" ".import --csv --skip 1 $work/import.csv raw_import" "COMMIT"
        rm -f "$ref"
        ref=$(secs)
        local db="${floor_db#sqlite:}" which="type = 'index' AND sql IS NOT NULL AND tbl_name IN ('subjects', 'consents', 'subject_categories')"
        local drop create
        drop=$(sqlite3 "$db" "SELECT group_concat('DROP INDEX ' || name, '; ') FROM sqlite_master WHERE $which")
        create=$(sqlite3 "$db" "SELECT group_concat(sql, '; ') FROM sqlite_master WHERE $which")
        local birth="nullif(birth_date, '')" now="strftime('%Y-%m-%dT%H:%M:%fZ')"
        subjects_sql="${subjects_sql//BIRTH/$birth}"
        subjects_sql="${subjects_sql//NOW/$now}"
        # The rows numbered by the order of the file, as the import numbers them.
        timed sqlite3 "$db" "PRAGMA foreign_keys = ON" "CREATE TEMP TABLE staged_csv ($typed)" \
            "CREATE TEMP VIEW staged AS SELECT rowid AS n, * FROM staged_csv" ".import --csv --skip 1 $work/import.csv staged_csv" \
            "BEGIN" "$drop" "${subjects_sql//GIVEN/consent_given_at}" "$create" "COMMIT"
        rm -f "$db"*
    else
        ref="$(console_url dpo_bench_import_ref)"
        psql -X -q -v ON_ERROR_STOP=1 -d "$ref" -c "$table"
        timed psql -X -q -v ON_ERROR_STOP=1 -d "$ref" -c "\\copy raw_import FROM '$work/import.csv' WITH (FORMAT csv, HEADER true)"
        ref=$(secs)
        local birth="nullif(birth_date, '')::date"
        subjects_sql="${subjects_sql//BIRTH/$birth}"
        subjects_sql="${subjects_sql//NOW/now()}"
        timed psql -X -q -1 -v ON_ERROR_STOP=1 -d "$floor_db" -c "CREATE TEMP TABLE staged (n bigint GENERATED ALWAYS AS IDENTITY, $typed)" \
            -c "\\copy staged ($columns) FROM '$work/import.csv' WITH (FORMAT csv, HEADER true)" \
            -c "${subjects_sql//GIVEN/consent_given_at::timestamptz}"
        psql -X -q -d "$(pg_url postgres)" -c "DROP DATABASE dpo_bench_import_ref" -c "DROP DATABASE dpo_bench_import" \
            -c "DROP DATABASE dpo_bench_import_floor" >/dev/null
    fi
    floor=$(secs)
    row "import: $SUBJECTS subjects from CSV (new database)" "${s} s" "${ref} s ($(tool_name) loading the same file into an indexed table); ${floor} s ($(tool_name) putting the same rows into the console's tables)" "$(ratio "$s" "$ref"); $(ratio "$s" "$floor")" "$mb"
    rm -f "$work"/upserts.jsonl "$work"/transfers.jsonl "$work"/subjects.csv "$work"/transfers.csv "$work"/import.csv
}

tool_name() { if [ "$backend" = sqlite ]; then echo sqlite3; else echo psql; fi; }
# raw_dump FILE: the trail of $target, its rows in order, as CSV through the backend's tool, timed.
raw_dump() {
    if [ "$backend" = sqlite ]; then
        timed sqlite3 -csv "$target" "SELECT * FROM audit_log ORDER BY seq"
        mv "$work/out" "$1"
    else
        timed psql -X -q -d "$target" -c "\\copy (SELECT * FROM audit_log ORDER BY seq) TO '$1' WITH CSV"
    fi
}

# A time-stamping authority on loopback for the signed export (tests/support/tsa_server.py),
# stopped when this script's end closes its input.
mkdir -p "$work/authority"
mkfifo "$work/authority.in"
python3 "$DPO_ROOT/tests/support/tsa_server.py" "$work/authority" <"$work/authority.in" >"$work/authority.out" &
exec 7>"$work/authority.in"
for _ in $(seq 100); do [ -s "$work/authority.out" ] && break; sleep 0.2; done
read -r authority_port _ <"$work/authority.out" || { echo "the time-stamping authority did not start" >&2; exit 1; }
authority_url="http://127.0.0.1:$authority_port/tsa"

echo "Measured $(date +%F) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)." >"$work/table"
for backend in $BACKENDS; do
    case "$backend" in
    sqlite) ;;
    postgresql)
        # PostgreSQL's default settings (fsync on), on this machine's disk.
        [ -n "${PG_DIR:-}" ] || start_pg_cluster
        ;;
    *) echo "unknown backend $backend (sqlite, postgresql)" >&2; exit 2 ;;
    esac
    measure >>"$work/table"
    rm -f "$work"/*.sqlite
done
echo
cat "$work/table"
