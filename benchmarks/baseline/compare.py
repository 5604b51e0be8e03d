#!/usr/bin/env python3
"""Cross-checks the baseline's figures against Récits' workbook, then prints the timing table.

    compare.py --recits recits-2021-T1.xlsx --baseline baseline.xlsx [--duckdb duckdb.csv] --times DIR --scale N
               --out results.md

Exit code 1 when a figure differs (relative 1e-9) or when one side has a value the other lacks;
suppressed Récits values (small numbers) are not compared. DIR holds `/usr/bin/time -v` outputs
named recits-K.time, baseline-K.time, duckdb-K.time, parse-K.time for runs K = 1, 2… (or recits.time… for one
run); the DuckDB baseline's figures (DuckDbBaseline's CSV) are checked against Récits' as the pandas baseline's are;
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


def duckdb_figures(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            code, scope, period, value = line.rstrip("\n").split(";")[:4]
            out[(code, scope, period)] = value if value == "n/d" else float(value)
    return out


def crosscheck(recits, other):
    """(figures compared, differences) of one baseline's figures against Récits'."""
    compared, problems = 0, []
    for k, b in sorted(other.items(), key=str):
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
    return compared, problems


def time_v(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    secs = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall.split(":"))))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    status = int(re.search(r"Exit status: (\d+)", text).group(1))
    cpu = sum(float(re.search(rf"{k} time \(seconds\): (\S+)", text).group(1)) for k in ("User", "System"))
    return secs, rss / 1024.0, status, cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--recits", required=True)
    ap.add_argument("--baseline", required=True)
    ap.add_argument("--duckdb")
    ap.add_argument("--times", required=True)
    ap.add_argument("--scale", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    # Récits: Code B, Périmètre D, Période E, Valeur H; baseline: Code A, Périmètre B, Période C, Valeur F
    recits = indicators(a.recits, 1, 3, 4, 7)
    base = indicators(a.baseline, 0, 1, 2, 5)
    compared, problems = crosscheck(recits, base)
    check = f"{compared} figures compared, {len(problems)} differences"
    if a.duckdb:
        d_compared, d_problems = crosscheck(recits, duckdb_figures(a.duckdb))
        check += f"; DuckDB: {d_compared} figures compared, {len(d_problems)} differences"
        compared = min(compared, d_compared)
        problems += ["DuckDB " + p for p in d_problems]

    rows = []
    for name, label in (("recits", "Récits `recits report`"), ("baseline", "Python baseline (pandas + openpyxl)"),
                        ("duckdb", "DuckDB baseline (SQL, JDBC)"), ("parse", "parse only (Commons CSV)")):
        files = sorted(glob.glob(os.path.join(a.times, name + "-*.time")),
                       key=lambda f: int(re.search(r"-(\d+)\.time$", f).group(1)))
        if not files and os.path.exists(os.path.join(a.times, name + ".time")):
            files = [os.path.join(a.times, name + ".time")]
        if files:
            runs = [time_v(f) for f in files]
            walls = [r[0] for r in runs]
            rows.append((label, statistics.median(walls), max(r[1] for r in runs),
                         max(r[2] for r in runs), walls, statistics.median(r[3] for r in runs)))
    lines = [f"## Scale ×{a.scale}", "",
             "| run | median wall (s) | median CPU, user + system (s) | peak RSS (MiB) | exit | every run's wall (s) |",
             "|---|---:|---:|---:|---:|---|"]
    lines += [f"| {l} | {s:.2f} | {c:.2f} | {m:.0f} | {st} | {' '.join(f'{w:.2f}' for w in ws)} |"
              for l, s, m, st, ws, c in rows]
    by = {r[0]: r for r in rows}
    rec, base_row = by.get("Récits `recits report`"), by.get("Python baseline (pandas + openpyxl)")
    duck, parse = by.get("DuckDB baseline (SQL, JDBC)"), by.get("parse only (Commons CSV)")
    if rec and base_row and parse:
        lines += ["", f"- baseline ÷ Récits (speed-up, medians): {base_row[1] / rec[1]:.2f}×",
                  f"- Récits ÷ parse only (medians): {rec[1] / parse[1]:.2f}×", f"- Récits peak RSS: {rec[2]:.0f} MiB"]
        if duck:
            lines += [f"- Récits ÷ DuckDB (medians): wall {rec[1] / duck[1]:.2f}×, CPU {rec[5] / duck[5]:.2f}×"]
        if len(rec[4]) == len(base_row[4]) == len(parse[4]) > 1:
            lines += ["- per run (speed-up, Récits ÷ parse): " + ", ".join(
                f"{b / r:.2f}× / {r / p:.2f}×" for r, b, p in zip(rec[4], base_row[4], parse[4]))]
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
