# Shared by run.sh and store.sh (sourced): their options, and the sample programme they time.

# parse_options USAGE "$@": sets SCALE, OUT, PERIOD, RUNS, and DB when USAGE offers --db; anything else prints
# USAGE and exits 2.
parse_options() {
  local usage=$1
  shift
  while [ $# -gt 0 ]; do
    case "$1" in
      --scale) SCALE=$2; shift 2 ;;
      --out) OUT=$2; shift 2 ;;
      --period) PERIOD=$2; shift 2 ;;
      --runs) RUNS=$2; shift 2 ;;
      --db) [[ $usage == *--db* ]] || { echo "usage: $usage" >&2; exit 2; }; DB=$2; shift 2 ;;
      *) echo "usage: $usage" >&2; exit 2 ;;
    esac
  done
}

# generate DIR: the sample programme at ×SCALE, written by the generator the benchmarks module copies.
generate() {
  echo "generating ×$SCALE into $1" >&2
  java -cp "$HERE/target/classes:$HERE/target/lib/*" org.recits.tools.generator.SampleGenerator --out "$1" \
    --scale "$SCALE" >/dev/null
}

# warm DIR: each timed run starts from the same state: the generator's writes flushed (their write-back would
# otherwise fall on the first run) and the input files read once, so every run reads from the page cache.
warm() {
  sync
  find "$1" -type f -exec cat {} + >/dev/null
}
