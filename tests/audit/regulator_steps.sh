#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# docs/audit.md's "For the regulator" steps, exactly as written there (both languages' blocks,
# which must be the same), run with OpenSSL on a real signed export: step 1 OK and step 2 showing
# the chain head and the entry count the console reported; an export changed by one byte fails
# step 1; an export signed by another key with a certificate of its own fails step 1.
# Usage: regulator_steps.sh PATH/TO/dpo-console DOCS_AUDIT_MD
set -euo pipefail
console="$1"
doc="$2"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
export DPO_CONSOLE_PASSWORD="regulator-steps-1" DPO_CONSOLE_LANGUAGE=en XDG_CONFIG_HOME="$dir/config"
export DPO_CONSOLE_KEY_PASSPHRASE="the organisation's key passphrase"

# The section's command blocks.
awk '/^## For the regulator/{in_section=1; next} /^## /{in_section=0}
     in_section && /^```sh$/{block++; copying=1; next} copying && /^```$/{copying=0; next}
     copying{print > (dir "/block" block ".sh")}' dir="$dir" "$doc"
[ -f "$dir/block1.sh" ] && [ -f "$dir/block2.sh" ] && [ ! -f "$dir/block3.sh" ] ||
    { echo "FAIL: the section does not hold exactly two command blocks" >&2; exit 1; }
cmp -s "$dir/block1.sh" "$dir/block2.sh" ||
    { echo "FAIL: the Kyrgyz and Russian steps differ" >&2; diff "$dir/block1.sh" "$dir/block2.sh" >&2; exit 1; }

# exported NAME: a database with its own key, a signed CSV export of it, its certificate; the
# console's own account of the export in NAME.log.
exported() {
    local name="$1" db="sqlite:$dir/$1.sqlite"
    mkdir -p "$dir/$name"
    "$console" init --database "$db" --admin admin >/dev/null 2>&1
    "$console" demo --database "$db" --officer admin --subjects 30 --seed 5 >/dev/null 2>&1
    "$console" keys init --database "$db" --officer admin --key "$dir/$name-key.pem" >/dev/null 2>&1
    "$console" audit export --database "$db" --officer admin --format csv --out "$dir/$name/audit.csv" 2>"$dir/$name.log" >/dev/null
    "$console" keys certificate --database "$db" >"$dir/$name/organisation.crt" 2>/dev/null
}
# steps FOLDER: the documented steps, run where the regulator's three files are.
steps() { (cd "$1" && bash "$dir/block1.sh" 2>&1) || true; }

exported organisation
out="$(steps "$dir/organisation")"
echo "$out"
grep -qx "1: OK" <<<"$out" || { echo "FAIL: step 1 is not OK on a sound export" >&2; exit 1; }
# "Exported N entries (F to L) to FILE in S s; chain head SEQ HASH."
read -r entries head_seq head_hash < <(sed -nE 's/^Exported ([0-9]+) entries .* chain head ([0-9]+) ([0-9a-f]{64})\.$/\1 \2 \3/p' "$dir/organisation.log")
[ -n "${head_hash:-}" ] || { echo "FAIL: the console did not report the export's head" >&2; cat "$dir/organisation.log" >&2; exit 1; }
shown="$(grep -A 2 '1\.1)' <<<"$out" | grep -o 'INTEGER:[0-9]*' || true)"
[ "$shown" = "INTEGER:$head_seq" ] || { echo "FAIL: step 2 shows head $shown, not $head_seq" >&2; exit 1; }
shown="$(grep -A 2 '1\.3)' <<<"$out" | grep -o 'INTEGER:[0-9]*' || true)"
[ "$shown" = "INTEGER:$entries" ] || { echo "FAIL: step 2 shows $shown entries, not $entries" >&2; exit 1; }
# The head's hash, from the hex dump's lines (offset, bytes, then the bytes as text).
shown="$(grep -A 5 '1\.2)' <<<"$out" | sed -nE 's/^ *[0-9a-f]{4} - ((([0-9a-f]{2})[ -]){1,13}).*/\1/p' | tr -d ' \n-')"
[ "$shown" = "$head_hash" ] || { echo "FAIL: step 2 shows head hash $shown, not $head_hash" >&2; exit 1; }

cp -r "$dir/organisation" "$dir/changed"
printf 'x' >>"$dir/changed/audit.csv"
out="$(steps "$dir/changed")"
grep -qx "1: FAILED" <<<"$out" || { echo "FAIL: step 1 passed a changed export: $out" >&2; exit 1; }

# Another key, with a certificate of its own inside the signature, signs an export; the regulator
# holds the organisation's certificate.
exported forger
cp "$dir/organisation/organisation.crt" "$dir/forger/organisation.crt"
out="$(steps "$dir/forger")"
grep -qx "1: FAILED" <<<"$out" || { echo "FAIL: step 1 passed another key's signature: $out" >&2; exit 1; }
echo "PASS: the documented steps pass a sound export, show what it binds, and fail a changed or re-signed one"
