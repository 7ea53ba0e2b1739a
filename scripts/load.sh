#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A team on one PostgreSQL server, under load (on demand, not part of test.sh; docs/performance.md
# quotes a run). A throwaway cluster on loopback (fsync and synchronous commit on, stopped whatever
# happens) holding the demo database; then, all at once for DPO_LOAD_SECONDS:
#   - DPO_LOAD_OFFICERS officers, each its own process (tests/load/load_officer) with a login of
#     its own in the group of its role (resources/sql/postgresql/roles/officer_groups.sql): search,
#     open a record, reveal, register a claim and draft its answer, register a withdrawal and work
#     it to execution, the registers, the dashboard; a pause of DPO_LOAD_THINK_MS on average
#     between two actions;
#   - the platform writing DPO_LOAD_FEED_RATE transfer events a second into the inbox as the role
#     dpo_platform, and the feed's worker (`dpo-console feed run`) applying them;
#   - the platform's workers confirming the open tasks as the role dpo_tasks;
#   - one auditor exporting the whole trail again and again (`dpo-console audit export`).
# With DPO_LOAD_FAULTS=1 (the default), faults during the load, one at each eighth of it (so
# DPO_LOAD_SECONDS is 240 at least): a dozen of the officers' and the worker's server processes
# killed (pg_terminate_backend); the server restarted (fast: its sessions ended); restarted after a
# crash (immediate: recovery from the WAL); run as root, the WAL's own volume (a tmpfs the script
# mounts) filled until the server fails, then emptied; run as root, a network cut: every packet to
# or from 127.0.0.2, by which a tenth of the officers reach the servers, dropped for 30 s
# (nftables); the proxy another tenth of the officers go through stopped for 30 s (SIGSTOP:
# connections open that pass nothing); a failover: the primary stopped at once and its standby
# (streaming, synchronous, made by pg_basebackup before the load) promoted. Every client names both
# servers (postgresql://…@primary,standby/…?target_session_attrs=read-write); each officer and the
# worker recover on their own.
# Whatever DPO_LOAD_FAULTS, the server archives its WAL, and a base backup is taken before the
# load; at the end it is restored from the archive to a moment after an export the auditor made
# (docs/deployment.md, "Backups and restores"), and the restored database is checked: its chain
# verifies and is the live chain's beginning, that export verifies against it, and the last
# export, made after that moment, is reported as holding entries the restored database lacks.
# Prints per kind of action the count and the p50/p95/p99 latency, the outcomes that were not ok
# (conflicts and refusals are expected; errors are not, but for a lost connection at a fault), the
# feed's lag, each fault with how long the server was away, and the checks: the chain verifies and
# is linear, every case made under load has the audit entries of its steps, every step of a case
# acknowledged to an officer is there, every export's head is in the chain, every officer told of
# a lost connection carried on, the officers behind the cut and the frozen proxy told and working
# again and no other reached, no event was applied twice, the inbox was drained, the worker
# stopped cleanly; after the failover, the new primary holds the head the old one last showed;
# and the restore's checks.
#   ./scripts/load.sh                                                          the whole run
#   DPO_LOAD_SUBJECTS=100000 DPO_LOAD_OFFICERS=10 DPO_LOAD_SECONDS=240 ./scripts/load.sh  smaller
#   DPO_LOAD_FAULTS=0 ./scripts/load.sh                                        the load alone
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$DPO_ROOT/scripts/load-faults.sh"
source "$DPO_ROOT/scripts/load-restore.sh"

ensure_packages "${DPO_BUILD_PACKAGES[@]}" postgresql postgresql-client openssl python3 \
    nftables # the network cut (root only)
BUILD_DIR="${DPO_BENCH_BUILD_DIR:-$DPO_ROOT/build-bench}" # the benchmarks' Release build
DPO_BUILD_TARGETS="dpo-console load_officer" \
    configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DDPO_BUILD_TESTS=ON >/dev/null
SUBJECTS="${DPO_LOAD_SUBJECTS:-1000000}"
OFFICERS="${DPO_LOAD_OFFICERS:-50}"
DURATION="${DPO_LOAD_SECONDS:-600}"
RATE="${DPO_LOAD_FEED_RATE:-2000}"
THINK_MS="${DPO_LOAD_THINK_MS:-1000}"
FAULTS="${DPO_LOAD_FAULTS:-1}"
case "$FAULTS" in 0 | 1) ;; *) echo "DPO_LOAD_FAULTS is 0 or 1" >&2; exit 2 ;; esac
if [ "$FAULTS" = 1 ] && [ "$DURATION" -lt 240 ]; then
    echo "DPO_LOAD_SECONDS is at least 240 with the faults (one every eighth; the cut and the frozen proxy last 30 s)" >&2
    exit 2
fi
console="$BUILD_DIR/app/dpo-console"

source "$DPO_ROOT/scripts/pg-cluster.sh"
work="$(mktemp -d /tmp/dpo-load.XXXXXX)"
chmod 700 "$work"
background=()
wal_volume="" # the WAL's own volume, when the faults fill it
cut_table=""  # the nftables table of the network cut
proxy_pid=""  # the proxy that is frozen
cleanup() {
    local pid
    [ -z "$proxy_pid" ] || kill -KILL "$proxy_pid" 2>/dev/null || true # SIGTERM waits for SIGCONT
    for pid in "${background[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [ -z "$cut_table" ] || nft delete table inet "$cut_table" 2>/dev/null || true
    local dir
    for dir in standby restored; do
        [ ! -d "${PG_DIR:-/nonexistent}/$dir" ] ||
            as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/$dir" -m immediate stop >/dev/null 2>&1 || true
    done
    if [ -n "$wal_volume" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
        umount "$wal_volume" || true
    fi
    stop_pg_cluster
    if [ "${keep_work:-0}" = 1 ]; then
        echo "load: a check failed: the work folder is kept for a look ($work)" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM # runs the EXIT trap too
# Restarts the server with the options it was started with (a stopped one is started so).
restart_server() { # MODE: fast or immediate
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -m "$1" -w -t 300 restart >/dev/null
}
# chain_head URL: the chain's newest entry on that server, "seq hash" (the witness of the
# failover, the standby, the restored database).
chain_head() { psql -X -At -d "$1" -c "SELECT seq || ' ' || hash FROM audit_log ORDER BY seq DESC LIMIT 1"; }
# pg_stat_statements: where the server's time went (since its last start), printed at the end. Qt's
# driver prepares by name (PREPARE qpsqlpstmt_N AS …), a name per connection: one statement is
# summed over its names.
busiest_statements() { # PORT
    psql -X -At -F ' | ' -d "postgresql://dpo_test@127.0.0.1:$1/dpo_load" -c "SELECT round(sum(total_exec_time)), sum(calls), round((sum(total_exec_time) / sum(calls))::numeric, 1), sum(rows), left(q, 110) FROM (SELECT total_exec_time, calls, rows, regexp_replace(regexp_replace(query, '^PREPARE \w+ AS ', ''), '\s+', ' ', 'g') AS q FROM pg_stat_statements) s GROUP BY q ORDER BY 1 DESC LIMIT 12"
}
# Connections: one per officer and a few more; twice that, for a whole run with OFFICERS + 30 once
# refused an officer's first connection at the start (every slot taken for a moment; the cause
# not found: "sessions at most" below prints what the run saw every five seconds).
max_connections=$((OFFICERS * 2 + 30))
# archive_mode: the WAL archive the restore at the end reads (the standby, too, archives into it
# once promoted).
# 127.0.0.2 too: the officers behind the network cut reach the servers by it.
server_options=(-c max_connections=$max_connections -c shared_buffers=256MB
    -c shared_preload_libraries=pg_stat_statements -c archive_mode=on
    -c listen_addresses=127.0.0.1,127.0.0.2)
start_pg_cluster "${server_options[@]}"
# The WAL moved to a volume of its own (4 GB of tmpfs, mounted by root only), for the fault that
# fills it; `pg_ctl restart` starts the stopped server again with the options it was given.
if [ "$FAULTS" = 1 ] && [ "$(id -u)" -eq 0 ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
    wal_volume="$PG_DIR/wal-volume"
    mkdir "$wal_volume"
    mount -t tmpfs -o size=4g,mode=700 tmpfs "$wal_volume"
    chown postgres: "$wal_volume"
    mv "$PG_DIR/data/pg_wal/"* "$wal_volume/"
    rmdir "$PG_DIR/data/pg_wal"
    ln -s "$wal_volume" "$PG_DIR/data/pg_wal"
    chown -h postgres: "$PG_DIR/data/pg_wal"
    restart_server fast 2>/dev/null
elif [ "$FAULTS" = 1 ]; then
    echo "load: not root, so the WAL has no volume of its own and no fault fills it" >&2
fi
echo "host all all 127.0.0.2/32 scram-sha-256" | as_pg tee -a "$PG_DIR/data/pg_hba.conf" >/dev/null
archive="$PG_DIR/archive"
as_pg mkdir -m 700 "$archive"
psql_server() { # PORT psql arguments…: as the cluster's superuser, on that server only
    local port="$1"
    shift
    psql -X -q -v ON_ERROR_STOP=1 -d "postgresql://dpo_test@127.0.0.1:$port/postgres" "$@"
}
# A segment is copied under another name and renamed once whole: a copy cut short (the server
# stopped at once, its archiver with it) would otherwise stay in the archive, the archiver finding
# it there would fail from then on, and the restore fail on it ("has wrong size"; seen in a run).
# A segment archived whole before is done (the archiver, stopped after the copy, asks again).
psql_server "$PG_PORT" -c "ALTER SYSTEM SET archive_command = '(test ! -f $archive/%f && cp %p $archive/%f.part && mv $archive/%f.part $archive/%f) || cmp -s %p $archive/%f'" \
    -c "SELECT pg_reload_conf()" >/dev/null # the pg_hba.conf line too
# Every client names both servers and asks for the one that takes writes (libpq's multi-host form):
# the primary, and after the failover the promoted standby. Without faults there is no standby.
standby_port=$((PG_PORT + 1))
restore_port=$((PG_PORT + 2))
servers() { # ADDRESS
    if [ "$FAULTS" = 0 ]; then echo "$1:$PG_PORT"; else echo "$1:$PG_PORT,$1:$standby_port"; fi
}
# The network cut (root only: nftables) drops every packet to or from 127.0.0.2 for 30 s, the
# address by which a tenth of the officers reach the servers.
cut_officers=0
if [ "$FAULTS" = 1 ] && [ "$(id -u)" -eq 0 ]; then
    cut_table="dpo_load_cut_$$"
    nft add table inet "$cut_table"
    nft add chain inet "$cut_table" out '{ type filter hook output priority 0; policy accept; }'
    cut_officers=$(((OFFICERS + 9) / 10))
elif [ "$FAULTS" = 1 ]; then
    echo "load: not root, so no network cut" >&2
fi
# The frozen proxy: another tenth of the officers reach the servers through a proxy
# (tests/support/tcp_proxy.py) that is stopped for 30 s. It passes a connection to the primary,
# or to the standby when the primary refuses, as a proxy in front of both does: a client cannot
# pass over a proxy that accepted it (libpq tries a URL's next host only when the connection
# itself fails; with a port of the proxy for each server, an officer behind it never reached the
# promoted standby: seen in a run).
frozen_officers=0
if [ "$FAULTS" = 1 ]; then
    frozen_officers=$(((OFFICERS + 9) / 10))
    python3 "$DPO_ROOT/tests/support/tcp_proxy.py" "$PG_PORT,$standby_port" >"$work/proxy.out" 2>"$work/proxy.log" &
    proxy_pid=$!
    for ((n = 0; n < 100; n++)); do
        ! grep -q '^ready' "$work/proxy.out" 2>/dev/null || break
        sleep 0.1
    done
    read -r _ proxy_port <"$work/proxy.out"
fi
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$work/config" # where `keys init` remembers the key's path
secret() { echo "$1-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"; }
export DPO_CONSOLE_PASSWORD
DPO_CONSOLE_PASSWORD="$(secret load)" # the administrator's, and the one the officers choose
url() { echo "postgresql://$1@$(servers "${2:-127.0.0.1}")/dpo_load?target_session_attrs=read-write"; } # LOGIN [ADDRESS]
owner_url="$(url dpo_test)"
psql_owner() { psql -X -q -v ON_ERROR_STOP=1 -d "$owner_url" "$@"; }
psql_server "$PG_PORT" -c "CREATE DATABASE dpo_load" >/dev/null

started=$(date +%s)
echo "load: demo database of $SUBJECTS subjects…" >&2
"$console" init --database "$owner_url" --admin admin >/dev/null 2>&1
"$console" demo --database "$owner_url" --officer admin --subjects "$SUBJECTS" --seed 1 >/dev/null
psql_owner -c "CREATE EXTENSION pg_stat_statements" >/dev/null
# What autovacuum does within minutes of the demo's load (the visibility map, the statistics), done
# before the officers come: a database in use for years is not being vacuumed for the first time.
psql_owner -c "VACUUM (ANALYZE)" >/dev/null
for role in officer_groups platform_role tasks_role; do
    psql_owner -f "$DPO_ROOT/resources/sql/postgresql/roles/$role.sql" >/dev/null
done
platform_password="$(secret platform)" tasks_password="$(secret tasks)"
psql_owner -c "ALTER ROLE dpo_platform PASSWORD '$platform_password'" \
    -c "ALTER ROLE dpo_tasks PASSWORD '$tasks_password'" >/dev/null

echo "load: $OFFICERS officers and an auditor, each with a login of their own…" >&2
first_password="$(secret first)"
add_officer() { # USERNAME ROLE
    DPO_CONSOLE_NEW_PASSWORD="$first_password" "$console" officers add --database "$owner_url" \
        --officer admin --username "$1" --name "Load $1" --role "$2" --own-login \
        >"$work/add.log" 2>&1 || { cat "$work/add.log" >&2; return 1; }
}
for ((i = 1; i <= OFFICERS; i++)); do add_officer "officer$i" officer; done
add_officer auditor1 auditor
login_url() { url "$1"; }
officer_url() { # N: officer N's: by 127.0.0.2 behind the cut, through the proxy behind the freeze
    if [ "$1" -le "$cut_officers" ]; then
        url "officer$1" 127.0.0.2
    elif [ "$1" -le $((cut_officers + frozen_officers)) ]; then
        echo "postgresql://officer$1@127.0.0.1:$proxy_port/dpo_load?target_session_attrs=read-write"
    else
        url "officer$1"
    fi
}
# Each login's first password is changed at its first sign-in, as the console makes its officer do.
DPO_LOAD_FIRST_PASSWORD="$first_password" "$BUILD_DIR/tests/load_officer" "$(login_url auditor1)" auditor1 0 0 /dev/null 0

# The organisation's signing key: the auditor's exports are signed, as the regulator gets them.
export DPO_CONSOLE_KEY_PASSPHRASE
DPO_CONSOLE_KEY_PASSPHRASE="$(secret passphrase)"
"$console" keys init --database "$owner_url" --officer admin --key "$work/signing-key.pem" \
    >/dev/null 2>"$work/keys.log" || { cat "$work/keys.log" >&2; exit 1; }

# The base backup the restore at the end starts from; then, with the faults, the standby.
backup_started=$(date +%s)
as_pg "$PG_BIN/pg_basebackup" -d "postgresql://dpo_test@127.0.0.1:$PG_PORT/postgres" -D "$PG_DIR/base" \
    -X stream -c fast
echo "load: a base backup for the restore at the end, in $(($(date +%s) - backup_started)) s" >&2
if [ "$FAULTS" = 1 ]; then
    # Streaming from a replication slot, synchronous: a commit is acknowledged once the standby
    # has flushed it (synchronous_commit = on). The standby has no synchronous standby of its own,
    # so once promoted it acknowledges alone (ALTER SYSTEM below comes after its base backup).
    as_pg "$PG_BIN/pg_basebackup" -d "postgresql://dpo_test@127.0.0.1:$PG_PORT/postgres" \
        -D "$PG_DIR/standby" -R -X stream -c fast -C -S standby1
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/standby" -l "$PG_DIR/standby.log" -w -t 300 \
        -o "$(pg_server_options "$standby_port" "${server_options[@]}" -c cluster_name=standby1)" \
        start >/dev/null || { cat "$PG_DIR/standby.log" >&2; exit 1; }
    psql_server "$PG_PORT" -c "ALTER SYSTEM SET synchronous_standby_names = 'standby1'" \
        -c "SELECT pg_reload_conf()" >/dev/null
    replication=""
    for ((n = 0; n < 120; n++)); do
        sleep 0.5
        replication="$(psql_server "$PG_PORT" -At -c "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'")"
        [ "$replication" != sync ] || break
    done
    [ "$replication" = sync ] || { echo "load: the standby is not synchronous (${replication:-not connected})" >&2; exit 1; }
    echo "load: a standby on port $standby_port, streaming synchronously, in $(($(date +%s) - backup_started)) s with the backup" >&2
fi

# The recipient the platform's transfers name, before any transfer.
PGPASSWORD="$platform_password" psql -X -q -v ON_ERROR_STOP=1 -d "$(login_url dpo_platform)" -c \
    "INSERT INTO feed_inbox (body) VALUES ('{\"id\":\"load-recipient\",\"type\":\"recipient.upsert\",\"at\":\"2026-12-01T09:00:00+06:00\",\"code\":\"fco-load\",\"name\":\"Load FCO\",\"kind\":\"fco\"}')" >/dev/null
before="$(psql_owner -At -c "SELECT coalesce(max(id), 0) FROM withdrawal_requests" -c "SELECT coalesce(max(id), 0) FROM claims" | tr '\n' ' ')"
read -r withdrawals_before claims_before <<<"$before"
psql_owner -c "SELECT pg_stat_statements_reset()" >/dev/null

echo "load: $DURATION s: $OFFICERS officers, $RATE feed events a second, task reports, an auditor…" >&2
"$console" feed run --database "$owner_url" --officer admin >"$work/worker.log" 2>&1 &
worker=$!
background+=("$worker")
# The platform: its transfer events (to random demo subjects) accrue at RATE a second whatever the
# server's pace, and each round writes all that accrued since the last in one statement, over one
# connection kept open (a psql fed statement by statement; one psql a second, each signing in anew,
# could not keep pace on a saturated machine: 920 a second of the 2,000 asked). A fault closes the
# connection: psql ends and another is started. What is more than ten seconds behind is dropped, not
# written in a rush after the fault (the count written is read from the inbox at the end).
platform_events() {
    trap '' PIPE # a psql gone is a failed write, not the end of the platform
    local deadline=$(($(date +%s) + DURATION)) begun offered=0 round=0 due n answer
    begun=$(date +%s%N)
    while [ "$(date +%s)" -lt "$deadline" ]; do
        coproc PLATFORM_PSQL { PGPASSWORD="$platform_password" exec psql -X -q -d "$(login_url dpo_platform)" 2>>"$work/platform.log"; }
        while [ "$(date +%s)" -lt "$deadline" ]; do
            due=$(((($(date +%s%N) - begun) / 1000000) * RATE / 1000))
            [ $((due - offered)) -le $((RATE * 10)) ] || offered=$((due - RATE * 10))
            n=$((due - offered))
            if [ "$n" -lt $((RATE / 10 + 1)) ]; then
                sleep 0.1
                continue
            fi
            round=$((round + 1))
            printf '%s\n\\echo written\n' "INSERT INTO feed_inbox (body) SELECT json_build_object('id', 'load-$round-' || g, 'type', 'transfer', 'at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), 'platform_ref', 'OG-' || lpad((1 + floor(random() * $SUBJECTS))::bigint::text, 8, '0'), 'recipient', 'fco-load', 'categories', json_build_array('contacts'), 'purpose', 'financing_decision')::text FROM generate_series(1, $n) g;" \
                >&"${PLATFORM_PSQL[1]:-}" 2>/dev/null || break
            # psql ended (the connection is gone), or a statement stuck for two minutes
            read -r -t 120 answer <&"${PLATFORM_PSQL[0]:-}" || break
            offered=$((offered + n))
        done
        [ "$(date +%s)" -ge "$deadline" ] ||
            echo "platform: connection ended after round $round ($(date +%T))" >>"$work/platform.log"
        kill "${PLATFORM_PSQL_PID:-}" 2>/dev/null || true
        wait "${PLATFORM_PSQL_PID:-}" 2>/dev/null || true
        sleep 0.5
    done
}
platform_events &
background+=($!)
# The platform's workers: every open task reported done, every two seconds.
(
    deadline=$(($(date +%s) + DURATION))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        PGPASSWORD="$tasks_password" psql -X -q -d "$(login_url dpo_tasks)" -c \
            "INSERT INTO task_reports (task_id, outcome, outcome_at, note) SELECT id, 'done', now(), 'load' FROM task_outbox o WHERE NOT EXISTS (SELECT 1 FROM task_reports r WHERE r.task_id = o.id AND r.state <> 'rejected') LIMIT 200" \
            >/dev/null 2>>"$work/tasks.log" || true
        sleep 2
    done
) &
background+=($!)
# The auditor: the whole trail exported again and again, signed. Its figure is the export's own
# time as the command reports it (its start and sign-in, a fifth of a second, are not the
# export's). Each export's head (its own entry, acknowledged) goes to exports.tsv; the last export
# is kept as last.csv, and the first one begun after keep-next appears as kept.csv, with the time
# it ended in kept-at (the restore's point is just after it).
auditor_export() { # [FIGURES]: as the auditor (in a subshell: it exports the auditor's password)
    local figures="${1:-$work/auditor.tsv}"
    export DPO_CONSOLE_PASSWORD PGPASSWORD="$DPO_CONSOLE_PASSWORD"
    if "$console" audit export --database "$(login_url auditor1)" --officer auditor1 --format csv \
        --key "$work/signing-key.pem" --out "$work/trail.csv" >"$work/export.out" 2>&1; then
        printf 'audit export\t%s\tok\n' "$(grep -oP ' in \K[0-9.]+(?= s;)' "$work/export.out" | awk '{ printf "%.2f", $1 * 1000 }')" >>"$figures"
        grep -oP 'chain head \K[0-9]+ [0-9a-f]{64}' "$work/export.out" | tr ' ' '\t' >>"$work/exports.tsv"
        for file in trail.csv trail.csv.p7s; do mv "$work/$file" "$work/last${file#trail}"; done
    else
        printf 'audit export\t0\terror\n' >>"$figures"
        cat "$work/export.out" >>"$work/auditor.log"
        return 1
    fi
}
(
    deadline=$(($(date +%s) + DURATION))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        keep=0
        [ ! -e "$work/keep-next" ] || keep=1
        if (auditor_export); then
            if [ "$keep" = 1 ]; then
                for file in last.csv last.csv.p7s; do cp "$work/$file" "$work/kept${file#last}"; done
                date +%s >"$work/kept-at"
                rm -f "$work/keep-next"
            fi
        else
            sleep 1 # the server may be away
        fi
    done
) &
background+=($!)
# The feed's lag, every five seconds: the events waiting and how long the oldest has waited.
(
    deadline=$(($(date +%s) + DURATION))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        psql_owner -At -F ' ' -c "SELECT count(*), coalesce(extract(epoch FROM now() - min(received_at)), 0) FROM feed_inbox WHERE state = 'pending'" >>"$work/lag.txt" 2>/dev/null || true
        psql_owner -At -F ' ' -c "SELECT CASE WHEN GROUPING(u) = 1 THEN 'all' ELSE u END, count(*) FROM (SELECT CASE WHEN usename LIKE 'officer%' THEN 'officers' ELSE usename END AS u FROM pg_stat_activity WHERE backend_type = 'client backend') a GROUP BY ROLLUP (u)" >>"$work/sessions.txt" 2>/dev/null || true
        sleep 5
    done
) &
background+=($!)
# Who holds the audit chain's lock (taken as a transaction with audit entries commits, schema
# version 30), ten times a second for SECONDS: a holder "active" is the server working, "idle in
# transaction" the server waiting for its client (an export, whose entry is numbered at once).
# Started again after a restart of the server, which ends it.
psql_owner -c "CREATE TABLE load_chain_lock_samples (holder_state text, waiting int)" >/dev/null
sample_chain_lock() { # SECONDS
    psql_owner -c "DO \$\$ BEGIN FOR i IN 1..$(($1 * 10)) LOOP
        PERFORM pg_stat_clear_snapshot();
        INSERT INTO load_chain_lock_samples
            SELECT coalesce((SELECT a.state FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                             WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 1146113857
                               AND l.objid = 1430538580 AND l.objsubid = 1), 'free'),
                   (SELECT count(*) FROM pg_locks l WHERE l.locktype = 'advisory' AND NOT l.granted
                      AND l.classid = 1146113857 AND l.objid = 1430538580 AND l.objsubid = 1);
        COMMIT;
        PERFORM pg_sleep(0.1);
    END LOOP; END \$\$" >/dev/null 2>>"$work/sampler.log" || true
}
load_started=$(date +%s)
sample_chain_lock "$DURATION" &
background+=($!)
officers=()
for ((i = 1; i <= OFFICERS; i++)); do
    DPO_LOAD_FIRST_PASSWORD="$first_password" "$BUILD_DIR/tests/load_officer" \
        "$(officer_url "$i")" "officer$i" "$DURATION" "$i" "$work/officer$i.tsv" "$THINK_MS" \
        2>>"$work/officers.log" &
    officers+=($!)
done
# The faults (scripts/load-faults.sh); keep-next asks the auditor to keep its next export, the
# restore's point.
if [ "$FAULTS" = 1 ]; then
    inject_faults &
    faults=$!
    background+=("$faults")
else
    (
        sleep $((DURATION / 2))
        touch "$work/keep-next"
    ) &
    background+=($!)
fi
officer_failures=0
for pid in "${officers[@]}"; do wait "$pid" || officer_failures=$((officer_failures + 1)); done
[ "$FAULTS" = 0 ] || wait "$faults" || true # a fault still going on ends before the checks
sleep 3 # the platform's last second, the tasks' last reports

# Drained: the worker applies what is left, then stops on SIGTERM.
# Given up on after 300 s, or 30 s without one event applied (events a rejected one holds back stay
# pending: the check below names them).
drain_started=$(date +%s)
last_pending=-1 last_progress=$drain_started
while pending="$(psql_owner -At -c "SELECT count(*) FROM feed_inbox WHERE state = 'pending'" || echo unknown)" &&
    [ "$pending" != 0 ] && [ $(($(date +%s) - drain_started)) -lt 300 ] &&
    [ $(($(date +%s) - last_progress)) -lt 30 ]; do
    [ "$pending" = "$last_pending" ] || last_progress=$(date +%s)
    last_pending=$pending
    sleep 1
done
drained=$(($(date +%s) - drain_started))
kill -TERM "$worker"
worker_status=0
wait "$worker" || worker_status=$?
# One more export, after the load (not among its figures): later than the kept one whatever the
# auditor's pace. With its start and sign-in an export took up to 20 s under load, and the kept one
# was once the last, which left the restore's check nothing to find missing.
(auditor_export /dev/null) || echo "load: the export after the load failed: $(cat "$work/export.out")" >&2

echo >&2
echo "load on $(nproc) cores: $SUBJECTS subjects, $OFFICERS officers (a pause of $THINK_MS ms on average), $RATE feed events a second, $DURATION s; $(($(date +%s) - started)) s in all" >&2
python3 - "$work" <<'PY'
import glob, sys
work = sys.argv[1]
actions, outcomes = {}, {}
for path in glob.glob(f"{work}/officer*.tsv") + glob.glob(f"{work}/auditor.tsv"):
    for line in open(path, encoding="utf-8"):
        action, ms, outcome = line.rstrip("\n").split("\t")[:3]
        if outcome == "ok":
            actions.setdefault(action, []).append(float(ms))
        else:
            outcomes[(action, outcome)] = outcomes.get((action, outcome), 0) + 1
def pct(v, p):
    return v[min(len(v) - 1, int(p * len(v)))]
print("| action | count | p50 ms | p95 ms | p99 ms |")
print("|---|---|---|---|---|")
for action in sorted(actions):
    v = sorted(actions[action])
    print(f"| {action} | {len(v)} | {pct(v, .5):.1f} | {pct(v, .95):.1f} | {pct(v, .99):.1f} |")
print()
if outcomes:
    print("| action | outcome | count |")
    print("|---|---|---|")
    for (action, outcome), n in sorted(outcomes.items()):
        print(f"| {action} | {outcome} | {n} |")
else:
    print("every action ok")
PY
lag="$(awk 'BEGIN { m = 0; w = 0 } { if ($1 > m) m = $1; if ($2 > w) w = $2 } END { printf "at most %d events waiting, the oldest %.1f s", m, w }' "$work/lag.txt")"
states="$(psql_owner -At -c "SELECT string_agg(n || ' ' || state, ', ' ORDER BY state) FROM (SELECT state, count(*) AS n FROM feed_inbox GROUP BY state) s")"
echo "feed: $states; $lag; the rest drained in $drained s after the load" >&2
awk '{ n[$1] = ($2 > n[$1] ? $2 : n[$1]) } END { for (u in n) printf "%s %d\n", u, n[u] }' "$work/sessions.txt" |
    sort | tr '\n' ',' | sed 's/,$//; s/,/, /g; s/^/sessions at most, by login (sampled every 5 s): /' >&2
echo " (max_connections $max_connections)" >&2
written="$(psql_owner -At -c "SELECT count(*) FROM feed_inbox WHERE body::json->>'type' = 'transfer'")"
echo "feed: the platform wrote $written events in $DURATION s ($((written / DURATION)) a second; asked: $RATE)" >&2
psql_owner -At -F ': ' -c "SELECT count(*), left(reason, 160) FROM feed_inbox WHERE state = 'rejected' GROUP BY reason ORDER BY 1 DESC LIMIT 5" |
    sed 's/^/feed: rejected /' >&2
if [ -s "$work/statements-first.txt" ]; then
    echo "the first primary's busiest statements, from its last start to the failover (pg_stat_statements: total ms, calls, mean ms, rows, the statement's beginning):" >&2
    cat "$work/statements-first.txt" >&2
else
    echo "the server's busiest statements (pg_stat_statements: total ms, calls, mean ms, rows, the statement's beginning):" >&2
    busiest_statements "$PG_PORT" >&2
fi

if [ "$FAULTS" = 1 ]; then
    echo "faults (when, in seconds into the load: the fault, and the seconds until the server answered again):" >&2
    awk -F '\t' '{ printf "  %s s: %s, %s s\n", $2, $1, $3 }' "$work/faults.tsv" >&2 2>/dev/null || true
fi
echo "the audit chain's lock, sampled ten times a second (its holder's state: the samples, the sessions waiting for it on average):" >&2
psql_owner -At -F ' | ' -c "SELECT holder_state, count(*), round(avg(waiting), 1) FROM load_chain_lock_samples GROUP BY 1 ORDER BY 2 DESC" >&2

# --- the checks ----------------------------------------------------------------------------------
failed=0
check() { # NAME OK(0/1) DETAIL
    if [ "$2" = 0 ]; then echo "check: $1: ok ($3)" >&2; else echo "check: $1: FAILED ($3)" >&2; failed=1; fi
}
verify_out="$("$console" audit verify --database "$owner_url" 2>&1)" && verified=0 || verified=1
check "the audit chain verifies" "$verified" "$(echo "$verify_out" | grep -v '^QStandardPaths' | awk 'NR == 1')"
gaps="$(psql_owner -At -c "SELECT count(*) - (max(seq) - min(seq) + 1) FROM audit_log")"
forks="$(psql_owner -At -c "SELECT count(*) FROM audit_log a JOIN audit_log b ON b.seq = a.seq + 1 WHERE b.prev_hash <> a.hash")"
check "the chain is linear" "$([ "$gaps" = 0 ] && [ "$forks" = 0 ] && echo 0 || echo 1)" "$gaps missing seq, $forks links broken"
missing_steps="$(psql_owner -At -c "
    WITH w AS (SELECT id::text AS id, state FROM withdrawal_requests WHERE id > $withdrawals_before),
         c AS (SELECT id::text AS id, state FROM claims WHERE id > $claims_before),
         e AS (SELECT entity, entity_id, action FROM audit_log WHERE entity IN ('withdrawal_request', 'claim'))
    SELECT (SELECT count(*) FROM w WHERE NOT EXISTS (SELECT 1 FROM e WHERE e.entity = 'withdrawal_request' AND e.entity_id = w.id AND e.action = 'withdrawal.register'))
         + (SELECT count(*) FROM w WHERE w.state <> 'received' AND NOT EXISTS (SELECT 1 FROM e WHERE e.entity = 'withdrawal_request' AND e.entity_id = w.id AND e.action = 'withdrawal.verify_identity'))
         + (SELECT count(*) FROM w WHERE w.state = 'executed' AND NOT EXISTS (SELECT 1 FROM e WHERE e.entity = 'withdrawal_request' AND e.entity_id = w.id AND e.action = 'withdrawal.execute'))
         + (SELECT count(*) FROM w WHERE w.state IN ('received', 'identity_verified') AND EXISTS (SELECT 1 FROM e WHERE e.entity = 'withdrawal_request' AND e.entity_id = w.id AND e.action = 'withdrawal.execute'))
         + (SELECT count(*) FROM c WHERE NOT EXISTS (SELECT 1 FROM e WHERE e.entity = 'claim' AND e.entity_id = c.id AND e.action = 'claim.register'))
         + (SELECT count(*) FROM c WHERE c.state = 'answer_drafted' AND NOT EXISTS (SELECT 1 FROM e WHERE e.entity = 'claim' AND e.entity_id = c.id AND e.action = 'claim.draft_answer'))")"
cases="$(psql_owner -At -c "SELECT (SELECT count(*) FROM withdrawal_requests WHERE id > $withdrawals_before) || ' withdrawals, ' || (SELECT count(*) FROM claims WHERE id > $claims_before) || ' claims'")"
check "every case's steps agree with its entries" "$([ "$missing_steps" = 0 ] && echo 0 || echo 1)" "$cases made under load, $missing_steps disagreeing"
twice="$(psql_owner -At -c "SELECT (SELECT count(*) FROM transfers t JOIN recipients r ON r.id = t.recipient_id WHERE r.code = 'fco-load') - (SELECT count(*) FROM feed_inbox WHERE state = 'applied' AND body::json->>'type' = 'transfer')")"
check "no event applied twice" "$([ "$twice" = 0 ] && echo 0 || echo 1)" "transfers recorded minus transfer events applied: $twice"
pending="$(psql_owner -At -c "SELECT count(*) FROM feed_inbox WHERE state = 'pending'")"
check "the inbox drained" "$([ "$pending" = 0 ] && echo 0 || echo 1)" "$pending pending"
# An officer stuck: its name, and its last actions with when they ended (seconds into the load).
read -r told stuck stuck_detail < <(python3 - "$work" "$load_started" <<'PY'
import glob, os, sys
told, stuck = 0, []
for path in sorted(glob.glob(f"{sys.argv[1]}/officer*.tsv")):
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")]
    lost = [i for i, row in enumerate(rows) if row[2] == "error:connection"]
    if lost:
        told += 1
        if not any(row[2] == "ok" for row in rows[lost[-1] + 1:]):
            last = ", ".join(f"{r[0]} {r[2]} at {float(r[3]) - float(sys.argv[2]):.0f} s" for r in rows[-3:] if len(r) == 4)
            stuck.append(f"{os.path.basename(path)[:-4]}: {last}")
print(told, len(stuck), "; ".join(stuck))
PY
)
if [ "$FAULTS" = 1 ]; then
    injected="$(grep -c . "$work/faults.tsv" 2>/dev/null || true)"
    asked=$((5 + $([ -n "$wal_volume" ] && echo 1 || echo 0) + $([ "$cut_officers" -gt 0 ] && echo 1 || echo 0)))
    check "every fault was made and the server came back" \
        "$([ "${injected:-0}" = "$asked" ] && ! grep -q FAILED "$work/faults.tsv" && echo 0 || echo 1)" \
        "${injected:-0} of $asked faults"
    check "officers were told of their lost connections" "$([ "$told" -gt 0 ] && echo 0 || echo 1)" \
        "$told officers told"
fi
[ ! -s "$work/cut.tsv" ] || check_isolated cut.tsv 1 "$cut_officers" "the network cut"
[ ! -s "$work/frozen.tsv" ] || check_isolated frozen.tsv $((cut_officers + 1)) "$frozen_officers" "the frozen proxy"
check "every officer told of a lost connection carried on" "$([ "$stuck" = 0 ] && echo 0 || echo 1)" \
    "$told told, $stuck with no action done after${stuck_detail:+: $stuck_detail}"
cat "$work"/officer*.tsv.acked >"$work/acked.tsv" 2>/dev/null || true
lost="$(psql_owner -At <<SQL
CREATE TEMP TABLE acked (tbl text, id bigint, state text);
\copy acked FROM '$work/acked.tsv'
WITH step(tbl, state, n) AS (VALUES ('claims', 'open', 1), ('claims', 'answer_drafted', 2),
        ('claims', 'answer_sent', 3), ('claims', 'closed', 4), ('withdrawal_requests', 'received', 1),
        ('withdrawal_requests', 'identity_verified', 2), ('withdrawal_requests', 'decided', 3),
        ('withdrawal_requests', 'approved', 4), ('withdrawal_requests', 'executed', 5),
        ('withdrawal_requests', 'closed', 6)),
     held AS (SELECT 'claims' AS tbl, id, state FROM claims
              UNION ALL SELECT 'withdrawal_requests', id, state FROM withdrawal_requests)
SELECT count(*) FILTER (WHERE h.id IS NULL OR coalesce(sh.n, 0) < sa.n) || ' ' || count(*)
    FROM acked a JOIN step sa ON sa.tbl = a.tbl AND sa.state = a.state
    LEFT JOIN held h ON h.tbl = a.tbl AND h.id = a.id
    LEFT JOIN step sh ON sh.tbl = h.tbl AND sh.state = h.state;
SQL
)"
read -r lost_steps acked_steps <<<"$lost"
check "every step acknowledged to an officer is there" "$([ "$lost_steps" = 0 ] && echo 0 || echo 1)" \
    "$acked_steps steps acknowledged, $lost_steps missing"
# Each export's own entry was acknowledged to the auditor when the export ended.
exported="$(psql_owner -At <<SQL
CREATE TEMP TABLE exported (seq bigint, hash text);
\copy exported FROM '$work/exports.tsv'
SELECT count(*) FILTER (WHERE a.hash IS DISTINCT FROM e.hash) || ' ' || count(*)
    FROM exported e LEFT JOIN audit_log a ON a.seq = e.seq;
SQL
)"
read -r exports_lost exports_made <<<"$exported"
check "every export's head is in the chain" "$([ "$exports_lost" = 0 ] && [ "$exports_made" -gt 0 ] && echo 0 || echo 1)" \
    "$exports_made exports, $exports_lost heads missing or different"
[ "$FAULTS" = 0 ] || check_failover
check "every officer ran to the end" "$([ "$officer_failures" = 0 ] && echo 0 || echo 1)" "$officer_failures stopped early"
check "the worker stopped cleanly on SIGTERM" "$([ "$worker_status" = 0 ] && echo 0 || echo 1)" "exit status $worker_status"
[ "$worker_status" = 0 ] || tail -n 20 "$work/worker.log" >>"$work/worker-tail.log"
restore_and_check

for log in officers worker-tail platform auditor tasks; do
    if [ -s "$work/$log.log" ] && grep -qvE '^(QStandardPaths|$)' "$work/$log.log"; then
        echo "--- $log.log (its lines by how often they came, the officer's name left out)" >&2
        grep -vE '^(QStandardPaths|$)' "$work/$log.log" | sed -E 's/^load_officer [^:]+: //' |
            sort | uniq -c | sort -rn | awk 'NR <= 12' >&2 # awk reads on: no SIGPIPE to fail the run
    fi
done
# Errors that were not a lost connection or an expected refusal, each in full (a grouped log hides
# the rare ones).
if grep -qE ': The database (refused|could not)' "$work/officers.log" 2>/dev/null; then
    echo "--- the officers' database errors (not a lost connection), in full:" >&2
    grep -E ': The database (refused|could not)' "$work/officers.log" | awk 'NR <= 10' >&2
fi
keep_work="$failed" # the officers' actions and logs, the exports: what a failed check needs
exit "$failed"
