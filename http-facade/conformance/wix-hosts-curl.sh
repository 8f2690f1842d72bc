#!/usr/bin/env bash
# Code written for Wix, as curl commands, against the fake on Wix's own host names: the same calls as
# wix-hosts-requests.py. run-wix-hosts.sh runs it in a network namespace whose hosts file maps Wix's names to the fake,
# with the fake's CA in CURL_CA_BUNDLE (the only thing that differs from calling Wix).
set -euo pipefail

readonly API="https://www.wixapis.com/site-media/v1"
readonly SITE_ID="${WIX_SITE_ID:-00000000-0000-4000-8000-0000000c0a1e}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
checks=0

check() { # check <condition text> <command...>
  local what="$1"
  shift
  if ! "$@"; then
    echo "FAILED after ${checks} checks: ${what}" >&2
    exit 1
  fi
  checks=$((checks + 1))
}

field() { # field <name> <json file>: the first string value of "name"
  grep -o "\"$1\":\"[^\"]*\"" "$2" | head -n 1 | cut -d'"' -f4
}

api() { # api <method> <path> [json]: the answer's body in $work/answer.json, its status printed
  curl -sS -o "$work/answer.json" -w '%{http_code}' -X "$1" "${API}$2" \
    -H "Authorization: curl-api-key" -H "wix-site-id: ${SITE_ID}" -H 'Content-Type: application/json' \
    ${3:+--data "$3"}
}

# a 1x1 PNG
printf '%s' 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==' \
  | base64 -d >"$work/image.png"

check "generate-upload-url answers 200" test "$(api POST /files/generate-upload-url '{"mimeType":"image/png"}')" = 200
upload_url="$(field uploadUrl "$work/answer.json")"
check "an https upload URL on upload.wixmp.com, got ${upload_url}" test "${upload_url#https://upload.wixmp.com/}" != "$upload_url"

status="$(curl -sS -o "$work/put.json" -w '%{http_code}' -X PUT "${upload_url}?filename=curl.png" \
  -H 'Content-Type: image/png' --data-binary @"$work/image.png")"
check "PUT to the upload URL answers 200" test "$status" = 200
file_id="$(field id "$work/put.json")"

check "get-file-by-id answers 200" test "$(api GET "/files/get-file-by-id?fileId=${file_id}")" = 200
file_url="$(field url "$work/answer.json")"
check "file.url on static.wixstatic.com, got ${file_url}" test "${file_url#https://static.wixstatic.com/media/}" != "$file_url"

check "GET file.url answers 200" test "$(curl -sS -o "$work/media.png" -w '%{http_code}' "$file_url")" = 200
check "file.url serves the uploaded bytes" cmp -s "$work/image.png" "$work/media.png"

check "generate-file-download-url answers 200" \
  test "$(api POST /files/generate-file-download-url "{\"fileId\":\"${file_id}\"}")" = 200
download_url="$(field url "$work/answer.json")"
check "download URL on download-files.wixmp.com, got ${download_url}" \
  test "${download_url#https://download-files.wixmp.com/}" != "$download_url"
curl -sS -o "$work/download.png" "$download_url"
check "the download URL serves the bytes" cmp -s "$work/image.png" "$work/download.png"

check "an unknown media URL is 404" \
  test "$(curl -sS -o /dev/null -w '%{http_code}' https://static.wixstatic.com/media/no-such-file.png)" = 404

echo "curl against Wix's host names: ${checks} checks passed"
