#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# docs/audit.md's "For the regulator" steps, exactly as written there (both languages' blocks,
# which must be the same), run with OpenSSL on a real signed export: all three OK; an export
# changed by one byte fails step 1; an export re-signed by another key, with that key's public
# half in its .sig, fails steps 2 and 3. Usage: regulator_steps.sh PATH/TO/dpo-console DOCS_AUDIT_MD
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

# exported NAME: a database with its own key, a signed CSV export of it, its public key.
exported() {
    local name="$1" db="sqlite:$dir/$1.sqlite"
    mkdir -p "$dir/$name"
    "$console" init --database "$db" --admin admin >/dev/null 2>&1
    "$console" demo --database "$db" --officer admin --subjects 30 --seed 5 >/dev/null 2>&1
    "$console" keys init --database "$db" --officer admin --key "$dir/$name-key.pem" >/dev/null 2>&1
    "$console" audit export --database "$db" --officer admin --format csv --out "$dir/$name/audit.csv" >/dev/null 2>&1
    "$console" keys public --database "$db" >"$dir/$name/organisation.pem" 2>/dev/null
}
# steps FOLDER: the documented steps, run where the regulator's three files are.
steps() { (cd "$1" && bash "$dir/block1.sh" 2>&1) || true; }

exported organisation
out="$(steps "$dir/organisation")"
echo "$out"
for n in 1 2 3; do
    grep -qx "$n: OK" <<<"$out" || { echo "FAIL: step $n is not OK on a sound export" >&2; exit 1; }
done

cp -r "$dir/organisation" "$dir/changed"
printf 'x' >>"$dir/changed/audit.csv"
out="$(steps "$dir/changed")"
grep -qx "1: FAILED" <<<"$out" || { echo "FAIL: step 1 passed a changed export: $out" >&2; exit 1; }

# Another key signs a (changed) export and names itself in the .sig; the regulator holds the
# organisation's public key.
exported forger
cp "$dir/organisation/organisation.pem" "$dir/forger/organisation.pem"
out="$(steps "$dir/forger")"
grep -qx "2: FAILED" <<<"$out" || { echo "FAIL: step 2 passed another key: $out" >&2; exit 1; }
grep -qx "3: FAILED" <<<"$out" || { echo "FAIL: step 3 passed another key's signature: $out" >&2; exit 1; }
echo "PASS: the documented steps pass a sound export and fail a changed or re-signed one"
