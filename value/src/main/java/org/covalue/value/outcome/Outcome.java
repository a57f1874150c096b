package org.covalue.value.outcome;

import java.util.Optional;
import java.util.Set;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violations;
import org.covalue.value.Money;
import org.covalue.value.OutcomeId;
import org.covalue.value.OutputId;
import org.immutables.value.Value;

/**
 * A result for one stakeholder that one or more {@link Output}s make possible (ITIL 4: Drive
 * Stakeholder Value, §1.2.6). Value is subjective, so an outcome always belongs to the stakeholder
 * who perceives it: the same phone number lets one customer keep close to family abroad and lets
 * another take more orders by phone. Outcomes depend on the service's utility and warranty, take
 * money, time and resources, and are limited by uncertainty and by requirements other stakeholders
 * impose; covalue models those as {@link org.covalue.value.performance.ServicePerformance}, {@link
 * org.covalue.value.cost.Cost} and {@link org.covalue.value.risk.Risk}.
 *
 * <p>{@link #worth()} is what the outcome is worth to its stakeholder, in money, as the stakeholder
 * perceives it (what it would give up to have it): the common unit in which {@code
 * org.covalue.value.analysis.ServiceValueAssessor} weighs outcomes against costs and risks. Use one
 * period (a month, a year, the life of the relationship) for every amount of a model.
 *
 * <pre>{@code
 * Outcome keepInTouch = Outcome.builder()
 *     .id(OutcomeId.of("keep-in-touch"))
 *     .name("Stays close to family abroad")
 *     .stakeholder(StakeholderId.of("family"))
 *     .addEnabledBy(OutputId.of("phone-number"), OutputId.of("calls"))
 *     .worth(Money.of("40", "EUR"))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Outcome {

  Outcome() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the outcomes of a model.
   *
   * @return the id
   */
  public abstract OutcomeId id();

  /**
   * Returns the outcome's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the stakeholder whose outcome it is: the perspective it is seen from.
   *
   * @return the stakeholder's id
   */
  public abstract StakeholderId stakeholder();

  /**
   * Returns the outputs that make the outcome possible.
   *
   * @return at least one output id
   */
  public abstract Set<OutputId> enabledBy();

  /**
   * Returns what the outcome is worth to its stakeholder, as the stakeholder perceives it.
   *
   * @return an amount that is not negative
   */
  public abstract Money worth();

  /**
   * Returns a description.
   *
   * @return a text, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract Outcome withId(OutcomeId id);

  /**
   * Returns a copy with another name.
   *
   * @param name the new value
   * @return the copy
   */
  public abstract Outcome withName(String name);

  /**
   * Returns a copy for another stakeholder.
   *
   * @param stakeholder the new value
   * @return the copy
   */
  public abstract Outcome withStakeholder(StakeholderId stakeholder);

  /**
   * Returns a copy enabled by other outputs.
   *
   * @param enabledBy the new value
   * @return the copy
   */
  public abstract Outcome withEnabledBy(Iterable<? extends OutputId> enabledBy);

  /**
   * Returns a copy with another worth.
   *
   * @param worth the new value
   * @return the copy
   */
  public abstract Outcome withWorth(Money worth);

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(name(), "name", "Outcome name")
        .checkText(description(), "description", "Outcome description")
        .check(
            !enabledBy().isEmpty(),
            "enabledBy",
            "Outcome " + id() + " must be enabled by at least one output",
            null)
        .check(
            !worth().isNegative(),
            "worth",
            "Outcome worth must not be negative, but was " + worth(),
            worth())
        .throwIfAny();
  }

  /**
   * Builds {@link Outcome}s; id, name, stakeholder, one enabling output and worth are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a set with {@code addX(..)} or {@code addAllX(..)}, or
   * replace it whole with the method of its name. {@code from(value)} copies every attribute of an
   * existing value, to change some of them. {@code build()} checks the value and returns it, or
   * throws an {@link org.covalue.core.InvalidModelException} naming every attribute that is missing
   * or breaks a rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }
}
