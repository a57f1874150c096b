#!/usr/bin/env bash
# Builds every published file twice from clean and proves the two builds byte-identical
# (docs/decisions/0016). The second build runs in a copy of the tree at another path, in another
# time zone and locale. Both use umask 022, as reproducible-builds.org asks of Maven rebuilders:
# the archiver keeps the permission bits that the umask takes away.
#   scripts/check-reproducible.sh [extra Maven options]
# Tests are not run (they do not change what is packaged). Takes about two builds' time.
set -euo pipefail
cd "$(dirname "$0")/.."
umask 022

work=$(mktemp -d "${TMPDIR:-/tmp}/covalue-reproducible.XXXXXX")

build() { # $1: the tree to build, $2: where to copy the published files, then Maven options
  local tree="$1" out="$2"
  shift 2
  (cd "$tree" && ./mvnw -B -q clean package -DskipTests "$@")
  mkdir -p "$out"
  # Jars (main, -sources, -javadoc, -tests) and SBOMs of every module, and the root's SBOM.
  find "$tree" -maxdepth 3 -path '*/target/*' -type f \
    \( -name 'covalue-*.jar' -o -name 'covalue-*-cyclonedx.json' \) -exec cp {} "$out"/ \;
}

echo "check-reproducible: first build, in $(pwd)"
build . "$work/first" "$@"

mkdir "$work/tree"
tar --exclude=./.git --exclude='./*/target' --exclude=./target -cf - . | tar -xf - -C "$work/tree"
echo "check-reproducible: second build, in $work/tree, TZ=Pacific/Kiritimati, LC_ALL=C"
TZ=Pacific/Kiritimati LC_ALL=C build "$work/tree" "$work/second" "$@"

count=$(find "$work/first" -type f | wc -l)
[[ "$count" -gt 0 ]] || { echo "check-reproducible: no artifacts were built" >&2; exit 1; }
(cd "$work/first" && sha256sum -- *) >"$work/first.sha256"
if ! diff -r "$work/first" "$work/second" >/dev/null; then
  echo "check-reproducible: the builds differ:" >&2
  (cd "$work/second" && sha256sum -c "$work/first.sha256" 2>&1 | grep -v ': OK$') >&2 || true
  echo "check-reproducible: both builds are kept in $work for comparison" >&2
  exit 1
fi
sed 's/^/  /' "$work/first.sha256"
rm -rf "$work"
echo "check-reproducible: $count files, byte-identical in both builds"
