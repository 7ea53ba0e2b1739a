#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The audit chain re-computed outside the program agrees with `dpo-console audit verify`, and the
# outside script finds a change too. Usage: external_recompute.sh PATH/TO/dpo-console
set -euo pipefail
console="$1"
here="$(cd "$(dirname "$0")" && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
db="$dir/consent.sqlite"
export DPO_CONSOLE_PASSWORD="external-check-1" DPO_CONSOLE_LANGUAGE=en
"$console" init --database "sqlite:$db" --admin admin --display-name 'Айгүл "Тест" Осмонова' 2>/dev/null
"$console" demo --database "sqlite:$db" --officer admin --subjects 400 --seed 3 2>/dev/null
"$console" subjects report OG-00000012 --database "sqlite:$db" --officer admin --lang ky --out "$dir/r.pdf" 2>/dev/null

ours="$("$console" audit verify --database "sqlite:$db" --format json 2>/dev/null)"
theirs="$(python3 "$here/recompute_chain.py" "$db")"
entries="${theirs%% *}"
head="${theirs##* }"
echo "program: $ours"
echo "outside: $theirs"
case "$ours" in
*"\"entries_checked\":$entries,"*"\"head_hash\":\"$head\""*) ;;
*) echo "FAIL: the program and the outside script disagree" >&2; exit 1 ;;
esac
[ "$entries" -ge 5 ] || { echo "FAIL: too few entries ($entries)" >&2; exit 1; }

# A changed entry: both must refuse it.
python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("DROP TRIGGER audit_log_no_update")
db.execute("UPDATE audit_log SET details = '{\"subjects\":1}' WHERE seq = 3")
db.commit()
PY
if python3 "$here/recompute_chain.py" "$db" >"$dir/out"; then
    echo "FAIL: the outside script missed a changed entry" >&2; exit 1
fi
grep -q "entry 3: hash mismatch" "$dir/out" || { echo "FAIL: $(cat "$dir/out")" >&2; exit 1; }
if "$console" audit verify --database "sqlite:$db" >/dev/null 2>&1; then
    echo "FAIL: audit verify missed a changed entry" >&2; exit 1
fi
echo "PASS: $entries entries, head $head"
