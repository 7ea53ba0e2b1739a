# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by load.sh: the restore at the end of the load, and its checks. The functions read
# load.sh's variables (work, PG_DIR, archive, restore_port, server_options, console…) and its
# check and psql_owner.

# The first line of a command's output that says something, with the work folder left out.
first_line() { grep -vE '^(QStandardPaths|$)' | awk 'NR == 1' | sed "s|$work/||g"; }

# The base backup and the WAL archive, restored to just after the export kept as the restore's
# point (docs/deployment.md, "Backups and restores"), on a server of its own; then the checks: it
# verifies, its chain is the live chain's beginning, the kept export verifies against it, and the
# last export finds the entries after the point missing.
restore_and_check() {
    if [ ! -s "$work/kept-at" ]; then
        check "the backup was restored to its point" 1 "no export was kept as the restore's point"
        return
    fi
    # Everything written until now archived: the current segment finished, the archiver past it.
    local segment n
    segment="$(psql_owner -At -c "SELECT pg_walfile_name(pg_switch_wal())")"
    for ((n = 0; n < 240; n++)); do
        [ "$(psql_owner -At -c "SELECT coalesce(last_archived_wal, '') >= '$segment' FROM pg_stat_archiver")" != t ] || break
        sleep 0.5
    done
    local target
    target="$(date -u -d "@$(($(cat "$work/kept-at") + 1))" '+%Y-%m-%d %H:%M:%S+00')"
    echo "load: the base backup restored from the WAL archive to $target…" >&2
    mv "$PG_DIR/base" "$PG_DIR/restored"
    printf '%s\n' "restore_command = 'cp $archive/%f %p'" "recovery_target_time = '$target'" \
        "recovery_target_action = 'promote'" | as_pg tee -a "$PG_DIR/restored/postgresql.auto.conf" >/dev/null
    as_pg touch "$PG_DIR/restored/recovery.signal"
    local started recovered=1 url="postgresql://dpo_test@127.0.0.1:$restore_port/dpo_load"
    started=$(date +%s)
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/restored" -l "$PG_DIR/restore.log" -w -t 1800 \
        -o "$(pg_server_options "$restore_port" "${server_options[@]}" -c archive_mode=off)" start >/dev/null; then
        # It takes connections while it replays; it takes writes once it stopped where asked. A
        # server that stopped on its own found the archive wanting (its log says how).
        for ((n = 0; n < 3600; n++)); do
            [ "$(psql -X -At -d "$url" -c "SELECT pg_is_in_recovery()" 2>/dev/null)" != f ] || { recovered=0; break; }
            as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/restored" status >/dev/null 2>&1 || break
            sleep 0.5
        done
    fi
    local stopped_at
    stopped_at="$(grep -m 1 -oE 'recovery stopping .*' "$PG_DIR/restore.log" || true)"
    check "the backup was restored to its point" "$recovered" \
        "in $(($(date +%s) - started)) s, $(du -sh "$archive" | cut -f1) of WAL archived; ${stopped_at:-no line of the server log says where it stopped}"
    if [ "$recovered" != 0 ]; then
        tail -n 20 "$PG_DIR/restore.log" >&2
        return
    fi

    local out ok restored_seq restored_hash live_hash live_seq
    out="$("$console" audit verify --database "$url" 2>&1)" && ok=0 || ok=1
    check "the restored database verifies" "$ok" "$(first_line <<<"$out")"
    read -r restored_seq restored_hash <<<"$(chain_head "$url")"
    read -r live_hash live_seq <<<"$(psql_owner -At -c "SELECT coalesce((SELECT hash FROM audit_log WHERE seq = ${restored_seq:-0}), '-') || ' ' || max(seq) FROM audit_log")"
    check "the restored chain is the live chain up to its head" \
        "$([ -n "${restored_hash:-}" ] && [ "$live_hash" = "$restored_hash" ] && echo 0 || echo 1)" \
        "restored to entry ${restored_seq:-?}; the live chain goes on to entry $live_seq"
    out="$("$console" audit verify-export "$work/kept.csv" --database "$url" 2>&1)" && ok=0 || ok=1
    check "the export kept as the restore's point verifies against the restored database" "$ok" "$(first_line <<<"$out")"
    # The last export names a head after the point: it must not verify, and say entries are missing.
    out="$("$console" audit verify-export "$work/last.csv" --database "$url" 2>&1)" && ok=1 || ok=0
    check "the last export, made later, finds the entries after the restore's point missing" \
        "$([ "$ok" = 0 ] && grep -q 'are missing' <<<"$out" && echo 0 || echo 1)" "$(first_line <<<"$out")"
}
