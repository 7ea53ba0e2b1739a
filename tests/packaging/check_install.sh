#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a temporary prefix and `cpack -G DEB`, each checked: the files in their
# standard places and valid, the installed console running in Russian from its installed
# translations, and the package's contents and dependencies.
#   check_install.sh BUILD_DIR LCONVERT LRELEASE
set -euo pipefail
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
    share/dpo-console/console_role.sql
    share/dpo-console/platform_role.sql
    share/dpo-console/tasks_role.sql
    share/dpo-console/dpo-console-feed.service
    "share/applications/$app_id.desktop"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    "share/metainfo/$app_id.metainfo.xml"
)
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

# The installed console runs, and speaks Russian when asked (its translations are found).
version="$("$work/prefix/bin/dpo-console" --version 2>&1)" || fail "the installed console does not run: $version"
echo "$version" | grep -q "0\.1\.0" || fail "unexpected version: $version"
message="$(DPO_CONSOLE_LANGUAGE=ru "$work/prefix/bin/dpo-console" claims list --database "sqlite:$work/none.sqlite" 2>&1 || true)"
echo "$message" | grep -q "не существует" || fail "the installed console did not answer in Russian: $message"
# The installed translation is the one read (a packager's correction wins over the copy built
# in): the same Russian file with one answer changed.
"$lconvert" -i "$work/prefix/share/dpo-console/translations/dpo_ru.qm" -o "$work/dpo_ru.ts"
sed -i 's/не существует/MARKER-INSTALLED/' "$work/dpo_ru.ts"
"$lrelease" -silent "$work/dpo_ru.ts" -qm "$work/prefix/share/dpo-console/translations/dpo_ru.qm"
message="$(DPO_CONSOLE_LANGUAGE=ru "$work/prefix/bin/dpo-console" claims list --database "sqlite:$work/none.sqlite" 2>&1 || true)"
echo "$message" | grep -q "MARKER-INSTALLED" || fail "the installed translation was not the one read: $message"
# A damaged installed file: the copy built in answers.
printf 'not a qm file' >"$work/prefix/share/dpo-console/translations/dpo_ru.qm"
message="$(DPO_CONSOLE_LANGUAGE=ru "$work/prefix/bin/dpo-console" claims list --database "sqlite:$work/none.sqlite" 2>&1 || true)"
echo "$message" | grep -q "не существует" || fail "a damaged installed translation left no Russian: $message"

# The Debian package.
(cd "$build" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack -G DEB"; }
deb="$(ls "$work"/package/*.deb)"
contents="$(dpkg-deb -c "$deb")"
for file in "${expected[@]}"; do
    echo "$contents" | grep -q "\./usr/$file\$" || fail "the package lacks /usr/$file"
done
[ "$(dpkg-deb -f "$deb" Package)" = "dpo-console" ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "0.1.0" ] || fail "package version"
depends="$(dpkg-deb -f "$deb" Depends)"
for dependency in libqt6widgets6 libqt6charts6 libqt6sql6 libqt6pdf6 libqt6printsupport6 libssl3 libc6 \
    libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n qt6-image-formats-plugins; do
    echo "$depends" | tr ',' '\n' | grep -q "^ *$dependency\b" || fail "Depends lacks $dependency: $depends"
done
# The packaged executable is the one that runs.
dpkg-deb -x "$deb" "$work/unpacked"
"$work/unpacked/usr/bin/dpo-console" --version >/dev/null || fail "the packaged console does not run"
echo "installed $(echo "$installed" | wc -l) files; package $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
echo "Depends: $depends"
