package org.covalue.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.core.Violation;
import org.covalue.testkit.InvalidInput;
import org.covalue.testkit.internal.Draw;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Helpers shared by the laws: permutations, multisets, paths, the check of an invalid input, and
 * the contract of every result that reports findings.
 */
public final class Laws {

  private Laws() {}

  /**
   * Returns a generator of a value together with a drawn permutation of a list derived from it.
   *
   * @param <T> the value type
   * @param <E> the element type
   * @param values the values
   * @param list the list of a value
   * @return the generator
   */
  public static <T, E> Gen<Pair<T, List<E>>> withPermutation(
      Gen<T> values, Function<T, List<E>> list) {
    return in -> {
      T value = values.generate(in);
      return Pair.of(value, Draw.shuffle(in, list.apply(value)));
    };
  }

  /**
   * Counts the elements of a list, as a multiset.
   *
   * @param <T> the element type
   * @param elements the elements
   * @return how often each occurs
   */
  public static <T> Map<T, Integer> multiset(List<T> elements) {
    Map<T, Integer> counts = new HashMap<>();
    for (T element : elements) {
      counts.merge(element, 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Returns the paths of violations.
   *
   * @param violations the violations
   * @return their paths, in order
   */
  public static List<String> paths(List<Violation> violations) {
    List<String> paths = new ArrayList<>();
    violations.forEach(violation -> paths.add(violation.path()));
    return paths;
  }

  /**
   * Returns the elements of the findings of a rule, in order.
   *
   * @param findings the findings
   * @param rule the rule
   * @return the elements of each finding of the rule
   */
  public static List<List<TypedId<?>>> elementsOf(List<Finding> findings, Rule rule) {
    List<List<TypedId<?>>> elements = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.rule().equals(rule)) {
        elements.add(finding.elements());
      }
    }
    return elements;
  }

  /**
   * Checks that an invalid input is rejected with covalue's exception, and only that, naming an
   * expected path with a full-sentence message.
   *
   * @param input the invalid input
   */
  public static void assertRejected(InvalidInput input) {
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

  /**
   * What the documentation of an analysis promises about the findings of one rule.
   *
   * @param kinds the kinds of the elements, in order, joined by spaces, as a regular expression:
   *     {@code "case touchpoint"}, {@code "party( party)+"}
   * @param data the names of the data every finding has, and no other
   * @param evidence the names of the evidence every finding has
   * @param optionalEvidence the names of evidence a finding may have besides
   * @param severities the severities a finding may have
   * @param optionalData the names of data a finding may have besides
   */
  public record Shape(
      String kinds,
      Set<String> data,
      Set<String> evidence,
      Set<String> optionalEvidence,
      Set<Severity> severities,
      Set<String> optionalData) {

    /**
     * Returns the shape of findings that have the rule's default severity and no optional evidence.
     *
     * @param rule the rule
     * @param kinds the kinds of the elements, as a regular expression
     * @param data the names of the data
     * @param evidence the names of the evidence
     * @return the shape
     */
    public static Shape of(Rule rule, String kinds, List<String> data, List<String> evidence) {
      return new Shape(
          kinds,
          new LinkedHashSet<>(data),
          new LinkedHashSet<>(evidence),
          Set.of(),
          Set.of(rule.defaultSeverity()),
          Set.of());
    }

    /**
     * Returns a copy that allows more evidence.
     *
     * @param names the names of the evidence a finding may have besides
     * @return the copy
     */
    public Shape withOptionalEvidence(String... names) {
      return new Shape(kinds, data, evidence, Set.of(names), severities, optionalData);
    }

    /**
     * Returns a copy that allows more data.
     *
     * @param names the names of the data a finding may have besides
     * @return the copy
     */
    public Shape withOptionalData(String... names) {
      return new Shape(kinds, data, evidence, optionalEvidence, severities, Set.of(names));
    }

    /**
     * Returns a copy that allows other severities.
     *
     * @param allowed the severities a finding may have
     * @return the copy
     */
    public Shape withSeverities(Severity... allowed) {
      return new Shape(kinds, data, evidence, optionalEvidence, Set.of(allowed), optionalData);
    }
  }

  /**
   * Checks the contract every result with findings keeps: {@code findings(rule)} is {@code
   * findings()} filtered by the rule, {@code hasErrors()} agrees with the severities, every rule is
   * in the module's catalogue, and every finding has the elements, data, evidence and severity its
   * rule's documentation promises, and a message.
   *
   * @param result the result
   * @param catalogue every rule of the module, such as {@code CoreRules.all()}
   * @param shapes the documented shape of each rule's findings
   */
  public static void assertFindingContract(
      HasFindings result, List<Rule> catalogue, Map<Rule, Shape> shapes) {
    List<Finding> findings = result.findings();
    Set<Rule> rules = new HashSet<>(catalogue);
    for (Rule rule : catalogue) {
      List<Finding> expected = findings.stream().filter(f -> f.rule().equals(rule)).toList();
      assertThat(result.findings(rule)).as("findings(%s)", rule).isEqualTo(expected);
    }
    assertThat(result.hasErrors())
        .as("hasErrors() of %s", findings)
        .isEqualTo(findings.stream().anyMatch(f -> f.severity() == Severity.ERROR));
    for (Finding finding : findings) {
      assertThat(rules).as("the catalogue holds the rule of %s", finding).contains(finding.rule());
      assertThat(shapes).as("the documented shapes").containsKey(finding.rule());
      Shape shape = Objects.requireNonNull(shapes.get(finding.rule()));
      List<String> kinds = new ArrayList<>();
      finding.elements().forEach(element -> kinds.add(element.kind()));
      assertThat(String.join(" ", kinds))
          .as("the kinds of the elements of %s", finding)
          .matches(Pattern.compile(shape.kinds()));
      assertThat(finding.data().keySet()).as("the data of %s", finding).containsAll(shape.data());
      Set<String> allowedData = new HashSet<>(shape.data());
      allowedData.addAll(shape.optionalData());
      assertThat(allowedData).as("the data of %s", finding).containsAll(finding.data().keySet());
      assertThat(finding.evidence().keySet())
          .as("the evidence of %s", finding)
          .containsAll(shape.evidence());
      Set<String> allowed = new HashSet<>(shape.evidence());
      allowed.addAll(shape.optionalEvidence());
      assertThat(allowed)
          .as("the evidence of %s", finding)
          .containsAll(finding.evidence().keySet());
      assertThat(shape.severities()).as("the severity of %s", finding).contains(finding.severity());
      assertThat(finding.message()).isNotBlank();
      assertThat(finding.reference()).isEqualTo(finding.rule().reference());
    }
  }
}
