#!/usr/bin/env bash
# Stages what Jib adds on top of the base: the standalone jar, at the path and with the file time it has in the image
# (the AppCDS archive made next to it afterwards checks both).
#
#   stage-app.sh <standalone jar> <staging dir> <path in the image, relative to /> <file time, seconds>
set -euo pipefail
jar="$1" stage="$2" target="$3" epoch="$4"
if [[ ! -f "$jar" ]]; then
  echo "error: no standalone jar at $jar: build http-facade first (mvn -pl container-image -am package)" >&2
  exit 1
fi
rm -rf "$stage"
# Jib reads the module's (empty) classes directory: the image holds no classes of this module.
mkdir -p "$(dirname "$stage")/classes"
mkdir -p "$stage/$(dirname "$target")"
cp "$jar" "$stage/$target"
chmod 0644 "$stage/$target"
touch -d "@$epoch" "$stage/$target"
