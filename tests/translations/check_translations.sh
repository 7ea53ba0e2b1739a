#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translation is missing: when a .ts file holds an unfinished entry, when running
# lupdate over the sources would add one (a new tr() nobody translated), or when one is filed
# under a context the program never asks for (check_contexts.py). Runs lupdate on copies, so
# the checked-in files are never touched. Usage: check_translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate="$1"
source_dir="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$source_dir"/translations/dpo_ky.ts "$source_dir"/translations/dpo_ru.ts; do
    name="$(basename "$ts")"
    cp "$ts" "$work/$name"
    if grep -q 'type="unfinished"' "$ts"; then
        echo "FAIL: $name has unfinished entries:" >&2
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -20 >&2
        status=1
    fi
    (cd "$source_dir" && "$lupdate" -silent -no-obsolete -I models -I ui -I app ui models app -ts "$work/$name" >/dev/null 2>&1)
    if grep -q 'type="unfinished"' "$work/$name"; then
        echo "FAIL: lupdate finds strings in the sources that $name does not translate:" >&2
        grep -B3 'type="unfinished"' "$work/$name" | grep '<source>' | head -20 >&2
        status=1
    else
        echo "$name: $(grep -c '<message' "$work/$name") entries, none unfinished after lupdate"
    fi
done
# English: only the plural forms, each with its two.
cp "$source_dir/translations/dpo_en.ts" "$work/dpo_en.ts"
(cd "$source_dir" && "$lupdate" -silent -no-obsolete -pluralonly -I models -I ui -I app ui models app -ts "$work/dpo_en.ts" >/dev/null 2>&1)
if grep -q 'type="unfinished"' "$work/dpo_en.ts"; then
    echo "FAIL: dpo_en.ts lacks the plural forms of:" >&2
    grep -B3 'type="unfinished"' "$work/dpo_en.ts" | grep '<source>' | head -20 >&2
    status=1
else
    echo "dpo_en.ts: $(grep -c '<message' "$work/dpo_en.ts") plural entries, none unfinished after lupdate"
fi
# Each translation in a context the program asks for (a tr() in a free function is filed elsewhere).
python3 "$(dirname "$0")/check_contexts.py" "$source_dir" || status=1
if grep -q 'type="unfinished"' "$source_dir/translations/qtbase_ky.ts"; then
    echo "FAIL: qtbase_ky.ts has unfinished entries" >&2
    status=1
fi
exit $status
