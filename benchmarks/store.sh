#!/usr/bin/env bash
# Programme store benchmark (issue 22). Generates the sample programme at --scale N, pushes it into the store
# (as one lab "bench", or with --labs N as the generator's N lab folders, one push each), pushes the first lab
# again unchanged, then times `recits report` from the programme's single folder and from the store, in turn
# (--runs N; every lab of the store, so with --labs the report has its lab level). One lab: every output of the
# store's report must have the bytes of the folder's (cmp); several: the programme's rows of the indicators'
# table must be the folder's. With --labs, then a new version of the first lab's files (the generator's other
# seeds: every file replaced) is pushed into a store holding only that lab and into the store holding every lab,
# in turn, --runs times: the push's time should follow the new files, not the store. All under GNU time -v;
# writes results.md (wall time, peak RSS of each run, medians). BEFORE=DIR (another build's distribution folder)
# adds, in each run, a report from the store by that build, before or after this one's in turn: two builds
# compared on the same store and the same machine's load.
#
# Usage: store.sh [--db URL] [--scale N] [--labs N] [--out DIR] [--period 2021-T1] [--runs N]
# Without --db, the default store (its own PostgreSQL server, binaries from the product folder) in OUT/home,
# every command run as nobody when this runs as root (PostgreSQL refuses root). With --db the database must
# hold none of the labs pushed, and the quarter's pushes are skipped (they need a second, empty store).
# Build first: mvn -DskipTests install. Needs GNU time and python3.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SCALE=100 PERIOD=2021-T1 RUNS=1 DB="" OUT="" LABS=0
. "$HERE/options.sh"
. "$HERE/store-timing.sh"
USAGE="store.sh [--db URL] [--scale N] [--labs N] [--out DIR] [--period 2021-T1] [--runs N]"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --labs) LABS=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
parse_options "$USAGE" ${args[@]+"${args[@]}"}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
DB_ARGS=()
[ -z "$DB" ] || DB_ARGS=(--db "$DB")
OUT=${OUT:-$HERE/target/store-$SCALE}
need_distribution
rm -rf "$OUT"
mkdir -p "$OUT/times" "$OUT/home/tmp"
OUT=$(cd "$OUT" && pwd -P)

generate "$OUT/data"
LAB_DIRS=()
if [ "$LABS" -gt 0 ]; then
  echo "splitting ×$SCALE into $LABS labs" >&2
  java -cp "$HERE/target/classes:$HERE/target/lib/*" org.recits.tools.generator.SampleGenerator --out "$OUT/labs" \
    --scale "$SCALE" --labs "$LABS" >/dev/null 2>&1
  for d in "$OUT"/labs/*/; do LAB_DIRS+=("${d%/}"); done
fi
[ "$(id -u)" != 0 ] || chown -R nobody "$OUT"

# The default store is made (initdb) before the first timed push, which would otherwise count it.
as_user "$OUT/home" "$RECITS" store history ${DB_ARGS[@]+"${DB_ARGS[@]}"} >/dev/null 2>&1 || true
warm "$OUT/data"
[ "$LABS" = 0 ] || warm "$OUT/labs"
if [ "$LABS" -gt 0 ]; then
  for d in "${LAB_DIRS[@]}"; do
    timed "push-$(basename "$d")" "$RECITS" store push --data "$d" --lab "$(basename "$d")" ${DB_ARGS[@]+"${DB_ARGS[@]}"}
  done
  timed push-again-"$(basename "${LAB_DIRS[0]}")" "$RECITS" store push --data "${LAB_DIRS[0]}" \
    --lab "$(basename "${LAB_DIRS[0]}")" ${DB_ARGS[@]+"${DB_ARGS[@]}"}
else
  timed push-bench "$RECITS" store push --data "$OUT/data" --lab bench ${DB_ARGS[@]+"${DB_ARGS[@]}"}
  timed push-again-bench "$RECITS" store push --data "$OUT/data" --lab bench ${DB_ARGS[@]+"${DB_ARGS[@]}"}
fi

# The programme's rows of the indicators' table (scope "programme"), as "code period value n …" lines.
programme_rows() {
  /usr/bin/python3 - "$1" <<'PY'
import csv, glob, sys
(path,) = glob.glob(sys.argv[1] + "/recits-*-indicateurs.csv")
with open(path, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f, delimiter=";"))
head = rows[0]
keep = [head.index(c) for c in ("Code", "Périmètre", "Période", "Valeur", "Numérateur", "Dénominateur", "n (personnes)", "Statut")]
for r in rows[1:]:
    if r[head.index("Périmètre")] == "programme":
        print(";".join(r[i] for i in keep))
PY
}

for k in $(seq 1 "$RUNS"); do
  echo "run $k/$RUNS: report from the folder, then from the store" >&2
  warm "$OUT/data"
  timed "report-folder-$k" "$RECITS" report --data "$OUT/data" --period "$PERIOD" --format csv --out "$OUT/out-folder-$k"
  builds=(this)
  if [ -n "${BEFORE:-}" ]; then
    builds=( $( [ $((k % 2)) = 1 ] && echo "before this" || echo "this before" ) )
  fi
  for build in "${builds[@]}"; do
    if [ "$build" = this ]; then
      timed "report-store-$k" "$RECITS" report ${DB_ARGS[@]+"${DB_ARGS[@]}"} --period "$PERIOD" --format csv \
        --out "$OUT/out-store-$k"
    else
      timed "before-store-$k" "$BEFORE/recits" report ${DB_ARGS[@]+"${DB_ARGS[@]}"} --period "$PERIOD" --format csv \
        --out "$OUT/out-before-$k"
    fi
  done
  if [ -n "${BEFORE:-}" ]; then
    diff -r -q "$OUT/out-before-$k" "$OUT/out-store-$k" >&2 || { echo "the two builds' reports differ" >&2; exit 1; }
    rm -rf "$OUT/out-before-$k"
  fi
  if [ "$LABS" -gt 0 ]; then
    programme_rows "$OUT/out-folder-$k" >"$OUT/programme-folder.txt"
    programme_rows "$OUT/out-store-$k" >"$OUT/programme-store.txt"
    [ -s "$OUT/programme-folder.txt" ] && cmp -s "$OUT/programme-folder.txt" "$OUT/programme-store.txt" \
      || { echo "the programme's figures differ: diff $OUT/programme-folder.txt $OUT/programme-store.txt" >&2; exit 1; }
  else
    for f in $(cd "$OUT/out-folder-$k" && find . -type f | sort); do
      cmp -s "$OUT/out-folder-$k/$f" "$OUT/out-store-$k/$f" || { echo "differs: $f" >&2; exit 1; }
    done
  fi
  rm -rf "$OUT/out-folder-$k" "$OUT/out-store-$k"
done

# A lab's next files pushed into a store of that lab alone and into the store of every lab, in turn.
if [ "$LABS" -gt 0 ] && [ -z "$DB" ]; then
  first=$(basename "${LAB_DIRS[0]}")
  mkdir -p "$OUT/alone/tmp"
  [ "$(id -u)" != 0 ] || chown -R nobody "$OUT/alone"
  as_user "$OUT/alone" "$RECITS" store push --data "${LAB_DIRS[0]}" --lab "$first" >/dev/null 2>&1
  for k in $(seq 1 "$RUNS"); do
    next="$OUT/next-$k"
    java -cp "$HERE/target/classes:$HERE/target/lib/*" org.recits.tools.generator.SampleGenerator --out "$next" \
      --scale "$SCALE" --labs "$LABS" --seed $((27 + k)) >/dev/null 2>&1
    [ "$(id -u)" != 0 ] || chown -R nobody "$next"
    warm "$next/$first"
    # alternate which store goes first, so that neither always has the warmer machine
    for where in $( [ $((k % 2)) = 1 ] && echo "alone all" || echo "all alone" ); do
      home=$( [ "$where" = alone ] && echo "$OUT/alone" || echo "$OUT/home" )
      as_user "$home" "$TIME" -v -o "$OUT/times/next-$where-$k.time" "$RECITS" store push --data "$next/$first" \
        --lab "$first" >"$OUT/times/next-$where-$k.out" 2>"$OUT/times/next-$where-$k.err" \
        || { echo "next-$where-$k failed:" >&2; tail -5 "$OUT/times/next-$where-$k.err" >&2; exit 1; }
    done
    rm -rf "$next"
  done
fi

walls() { # (or cpus) the wall times (CPU times) of the runs named like $1, one a line
  for t in "$OUT"/times/$1.time; do
    if [ -e "$t" ]; then ${2:-wall} "$t"; echo; fi
  done
}
{
  echo "# Programme store, ×$SCALE ($(du -sh "$OUT/data" | cut -f1), $(find "$OUT/data" -type f | wc -l) files)," \
    "$( [ "$LABS" -gt 0 ] && echo "pushed as $LABS labs" || echo "pushed as one lab")," \
    "$( [ -n "$DB" ] && echo "a given server" || echo "the default store")," "$(date -u '+%F %H:%M') UTC"
  echo
  echo "Load before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| run | wall (s) | user + system CPU (s) | peak RSS (MiB) |"
  echo "|---|---:|---:|---:|"
  for t in "$OUT"/times/*.time; do
    echo "| $(basename "$t" .time) | $(wall "$t") | $(cpu "$t") | $(rss "$t") |"
  done
  echo
  pushes=$(walls 'push-lab-*' | awk '{s+=$1} END {printf "%.2f", s}')
  if [ "$LABS" -gt 0 ]; then echo "Pushes of the $LABS labs, in all: $pushes s."; fi
  folder=$(walls 'report-folder-*' | median)
  store=$(walls 'report-store-*' | median)
  echo "Reports, medians of $RUNS: from the folder $folder s, from the store $store s," \
    "ratio $(awk -v a="$store" -v b="$folder" 'BEGIN {printf "%.2f", a / b}'); CPU $(walls 'report-folder-*' cpu | median) s" \
    "and $(walls 'report-store-*' cpu | median) s."
  if [ -n "${BEFORE:-}" ]; then
    echo "From the store by the build BEFORE: median $(walls 'before-store-*' | median) s, CPU" \
      "$(walls 'before-store-*' cpu | median) s; every output with this build's bytes, run by run."
  fi
  if [ -n "$(walls 'next-all-*')" ]; then
    echo "The first lab's next files ($(du -sh "${LAB_DIRS[0]}" | cut -f1)), medians of $RUNS pushes: into a store of" \
      "that lab alone $(walls 'next-alone-*' | median) s, into the store of every lab $(walls 'next-all-*' | median) s."
  fi
  echo
  if [ "$LABS" -gt 0 ]; then
    echo "The programme's rows of the store's indicators table equal the folder's, run by run ($(wc -l <"$OUT/programme-folder.txt") rows)."
  else
    echo "Every output of each report from the store has the bytes of the report from the folder (cmp)."
  fi
} >"$OUT/results.md"
cat "$OUT/results.md"
