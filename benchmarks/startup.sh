#!/usr/bin/env bash
# Start-up benchmark: `recits --version` and `recits demo` of one or more installed folders, run in turn
# (interleaved, so that they share the machine's drift), N times each, under GNU time. Prints every run and
# the medians of wall time, CPU time (user + system: steadier than wall on a busy machine) and peak RSS,
# with the load average before each round (a figure taken under load says so).
# Usage: startup.sh [--runs N] [--java JDK] FOLDER[@JDK]...   (FOLDER holds the `recits` script; JDK, a Java
# home, is handed to it as RECITS_JAVA_HOME: without one the script picks the newest JDK it finds)
set -euo pipefail
RUNS=5
JH=${RECITS_JAVA_HOME:-}
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --java) JH=$2; shift 2 ;;
    --) shift; break ;;
    -*) echo "usage: startup.sh [--runs N] [--java JDK] FOLDER[@JDK]..." >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: startup.sh [--runs N] [--java JDK] FOLDER[@JDK]..." >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for k in $(seq 1 "$RUNS"); do
  echo "round $k/$RUNS, load $(cut -d' ' -f1-3 /proc/loadavg)"
  for cmd in version demo; do
    i=0
    for spec in "$@"; do
      i=$((i + 1))
      dir=${spec%%@*}
      jdk=$JH
      [ "$dir" = "$spec" ] || jdk=${spec#*@}
      case $cmd in
        version) args=(--version) ;;
        demo) rm -rf "$OUT/demo"; args=(demo --out "$OUT/demo") ;;
      esac
      RECITS_JAVA_HOME=$jdk /usr/bin/time -f "%e %M %U %S" -o "$OUT/t" "$dir/recits" "${args[@]}" >/dev/null 2>"$OUT/err" \
        || { cat "$OUT/err" >&2; exit 1; }
      read -r wall rss user sys <"$OUT/t"
      cpu=$(echo "$user $sys" | awk '{printf "%.2f", $1 + $2}')
      echo "$wall $rss $cpu" >>"$OUT/$cmd-$i"
      echo "  $cmd $spec: $wall s, CPU $cpu s, $((rss / 1024)) MiB"
    done
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
echo "medians over $RUNS runs (wall s, CPU s, peak RSS MiB), load now $(cut -d' ' -f1-3 /proc/loadavg):"
for cmd in version demo; do
  i=0
  for spec in "$@"; do
    i=$((i + 1))
    w=$(cut -d' ' -f1 "$OUT/$cmd-$i" | median)
    r=$(cut -d' ' -f2 "$OUT/$cmd-$i" | median)
    c=$(cut -d' ' -f3 "$OUT/$cmd-$i" | median)
    echo "  $cmd $spec: $w s, CPU $c s, $((${r%.*} / 1024)) MiB  [wall $(cut -d' ' -f1 "$OUT/$cmd-$i" | tr '\n' ' ')]"
  done
done
