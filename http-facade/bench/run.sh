#!/usr/bin/env bash
# Issue 23's targets, measured on this machine in one run: the fake against a bare Javalin route serving the same
# bytes, with WireMock and MockServer as the peers to beat.
#
#   http-facade/bench/run.sh              # the full run (about 25 minutes)
#   GUARD=1 http-facade/bench/run.sh      # the regression guard: fake vs bare only, short rounds (about 4 minutes)
#
# 1. builds the standalone jar (+ its AppCDS archive) and the bare Javalin reference jar (Maven profile `bench`),
#    fetches WireMock and MockServer from Maven Central (not in GUARD mode), installs wrk and curl if missing;
# 2. seeds a fake with $FILES files in media-root through its API, exports that state (so that every fake starts with
#    `--state`), and saves the fake's answers, which the bare route and the peers then serve byte for byte;
# 3. for each route, starts every server (each as a user would: `java -jar ...`, default JVM flags), warms each up,
#    then measures them with wrk (2 threads, 32 connections) in alternating rounds, and reads each server's RSS
#    after the load:
#      list      GET /site-media/v1/files?parentFolderId=media-root&paging.limit=50 (the fake with --auth off)
#      import    POST /site-media/v1/files/import (a write: every call adds a file to the fake)
#      scenario  the list route on a fake with a scripted scenario active and a webhook subscriber
# 4. start-up: exec of the README's `java -jar` to the first 200, the fake against the bare app, interleaved;
# 5. (full run) heap: a fresh fake at -Xmx256m serves $HEAP_REQUESTS list requests without an error or a full GC.
#
# Prints a table of ratios to the bare route (per round, and of the medians) and writes it to
# http-facade/target/bench/results.md (logs next to it). Only 127.0.0.1 is used; every process started is stopped.
# Knobs (environment): GUARD (0), WARMUP_SECONDS (30), DURATION_SECONDS (10), ROUNDS (5), STARTUP_RUNS (5),
# HEAP_REQUESTS (100000), FILES (50), ROUTES ("list import scenario"), PEERS (1), BEFORE_JAR (a second fake jar
# measured beside, e.g. main's, for before/after in one run); GUARD=1 takes GUARD_WARMUP_SECONDS (8),
# GUARD_DURATION_SECONDS (4), GUARD_ROUNDS (5), GUARD_STARTUP_RUNS (3), no peers and no heap phase;
# WIREMOCK_VERSION, MOCKSERVER_VERSION (the parent POM's wiremock.version, mockserver.version), PORT_BASE (18470),
# SKIP_BUILD=1 (reuse the jars).
set -euo pipefail

GUARD=${GUARD:-0}
[[ "$GUARD" == true ]] && GUARD=1
[[ "$GUARD" == 1 ]] || GUARD=0
if ((GUARD)); then # its own durations, also under Maven (which passes the full run's)
  WARMUP_SECONDS=${GUARD_WARMUP_SECONDS:-8} DURATION_SECONDS=${GUARD_DURATION_SECONDS:-4} ROUNDS=${GUARD_ROUNDS:-5}
  STARTUP_RUNS=${GUARD_STARTUP_RUNS:-3} HEAP_REQUESTS=0 PEERS=0
fi
WARMUP_SECONDS=${WARMUP_SECONDS:-30}
DURATION_SECONDS=${DURATION_SECONDS:-10}
ROUNDS=${ROUNDS:-5}
STARTUP_RUNS=${STARTUP_RUNS:-5}
HEAP_REQUESTS=${HEAP_REQUESTS:-100000}
FILES=${FILES:-50}
ROUTES=${ROUTES:-list import scenario}
PEERS=${PEERS:-1}
BEFORE_JAR=${BEFORE_JAR:-}
PORT_BASE=${PORT_BASE:-18470}
THREADS=2
CONNECTIONS=32
SITE="bench-site"
LIST_PATH="/site-media/v1/files?parentFolderId=media-root&paging.limit=50"
IMPORT_PATH="/site-media/v1/files/import"
IMPORT_BODY='{"url":"https://example.com/photos/bench.jpg","displayName":"bench.jpg","mimeType":"image/jpeg"}'

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
# Versions live in the parent POM's properties only.
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml" | head -n 1; }
WIREMOCK_VERSION=${WIREMOCK_VERSION:-$(pom_property wiremock.version)}
MOCKSERVER_VERSION=${MOCKSERVER_VERSION:-$(pom_property mockserver.version)}
DEPENDENCY_PLUGIN_VERSION=$(pom_property maven-dependency-plugin.version)
target="$module/target"
out="$target/bench"
fake_jar="$target/fake-wix-media-manager-standalone.jar"
fake_jsa="$target/fake-wix-media-manager.jsa"
bare_jar="$target/bare-javalin-bench.jar"
wiremock_jar="$out/lib/wiremock-standalone-$WIREMOCK_VERSION.jar"
mockserver_jar="$out/lib/mockserver-netty-$MOCKSERVER_VERSION-jar-with-dependencies.jar"

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
cleanup() { local pid; for pid in "${started_pids[@]}"; do stop_pid "$pid"; done; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_server NAME PORT COMMAND...: starts it in the background, waits (60 s at most) until the list route answers
# 200, and sets $server_pid.
start_server() {
  local name=$1 port=$2
  shift 2
  port_in_use "$port" && die "port $port is taken (set PORT_BASE to use other ports)"
  "$@" >"$out/$name.log" 2>&1 &
  server_pid=$!
  started_pids+=("$server_pid")
  local deadline=$((SECONDS + 60))
  until curl -sf -o /dev/null -H "Authorization: k" "http://127.0.0.1:$port$LIST_PATH"; do
    kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "$out/$name.log" >&2; die "$name exited before answering"; }
    ((SECONDS < deadline)) || die "$name did not answer within 60 s (see $out/$name.log)"
    sleep 0.1
  done
}

ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
    printf "%.2f", n }'
}

# wrk_run FILE URL SECONDS [extra wrk args]
wrk_run() {
  local file=$1 url=$2 seconds=$3
  shift 3
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s -H "Authorization: k" -H "wix-site-id: $SITE" "$@" \
    "$url" >"$file" 2>&1 || die "wrk failed: $(cat "$file")"
}
wrk_rps() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
wrk_pct() { ms "$(awk -v p="$2%" '$1 == p {print $2}' "$1")"; }
wrk_errors() {
  awk '/Non-2xx or 3xx responses:/ {n += $NF}
       /Socket errors:/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10}
       END {print n + 0}' "$1"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {ok = (op == ">=") ? v >= t : v <= t; print ok ? "met" : "NOT met"}'; }
# RSS of a process and its children, in MB
rss_mb() {
  local total=0 p
  for p in "$1" $(pgrep -P "$1" || true); do total=$((total + $(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0))); done
  echo $((total / 1024))
}

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

fetch() { # fetch GAV-with-classifier DIR
  (cd "$out" && mvn -B -q "org.apache.maven.plugins:maven-dependency-plugin:$DEPENDENCY_PLUGIN_VERSION:copy" \
    -Dartifact="$1" -DoutputDirectory="$2")
}

build() {
  if [[ "${SKIP_BUILD:-}" == 1 ]]; then
    log "SKIP_BUILD=1: reusing the jars in $target"
  else
    log "building the standalone jar, its AppCDS archive and the bare Javalin jar (mvn -Pbench package)"
    (cd "$root" && mvn -B -q -Pbench package -pl http-facade -am -DskipTests)
  fi
  [[ -f "$fake_jar" && -f "$bare_jar" ]] || die "missing $fake_jar or $bare_jar"
  if ((PEERS)); then
    [[ -f "$wiremock_jar" ]] || { log "fetching WireMock $WIREMOCK_VERSION"; fetch "org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" "$out/lib"; }
    [[ -f "$mockserver_jar" ]] || { log "fetching MockServer $MOCKSERVER_VERSION";
      fetch "org.mock-server:mockserver-netty:$MOCKSERVER_VERSION:jar:jar-with-dependencies" "$out/lib"; }
  fi
}

# ------------------------------------------------------------------------------------------------------- fixtures
# One fake seeded through its API; its state and its answers become every other server's input.
fixtures() {
  local port=$PORT_BASE
  log "fixtures: seeding $FILES files into a fake and saving its answers"
  start_server seed "$port" java -jar "$fake_jar" --port "$port" --site-id "$SITE"
  local pid=$server_pid
  java -cp "$bare_jar" dev.fakewix.media.http.bench.LibrarySeeder --base "http://127.0.0.1:$port" --files "$FILES" \
    --save "$LIST_PATH" "$out/list.json" >"$out/seed.log"
  curl -sf "http://127.0.0.1:$port/_fake/sites/$SITE/state" -o "$out/state.json"
  curl -sf -X POST -H "Authorization: k" -H "Content-Type: application/json" -d "$IMPORT_BODY" \
    "http://127.0.0.1:$port$IMPORT_PATH" -o "$out/import.json"
  stop_pid "$pid"
  cat >"$out/post.lua" <<EOF
wrk.method = "POST"
wrk.body = '$IMPORT_BODY'
wrk.headers["Content-Type"] = "application/json"
EOF
  # a listFiles rule that the benchmarked request is matched against but never meets, and a pending import error
  printf '%s\n' '{"errors":[{"operation":"listFiles","match":{"folderId":"no-such-folder"},"status":503},' \
    '{"operation":"importFile","error":"SITE_QUOTA_EXCEEDED","times":1}]}' >"$out/scenario.json"
  mkdir -p "$out/wiremock/mappings" "$out/wiremock/__files"
  printf '{"mappings":[{"request":{"method":"GET","urlPath":"/site-media/v1/files"},"response":{"status":200,"headers":{"Content-Type":"application/json"},"base64Body":"%s"}},{"request":{"method":"POST","urlPath":"%s"},"response":{"status":200,"headers":{"Content-Type":"application/json"},"base64Body":"%s"}}]}\n' \
    "$(base64 -w0 "$out/list.json")" "$IMPORT_PATH" "$(base64 -w0 "$out/import.json")" >"$out/wiremock/mappings/bench.json"
  printf '[{"httpRequest":{"method":"GET","path":"/site-media/v1/files"},"httpResponse":{"statusCode":200,"headers":{"Content-Type":["application/json"]},"body":{"type":"BINARY","base64Bytes":"%s"}}},{"httpRequest":{"method":"POST","path":"%s"},"httpResponse":{"statusCode":200,"headers":{"Content-Type":["application/json"]},"body":{"type":"BINARY","base64Bytes":"%s"}}}]\n' \
    "$(base64 -w0 "$out/list.json")" "$IMPORT_PATH" "$(base64 -w0 "$out/import.json")" >"$out/mockserver.json"
  log "$(cat "$out/seed.log"); list answer $(wc -c <"$out/list.json") bytes, import answer $(wc -c <"$out/import.json") bytes"
}

# ------------------------------------------------------------------------------------------------------ routes
# measure_route ROUTE: starts the servers of the route, warms them up, runs the rounds, reads RSS; sets globals.
measure_route() {
  local route=$1 port=$((PORT_BASE + 1)) name url extra=()
  local -a names=()
  local -A pids=() ports=()
  local fake_args=(--port "$port" --auth off --site-id "$SITE" --state "$out/state.json")
  local receiver_pid=""
  if [[ $route == scenario ]]; then
    start_server receiver $((PORT_BASE + 9)) java -jar "$bare_jar" --port $((PORT_BASE + 9))
    receiver_pid=$server_pid
    fake_args+=(--scenario "$SITE=$out/scenario.json" --webhook "$SITE=http://127.0.0.1:$((PORT_BASE + 9))/hook")
  fi
  log "$route: starting the servers"
  start_server "$route-fake" "$port" java -jar "$fake_jar" "${fake_args[@]}"
  names+=(fake) pids[fake]=$server_pid ports[fake]=$port
  if [[ -n "$BEFORE_JAR" ]]; then
    port=$((port + 1)); fake_args[1]=$port
    start_server "$route-before" "$port" java -jar "$BEFORE_JAR" "${fake_args[@]}"
    names+=(before) pids[before]=$server_pid ports[before]=$port
  fi
  port=$((port + 1))
  start_server "$route-bare" "$port" java -jar "$bare_jar" --port "$port" --body "$out/list.json" --import-body "$out/import.json"
  names+=(bare) pids[bare]=$server_pid ports[bare]=$port
  if ((PEERS)) && [[ $route != scenario ]]; then
    port=$((port + 1))
    start_server "$route-wiremock" "$port" java -jar "$wiremock_jar" --port "$port" --bind-address 127.0.0.1 \
      --root-dir "$out/wiremock" --disable-banner --max-request-journal-entries 1000
    names+=(wiremock) pids[wiremock]=$server_pid ports[wiremock]=$port
    port=$((port + 1))
    # (from $out: MockServer writes its CA certificate into its working directory)
    start_server "$route-mockserver" "$port" env -C "$out" java -Dmockserver.initializationJsonPath="$out/mockserver.json" \
      -Dmockserver.disableLogging=true -Dmockserver.logLevel=WARN -jar "$mockserver_jar" -serverPort "$port"
    names+=(mockserver) pids[mockserver]=$server_pid ports[mockserver]=$port
  fi
  if [[ $route == import ]]; then
    url_path=$IMPORT_PATH extra=(-s "$out/post.lua")
  else
    url_path=$LIST_PATH extra=()
  fi
  for name in "${names[@]}"; do
    [[ $route == import ]] && continue # every server answers its own bytes to a write; the list bytes are checked
    curl -sf -H "Authorization: k" -H "wix-site-id: $SITE" "http://127.0.0.1:${ports[$name]}$LIST_PATH" -o "$out/check.json"
    cmp -s "$out/check.json" "$out/list.json" || die "$name does not answer the same bytes as the fake's ListFiles"
  done
  for name in "${names[@]}"; do
    log "$route: warm-up of $name, ${WARMUP_SECONDS} s"
    wrk_run "$out/$route-warmup-$name.txt" "http://127.0.0.1:${ports[$name]}$url_path" "$WARMUP_SECONDS" "${extra[@]}"
  done
  local round
  for ((round = 1; round <= ROUNDS; round++)); do
    for name in "${names[@]}"; do
      log "$route: round $round/$ROUNDS, $name, ${DURATION_SECONDS} s (load $(cut -d' ' -f1 /proc/loadavg))"
      wrk_run "$out/$route-$name-$round.txt" "http://127.0.0.1:${ports[$name]}$url_path" "$DURATION_SECONDS" --latency "${extra[@]}"
    done
  done
  for name in "${names[@]}"; do
    local rps="" p50="" p99="" errors=0 f ratios="" r
    for ((round = 1; round <= ROUNDS; round++)); do
      f="$out/$route-$name-$round.txt"
      rps+=" $(wrk_rps "$f")" p50+=" $(wrk_pct "$f" 50)" p99+=" $(wrk_pct "$f" 99)"
      errors=$((errors + $(wrk_errors "$f")))
      r=$(ratio "$(wrk_rps "$f")" "$(wrk_rps "$out/$route-bare-$round.txt")")
      ratios+="$r/"
    done
    R_rps[$route.$name]=$(median <<<"$rps") R_p50[$route.$name]=$(median <<<"$p50") R_p99[$route.$name]=$(median <<<"$p99")
    R_err[$route.$name]=$errors R_rounds[$route.$name]=${ratios%/} R_rss[$route.$name]=$(rss_mb "${pids[$name]}")
    # the headline ratio: the median of the per-round ratios (each taken seconds apart, so the machine's other work
    # weighs on both sides alike), steadier on a busy machine than the ratio of the medians
    R_ratio[$route.$name]=$(printf '%.2f' "$(tr '/' ' ' <<<"${ratios%/}" | median)")
    R_names[$route]="${names[*]}"
  done
  for name in "${names[@]}"; do stop_pid "${pids[$name]}"; done
  [[ -z "$receiver_pid" ]] || stop_pid "$receiver_pid"
}

# ------------------------------------------------------------------------------------------------------ start-up
startup() {
  local port=$((PORT_BASE + 8)) run name line
  local timer=(java -cp "$bare_jar" dev.fakewix.media.http.bench.StartupTimer --runs 1 --url "http://127.0.0.1:$port$LIST_PATH"
    --header "Authorization: k" --log "$out/startup-servers.log" --)
  local -A cmd=(
    [fake]="java -jar $fake_jar --port $port"
    [fake_cds]="java -XX:SharedArchiveFile=$fake_jsa -jar $fake_jar --port $port"
    [bare]="java -jar $bare_jar --port $port --body $out/list.json"
  )
  local order=(fake bare)
  [[ -f "$fake_jsa" ]] && order+=(fake_cds)
  local -A times=()
  for ((run = 1; run <= STARTUP_RUNS; run++)); do
    log "start-up, round $run/$STARTUP_RUNS"
    for name in "${order[@]}"; do
      port_in_use "$port" && die "port $port is taken"
      # shellcheck disable=SC2086 # the commands are plain words
      line=$("${timer[@]}" ${cmd[$name]})
      times[$name]+=" $(sed -E 's/.*runs_ms=([0-9]+).*/\1/' <<<"$line")"
    done
  done
  for name in "${order[@]}"; do
    S_med[$name]=$(median <<<"${times[$name]}") S_runs[$name]=$(echo ${times[$name]} | tr ' ' '/')
  done
}

# ---------------------------------------------------------------------------------------------------------- heap
heap() {
  local port=$((PORT_BASE + 7))
  log "heap: a fresh fake at -Xmx256m, $HEAP_REQUESTS list requests"
  start_server heap "$port" java -Xmx256m -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$out/heap-gc.log" \
    -jar "$fake_jar" --port "$port" --auth off --site-id "$SITE" --state "$out/state.json"
  local pid=$server_pid chunk=0 n
  H_requests=0 H_errors=0
  while ((H_requests < HEAP_REQUESTS && chunk < 120)); do
    chunk=$((chunk + 1))
    wrk_run "$out/wrk-heap-$chunk.txt" "http://127.0.0.1:$port$LIST_PATH" 5
    n=$(awk '/requests in/ {print $1}' "$out/wrk-heap-$chunk.txt")
    H_requests=$((H_requests + n)) H_errors=$((H_errors + $(wrk_errors "$out/wrk-heap-$chunk.txt")))
  done
  kill -0 "$pid" 2>/dev/null || die "the fake died under -Xmx256m (see $out/heap.log)"
  jcmd "$pid" GC.run >/dev/null
  H_live=$(jcmd "$pid" GC.heap_info | awk '/ heap +total/ {sub(/K,?/, "", $6); print int($6 / 1024)}')
  H_full=$(grep 'Pause Full' "$out/heap-gc.log" | grep -Evc 'Diagnostic Command|System.gc' || true)
  stop_pid "$pid"
}

# ------------------------------------------------------------------------------------------------------- report
report() {
  local route name
  cat <<EOF
## Results of $(date -u +%Y-%m-%dT%H:%MZ) ($(nproc) cores, load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg))

$java_version; wrk $wrk_version; $( ((PEERS)) && echo "WireMock $WIREMOCK_VERSION, MockServer $MOCKSERVER_VERSION; ")$FILES files in media-root.
wrk -t$THREADS -c$CONNECTIONS; ${WARMUP_SECONDS} s warm-up each, then $ROUNDS alternating rounds of ${DURATION_SECONDS} s; medians over
the rounds; x bare: the median of the per-round ratios to the bare route (each round's in brackets); p99 and RSS x bare:
ratios of the medians. RSS: resident
set after the route's load (default JVM flags). $( ((GUARD)) && echo "GUARD mode: short rounds, for a regression check, not figures.")

| route | server | req/s | x bare (per round) | p50 ms | p99 ms | p99 x bare | RSS MB | RSS x bare | errors |
|---|---|---:|---|---:|---:|---:|---:|---:|---:|
EOF
  for route in $ROUTES; do
    local b=$route.bare
    for name in ${R_names[$route]}; do
      printf '| %s | %s | %s | **%s** (%s) | %s | %s | %s | %s | %s | %s |\n' "$route" "$name" "${R_rps[$route.$name]}" \
        "${R_ratio[$route.$name]}" "${R_rounds[$route.$name]}" "${R_p50[$route.$name]}" \
        "${R_p99[$route.$name]}" "$(ratio "${R_p99[$route.$name]}" "${R_p99[$b]}")" "${R_rss[$route.$name]}" \
        "$(ratio "${R_rss[$route.$name]}" "${R_rss[$b]}")" "${R_err[$route.$name]}"
    done
  done
  cat <<EOF

| target (fake vs the bare route, same run) | route | measured | verdict |
|---|---|---:|---|
EOF
  for route in $ROUTES; do
    local f=$route.fake b=$route.bare r
    r=${R_ratio[$f]}; printf '| req/s >= 0.95x | %s | %sx | %s |\n' "$route" "$r" "$(verdict "$r" ">=" 0.95)"
    r=$(ratio "${R_p99[$f]}" "${R_p99[$b]}"); printf '| p99 <= 1.2x | %s | %sx | %s |\n' "$route" "$r" "$(verdict "$r" "<=" 1.2)"
    r=$(ratio "${R_rss[$f]}" "${R_rss[$b]}"); printf '| RSS after load <= 1.2x | %s | %sx | %s |\n' "$route" "$r" "$(verdict "$r" "<=" 1.2)"
  done
  if ((STARTUP_RUNS > 0)); then
    cat <<EOF

Start-up, exec to the first 200 of the list route ($STARTUP_RUNS interleaved runs each, median):

| server | median ms | runs (ms) |
|---|---:|---|
| fake, \`java -jar fake-wix-media-manager-standalone.jar\` (the README's command) | ${S_med[fake]} | ${S_runs[fake]} |
| bare Javalin, \`java -jar\` | ${S_med[bare]} | ${S_runs[bare]} |
EOF
    [[ -n "${S_med[fake_cds]:-}" ]] && printf '| fake, `java -XX:SharedArchiveFile=...jsa -jar ...` | %s | %s |\n' "${S_med[fake_cds]}" "${S_runs[fake_cds]}"
    printf '\n| target | measured | verdict |\n|---|---:|---|\n| first 200 no later than the bare app | %s vs %s ms (%sx) | %s |\n' \
      "${S_med[fake]}" "${S_med[bare]}" "$(ratio "${S_med[fake]}" "${S_med[bare]}")" "$(verdict "${S_med[fake]}" "<=" "${S_med[bare]}")"
  fi
  if ((HEAP_REQUESTS > 0)); then
    cat <<EOF

Heap: a fresh fake at \`-Xmx256m\` served $H_requests list requests: $H_errors errors, $H_full full GCs, $H_live MB live after a full GC.
EOF
  fi
}

main() {
  mkdir -p "$out"
  ensure_tools
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  java_version=$(java -version 2>&1 | head -n 1)
  wrk_version=$( (wrk -v 2>&1 || true) | awk 'NR == 1 {print $2}')
  declare -gA R_rps=() R_p50=() R_p99=() R_err=() R_rounds=() R_ratio=() R_rss=() R_names=() S_med=() S_runs=()
  local started=$SECONDS route
  build
  fixtures
  for route in $ROUTES; do measure_route "$route"; done
  ((STARTUP_RUNS > 0)) && startup
  ((HEAP_REQUESTS > 0)) && heap
  report | tee "$out/results.md"
  log "done in $((SECONDS - started)) s; results in $out/results.md, logs in $out"
}

main "$@"
