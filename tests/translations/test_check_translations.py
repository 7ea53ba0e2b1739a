#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Shows that check_translations.py fails on each fault it is there to find.

Builds a small source tree (one class, a few tr() calls) with whole catalogues, checks that the
checker passes it, then breaks one thing at a time (an untranslated new string, a lost
placeholder, a lost accelerator, a missing plural form, a string without its translator comment,
a stale comment, an unfinished entry) and checks that the checker fails and names the fault.
Usage: test_check_translations.py LUPDATE
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate = sys.argv[1]
checker = pathlib.Path(__file__).with_name("check_translations.py")
SOURCE = """#include <QObject>
namespace dpo {
class Sample : public QObject
{
    Q_OBJECT
    void f(int id, int n)
    {
        //: %1: the claim's number.
        tr("Claim %1 is closed.").arg(id);
        //: A column: the day the claim was received.
        tr("Received");
        tr("&Open");
        //: %n: a number of days.
        tr("%n day(s) left", nullptr, n);
        EXTRA
    }
};
} // namespace dpo
"""
KY = {"Claim %1 is closed.": "%1-доомат жабылды.", "Received": "Кабыл алынды", "&Open": "&Ачуу",
      "%n day(s) left": ["%n күн калды", "%n күн калды"], "Opened": "Ачылды"}
RU = {"Claim %1 is closed.": "Претензия %1 закрыта.", "Received": "Получено", "&Open": "&Открыть",
      "%n day(s) left": ["остался %n день", "осталось %n дня", "осталось %n дней"], "Opened": "Открыто"}
EN = {"%n day(s) left": ["%n day left", "%n days left"]}


def make_tree(root, extra=""):
    (root / "models").mkdir(parents=True)
    (root / "ui").mkdir()
    (root / "app").mkdir()
    (root / "translations").mkdir()
    (root / "models" / "Sample.cpp").write_text(SOURCE.replace("EXTRA", extra), encoding="utf-8")
    for lang, table in (("ky", KY), ("ru", RU), ("en", EN)):
        path = root / "translations" / f"dpo_{lang}.ts"
        extra_args = ["-pluralonly"] if lang == "en" else []
        subprocess.run([lupdate, "-silent", "-no-obsolete", *extra_args, "-I", "models", "models",
                        "-ts", str(path)], cwd=root, check=True, capture_output=True)
        fill(path, table)


def fill(path, table):
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        text = table.get(message.findtext("source"))
        translation = message.find("translation")
        if text is None:
            continue
        translation.attrib.pop("type", None)
        if isinstance(text, list):
            for child in list(translation):
                translation.remove(child)
            for form in text:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def run(root):
    result = subprocess.run([sys.executable, str(checker), lupdate, str(root)], capture_output=True,
                            text=True)
    return result.returncode, result.stdout + result.stderr


failures = []


def expect(name, root, passes, pattern=None):
    code, output = run(root)
    if passes and code != 0:
        failures.append(f"{name}: expected a pass, got\n{output}")
    elif not passes and code == 0:
        failures.append(f"{name}: expected a failure, the checker passed")
    elif pattern and not re.search(pattern, output):
        failures.append(f"{name}: the failure does not say /{pattern}/:\n{output}")
    else:
        print(f"ok: {name}")


def case(name, mutate, pattern, extra=""):
    with tempfile.TemporaryDirectory() as work:
        root = pathlib.Path(work)
        make_tree(root)
        if extra:  # a change to the sources after the catalogues were made
            (root / "models" / "Sample.cpp").write_text(SOURCE.replace("EXTRA", extra), encoding="utf-8")
        if mutate:
            mutate(root / "translations")
        expect(name, root, False, pattern)


with tempfile.TemporaryDirectory() as work:
    root = pathlib.Path(work)
    make_tree(root, '//: A case\'s state, after it is opened.\n        tr("Opened");')
    expect("whole catalogues pass", root, True)

case("a new string nobody translated", None, r"in the sources but not in the catalogue",
     extra='//: A case\'s state.\n        tr("Opened");')
case("a lost placeholder", lambda t: edit(t / "dpo_ru.ts", "Претензия %1 закрыта.", "Претензия закрыта."),
     r"placeholders \[\], the source has \['%1'\]")
case("a doubled placeholder", lambda t: edit(t / "dpo_ky.ts", "%1-доомат жабылды.", "%1-доомат %1 жабылды."),
     r"placeholders")
case("a lost accelerator", lambda t: edit(t / "dpo_ky.ts", "&amp;Ачуу", "Ачуу"), r"accelerator")
case("a changed full stop", lambda t: edit(t / "dpo_ru.ts", "Претензия %1 закрыта.", "Претензия %1 закрыта"),
     r'ends with "" where the source ends with "\."')
case("a missing plural form", lambda t: edit(t / "dpo_ru.ts", "<numerusform>осталось %n дней</numerusform>", ""),
     r"2 plural forms, ru has 3")
case("an unfinished entry", lambda t: edit(t / "dpo_ky.ts", "<translation>Кабыл алынды", '<translation type="unfinished">Кабыл алынды'),
     r"unfinished")
case("an empty translation", lambda t: edit(t / "dpo_ru.ts", "Получено", ""), r"empty translation")
case("a placeholder without its comment", None, r"no translator comment .* says what %1 holds",
     extra='tr("Task %1 is done.").arg(id);')
case("a lone participle without its comment", None, r"what it qualifies", extra='tr("Blocked");')
with tempfile.TemporaryDirectory() as work:
    root = pathlib.Path(work)
    make_tree(root)
    edit(root / "models" / "Sample.cpp", "//: %1: the claim's number.", "//: %1: the number of the claim.")
    expect("a translator comment changed in the sources (stale catalogue)", root, False,
           r"translator comment changed")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
