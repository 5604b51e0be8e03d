# Shared by store.sh and store-scale.sh (sourced): running Récits as the store's account, under GNU time, and
# reading the times back. The caller sets HERE (benchmarks/), OUT (its times go in OUT/times) and DB (empty for
# the default store).

# need_distribution: RECITS, the start script of DIST (the build's distribution unless set), and TIME, GNU time;
# stops when they or the benchmarks' classes (the generator) are missing.
need_distribution() {
  DIST=${DIST:-$HERE/../distribution/target/recits}
  RECITS="$DIST/recits"
  TIME=/usr/bin/time
  for need in "$RECITS" "$TIME" "$HERE/target/classes"; do
    [ -e "$need" ] || { echo "missing $need (build first: mvn -DskipTests install; apt-get install time)" >&2; exit 1; }
  done
}

# Every Récits command as the account that runs the store: nobody under root, with its own home, data folder
# (the default store's), pseudonym key, caches and temporary folder; `as_user HOME_DIR command…`.
as_user() {
  local home=$1; shift
  local env=(env "HOME=$home" "XDG_DATA_HOME=$home/xdg" "XDG_CONFIG_HOME=$home/config" "XDG_CACHE_HOME=$home/cache"
    "XDG_STATE_HOME=$home/state" "JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=$home/tmp" "RECITS_DB=${DB}")
  if [ "$(id -u)" = 0 ]; then
    runuser -u nobody -- "${env[@]}" "$@"
  else
    "${env[@]}" "$@"
  fi
}
timed() { # name, then the command (run as the store's account)
  local name=$1; shift
  as_user "$OUT/home" "$TIME" -v -o "$OUT/times/$name.time" "$@" >"$OUT/times/$name.out" 2>"$OUT/times/$name.err" \
    || { echo "$name failed:" >&2; tail -5 "$OUT/times/$name.err" >&2; exit 1; }
}

wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%.2f", s}' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$1"; }
# user + system CPU of Récits' process (the default store's server is not its child: its CPU is not counted)
cpu() { awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$1"; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) exit; printf "%.2f", NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
