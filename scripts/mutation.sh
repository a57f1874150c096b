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

# The equivalent survivors, each listed with its reason in docs/mutation-equivalents.tsv (class,
# method, line, PIT's description, reason; tab-separated): no test can tell them from the original,
# so the share is counted over the other mutants. A survivor matches an entry by class, method and
# description, not by line, so that an edit elsewhere in a file does not move it out of the list;
# a method may hold as many such survivors as it has entries, no more. Both shares are printed;
# every survivor that is not listed is printed too, and an entry no mutant used is reported as stale.
equivalents="docs/mutation-equivalents.tsv"

# One <mutation> element per line: its module is the third part of the mutated class's name.
awk -F '\t' -v threshold="$threshold" -v modules="$modules" '
  FNR == NR {
    if ($0 !~ /^#/ && NF >= 5) { key = $1 "\t" $2 "\t" $4; listed[key]++; listedAt[key] = listedAt[key] " " $3 }
    next
  }
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
      key = cls "\t" method "\t" what
      if (used[key] < listed[key]) {
        equivalent[module]++
        used[key]++
      } else {
        survivors[module] = survivors[module] sprintf("  %s %s\t%s\t%s\t%s\n", status, cls, method, at, what)
      }
    }
  }
  END {
    failed = 0
    n = split(modules, order, " ")
    for (i = 1; i <= n; i++) {
      m = order[i]
      if (!(m in total)) { printf "mutation: %s has no mutant\n", m; failed = 1; continue }
      counted = total[m] - equivalent[m]
      share = 100 * killed[m] / counted
      printf "mutation: %-10s %d of %d mutants killed (%.1f%%; %d by time-out); %d listed equivalent survivors left out: %d of %d (%.1f%%); threshold %d%%\n", m, killed[m], total[m], 100 * killed[m] / total[m], timedOut[m], equivalent[m], killed[m], counted, share, threshold
      if (share < threshold) failed = 1
    }
    for (i = 1; i <= n; i++) {
      m = order[i]
      if (survivors[m] != "") printf "survivors in %s (class, method, line, mutation; tab-separated):\n%s", m, survivors[m]
    }
    for (key in listed) {
      split(key, part, "\t")
      m = part[1]; sub(/^org\.covalue\./, "", m); sub(/\..*/, "", m)
      if (used[key] < listed[key] && (" " modules " ") ~ (" " m " ")) printf "mutation: listed as equivalent but no longer surviving (stale entry, %d of %d unused; listed at line%s): %s\n", listed[key] - used[key], listed[key], listedAt[key], key
    }
    if (failed) { print "mutation: below the threshold"; exit 1 }
  }' "$equivalents" $xml
