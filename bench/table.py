#!/usr/bin/env python3
"""Prints bench/results.csv as the README's Markdown table: by corpus size, then plain
LanguageTool, mtqa's full check, --grammar fast, --no-grammar without and with the HTML report,
each with its job counts. Paste it over the table under "Throughput against plain LanguageTool"."""
import csv
import sys

WHAT = {
    ("languagetool", "default-rules"): (0, "plain LanguageTool"),
    ("mtqa", "full"): (1, "mtqa (full)"),
    ("mtqa", "fast-grammar"): (2, "mtqa `--grammar fast`"),
    ("mtqa", "no-grammar"): (3, "mtqa `--no-grammar`"),
    ("mtqa", "no-grammar-report"): (4, "mtqa `--no-grammar`, HTML report"),
}


def size(mb):
    return f"{mb:,.0f} MB" if mb >= 1 else f"{mb:g} MB"


rows = list(csv.DictReader(open(sys.argv[1] if len(sys.argv) > 1 else "bench/results.csv")))
rows.sort(key=lambda r: (float(r["megabytes"]), WHAT[(r["tool"], r["configuration"])][0], int(r["jobs"])))
print("| corpus | what | jobs | documents | wall s | CPU s | documents/s | MB/s | peak RSS MB | heap after GC MB |")
print("|---|---|---|---|---|---|---|---|---|---|")
for r in rows:
    print(f"| {size(float(r['megabytes']))} | {WHAT[(r['tool'], r['configuration'])][1]} | {r['jobs']} "
          f"| {int(r['documents']):,} | {float(r['wall_s']):,.1f} | {float(r['cpu_s']):,.0f} "
          f"| {float(r['docs_per_s']):,.1f} | {float(r['mb_per_s']):.3f} | {r['peak_rss_mb']} | {r['heap_after_gc_mb']} |")
