#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a temporary prefix and `cpack -G DEB`, each checked: the files in their
# standard places and valid, the installed console running in Russian from its installed
# translations, its manual pages (a page for it and each command, in English, Kyrgyz and Russian),
# and the package: its contents and dependencies, a stripped program with its debug symbols in the
# -dbgsym package, and no error or warning from lintian.
#   check_install.sh BUILD_DIR LCONVERT LRELEASE
set -euo pipefail
# Under pipefail `producer | grep -q` fails at random: grep stops at the first match and the
# producer, still writing, dies of SIGPIPE. Text is matched from a here-string instead.
build="$1"
lconvert="$2"
lrelease="$3"
work="$(mktemp -d /tmp/dpo-install.XXXXXX)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
app_id=kg.dpoconsole.DpoConsole
export QT_QPA_PLATFORM=offscreen # --version starts the GUI application object

cmake --install "$build" --prefix "$work/prefix" >"$work/install.log" || { cat "$work/install.log" >&2; fail "cmake --install"; }
expected=(
    bin/dpo-console
    share/dpo-console/translations/dpo_ky.qm
    share/dpo-console/translations/dpo_ru.qm
    share/dpo-console/translations/qtbase_ky.qm
    share/dpo-console/translations/dpo_en.qm
    share/dpo-console/officer_groups.sql
    share/dpo-console/retire_console_role.sql
    share/dpo-console/console_role.sql
    share/dpo-console/platform_role.sql
    share/dpo-console/tasks_role.sql
    share/dpo-console/dpo-console-feed.service
    "share/applications/$app_id.desktop"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    "share/metainfo/$app_id.metainfo.xml"
    share/doc/dpo-console/copyright
    share/doc/dpo-console/changelog.gz
)
# A manual page for the console and for each command its overview lists, in each language.
commands="$("$build/app/dpo-console" help | awk '/^  [a-z]/ {print $1}' | uniq)"
[ "$(echo "$commands" | wc -l)" -ge 10 ] || fail "dpo-console help lists too few commands: $commands"
for man in man/man1 man/ky/man1 man/ru/man1; do
    expected+=("share/$man/dpo-console.1.gz")
    for command in $commands; do expected+=("share/$man/dpo-console-$command.1.gz"); done
done
for file in "${expected[@]}"; do
    [ -s "$work/prefix/$file" ] || fail "cmake --install did not put $file in place"
done
[ -x "$work/prefix/bin/dpo-console" ] || fail "bin/dpo-console is not executable"
# Nothing else: no static libraries, headers or test programs.
installed="$(cd "$work/prefix" && find . -type f | sed 's|^\./||' | sort)"
wanted="$(printf '%s\n' "${expected[@]}" | sort)"
[ "$installed" = "$wanted" ] || fail "installed files differ from the expected ones:
$(diff <(echo "$wanted") <(echo "$installed") || true)"
desktop-file-validate "$work/prefix/share/applications/$app_id.desktop" || fail "desktop entry invalid"
appstreamcli validate --no-net --pedantic "$work/prefix/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" 2>&1 ||
    { cat "$work/appstream.log" >&2; fail "AppStream metadata invalid"; }
grep -q "<svg" "$work/prefix/share/icons/hicolor/scalable/apps/$app_id.svg" || fail "the icon is not SVG"

# The pages say what the help says, in the page's language.
page() { zcat "$work/prefix/share/man/$1/dpo-console-$2.1.gz"; }
claims_en="$(page man1 claims)"
grep -q "^\.SS claims add" <<<"$claims_en" || fail "the claims page lacks claims add"
help_line="$("$build/app/dpo-console" claims add --help | sed -n 2p | cut -c1-40)"
grep -qF "$help_line" <<<"$claims_en" || fail "the claims page does not say what claims add --help says"
ky_line="$(DPO_CONSOLE_LANGUAGE=ky "$build/app/dpo-console" claims add --help | sed -n 2p | cut -c1-40)"
[ "$ky_line" != "$help_line" ] || fail "claims add --help is not translated into Kyrgyz"
grep -qF "$ky_line" <<<"$(page ky/man1 claims)" || fail "the Kyrgyz claims page is not the Kyrgyz help"
ru_line="$(DPO_CONSOLE_LANGUAGE=ru "$build/app/dpo-console" claims add --help | sed -n 2p | cut -c1-40)"
grep -qF "$ru_line" <<<"$(page ru/man1 claims)" || fail "the Russian claims page is not the Russian help"
changelog="$(zcat "$work/prefix/share/doc/dpo-console/changelog.gz")"
[[ "${changelog%%$'\n'*}" == "dpo-console (0.1.0) "* ]] || fail "the changelog's latest entry is not this version"

# The installed console runs, and speaks Russian when asked (its translations are found).
version="$("$work/prefix/bin/dpo-console" --version 2>&1)" || fail "the installed console does not run: $version"
grep -q "0\.1\.0" <<<"$version" || fail "unexpected version: $version"
message="$(DPO_CONSOLE_LANGUAGE=ru "$work/prefix/bin/dpo-console" claims list --database "sqlite:$work/none.sqlite" 2>&1 || true)"
grep -q "не существует" <<<"$message" || fail "the installed console did not answer in Russian: $message"
# The installed translation is the one read (a packager's correction wins over the copy built
# in): the same Russian file with one answer changed.
"$lconvert" -i "$work/prefix/share/dpo-console/translations/dpo_ru.qm" -o "$work/dpo_ru.ts"
sed -i 's/не существует/MARKER-INSTALLED/' "$work/dpo_ru.ts"
"$lrelease" -silent "$work/dpo_ru.ts" -qm "$work/prefix/share/dpo-console/translations/dpo_ru.qm"
message="$(DPO_CONSOLE_LANGUAGE=ru "$work/prefix/bin/dpo-console" claims list --database "sqlite:$work/none.sqlite" 2>&1 || true)"
grep -q "MARKER-INSTALLED" <<<"$message" || fail "the installed translation was not the one read: $message"
# A damaged installed file: the copy built in answers.
printf 'not a qm file' >"$work/prefix/share/dpo-console/translations/dpo_ru.qm"
message="$(DPO_CONSOLE_LANGUAGE=ru "$work/prefix/bin/dpo-console" claims list --database "sqlite:$work/none.sqlite" 2>&1 || true)"
grep -q "не существует" <<<"$message" || fail "a damaged installed translation left no Russian: $message"

# The Debian package.
(cd "$build" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack -G DEB"; }
deb="$(ls "$work"/package/*.deb)"
contents="$(dpkg-deb -c "$deb")"
for file in "${expected[@]}"; do
    grep -q "\./usr/$file\$" <<<"$contents" || fail "the package lacks /usr/$file"
done
[ "$(dpkg-deb -f "$deb" Package)" = "dpo-console" ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "0.1.0" ] || fail "package version"
depends="$(dpkg-deb -f "$deb" Depends)"
for dependency in libqt6widgets6 libqt6charts6 libqt6sql6 libqt6pdf6 libqt6printsupport6 libssl3 libc6 \
    libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n qt6-image-formats-plugins; do
    grep -q "^ *$dependency\b" <<<"${depends//,/$'\n'}" || fail "Depends lacks $dependency: $depends"
done
# The packaged executable is the one that runs; it is stripped, and its debug symbols are in the
# -dbgsym package under its build ID.
dpkg-deb -x "$deb" "$work/unpacked"
"$work/unpacked/usr/bin/dpo-console" --version >/dev/null || fail "the packaged console does not run"
grep -q "\.debug_info" <<<"$(readelf -S "$work/unpacked/usr/bin/dpo-console")" && fail "the packaged console is not stripped"
build_id="$(readelf -n "$work/unpacked/usr/bin/dpo-console" | awk '/Build ID/ {print $3}')"
[ -n "$build_id" ] || fail "the packaged console has no build ID"
dbgsym="$(ls "$work"/package/dpo-console-dbgsym_*.ddeb)" || fail "no -dbgsym package"
grep -q "\./usr/lib/debug/\.build-id/${build_id:0:2}/${build_id:2}\.debug\$" <<<"$(dpkg-deb -c "$dbgsym")" ||
    fail "the -dbgsym package lacks the symbols of build $build_id"
# lintian: no error and no warning (its "info" notes are shown, not failed on).
lintian --fail-on error,warning --info "$deb" >"$work/lintian.log" 2>&1 || { cat "$work/lintian.log" >&2; fail "lintian"; }
grep -v "running with root privileges" "$work/lintian.log" || true
echo "installed $(echo "$installed" | wc -l) files; package $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB;" \
    "$(basename "$dbgsym"), $(du -k "$dbgsym" | cut -f1) KiB; lintian clean"
echo "Depends: $depends"
