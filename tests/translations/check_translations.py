#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when the translation catalogues (translations/dpo_{ky,ru,en}.ts) are not whole and sound.

The .ts files are the one source of the translations: translators edit them in Qt Linguist and
nothing overwrites them. This test fails when
- an entry is unfinished, obsolete or vanished, or a translation is empty;
- lupdate over the sources would change an entry (a new tr() nobody translated, a string removed
  from the code, a changed disambiguation or translator comment): the catalogue is stale. It runs
  lupdate on copies, so the checked-in files are never touched; line numbers are not compared;
- a translation breaks what Linguist's own checks would flag: a placeholder (%1, %L2, %n, %Ln)
  missing, added or doubled against its source; a keyboard accelerator (&) lost; the sentence's
  closing punctuation changed (a full stop, colon, question mark or ellipsis; sentences of four
  words or more, so that "No." may become "№");
- a plural entry lacks one of its forms (Kyrgyz 2 as Qt counts them, Russian 3, English 2);
- a source string leaves its translator guessing (Kyrgyz and Russian build a phrase around what a
  placeholder holds and agree a participle with what it qualifies): a string with a placeholder
  has no translator comment (`//:` in the code) that names each placeholder ("%1: the claim's
  number"), or a lone participle ("Blocked", "Received:") says neither by its disambiguation nor by
  a translator comment what it qualifies;
- a translation sits in a context the program never asks for (check_contexts.py).
Usage: check_translations.py LUPDATE SOURCE_DIR
"""
import collections
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, source_dir = sys.argv[1], pathlib.Path(sys.argv[2])
LANGUAGES = {"ky": 2, "ru": 3, "en": 2}  # plural forms per language
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
ENDINGS = ("…", ".", ":", "?", "!")
problems = []


def entries(path):
    """(context, source, disambiguation) -> (extracomment, numerus, translation element)."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment"))
            out[key] = (message.findtext("extracomment"), message.get("numerus") == "yes",
                        message.find("translation"))
    return out


def texts(translation, numerus):
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def ending(text):
    text = text.rstrip()
    return next((mark for mark in ENDINGS if text.endswith(mark)), "")


def where(lang, key):
    return f"dpo_{lang}.ts: {key[0]}: \"{key[1][:90]}\"" + (f" ({key[2]})" if key[2] else "")


def named(comment):
    """The placeholders a translator comment explains: "%1", "%L1" and "%1 to %4" name them."""
    found = {mark.replace("L", "") for mark in PLACEHOLDER.findall(comment or "")}
    for first, last in re.findall(r"%(\d+) to %(\d+)", comment or ""):
        found |= {f"%{number}" for number in range(int(first), int(last) + 1)}
    return found


def lone_participle(source):
    words = re.sub(r"[:.…]+$", "", source).split()
    return (1 <= len(words) <= 2 and not PLACEHOLDER.search(source)
            and re.fullmatch(r"[A-Za-z]+ed", words[-1]) is not None
            and words[-1].lower() not in ("feed", "need", "seed", "speed"))


def check_comments(key, extracomment):
    source, disambiguation = key[1], key[2]
    wanted = {mark.replace("L", "") for mark in PLACEHOLDER.findall(source)}
    if wanted - named(extracomment):
        missing = ", ".join(sorted(wanted - named(extracomment)))
        problems.append(f"{where('ky', key)}: no translator comment (//:) says what {missing} holds")
    if lone_participle(source) and not disambiguation and not extracomment:
        problems.append(f"{where('ky', key)}: says neither by a disambiguation nor by a translator comment "
                        "what it qualifies")


def check_entry(lang, key, numerus, translation):
    kind = translation.get("type")
    if kind in ("unfinished", "obsolete", "vanished"):
        problems.append(f"{where(lang, key)}: {kind}")
        return
    source = key[1]
    forms = texts(translation, numerus)
    if numerus and len(forms) != LANGUAGES[lang]:
        problems.append(f"{where(lang, key)}: {len(forms)} plural forms, {lang} has {LANGUAGES[lang]}")
    wanted = collections.Counter(PLACEHOLDER.findall(source))
    # "No.", "Seq." and "ref." end with an abbreviation's point, not a sentence's ("№").
    sentence = len(source.split()) >= 4
    for form in forms:
        if not form.strip():
            problems.append(f"{where(lang, key)}: empty translation")
            continue
        found = collections.Counter(PLACEHOLDER.findall(form))
        if found != wanted:
            problems.append(f"{where(lang, key)}: placeholders {sorted(found.elements())}, "
                            f"the source has {sorted(wanted.elements())}: \"{form[:90]}\"")
        if "&" in source.replace("&&", "") and "&" not in form.replace("&&", ""):
            problems.append(f"{where(lang, key)}: the keyboard accelerator (&) is lost: \"{form[:90]}\"")
        if sentence and ending(source) != ending(form) and not (ending(source) in ("…", ".") and ending(form) in ("…", ".")):
            problems.append(f"{where(lang, key)}: ends with \"{ending(form)}\" where the source ends with "
                            f"\"{ending(source)}\": \"{form[-60:]}\"")


work = pathlib.Path(tempfile.mkdtemp())
try:
    for lang in LANGUAGES:
        checked_in = source_dir / "translations" / f"dpo_{lang}.ts"
        copy = work / checked_in.name
        shutil.copy(checked_in, copy)
        extra = ["-pluralonly"] if lang == "en" else []  # English is the source: only its plurals
        subprocess.run([lupdate, "-silent", "-no-obsolete", *extra, "-I", "models", "-I", "ui", "-I", "app",
                        "ui", "models", "app", "-ts", str(copy)], cwd=source_dir, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        before, after = entries(checked_in), entries(copy)
        for key in sorted(set(after) - set(before), key=str)[:20]:
            problems.append(f"{where(lang, key)}: in the sources but not in the catalogue (run lupdate, then translate it)")
        for key in sorted(set(before) - set(after), key=str)[:20]:
            problems.append(f"{where(lang, key)}: in the catalogue but no longer in the sources (run lupdate -no-obsolete)")
        for key in set(before) & set(after):
            if before[key][0] != after[key][0]:
                problems.append(f"{where(lang, key)}: its translator comment changed in the sources (run lupdate)")
        for key, (_, numerus, translation) in before.items():
            check_entry(lang, key, numerus, translation)
        if lang == "ky":  # the sources' comments as they are now, the same for every catalogue
            for key, (extracomment, _, _) in after.items():
                check_comments(key, extracomment)
        print(f"dpo_{lang}.ts: {len(before)} entries checked")
finally:
    shutil.rmtree(work)

for line in problems[:60]:
    print("FAIL:", line, file=sys.stderr)
if len(problems) > 60:
    print(f"FAIL: … and {len(problems) - 60} more", file=sys.stderr)
contexts = subprocess.run([sys.executable, str(pathlib.Path(__file__).with_name("check_contexts.py")), str(source_dir)])
sys.exit(1 if problems or contexts.returncode else 0)
