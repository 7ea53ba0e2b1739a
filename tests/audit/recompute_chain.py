#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Re-computes a DPO Console audit chain from a SQLite consent database, per docs/audit.md,
with nothing but Python's standard library: what an outside auditor would write.

Usage: recompute_chain.py DATABASE.sqlite
Prints "ENTRIES HEAD_HASH" and exits 0 when the chain holds; names the first entry that breaks
and exits 1 when it does not.
"""
import hashlib
import json
import sqlite3
import sys


def main(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = db.execute(
        "SELECT seq, at_utc, officer_id, officer_username, action, entity, entity_id, subject_id, "
        "details, prev_hash, hash FROM audit_log ORDER BY seq")
    previous = "0" * 64
    previous_at = ""
    count = 0
    for seq, at, officer_id, officer, action, entity, entity_id, subject_id, details, prev_hash, stored in rows:
        count += 1
        if seq != count:
            print(f"entry {count}: missing (next is {seq})")
            return 1
        if prev_hash != previous:
            print(f"entry {seq}: prev_hash does not link to entry {seq - 1}")
            return 1
        entry = {
            "action": action, "at": at, "details": json.loads(details), "entity": entity,
            "entity_id": entity_id, "officer": officer, "officer_id": officer_id,
            "prev_hash": prev_hash, "seq": seq, "subject_id": subject_id,
        }
        canonical = json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        if hashlib.sha256(canonical.encode("utf-8")).hexdigest() != stored:
            print(f"entry {seq}: hash mismatch")
            return 1
        # Times of one shape (2026-11-25T10:32:03.123Z) sort as text; they never go back.
        if at < previous_at:
            print(f"entry {seq}: dated {at}, before the entry it follows ({previous_at})")
            return 1
        previous = stored
        previous_at = at
    print(count, previous)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
