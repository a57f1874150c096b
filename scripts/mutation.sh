#!/usr/bin/env bash
# Mutation testing of core, journey, visibility and value with PIT: each module's own tests and the
# laws in testkit count together (docs/decisions/0020). Builds the modules testkit needs without
# running their tests (PIT runs every test first), runs PIT once per module with its own tests and laws, then scores
# each module from mutations.xml and fails when one kills less than the threshold.
#   scripts/mutation.sh [extra Maven options]
#   MUTATION_THRESHOLD=95 (default) is the least share of killed mutants, in percent, per module.
#   MUTATION_MODULES="core journey visibility value" (default) are the modules mutated and scored.
# Reports: testkit/target/pit-reports/<module>/index.html (and mutations.xml); survivors are listed.
set -euo pipefail
cd "$(dirname "$0")/.."
threshold="${MUTATION_THRESHOLD:-95}"
modules="${MUTATION_MODULES:-core journey visibility value}"
skips=()
xml=""
for module in core journey visibility value; do
  if [[ " $modules " == *" $module "* ]]; then
    xml="$xml testkit/target/pit-reports/$module/mutations.xml"
  else
    skips+=("-Dcovalue.mutation.skip.$module=true")
  fi
done

./mvnw -B -Ppitest -pl testkit -am verify -DskipTests \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dcyclonedx.skip=true -Dspotless.check.skip=true ${skips[@]+"${skips[@]}"} "$@"

echo "mutation: PIT took $SECONDS s"

# One <mutation> element per line: its module is the third part of the mutated class's name.
awk -v threshold="$threshold" -v modules="$modules" '
  /<mutation / {
    module = $0; sub(/.*<mutatedClass>org\.covalue\./, "", module); sub(/[.<].*/, "", module)
    total[module]++
    if ($0 ~ /detected=.true./) killed[module]++
    if ($0 ~ /status=.TIMED_OUT./) timedOut[module]++
    if ($0 ~ /detected=.false./) {
      line = $0
      cls = line; sub(/.*<mutatedClass>/, "", cls); sub(/<.*/, "", cls)
      method = line; sub(/.*<mutatedMethod>/, "", method); sub(/<.*/, "", method)
      at = line; sub(/.*<lineNumber>/, "", at); sub(/<.*/, "", at)
      what = line; sub(/.*<description>/, "", what); sub(/<.*/, "", what)
      status = line; sub(/.*status=./, "", status); sub(/[^A-Z_].*/, "", status)
      survivors[module] = survivors[module] sprintf("  %s %s.%s line %s: %s\n", status, cls, method, at, what)
    }
  }
  END {
    failed = 0
    n = split(modules, order, " ")
    for (i = 1; i <= n; i++) {
      m = order[i]
      if (!(m in total)) { printf "mutation: %s has no mutant\n", m; failed = 1; continue }
      share = 100 * killed[m] / total[m]
      printf "mutation: %-10s %d of %d mutants killed (%.1f%%; %d by time-out); threshold %d%%\n", m, killed[m], total[m], share, timedOut[m], threshold
      if (share < threshold) failed = 1
    }
    for (i = 1; i <= n; i++) {
      m = order[i]
      if (survivors[m] != "") printf "survivors in %s:\n%s", m, survivors[m]
    }
    if (failed) { print "mutation: below the threshold"; exit 1 }
  }' $xml
