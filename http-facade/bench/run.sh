#!/usr/bin/env bash
# Issue 3's speed targets, measured on this machine in one run (about 8 minutes):
#
#   http-facade/bench/run.sh
#
# 1. builds the standalone jar (+ its AppCDS archive) and the bare Javalin reference jar (Maven profile `bench`),
#    fetches WireMock standalone from Maven Central, installs wrk and curl if missing (apt-get);
# 2. throughput: seeds the fake with 10,000 files through its API, saves its answer to
#    GET /site-media/v1/files?paging.limit=50 and serves the SAME bytes from WireMock (a static stub) and from a bare
#    Javalin route; warms each up, then measures each with wrk (2 threads, 32 connections), in alternating rounds;
# 3. start-up: time from exec of `java ... -jar` to the first 200 of that request, for the fake with and without its
#    AppCDS archive, the bare Javalin app with and without one of its own, and WireMock;
# 4. heap: a fresh fake limited to -Xmx256m serves 100,000 such requests; peak and live heap are read from it.
#
# Prints a table and writes it to http-facade/target/bench/results.md (logs next to it). Only 127.0.0.1 is used.
# Knobs (environment): WARMUP_SECONDS (60), DURATION_SECONDS (12), ROUNDS (5), STARTUP_RUNS (5),
# HEAP_REQUESTS (100000), FILES (10000), WIREMOCK_VERSION (the parent POM's wiremock.version), PORT_BASE (18470),
# SKIP_BUILD=1 (reuse the jars).
set -euo pipefail

WARMUP_SECONDS=${WARMUP_SECONDS:-60}
DURATION_SECONDS=${DURATION_SECONDS:-12}
ROUNDS=${ROUNDS:-5}
STARTUP_RUNS=${STARTUP_RUNS:-5}
HEAP_REQUESTS=${HEAP_REQUESTS:-100000}
FILES=${FILES:-10000}
PORT_BASE=${PORT_BASE:-18470}
THREADS=2
CONNECTIONS=32
API_KEY="bench-key"
REQUEST_PATH="/site-media/v1/files?paging.limit=50"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
# Versions live in the parent POM's properties only.
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml" | head -n 1; }
WIREMOCK_VERSION=${WIREMOCK_VERSION:-$(pom_property wiremock.version)}
DEPENDENCY_PLUGIN_VERSION=$(pom_property maven-dependency-plugin.version)
target="$module/target"
out="$target/bench"
fake_jar="$target/fake-wix-media-manager-standalone.jar"
fake_jsa="$target/fake-wix-media-manager.jsa"
bare_jar="$target/bare-javalin-bench.jar"
wiremock_jar="$out/lib/wiremock-standalone-$WIREMOCK_VERSION.jar"
body="$out/list-files-50.json"

fake_port=$PORT_BASE
bare_port=$((PORT_BASE + 1))
wiremock_port=$((PORT_BASE + 2))
startup_port=$((PORT_BASE + 3))
heap_port=$((PORT_BASE + 4))

started_pids=()

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

stop_pid() {
  local pid=$1 waited=0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && ((waited < 100)); do sleep 0.1; waited=$((waited + 1)); done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local pid
  for pid in "${started_pids[@]}"; do stop_pid "$pid"; done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_server NAME PORT COMMAND...: starts it in the background, waits (60 s at most) for a 200 of the benchmarked
# request, and sets $server_pid.
start_server() {
  local name=$1 port=$2
  shift 2
  port_in_use "$port" && die "port $port is taken (set PORT_BASE to use other ports)"
  "$@" >"$out/$name.log" 2>&1 &
  server_pid=$!
  started_pids+=("$server_pid")
  local deadline=$((SECONDS + 60))
  until curl -sf -o /dev/null -H "Authorization: $API_KEY" "http://127.0.0.1:$port$REQUEST_PATH"; do
    kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "$out/$name.log" >&2; die "$name exited before answering"; }
    ((SECONDS < deadline)) || die "$name did not answer within 60 s (see $out/$name.log)"
    sleep 0.1
  done
}

# ms VALUE: a wrk duration (850.00us, 2.10ms, 1.02s, 1.50m) in milliseconds.
ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
    printf "%.2f", n }'
}

# wrk_run FILE PORT SECONDS [extra wrk args]: one wrk run against the benchmarked request.
wrk_run() {
  local file=$1 port=$2 seconds=$3
  shift 3
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s -H "Authorization: $API_KEY" "$@" \
    "http://127.0.0.1:$port$REQUEST_PATH" >"$file" 2>&1 || die "wrk failed: $(cat "$file")"
}

wrk_rps() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
wrk_pct() { ms "$(awk -v p="$2%" '$1 == p {print $2}' "$1")"; }
wrk_errors() {
  awk '/Non-2xx or 3xx responses:/ {n += $NF}
       /Socket errors:/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10}
       END {print n + 0}' "$1"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {ok = (op == ">=") ? v >= t : v < t; print ok ? "met" : "NOT met"}'; }

# ---------------------------------------------------------------------------------------------------------- tools
ensure_tools() {
  local missing=()
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if ((${#missing[@]})); then
    log "installing ${missing[*]} (apt-get)"
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
      || { $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; }
  fi
  command -v jcmd >/dev/null 2>&1 || die "jcmd (from the JDK) is needed for the heap readings"
}

build() {
  if [[ "${SKIP_BUILD:-}" == 1 ]]; then
    log "SKIP_BUILD=1: reusing the jars in $target"
  else
    log "building the standalone jar, its AppCDS archive and the bare Javalin jar (mvn -Pbench package)"
    (cd "$root" && mvn -B -q -Pbench package -pl http-facade -am)
  fi
  [[ -f "$fake_jar" && -f "$bare_jar" ]] || die "missing $fake_jar or $bare_jar"
  if [[ ! -f "$wiremock_jar" ]]; then
    log "fetching WireMock standalone $WIREMOCK_VERSION from Maven Central"
    (cd "$out" && mvn -B -q "org.apache.maven.plugins:maven-dependency-plugin:$DEPENDENCY_PLUGIN_VERSION:copy" \
      -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" -DoutputDirectory="$out/lib")
  fi
}

# --------------------------------------------------------------------------------------------------- throughput
throughput() {
  log "throughput: starting the fake, seeding $FILES files through its API"
  start_server fake "$fake_port" java -jar "$fake_jar" --port "$fake_port"
  local fake_pid=$server_pid
  java -cp "$bare_jar" dev.fakewix.media.http.bench.LibrarySeeder --base "http://127.0.0.1:$fake_port" \
    --files "$FILES" --save "$REQUEST_PATH" "$body" >"$out/seed.log"
  log "$(cat "$out/seed.log")"

  mkdir -p "$out/wiremock/mappings" "$out/wiremock/__files"
  printf '{"request":{"method":"GET","urlPath":"/site-media/v1/files"},"response":{"status":200,"headers":{"Content-Type":"application/json"},"base64Body":"%s"}}\n' \
    "$(base64 -w0 "$body")" >"$out/wiremock/mappings/list-files-50.json"
  start_server bare "$bare_port" java -jar "$bare_jar" --port "$bare_port" --body "$body"
  local bare_pid=$server_pid
  start_server wiremock "$wiremock_port" java -jar "$wiremock_jar" --port "$wiremock_port" \
    --bind-address 127.0.0.1 --root-dir "$out/wiremock" --disable-banner --max-request-journal-entries 1000
  local wiremock_pid=$server_pid

  local name port
  for name in fake bare wiremock; do
    port="${name}_port"
    curl -sf -H "Authorization: $API_KEY" "http://127.0.0.1:${!port}$REQUEST_PATH" -o "$out/check-$name.json"
    cmp -s "$out/check-$name.json" "$body" || die "$name does not answer the same bytes as the fake's ListFiles"
  done
  log "all three answer the same $(wc -c <"$body") bytes"

  for name in fake bare wiremock; do
    port="${name}_port"
    log "warm-up: $name, ${WARMUP_SECONDS} s"
    wrk_run "$out/warmup-$name.txt" "${!port}" "$WARMUP_SECONDS"
  done
  local round
  for ((round = 1; round <= ROUNDS; round++)); do
    for name in fake bare wiremock; do
      port="${name}_port"
      log "round $round/$ROUNDS: $name, ${DURATION_SECONDS} s"
      wrk_run "$out/wrk-$name-$round.txt" "${!port}" "$DURATION_SECONDS" --latency
    done
  done
  for name in fake bare wiremock; do
    local rps="" p50="" p99="" errors=0 f
    for ((round = 1; round <= ROUNDS; round++)); do
      f="$out/wrk-$name-$round.txt"
      rps+=" $(wrk_rps "$f")"
      p50+=" $(wrk_pct "$f" 50)"
      p99+=" $(wrk_pct "$f" 99)"
      errors=$((errors + $(wrk_errors "$f")))
    done
    printf -v "rps_$name" '%s' "$(median <<<"$rps")"
    printf -v "rounds_$name" '%s' "$(echo $rps | tr ' ' '/')"
    printf -v "p50_$name" '%s' "$(median <<<"$p50")"
    printf -v "p99_$name" '%s' "$(median <<<"$p99")"
    printf -v "errors_$name" '%s' "$errors"
  done
  ratios_wiremock="" ratios_bare=""
  for ((round = 1; round <= ROUNDS; round++)); do
    ratios_wiremock+="$(ratio "$(wrk_rps "$out/wrk-fake-$round.txt")" "$(wrk_rps "$out/wrk-wiremock-$round.txt")") "
    ratios_bare+="$(ratio "$(wrk_rps "$out/wrk-fake-$round.txt")" "$(wrk_rps "$out/wrk-bare-$round.txt")") "
  done
  stop_pid "$fake_pid"
  stop_pid "$bare_pid"
  stop_pid "$wiremock_pid"
}

# ------------------------------------------------------------------------------------------------------ start-up
# A bare Javalin AppCDS archive made the same way as the fake's (a training run that serves a few requests), so that
# the comparison with an archive on both sides is on the table too.
bare_archive() {
  local jsa="$out/bare-javalin.jsa" i
  rm -f "$jsa"
  start_server bare-training "$startup_port" java -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=error \
    -jar "$bare_jar" --port "$startup_port" --body "$body"
  for i in 1 2 3 4 5; do curl -sf -o /dev/null "http://127.0.0.1:$startup_port$REQUEST_PATH"; done
  stop_pid "$server_pid"
  [[ -f "$jsa" ]] || die "no AppCDS archive for the bare app (see $out/bare-training.log)"
}

startup() {
  [[ -f "$fake_jsa" ]] || die "no $fake_jsa: the build makes it (see $fake_jsa.log)"
  bare_archive
  local url="http://127.0.0.1:$startup_port$REQUEST_PATH" run name
  local timer=(java -cp "$bare_jar" dev.fakewix.media.http.bench.StartupTimer --runs 1 --url "$url"
    --header "Authorization: $API_KEY" --log "$out/startup-servers.log" --)
  local -A cmd=(
    [fake]="java -jar $fake_jar --port $startup_port"
    [fake_cds]="java -XX:SharedArchiveFile=$fake_jsa -jar $fake_jar --port $startup_port"
    [bare]="java -jar $bare_jar --port $startup_port --body $body"
    [bare_cds]="java -XX:SharedArchiveFile=$out/bare-javalin.jsa -jar $bare_jar --port $startup_port --body $body"
    [wiremock]="java -jar $wiremock_jar --port $startup_port --bind-address 127.0.0.1 --root-dir $out/wiremock --disable-banner"
  )
  local -A times=()
  for ((run = 1; run <= STARTUP_RUNS; run++)); do
    log "start-up, round $run/$STARTUP_RUNS"
    for name in fake fake_cds bare bare_cds wiremock; do # interleaved: background load hits all alike
      port_in_use "$startup_port" && die "port $startup_port is taken"
      # shellcheck disable=SC2086 # the commands are plain words
      local line
      line=$("${timer[@]}" ${cmd[$name]})
      times[$name]+=" $(sed -E 's/.*runs_ms=([0-9]+).*/\1/' <<<"$line")"
    done
  done
  for name in fake fake_cds bare bare_cds wiremock; do
    printf -v "start_$name" '%s' "$(median <<<"${times[$name]}")"
    printf -v "start_runs_$name" '%s' "$(echo ${times[$name]} | tr ' ' '/')"
  done
}

# ---------------------------------------------------------------------------------------------------------- heap
heap() {
  log "heap: a fresh fake with -Xmx256m, $FILES files, $HEAP_REQUESTS requests"
  start_server heap "$heap_port" java -Xmx256m -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$out/heap-gc.log" \
    -jar "$fake_jar" --port "$heap_port"
  local heap_pid=$server_pid
  java -cp "$bare_jar" dev.fakewix.media.http.bench.LibrarySeeder --base "http://127.0.0.1:$heap_port" \
    --files "$FILES" >/dev/null
  # wrk has no request count: 5-second runs until at least HEAP_REQUESTS answers (at most 120 runs).
  local chunk=0 n
  heap_requests=0
  heap_errors=0
  while ((heap_requests < HEAP_REQUESTS && chunk < 120)); do
    chunk=$((chunk + 1))
    wrk_run "$out/wrk-heap-$chunk.txt" "$heap_port" 5
    n=$(awk '/requests in/ {print $1}' "$out/wrk-heap-$chunk.txt")
    heap_requests=$((heap_requests + n))
    heap_errors=$((heap_errors + $(wrk_errors "$out/wrk-heap-$chunk.txt")))
  done
  kill -0 "$heap_pid" 2>/dev/null || die "the fake died under -Xmx256m (see $out/heap.log)"
  heap_journal=$(curl -sf "http://127.0.0.1:$heap_port/_fake/journal/count" | grep -Eo '[0-9]+')
  heap_used_before=$(jcmd "$heap_pid" GC.heap_info | awk '/ heap +total/ {sub(/K,?/, "", $6); print int($6 / 1024)}')
  jcmd "$heap_pid" GC.run >/dev/null
  heap_live=$(jcmd "$heap_pid" GC.heap_info | awk '/ heap +total/ {sub(/K,?/, "", $6); print int($6 / 1024)}')
  # "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 150M->31M(256M) 2.1ms": the largest left-hand side.
  heap_peak=$(grep -Eo '[0-9]+M->[0-9]+M\([0-9]+M\)' "$out/heap-gc.log" | awk -F'M' '{if ($1 > m) m = $1} END {print m + 0}')
  heap_full_gcs=$(grep 'Pause Full' "$out/heap-gc.log" | grep -Evc 'Diagnostic Command|System.gc' || true)
  heap_committed=$(grep -Eo '[0-9]+M->[0-9]+M\([0-9]+M\)' "$out/heap-gc.log" | sed -E 's/.*\(([0-9]+)M\)/\1/' | sort -n | tail -1)
  stop_pid "$heap_pid"
}

# ------------------------------------------------------------------------------------------------------- report
report() {
  local r_wm r_bare r_wm_bare
  r_wm=$(ratio "$rps_fake" "$rps_wiremock")
  r_bare=$(ratio "$rps_fake" "$rps_bare")
  r_wm_bare=$(ratio "$rps_wiremock" "$rps_bare")
  cat <<EOF
## Results of $(date -u +%Y-%m-%dT%H:%MZ) ($(nproc) cores, load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg))

$java_version; wrk $wrk_version; WireMock $WIREMOCK_VERSION. $FILES files in the fake; every server answers
\`GET $REQUEST_PATH\` with the same $(wc -c <"$body") bytes. wrk -t$THREADS -c$CONNECTIONS, ${WARMUP_SECONDS} s warm-up each,
then $ROUNDS alternating rounds of ${DURATION_SECONDS} s; figures are medians over the rounds.

| server | req/s (median) | rounds | p50 latency | p99 latency | errors |
|---|---:|---|---:|---:|---:|
| fake (standalone jar) | $rps_fake | $rounds_fake | $p50_fake ms | $p99_fake ms | $errors_fake |
| WireMock $WIREMOCK_VERSION, static stub | $rps_wiremock | $rounds_wiremock | $p50_wiremock ms | $p99_wiremock ms | $errors_wiremock |
| bare Javalin 7 route | $rps_bare | $rounds_bare | $p50_bare ms | $p99_bare ms | $errors_bare |

| target | measured (medians) | per round | verdict |
|---|---:|---|---|
| fake >= 2x WireMock's req/s | ${r_wm}x | $(echo $ratios_wiremock | tr ' ' '/') | $(verdict "$r_wm" ">=" 2) |
| fake >= 0.5x the bare route's req/s | ${r_bare}x | $(echo $ratios_bare | tr ' ' '/') | $(verdict "$r_bare" ">=" 0.5) |
| (WireMock vs the bare route, for reference) | ${r_wm_bare}x | | |

Start-up, exec of \`java ... -jar\` to the first 200 of that request ($STARTUP_RUNS interleaved runs each, median):

| server | median | runs (ms) |
|---|---:|---|
| fake, \`java -XX:SharedArchiveFile=target/fake-wix-media-manager.jsa -jar\` | $start_fake_cds ms | $start_runs_fake_cds |
| fake, \`java -jar\` | $start_fake ms | $start_runs_fake |
| bare Javalin, \`java -jar\` | $start_bare ms | $start_runs_bare |
| bare Javalin with an AppCDS archive of its own | $start_bare_cds ms | $start_runs_bare_cds |
| WireMock, \`java -jar\` | $start_wiremock ms | $start_runs_wiremock |

| target | measured | verdict |
|---|---:|---|
| fake (with its AppCDS archive) starts faster than the bare app (\`java -jar\`) | $start_fake_cds vs $start_bare ms | $(verdict "$start_fake_cds" "<" "$start_bare") |
| ... and far below WireMock | $start_fake_cds vs $start_wiremock ms ($(ratio "$start_fake_cds" "$start_wiremock")x) | $(verdict "$start_fake_cds" "<" "$(awk -v w="$start_wiremock" 'BEGIN {print w / 2}')") (< half) |
| (fake vs the bare app, both with an AppCDS archive) | $start_fake_cds vs $start_bare_cds ms | $(verdict "$start_fake_cds" "<" "$start_bare_cds") |

Heap: a fresh fake with \`-Xmx256m\`, $FILES files, then $heap_requests ListFiles requests ($heap_errors errors):

| reading | MB |
|---|---:|
| peak heap in use (largest before-GC size in the GC log) | $heap_peak |
| largest heap the JVM committed | $heap_committed |
| in use after the run, before a GC | $heap_used_before |
| live after a full GC (10,000 files, caches, journal of $heap_journal entries) | $heap_live |
| full GCs during the run (besides the one asked for above) | $heap_full_gcs |

| target | measured | verdict |
|---|---:|---|
| heap under 256 MB over $heap_requests requests | served all under -Xmx256m, $heap_errors errors, $heap_full_gcs full GCs; $heap_live MB live | $( ((heap_errors == 0 && heap_full_gcs == 0)) && echo met || echo "NOT met") |
EOF
}

main() {
  mkdir -p "$out"
  ensure_tools
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  java_version=$(java -version 2>&1 | head -n 1)
  wrk_version=$( (wrk -v 2>&1 || true) | awk 'NR == 1 {print $2}')
  local started=$SECONDS
  build
  throughput
  startup
  heap
  report | tee "$out/results.md"
  log "done in $((SECONDS - started)) s; results in $out/results.md, logs in $out"
}

main "$@"
