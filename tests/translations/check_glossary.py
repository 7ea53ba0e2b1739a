#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation breaks the glossary (translations/glossary.json): a forbidden term in a
translation, or a required one missing where the English source asks for it. Prints each breach
as FILE: context: "source" -> "translation": why."""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts_file):
    """(context, source, [translations]) of every message of a .ts file."""
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            yield name, source, forms or [translation.text or ""]


def main():
    root = Path(sys.argv[1])
    rules = json.loads((root / "translations" / "glossary.json").read_text("utf-8"))["rules"]
    breaches = []
    checked = 0
    for language in ("ky", "ru"):
        ts_file = root / "translations" / f"dpo_{language}.ts"
        mine = [r for r in rules if r["language"] == language]
        for context, source, forms in messages(ts_file):
            for rule in mine:
                when = rule.get("when_source")
                if when and not re.search(when, source):
                    continue
                where = rule.get("when_context")
                if where and not re.search(where, context):
                    continue
                checked += 1
                for text in forms:
                    problem = None
                    if "forbid" in rule and re.search(rule["forbid"], text):
                        problem = "forbidden"
                    elif "require" in rule and not re.search(rule["require"], text):
                        problem = "missing"
                    if problem:
                        breaches.append(f'{ts_file.name}: {context}: "{source}" -> "{text}": '
                                        f'{problem}: {rule["why"]}')
    for b in breaches:
        print(b)
    print(f"{len(rules)} rules, {checked} checks, {len(breaches)} breaches")
    return 1 if breaches else 0


if __name__ == "__main__":
    sys.exit(main())
