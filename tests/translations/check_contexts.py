#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation sits in a context the program never asks for.

lupdate files a tr() call under the class or namespace it finds the call in; the program asks
QCoreApplication::translate with the context its helper names. A call in a free function or a
helper class of a .cpp file is filed under "dpo" or the helper's name while the program asks for
"dpo::SomeService", and the officer reads English. Every context of dpo_ru.ts must be one the
sources ask for: a "context" literal (translate, QT_TRANSLATE_NOOP, a document's language), a
Q_DECLARE_TR_FUNCTIONS(context), or a Q_OBJECT class of that name.
Usage: check_contexts.py SOURCE_DIR
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

root = pathlib.Path(sys.argv[1])
sources = ""
for folder in ("models", "ui", "app"):
    for path in (root / folder).rglob("*"):
        if path.suffix in (".cpp", ".h"):
            sources += path.read_text(encoding="utf-8") + "\n"
asked = set(re.findall(r'"(dpo(?:::\w+)+)"', sources))
asked |= set(re.findall(r"Q_DECLARE_TR_FUNCTIONS\((dpo::\w+)\)", sources))
for name, body in re.findall(r"class (\w+)[^;{]*\{([^}]{0,400})", sources):
    if "Q_OBJECT" in body:
        asked.add("dpo::" + name)

status = 0
tree = ET.parse(root / "translations" / "dpo_ru.ts")
for context in tree.getroot().findall("context"):
    name = context.find("name").text
    if name in asked:
        continue
    status = 1
    for message in context.findall("message"):
        where = ", ".join(f"{l.get('filename').lstrip('./')}:{l.get('line')}" for l in message.findall("location"))
        print(f"FAIL: {where}: \"{message.find('source').text[:60]}\" is filed under {name}, which the program never asks for",
              file=sys.stderr)
if status == 0:
    print(f"every one of {len(tree.getroot().findall('context'))} contexts is one the program asks for")
sys.exit(status)
