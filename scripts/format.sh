#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clang-format over the project's C++ files (.clang-format at the top).
#   scripts/format.sh           reformats them in place (the `format` build target)
#   scripts/format.sh --check   changes nothing; lists every file that would change and fails
#                               (the format_check test, so CI fails on unformatted code)
# The files are git's (tracked, so a build folder or a stray copy is not read); outside a git
# clone, every .cpp and .h under app/, models/, ui/ and tests/.
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT="${CLANG_FORMAT:-clang-format}"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- 'app/*.cpp' 'app/*.h' 'models/*.cpp' 'models/*.h' \
        'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h')
else
    mapfile -t files < <(find app models ui tests -name '*.cpp' -o -name '*.h' | sort)
fi
if [ "${1:-}" != --check ]; then
    exec "$CLANG_FORMAT" -i "${files[@]}"
fi
if ! out=$("$CLANG_FORMAT" --dry-run --Werror "${files[@]}" 2>&1); then
    echo "not formatted by .clang-format (run scripts/format.sh, or the 'format' target):" >&2
    grep -o '^[^:]*:[0-9]*:[0-9]*: error' <<<"$out" | cut -d: -f1 | sort -u | sed 's/^/  /' >&2
    exit 1
fi
echo "${#files[@]} files formatted by .clang-format"
