#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every .cpp and .h under models/, ui/ and app/ is in its Sources.cmake, and every listed file exists.

The libraries' sources are listed, not globbed; a file left out would still compile if only
included, but lupdate (which reads the same lists) would miss its strings.
Usage: check_sources_listed.py SOURCE_DIR"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
problems = []
for lib in ("models", "ui", "app"):
    text = (root / lib / "Sources.cmake").read_text(encoding="utf-8")
    # Every list the file sets (models/ has a second one: its network part).
    listed = {f for body in re.findall(r"set\(\w+\s+(.*?)\)", text, re.S) for f in body.split()}
    on_disk = {p.relative_to(root / lib).as_posix()
               for p in (root / lib).rglob("*") if p.suffix in (".cpp", ".h")}
    for f in sorted(on_disk - listed):
        problems.append(f"{lib}/{f}: on disk but not listed in {lib}/Sources.cmake")
    for f in sorted(listed - on_disk):
        problems.append(f"{lib}/{f}: listed in {lib}/Sources.cmake but not on disk")
    print(f"{lib}: {len(listed)} files listed")
for p in problems:
    print(p, file=sys.stderr)
sys.exit(1 if problems else 0)
