# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by load.sh: the faults it injects during the load, and their checks. The functions read
# load.sh's variables (work, DURATION, load_started, PG_DIR, the ports, cut_officers…).

# fault_at NUMERATOR DENOMINATOR: waits for that fraction of the load.
fault_at() {
    local wait=$((load_started + DURATION * $1 / $2 - $(date +%s)))
    [ "$wait" -le 0 ] || sleep "$wait"
}
# fault_record NAME SECONDS_AWAY: a line of faults.tsv for the fault that began at $began
# (date +%s%N): its name, the seconds into the load, the seconds the server was away.
fault_record() {
    printf '%s\t%s\t%s\n' "$1" "$((began / 1000000000 - load_started))" "$2" >>"$work/faults.tsv"
}
fault_away() { awk -v b="$began" -v e="$(date +%s%N)" 'BEGIN { printf "%.1f", (e - b) / 1e9 }'; }
# The chain's lock sampler, started again for the rest of the load after a fault ended it.
resample_chain_lock() { sample_chain_lock $((load_started + DURATION - $(date +%s))) & }

# A dozen sessions ended by the server, among the officers' and the owner's (the worker's).
fault_terminate_sessions() {
    local killed
    killed="$(psql_owner -At -c "SELECT count(pg_terminate_backend(pid)) FROM (SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND (usename LIKE 'officer%' OR (usename = current_user AND query NOT LIKE 'DO %')) ORDER BY random() LIMIT 12) s")"
    fault_record "pg_terminate_backend of $killed sessions" 0
}

fault_restart() { # MODE: fast or immediate
    if restart_server "$1"; then
        fault_record "restart ($1)" "$(fault_away)"
    else
        fault_record "restart ($1): FAILED" -1
    fi
    resample_chain_lock
}

# The WAL's volume filled, then new WAL segments asked for until the server fails (segments it had
# already made are used first), 600 at most; 5 s later emptied, and the server started by hand if
# it gave up (its recovery, too, found no space).
fault_wal_full() {
    local n outcome="the server went on"
    dd if=/dev/zero of="$wal_volume/filler" bs=1M status=none 2>/dev/null || true
    for ((n = 0; n < 600; n++)); do
        if ! psql_owner -At -c "SELECT pg_switch_wal()" >/dev/null 2>&1; then
            outcome="the server failed after $n switches"
            break
        fi
        sleep 0.05
    done
    sleep 5
    rm -f "$wal_volume/filler"
    for ((n = 0; n < 120; n++)); do
        "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && break
        if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
            outcome="$outcome; started by hand"
            restart_server fast 2>/dev/null || outcome="$outcome: FAILED"
            break
        fi
        sleep 0.5
    done
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" || outcome="$outcome: FAILED, not back"
    fault_record "the WAL's volume full ($outcome)" "$(fault_away)"
    resample_chain_lock
}

# Every packet to or from 127.0.0.2, the address the officers behind the cut use, dropped for
# 30 s: their connections see no answer, as over a cable pulled out.
fault_network_cut() {
    local began_at
    began_at=$(date +%s.%N)
    nft add rule inet "$cut_table" out ip daddr 127.0.0.2 drop
    nft add rule inet "$cut_table" out ip saddr 127.0.0.2 drop
    sleep 30
    nft flush chain inet "$cut_table" out
    echo "$began_at $(date +%s.%N)" >"$work/cut.tsv"
    fault_record "the network cut between $cut_officers officers and the servers" "$(fault_away)"
}

# The proxy of the officers behind it stopped (SIGSTOP) for 30 s: their connections stay open and
# pass nothing, which neither TCP's timeouts nor keepalives notice (its kernel still acknowledges
# every packet); the console's statement watch does (db/StatementWatch.h).
fault_frozen_proxy() {
    local began_at
    began_at=$(date +%s.%N)
    kill -STOP "$proxy_pid"
    sleep 30
    kill -CONT "$proxy_pid"
    echo "$began_at $(date +%s.%N)" >"$work/frozen.tsv"
    fault_record "the proxy of $frozen_officers officers frozen" "$(fault_away)"
}

# The primary stopped at once (its machine lost) and the standby promoted. First the standby is
# synchronous again (the faults before ended its stream). A witness reads the chain's head on the
# primary ten times a second until it stops answering: the newest entry a client could have seen
# there. The standby has flushed every commit the primary acknowledged; once it has replayed all
# it received, its head is the one the new primary starts from.
fault_failover() {
    local n replication="" witness head standby_url="postgresql://dpo_test@127.0.0.1:$standby_port/dpo_load"
    for ((n = 0; n < 120; n++)); do
        replication="$(psql_server "$PG_PORT" -At -c "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'" 2>/dev/null)"
        [ "$replication" != sync ] || break
        sleep 0.5
    done
    echo "${replication:-not connected}" >"$work/replication-at-failover"
    (
        while head="$(chain_head "postgresql://dpo_test@127.0.0.1:$PG_PORT/dpo_load" 2>/dev/null)"; do
            echo "$head" >"$work/head-seen"
            sleep 0.1
        done
    ) &
    witness=$!
    busiest_statements "$PG_PORT" >"$work/statements-first.txt" 2>&1
    sleep 1
    began=$(date +%s%N)
    date +%s.%N >"$work/failover-began" # the end of the fault checks' windows before it
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null
    wait "$witness"
    for ((n = 0; n < 600; n++)); do
        [ "$(psql -X -At -d "$standby_url" -c "SELECT pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn()")" != t ] || break
        sleep 0.1
    done
    chain_head "$standby_url" >"$work/head-promoted"
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/standby" -w -t 300 promote >/dev/null; then
        fault_record "failover (the primary stopped at once, the standby promoted; it was $replication)" "$(fault_away)"
    else
        fault_record "failover: FAILED to promote" -1
    fi
    resample_chain_lock
}

# The faults, one at each eighth of the load, in the background: a fault that fails is written
# down, not the end of the run. Then keep-next (the restore's point) at fifteen sixteenths.
inject_faults() {
    set +e
    fault_at 1 8
    began=$(date +%s%N)
    fault_terminate_sessions
    fault_at 2 8
    began=$(date +%s%N)
    fault_restart fast
    fault_at 3 8
    began=$(date +%s%N)
    fault_restart immediate
    if [ -n "$wal_volume" ]; then
        fault_at 4 8
        began=$(date +%s%N)
        fault_wal_full
    fi
    if [ "$cut_officers" -gt 0 ]; then
        fault_at 5 8
        began=$(date +%s%N)
        fault_network_cut
    fi
    fault_at 6 8
    began=$(date +%s%N)
    fault_frozen_proxy
    fault_at 7 8
    fault_failover # its own beginning, once the witness is watching
    fault_at 15 16
    touch "$work/keep-next"
    wait
}

# check_isolated FILE FIRST COUNT NAME: the officers FIRST to FIRST + COUNT - 1, behind a fault that
# reached them alone (FILE: when it began and ended), each told of it (a lost connection reported
# after it began) or waiting through it (an action begun before its end that succeeded after it:
# a statement sent in the fault's last 20 s outlasts it before the statement watch concludes), and
# working again after it ended; the officers behind neither the cut nor the frozen proxy not
# reached by it (those behind the other may still be recovering from theirs: in a short run one
# follows the other at once). A loss counts for the fault up to 30 s after its end, but not once
# the failover began (40 s after the frozen proxy in a whole run: a run counted the failover's loss
# as an officer told of the freeze after 41 s).
check_isolated() {
    local ok detail
    read -r ok detail < <(python3 - "$work/$1" "$2" "$3" "$OFFICERS" "$work" $((cut_officers + frozen_officers)) <<'PY'
import os, sys
fault, first, count, officers, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
isolated = int(sys.argv[6])
began, ended = map(float, open(fault).read().split())
limit = ended + 30
if os.path.exists(f"{work}/failover-began"):
    failover = float(open(f"{work}/failover-began").read())
    if failover > began:
        limit = min(limit, failover)
told, waited, back, untold, others, untold_detail, slowest = [], 0, [], 0, 0, [], ""
for i in range(1, officers + 1):
    raw = [l.rstrip("\n").split("\t") for l in open(f"{work}/officer{i}.tsv", encoding="utf-8")]
    raw = [r for r in raw if len(r) == 4]
    rows = [(r[2], float(r[3])) for r in raw]
    lost = [t for outcome, t in rows if outcome == "error:connection" and began <= t <= limit]
    # an action that began before the fault ended and succeeded after it: waited through
    through = [r for r in raw if r[2] == "ok" and float(r[3]) > ended and float(r[3]) - float(r[1]) / 1000 < ended]
    if i > isolated:
        others += sum(1 for t in lost if t <= ended)
    elif not first <= i < first + count:
        continue
    elif not lost and not through:
        untold += 1
        window = [f"{outcome} at {t - began:.1f} s" for outcome, t in rows if began - 2 <= t <= limit]
        untold_detail.append(f"officer{i} ({', '.join(window[:8]) or 'no action'})")
    else:
        if lost:
            told.append(lost[0] - began)
            if lost[0] - began >= max(told):  # the slowest so far: its actions, to see why
                slowest = f"officer{i}: " + ", ".join(
                    f"{r[0]} {r[2]} in {float(r[1]) / 1000:.1f} s, at {float(r[3]) - began:.1f} s"
                    for r in raw if began - 2 <= float(r[3]) <= lost[0])
        else:
            waited += 1
        again = [t for outcome, t in rows if outcome == "ok" and t > ended]
        if again:
            back.append(again[0] - ended)
ok = untold == 0 and len(back) == count and others == 0
print(0 if ok else 1, f"{len(told)} of {count} behind it told, after {max(told, default=0):.1f} s at most"
      + (f" ({slowest}; each action with its time, at when it ended)" if slowest else "")
      + f", {waited} waited through it;"
      f" {len(back)} working again, {max(back, default=0):.1f} s after it ended at most;"
      f" {others} connections lost by the others during it"
      + (f"; neither told nor waiting, with their outcomes from its beginning: {'; '.join(untold_detail)}" if untold_detail else ""))
PY
    )
    check "the officers behind $4 were told or waited, and carried on, the others not reached" "$ok" "$detail"
}

# After the failover: the standby was synchronous, and the new primary holds every entry the old one
# showed, up to the standby's head when promoted; the old primary's own last entry says how many it
# wrote without acknowledging them.
check_failover() {
    local seen_seq seen_hash promoted_seq promoted_hash old_head="" old_seq old_at_promoted held_seen held_promoted
    check "the standby was synchronous at the failover" \
        "$([ "$(cat "$work/replication-at-failover" 2>/dev/null)" = sync ] && echo 0 || echo 1)" \
        "$(cat "$work/replication-at-failover" 2>/dev/null || echo "no failover")"
    read -r seen_seq seen_hash <"$work/head-seen" || true
    read -r promoted_seq promoted_hash <"$work/head-promoted" || true
    # The old primary's own last entry, and its entry where the standby was promoted: started alone
    # on its socket (no client, no archive, no standby to wait for), read, stopped.
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/old-primary.log" -w -t 300 \
        -o "-c listen_addresses='' -p $PG_PORT -k $PG_DIR -c archive_mode=off -c synchronous_standby_names='' -c max_connections=$max_connections" \
        start >/dev/null 2>&1; then
        old_head="$(psql -X -At -h "$PG_DIR" -p "$PG_PORT" -U dpo_test -d dpo_load -c "SELECT (SELECT max(seq) FROM audit_log) || ' ' || coalesce((SELECT hash FROM audit_log WHERE seq = ${promoted_seq:-0}), '-')")"
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
    fi
    read -r old_seq old_at_promoted <<<"$old_head" || true
    held_seen="$(psql_owner -At -c "SELECT hash FROM audit_log WHERE seq = ${seen_seq:-0}")"
    held_promoted="$(psql_owner -At -c "SELECT hash FROM audit_log WHERE seq = ${promoted_seq:-0}")"
    check "the new primary holds the head the old one last showed" \
        "$([ -n "${seen_hash:-}" ] && [ "$held_seen" = "$seen_hash" ] && [ "$held_promoted" = "${promoted_hash:-}" ] &&
            [ "${promoted_seq:-0}" -ge "${seen_seq:-1}" ] && [ "${old_at_promoted:-}" = "${promoted_hash:-}" ] && echo 0 || echo 1)" \
        "the old primary last showed entry ${seen_seq:-?}; the standby had entry ${promoted_seq:-?} when promoted, $((${promoted_seq:-0} - ${seen_seq:-0})) more committed in the primary's last moments; the old primary itself, the same chain to there, ended at entry ${old_seq:-?}: $((${old_seq:-0} - ${promoted_seq:-0})) written but never acknowledged"
}
