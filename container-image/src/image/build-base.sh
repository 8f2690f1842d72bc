#!/usr/bin/env bash
# Builds the image's base, with no daemon and no registry: a Java runtime made by jlink (only the modules the server
# needs), the shared libraries that runtime links against (copied from this machine: glibc, libstdc++, libgcc, zlib),
# a non-root user, /tmp and the /data volume. Writes it as a `docker save` archive that Jib reads as a tar:// base, and
# the runtime as a plain directory that the AppCDS step runs (the archive must be made by the very JVM of the image).
#
#   build-base.sh <out dir>
#
# Read from the environment (the pom sets them): JAVA_HOME (whose jmods jlink uses), IMAGE_MODULES (comma-separated),
# IMAGE_USER_ID, IMAGE_HEALTHCHECK (the health check's command as a JSON array), IMAGE_SOURCE_EPOCH (the time every file
# carries, seconds), and JLINK / STRIP (tool paths; default: the JDK's jlink and `strip` on PATH).
#
# Reproducible: the same JDK, libraries and inputs give the same bytes (fixed file times, owners and modes, sorted tar
# entries, no host names or dates in the config). Only the architecture of this machine can be built: a jlink runtime
# and the libraries it needs are per architecture (see README "Container image").
set -euo pipefail

out="${1:?usage: build-base.sh <out dir>}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${JAVA_HOME:?JAVA_HOME must name the JDK whose jmods jlink uses}"
: "${IMAGE_MODULES:?}" "${IMAGE_USER_ID:?}" "${IMAGE_HEALTHCHECK:?}" "${IMAGE_SOURCE_EPOCH:?}"
jlink="${JLINK:-$JAVA_HOME/bin/jlink}"
strip_tool="${STRIP:-strip}"

fail() {
  echo "error: container image base: $*" >&2
  exit 1
}
[[ -d "$JAVA_HOME/jmods" ]] || fail "$JAVA_HOME has no jmods/ (jlink needs them: on Debian/Ubuntu they come with openjdk-17-jdk-headless; a JRE-only or some distribution JDKs lack them)"
command -v "$strip_tool" >/dev/null || fail "'$strip_tool' not found (binutils): it strips the runtime's native libraries"
command -v ldd >/dev/null || fail "ldd not found: it lists the shared libraries the runtime needs"

rm -rf "$out"
root="$out/rootfs"
users="$out/userfs"
mkdir -p "$root/opt" "$users"

# 1. The runtime: only the server's modules (jdeps on the standalone jar, plus what it loads by name: the EC
#    crypto provider for TLS, jdk.unsupported for libraries that probe sun.misc.Unsafe); no debug data, no man pages.
"$jlink" --module-path "$JAVA_HOME/jmods" --add-modules "$IMAGE_MODULES" --output "$root/opt/java" \
  --strip-debug --no-man-pages --no-header-files --compress=2 --dedup-legal-notices=error-if-not-same-content
# The JVM's own symbol table is only for debuggers: a quarter of libjvm.so.
find "$root/opt/java" -name '*.so' -exec "$strip_tool" --strip-unneeded {} +

# 2. The shared libraries, at the paths the dynamic loader looks in, and their licences.
mkdir -p "$root/usr/share/doc"
declare -A copied=()
while read -r lib; do
  [[ -n "$lib" && -z "${copied[$lib]:-}" ]] || continue
  # the runtime's own libraries (libjava.so finds libjvm.so through $ORIGIN) are in place already: copying them again
  # would put this build directory's path into the image
  [[ "$lib" != "$root"/* ]] || continue
  copied[$lib]=1
  real="$(readlink -f "$lib")"
  mkdir -p "$root$(dirname "$lib")"
  cp "$real" "$root$lib"
  # dpkg knows a library by the path its package installed (/lib/...), which on a merged-/usr system is not the real
  # one (/usr/lib/...)
  package="$( (dpkg -S "$lib" 2>/dev/null || dpkg -S "$real" 2>/dev/null) | head -n 1 | cut -d: -f1 || true)"
  if [[ -n "$package" && -f "/usr/share/doc/$package/copyright" ]]; then
    mkdir -p "$root/usr/share/doc/$package"
    cp "/usr/share/doc/$package/copyright" "$root/usr/share/doc/$package/copyright"
  fi
done < <(find "$root/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -exec ldd {} \; 2>/dev/null \
  | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' | sort -u)
[[ -n "${copied[*]:-}" ]] || fail "ldd found no shared library for the runtime"

# 3. The user (by number too, so that `--user 10001` and Kubernetes' runAsNonRoot agree), name lookups, /tmp.
mkdir -p "$root/etc" "$root/tmp" "$root/app"
cp "$here/etc/passwd" "$here/etc/group" "$here/etc/nsswitch.conf" "$root/etc/"
mkdir -p "$users/data" "$users/home/fake"

# Modes from what a file is, not from this machine's umask.
normalise() {
  find "$1" -type d -exec chmod 0755 {} +
  find "$1" -type f -perm -u+x -exec chmod 0755 {} +
  find "$1" -type f ! -perm -u+x -exec chmod 0644 {} +
}
normalise "$root"
normalise "$users"
chmod 1777 "$root/tmp"

# 4. Two layers (root's files; the user's writable directories), as reproducible tars.
layer() { # <dir> <tar> <owner id>: entries named without "./", as `docker save` writes them
  local entries
  mapfile -t entries < <(ls -A "$1" | LC_ALL=C sort)
  LC_ALL=C tar --sort=name --format=posix --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
    --mtime="@$IMAGE_SOURCE_EPOCH" --owner="$3" --group="$3" --numeric-owner -C "$1" -cf "$2" "${entries[@]}"
}
archive="$out/archive"
mkdir -p "$archive"
layer "$root" "$archive/runtime.tar" 0
layer "$users" "$archive/user.tar" "$IMAGE_USER_ID"

arch="$(uname -m)"
case "$arch" in
  x86_64) arch=amd64 ;;
  aarch64) arch=arm64 ;;
esac
sha() { sha256sum "$1" | cut -d' ' -f1; }
# The Docker image config: Jib keeps the base's environment and health check (Jib itself cannot declare one).
cat >"$archive/config.json" <<EOF
{"architecture":"$arch","os":"linux","config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java"],"Healthcheck":{"Test":$IMAGE_HEALTHCHECK,"Interval":10000000000,"Timeout":5000000000,"StartPeriod":30000000000,"Retries":3}},"rootfs":{"type":"layers","diff_ids":["sha256:$(sha "$archive/runtime.tar")","sha256:$(sha "$archive/user.tar")"]}}
EOF
cat >"$archive/manifest.json" <<EOF
[{"Config":"config.json","RepoTags":["fake-wix-media-manager-base:local"],"Layers":["runtime.tar","user.tar"]}]
EOF
layer "$archive" "$out/base-image.tar" 0
echo "[image] base: $(du -sh "$root/opt/java" | cut -f1) runtime ($IMAGE_MODULES), ${#copied[@]} shared libraries, $arch"
