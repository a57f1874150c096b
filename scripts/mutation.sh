#!/usr/bin/env bash
# Mutation testing of core and journey with PIT: each module's own tests and the laws in testkit
# count together (docs/decisions/0020). Builds the modules testkit needs without running their
# tests (PIT runs every test first), then runs PIT once per module, and prints each score.
#   scripts/mutation.sh [extra Maven options]
# Reports: testkit/target/pit-reports/{core,journey}/index.html (and mutations.xml).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -Ppitest -pl testkit -am verify -DskipTests \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dcyclonedx.skip=true -Dspotless.check.skip=true "$@"

for module in core journey visibility value; do
  xml="testkit/target/pit-reports/$module/mutations.xml"
  total=$(grep -c '<mutation ' "$xml" || true)
  killed=$(grep -c "<mutation detected='true'" "$xml" || true)
  survived=$(grep -c "status='SURVIVED'" "$xml" || true)
  no_coverage=$(grep -c "status='NO_COVERAGE'" "$xml" || true)
  timed_out=$(grep -c "status='TIMED_OUT'" "$xml" || true)
  awk -v m="$module" -v k="$killed" -v t="$total" -v s="$survived" -v n="$no_coverage" -v o="$timed_out" \
    'BEGIN { printf "mutation: %-8s %d of %d mutants killed (%.1f%%); %d survived, %d not covered, %d timed out (counted as killed)\n", m, k, t, (t ? 100 * k / t : 0), s, n, o }'
done
