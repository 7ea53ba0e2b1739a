#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the change-feed files scripts/bench.sh applies, and the same rows as CSV for the raw
reference: N subject.upsert events of new subjects (FEED-0000001…), then one recipient and N
transfer events (one category each) to them.

Usage: make_feed.py N OUT_DIR   → upserts.jsonl, transfers.jsonl, subjects.csv, transfers.csv,
                                  import.csv
The CSV rows are what the events write: subjects.csv the subjects' columns (platform_ref, inn,
surname, given_name, their folds, phone, language, status, created_at), transfers.csv a transfer's
(platform_ref, category, purpose, time); the reference loads them with sqlite3 .import or psql
COPY and inserts them into the same indexed tables with one INSERT … SELECT each.
import.csv is a platform export of N other subjects for `dpo-console import` (docs/import.md),
header included; the reference loads the same file into a table indexed as subjects is.
"""
import json
import sys

n = int(sys.argv[1])
out = sys.argv[2]
surnames = ["Асанов", "Үсөнова", "Иванов", "Бекова", "Токтогулов", "Жумабаева"]
given = ["Нурбек", "Айгүл", "Сергей", "Динара", "Бакыт", "Жаңыл"]
at = "2026-11-02T09:00:00+06:00"
with open(f"{out}/upserts.jsonl", "w", encoding="utf-8") as f, \
        open(f"{out}/subjects.csv", "w", encoding="utf-8") as c:
    for i in range(n):
        ref = f"FEED-{i:07d}"
        inn = f"3{i:013d}"
        phone = f"+99677{i:07d}"
        s, g = surnames[i % 6], given[i % 6]
        f.write(json.dumps({"id": f"u-{i}", "type": "subject.upsert", "at": at, "platform_ref": ref,
                            "inn": inn, "surname": s, "given_name": g, "phone": phone,
                            "preferred_language": "ky"}, ensure_ascii=False) + "\n")
        c.write(f"{ref},{inn},{s},{g},{s.lower()},{g.lower()},{phone},ky,active,2026-11-02T03:00:00.000Z\n")
with open(f"{out}/transfers.jsonl", "w", encoding="utf-8") as f, \
        open(f"{out}/transfers.csv", "w", encoding="utf-8") as c:
    f.write(json.dumps({"id": "r-bench", "type": "recipient.upsert", "at": at, "code": "fco-bench",
                        "name": "Бенчмарк ФКО", "kind": "fco"}, ensure_ascii=False) + "\n")
    for i in range(n):
        f.write(json.dumps({"id": f"t-{i}", "type": "transfer", "at": at,
                            "platform_ref": f"FEED-{i:07d}", "recipient": "fco-bench",
                            "categories": ["contacts"], "purpose": "financing_decision"},
                           ensure_ascii=False) + "\n")
        c.write(f"FEED-{i:07d},contacts,financing_decision,2026-11-02T03:00:00.000Z\n")
with open(f"{out}/import.csv", "w", encoding="utf-8") as f:
    f.write("platform_ref,inn,surname,given_name,patronymic,birth_date,sex,phone,email,"
            "preferred_language,consent_given_at,policy_version\n")
    for i in range(n):
        s, g = surnames[i % 6], given[i % 6]
        k = i // 100000  # a birth date per 100,000 rows, and a serial within it: INNs unique
        born = f"{1960 + k // 336}-{1 + (k // 28) % 12:02d}-{1 + k % 28:02d}"
        inn = f"{1 + i % 2}{born[8:10]}{born[5:7]}{born[0:4]}{i % 100000:05d}"
        f.write(f"IMP-{i:07d},{inn},{s},{g},Асанович,{born},{'MF'[i % 2]},+99670{i:07d},"
                f"imp{i}@example.kg,{'ky' if i % 3 else 'ru'},2024-07-01,2024-06-01\n")
