#!/usr/bin/env bash
# Checks covalue's pictures (covalue-interchange, org.covalue.interchange.picture) with the real
# tools, as docs/pictures.md describes:
#   1. PictureGalleryTest writes the samples, hostile-name variants and generated models' pictures
#      to interchange/target/pictures (SVG, Mermaid and DOT each);
#   2. every Mermaid text is parsed and rendered by the real Mermaid (npm mermaid 11.17.2) inside
#      headless Chromium, and every SVG is opened in headless Chromium (playwright-core 1.65.1
#      driving Debian's chromium): no console error or warning, no page error, no request;
#   3. every HTML report ReportGalleryTest wrote there is opened in headless Chromium: no console
#      error or warning, no page error, no request beyond the page itself, every picture loaded;
#   4. every DOT text is laid out by Graphviz's dot, when Graphviz is installed.
# Needs Node 20 with npm, and Debian's chromium and graphviz (installed here with apt-get when
# missing and the script runs as root; without root, a missing Graphviz only skips step 4).
# npm packages come from scripts/pictures/package-lock.json (npm ci).
# Maven options (a private local repository, say) go in MAVEN_ARGS, as for .ci/run.
# Set PICTURES_SCREENSHOTS=<dir> to keep a PNG of each non-generated picture and report there.
# --no-build skips step 1 and checks the pictures a previous ./mvnw verify (or test) wrote, as
# .ci/run does right after its verify.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

missing=()
command -v chromium > /dev/null || missing+=(chromium)
command -v dot > /dev/null || missing+=(graphviz)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "Installing Debian's ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
      > /dev/null
  elif ! command -v chromium > /dev/null; then
    echo "check-pictures: chromium is not installed; run as root or install it:" >&2
    echo "  apt-get install --no-install-recommends chromium graphviz" >&2
    exit 1
  fi
fi

if [ "${1:-}" = "--no-build" ]; then
  if [ ! -f interchange/target/pictures/index.txt ]; then
    echo "check-pictures: no pictures in interchange/target/pictures; run ./mvnw verify first" >&2
    exit 1
  fi
else
  # The pictures and reports, written by two tests (the modules below interchange are built, tests
  # skipped).
  ./mvnw -B -q -pl interchange -am test -Dtest='PictureGalleryTest,ReportGalleryTest' \
    -Dsurefire.failIfNoSpecifiedTests=false
fi

(cd scripts/pictures && npm ci --no-audit --no-fund --loglevel=error)

screenshots=()
if [ -n "${PICTURES_SCREENSHOTS:-}" ]; then
  mkdir -p "$PICTURES_SCREENSHOTS"
  screenshots=("$PICTURES_SCREENSHOTS")
fi
node scripts/pictures/check.mjs interchange/target/pictures "${screenshots[@]}"

if command -v dot > /dev/null; then
  count=0
  for file in interchange/target/pictures/*.dot; do
    if ! errors=$(dot -Tsvg -o /dev/null "$file" 2>&1) || [ -n "$errors" ]; then
      echo "check-pictures: Graphviz refused $file: $errors" >&2
      exit 1
    fi
    count=$((count + 1))
  done
  echo "Graphviz $(dot -V 2>&1 | awk '{print $5}'): $count DOT texts laid out without a message."
else
  echo "Graphviz is not installed: the DOT texts were not laid out (apt-get install graphviz)."
fi
echo "check-pictures: all pictures passed in $(( $(date +%s) - start )) s."
