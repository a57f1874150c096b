package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.covalue.core.analysis.Finding;
import org.covalue.testkit.InvalidInput;

/**
 * Helpers shared by the journey laws: multisets, paths, finding keys, and the check of an invalid
 * input.
 */
final class Laws {

  private Laws() {}

  /** Counts the elements of a list, as a multiset. */
  static <T> Map<T, Integer> multiset(List<T> elements) {
    Map<T, Integer> counts = new HashMap<>();
    for (T element : elements) {
      counts.merge(element, 1, Integer::sum);
    }
    return counts;
  }

  /** Returns the paths of violations. */
  static List<String> paths(List<Violation> violations) {
    List<String> paths = new ArrayList<>();
    for (Violation violation : violations) {
      paths.add(violation.path());
    }
    return paths;
  }

  /** What identifies a finding apart from its message: rule, severity, elements and evidence. */
  record FindingKey(
      String rule, String severity, List<String> elements, Map<String, Double> evidence) {
    static FindingKey of(Finding finding) {
      return new FindingKey(
          finding.rule(),
          finding.severity().name(),
          List.copyOf(finding.elements()),
          Map.copyOf(finding.evidence()));
    }
  }

  /** Returns the keys of findings, in order. */
  static List<FindingKey> keys(List<Finding> findings) {
    List<FindingKey> keys = new ArrayList<>();
    findings.forEach(finding -> keys.add(FindingKey.of(finding)));
    return keys;
  }

  /** Returns the elements of the findings of a rule, in order. */
  static List<List<String>> elementsOf(List<Finding> findings, String rule) {
    List<List<String>> elements = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.rule().equals(rule)) {
        elements.add(List.copyOf(finding.elements()));
      }
    }
    return elements;
  }

  /**
   * Checks that an invalid input is rejected with covalue's exception, and only that, naming an
   * expected path with a full-sentence message.
   */
  static void assertRejected(InvalidInput input) {
    InvalidModelException rejection = input.rejection();
    assertThat(rejection).isExactlyInstanceOf(InvalidModelException.class);
    assertThat(rejection.violations()).isNotEmpty();
    assertThat(input.isNamedBy(rejection.violations()))
        .as("%s, but the violations were %s", input, rejection.violations())
        .isTrue();
    for (Violation violation : rejection.violations()) {
      assertThat(violation.message()).isNotBlank();
      assertThat(rejection.getMessage()).contains(violation.message());
    }
  }
}
