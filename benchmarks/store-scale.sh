#!/usr/bin/env bash
# The programme store at a scale whose single folder is beside the point (issue 22: ×10 000 as 100 labs, ten
# years of a national programme). Generates ×N split into L lab folders only (SampleGenerator --labs), pushes each
# into the default store (one push each), then reports from the store one lab (the first: --lab) and, with
# --programme-heap SIZE, every lab (the programme with its lab level) with that heap in place of the start
# script's (RECITS_JAVA_OPTS: -Xmx SIZE and the options the script gives a big folder). Every run under GNU time
# -v, the load average noted at its start; writes results.md (wall, user + system CPU, peak RSS, load of each run).
# --phase pushes stops after the pushes, --phase reports runs the reports on the store an earlier run left in
# OUT (the results then list both phases' runs); --delete removes the lab folders and the store at the end
# (×10 000: 6.5 GB of files, as much in the store).
#
# Usage: store-scale.sh [--scale N] [--labs L] [--out DIR] [--period 2021-T1] [--programme-heap 7g]
#                       [--phase all|pushes|reports] [--delete]
# Build first: mvn -DskipTests install. Needs GNU time. Runs Récits as nobody when started as root (store.sh).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SCALE=10000 LABS=100 PERIOD=2021-T1 OUT="" HEAP="" DELETE=0 DB="" PHASE=all
. "$HERE/store-timing.sh"
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --labs) LABS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --period) PERIOD=$2; shift 2 ;;
    --programme-heap) HEAP=$2; shift 2 ;;
    --phase) PHASE=$2; shift 2 ;;
    --delete) DELETE=1; shift ;;
    *) echo "usage: store-scale.sh [--scale N] [--labs L] [--out DIR] [--period 2021-T1] [--programme-heap 7g]" \
         "[--phase all|pushes|reports] [--delete]" >&2
       exit 2 ;;
  esac
done
OUT=${OUT:-$HERE/target/store-scale-$SCALE}
need_distribution
if [ "$PHASE" != reports ]; then
  rm -rf "$OUT"
  mkdir -p "$OUT/times" "$OUT/home/tmp"
fi
OUT=$(cd "$OUT" && pwd -P)
noted() { # timed, with the load average at the start in times/NAME.load
  cut -d' ' -f1 /proc/loadavg >"$OUT/times/$1.load"
  timed "$@"
}

if [ "$PHASE" != reports ]; then
  echo "generating ×$SCALE as $LABS labs into $OUT/labs ($(date -u +%T))" >&2
  cut -d' ' -f1 /proc/loadavg >"$OUT/times/generate.load"
  "$TIME" -v -o "$OUT/times/generate.time" java -cp "$HERE/target/classes:$HERE/target/lib/*" \
    org.recits.tools.generator.SampleGenerator --out "$OUT/labs" --scale "$SCALE" --labs "$LABS" \
    >"$OUT/times/generate.out" 2>&1
  [ "$(id -u)" != 0 ] || chown -R nobody "$OUT"
  as_user "$OUT/home" "$RECITS" store history >/dev/null 2>&1 || true # the store made before the first push
fi
LAB_DIRS=()
for d in "$OUT"/labs/*/; do LAB_DIRS+=("${d%/}"); done
FIRST=$(basename "${LAB_DIRS[0]}")

if [ "$PHASE" != reports ]; then
  for d in "${LAB_DIRS[@]}"; do
    echo "push $(basename "$d") ($(date -u +%T), load $(cut -d' ' -f1 /proc/loadavg))" >&2
    sync
    noted "push-$(basename "$d")" "$RECITS" store push --data "$d" --lab "$(basename "$d")"
  done
fi
if [ "$PHASE" != pushes ]; then
  echo "report of $FIRST from the store ($(date -u +%T))" >&2
  noted "report-$FIRST" "$RECITS" report --lab "$FIRST" --period "$PERIOD" --format csv --out "$OUT/out-$FIRST"
  if [ -n "$HEAP" ]; then
    echo "report of the programme from the store, heap $HEAP ($(date -u +%T))" >&2
    noted report-programme env "RECITS_JAVA_OPTS=-Xmx$HEAP -XX:+UseSerialGC -XX:+TieredCompilation \
-XX:Tier4InvocationThreshold=150000 -XX:Tier4MinInvocationThreshold=15000 -XX:Tier4CompileThreshold=200000 \
-XX:Tier4BackEdgeThreshold=1200000" "$RECITS" report --period "$PERIOD" --format csv --out "$OUT/out-programme"
  fi
fi

{
  echo "# Programme store, ×$SCALE as $LABS labs ($(du -sh "$OUT/labs" | cut -f1) of files," \
    "$(find "$OUT/labs" -type f | wc -l) files), the default store ($(du -sh "$OUT/home" | cut -f1)), $(date -u '+%F %H:%M') UTC"
  echo
  echo "| run | load at start | wall (s) | user + system CPU (s) | peak RSS (MiB) |"
  echo "|---|---:|---:|---:|---:|"
  for t in "$OUT"/times/*.time; do
    name=$(basename "$t" .time)
    echo "| $name | $(cat "$OUT/times/$name.load") | $(wall "$t") | $(cpu "$t") | $(rss "$t") |"
  done
  echo
  pushes=("$OUT"/times/push-*.time)
  echo "Pushes: ${#pushes[@]}, $(for t in "${pushes[@]}"; do wall "$t"; echo; done | awk '{s+=$1} END {printf "%.1f", s}') s" \
    "in all, median $(for t in "${pushes[@]}"; do wall "$t"; echo; done | median) s, peak RSS" \
    "$(for t in "${pushes[@]}"; do rss "$t"; echo; done | sort -n | head -1)–$(for t in "${pushes[@]}"; do rss "$t"; echo; done | sort -n | tail -1) MiB."
} >"$OUT/results.md"
cat "$OUT/results.md"
if [ "$DELETE" = 1 ]; then
  rm -rf "$OUT/labs" "$OUT/home" "$OUT"/out-*
fi
