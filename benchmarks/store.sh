#!/usr/bin/env bash
# Programme store benchmark (issue 22): generates the sample programme at --scale N, pushes it into the store
# as one lab, pushes it again unchanged, then times `recits report` from the folder and from the store in turn
# (--runs N), all under GNU time -v, and writes results.md (wall time, peak RSS of each run).
#
# Usage: store.sh --db URL [--scale N] [--out DIR] [--period 2021-T1] [--runs N]
# The database must be empty or hold no lab "bench" (the push adds to what is there). Build first:
# mvn -DskipTests install. Needs GNU time.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SCALE=100 PERIOD=2021-T1 RUNS=1 DB="" OUT=
. "$HERE/options.sh"
parse_options "store.sh --db URL [--scale N] [--out DIR] [--period 2021-T1] [--runs N]" "$@"
[ -n "$DB" ] || { echo "store.sh: --db URL is required" >&2; exit 2; }
OUT=${OUT:-$HERE/target/store-$SCALE}
DIST=${DIST:-$HERE/../distribution/target/recits}
RECITS="$DIST/recits"
TIME=/usr/bin/time
for need in "$RECITS" "$TIME" "$HERE/target/classes"; do
  [ -e "$need" ] || { echo "missing $need (build first: mvn -DskipTests install; apt-get install time)" >&2; exit 1; }
done
rm -rf "$OUT"
mkdir -p "$OUT/times"
generate "$OUT/data"
warm "$OUT/data"

timed() { # name, then the command
  local name=$1; shift
  "$TIME" -v -o "$OUT/times/$name.time" "$@" >"$OUT/times/$name.out" 2>"$OUT/times/$name.err" \
    || { echo "$name failed:" >&2; tail -5 "$OUT/times/$name.err" >&2; exit 1; }
}
timed push-1 "$RECITS" store push --data "$OUT/data" --lab bench --db "$DB"
timed push-2 "$RECITS" store push --data "$OUT/data" --lab bench --db "$DB"
for k in $(seq 1 "$RUNS"); do
  timed "folder-$k" "$RECITS" report --data "$OUT/data" --period "$PERIOD" --out "$OUT/out-folder-$k"
  timed "store-$k" "$RECITS" report --db "$DB" --lab bench --period "$PERIOD" --out "$OUT/out-store-$k"
  for f in $(cd "$OUT/out-folder-$k" && find . -type f | sort); do
    cmp -s "$OUT/out-folder-$k/$f" "$OUT/out-store-$k/$f" || { echo "differs: $f" >&2; exit 1; }
  done
done

wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%.2f", s}' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$1"; }
{
  echo "# Programme store, ×$SCALE ($(du -sh "$OUT/data" | cut -f1), $(find "$OUT/data" -type f | wc -l) files), $(date -u +%F)"
  echo
  echo "| run | wall (s) | peak RSS (MiB) |"
  echo "|---|---:|---:|"
  for t in "$OUT"/times/*.time; do
    echo "| $(basename "$t" .time) | $(wall "$t") | $(rss "$t") |"
  done
  echo
  echo "Every output of each report from the store has the bytes of the report from the folder (cmp)."
} >"$OUT/results.md"
cat "$OUT/results.md"
