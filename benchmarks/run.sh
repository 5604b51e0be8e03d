#!/usr/bin/env bash
# Whole-process benchmark: generates the sample programme at --scale N, then times (GNU time -v)
# 1. `recits report` through the distribution's start script, 2. the pandas + openpyxl baseline on the
# same files, 3. the DuckDB baseline (DuckDbBaseline: the five indicators in SQL, nothing else written),
# 4. parsing the same CSV files with Commons CSV only; cross-checks both baselines' figures against
# Récits' workbook and writes results.md. With --runs N the four are run N times, in turn, and
# results.md gives every wall time and the medians (this machine's speed drifts by tens of percent
# within minutes: interleaved runs let them share the drift).
# Usage: run.sh [--scale N] [--out DIR] [--period P] [--runs N]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd -P)
SCALE=1
PERIOD=2021-T1
OUT=
RUNS=1
. "$HERE/options.sh"
parse_options "run.sh [--scale N] [--out DIR] [--period 2021-T1] [--runs N]" "$@"
OUT=${OUT:-$HERE/target/run-$SCALE}
RECITS=${RECITS:-$HERE/../distribution/target/recits/recits}
# Debian's python3 has python3-pandas and python3-openpyxl; a pyenv shim earlier on PATH may not.
PY=${PYTHON:-$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || command -v python3 )}
CP="$HERE/target/classes:$HERE/target/lib/*"
TIME=/usr/bin/time
for need in "$RECITS" "$TIME" "$HERE/target/classes"; do
  [ -e "$need" ] || { echo "missing $need (build first: mvn -DskipTests install; apt-get install time)" >&2; exit 1; }
done

rm -rf "$OUT"
mkdir -p "$OUT/times"
generate "$OUT/data"
for k in $(seq 1 "$RUNS"); do
  echo "run $k/$RUNS: recits report" >&2
  warm "$OUT/data"
  rm -rf "$OUT/recits"
  "$TIME" -v -o "$OUT/times/recits-$k.time" "$RECITS" report --data "$OUT/data" --period "$PERIOD" \
    --out "$OUT/recits" >"$OUT/recits.log" 2>&1 || true
  echo "run $k/$RUNS: python baseline" >&2
  warm "$OUT/data"
  "$TIME" -v -o "$OUT/times/baseline-$k.time" "$PY" "$HERE/baseline/baseline.py" --data "$OUT/data" \
    --period "$PERIOD" --out "$OUT/baseline.xlsx" >"$OUT/baseline.log" 2>&1 || true
  echo "run $k/$RUNS: DuckDB baseline" >&2
  warm "$OUT/data"
  "$TIME" -v -o "$OUT/times/duckdb-$k.time" java -cp "$CP" org.recits.benchmarks.DuckDbBaseline --data "$OUT/data" \
    --period "$PERIOD" --out "$OUT/duckdb.csv" >"$OUT/duckdb.log" 2>&1 || true
  echo "run $k/$RUNS: parse only" >&2
  warm "$OUT/data"
  "$TIME" -v -o "$OUT/times/parse-$k.time" java -cp "$CP" org.recits.benchmarks.ParseOnly "$OUT/data" \
    >"$OUT/parse.log" 2>&1 || true
done

cd "$HERE/baseline"
"$PY" -W ignore compare.py --recits "$OUT/recits/recits-$PERIOD.xlsx" --baseline "$OUT/baseline.xlsx" \
  --duckdb "$OUT/duckdb.csv" \
  --times "$OUT/times" --scale "$SCALE" --out "$OUT/results.md"
