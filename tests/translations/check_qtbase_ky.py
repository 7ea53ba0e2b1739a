#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a Qt string the console shows has no Kyrgyz in translations/qtbase_ky.ts.

The sources are Qt's own, read from the system's qtbase_ru.qm (lconvert; the folder from qtpaths
beside it): every message of the contexts below that Russian translates must have a Kyrgyz
translation, with the same %1/%2 markers.
    check_qtbase_ky.py LCONVERT QTBASE_KY_TS
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Dialog buttons, message boxes, edit menus, the print, preview and page-setup dialogs, the file dialog,
# the command line's help.
CONTEXTS = {
    "QPlatformTheme", "QDialogButtonBox", "QMessageBox", "QErrorMessage", "QInputDialog", "QLineEdit",
    "QWidgetTextControl", "QAbstractSpinBox", "QComboBox", "QPrintDialog", "QPrintPreviewDialog",
    "QPrintSettingsOutput", "QPrintWidget", "QPrintPropertiesWidget", "QPageSetupWidget", "QCupsJobWidget",
    "QFileDialog", "QFileSystemModel", "QCommandLineParser",
}


def messages(path):
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            text = (forms[0] if forms else (translation.text or "")) if translation is not None else ""
            unfinished = translation is not None and translation.get("type") in ("unfinished", "obsolete", "vanished")
            out[(name, message.findtext("source"))] = "" if unfinished else text
    return out


def main():
    lconvert, ky_ts = sys.argv[1:3]
    tools = os.path.dirname(lconvert)
    qtpaths = next(os.path.join(tools, n) for n in ("qtpaths6", "qtpaths") if os.path.exists(os.path.join(tools, n)))
    folder = subprocess.run([qtpaths, "--query", "QT_INSTALL_TRANSLATIONS"], check=True, capture_output=True, text=True).stdout.strip()
    ru_qm = os.path.join(folder, "qtbase_ru.qm")
    with tempfile.NamedTemporaryFile(suffix=".ts") as ru_ts:
        subprocess.run([lconvert, "-i", ru_qm, "-o", ru_ts.name], check=True)
        russian = messages(ru_ts.name)
    kyrgyz = messages(ky_ts)
    wanted = {k: v for k, v in russian.items() if k[0] in CONTEXTS and v and v != k[1]}
    problems = []
    for (context, source), _ in sorted(wanted.items()):
        text = kyrgyz.get((context, source), "")
        if not text.strip():
            problems.append(f"{context}: no Kyrgyz for {source!r}")
        elif sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", text)):
            problems.append(f"{context}: the markers of {source!r} differ in {text!r}")
    print(f"{len(wanted)} Qt strings in {len(CONTEXTS)} contexts; {len(wanted) - len(problems)} translated into Kyrgyz")
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    return 1 if problems or not wanted else 0


if __name__ == "__main__":
    sys.exit(main())
