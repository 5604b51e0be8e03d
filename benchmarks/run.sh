#!/usr/bin/env bash
# Whole-process benchmark: generates the sample programme at --scale N, then times (GNU time -v)
# 1. `recits report` through the distribution's start script, 2. the pandas + openpyxl baseline on the
# same files, 3. parsing the same CSV files with Commons CSV only; cross-checks the baseline's figures
# against Récits' workbook and writes results.md. Usage: run.sh [--scale N] [--out DIR] [--period P]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd -P)
SCALE=1
PERIOD=2021-T1
OUT=
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --period) PERIOD=$2; shift 2 ;;
    *) echo "usage: run.sh [--scale N] [--out DIR] [--period 2021-T1]" >&2; exit 2 ;;
  esac
done
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
echo "generating ×$SCALE into $OUT/data" >&2
java -cp "$CP" org.recits.tools.generator.SampleGenerator --out "$OUT/data" --scale "$SCALE"

echo "recits report" >&2
"$TIME" -v -o "$OUT/times/recits.time" "$RECITS" report --data "$OUT/data" --period "$PERIOD" \
  --out "$OUT/recits" >"$OUT/recits.log" 2>&1 || true
echo "python baseline" >&2
"$TIME" -v -o "$OUT/times/baseline.time" "$PY" "$HERE/baseline/baseline.py" --data "$OUT/data" \
  --period "$PERIOD" --out "$OUT/baseline.xlsx" >"$OUT/baseline.log" 2>&1 || true
echo "parse only" >&2
"$TIME" -v -o "$OUT/times/parse.time" java -cp "$CP" org.recits.benchmarks.ParseOnly "$OUT/data" \
  >"$OUT/parse.log" 2>&1 || true

cd "$HERE/baseline"
"$PY" -W ignore compare.py --recits "$OUT/recits/recits-$PERIOD.xlsx" --baseline "$OUT/baseline.xlsx" \
  --times "$OUT/times" --scale "$SCALE" --out "$OUT/results.md"
