#!/usr/bin/env bash
# Issue 9: a 100 MiB upload and download over loopback with curl against the standalone jar under -Xmx256m, the
# server's heap sampled with jstat every 100 ms (peak of S0U+S1U+EU+OU, garbage included).
#
#   http-facade/bench/transfers.sh          (SKIP_BUILD=1 reuses the jar; SIZE_MIB=100; PORT=18997)
#
# The 1 GiB cases run in the Maven profile `memory` (LargeTransfersMemoryCheck), see README.
set -euo pipefail
SIZE_MIB=${SIZE_MIB:-100}
PORT=${PORT:-18997}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
jar="$module/target/fake-wix-media-manager-standalone.jar"
work="$(mktemp -d "${TMPDIR:-/tmp}/fake-wix-transfers.XXXXXX")"
server_pid=""
jstat_pid=""
cleanup() {
  [[ -n "$jstat_pid" ]] && kill "$jstat_pid" 2>/dev/null || true
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd "$root" && mvn -B -q -o -pl fake-core,http-facade package -DskipTests -Dconformance.skip=true)
fi
head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom > "$work/in.bin"
java -Xmx256m -jar "$jar" --port "$PORT" > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do grep -q 'listening on' "$work/server.log" && break; sleep 0.2; done
base="http://127.0.0.1:$PORT"
json() { python3 -c "import json,sys;print(json.load(sys.stdin)$1)"; }

jstat -gc "$server_pid" 100 > "$work/jstat.log" &
jstat_pid=$!
upload_url=$(curl -s -X POST "$base/site-media/v1/files/generate-upload-url" -H 'content-type: application/json' \
  -H 'Authorization: bench' -d '{"mimeType":"video/mp4"}' | json '["uploadUrl"]')
up=$(curl -s -o "$work/up.json" -w '%{http_code} %{time_total} %{speed_upload}' -X PUT "$upload_url?filename=big.mp4" \
  -H 'content-type: video/mp4' -H 'Expect:' --data-binary @"$work/in.bin")
id=$(json '["file"]["id"]' < "$work/up.json")
download_url=$(curl -s -X POST "$base/site-media/v1/files/generate-file-download-url" -H 'content-type: application/json' \
  -H 'Authorization: bench' -d "{\"fileId\":\"$id\"}" | json '["downloadUrls"][0]["url"]')
down=$(curl -s -o "$work/out.bin" -w '%{http_code} %{time_total} %{speed_download}' "$download_url")
sleep 0.3
kill "$jstat_pid"; jstat_pid=""
cmp -s "$work/in.bin" "$work/out.bin" && same="byte-identical" || same="DIFFERENT BYTES"
read -r us ut uspeed <<<"$up"
read -r ds dt dspeed <<<"$down"
peak=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ {u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%.0f", m/1024}' "$work/jstat.log")
printf '%s MiB over loopback, server -Xmx256m: upload %s in %ss (%.0f MiB/s), download %s in %ss (%.0f MiB/s), %s; server peak heap %s MiB\n' \
  "$SIZE_MIB" "$us" "$ut" "$(echo "$uspeed / 1048576" | bc -l)" "$ds" "$dt" "$(echo "$dspeed / 1048576" | bc -l)" "$same" "$peak"
