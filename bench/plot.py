#!/usr/bin/env python3
"""Plots bench/results.csv as an SVG line chart: MB/s against corpus size, one line per
tool/configuration/jobs. No plotting library needed (none is installed on the build machines)."""
import csv
import math
import sys
from collections import defaultdict

src, out = sys.argv[1], sys.argv[2]
series = defaultdict(list)
for row in csv.DictReader(open(src)):
    series[f"{row['tool']} {row['configuration']}, {row['jobs']} job{'s' if row['jobs'] != '1' else ''}"].append(
        (float(row['megabytes']), float(row['mb_per_s'])))

W, H, L, R, T, B = 760, 420, 70, 250, 30, 50
xs = [x for s in series.values() for x, _ in s]
ys = [y for s in series.values() for _, y in s]
x0, x1 = math.log10(min(xs)), math.log10(max(xs))
if x1 == x0:
    x1 = x0 + 1
y0, y1 = math.log10(min(ys)) - 0.1, math.log10(max(ys)) + 0.1
def px(x): return L + (math.log10(x) - x0) / (x1 - x0) * (W - L - R)
def py(y): return H - B - (math.log10(y) - y0) / (y1 - y0) * (H - T - B)
colours = ["#1b6ca8", "#d1495b", "#edae49", "#00798c", "#6a4c93", "#30638e", "#8a8a8a", "#2a9d8f"]
parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
         f'<rect width="{W}" height="{H}" fill="white"/>',
         f'<text x="{L}" y="18" font-size="14" font-weight="bold">Throughput (MB of text per second, whole process) by corpus size</text>']
for e in range(math.floor(y0), math.ceil(y1) + 1):
    for m in (1, 2, 5):
        v = m * 10 ** e
        if y0 <= math.log10(v) <= y1:
            y = py(v)
            parts.append(f'<line x1="{L}" x2="{W - R}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>')
            parts.append(f'<text x="{L - 6}" y="{y + 4:.1f}" text-anchor="end">{v:g}</text>')
for x in sorted(set(xs)):
    parts.append(f'<text x="{px(x):.1f}" y="{H - B + 18}" text-anchor="middle">{x:g} MB</text>')
parts.append(f'<line x1="{L}" x2="{L}" y1="{T}" y2="{H - B}" stroke="#333"/>')
parts.append(f'<line x1="{L}" x2="{W - R}" y1="{H - B}" y2="{H - B}" stroke="#333"/>')
parts.append(f'<text x="16" y="{(H - B + T) / 2}" transform="rotate(-90 16 {(H - B + T) / 2})" text-anchor="middle">MB/s (log scale)</text>')
for i, (name, points) in enumerate(sorted(series.items())):
    c = colours[i % len(colours)]
    points.sort()
    path = " ".join(f"{'M' if j == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for j, (x, y) in enumerate(points))
    parts.append(f'<path d="{path}" fill="none" stroke="{c}" stroke-width="2"/>')
    for x, y in points:
        parts.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" fill="{c}"/>')
    ly = T + 20 + i * 20
    parts.append(f'<rect x="{W - R + 16}" y="{ly - 9}" width="12" height="12" fill="{c}"/>')
    parts.append(f'<text x="{W - R + 34}" y="{ly + 1}">{name}</text>')
parts.append('</svg>')
open(out, "w").write("\n".join(parts) + "\n")
