#!/usr/bin/env python3
"""Cross-checks the baseline's figures against Récits' workbook, then prints the timing table.

    compare.py --recits recits-2021-T1.xlsx --baseline baseline.xlsx --times DIR --scale N --out results.md

Exit code 1 when a figure differs (relative 1e-9) or when one side has a value the other lacks;
suppressed Récits values (small numbers) are not compared. DIR holds `/usr/bin/time -v` outputs
named recits-K.time, baseline-K.time, parse-K.time for runs K = 1, 2… (or recits.time… for one run);
the table gives each tool's median wall time (every run's in the last column) and its largest peak RSS.
"""
import argparse
import glob
import math
import statistics
import os
import re
import sys

import openpyxl

from baseline import CODES


def indicators(path, code_col, scope_col, period_col, value_col):
    wb = openpyxl.load_workbook(path, read_only=True)
    out = {}
    for i, r in enumerate(wb["Indicateurs"].iter_rows(values_only=True)):
        if i == 0 or r[code_col] not in CODES:
            continue
        out[(r[code_col], r[scope_col], r[period_col])] = r[value_col]
    wb.close()
    return out


def time_v(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    secs = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall.split(":"))))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    status = int(re.search(r"Exit status: (\d+)", text).group(1))
    return secs, rss / 1024.0, status


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--recits", required=True)
    ap.add_argument("--baseline", required=True)
    ap.add_argument("--times", required=True)
    ap.add_argument("--scale", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    # Récits: Code B, Périmètre D, Période E, Valeur H; baseline: Code A, Périmètre B, Période C, Valeur F
    recits = indicators(a.recits, 1, 3, 4, 7)
    base = indicators(a.baseline, 0, 1, 2, 5)
    compared, problems = 0, []
    for k, b in sorted(base.items(), key=str):
        if k not in recits:
            problems.append(f"{k}: missing in Récits")
            continue
        r = recits[k]
        if isinstance(r, str) and r.startswith(("masqué", "suppressed")):
            continue
        if isinstance(r, str) or isinstance(b, str):
            if r != b:
                problems.append(f"{k}: Récits {r!r} ≠ baseline {b!r}")
        elif not math.isclose(float(r), float(b), rel_tol=1e-9, abs_tol=1e-12):
            problems.append(f"{k}: Récits {r!r} ≠ baseline {b!r}")
        compared += 1
    check = f"{compared} figures compared, {len(problems)} differences"

    rows = []
    for name, label in (("recits", "Récits `recits report`"), ("baseline", "Python baseline (pandas + openpyxl)"),
                        ("parse", "parse only (Commons CSV)")):
        files = sorted(glob.glob(os.path.join(a.times, name + "-*.time")),
                       key=lambda f: int(re.search(r"-(\d+)\.time$", f).group(1)))
        if not files and os.path.exists(os.path.join(a.times, name + ".time")):
            files = [os.path.join(a.times, name + ".time")]
        if files:
            runs = [time_v(f) for f in files]
            walls = [w for w, _, _ in runs]
            rows.append((label, statistics.median(walls), max(m for _, m, _ in runs),
                         max(st for _, _, st in runs), walls))
    lines = [f"## Scale ×{a.scale}", "",
             "| run | median wall (s) | peak RSS (MiB) | exit | every run's wall (s) |", "|---|---:|---:|---:|---|"]
    lines += [f"| {l} | {s:.2f} | {m:.0f} | {st} | {' '.join(f'{w:.2f}' for w in ws)} |" for l, s, m, st, ws in rows]
    rec = rows[0][1] if rows else None
    if rec and len(rows) == 3:
        lines += ["", f"- baseline ÷ Récits (speed-up, medians): {rows[1][1] / rec:.2f}×",
                  f"- Récits ÷ parse only (medians): {rec / rows[2][1]:.2f}×", f"- Récits peak RSS: {rows[0][2]:.0f} MiB"]
        if len(rows[0][4]) == len(rows[1][4]) == len(rows[2][4]) > 1:
            lines += ["- per run (speed-up, Récits ÷ parse): " + ", ".join(
                f"{b / r:.2f}× / {r / p:.2f}×" for r, b, p in zip(rows[0][4], rows[1][4], rows[2][4]))]
    lines += [f"- cross-check: {check}", ""]
    text = "\n".join(lines)
    print(text)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    for p in problems[:30]:
        print("DIFF " + p, file=sys.stderr)
    bad = [r for r in rows if r[3] != 0]  # any run that failed
    sys.exit(1 if problems or compared == 0 or bad else 0)


if __name__ == "__main__":
    main()
