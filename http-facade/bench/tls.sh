#!/usr/bin/env bash
# The cost of TLS: requests/s of the list route (GET /site-media/v1/files?paging.limit=50, 200 files in the site) over
# the HTTPS port against the plain port of one standalone fake, measured with wrk (2 threads, 32 keep-alive
# connections) in alternating rounds, after a warm-up of each. wrk does not check certificates, so the run measures
# the server's TLS work only. Prints one line per round and the load average; numbers from a shared machine are
# ratios, not absolutes.
#
#   bash http-facade/bench/tls.sh [jar]        (default: http-facade/target/fake-wix-media-manager-standalone.jar)
#
# Environment: WARMUP_SECONDS (10), DURATION_SECONDS (15), ROUNDS (2), PORT_BASE (18480).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="${1:-$here/../target/fake-wix-media-manager-standalone.jar}"
WARMUP_SECONDS=${WARMUP_SECONDS:-10}
DURATION_SECONDS=${DURATION_SECONDS:-15}
ROUNDS=${ROUNDS:-2}
PORT_BASE=${PORT_BASE:-18480}
plain_port=$PORT_BASE
https_port=$((PORT_BASE + 1))
path="/site-media/v1/files?paging.limit=50"

command -v wrk >/dev/null 2>&1 || { echo "error: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

java -jar "$jar" --port "$plain_port" --https-port "$https_port" --tls-dir "$work/tls" >"$work/out" 2>"$work/err" &
server_pid=$!
for _ in $(seq 1 300); do
  grep -q '^HTTPS on' "$work/out" 2>/dev/null && break
  sleep 0.2
done
grep -q '^HTTPS on' "$work/out" || { echo "error: the fake did not start: $(cat "$work/err")" >&2; exit 1; }

items=""
for i in $(seq 1 200); do
  items+="${items:+,}{\"url\":\"https://example.com/bench/photo-$i.jpg\",\"displayName\":\"photo-$i.jpg\"}"
done
curl -sS -o /dev/null -X POST "http://127.0.0.1:$plain_port/site-media/v1/bulk/files/import-v2" \
  -H 'Authorization: bench' -H 'Content-Type: application/json' --data "{\"importFileRequests\":[$items]}"

run() { # run SECONDS URL
  wrk -t2 -c32 -d"$1s" --timeout 10s -H 'Authorization: bench' "$2" | awk '/^Requests\/sec:/ {print $2}'
}
run "$WARMUP_SECONDS" "http://127.0.0.1:$plain_port$path" >/dev/null
run "$WARMUP_SECONDS" "https://127.0.0.1:$https_port$path" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  http_rps="$(run "$DURATION_SECONDS" "http://127.0.0.1:$plain_port$path")"
  https_rps="$(run "$DURATION_SECONDS" "https://127.0.0.1:$https_port$path")"
  echo "round $round: HTTP $http_rps req/s, HTTPS $https_rps req/s, HTTPS/HTTP $(awk -v a="$https_rps" -v b="$http_rps" 'BEGIN {printf "%.2f", a / b}')"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(java -version 2>&1 | head -n 1)"
