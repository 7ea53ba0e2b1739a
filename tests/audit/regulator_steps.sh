#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# docs/audit.md's "For the regulator" steps, exactly as written there (both languages' blocks,
# which must be the same), run with OpenSSL on a real signed export: step 1 OK and step 2 showing
# the chain head and the entry count the console reported, step 3 OK and step 4 the time of a
# local time-stamping authority (tests/support/tsa_server.py, on loopback, stopped with this
# script); an export changed by one byte fails step 1; an export signed by another key with a
# certificate of its own fails step 1; another authority's root fails step 3. A set (PDF, CSV and
# JSON Lines with a signed manifest) passes steps 1, 3 and 5 with f=manifest; a byte changed in any
# of its files fails step 5, in the manifest step 1.
# Usage: regulator_steps.sh PATH/TO/dpo-console DOCS_AUDIT_MD
set -euo pipefail
console="$1"
doc="$2"
dir="$(mktemp -d)"
authority_pid=""
trap '[ -z "$authority_pid" ] || kill "$authority_pid" 2>/dev/null; rm -rf "$dir"' EXIT
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

# The time-stamping authority: serves until its input closes (a pipe this script holds).
mkdir -p "$dir/authority"
mkfifo "$dir/authority.in"
python3 "$(dirname "$0")/../support/tsa_server.py" "$dir/authority" <"$dir/authority.in" >"$dir/authority.out" &
authority_pid=$!
exec 3>"$dir/authority.in"
for _ in $(seq 100); do [ -s "$dir/authority.out" ] && break; sleep 0.2; done
read -r authority_port authority_root <"$dir/authority.out" ||
    { echo "FAIL: the time-stamping authority did not start" >&2; exit 1; }

# exported NAME: a database with its own key, a signed CSV export of it, its certificate; the
# console's own account of the export in NAME.log.
exported() {
    local name="$1" db="sqlite:$dir/$1.sqlite"
    mkdir -p "$dir/$name"
    "$console" init --database "$db" --admin admin >/dev/null 2>&1
    "$console" demo --database "$db" --officer admin --subjects 30 --seed 5 >/dev/null 2>&1
    "$console" keys init --database "$db" --officer admin --key "$dir/$name-key.pem" >/dev/null 2>&1
    "$console" keys time-stamping --database "$db" --officer admin --url "http://127.0.0.1:$authority_port/" >/dev/null 2>&1
    "$console" audit export --database "$db" --officer admin --format csv --out "$dir/$name/audit.csv" 2>"$dir/$name.log" >/dev/null
    "$console" keys certificate --database "$db" >"$dir/$name/organisation.crt" 2>/dev/null
    cp "$authority_root" "$dir/$name/tsa-root.crt"
}
# steps FOLDER: the documented steps, run where the regulator's three files are.
steps() { (cd "$1" && bash "$dir/block1.sh" 2>&1) || true; }

exported organisation
out="$(steps "$dir/organisation")"
echo "$out"
grep -qx "1: OK" <<<"$out" || { echo "FAIL: step 1 is not OK on a sound export" >&2; exit 1; }
grep -qx "3: OK" <<<"$out" || { echo "FAIL: step 3 is not OK on a time-stamped export" >&2; exit 1; }
# Step 4: the authority's time, as the console reported it ("Time-stamped by the authority at
# YYYY-MM-DD HH:MM:SS UTC."), in OpenSSL's words ("Time stamp: Dec  6 21:27:36 2026 GMT").
stamped="$(sed -nE 's/^Time-stamped by the authority at (.*) UTC\.$/\1/p' "$dir/organisation.log")"
[ -n "$stamped" ] || { echo "FAIL: the console did not report a time-stamp" >&2; cat "$dir/organisation.log" >&2; exit 1; }
shown="$(sed -nE 's/^Time stamp: (.*)$/\1/p' <<<"$out")"
[ "$(date -u -d "$shown" +%s)" = "$(date -u -d "$stamped UTC" +%s)" ] ||
    { echo "FAIL: step 4 shows $shown, the console said $stamped" >&2; exit 1; }
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
# The regulator given another authority's root (here the organisation's own certificate).
cp -r "$dir/organisation" "$dir/other-root"
cp "$dir/organisation/organisation.crt" "$dir/other-root/tsa-root.crt"
out="$(steps "$dir/other-root")"
grep -qx "3: FAILED" <<<"$out" || { echo "FAIL: step 3 passed another authority's root: $out" >&2; exit 1; }

# A set: PDF, CSV and JSON Lines with one signed manifest; the same steps with f=manifest.
db="sqlite:$dir/organisation.sqlite"
"$console" audit export --database "$db" --officer admin --format pdf,csv,jsonl --out "$dir/set" >/dev/null 2>&1
cp "$dir/organisation/organisation.crt" "$dir/organisation/tsa-root.crt" "$dir/set/"
sed 's/^f=audit\.csv /f=manifest /' "$dir/block1.sh" >"$dir/set-steps.sh"
grep -q '^f=manifest ' "$dir/set-steps.sh" || { echo "FAIL: the steps do not begin with f=audit.csv" >&2; exit 1; }
set_steps() { (cd "$1" && bash "$dir/set-steps.sh" 2>&1) || true; }
out="$(set_steps "$dir/set")"
echo "$out"
for step in 1 3 5; do
    grep -qx "$step: OK" <<<"$out" || { echo "FAIL: step $step is not OK on a sound set" >&2; exit 1; }
done
for file in audit.pdf audit.csv audit.jsonl; do
    grep -q ": OK" <<<"$(grep "^$file:" <<<"$out")" || { echo "FAIL: step 5 did not check $file" >&2; exit 1; }
    rm -rf "$dir/set-changed"; cp -r "$dir/set" "$dir/set-changed"
    printf 'x' >>"$dir/set-changed/$file"
    out="$(set_steps "$dir/set-changed")"
    grep -qx "5: FAILED" <<<"$out" || { echo "FAIL: step 5 passed a set whose $file changed: $out" >&2; exit 1; }
done
rm -rf "$dir/set-changed"; cp -r "$dir/set" "$dir/set-changed"
printf '\n' >>"$dir/set-changed/manifest"
out="$(set_steps "$dir/set-changed")"
grep -qx "1: FAILED" <<<"$out" || { echo "FAIL: step 1 passed a changed manifest: $out" >&2; exit 1; }
echo "PASS: the documented steps pass a sound, time-stamped export and set, show what it binds and when, and fail a changed or re-signed one, a changed file of a set, or another authority"
