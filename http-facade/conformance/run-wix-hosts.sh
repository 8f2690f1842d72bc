#!/usr/bin/env bash
# Code written for Wix runs against the fake unchanged: the proof, run by `mvn verify`.
#
#   run-wix-hosts.sh <path-to-standalone-jar>
#
# In a network namespace made for the run (`unshare --net --mount`: only a loopback interface, so nothing can leave
# the machine) with a hosts file bind-mounted over /etc/hosts that maps Wix's host names to 127.0.0.1, it starts
#   java -jar <jar> --port 0 --https-port 443 --wix-hosts --tls-dir <fresh dir>
# and runs, with nothing but the fake's CA in the environment (NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE,
# CURL_CA_BUNDLE):
#   - the official JS SDK as Wix's documentation writes it (no fetch, no host option) through all 27 methods
#     (conformance.test.mjs) and a resumable upload with tus-js-client, downloading file.url byte for byte
#     (resumable-upload.test.mjs), both with FAKE_CLIENT=wix-hosts;
#   - wix-hosts-requests.py with Debian's python3-requests (/usr/bin/python3);
#   - wix-hosts-curl.sh with curl.
# Needs root (for the namespace and the bind mount), unshare and mount (util-linux), ip (iproute2), Node.js 20+ with
# npm, /usr/bin/python3 with requests, and curl. Without them it skips with a notice, except with CI=true, where that
# is a failure (.ci/run installs them).
set -euo pipefail

readonly STARTUP_TIMEOUT_SECONDS=60
readonly SHUTDOWN_TIMEOUT_SECONDS=10
readonly NODE_MAJOR_REQUIRED=20
readonly WIX_NAMES="www.wixapis.com static.wixstatic.com video.wixstatic.com upload.wixmp.com download-files.wixmp.com archive.wixmp.com repackager.wixmp.com"

if [[ $# -lt 1 ]]; then
  echo "usage: $(basename "$0") <path-to-standalone-jar>" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# ---------------------------------------------------------------- inside the namespace

inside() {
  local jar="$1"
  ip link set lo up
  work="$(mktemp -d "${TMPDIR:-/tmp}/fake-wix-hosts.XXXXXX")"
  # only IPv4 localhost: the fake listens on 127.0.0.1
  printf '127.0.0.1 localhost %s\n' "$WIX_NAMES" >"$work/hosts"
  mount --bind "$work/hosts" /etc/hosts
  server_out="$work/stdout"
  server_err="$work/stderr"
  server_pid=""
  stop() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
      kill -TERM "$server_pid" 2>/dev/null || true
      local waited=0
      while kill -0 "$server_pid" 2>/dev/null && (( waited < SHUTDOWN_TIMEOUT_SECONDS * 10 )); do
        sleep 0.1
        waited=$((waited + 1))
      done
      kill -KILL "$server_pid" 2>/dev/null || true
      wait "$server_pid" 2>/dev/null || true
    fi
    umount /etc/hosts 2>/dev/null || true
    rm -rf "$work"
  }
  trap stop EXIT
  echo "inside a network namespace: $(ip -brief link | tr '\n' ' ')"
  echo "/etc/hosts: $(cat /etc/hosts)"
  echo "starting: java -jar $jar --port 0 --https-port 443 --wix-hosts --tls-dir $work/tls"
  java -jar "$jar" --port 0 --https-port 443 --wix-hosts --tls-dir "$work/tls" >"$server_out" 2>"$server_err" &
  server_pid=$!
  local deadline=$((SECONDS + STARTUP_TIMEOUT_SECONDS))
  until grep -q '^HTTPS on ' "$server_out" 2>/dev/null; do
    if ! kill -0 "$server_pid" 2>/dev/null || (( SECONDS >= deadline )); then
      echo "error: the fake did not start (or printed no 'HTTPS on' line within ${STARTUP_TIMEOUT_SECONDS}s)" >&2
      cat "$server_out" "$server_err" >&2
      exit 1
    fi
    sleep 0.2
  done
  cat "$server_out"
  local ca="$work/tls/ca.pem"
  [[ -f "$ca" ]] || { echo "error: no CA certificate at $ca" >&2; exit 1; }

  local status=0
  cd "$here"
  echo "== the official SDK, Wix's sample code unchanged (no fetch, no host), all 27 methods and a tus upload"
  FAKE_CLIENT=wix-hosts FAKE_BASE_URL=https://localhost NODE_EXTRA_CA_CERTS="$ca" \
    node --test --test-reporter=dot --test-reporter-destination=stdout --test-reporter=tap \
    --test-reporter-destination="$work/tap.txt" conformance.test.mjs resumable-upload.test.mjs || status=$?
  { grep -E '^# (tests|pass|fail|skipped|todo) ' "$work/tap.txt" || true; } | tr '\n' ' '
  echo
  echo "== Python requests (Debian's python3-requests)"
  REQUESTS_CA_BUNDLE="$ca" /usr/bin/python3 wix-hosts-requests.py || status=$?
  echo "== curl"
  CURL_CA_BUNDLE="$ca" bash wix-hosts-curl.sh || status=$?
  if (( status != 0 )); then
    echo "---- server stderr (last 100 lines) ----" >&2
    tail -n 100 "$server_err" >&2 || true
  fi
  return "$status"
}

if [[ "$1" == "--inside" ]]; then
  inside "$2"
  exit $?
fi

# ---------------------------------------------------------------- outside: what the run needs

skip_or_fail() {
  if [[ "${CI:-}" == "true" ]]; then
    echo "error: the Wix-host-names run (code written for Wix, unchanged, against the fake): $1, and CI=true forbids skipping it. .ci/run installs what it needs; or pass -Dconformance.skip=true deliberately." >&2
    exit 1
  fi
  echo "SKIPPED: the Wix-host-names run: $1" >&2
  exit 0
}

[[ -f "$1" ]] || { echo "error: no such jar: $1 (build the standalone server jar first)" >&2; exit 2; }
jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
(( EUID == 0 )) || skip_or_fail "it needs root for its network namespace and bind mount (run as root, as CI does)"
for tool in unshare mount ip curl node npm; do
  command -v "$tool" >/dev/null 2>&1 || skip_or_fail "$tool is not installed (util-linux, iproute2, curl, nodejs, npm)"
done
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
(( node_major >= NODE_MAJOR_REQUIRED )) || skip_or_fail "Node.js $(node --version) is older than ${NODE_MAJOR_REQUIRED}"
/usr/bin/python3 -c 'import requests' 2>/dev/null \
  || skip_or_fail "/usr/bin/python3 cannot import requests (Debian's python3-requests)"
if ! unshare --net --mount true 2>/dev/null; then
  skip_or_fail "this machine does not let root make a network namespace (unshare --net --mount failed)"
fi

cd "$here"
# the namespace has no network: install the pinned SDK first (run-conformance.sh has usually done it already)
if [[ ! -d node_modules/@wix/sdk || ! -d node_modules/tus-js-client ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
exec unshare --net --mount --fork bash "$here/$(basename "${BASH_SOURCE[0]}")" --inside "$jar"
