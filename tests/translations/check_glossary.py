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


# The last word of a Kyrgyz numeral decides the vowel of a case ending after it («6дан», «5тен»).
UNITS = ["нөл", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз"]
TENS = ["", "он", "жыйырма", "отуз", "кырк", "элүү", "алтымыш", "жетимиш", "сексен", "токсон"]
HARMONY = {"а": "а", "ы": "а", "е": "е", "э": "е", "и": "е", "о": "о", "у": "о", "ө": "ө", "ү": "ө"}
# A number's placeholder with letters after it: glued («%L1ден»), or a case or ordinal suffix after
# a hyphen («%1-чи», «%1-ге»); a hyphen before a noun («%1-пункт», «%1-арыз») takes no harmony.
ENDING = re.compile(r"%L?(?:\d{1,2}|n)(-?)([а-яөүңё]+)")
SUFFIX = re.compile(r"н?ч[ыиуү]|[гк][аеоө]|[дт][аеоө]н?|[ндт][ыиуү]н?|[сн][ыиуү]|[дт][ыиуү]")


def numeral_last_word(number):
    if number == 0:
        return UNITS[0]
    if number % 10:
        return UNITS[number % 10]
    if number % 100:
        return TENS[number % 100 // 10]
    return "миң" if number == 1000 else "жүз"


def harmony(word):
    vowels = [HARMONY[c] for c in word if c in HARMONY]
    return vowels[-1]


def number_endings(text):
    """(1 if the text puts an ending on a number, the first number 0-1000 it gets wrong or None)."""
    endings = [(hyphen, suffix) for hyphen, suffix in ENDING.findall(text)
               if not hyphen or SUFFIX.fullmatch(suffix)]
    if not endings:
        return 0, None
    for hyphen, suffix in endings:
        vowels = [HARMONY[c] for c in suffix if c in HARMONY]
        if not vowels:
            continue
        for number in range(0, 1001):
            wanted = harmony(numeral_last_word(number))
            if vowels[0] != wanted:
                return 1, (f"reads «{number}{hyphen}{suffix}» for {number} ({numeral_last_word(number)}), "
                           f"whose ending takes «{wanted}»: say it without an ending on the number")
    return 1, None


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
    rendered = 0
    for context, source, forms in messages(root / "translations" / "dpo_ky.ts"):
        for text in forms:
            found, problem = number_endings(text)
            rendered += found
            if problem:
                breaches.append(f'dpo_ky.ts: {context}: "{source}" -> "{text}": {problem}')
    for b in breaches:
        print(b)
    # The number check must be able to fail: a glued ending is wrong for some number, a phrase
    # without one and a hyphenated noun are right for all.
    if (number_endings("%L1ден ашык")[1] is None or number_endings("%1-чи")[1] is None
            or number_endings("эң азы 1, эң көбү %L1")[1] or number_endings("%1-пункт")[1]):
        breaches.append("the number-ending check itself is broken")
    print(f"{len(rules)} rules, {checked} checks; every Kyrgyz text tried with each number 0-1000: "
          f"{rendered} put an ending on a number; {len(breaches)} breaches")
    return 1 if breaches else 0


if __name__ == "__main__":
    sys.exit(main())
