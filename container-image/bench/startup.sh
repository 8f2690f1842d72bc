#!/usr/bin/env bash
# Start to first 200 of GET /_fake/health: the container (`podman run` of the image, port published on 127.0.0.1)
# against the plain `java -jar` of the same standalone jar on this machine's JDK (with and without its own AppCDS
# archive), alternated run by run so that all see the same load. Prints each run, the medians and the load average.
#
#   container-image/bench/startup.sh [runs]          (default 7; after `mvn -B package -pl container-image -am`,
#                                                     with the image loaded: podman load -i container-image/target/*.tar)
# IMAGE, JAR and JSA override what is measured; NOCDS_IMAGE (e.g. a build with -Dimage.appcds=false, tagged) adds
# that image to the runs.
set -euo pipefail
runs="${1:-7}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
image="${IMAGE:-ghcr.io/fakewix/fake-wix-media-manager:0.1.0-SNAPSHOT}"
jar="${JAR:-$root/http-facade/target/fake-wix-media-manager-standalone.jar}"
jsa="${JSA:-$root/http-facade/target/fake-wix-media-manager.jsa}"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
wait_200() { # <port> <start ms>: prints the milliseconds to the first 200
  until curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$1/_fake/health" 2>/dev/null; do sleep 0.005; done
  echo $(( $(now_ms) - $2 ))
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

container=() nocds=() jar_plain=() jar_cds=()
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  port=$(free_port); t0=$(now_ms)
  cid=$(podman run -d --rm --no-healthcheck -p "127.0.0.1:$port:8080" "$image")
  container+=("$(wait_200 "$port" "$t0")")
  podman stop -t 10 "$cid" >/dev/null

  if [[ -n "${NOCDS_IMAGE:-}" ]]; then
    port=$(free_port); t0=$(now_ms)
    cid=$(podman run -d --rm --no-healthcheck -p "127.0.0.1:$port:8080" "$NOCDS_IMAGE")
    nocds+=("$(wait_200 "$port" "$t0")")
    podman stop -t 10 "$cid" >/dev/null
  fi

  port=$(free_port); t0=$(now_ms)
  # plain: -Dfake.relaunch=false keeps the jar's Launcher from restarting it with the archive next to it
  java -Dfake.relaunch=false -jar "$jar" --port "$port" >/dev/null 2>&1 & pid=$!
  jar_plain+=("$(wait_200 "$port" "$t0")")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true

  if [[ -f "$jsa" ]]; then
    port=$(free_port); t0=$(now_ms)
    java -XX:SharedArchiveFile="$jsa" -jar "$jar" --port "$port" >/dev/null 2>&1 & pid=$!
    jar_cds+=("$(wait_200 "$port" "$t0")")
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  fi
  echo "run $i: container ${container[-1]} ms${nocds:+, container without AppCDS ${nocds[-1]} ms}, java -jar ${jar_plain[-1]} ms${jar_cds:+, java -jar + AppCDS ${jar_cds[-1]} ms}"
done
echo "median of $runs: container $(printf '%s\n' "${container[@]}" | median) ms," \
  "${nocds:+container without AppCDS $(printf '%s\n' "${nocds[@]}" | median) ms,}" \
  "java -jar $(printf '%s\n' "${jar_plain[@]}" | median) ms${jar_cds:+, java -jar + AppCDS $(printf '%s\n' "${jar_cds[@]}" | median) ms}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
