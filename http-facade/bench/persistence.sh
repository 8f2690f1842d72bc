#!/usr/bin/env bash
# What --data-dir costs a write, measured in one run (about 3 minutes):
#
#   http-facade/bench/persistence.sh
#
# Starts two standalone servers side by side, one in memory and one with --data-dir (a fresh directory under
# target/bench), and drives the import route (POST /site-media/v1/files/import, each request a new file) with wrk:
# one connection (every write waits for its own force of the log) and 16 (writes share forces: group commit), in
# alternating rounds so that both meet the same machine load. Prints requests per second per round, their medians,
# the ratio, the load average before and after, and writes the table to target/bench/persistence.md.
# Knobs (environment): WARMUP_SECONDS (20), DURATION_SECONDS (10), ROUNDS (3), CONNECTIONS ("1 16"),
# PORT_BASE (random, 20000-60000).
# Uses the standalone jar when it is built, else the module's classes and their dependencies (mvn -o).
set -euo pipefail

WARMUP_SECONDS=${WARMUP_SECONDS:-20}
DURATION_SECONDS=${DURATION_SECONDS:-10}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-"1 16"}
PORT_BASE=${PORT_BASE:-$((20000 + RANDOM % 40000))}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
out="$module/target/bench"
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

jar="$module/target/fake-wix-media-manager-standalone.jar"
if [[ -f "$jar" ]]; then
  launch=(-jar "$jar")
else
  # compiled in the same run, so that fake-core resolves to its classes (nothing is installed into ~/.m2)
  (cd "$root" && mvn -B -q -o -pl fake-core,http-facade compile dependency:build-classpath \
      -Dmdep.outputFile="$out/classpath.txt") || { echo "could not build the class path" >&2; exit 1; }
  launch=(-cp "$module/target/classes:$(cat "$out/classpath.txt")" dev.fakewix.media.http.internal.StandaloneServer)
fi

data="$out/persistence-data"
rm -rf "$data"
lua="$out/import.lua"
cat >"$lua" <<'EOF'
wrk.method = "POST"
wrk.body = '{"url":"https://example.com/bench.jpg"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "bench-key"
EOF

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start() { # start NAME PORT [args...]
  local name=$1 port=$2; shift 2
  java "${launch[@]}" --port "$port" --seed 1 "$@" >"$out/$name.out" 2>"$out/$name.err" &
  pids+=($!)
  for _ in $(seq 1 600); do
    grep -q "listening on" "$out/$name.out" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "$name did not start: $(cat "$out/$name.err")" >&2
  exit 1
}

start memory "$PORT_BASE"
start data-dir "$((PORT_BASE + 1))" --data-dir "$data"

rps() { # rps PORT CONNECTIONS SECONDS -> requests/s
  wrk -t1 -c"$2" -d"$3s" --timeout 10s -s "$lua" "http://127.0.0.1:$1/site-media/v1/files/import" \
    | awk '/Requests\/sec/ {print $2}'
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# warm-up: JIT and the first compactions of the data directory
rps "$PORT_BASE" 4 "$WARMUP_SECONDS" >/dev/null
rps "$((PORT_BASE + 1))" 4 "$WARMUP_SECONDS" >/dev/null

table="$out/persistence.md"
{
  echo "| connections | round | in memory (req/s) | --data-dir (req/s) |"
  echo "|---|---|---|---|"
} >"$table"
summary=()
for c in $CONNECTIONS; do
  mem=(); disk=()
  for r in $(seq 1 "$ROUNDS"); do
    m=$(rps "$PORT_BASE" "$c" "$DURATION_SECONDS")
    d=$(rps "$((PORT_BASE + 1))" "$c" "$DURATION_SECONDS")
    mem+=("$m"); disk+=("$d")
    echo "| $c | $r | $m | $d |" >>"$table"
  done
  median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  mm=$(median "${mem[@]}"); dm=$(median "${disk[@]}")
  summary+=("connections $c: median in memory $mm req/s, with --data-dir $dm req/s ($(awk -v a="$dm" -v b="$mm" 'BEGIN {printf "%.1f%%", 100*a/b}') of it)")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo
  for s in "${summary[@]}"; do echo "- $s"; done
  echo "- load average (1, 5, 15 min) before: $load_before; after: $load_after; $(nproc) cores"
  echo "- data directory after the run: $(du -sh "$data" | cut -f1), $(find "$data" -name 'snapshot-*' | wc -l) snapshot(s)"
} >>"$table"
cat "$table"
