#!/usr/bin/env bash
# Compiles code as a covalue user would, against covalue's jars alone, with
#   javac --release 17 -Xlint:all -Werror
# on the class path and on the module path, then runs it (conventions.md, "Format and warnings").
# Run after `./mvnw verify` (or package), which builds the jars; .ci/run does.
#   scripts/consumer-check.sh [extra Maven options, e.g. -Dmaven.repo.local=...]
# Extra Maven options are used only to fetch the two third-party jars a user has anyway: JSpecify,
# covalue-core's one dependency, which the module path needs (core declares `requires static
# transitive org.jspecify`, and javac resolves that for a reading module; the class path does not
# need it), and QuickTheories, which testkit users add themselves.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' bom/pom.xml | head -n 1)
jar() { # the main jar of a module, never its -sources, -javadoc or -tests jar
  local path="$1/target/covalue-$1-${version}.jar"
  [[ -f "$path" ]] || { echo "consumer-check: $path is missing; run ./mvnw verify first" >&2; exit 1; }
  printf '%s' "$path"
}
work=target/consumer-check
rm -rf "$work" && mkdir -p "$work"

property() { sed -n "s:.*<$1>\\(.*\\)</$1>.*:\\1:p" pom.xml; }
qt_version=$(property quicktheories.version)
jspecify_version=$(property jspecify.version)
for artifact in "org.quicktheories:quicktheories:${qt_version}" "org.jspecify:jspecify:${jspecify_version}"; do
  ./mvnw -q -B -N "$@" dependency:copy -Dartifact="$artifact" -DoutputDirectory="$work/lib"
done
quicktheories="$work/lib/quicktheories-${qt_version}.jar"
jspecify="$work/lib/jspecify-${jspecify_version}.jar"

domain="$(jar core):$(jar journey)"
testkit="$domain:$(jar visibility):$(jar value):$(jar testkit):$quicktheories"
lint=(--release 17 -Xlint:all -Werror)
src=scripts/consumer-check

find_sources() { find "$1" -name '*.java' ! -name module-info.java; }

echo "consumer-check: core and journey on the class path"
javac "${lint[@]}" -cp "$domain" -d "$work/domain-cp" $(find_sources "$src/domain")
java -cp "$domain:$work/domain-cp" com.example.consumer.Consumer

echo "consumer-check: core and journey on the module path"
javac "${lint[@]}" -p "$domain:$jspecify" -d "$work/domain-mp" "$src/domain/module-info.java" $(find_sources "$src/domain")
java -p "$domain:$jspecify:$work/domain-mp" -m com.example.consumer/com.example.consumer.Consumer

echo "consumer-check: testkit on the class path"
javac "${lint[@]}" -cp "$testkit" -d "$work/testkit-cp" $(find_sources "$src/testkit")
java -cp "$testkit:$work/testkit-cp" com.example.laws.Laws

echo "consumer-check: testkit on the module path"
# -requires-automatic: requiring an automatic module is the user's choice, which javac notes.
javac "${lint[@]}" -Xlint:-requires-automatic -p "$testkit:$jspecify" -d "$work/testkit-mp" \
  "$src/testkit/module-info.java" $(find_sources "$src/testkit")
java -p "$testkit:$jspecify:$work/testkit-mp" -m com.example.laws/com.example.laws.Laws

echo "consumer-check: passed"
