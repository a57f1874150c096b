package org.covalue.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rule that an analysis applies and that its {@link Finding}s name: a stable dotted id such as
 * {@code consumer-roles.role-not-covered}, the severity its findings have unless the analysis says
 * otherwise, the place in ITIL 4: Drive Stakeholder Value it comes from, and a one-line
 * description.
 *
 * <p>Each analysis declares its rules as constants ({@code ConsumerRoleAnalysis.ROLE_NOT_COVERED});
 * each module lists them all (such as {@code CoreRules.all()}), and {@code docs/rules.md} is the
 * catalogue generated from those lists. Tools can filter findings by rule, or translate them by id.
 * Two rules are equal when all four parts are. Instances are immutable and thread-safe.
 */
public final class Rule {

  /** Longest rule id accepted. */
  public static final int MAX_ID_LENGTH = 100;

  /** Longest description accepted. */
  public static final int MAX_DESCRIPTION_LENGTH = 300;

  private final String id;
  private final Severity defaultSeverity;
  private final ItilReference reference;
  private final String description;

  private Rule(String id, Severity defaultSeverity, ItilReference reference, String description) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.reference = reference;
    this.description = description;
  }

  /**
   * Returns a rule.
   *
   * @param id a dotted, lower-case id of at most 100 characters: words of letters and digits joined
   *     by single hyphens, and such groups joined by dots, such as {@code
   *     journey-conformance.missing-touchpoint}
   * @param defaultSeverity the severity of the rule's findings unless the analysis says otherwise
   * @param reference where the rule comes from
   * @param description what the rule checks, in one line of at most 300 characters
   * @return the rule
   * @throws InvalidModelException if an argument is null, the id is not of the documented form, or
   *     the description is blank, longer than 300 characters or more than one line
   */
  public static Rule of(
      String id, Severity defaultSeverity, ItilReference reference, String description) {
    Violations found = Violations.collect();
    found.check(id != null, "id", "Rule id must not be null", null);
    if (id != null) {
      found.check(
          isRuleId(id),
          "id",
          "Rule id must be at most "
              + MAX_ID_LENGTH
              + " characters of dotted, lower-case words joined by hyphens, but was "
              + Violations.quote(id),
          id);
    }
    found.check(defaultSeverity != null, "defaultSeverity", "Rule severity must not be null", null);
    found.check(reference != null, "reference", "Rule reference must not be null", null);
    found.check(description != null, "description", "Rule description must not be null", null);
    if (description != null) {
      found.check(
          !description.isBlank()
              && Violations.unreadable(description, false).isEmpty()
              && description.length() <= MAX_DESCRIPTION_LENGTH
              && description.indexOf('\n') < 0
              && description.indexOf('\r') < 0,
          "description",
          "Rule description must be one line of 1 to "
              + MAX_DESCRIPTION_LENGTH
              + " characters, but was "
              + Violations.quote(description),
          description);
    }
    found.throwIfAny();
    return new Rule(id, defaultSeverity, reference, description);
  }

  /**
   * Tells whether a text is of the form of a rule id, without regular expressions so that long
   * input cannot exhaust the stack.
   */
  static boolean isRuleId(String id) {
    int length = id.length();
    if (length == 0 || length > MAX_ID_LENGTH) {
      return false;
    }
    char previous = '.';
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word) {
        boolean separator = c == '.' || c == '-';
        if (!separator || previous == '.' || previous == '-') {
          return false;
        }
      }
      previous = c;
    }
    return previous != '.' && previous != '-';
  }

  /**
   * Returns the rule's id.
   *
   * @return a dotted, lower-case id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the severity of the rule's findings unless the analysis gives one a different severity.
   *
   * @return the default severity
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns where in ITIL 4: Drive Stakeholder Value the rule comes from.
   *
   * @return the reference
   */
  public ItilReference reference() {
    return reference;
  }

  /**
   * Returns what the rule checks.
   *
   * @return one line
   */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Rule that)) {
      return false;
    }
    return id.equals(that.id)
        && defaultSeverity == that.defaultSeverity
        && reference.equals(that.reference)
        && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, defaultSeverity, reference, description);
  }

  /** Returns the rule's id. */
  @Override
  public String toString() {
    return id;
  }
}
