#!/usr/bin/env bash
# Loads the image tarball into podman and checks it as a user runs it:
#   - the official SDK's conformance run (http-facade/conformance, every *.test.mjs) against the container;
#   - a container whose port is published on 127.0.0.1 only, reached there (never at the container network's own
#     address): health route, an API call, settings from FAKE_WIX_* variables, the non-root user, the AppCDS archive
#     in use, the image's health check, the OCI labels, and SIGTERM stopping it cleanly (exit 143, not killed);
#   - the /data volume: a write acknowledged by a container killed with SIGKILL is in the next one on the same volume;
#   - a bad variable and a bad argument: one line, exit status 2.
#
#   check-image.sh <image tar> <image name>
#
# Needs podman (with runc and the containers.conf of .ci/run). Without it the checks are skipped with a notice, except
# with CI=true, where that is a failure. IMAGE_MAX_MB (default 90) is the size the image must stay under.
set -euo pipefail

tar_file="$1"
image="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
conformance="$here/../../../http-facade/conformance/run-conformance.sh"
max_mb="${IMAGE_MAX_MB:-90}"
prefix="fake-wix-image-check-$$"

if ! command -v podman >/dev/null 2>&1; then
  if [[ "${CI:-}" == "true" ]]; then
    echo "error: container image checks: podman is not installed, and CI=true forbids skipping them. .ci/run installs" \
      "and configures it; or pass -Dimage.checks.skip=true deliberately." >&2
    exit 1
  fi
  echo "SKIPPED: container image checks: podman is not installed (run .ci/run, or see README \"Container image\")" >&2
  exit 0
fi

failures=0
check() { # <description> <command...>: runs the command, reports, counts failures
  local what="$1"
  shift
  if "$@"; then
    echo "ok: $what"
  else
    echo "FAILED: $what" >&2
    failures=$((failures + 1))
  fi
}
cleanup() {
  local ids
  ids="$(podman ps -aq --filter "name=^$prefix" 2>/dev/null || true)"
  if [[ -n "$ids" ]]; then
    # shellcheck disable=SC2086
    podman rm -f $ids >/dev/null 2>&1 || true
  fi
  podman volume rm -f "$prefix-data" >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "loading $tar_file"
podman load -q -i "$tar_file" >/dev/null
size=$(podman image inspect --format '{{.Size}}' "$image")
echo "image $image: $((size / 1000000)) MB uncompressed ($size bytes), digest $(podman image inspect --format '{{.Digest}}' "$image")"
check "the image is under ${max_mb} MB" test "$size" -le $((max_mb * 1000000))

# 1. The official SDK against the container. Host networking: the webhook test's receiver listens on the host's
#    127.0.0.1, and the fake delivers webhooks to loopback receivers only; the fake itself listens on 127.0.0.1 there.
check "official-SDK conformance run against the container" bash "$conformance" --command \
  podman run --rm --name "$prefix-sdk" --network host --no-healthcheck \
  -e FAKE_WIX_HOST=127.0.0.1 -e FAKE_WIX_PORT=0 "$image"

# 2. A container as users run one: its port published on 127.0.0.1 only.
site="00000000-0000-4000-8000-00000000c0de"
podman run -d --name "$prefix-run" -p 127.0.0.1::8080 -e FAKE_WIX_SITE_ID="$site" -e FAKE_WIX_JOURNAL_CAPACITY=7 \
  -e JAVA_TOOL_OPTIONS=-Xshare:on "$image" >/dev/null 2>"/tmp/$prefix-run.err" || {
  cat "/tmp/$prefix-run.err" >&2
  exit 1
}
rm -f "/tmp/$prefix-run.err"
published="$(podman port "$prefix-run" 8080/tcp | head -n 1)"
check "the port is published on 127.0.0.1 only (podman port: $published)" test "${published%:*}" = "127.0.0.1"
base="http://$published"
ready=""
for _ in $(seq 1 300); do
  if curl -sf -o /dev/null --max-time 2 "$base/_fake/health"; then
    ready=yes
    break
  fi
  sleep 0.1
done
if [[ -z "$ready" ]]; then
  echo "error: the container did not answer $base/_fake/health within 30 s" >&2
  podman logs "$prefix-run" >&2 || true
  exit 1
fi
check "GET /_fake/health is 200 {\"status\":\"UP\"}" test "$(curl -s "$base/_fake/health")" = '{"status":"UP"}'
check "an API call answers through the published port" test \
  "$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: key' "$base/site-media/v1/files")" = 200
check "FAKE_WIX_SITE_ID set the default site" grep -q "\"defaultSiteId\":\"$site\"" <(curl -s "$base/_fake/sites")
check "the API call is in the journal, the health calls are not" test \
  "$(curl -s "$base/_fake/journal/count")" = '{"count":1}'
check "the server runs as the non-root user 10001" test "$(podman top "$prefix-run" huser | tail -n 1 | tr -d ' ')" = 10001
check "the AppCDS archive is in use (-Xshare:on would stop a JVM that cannot map it)" test \
  "$(podman inspect --format '{{.State.Running}}' "$prefix-run")" = true
check "the image's health check passes" podman healthcheck run "$prefix-run"
check "OCI labels: version, source, licence" test "$(podman image inspect --format \
  '{{index .Labels "org.opencontainers.image.licenses"}} {{index .Labels "org.opencontainers.image.source"}}' "$image")" \
  = "Apache-2.0 https://github.com/fakewix/fake-wix-media-manager"
started=$SECONDS
podman stop -t 30 "$prefix-run" >/dev/null
status="$(podman inspect --format '{{.State.ExitCode}}' "$prefix-run")"
check "SIGTERM stops it cleanly: exit 143 (not 137, killed) in $((SECONDS - started)) s" test "$status" = 143

# 3. The image's /data volume keeps the state across containers (podman run -v, FAKE_WIX_DATA_DIR=/data): a write
#    acknowledged by one container killed with SIGKILL is there in the next one on the same volume.
volume="$prefix-data"
podman volume create "$volume" >/dev/null
run_on_volume() { # <name>: starts a container on the volume, prints its base URL once it answers
  podman run -d --name "$1" -p 127.0.0.1::8080 -v "$volume:/data" -e FAKE_WIX_DATA_DIR=/data "$image" >/dev/null
  local url="http://$(podman port "$1" 8080/tcp | head -n 1)"
  for _ in $(seq 1 300); do
    if curl -sf -o /dev/null --max-time 2 "$url/_fake/health"; then
      echo "$url"
      return 0
    fi
    sleep 0.1
  done
  podman logs "$1" >&2 || true
  return 1
}
first="$(run_on_volume "$prefix-data-1")"
imported="$(curl -s -H 'Authorization: key' -H 'Content-Type: application/json' \
  -d '{"url":"https://example.com/kept.jpg","displayName":"kept.jpg"}' "$first/site-media/v1/files/import")"
check "a write to a container with --data-dir /data is acknowledged" grep -q '"displayName":"kept.jpg"' <<<"$imported"
podman kill -s KILL "$prefix-data-1" >/dev/null
second="$(run_on_volume "$prefix-data-2")"
check "the next container on the same volume has it after a kill -9" \
  grep -q '"displayName":"kept.jpg"' <(curl -s -H 'Authorization: key' "$second/site-media/v1/files")
podman rm -f "$prefix-data-1" "$prefix-data-2" >/dev/null
podman volume rm -f "$volume" >/dev/null

# 4. Bad input: one line, exit status 2.
bad() { # <expected start of the line> <podman run arguments...>
  local expected="$1" out status=0
  shift
  out="$(podman run --rm --no-healthcheck "$@" 2>&1 >/dev/null)" || status=$?
  test "$status" = 2 && test "$(wc -l <<<"$out")" = 1 && [[ "$out" == "$expected"* ]]
}
check "a bad variable is one line and exit status 2" \
  bad "error: environment variable FAKE_WIX_READINESS: " -e FAKE_WIX_READINESS=soon "$image"
check "a bad argument is one line and exit status 2" bad "error: unknown option --colour" "$image" --colour

if ((failures > 0)); then
  echo "container image checks: $failures failed" >&2
  exit 1
fi
echo "container image checks: all passed"
