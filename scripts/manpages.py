#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the manual pages of dpo-console and of each of its commands, in English, Kyrgyz and
Russian, from the program's own help (`dpo-console help`, `dpo-console COMMAND --help`,
`dpo-console COMMAND SUBCOMMAND --help`, each in the language DPO_CONSOLE_LANGUAGE asks for):
what a page says is what the program says, so the two cannot drift apart.

    manpages.py DPO_CONSOLE CHANGELOG OUT_DIR

OUT_DIR gets man1/ (English), ky/man1/ and ru/man1/, each page compressed as Debian wants
(gzip -9n). The date and version are the changelog's latest entry, so that the same sources
give the same pages. Only the headings, the manual's title and the main page's one-line name are
this script's own words.
"""
import email.utils
import gzip
import os
import re
import shutil
import subprocess
import sys

LANGUAGES = ("en", "ky", "ru")
HEADINGS = {
    "en": {"name": "NAME", "synopsis": "SYNOPSIS", "description": "DESCRIPTION",
           "commands": "COMMANDS", "options": "OPTIONS", "exit": "EXIT STATUS",
           "see": "SEE ALSO", "manual": "DPO Console manual",
           "what": "the data-protection officer's console"},
    "ky": {"name": "АТАЛЫШЫ", "synopsis": "ЖАЗЫЛЫШЫ", "description": "СЫПАТТАМАСЫ",
           "commands": "БУЙРУКТАР", "options": "ПАРАМЕТРЛЕРИ", "exit": "ЧЫГУУ КОДДОРУ",
           "see": "ДАГЫ КАРАҢЫЗ", "manual": "DPO Console колдонмосу",
           "what": "жеке маалыматтарды коргоо боюнча жооптуу адамдын консолу"},
    "ru": {"name": "ИМЯ", "synopsis": "ОБЗОР", "description": "ОПИСАНИЕ",
           "commands": "КОМАНДЫ", "options": "ПАРАМЕТРЫ", "exit": "СОСТОЯНИЕ ВЫХОДА",
           "see": "СМОТРИТЕ ТАКЖЕ", "manual": "Руководство DPO Console",
           "what": "консоль ответственного за защиту персональных данных"},
}
# QCommandLineParser breaks an option's description at the last space that fits, or inside a word
# longer than the line (then the line reaches this column). Which one it was cannot be told from
# the text, so such a word is refused: the help must say it in words that fit.
WRAP_COLUMN = 79
SUBCOMMAND = re.compile(r"^[a-z][a-z-]*(\|[a-z][a-z-]*)*$")


def run_help(program, language, arguments):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", DPO_CONSOLE_LANGUAGE=language)
    result = subprocess.run([program, *arguments], env=environment, capture_output=True, text=True)
    if result.returncode != 0 or not result.stdout.strip():
        sys.exit(f"manpages.py: `dpo-console {' '.join(arguments)}` ({language}) failed with "
                 f"{result.returncode}: {result.stderr.strip()}")
    return result.stdout


def roff(text):
    """Plain text as roff: backslashes escaped, a leading dot or quote made literal."""
    text = text.replace("\\", "\\e")
    return "\n".join("\\&" + line if line.startswith((".", "'")) else line for line in text.split("\n"))


def option_names(names):
    """`--officer <NAME>` as bold names with italic values, minus signs as roff wants them."""
    parts = []
    for word in names.split(" "):
        if word.startswith("<") and word.endswith(">"):
            parts.append("\\fI" + roff(word[1:-1]) + "\\fR")
        else:
            parts.append("\\fB" + roff(word).replace("-", "\\-") + "\\fR")
    return " ".join(parts)


def parse_help(text):
    """A command's --help: its usage lines, its description, and its sections of entries
    (Options:, Arguments:) as (heading, [(names, description)])."""
    lines = text.rstrip("\n").split("\n")
    usage = [lines[0].split(":", 1)[1].strip()]
    index = 1
    while index < len(lines) and lines[index].startswith(" "):
        usage.append(lines[index].strip())
        index += 1
    description = []
    sections = []
    for line in lines[index:]:
        if line and not line.startswith(" ") and line.endswith(":"):
            sections.append((line, []))
        elif not sections:
            if line.strip():
                description.append(line.strip())
        elif line.startswith("  ") and not line.startswith("   ") and line.strip():
            match = re.match(r"^  (\S.*?)(?:\s{2,}(.*))?$", line)
            sections[-1][1].append([match.group(1), match.group(2) or "", (len(line), match.group(2) or "")])
        elif line.strip() and sections[-1][1]:
            entry = sections[-1][1][-1]
            width, fragment = entry[2]
            if width >= WRAP_COLUMN and fragment and " " not in fragment:
                sys.exit(f"manpages.py: a word too long for the help's lines, cut in two: {fragment}")
            entry[1] = (entry[1] + " " + line.strip()).strip()
            entry[2] = (len(line), line.strip())
    return usage, description, [(h, [(n, d) for n, d, _ in entries]) for h, entries in sections]


def usage_lines(usage):
    """The usage lines as a synopsis, one command form per line, without the help's wrapping."""
    forms = []
    for line in usage:
        if line.startswith("dpo-console") or not forms:
            forms.append(line)
        else:
            forms[-1] += " " + line
    return forms


def subcommands(command, usage):
    """The subcommands a command's usage names (`dpo-console feed apply ...`, `claims add|list ...`)."""
    found = []
    for form in usage_lines(usage):
        words = form.split()
        if len(words) > 2 and words[1] == command and SUBCOMMAND.match(words[2]):
            found += [w for w in words[2].split("|") if w not in found]
    return found


def parse_overview(text):
    """`dpo-console help`: the ways to start it, each command's lines, and the closing words."""
    lines = text.rstrip("\n").split("\n")
    starts, commands, closing = [], {}, []
    state = "starts"
    last = None
    for line in lines:
        if state == "starts":
            if "dpo-console" in line:
                form = line[line.index("dpo-console"):]
                parts = re.split(r"\s{2,}", form.strip(), maxsplit=1)
                starts.append((parts[0], parts[1] if len(parts) > 1 else ""))
            elif line.strip().endswith(":"):
                state = "commands"
        elif state == "commands":
            if not line.strip():
                state = "closing"
            elif line.startswith("  ") and not line.startswith("   "):
                words = line.split()
                last = words[0]
                parts = re.split(r"\s{2,}", line.strip(), maxsplit=1)
                commands.setdefault(last, []).append([parts[0], parts[1] if len(parts) > 1 else ""])
            elif last:
                entry = commands[last][-1]
                entry[1] = (entry[1] + " " + line.strip()).strip()
        else:
            closing.append(line.strip())
    return starts, commands, " ".join(l for l in closing if l)


def header(title, version, date, heading, name_line):
    # Ragged right: option-laden lines justified to the margin read badly.
    return (f'.TH "{title.upper()}" 1 "{date}" "dpo-console {version}" "{heading["manual"]}"\n'
            f".ad l\n.SH {heading['name']}\n{name_line}")


def entries_roff(sections, level):
    out = []
    for title, entries in sections:
        out.append(f".PP\n\\fB{roff(title.rstrip(':'))}\\fR" if level else f".SH {roff(title.rstrip(':').upper())}")
        for names, description in entries:
            out.append(f".TP\n{option_names(names)}\n{roff(description)}")
    return "\n".join(out)


def synopsis_roff(forms):
    """Each form its own paragraph, wrapped with a hanging indent: some run to 300 characters."""
    return "\n".join(f".HP 4\n{roff(f)}" for f in forms)


def main_page(program, language, version, date, command_names):
    heading = HEADINGS[language]
    starts, commands, closing = parse_overview(run_help(program, language, ["help"]))
    _, _, options = parse_help(run_help(program, language, ["--help"]))
    out = [header("dpo-console", version, date, heading, f"dpo-console \\- {roff(heading['what'])}")]
    out.append(f".SH {heading['synopsis']}\n" + synopsis_roff([form for form, _ in starts]))
    out.append(f".SH {heading['description']}")
    for form, what in starts:
        out.append(f".TP\n\\fB{roff(form)}\\fR\n{roff(what)}")
    out.append(f".SH {heading['commands']}")
    for name in command_names:
        lines = commands[name]
        for index, (form, what) in enumerate(lines):
            page = f" (\\fBdpo-console-{name}\\fR(1))" if index == len(lines) - 1 else ""
            out.append(f".TP\n\\fB{roff(form)}\\fR\n{roff(what)}{page}")
    # The window's options are the help's last section (before it, the overview's "Commands:").
    out.append(entries_roff([(heading["options"], entries) for _, entries in options[-1:]], 0))
    out.append(f".SH {heading['exit']}\n{roff(closing)}")
    out.append(f".SH {heading['see']}\n" + ",\n".join(f".BR dpo-console-{n} (1)" for n in command_names))
    return "\n".join(out) + "\n"


def command_page(program, language, version, date, command, overview_lines):
    heading = HEADINGS[language]
    summary = "; ".join(what for _, what in overview_lines if what)
    out = [header(f"dpo-console-{command}", version, date, heading,
                  f"dpo-console-{command} \\- {roff(summary)}")]
    usage, description, sections = parse_help(run_help(program, "en", [command, "--help"]))
    subs = subcommands(command, usage)
    listed = {sub for form, _ in overview_lines if len(form.split()) > 1 for sub in form.split()[1].split("|")}
    if set(subs) - listed:
        sys.exit(f"manpages.py: `dpo-console help` does not list {command} {', '.join(sorted(set(subs) - listed))}")
    if not subs:
        usage, description, sections = parse_help(run_help(program, language, [command, "--help"]))
        out.append(f".SH {heading['synopsis']}\n" + synopsis_roff(usage_lines(usage)))
        out.append(f".SH {heading['description']}\n{roff(' '.join(description))}")
        out.append(entries_roff(sections, 0))
    else:
        parsed = [(sub, parse_help(run_help(program, language, [command, sub, "--help"]))) for sub in subs]
        out.append(f".SH {heading['synopsis']}\n" +
                   synopsis_roff([f for _, (usage, _, _) in parsed for f in usage_lines(usage)]))
        out.append(f".SH {heading['commands']}")
        for sub, (usage, description, sections) in parsed:
            out.append(f".SS {command} {sub}\n.PP\n" + roff(" ".join(description)))
            out.append(entries_roff(sections, 1))
    out.append(f".SH {heading['see']}\n.BR dpo-console (1)")
    return "\n".join(out) + "\n"


def write_page(directory, name, text):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name + ".1.gz"), "wb") as raw:
        # mtime 0 and no file name: the same page gives the same bytes (gzip -9n).
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as out:
            out.write(text.encode("utf-8"))


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    program, changelog, out_dir = sys.argv[1:4]
    with open(changelog, encoding="utf-8") as f:
        text = f.read()
    version = re.match(r"^\S+ \(([^)]+)\)", text).group(1)
    when = email.utils.parsedate_to_datetime(re.search(r"^ -- .*?  (.+)$", text, re.M).group(1))
    date = when.strftime("%Y-%m-%d")
    shutil.rmtree(out_dir, ignore_errors=True)
    _, english_commands, _ = parse_overview(run_help(program, "en", ["help"]))
    names = list(english_commands)
    pages = 0
    for language in LANGUAGES:
        directory = os.path.join(out_dir, "man1" if language == "en" else os.path.join(language, "man1"))
        _, commands, _ = parse_overview(run_help(program, language, ["help"]))
        if list(commands) != names:
            sys.exit(f"manpages.py: the {language} overview names other commands: {list(commands)}")
        write_page(directory, "dpo-console", main_page(program, language, version, date, names))
        for name in names:
            write_page(directory, f"dpo-console-{name}",
                       command_page(program, language, version, date, name, commands[name]))
        pages += 1 + len(names)
    print(f"manpages.py: {pages} pages in {out_dir}")


if __name__ == "__main__":
    main()
