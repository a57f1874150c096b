package org.covalue.core.analysis;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.covalue.core.ItilReference;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * One thing an analysis found, explained so that a tool can show it to a person: the rule that
 * produced it, what it means, the model elements involved, the numbers behind it and the place in
 * ITIL 4: Drive Stakeholder Value that the rule comes from.
 *
 * <p>Rules are named with stable, dotted, lower-case ids such as {@code
 * consumer-roles.role-not-covered}, so tools can filter or translate findings. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {

  private static final Pattern RULE =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

  Finding() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the rule that produced the finding.
   *
   * @return a dotted, lower-case id
   */
  public abstract String rule();

  /**
   * Returns how much the finding asks for attention.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns what was found, as a sentence for people.
   *
   * @return a message that is not blank
   */
  public abstract String message();

  /**
   * Returns the ids of the model elements the finding is about.
   *
   * @return the ids, most relevant first
   */
  public abstract List<String> elements();

  /**
   * Returns the numbers behind the finding, by name.
   *
   * @return an unmodifiable map in insertion order; may be empty
   */
  public abstract Map<String, Double> evidence();

  /**
   * Returns where in ITIL 4: Drive Stakeholder Value the rule comes from.
   *
   * @return the reference
   */
  public abstract ItilReference reference();

  @Value.Check
  void check() {
    Violations.collect()
        .check(
            RULE.matcher(rule()).matches(),
            "rule",
            "Finding rule must be a dotted, lower-case id, but was \"" + rule() + "\"",
            rule())
        .check(!message().isBlank(), "message", "Finding message must not be blank", message())
        .throwIfAny();
  }

  /** Returns the severity, the rule and the message, for logs and tests. */
  @Override
  public String toString() {
    return severity() + " " + rule() + ": " + message();
  }

  /**
   * Builds {@link Finding}s; rule, severity, message and reference are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
