#!/usr/bin/env bash
# Runs the official-SDK conformance test against the standalone fake server.
#
#   run-conformance.sh <path-to-standalone-jar>
#   run-conformance.sh --command <command> [<argument>...]
#
# Starts `java -jar <jar> --port 0` (or the command, which must start the fake on a free port and print the same
# line: the container image's checks run `podman run ... <image>`; with a command the HTTPS pass below is left out,
# the image's checks cover their own ports), waits (at most 180 s: a JVM on 2 cores shared
# with other builds) for its
# "Fake Wix Media Manager listening on http://127.0.0.1:<port>" line, installs the pinned
# SDK with `npm ci`, runs `node --test` on every *.test.mjs with FAKE_BASE_URL set and stops the
# server with SIGTERM. Then it starts the jar again with an HTTPS port (--https-port 0 --tls-dir <fresh dir>) and
# runs the API flow and the resumable upload once more with the SDK's own host option
# (FAKE_CLIENT=api-base-url: createClient({host: {apiBaseUrl}}), the fake's CA in NODE_EXTRA_CA_CERTS; see
# client.mjs). It exits with the test runs' status. (run-wix-hosts.sh runs Wix's sample code unchanged.)
# FAKE_API_KEY and FAKE_SITE_ID are passed through to the test when set.
# With WIX_API_KEY and WIX_SITE_ID both set, the same SDK then also runs against the real Wix API (real-api.mjs: in a
# folder of its own, deleted for good afterwards); without them that run is skipped, and the script says so.
set -euo pipefail

readonly STARTUP_TIMEOUT_SECONDS=180
readonly SHUTDOWN_TIMEOUT_SECONDS=10

server_command=()
if [[ $# -ge 2 && "$1" == "--command" ]]; then
  shift
  server_command=("$@")
elif [[ $# -eq 1 ]]; then
  if [[ ! -f "$1" ]]; then
    echo "error: no such jar: $1 (build the standalone server jar first)" >&2
    exit 2
  fi
else
  echo "usage: $(basename "$0") <path-to-standalone-jar> | --command <command> [<argument>...]" >&2
  exit 2
fi

# The one Node version everything states (package.json "engines", README, .ci/run).
readonly NODE_MAJOR_REQUIRED=20

# Locally, a machine without Node (or with an older one) skips the run with a notice; in CI (CI=true, as GitHub
# Actions, GitLab and most CI services set it) that is a failure, so a pipeline cannot go green without the SDK run.
missing_node() {
  if [[ "${CI:-}" == "true" ]]; then
    echo "error: official-SDK conformance run: $1, and CI=true forbids skipping it. Install Node.js ${NODE_MAJOR_REQUIRED}+ and npm (.ci/run does), or pass -Dconformance.skip=true deliberately." >&2
    exit 1
  fi
  echo "SKIPPED: official-SDK conformance run: $1 (install Node.js ${NODE_MAJOR_REQUIRED}+ and npm, or run .ci/run)" >&2
  exit 0
}
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing_node "Node.js ${NODE_MAJOR_REQUIRED}+ and npm are not installed"
fi
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if (( node_major < NODE_MAJOR_REQUIRED )); then
  missing_node "Node.js $(node --version 2>/dev/null) is older than ${NODE_MAJOR_REQUIRED}"
fi

if (( ${#server_command[@]} == 0 )); then
  jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
server_out="$(mktemp "${TMPDIR:-/tmp}/fake-wix-media-stdout.XXXXXX")"
server_err="$(mktemp "${TMPDIR:-/tmp}/fake-wix-media-stderr.XXXXXX")"
server_pid=""

show_server_logs() {
  echo "---- server stdout (last 100 lines) ----" >&2
  tail -n 100 "$server_out" >&2 || true
  echo "---- server stderr (last 100 lines) ----" >&2
  tail -n 100 "$server_err" >&2 || true
}

stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    local waited=0
    while kill -0 "$server_pid" 2>/dev/null && (( waited < SHUTDOWN_TIMEOUT_SECONDS * 10 )); do
      sleep 0.1
      waited=$((waited + 1))
    done
    if kill -0 "$server_pid" 2>/dev/null; then
      echo "server did not stop within ${SHUTDOWN_TIMEOUT_SECONDS}s of SIGTERM; sending SIGKILL" >&2
      kill -KILL "$server_pid" 2>/dev/null || true
    fi
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -f "$server_out" "$server_err"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start_server <option>...: starts the jar with --port 0 and the options, waits for its "listening on" line and sets
# base_url (and https_url and ca_file when it has an HTTPS port)
start_server() {
  local command=("${server_command[@]}")
  if (( ${#command[@]} == 0 )); then
    command=(java -jar "$jar" --port 0)
  fi
  echo "starting: ${command[*]} $*"
  "${command[@]}" "$@" >"$server_out" 2>"$server_err" &
  server_pid=$!
  base_url=""
  local deadline=$((SECONDS + STARTUP_TIMEOUT_SECONDS)) line=""
  while [[ -z "$base_url" ]]; do
    line="$(grep -m 1 'listening on http://' "$server_out" || true)"
    if [[ -n "$line" ]]; then
      base_url="$(grep -Eo 'http://[^[:space:]/]+' <<<"$line" | head -n 1)"
      break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "error: the server exited before it was listening" >&2
      show_server_logs
      exit 1
    fi
    if (( SECONDS >= deadline )); then
      echo "error: no 'listening on http://...' line from the server within ${STARTUP_TIMEOUT_SECONDS}s" >&2
      show_server_logs
      exit 1
    fi
    sleep 0.2
  done
  if [[ ! "$base_url" =~ ^http://[^[:space:]]+:[0-9]+$ ]]; then
    echo "error: could not read host:port from the server's line: $line" >&2
    exit 1
  fi
  # the HTTPS line follows the first one: "HTTPS on https://HOST:PORT; CA certificate: FILE (...)"
  https_url="$(grep -m 1 '^HTTPS on ' "$server_out" | grep -Eo 'https://[^[:space:];/]+' || true)"
  ca_file="$(grep -m 1 '^HTTPS on ' "$server_out" | sed -E 's/.*CA certificate: ([^ ]+) .*/\1/' || true)"
  echo "server listening on $base_url${https_url:+ and $https_url} (pid $server_pid)"
}

start_server

cd "$here"
npm ci --no-audit --no-fund --loglevel=error

status=0
# The dot reporter: one character per test and the details of any failure, instead of ~350 lines of TAP.
# Every *.test.mjs: the API conformance flow, the webhooks as the SDK receives them, and whatever comes next.
FAKE_BASE_URL="$base_url" node --test --test-reporter=dot ./*.test.mjs || status=$?
if (( status != 0 )); then
  show_server_logs
fi

# The SDK's own option for another API host, createClient({host: {apiBaseUrl}}), against the HTTPS port, the fake's CA
# trusted through NODE_EXTRA_CA_CERTS: the way the README recommends. (Not with --command: see the top.)
if (( ${#server_command[@]} > 0 )); then
  exit "$status"
fi
stop_server
tls_dir="$(mktemp -d "${TMPDIR:-/tmp}/fake-wix-media-tls.XXXXXX")"
trap 'stop_server; rm -rf "$tls_dir"' EXIT
start_server --https-port 0 --tls-dir "$tls_dir"
if [[ -z "$https_url" || ! -f "$ca_file" ]]; then
  echo "error: no 'HTTPS on https://...; CA certificate: FILE' line, or no such file: ${ca_file:-none}" >&2
  show_server_logs
  exit 1
fi
FAKE_CLIENT=api-base-url FAKE_API_HOST="${https_url#https://}" FAKE_BASE_URL="$https_url" NODE_EXTRA_CA_CERTS="$ca_file" \
  node --test --test-reporter=dot conformance.test.mjs resumable-upload.test.mjs || { status=$?; show_server_logs; }

if [[ -n "${WIX_API_KEY:-}" && -n "${WIX_SITE_ID:-}" ]]; then
  node --test real-api.mjs || status=$?
else
  echo "SKIPPED: official SDK against the real Wix API: WIX_API_KEY and WIX_SITE_ID are not both set"
fi
exit "$status"
