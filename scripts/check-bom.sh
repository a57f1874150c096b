#!/usr/bin/env bash
# Checks that the BOM lists exactly the published artifacts: every module of the root POM whose
# POM does not set maven.deploy.skip, except the BOM itself, and nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

artifact_id() { # the module's own artifactId: the first one after its <parent> block
  sed '/<parent>/,/<\/parent>/d' "$1" | sed -n 's:.*<artifactId>\(.*\)</artifactId>.*:\1:p' | head -n 1
}
expected=$(for module in $(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' pom.xml); do
  [[ "$module" == bom ]] && continue
  grep -q '<maven.deploy.skip>true</maven.deploy.skip>' "$module/pom.xml" && continue
  artifact_id "$module/pom.xml"
done | sort)
listed=$(sed -n '/<dependencyManagement>/,/<\/dependencyManagement>/p' bom/pom.xml |
  sed -n 's:.*<artifactId>\(.*\)</artifactId>.*:\1:p' | sort)
if [[ "$expected" != "$listed" ]]; then
  echo "check-bom: bom/pom.xml lists:" $listed >&2
  echo "check-bom: published modules:" $expected >&2
  exit 1
fi
if grep -q '<type>test-jar</type>\|<classifier>' bom/pom.xml; then
  echo "check-bom: the BOM must not list a test jar or another classified artifact" >&2
  exit 1
fi
echo "check-bom: the BOM lists the $(wc -w <<<"$expected") published artifacts"
