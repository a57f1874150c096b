package org.covalue.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.covalue.core.Finding;
import org.covalue.core.Severity;

/** Counts findings by severity, for people: "1 error, 2 warnings". */
final class Counts {

  private Counts() {}

  static String of(List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    findings.forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (severity, count) -> {
          String name = severity.name().toLowerCase(Locale.ROOT);
          parts.add(count + " " + (count == 1 || severity == Severity.INFO ? name : name + "s"));
        });
    return String.join(", ", parts);
  }
}
