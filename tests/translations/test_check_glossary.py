#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check_glossary.py must be able to fail: on a copy of the catalogues, each kind of breach is put
into one translation (a forbidden term in ky and in ru, a required term taken out, a case ending
glued to a number) and the check must exit 1 naming it; the untouched copy must pass.

Usage: test_check_glossary.py SOURCE_ROOT"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(root):
    done = subprocess.run([sys.executable, str(HERE / "check_glossary.py"), str(root)],
                          capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def mutate(ts_file, source_pattern, old, new):
    """Replaces `old` by `new` in the translation of the first message whose source matches."""
    text = ts_file.read_text("utf-8")
    for message in re.finditer(r"<message>.*?</message>", text, re.S):
        block = message.group(0)
        source = re.search(r"<source>(.*?)</source>", block, re.S)
        translation = re.search(r"<translation>(.*?)</translation>", block, re.S)
        if not source or not translation or not re.search(source_pattern, source.group(1)):
            continue
        if old not in translation.group(1):
            continue
        changed = block.replace(translation.group(0),
                                "<translation>" + translation.group(1).replace(old, new, 1)
                                + "</translation>")
        ts_file.write_text(text.replace(block, changed, 1), "utf-8")
        return True
    return False


def main(source_root):
    cases = [
        # (catalogue, source pattern, text in the translation, its replacement, words of the why)
        ("dpo_ky.ts", r"(?i)\bpre-trial claim", "доомат", "доо-арыз", "not «доо-арыз»"),
        ("dpo_ky.ts", r"^Claimant$", "Доогер", "Арыз ээси", "«доогер»"),
        ("dpo_ru.ts", r"(?i)\bintact\b", "не нарушена", "Цела", "не нарушена"),
        ("dpo_ru.ts", r"state or local body", "органа государственной власти или органа местного "
         "самоуправления", "государственного или местного органа", "органа государственной власти"),
        ("dpo_ky.ts", r"%L?1", "%L1", "%L1ден", "ending"),
    ]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / "clean"
        shutil.copytree(Path(source_root) / "translations", clean / "translations")
        code, out = run(clean)
        if code != 0:
            failures.append(f"the untouched catalogues fail:\n{out}")
        for n, (catalogue, source, old, new, why) in enumerate(cases):
            root = Path(tmp) / f"case{n}"
            shutil.copytree(clean / "translations", root / "translations")
            if not mutate(root / "translations" / catalogue, source, old, new):
                failures.append(f"case {n}: no {catalogue} message matching {source!r} holds {old!r}")
                continue
            code, out = run(root)
            if code != 1 or why not in out or new not in out:
                failures.append(f"case {n} ({old!r} -> {new!r}) not found: exit {code}\n{out}")
    for f in failures:
        print(f)
    print(f"{len(cases)} breaches put in; {len(failures)} not found")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
