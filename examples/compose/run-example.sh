#!/usr/bin/env bash
# Runs this compose example as the build's check: podman-compose brings up the fake's image (already loaded into
# podman) and the app, which must finish with status 0; then the stack is removed.
#
#   run-example.sh <fake image>
#
# No registry here: the app's Node image is made on the spot from this machine's node binary and the libraries it
# links against (`podman import` of a root file system), and named by NODE_IMAGE; a user's `docker compose up` takes
# node:20-slim instead. Needs podman, podman-compose, node and npm: without them skipped with a notice, except with
# CI=true, where that is a failure.
set -euo pipefail

image="${1:?usage: run-example.sh <fake image>}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for tool in podman podman-compose node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if [[ "${CI:-}" == "true" ]]; then
      echo "error: compose example: $tool is not installed, and CI=true forbids skipping it (.ci/run installs it)" >&2
      exit 1
    fi
    echo "SKIPPED: compose example: $tool is not installed" >&2
    exit 0
  fi
done

work="$(mktemp -d "${TMPDIR:-/tmp}/fake-wix-compose.XXXXXX")"
project="fake-wix-example-$$"
node_image="localhost/fake-wix-example-node:$$"
cleanup() {
  (cd "$here" && podman-compose -p "$project" down -t 10 >/dev/null 2>&1) || true
  podman rmi -f "$node_image" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The app's Node image: node and its shared libraries, at the paths they have here.
node_bin="$(readlink -f "$(command -v node)")"
mkdir -p "$work/rootfs/usr/bin" "$work/rootfs/tmp"
cp "$node_bin" "$work/rootfs/usr/bin/node"
while read -r lib; do
  mkdir -p "$work/rootfs$(dirname "$lib")"
  cp "$(readlink -f "$lib")" "$work/rootfs$lib"
done < <(ldd "$node_bin" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' | sort -u)
tar -C "$work/rootfs" -cf "$work/node.tar" .
podman import -q "$work/node.tar" "$node_image" >/dev/null

(cd "$here/app" && npm ci --no-audit --no-fund --loglevel=error)

cd "$here"
status=0
FAKE_WIX_IMAGE="$image" NODE_IMAGE="$node_image" podman-compose -p "$project" up --abort-on-container-exit \
  --exit-code-from app >"$work/compose.log" 2>&1 || status=$?
grep -E 'holds [0-9]+ file' "$work/compose.log" || true
if ((status != 0)); then
  echo "error: the compose example failed (exit $status); podman-compose said:" >&2
  tail -n 60 "$work/compose.log" >&2
  exit "$status"
fi
grep -q 'holds 1 file(s)' "$work/compose.log" || {
  echo "error: the compose example's app printed no listing" >&2
  tail -n 60 "$work/compose.log" >&2
  exit 1
}
echo "compose example: the app on the official SDK reached the fake as http://fake:8080 and passed"
